//! The list of activities the app knows, and how they are built from content.
//!
//! A broken activity (bad content) is logged and left out; the others run.

use super::{Activity, ActivityId};
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
    /// Builds the activities of `entries` (the app's are [`crate::activities::ENTRIES`]) from
    /// `source`; logs and skips those whose content is broken.
    pub fn load(entries: &[ActivityEntry], source: &ContentSource, langs: &[Lang]) -> Self {
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
