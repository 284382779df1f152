//! The results: who can still talk to whom after each event.

use eframe::egui::{self, Align, Layout, RichText, Sense, Ui, Vec2};

use super::super::content::FederationData;
use super::super::logic::Game;
use crate::activity::{ActivityCtx, WellDone};
use crate::age::AgeBand;
use crate::ui::Pictogram;
use crate::ui::figures::paint_person;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::{card_frame, pictogram_heading};

/// The friends counted in the results' pictures.
const FRIENDS: u32 = 10;

/// Ten friends in a row: the first `talking` in colour (they can still talk), the others grey,
/// with the sentence that says it.
fn friends_ui(ui: &mut Ui, talking: u32, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let said = ctx.tr_args(
        "federation-friends-talked",
        &[("right", talking.into()), ("count", FRIENDS.into())],
    );
    let height = 46.0;
    let slot = (ui.available_width() / FRIENDS as f32).min(height * 0.9);
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(slot * FRIENDS as f32, height), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &said));
    for k in 0..FRIENDS {
        let feet = egui::pos2(rect.left() + slot * (k as f32 + 0.5), rect.bottom());
        let color = if k < talking { p.success } else { p.disabled };
        paint_person(ui.painter(), feet, height, color, p.surface);
    }
    ui.label(RichText::new(said).font(bold(s.font_body)));
}

/// The giant against the visitor's network, and what exists for real.
pub(super) fn results_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &Game,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    // Out of ten friends, how many could still talk on the visitor's network, on average.
    let talking = (game.average_survival() * f64::from(FRIENDS)).round() as u32;
    let line = ctx.tr_args(
        "federation-friends-talked",
        &[("right", talking.into()), ("count", FRIENDS.into())],
    );
    ctx.well_done(
        ui,
        &WellDone {
            title: &ctx.tr("federation-results-title"),
            line: &line,
            stars: WellDone::stars(talking as usize, FRIENDS as usize),
        },
    );
    let percent = |share: f64| (share * 100.0).round() as i64;
    let width = (ui.available_width() - s.gap) / 2.0;
    ui.horizontal_top(|ui| {
        let down = Layout::top_down(Align::Min);
        let giant = [
            ctx.tr_args("federation-giant-survived", &[("number", 0.into())]),
            ctx.tr_args("federation-giant-held", &[("number", 100.into())]),
        ];
        let ours = [
            ctx.tr_args(
                "federation-ours-survived",
                &[("number", percent(game.average_survival()).into())],
            ),
            ctx.tr_args(
                "federation-ours-held",
                &[("number", percent(game.largest_share()).into())],
            ),
        ];
        let young = ctx.age == AgeBand::Young;
        for (pictogram, title, lines, color, friends) in [
            (
                Pictogram::Building,
                ctx.tr("federation-one-giant"),
                giant,
                p.accent,
                0,
            ),
            (
                Pictogram::Network,
                ctx.tr("federation-your-network"),
                ours,
                p.success,
                talking,
            ),
        ] {
            ui.allocate_ui_with_layout(Vec2::new(width, 0.0), down, |ui| {
                card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    pictogram_heading(ui, pictogram, color, &title);
                    friends_ui(ui, friends, ctx);
                    // 6-9 read the picture, not percentages.
                    if !young {
                        for line in lines {
                            let text = RichText::new(line).font(regular(s.font_body));
                            ui.add(egui::Label::new(text).wrap());
                        }
                    }
                });
            });
        }
    });
    ui.add_space(s.gap);
    card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            let (icon, _) = ui.allocate_exact_size(Vec2::splat(48.0), Sense::hover());
            Pictogram::Idea.paint(ui.painter(), icon.center(), 42.0, p.primary);
            ui.add(
                egui::Label::new(
                    RichText::new(data.reality.get(ctx.lang, ctx.age)).font(regular(s.font_body)),
                )
                .wrap(),
            );
        });
    });
}
