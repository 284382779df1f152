//! "Who is following me?": pretend web pages load, and trackers (friendly creatures) hook onto
//! their ad, "like" button, video, font, search box and an invisible pixel. The visitor taps them
//! to block them before they send what they saw; the ones missed assemble a profile of the
//! visitor, shown at the end with the companies that got the pieces and three tips.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityEntry, ActivityId, Kind, Shell, ids};
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;
use content::TrackersData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ids::TRACKERS;

/// How the registry builds it.
pub const ENTRY: ActivityEntry = Trackers::ENTRY;

/// Who is following me?
pub type Trackers = Shell<TrackersKind>;

/// What makes this activity itself: its content, a visit, its views (see [`Kind`]).
#[derive(Debug)]
pub enum TrackersKind {}

impl Kind for TrackersKind {
    const ID: ActivityId = ID;
    type Data = TrackersData;
    type Visit = Visit;

    fn load(source: &ContentSource, langs: &[Lang]) -> Result<TrackersData, Vec<ContentError>> {
        content::load(source, langs)
    }

    fn ui(ui: &mut egui::Ui, data: &TrackersData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
        view::trackers_ui(ui, data, visit, ctx);
    }
}
