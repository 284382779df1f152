//! Every activity, one folder each (`src/activities/<id>/`), sharing its id with
//! `content/<id>/`, `assets/<id>/` and `locales/<lang>/<id>.ftl`.

pub mod alternatives;
pub mod federation;
pub mod owners;
pub mod secret_message;
pub mod trackers;
pub mod web_map;

use crate::activity::ActivityEntry;

/// The activities this version knows, in no particular order (the home screen sorts them by
/// the `order` of their metadata).
pub const ENTRIES: &[ActivityEntry] = &[
    web_map::ENTRY,
    trackers::ENTRY,
    owners::ENTRY,
    alternatives::ENTRY,
    federation::ENTRY,
    secret_message::ENTRY,
];
