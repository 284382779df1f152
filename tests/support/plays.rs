//! How the layout walk plays each activity to reach every screen: the right moves read from the
//! activity's own state, the widgets found by their labels in the visitor's language.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

use archipel::activities::alternatives::Alternatives;
use archipel::activities::federation::Federation;
use archipel::activities::own_host::OwnHost;
use archipel::activities::own_host::logic::{ClubPhase, Game as HostGame};
use archipel::activities::owners::Owners;
use archipel::activities::owners::logic::{Card, Game as OwnersGame};
use archipel::activities::secret_message::SecretMessage;
use archipel::activities::secret_message::logic::WheelStep;
use archipel::activities::trackers::Trackers;
use archipel::activities::trackers::content::Kind;
use archipel::activities::web_map::WebMap;
use archipel::activities::web_map::logic::Mode;
use archipel::age::AgeBand;
use eframe::egui::Role;
use egui_kittest::kittest::Queryable as _;

use crate::clock::wait;
use crate::layout::Walk;

/// The moves of each activity.
pub trait Plays {
    /// The title of activity `id` in the visitor's language.
    fn title_of(&self, id: &str) -> String;
    /// The hop of the journey being followed.
    fn journey_hop(&self) -> usize;
    /// Answers the quiz's question with its first answer.
    fn answer_first_question(&mut self);
    /// How many pages the trackers game has.
    fn trackers_pages(&self) -> usize;
    /// Taps every tracker on the page as it appears (the pixel with the magnifier).
    fn catch_trackers(&mut self);
    /// Finds every pair of the memory game.
    fn play_memory(&mut self);
    /// Places up to `count` apps on their owners.
    fn play_match(&mut self, count: usize);
    /// Builds three linked small hosts and shares the villagers out.
    fn build_network(&mut self);
    /// Chooses a word, codes it, sends it, then cracks the postman's word.
    fn play_wheel(&mut self);
    /// Plays the padlock story to its end, with one refused move.
    fn play_padlock(&mut self);
    /// Answers the end-to-end questions.
    fn answer_e2e(&mut self);
    /// Taps `count` services of the picker.
    fn choose_services(&mut self, count: usize);
    /// Picks the first alternative offered for every service chosen.
    fn pick_alternatives(&mut self);
    /// The "Still there?" countdown, the PIN pad and the facilitator panel.
    fn kiosk_overlays(&mut self);
    /// 6-9: answers each of the little server's needs, once wrong first, then right; `check`
    /// names each screen for the layout walk.
    fn play_host_days(&mut self, check: bool);
    /// 10 and up: plays the six semesters; each semester `plan` names the actions to choose
    /// (their labels), and an event that asks is answered with the first of `choices` (ids of
    /// the answers' labels) it offers.
    fn play_host_semesters(
        &mut self,
        plan: &dyn Fn(usize) -> Vec<String>,
        choices: &[&str],
        check: bool,
    );
}

impl Plays for Walk {
    fn title_of(&self, id: &str) -> String {
        let app = self.harness.state();
        app.registry()
            .activities()
            .iter()
            .map(|activity| activity.info())
            .find(|info| info.id.0 == id)
            .map_or_else(
                || panic!("activity {id} is loaded"),
                |info| info.title.get(&self.lang).to_owned(),
            )
    }

    fn journey_hop(&self) -> usize {
        let map = self.harness.state().activity::<WebMap>().expect("loaded");
        match &map.visit().mode {
            Mode::Journey(player) => player.hop(),
            other => panic!("not on a journey: {other:?}"),
        }
    }

    fn answer_first_question(&mut self) {
        let map = self.harness.state().activity::<WebMap>().expect("loaded");
        let Mode::Quiz(player, quiz) = &map.visit().mode else {
            panic!("not on the quiz");
        };
        let journey = &map.data().journeys[player.journey()];
        let question = &journey.questions[quiz.question()];
        let answer = question.answers[0].text.get(&self.lang).to_owned();
        self.tap(Role::Button, &answer);
    }

    fn trackers_pages(&self) -> usize {
        let trackers = self.harness.state().activity::<Trackers>().expect("loaded");
        trackers
            .visit()
            .game
            .as_ref()
            .map_or(0, |game| game.rounds.len())
    }

    fn catch_trackers(&mut self) {
        let trackers = self.harness.state().activity::<Trackers>().expect("loaded");
        let Some(round) = trackers.visit().game.as_ref().and_then(|game| game.round()) else {
            return;
        };
        let names: Vec<(String, bool)> = round
            .creatures
            .iter()
            .map(|creature| {
                let domain = &trackers.data().trackers[creature.tracker].domain;
                let name = self.harness.state().i18n().tr_args(
                    &self.lang,
                    self.age,
                    "trackers-creature",
                    &[("name", domain.clone().into())],
                );
                (name, creature.kind == Kind::Pixel)
            })
            .collect();
        let magnifier = self.tr("trackers-magnifier");
        for (name, pixel) in names {
            if pixel && !self.shows(Role::Button, &name) && self.shows(Role::CheckBox, &magnifier) {
                self.tap(Role::CheckBox, &magnifier);
            }
            if self.shows(Role::Button, &name) {
                self.tap(Role::Button, &name);
            }
        }
    }

    fn play_memory(&mut self) {
        let owners = self.harness.state().activity::<Owners>().expect("loaded");
        let Some(OwnersGame::Memory(round)) = owners.visit().game.clone() else {
            panic!("6-9 plays memory");
        };
        let data = owners.data().clone();
        let card = |card: &Card| round.cards.iter().position(|c| c == card).expect("dealt") + 1;
        let label = |walk: &Self, number: usize| {
            walk.harness.state().i18n().tr_args(
                &walk.lang,
                walk.age,
                "owners-card",
                &[("number", number.into())],
            )
        };
        let apps: Vec<usize> = round
            .cards
            .iter()
            .filter_map(|c| {
                if let Card::App(app) = c {
                    Some(*app)
                } else {
                    None
                }
            })
            .collect();
        for (i, app) in apps.iter().enumerate() {
            let first = label(self, card(&Card::App(*app)));
            self.tap(Role::Button, &first);
            if i == 1 {
                self.check("owners_memory_up", &[]);
            }
            let second = label(self, card(&Card::Company(data.apps[*app].owner.clone())));
            self.tap(Role::Button, &second);
            wait(&mut self.harness, 2.0);
        }
    }

    fn play_match(&mut self, count: usize) {
        for _ in 0..count {
            let owners = self.harness.state().activity::<Owners>().expect("loaded");
            let Some(OwnersGame::Match(round)) = owners.visit().game.clone() else {
                return;
            };
            let data = owners.data().clone();
            let Some(slot) = round.placed.iter().position(|placed| !placed) else {
                return;
            };
            let app = round.apps[slot];
            let app = &data.apps[app];
            self.tap(Role::Button, app.name.get(&self.lang));
            self.tap(Role::Button, data.company_name(&app.owner));
        }
    }

    fn build_network(&mut self) {
        let federation = self
            .harness
            .state()
            .activity::<Federation>()
            .expect("loaded");
        let hosts: Vec<String> = federation
            .data()
            .hosts
            .iter()
            .take(3)
            .map(|host| host.name.get(&self.lang).to_owned())
            .collect();
        for host in &hosts {
            self.tap(Role::Button, host);
        }
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            let link = self.harness.state().i18n().tr_args(
                &self.lang,
                self.age,
                "federation-link",
                &[
                    ("name", hosts[a].clone().into()),
                    ("who", hosts[b].clone().into()),
                ],
            );
            self.tap(Role::CheckBox, &link);
        }
        self.tap_id(Role::Button, "federation-share-out");
    }

    fn play_wheel(&mut self) {
        let secret = self
            .harness
            .state()
            .activity::<SecretMessage>()
            .expect("loaded");
        let word = secret.data().words[0].text.get(&self.lang).to_owned();
        self.tap(Role::Button, &word);
        self.check("secret_wheel", &[]);
        self.tap_id(Role::Button, "secret_message-turn-on");
        self.tap_id(Role::Button, "secret_message-send");
        self.check("secret_postman", &[]);
        self.tap_id(Role::Button, "secret_message-be-postman");
        self.check("secret_crack", &[]);
        let secret = self
            .harness
            .state()
            .activity::<SecretMessage>()
            .expect("loaded");
        let game = secret.visit().game.clone().expect("dealt");
        let WheelStep::Crack { key, .. } = game.wheel.step else {
            panic!("cracking");
        };
        for _ in 0..key {
            self.tap_id(Role::Button, "secret_message-turn-on");
        }
        self.check("secret_cracked", &[]);
        self.tap_id(Role::Button, "secret_message-next-level");
    }

    fn play_padlock(&mut self) {
        self.check("secret_padlock", &[]);
        let [padlock, key, bx, alice, bob, postman] = [
            "secret_message-padlock",
            "secret_message-key-thing",
            "secret_message-box",
            "secret_message-alice",
            "secret_message-bob",
            "secret_message-postman",
        ]
        .map(|id| self.tr(id));
        self.tap(Role::Button, &key);
        self.tap(Role::Button, &bob);
        self.check("secret_padlock_refused", &[]);
        for (thing, target) in [(&padlock, &bob), (&padlock, &bx), (&bx, &alice)] {
            self.tap(Role::Button, thing);
            self.tap(Role::Button, target);
        }
        self.check("secret_padlock_box_sent", &[]);
        self.tap(Role::Button, &bx);
        self.tap(Role::Button, &postman);
        self.tap(Role::Button, &key);
        self.tap(Role::Button, &bx);
        self.check("secret_padlock_done", &[]);
    }

    fn answer_e2e(&mut self) {
        for id in [
            "secret_message-e2e-no",
            "secret_message-e2e-yes",
            "secret_message-e2e-no",
        ] {
            let label = self.tr(id);
            if self.shows(Role::Button, &label) {
                self.tap(Role::Button, &label);
            }
        }
    }

    fn choose_services(&mut self, count: usize) {
        let picker = self
            .harness
            .state()
            .activity::<Alternatives>()
            .expect("loaded");
        let names: Vec<String> = picker
            .catalog()
            .services
            .iter()
            .filter(|service| service.ages.contains(&self.age))
            .take(count)
            .map(|service| service.name.get(&self.lang).to_owned())
            .collect();
        for name in names {
            self.tap(Role::CheckBox, &name);
        }
    }

    fn pick_alternatives(&mut self) {
        let picker = self
            .harness
            .state()
            .activity::<Alternatives>()
            .expect("loaded");
        let catalog = picker.catalog();
        let names: Vec<String> = picker
            .picker()
            .selected_services(catalog, self.age)
            .filter_map(|id| catalog.service(id))
            .filter_map(|service| service.alternatives.first())
            .filter_map(|alt| catalog.alternatives.iter().find(|a| &a.id == alt))
            .map(|alt| alt.name.clone())
            .collect();
        for name in names {
            // An alternative offered for two services is there twice: take the first.
            let found = self
                .harness
                .query_all_by_role_and_label(Role::RadioButton, &name)
                .next()
                .map(|node| node.click_accesskit())
                .is_some();
            if found {
                self.harness.run();
            }
        }
    }

    fn kiosk_overlays(&mut self) {
        let idle = f64::from(self.harness.state().settings().idle_timeout_secs);
        wait(&mut self.harness, idle + 2.0);
        let still_here = self.tr("kiosk-still-here");
        self.check("countdown", &[&still_here]);
        self.tap(Role::Button, &still_here);
        self.harness.key_press_modifiers(
            eframe::egui::Modifiers {
                alt: true,
                ctrl: true,
                shift: true,
                ..eframe::egui::Modifiers::NONE
            },
            eframe::egui::Key::A,
        );
        self.harness.run();
        let ok = self.tr("kiosk-pin-ok");
        self.check("pin_pad", &[&ok]);
        for digit in ["1", "2", "3", "4"] {
            self.tap(Role::Button, digit);
        }
        self.tap(Role::Button, &ok);
        self.check("panel", &[]);
        let _ = AgeBand::ALL;
    }

    fn play_host_days(&mut self, check: bool) {
        let mut wrong_once = false;
        let mut step = 0;
        loop {
            let current = {
                let host = self.harness.state().activity::<OwnHost>().expect("loaded");
                match &host.visit().game {
                    Some(HostGame::Days(days)) => days.current(),
                    _ => panic!("6-9 plays the little server's days"),
                }
            };
            let Some(current) = current else {
                break;
            };
            if check && step < 3 {
                self.check(&format!("own_host_day_{step}"), &[]);
            }
            let key = |answer| match answer {
                archipel::activities::own_host::logic::Answer::Fan => "own_host-answer-fan",
                archipel::activities::own_host::logic::Answer::Plug => "own_host-answer-plug",
                archipel::activities::own_host::logic::Answer::Copy => "own_host-answer-copy",
                archipel::activities::own_host::logic::Answer::Welcome => "own_host-answer-welcome",
                archipel::activities::own_host::logic::Answer::NotToday => {
                    "own_host-answer-not-today"
                }
                archipel::activities::own_host::logic::Answer::Blanket => "own_host-answer-blanket",
            };
            if !wrong_once {
                let wrong = current
                    .answers
                    .iter()
                    .find(|&&answer| answer != current.need.right())
                    .copied()
                    .expect("a wrong answer");
                self.tap_id(Role::Button, key(wrong));
                wrong_once = true;
            }
            self.tap_id(Role::Button, key(current.need.right()));
            step += 1;
        }
        if check {
            self.check("own_host_days_end", &[]);
        }
    }

    fn play_host_semesters(
        &mut self,
        plan: &dyn Fn(usize) -> Vec<String>,
        choices: &[&str],
        check: bool,
    ) {
        loop {
            let (phase, semester, waiting) = {
                let host = self.harness.state().activity::<OwnHost>().expect("loaded");
                match &host.visit().game {
                    Some(HostGame::Club(club)) => (
                        club.phase,
                        club.semester,
                        club.history.last().is_some_and(|s| s.outcome.is_none()),
                    ),
                    _ => panic!("10 and up plays the club's semesters"),
                }
            };
            match phase {
                ClubPhase::Planning => {
                    for label in plan(semester) {
                        self.tap(Role::CheckBox, &label);
                    }
                    if check && semester < 2 {
                        self.check(&format!("own_host_plan_{semester}"), &[]);
                    }
                    self.tap_id(Role::Button, "own_host-end-semester");
                }
                ClubPhase::Event => {
                    if waiting {
                        if check {
                            self.check(&format!("own_host_event_{semester}_choice"), &[]);
                        }
                        let choice = choices
                            .iter()
                            .find(|id| self.shows(Role::Button, &self.tr(id)))
                            .expect("one of the answers is offered");
                        self.tap_id(Role::Button, choice);
                    }
                    if check {
                        self.check(&format!("own_host_event_{semester}"), &[]);
                    }
                    let next = if semester + 1 == archipel::activities::own_host::logic::SEMESTERS {
                        "own_host-see-report"
                    } else {
                        "own_host-next-semester"
                    };
                    self.tap_id(Role::Button, next);
                }
                ClubPhase::Over => break,
            }
        }
        if check {
            let again = self.tr("own_host-again");
            self.check("own_host_report", &[&again]);
        }
    }
}
