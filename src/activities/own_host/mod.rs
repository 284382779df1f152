//! "Run your own little host", from the story that started Archipel: a school club runs free
//! services on two second-hand servers over six semesters (10 and up), choosing what its
//! volunteers do with their hours and money, living what small hosts live (dead disks,
//! security flaws, students who graduate, "Google's is better", requests for one more
//! service), and ends with a report card in the spirit of the real club's figures. For 6-9,
//! three days looking after the club's little server, in pictures.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{activity, ids};

activity! {
    /// Run your own little host.
    OwnHost(OwnHostKind): ids::OWN_HOST,
    content::HostData => content::load,
    logic::Visit => view::own_host_ui
}
