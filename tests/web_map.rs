//! The map of the web, driven through its accessibility tree: open it, tap places, switch
//! layers, move the camera, follow journeys to their end, answer, compare.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

#[path = "support/clock.rs"]
mod clock;
mod support;

use archipel::activities::alternatives::Alternatives;
use archipel::activities::alternatives::content::ServiceId;
use archipel::activities::web_map::WebMap;
use archipel::activities::web_map::content::{Layer, PlaceId};
use archipel::activities::web_map::logic::{Mode, Visit};
use archipel::activity::ActivityId;
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::i18n::Lang;
use archipel::session::Screen;
use archipel::settings::Settings;
use clock::wait;
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use support::{harness_for, options, shows, tap};

/// The app on the map, in English.
fn map(age: AgeBand) -> Harness<'static, ArchipelApp> {
    let mut harness = harness_for(ArchipelApp::new(options("en", age)));
    tap(&mut harness, Role::Button, "The map of the web");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("web_map"))
    );
    harness
}

fn web_map<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a WebMap {
    harness
        .state()
        .activity::<WebMap>()
        .expect("the map is loaded")
}

fn visit<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a Visit {
    web_map(harness).visit()
}

fn place_index(harness: &Harness<'_, ArchipelApp>, id: &str) -> usize {
    web_map(harness)
        .data()
        .place_index(&PlaceId(id.into()))
        .expect("place exists")
}

/// A finger touches the screen at `pos` and lifts.
fn click_at(harness: &mut Harness<'_, ArchipelApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.drag_at(pos);
    harness.drop_at(pos);
    harness.run();
}

fn zoom(harness: &Harness<'_, ArchipelApp>) -> f32 {
    visit(harness)
        .camera
        .motion
        .expect("the map was shown")
        .current
        .zoom
}

#[test]
fn tapping_a_place_opens_its_card_beside_it() {
    let mut harness = map(AgeBand::Older);
    assert_eq!(visit(&harness).selected, None);
    let marker = harness
        .get_by_role_and_label(Role::Button, "A submarine cable")
        .rect();
    tap(&mut harness, Role::Button, "A submarine cable");
    let cable = place_index(&harness, "submarine_cable");
    assert_eq!(visit(&harness).selected, Some(cable));
    // The card: what it is, one fact, its source, for 14+.
    assert!(
        harness
            .query_by_label_contains("intercontinental")
            .is_some()
    );
    assert!(harness.query_by_label_contains("TeleGeography").is_some());
    assert!(harness.query_by_label_contains("Source: ").is_some());
    // It never covers the place it talks about.
    for label in ["Close", "Did you know?"] {
        let part = harness.get_by_label_contains(label).rect();
        assert!(!part.intersects(marker), "{label} covers the marker");
    }
    // Touching the card's text does not close it; the close button does.
    harness.get_by_label_contains("intercontinental").click();
    harness.run();
    assert_eq!(visit(&harness).selected, Some(cable));
    tap(&mut harness, Role::Button, "Close");
    assert_eq!(visit(&harness).selected, None);
}

#[test]
fn a_tap_on_the_sea_closes_the_card_and_a_tap_near_a_place_opens_it() {
    let mut harness = map(AgeBand::Middle);
    let marker = harness
        .get_by_role_and_label(Role::Button, "Your phone")
        .rect();
    // A finger a little off the picture still gets it.
    click_at(
        &mut harness,
        marker.center() + egui::vec2(marker.width() * 0.6, 0.0),
    );
    assert_eq!(
        visit(&harness).selected,
        Some(place_index(&harness, "phone"))
    );
    // The top left corner of the map is sea.
    click_at(&mut harness, egui::pos2(8.0, 100.0));
    assert_eq!(visit(&harness).selected, None);
}

#[test]
fn the_keyboard_reaches_the_places() {
    let mut harness = map(AgeBand::Older);
    for _ in 0..40 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        if harness
            .query_by_role_and_label(Role::Button, "Your phone")
            .is_some_and(|node| node.is_focused())
        {
            break;
        }
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        visit(&harness).selected,
        Some(place_index(&harness, "phone"))
    );
}

#[test]
fn layers_switch_places_on_and_off_and_one_always_stays() {
    let mut harness = map(AgeBand::Older);
    assert!(shows(&harness, Role::Button, "A giant search engine"));
    tap(&mut harness, Role::CheckBox, "Services");
    assert!(!visit(&harness).layers.shows(Layer::Services));
    assert!(!shows(&harness, Role::Button, "A giant search engine"));
    assert!(shows(&harness, Role::Button, "A submarine cable"));
    tap(&mut harness, Role::CheckBox, "Cables and machines");
    assert!(!shows(&harness, Role::Button, "A submarine cable"));
    assert!(shows(&harness, Role::Button, "A tracking company"));
    // The last layer on cannot be switched off, and the map says why.
    let why = "One layer always stays on. Without it, the map would be empty. Switch on another one first.";
    assert!(!shows(&harness, Role::Label, why));
    tap(&mut harness, Role::CheckBox, "Who sees your data");
    assert!(visit(&harness).layers.shows(Layer::Data));
    assert!(shows(&harness, Role::Label, why), "the map says why");
    wait(&mut harness, 5.0);
    assert!(!shows(&harness, Role::Label, why), "for a few seconds");
    tap(&mut harness, Role::CheckBox, "Services");
    assert!(shows(&harness, Role::Button, "A giant search engine"));
}

#[test]
fn the_young_map_is_simpler_with_one_sentence_cards() {
    let mut harness = map(AgeBand::Young);
    let names: Vec<String> = web_map(&harness)
        .data()
        .places
        .iter()
        .map(|place| place.name.get(&Lang::new("en")).to_owned())
        .collect();
    let places = names.len();
    let shown = names
        .iter()
        .filter(|name| shows(&harness, Role::Button, name))
        .count();
    assert!(
        shown < places && (10..=15).contains(&shown),
        "{shown} places"
    );
    assert!(!shows(&harness, Role::Button, "A giant search engine"));
    tap(&mut harness, Role::Button, "A submarine cable");
    assert!(harness.query_by_label_contains("Did you know?").is_none());
    assert!(harness.query_by_label_contains("Source:").is_none());
}

#[test]
fn zoom_buttons_glide_and_the_map_stays_in_bounds() {
    let mut harness = map(AgeBand::Older);
    let fitted = zoom(&harness);
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Zoom out")
            .accesskit_node()
            .is_disabled(),
        "the whole map shows: no further out"
    );
    tap(&mut harness, Role::Button, "Zoom in");
    wait(&mut harness, 1.5);
    let closer = zoom(&harness);
    assert!(closer > fitted * 1.4, "{fitted} → {closer}");
    // Drag the map far away: it stops at its edge.
    let center = egui::pos2(640.0, 400.0);
    harness.drag_at(center);
    harness.run();
    for step in 1..=20 {
        harness.hover_at(center + egui::vec2(200.0 * step as f32, 100.0 * step as f32));
        harness.run();
    }
    harness.drop_at(center + egui::vec2(4000.0, 2000.0));
    harness.run();
    let camera = visit(&harness).camera.motion.unwrap().current;
    assert!(
        camera.center.x >= -70.0 && camera.center.y >= -70.0,
        "{camera:?}"
    );
    tap(&mut harness, Role::Button, "Show the whole map");
    wait(&mut harness, 2.0);
    assert!((zoom(&harness) - fitted).abs() < 1e-3);
}

/// Opens the chooser and starts the journey titled `title`.
fn follow(harness: &mut Harness<'_, ArchipelApp>, title: &str) {
    tap(harness, Role::Button, "Follow a message");
    assert_eq!(visit(harness).mode, Mode::Choose);
    tap(harness, Role::Button, title);
    assert!(matches!(visit(harness).mode, Mode::Journey(_)));
}

fn hop(harness: &Harness<'_, ArchipelApp>) -> usize {
    match &visit(harness).mode {
        Mode::Journey(player) | Mode::Quiz(player, _) => player.hop(),
        other => panic!("not on a journey: {other:?}"),
    }
}

#[test]
fn a_journey_plays_pauses_and_steps() {
    let mut harness = map(AgeBand::Older);
    follow(&mut harness, "A message through a giant platform");
    assert!(harness.query_by_label("Step 1 of 12").is_some());
    // Playing: the packet moves on by itself.
    wait(&mut harness, 20.0);
    let reached = hop(&harness);
    assert!(reached >= 2, "after 20 s the packet is at hop {reached}");
    // Paused: it stays.
    tap(&mut harness, Role::Button, "Pause");
    let paused_at = hop(&harness);
    wait(&mut harness, 20.0);
    assert_eq!(hop(&harness), paused_at);
    // Step back and forward by hand.
    tap(&mut harness, Role::Button, "Previous step");
    assert_eq!(hop(&harness), paused_at - 1);
    tap(&mut harness, Role::Button, "Next step");
    tap(&mut harness, Role::Button, "Next step");
    assert_eq!(hop(&harness), paused_at + 1);
    tap(&mut harness, Role::Button, "Start again");
    assert_eq!(hop(&harness), 0);
    assert!(shows(&harness, Role::Button, "Pause"), "replay plays");
}

#[test]
fn a_journey_runs_to_its_end_and_its_questions_are_answered() {
    let mut harness = map(AgeBand::Middle);
    let started = harness.state().stats().totals(None);
    follow(&mut harness, "A message through a giant platform");
    tap(&mut harness, Role::Button, "Pause");
    let mut saw_reader = false;
    for _ in 0..11 {
        tap(&mut harness, Role::Button, "Next step");
        saw_reader |= harness
            .query_by_label_contains("Can read the message")
            .is_some();
    }
    assert!(saw_reader, "the giant's data centre can read the message");
    assert!(harness.query_by_label("Step 12 of 12").is_some());
    tap(&mut harness, Role::Button, "Quick questions");
    assert!(matches!(visit(&harness).mode, Mode::Quiz(..)));
    assert!(harness.query_by_label("Question 1 of 2").is_some());
    // A wrong answer: a kind word, and another try.
    tap(&mut harness, Role::Button, "The exchange point");
    assert!(harness.query_by_label_contains("Try another").is_some());
    tap(&mut harness, Role::Button, "The giant's data centre");
    assert!(harness.query_by_label("That's right!").is_some());
    assert!(
        harness
            .query_by_label_contains("without end-to-end")
            .is_some()
    );
    tap(&mut harness, Role::Button, "Next question");
    assert!(harness.query_by_label("Question 2 of 2").is_some());
    // The cables and the provider see you talk to the platform; only the platform knows to whom.
    tap(&mut harness, Role::Button, "Who is talking to whom");
    assert!(harness.query_by_label_contains("Try another").is_some());
    tap(
        &mut harness,
        Role::Button,
        "That you are talking to the platform, and when",
    );
    let after = harness.state().stats().totals(None);
    assert_eq!(
        after.completed,
        started.completed + 1,
        "counted as completed"
    );
    tap(&mut harness, Role::Button, "Back to the map");
    assert_eq!(visit(&harness).mode, Mode::Explore);
}

#[test]
fn young_visitors_answer_one_picture_question() {
    let mut harness = map(AgeBand::Young);
    tap(&mut harness, Role::Button, "Follow a message");
    assert!(
        !shows(&harness, Role::Button, "Watching a video"),
        "not for 6-9"
    );
    tap(
        &mut harness,
        Role::Button,
        "A message through a giant platform",
    );
    tap(&mut harness, Role::Button, "Pause");
    for _ in 0..11 {
        tap(&mut harness, Role::Button, "Next step");
    }
    tap(&mut harness, Role::Button, "Your turn!");
    assert!(
        harness.query_by_label_contains("Question 1").is_none(),
        "one question"
    );
    tap(&mut harness, Role::Button, "Nobody");
    assert!(harness.query_by_label_contains("Try another").is_some());
    tap(&mut harness, Role::Button, "The giant's computers");
    assert!(harness.query_by_label("Yes! Well done!").is_some());
    assert!(shows(&harness, Role::Button, "Back to the map"));
}

#[test]
fn two_journeys_side_by_side() {
    let mut harness = map(AgeBand::Older);
    tap(&mut harness, Role::Button, "Follow a message");
    harness
        .get_all_by_role_and_label(Role::Button, "Compare")
        .next()
        .expect("a journey with a rival")
        .click();
    harness.run();
    let Mode::Compare(a, b) = visit(&harness).mode else {
        panic!("comparing")
    };
    let data = web_map(&harness).data();
    assert_eq!(data.journeys[a].id.0, "message_giant");
    assert_eq!(data.journeys[b].id.0, "message_small");
    // The giant could read it; nobody could on the small hosts' way; both were seen passing.
    assert!(
        harness
            .query_by_label("organisation could read the message")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Nobody on the way could read the message")
            .is_some()
    );
    assert_eq!(
        harness
            .query_all_by_label("organisations knew you sent a message")
            .count(),
        2
    );
    // Who they are, by name, from 10 years on.
    assert_eq!(
        harness
            .query_all_by_label_contains("Your Internet provider")
            .count(),
        2
    );
    // Follow the small hosts' journey from there.
    harness
        .get_all_by_role_and_label(Role::Button, "Follow this journey")
        .nth(1)
        .expect("two columns")
        .click();
    harness.run();
    let Mode::Journey(player) = &visit(&harness).mode else {
        panic!("following")
    };
    assert_eq!(player.journey(), b);
}

#[test]
fn a_giant_service_leads_to_the_alternatives() {
    let mut harness = map(AgeBand::Middle);
    tap(&mut harness, Role::Button, "A giant video platform");
    tap(&mut harness, Role::Button, "What else can I use?");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("alternatives"))
    );
    let picker = harness.state().activity::<Alternatives>().unwrap().picker();
    assert!(picker.is_selected(&ServiceId("youtube".into())));
}

#[test]
fn a_hidden_picker_is_not_offered() {
    let mut harness = harness_for(ArchipelApp::new(AppOptions {
        settings: Settings {
            hidden_activities: vec!["alternatives".into()],
            ..options("en", AgeBand::Middle).settings
        },
        ..options("en", AgeBand::Middle)
    }));
    tap(&mut harness, Role::Button, "The map of the web");
    tap(&mut harness, Role::Button, "A giant video platform");
    assert!(!shows(&harness, Role::Button, "What else can I use?"));
}

#[test]
fn a_new_visitor_finds_the_map_as_new() {
    let mut harness = map(AgeBand::Older);
    tap(&mut harness, Role::CheckBox, "Services");
    follow(&mut harness, "Watching a video");
    harness.state_mut().end_session();
    harness.run();
    assert_eq!(visit(&harness), &Visit::default());
}

#[test]
fn the_map_reads_in_french_too() {
    let mut harness = harness_for(ArchipelApp::new(options("fr", AgeBand::Middle)));
    tap(&mut harness, Role::Button, "La carte du Web");
    assert!(shows(&harness, Role::Button, "Ton téléphone"));
    assert!(shows(&harness, Role::CheckBox, "Qui voit tes données"));
    tap(&mut harness, Role::Button, "Suivre un message");
    tap(
        &mut harness,
        Role::Button,
        "Le même message par de petits hébergeurs",
    );
    assert!(harness.query_by_label("Étape 1 sur 12").is_some());
    assert_eq!(harness.query_all_by_label_contains("web_map-").count(), 0);
}

#[test]
fn a_new_journey_is_framed_in_the_room_left_by_its_bar() {
    let mut harness = map(AgeBand::Older);
    tap(&mut harness, Role::Button, "Zoom in");
    tap(&mut harness, Role::Button, "Zoom in");
    wait(&mut harness, 1.5);
    let zoomed = zoom(&harness);
    follow(&mut harness, "A message through a giant platform");
    wait(&mut harness, 2.0);
    let motion = visit(&harness).camera.motion.unwrap();
    assert_eq!(motion.current, motion.target, "the glide has ended");
    assert!(zoom(&harness) < zoomed, "zoomed out to the journey");
    // Every place the message goes through is on screen, above the bar.
    let bar_top = harness
        .get_by_role_and_label(Role::Button, "Back to the map")
        .rect()
        .top();
    let en = Lang::new("en");
    let journey = &web_map(&harness).data().journeys[0];
    for hop in &journey.hops {
        let name = web_map(&harness).data().places[hop.at]
            .name
            .get(&en)
            .to_owned();
        let node = harness.get_by_role_and_label(Role::Button, &name);
        assert!(node.rect().bottom() < bar_top, "{name} is above the bar");
    }
    let recentre = harness.get_by_role_and_label(Role::Button, "Show the whole journey");
    assert!(recentre.accesskit_node().is_disabled(), "it already shows");
    // Zooming out all the way shows the whole map, and stays there.
    for _ in 0..4 {
        if !harness
            .get_by_role_and_label(Role::Button, "Zoom out")
            .accesskit_node()
            .is_disabled()
        {
            tap(&mut harness, Role::Button, "Zoom out");
        }
    }
    wait(&mut harness, 2.0);
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Zoom out")
            .accesskit_node()
            .is_disabled(),
        "the whole map shows"
    );
    tap(&mut harness, Role::Button, "Show the whole journey");
    wait(&mut harness, 2.0);
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Show the whole journey")
            .accesskit_node()
            .is_disabled(),
        "back on the journey"
    );
}
