//! Coloured round badges with one or two letters, which stand in for brand logos: how content
//! files write them (`badge = { initial = "G", color = "#1A73E8", picture = "mail" }`, the
//! picture optional) and how they are checked.

use serde::Deserialize;
use toml::Spanned;

use super::{ContentError, ContentFile, Picture};

/// A coloured round badge with an initial, in place of a logo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    /// One or two letters.
    pub initial: String,
    /// Red, green, blue.
    pub rgb: [u8; 3],
    /// What the app does, drawn in place of the letters for those who cannot read yet.
    pub picture: Option<Picture>,
}

/// A badge as written in a content file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBadge {
    initial: Spanned<String>,
    color: Spanned<String>,
    picture: Option<Picture>,
}

/// Checks a badge: one or two letters, a `#RRGGBB` colour. Problems go to `problems`.
pub fn check_badge(
    file: &ContentFile,
    raw: RawBadge,
    field: &str,
    problems: &mut Vec<ContentError>,
) -> Badge {
    let letters = raw.initial.get_ref().chars().count();
    if !(1..=2).contains(&letters) {
        problems.push(file.error(
            &raw.initial.span(),
            format!("{field}.initial"),
            "must be one or two letters",
        ));
    }
    let rgb = parse_rgb(raw.color.get_ref()).unwrap_or_else(|| {
        problems.push(file.error(
            &raw.color.span(),
            format!("{field}.color"),
            "must be a colour like \"#1A73E8\"",
        ));
        [0, 0, 0]
    });
    Badge {
        initial: raw.initial.into_inner(),
        rgb,
        picture: raw.picture,
    }
}

fn parse_rgb(text: &str) -> Option<[u8; 3]> {
    let digits = text.strip_prefix('#')?;
    if digits.len() != 6 {
        return None;
    }
    let value = u32::from_str_radix(digits, 16).ok()?;
    Some([(value >> 16) as u8, (value >> 8) as u8, value as u8])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rgb_colours_parse() {
        assert_eq!(parse_rgb("#1A73E8"), Some([0x1A, 0x73, 0xE8]));
        assert_eq!(parse_rgb("1A73E8"), None);
        assert_eq!(parse_rgb("#1A73E"), None);
    }
}
