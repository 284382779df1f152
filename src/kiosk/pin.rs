//! The facilitator's PIN pad: typed on screen, checked against the settings' hash, with a
//! lockout after repeated mistakes.

use crate::settings::{DEFAULT_PIN, PIN_LENGTH, PinHash};

/// Wrong PINs in a row before the pad locks.
pub const MAX_FAILURES: u32 = 5;
/// How long the pad stays locked.
pub const LOCKOUT_SECS: f64 = 30.0;

/// What happened when a PIN was submitted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PinCheck {
    /// Right PIN: open the panel.
    Accepted,
    /// Wrong PIN; this many tries left before the lockout.
    Rejected {
        /// Tries left.
        tries_left: u32,
    },
    /// Too many wrong PINs: locked until this time (seconds, app clock).
    Locked {
        /// When the pad opens again.
        until_secs: f64,
    },
}

/// The on-screen PIN pad: digits typed so far and the lockout. Runtime only, never persisted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PinPad {
    entered: String,
    failures: u32,
    locked_until_secs: Option<f64>,
}

impl PinPad {
    /// Adds a digit (ignored past the longest PIN or while locked).
    pub fn press(&mut self, digit: char, now_secs: f64) {
        if digit.is_ascii_digit()
            && self.entered.len() < *PIN_LENGTH.end()
            && !self.is_locked(now_secs)
        {
            self.entered.push(digit);
        }
    }

    /// Forgets the digits typed (the lockout stays).
    pub fn clear(&mut self) {
        self.entered.clear();
    }

    /// Removes the last digit.
    pub fn erase(&mut self) {
        self.entered.pop();
    }

    /// How many digits are typed (the pad shows dots, never the digits).
    pub fn len(&self) -> usize {
        self.entered.len()
    }

    /// Whether nothing is typed.
    pub fn is_empty(&self) -> bool {
        self.entered.is_empty()
    }

    /// Whether the pad is locked at `now_secs`.
    pub fn is_locked(&self, now_secs: f64) -> bool {
        self.locked_until_secs.is_some_and(|until| now_secs < until)
    }

    /// Seconds until the lock opens.
    pub fn locked_for_secs(&self, now_secs: f64) -> f64 {
        self.locked_until_secs
            .map_or(0.0, |until| (until - now_secs).max(0.0))
    }

    /// Checks the typed PIN against `stored` (or the default PIN when none is stored), then
    /// clears what was typed.
    pub fn submit(&mut self, stored: Option<&PinHash>, now_secs: f64) -> PinCheck {
        let entered = std::mem::take(&mut self.entered);
        if let Some(until_secs) = self.locked_until_secs.filter(|&until| now_secs < until) {
            return PinCheck::Locked { until_secs };
        }
        let right = match stored {
            Some(hash) => hash.matches(&entered),
            None => entered == DEFAULT_PIN,
        };
        if right {
            *self = Self::default();
            return PinCheck::Accepted;
        }
        self.failures += 1;
        if self.failures >= MAX_FAILURES {
            self.failures = 0;
            let until_secs = now_secs + LOCKOUT_SECS;
            self.locked_until_secs = Some(until_secs);
            PinCheck::Locked { until_secs }
        } else {
            PinCheck::Rejected {
                tries_left: MAX_FAILURES - self.failures,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::PinHash;

    fn type_pin(pad: &mut PinPad, pin: &str, now: f64) {
        for digit in pin.chars() {
            pad.press(digit, now);
        }
    }

    #[test]
    fn the_default_pin_opens_until_one_is_set() {
        let mut pad = PinPad::default();
        type_pin(&mut pad, DEFAULT_PIN, 0.0);
        assert_eq!(pad.len(), 4);
        assert_eq!(pad.submit(None, 0.0), PinCheck::Accepted);
        assert!(pad.is_empty());
        let set = PinHash::new("9876").unwrap();
        type_pin(&mut pad, DEFAULT_PIN, 1.0);
        assert!(matches!(
            pad.submit(Some(&set), 1.0),
            PinCheck::Rejected { .. }
        ));
        type_pin(&mut pad, "9876", 2.0);
        assert_eq!(pad.submit(Some(&set), 2.0), PinCheck::Accepted);
    }

    #[test]
    fn five_wrong_pins_lock_the_pad_for_thirty_seconds() {
        let mut pad = PinPad::default();
        for tries_left in (1..MAX_FAILURES).rev() {
            type_pin(&mut pad, "0000", 10.0);
            assert_eq!(pad.submit(None, 10.0), PinCheck::Rejected { tries_left });
        }
        type_pin(&mut pad, "0000", 10.0);
        assert_eq!(
            pad.submit(None, 10.0),
            PinCheck::Locked { until_secs: 40.0 }
        );
        assert!(pad.is_locked(39.9));
        // While locked, even the right PIN is refused and digits are ignored.
        type_pin(&mut pad, DEFAULT_PIN, 20.0);
        assert!(pad.is_empty());
        assert_eq!(
            pad.submit(None, 20.0),
            PinCheck::Locked { until_secs: 40.0 }
        );
        assert!((pad.locked_for_secs(25.0) - 15.0).abs() < 1e-9);
        assert!(!pad.is_locked(40.0));
        type_pin(&mut pad, DEFAULT_PIN, 40.0);
        assert_eq!(pad.submit(None, 40.0), PinCheck::Accepted);
    }

    #[test]
    fn erase_and_length_limit() {
        let mut pad = PinPad::default();
        type_pin(&mut pad, "1234567890", 0.0);
        assert_eq!(pad.len(), 8);
        pad.erase();
        assert_eq!(pad.len(), 7);
        pad.press('x', 0.0);
        assert_eq!(pad.len(), 7);
    }
}
