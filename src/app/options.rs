//! How the app is started: the command line's choices for this run, and everything the app is
//! built from.

use crate::age::AgeBand;
use crate::content::ContentSource;
use crate::i18n::Lang;
use crate::kiosk::stats::Stats;
use crate::save::{KnownFolder, SaveTarget};
use crate::settings::{Settings, SettingsStore};

/// Command-line choices for this run only: never saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overrides {
    /// `--lang`.
    pub lang: Option<Lang>,
    /// `--age`.
    pub age: Option<AgeBand>,
    /// `--kiosk`.
    pub kiosk: bool,
    /// `--scale`.
    pub scale: Option<f32>,
    /// `--mute`.
    pub mute: bool,
}

/// How to start the app.
#[derive(Debug)]
pub struct AppOptions {
    /// The stand settings as loaded.
    pub settings: Settings,
    /// Where they are saved, and which are locked.
    pub store: SettingsStore,
    /// The statistics.
    pub stats: Stats,
    /// Command-line choices for this run.
    pub overrides: Overrides,
    /// Where content comes from.
    pub content: ContentSource,
    /// Open the sound output (off in tests).
    pub audio: bool,
    /// Where texts said aloud go.
    pub voice: VoiceSource,
    /// Where saved pictures go.
    pub save_target: SaveTarget,
    /// Where exported statistics go.
    pub export_target: SaveTarget,
    /// Seed of the random numbers given to activities.
    pub seed: u64,
    /// When the process started, to log how long the first frame took.
    pub started_at: Option<std::time::Instant>,
    /// The folders of the content packs to lay over the content, in order.
    pub packs: Vec<std::path::PathBuf>,
    /// Load the packs again when their files change, and show their problems (`--watch`).
    pub watch: bool,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            settings: Settings::default(),
            store: SettingsStore::in_memory(),
            stats: Stats::in_memory(),
            overrides: Overrides::default(),
            content: ContentSource::Builtin,
            audio: true,
            voice: VoiceSource::Off,
            save_target: SaveTarget::Dialog(KnownFolder::Pictures),
            export_target: SaveTarget::Dialog(KnownFolder::Documents),
            seed: 0x00A5_C41B,
            started_at: None,
            packs: Vec::new(),
            watch: false,
        }
    }
}

/// Where texts said aloud go.
#[derive(Clone, Debug, Default)]
pub enum VoiceSource {
    /// Nowhere: no listen buttons (tests, and `--mute`).
    #[default]
    Off,
    /// The desktop's speech service.
    System,
    /// A recorder that keeps them (tests).
    Recording(crate::voice::Recorder),
}
