//! The take-home plan scans: its QR code decodes, on screen at 1024×768 and on the saved card,
//! for a plan of one choice, of every choice, and of every choice with the longest names, in
//! both languages, as a phone camera would read it (rqrr).

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/clock.rs"]
mod clock;
#[path = "support/layout.rs"]
#[expect(dead_code, reason = "the layout walk's checks are not all used here")]
mod layout;
#[expect(dead_code, reason = "the walk taps through its own helpers")]
mod support;

#[path = "support/saves.rs"]
mod saves;

#[path = "support/plays.rs"]
#[expect(dead_code, reason = "only the picker's moves are used here")]
mod plays;

use archipel::activities::alternatives::Alternatives;
use archipel::activities::alternatives::logic::{QR_MAX_BYTES, qr_text};
use archipel::age::AgeBand;
use archipel::app::AppOptions;
use archipel::save::{SaveOutcome, SaveTarget};
use archipel::settings::Settings;
use eframe::egui::Role;
use egui_kittest::kittest::Queryable as _;
use layout::{Screen, Walk};
use plays::Plays as _;

/// How the plan is made.
#[derive(Clone, Copy, Debug)]
enum Plan {
    /// One service, its first alternative.
    One,
    /// Every service, each with its first alternative.
    All,
    /// Every service, each with the alternative of the longest name and website.
    Longest,
}

/// The texts of the QR codes found in an image of `width` × `height` grey pixels.
fn decode(width: usize, height: usize, grey: impl Fn(usize, usize) -> u8) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(width, height, grey);
    prepared
        .detect_grids()
        .iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// A 14+ visitor speaking `lang` on an old projector's 1024×768, at a stand called `stand`.
fn walk(lang: &str, stand: &str, saves: &std::path::Path) -> Walk {
    let options = AppOptions {
        settings: Settings {
            stand_name: stand.to_owned(),
            ..support::options(lang, AgeBand::Older).settings
        },
        save_target: SaveTarget::Folder(saves.to_owned()),
        ..support::options(lang, AgeBand::Older)
    };
    Walk::with_options(options, Screen::ALL[0])
}

/// Picks the alternatives of `plan` for the services chosen. An alternative offered for
/// several services has a radio button in each group: the groups come in the order of the
/// services, so the one to press is found by its place.
fn pick(walk: &mut Walk, plan: Plan) {
    let picker = walk
        .harness
        .state()
        .activity::<Alternatives>()
        .expect("loaded");
    let catalog = picker.catalog();
    let mut targets = Vec::new();
    let mut offset = 0;
    for id in picker.picker().selected_services(catalog, walk.age) {
        let visible = picker.picker().visible_alternatives(catalog, id, walk.age);
        let chosen = if matches!(plan, Plan::Longest) {
            (0..visible.len())
                .max_by_key(|&i| visible[i].name.len() + visible[i].website.len())
                .unwrap_or(0)
        } else {
            0
        };
        if !visible.is_empty() {
            targets.push(offset + chosen);
        }
        offset += visible.len();
    }
    for target in targets {
        let pressed = walk
            .harness
            .query_all_by_role(Role::RadioButton)
            .nth(target)
            .map(|node| node.click_accesskit())
            .is_some();
        if pressed {
            walk.harness.run();
        }
    }
}

/// What the QR code of the plan now chosen should carry.
fn expected(walk: &Walk, stand: &str) -> String {
    let picker = walk
        .harness
        .state()
        .activity::<Alternatives>()
        .expect("loaded");
    let lines: Vec<(String, String, String)> = picker
        .picker()
        .plan(picker.catalog())
        .into_iter()
        .map(|(service, alt)| {
            (
                service.name.get(&walk.lang).to_owned(),
                alt.name.clone(),
                alt.website.clone(),
            )
        })
        .collect();
    let i18n = walk.harness.state().i18n();
    let heading = if stand.is_empty() {
        walk.tr("alternatives-qr-heading")
    } else {
        i18n.tr_args(
            &walk.lang,
            walk.age,
            "alternatives-qr-heading-at",
            &[("stand", stand.into())],
        )
    };
    let more = |count: usize| {
        i18n.tr_args(
            &walk.lang,
            walk.age,
            "alternatives-qr-more",
            &[("count", count.into())],
        )
    };
    qr_text(&heading, &lines, QR_MAX_BYTES, &more)
}

/// Makes `plan`, checks the QR code on screen, saves the card and checks the QR code on it.
fn check_plan(lang: &str, plan: Plan, stand: &str) {
    let saves = tempfile::tempdir().expect("a folder");
    let mut walk = walk(lang, stand, saves.path());
    let title = walk.title_of("alternatives");
    walk.tap(Role::Button, &title);
    walk.choose_services(if matches!(plan, Plan::One) {
        1
    } else {
        usize::MAX
    });
    walk.tap_id(Role::Button, "alternatives-show-me");
    pick(&mut walk, plan);
    walk.tap_id(Role::Button, "alternatives-my-plan");
    walk.check("plan", &[]);
    assert!(walk.problems.is_empty(), "{:?}", walk.problems);
    let (selected, planned) = {
        let picker = walk
            .harness
            .state()
            .activity::<Alternatives>()
            .expect("loaded");
        let selected = picker
            .picker()
            .selected_services(picker.catalog(), walk.age)
            .count();
        (selected, picker.picker().plan_len())
    };
    assert_eq!(
        planned, selected,
        "{plan:?}: one choice for every service chosen"
    );
    let want = expected(&walk, stand);
    let chosen = want.lines().filter(|line| line.starts_with("- ")).count();
    assert!(chosen >= 1, "{plan:?}: {want}");
    assert!(want.contains("Archipel"), "it says where it comes from");
    assert!(!want.contains("carte") && !want.contains("card"), "{want}");
    if matches!(plan, Plan::One) {
        assert!(want.contains("https://"), "a link a phone opens: {want}");
    }

    // On screen, at 1024×768, without scrolling.
    let screen = walk.frame_image();
    let [width, height] = screen.size;
    let found = decode(width, height, |x, y| {
        let [r, g, b, _] = screen.pixels[y * width + x].to_array();
        ((u16::from(r) + u16::from(g) + u16::from(b)) / 3) as u8
    });
    assert_eq!(
        found,
        vec![want.clone()],
        "{lang} {plan:?}: the QR code on screen"
    );

    // On the saved card.
    walk.tap_id(Role::Button, "alternatives-save-card");
    let outcome = walk.harness.state_mut().finish_saving();
    let Some(SaveOutcome::Saved(path)) = outcome else {
        panic!("not saved: {outcome:?}")
    };
    let card = image::open(&path).expect("a PNG").to_luma8();
    let found = decode(card.width() as usize, card.height() as usize, |x, y| {
        card.get_pixel(x as u32, y as u32).0[0]
    });
    assert_eq!(
        found,
        vec![want],
        "{lang} {plan:?}: the QR code on the card"
    );
    // The visitor is told the file's name, not where it is.
    walk.harness.run();
    assert_eq!(
        path.parent(),
        Some(saves.path()),
        "saved where the stand said"
    );
    saves::assert_told_the_file_name(&walk.harness, &path);
}

#[test]
fn a_plan_of_one_scans_in_french_with_the_stand_name() {
    check_plan("fr", Plan::One, "Club info du lycée");
}

#[test]
fn a_plan_of_one_scans_in_english() {
    check_plan("en", Plan::One, "");
}

#[test]
fn the_whole_plan_scans_in_french() {
    check_plan("fr", Plan::All, "");
}

#[test]
fn the_whole_plan_scans_in_english() {
    check_plan("en", Plan::All, "Science fair");
}

#[test]
fn the_longest_names_scan_in_french() {
    check_plan("fr", Plan::Longest, "");
}

#[test]
fn the_longest_names_scan_in_english() {
    check_plan("en", Plan::Longest, "");
}
