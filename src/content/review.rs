//! When content was last checked: the entries whose `reviewed` date is older than a limit, for
//! `archipel check-content --stale MONTHS` (a list to go through before an event), and the
//! rules every `reviewed` date and source follow (see [`Sourced`](super::Sourced)).

use jiff::civil::Date;

use super::ContentSource;

/// An entry reviewed before the limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleEntry {
    /// The file, as `check-content` names it.
    pub file: String,
    /// The 1-based line of its `reviewed` date.
    pub line: usize,
    /// The entry's id (or its table, when it has none).
    pub id: String,
    /// When it was reviewed.
    pub reviewed: Date,
}

impl std::fmt::Display for StaleEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}: reviewed {}",
            self.file, self.line, self.id, self.reviewed
        )
    }
}

/// Today, on this machine's calendar.
pub fn today() -> Date {
    jiff::Zoned::now().date()
}

/// The entries of every TOML file of `source` reviewed before `limit`, in file order.
pub fn stale_entries(source: &ContentSource, limit: Date) -> Vec<StaleEntry> {
    let (base, packs) = source.base_and_packs();
    std::iter::once(base)
        .chain(packs)
        .flat_map(|layer| stale_in(layer, limit))
        .collect()
}

/// The stale entries of one folder of content (the built-in one, or a pack's).
fn stale_in(source: &ContentSource, limit: Date) -> Vec<StaleEntry> {
    let mut stale = Vec::new();
    for rel in source.toml_files() {
        let Ok(text) = source.read_text(&rel) else {
            continue;
        };
        let file = source.display_path(&rel);
        stale.extend(
            reviewed_dates(&text)
                .into_iter()
                .filter(|(_, _, date)| *date < limit)
                .map(|(line, id, reviewed)| StaleEntry {
                    file: file.clone(),
                    line,
                    id,
                    reviewed,
                }),
        );
    }
    stale
}

/// Every `reviewed = YYYY-MM-DD` of a TOML text: its line, the id of the entry it is in (the
/// last `id = "…"` since the entry's `[[table]]` header, else that header) and the date.
fn reviewed_dates(text: &str) -> Vec<(usize, String, Date)> {
    let mut found = Vec::new();
    let mut entry = String::from("(top)");
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            line.trim_matches(|c| c == '[' || c == ']')
                .clone_into(&mut entry);
        } else if let Some(id) = value_of(line, "id") {
            id.trim_matches('"').clone_into(&mut entry);
        } else if let Some(date) = value_of(line, "reviewed")
            && let Ok(date) = date.parse::<Date>()
        {
            found.push((index + 1, entry.clone(), date));
        }
    }
    found
}

/// The value of `key = value` on `line`, if that is the key.
fn value_of<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let (name, value) = line.split_once('=')?;
    (name.trim() == key).then(|| value.trim())
}

/// Whether `source` names where a fact comes from: a web address (`https://host/…`), or a
/// reference a reader can find (an author or publisher, a title, and a year).
pub fn is_source(source: &str) -> bool {
    let source = source.trim();
    if let Some(rest) = source
        .strip_prefix("https://")
        .or_else(|| source.strip_prefix("http://"))
    {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return host.contains('.') && !source.contains(char::is_whitespace);
    }
    let words = source.split_whitespace().count();
    let has_year = source
        .split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")));
    words >= 3 && has_year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_addresses_or_references() {
        assert!(is_source("https://www.cnil.fr/fr/cookies"));
        assert!(is_source("http://example.org"));
        assert!(is_source(
            "CNIL, Recommandation sur les traceurs, 17 septembre 2020"
        ));
        assert!(!is_source("wikipedia"));
        assert!(!is_source("https://nowhere"));
        assert!(!is_source("https://a b.org"));
        assert!(!is_source("see the site"));
        assert!(!is_source(""));
    }

    #[test]
    fn reviewed_dates_are_found_with_their_entry() {
        let text = "[[app]]\nid = \"youtube\"\nreviewed = 2026-11-24\n\n[[app]]\nid = \"waze\"\n\
                    sources = [\"https://a.org\"]\nreviewed = 2025-01-02\n";
        let dates = reviewed_dates(text);
        assert_eq!(
            dates,
            vec![
                (3, "youtube".to_owned(), jiff::civil::date(2026, 11, 24)),
                (8, "waze".to_owned(), jiff::civil::date(2025, 1, 2)),
            ]
        );
    }

    #[test]
    fn stale_entries_are_those_reviewed_before_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(
            dir.path().join("a/facts.toml"),
            "[[fact]]\nid = \"old\"\nreviewed = 2024-05-01\n[[fact]]\nid = \"new\"\nreviewed = 2026-11-01\n",
        )
        .unwrap();
        let source = ContentSource::Dir(dir.path().to_owned());
        let stale = stale_entries(&source, jiff::civil::date(2026, 6, 1));
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].id, "old");
        assert_eq!(stale[0].line, 3);
        assert!(
            stale[0]
                .to_string()
                .ends_with("a/facts.toml:3: old: reviewed 2024-05-01")
        );
    }
}
