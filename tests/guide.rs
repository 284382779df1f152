//! The guide: Miette, the kitten, gives the 6-9 instructions and reacts to what the visitor
//! does (encouraging after a miss, happy after a pair, confetti at the end); from 10 up she is
//! smaller and reacts only to a finished activity; tapping her makes her happy; a session reset
//! calms her. Played by label, as a visitor would.

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

#[path = "support/plays.rs"]
#[expect(dead_code, reason = "only the titles are read here")]
mod plays;

use archipel::activities::owners::Owners;
use archipel::activities::owners::logic::{Card, Game};
use archipel::activity::{ActivityCtx, Command};
use archipel::age::AgeBand;
use archipel::audio::Sound;
use archipel::ui::guide::Reaction;
use eframe::egui::Role;
use egui_kittest::kittest::Queryable as _;
use layout::{Screen, Walk};
use plays::Plays as _;

/// What the guide is doing now, if anything.
fn reaction(walk: &Walk) -> Option<Reaction> {
    let now = walk.harness.ctx.input(|input| input.time);
    walk.harness
        .state()
        .session()
        .guide
        .reaction(now)
        .map(|(reaction, _)| reaction)
}

/// The guide's height on screen.
fn guide_height(walk: &Walk) -> f32 {
    let name = walk.tr("common-guide-name");
    walk.harness
        .get_by_role_and_label(Role::Button, &name)
        .rect()
        .height()
}

/// The label of memory card `card` (its place, counted from 1).
fn card_label(walk: &Walk, card: &Card) -> String {
    let owners = walk.harness.state().activity::<Owners>().expect("loaded");
    let Some(Game::Memory(round)) = &owners.visit().game else {
        panic!("6-9 plays memory");
    };
    let number = round.cards.iter().position(|c| c == card).expect("dealt") + 1;
    walk.harness.state().i18n().tr_args(
        &walk.lang,
        walk.age,
        "owners-card",
        &[("number", number.into())],
    )
}

/// An app not found yet, and its owner.
fn next_pair(walk: &Walk) -> Option<(Card, Card)> {
    let owners = walk.harness.state().activity::<Owners>().expect("loaded");
    let Some(Game::Memory(round)) = &owners.visit().game else {
        return None;
    };
    round
        .cards
        .iter()
        .enumerate()
        .find_map(|(i, card)| match card {
            Card::App(app) if !round.matched[i] => Some((
                card.clone(),
                Card::Company(owners.data().apps[*app].owner.clone()),
            )),
            _ => None,
        })
}

/// The first app dealt, and a company dealt that does not own it.
fn first_app_and_a_stranger(walk: &Walk) -> (Card, Card) {
    let owners = walk.harness.state().activity::<Owners>().expect("loaded");
    let Some(Game::Memory(round)) = &owners.visit().game else {
        panic!("6-9 plays memory");
    };
    let app = round
        .cards
        .iter()
        .find_map(|c| match c {
            Card::App(app) => Some(*app),
            Card::Company(_) => None,
        })
        .expect("an app");
    let owner = owners.data().apps[app].owner.clone();
    let stranger = round
        .cards
        .iter()
        .find(|c| matches!(c, Card::Company(company) if *company != owner))
        .expect("another company")
        .clone();
    (Card::App(app), stranger)
}

#[test]
fn the_guide_encourages_after_a_miss_cheers_a_pair_and_celebrates_the_end() {
    let mut walk = Walk::new("en", AgeBand::Young, Screen::ALL[1], false);
    let title = walk.title_of("owners");
    walk.tap(Role::Button, &title);
    assert!(
        guide_height(&walk) > 80.0,
        "at 6-9 the guide carries the screen"
    );
    assert_eq!(reaction(&walk), None, "at rest");
    let (app, stranger) = first_app_and_a_stranger(&walk);
    let (app, stranger) = (card_label(&walk, &app), card_label(&walk, &stranger));
    walk.tap(Role::Button, &app);
    walk.tap(Role::Button, &stranger);
    assert_eq!(reaction(&walk), Some(Reaction::Encouraging), "after a miss");
    clock::wait(&mut walk.harness, 2.0);
    assert_eq!(reaction(&walk), None, "a reaction is short");
    // Every pair found, each one cheered.
    while let Some((app, owner)) = next_pair(&walk) {
        let (app, owner) = (card_label(&walk, &app), card_label(&walk, &owner));
        walk.tap(Role::Button, &app);
        walk.tap(Role::Button, &owner);
        assert_eq!(reaction(&walk), Some(Reaction::Happy), "after a pair");
        clock::wait(&mut walk.harness, 0.5);
    }
    let now = walk.harness.ctx.input(|input| input.time);
    let guide = walk.harness.state().session().guide;
    assert!(guide.party(now).is_some(), "confetti for the end");
    let sticker = walk.tr("common-new-sticker");
    assert!(
        walk.harness.query_by_label(&sticker).is_some(),
        "the end screen shows the sticker just earned"
    );

    // A session reset calms her.
    walk.harness.state_mut().end_session();
    walk.harness.run();
    let now = walk.harness.ctx.input(|input| input.time);
    let guide = walk.harness.state().session().guide;
    assert_eq!((guide.reaction(now), guide.party(now)), (None, None));
}

#[test]
fn tapping_the_kitten_makes_her_happy() {
    let mut walk = Walk::new("fr", AgeBand::Young, Screen::ALL[1], false);
    let title = walk.title_of("secret_message");
    walk.tap(Role::Button, &title);
    let name = walk.tr("common-guide-name");
    assert_eq!(name, "Miette, le chaton");
    walk.tap(Role::Button, &name);
    assert_eq!(reaction(&walk), Some(Reaction::Happy));
}

#[test]
fn from_10_up_the_guide_is_small_and_reacts_only_to_a_finished_activity() {
    let walk = {
        let mut walk = Walk::new("en", AgeBand::Older, Screen::ALL[1], false);
        let title = walk.title_of("secret_message");
        walk.tap(Role::Button, &title);
        walk
    };
    assert!(guide_height(&walk) < 60.0, "a small companion from 10 up");

    let i18n = walk.harness.state().i18n();
    let lang = walk.lang.clone();
    let sent = |age: AgeBand, sound: Sound| {
        let mut rng = fastrand::Rng::with_seed(1);
        let mut commands = Vec::new();
        let mut ctx = ActivityCtx::new(&lang, age, i18n, 0.0, &mut rng, &mut commands);
        ctx.play(sound);
        commands
    };
    for sound in [Sound::Success, Sound::TryAgain] {
        assert_eq!(
            sent(AgeBand::Older, sound),
            vec![Command::PlaySound(sound)],
            "14+: the sound only"
        );
    }
    assert_eq!(
        sent(AgeBand::Young, Sound::TryAgain),
        vec![
            Command::PlaySound(Sound::TryAgain),
            Command::React(Reaction::Encouraging)
        ]
    );
    assert_eq!(
        sent(AgeBand::Young, Sound::Success),
        vec![
            Command::PlaySound(Sound::Success),
            Command::React(Reaction::Happy)
        ]
    );
}
