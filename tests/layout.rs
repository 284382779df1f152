//! Every screen at every screen size stands have, walked as a visitor would, and checked (see
//! `support/layout.rs`): French 14+ and English 6-9, in a window and in kiosk mode.
//! `ARCHIPEL_LAYOUT_SHOTS=DIR cargo test --test layout` keeps a screenshot of every screen.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/clock.rs"]
mod clock;
#[path = "support/layout.rs"]
mod layout;
#[expect(dead_code, reason = "the walk taps through its own helpers")]
mod support;

#[path = "support/plays.rs"]
mod plays;

use archipel::activities::web_map::WebMap;
use archipel::age::AgeBand;
use eframe::egui::Role;
use layout::{Screen, Walk};
use plays::Plays as _;

fn refs(strings: &[String]) -> Vec<&str> {
    strings.iter().map(String::as_str).collect()
}

/// The home screen and "Your data".
fn home(walk: &mut Walk) {
    let mut must_see = vec![walk.tr("home-welcome")];
    must_see.extend(walk.tile_titles());
    must_see.push(walk.tr("home-about-tile"));
    walk.check_fits("home", &refs(&must_see));
    walk.tap_id(Role::Button, "home-about-tile");
    let title = walk.tr("about-title");
    let home = walk.tr("common-home");
    walk.check("about", &[&title, &home]);
    walk.tap(Role::Button, &home);
}

/// Opens the activity `id` from the home screen.
fn open(walk: &mut Walk, id: &str) {
    let title = walk.title_of(id);
    walk.tap(Role::Button, &title);
}

/// Back to the home screen from an activity.
fn go_home(walk: &mut Walk) {
    walk.tap_id(Role::Button, "common-home");
}

fn web_map(walk: &mut Walk) {
    open(walk, "web_map");
    let follow = walk.tr("web_map-follow");
    let zoom_in = walk.tr("web_map-zoom-in");
    let zoom_out = walk.tr("web_map-zoom-out");
    walk.check("map", &[&follow, &zoom_in, &zoom_out]);
    let data = walk
        .harness
        .state()
        .activity::<WebMap>()
        .expect("loaded")
        .data()
        .clone();
    let young = walk.age == AgeBand::Young;
    for id in ["submarine_cable", "messaging_app", "video_platform"] {
        let place = data.places.iter().find(|p| p.id.0 == id).expect("place");
        if young && !place.young {
            continue;
        }
        let name = place.name.get(&walk.lang).to_owned();
        walk.tap(Role::Button, &name);
        let close = walk.tr("web_map-close");
        walk.check(&format!("card_{id}"), &[&close]);
        walk.tap(Role::Button, &close);
    }
    walk.tap(Role::Button, &follow);
    let back = walk.tr("web_map-back-to-map");
    let titles: Vec<String> = data
        .journeys
        .iter()
        .filter(|j| !young || j.young)
        .map(|j| j.title.get(&walk.lang).to_owned())
        .collect();
    let mut must_see: Vec<String> = titles.clone();
    must_see.push(back.clone());
    walk.check("journeys", &refs(&must_see));
    walk.tap(Role::Button, &titles[0]);
    let pause = walk.tr("web_map-pause");
    walk.tap(Role::Button, &pause);
    let forward = walk.tr("web_map-step-forward");
    let hops = data.journeys[0].hops.len();
    for hop in 0..hops {
        let at = walk.journey_hop();
        if at == 0
            || at == hops / 2
            || at + 1 == hops
            || data.journeys[0].hops[at].place.0 == "giant_dc"
        {
            walk.check(&format!("journey_hop{at}"), &[&back, &forward]);
        }
        if hop + 1 < hops {
            walk.tap(Role::Button, &forward);
        }
    }
    let ask = walk.tr("web_map-ask");
    walk.tap(Role::Button, &ask);
    walk.check("quiz", &[]);
    walk.answer_first_question();
    walk.check("quiz_answered", &[]);
    if !young {
        walk.tap_id(Role::Button, "web_map-back-to-journey");
        walk.tap_id(Role::Button, "web_map-compare");
        walk.check("compare", &[&back]);
    }
    go_home(walk);
}

fn trackers(walk: &mut Walk) {
    open(walk, "trackers");
    clock::wait(&mut walk.harness, 1.0);
    walk.check("trackers_start", &[]);
    // From 10, the first page waits until the visitor is ready.
    let ready = walk.tr("trackers-ready");
    if walk.shows(Role::Button, &ready) {
        walk.tap(Role::Button, &ready);
    }
    clock::wait(&mut walk.harness, 8.0);
    walk.check("trackers_page", &[]);
    let pages = walk.trackers_pages();
    let next = walk.tr("trackers-next-page");
    for page in 1..pages {
        walk.catch_trackers();
        clock::wait(&mut walk.harness, 20.0);
        walk.check(&format!("trackers_page{page}_done"), &[&next]);
        walk.tap(Role::Button, &next);
        clock::wait(&mut walk.harness, 20.0);
    }
    walk.tap_id(Role::Button, "trackers-see-profile");
    let again = walk.tr("trackers-again");
    let tips = walk.tr("trackers-tips");
    walk.check("trackers_end", &[&again, &tips]);
    go_home(walk);
}

fn owners(walk: &mut Walk) {
    open(walk, "owners");
    walk.check("owners_start", &[]);
    if walk.age == AgeBand::Young {
        walk.play_memory();
    } else {
        walk.play_match(3);
        walk.check("owners_mid", &[]);
        walk.play_match(usize::MAX);
    }
    let again = walk.tr("owners-again");
    walk.check("owners_end", &[&again]);
    go_home(walk);
}

fn federation(walk: &mut Walk) {
    open(walk, "federation");
    let what_if = walk.tr("federation-what-if");
    walk.check("federation_start", &[&what_if]);
    walk.tap(Role::Button, &what_if);
    walk.check("federation_giant", &[]);
    let next_event = walk.tr("federation-next-event");
    while walk.shows(Role::Button, &next_event) {
        walk.tap(Role::Button, &next_event);
    }
    walk.tap_id(Role::Button, "federation-build");
    walk.check("federation_build", &[]);
    walk.build_network();
    walk.check("federation_built", &[]);
    walk.tap_id(Role::Button, "federation-ready");
    walk.check("federation_strike", &[]);
    while walk.shows(Role::Button, &next_event) {
        walk.tap(Role::Button, &next_event);
    }
    walk.tap_id(Role::Button, "federation-results");
    walk.check("federation_results", &[]);
    go_home(walk);
}

fn secret_message(walk: &mut Walk) {
    open(walk, "secret_message");
    walk.check("secret_choose", &[]);
    walk.play_wheel();
    walk.play_padlock();
    if walk.age == AgeBand::Older {
        walk.tap_id(Role::Button, "secret_message-next-e2e");
        walk.check("secret_e2e", &[]);
        walk.answer_e2e();
        walk.check("secret_e2e_answered", &[]);
    }
    walk.tap_id(Role::Button, "secret_message-finish");
    let again = walk.tr("secret_message-again");
    walk.check("secret_end", &[&again]);
    go_home(walk);
}

fn alternatives(walk: &mut Walk) {
    open(walk, "alternatives");
    let show_me = walk.tr("alternatives-show-me");
    walk.check("picker_choose", &[&show_me]);
    walk.choose_services(3);
    walk.tap(Role::Button, &show_me);
    walk.check("picker_results", &[]);
    walk.pick_alternatives();
    walk.tap_id(Role::Button, "alternatives-my-plan");
    walk.check("picker_plan", &[]);
    go_home(walk);
}

fn own_host(walk: &mut Walk) {
    open(walk, "own_host");
    if walk.age == AgeBand::Young {
        walk.play_host_days(true);
    } else {
        let open_service = |walk: &Walk, name: &str| {
            walk.harness.state().i18n().tr_args(
                &walk.lang,
                walk.age,
                "own_host-open",
                &[("name", name.into())],
            )
        };
        let pad = open_service(walk, "Pad");
        let chat = open_service(
            walk,
            if walk.lang.as_str() == "fr" {
                "Discussion"
            } else {
                "Chat"
            },
        );
        let [workshop, train, backup] =
            ["own_host-workshop", "own_host-train", "own_host-backup"].map(|id| walk.tr(id));
        let plan = move |semester: usize| match semester {
            0 => vec![pad.clone(), chat.clone(), workshop.clone()],
            _ => vec![workshop.clone(), train.clone(), backup.clone()],
        };
        walk.play_host_semesters(
            &plan,
            &["own_host-choice-redirect", "own_host-choice-explain"],
            true,
        );
    }
    go_home(walk);
}

/// An activity's id, and how a visitor walks through it.
type ActivityWalk = (&'static str, fn(&mut Walk));

fn walk_all(lang: &str, age: AgeBand) {
    let mut problems = Vec::new();
    let mut screens = 0;
    // `ARCHIPEL_LAYOUT_ONLY=1366x768` walks one screen size (while working on a layout).
    let only = std::env::var("ARCHIPEL_LAYOUT_ONLY").ok();
    for screen in Screen::ALL {
        if only.as_ref().is_some_and(|only| *only != screen.name()) {
            continue;
        }
        for kiosk in [false, true] {
            let mut walk = Walk::new(lang, age, screen, kiosk);
            if kiosk {
                walk.check("attract", &[]);
                walk.tap_id(Role::Button, "kiosk-touch-to-start");
            }
            home(&mut walk);
            if kiosk {
                // The activities look the same in a window and in kiosk mode.
                walk.kiosk_overlays();
            } else {
                // `ARCHIPEL_LAYOUT_ACTIVITY=web_map` walks one activity.
                let wanted = std::env::var("ARCHIPEL_LAYOUT_ACTIVITY").ok();
                let walks: [ActivityWalk; 7] = [
                    ("web_map", web_map),
                    ("trackers", trackers),
                    ("owners", owners),
                    ("federation", federation),
                    ("secret_message", secret_message),
                    ("alternatives", alternatives),
                    ("own_host", own_host),
                ];
                for (id, walk_activity) in walks {
                    if wanted.as_ref().is_none_or(|wanted| wanted == id) {
                        walk_activity(&mut walk);
                    }
                }
            }
            screens += walk.screens;
            problems.extend(walk.problems);
        }
    }
    eprintln!("{lang} {}: {screens} screens checked", age.as_str());
    // Every size and both modes walk every screen: a walk cut short is a failure too.
    if only.is_none() && std::env::var_os("ARCHIPEL_LAYOUT_ACTIVITY").is_none() {
        assert!(
            screens >= 40 * Screen::ALL.len(),
            "only {screens} screens walked"
        );
    }
    assert!(
        problems.is_empty(),
        "{} problems on {screens} screens:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_screen_fits_in_french_14() {
    walk_all("fr", AgeBand::Older);
}

#[test]
fn every_screen_fits_in_english_6_9() {
    walk_all("en", AgeBand::Young);
}
