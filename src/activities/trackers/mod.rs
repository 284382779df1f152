//! "Who is following me?": pretend web pages load, and trackers (friendly creatures) hook onto
//! their ad, "like" button, video, font, search box and an invisible pixel. The visitor taps them
//! to block them before they send what they saw; the ones missed assemble a profile of the
//! visitor, shown at the end with the companies that got the pieces and three tips.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;
use content::TrackersData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ActivityId("trackers");

/// How the registry builds it.
pub const ENTRY: ActivityEntry = ActivityEntry {
    id: ID,
    build: |source, langs| Ok(Box::new(Trackers::load(source, langs)?)),
};

/// Who is following me?
#[derive(Debug)]
pub struct Trackers {
    info: ActivityInfo,
    data: TrackersData,
    /// What the current visitor did; wiped by [`Activity::reset`].
    visit: Visit,
}

impl Trackers {
    /// Loads the metadata, the trackers, the pages and the lessons.
    ///
    /// # Errors
    /// Every content problem found.
    pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<Self, Vec<ContentError>> {
        let (info, data) = both(
            ActivityInfo::load(source, ID, langs),
            content::load(source, langs),
        )?;
        Ok(Self {
            info,
            data,
            visit: Visit::default(),
        })
    }

    /// The trackers, pages and lessons.
    pub fn data(&self) -> &TrackersData {
        &self.data
    }

    /// What the visitor is doing (tests look at it).
    pub fn visit(&self) -> &Visit {
        &self.visit
    }
}

impl Activity for Trackers {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        let Self { data, visit, .. } = self;
        view::trackers_ui(ui, data, visit, ctx);
    }

    fn reset(&mut self) {
        self.visit = Visit::default();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
