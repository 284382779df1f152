//! The trackers' rules, tested without a screen.

use super::super::content::load;
use super::*;
use crate::content::ContentSource;
use crate::i18n::Lang;

fn data() -> TrackersData {
    load(&ContentSource::Builtin, &[Lang::new("fr"), Lang::new("en")]).expect("built-in content")
}

fn dealt(age: AgeBand) -> (TrackersData, Game) {
    let data = data();
    let game = Game::deal(&data, age, &mut fastrand::Rng::with_seed(7));
    (data, game)
}

#[test]
fn each_page_gets_one_tracker_per_element_and_the_same_ones_come_back() {
    for age in AgeBand::ALL {
        let (data, game) = dealt(age);
        let level = level(age);
        assert_eq!(game.rounds.len(), level.pages);
        let mut pages: Vec<usize> = game.rounds.iter().map(|round| round.page).collect();
        pages.sort_unstable();
        pages.dedup();
        assert_eq!(pages.len(), level.pages, "{age}: no page twice");
        for round in &game.rounds {
            let mut kinds: Vec<Kind> = round.creatures.iter().map(|c| c.kind).collect();
            kinds.sort();
            let mut expected = level.kinds.to_vec();
            expected.sort();
            assert_eq!(kinds, expected, "{age}");
            for creature in &round.creatures {
                assert_eq!(data.trackers[creature.tracker].kind, creature.kind);
            }
        }
        for &kind in level.kinds {
            let mut of_kind: Vec<usize> = game
                .rounds
                .iter()
                .flat_map(|round| &round.creatures)
                .filter(|c| c.kind == kind)
                .map(|c| c.tracker)
                .collect();
            of_kind.sort_unstable();
            of_kind.dedup();
            assert_eq!(of_kind.len(), level.distinct_per_kind, "{age} {kind:?}");
        }
    }
}

#[test]
fn a_tracker_on_a_second_page_has_seen_the_visitor_before() {
    let (_, mut game) = dealt(AgeBand::Young);
    game.start(0.0);
    assert!(!game.seen_before(0), "nobody has seen the first page");
    game.leave(1.0);
    assert!(
        (0..3).all(|i| game.seen_before(i)),
        "one tracker per kind at 6-9"
    );
}

#[test]
fn levels_get_harder_with_age() {
    let [young, middle, older] = AgeBand::ALL.map(level);
    assert!(young.kinds.len() < middle.kinds.len());
    assert!(young.pages <= middle.pages && middle.pages <= older.pages);
    assert!(
        older.pages <= super::super::content::MIN_PAGES,
        "enough pages"
    );
    assert!(middle.kinds.len() < older.kinds.len());
    assert_eq!(young.watch_secs, None, "no timer for 6-9");
    assert!(!young.kinds.contains(&Kind::Pixel), "the pixel hunt is 10+");
    assert!(middle.kinds.contains(&Kind::Pixel));
    let (Some(middle_watch), Some(older_watch)) = (middle.watch_secs, older.watch_secs) else {
        panic!("timers from 10");
    };
    assert!(older_watch < middle_watch, "faster at 14+");
}

/// How many trackers of a page a first-time player blocks at `age`, in a simple model
/// of one: they see the first tracker `notice` seconds after it appears, then need `per_tap`
/// seconds for each tap (finding it, reaching it), in the order trackers appear, and
/// `pixel_extra` more for the pixel (the magnifier, the search). Trackers appear as the
/// game deals them: one kind each, in the level's order.
fn first_timer_blocks(age: AgeBand, notice: f64, per_tap: f64, pixel_extra: f64) -> usize {
    let level = level(age);
    let mut ready_at = 0.0_f64;
    let mut blocked = 0;
    for (k, &kind) in level.kinds.iter().enumerate() {
        let appears = LOADING_SECS + level.appear_gap * k as f64;
        let watch = level.watch_secs.map_or(f64::INFINITY, |w| {
            if kind == Kind::Pixel {
                w * PIXEL_SLOWER
            } else {
                w
            }
        });
        let extra = if kind == Kind::Pixel {
            pixel_extra
        } else {
            0.0
        };
        let tap = (appears + notice).max(ready_at + per_tap) + extra;
        if tap <= appears + watch {
            blocked += 1;
            ready_at = tap;
        }
    }
    blocked
}

#[test]
fn a_first_time_player_keeps_up() {
    // A first-timer: 1.5 s to notice a tracker, 1.3 s a tap, 3 s more for the pixel.
    let counts = AgeBand::ALL.map(|age| first_timer_blocks(age, 1.5, 1.3, 3.0));
    let kinds = AgeBand::ALL.map(|age| level(age).kinds.len());
    assert_eq!(counts[0], kinds[0], "6-9 has no timer: {counts:?}");
    assert_eq!(counts[1], kinds[1], "10-13 blocks them all: {counts:?}");
    assert!(
        counts[2] + 1 >= kinds[2],
        "14+ misses at most one: {counts:?}"
    );
    // And the clock matters: a slow player (3 s a tap) misses some from 10.
    let slow = AgeBand::ALL.map(|age| first_timer_blocks(age, 2.0, 3.0, 5.0));
    assert!(slow[1] < kinds[1] && slow[2] < kinds[2], "{slow:?}");
}

#[test]
fn the_first_page_waits_until_the_visitor_is_ready_from_10() {
    let (_, young) = dealt(AgeBand::Young);
    assert!(!young.waits_for_ready(), "no timer, no wait at 6-9");
    let (_, mut game) = dealt(AgeBand::Older);
    assert!(game.waits_for_ready());
    assert!(
        game.tick(1000.0).is_empty(),
        "nothing is sent before the start"
    );
    game.start(1000.0);
    assert!(!game.waits_for_ready());
}

#[test]
fn trackers_appear_one_after_the_other_and_send_when_their_time_is_up() {
    let (_, mut game) = dealt(AgeBand::Older);
    game.start(100.0);
    assert!(!game.is_watching(0, 100.5), "the page is still loading");
    assert!(game.is_watching(0, 100.0 + LOADING_SECS));
    assert!(!game.is_watching(1, 100.0 + LOADING_SECS));
    assert_eq!(game.progress(0, 100.0 + LOADING_SECS), Some(0.0));
    let first_kind = game.rounds[0].creatures[0].kind;
    let watch = game.watch_secs(first_kind).expect("timer at 14+");
    assert!(game.tick(100.0 + LOADING_SECS + watch - 0.01).is_empty());
    let sent = game.tick(100.0 + LOADING_SECS + watch);
    assert!(sent.contains(&0));
    assert_eq!(
        game.rounds[0].creatures[0].fate,
        Fate::Sent {
            at: 100.0 + LOADING_SECS + watch
        }
    );
    assert_eq!(game.tap(0, 200.0), Tap::Ignored, "too late");
}

#[test]
fn the_pixel_is_blocked_only_with_the_magnifier_and_watches_longer() {
    let (_, mut game) = dealt(AgeBand::Middle);
    game.start(0.0);
    let pixel = game.rounds[0]
        .creatures
        .iter()
        .position(|c| c.kind == Kind::Pixel)
        .expect("a pixel at 10-13");
    let at = game.rounds[0].creatures[pixel].appears;
    assert_eq!(
        game.watch_secs(Kind::Pixel),
        game.watch_secs(Kind::Ad).map(|w| w * PIXEL_SLOWER)
    );
    assert_eq!(game.tap(pixel, at), Tap::Ignored);
    game.magnifier = true;
    assert_eq!(game.tap(pixel, at), Tap::Blocked);
    assert_eq!(game.tap(pixel, at), Tap::Ignored, "only once");
}

#[test]
fn the_clock_stops_while_the_visitor_is_elsewhere() {
    let (_, mut game) = dealt(AgeBand::Older);
    game.start(0.0);
    for frame in 0..=6 {
        game.shown(f64::from(frame) * 0.25);
    }
    assert!(
        game.is_watching(0, 1.5),
        "frames a quarter second apart: no pause"
    );
    // Away for a minute: when the page is shown again, it goes on where it was.
    game.shown(61.5);
    assert!(game.tick(61.5).is_empty());
    assert!((game.elapsed(61.5) - 1.5).abs() < 1e-9);
    assert_eq!(game.progress(0, 61.5), Some(0.5 / 4.0));
}

#[test]
fn without_a_timer_trackers_wait_until_the_visitor_leaves() {
    let (_, mut game) = dealt(AgeBand::Young);
    game.start(0.0);
    assert!(game.tick(10_000.0).is_empty());
    assert!(game.can_leave(), "6-9 may leave at any time");
    assert_eq!(game.tap(1, 10_000.0), Tap::Blocked);
    let sent = game.leave(10_001.0);
    assert_eq!(sent, vec![0, 2]);
    assert_eq!(game.current, 1);
    let score = game.score();
    assert_eq!((score.blocked, score.sent), (1, 2));
}

#[test]
fn from_ten_the_visitor_leaves_once_the_page_is_done() {
    let (_, mut game) = dealt(AgeBand::Middle);
    game.start(0.0);
    assert!(!game.can_leave());
    game.magnifier = true;
    for i in 0..game.rounds[0].creatures.len() {
        let at = game.rounds[0].creatures[i].appears;
        assert_eq!(game.tap(i, at), Tap::Blocked);
    }
    assert!(game.page_done() && game.can_leave());
    assert!(game.leave(20.0).is_empty());
    assert!(!game.magnifier, "the magnifier is put away on a new page");
}

/// Plays a whole game: blocks the trackers of the first page, lets the others send.
fn play(game: &mut Game) {
    let mut now = 0.0;
    for page in 0..game.rounds.len() {
        game.start(now);
        if page == 0 {
            game.magnifier = true;
            for i in 0..game.rounds[0].creatures.len() {
                let at = now + game.rounds[0].creatures[i].appears;
                assert_eq!(game.tap(i, at), Tap::Blocked);
            }
        }
        now += 60.0;
        game.tick(now);
        assert!(game.can_leave());
        game.leave(now);
    }
    assert!(game.is_over());
}

#[test]
fn the_profile_is_what_the_missed_trackers_saw_in_the_order_they_sent_it() {
    let (_, mut game) = dealt(AgeBand::Older);
    play(&mut game);
    let first = game.rounds[0].page;
    let score = game.score();
    let per_page = level(AgeBand::Older).kinds.len();
    assert_eq!(score.total, per_page * level(AgeBand::Older).pages);
    assert_eq!(score.blocked, per_page);
    assert_eq!(score.sent, score.total - per_page);
    let profile = game.profile();
    assert_eq!(profile.len(), score.sent);
    assert!(
        profile.iter().all(|piece| piece.page != first),
        "page 1 blocked"
    );
    // In the order of the visit, and on each page in the order the trackers sent.
    let visit_order = |page: usize| game.rounds.iter().position(|r| r.page == page);
    let order: Vec<Option<usize>> = profile.iter().map(|p| visit_order(p.page)).collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    let second: Vec<Kind> = profile
        .iter()
        .filter(|piece| piece.page == game.rounds[1].page)
        .map(|piece| piece.kind)
        .collect();
    let mut by_appearance = game.rounds[1].creatures.clone();
    by_appearance.sort_by(|a, b| {
        let send = |c: &Creature| c.appears + game.watch_secs(c.kind).unwrap_or(0.0);
        send(a).total_cmp(&send(b))
    });
    let expected: Vec<Kind> = by_appearance.iter().map(|c| c.kind).collect();
    assert_eq!(second, expected);
    let kept = game.kept();
    assert_eq!(kept.len(), per_page);
    assert!(kept.iter().all(|piece| piece.page == first));
}

#[test]
fn companies_are_counted_by_pieces_most_first() {
    let (data, mut game) = dealt(AgeBand::Older);
    play(&mut game);
    let profile = game.profile();
    let bubbles = companies(&data, &profile);
    let total: usize = bubbles.iter().map(|(_, count)| count).sum();
    assert_eq!(total, profile.len());
    assert!(bubbles.windows(2).all(|w| w[0].1 >= w[1].1));
    for (company, count) in &bubbles {
        let theirs = profile
            .iter()
            .filter(|piece| &data.trackers[piece.tracker].owner == company)
            .count();
        assert_eq!(theirs, *count, "{company:?}");
    }
    assert!(companies(&data, &[]).is_empty());
}
