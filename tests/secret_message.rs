//! "Secret message" played to its end through the accessibility tree: the wheel (encode, the
//! messenger, crack), the padlock box with a cheat that fails, and end to end or not at 14+.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/drag.rs"]
mod drag;
#[path = "support/games.rs"]
mod games;
mod support;

use archipel::activities::secret_message::SecretMessage;
use archipel::activities::secret_message::logic::{
    Game, Level, PadlockStep, Refusal, Visit, WheelStep,
};
use archipel::activity::ActivityId;
use archipel::age::AgeBand;
use archipel::app::ArchipelApp;
use archipel::i18n::Lang;
use archipel::session::Screen;
use drag::drag;
use eframe::egui::Role;
use egui_kittest::Harness;
use games::completed;
use support::{shows, tap};

fn game(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    games::open(
        lang,
        age,
        ("Message secret", "Secret message"),
        "secret_message",
    )
}

fn secret<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a SecretMessage {
    harness.state().activity::<SecretMessage>().expect("loaded")
}

fn current(harness: &Harness<'_, ArchipelApp>) -> Game {
    secret(harness).visit().game.clone().expect("started")
}

/// Picks the first word, hides it, shows it to the messenger, then cracks the intercepted one.
fn play_the_wheel(harness: &mut Harness<'static, ArchipelApp>) {
    let en = Lang::new("en");
    let word = secret(harness).data().words[0].text.get(&en).to_owned();
    tap(harness, Role::Button, &word);
    tap(harness, Role::Button, "Turn the wheel on");
    tap(harness, Role::Button, "Turn the wheel on");
    assert!(shows(harness, Role::Label, &word), "the plain word");
    let coded = archipel::activities::secret_message::logic::caesar(&word, 2);
    assert!(shows(harness, Role::Label, &coded), "coded as it turns");
    tap(harness, Role::Button, "Send");
    assert!(matches!(
        current(harness).wheel.step,
        WheelStep::Postman { key: 2, .. }
    ));
    tap(harness, Role::Button, "Now you are the messenger!");
    let WheelStep::Crack { key, .. } = current(harness).wheel.step else {
        panic!("cracking");
    };
    for _ in 0..key {
        tap(harness, Role::Button, "Turn the wheel on");
    }
    assert!(matches!(
        current(harness).wheel.step,
        WheelStep::Cracked { turns, .. } if turns == key as u32
    ));
    tap(harness, Role::Button, "Next: the padlock box");
    assert_eq!(current(harness).current(), Some(Level::Padlock));
}

/// Tries to send the key (refused), then plays the story by tapping a thing and its target.
fn play_the_padlock(harness: &mut Harness<'static, ArchipelApp>, age: AgeBand) {
    tap(harness, Role::Button, "Alice’s key");
    tap(harness, Role::Button, "Bob");
    assert_eq!(
        secret(harness).visit().refusal,
        Some(Refusal::KeyStaysWithAlice)
    );
    let why = if age == AgeBand::Young {
        "No! Alice keeps her key. Whoever has the key can open the box."
    } else {
        "No: Alice never gives her key away. Whoever holds it can open every box locked with her padlock."
    };
    assert!(shows(harness, Role::Label, why), "the game says why");
    for (thing, target) in [
        ("Alice’s padlock", "Bob"),
        ("Alice’s padlock", "Bob’s box"),
        ("Bob’s box", "Alice"),
    ] {
        tap(harness, Role::Button, thing);
        tap(harness, Role::Button, target);
    }
    assert_eq!(current(harness).padlock.step, PadlockStep::OpenBox);
    // The messenger tries to open the locked box: he has no key.
    tap(harness, Role::Button, "Bob’s box");
    tap(harness, Role::Button, "The messenger");
    assert_eq!(
        secret(harness).visit().refusal,
        Some(Refusal::PostmanHasNoKey)
    );
    tap(harness, Role::Button, "Alice’s key");
    tap(harness, Role::Button, "Bob’s box");
    assert_eq!(current(harness).padlock.step, PadlockStep::Done);
}

#[test]
fn six_to_nine_plays_the_wheel_and_the_padlock_story() {
    let mut harness = game("en", AgeBand::Young);
    play_the_wheel(&mut harness);
    play_the_padlock(&mut harness, AgeBand::Young);
    tap(&mut harness, Role::Button, "Finish");
    assert!(current(&harness).is_over());
    assert!(shows(&harness, Role::Label, "Well done, secret agent!"));
    assert_eq!(completed(&harness), 1);
    assert!(
        !shows(&harness, Role::Button, "Follow a message on the map"),
        "not for 6-9"
    );
    tap(&mut harness, Role::Button, "Play again");
    assert_eq!(current(&harness).level, 0);
}

#[test]
fn fourteen_plus_also_tells_end_to_end_from_not() {
    let mut harness = game("en", AgeBand::Older);
    play_the_wheel(&mut harness);
    play_the_padlock(&mut harness, AgeBand::Older);
    tap(&mut harness, Role::Button, "Next: end to end, or not?");
    assert_eq!(current(&harness).current(), Some(Level::EndToEnd));
    // The service that keeps the key: a wrong answer first.
    tap(&mut harness, Role::Button, "No, it can’t");
    assert_eq!(current(&harness).end_to_end.misses, 1);
    tap(&mut harness, Role::Button, "Yes, it can read it");
    // End to end.
    tap(&mut harness, Role::Button, "No, it can’t");
    assert!(current(&harness).end_to_end.is_done());
    tap(&mut harness, Role::Button, "Finish");
    assert!(current(&harness).is_over());
    assert_eq!(completed(&harness), 1);
    assert!(shows(&harness, Role::Button, "Follow a message on the map"));
    tap(&mut harness, Role::Button, "Follow a message on the map");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("web_map"))
    );
}

#[test]
fn french_and_a_new_visitor() {
    let mut harness = game("fr", AgeBand::Middle);
    assert!(shows(&harness, Role::Button, "MONDE"));
    tap(&mut harness, Role::Button, "MONDE");
    harness.state_mut().end_session();
    harness.run();
    assert_eq!(secret(&harness).visit(), &Visit::default(), "wiped");
}

#[test]
fn the_padlock_story_can_be_played_by_dragging() {
    let mut harness = game("en", AgeBand::Middle);
    play_the_wheel(&mut harness);
    drag(&mut harness, "Alice’s key", "The messenger");
    assert_eq!(
        secret(&harness).visit().refusal,
        Some(Refusal::KeyStaysWithAlice)
    );
    drag(&mut harness, "Alice’s padlock", "Bob");
    assert_eq!(current(&harness).padlock.step, PadlockStep::LockBox);
    drag(&mut harness, "Alice’s padlock", "Bob’s box");
    drag(&mut harness, "Bob’s box", "Alice");
    drag(&mut harness, "Alice’s key", "Bob’s box");
    assert_eq!(current(&harness).padlock.step, PadlockStep::Done);
    assert!(shows(&harness, Role::Button, "Finish"));
}
