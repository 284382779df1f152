//! "Which services do you use? Here is what you could use instead."
//!
//! The visitor taps the services they use, sees free alternatives with clear criteria, filters
//! them, picks one per service to build "my plan", and takes it home as a QR code or a card.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{Handoff, activity, ids};
use content::Catalog;
use logic::Picker;

activity! {
    /// The alternatives picker.
    Alternatives(AlternativesKind): ids::ALTERNATIVES,
    Catalog => content::load,
    Picker => view::picker_ui,
    receive: receive
}

/// What another activity handed over: services to preselect in the picker.
fn receive(catalog: &Catalog, picker: &mut Picker, handoff: &Handoff) {
    match handoff {
        Handoff::PreselectServices(ids) => picker.preselect(catalog, ids),
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
