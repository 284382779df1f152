//! "Which services do you use? Here is what you could use instead."
//!
//! The visitor taps the services they use, sees free alternatives with clear criteria, filters
//! them, picks one per service to build "my plan", and takes it home as a QR code or a card.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo, Handoff};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;
use content::Catalog;
use logic::Picker;

/// The activity id.
pub const ID: ActivityId = ActivityId("alternatives");

/// How the registry builds it.
pub const ENTRY: ActivityEntry = ActivityEntry {
    id: ID,
    build: |source, langs| Ok(Box::new(Alternatives::load(source, langs)?)),
};

/// The alternatives picker.
#[derive(Debug)]
pub struct Alternatives {
    info: ActivityInfo,
    catalog: Catalog,
    /// The current visitor's choices; wiped by [`Activity::reset`].
    picker: Picker,
}

impl Alternatives {
    /// Loads the metadata and the catalog.
    ///
    /// # Errors
    /// Every content problem found, in the metadata and in the data files.
    pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<Self, Vec<ContentError>> {
        let (info, catalog) = both(
            ActivityInfo::load(source, ID, langs),
            content::load(source, langs),
        )?;
        Ok(Self {
            info,
            catalog,
            picker: Picker::default(),
        })
    }

    /// The visitor's choices (tests look at them).
    pub fn picker(&self) -> &Picker {
        &self.picker
    }

    /// The catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
}

impl Activity for Alternatives {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        let Self {
            catalog, picker, ..
        } = self;
        view::picker_ui(ui, catalog, picker, ctx);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn reset(&mut self) {
        self.picker = Picker::default();
    }

    fn receive(&mut self, handoff: &Handoff) {
        match handoff {
            Handoff::PreselectServices(ids) => self.picker.preselect(&self.catalog, ids),
        }
    }
}
