//! Running a stand all day: idle reset and attract screen, the hidden facilitator panel behind a
//! PIN, anonymous statistics, one instance only.

pub mod idle;
pub mod panel;
pub mod pin;
pub mod stand;
pub mod stats;
pub mod unlock;
pub mod view;
