//! Texts in content files: one per language, and for most of them one per age band.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::{ContentError, ContentFile};
use crate::age::{AgeBand, ByAge};
use crate::i18n::{FALLBACK_LANGS, Lang};

/// A short text in every language, e.g. a name: `name = { fr = "…", en = "…" }`. Each is set
/// as its language is printed (see [`crate::typography`]).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "BTreeMap<Lang, String>")]
pub struct Text(BTreeMap<Lang, String>);

impl From<BTreeMap<Lang, String>> for Text {
    fn from(texts: BTreeMap<Lang, String>) -> Self {
        Self(
            texts
                .into_iter()
                .map(|(lang, text)| {
                    let text = crate::typography::set(lang.as_str(), text);
                    (lang, text)
                })
                .collect(),
        )
    }
}

impl Text {
    /// The text in `lang`, else in the fallback languages (English, then French), else in
    /// the first language that has it.
    pub fn get(&self, lang: &Lang) -> &str {
        pick(&self.0, lang).map_or("", String::as_str)
    }

    fn has(&self, lang: &Lang) -> bool {
        self.0.get(lang).is_some_and(|text| !text.trim().is_empty())
    }
}

/// A text in every language for every age band:
/// `about.fr = { "6-9" = "…", "10-13" = "…", "14+" = "…" }`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "BTreeMap<Lang, ByAge<String>>")]
pub struct AgedText(BTreeMap<Lang, ByAge<String>>);

impl From<BTreeMap<Lang, ByAge<String>>> for AgedText {
    fn from(texts: BTreeMap<Lang, ByAge<String>>) -> Self {
        Self(
            texts
                .into_iter()
                .map(|(lang, by_age)| {
                    let set = |text: String| crate::typography::set(lang.as_str(), text);
                    let by_age = ByAge {
                        young: set(by_age.young),
                        middle: set(by_age.middle),
                        older: set(by_age.older),
                    };
                    (lang, by_age)
                })
                .collect(),
        )
    }
}

impl AgedText {
    /// The text for `lang` and `age`, else in the fallback languages (English, then French),
    /// else in the first language that has it.
    pub fn get(&self, lang: &Lang, age: AgeBand) -> &str {
        pick(&self.0, lang).map_or("", |by_age| by_age.get(age).as_str())
    }
}

/// The entry of `texts` for `lang`; else, logged once per language, the first of
/// [`FALLBACK_LANGS`] it has, else its first. A missing translation never hides a text.
fn pick<'a, T>(texts: &'a BTreeMap<Lang, T>, lang: &Lang) -> Option<&'a T> {
    if let Some(text) = texts.get(lang) {
        return Some(text);
    }
    crate::i18n::note_fallback(lang);
    FALLBACK_LANGS
        .iter()
        .find_map(|code| {
            texts
                .iter()
                .find(|(have, _)| have.as_str() == *code)
                .map(|(_, text)| text)
        })
        .or_else(|| texts.values().next())
}

/// Where a fact comes from and when we last checked it. Every fact-bearing entry has one,
/// written beside the fact as `sources = ["https://…"]` and `reviewed = 2026-11-23`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced {
    /// Pages that back the fact (at least one).
    pub sources: Vec<String>,
    /// The day we last checked it, `YYYY-MM-DD`.
    pub reviewed: String,
    reviewed_span: std::ops::Range<usize>,
    reviewed_is_date: bool,
}

impl Sourced {
    /// Keeps the sources and the review date as read from a file.
    pub fn new(sources: Vec<String>, reviewed: &Spanned<toml::value::Datetime>) -> Self {
        let date = reviewed.get_ref();
        Self {
            sources,
            reviewed: date.to_string(),
            reviewed_span: reviewed.span(),
            reviewed_is_date: date.date.is_some() && date.time.is_none(),
        }
    }

    /// Reports an empty source list (at `at`, the entry) or a review "date" that is not a plain
    /// date.
    pub fn check(
        &self,
        file: &ContentFile,
        at: &std::ops::Range<usize>,
        field: &str,
        problems: &mut Vec<ContentError>,
    ) {
        if self.sources.iter().all(|source| source.trim().is_empty()) {
            problems.push(file.error(at, format!("{field}.sources"), "needs at least one source"));
        }
        for (i, source) in self.sources.iter().enumerate() {
            if !source.trim().is_empty() && !super::review::is_source(source) {
                problems.push(file.error(
                    at,
                    format!("{field}.sources[{i}]"),
                    "must be a web address (https://…) or a reference with its author, title and year",
                ));
            }
        }
        if !self.reviewed_is_date {
            problems.push(file.error(
                &self.reviewed_span,
                format!("{field}.reviewed"),
                "must be a plain date like 2026-11-23",
            ));
        } else if self
            .reviewed
            .parse::<jiff::civil::Date>()
            .is_ok_and(|date| date > super::review::today())
        {
            problems.push(file.error(
                &self.reviewed_span,
                format!("{field}.reviewed"),
                "is in the future: it is the day the claim was checked",
            ));
        }
    }
}

/// Reports every language of `langs` that `text` lacks or leaves empty.
pub fn check_text(
    file: &ContentFile,
    text: &Spanned<Text>,
    field: &str,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) {
    for lang in langs {
        if !text.get_ref().has(lang) {
            problems.push(file.error(&text.span(), format!("{field}.{lang}"), "missing text"));
        }
    }
}

/// Reports every language of `langs` and age band that `text` lacks or leaves empty.
pub fn check_aged_text(
    file: &ContentFile,
    text: &Spanned<AgedText>,
    field: &str,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) {
    for lang in langs {
        match text.get_ref().0.get(lang) {
            None => {
                problems.push(file.error(&text.span(), format!("{field}.{lang}"), "missing text"));
            }
            Some(by_age) => {
                for (age, value) in by_age.iter() {
                    if value.trim().is_empty() {
                        problems.push(file.error(
                            &text.span(),
                            format!("{field}.{lang}.{age}"),
                            "empty text",
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_language_falls_back_to_english_then_french() {
        let text = |pairs: &[(&str, &str)]| {
            Text::from(
                pairs
                    .iter()
                    .map(|(lang, text)| (Lang::new(*lang), (*text).to_owned()))
                    .collect::<BTreeMap<_, _>>(),
            )
        };
        let both = text(&[("fr", "Bonjour"), ("en", "Hello"), ("de", "Hallo")]);
        assert_eq!(both.get(&Lang::new("de")), "Hallo");
        assert_eq!(both.get(&Lang::new("es")), "Hello", "English first");
        let french = text(&[("fr", "Bonjour"), ("de", "Hallo")]);
        assert_eq!(french.get(&Lang::new("es")), "Bonjour", "then French");
        let other = text(&[("it", "Ciao")]);
        assert_eq!(other.get(&Lang::new("es")), "Ciao", "never nothing");
    }

    #[test]
    fn french_texts_are_set_as_french_is_printed() {
        let text: Text = toml::from_str::<BTreeMap<String, Text>>(
            "name = { fr = \"Qui me suit ?\", en = \"Who follows me?\" }",
        )
        .expect("a text")
        .remove("name")
        .expect("name");
        assert_eq!(text.get(&Lang::new("fr")), "Qui me suit\u{202F}?");
        assert_eq!(text.get(&Lang::new("en")), "Who follows me?");
        let aged: AgedText = toml::from_str::<BTreeMap<String, AgedText>>(
            "about.fr = { \"6-9\" = \"Bravo !\", \"10-13\" = \"« Oui »\", \"14+\" = \"a ; b\" }",
        )
        .expect("an aged text")
        .remove("about")
        .expect("about");
        let fr = Lang::new("fr");
        assert_eq!(aged.get(&fr, AgeBand::Young), "Bravo\u{202F}!");
        assert_eq!(aged.get(&fr, AgeBand::Middle), "«\u{202F}Oui\u{202F}»");
        assert_eq!(aged.get(&fr, AgeBand::Older), "a\u{202F}; b");
    }

    #[derive(Deserialize)]
    struct Doc {
        name: Spanned<Text>,
        about: Spanned<AgedText>,
    }

    fn langs() -> Vec<Lang> {
        vec![Lang::new("en"), Lang::new("fr")]
    }

    #[test]
    fn lookups_fall_back_to_another_language() {
        let file = ContentFile::from_text(
            "t.toml",
            "name = { fr = \"Bonjour\" }\n[about.fr]\n\"6-9\" = \"a\"\n\"10-13\" = \"b\"\n\"14+\" = \"c\"\n",
        );
        let doc: Doc = file.parse().unwrap();
        assert_eq!(doc.name.get_ref().get(&Lang::new("en")), "Bonjour");
        assert_eq!(
            doc.about.get_ref().get(&Lang::new("fr"), AgeBand::Older),
            "c"
        );
        let mut problems = Vec::new();
        check_text(&file, &doc.name, "name", &langs(), &mut problems);
        check_aged_text(&file, &doc.about, "about", &langs(), &mut problems);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec![
                "t.toml:1: name.en: missing text".to_owned(),
                "t.toml:2: about.en: missing text".to_owned()
            ]
        );
    }

    #[test]
    fn empty_texts_are_problems() {
        let file = ContentFile::from_text(
            "t.toml",
            "name = { fr = \"x\", en = \" \" }\n[about.fr]\n\"6-9\" = \"\"\n\"10-13\" = \"b\"\n\"14+\" = \"c\"\n[about.en]\n\"6-9\" = \"a\"\n\"10-13\" = \"b\"\n\"14+\" = \"c\"\n",
        );
        let doc: Doc = file.parse().unwrap();
        let mut problems = Vec::new();
        check_text(&file, &doc.name, "name", &langs(), &mut problems);
        check_aged_text(&file, &doc.about, "about", &langs(), &mut problems);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[1].field.as_deref(), Some("about.fr.6-9"));
    }
}
