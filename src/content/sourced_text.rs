//! A text told for each age band with where it comes from, named by an id (`[[lesson]]` in
//! "Secret message", `[[fact]]` in "Run your own little host"): how content files write it,
//! and the check that every text an activity needs is there, worded for every band, sourced
//! and dated.

use serde::Deserialize;
use toml::Spanned;

use super::{AgedText, ContentError, ContentFile, Sourced, check_aged_text};
use crate::age::AgeBand;
use crate::i18n::Lang;

/// A text per language and age band, with its sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourcedText {
    /// Its id (`caesar`, `charter`).
    pub id: String,
    /// The text, per language and age band.
    pub text: AgedText,
    /// Where it comes from.
    pub sourced: Sourced,
}

/// A sourced text as written in a content file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSourcedText {
    id: Spanned<String>,
    text: Spanned<AgedText>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

/// The texts of `ids`, in that order, taken from `raw` (the `[[table]]` entries of `file`, read
/// from `path`) and checked: each must be there, in every language of `langs` and every age
/// band, with sources and a review date. Problems go to `problems`; a missing text is left out.
pub fn check_sourced_texts(
    file: &ContentFile,
    path: &str,
    table: &str,
    raw: &[RawSourcedText],
    ids: &[&str],
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<SourcedText> {
    let mut texts = Vec::new();
    for &id in ids {
        let Some(entry) = raw.iter().find(|entry| entry.id.get_ref() == id) else {
            problems.push(ContentError::file(
                path,
                format!("no [[{table}]] with id {id:?}"),
            ));
            continue;
        };
        let field = format!("{table}[{id}]");
        check_aged_text(file, &entry.text, &format!("{field}.text"), langs, problems);
        let sourced = Sourced::new(entry.sources.clone(), &entry.reviewed);
        sourced.check(file, &entry.id.span(), &field, problems);
        texts.push(SourcedText {
            id: id.to_owned(),
            text: entry.text.get_ref().clone(),
            sourced,
        });
    }
    texts
}

/// The text `id` of `texts` for `lang` and `age` (empty if there is none).
pub fn sourced_text<'a>(texts: &'a [SourcedText], id: &str, lang: &Lang, age: AgeBand) -> &'a str {
    texts
        .iter()
        .find(|text| text.id == id)
        .map_or("", |text| text.text.get(lang, age))
}
