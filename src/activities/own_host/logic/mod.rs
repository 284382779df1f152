//! The rules of "Run your own little host", free of any drawing: the club's semesters for
//! 10 and up ([`Club`]), and the little server's three days for 6-9 ([`Days`]). Every random
//! draw comes from a seeded generator, so a game can be replayed in tests.

mod club;
mod days;
mod report;

pub use club::{
    Action, Choice, Club, Event, EventOutcome, NEWCOMER_HOURS, Phase as ClubPhase, Running,
    SEMESTERS, Semester, TRAINED_HOURS, Why, YearEnd,
};
pub use days::{Answer, DAYS, Days, Need, SEATS, Step};
pub use report::{Hard, Report};

/// What the current visitor did; wiped at every session reset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visit {
    /// The game under way, dealt when the activity is first shown.
    pub game: Option<Game>,
    /// The end was counted (once per visit).
    pub finished: bool,
}

/// One game: the club's semesters, or the little server's days.
#[derive(Clone, Debug, PartialEq)]
pub enum Game {
    /// 10 and up.
    Club(Club),
    /// 6-9.
    Days(Days),
}

#[cfg(test)]
mod tests;
