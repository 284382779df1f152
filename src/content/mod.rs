//! Content files: where they come from (embedded or a folder), how they are parsed into typed
//! structs, and how a problem in them is reported (`file:line: field: reason`).
//!
//! Parsing is two steps, like the loaders of `GCompris`: serde turns a TOML file into typed structs
//! (enums for closed sets, newtypes for ids), then each activity cross-checks references and texts
//! and reports *every* problem it finds, not only the first.

mod badge;
mod companies;
pub mod review;
mod source;
mod text;

use std::fmt;
use std::ops::Range;

use serde::de::DeserializeOwned;

pub use badge::{Badge, RawBadge, check_badge};
pub use companies::{COMPANIES_FILE, Companies, Company, CompanyId};
pub use source::ContentSource;
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
#[derive(Debug, Clone)]
pub struct ContentFile {
    name: String,
    text: String,
}

impl ContentFile {
    /// Reads `rel` (`alternatives/services.toml`) from `source`.
    ///
    /// # Errors
    /// The file is missing, unreadable or not UTF-8.
    pub fn load(source: &ContentSource, rel: &str) -> Result<Self, ContentError> {
        let name = source.display_path(rel);
        let text = source
            .read_text(rel)
            .map_err(|reason| ContentError::file(&name, reason))?;
        Ok(Self { name, text })
    }

    /// A file built from memory, for tests and tools.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The name shown in error messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Parses the whole file as TOML into `T`.
    ///
    /// # Errors
    /// Bad TOML syntax, a missing or unknown field, a wrong type or an unknown enum value: the
    /// error names the line and the dotted path of the field.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, ContentError> {
        let deserializer = toml::de::Deserializer::parse(&self.text)
            .map_err(|err| self.error_opt(err.span(), None, first_line(err.message())))?;
        serde_path_to_error::deserialize(deserializer).map_err(|err| {
            let path = err.path().to_string();
            let field = (path != ".").then_some(path);
            let inner = err.into_inner();
            self.error_opt(inner.span(), field, first_line(inner.message()))
        })
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
        ContentError {
            file: self.name.clone(),
            line: span.map(|span| self.line_of(span.start)),
            field,
            reason: reason.into(),
        }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        crate::fsutil::line_of(&self.text, offset)
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
