//! "All eggs in one basket?": a village chats through one giant server, and every event (an
//! outage, new rules, a sale of the messages, a censor) cuts everybody off at once. Then the
//! visitor builds the alternative with a small budget: small hosts, people moved onto them,
//! federation links between them; the same events now strike one host at a time, and the game
//! shows who can still talk to whom.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityEntry, ActivityId, Kind, Shell, ids};
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;
use content::FederationData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ids::FEDERATION;

/// How the registry builds it.
pub const ENTRY: ActivityEntry = Federation::ENTRY;

/// All eggs in one basket?
pub type Federation = Shell<FederationKind>;

/// What makes this activity itself: its content, a visit, its views (see [`Kind`]).
#[derive(Debug)]
pub enum FederationKind {}

impl Kind for FederationKind {
    const ID: ActivityId = ID;
    type Data = FederationData;
    type Visit = Visit;

    fn load(source: &ContentSource, langs: &[Lang]) -> Result<FederationData, Vec<ContentError>> {
        content::load(source, langs)
    }

    fn ui(ui: &mut egui::Ui, data: &FederationData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
        view::federation_ui(ui, data, visit, ctx);
    }
}
