//! The map of the web: a drawn, zoomable map of the Internet, from the visitor's phone to the
//! giant platforms and to small hosts, in three layers (cables and machines, services, who sees
//! your data). Tap a place to learn what it is; follow a message hop by hop and see who can read
//! it; compare a journey through a giant with one through small hosts.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;
use content::MapData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ActivityId("web_map");

/// How the registry builds it.
pub const ENTRY: ActivityEntry = ActivityEntry {
    id: ID,
    build: |source, langs| Ok(Box::new(WebMap::load(source, langs)?)),
};

/// The map of the web.
#[derive(Debug)]
pub struct WebMap {
    info: ActivityInfo,
    data: MapData,
    /// What the current visitor did; wiped by [`Activity::reset`].
    visit: Visit,
}

impl WebMap {
    /// Loads the metadata and the map.
    ///
    /// # Errors
    /// Every content problem found, in the metadata and in the map's files.
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

    /// The same activity on a map repeated `columns` × `rows` times (see [`MapData::tiled`]).
    #[must_use]
    pub fn tiled(self, columns: usize, rows: usize) -> Self {
        Self {
            data: self.data.tiled(columns, rows),
            visit: Visit::default(),
            ..self
        }
    }

    /// The map.
    pub fn data(&self) -> &MapData {
        &self.data
    }

    /// What the visitor is doing (tests look at it).
    pub fn visit(&self) -> &Visit {
        &self.visit
    }
}

impl Activity for WebMap {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        let Self { data, visit, .. } = self;
        view::web_map_ui(ui, data, visit, ctx);
    }

    fn reset(&mut self) {
        self.visit = Visit::default();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
