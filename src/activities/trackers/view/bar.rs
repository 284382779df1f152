//! The bottom bar: what happened last (or what to do), the magnifier and the way to the next
//! page, at one height whatever it says.

use eframe::egui::{self, Align, Layout, RichText, Role, Ui, Vec2};

use super::super::content::{Kind, TrackersData};
use super::super::logic::{Game, Last, Visit};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::regular;
use crate::ui::guide::Reaction;
use crate::ui::tokens::{Theme, theme};
use crate::ui::widgets::{BigButton, bottom_bar, chip};

/// What happened last (or what to do), the magnifier and the way to the next page.
pub(super) fn bottom_bar_ui(
    ui: &mut Ui,
    data: &TrackersData,
    visit: &mut Visit,
    ctx: &mut ActivityCtx<'_>,
) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let has_pixel = game
        .round()
        .is_some_and(|round| round.creatures.iter().any(|c| c.kind == Kind::Pixel));
    let last_page = game.current + 1 == game.rounds.len();
    let text = bar_text(data, game, visit.last, ctx);
    let all_texts = page_texts(data, game, ctx);
    // For 6-9 a page's instruction, then what each creature caught learns, is read by itself.
    ctx.read_once(&text);
    bottom_bar(ui, "trackers-bar", |ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if game.waits_for_ready() {
                if ctx.tapped(
                    &ui.add(
                        BigButton::new(&ctx.tr("trackers-ready"))
                            .pictogram(Pictogram::Play)
                            .primary(),
                    ),
                ) {
                    game.start(ctx.now_secs);
                }
                ui.add_space(s.gap);
                listen_and_sentence_ui(ui, theme, &text, &all_texts, ctx);
                return;
            }
            let next = if last_page {
                ctx.tr("trackers-see-profile")
            } else {
                ctx.tr("trackers-next-page")
            };
            if ctx.tapped(&ui.add_enabled(
                game.can_leave(),
                BigButton::new(&next).pictogram(Pictogram::Next).primary(),
            )) && !game.leave(ctx.now_secs).is_empty()
            {
                visit.last = Some(Last::Sent);
                // The trackers left uncaught fly off with what they saw.
                ctx.react(Reaction::Surprised);
            }
            if has_pixel && magnifier_button(ui, game.magnifier, &ctx.tr("trackers-magnifier")) {
                game.magnifier = !game.magnifier;
                ctx.play(Sound::Tap);
            }
            ui.add_space(s.gap);
            listen_and_sentence_ui(ui, theme, &text, &all_texts, ctx);
        });
    });
}

/// The listen button, then the bar's sentence, in what the buttons leave of the bar.
fn listen_and_sentence_ui(
    ui: &mut Ui,
    theme: &Theme,
    text: &str,
    all: &[String],
    ctx: &mut ActivityCtx<'_>,
) {
    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
        ctx.guide_ui(ui);
        ctx.listen(ui, text);
        bar_sentence_ui(ui, theme, text, all);
    });
}

/// The bar's sentence, in a box as high as the longest sentence of the page (`all`), so that
/// the page above never jumps: a sentence longer than two lines is set smaller.
pub(super) fn bar_sentence_ui(ui: &mut Ui, theme: &Theme, text: &str, all: &[String]) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let width = ui.available_width();
    let layout = |text: &str, size: f32| {
        ui.painter()
            .layout(text.to_owned(), regular(size), p.text, width)
    };
    let size_for = |text: &str| {
        if layout(text, s.font_body).rows.len() > 2 {
            s.font_small
        } else {
            s.font_body
        }
    };
    let height = all
        .iter()
        .map(String::as_str)
        .chain([text])
        .map(|text| layout(text, size_for(text)).size().y)
        .fold(s.touch_target, f32::max);
    let size = size_for(text);
    ui.allocate_ui_with_layout(
        Vec2::new(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_min_height(height);
            ui.add(egui::Label::new(RichText::new(text).font(regular(size)).color(p.text)).wrap());
        },
    );
}

/// The sentence of the bottom bar.
pub(super) fn bar_text(
    data: &TrackersData,
    game: &Game,
    last: Option<Last>,
    ctx: &ActivityCtx<'_>,
) -> String {
    let now = ctx.now_secs;
    let pixel_hiding = game.round().is_some_and(|round| {
        round
            .creatures
            .iter()
            .enumerate()
            .any(|(i, c)| c.kind == Kind::Pixel && game.is_watching(i, now))
    });
    if pixel_hiding && !game.magnifier {
        return ctx.tr("trackers-pixel-hint");
    }
    if game.page_done() {
        return ctx.tr("trackers-page-done");
    }
    match last {
        Some(Last::Blocked {
            tracker,
            seen_before,
        }) => blocked_text(data, tracker, seen_before, ctx),
        Some(Last::Sent) => ctx.tr("trackers-sent"),
        None => ctx.tr("trackers-hint"),
    }
}

/// What the bar says when tracker `tracker` is blocked: who it is, and what it learns.
pub(super) fn blocked_text(
    data: &TrackersData,
    tracker: usize,
    seen_before: bool,
    ctx: &ActivityCtx<'_>,
) -> String {
    let tracker = &data.trackers[tracker];
    let lesson = data
        .lesson(tracker.kind)
        .map_or("", |lesson| lesson.learns.get(ctx.lang, ctx.age));
    let blocked = ctx.tr_args(
        "trackers-blocked",
        &[
            ("name", tracker.domain.as_str().into()),
            ("company", data.company_name(&tracker.owner).into()),
            ("country", data.company_country(&tracker.owner).into()),
        ],
    );
    if seen_before {
        format!("{blocked} {} {lesson}", ctx.tr("trackers-seen-before"))
    } else {
        format!("{blocked} {lesson}")
    }
}

/// Every sentence the bar can say on the current page: its box is as high as the longest, so
/// that the page does not move while the visitor plays it.
pub(super) fn page_texts(data: &TrackersData, game: &Game, ctx: &ActivityCtx<'_>) -> Vec<String> {
    let mut texts: Vec<String> = [
        "trackers-hint",
        "trackers-pixel-hint",
        "trackers-page-done",
        "trackers-sent",
    ]
    .into_iter()
    .map(|id| ctx.tr(id))
    .collect();
    for creature in game.round().map_or(&[][..], |round| &round.creatures[..]) {
        for seen_before in [false, true] {
            texts.push(blocked_text(data, creature.tracker, seen_before, ctx));
        }
    }
    texts
}

/// The magnifier's on/off button. Returns whether it was pressed.
pub(super) fn magnifier_button(ui: &mut Ui, on: bool, label: &str) -> bool {
    chip(ui, Pictogram::Search, label, on, Role::CheckBox).clicked()
}
