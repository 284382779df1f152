//! Every activity, one folder each (`src/activities/<id>/`), sharing its id with
//! `content/<id>/`, `assets/<id>/` and `locales/<lang>/<id>.ftl`.

pub mod alternatives;
pub mod federation;
pub mod own_host;
pub mod owners;
pub mod secret_message;
pub mod trackers;
pub mod web_map;

use crate::activity::ActivityEntry;
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;

/// The activities this version knows, in no particular order (the home screen sorts them by
/// the `order` of their metadata).
pub const ENTRIES: &[ActivityEntry] = &[
    web_map::ENTRY,
    trackers::ENTRY,
    owners::ENTRY,
    alternatives::ENTRY,
    federation::ENTRY,
    secret_message::ENTRY,
    own_host::ENTRY,
];

/// Checks a content tree: every activity of [`ENTRIES`], and any folder with an `activity.toml` that no
/// activity claims. Returns every problem, sorted by file and line.
pub fn check_content(source: &ContentSource, langs: &[Lang]) -> Vec<ContentError> {
    let mut problems = Vec::new();
    for entry in ENTRIES {
        if let Err(errors) = (entry.build)(source, langs) {
            problems.extend(errors);
        }
    }
    for folder in source.activity_folders() {
        if !ENTRIES.iter().any(|entry| entry.id.0 == folder) {
            problems.push(ContentError::file(
                source.display_path(&format!("{folder}/activity.toml")),
                format!("no activity called {folder:?} exists in this version of Archipel"),
            ));
        }
    }
    problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    problems.dedup();
    problems
}
