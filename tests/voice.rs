//! The voice, heard through a recorder in place of the speech service: a listen button says
//! exactly the text it stands beside, in the visitor's language; 6-9 screens read their
//! instruction once by themselves; going home or a session reset stops the voice; without a
//! voice there is no listen button.

#![expect(
    clippy::expect_used,
    reason = "a helper that finds no listen button says so, as a test does"
)]

#[path = "support/panel.rs"]
mod panel;
mod support;

use archipel::age::AgeBand;
use archipel::app::{ArchipelApp, VoiceSource};
use archipel::voice::spoken::for_the_ear;
use archipel::voice::{Recorder, Said};
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use panel::open_panel;
use support::{harness_for, options, shows, tap};

/// The app for `lang` and `age` with a recorder as its voice.
fn with_voice(lang: &str, age: AgeBand) -> (Harness<'static, ArchipelApp>, Recorder) {
    let recorder = Recorder::default();
    let mut options = options(lang, age);
    options.voice = VoiceSource::Recording(recorder.clone());
    (harness_for(ArchipelApp::new(options)), recorder)
}

/// The listen buttons shown, in the accessibility tree's order.
fn listen_buttons(harness: &Harness<'_, ArchipelApp>, label: &str) -> usize {
    harness
        .query_all_by_role_and_label(Role::Button, label)
        .count()
}

/// Taps the first button named `label` (several listen buttons share their name).
fn tap_first(harness: &mut Harness<'_, ArchipelApp>, label: &str) {
    harness
        .query_all_by_role_and_label(Role::Button, label)
        .next()
        .expect("a listen button")
        .click();
    harness.run();
}

/// Whether `heard` is, said for the ear, the text of one widget shown (or of several shown
/// one after the other, joined as the app joins them).
fn is_shown(harness: &Harness<'_, ArchipelApp>, heard: &Said) -> bool {
    let labels: Vec<String> = harness
        .query_all_by(|node| node.label().is_some() || node.value().is_some())
        .filter_map(|node| {
            let data = node.accesskit_node();
            data.label().or_else(|| data.value())
        })
        .map(|label| for_the_ear(&label, &heard.lang))
        .filter(|label| !label.is_empty())
        .collect();
    labels.contains(&heard.text)
        || labels.iter().any(|first| {
            heard
                .text
                .strip_prefix(first.as_str())
                .and_then(|rest| rest.strip_prefix(". "))
                .is_some_and(|rest| labels.iter().any(|second| second == rest))
        })
}

#[test]
fn a_home_tile_says_its_title_and_summary_in_the_visitors_language() {
    let (mut harness, recorder) = with_voice("fr", AgeBand::Middle);
    assert_eq!(listen_buttons(&harness, "Écouter"), 8, "one per tile");
    tap_first(&mut harness, "Écouter");
    let heard = recorder.said();
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert_eq!(heard[0].lang, "fr");
    assert!(
        heard[0].text.starts_with("La carte du Web. Explore"),
        "{heard:?}"
    );
    // Listening opens nothing.
    assert_eq!(
        harness.state().session().screen,
        archipel::session::Screen::Home
    );
    // In English, in English.
    tap(&mut harness, Role::RadioButton, "English");
    recorder.clear();
    tap_first(&mut harness, "Listen");
    let heard = recorder.said();
    assert_eq!(heard.len(), 1);
    assert_eq!(heard[0].lang, "en");
    assert!(heard[0].text.starts_with("The map of the web. Explore"));
}

#[test]
fn without_a_voice_there_is_no_listen_button() {
    let harness = harness_for(ArchipelApp::new(options("fr", AgeBand::Young)));
    assert_eq!(listen_buttons(&harness, "Écouter"), 0);
    assert!(shows(&harness, Role::Button, "La carte du Web"));
}

#[test]
fn a_map_card_says_the_place_and_what_it_is_and_reads_itself_once_for_the_youngest() {
    let (mut harness, recorder) = with_voice("en", AgeBand::Young);
    tap(&mut harness, Role::Button, "The map of the web");
    recorder.clear();
    tap(&mut harness, Role::Button, "Your phone");
    // Read by itself once, however many frames the card stays: its name and its sentence.
    let heard = recorder.said();
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert!(heard[0].text.starts_with("Your phone. "), "{heard:?}");
    assert!(is_shown(&harness, &heard[0]), "{heard:?}");
    for _ in 0..5 {
        harness.run();
    }
    assert_eq!(recorder.said().len(), 1, "read once");
    // The listen button says it again, exactly.
    let expected = heard[0].clone();
    recorder.clear();
    tap(&mut harness, Role::Button, "Listen");
    assert_eq!(recorder.said(), vec![expected]);
    // Going home stops the voice.
    let hushed = recorder.hushed();
    tap(&mut harness, Role::Button, "Home");
    assert!(recorder.hushed() > hushed, "home stops the voice");
}

#[test]
fn a_tracker_page_says_its_instruction_and_a_reset_stops_the_voice() {
    let (mut harness, recorder) = with_voice("fr", AgeBand::Middle);
    tap(&mut harness, Role::Button, "Qui me suit\u{202F}?");
    // 10-13: nothing read by itself.
    assert!(recorder.said().is_empty(), "{:?}", recorder.said());
    tap(&mut harness, Role::Button, "Écouter");
    let heard = recorder.said();
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert_eq!(heard[0].lang, "fr");
    assert!(
        is_shown(&harness, &heard[0]),
        "the bar's sentence: {heard:?}"
    );
    let hushed = recorder.hushed();
    harness.state_mut().end_session();
    harness.run();
    assert!(
        recorder.hushed() > hushed,
        "a session reset stops the voice"
    );
}

#[test]
fn a_quiz_question_is_said_and_read_once_for_the_youngest() {
    let (mut harness, recorder) = with_voice("en", AgeBand::Young);
    tap(&mut harness, Role::Button, "The map of the web");
    tap(&mut harness, Role::Button, "Follow a message");
    tap(
        &mut harness,
        Role::Button,
        "A message through a giant platform",
    );
    tap(&mut harness, Role::Button, "Pause");
    for _ in 0..11 {
        tap(&mut harness, Role::Button, "Next step");
    }
    recorder.clear();
    tap(&mut harness, Role::Button, "Your turn!");
    let heard = recorder.said();
    assert_eq!(heard.len(), 1, "the question read by itself: {heard:?}");
    for _ in 0..5 {
        harness.run();
    }
    assert_eq!(recorder.said().len(), 1, "once");
    recorder.clear();
    tap(&mut harness, Role::Button, "Listen");
    assert_eq!(
        recorder.said(),
        heard,
        "the listen button says the question"
    );
    assert!(is_shown(&harness, &heard[0]), "{heard:?}");
}

#[test]
fn the_panel_says_which_voices_were_found_and_turns_the_listen_buttons_off() {
    let (mut harness, recorder) = with_voice("en", AgeBand::Middle);
    assert_eq!(listen_buttons(&harness, "Listen"), 8);
    open_panel(&mut harness);
    assert!(
        harness
            .query_by_label("Voices found for: de, en, es, fr, it")
            .is_some(),
        "the panel names the voices"
    );
    tap(
        &mut harness,
        Role::CheckBox,
        "\"Listen\" buttons (texts read aloud)",
    );
    tap(&mut harness, Role::Button, "Close the panel");
    assert_eq!(listen_buttons(&harness, "Listen"), 0, "no listen buttons");
    assert!(!harness.state().settings().voice);
    assert!(recorder.said().is_empty());
}

#[test]
fn every_games_first_screen_has_a_listen_button_and_reads_itself_for_the_youngest() {
    // (The map's first screen is the map: its card and its quiz are tested above.)
    for (title, id) in [
        ("Who is following me?", "trackers"),
        ("Secret message", "secret_message"),
        ("Who owns what?", "owners"),
        ("Switch your tools", "alternatives"),
        ("All eggs in one basket?", "federation"),
    ] {
        let (mut harness, recorder) = with_voice("en", AgeBand::Young);
        tap(&mut harness, Role::Button, title);
        harness.run();
        assert!(
            listen_buttons(&harness, "Listen") > 0,
            "{id}: a listen button on its first screen"
        );
        let heard = recorder.said();
        assert_eq!(heard.len(), 1, "{id}: its instruction read once: {heard:?}");
        assert!(is_shown(&harness, &heard[0]), "{id}: {heard:?}");
    }
}

#[test]
fn your_data_says_each_statement() {
    let (mut harness, recorder) = with_voice("fr", AgeBand::Young);
    tap(&mut harness, Role::Button, "Tes données");
    assert_eq!(listen_buttons(&harness, "Écouter"), 3, "one per statement");
    tap_first(&mut harness, "Écouter");
    let heard = recorder.said();
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert!(is_shown(&harness, &heard[0]), "{heard:?}");
}
