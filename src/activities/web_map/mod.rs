//! The map of the web: a drawn, zoomable map of the Internet, from the visitor's phone to the
//! giant platforms and to small hosts, in three layers (cables and machines, services, who sees
//! your data). Tap a place to learn what it is; follow a message hop by hop and see who can read
//! it; compare a journey through a giant with one through small hosts.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityEntry, ActivityId, Kind, Shell, ids};
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;
use content::MapData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ids::WEB_MAP;

/// How the registry builds it.
pub const ENTRY: ActivityEntry = WebMap::ENTRY;

/// The map of the web.
pub type WebMap = Shell<WebMapKind>;

/// What makes this activity itself: its content, a visit, its views (see [`Kind`]).
#[derive(Debug)]
pub enum WebMapKind {}

impl Kind for WebMapKind {
    const ID: ActivityId = ID;
    type Data = MapData;
    type Visit = Visit;

    fn load(source: &ContentSource, langs: &[Lang]) -> Result<MapData, Vec<ContentError>> {
        content::load(source, langs)
    }

    fn ui(ui: &mut egui::Ui, data: &MapData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
        view::web_map_ui(ui, data, visit, ctx);
    }
}

impl WebMap {
    /// The same activity on a map repeated `columns` × `rows` times (see [`MapData::tiled`]),
    /// with a new visitor.
    #[must_use]
    pub fn tiled(self, columns: usize, rows: usize) -> Self {
        let (info, data) = self.into_parts();
        Self::with_data(info, data.tiled(columns, rows))
    }
}
