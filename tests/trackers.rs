//! "Who is following me?" played to its end through the accessibility tree: catching the
//! creatures at 6-9 (no timer), the timed game with the pixel hunt at 14+, the end screen with
//! the profile the missed trackers built, and a new visitor.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/clock.rs"]
mod clock;
#[path = "support/games.rs"]
mod games;
mod support;

use archipel::activities::trackers::Trackers;
use archipel::activities::trackers::content::Kind;
use archipel::activities::trackers::logic::{Fate, Game, Visit};
use archipel::age::AgeBand;
use archipel::app::ArchipelApp;
use archipel::i18n::Lang;
use clock::wait;
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use games::completed;
use support::{shows, tap};

/// The game opened, as a visitor who waits before saying they are ready.
fn waiting_game(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    games::open(
        lang,
        age,
        ("Qui me suit\u{202F}?", "Who is following me?"),
        "trackers",
    )
}

/// The game opened, the visitor ready (from 10 the first page waits for them).
fn game(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    let mut harness = waiting_game(lang, age);
    let ready = if lang == "fr" {
        "C’est parti\u{202F}!"
    } else {
        "Ready? Go!"
    };
    if shows(&harness, Role::Button, ready) {
        tap(&mut harness, Role::Button, ready);
    }
    harness
}

#[test]
fn the_first_page_waits_for_a_visitor_who_reads_first() {
    let mut harness = waiting_game("en", AgeBand::Older);
    wait(&mut harness, 30.0);
    let game = current(&harness);
    assert!(game.waits_for_ready(), "the clock has not started");
    assert!(
        game.round()
            .is_some_and(|round| round.creatures.iter().all(|c| c.fate == Fate::Watching)),
        "nothing was sent while the visitor read"
    );
    tap(&mut harness, Role::Button, "Ready? Go!");
    assert!(!current(&harness).waits_for_ready());
}

fn trackers<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a Trackers {
    harness.state().activity::<Trackers>().expect("loaded")
}

fn current(harness: &Harness<'_, ArchipelApp>) -> Game {
    trackers(harness).visit().game.clone().expect("dealt")
}

/// What a screen reader calls tracker `i` of the current page.
fn label(harness: &Harness<'_, ArchipelApp>, i: usize, lang: &str) -> String {
    let game = current(harness);
    let round = game.round().expect("on a page");
    let domain = &trackers(harness).data().trackers[round.creatures[i].tracker].domain;
    if lang == "fr" {
        format!("Traqueur {domain}")
    } else {
        format!("Tracker {domain}")
    }
}

fn creatures(harness: &Harness<'_, ArchipelApp>) -> usize {
    current(harness)
        .round()
        .map_or(0, |round| round.creatures.len())
}

#[test]
fn six_to_nine_catches_the_creatures_without_a_timer_and_sees_what_the_others_learned() {
    let mut harness = game("en", AgeBand::Young);
    assert!(
        shows(&harness, Role::Button, "Next page"),
        "may leave at once"
    );
    // However long the child takes, nothing is sent: there is no timer.
    wait(&mut harness, 30.0);
    assert_eq!(current(&harness).score().sent, 0);
    for i in 0..creatures(&harness) {
        let name = label(&harness, i, "en");
        tap(&mut harness, Role::Button, &name);
        assert!(!shows(&harness, Role::Button, &name), "caught");
    }
    assert!(shows(&harness, Role::Label, "3 trackers in the jar"));
    tap(&mut harness, Role::Button, "Next page");
    // The same creatures come back on the next page: they follow the visitor.
    wait(&mut harness, 3.0);
    let game = current(&harness);
    assert!((0..creatures(&harness)).all(|i| game.seen_before(i)));
    // The child leaves pages 2 and 3 without catching anything: those trackers send.
    assert_eq!(current(&harness).rounds.len(), 3, "three pages at 6-9");
    tap(&mut harness, Role::Button, "Next page");
    wait(&mut harness, 3.0);
    tap(&mut harness, Role::Button, "What did they learn?");
    let game = current(&harness);
    assert!(game.is_over());
    let score = game.score();
    assert_eq!((score.blocked, score.sent, score.total), (3, 6, 9));
    assert!(shows(&harness, Role::Label, "What they learned about you"));
    assert!(shows(&harness, Role::Label, "Trackers blocked: 3 of 9."));
    let data = trackers(&harness).data().clone();
    let en = Lang::new("en");
    for piece in game.profile() {
        let learned = data.pages[piece.page].learns.get(piece.kind).get(&en);
        assert!(shows(&harness, Role::Label, learned), "{learned}");
        assert_ne!(piece.page, game.rounds[0].page, "page 1 was all caught");
    }
    assert_eq!(completed(&harness), 1);
    tap(&mut harness, Role::Button, "Play again");
    let again = current(&harness);
    assert_eq!((again.current, again.score().blocked), (0, 0));
    assert_eq!(completed(&harness), 1, "counted once");
}

/// The top of the magnifier's button, in the bottom bar.
fn bar_top(harness: &Harness<'_, ArchipelApp>) -> f32 {
    harness
        .get_by_role_and_label(Role::CheckBox, "Magnifier")
        .rect()
        .top()
}

#[test]
fn fourteen_plus_races_the_clock_hunts_the_pixel_and_gets_a_profile() {
    let mut harness = game("en", AgeBand::Older);
    assert!(
        !current(&harness).can_leave(),
        "not before the page is done"
    );
    let game = current(&harness);
    let count = creatures(&harness);
    assert_eq!(count, 6, "six trackers a page at 14+");
    let pixel = game
        .round()
        .and_then(|round| round.creatures.iter().position(|c| c.kind == Kind::Pixel))
        .expect("a pixel at 14+");
    // Page 1: block each tracker as soon as it appears.
    let mut order: Vec<usize> = (0..count).collect();
    let round = game.round().expect("on a page").clone();
    order.sort_by(|&a, &b| {
        round.creatures[a]
            .appears
            .total_cmp(&round.creatures[b].appears)
    });
    let mut elapsed = 0.0;
    let mut bar_tops = vec![bar_top(&harness)];
    for i in order {
        let appears = round.creatures[i].appears;
        wait(&mut harness, (appears - elapsed).max(0.0) + 0.1);
        elapsed = appears + 0.1;
        let name = label(&harness, i, "en");
        if i == pixel {
            assert!(!shows(&harness, Role::Button, &name), "invisible");
            tap(&mut harness, Role::CheckBox, "Magnifier");
        }
        tap(&mut harness, Role::Button, &name);
        assert!(!shows(&harness, Role::Button, &name), "blocked {name}");
        bar_tops.push(bar_top(&harness));
    }
    assert!(current(&harness).page_done());
    tap(&mut harness, Role::Button, "Next page");
    // Page 2: the visitor looks away; every tracker sends what it saw.
    wait(&mut harness, 20.0);
    bar_tops.push(bar_top(&harness));
    // Whatever the bar says (a hint, a tracker blocked, a tracker sent), the page keeps its size.
    assert!(
        bar_tops.iter().all(|top| (top - bar_tops[0]).abs() < 0.5),
        "the bar moved: {bar_tops:?}"
    );
    let page_two = current(&harness);
    assert!(page_two.page_done());
    assert!(
        page_two.rounds[1]
            .creatures
            .iter()
            .all(|c| matches!(c.fate, Fate::Sent { .. }))
    );
    // Pages 3 and 4: the same.
    for next in ["Next page", "Next page", "What did they learn?"] {
        tap(&mut harness, Role::Button, next);
        if next == "Next page" {
            wait(&mut harness, 20.0);
        }
    }
    let game = current(&harness);
    assert!(game.is_over());
    assert_eq!(game.rounds.len(), 4, "four pages at 14+");
    assert_eq!(game.profile().len(), 18);
    assert!(shows(&harness, Role::Label, "Trackers blocked: 6 of 24."));
    assert!(shows(
        &harness,
        Role::Label,
        "Your profile, built from small pieces"
    ));
    let data = trackers(&harness).data().clone();
    let en = Lang::new("en");
    for piece in game.profile() {
        let learned = data.pages[piece.page].learns.get(piece.kind).get(&en);
        let domain = &data.trackers[piece.tracker].domain;
        let piece = format!("{learned} (via {domain})");
        assert!(shows(&harness, Role::Label, &piece), "{piece}");
    }
    assert_eq!(completed(&harness), 1);
}

#[test]
fn french_end_screen_has_the_three_tips() {
    let mut harness = game("fr", AgeBand::Middle);
    for _ in 0..4 {
        wait(&mut harness, 30.0);
        let next = if current(&harness).current == 3 {
            "Qu’ont-ils appris\u{202F}?"
        } else {
            "Page suivante"
        };
        tap(&mut harness, Role::Button, next);
    }
    assert!(shows(&harness, Role::Label, "Ce qu’ils ont appris sur toi"));
    assert!(shows(&harness, Role::Label, "Trois choses à faire"));
    let data = trackers(&harness).data().clone();
    let fr = Lang::new("fr");
    for tip in &data.tips {
        assert!(
            shows(&harness, Role::Label, tip.text.get(&fr, AgeBand::Middle)),
            "{}",
            tip.id
        );
    }
}

#[test]
fn a_new_visitor_gets_a_new_game() {
    let mut harness = game("en", AgeBand::Young);
    wait(&mut harness, 3.0);
    let name = label(&harness, 0, "en");
    tap(&mut harness, Role::Button, &name);
    assert_eq!(current(&harness).score().blocked, 1);
    harness.state_mut().end_session();
    harness.run();
    assert_eq!(trackers(&harness).visit(), &Visit::default(), "wiped");
}
