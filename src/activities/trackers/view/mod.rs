//! The screens of "Who is following me?": a pretend page in a browser window with its trackers,
//! the jar and the companies they fly off to; then the end screen with the profile they
//! assembled, the companies as bubbles, and three tips.

use std::time::Duration;

use eframe::egui::{self, Pos2, Rect, Ui};

use super::content::TrackersData;
use super::logic::{Game, Last, Visit};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::tokens::theme;

mod bar;
mod creatures;
mod end;
mod page;
mod pictures;
mod side;

use bar::bottom_bar_ui;
use end::end_ui;
use page::page_ui;
use side::side_ui;

/// How long a blocked tracker takes to fly into the jar, and a missed one to its company.
const FLIGHT_SECS: f64 = 0.7;
/// How long a tracker takes to pop up.
const POP_SECS: f64 = 0.25;
/// Frames per second while trackers move.
const ANIMATION_FPS: f32 = 30.0;
/// The magnifier's radius, in points.
const LENS_RADIUS: f32 = 72.0;

/// Draws the game, or its end screen.
pub fn trackers_ui(ui: &mut Ui, data: &TrackersData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let game = visit
        .game
        .get_or_insert_with(|| Game::deal(data, ctx.age, ctx.rng));
    if game.is_over() {
        ctx.complete_once(&mut visit.finished);
        if end_ui(ui, data, game, ctx) {
            *visit = Visit::default();
        }
        return;
    }
    let now = ctx.now_secs;
    if !game.waits_for_ready() {
        game.start(now);
    }
    game.shown(now);
    if !game.tick(now).is_empty() {
        visit.last = Some(Last::Sent);
        ctx.play(Sound::TryAgain);
    }
    // Nothing is left to look for: the magnifier is put away, and the page shows whole.
    if game.page_done() {
        game.magnifier = false;
    }
    bottom_bar_ui(ui, data, visit, ctx);
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    if game.is_over() {
        ui.ctx().request_repaint();
        return;
    }
    let s = theme(ui.ctx()).sizes.clone();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.5))
        .show(ui, |ui| {
            let area = ui.available_rect_before_wrap();
            let side = (area.width() * 0.25).clamp(220.0, 340.0);
            let page_rect = Rect::from_min_max(
                area.min,
                Pos2::new(area.right() - side - s.gap * 0.5, area.bottom()),
            );
            let side_rect =
                Rect::from_min_max(Pos2::new(area.right() - side, area.top()), area.max);
            let targets = side_ui(ui, data, game, side_rect, now, ctx);
            if let Some(blocked) = page_ui(ui, data, game, page_rect, &targets, ctx) {
                visit.last = Some(blocked);
                ctx.play(Sound::Success);
            }
        });
    ui.ctx()
        .request_repaint_after(Duration::from_secs_f32(1.0 / ANIMATION_FPS));
}
