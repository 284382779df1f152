//! "All eggs in one basket?": a village chats through one giant server, and every event (an
//! outage, new rules, a sale of the messages, a censor) cuts everybody off at once. Then the
//! visitor builds the alternative with a small budget: small hosts, people moved onto them,
//! federation links between them; the same events now strike one host at a time, and the game
//! shows who can still talk to whom.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{activity, ids};

activity! {
    /// All eggs in one basket?
    Federation(FederationKind): ids::FEDERATION,
    content::FederationData => content::load,
    logic::Visit => view::federation_ui
}
