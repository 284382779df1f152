//! The screens of "Secret message": the cipher wheel, the nosy postman, the padlock box, end to
//! end or not, and the end.

use eframe::egui::{self, RichText, Ui};

use super::content::SecretData;
use super::logic::{Game, Level, Visit};
use crate::activity::{ActivityCtx, ActivityId};
use crate::ui::Pictogram;
use crate::ui::fonts::regular;
use crate::ui::tokens::{theme, tokens};
use crate::ui::widgets::pictogram_heading;

mod bar;
mod end;
mod end_to_end;
mod padlock;
mod wheel;

use bar::{BarAction, bottom_bar_ui};
use end::end_ui;
use end_to_end::end_to_end_ui;
use padlock::padlock_level_ui;
use wheel::wheel_level_ui;

/// The map of the web, where journeys show the same idea on the real Internet.
const WEB_MAP: ActivityId = crate::activity::ids::WEB_MAP;

/// Draws the game.
pub fn secret_message_ui(
    ui: &mut Ui,
    data: &SecretData,
    visit: &mut Visit,
    ctx: &mut ActivityCtx<'_>,
) {
    let game = visit.game.get_or_insert_with(|| Game::new(ctx.age));
    if game.is_over() {
        ctx.complete_once(&mut visit.finished);
    }
    match bottom_bar_ui(ui, data, game, ctx) {
        Some(BarAction::NextLevel) => visit.next_level(),
        Some(BarAction::Again) => visit.start(Game::new(ctx.age)),
        None => {}
    }
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let (holding, refusal, answer) = (&mut visit.holding, &mut visit.refusal, &mut visit.answer);
    let s = theme(ui.ctx()).sizes.clone();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.75))
        .show(ui, |ui| match game.current() {
            Some(Level::Wheel) => wheel_level_ui(ui, data, game, ctx),
            Some(Level::Padlock) => padlock_level_ui(ui, data, game, (holding, refusal), ctx),
            Some(Level::EndToEnd) => end_to_end_ui(ui, data, game, answer, ctx),
            None => end_ui(ui, data, game, ctx),
        });
}

/// A title with its pictogram, and a line under it.
fn heading_ui(
    ui: &mut Ui,
    ctx: &mut ActivityCtx<'_>,
    pictogram: Pictogram,
    title: &str,
    body: &str,
) {
    let (p, s) = tokens(ui.ctx());
    pictogram_heading(ui, pictogram, p.accent, title);
    // The step's instruction, given by the guide.
    ctx.instruction(ui, body, RichText::new(body).font(regular(s.font_body)));
    ui.add_space(s.gap * 0.5);
}
