//! The three age bands every text, difficulty and timer is tuned for.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Who is in front of the screen: `6-9`, `10-13` or `14+`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum AgeBand {
    /// 6 to 9 years old: many cannot read well; big pictures, one short sentence, no timers.
    #[serde(rename = "6-9")]
    Young,
    /// 10 to 13 years old: real names and facts, short texts.
    #[default]
    #[serde(rename = "10-13")]
    Middle,
    /// 14 and older (and adults): technical words, the full set of criteria.
    #[serde(rename = "14+")]
    Older,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [Self; 3] = [Self::Young, Self::Middle, Self::Older];

    /// The label used on the command line and in content files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Young => "6-9",
            Self::Middle => "10-13",
            Self::Older => "14+",
        }
    }

    /// The value passed to Fluent as `$age`, for selectors such as
    /// `{ $age -> [young] … [middle] … *[older] … }`.
    pub fn fluent_key(self) -> &'static str {
        match self {
            Self::Young => "young",
            Self::Middle => "middle",
            Self::Older => "older",
        }
    }
}

impl fmt::Display for AgeBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text given was not one of `6-9`, `10-13`, `14+`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown age band {0:?}: expected 6-9, 10-13 or 14+")]
pub struct UnknownAgeBand(pub String);

impl FromStr for AgeBand {
    type Err = UnknownAgeBand;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|band| band.as_str() == s.trim())
            .ok_or_else(|| UnknownAgeBand(s.to_owned()))
    }
}

/// A value for each age band, as written in content files:
/// `{ "6-9" = …, "10-13" = …, "14+" = … }`. All three are required.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByAge<T> {
    /// For 6-9.
    #[serde(rename = "6-9")]
    pub young: T,
    /// For 10-13.
    #[serde(rename = "10-13")]
    pub middle: T,
    /// For 14+.
    #[serde(rename = "14+")]
    pub older: T,
}

impl<T> ByAge<T> {
    /// The value for `band`.
    pub fn get(&self, band: AgeBand) -> &T {
        match band {
            AgeBand::Young => &self.young,
            AgeBand::Middle => &self.middle,
            AgeBand::Older => &self.older,
        }
    }

    /// Every value with its band, youngest first.
    pub fn iter(&self) -> impl Iterator<Item = (AgeBand, &T)> {
        AgeBand::ALL
            .into_iter()
            .map(move |band| (band, self.get(band)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_labels_and_rejects_others() {
        for band in AgeBand::ALL {
            assert_eq!(band.as_str().parse::<AgeBand>(), Ok(band));
        }
        assert_eq!(" 14+ ".parse::<AgeBand>(), Ok(AgeBand::Older));
        assert!("12".parse::<AgeBand>().is_err());
        assert!("".parse::<AgeBand>().is_err());
    }

    #[test]
    fn by_age_needs_all_three_bands() {
        let full: ByAge<String> =
            toml::from_str("\"6-9\" = \"a\"\n\"10-13\" = \"b\"\n\"14+\" = \"c\"").unwrap();
        assert_eq!(full.get(AgeBand::Middle), "b");
        let missing = toml::from_str::<ByAge<String>>("\"6-9\" = \"a\"\n\"14+\" = \"c\"");
        assert!(missing.unwrap_err().to_string().contains("10-13"));
    }
}
