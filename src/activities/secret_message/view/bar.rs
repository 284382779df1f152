//! The bottom bar: what to do next, and the buttons of the level under way.

use eframe::egui::{Align, Layout, Ui};

use super::super::content::SecretData;
use super::super::logic::{self, Game, Level, WheelStep};
use super::WEB_MAP;
use crate::activity::{ActivityCtx, Command};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::widgets::{BigButton, bottom_bar};

/// What the bar asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BarAction {
    /// The level is done: on to the next one.
    NextLevel,
    /// The end: play again from the start.
    Again,
}

/// The button that moves on, whatever the level.
pub(super) fn bottom_bar_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &mut Game,
    ctx: &mut ActivityCtx<'_>,
) -> Option<BarAction> {
    let mut action = None;
    bottom_bar(ui, "secret_message-bar", |ui| {
        ui.horizontal(|ui| {
            if game.is_over() {
                if ctx.can_open(WEB_MAP)
                    && ctx.age != AgeBand::Young
                    && ui
                        .add(
                            BigButton::new(&ctx.tr("secret_message-see-map"))
                                .pictogram(Pictogram::Map),
                        )
                        .clicked()
                {
                    ctx.send(Command::OpenActivity {
                        id: WEB_MAP,
                        handoff: None,
                    });
                }
                if ctx.tapped(&ui.add(
                    BigButton::new(&ctx.tr("secret_message-again")).pictogram(Pictogram::Restart),
                )) {
                    action = Some(BarAction::Again);
                }
                return;
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                wheel_buttons_ui(ui, data, game, ctx);
                if game.level_done() {
                    let next = logic::levels(game.age).get(game.level + 1);
                    let label = ctx.tr(match next {
                        Some(Level::EndToEnd) => "secret_message-next-e2e",
                        Some(_) => "secret_message-next-level",
                        None => "secret_message-finish",
                    });
                    if ctx.tapped(
                        &ui.add(BigButton::new(&label).pictogram(Pictogram::Next).primary()),
                    ) {
                        action = Some(BarAction::NextLevel);
                    }
                }
            });
        });
    });
    action
}

/// The wheel level's own buttons: send the coded word, then become the postman.
pub(super) fn wheel_buttons_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &mut Game,
    ctx: &mut ActivityCtx<'_>,
) {
    if game.current() != Some(Level::Wheel) {
        return;
    }
    match game.wheel.step {
        WheelStep::Encode { .. } => {
            let sent = ui
                .add_enabled(
                    game.wheel.wheel.key != 0,
                    BigButton::new(&ctx.tr("secret_message-send"))
                        .pictogram(Pictogram::Mail)
                        .primary(),
                )
                .clicked();
            if sent && game.wheel.send() {
                ctx.play(Sound::Tap);
            }
        }
        WheelStep::Postman { word, .. } => {
            let swap = ui
                .add(
                    BigButton::new(&ctx.tr("secret_message-be-postman"))
                        .pictogram(Pictogram::Switch)
                        .primary(),
                )
                .clicked();
            if swap {
                // Another word (the content has at least four), coded with a key the visitor
                // does not know.
                let others: Vec<usize> = (0..data.words.len()).filter(|&w| w != word).collect();
                let secret = others[ctx.rng.usize(0..others.len())];
                let (low, high) = logic::crack_keys(ctx.age);
                let key = ctx.rng.i32(low..=high);
                game.wheel.become_postman(secret, key);
                ctx.play(Sound::Tap);
            }
        }
        _ => {}
    }
}
