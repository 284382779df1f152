//! The little server's three days, for 6-9: one need at a time, shown as a picture, and three
//! pictures to answer with. A right answer moves on; a wrong one is tried again. The order of
//! each day's needs and of the answers is drawn with a seeded generator.

/// Days in a game.
pub const DAYS: usize = 3;
/// Seats around the little server: the club's own, and room for friends.
pub const SEATS: u32 = 3;

/// What the little server needs now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// It is too hot.
    Hot,
    /// Its plug came out.
    Unplugged,
    /// A storm is coming: the class's drawings are only on the server.
    StormComing,
    /// A friend wants to join, and there is room.
    Friend,
    /// A friend wants to join, but every seat is taken.
    Full,
}

/// A picture to answer with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A fan, to cool it down.
    Fan,
    /// The plug, back in.
    Plug,
    /// A copy of the drawings on a second little disk.
    Copy,
    /// "Come in!"
    Welcome,
    /// "Not today": a kind no.
    NotToday,
    /// A warm blanket (not for a hot server).
    Blanket,
}

impl Need {
    /// The right answer.
    pub fn right(self) -> Answer {
        match self {
            Self::Hot => Answer::Fan,
            Self::Unplugged => Answer::Plug,
            Self::StormComing => Answer::Copy,
            Self::Friend => Answer::Welcome,
            Self::Full => Answer::NotToday,
        }
    }

    /// The three answers offered (the right one first, before shuffling).
    fn offered(self) -> [Answer; 3] {
        match self {
            Self::Hot => [Answer::Fan, Answer::Blanket, Answer::Plug],
            Self::Unplugged => [Answer::Plug, Answer::Fan, Answer::Copy],
            Self::StormComing => [Answer::Copy, Answer::Blanket, Answer::Welcome],
            Self::Friend => [Answer::Welcome, Answer::NotToday, Answer::Fan],
            Self::Full => [Answer::NotToday, Answer::Welcome, Answer::Plug],
        }
    }
}

/// One step: a need and the answers offered, in their drawn order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The need.
    pub need: Need,
    /// The answers, in the order shown.
    pub answers: [Answer; 3],
}

/// The little server's three days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Days {
    /// Each day's steps.
    pub days: Vec<Vec<Step>>,
    /// The day under way (0 to [`DAYS`]; [`DAYS`] when it is over).
    pub day: usize,
    /// The step under way in the day.
    pub step: usize,
    /// Friends around the server, the club's own seat included.
    pub seats_taken: u32,
    /// Needs answered right the first time.
    pub first_try: u32,
    /// The current need was already answered wrong once.
    missed: bool,
    /// The class's drawings were copied before the storm.
    pub copied: bool,
}

impl Days {
    /// Three new days, each need and answer order drawn with `rng`. A friend comes on each of
    /// the first two days (the seats fill up) and a third finds them full on the last.
    pub fn new(rng: &mut fastrand::Rng) -> Self {
        let plan = [
            vec![Need::Hot, Need::Unplugged, Need::Friend],
            vec![Need::Friend, Need::StormComing, Need::Hot],
            vec![Need::Full, Need::Unplugged, Need::Hot],
        ];
        let days = plan
            .into_iter()
            .map(|mut needs| {
                rng.shuffle(&mut needs);
                needs
                    .into_iter()
                    .map(|need| {
                        let mut answers = need.offered();
                        rng.shuffle(&mut answers);
                        Step { need, answers }
                    })
                    .collect()
            })
            .collect();
        Self {
            days,
            day: 0,
            step: 0,
            seats_taken: 1,
            first_try: 0,
            missed: false,
            copied: false,
        }
    }

    /// The step under way, `None` when the three days are over.
    pub fn current(&self) -> Option<Step> {
        self.days.get(self.day)?.get(self.step).copied()
    }

    /// How many needs there are in all.
    pub fn total(&self) -> u32 {
        self.days.iter().map(Vec::len).sum::<usize>() as u32
    }

    /// The visitor answers `answer`: right, the game moves on (to the next day after the last
    /// need of a day); wrong, the need stays. Returns whether it was right.
    pub fn answer(&mut self, answer: Answer) -> bool {
        let Some(step) = self.current() else {
            return false;
        };
        if answer != step.need.right() {
            self.missed = true;
            return false;
        }
        if !self.missed {
            self.first_try += 1;
        }
        self.missed = false;
        match step.need {
            Need::Friend => self.seats_taken = (self.seats_taken + 1).min(SEATS),
            Need::StormComing => self.copied = true,
            _ => {}
        }
        self.step += 1;
        if self.step == self.days[self.day].len() {
            self.day += 1;
            self.step = 0;
        }
        true
    }

    /// Whether the three days are over.
    pub fn is_over(&self) -> bool {
        self.day >= self.days.len()
    }
}
