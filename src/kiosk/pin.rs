//! The facilitator's PIN: stored only as a salted hash, typed on an on-screen pad, with a
//! lockout after repeated mistakes.

use std::fmt::{self, Write as _};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The PIN until the facilitator changes it (documented in the README).
pub const DEFAULT_PIN: &str = "1234";
/// Digits a PIN may have.
pub const PIN_LENGTH: std::ops::RangeInclusive<usize> = 4..=8;
/// Wrong PINs in a row before the pad locks.
pub const MAX_FAILURES: u32 = 5;
/// How long the pad stays locked.
pub const LOCKOUT_SECS: f64 = 30.0;

/// PBKDF2-HMAC-SHA256 rounds: slow enough to make guessing costly, fast enough on an old laptop.
const ROUNDS: u32 = 100_000;
const SALT_LEN: usize = 16;
const HASH_LEN: usize = 32;

/// A salted PIN hash, written in settings as `pbkdf2-sha256$ROUNDS$SALT$HASH` (hex).
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash {
    rounds: u32,
    salt: Vec<u8>,
    hash: Vec<u8>,
}

impl fmt::Debug for PinHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PinHash(…)")
    }
}

impl PinHash {
    /// Hashes `pin` with a fresh random salt.
    ///
    /// # Errors
    /// When the system has no source of randomness, or the PIN is not 4 to 8 digits.
    pub fn new(pin: &str) -> Result<Self, PinError> {
        if !is_valid_pin(pin) {
            return Err(PinError::Format);
        }
        let mut salt = vec![0_u8; SALT_LEN];
        getrandom::fill(&mut salt).map_err(|_| PinError::NoRandomness)?;
        Ok(Self::with_salt(pin, salt, ROUNDS))
    }

    fn with_salt(pin: &str, salt: Vec<u8>, rounds: u32) -> Self {
        let mut hash = vec![0_u8; HASH_LEN];
        pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), &salt, rounds, &mut hash);
        Self { rounds, salt, hash }
    }

    /// Whether `pin` is the one hashed, compared in constant time.
    pub fn matches(&self, pin: &str) -> bool {
        let candidate = Self::with_salt(pin, self.salt.clone(), self.rounds);
        let difference = candidate
            .hash
            .iter()
            .zip(&self.hash)
            .fold(0_u8, |acc, (a, b)| acc | (a ^ b));
        difference == 0 && candidate.hash.len() == self.hash.len()
    }
}

/// Whether `pin` has the right shape: 4 to 8 digits.
pub fn is_valid_pin(pin: &str) -> bool {
    PIN_LENGTH.contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit())
}

/// A PIN that cannot be set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// Not 4 to 8 digits.
    #[error("a PIN has 4 to 8 digits")]
    Format,
    /// No randomness for the salt.
    #[error("the system gave no random numbers for the salt")]
    NoRandomness,
}

impl fmt::Display for PinHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "pbkdf2-sha256${}${}${}",
            self.rounds,
            hex(&self.salt),
            hex(&self.hash)
        )
    }
}

impl FromStr for PinHash {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut parts = text.split('$');
        let (Some("pbkdf2-sha256"), Some(rounds), Some(salt), Some(hash), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err("expected pbkdf2-sha256$ROUNDS$SALT$HASH".into());
        };
        let rounds: u32 = rounds.parse().map_err(|_| "bad round count".to_owned())?;
        let salt = unhex(salt).ok_or("the salt is not hexadecimal")?;
        let hash = unhex(hash).ok_or("the hash is not hexadecimal")?;
        if rounds == 0 || salt.len() < 8 || hash.len() != HASH_LEN {
            return Err("the PIN hash has the wrong size".into());
        }
        Ok(Self { rounds, salt, hash })
    }
}

impl Serialize for PinHash {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PinHash {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut text, byte| {
        let _ = write!(text, "{byte:02x}");
        text
    })
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

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

    #[test]
    fn a_hash_matches_only_its_pin_and_round_trips_as_text() {
        let hash = PinHash::new("2468").unwrap();
        assert!(hash.matches("2468"));
        assert!(!hash.matches("2469"));
        assert!(!hash.matches(""));
        let text = hash.to_string();
        assert!(text.starts_with("pbkdf2-sha256$100000$"));
        assert!(!text.contains("2468"), "the PIN itself is never written");
        let back: PinHash = text.parse().unwrap();
        assert!(back.matches("2468"));
    }

    #[test]
    fn the_same_pin_gets_a_different_salt_each_time() {
        assert_ne!(
            PinHash::new("1111").unwrap().to_string(),
            PinHash::new("1111").unwrap().to_string()
        );
    }

    #[test]
    fn only_four_to_eight_digits_make_a_pin() {
        assert!(is_valid_pin("1234") && is_valid_pin("12345678"));
        assert!(!is_valid_pin("123") && !is_valid_pin("123456789") && !is_valid_pin("12a4"));
        assert_eq!(PinHash::new("12"), Err(PinError::Format));
    }

    #[test]
    fn broken_hashes_are_refused() {
        for text in [
            "",
            "md5$1$aa$bb",
            "pbkdf2-sha256$x$00$00",
            "pbkdf2-sha256$10$zz$00",
            "pbkdf2-sha256$10$0011223344556677$00",
        ] {
            assert!(text.parse::<PinHash>().is_err(), "{text}");
        }
    }

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
