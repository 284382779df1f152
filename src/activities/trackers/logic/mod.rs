//! The rules of "Who is following me?", without egui: which trackers hook onto each pretend
//! page, when they appear, when they send what they saw, blocking them, the score, and the
//! profile the missed ones assemble about the visitor.
//!
//! Time is seconds on the app's clock, passed in by the view, so the rules can be tested
//! without waiting.

use super::content::{Kind, TrackersData};
use crate::age::AgeBand;
use crate::content::CompanyId;

/// How one age band plays.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Level {
    /// The page elements that carry a tracker, in the order a page loads them.
    pub kinds: &'static [Kind],
    /// How long a tracker watches before it sends what it saw; `None`: it waits until the
    /// visitor leaves the page (no timer for 6-9).
    pub watch_secs: Option<f64>,
    /// Seconds between two trackers appearing.
    pub appear_gap: f64,
    /// How many different trackers of each kind a game deals: fewer than pages, so the same
    /// tracker comes back on another site and recognises the visitor.
    pub distinct_per_kind: usize,
    /// How many pages a game visits, picked at random among those of the content.
    pub pages: usize,
}

/// The pixel is invisible and has to be found with the magnifier: it watches this many times
/// longer than the others.
pub const PIXEL_SLOWER: f64 = 2.0;

/// A page not shown for longer than this (the visitor is on another screen) pauses.
pub const PAUSE_AFTER_SECS: f64 = 0.5;

/// Seconds for the page to "load" before the first tracker appears.
pub const LOADING_SECS: f64 = 1.0;

/// The level of `age`: more trackers, and faster ones, as the band goes up; the pixel hunt
/// from 10.
pub const fn level(age: AgeBand) -> Level {
    match age {
        AgeBand::Young => Level {
            kinds: &[Kind::Ad, Kind::Like, Kind::Video],
            watch_secs: None,
            appear_gap: 0.6,
            distinct_per_kind: 1,
            pages: 3,
        },
        AgeBand::Middle => Level {
            kinds: &[Kind::Ad, Kind::Like, Kind::Video, Kind::Font, Kind::Pixel],
            watch_secs: Some(6.0),
            appear_gap: 1.2,
            distinct_per_kind: 2,
            pages: 4,
        },
        AgeBand::Older => Level {
            kinds: &[
                Kind::Ad,
                Kind::Like,
                Kind::Video,
                Kind::Font,
                Kind::Pixel,
                Kind::Search,
            ],
            watch_secs: Some(4.0),
            appear_gap: 0.9,
            distinct_per_kind: 2,
            pages: 4,
        },
    }
}

/// What became of a tracker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fate {
    /// Not blocked yet, not sent yet (or not even there yet).
    Watching,
    /// Blocked at this time: it goes into the jar.
    Blocked {
        /// When.
        at: f64,
    },
    /// It sent what it saw at this time: it flies off to its company.
    Sent {
        /// When.
        at: f64,
    },
}

/// A tracker hooked onto an element of a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Creature {
    /// The tracker (index into the data's trackers).
    pub tracker: usize,
    /// The element it is hooked on.
    pub kind: Kind,
    /// When it appears, in seconds after the page started.
    pub appears: f64,
    /// What became of it.
    pub fate: Fate,
}

/// One page of the game and its trackers.
#[derive(Clone, Debug, PartialEq)]
pub struct PageRound {
    /// The page (index into the data's pages).
    pub page: usize,
    /// Its trackers, in the order they appear.
    pub creatures: Vec<Creature>,
    /// When the visitor got to it (set by [`Game::start`]).
    pub started: Option<f64>,
}

/// What tapping a tracker did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tap {
    /// It is blocked.
    Blocked,
    /// Nothing: it is not there (yet), already gone, or it is the pixel and the magnifier is off.
    Ignored,
}

/// A piece of the visitor's profile: what the tracker of `kind` saw on `page`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The page (index into the data's pages).
    pub page: usize,
    /// The element the tracker was hooked on.
    pub kind: Kind,
    /// The tracker (index into the data's trackers).
    pub tracker: usize,
}

/// How the game went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    /// Trackers blocked.
    pub blocked: usize,
    /// Trackers that sent what they saw.
    pub sent: usize,
    /// Trackers in the game.
    pub total: usize,
}

/// A game: the pages in order, the page the visitor is on, and the magnifier.
#[derive(Clone, Debug, PartialEq)]
pub struct Game {
    /// The age band it was dealt for.
    pub age: AgeBand,
    /// The pages, in the order they are visited.
    pub rounds: Vec<PageRound>,
    /// The page the visitor is on (`rounds.len()` once the game is over).
    pub current: usize,
    /// Whether the magnifier is on (it shows the invisible pixel).
    pub magnifier: bool,
    /// When the page was last shown, to pause the clock while the visitor is elsewhere.
    pub last_shown: Option<f64>,
}

impl Game {
    /// Deals a game for `age`: [`Level::pages`] pages of the data in a random order, with a
    /// tracker of each kind of the level on each. Of each kind, [`Level::distinct_per_kind`] trackers are taken at random
    /// and take turns from page to page: the same one follows the visitor across sites, as real
    /// trackers do. The order in which they appear on a page is random too.
    pub fn deal(data: &TrackersData, age: AgeBand, rng: &mut fastrand::Rng) -> Self {
        let level = level(age);
        let pools: Vec<(Kind, Vec<usize>)> = level
            .kinds
            .iter()
            .map(|&kind| {
                let mut pool = data.trackers_of(kind);
                rng.shuffle(&mut pool);
                pool.truncate(level.distinct_per_kind.max(1));
                (kind, pool)
            })
            .collect();
        let mut pages: Vec<usize> = (0..data.pages.len()).collect();
        rng.shuffle(&mut pages);
        pages.truncate(level.pages);
        let rounds = pages
            .into_iter()
            .enumerate()
            .map(|(visit, page)| {
                let mut creatures: Vec<Creature> = pools
                    .iter()
                    .filter(|(_, pool)| !pool.is_empty())
                    .map(|(kind, pool)| Creature {
                        tracker: pool[visit % pool.len()],
                        kind: *kind,
                        appears: 0.0,
                        fate: Fate::Watching,
                    })
                    .collect();
                rng.shuffle(&mut creatures);
                for (k, creature) in creatures.iter_mut().enumerate() {
                    creature.appears = LOADING_SECS + k as f64 * level.appear_gap;
                }
                PageRound {
                    page,
                    creatures,
                    started: None,
                }
            })
            .collect();
        Self {
            age,
            rounds,
            current: 0,
            magnifier: false,
            last_shown: None,
        }
    }

    /// The page the visitor is on, if the game is not over.
    pub fn round(&self) -> Option<&PageRound> {
        self.rounds.get(self.current)
    }

    /// Whether every page has been left.
    pub fn is_over(&self) -> bool {
        self.current >= self.rounds.len()
    }

    /// Starts the clock of the current page, the first time it is shown.
    pub fn start(&mut self, now: f64) {
        if let Some(round) = self.rounds.get_mut(self.current) {
            round.started.get_or_insert(now);
        }
    }

    /// Whether the game waits for the visitor to say they are ready before the first page's
    /// clock starts: with a timer (from 10), a visitor who first reads the instruction must
    /// not find the trackers gone.
    pub fn waits_for_ready(&self) -> bool {
        self.current == 0
            && level(self.age).watch_secs.is_some()
            && self.round().is_some_and(|round| round.started.is_none())
    }

    /// The page is shown at `now`. If it was not shown for a while (the visitor went to
    /// another screen), its clock is moved on by that gap: trackers do not send while nobody
    /// is looking at them.
    pub fn shown(&mut self, now: f64) {
        let gap = self.last_shown.map_or(0.0, |last| now - last);
        if gap > PAUSE_AFTER_SECS
            && let Some(started) = self
                .rounds
                .get_mut(self.current)
                .and_then(|round| round.started.as_mut())
        {
            *started += gap;
        }
        self.last_shown = Some(now);
    }

    /// Seconds since the current page started.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.round()
            .and_then(|round| round.started)
            .map_or(0.0, |started| (now - started).max(0.0))
    }

    /// How long a tracker of `kind` watches before sending, at this level.
    pub fn watch_secs(&self, kind: Kind) -> Option<f64> {
        let watch = level(self.age).watch_secs?;
        Some(if kind == Kind::Pixel {
            watch * PIXEL_SLOWER
        } else {
            watch
        })
    }

    /// Whether tracker `i` of the current page is there, watching, at `now`.
    pub fn is_watching(&self, i: usize, now: f64) -> bool {
        let elapsed = self.elapsed(now);
        self.round()
            .and_then(|round| round.creatures.get(i))
            .is_some_and(|c| c.fate == Fate::Watching && elapsed >= c.appears)
    }

    /// How much of its watching time tracker `i` has used, from 0 to 1 (`None` without a
    /// timer, or if it is not watching).
    pub fn progress(&self, i: usize, now: f64) -> Option<f64> {
        if !self.is_watching(i, now) {
            return None;
        }
        let creature = &self.round()?.creatures[i];
        let watch = self.watch_secs(creature.kind)?;
        Some(((self.elapsed(now) - creature.appears) / watch).clamp(0.0, 1.0))
    }

    /// Lets time pass: the trackers whose watching time is over send what they saw. Returns
    /// them (indices into the current page's creatures).
    pub fn tick(&mut self, now: f64) -> Vec<usize> {
        let elapsed = self.elapsed(now);
        let watch: Vec<Option<f64>> = Kind::ALL.iter().map(|&k| self.watch_secs(k)).collect();
        let Some(round) = self.rounds.get_mut(self.current) else {
            return Vec::new();
        };
        let Some(started) = round.started else {
            return Vec::new();
        };
        let mut sent = Vec::new();
        for (i, creature) in round.creatures.iter_mut().enumerate() {
            let Some(watch) = watch[kind_index(creature.kind)] else {
                continue;
            };
            if creature.fate == Fate::Watching && elapsed >= creature.appears + watch {
                creature.fate = Fate::Sent {
                    at: started + creature.appears + watch,
                };
                sent.push(i);
            }
        }
        sent
    }

    /// The visitor taps tracker `i` of the current page at `now`.
    pub fn tap(&mut self, i: usize, now: f64) -> Tap {
        if !self.is_watching(i, now) {
            return Tap::Ignored;
        }
        let magnifier = self.magnifier;
        let Some(creature) = self
            .rounds
            .get_mut(self.current)
            .and_then(|round| round.creatures.get_mut(i))
        else {
            return Tap::Ignored;
        };
        if creature.kind == Kind::Pixel && !magnifier {
            return Tap::Ignored;
        }
        creature.fate = Fate::Blocked { at: now };
        Tap::Blocked
    }

    /// Whether tracker `i` of the current page was already on an earlier page: it recognises
    /// the visitor.
    pub fn seen_before(&self, i: usize) -> bool {
        let Some(tracker) = self
            .round()
            .and_then(|r| r.creatures.get(i))
            .map(|c| c.tracker)
        else {
            return false;
        };
        self.rounds[..self.current.min(self.rounds.len())]
            .iter()
            .any(|round| round.creatures.iter().any(|c| c.tracker == tracker))
    }

    /// Whether every tracker of the current page is blocked or gone.
    pub fn page_done(&self) -> bool {
        self.round().is_some_and(|round| {
            round
                .creatures
                .iter()
                .all(|creature| creature.fate != Fate::Watching)
        })
    }

    /// Whether the visitor may go on to the next page: at 6-9 at any time (the trackers left
    /// then send what they saw), from 10 once every tracker is blocked or gone.
    pub fn can_leave(&self) -> bool {
        !self.is_over() && (self.age == AgeBand::Young || self.page_done())
    }

    /// Leaves the current page at `now`: the trackers still watching send what they saw.
    /// Returns them.
    pub fn leave(&mut self, now: f64) -> Vec<usize> {
        let Some(round) = self.rounds.get_mut(self.current) else {
            return Vec::new();
        };
        let mut sent = Vec::new();
        for (i, creature) in round.creatures.iter_mut().enumerate() {
            if creature.fate == Fate::Watching {
                creature.fate = Fate::Sent { at: now };
                sent.push(i);
            }
        }
        self.current += 1;
        self.magnifier = false;
        sent
    }

    /// How the game went so far.
    pub fn score(&self) -> Score {
        let creatures = self.rounds.iter().flat_map(|round| &round.creatures);
        let mut score = Score {
            blocked: 0,
            sent: 0,
            total: 0,
        };
        for creature in creatures {
            score.total += 1;
            match creature.fate {
                Fate::Blocked { .. } => score.blocked += 1,
                Fate::Sent { .. } => score.sent += 1,
                Fate::Watching => {}
            }
        }
        score
    }

    /// What the trackers that were not blocked learned about the visitor, in the order they
    /// sent it: the profile that the end screen shows.
    pub fn profile(&self) -> Vec<Piece> {
        self.pieces(|fate| match fate {
            Fate::Sent { at } => Some(at),
            _ => None,
        })
    }

    /// What the blocked trackers would have learned: what the visitor kept to themself.
    pub fn kept(&self) -> Vec<Piece> {
        self.pieces(|fate| match fate {
            Fate::Blocked { at } => Some(at),
            _ => None,
        })
    }

    fn pieces(&self, when: impl Fn(Fate) -> Option<f64>) -> Vec<Piece> {
        let mut pieces: Vec<(usize, f64, Piece)> = Vec::new();
        for (r, round) in self.rounds.iter().enumerate() {
            for creature in &round.creatures {
                if let Some(at) = when(creature.fate) {
                    let piece = Piece {
                        page: round.page,
                        kind: creature.kind,
                        tracker: creature.tracker,
                    };
                    pieces.push((r, at, piece));
                }
            }
        }
        pieces.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        pieces.into_iter().map(|(_, _, piece)| piece).collect()
    }
}

fn kind_index(kind: Kind) -> usize {
    Kind::ALL
        .iter()
        .position(|&known| known == kind)
        .unwrap_or(0)
}

/// The companies that got pieces of the profile, with how many each, most first (then by
/// name, so the picture is stable).
pub fn companies(data: &TrackersData, pieces: &[Piece]) -> Vec<(CompanyId, usize)> {
    let mut counts: Vec<(CompanyId, usize)> = Vec::new();
    for piece in pieces {
        let owner = &data.trackers[piece.tracker].owner;
        match counts.iter_mut().find(|(company, _)| company == owner) {
            Some((_, count)) => *count += 1,
            None => counts.push((owner.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| data.company_name(&a.0).cmp(data.company_name(&b.0)))
    });
    counts
}

/// What the sentence under the page talks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Last {
    /// The visitor blocked a tracker.
    Blocked {
        /// Which (index into the data's trackers).
        tracker: usize,
        /// Whether it had seen the visitor on an earlier page.
        seen_before: bool,
    },
    /// A tracker sent what it saw.
    Sent,
}

/// What the current visitor did; wiped at every session reset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visit {
    /// The game, dealt when the activity is first shown.
    pub game: Option<Game>,
    /// What happened last, for the sentence under the page.
    pub last: Option<Last>,
    /// Whether the end screen was reached (and the completion counted).
    pub finished: bool,
}

#[cfg(test)]
mod tests;
