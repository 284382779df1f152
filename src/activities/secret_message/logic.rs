//! The rules of "Secret message", without egui: the Caesar wheel (encoding, decoding,
//! cracking), the padlock-box protocol (who may do what, and why cheating fails), the
//! end-to-end question, and the order of the levels per age band.

use crate::age::AgeBand;

/// Letters on the wheel.
pub const LETTERS: u8 = 26;

/// Shifts every letter A to Z of `text` by `key` places round the alphabet; other characters
/// stay as they are.
pub fn caesar(text: &str, key: i32) -> String {
    let shift = key.rem_euclid(i32::from(LETTERS));
    text.chars()
        .map(|c| {
            if c.is_ascii_uppercase() {
                let index = (i32::from(c as u8 - b'A') + shift) % i32::from(LETTERS);
                char::from(b'A' + index as u8)
            } else {
                c
            }
        })
        .collect()
}

/// The wheel: the inner ring turned by `key` places (0 to 25).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Wheel {
    /// How far the inner ring is turned.
    pub key: i32,
}

impl Wheel {
    /// Turns the inner ring one place forward (`+1`) or back (`-1`).
    pub fn turn(&mut self, by: i32) {
        self.key = (self.key + by).rem_euclid(i32::from(LETTERS));
    }

    /// What `plain` becomes with this wheel.
    pub fn encode(self, plain: &str) -> String {
        caesar(plain, self.key)
    }

    /// What `coded` becomes when read back with this wheel.
    pub fn decode(self, coded: &str) -> String {
        caesar(coded, -self.key)
    }
}

/// The levels of the game, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The cipher wheel: encode, then crack.
    Wheel,
    /// The padlock box.
    Padlock,
    /// End to end or not (14+).
    EndToEnd,
}

/// The levels `age` plays: 6-9 the wheel and the padlock story, 14+ also end to end.
pub fn levels(age: AgeBand) -> &'static [Level] {
    match age {
        AgeBand::Young | AgeBand::Middle => &[Level::Wheel, Level::Padlock],
        AgeBand::Older => &[Level::Wheel, Level::Padlock, Level::EndToEnd],
    }
}

/// The biggest key a crack round uses: small turns for 6-9.
pub const fn crack_keys(age: AgeBand) -> (i32, i32) {
    match age {
        AgeBand::Young => (1, 3),
        AgeBand::Middle | AgeBand::Older => (3, 23),
    }
}

/// Where the wheel level is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WheelStep {
    /// Choosing the message.
    Choose,
    /// Turning the wheel to encode word `word` (index into the data's words).
    Encode {
        /// The word.
        word: usize,
    },
    /// The postman holds the coded word and cannot read it.
    Postman {
        /// The word.
        word: usize,
        /// The key it was coded with.
        key: i32,
    },
    /// Now the visitor is the postman: word `word` was coded with `key`; turn until it makes
    /// sense.
    Crack {
        /// The word.
        word: usize,
        /// Its secret key.
        key: i32,
    },
    /// Cracked in `turns` turns: why this lock is too easy.
    Cracked {
        /// The word.
        word: usize,
        /// Turns it took.
        turns: u32,
    },
}

/// The wheel level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WheelGame {
    /// Where it is.
    pub step: WheelStep,
    /// The wheel.
    pub wheel: Wheel,
    /// Turns made while cracking.
    pub turns: u32,
}

impl WheelGame {
    /// A new round: choosing the message.
    pub fn new() -> Self {
        Self {
            step: WheelStep::Choose,
            wheel: Wheel::default(),
            turns: 0,
        }
    }

    /// The visitor picks word `word`.
    pub fn choose(&mut self, word: usize) {
        if self.step == WheelStep::Choose {
            self.step = WheelStep::Encode { word };
            self.wheel = Wheel::default();
        }
    }

    /// Sends the coded word: allowed once the wheel is turned (key 0 hides nothing).
    pub fn send(&mut self) -> bool {
        match self.step {
            WheelStep::Encode { word } if self.wheel.key != 0 => {
                self.step = WheelStep::Postman {
                    word,
                    key: self.wheel.key,
                };
                true
            }
            _ => false,
        }
    }

    /// Swaps roles: the visitor is now the postman, facing word `word` coded with `key`.
    pub fn become_postman(&mut self, word: usize, key: i32) {
        if matches!(self.step, WheelStep::Postman { .. }) {
            self.step = WheelStep::Crack { word, key };
            self.wheel = Wheel::default();
            self.turns = 0;
        }
    }

    /// Turns the wheel by `by`; while cracking, counts the turn and returns whether the word
    /// now reads in clear.
    pub fn turn(&mut self, by: i32) -> bool {
        self.wheel.turn(by);
        if let WheelStep::Crack { word, key } = self.step {
            self.turns += 1;
            if self.wheel.key == key.rem_euclid(i32::from(LETTERS)) {
                self.step = WheelStep::Cracked {
                    word,
                    turns: self.turns,
                };
                return true;
            }
        }
        false
    }
}

impl Default for WheelGame {
    fn default() -> Self {
        Self::new()
    }
}

/// Someone in the padlock story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Person {
    /// Who will receive the message, and owns the padlock and its key.
    Alice,
    /// The postman in the middle, who carries everything and would love to read it.
    Postman,
    /// Who writes the message.
    Bob,
}

/// A thing the visitor can move in the padlock story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thing {
    /// Alice's padlock (open until it locks the box).
    Padlock,
    /// Alice's key, the only one that opens her padlock.
    Key,
    /// Bob's box with his message in it.
    Box,
}

/// Where something is dropped: on a person or on the box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Given to someone (through the postman if it is the other side).
    To(Person),
    /// Put on the box: the padlock locks it, the key opens it.
    OnBox,
}

/// Why a move does not work, so the game can explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Alice never gives her key away: whoever has it can open the box.
    KeyStaysWithAlice,
    /// An open box would be read by the postman on the way.
    BoxIsOpen,
    /// The postman has no key for Alice's padlock.
    PostmanHasNoKey,
    /// That is not where it goes now.
    NotNow,
}

/// Where the padlock story is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadlockStep {
    /// Alice must send her open padlock to Bob.
    SendPadlock,
    /// Bob has the padlock: he locks his box with it.
    LockBox,
    /// The box is locked: Bob sends it to Alice.
    SendBox,
    /// Alice has the box: she opens it with her key.
    OpenBox,
    /// Alice read the message; the postman never could.
    Done,
}

/// The padlock story: each move is checked against the protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PadlockGame {
    /// Where it is.
    pub step: PadlockStep,
    /// How many times the visitor tried to cheat (and saw why it fails).
    pub cheats: u32,
}

impl PadlockGame {
    /// The story from its start.
    pub fn new() -> Self {
        Self {
            step: PadlockStep::SendPadlock,
            cheats: 0,
        }
    }

    /// The move the story waits for now (what to drag, and where), shown to the youngest as a
    /// hint; `None` once it is done.
    pub fn next_move(&self) -> Option<(Thing, Target)> {
        match self.step {
            PadlockStep::SendPadlock => Some((Thing::Padlock, Target::To(Person::Bob))),
            PadlockStep::LockBox => Some((Thing::Padlock, Target::OnBox)),
            PadlockStep::SendBox => Some((Thing::Box, Target::To(Person::Alice))),
            PadlockStep::OpenBox => Some((Thing::Key, Target::OnBox)),
            PadlockStep::Done => None,
        }
    }

    /// The visitor moves `thing` onto `target`, and the story moves on.
    ///
    /// # Errors
    /// Why the move breaks the protocol (or is not for now); nothing moves then.
    pub fn play(&mut self, thing: Thing, target: Target) -> Result<(), Refusal> {
        use PadlockStep as S;
        let next = match (self.step, thing, target) {
            (_, Thing::Key, Target::To(Person::Bob | Person::Postman)) => {
                Err(Refusal::KeyStaysWithAlice)
            }
            (S::SendPadlock, Thing::Padlock, Target::To(Person::Bob)) => Ok(S::LockBox),
            (S::LockBox, Thing::Padlock, Target::OnBox) => Ok(S::SendBox),
            (S::LockBox, Thing::Box, Target::To(Person::Alice | Person::Postman)) => {
                Err(Refusal::BoxIsOpen)
            }
            // The postman tries to open the locked box on the way.
            (S::OpenBox, Thing::Box, Target::To(Person::Postman)) => Err(Refusal::PostmanHasNoKey),
            (S::SendBox, Thing::Box, Target::To(Person::Alice | Person::Postman)) => Ok(S::OpenBox),
            (S::OpenBox, Thing::Key, Target::OnBox) => Ok(S::Done),
            _ => Err(Refusal::NotNow),
        };
        match next {
            Ok(step) => {
                self.step = step;
                Ok(())
            }
            Err(refusal) => {
                if refusal != Refusal::NotNow {
                    self.cheats += 1;
                }
                Err(refusal)
            }
        }
    }
}

impl Default for PadlockGame {
    fn default() -> Self {
        Self::new()
    }
}

/// The two ways a message can travel in the end-to-end level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Encrypted to the server, which keeps the key and opens it.
    ServerKeepsKey,
    /// Encrypted end to end: only the two phones have keys.
    EndToEnd,
}

impl Route {
    /// Whether the server in the middle can read the message.
    pub fn server_can_read(self) -> bool {
        self == Self::ServerKeepsKey
    }
}

/// The end-to-end level: the visitor answers, for each route, whether the server can read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EndToEndGame {
    /// The answer found for each route (server keeps the key, end to end), once right.
    pub found: [bool; 2],
    /// Wrong answers.
    pub misses: u32,
}

impl EndToEndGame {
    /// The visitor says whether the server on `route` can read. Returns whether that is right.
    pub fn answer(&mut self, route: Route, can_read: bool) -> bool {
        let right = route.server_can_read() == can_read;
        if right {
            self.found[route as usize] = true;
        } else {
            self.misses += 1;
        }
        right
    }

    /// Whether both routes are answered.
    pub fn is_done(&self) -> bool {
        self.found.iter().all(|&found| found)
    }
}

/// The whole game: the levels of the age band, one after the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Game {
    /// The age band.
    pub age: AgeBand,
    /// The level being played (index into [`levels`]); `levels(age).len()` once over.
    pub level: usize,
    /// The wheel level.
    pub wheel: WheelGame,
    /// The padlock level.
    pub padlock: PadlockGame,
    /// The end-to-end level.
    pub end_to_end: EndToEndGame,
}

impl Game {
    /// A new game for `age`.
    pub fn new(age: AgeBand) -> Self {
        Self {
            age,
            level: 0,
            wheel: WheelGame::new(),
            padlock: PadlockGame::new(),
            end_to_end: EndToEndGame::default(),
        }
    }

    /// The level being played, if the game is not over.
    pub fn current(&self) -> Option<Level> {
        levels(self.age).get(self.level).copied()
    }

    /// Whether the level being played is finished, so the visitor may go on.
    pub fn level_done(&self) -> bool {
        match self.current() {
            Some(Level::Wheel) => matches!(self.wheel.step, WheelStep::Cracked { .. }),
            Some(Level::Padlock) => self.padlock.step == PadlockStep::Done,
            Some(Level::EndToEnd) => self.end_to_end.is_done(),
            None => true,
        }
    }

    /// Goes on to the next level once this one is finished.
    pub fn next_level(&mut self) {
        if self.level_done() && self.current().is_some() {
            self.level += 1;
        }
    }

    /// Whether every level is played.
    pub fn is_over(&self) -> bool {
        self.current().is_none()
    }
}

/// What the current visitor did; wiped at every session reset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visit {
    /// The game, once started.
    pub game: Option<Game>,
    /// The thing picked up in the padlock story (tap, then tap where it goes).
    pub holding: Option<Thing>,
    /// What the last padlock move taught, if it was refused.
    pub refusal: Option<Refusal>,
    /// The last end-to-end answer: its route and whether it was right.
    pub answer: Option<(Route, bool)>,
    /// Whether the end was reached (and counted).
    pub finished: bool,
}

impl Visit {
    /// Plays `game` from its start: nothing held or answered, its end not counted yet.
    pub fn start(&mut self, game: Game) {
        *self = Self {
            game: Some(game),
            ..Self::default()
        };
    }

    /// On to the next level: what the visitor held, was told or answered on this one goes.
    pub fn next_level(&mut self) {
        if let Some(game) = self.game.as_mut() {
            game.next_level();
        }
        self.holding = None;
        self.refusal = None;
        self.answer = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caesar_shifts_letters_round_the_alphabet_and_back() {
        assert_eq!(caesar("HELLO", 3), "KHOOR");
        assert_eq!(caesar("XYZ", 3), "ABC");
        assert_eq!(caesar("ABC", -1), "ZAB");
        assert_eq!(caesar("A B!", 1), "B C!");
        for key in -30..30 {
            assert_eq!(caesar(&caesar("ETOILE", key), -key), "ETOILE");
        }
        assert_eq!(caesar("STAR", 26), "STAR");
    }

    #[test]
    fn the_wheel_turns_both_ways_and_wraps() {
        let mut wheel = Wheel::default();
        wheel.turn(-1);
        assert_eq!(wheel.key, 25);
        wheel.turn(2);
        assert_eq!(wheel.key, 1);
        assert_eq!(wheel.encode("IDEA"), "JEFB");
        assert_eq!(wheel.decode("JEFB"), "IDEA");
    }

    #[test]
    fn a_message_is_sent_only_once_the_wheel_hides_it() {
        let mut round = WheelGame::new();
        assert!(!round.send(), "nothing chosen");
        round.choose(2);
        assert!(!round.send(), "key 0 hides nothing");
        round.turn(3);
        assert!(round.send());
        assert_eq!(round.step, WheelStep::Postman { word: 2, key: 3 });
    }

    #[test]
    fn cracking_counts_turns_until_the_word_reads() {
        let mut round = WheelGame::new();
        round.choose(0);
        round.turn(1);
        round.send();
        round.become_postman(5, 3);
        assert!(!round.turn(1));
        assert!(!round.turn(1));
        assert!(round.turn(1));
        assert_eq!(round.step, WheelStep::Cracked { word: 5, turns: 3 });
        // Going the other way round works too.
        let mut back = WheelGame::new();
        back.choose(0);
        back.turn(1);
        back.send();
        back.become_postman(1, 24);
        assert!(!back.turn(-1));
        assert!(back.turn(-1));
    }

    #[test]
    fn the_padlock_story_in_order_and_the_postman_never_reads() {
        let mut story = PadlockGame::new();
        assert_eq!(story.play(Thing::Padlock, Target::To(Person::Bob)), Ok(()));
        assert_eq!(story.play(Thing::Padlock, Target::OnBox), Ok(()));
        assert_eq!(story.play(Thing::Box, Target::To(Person::Alice)), Ok(()));
        assert_eq!(story.step, PadlockStep::OpenBox);
        assert_eq!(story.play(Thing::Key, Target::OnBox), Ok(()));
        assert_eq!(story.step, PadlockStep::Done);
        assert_eq!(story.cheats, 0);
    }

    #[test]
    fn following_the_hints_tells_the_whole_story() {
        let mut story = PadlockGame::new();
        let mut moves = 0;
        while let Some((thing, target)) = story.next_move() {
            assert_eq!(
                story.play(thing, target),
                Ok(()),
                "hint {moves} is a right move"
            );
            moves += 1;
        }
        assert_eq!((story.step, moves, story.cheats), (PadlockStep::Done, 4, 0));
    }

    /// Every sequence of up to five moves, whatever the visitor tries: the box only ever
    /// travels locked, and only Alice's key opens it, after the padlock went to Bob.
    #[test]
    fn no_sequence_of_moves_lets_the_box_travel_open() {
        let things = [Thing::Padlock, Thing::Key, Thing::Box];
        let targets = [
            Target::To(Person::Alice),
            Target::To(Person::Postman),
            Target::To(Person::Bob),
            Target::OnBox,
        ];
        let moves: Vec<(Thing, Target)> = things
            .iter()
            .flat_map(|&thing| targets.iter().map(move |&target| (thing, target)))
            .collect();
        let mut stack = vec![(PadlockGame::new(), 0)];
        let mut done = 0;
        while let Some((story, depth)) = stack.pop() {
            if depth == 5 {
                continue;
            }
            for &(thing, target) in &moves {
                let mut next = story;
                let before = next.step;
                if next.play(thing, target).is_ok() {
                    // The box leaves Bob only once locked, and opens only with the key.
                    if next.step == PadlockStep::OpenBox {
                        assert_eq!(before, PadlockStep::SendBox, "{thing:?} {target:?}");
                    }
                    if next.step == PadlockStep::Done {
                        assert_eq!((before, thing), (PadlockStep::OpenBox, Thing::Key));
                        done += 1;
                    }
                    if thing == Thing::Key {
                        assert_eq!(target, Target::OnBox, "the key never leaves Alice");
                    }
                } else {
                    assert_eq!(next.step, before, "a refused move changes nothing");
                }
                stack.push((next, depth + 1));
            }
        }
        assert!(done > 0, "the story can be finished");
    }

    #[test]
    fn cheating_fails_and_says_why() {
        let mut story = PadlockGame::new();
        assert_eq!(
            story.play(Thing::Key, Target::To(Person::Bob)),
            Err(Refusal::KeyStaysWithAlice)
        );
        assert_eq!(
            story.play(Thing::Key, Target::To(Person::Postman)),
            Err(Refusal::KeyStaysWithAlice)
        );
        story
            .play(Thing::Padlock, Target::To(Person::Bob))
            .expect("in order");
        assert_eq!(
            story.play(Thing::Box, Target::To(Person::Alice)),
            Err(Refusal::BoxIsOpen),
            "an open box would be read on the way"
        );
        assert_eq!(story.play(Thing::Key, Target::OnBox), Err(Refusal::NotNow));
        assert_eq!(story.step, PadlockStep::LockBox, "nothing moved");
        story.play(Thing::Padlock, Target::OnBox).expect("locks");
        story
            .play(Thing::Box, Target::To(Person::Postman))
            .expect("carried");
        assert_eq!(
            story.play(Thing::Box, Target::To(Person::Postman)),
            Err(Refusal::PostmanHasNoKey),
            "the postman cannot open it"
        );
        assert_eq!(story.cheats, 4, "not-now is no cheat");
        assert_eq!(story.step, PadlockStep::OpenBox);
    }

    #[test]
    fn end_to_end_answers() {
        let mut level = EndToEndGame::default();
        assert!(!level.answer(Route::EndToEnd, true));
        assert!(level.answer(Route::EndToEnd, false));
        assert!(!level.is_done());
        assert!(level.answer(Route::ServerKeepsKey, true));
        assert!(level.is_done());
        assert_eq!(level.misses, 1);
    }

    #[test]
    fn levels_by_age_and_going_through_them() {
        assert_eq!(levels(AgeBand::Young), &[Level::Wheel, Level::Padlock]);
        assert_eq!(levels(AgeBand::Older).len(), 3);
        let mut game = Game::new(AgeBand::Young);
        game.next_level();
        assert_eq!(game.level, 0, "the wheel is not cracked yet");
        game.wheel.choose(0);
        game.wheel.turn(1);
        game.wheel.send();
        game.wheel.become_postman(0, 1);
        game.wheel.turn(1);
        game.next_level();
        assert_eq!(game.current(), Some(Level::Padlock));
        for (thing, target) in [
            (Thing::Padlock, Target::To(Person::Bob)),
            (Thing::Padlock, Target::OnBox),
            (Thing::Box, Target::To(Person::Alice)),
            (Thing::Key, Target::OnBox),
        ] {
            game.padlock.play(thing, target).expect("in order");
        }
        game.next_level();
        assert!(game.is_over());
        let (low, high) = crack_keys(AgeBand::Young);
        assert!(low >= 1 && high <= 3, "small turns for 6-9");
    }
}
