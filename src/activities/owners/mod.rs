//! "Who owns what?": put well-known apps with the company that owns them (drag and drop from
//! 10 years on, a memory game of pairs for 6-9), then see how few companies own them all, and
//! open the picker with the apps found.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityEntry, ActivityId, Kind, Shell, ids};
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;
use content::OwnersData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ids::OWNERS;

/// How the registry builds it.
pub const ENTRY: ActivityEntry = Owners::ENTRY;

/// Who owns what?
pub type Owners = Shell<OwnersKind>;

/// What makes this activity itself: its content, a visit, its views (see [`Kind`]).
#[derive(Debug)]
pub enum OwnersKind {}

impl Kind for OwnersKind {
    const ID: ActivityId = ID;
    type Data = OwnersData;
    type Visit = Visit;

    fn load(source: &ContentSource, langs: &[Lang]) -> Result<OwnersData, Vec<ContentError>> {
        content::load(source, langs)
    }

    fn ui(ui: &mut egui::Ui, data: &OwnersData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
        view::owners_ui(ui, data, visit, ctx);
    }
}
