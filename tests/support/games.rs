//! What the mini-games' test files share: opening a game from the home screen, and the
//! completions counted. A module of its own, declared only by the files that use all of it
//! (`#[path = "support/games.rs"] mod games;`), so no test crate carries dead code.

use archipel::activity::ActivityId;
use archipel::age::AgeBand;
use archipel::app::ArchipelApp;
use archipel::session::Screen;
use eframe::egui::Role;
use egui_kittest::Harness;

use crate::support::{harness_for, options, tap};

/// The app for a visitor speaking `lang` in band `age`, on activity `id`, opened by tapping
/// its home tile, whose title is `fr` or `en`.
pub fn open(
    lang: &str,
    age: AgeBand,
    (fr, en): (&str, &str),
    id: &'static str,
) -> Harness<'static, ArchipelApp> {
    let mut harness = harness_for(ArchipelApp::new(options(lang, age)));
    let title = if lang == "fr" { fr } else { en };
    tap(&mut harness, Role::Button, title);
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId(id))
    );
    harness
}

/// How many times an activity was played to its end, in the statistics.
pub fn completed(harness: &Harness<'_, ArchipelApp>) -> u64 {
    harness.state().stats().totals(None).completed
}
