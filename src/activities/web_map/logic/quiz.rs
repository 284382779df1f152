//! The question after a journey, its answers and how it ends.

use super::super::content::{Journey, MapData};
use crate::age::AgeBand;

/// What tapping an answer did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The right answer: the explanation shows.
    Right,
    /// Not this one: try another, no penalty.
    TryAgain,
    /// The question was already answered, or the answer was already tried.
    Ignored,
}

/// The questions at the end of a journey, for one age band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    pub(super) questions: Vec<usize>,
    pub(super) current: usize,
    pub(super) tried: Vec<usize>,
    pub(super) solved: bool,
}

impl Quiz {
    /// The questions of `journey` for `age`, or `None` when it has none for them.
    pub fn new(journey: &Journey, age: AgeBand) -> Option<Self> {
        let questions: Vec<usize> = journey
            .questions
            .iter()
            .enumerate()
            .filter(|(_, question)| question.ages.contains(&age))
            .map(|(i, _)| i)
            .collect();
        (!questions.is_empty()).then_some(Self {
            questions,
            current: 0,
            tried: Vec::new(),
            solved: false,
        })
    }

    /// The index, in the journey, of the question shown.
    pub fn question(&self) -> usize {
        self.questions[self.current]
    }

    /// Which question this is (from 1) and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.current + 1, self.questions.len())
    }

    /// Whether the answer at `answer` was tapped already.
    pub fn tried(&self, answer: usize) -> bool {
        self.tried.contains(&answer)
    }

    /// Whether the right answer was found.
    pub fn solved(&self) -> bool {
        self.solved
    }

    /// Whether this is the last question.
    pub fn is_last(&self) -> bool {
        self.current + 1 == self.questions.len()
    }

    /// Taps answer number `answer`, which is right or not.
    pub fn choose(&mut self, answer: usize, right: bool) -> Outcome {
        if self.solved || self.tried(answer) {
            return Outcome::Ignored;
        }
        self.tried.push(answer);
        if right {
            self.solved = true;
            Outcome::Right
        } else {
            Outcome::TryAgain
        }
    }

    /// Moves to the next question once this one is solved. Returns whether it moved.
    pub fn next_question(&mut self) -> bool {
        if !self.solved || self.is_last() {
            return false;
        }
        self.current += 1;
        self.tried.clear();
        self.solved = false;
        true
    }
}

/// The journey that journey number `journey` is compared with, if any.
pub fn rival(data: &MapData, journey: usize) -> Option<usize> {
    let rival = data.journeys.get(journey)?.rival.as_ref()?;
    data.journeys.iter().position(|j| &j.id == rival)
}
