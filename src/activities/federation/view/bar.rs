//! The bottom bar: what is happening, and the buttons of the step under way.

use eframe::egui::{Align, Layout, Ui};

use super::super::logic::{Game, LEVELS, Network, Phase};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::widgets::{BigButton, bottom_bar};

/// The button that moves the game on, and the hint of the moment; `selected` is the host
/// the visitor picked. Returns the level to start when the visitor asked for one.
pub(super) fn bottom_bar_ui(
    ui: &mut Ui,
    game: &mut Game,
    selected: &mut Option<usize>,
    ctx: &mut ActivityCtx<'_>,
) -> Option<usize> {
    let rules = game.rules();
    let (label, enabled) = match game.phase {
        Phase::Giant { seen: 0 } => (ctx.tr("federation-what-if"), true),
        Phase::Giant { seen } if seen < rules.giant_events => {
            (ctx.tr("federation-next-event"), true)
        }
        Phase::Giant { .. } => (ctx.tr("federation-build"), true),
        Phase::Build => (ctx.tr("federation-ready"), game.network.is_ready(&rules)),
        Phase::Strikes { seen } if seen < rules.events => (ctx.tr("federation-next-event"), true),
        Phase::Strikes { .. } => (ctx.tr("federation-results"), true),
        Phase::Done => (String::new(), false),
    };
    let mut next_level = None;
    bottom_bar(ui, "federation-bar", |ui| {
        ui.horizontal(|ui| {
            if game.phase == Phase::Done {
                if game.level + 1 < LEVELS
                    && ui
                        .add(
                            BigButton::new(&ctx.tr("federation-next-level"))
                                .pictogram(Pictogram::Next)
                                .primary(),
                        )
                        .clicked()
                {
                    next_level = Some(game.level + 1);
                }
                if ui
                    .add(BigButton::new(&ctx.tr("federation-again")).pictogram(Pictogram::Restart))
                    .clicked()
                {
                    next_level = Some(0);
                }
                return;
            }
            if game.phase == Phase::Build {
                build_buttons_ui(ui, game, selected, ctx);
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if ui
                    .add_enabled(
                        enabled,
                        BigButton::new(&label).pictogram(Pictogram::Next).primary(),
                    )
                    .clicked()
                {
                    game.advance();
                    // Bad news on the giant; the end has its own sound.
                    let sound = if matches!(game.phase, Phase::Giant { .. }) {
                        Sound::TryAgain
                    } else {
                        Sound::Tap
                    };
                    ctx.play(sound);
                    *selected = None;
                }
            });
        });
    });
    if next_level.is_some() {
        ctx.play(Sound::Tap);
    }
    next_level
}

/// While building: share the people out, or start the network again.
pub(super) fn build_buttons_ui(
    ui: &mut Ui,
    game: &mut Game,
    selected: &mut Option<usize>,
    ctx: &mut ActivityCtx<'_>,
) {
    let rules = game.rules();
    let unhosted = game.network.home.iter().any(Option::is_none);
    if ui
        .add_enabled(
            unhosted && !game.network.hosts.is_empty(),
            BigButton::new(&ctx.tr("federation-share-out")).pictogram(Pictogram::People),
        )
        .clicked()
    {
        game.network.share_out(&game.conversations);
        ctx.play(Sound::Tap);
    }
    if ctx.tapped(&ui.add_enabled(
        !game.network.hosts.is_empty(),
        BigButton::new(&ctx.tr("federation-clear")).pictogram(Pictogram::Restart),
    )) {
        game.network = Network::new(rules.users, rules.budget);
        *selected = None;
    }
}
