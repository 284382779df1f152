//! How a content pack's version of a file is laid over the built-in one, written once for every
//! activity: the rules work on the TOML tree, before any activity's schema sees it, so that an
//! activity's loader and its checks read the merged file as if it were one.
//!
//! - An array of tables whose entries have an `id` (`[[place]]`, `[[service]]`…) is merged by
//!   id: an entry with a new id is **added**; an entry with the id of a built-in entry
//!   **overrides** it, field by field (what the pack gives replaces, the rest stays, so a pack
//!   can add a language to a text or correct one sentence).
//! - Any other array of tables (`[[link]]`, which has no ids) gets the pack's entries added
//!   after its own.
//! - A table is merged key by key, in the same way; any other value (a text, a number, a list
//!   of words) is replaced.
//! - `[hide]` (only in a pack) **hides** built-in entries: `place = ["big_dc"]`.
//! - A pack may not change an entry another pack added: two packs adding the same id is a
//!   conflict, reported in both files' terms.
//!
//! Spans stay those of the file each value came from (shifted by its layer's offset), so every
//! problem found later still names the right file and line.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

/// A problem found while laying a pack's file over another: where, which field, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeProblem {
    /// The span of the value at fault (in the layered file's offsets).
    pub span: Range<usize>,
    /// The dotted path of the field.
    pub field: String,
    /// What is wrong.
    pub reason: String,
}

/// The key of the table that hides built-in entries.
pub const HIDE: &str = "hide";

/// The deepest a content file may nest tables and arrays: far more than any schema needs,
/// and a guard against a file built to exhaust the stack.
pub const MAX_DEPTH: usize = 12;

/// Moves every span of `value` by `offset`: a layer's spans, in the layered file's offsets.
pub fn shift(value: &mut Spanned<DeValue<'_>>, offset: usize) {
    let span = value.span();
    let inner = std::mem::replace(value.get_mut(), DeValue::Boolean(false));
    *value = Spanned::new(span.start + offset..span.end + offset, inner);
    match value.get_mut() {
        DeValue::Array(items) => {
            for item in items.iter_mut() {
                shift(item, offset);
            }
        }
        DeValue::Table(table) => shift_table(table, offset),
        _ => {}
    }
}

fn shift_table(table: &mut DeTable<'_>, offset: usize) {
    let entries: Vec<_> = std::mem::take(table).into_iter().collect();
    for (key, mut value) in entries {
        let span = key.span();
        let key = Spanned::new(span.start + offset..span.end + offset, key.into_inner());
        shift(&mut value, offset);
        table.insert(key, value);
    }
}

/// How deep `value` nests (a scalar is 0).
pub fn depth(value: &DeValue<'_>) -> usize {
    match value {
        DeValue::Array(items) => {
            1 + items
                .iter()
                .map(|item| depth(item.get_ref()))
                .max()
                .unwrap_or(0)
        }
        DeValue::Table(table) => {
            1 + table
                .values()
                .map(|item| depth(item.get_ref()))
                .max()
                .unwrap_or(0)
        }
        _ => 0,
    }
}

/// Lays `pack` over `base`. `built_in` is the span range of the built-in file: an entry whose
/// `id` lies elsewhere was added by a pack. `added_by` names the file a span belongs to.
///
/// # Errors
/// Every problem of the pack's file: an unknown entry to hide, a `hide` that is not a list of
/// ids, an entry another pack added.
pub fn lay_over<'i>(
    base: &mut DeTable<'i>,
    pack: DeTable<'i>,
    built_in: &Range<usize>,
    added_by: &dyn Fn(usize) -> String,
) -> Result<(), Vec<MergeProblem>> {
    let mut problems = Vec::new();
    let mut pack = pack;
    if let Some(hide) = pack.remove(HIDE) {
        hide_entries(base, hide, &mut problems);
    }
    merge_table(base, pack, "", built_in, added_by, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Removes the built-in entries `[hide]` names.
fn hide_entries<'i>(
    base: &mut DeTable<'i>,
    hide: Spanned<DeValue<'i>>,
    problems: &mut Vec<MergeProblem>,
) {
    let span = hide.span();
    let DeValue::Table(hide) = hide.into_inner() else {
        problems.push(MergeProblem {
            span,
            field: HIDE.to_owned(),
            reason: "expected a table of lists of ids: place = [\"an_id\"]".to_owned(),
        });
        return;
    };
    for (key, ids) in hide {
        let field = format!("{HIDE}.{}", key.get_ref());
        let ids_span = ids.span();
        let DeValue::Array(ids) = ids.into_inner() else {
            problems.push(MergeProblem {
                span: ids_span,
                field,
                reason: "expected a list of ids".to_owned(),
            });
            continue;
        };
        let Some(DeValue::Array(entries)) =
            base.get_mut(key.get_ref().as_ref()).map(Spanned::get_mut)
        else {
            problems.push(MergeProblem {
                span: key.span(),
                field,
                reason: format!("the file has no list called {:?}", key.get_ref()),
            });
            continue;
        };
        for id in &ids {
            let Some(wanted) = id.get_ref().as_str() else {
                problems.push(MergeProblem {
                    span: id.span(),
                    field: field.clone(),
                    reason: "expected an id, in quotes".to_owned(),
                });
                continue;
            };
            let before = entries.len();
            let kept: DeArray<'i> = std::mem::replace(entries, DeArray::new())
                .into_iter()
                .filter(|entry| entry_id(entry.get_ref()) != Some(wanted))
                .collect();
            *entries = kept;
            if entries.len() == before {
                problems.push(MergeProblem {
                    span: id.span(),
                    field: field.clone(),
                    reason: format!("no entry with id {wanted:?} to hide"),
                });
            }
        }
    }
}

fn merge_table<'i>(
    base: &mut DeTable<'i>,
    pack: DeTable<'i>,
    path: &str,
    built_in: &Range<usize>,
    added_by: &dyn Fn(usize) -> String,
    problems: &mut Vec<MergeProblem>,
) {
    for (key, value) in pack {
        let field = if path.is_empty() {
            key.get_ref().to_string()
        } else {
            format!("{path}.{}", key.get_ref())
        };
        let Some(existing) = base.get_mut(key.get_ref().as_ref()) else {
            base.insert(key, value);
            continue;
        };
        let value_span = value.span();
        let value = value.into_inner();
        let both_tables = matches!(
            (existing.get_ref(), &value),
            (DeValue::Table(_), DeValue::Table(_))
        );
        let both_lists_of_tables = matches!(
            (existing.get_ref(), &value),
            (DeValue::Array(a), DeValue::Array(b)) if all_tables(a) && all_tables(b)
        );
        if !(both_tables || both_lists_of_tables) {
            // Anything else is replaced: the pack's value, where the pack wrote it.
            *existing = Spanned::new(value_span, value);
            continue;
        }
        match (existing.get_mut(), value) {
            (DeValue::Table(existing), DeValue::Table(table)) => {
                merge_table(existing, table, &field, built_in, added_by, problems);
            }
            (DeValue::Array(existing), DeValue::Array(items))
                if is_keyed(existing) && is_keyed(&items) =>
            {
                merge_entries(existing, items, &field, built_in, added_by, problems);
            }
            (DeValue::Array(existing), DeValue::Array(items)) => {
                for item in items {
                    existing.push(item);
                }
            }
            _ => {}
        }
    }
}

/// Adds the pack's entries, or lays each over the built-in entry with its id.
fn merge_entries<'i>(
    existing: &mut DeArray<'i>,
    items: DeArray<'i>,
    field: &str,
    built_in: &Range<usize>,
    added_by: &dyn Fn(usize) -> String,
    problems: &mut Vec<MergeProblem>,
) {
    for item in items {
        let id = entry_id(item.get_ref()).map(str::to_owned);
        let same = id.as_deref().and_then(|id| {
            existing
                .iter_mut()
                .find(|entry| entry_id(entry.get_ref()) == Some(id))
        });
        let Some(same) = same else {
            existing.push(item);
            continue;
        };
        if !built_in.contains(&same.span().start) {
            problems.push(MergeProblem {
                span: item.span(),
                field: format!("{field}.id"),
                reason: format!(
                    "{:?} was already added by {}: two packs cannot add the same entry",
                    id.unwrap_or_default(),
                    added_by(same.span().start)
                ),
            });
            continue;
        }
        if let (DeValue::Table(same), DeValue::Table(item)) = (same.get_mut(), item.into_inner()) {
            merge_table(same, item, field, built_in, added_by, problems);
        }
    }
}

/// Whether every entry of `items` is a table.
fn all_tables(items: &DeArray<'_>) -> bool {
    items
        .iter()
        .all(|item| matches!(item.get_ref(), DeValue::Table(_)))
}

/// Whether every entry of `items` is a table with a string `id`.
fn is_keyed(items: &DeArray<'_>) -> bool {
    !items.is_empty() && items.iter().all(|item| entry_id(item.get_ref()).is_some())
}

/// The `id` of a table entry.
fn entry_id<'a>(entry: &'a DeValue<'_>) -> Option<&'a str> {
    match entry {
        DeValue::Table(table) => table.get("id").and_then(|id| id.get_ref().as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde::Deserialize;

    use crate::content::{ContentError, ContentFile, ContentSource};

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        title: String,
        item: Vec<Item>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Item {
        id: String,
        name: String,
        #[serde(default)]
        colour: Option<String>,
    }

    const BASE: &str = "title = \"Built in\"\n\n[[item]]\nid = \"a\"\nname = \"A\"\ncolour = \"red\"\n\n[[item]]\nid = \"b\"\nname = \"B\"\ncolour = \"blue\"\n";

    /// `base` with the packs' versions of `doc.toml` over it, each in a folder of its own.
    fn layered(root: &Path, packs: &[&str]) -> ContentSource {
        let folder = |name: &str, text: &str| {
            let dir = root.join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("doc.toml"), text).unwrap();
            ContentSource::Dir(dir)
        };
        ContentSource::Layered {
            base: Box::new(folder("base", BASE)),
            packs: packs
                .iter()
                .enumerate()
                .map(|(i, text)| folder(&format!("pack{i}"), text))
                .collect(),
        }
    }

    fn parse(packs: &[&str]) -> Result<Doc, ContentError> {
        let root = tempfile::tempdir().unwrap();
        let source = layered(root.path(), packs);
        let file = ContentFile::load(&source, "doc.toml").unwrap();
        file.parse::<Doc>().map_err(|mut err| {
            // The temporary folder's path changes each run: keep what names the file.
            err.file = Path::new(&err.file)
                .strip_prefix(root.path())
                .map_or(err.file.clone(), |rel| rel.display().to_string());
            err
        })
    }

    fn ids(doc: &Doc) -> Vec<&str> {
        doc.item.iter().map(|item| item.id.as_str()).collect()
    }

    #[test]
    fn a_pack_adds_entries_after_the_built_in_ones() {
        let doc = parse(&["[[item]]\nid = \"c\"\nname = \"C\"\n"]).unwrap();
        assert_eq!(ids(&doc), ["a", "b", "c"]);
        assert_eq!(doc.title, "Built in");
    }

    #[test]
    fn a_pack_overrides_an_entry_field_by_field_and_a_value() {
        let doc =
            parse(&["title = \"Ours\"\n\n[[item]]\nid = \"b\"\nname = \"Better B\"\n"]).unwrap();
        assert_eq!(ids(&doc), ["a", "b"]);
        assert_eq!(doc.title, "Ours");
        assert_eq!(doc.item[1].name, "Better B");
        assert_eq!(doc.item[1].colour.as_deref(), Some("blue"), "kept");
    }

    #[test]
    fn entries_without_ids_are_added_and_lists_of_words_replaced() {
        #[derive(Debug, Deserialize)]
        struct Links {
            words: Vec<String>,
            link: Vec<Link>,
        }
        #[derive(Debug, Deserialize)]
        struct Link {
            between: [String; 2],
        }
        let root = tempfile::tempdir().unwrap();
        let dir = |name: &str, text: &str| {
            let dir = root.path().join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("links.toml"), text).unwrap();
            ContentSource::Dir(dir)
        };
        let source = ContentSource::Layered {
            base: Box::new(dir(
                "base",
                "words = [\"a\", \"b\"]\n[[link]]\nbetween = [\"x\", \"y\"]\n",
            )),
            packs: vec![dir(
                "pack",
                "words = [\"c\"]\n[[link]]\nbetween = [\"y\", \"z\"]\n",
            )],
        };
        let links: Links = ContentFile::load(&source, "links.toml")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(links.words, ["c"]);
        assert_eq!(links.link.len(), 2);
        assert_eq!(links.link[1].between, ["y".to_owned(), "z".to_owned()]);
    }

    #[test]
    fn a_pack_hides_an_entry_and_is_told_when_there_is_none() {
        let doc = parse(&["[hide]\nitem = [\"a\"]\n"]).unwrap();
        assert_eq!(ids(&doc), ["b"]);
        let err = parse(&["[hide]\nitem = [\"a\", \"zz\"]\n"]).unwrap_err();
        assert_eq!(err.file, "pack0/doc.toml");
        assert_eq!(err.line, Some(2));
        assert_eq!(err.field.as_deref(), Some("hide.item"));
        assert!(err.reason.contains("\"zz\""), "{err}");
        let err = parse(&["[hide]\nthing = [\"a\"]\n"]).unwrap_err();
        assert!(err.reason.contains("no list called"), "{err}");
    }

    #[test]
    fn two_packs_adding_the_same_entry_is_a_conflict_named_in_both_files() {
        let one = "[[item]]\nid = \"c\"\nname = \"C\"\n";
        let two = "\n[[item]]\nid = \"c\"\nname = \"Other C\"\n";
        let err = parse(&[one, two]).unwrap_err();
        assert_eq!(err.file, "pack1/doc.toml");
        assert_eq!(err.line, Some(2));
        assert!(err.reason.contains("pack0/doc.toml"), "{err}");
    }

    #[test]
    fn a_problem_in_a_pack_names_the_pack_file_and_its_line() {
        let err = parse(&["\n\n[[item]]\nid = \"c\"\nname = 3\n"]).unwrap_err();
        assert_eq!(err.file, "pack0/doc.toml");
        assert_eq!(err.line, Some(5));
        let err = parse(&["[[item]\n"]).unwrap_err();
        assert_eq!(err.file, "pack0/doc.toml");
        assert_eq!(err.line, Some(1));
    }

    #[test]
    fn a_file_nested_too_deep_is_refused() {
        let deep = format!("x = {}{}\n", "[".repeat(20), "]".repeat(20));
        let err = parse(&[&deep]).unwrap_err();
        assert!(err.reason.contains("nested"), "{err}");
    }
}
