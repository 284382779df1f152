//! "Who owns what?": put well-known apps with the company that owns them (drag and drop from
//! 10 years on, a memory game of pairs for 6-9), then see how few companies own them all, and
//! open the picker with the apps found.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;
use content::OwnersData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ActivityId("owners");

/// How the registry builds it.
pub const ENTRY: ActivityEntry = ActivityEntry {
    id: ID,
    build: |source, langs| Ok(Box::new(Owners::load(source, langs)?)),
};

/// Who owns what?
#[derive(Debug)]
pub struct Owners {
    info: ActivityInfo,
    data: OwnersData,
    /// What the current visitor did; wiped by [`Activity::reset`].
    visit: Visit,
}

impl Owners {
    /// Loads the metadata and the apps.
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

    /// The apps and companies.
    pub fn data(&self) -> &OwnersData {
        &self.data
    }

    /// What the visitor is doing (tests look at it).
    pub fn visit(&self) -> &Visit {
        &self.visit
    }
}

impl Activity for Owners {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        let Self { data, visit, .. } = self;
        view::owners_ui(ui, data, visit, ctx);
    }

    fn reset(&mut self) {
        self.visit = Visit::default();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
