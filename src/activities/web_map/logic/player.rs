//! The journey player: a message travelling hop by hop, waiting at each hop long enough to read
//! it, and the controls that pause, step and replay it.

use super::geometry::Point;

/// How long a packet travels from one place to the next.
pub const TRAVEL_SECS: f32 = 1.0;

/// How long the player stays at a hop while playing: time to read its caption.
pub fn dwell_secs(caption: &str) -> f32 {
    (1.5 + caption.chars().count() as f32 * 0.06).clamp(2.5, 9.0)
}

/// Plays a journey hop by hop: the packet waits at a hop while its caption is read, then travels
/// to the next one. Pause, step forward and back, replay.
#[derive(Clone, Debug, PartialEq)]
pub struct Player {
    pub(super) journey: usize,
    pub(super) hop_count: usize,
    pub(super) hop: usize,
    pub(super) travel: Option<f32>,
    pub(super) waited_secs: f32,
    pub(super) playing: bool,
}

impl Player {
    /// A player at the start of journey number `journey` (of `hop_count` hops), playing.
    pub fn new(journey: usize, hop_count: usize) -> Self {
        Self {
            journey,
            hop_count: hop_count.max(1),
            hop: 0,
            travel: None,
            waited_secs: 0.0,
            playing: true,
        }
    }

    /// Which journey it plays.
    pub fn journey(&self) -> usize {
        self.journey
    }

    /// The hop the packet is at, or is leaving.
    pub fn hop(&self) -> usize {
        self.hop
    }

    /// How many hops the journey has.
    pub fn hop_count(&self) -> usize {
        self.hop_count
    }

    /// How far the packet is on its way to the next hop (0 to 1), when it is travelling.
    pub fn travel(&self) -> Option<f32> {
        self.travel
    }

    /// Whether it is playing.
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    /// Whether the packet has arrived at the last hop.
    pub fn finished(&self) -> bool {
        self.hop + 1 == self.hop_count && self.travel.is_none()
    }

    /// Plays or pauses; at the end, plays again from the start.
    pub fn toggle_play(&mut self) {
        if self.finished() {
            self.replay();
        } else {
            self.playing = !self.playing;
        }
    }

    /// Pauses and moves to the next hop.
    pub fn step_forward(&mut self) {
        if self.travel.take().is_some() || self.hop + 1 < self.hop_count {
            self.hop = (self.hop + 1).min(self.hop_count - 1);
        }
        self.waited_secs = 0.0;
        self.playing = false;
    }

    /// Pauses and moves back to the previous hop (or back to where a travel started).
    pub fn step_back(&mut self) {
        if self.travel.take().is_none() {
            self.hop = self.hop.saturating_sub(1);
        }
        self.waited_secs = 0.0;
        self.playing = false;
    }

    /// Plays from the start.
    pub fn replay(&mut self) {
        *self = Self::new(self.journey, self.hop_count);
    }

    /// Lets `dt_secs` pass; `dwell_secs` is how long to wait at the current hop. Returns whether
    /// the packet moved or the player stopped.
    pub fn tick(&mut self, dt_secs: f32, dwell_secs: f32) -> bool {
        if !self.playing {
            return false;
        }
        if let Some(travel) = self.travel {
            let travel = travel + dt_secs / TRAVEL_SECS;
            if travel >= 1.0 {
                self.hop += 1;
                self.travel = None;
                self.waited_secs = 0.0;
            } else {
                self.travel = Some(travel);
            }
            return true;
        }
        if self.finished() {
            self.playing = false;
            return true;
        }
        self.waited_secs += dt_secs;
        if self.waited_secs >= dwell_secs {
            self.travel = Some(0.0);
            return true;
        }
        false
    }

    /// Seconds until the next change while playing (to wake the screen up then), or `None`
    /// when nothing will change on its own.
    pub fn next_change_secs(&self, dwell_secs: f32) -> Option<f32> {
        if !self.playing {
            None
        } else if self.travel.is_some() {
            Some(0.0)
        } else {
            Some((dwell_secs - self.waited_secs).max(0.0))
        }
    }

    /// Where the packet is, given where each hop's place is.
    pub fn packet_position(&self, hop_positions: &[Point]) -> Option<Point> {
        let here = *hop_positions.get(self.hop)?;
        Some(match (self.travel, hop_positions.get(self.hop + 1)) {
            (Some(t), Some(next)) => here.lerp(*next, ease(t)),
            _ => here,
        })
    }
}

/// Slow at both ends, quick in the middle.
pub(super) fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}
