//! "All eggs in one basket?" played to its end through the accessibility tree: the giant server
//! and its events, building small hosts with links and people, the events striking them one at
//! a time, and the results with the link to reality.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/games.rs"]
mod games;
mod support;

use archipel::activities::federation::Federation;
use archipel::activities::federation::logic::{Game, Phase, Visit};
use archipel::age::AgeBand;
use archipel::app::ArchipelApp;
use archipel::i18n::Lang;
use eframe::egui::Role;
use egui_kittest::Harness;
use games::completed;
use support::{shows, tap};

fn game(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    games::open(
        lang,
        age,
        (
            "Tous les œufs dans le même panier\u{202F}?",
            "All eggs in one basket?",
        ),
        "federation",
    )
}

fn federation<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a Federation {
    harness.state().activity::<Federation>().expect("loaded")
}

fn current(harness: &Harness<'_, ArchipelApp>) -> Game {
    federation(harness).visit().game.clone().expect("dealt")
}

const HOSTS: [&str; 3] = [
    "School computer club",
    "Library",
    "Neighbourhood association",
];

/// Sets up the three first kinds of host and links every pair.
fn build_a_triangle(harness: &mut Harness<'static, ArchipelApp>) {
    for host in HOSTS {
        tap(harness, Role::Button, host);
    }
    for (a, b) in [(0, 1), (0, 2), (1, 2)] {
        let link = format!("Link {} and {}", HOSTS[a], HOSTS[b]);
        tap(harness, Role::CheckBox, &link);
    }
    let network = current(harness).network;
    assert_eq!((network.hosts.len(), network.links.len()), (3, 3));
    assert_eq!(network.left(), network.budget - 12);
}

#[test]
fn six_to_nine_builds_three_linked_hosts_and_keeps_talking() {
    let mut harness = game("en", AgeBand::Young);
    tap(&mut harness, Role::Button, "What happens if…?");
    assert_eq!(current(&harness).phase, Phase::Giant { seen: 1 });
    let everybody = format!(
        "Conversations still working: 0 of {}",
        current(&harness).conversations.len()
    );
    assert!(
        shows(&harness, Role::Label, &everybody),
        "the giant cut all"
    );
    tap(&mut harness, Role::Button, "Build something better");
    assert_eq!(current(&harness).phase, Phase::Build);
    build_a_triangle(&mut harness);
    // Move one person by hand: tap a server, then the person.
    let ana = federation(&harness).data().names[0].clone();
    tap(&mut harness, Role::Button, "Library");
    tap(&mut harness, Role::Button, &ana);
    assert_eq!(current(&harness).network.home[0], Some(1));
    tap(&mut harness, Role::Button, "Share out the others");
    tap(&mut harness, Role::Button, "Ready!");
    let struck = current(&harness);
    assert_eq!(struck.phase, Phase::Strikes { seen: 1 });
    let strike = struck.strikes[0];
    assert!(strike.surviving > 0, "the other hosts keep talking");
    tap(&mut harness, Role::Button, "See the results");
    assert_eq!(current(&harness).phase, Phase::Done);
    assert!(shows(&harness, Role::Label, "Your network"));
    let reality = federation(&harness)
        .data()
        .reality
        .get(&Lang::new("en"), AgeBand::Young)
        .to_owned();
    assert!(shows(&harness, Role::Label, &reality));
    assert_eq!(completed(&harness), 1);
    tap(&mut harness, Role::Button, "Next level");
    let next = current(&harness);
    assert_eq!((next.level, next.phase), (1, Phase::Giant { seen: 0 }));
}

#[test]
fn fourteen_plus_sees_every_event_hit_everybody_then_one_host_at_a_time() {
    let mut harness = game("en", AgeBand::Older);
    let rules = current(&harness).rules();
    tap(&mut harness, Role::Button, "What happens if…?");
    for _ in 1..rules.giant_events {
        tap(&mut harness, Role::Button, "Another day…");
    }
    assert_eq!(
        current(&harness).phase,
        Phase::Giant {
            seen: rules.giant_events
        }
    );
    tap(&mut harness, Role::Button, "Build something better");
    build_a_triangle(&mut harness);
    assert!(
        !current(&harness).network.is_ready(&rules),
        "nobody moved yet"
    );
    tap(&mut harness, Role::Button, "Share out the others");
    tap(&mut harness, Role::Button, "Ready!");
    for _ in 1..rules.events {
        tap(&mut harness, Role::Button, "Another day…");
    }
    let game = current(&harness);
    assert_eq!(game.strikes.len(), rules.events);
    // Every event struck a different host, biggest first, and never cut everybody off.
    let hosts: Vec<usize> = game.strikes.iter().map(|strike| strike.host).collect();
    assert_eq!(hosts, game.network.by_size());
    assert!(game.strikes.iter().all(|strike| strike.surviving > 0));
    tap(&mut harness, Role::Button, "See the results");
    let survival = (current(&harness).average_survival() * 100.0).round();
    assert!(shows(
        &harness,
        Role::Label,
        &format!("{survival}% of the conversations still worked after each event, on average.")
    ));
    assert!(shows(&harness, Role::Label, "One giant server"));
    assert_eq!(completed(&harness), 1);
}

#[test]
fn french_labels_and_a_new_visitor() {
    let mut harness = game("fr", AgeBand::Middle);
    tap(&mut harness, Role::Button, "Et si…\u{202F}?");
    assert!(shows(&harness, Role::Button, "Un autre jour…"));
    harness.state_mut().end_session();
    harness.run();
    assert_eq!(federation(&harness).visit(), &Visit::default(), "wiped");
}
