//! "Run your own little host", played by label as a visitor would: the little server's three
//! days at 6-9, the six semesters at 14+ to the report, and a dead disk without backups.

#[path = "support/clock.rs"]
mod clock;
#[path = "support/layout.rs"]
#[expect(dead_code, reason = "the layout walk's checks are not all used here")]
mod layout;
#[expect(dead_code, reason = "the walk taps through its own helpers")]
mod support;

#[path = "support/plays.rs"]
#[expect(dead_code, reason = "only the host's moves are used here")]
mod plays;

use archipel::activities::own_host::OwnHost;
use archipel::activities::own_host::logic::{
    ClubPhase, Event, EventOutcome, Game, Hard, Report, SEMESTERS,
};
use archipel::activity::ActivityId;
use archipel::age::AgeBand;
use eframe::egui::Role;
use egui_kittest::kittest::Queryable as _;
use layout::{Screen, Walk};
use plays::Plays as _;

fn open(lang: &str, age: AgeBand) -> Walk {
    let mut walk = Walk::new(lang, age, Screen::ALL[1], false);
    let title = walk.title_of("own_host");
    walk.tap(Role::Button, &title);
    walk
}

fn shows_text(walk: &Walk, text: &str) -> bool {
    walk.harness.query_by_label(text).is_some()
}

#[test]
fn the_youngest_look_after_the_little_server_for_three_days() {
    let mut walk = open("fr", AgeBand::Young);
    walk.play_host_days(false);
    assert!(shows_text(&walk, &walk.tr("own_host-young-end")));
    let session = walk.harness.state().session();
    assert!(
        session.stickers.contains(&ActivityId("own_host")),
        "finishing it earns its sticker"
    );
    let host = walk.harness.state().activity::<OwnHost>().expect("loaded");
    let Some(Game::Days(days)) = &host.visit().game else {
        panic!("6-9 plays the days");
    };
    assert!(days.copied, "the drawings were copied before the storm");
    assert_eq!(
        days.first_try,
        days.total() - 1,
        "one wrong answer, tried again"
    );
}

#[test]
fn a_club_runs_its_host_for_six_semesters_to_the_report() {
    let mut walk = open("en", AgeBand::Older);
    let pad = walk.harness.state().i18n().tr_args(
        &walk.lang,
        walk.age,
        "own_host-open",
        &[("name", "Pad".into())],
    );
    let workshop = walk.tr("own_host-workshop");
    let train = walk.tr("own_host-train");
    let backup = walk.tr("own_host-backup");
    let update = walk.tr("own_host-update");
    let plan = move |semester: usize| match semester {
        0 => vec![pad.clone(), workshop.clone()],
        _ => vec![train.clone(), backup.clone(), update.clone()],
    };
    walk.play_host_semesters(
        &plan,
        &["own_host-choice-redirect", "own_host-choice-explain"],
        false,
    );
    assert!(shows_text(&walk, &walk.tr("own_host-report-title")));
    assert!(walk.shows(Role::Button, &walk.tr("own_host-to-map")));
    assert!(walk.shows(Role::Button, &walk.tr("own_host-to-picker")));
    let host = walk.harness.state().activity::<OwnHost>().expect("loaded");
    let Some(Game::Club(club)) = &host.visit().game else {
        panic!("14+ plays the club");
    };
    assert_eq!(club.history.len(), SEMESTERS);
    // Backups and updates every semester: the dead disk and the flaw did no harm.
    for semester in &club.history {
        match semester.event {
            Event::DiskDies => assert_eq!(semester.outcome, Some(EventOutcome::Restored)),
            Event::SecurityFlaw => assert_eq!(semester.outcome, Some(EventOutcome::Patched)),
            _ => {}
        }
    }
    let report = Report::of(club, host.data());
    assert_eq!(
        report.hard[0],
        (Hard::Skills, true),
        "newcomers were trained"
    );
    assert_eq!(
        report.hard[2],
        (Hard::Convincing, true),
        "the club explained"
    );
    // The map's small hosts are one tap away.
    let to_map = walk.tr("own_host-to-map");
    walk.tap(Role::Button, &to_map);
    assert_eq!(
        walk.harness.state().session().screen,
        archipel::session::Screen::Activity(ActivityId("web_map"))
    );
}

#[test]
fn a_disk_dies_without_backups_and_the_pads_are_lost() {
    let mut walk = open("fr", AgeBand::Middle);
    let pad = walk.harness.state().i18n().tr_args(
        &walk.lang,
        walk.age,
        "own_host-open",
        &[("name", "Pad".into())],
    );
    let lost = walk.tr("own_host-outcome-lost");
    // Newcomers every semester keep the pad running; nobody ever makes a backup.
    let workshop = walk.tr("own_host-workshop");
    let train = walk.tr("own_host-train");
    let mut seen = false;
    loop {
        let (phase, semester, event) = {
            let host = walk.harness.state().activity::<OwnHost>().expect("loaded");
            let Some(Game::Club(club)) = &host.visit().game else {
                panic!("10-13 plays the club");
            };
            (
                club.phase,
                club.semester,
                club.history.last().map(|s| s.event),
            )
        };
        match phase {
            ClubPhase::Planning => {
                if semester == 0 {
                    walk.tap(Role::CheckBox, &pad);
                    walk.tap(Role::CheckBox, &workshop);
                } else {
                    walk.tap(Role::CheckBox, &workshop);
                    walk.tap(Role::CheckBox, &train);
                }
                walk.tap_id(Role::Button, "own_host-end-semester");
            }
            ClubPhase::Event => {
                if event == Some(Event::DiskDies) {
                    assert!(
                        shows_text(&walk, &lost),
                        "the screen says the pads are lost"
                    );
                    seen = true;
                }
                for choice in ["own_host-choice-redirect", "own_host-choice-explain"] {
                    if walk.shows(Role::Button, &walk.tr(choice)) {
                        walk.tap_id(Role::Button, choice);
                    }
                }
                let next = if semester + 1 == SEMESTERS {
                    "own_host-see-report"
                } else {
                    "own_host-next-semester"
                };
                walk.tap_id(Role::Button, next);
            }
            ClubPhase::Over => break,
        }
    }
    assert!(seen, "the disk died during the game");
    let host = walk.harness.state().activity::<OwnHost>().expect("loaded");
    let Some(Game::Club(club)) = &host.visit().game else {
        panic!("10-13 plays the club");
    };
    assert!(club.pads_lost);
}
