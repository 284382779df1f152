//! What the current visitor chose and where they are: never persisted, wiped at every session
//! reset (the stand's choices are [`crate::settings`]).

use crate::activity::ActivityId;
use crate::age::AgeBand;
use crate::i18n::Lang;
use crate::ui::guide::Guide;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// Between visitors: "Touch to start".
    Attract,
    /// The home screen with the activity tiles.
    Home,
    /// "About our data".
    About,
    /// An activity.
    Activity(ActivityId),
}

/// What the current visitor chose. Never persisted.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// Their language.
    pub lang: Lang,
    /// Their age band.
    pub age: AgeBand,
    /// Where they are.
    pub screen: Screen,
    /// The last instruction read aloud by itself (a fingerprint), so that a screen's
    /// instruction is read once.
    pub last_read: u64,
    /// The activities finished, in the order they were: a sticker each in the album.
    pub stickers: Vec<ActivityId>,
    /// What the guide (the kitten) last did.
    pub guide: Guide,
}

impl Session {
    /// A new visitor's session, in `lang` and `age`, on `screen`.
    pub fn new(lang: Lang, age: AgeBand, screen: Screen) -> Self {
        Self {
            lang,
            age,
            screen,
            last_read: 0,
            stickers: Vec::new(),
            guide: Guide::default(),
        }
    }
}
