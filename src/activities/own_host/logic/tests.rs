//! The rules, played without a screen: each a seeded game that can be replayed.

use super::super::content::{HostData, load};
use super::*;
use crate::content::ContentSource;
use crate::i18n::Lang;

fn data() -> HostData {
    load(&ContentSource::Builtin, &[Lang::new("fr"), Lang::new("en")]).expect("valid content")
}

fn club(seed: u64) -> (HostData, Club) {
    let data = data();
    let club = Club::new(&data, &mut fastrand::Rng::with_seed(seed));
    (data, club)
}

/// Plays semesters to the end: each semester, `plan` chooses, and events get `choice`.
fn play(data: &HostData, club: &mut Club, plan: impl Fn(&Club) -> Vec<Action>, choice: Choice) {
    while !club.is_over() {
        for action in plan(club) {
            let _ = club.toggle(action, data);
        }
        club.end_semester(data);
        club.choose(choice, data);
        club.next();
    }
}

#[test]
fn hours_and_money_limit_the_plan() {
    let (data, mut club) = club(1);
    assert_eq!(club.hours(), 3 * TRAINED_HOURS + NEWCOMER_HOURS);
    let mail = data.service("mail").expect("mail");
    let video = data.service("video").expect("video");
    assert_eq!(club.toggle(Action::Open(mail), &data), Ok(true));
    assert_eq!(club.toggle(Action::Open(video), &data), Ok(true));
    // 34 hours: mail (12) and video (10) leave 12; the chat (7) fits, the files (6) then not.
    let chat = data.chat().expect("chat");
    let files = data.service("files").expect("files");
    assert_eq!(club.toggle(Action::Open(chat), &data), Ok(true));
    assert_eq!(club.can(Action::Open(files), &data), Err(Why::Hours));
    // Taking one out gives its hours back.
    assert_eq!(club.toggle(Action::Open(mail), &data), Ok(false));
    assert_eq!(club.can(Action::Open(files), &data), Ok(()));
    // Money: 60 €, video costs 30, files 20, a workshop 10.
    assert_eq!(club.toggle(Action::Open(files), &data), Ok(true));
    assert_eq!(club.free_budget(&data), 10);
    assert_eq!(club.toggle(Action::Workshop, &data), Ok(true));
    assert_eq!(club.free_budget(&data), 0);
    // Nothing runs yet: nothing to improve.
    assert_eq!(club.can(Action::Improve, &data), Err(Why::NothingOpen));
}

#[test]
fn an_open_service_needs_its_hours_every_semester() {
    let (data, mut club) = club(2);
    let pad = data.pad().expect("pad");
    club.toggle(Action::Open(pad), &data).expect("room");
    club.end_semester(&data);
    club.next();
    assert!(club.runs(pad));
    assert_eq!(club.upkeep(&data), data.services[pad].upkeep);
    assert_eq!(
        club.free_hours(&data),
        club.hours() - data.services[pad].upkeep
    );
    assert_eq!(club.can(Action::Open(pad), &data), Err(Why::Running));
}

#[test]
fn every_event_happens_once_a_game_the_gentle_one_first() {
    for seed in 0..20 {
        let (data, mut club) = club(seed);
        play(&data, &mut club, |_| Vec::new(), Choice::Redirect);
        let events: Vec<Event> = club.history.iter().map(|s| s.event).collect();
        assert_eq!(events.len(), SEMESTERS);
        assert_eq!(events[0], Event::Donation);
        for event in [
            Event::DiskDies,
            Event::SecurityFlaw,
            Event::GoogleBetter,
            Event::Rush,
        ] {
            assert_eq!(
                events.iter().filter(|&&e| e == event).count(),
                1,
                "{seed}: {events:?}"
            );
        }
        assert!(events.iter().any(|e| matches!(e, Event::Request(_))));
    }
}

#[test]
fn the_same_seed_plays_the_same_game() {
    let (data, mut a) = club(7);
    let (_, mut b) = club(7);
    let plan = |club: &Club| {
        if club.semester == 0 {
            vec![Action::Open(0), Action::Backup]
        } else {
            vec![Action::Update]
        }
    };
    play(&data, &mut a, plan, Choice::Accept);
    play(&data, &mut b, plan, Choice::Accept);
    assert_eq!(a, b);
}

/// A seed whose disk dies in semester `semester` (counted from 0).
fn seed_with_disk_death_at(semester: usize) -> u64 {
    (0..200)
        .find(|&seed| {
            let (data, club) = club(seed);
            let mut club = club;
            play(&data, &mut club, |_| Vec::new(), Choice::Redirect);
            club.history[semester].event == Event::DiskDies
        })
        .expect("some seed")
}

#[test]
fn a_dead_disk_without_backups_loses_the_pads_with_backups_nothing() {
    let seed = seed_with_disk_death_at(1);
    let (data, mut without) = club(seed);
    let pad = data.pad().expect("pad");
    without.toggle(Action::Open(pad), &data).expect("room");
    without.end_semester(&data);
    without.next();
    let before = without.happiness;
    without.end_semester(&data);
    assert_eq!(without.history[1].outcome, Some(EventOutcome::Lost));
    assert!(without.pads_lost);
    assert!(without.happiness < before);

    let (data, mut with) = club(seed);
    with.toggle(Action::Open(pad), &data).expect("room");
    with.end_semester(&data);
    with.next();
    with.toggle(Action::Backup, &data).expect("room");
    with.end_semester(&data);
    assert_eq!(with.history[1].outcome, Some(EventOutcome::Restored));
    assert!(!with.pads_lost);
}

#[test]
fn a_flaw_is_harmless_only_when_the_updates_were_applied() {
    let seed = (0..200)
        .find(|&seed| {
            let (data, mut c) = club(seed);
            play(&data, &mut c, |_| Vec::new(), Choice::Redirect);
            c.history[1].event == Event::SecurityFlaw
        })
        .expect("some seed");
    for (update, outcome) in [
        (true, EventOutcome::Patched),
        (false, EventOutcome::Breached),
    ] {
        let (data, mut c) = club(seed);
        c.end_semester(&data);
        c.next();
        if update {
            c.toggle(Action::Update, &data).expect("room");
        }
        c.end_semester(&data);
        assert_eq!(c.history[1].outcome, Some(outcome));
    }
}

#[test]
fn graduation_takes_the_skills_unless_newcomers_were_trained() {
    // Nobody trained: after three school years every trained volunteer has left and the
    // services closed.
    let (data, mut untrained) = club(3);
    let plan = |c: &Club| {
        if c.semester == 0 {
            vec![Action::Open(0)]
        } else {
            Vec::new()
        }
    };
    play(&data, &mut untrained, plan, Choice::Redirect);
    assert_eq!(untrained.trained, 0);
    assert!(untrained.closed_for_skills > 0);
    let report = Report::of(&untrained, &data);
    assert_eq!(report.hard[0], (Hard::Skills, false));

    // Workshops and training every year: the host lives on.
    let (data, mut trained) = club(3);
    let plan = |c: &Club| {
        if c.semester == 0 {
            vec![Action::Open(0), Action::Workshop]
        } else {
            vec![Action::Train, Action::Workshop]
        }
    };
    play(&data, &mut trained, plan, Choice::Redirect);
    assert!(trained.trained >= 1, "{trained:?}");
    assert_eq!(trained.closed_for_skills, 0);
    assert_eq!(Report::of(&trained, &data).hard[0], (Hard::Skills, true));
}

#[test]
fn accepting_every_request_can_overload_the_volunteers() {
    // Open everything that fits, accept the request: the hours run out when students leave.
    let (data, mut greedy) = club(5);
    let plan = |c: &Club| {
        (0..6)
            .map(Action::Open)
            .filter(|&a| !matches!(a, Action::Open(n) if c.runs(n)))
            .collect()
    };
    play(&data, &mut greedy, plan, Choice::Accept);
    assert!(greedy.overloaded > 0, "{greedy:?}");
    assert_eq!(Report::of(&greedy, &data).hard[1], (Hard::SayingNo, false));
}

#[test]
fn the_report_counts_what_the_club_did() {
    let (data, mut c) = club(9);
    let pad = data.pad().expect("pad");
    let chat = data.chat().expect("chat");
    let plan = move |c: &Club| match c.semester {
        0 => vec![Action::Open(pad), Action::Open(chat)],
        _ => vec![
            Action::Workshop,
            Action::Train,
            Action::Backup,
            Action::Update,
        ],
    };
    play(&data, &mut c, plan, Choice::Explain);
    let report = Report::of(&c, &data);
    let chat_users = c
        .services
        .iter()
        .find(|r| r.service == chat)
        .map_or(0, |r| r.users);
    assert_eq!(report.messages_a_day, chat_users * 2);
    assert!(report.pads > 0);
    assert_eq!(report.members, c.trained + c.newcomers);
    assert_eq!(report.people, c.users() + c.reach);
    assert_eq!(report.services, c.services.len());
}

#[test]
fn the_little_server_s_days_fill_the_seats_then_say_not_today() {
    let mut days = Days::new(&mut fastrand::Rng::with_seed(4));
    assert_eq!(days.total(), 9);
    let mut wrong_once = false;
    while let Some(step) = days.current() {
        assert!(step.answers.contains(&step.need.right()));
        if step.need == Need::Full {
            assert_eq!(days.seats_taken, SEATS, "full means every seat is taken");
        }
        if !wrong_once {
            let wrong = step
                .answers
                .iter()
                .find(|&&a| a != step.need.right())
                .copied()
                .expect("a wrong one");
            assert!(!days.answer(wrong));
            assert_eq!(days.current(), Some(step), "a wrong answer keeps the need");
            wrong_once = true;
        }
        assert!(days.answer(step.need.right()));
    }
    assert!(days.is_over());
    assert!(days.copied, "the drawings were copied before the storm");
    assert_eq!(days.first_try, days.total() - 1);
    assert_eq!(days.day, DAYS);
}
