//! Stickers: each activity finished puts its sticker in the album on the home screen ("1 of
//! 8"); finishing all of them adds the special one; a session reset empties the album.

mod support;

use archipel::activity::{ActivityId, Command};
use archipel::age::AgeBand;
use archipel::app::ArchipelApp;
use archipel::session::Screen;
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use support::{harness_for, options, shows, tap};

const GAMES: [(&str, &str); 7] = [
    ("The map of the web", "web_map"),
    ("Who is following me?", "trackers"),
    ("Who owns what?", "owners"),
    ("Switch your tools", "alternatives"),
    ("All eggs in one basket?", "federation"),
    ("Secret message", "secret_message"),
    ("Run your own little host", "own_host"),
];

/// Opens `title` from the home screen, has it finished (as its own end does: a `Completed`
/// command), and goes home.
fn finish(harness: &mut Harness<'_, ArchipelApp>, title: &str, id: &'static str) {
    tap(harness, Role::Button, title);
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId(id))
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(Command::Completed, &ctx);
    harness.run();
    tap(harness, Role::Button, "Home");
}

fn album(harness: &Harness<'_, ArchipelApp>, count: usize) -> bool {
    harness
        .query_by_label(&format!("Stickers: {count} of 8"))
        .is_some()
}

#[test]
fn a_finished_activity_puts_its_sticker_in_the_album_and_a_reset_empties_it() {
    let mut harness = harness_for(ArchipelApp::new(options("en", AgeBand::Middle)));
    assert!(album(&harness, 0), "an empty album to fill");
    assert!(shows(&harness, Role::Button, "Secret message"));
    finish(&mut harness, "Secret message", "secret_message");
    assert!(album(&harness, 1));
    // Finishing it again gives no second sticker.
    finish(&mut harness, "Secret message", "secret_message");
    assert!(album(&harness, 1));
    harness.state_mut().end_session();
    harness.run();
    if harness.state().session().screen == Screen::Attract {
        harness.state_mut().end_session();
    }
    assert!(harness.state().session().stickers.is_empty(), "never kept");
    assert!(album(&harness, 0));
}

#[test]
fn finishing_every_activity_earns_the_special_sticker() {
    let mut harness = harness_for(ArchipelApp::new(options("en", AgeBand::Older)));
    for (title, id) in GAMES {
        finish(&mut harness, title, id);
    }
    assert!(album(&harness, 8), "seven stickers and the special one");
}
