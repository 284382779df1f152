//! "Who owns what?": put well-known apps with the company that owns them (drag and drop from
//! 10 years on, a memory game of pairs for 6-9), then see how few companies own them all, and
//! open the picker with the apps found.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{activity, ids};

activity! {
    /// Who owns what?
    Owners(OwnersKind): ids::OWNERS,
    content::OwnersData => content::load,
    logic::Visit => view::owners_ui
}
