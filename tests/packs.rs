//! Content packs: the example pack checks clean and its place, journey and alternatives show;
//! a broken pack is refused whole, every built-in activity stays, and the panel says why.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

mod support;

#[path = "support/cli.rs"]
mod cli;

#[path = "support/panel.rs"]
mod panel;

use std::path::{Path, PathBuf};

use archipel::activities::alternatives::Alternatives;
use archipel::activities::web_map::WebMap;
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::packs::PackState;
use eframe::egui::Role;
use egui_kittest::kittest::Queryable as _;
use panel::open_panel;
use support::{harness_for, options, shows, tap};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/campus-free-services")
}

fn app_with(packs: Vec<PathBuf>) -> ArchipelApp {
    ArchipelApp::new(AppOptions {
        packs,
        ..options("en", AgeBand::Older)
    })
}

/// A pack with a valid alternative and a place on an island that does not exist: one problem,
/// so nothing of it may be used.
fn broken_pack(root: &Path) -> PathBuf {
    let dir = root.join("broken");
    let write = |rel: &str, text: &str| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("writable");
        std::fs::write(path, text).expect("writable");
    };
    write(
        "pack.toml",
        "id = \"broken\"\nname = \"Broken club\"\nversion = \"0.1.0\"\nauthors = [\"Test\"]\n\
         licence = \"CC0-1.0\"\nlanguages = [\"fr\", \"en\"]\narchipel = \"0.1\"\n",
    );
    let example_alternatives =
        std::fs::read_to_string(example().join("content/alternatives/alternatives.toml"))
            .expect("the example's alternatives");
    write(
        "content/alternatives/alternatives.toml",
        &example_alternatives.replace("id = \"picasoft_", "id = \"broken_"),
    );
    let example_places =
        std::fs::read_to_string(example().join("content/web_map/places.toml")).expect("places");
    write(
        "content/web_map/places.toml",
        &example_places
            .replace("id = \"picasoft", "id = \"broken")
            .replace("operator = \"picasoft\"", "operator = \"nobody_at_all\""),
    );
    dir
}

fn check_pack_cli(dir: &Path) -> (i32, String) {
    let args = [
        std::ffi::OsStr::new("check-content"),
        std::ffi::OsStr::new("--pack"),
        dir.as_os_str(),
    ];
    let (code, out, _) = cli::archipel(args);
    (code, out)
}

#[test]
fn the_example_pack_checks_clean() {
    let (code, out) = check_pack_cli(&example());
    assert_eq!(code, 0, "{out}");
    assert!(out.is_empty(), "{out}");
}

#[test]
fn check_content_names_a_broken_pack_file_line_and_field() {
    let root = tempfile::tempdir().unwrap();
    let (code, out) = check_pack_cli(&broken_pack(root.path()));
    assert_eq!(code, 1);
    let line = out
        .lines()
        .find(|line| line.contains("nobody_at_all"))
        .unwrap_or_else(|| panic!("the dangling operator is reported:\n{out}"));
    assert!(
        line.contains("content/web_map/places.toml:") && line.contains("broken"),
        "names the pack's file and line: {line}"
    );
    assert!(line.contains("operator"), "names the field: {line}");
}

#[test]
fn the_example_pack_shows_on_the_map_and_in_the_picker() {
    let app = app_with(vec![example()]);
    assert_eq!(app.packs().len(), 1);
    assert_eq!(app.packs()[0].state, PackState::On);
    let map = app.activity::<WebMap>().expect("the map is loaded");
    assert!(
        map.data()
            .places
            .iter()
            .any(|place| place.id.0 == "picasoft_chat")
    );
    assert!(
        map.data()
            .journeys
            .iter()
            .any(|journey| journey.id.0 == "campus_chat")
    );
    let mut harness = harness_for(app);
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "Google Docs");
    assert!(shows(&harness, Role::Button, "Show me"));
    tap(&mut harness, Role::Button, "Show me");
    assert!(
        harness
            .query_by_label_contains("Etherpad (Picasoft)")
            .is_some(),
        "the pack's alternative is offered for Google Docs"
    );
}

#[test]
fn a_broken_pack_is_refused_whole_and_everything_else_runs() {
    let root = tempfile::tempdir().unwrap();
    let app = app_with(vec![broken_pack(root.path()), example()]);
    let builtin = ArchipelApp::new(options("en", AgeBand::Older));
    assert_eq!(
        app.registry().activities().len(),
        builtin.registry().activities().len(),
        "every built-in activity is there"
    );
    let PackState::Refused(problems) = &app.packs()[0].state else {
        panic!("the broken pack is refused: {:?}", app.packs()[0].state);
    };
    assert!(
        problems
            .iter()
            .any(|problem| problem.contains("nobody_at_all"))
    );
    assert_eq!(
        app.packs()[1].state,
        PackState::On,
        "the other pack is used"
    );
    let catalog = app
        .activity::<Alternatives>()
        .expect("the picker")
        .catalog();
    assert!(
        !catalog
            .alternatives
            .iter()
            .any(|alt| alt.id.0.starts_with("broken_")),
        "nothing of a refused pack is half-loaded"
    );
    assert!(
        catalog
            .alternatives
            .iter()
            .any(|alt| alt.id.0 == "picasoft_pad")
    );
    let mut harness = harness_for(app);
    open_panel(&mut harness);
    assert!(harness.query_by_label("Broken club").is_some());
    assert!(
        harness.query_by_label_contains("Not used:").is_some(),
        "the panel says the pack is not used"
    );
    assert!(
        harness
            .query_all_by_label_contains("nobody_at_all")
            .next()
            .is_some(),
        "the panel lists the pack's problems"
    );
}

#[test]
fn a_pack_turned_off_in_the_panel_is_no_longer_used() {
    let mut harness = harness_for(app_with(vec![example()]));
    open_panel(&mut harness);
    let name = harness.state().packs()[0].name();
    tap(&mut harness, Role::CheckBox, &format!("Use {name}"));
    assert_eq!(harness.state().packs()[0].state, PackState::Off);
    let map = harness.state().activity::<WebMap>().expect("the map");
    assert!(
        !map.data()
            .places
            .iter()
            .any(|place| place.id.0 == "picasoft_chat")
    );
}

#[test]
fn stale_facts_of_a_pack_are_listed_with_its_file() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("old");
    for rel in [
        "pack.toml",
        "content/web_map/places.toml",
        "content/web_map/links.toml",
    ] {
        let text = std::fs::read_to_string(example().join(rel)).unwrap();
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            path,
            text.replace("reviewed = 2026-12-01", "reviewed = 2020-01-01"),
        )
        .unwrap();
    }
    let (_, out, _) = cli::archipel([
        std::ffi::OsStr::new("check-content"),
        std::ffi::OsStr::new("--stale"),
        std::ffi::OsStr::new("12"),
        std::ffi::OsStr::new("--pack"),
        dir.as_os_str(),
    ]);
    assert!(
        out.lines()
            .any(|line| line.contains("old/content/web_map/places.toml:")
                && line.contains("2020-01-01")),
        "{out}"
    );
}

fn spanish() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packs/espanol")
}

#[test]
fn a_partial_language_from_a_pack_hides_nothing_and_falls_back() {
    let app = ArchipelApp::new(AppOptions {
        packs: vec![spanish()],
        ..options("es", AgeBand::Middle)
    });
    let es = archipel::i18n::Lang::new("es");
    assert!(app.i18n().has_lang(&es), "the pack's language is offered");
    assert_eq!(app.session().lang, es, "a stand may start in it");
    let builtin = ArchipelApp::new(options("fr", AgeBand::Middle));
    assert_eq!(
        app.registry().activities().len(),
        builtin.registry().activities().len(),
        "every activity is there"
    );
    // The secret message is translated; the map is not, and falls back to another language.
    let secret = app
        .activity::<archipel::activities::secret_message::SecretMessage>()
        .expect("the secret message");
    let house = secret
        .data()
        .words
        .iter()
        .find(|word| word.id == "house")
        .expect("house");
    assert_eq!(house.text.get(&es), "CASA");
    let map = app.activity::<WebMap>().expect("the map");
    let phone = map
        .data()
        .places
        .iter()
        .find(|place| place.id.0 == "phone")
        .expect("phone");
    assert!(
        !phone.name.get(&es).is_empty(),
        "an untranslated name falls back"
    );
    let mut harness = harness_for(app);
    assert!(
        harness.query_by_label_contains("Mensaje secreto").is_some()
            || harness.query_by_label_contains("mensaje secreto").is_some(),
        "the home screen speaks Spanish"
    );
    assert!(
        shows(&harness, Role::RadioButton, "Español"),
        "with its own name"
    );
    tap(&mut harness, Role::RadioButton, "English");
    assert!(harness.query_by_label_contains("Secret message").is_some());
}

#[test]
fn check_content_prints_how_complete_each_language_is() {
    let spanish = spanish();
    let (code, _, report) = cli::archipel([
        std::ffi::OsStr::new("check-content"),
        std::ffi::OsStr::new("--pack"),
        spanish.as_os_str(),
    ]);
    assert_eq!(code, 0);
    let line = report
        .lines()
        .find(|line| line.trim_start().starts_with("es:"))
        .unwrap_or_else(|| panic!("a line for Spanish:\n{report}"));
    assert!(line.contains("interface 100 %"), "{line}");
    assert!(line.contains("secret_message 100 %"), "{line}");
    assert!(line.contains("web_map 0 %"), "{line}");
}

/// The example pack zipped with its folder, as a club would mail it.
fn zipped_example(root: &Path) -> PathBuf {
    use std::io::Write as _;
    let path = root.join("campus.zip");
    let mut zip = zip::ZipWriter::new(
        std::fs::File::create(&path).expect("a readable example and a writable temporary folder"),
    );
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut stack = vec![example()];
    while let Some(dir) = stack.pop() {
        for entry in
            std::fs::read_dir(&dir).expect("a readable example and a writable temporary folder")
        {
            let path = entry
                .expect("a readable example and a writable temporary folder")
                .path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(
                    example()
                        .parent()
                        .expect("a readable example and a writable temporary folder"),
                )
                .expect("a readable example and a writable temporary folder");
            zip.start_file(rel.to_string_lossy(), options)
                .expect("a readable example and a writable temporary folder");
            zip.write_all(
                &std::fs::read(&path).expect("a readable example and a writable temporary folder"),
            )
            .expect("a readable example and a writable temporary folder");
        }
    }
    zip.finish()
        .expect("a readable example and a writable temporary folder");
    path
}

#[test]
fn a_zipped_pack_is_read_like_a_folder() {
    let root = tempfile::tempdir().unwrap();
    let zipped = zipped_example(root.path());
    let (code, out) = check_pack_cli(&zipped);
    assert_eq!(code, 0, "{out}");
    let app = app_with(vec![zipped]);
    assert_eq!(app.packs()[0].state, PackState::On, "{:?}", app.packs()[0]);
    let map = app.activity::<WebMap>().expect("the map");
    assert!(
        map.data()
            .places
            .iter()
            .any(|place| place.id.0 == "picasoft_chat")
    );
}

#[test]
fn a_zip_that_is_not_a_pack_is_refused_and_named() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("junk.zip");
    std::fs::write(&path, b"this is not a zip").unwrap();
    let app = app_with(vec![path]);
    let PackState::Refused(problems) = &app.packs()[0].state else {
        panic!("refused: {:?}", app.packs()[0].state);
    };
    assert!(
        problems[0].contains("junk.zip") && problems[0].contains("not a zip"),
        "{problems:?}"
    );
}

#[test]
fn a_pack_with_broken_interface_words_is_refused_and_its_file_named() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("words");
    std::fs::create_dir_all(dir.join("locales/fr")).unwrap();
    std::fs::write(
        dir.join("pack.toml"),
        std::fs::read_to_string(example().join("pack.toml"))
            .unwrap()
            .replace("campus-free-services", "words"),
    )
    .unwrap();
    std::fs::write(
        dir.join("locales/fr/home.ftl"),
        "home-welcome = Bonjour\nhome-broken = { $\n",
    )
    .unwrap();
    let app = app_with(vec![dir]);
    let PackState::Refused(problems) = &app.packs()[0].state else {
        panic!("refused: {:?}", app.packs()[0].state);
    };
    assert!(
        problems
            .iter()
            .all(|problem| problem.contains("words/locales/fr/home.ftl")),
        "only the pack's own file is blamed: {problems:?}"
    );
    assert!(!problems.is_empty());
}
