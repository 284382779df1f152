//! The facilitator's PIN as the settings keep it: only a salted hash, never the digits.

use std::fmt::{self, Write as _};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The PIN until the facilitator changes it (documented in the README).
pub const DEFAULT_PIN: &str = "1234";
/// Digits a PIN may have.
pub const PIN_LENGTH: std::ops::RangeInclusive<usize> = 4..=8;

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
}
