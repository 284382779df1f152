//! Content and translations: the built-in content is valid, every language has every text, and
//! `archipel check-content` points at the exact file, line and field of a problem.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/cli.rs"]
mod cli;

use std::path::Path;
use std::process::Command;

use archipel::activities::check_content;
use archipel::age::AgeBand;
use archipel::content::ContentSource;
use archipel::i18n::I18n;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn builtin_content_parses_and_cross_checks() {
    let (i18n, problems) = I18n::builtin();
    assert!(problems.is_empty(), "{problems:#?}");
    let problems = check_content(&ContentSource::Builtin, &i18n.languages());
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "{shown:#?}");
}

#[test]
fn the_content_folder_on_disk_is_what_is_embedded() {
    let (i18n, _) = I18n::builtin();
    let dir = ContentSource::Dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("content"));
    let builtin = ContentSource::Builtin;
    assert_eq!(dir.toml_files(), builtin.toml_files(), "the same files");
    for file in builtin.toml_files() {
        assert_eq!(dir.read_text(&file), builtin.read_text(&file), "{file}");
    }
    let problems = check_content(&dir, &i18n.languages());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn french_and_english_have_the_same_message_ids() {
    let (i18n, _) = I18n::builtin();
    let langs = i18n.languages();
    assert_eq!(
        langs
            .iter()
            .map(archipel::i18n::Lang::as_str)
            .collect::<Vec<_>>(),
        vec!["fr", "en"]
    );
    for a in &langs {
        for b in &langs {
            let missing: Vec<String> = i18n
                .message_ids(a)
                .difference(&i18n.message_ids(b))
                .cloned()
                .collect();
            assert!(missing.is_empty(), "in {a} but not in {b}: {missing:?}");
        }
    }
}

#[test]
fn message_ids_are_prefixed_by_their_area() {
    let ftl_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr");
    for entry in std::fs::read_dir(ftl_dir).unwrap() {
        let path = entry.unwrap().path();
        let area = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            if id.starts_with(char::is_alphabetic) {
                // The area is the file's name, which is an activity id (`web_map`) or a screen.
                let rest = id.strip_prefix(&format!("{area}-"));
                assert!(
                    rest.is_some(),
                    "{}: {id} is not prefixed by {area}-",
                    path.display()
                );
                assert!(
                    rest.unwrap_or_default()
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "{id} is not kebab-case"
                );
            }
        }
    }
}

/// The sentences of `text` longer than `most` words (a placeable counts as one word).
fn long_sentences(text: &str, most: usize) -> Vec<String> {
    text.split_inclusive(['.', '!', '?', '…', '\n'])
        .map(str::trim)
        .filter(|sentence| {
            sentence
                .split(|c: char| c.is_whitespace() || c == '\u{202F}')
                .filter(|word| word.chars().any(char::is_alphanumeric))
                .count()
                > most
        })
        .map(str::to_owned)
        .collect()
}

/// Interface texts 6-9 visitors never see: the facilitator's, and the screens of older bands.
fn not_for_six_to_nine(id: &str) -> bool {
    [
        "panel-",
        "kiosk-pin",
        "kiosk-settings",
        "kiosk-stats",
        "secret_message-e2e",
        "secret_message-route",
    ]
    .iter()
    .any(|prefix| id.starts_with(prefix))
        || [
            "trackers-credit",
            "trackers-magnifier",
            "trackers-pixel-hint",
        ]
        .contains(&id)
        // The little host's club game is for 10 and up; 6-9 plays the little server's days.
        || (id.starts_with("own_host-")
            && !["own_host-young-", "own_host-need-", "own_host-answer-", "own_host-again"]
                .iter()
                .any(|young| id.starts_with(young)))
}

#[test]
fn six_to_nine_sentences_have_ten_words_at_most() {
    assert_eq!(
        long_sentences(
            "Un deux trois quatre cinq six sept huit neuf dix onze. Court !",
            10
        )
        .len(),
        1
    );
    assert!(
        long_sentences(
            "Un deux trois quatre cinq six sept huit neuf dix\u{202F}!",
            10
        )
        .is_empty()
    );
    let mut long = Vec::new();
    // Content: every text for 6-9.
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for area in std::fs::read_dir(&content)
        .expect("content")
        .filter_map(Result::ok)
    {
        for file in std::fs::read_dir(area.path())
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let path = file.path();
            if path.extension().is_none_or(|ext| ext != "toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a text file");
            for (n, line) in text.lines().enumerate() {
                for part in line.split("\"6-9\" = \"").skip(1) {
                    let young = part.split('"').next().unwrap_or("");
                    for sentence in long_sentences(young, 10) {
                        long.push(format!("{}:{}: {sentence}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    // The interface, as a 6-9 visitor sees it.
    let (i18n, _) = I18n::builtin();
    for lang in i18n.languages() {
        for id in i18n.message_ids(&lang) {
            if not_for_six_to_nine(&id) {
                continue;
            }
            let args = [
                ("count", 2.into()),
                ("number", 40.into()),
                ("name", "Signal".into()),
                ("app", "Minecraft".into()),
                ("done", 5.into()),
                ("right", 9.into()),
                ("file", "plan.png".into()),
                ("seconds", 12.into()),
            ];
            let text = i18n.tr_args(&lang, AgeBand::Young, &id, &args);
            for sentence in long_sentences(&text, 10) {
                long.push(format!("{lang}/{id}: {sentence}"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "{} sentences over 10 words:\n{}",
        long.len(),
        long.join("\n")
    );
}

#[test]
fn rendered_texts_have_no_isolation_marks_and_no_errors() {
    let (i18n, _) = I18n::builtin();
    for lang in i18n.languages() {
        for id in i18n.message_ids(&lang) {
            for age in AgeBand::ALL {
                let args = [
                    ("count", 2.into()),
                    ("path", "/home/x/plan.png".into()),
                    ("company", "Meta".into()),
                    ("name", "Signal".into()),
                    ("seconds", 12.into()),
                    ("tries", 3.into()),
                    ("number", 1.into()),
                    ("step", 4.into()),
                    ("who", "Ton fournisseur".into()),
                    ("source", "rfc-editor.org".into()),
                    ("date", "2026-11-23".into()),
                    ("flips", 14.into()),
                    ("right", 9.into()),
                    ("done", 5.into()),
                    ("app", "Minecraft".into()),
                    ("country", "FR".into()),
                    ("stand", "Club info".into()),
                    ("file", "mon-plan.png".into()),
                    ("scale", "1.50".into()),
                    ("langs", "fr, en".into()),
                    ("total", 7.into()),
                ];
                let text = i18n.tr_args(&lang, age, &id, &args);
                assert!(
                    !text.is_empty() && text != id,
                    "{lang}/{id} is empty or missing"
                );
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{lang}/{id} has isolation marks"
                );
                assert!(
                    !text.contains('{'),
                    "{lang}/{id} has an unresolved placeable: {text}"
                );
                if lang.as_str() == "fr" {
                    // French typography: a narrow no-break space before high signs and inside
                    // « », never a plain one.
                    for bad in [" :", " ;", " !", " ?", "« ", " »", "\u{a0}:", "\u{a0}?"] {
                        assert!(!text.contains(bad), "{lang}/{id} has {bad:?}: {text}");
                    }
                }
            }
        }
    }
}

fn check_content_cli(dir: &Path) -> (i32, String) {
    let (code, out, _) = cli::archipel([std::ffi::OsStr::new("check-content"), dir.as_os_str()]);
    (code, out)
}

#[test]
fn check_content_names_file_line_and_field_of_broken_references() {
    let dir = fixture("broken_refs");
    let (code, out) = check_content_cli(&dir);
    assert_eq!(code, 1, "{out}");
    let services = dir.join("alternatives/services.toml").display().to_string();
    let alternatives = dir
        .join("alternatives/alternatives.toml")
        .display()
        .to_string();
    for expected in [
        format!("{services}:6: service[0].owner: no company \"nobody\" in common/companies.toml"),
        format!("{services}:9: service[0].alternatives[1]: no alternative \"altavista\""),
        format!("{alternatives}:12: alternative[0].switch_ease: must be 1, 2 or 3"),
        format!("{alternatives}:17: alternative[0].about.en: missing text"),
    ] {
        assert!(
            out.lines().any(|line| line.starts_with(&expected)),
            "expected {expected:?} in:\n{out}"
        );
    }
}

#[test]
fn check_content_names_file_line_and_field_of_a_wrong_type() {
    let dir = fixture("broken_types");
    let (code, out) = check_content_cli(&dir);
    assert_eq!(code, 1, "{out}");
    let alternatives = dir
        .join("alternatives/alternatives.toml")
        .display()
        .to_string();
    let expected = format!("{alternatives}:40: alternative[1].no_ads_no_tracking: invalid type");
    assert!(
        out.lines().any(|line| line.starts_with(&expected)),
        "expected {expected:?} in:\n{out}"
    );
}

#[test]
fn check_content_refuses_future_reviews_and_sources_nobody_can_find() {
    let dir = fixture("broken_review");
    let (code, out) = check_content_cli(&dir);
    assert_eq!(code, 1, "{out}");
    let companies = dir.join("common/companies.toml").display().to_string();
    for expected in [
        format!("{companies}:7: company[0].reviewed: is in the future"),
        format!("{companies}:10: company[1].sources[0]: must be a web address"),
    ] {
        assert!(
            out.lines().any(|line| line.starts_with(&expected)),
            "expected {expected:?} in:\n{out}"
        );
    }
    assert!(
        !out.contains("company[2]"),
        "a reference is a source: {out}"
    );
}

#[test]
fn check_content_lists_stale_facts_without_failing_for_them() {
    let dir = fixture("broken_review");
    let run = |stale: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_archipel"));
        command.arg("check-content");
        if stale {
            command.args(["--stale", "12"]);
        }
        command
            .arg(&dir)
            .output()
            .expect("the archipel binary runs")
    };
    let (plain, listed) = (run(false), run(true));
    assert_eq!(
        plain.status.code(),
        listed.status.code(),
        "stale facts are a warning, not a failure"
    );
    let out = String::from_utf8_lossy(&listed.stdout);
    let companies = dir.join("common/companies.toml").display().to_string();
    assert!(
        out.contains(&format!("{companies}:14: meta: reviewed 2024-03-01")),
        "{out}"
    );
    assert!(
        out.contains(&format!("{companies}:21: apple: reviewed 2020-06-15")),
        "{out}"
    );
    assert!(!out.contains("alphabet: reviewed"), "not stale: {out}");
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("meta: reviewed"));
}

#[test]
fn check_content_accepts_the_builtin_content() {
    let output = Command::new(env!("CARGO_BIN_EXE_archipel"))
        .arg("check-content")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn bad_command_lines_are_explained() {
    let output = Command::new(env!("CARGO_BIN_EXE_archipel"))
        .arg("--age")
        .arg("12")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("6-9, 10-13 or 14+") && !err.contains("panicked"),
        "{err}"
    );
    let output = Command::new(env!("CARGO_BIN_EXE_archipel"))
        .arg("--lang")
        .arg("de")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("available: fr, en"));
    let output = Command::new(env!("CARGO_BIN_EXE_archipel"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("--fullscreen"));
}

#[test]
fn every_fact_has_a_source_and_a_review_date() {
    // The loaders refuse entries without them; this checks the raw files too, so that a new
    // kind of entry cannot slip through without a loader rule. Entries that hold no fact (the
    // map's islands, organisations and links; a journey's steps, which its sources cover; the
    // pretend pages of "Who is following me?", which are fiction, while what each kind of
    // tracker can learn is sourced in its lessons.toml; the made-up small hosts of "All eggs in
    // one basket?", whose real counterparts are sourced in its lessons.toml; the words sent in
    // "Secret message") are named here.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml")
                && path.file_name().is_some_and(|n| {
                    n != "activity.toml" && n != "categories.toml" && n != "links.toml"
                })
            {
                files.push(path);
            }
        }
    }
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let no_facts = [
            "[[region]]",
            "[[organisation]]",
            "[[page]]",
            "[[host]]",
            "[[word]]",
        ];
        let entries = text
            .lines()
            .filter(|line| line.starts_with("[[") && !line.contains('.'))
            .filter(|line| !no_facts.contains(&line.trim()))
            .count();
        assert_eq!(
            text.matches("\nsources = [").count(),
            entries,
            "{}: an entry has no sources",
            file.display()
        );
        assert_eq!(
            text.matches("\nreviewed = ").count(),
            entries,
            "{}: an entry has no review date",
            file.display()
        );
    }
}

#[test]
fn check_content_finds_journeys_off_the_map() {
    let dir = fixture("broken_map");
    let (code, out) = check_content_cli(&dir);
    assert_eq!(code, 1, "{out}");
    let journeys = dir.join("web_map/journeys.toml").display().to_string();
    let links = dir.join("web_map/links.toml").display().to_string();
    for expected in [
        format!("{journeys}:19: journey[0].hop[1].place: no link between \"phone\" and \"server\""),
        format!("{journeys}:25: journey[0].hop[2].place: \"box\" is not on the 6-9 map"),
        format!(
            "{journeys}:41: journey[0].question[0].answer[1].pictogram: 6-9 answers are pictures"
        ),
        format!("{links}:9: link[1].between: no place \"nowhere\""),
    ] {
        assert!(
            out.lines().any(|line| line.starts_with(&expected)),
            "expected {expected:?} in:\n{out}"
        );
    }
}

/// Copies the folder `from` into `to`, two levels deep (content's layout).
fn copy_content(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from)
        .expect("a folder")
        .filter_map(Result::ok)
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("a folder");
            copy_content(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

#[test]
fn check_content_finds_a_map_place_leading_to_no_picker_service() {
    let dir = tempfile::tempdir().expect("a folder");
    copy_content(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
        dir.path(),
    );
    let places = dir.path().join("web_map/places.toml");
    let text = std::fs::read_to_string(&places).expect("the places");
    let broken = text.replacen("alternatives = [\"", "alternatives = [\"nowhere\", \"", 1);
    assert_ne!(broken, text, "a place leads to the picker");
    std::fs::write(&places, broken).expect("written");
    let (code, out) = check_content_cli(dir.path());
    assert_eq!(code, 1, "{out}");
    assert!(
        out.lines().any(
            |line| line.starts_with(&format!("{}: place[", places.display()))
                && line.ends_with(
                    "alternatives[0]: no service \"nowhere\" in alternatives/services.toml"
                )
        ),
        "{out}"
    );
}

#[test]
fn map_places_lead_to_services_the_picker_knows() {
    use archipel::activities::alternatives::content as picker;
    use archipel::activities::web_map::content as map;
    let langs = I18n::builtin().0.languages();
    let catalog = picker::load(&ContentSource::Builtin, &langs).expect("the catalog loads");
    let data = map::load(&ContentSource::Builtin, &langs).expect("the map loads");
    let mut offered = 0;
    for place in &data.places {
        for id in &place.alternatives {
            offered += 1;
            assert!(
                catalog.service(&picker::ServiceId(id.clone())).is_some(),
                "{}: no service {id:?} in the picker",
                place.id.0
            );
        }
    }
    assert!(offered >= 5, "the giants' services lead to the picker");
}

#[test]
fn check_content_lists_the_texts_a_voice_cannot_say_and_the_built_in_ones_can_all_be_said() {
    let (code, _, err) = cli::archipel(["check-content"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("texts a voice cannot say as written: none"),
        "the built-in texts can all be said aloud:\n{err}"
    );
}
