//! Drawings that say what an app does (a film, a map pin, a chat) or stand for a company (a
//! magnifying glass, a parcel), for visitors who cannot read yet: never a brand's logo. Content
//! files name them (`picture = "map_pin"`); `crate::ui::drawings` paints them.

use serde::Deserialize;

/// A drawing, named in content files in `snake_case`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Picture {
    /// A screen with a play button: videos.
    Video,
    /// A map pin: maps and directions.
    MapPin,
    /// Two speech bubbles: messages.
    Chat,
    /// A block of earth with grass on top: building games.
    Blocks,
    /// A game controller.
    Gamepad,
    /// A film clapperboard: films and series.
    Clapper,
    /// A speaker that listens and answers: a voice assistant.
    SmartSpeaker,
    /// Two musical notes: music.
    Music,
    /// A phone with a short video on it.
    Phone,
    /// A magnifying glass: searching.
    Magnifier,
    /// Two friends side by side: social networks.
    Friends,
    /// A computer screen.
    Computer,
    /// A parcel: a shop that delivers.
    Parcel,
    /// An apple (the fruit).
    Apple,
    /// Someone dancing.
    Dancer,
}

impl Picture {
    /// Every picture.
    pub const ALL: [Self; 15] = [
        Self::Video,
        Self::MapPin,
        Self::Chat,
        Self::Blocks,
        Self::Gamepad,
        Self::Clapper,
        Self::SmartSpeaker,
        Self::Music,
        Self::Phone,
        Self::Magnifier,
        Self::Friends,
        Self::Computer,
        Self::Parcel,
        Self::Apple,
        Self::Dancer,
    ];
}
