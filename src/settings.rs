//! What the facilitator sets up: persisted (from the kiosk issue on), the same for every
//! visitor. Per-visitor state lives in [`crate::app::Session`] and is never persisted.

use serde::{Deserialize, Serialize};

use crate::age::AgeBand;
use crate::i18n::{DEFAULT_LANG, Lang};

/// The smallest and largest UI scale.
pub const UI_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.5;

/// Stand settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// The language each visitor starts in.
    pub lang: Lang,
    /// The age band each visitor starts in.
    pub age: AgeBand,
    /// Zoom of the whole interface: 1.0 on a laptop, more on a projector.
    pub ui_scale: f32,
    /// Whether sounds play.
    pub sound: bool,
    /// Sound volume, `0.0..=1.0`.
    pub volume: f32,
    /// Start in fullscreen.
    pub fullscreen: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::new(DEFAULT_LANG),
            age: AgeBand::default(),
            ui_scale: 1.0,
            sound: true,
            volume: 0.8,
            fullscreen: false,
        }
    }
}

impl Settings {
    /// The UI scale, clamped to [`UI_SCALE_RANGE`].
    pub fn clamped_scale(&self) -> f32 {
        self.ui_scale
            .clamp(*UI_SCALE_RANGE.start(), *UI_SCALE_RANGE.end())
    }
}
