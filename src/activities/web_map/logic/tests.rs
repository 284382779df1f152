//! The map's rules, tested without a screen.

use super::super::content::{self, JourneyId, PlaceId};
use super::*;
use crate::content::ContentSource;
use crate::i18n::Lang;

#[test]
fn the_strongest_sight_wins() {
    assert_eq!(
        Visibility::SealedEnvelope.strongest(Visibility::OpenLetter),
        Visibility::OpenLetter
    );
    assert_eq!(
        Visibility::SealedEnvelope.strongest(Visibility::LockedBox),
        Visibility::SealedEnvelope
    );
    assert_eq!(
        Visibility::LockedBox.strongest(Visibility::LockedBox),
        Visibility::LockedBox
    );
}

fn data() -> MapData {
    content::load(&ContentSource::Builtin, &[Lang::new("fr"), Lang::new("en")])
        .expect("the built-in map loads")
}

fn journey<'a>(data: &'a MapData, id: &str) -> &'a Journey {
    data.journey(&JourneyId(id.into())).expect("journey exists")
}

const WORLD: Point = Point::new(1920.0, 1000.0);

fn viewport() -> Rect {
    Rect::from_min_size(Point::new(0.0, 84.0), Point::new(1280.0, 640.0))
}

#[test]
fn the_fitted_camera_shows_the_whole_world() {
    let camera = Camera::fit(WORLD, viewport());
    let visible = camera.visible(viewport());
    assert!(visible.contains_rect(Rect::from_min_size(Point::default(), WORLD)));
    assert!(camera.shows_everything(WORLD, viewport()));
    let corner = camera.to_screen(Point::default(), viewport());
    assert!(viewport().contains(corner));
}

#[test]
fn screen_and_world_points_convert_both_ways() {
    let camera = Camera {
        center: Point::new(400.0, 300.0),
        zoom: 1.7,
    };
    let point = Point::new(123.0, 456.0);
    let back = camera.to_world(camera.to_screen(point, viewport()), viewport());
    assert!((back - point).length() < 1e-3);
    assert_eq!(
        camera.to_screen(camera.center, viewport()),
        viewport().center()
    );
}

#[test]
fn zoom_is_bounded_both_ways() {
    let fit = Camera::fit(WORLD, viewport());
    let far_out = fit.zoomed_at(viewport().center(), 0.01, WORLD, viewport());
    assert!((far_out.zoom - fit.zoom).abs() < 1e-6);
    let far_in = fit.zoomed_at(viewport().center(), 1000.0, WORLD, viewport());
    assert!((far_in.zoom - fit.zoom * MAX_ZOOM_IN).abs() < 1e-4);
    assert!(far_in.fully_zoomed_in(WORLD, viewport()));
    let broken = Camera {
        center: Point::new(f32::NAN, 3.0),
        zoom: f32::INFINITY,
    }
    .clamped(WORLD, viewport());
    assert!(broken.zoom.is_finite() && broken.center.x.is_finite());
}

#[test]
fn zooming_keeps_the_point_under_the_fingers() {
    let fit = Camera::fit(WORLD, viewport());
    let anchor = Point::new(700.0, 400.0);
    let held = fit.to_world(anchor, viewport());
    let zoomed = fit.zoomed_at(anchor, 2.0, WORLD, viewport());
    let after = zoomed.to_world(anchor, viewport());
    assert!(
        (after - held).length() < 1e-3,
        "{held:?} moved to {after:?}"
    );
}

#[test]
fn the_map_cannot_be_dragged_away() {
    let fit = Camera::fit(WORLD, viewport());
    // Zoomed out, the map stays centred whatever the finger does.
    let dragged = fit.panned(Point::new(5000.0, -5000.0), WORLD, viewport());
    assert_eq!(dragged.center, fit.center);
    // Zoomed in, it can be moved, but the viewport never leaves the world and its margin.
    let zoomed = fit.zoomed_at(viewport().center(), 3.0, WORLD, viewport());
    for delta in [
        Point::new(1e5, 0.0),
        Point::new(-1e5, 0.0),
        Point::new(0.0, 1e5),
        Point::new(0.0, -1e5),
    ] {
        let moved = zoomed.panned(delta, WORLD, viewport());
        let visible = moved.visible(viewport());
        let allowed = Rect::from_min_size(Point::default(), WORLD).expand(WORLD_MARGIN + 0.01);
        assert!(allowed.contains_rect(visible), "{visible:?} for {delta:?}");
    }
    let small = zoomed.panned(Point::new(30.0, 0.0), WORLD, viewport());
    assert!(
        small.center.x < zoomed.center.x,
        "dragging right shows what is left"
    );
}

#[test]
fn the_camera_glides_to_its_target_and_stops() {
    let fit = Camera::fit(WORLD, viewport());
    let mut motion = CameraMotion::at(fit);
    assert!(!motion.step(0.016), "at rest");
    let target = fit.zoomed_at(Point::new(300.0, 300.0), 3.0, WORLD, viewport());
    motion.glide_to(target);
    assert!(motion.step(0.016));
    assert!(motion.current.zoom > fit.zoom && motion.current.zoom < target.zoom);
    let mut frames = 0;
    while motion.step(1.0 / 30.0) {
        frames += 1;
        assert!(frames < 60, "a glide ends within two seconds");
    }
    assert_eq!(motion.current, target);
    motion.jump(fit);
    assert_eq!(motion, CameraMotion::at(fit));
}

#[test]
fn a_name_sits_nearer_its_own_marker_than_any_other() {
    let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
    let request = |x: f32, y: f32| LabelRequest {
        anchor: Point::new(x, y),
        radius: 10.0,
        size: Point::new(60.0, 16.0),
        strong: false,
    };
    // B sits just under A: A's name does not go between them, where it would read as B's.
    let placed = place_labels(
        &[request(100.0, 100.0), request(100.0, 145.0)],
        &[],
        &[],
        bounds,
    );
    let a = placed[0].expect("room for A's name");
    assert!(
        a.distance_to(Point::new(100.0, 100.0)) < a.distance_to(Point::new(100.0, 145.0)) - 10.0,
        "{a:?}"
    );
}

#[test]
fn labels_avoid_markers_and_each_other() {
    let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
    let label = Point::new(120.0, 24.0);
    let requests: Vec<LabelRequest> = [
        Point::new(300.0, 300.0),
        Point::new(300.0, 350.0),
        Point::new(305.0, 250.0),
        Point::new(790.0, 300.0),
        Point::new(301.0, 301.0),
    ]
    .into_iter()
    .map(|anchor| LabelRequest {
        anchor,
        radius: 20.0,
        size: label,
        strong: false,
    })
    .collect();
    let button = Rect::from_min_size(Point::new(600.0, 560.0), Point::new(200.0, 40.0));
    let placed = place_labels(&requests, &[button], &[], bounds);
    let shown: Vec<Rect> = placed.iter().flatten().copied().collect();
    assert!(
        placed[0].is_some(),
        "the first label always finds room here"
    );
    assert!(shown.iter().all(|label| !label.intersects(button)));
    for (i, a) in shown.iter().enumerate() {
        assert!(bounds.contains_rect(*a));
        for b in &shown[i + 1..] {
            assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
        }
    }
    for (i, label) in placed.iter().enumerate() {
        let Some(label) = label else { continue };
        for (j, other) in requests.iter().enumerate() {
            let marker = Rect::from_center_size(
                other.anchor,
                Point::new(2.0 * other.radius, 2.0 * other.radius),
            );
            assert!(
                i == j || !marker.intersects(*label),
                "label {i} covers marker {j}"
            );
        }
    }
    // By the right edge, the label goes to the left of its marker.
    let edge = placed[3].expect("room on the left");
    assert!(edge.max.x <= 790.0 - 20.0);
    // A label that fits nowhere is left out.
    let huge = LabelRequest {
        anchor: Point::new(100.0, 100.0),
        radius: 20.0,
        size: Point::new(900.0, 24.0),
        strong: false,
    };
    assert_eq!(place_labels(&[huge], &[], &[], bounds), vec![None]);
}

#[test]
fn strong_labels_may_cover_names_weak_ones_never() {
    let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
    // A name just above and below the marker, a wall of buttons left and right.
    let names = [
        Rect::from_min_size(Point::new(200.0, 250.0), Point::new(200.0, 25.0)),
        Rect::from_min_size(Point::new(200.0, 325.0), Point::new(200.0, 25.0)),
    ];
    let walls = [
        Rect::from_min_size(Point::new(0.0, 250.0), Point::new(180.0, 100.0)),
        Rect::from_min_size(Point::new(420.0, 250.0), Point::new(380.0, 100.0)),
    ];
    let request = |strong| LabelRequest {
        anchor: Point::new(300.0, 300.0),
        radius: 20.0,
        size: Point::new(120.0, 24.0),
        strong,
    };
    assert_eq!(
        place_labels(&[request(false)], &walls, &names, bounds),
        vec![None]
    );
    let strong = place_labels(&[request(true)], &walls, &names, bounds)[0]
        .expect("a strong label covers a name");
    assert!(strong.intersects(names[0]) || strong.intersects(names[1]));
    assert!(
        walls.iter().all(|wall| !wall.intersects(strong)),
        "never a button"
    );
}

#[test]
fn a_journey_place_keeps_its_name_even_boxed_in() {
    let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
    // The marker sits in the top right corner, a packet below it, walls all around.
    let request = LabelRequest {
        anchor: Point::new(760.0, 30.0),
        radius: 20.0,
        size: Point::new(200.0, 24.0),
        strong: true,
    };
    let packet = Rect::from_min_size(Point::new(700.0, 52.0), Point::new(120.0, 60.0));
    let wall = Rect::from_min_size(Point::new(500.0, 0.0), Point::new(230.0, 40.0));
    let placed = place_labels(&[request], &[packet, wall], &[], bounds)[0]
        .expect("a journey's place always has its name");
    assert!(bounds.contains_rect(placed), "inside the map: {placed:?}");
    let weak = LabelRequest {
        strong: false,
        ..request
    };
    assert_eq!(
        place_labels(&[weak], &[packet, wall], &[], bounds),
        vec![None]
    );
}

#[test]
fn the_card_never_covers_its_place() {
    let preferred = Point::new(420.0, 520.0);
    for viewport in [
        viewport(),
        Rect::from_min_size(Point::default(), Point::new(800.0, 500.0)),
        Rect::from_min_size(Point::new(0.0, 84.0), Point::new(1920.0, 900.0)),
    ] {
        let radius = 30.0;
        let steps = 40;
        for i in 0..=steps {
            for j in 0..=steps {
                let place = Point::new(
                    viewport.min.x + viewport.width() * i as f32 / steps as f32,
                    viewport.min.y + viewport.height() * j as f32 / steps as f32,
                );
                let card = card_rect(viewport, place, preferred, 24.0, radius);
                let marker = Rect::from_center_size(place, Point::new(2.0 * radius, 2.0 * radius));
                assert!(!card.intersects(marker), "{card:?} covers {place:?}");
                assert!(viewport.contains_rect(card));
                assert!(card.width() > 0.0);
            }
        }
    }
    let wide = card_rect(
        viewport(),
        Point::new(100.0, 300.0),
        Point::new(420.0, 520.0),
        24.0,
        130.0,
    );
    assert!(
        (wide.width() - 420.0).abs() < 1e-3,
        "a roomy screen gets the card at its full width"
    );
    assert!(
        wide.min.x > 640.0,
        "a place on the left gets the card on the right"
    );
}

#[test]
fn islands_are_convex_and_near_their_ellipse() {
    for seed in 0..24 {
        let center = Point::new(500.0, 300.0);
        let radius = Point::new(200.0, 120.0);
        let outline = island_outline(center, radius, seed, 64);
        assert_eq!(outline.len(), 64);
        let turns: Vec<f32> = (0..outline.len())
            .map(|i| {
                let here = outline[i];
                let next = outline[(i + 1) % outline.len()];
                let after = outline[(i + 2) % outline.len()];
                let (edge, following) = (next - here, after - next);
                edge.x * following.y - edge.y * following.x
            })
            .collect();
        assert!(
            turns.iter().all(|turn| *turn > 0.0),
            "island {seed} is not convex"
        );
        for point in outline {
            let d = point - center;
            let r = ((d.x / radius.x).powi(2) + (d.y / radius.y).powi(2)).sqrt();
            assert!((0.85..=1.15).contains(&r));
        }
    }
}

#[test]
fn the_hint_fades_out() {
    let near = |a: f32, b: f32| (a - b).abs() < 1e-6;
    assert!(near(hint_opacity(0.0), 1.0));
    assert!(near(hint_opacity(HINT_SECS - 1.0), 1.0));
    assert!(near(hint_opacity(HINT_SECS - 0.5), 0.5));
    assert!(near(hint_opacity(HINT_SECS + 3.0), 0.0));
}

#[test]
fn the_last_layer_stays_on() {
    let mut layers = Layers::default();
    assert!(Layer::ALL.iter().all(|layer| layers.shows(*layer)));
    assert!(layers.toggle(Layer::Physical));
    assert!(layers.toggle(Layer::Data));
    assert!(!layers.toggle(Layer::Services), "one layer always shows");
    assert!(layers.shows(Layer::Services));
    assert!(layers.toggle(Layer::Data));
    assert!(layers.shows(Layer::Data) && !layers.shows(Layer::Physical));
}

#[test]
fn the_young_map_is_simpler_and_layers_filter_places_and_links() {
    let data = data();
    let count = |age, layers| {
        data.places
            .iter()
            .filter(|place| shows_place(place, age, layers))
            .count()
    };
    let all = Layers::default();
    assert!(
        count(AgeBand::Middle, all) >= 30,
        "at least 30 places from 10 years on"
    );
    assert_eq!(count(AgeBand::Older, all), data.places.len());
    let young = count(AgeBand::Young, all);
    assert!(
        (10..=15).contains(&young),
        "about 12 places for 6-9, got {young}"
    );
    let mut physical = Layers::default();
    physical.toggle(Layer::Services);
    physical.toggle(Layer::Data);
    let shown: Vec<bool> = data
        .places
        .iter()
        .map(|place| shows_place(place, AgeBand::Older, physical))
        .collect();
    assert!(!shown[data.place_index(&PlaceId("search_engine".into())).unwrap()]);
    assert!(
        shown[data
            .place_index(&PlaceId("submarine_cable".into()))
            .unwrap()]
    );
    let links: Vec<&Link> = data
        .links
        .iter()
        .filter(|link| shows_link(link, &shown, physical))
        .collect();
    assert!(!links.is_empty());
    assert!(links.iter().all(|link| link.layer == Layer::Physical));
}

#[test]
fn a_journey_is_framed_closer_than_the_whole_map() {
    let data = data();
    let world = Point::from(data.world);
    // The room around each place for its name (the packet goes above or below a place,
    // whichever side has room, and names keep clear of it).
    let insets = Insets {
        left: 100.0,
        right: 100.0,
        top: 50.0,
        bottom: 50.0,
    };
    // The map's room on a 1024x768 projector, a 1366x768 laptop, a full-HD screen at 2x.
    for size in [
        Point::new(976.0, 330.0),
        Point::new(1318.0, 330.0),
        Point::new(1280.0, 420.0),
        Point::new(912.0, 160.0),
    ] {
        let viewport = Rect::from_min_size(Point::new(10.0, 90.0), size);
        let fit = Camera::fit(world, viewport);
        for journey in &data.journeys {
            let bounds = route_bounds(journey, &data.places).unwrap();
            let camera = Camera::framing_within(bounds, world, viewport, insets);
            assert!(camera.zoom >= fit.zoom, "{}", journey.id.0);
            assert_eq!(camera, camera.clamped(world, viewport), "within bounds");
            // Every place of the route with its room, unless the whole map is shown and
            // even that is too close (a very low screen).
            let room = if camera.shows_everything(world, viewport) {
                viewport
            } else {
                insets.inside(viewport)
            };
            for hop in &journey.hops {
                let at = camera.to_screen(data.places[hop.at].position.into(), viewport);
                assert!(
                    room.expand(0.5).contains(at),
                    "{size:?}: {} shows {} at {at:?}, not in {room:?}",
                    journey.id.0,
                    hop.place.0
                );
            }
        }
    }
    let viewport = Rect::from_min_size(Point::new(0.0, 0.0), Point::new(1280.0, 420.0));
    let fit = Camera::fit(world, viewport);
    let giant = &data.journeys[0];
    let framed = Camera::framing(route_bounds(giant, &data.places).unwrap(), world, viewport);
    assert!(
        framed.zoom > fit.zoom * 1.3,
        "the giant's journey is seen closer"
    );
}

#[test]
fn the_young_map_leaves_out_islands_with_nothing_to_see() {
    let data = data();
    let shown = |age| {
        data.regions
            .iter()
            .filter(|region| shows_region(region, &data.places, age))
            .count()
    };
    assert_eq!(shown(AgeBand::Older), data.regions.len());
    assert_eq!(shown(AgeBand::Middle), data.regions.len());
    // The school has no place for 6-9: its island goes, the others stay.
    let school = &data.places[data.place_index(&PlaceId("school_network".into())).unwrap()];
    assert!(!school.young);
    for region in &data.regions {
        assert_eq!(
            shows_region(region, &data.places, AgeBand::Young),
            !region.holds(school.position),
        );
    }
}

#[test]
fn the_giant_can_read_the_message_the_small_hosts_cannot() {
    let data = data();
    let giant = exposure(journey(&data, "message_giant"), &data);
    let small = exposure(journey(&data, "message_small"), &data);
    let org = |id: &str| OrgId(id.into());
    assert_eq!(giant.readers, vec![org("giant")]);
    assert!(
        small.readers.is_empty(),
        "end-to-end: nobody on the way reads it"
    );
    for exposure in [&giant, &small] {
        assert!(exposure.witnesses.contains(&org("your_isp")));
        assert!(
            !exposure.witnesses.contains(&org("you")),
            "the sender is not counted"
        );
        assert!(
            !exposure.witnesses.contains(&org("friend")),
            "nor the recipient"
        );
        assert!(
            exposure
                .readers
                .iter()
                .all(|r| exposure.witnesses.contains(r))
        );
    }
    assert!(small.witnesses.contains(&org("your_host")));
    assert!(small.witnesses.contains(&org("friend_host")));
    let video = exposure(journey(&data, "watch_video"), &data);
    assert_eq!(
        video.readers,
        vec![org("giant"), org("ad_company"), org("tracker_company")]
    );
}

#[test]
fn the_player_walks_the_journey_hop_by_hop() {
    let mut player = Player::new(0, 3);
    assert!(player.is_playing() && player.hop() == 0 && !player.finished());
    assert!(!player.tick(1.0, 2.5), "still reading the first caption");
    assert!(player.tick(2.0, 2.5), "leaves for the next hop");
    assert_eq!(player.travel(), Some(0.0));
    let positions = [
        Point::new(0.0, 0.0),
        Point::new(100.0, 0.0),
        Point::new(100.0, 100.0),
    ];
    assert!(player.tick(TRAVEL_SECS / 2.0, 2.5));
    let halfway = player.packet_position(&positions).unwrap();
    assert!((halfway.x - 50.0).abs() < 1.0, "{halfway:?}");
    player.tick(TRAVEL_SECS, 2.5);
    assert_eq!((player.hop(), player.travel()), (1, None));
    // Pause: time passes, nothing moves.
    player.toggle_play();
    assert!(!player.tick(100.0, 2.5));
    assert_eq!(player.hop(), 1);
    assert_eq!(player.next_change_secs(2.5), None);
    // Step forward to the end, and no further.
    player.step_forward();
    assert!(player.finished());
    player.step_forward();
    assert_eq!(player.hop(), 2);
    // Step back, twice, and no further than the start.
    player.step_back();
    player.step_back();
    player.step_back();
    assert_eq!(player.hop(), 0);
    // Play to the end: it stops there.
    player.toggle_play();
    for _ in 0..100 {
        player.tick(0.5, 2.5);
    }
    assert!(player.finished() && !player.is_playing());
    assert_eq!(player.packet_position(&positions), Some(positions[2]));
    // Play at the end starts again.
    player.toggle_play();
    assert_eq!((player.hop(), player.is_playing()), (0, true));
}

#[test]
fn stepping_during_a_travel_lands_on_either_end() {
    let mut player = Player::new(0, 4);
    player.tick(10.0, 2.5);
    player.tick(TRAVEL_SECS / 3.0, 2.5);
    assert!(player.travel().is_some());
    let mut back = player.clone();
    back.step_back();
    assert_eq!(
        (back.hop(), back.travel(), back.is_playing()),
        (0, None, false)
    );
    player.step_forward();
    assert_eq!(
        (player.hop(), player.travel(), player.is_playing()),
        (1, None, false)
    );
}

#[test]
fn longer_captions_stay_longer() {
    assert!(dwell_secs("Short.") < dwell_secs(&"A long caption. ".repeat(6)));
    assert!(dwell_secs("") >= 2.5 && dwell_secs(&"x".repeat(1000)) <= 9.0);
}

#[test]
fn questions_allow_another_try_and_move_on_once_solved() {
    let data = data();
    let giant = journey(&data, "message_giant");
    let mut quiz = Quiz::new(giant, AgeBand::Middle).expect("10-13 questions");
    assert_eq!(quiz.progress(), (1, 2));
    let question = &giant.questions[quiz.question()];
    assert!(question.ages.contains(&AgeBand::Middle));
    let wrong = question.answers.iter().position(|a| !a.correct).unwrap();
    let right = question.answers.iter().position(|a| a.correct).unwrap();
    assert!(!quiz.next_question(), "cannot skip an unsolved question");
    assert_eq!(quiz.choose(wrong, false), Outcome::TryAgain);
    assert_eq!(quiz.choose(wrong, false), Outcome::Ignored);
    assert!(quiz.tried(wrong));
    assert_eq!(quiz.choose(right, true), Outcome::Right);
    assert!(quiz.solved());
    assert_eq!(quiz.choose(wrong, false), Outcome::Ignored);
    assert!(quiz.next_question());
    assert_eq!(quiz.progress(), (2, 2));
    assert!(quiz.is_last() && !quiz.solved() && !quiz.tried(wrong));
    let young = Quiz::new(giant, AgeBand::Young).expect("one picture question");
    assert_eq!(young.progress(), (1, 1));
    assert!(Quiz::new(journey(&data, "watch_video"), AgeBand::Young).is_none());
}

#[test]
fn a_visit_follows_asks_and_compares() {
    let data = data();
    let giant = data
        .journeys
        .iter()
        .position(|j| j.id.0 == "message_giant")
        .unwrap();
    let mut visit = Visit {
        selected: Some(3),
        ..Visit::default()
    };
    assert!(!visit.ask(&data, AgeBand::Older), "no journey followed yet");
    visit.follow(&data, giant);
    assert_eq!(visit.selected, None);
    assert!(visit.camera.show_all, "a new journey shows the whole map");
    visit.camera.show_all = false;
    assert!(Visit::default().camera.show_all, "the map opens whole");
    let Mode::Journey(player) = &visit.mode else {
        panic!("following")
    };
    assert_eq!(player.hop_count(), data.journeys[giant].hops.len());
    assert!(visit.ask(&data, AgeBand::Older));
    let Mode::Quiz(player, _) = visit.mode.clone() else {
        panic!("asking")
    };
    visit.switch_to(Mode::Journey(player));
    assert!(
        !visit.camera.show_all,
        "back from the questions, the view stays"
    );
    assert!(visit.compare(&data, giant));
    let Mode::Compare(a, b) = visit.mode else {
        panic!("comparing")
    };
    assert_eq!(data.journeys[b].id.0, "message_small");
    assert_eq!(a, giant);
    let web_search = data
        .journeys
        .iter()
        .position(|j| j.id.0 == "web_search")
        .unwrap();
    assert!(!visit.compare(&data, web_search), "no rival");
}

#[test]
fn a_tiled_map_keeps_its_links_consistent() {
    let data = data();
    let tiled = data.tiled(5, 2);
    assert_eq!(tiled.places.len(), data.places.len() * 10);
    assert_eq!(tiled.links.len(), data.links.len() * 10 + 9);
    for link in &tiled.links {
        assert_eq!(tiled.places[link.ends[0]].id, link.a);
        assert_eq!(tiled.places[link.ends[1]].id, link.b);
    }
    assert!((tiled.world[0] - data.world[0] * 5.0).abs() < 1e-3);
    assert!((tiled.world[1] - data.world[1] * 2.0).abs() < 1e-3);
    let world = Rect::from_min_size(Point::default(), tiled.world.into());
    assert!(
        tiled
            .places
            .iter()
            .all(|place| world.contains(place.position.into()))
    );
}
