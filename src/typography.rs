//! French typography, applied where texts are loaded (content files and translations, whose
//! Fluent syntax has none of these signs), so that no author has to type invisible characters: a narrow no-break space
//! (U+202F) before `: ; ! ?` and inside « », as French printers set them, so that a colon or a
//! question mark never starts a line on its own.

/// The narrow no-break space.
pub const NARROW_NBSP: char = '\u{202F}';

/// `text` as set in language `lang` (its code): French punctuation spaced, other languages
/// unchanged.
pub fn set(lang: &str, text: String) -> String {
    if lang == "fr" { french(&text) } else { text }
}

/// French spacing: a space (plain, no-break or none after a word) before `; ! ?`, a space
/// before `:` and inside « » become one narrow no-break space. A colon with no space before it
/// is left alone (times like 16:30, web addresses), and so is `!` or `?` right after another
/// one (`?!`).
pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let spaced = matches!(c, ' ' | '\u{a0}' | NARROW_NBSP);
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|j| chars[j]);
        // A space before a high sign, or after «: the narrow one.
        if spaced
            && (next.is_some_and(|n| matches!(n, ':' | ';' | '!' | '?' | '»')) || prev == Some('«'))
        {
            // The space is written once, whatever it was.
            if !out.ends_with(NARROW_NBSP) {
                out.push(NARROW_NBSP);
            }
            continue;
        }
        let after_word = prev.is_some_and(|p| !p.is_whitespace() && p != NARROW_NBSP);
        if matches!(c, ';' | '!' | '?' | '»')
            && after_word
            && !matches!(prev, Some('!' | '?' | '«'))
            && !out.ends_with(NARROW_NBSP)
        {
            out.push(NARROW_NBSP);
        }
        out.push(c);
        if c == '«' && next.is_some_and(|n| !n.is_whitespace()) {
            out.push(NARROW_NBSP);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        french(text).replace(NARROW_NBSP, "_")
    }

    #[test]
    fn high_signs_get_a_narrow_no_break_space() {
        assert_eq!(show("Bravo ! Et toi ?"), "Bravo_! Et toi_?");
        assert_eq!(show("Bravo! Et toi?"), "Bravo_! Et toi_?");
        assert_eq!(show("Je veux : ceci ; cela"), "Je veux_: ceci_; cela");
        assert_eq!(show("Vraiment ?!"), "Vraiment_?!");
        assert_eq!(show("Code\u{a0}: 1234"), "Code_: 1234");
    }

    #[test]
    fn quotes_hold_their_words_closely() {
        assert_eq!(show("« Bonjour »"), "«_Bonjour_»");
        assert_eq!(show("«Bonjour»"), "«_Bonjour_»");
    }

    #[test]
    fn times_addresses_and_other_languages_are_left_alone() {
        assert_eq!(
            show("à 16:30 sur https://example.org"),
            "à 16:30 sur https://example.org"
        );
        assert_eq!(set("en", "Ready? Go!".into()), "Ready? Go!");
        assert_eq!(french("déjà espacé\u{202F}!"), "déjà espacé\u{202F}!");
    }
}
