//! The little server's three days, for 6-9: the day as suns, the guide saying what the server
//! needs, the server drawn needing it, and three pictures to answer with. Then the end: the
//! storm came, the drawings are safe.

use eframe::egui::{self, Align, Layout, Pos2, Rect, RichText, Role, Sense, Ui, Vec2, WidgetInfo};

use super::super::content::HostData;
use super::super::logic::{Answer, DAYS, Days, Need};
use super::server::{Scene, paint_answer, paint_scene};
use crate::activity::{ActivityCtx, WellDone};
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::figures::paint_star;
use crate::ui::fonts::regular;
use crate::ui::tokens::tokens;
use crate::ui::widgets::{BigButton, bottom_bar, focus_ring, paint_card, pressed};

/// The three days. Returns whether the visitor wants to play again.
pub(super) fn days_ui(
    ui: &mut Ui,
    data: &HostData,
    days: &mut Days,
    ctx: &mut ActivityCtx<'_>,
) -> bool {
    let (_, s) = tokens(ui.ctx());
    let mut again = false;
    if days.is_over() {
        bottom_bar(ui, "own_host-days-bar", |ui| {
            ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
                let label = ctx.tr("own_host-again");
                again = ctx.tapped(&ui.add(BigButton::new(&label).pictogram(Pictogram::Restart)));
            });
        });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.75))
        .show(ui, |ui| match days.current() {
            Some(step) => day_ui(ui, days, step.need, step.answers, ctx),
            None => end_ui(ui, data, days, ctx),
        });
    again
}

fn day_ui(
    ui: &mut Ui,
    days: &mut Days,
    need: Need,
    answers: [Answer; 3],
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    suns_ui(ui, days.day, ctx);
    let said = ctx.tr(need_key(need));
    ctx.instruction(
        ui,
        &said,
        RichText::new(&said).font(regular(s.font_heading)),
    );
    let answers_height = 170.0;
    let room = ui.available_rect_before_wrap();
    let scene_rect = Rect::from_min_max(
        room.min,
        Pos2::new(room.right(), room.bottom() - answers_height - s.gap),
    );
    let (_, response) = ui.allocate_exact_size(scene_rect.size(), Sense::hover());
    let scene = Scene {
        need: Some(need),
        seats_taken: days.seats_taken,
    };
    let description = ctx.tr("own_host-young-scene");
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &description));
    paint_scene(ui.painter(), scene_rect, scene);
    ui.add_space(s.gap);
    let width = ((ui.available_width() - 2.0 * s.gap) / 3.0).min(260.0);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = s.gap;
        let used = 3.0 * width + 2.0 * s.gap;
        ui.add_space((ui.available_width() - used).max(0.0) / 2.0);
        for answer in answers {
            let label = ctx.tr(answer_key(answer));
            if ctx.tapped(&answer_button(
                ui,
                answer,
                &label,
                Vec2::new(width, answers_height - 10.0),
            )) {
                let sound = if days.answer(answer) {
                    Sound::Success
                } else {
                    Sound::TryAgain
                };
                ctx.play(sound);
            }
        }
    });
}

/// A picture to answer with: a big card, named for screen readers and tests.
fn answer_button(ui: &mut Ui, answer: Answer, label: &str, size: Vec2) -> egui::Response {
    let (p, _) = tokens(ui.ctx());
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, label));
    if ui.is_rect_visible(rect) {
        let drawn = pressed(&response, rect);
        paint_card(ui.painter(), drawn, p.surface);
        paint_answer(ui.painter(), drawn.shrink(12.0), answer);
        focus_ring(ui, &response, rect);
    }
    response
}

/// The days as suns: those gone by and today bright, the others pale.
fn suns_ui(ui: &mut Ui, today: usize, ctx: &ActivityCtx<'_>) {
    let (p, _) = tokens(ui.ctx());
    let size = 44.0;
    let label = ctx.tr_args(
        "own_host-young-day",
        &[
            ("number", (today + 1).min(DAYS).into()),
            ("count", DAYS.into()),
        ],
    );
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(size * DAYS as f32, size), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &label));
    for day in 0..DAYS {
        let center = Pos2::new(rect.left() + size * (day as f32 + 0.5), rect.center().y);
        let color = if day <= today { p.selected } else { p.disabled };
        for ray in 0..8 {
            let dir = Vec2::angled(ray as f32 * std::f32::consts::TAU / 8.0);
            ui.painter().line_segment(
                [center + dir * 13.0, center + dir * 19.0],
                egui::Stroke::new(3.0, color),
            );
        }
        ui.painter().circle_filled(center, 10.0, color);
    }
}

/// The end: the storm came, and the drawings are safe thanks to the copy; and the lesson, that
/// all the little hosts together are big.
fn end_ui(ui: &mut Ui, data: &HostData, days: &Days, ctx: &mut ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let stars = WellDone::stars(days.first_try as usize, days.total() as usize);
    ctx.well_done(
        ui,
        &WellDone {
            title: &ctx.tr("own_host-young-end"),
            line: &ctx.tr("own_host-young-storm"),
            stars,
        },
    );
    let lesson = data.fact("collective", ctx.lang, ctx.age);
    ctx.listen_label(
        ui,
        lesson,
        RichText::new(lesson).font(regular(s.font_heading)),
    );
    let room = ui.available_rect_before_wrap();
    let (_, response) = ui.allocate_exact_size(room.size(), Sense::hover());
    let description = ctx.tr("own_host-young-storm");
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &description));
    paint_scene(
        ui.painter(),
        room,
        Scene {
            need: None,
            seats_taken: days.seats_taken,
        },
    );
    // The copy of the drawings, safe beside the server, with a star.
    let safe = Pos2::new(room.left() + room.width() * 0.2, room.center().y);
    Pictogram::Save.paint(ui.painter(), safe, 64.0, p.text);
    paint_star(
        ui.painter(),
        safe + Vec2::new(40.0, -40.0),
        18.0,
        p.selected,
        egui::Stroke::new(1.5, p.fur_ink),
    );
}

fn need_key(need: Need) -> &'static str {
    match need {
        Need::Hot => "own_host-need-hot",
        Need::Unplugged => "own_host-need-unplugged",
        Need::StormComing => "own_host-need-storm",
        Need::Friend => "own_host-need-friend",
        Need::Full => "own_host-need-full",
    }
}

fn answer_key(answer: Answer) -> &'static str {
    match answer {
        Answer::Fan => "own_host-answer-fan",
        Answer::Plug => "own_host-answer-plug",
        Answer::Copy => "own_host-answer-copy",
        Answer::Welcome => "own_host-answer-welcome",
        Answer::NotToday => "own_host-answer-not-today",
        Answer::Blanket => "own_host-answer-blanket",
    }
}
