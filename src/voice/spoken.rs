//! Texts written for the eye, said for the ear: what a speech synthesizer is given instead of
//! what the screen shows, and which texts cannot be said as written.
//!
//! The screen may show pictograms, "6-9", "14+", "40 %", "wikipedia.org" or "GNU/Linux"; the
//! voice says "6 to 9 years old", "40 percent", "wikipedia dot org", "GNU Linux", and nothing
//! for a pictogram. A full web address (with its `https://` or its path) or an e-mail address
//! would be spelled out character by character: it is left out of what is said, and
//! `archipel check-content` lists the texts that hold one.

/// Words written in capitals that are said as words, not spelled letter by letter.
const SAID_AS_WORDS: [&str; 6] = ["CHATONS", "ONLYOFFICE", "RENATER", "GNU", "PIN", "OMEMO"];

/// What the synthesizer is given for `text` in `lang`: pictograms and symbols dropped or said
/// in words, age bands and percentages said in full, addresses left out, spaces made plain.
pub fn for_the_ear(text: &str, lang: &str) -> String {
    let french = lang == "fr";
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        if is_address(word) {
            continue;
        }
        let word = &say_domain(word, french);
        let word: String = word.chars().filter(|c| !is_pictogram(*c)).collect();
        if word.is_empty() {
            continue;
        }
        words.push(say_word(&word, french));
    }
    let said = words.join(" ");
    // Symbols that the synthesizer would read by name, or stumble on.
    let said = said
        .replace(['\u{a0}', '\u{202f}'], " ")
        .replace(" & ", if french { " et " } else { " and " })
        // GNU/Linux, 4G/5G, S/MIME: the slash is not said.
        .replace('/', " ");
    said.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One word for the ear: an age band, a percentage, a word in capitals.
fn say_word(word: &str, french: bool) -> String {
    let (core, tail) = split_trailing_punctuation(word);
    let said = if let Some((from, to)) = age_band(core) {
        match (to, french) {
            (Some(to), true) => format!("{from} à {to} ans"),
            (Some(to), false) => format!("{from} to {to} years old"),
            (None, true) => format!("{from} ans et plus"),
            (None, false) => format!("{from} and over"),
        }
    } else if core == "%" {
        if french { "pour cent" } else { "percent" }.to_owned()
    } else if let Some(number) = core.strip_suffix('%') {
        format!("{number} {}", if french { "pour cent" } else { "percent" })
    } else if core == "Archipel" && !french {
        // A French word: "ar-shi-pel", not "ar-ki-pel" (heard with eSpeak NG's English voice).
        "Arshipel".to_owned()
    } else if SAID_AS_WORDS.contains(&core) {
        let mut chars = core.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_string() + &chars.as_str().to_lowercase()
        })
    } else {
        core.to_owned()
    };
    said + tail
}

/// `word` without the punctuation that ends it, and that punctuation.
fn split_trailing_punctuation(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .rev()
        .find(|(_, c)| !matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '»' | '"'))
        .map_or(0, |(index, c)| index + c.len_utf8());
    word.split_at(end)
}

/// `6-9` → (6, Some(9)); `14+` → (14, None). Only the shapes of an age band.
fn age_band(word: &str) -> Option<(u32, Option<u32>)> {
    if let Some(from) = word.strip_suffix('+') {
        return from.parse().ok().map(|from| (from, None));
    }
    let (from, to) = word.split_once(['-', '–'])?;
    let (from, to): (u32, u32) = (from.parse().ok()?, to.parse().ok()?);
    (from < to && to <= 18).then_some((from, Some(to)))
}

/// The endings of the domain names the texts name.
const DOMAIN_ENDINGS: [&str; 6] = ["org", "com", "fr", "net", "io", "eu"];

/// A full web address (with its protocol, `www.` or a path) or an e-mail address, which a
/// synthesizer spells out.
fn is_address(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    word.contains("://")
        || word.starts_with("www.")
        || (word.contains('@') && word.contains('.'))
        || DOMAIN_ENDINGS
            .iter()
            .any(|tld| word.contains(&format!(".{tld}/")))
}

/// A bare domain name (`wikipedia.org`, `Outlook.com`) said the way people say it:
/// "wikipedia point org", "wikipedia dot org".
fn say_domain(word: &str, french: bool) -> String {
    let (core, tail) = split_trailing_punctuation(word);
    let Some((name, ending)) = core.rsplit_once('.') else {
        return word.to_owned();
    };
    if name.is_empty() || !DOMAIN_ENDINGS.contains(&ending) {
        return word.to_owned();
    }
    let dot = if french { "point" } else { "dot" };
    format!(
        "{} {dot} {ending}{tail}",
        name.replace('.', &format!(" {dot} "))
    )
}

/// A pictogram: the icon fonts' private use area, emoji, dingbats, arrows and bullets.
fn is_pictogram(c: char) -> bool {
    matches!(c as u32,
        0xE000..=0xF8FF
        | 0x1F000..=0x1FAFF
        | 0x2600..=0x27BF
        | 0x2190..=0x21FF
        | 0x2B00..=0x2BFF
        | 0x2022
        | 0xFE0F)
        || c == '|'
}

/// Why `text` cannot be said as written, if it cannot: what the voice leaves out or would
/// say oddly. `archipel check-content` lists them, so that a writer can say it another way.
pub fn unspeakable(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.iter().any(|word| is_address(word)) {
        return Some("holds an address, which the voice leaves out");
    }
    if words.iter().any(|word| {
        word.chars()
            .any(|c| matches!(c, '#' | '\\' | '_' | '*' | '~' | '=' | '<' | '>'))
    }) {
        return Some("holds a symbol that a voice reads by its name");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_bands_and_percentages_are_said_in_full() {
        assert_eq!(
            for_the_ear("Pour les 6-9 et les 14+.", "fr"),
            "Pour les 6 à 9 ans et les 14 ans et plus."
        );
        assert_eq!(
            for_the_ear("For 10-13, 40 % of people", "en"),
            "For 10 to 13 years old, 40 percent of people"
        );
        assert_eq!(for_the_ear("40% des gens", "fr"), "40 pour cent des gens");
    }

    #[test]
    fn pictograms_and_addresses_are_not_said() {
        assert_eq!(
            for_the_ear("\u{e0b0} Regarde\u{a0}! → https://chatons.org", "fr"),
            "Regarde !"
        );
        assert_eq!(
            for_the_ear("Write to me@example.org today", "en"),
            "Write to today"
        );
    }

    #[test]
    fn words_in_capitals_said_as_words_are_not_spelled() {
        assert_eq!(
            for_the_ear("Le collectif CHATONS, et le DNS.", "fr"),
            "Le collectif Chatons, et le DNS."
        );
    }

    #[test]
    fn the_apps_name_is_said_the_french_way_in_english() {
        assert_eq!(for_the_ear("Archipel: a map", "en"), "Arshipel: a map");
        assert_eq!(
            for_the_ear("Archipel : une carte", "fr"),
            "Archipel : une carte"
        );
    }

    #[test]
    fn dates_and_ranges_that_are_not_ages_are_left_alone() {
        assert_eq!(for_the_ear("de 2014-2021", "fr"), "de 2014-2021");
        assert_eq!(for_the_ear("page 3-30", "en"), "page 3-30");
    }

    #[test]
    fn domain_names_and_slashes_are_said_as_people_say_them() {
        assert_eq!(
            for_the_ear("un nom comme wikipedia.org en numéro", "fr"),
            "un nom comme wikipedia point org en numéro"
        );
        assert_eq!(
            for_the_ear("Outlook.com, and GNU/Linux", "en"),
            "Outlook dot com, and GNU Linux"
        );
        assert!(unspeakable("Outlook.com").is_none());
        assert!(unspeakable("en 4G/5G").is_none());
    }

    #[test]
    fn texts_that_cannot_be_said_are_told_apart() {
        assert!(unspeakable("Va sur https://chatons.org").is_some());
        assert!(unspeakable("Tape #archipel").is_some());
        assert!(unspeakable("Bloque les traqueurs cachés.").is_none());
        assert!(unspeakable("Pour les 6-9 ans, 40 %").is_none());
    }
}
