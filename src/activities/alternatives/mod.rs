//! "Which services do you use? Here is what you could use instead."
//!
//! The visitor taps the services they use, sees free alternatives with clear criteria, filters
//! them, picks one per service to build "my plan", and takes it home as a QR code or a card.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityEntry, ActivityId, Handoff, Kind, Shell, ids};
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;
use content::Catalog;
use logic::Picker;

/// The activity id.
pub const ID: ActivityId = ids::ALTERNATIVES;

/// How the registry builds it.
pub const ENTRY: ActivityEntry = Alternatives::ENTRY;

/// The alternatives picker.
pub type Alternatives = Shell<AlternativesKind>;

/// What makes this activity itself: its content, a visit, its views (see [`Kind`]).
#[derive(Debug)]
pub enum AlternativesKind {}

impl Kind for AlternativesKind {
    const ID: ActivityId = ID;
    type Data = Catalog;
    type Visit = Picker;

    fn load(source: &ContentSource, langs: &[Lang]) -> Result<Catalog, Vec<ContentError>> {
        content::load(source, langs)
    }

    fn ui(ui: &mut egui::Ui, data: &Catalog, visit: &mut Picker, ctx: &mut ActivityCtx<'_>) {
        view::picker_ui(ui, data, visit, ctx);
    }

    fn receive(catalog: &Catalog, picker: &mut Picker, handoff: &Handoff) {
        match handoff {
            Handoff::PreselectServices(ids) => picker.preselect(catalog, ids),
        }
    }
}

impl Alternatives {
    /// The visitor's choices.
    pub fn picker(&self) -> &Picker {
        self.visit()
    }

    /// The services and their alternatives.
    pub fn catalog(&self) -> &Catalog {
        self.data()
    }
}
