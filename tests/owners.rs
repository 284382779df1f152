//! "Who owns what?" played to its end through the accessibility tree: the memory game at 6-9,
//! dragging (and tapping) apps onto their companies at 10-13 and 14+, then the end screen and
//! its hand-off to the picker.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/drag.rs"]
mod drag;
#[path = "support/games.rs"]
mod games;
mod support;

use archipel::activities::alternatives::Alternatives;
use archipel::activities::alternatives::content::ServiceId;
use archipel::activities::owners::Owners;
use archipel::activities::owners::logic::{Card, Game, Placement, Visit};
use archipel::activity::ActivityId;
use archipel::age::AgeBand;
use archipel::app::ArchipelApp;
use archipel::i18n::Lang;
use archipel::session::Screen;
use drag::drag;
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use games::completed;
use support::{shows, tap};

fn game(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    games::open(
        lang,
        age,
        ("À qui c’est\u{202F}?", "Who owns what?"),
        "owners",
    )
}

fn owners<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a Owners {
    harness.state().activity::<Owners>().expect("loaded")
}

fn current(harness: &Harness<'_, ArchipelApp>) -> Game {
    owners(harness).visit().game.clone().expect("dealt")
}

/// Places every app by tapping it, then its company's island; the first one goes wrong once.
fn play_match(harness: &mut Harness<'static, ArchipelApp>, lang: &Lang) {
    let Game::Match(round) = current(harness) else {
        panic!("10+ plays the matching game");
    };
    let data = owners(harness).data().clone();
    let count = round.apps.len();
    let first = &data.apps[round.apps[0]];
    let wrong = round
        .companies
        .iter()
        .find(|company| **company != first.owner)
        .expect("another company");
    tap(harness, Role::Button, first.name.get(lang));
    tap(harness, Role::Button, data.company_name(wrong));
    assert_eq!(
        owners(harness).visit().last,
        Some((round.apps[0], Placement::Wrong))
    );
    assert!(
        shows(harness, Role::Button, first.name.get(lang)),
        "it went back"
    );
    for &app in &round.apps {
        let app = &data.apps[app];
        tap(harness, Role::Button, app.name.get(lang));
        tap(harness, Role::Button, data.company_name(&app.owner));
        assert!(!shows(harness, Role::Button, app.name.get(lang)), "placed");
    }
    let Game::Match(round) = current(harness) else {
        unreachable!()
    };
    assert_eq!((round.misses, round.first_try()), (1, count - 1));
}

#[test]
fn fourteen_plus_places_every_app_and_takes_them_to_the_picker() {
    let mut harness = game("en", AgeBand::Older);
    let before = completed(&harness);
    play_match(&mut harness, &Lang::new("en"));
    assert!(shows(&harness, Role::Button, "Find other apps"));
    assert!(
        harness
            .query_by_label_contains("right the first time")
            .is_some()
    );
    assert_eq!(completed(&harness), before + 1);
    let matched = current(&harness).matched_apps();
    let data = owners(&harness).data().clone();
    tap(&mut harness, Role::Button, "Find other apps");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("alternatives"))
    );
    let picker = harness.state().activity::<Alternatives>().unwrap().picker();
    let handed: Vec<&String> = matched
        .iter()
        .filter_map(|&app| data.apps[app].service.as_ref())
        .collect();
    assert!(!handed.is_empty());
    for service in handed {
        assert!(picker.is_selected(&ServiceId(service.clone())), "{service}");
    }
}

#[test]
fn ten_to_thirteen_plays_in_french_and_can_play_again() {
    let mut harness = game("fr", AgeBand::Middle);
    play_match(&mut harness, &Lang::new("fr"));
    assert!(shows(&harness, Role::Button, "Trouver d’autres applis"));
    tap(&mut harness, Role::Button, "Rejouer");
    let Game::Match(round) = current(&harness) else {
        panic!("a new round");
    };
    assert!(round.placed.iter().all(|placed| !placed));
}

#[test]
fn an_app_dragged_onto_its_owner_stays_there() {
    let mut harness = game("en", AgeBand::Older);
    let Game::Match(round) = current(&harness) else {
        panic!("10+ plays the matching game");
    };
    let data = owners(&harness).data().clone();
    let en = Lang::new("en");
    let app = &data.apps[round.apps[0]];
    drag(
        &mut harness,
        app.name.get(&en),
        data.company_name(&app.owner),
    );
    let Game::Match(round) = current(&harness) else {
        unreachable!()
    };
    assert!(round.placed[0], "dropped on its owner");
    assert!(!shows(&harness, Role::Button, app.name.get(&en)));
}

#[test]
fn six_to_nine_finds_every_pair() {
    let mut harness = game("en", AgeBand::Young);
    let Game::Memory(round) = current(&harness) else {
        panic!("6-9 plays memory");
    };
    let data = owners(&harness).data().clone();
    let position = |card: &Card| round.cards.iter().position(|c| c == card).unwrap();
    let apps: Vec<usize> = round
        .cards
        .iter()
        .filter_map(|card| match card {
            Card::App(app) => Some(*app),
            Card::Company(_) => None,
        })
        .collect();
    assert!(apps.len() >= 4, "at least 4 pairs");
    // Two apps do not make a pair: they turn back.
    tap(
        &mut harness,
        Role::Button,
        &format!("Card {}", position(&Card::App(apps[0])) + 1),
    );
    tap(
        &mut harness,
        Role::Button,
        &format!("Card {}", position(&Card::App(apps[1])) + 1),
    );
    let start = harness.ctx.input(|input| input.time);
    harness.input_mut().time = Some(start + 2.0);
    harness.step();
    harness.run();
    let Game::Memory(after) = current(&harness) else {
        unreachable!()
    };
    assert!(after.up.is_empty(), "the two cards turned back");
    let before = completed(&harness);
    for &app in &apps {
        let company = Card::Company(data.apps[app].owner.clone());
        tap(
            &mut harness,
            Role::Button,
            &format!("Card {}", position(&Card::App(app)) + 1),
        );
        tap(
            &mut harness,
            Role::Button,
            &format!("Card {}", position(&company) + 1),
        );
        let Game::Memory(now) = current(&harness) else {
            unreachable!()
        };
        assert!(now.matched[position(&Card::App(app))], "a pair stays up");
    }
    assert!(current(&harness).is_done());
    assert_eq!(completed(&harness), before + 1);
    assert!(shows(&harness, Role::Button, "Play again"));
    assert!(harness.query_by_label_contains("every pair").is_some());
}

#[test]
fn a_new_visitor_gets_a_new_round() {
    let mut harness = game("en", AgeBand::Middle);
    let Game::Match(round) = current(&harness) else {
        panic!("matching");
    };
    let data = owners(&harness).data().clone();
    let app = &data.apps[round.apps[0]];
    tap(&mut harness, Role::Button, app.name.get(&Lang::new("en")));
    tap(&mut harness, Role::Button, data.company_name(&app.owner));
    harness.state_mut().end_session();
    harness.run();
    assert_eq!(owners(&harness).visit(), &Visit::default(), "wiped");
}
