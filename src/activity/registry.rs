//! The list of activities the app knows, and how they are built from content.
//!
//! A broken activity (bad content) is logged and left out; the others run.

use super::{Activity, ActivityId};
use crate::activities;
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;

/// Loads an activity's content and builds it, or reports every problem found.
pub type BuildFn = fn(&ContentSource, &[Lang]) -> Result<Box<dyn Activity>, Vec<ContentError>>;

/// How to build one activity from content.
pub struct ActivityEntry {
    /// Its id.
    pub id: ActivityId,
    /// Builds it.
    pub build: BuildFn,
}

/// The activities that loaded, in home-screen order, and the problems of those that did not.
pub struct Registry {
    activities: Vec<Box<dyn Activity>>,
    problems: Vec<ContentError>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<ActivityId> = self.activities.iter().map(|a| a.info().id).collect();
        f.debug_struct("Registry")
            .field("activities", &ids)
            .field("problems", &self.problems)
            .finish()
    }
}

impl Registry {
    /// Builds every known activity from `source`; logs and skips those whose content is broken.
    pub fn load(source: &ContentSource, langs: &[Lang]) -> Self {
        Self::from_entries(activities::ENTRIES, source, langs)
    }

    /// Builds the given entries (tests add their own).
    pub fn from_entries(entries: &[ActivityEntry], source: &ContentSource, langs: &[Lang]) -> Self {
        let mut activities = Vec::new();
        let mut problems = Vec::new();
        for entry in entries {
            match (entry.build)(source, langs) {
                Ok(activity) => activities.push(activity),
                Err(errors) => {
                    log::error!(
                        "activity {} left out: its content has {} problem(s)",
                        entry.id,
                        errors.len()
                    );
                    for error in &errors {
                        log::error!("  {error}");
                    }
                    problems.extend(errors);
                }
            }
        }
        activities.sort_by_key(|activity| (activity.info().order, activity.info().id));
        Self {
            activities,
            problems,
        }
    }

    /// The activities, in order.
    pub fn activities(&self) -> &[Box<dyn Activity>] {
        &self.activities
    }

    /// The activity with `id`.
    pub fn get_mut(&mut self, id: ActivityId) -> Option<&mut Box<dyn Activity>> {
        self.activities
            .iter_mut()
            .find(|activity| activity.info().id == id)
    }

    /// Content problems of the activities left out.
    pub fn problems(&self) -> &[ContentError] {
        &self.problems
    }

    /// Wipes every activity's visitor state.
    pub fn reset_all(&mut self) {
        for activity in &mut self.activities {
            activity.reset();
        }
    }
}

/// Checks a content tree: every known activity, and any folder with an `activity.toml` that no
/// activity claims. Returns every problem, sorted by file and line.
pub fn check_content(source: &ContentSource, langs: &[Lang]) -> Vec<ContentError> {
    let mut problems = Vec::new();
    for entry in activities::ENTRIES {
        if let Err(errors) = (entry.build)(source, langs) {
            problems.extend(errors);
        }
    }
    for folder in source.activity_folders() {
        if !activities::ENTRIES.iter().any(|entry| entry.id.0 == folder) {
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
