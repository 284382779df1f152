//! The map of the web: a drawn, zoomable map of the Internet, from the visitor's phone to the
//! giant platforms and to small hosts, in three layers (cables and machines, services, who sees
//! your data). Tap a place to learn what it is; follow a message hop by hop and see who can read
//! it; compare a journey through a giant with one through small hosts.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{activity, ids};

activity! {
    /// The map of the web.
    WebMap(WebMapKind): ids::WEB_MAP,
    content::MapData => content::load,
    logic::Visit => view::web_map_ui
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
