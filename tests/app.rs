//! The real app driven through its accessibility tree, as a visitor (or a screen reader) would:
//! find widgets by role and label, tap them, look at the app's state.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

mod support;

use archipel::activities::alternatives::Alternatives;
use archipel::activities::alternatives::logic::Step;
use archipel::activity::{ActivityId, Command};
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::i18n::Lang;
use archipel::session::Screen;
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use support::{harness_for, options, shows, tap};

const ALTERNATIVES: ActivityId = ActivityId("alternatives");

fn alternatives<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a Alternatives {
    harness
        .state()
        .activity::<Alternatives>()
        .expect("the picker is loaded")
}

fn app(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    harness_for(ArchipelApp::new(options(lang, age)))
}

#[test]
fn switching_language_on_home_changes_every_label() {
    let mut harness = app("fr", AgeBand::Middle);
    assert!(shows(&harness, Role::Button, "Change d’outils"));
    assert!(shows(&harness, Role::Button, "Tes données"));
    assert!(
        harness
            .query_by_label("Bienvenue\u{202F}! Choisis une activité.")
            .is_some()
    );

    tap(&mut harness, Role::RadioButton, "English");
    assert_eq!(harness.state().session().lang, Lang::new("en"));
    assert!(shows(&harness, Role::Button, "Switch your tools"));
    assert!(shows(&harness, Role::Button, "Your data"));
    assert!(!shows(&harness, Role::Button, "Change d’outils"));

    // Inside the activity too.
    tap(&mut harness, Role::Button, "Switch your tools");
    assert!(shows(&harness, Role::Button, "Home"));
    assert!(shows(&harness, Role::Button, "Show me"));
    tap(&mut harness, Role::Button, "Home");
    tap(&mut harness, Role::RadioButton, "Français");
    tap(&mut harness, Role::Button, "Change d’outils");
    assert!(shows(&harness, Role::Button, "Accueil"));
    assert!(shows(&harness, Role::Button, "Montre-moi"));
}

#[test]
fn the_age_band_changes_the_words_and_the_criteria() {
    let mut harness = app("en", AgeBand::Older);
    tap(&mut harness, Role::RadioButton, "Ages 6 to 9");
    assert_eq!(harness.state().session().age, AgeBand::Young);
    assert!(
        harness
            .query_by_label("Hello! Touch a picture to play.")
            .is_some()
    );
    tap(&mut harness, Role::Button, "Switch your tools");
    assert!(
        !shows(&harness, Role::CheckBox, "Microsoft Teams"),
        "6-9 sees fewer services"
    );
    tap(&mut harness, Role::CheckBox, "YouTube");
    tap(&mut harness, Role::Button, "Show me");
    let filters = harness.get_all_by_role(Role::CheckBox).count();
    assert_eq!(filters, 3, "three simple criteria for 6-9");
    assert!(shows(&harness, Role::CheckBox, "No ads"));
}

#[test]
fn every_home_tile_opens_and_comes_back() {
    for lang in ["fr", "en"] {
        let mut harness = app(lang, AgeBand::Middle);
        let titles: Vec<(ActivityId, String)> = harness
            .state()
            .registry()
            .activities()
            .iter()
            .map(|activity| {
                (
                    activity.info().id,
                    activity.info().title.get(&Lang::new(lang)).to_owned(),
                )
            })
            .collect();
        assert!(!titles.is_empty());
        let home = harness.state().i18n().tr(&Lang::new(lang), "common-home");
        for (id, title) in titles {
            tap(&mut harness, Role::Button, &title);
            assert_eq!(harness.state().session().screen, Screen::Activity(id));
            tap(&mut harness, Role::Button, &home);
            assert_eq!(harness.state().session().screen, Screen::Home);
        }
        let about = harness
            .state()
            .i18n()
            .tr(&Lang::new(lang), "home-about-tile");
        tap(&mut harness, Role::Button, &about);
        assert_eq!(harness.state().session().screen, Screen::About);
        tap(&mut harness, Role::Button, &home);
        assert_eq!(harness.state().session().screen, Screen::Home);
    }
}

#[test]
fn about_our_data_says_nothing_is_collected() {
    let mut harness = app("en", AgeBand::Older);
    tap(&mut harness, Role::Button, "Your data");
    for text in [
        "Nothing personal is collected",
        "No account",
        "No network connection",
    ] {
        assert!(harness.query_by_label(text).is_some(), "{text}");
    }
    let mut harness = app("fr", AgeBand::Young);
    tap(&mut harness, Role::Button, "Tes données");
    for text in ["Rien n’est gardé", "Pas de compte", "Pas d’Internet"] {
        assert!(harness.query_by_label(text).is_some(), "{text}");
    }
}

/// Every activity, in every language and age band, draws a few frames without panicking and
/// shows its home button; this is also the place a broken text shows up as a raw id.
#[test]
fn every_activity_renders_in_every_language_and_age_band() {
    let probe = ArchipelApp::new(options("fr", AgeBand::Middle));
    let langs = probe.i18n().languages();
    let ids: Vec<ActivityId> = probe
        .registry()
        .activities()
        .iter()
        .map(|a| a.info().id)
        .collect();
    assert!(ids.contains(&ALTERNATIVES));
    for lang in &langs {
        for age in AgeBand::ALL {
            let mut harness = app(lang.as_str(), age);
            harness.run_steps(3);
            for &id in &ids {
                let ctx = harness.ctx.clone();
                harness
                    .state_mut()
                    .apply(Command::OpenActivity { id, handoff: None }, &ctx);
                harness.run_steps(5);
                assert_eq!(harness.state().session().screen, Screen::Activity(id));
                let home = harness.state().i18n().tr(lang, "common-home");
                assert!(
                    shows(&harness, Role::Button, &home),
                    "{id} in {lang} for {age}"
                );
                let raw_ids = ids
                    .iter()
                    .map(|other| {
                        harness
                            .query_all_by_label_contains(&format!("{other}-"))
                            .count()
                    })
                    .sum::<usize>();
                assert_eq!(
                    raw_ids, 0,
                    "a text shows as its raw id in {id}/{lang}/{age}"
                );
            }
        }
    }
}

/// Every action works with the keyboard alone: Tab moves the focus, Enter activates.
#[test]
fn the_keyboard_alone_reaches_and_opens_an_activity() {
    let mut harness = app("en", AgeBand::Middle);
    let mut focused = false;
    for _ in 0..20 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness
            .get_by_role_and_label(Role::Button, "Switch your tools")
            .accesskit_node()
            .is_focused()
        {
            focused = true;
            break;
        }
    }
    assert!(focused, "Tab reaches the activity tile");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ALTERNATIVES)
    );
}

#[test]
fn ending_a_session_forgets_the_visitor() {
    let mut harness = app("fr", AgeBand::Middle);
    tap(&mut harness, Role::RadioButton, "English");
    tap(&mut harness, Role::RadioButton, "Ages 14 and up");
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "WhatsApp");
    tap(&mut harness, Role::Button, "Show me");
    tap(&mut harness, Role::RadioButton, "Signal");
    assert_eq!(alternatives(&harness).picker().plan_len(), 1);

    harness.state_mut().end_session();
    harness.run();
    let session = harness.state().session();
    assert_eq!(
        (session.screen, session.lang.as_str(), session.age),
        (Screen::Home, "fr", AgeBand::Middle)
    );
    assert_eq!(alternatives(&harness).picker().selected_count(), 0);
    assert_eq!(alternatives(&harness).picker().plan_len(), 0);
    assert_eq!(alternatives(&harness).picker().step(), Step::Choose);
    assert!(shows(&harness, Role::Button, "Change d’outils"));
}

#[test]
fn a_broken_activity_is_left_out_and_the_app_runs() {
    let broken =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken_refs");
    let app = ArchipelApp::new(AppOptions {
        content: archipel::content::ContentSource::Dir(broken),
        ..options("en", AgeBand::Middle)
    });
    assert!(app.registry().activities().is_empty());
    assert!(
        app.registry()
            .problems()
            .iter()
            .any(|p| p.to_string().contains("no company \"nobody\""))
    );
    let mut harness = harness_for(app);
    assert!(!shows(&harness, Role::Button, "Switch your tools"));
    tap(&mut harness, Role::Button, "Your data");
    assert_eq!(harness.state().session().screen, Screen::About);
}

/// A language added to the interface only (as a translation starts) takes nothing away: every
/// activity is still on the home screen, in every language, and its visitors read the content
/// in another language.
#[test]
fn a_partial_translation_hides_nothing() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&locales)
        .expect("locales")
        .filter_map(Result::ok)
    {
        for file in std::fs::read_dir(lang.path())
            .expect("a language")
            .filter_map(Result::ok)
        {
            let name = format!(
                "{}/{}",
                lang.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            );
            files.push((name, std::fs::read_to_string(file.path()).expect("a text")));
        }
    }
    files.push((
        "de/home.ftl".to_owned(),
        "home-welcome = Hallo! Tippe auf ein Bild.\n".to_owned(),
    ));
    let (i18n, problems) = archipel::i18n::I18n::from_files(files);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(i18n.languages().contains(&Lang::new("de")));
    let full = ArchipelApp::new(options("fr", AgeBand::Middle))
        .registry()
        .activities()
        .len();
    let app = ArchipelApp::with_i18n(options("de", AgeBand::Middle), i18n);
    assert_eq!(
        app.registry().activities().len(),
        full,
        "every activity loaded"
    );
    let harness = harness_for(app);
    assert!(
        harness
            .query_by_label("Hallo! Tippe auf ein Bild.")
            .is_some()
    );
    // The activities' titles, in another language rather than missing.
    assert!(shows(&harness, Role::Button, "Switch your tools"));
}
