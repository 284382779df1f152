//! "Who is following me?": pretend web pages load, and trackers (friendly creatures) hook onto
//! their ad, "like" button, video, font, search box and an invisible pixel. The visitor taps them
//! to block them before they send what they saw; the ones missed assemble a profile of the
//! visitor, shown at the end with the companies that got the pieces and three tips.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{activity, ids};

activity! {
    /// Who is following me?
    Trackers(TrackersKind): ids::TRACKERS,
    content::TrackersData => content::load,
    logic::Visit => view::trackers_ui
}
