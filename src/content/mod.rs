//! Content files: where they come from (embedded or a folder), how they are parsed into typed
//! structs, and how a problem in them is reported (`file:line: field: reason`).
//!
//! Parsing is two steps, like the loaders of `GCompris`: serde turns a TOML file into typed structs
//! (enums for closed sets, newtypes for ids), then each activity cross-checks references and texts
//! and reports *every* problem it finds, not only the first.

mod badge;
mod companies;
pub mod merge;
mod picture;
pub mod review;
mod source;
mod sourced_text;
mod text;

use std::fmt;
use std::ops::Range;

use serde::de::DeserializeOwned;

use crate::i18n::Lang;

pub use badge::{Badge, RawBadge, check_badge};
pub use companies::{COMPANIES_FILE, Companies, Company, CompanyId};
pub use picture::Picture;
pub use source::{ContentSource, MAX_FILE_BYTES};
pub use sourced_text::{RawSourcedText, SourcedText, check_sourced_texts, sourced_text};
pub use text::{AgedText, Sourced, Text, check_aged_text, check_text};

/// One problem in a content file, precise enough to fix it without searching.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ContentError {
    /// The file, as the facilitator would find it (`content/alternatives/services.toml`).
    pub file: String,
    /// 1-based line, when the problem can be tied to one.
    pub line: Option<usize>,
    /// The field involved, as a dotted path (`service[3].owner`), when known.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub reason: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.reason)
    }
}

impl ContentError {
    /// A problem with a whole file (missing, unreadable).
    pub fn file(file: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: None,
            field: None,
            reason: reason.into(),
        }
    }
}

/// All problems found while loading one activity's content.
pub type ContentErrors = Vec<ContentError>;

/// A content file read into memory, which knows how to turn byte offsets into line numbers.
///
/// With content packs, one file is several layers: the built-in file, then each pack's version
/// of it, laid over it by the rules of [`merge`]. Every layer keeps its own name and text, and
/// its spans are shifted past the layers before it, so a problem anywhere in the merged file
/// still names the file and line it came from.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// The built-in file (or the one file of a folder being checked).
    base: Layer,
    /// Each pack's version of it, in the packs' order.
    packs: Vec<Layer>,
}

/// One file of a layered [`ContentFile`].
#[derive(Debug, Clone)]
struct Layer {
    name: String,
    text: String,
    /// Where its spans start in the layered file.
    offset: usize,
}

impl ContentFile {
    /// Reads `rel` (`alternatives/services.toml`) from `source`: the built-in file, then the
    /// version of each pack that has one.
    ///
    /// # Errors
    /// The file is missing, unreadable, too large or not UTF-8.
    pub fn load(source: &ContentSource, rel: &str) -> Result<Self, ContentError> {
        let read = |layer: &ContentSource, offset: usize| {
            let name = layer.display_path(rel);
            let text = layer
                .read_text(rel)
                .map_err(|reason| ContentError::file(&name, reason))?;
            Ok(Layer { name, text, offset })
        };
        let (base, packs) = source.base_and_packs();
        let base = read(base, 0)?;
        let mut offset = base.text.len() + 1;
        let mut layers = Vec::new();
        for pack in packs.iter().filter(|pack| pack.exists(rel)) {
            let layer = read(pack, offset)?;
            offset += layer.text.len() + 1;
            layers.push(layer);
        }
        Ok(Self {
            base,
            packs: layers,
        })
    }

    /// A file built from memory, for tests and tools.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            base: Layer {
                name: name.into(),
                text: text.into(),
                offset: 0,
            },
            packs: Vec::new(),
        }
    }

    /// The name shown in error messages: the built-in file's.
    pub fn name(&self) -> &str {
        &self.base.name
    }

    /// Parses the whole file as TOML into `T`, each pack's layer laid over the built-in one.
    ///
    /// # Errors
    /// Bad TOML syntax, a file nested too deep, a pack's layer that cannot be laid over (an
    /// unknown entry to hide, an entry another pack added), a missing or unknown field, a wrong
    /// type or an unknown enum value: the error names the file, the line and the dotted path of
    /// the field.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        let deserializer = toml::de::Deserializer::from(self.merged()?);
        serde_path_to_error::deserialize(deserializer).map_err(|err| {
            let path = err.path().to_string();
            let field = (path != ".").then_some(path);
            let inner = err.into_inner();
            self.error_opt(inner.span(), field, first_line(inner.message()))
        })
    }

    /// How many texts the file has (tables with a text per language), and how many of them
    /// each of `langs` has, packs' layers included.
    ///
    /// # Errors
    /// As [`Self::parse`], for the layers that cannot be read or laid over.
    pub fn text_coverage(&self, langs: &[Lang]) -> Result<(usize, Vec<usize>), ContentError> {
        let merged = self.merged()?;
        let mut total = 0;
        let mut has = vec![0; langs.len()];
        count_texts(&merged.into_inner(), langs, &mut total, &mut has);
        Ok((total, has))
    }

    /// Every text of the file, in every language of `langs` that it has (and every age band):
    /// where it is (`file:line`) and what it says.
    ///
    /// # Errors
    /// As [`Self::parse`], for the layers that cannot be read or laid over.
    pub fn texts(&self, langs: &[Lang]) -> Result<Vec<TextAt>, ContentError> {
        let merged = self.merged()?;
        let mut found = Vec::new();
        collect_texts(&merged.into_inner(), langs, &mut |span, lang, text| {
            found.push(TextAt {
                file: self.layer_at(span.start).name.clone(),
                line: self.line_of(span.start),
                lang: lang.to_owned(),
                text: text.to_owned(),
            });
        });
        Ok(found)
    }

    /// The file's layers parsed and laid over one another.
    fn merged(&self) -> Result<toml::Spanned<toml::de::DeTable<'_>>, ContentError> {
        let mut merged: Option<toml::Spanned<toml::de::DeTable<'_>>> = None;
        let built_in = 0..self.base.text.len() + 1;
        for layer in std::iter::once(&self.base).chain(&self.packs) {
            let shifted = |span: Range<usize>| span.start + layer.offset..span.end + layer.offset;
            let table = toml::de::DeTable::parse(&layer.text).map_err(|err| {
                self.error_opt(err.span().map(shifted), None, first_line(err.message()))
            })?;
            let span = table.span();
            let mut value = toml::Spanned::new(span, toml::de::DeValue::Table(table.into_inner()));
            if layer.offset > 0 {
                merge::shift(&mut value, layer.offset);
            }
            if merge::depth(value.get_ref()) > merge::MAX_DEPTH {
                return Err(self.error_opt(
                    Some(value.span()),
                    None,
                    format!("nested more than {} levels deep", merge::MAX_DEPTH),
                ));
            }
            let span = value.span();
            let toml::de::DeValue::Table(table) = value.into_inner() else {
                continue;
            };
            merged = Some(match merged {
                None => toml::Spanned::new(span, table),
                Some(mut base) => {
                    let added_by = |at: usize| self.layer_at(at).name.clone();
                    merge::lay_over(base.get_mut(), table, &built_in, &added_by).map_err(
                        |problems| {
                            let problem = problems.into_iter().next().unwrap_or_else(|| {
                                merge::MergeProblem {
                                    span: span.clone(),
                                    field: String::new(),
                                    reason: "cannot be laid over the built-in file".to_owned(),
                                }
                            });
                            self.error_opt(Some(problem.span), Some(problem.field), problem.reason)
                        },
                    )?;
                    base
                }
            });
        }
        merged.ok_or_else(|| self.error_opt(None, None, "file not found"))
    }

    /// A problem at byte range `span` of this file.
    pub fn error(
        &self,
        span: &Range<usize>,
        field: impl Into<String>,
        reason: impl Into<String>,
    ) -> ContentError {
        self.error_opt(Some(span.clone()), Some(field.into()), reason)
    }

    fn error_opt(
        &self,
        span: Option<Range<usize>>,
        field: Option<String>,
        reason: impl Into<String>,
    ) -> ContentError {
        let file = span.as_ref().map_or_else(
            || self.name().to_owned(),
            |span| self.layer_at(span.start).name.clone(),
        );
        ContentError {
            file,
            line: span.map(|span| self.line_of(span.start)),
            field,
            reason: reason.into(),
        }
    }

    /// The layer that holds byte `offset` of the layered file.
    fn layer_at(&self, offset: usize) -> &Layer {
        self.packs
            .iter()
            .rev()
            .find(|layer| layer.offset <= offset)
            .unwrap_or(&self.base)
    }

    /// The 1-based line holding byte `offset`, in the file of its layer.
    pub fn line_of(&self, offset: usize) -> usize {
        let layer = self.layer_at(offset);
        crate::fsutil::line_of(&layer.text, offset - layer.offset)
    }
}

/// Both results when both loaded, else every problem of either: an activity reports the
/// problems of its metadata and of its data files at once.
///
/// # Errors
/// The problems of `a` followed by those of `b`.
pub fn both<A, B>(
    a: Result<A, Vec<ContentError>>,
    b: Result<B, Vec<ContentError>>,
) -> Result<(A, B), Vec<ContentError>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => {
            let mut problems = a.err().unwrap_or_default();
            problems.extend(b.err().unwrap_or_default());
            Err(problems)
        }
    }
}

/// Reports every id that appears twice among `ids` (at the second one), as `{kind}: duplicate id`.
pub fn check_unique<'a>(
    file: &ContentFile,
    kind: &str,
    ids: impl Iterator<Item = &'a toml::Spanned<String>>,
    problems: &mut Vec<ContentError>,
) {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(id.get_ref().as_str()) {
            problems.push(file.error(&id.span(), kind, format!("duplicate id {:?}", id.get_ref())));
        }
    }
}

/// How complete each of `langs` is in `source`'s content, folder by folder (an activity, or
/// `common`): for each folder, its number of texts and how many each language has.
pub fn language_coverage(
    source: &ContentSource,
    langs: &[Lang],
) -> std::collections::BTreeMap<String, (usize, Vec<usize>)> {
    let mut folders = std::collections::BTreeMap::new();
    for rel in source.toml_files() {
        let Some((folder, _)) = rel.split_once('/') else {
            continue;
        };
        let Ok(counts) = ContentFile::load(source, &rel).and_then(|file| file.text_coverage(langs))
        else {
            // A broken file is reported by the checks.
            continue;
        };
        let (total, has) = folders
            .entry(folder.to_owned())
            .or_insert_with(|| (0, vec![0; langs.len()]));
        *total += counts.0;
        for (sum, count) in has.iter_mut().zip(counts.1) {
            *sum += count;
        }
    }
    folders
}

/// Counts the texts under `table`: a table with a key that is one of `langs` is a text (its
/// values are the language's words, or the words per age band).
fn count_texts(
    table: &toml::de::DeTable<'_>,
    langs: &[Lang],
    total: &mut usize,
    has: &mut [usize],
) {
    let is_text = table.keys().any(|key| {
        langs
            .iter()
            .any(|lang| lang.as_str() == key.get_ref().as_ref())
    });
    if is_text {
        *total += 1;
        for (count, lang) in has.iter_mut().zip(langs) {
            if table.get(lang.as_str()).is_some() {
                *count += 1;
            }
        }
        return;
    }
    for value in table.values() {
        count_in(value.get_ref(), langs, total, has);
    }
}

/// One text of a content file in one language (and age band, when it has them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextAt {
    /// The file (`web_map/places.toml`, or a pack's).
    pub file: String,
    /// Its 1-based line.
    pub line: usize,
    /// Its language.
    pub lang: String,
    /// What it says.
    pub text: String,
}

/// Every text of every content file of `source`, in the languages `langs`.
pub fn content_texts(source: &ContentSource, langs: &[Lang]) -> Vec<TextAt> {
    source
        .toml_files()
        .into_iter()
        .filter_map(|rel| {
            ContentFile::load(source, &rel)
                .and_then(|file| file.texts(langs))
                .ok()
        })
        .flatten()
        .collect()
}

/// Calls `found` with each text under `table` (as [`count_texts`] finds them): its span, its
/// language and its words (one call per age band for texts written per band).
fn collect_texts(
    table: &toml::de::DeTable<'_>,
    langs: &[Lang],
    found: &mut dyn FnMut(std::ops::Range<usize>, &str, &str),
) {
    for lang in langs {
        let Some(value) = table.get(lang.as_str()) else {
            continue;
        };
        match value.get_ref() {
            toml::de::DeValue::String(text) => found(value.span(), lang.as_str(), text),
            toml::de::DeValue::Table(bands) => {
                for band in bands.values() {
                    if let toml::de::DeValue::String(text) = band.get_ref() {
                        found(band.span(), lang.as_str(), text);
                    }
                }
            }
            _ => {}
        }
    }
    let is_text = table.keys().any(|key| {
        langs
            .iter()
            .any(|lang| lang.as_str() == key.get_ref().as_ref())
    });
    if is_text {
        return;
    }
    for value in table.values() {
        collect_in(value.get_ref(), langs, found);
    }
}

fn collect_in(
    value: &toml::de::DeValue<'_>,
    langs: &[Lang],
    found: &mut dyn FnMut(std::ops::Range<usize>, &str, &str),
) {
    match value {
        toml::de::DeValue::Table(table) => collect_texts(table, langs, found),
        toml::de::DeValue::Array(items) => {
            for item in items {
                collect_in(item.get_ref(), langs, found);
            }
        }
        _ => {}
    }
}

fn count_in(value: &toml::de::DeValue<'_>, langs: &[Lang], total: &mut usize, has: &mut [usize]) {
    match value {
        toml::de::DeValue::Table(table) => count_texts(table, langs, total, has),
        toml::de::DeValue::Array(items) => {
            for item in items {
                count_in(item.get_ref(), langs, total, has);
            }
        }
        _ => {}
    }
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[expect(dead_code, reason = "only parsed")]
        name: String,
        item: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: toml::Spanned<String>,
        #[expect(dead_code, reason = "only parsed")]
        size: u8,
    }

    fn parse(text: &str) -> Result<Doc, ContentError> {
        ContentFile::from_text("content/x/doc.toml", text).parse::<Doc>()
    }

    #[test]
    fn a_wrong_type_names_file_line_and_field() {
        let err = parse("name = \"a\"\n[[item]]\nid = \"one\"\nsize = 1\n[[item]]\nid = \"two\"\nsize = \"big\"\n")
            .unwrap_err();
        assert_eq!(err.file, "content/x/doc.toml");
        assert_eq!(err.line, Some(7));
        assert_eq!(err.field.as_deref(), Some("item[1].size"));
        assert!(
            err.to_string()
                .starts_with("content/x/doc.toml:7: item[1].size: "),
            "{err}"
        );
    }

    #[test]
    fn a_missing_field_and_an_unknown_field_are_reported() {
        let missing = parse("name = \"a\"\n[[item]]\nid = \"one\"\n").unwrap_err();
        assert!(missing.reason.contains("size"), "{missing}");
        assert_eq!(missing.line, Some(2));
        let unknown = parse("name = \"a\"\ncolour = 3\nitem = []\n").unwrap_err();
        assert!(unknown.reason.contains("colour"), "{unknown}");
        assert_eq!(unknown.line, Some(2));
    }

    #[test]
    fn bad_syntax_has_a_line() {
        let err = parse("name = \"a\"\n\n[[item]\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        assert_eq!(err.field, None);
    }

    #[test]
    fn spans_survive_the_path_tracking_deserializer() {
        let file =
            ContentFile::from_text("f.toml", "name = \"a\"\n[[item]]\nid = \"one\"\nsize = 1\n");
        let doc: Doc = file.parse().unwrap();
        let span = doc.item[0].id.span();
        assert_eq!(file.line_of(span.start), 3);
        let err = file.error(&span, "item[0].id", "unknown id");
        assert_eq!(err.to_string(), "f.toml:3: item[0].id: unknown id");
    }
}
