//! The stand running by itself: idle reset and attract screen, the hidden facilitator panel,
//! settings saved from the panel, statistics, and a crashing activity contained.

mod support;

#[path = "support/panel.rs"]
mod panel;

use std::path::Path;

use archipel::activities::alternatives::Alternatives;
use archipel::activity::{
    Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo, Registry,
};
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::content::{ContentError, ContentSource};
use archipel::i18n::{I18n, Lang};
use archipel::kiosk::stand::Facilitator;
use archipel::kiosk::stats::Stats;
use archipel::session::Screen;
use archipel::settings::{Settings, SettingsStore};
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use panel::{open_panel, press_unlock_chord, type_pin};
use support::{harness_for, options, shows, tap};

fn kiosk_options() -> AppOptions {
    let mut options = options("en", Settings::default().age);
    options.settings.kiosk = true;
    options
}

/// Ctrl+Alt+Shift+A, the facilitator's way in from a keyboard.
/// Moves the app's clock forward in one jump, as if nobody touched anything for `secs` (unlike
/// `clock::wait`, which lets the frames between pass too).
fn skip_time(harness: &mut Harness<'_, ArchipelApp>, secs: f64) {
    let now = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(now + secs);
    harness.step();
    harness.run();
}

fn picked(harness: &Harness<'_, ArchipelApp>) -> usize {
    harness
        .state()
        .activity::<Alternatives>()
        .map_or(0, |a| a.picker().selected_count())
}

#[test]
fn idle_time_leads_to_a_countdown_then_a_fresh_attract_screen() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    assert_eq!(harness.state().session().screen, Screen::Attract);
    assert!(shows(&harness, Role::Button, "Touch the screen to start"));
    assert_eq!(
        harness.state().stats().totals(None).sessions,
        0,
        "no visitor yet"
    );

    tap(&mut harness, Role::Button, "Touch the screen to start");
    assert_eq!(harness.state().session().screen, Screen::Home);
    assert_eq!(harness.state().stats().totals(None).sessions, 1);
    tap(&mut harness, Role::RadioButton, "Français");
    tap(&mut harness, Role::Button, "Change d’outils");
    tap(&mut harness, Role::CheckBox, "WhatsApp");
    assert_eq!(picked(&harness), 1);

    skip_time(&mut harness, 91.0);
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Tu es toujours là\u{202F}?")
            .is_some(),
        "the countdown shows"
    );
    assert!(shows(&harness, Role::Button, "Je suis là\u{202F}!"));
    assert_eq!(picked(&harness), 1, "nothing is wiped during the countdown");

    skip_time(&mut harness, 21.0);
    let session = harness.state().session();
    assert_eq!(session.screen, Screen::Attract);
    assert_eq!(
        session.lang,
        Lang::new("en"),
        "back to the stand's language"
    );
    assert_eq!(
        picked(&harness),
        0,
        "the next visitor sees nothing of the previous one"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Tu es toujours là\u{202F}?")
            .is_none()
    );
    let stats = harness.state().stats();
    assert_eq!(
        (stats.totals(None).sessions, stats.totals(None).started),
        (1, 1)
    );

    tap(&mut harness, Role::Button, "Touch the screen to start");
    assert_eq!(harness.state().session().screen, Screen::Home);
    assert_eq!(harness.state().stats().totals(None).sessions, 2);
}

#[test]
fn the_next_visitor_finds_lists_scrolled_back_to_the_top() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    tap(&mut harness, Role::Button, "Touch the screen to start");
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "Google Play");
    let top_of = |harness: &Harness<'_, ArchipelApp>| {
        harness
            .get_by_role_and_label(Role::CheckBox, "Google Search")
            .rect()
            .top()
    };
    assert!(top_of(&harness) < 0.0, "scrolled down to the last service");
    skip_time(&mut harness, 112.0);
    tap(&mut harness, Role::Button, "Touch the screen to start");
    tap(&mut harness, Role::Button, "Switch your tools");
    assert!(top_of(&harness) > 100.0, "the list starts at the top again");
}

#[test]
fn one_tap_during_the_countdown_keeps_playing() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    tap(&mut harness, Role::Button, "Touch the screen to start");
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "YouTube");
    skip_time(&mut harness, 95.0);
    tap(&mut harness, Role::Button, "I'm still here!");
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Still there?")
            .is_none()
    );
    skip_time(&mut harness, 30.0);
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("alternatives"))
    );
    assert_eq!(picked(&harness), 1, "the visitor's choices are kept");
}

#[test]
fn no_idle_reset_outside_kiosk_mode() {
    let options = AppOptions {
        settings: Settings {
            lang: Lang::new("en"),
            ..Settings::default()
        },
        audio: false,
        ..AppOptions::default()
    };
    let mut harness = harness_for(ArchipelApp::new(options));
    assert_eq!(
        harness.state().session().screen,
        Screen::Home,
        "a teacher's window opens on home"
    );
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "YouTube");
    skip_time(&mut harness, 600.0);
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Still there?")
            .is_none()
    );
    assert_eq!(picked(&harness), 1);
}

/// Five quick taps in the top-right corner.
fn corner_taps(harness: &mut Harness<'_, ArchipelApp>) {
    let corner = egui::pos2(1270.0, 10.0);
    for _ in 0..5 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: corner,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run();
}

/// An English app whose settings are read from and saved to `path`.
fn app_with_settings_file(path: &Path) -> Harness<'static, ArchipelApp> {
    let (store, settings) = SettingsStore::load(Some(path.to_owned()), None);
    let settings = Settings {
        lang: Lang::new("en"),
        ..settings
    };
    harness_for(ArchipelApp::new(AppOptions {
        settings,
        store,
        audio: false,
        ..AppOptions::default()
    }))
}

#[test]
fn the_corner_gesture_and_the_pin_open_the_panel() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    tap(&mut harness, Role::Button, "Touch the screen to start");
    corner_taps(&mut harness);
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Facilitator PIN")
            .is_some(),
        "the PIN pad shows"
    );
    type_pin(&mut harness, "1234");
    assert!(matches!(
        harness.state().facilitator(),
        Facilitator::Panel(_)
    ));
    assert!(harness.query_by_label("Facilitator panel").is_some());
    tap(&mut harness, Role::Button, "Close the panel");
    assert_eq!(harness.state().facilitator(), &Facilitator::Closed);
}

#[test]
fn the_key_chord_opens_the_pad_and_five_wrong_pins_lock_it() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    press_unlock_chord(&mut harness);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Facilitator PIN")
            .is_some()
    );
    for _ in 0..4 {
        type_pin(&mut harness, "0000");
    }
    assert!(harness.query_by_label("Wrong PIN. 1 try left.").is_some());
    type_pin(&mut harness, "0000");
    assert!(harness.query_by_label_contains("Too many tries").is_some());
    type_pin(&mut harness, "1234");
    assert!(
        matches!(harness.state().facilitator(), Facilitator::Pin(_)),
        "locked: even the right PIN waits"
    );
    skip_time(&mut harness, 31.0);
    type_pin(&mut harness, "1234");
    assert!(matches!(
        harness.state().facilitator(),
        Facilitator::Panel(_)
    ));
}

#[test]
fn a_hidden_activity_leaves_the_home_screen_and_settings_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.toml");
    let mut harness = app_with_settings_file(&path);
    assert!(shows(&harness, Role::Button, "Switch your tools"));
    open_panel(&mut harness);
    tap(&mut harness, Role::CheckBox, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "High contrast");
    tap(&mut harness, Role::Button, "Close the panel");
    assert!(
        !shows(&harness, Role::Button, "Switch your tools"),
        "the tile is gone"
    );
    assert!(shows(&harness, Role::Button, "Your data"));
    let (_, reread) = SettingsStore::load(Some(path), None);
    assert_eq!(reread.hidden_activities, vec!["alternatives".to_owned()]);
    assert!(reread.high_contrast);
}

#[test]
fn a_new_pin_replaces_the_default_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.toml");
    let mut harness = app_with_settings_file(&path);
    open_panel(&mut harness);
    tap(&mut harness, Role::Button, "Change the PIN");
    for _ in 0..2 {
        for digit in "2468".chars() {
            tap(&mut harness, Role::Button, &digit.to_string());
        }
        tap(&mut harness, Role::Button, "OK");
    }
    assert!(harness.query_by_label("The PIN was changed.").is_some());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.contains("pin = \"pbkdf2-sha256$") && !written.contains("2468"),
        "{written}"
    );
    tap(&mut harness, Role::Button, "Close the panel");
    press_unlock_chord(&mut harness);
    harness.run();
    type_pin(&mut harness, "1234");
    assert!(
        matches!(harness.state().facilitator(), Facilitator::Pin(_)),
        "the default PIN no longer works"
    );
    type_pin(&mut harness, "2468");
    assert!(matches!(
        harness.state().facilitator(),
        Facilitator::Panel(_)
    ));
}

#[test]
fn the_panel_shows_problems_with_a_corrupt_settings_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.toml");
    std::fs::write(&path, "kiosk = maybe\n").unwrap();
    let (store, settings) = SettingsStore::load(Some(path), None);
    assert_eq!(
        settings,
        Settings::default(),
        "defaults, and the app starts"
    );
    let options = AppOptions {
        settings: Settings {
            lang: Lang::new("en"),
            ..settings
        },
        store,
        audio: false,
        ..AppOptions::default()
    };
    let mut harness = harness_for(ArchipelApp::new(options));
    open_panel(&mut harness);
    assert!(
        harness
            .query_by_label("Problems found at start-up")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("settings.toml:1:")
            .is_some()
    );
}

#[test]
fn kiosk_mode_refuses_to_close() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::CancelClose),
        "{commands:?}"
    );
    for key in [egui::Key::Escape, egui::Key::F11] {
        harness.key_press(key);
        harness.run();
    }
    assert_eq!(harness.state().session().screen, Screen::Attract);
}

#[test]
fn quitting_from_the_panel_asks_first_then_closes() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    open_panel(&mut harness);
    tap(&mut harness, Role::Button, "Quit Archipel");
    assert!(!harness.state().quitting(), "asks first");
    tap(&mut harness, Role::Button, "Yes, quit");
    assert!(harness.state().quitting());
}

#[test]
fn statistics_count_completions_and_export_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    let stats_path = dir.path().join("stats.tsv");
    let options = AppOptions {
        stats: Stats::open(&stats_path),
        export_target: archipel::save::SaveTarget::Folder(dir.path().join("export")),
        ..kiosk_options()
    };
    let mut harness = harness_for(ArchipelApp::new(options));
    tap(&mut harness, Role::Button, "Touch the screen to start");
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "YouTube");
    tap(&mut harness, Role::Button, "Show me");
    tap(&mut harness, Role::RadioButton, "PeerTube");
    tap(&mut harness, Role::Button, "My plan");
    let totals = harness.state().stats().totals(None);
    assert_eq!(
        (totals.sessions, totals.started, totals.completed),
        (1, 1, 1)
    );
    skip_time(&mut harness, 200.0);
    let on_disk = Stats::open(&stats_path);
    assert_eq!(
        on_disk.totals(None).sessions,
        1,
        "written to disk by the session's end"
    );
    let csv = on_disk.to_csv();
    let rows: Vec<&str> = csv
        .lines()
        .map(|line| line.split_once(',').map_or(line, |(_, rest)| rest))
        .collect();
    assert_eq!(rows[0], "hour,counter,item,count", "{csv}");
    let counters: Vec<&str> = rows[1..]
        .iter()
        .map(|row| row.split_once(',').map_or(*row, |(_, rest)| rest))
        .collect();
    assert_eq!(
        counters,
        [
            "sessions,,1",
            "age,10-13,1",
            "language,en,1",
            "started,alternatives,1",
            "completed,alternatives,1"
        ],
        "{csv}"
    );

    open_panel(&mut harness);
    tap(&mut harness, Role::Button, "Export as CSV");
    let outcome = harness.state_mut().finish_saving();
    let Some(archipel::save::SaveOutcome::Saved(path)) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(std::fs::read_to_string(path).unwrap(), csv);
    tap(&mut harness, Role::Button, "Reset");
    tap(&mut harness, Role::Button, "Yes, clear");
    assert_eq!(Stats::open(&stats_path).totals(None).sessions, 0);
}

// ---- An activity built to crash -------------------------------------------------------------

struct Panicky {
    info: ActivityInfo,
}

impl Activity for Panicky {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, _ctx: &mut ActivityCtx<'_>) {
        ui.label("about to fail");
        panic!("this activity fails on purpose");
    }

    fn reset(&mut self) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn build_panicky(
    _: &ContentSource,
    langs: &[Lang],
) -> Result<Box<dyn Activity>, Vec<ContentError>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/panicky");
    let info = ActivityInfo::load(&ContentSource::Dir(dir), ActivityId("panicky"), langs)?;
    Ok(Box::new(Panicky { info }))
}

#[test]
fn a_panicking_activity_sends_the_visitor_home_with_a_kind_message() {
    let (i18n, _) = I18n::builtin();
    let entries = [
        ActivityEntry {
            id: ActivityId("panicky"),
            build: build_panicky,
        },
        archipel::activities::alternatives::ENTRY,
    ];
    let registry = Registry::load(&entries, &ContentSource::Builtin, &i18n.languages());
    assert_eq!(registry.activities().len(), 2);
    let options = AppOptions {
        settings: Settings {
            lang: Lang::new("en"),
            age: AgeBand::Middle,
            ..Settings::default()
        },
        audio: false,
        ..AppOptions::default()
    };
    let mut harness = harness_for(ArchipelApp::with_registry(options, i18n, registry));
    tap(&mut harness, Role::Button, "Boom");
    assert_eq!(harness.state().session().screen, Screen::Home);
    assert!(
        harness
            .query_by_label_contains("this activity ran into a problem")
            .is_some()
    );
    assert_eq!(harness.state().stats().totals(None).crashes, 1);
    // The app runs on: another activity still opens.
    tap(&mut harness, Role::Button, "Switch your tools");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("alternatives"))
    );
}

#[test]
fn the_pin_can_be_typed_on_a_keyboard_too() {
    let mut harness = harness_for(ArchipelApp::new(kiosk_options()));
    press_unlock_chord(&mut harness);
    harness.run();
    // Several keys can arrive within one frame.
    for digit in ["1", "2", "3", "4"] {
        harness
            .input_mut()
            .events
            .push(egui::Event::Text(digit.into()));
    }
    harness.step();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(matches!(
        harness.state().facilitator(),
        Facilitator::Panel(_)
    ));
}
