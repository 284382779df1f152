//! The screens of "All eggs in one basket?": the village around the giant server, the building
//! of small hosts with their federation links, the events striking them, and the results.

use eframe::egui::{self, Align, Layout, RichText, Ui};

use super::content::FederationData;
use super::logic::{Game, LEVELS, Phase, Visit};
use crate::activity::ActivityCtx;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{theme, tokens};
use crate::ui::widgets::pictogram_heading;

mod bar;
mod build;
mod results;
mod scene;
mod village;

use bar::bottom_bar_ui;
use build::{build_ui, legend_ui, split};
use results::results_ui;
use scene::paint_giant;
use village::village_ui;

/// The radius of a villager's head, in points, where room is short (and in the legend).
const HEAD: f32 = 11.0;
/// The biggest head, on a big screen.
const HEAD_MAX: f32 = 18.0;
/// The radius of a small host's disc.
const HOST_RADIUS: f32 = 30.0;
/// Room for a host's name at the top of its quarter.
const NAME_HEIGHT: f32 = 26.0;

/// Draws the game.
pub fn federation_ui(
    ui: &mut Ui,
    data: &FederationData,
    visit: &mut Visit,
    ctx: &mut ActivityCtx<'_>,
) {
    let game = visit
        .game
        .get_or_insert_with(|| Game::new(ctx.age, 0, data.events.len(), ctx.rng));
    if game.phase == Phase::Done {
        ctx.complete_once(&mut visit.finished);
    }
    if let Some(level) = bottom_bar_ui(ui, game, &mut visit.selected, ctx) {
        visit.start(Game::new(ctx.age, level, data.events.len(), ctx.rng));
    }
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let selected = &mut visit.selected;
    let s = theme(ui.ctx()).sizes.clone();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.75))
        .show(ui, |ui| match game.phase {
            Phase::Done => {
                scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
                    results_ui(ui, data, game, ctx);
                });
            }
            Phase::Giant { .. } => {
                caption_ui(ui, data, game, ctx);
                let area = ui.available_rect_before_wrap();
                paint_giant(ui, data, game, area);
            }
            Phase::Build => {
                caption_ui(ui, data, game, ctx);
                build_ui(ui, data, game, selected, ctx);
            }
            Phase::Strikes { .. } => {
                caption_ui(ui, data, game, ctx);
                let (left, village) = split(ui, ui.available_rect_before_wrap());
                ui.scope_builder(egui::UiBuilder::new().max_rect(left), |ui| {
                    legend_ui(ui, ctx);
                });
                village_ui(ui, data, game, selected, village, ctx);
            }
        });
}

/// What is happening, above the village.
fn caption_ui(ui: &mut Ui, data: &FederationData, game: &Game, ctx: &mut ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (title, body) = match (game.phase, game.current_event()) {
        (Phase::Giant { .. }, Some(event)) => {
            let event = &data.events[event];
            (
                event.name.get(ctx.lang).to_owned(),
                event.giant.get(ctx.lang, ctx.age).to_owned(),
            )
        }
        (Phase::Strikes { .. }, Some(event)) => {
            let event = &data.events[event];
            (
                event.name.get(ctx.lang).to_owned(),
                event.small.get(ctx.lang, ctx.age).to_owned(),
            )
        }
        (Phase::Build, _) => (
            ctx.tr("federation-build-title"),
            ctx.tr("federation-build-hint"),
        ),
        _ => (
            ctx.tr("federation-giant-title"),
            ctx.tr("federation-giant-intro"),
        ),
    };
    let pictogram = game
        .current_event()
        .map_or(Pictogram::Network, |event| data.events[event].pictogram);
    ui.horizontal(|ui| {
        pictogram_heading(ui, pictogram, p.accent, &title);
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(
                RichText::new(ctx.tr_args(
                    "federation-level",
                    &[
                        ("number", (game.level + 1).into()),
                        ("count", LEVELS.into()),
                    ],
                ))
                .font(regular(s.font_small))
                .color(p.text_muted),
            );
        });
    });
    ctx.instruction(ui, &body, RichText::new(&body).font(regular(s.font_body)));
    if let Some(text) = score_line(game, ctx) {
        ui.label(RichText::new(text).font(bold(s.font_body)).color(p.primary));
    }
    ui.add_space(s.gap * 0.5);
}

/// How many conversations still work, when an event has struck.
fn score_line(game: &Game, ctx: &ActivityCtx<'_>) -> Option<String> {
    let total = game.conversations.len();
    let working = match game.phase {
        Phase::Giant { seen } if seen > 0 => 0,
        Phase::Strikes { .. } => game.strikes.last()?.surviving,
        _ => return None,
    };
    let mut line = ctx.tr_args(
        "federation-working",
        &[("right", working.into()), ("count", total.into())],
    );
    if matches!(game.phase, Phase::Strikes { .. }) {
        line.push_str("  ·  ");
        line.push_str(&ctx.tr_args(
            "federation-biggest",
            &[
                ("right", game.network.largest().into()),
                ("count", game.network.home.len().into()),
            ],
        ));
    }
    Some(line)
}
