//! "All eggs in one basket?": a village chats through one giant server, and every event (an
//! outage, new rules, a sale of the messages, a censor) cuts everybody off at once. Then the
//! visitor builds the alternative with a small budget: small hosts, people moved onto them,
//! federation links between them; the same events now strike one host at a time, and the game
//! shows who can still talk to whom.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;
use content::FederationData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ActivityId("federation");

/// How the registry builds it.
pub const ENTRY: ActivityEntry = ActivityEntry {
    id: ID,
    build: |source, langs| Ok(Box::new(Federation::load(source, langs)?)),
};

/// All eggs in one basket?
#[derive(Debug)]
pub struct Federation {
    info: ActivityInfo,
    data: FederationData,
    /// What the current visitor did; wiped by [`Activity::reset`].
    visit: Visit,
}

impl Federation {
    /// Loads the metadata, the village and the lessons.
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

    /// The village and the lessons.
    pub fn data(&self) -> &FederationData {
        &self.data
    }

    /// What the visitor is doing (tests look at it).
    pub fn visit(&self) -> &Visit {
        &self.visit
    }
}

impl Activity for Federation {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        let Self { data, visit, .. } = self;
        view::federation_ui(ui, data, visit, ctx);
    }

    fn reset(&mut self) {
        self.visit = Visit::default();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
