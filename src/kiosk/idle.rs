//! The idle timer: after some time without input, a "Still there?" countdown, then the session
//! ends. Pure logic on a clock given in seconds, so tests control time.

use crate::settings::MIN_COUNTDOWN_SECS;

/// Where the visitor is with respect to the idle timeout.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdleState {
    /// Someone touched the screen recently.
    Active {
        /// Seconds until the countdown starts.
        countdown_in_secs: f64,
    },
    /// Nobody has touched the screen for a while: the countdown is showing.
    Countdown {
        /// Seconds left before the session ends.
        remaining_secs: f64,
    },
    /// The countdown ran out: end the session.
    Expired,
}

/// Tracks the last input and the timeouts.
#[derive(Clone, Debug, PartialEq)]
#[expect(
    clippy::struct_field_names,
    reason = "units in names, as the style asks"
)]
pub struct IdleTimer {
    last_input_secs: f64,
    idle_secs: f64,
    countdown_secs: f64,
}

impl IdleTimer {
    /// A timer that starts counting at `now_secs`. The countdown lasts at least
    /// [`MIN_COUNTDOWN_SECS`].
    pub fn new(now_secs: f64, idle_secs: f64, countdown_secs: f64) -> Self {
        Self {
            last_input_secs: now_secs,
            idle_secs: idle_secs.max(1.0),
            countdown_secs: countdown_secs.max(MIN_COUNTDOWN_SECS),
        }
    }

    /// Someone touched the screen (or a key, or the mouse): start again.
    pub fn input(&mut self, now_secs: f64) {
        self.last_input_secs = now_secs;
    }

    /// Changes the timeouts (from the panel), keeping the last input time.
    pub fn configure(&mut self, idle_secs: f64, countdown_secs: f64) {
        *self = Self::new(self.last_input_secs, idle_secs, countdown_secs);
    }

    /// The state at `now_secs`.
    pub fn state(&self, now_secs: f64) -> IdleState {
        let idle_for = (now_secs - self.last_input_secs).max(0.0);
        if idle_for < self.idle_secs {
            IdleState::Active {
                countdown_in_secs: self.idle_secs - idle_for,
            }
        } else if idle_for < self.idle_secs + self.countdown_secs {
            IdleState::Countdown {
                remaining_secs: self.idle_secs + self.countdown_secs - idle_for,
            }
        } else {
            IdleState::Expired
        }
    }

    /// The countdown's length.
    pub fn countdown_secs(&self) -> f64 {
        self.countdown_secs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_time_leads_to_a_countdown_then_expiry() {
        let timer = IdleTimer::new(100.0, 90.0, 20.0);
        assert_eq!(
            timer.state(100.0),
            IdleState::Active {
                countdown_in_secs: 90.0
            }
        );
        assert_eq!(
            timer.state(189.0),
            IdleState::Active {
                countdown_in_secs: 1.0
            }
        );
        assert_eq!(
            timer.state(190.0),
            IdleState::Countdown {
                remaining_secs: 20.0
            }
        );
        assert_eq!(
            timer.state(205.0),
            IdleState::Countdown {
                remaining_secs: 5.0
            }
        );
        assert_eq!(timer.state(210.0), IdleState::Expired);
    }

    #[test]
    fn any_input_starts_again_even_during_the_countdown() {
        let mut timer = IdleTimer::new(0.0, 90.0, 20.0);
        assert!(matches!(timer.state(95.0), IdleState::Countdown { .. }));
        timer.input(95.0);
        assert_eq!(
            timer.state(95.0),
            IdleState::Active {
                countdown_in_secs: 90.0
            }
        );
        assert!(matches!(timer.state(190.0), IdleState::Countdown { .. }));
    }

    #[test]
    fn the_countdown_is_never_shorter_than_twenty_seconds() {
        let timer = IdleTimer::new(0.0, 30.0, 5.0);
        assert!((timer.countdown_secs() - MIN_COUNTDOWN_SECS).abs() < 1e-9);
        assert!(matches!(timer.state(49.0), IdleState::Countdown { .. }));
        assert_eq!(timer.state(50.0), IdleState::Expired);
    }

    #[test]
    fn reconfiguring_keeps_the_last_input() {
        let mut timer = IdleTimer::new(10.0, 90.0, 20.0);
        timer.configure(30.0, 20.0);
        assert_eq!(
            timer.state(40.0),
            IdleState::Countdown {
                remaining_secs: 20.0
            }
        );
    }
}
