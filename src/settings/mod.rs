//! What the facilitator sets up, the same for every visitor, kept on disk.
//!
//! Settings come in layers: built-in defaults, then a system-wide file
//! (`/etc/archipel/settings.toml`) that can pre-configure a fleet of laptops and lock some
//! settings, then the stand's own file in the user's config folder, which the facilitator panel
//! writes. A file that cannot be read never stops the app: its layer is skipped and the panel says
//! what was wrong. Per-visitor state lives in [`crate::session::Session`] and is never persisted.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::age::AgeBand;
use crate::fsutil::write_atomic;
use crate::i18n::{DEFAULT_LANG, Lang};

mod pin_hash;

pub use pin_hash::{DEFAULT_PIN, PIN_LENGTH, PinError, PinHash, is_valid_pin};

/// The shortest "Still there?" countdown: WCAG 2.2.1 asks for at least 20 seconds to answer a
/// timeout warning.
pub const MIN_COUNTDOWN_SECS: f64 = 20.0;

/// The smallest and largest UI scale.
pub const UI_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.5;
/// UI scales go by this step: each scale rasterises its own glyphs, so there are few of them.
pub const UI_SCALE_STEP: f32 = 0.05;

/// `scale` clamped to [`UI_SCALE_RANGE`] and rounded to [`UI_SCALE_STEP`] (1.0 if not a number).
pub fn snap_scale(scale: f32) -> f32 {
    if !scale.is_finite() {
        return 1.0;
    }
    let clamped = scale.clamp(*UI_SCALE_RANGE.start(), *UI_SCALE_RANGE.end());
    (clamped / UI_SCALE_STEP).round() * UI_SCALE_STEP
}

/// The smallest window, in points, that every screen is laid out for: an old projector's
/// 1024×768, less a desktop's panel.
pub const MIN_POINTS: [f32; 2] = [1024.0, 720.0];

/// The scale used for the scale `wanted` in a window of `pixels`: `wanted`, but never so big
/// that the window holds less than [`MIN_POINTS`] (then the biggest scale that still does, and
/// never less than 1). On a 1920×1080 projector, 2.0 gives 1.5: bigger text, and every screen
/// still fits.
pub fn fitting_scale(wanted: f32, pixels: [f32; 2]) -> f32 {
    let wanted = snap_scale(wanted);
    let fits = (pixels[0] / MIN_POINTS[0]).min(pixels[1] / MIN_POINTS[1]);
    if !fits.is_finite() || fits <= 0.0 {
        return wanted;
    }
    let most = ((fits / UI_SCALE_STEP + 1e-3).floor() * UI_SCALE_STEP).max(1.0);
    wanted.min(most)
}

/// The longest stand name, in characters.
pub const STAND_NAME_MAX_CHARS: usize = 60;

/// `name` on one line, without control characters or outer spaces, at most
/// [`STAND_NAME_MAX_CHARS`] long.
pub fn clean_stand_name(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(STAND_NAME_MAX_CHARS)
        .collect()
}

/// The shortest and longest idle time before the "Still there?" countdown.
pub const IDLE_RANGE_SECS: std::ops::RangeInclusive<u32> = 15..=1800;

/// The system-wide settings file, unless `ARCHIPEL_SYSTEM_SETTINGS` names another.
pub const SYSTEM_SETTINGS_FILE: &str = "/etc/archipel/settings.toml";

/// Stand settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent on/off settings of the stand file"
)]
pub struct Settings {
    /// The language each visitor starts in.
    pub lang: Lang,
    /// The languages offered to visitors (flags on the home screen); empty means all.
    pub languages: Vec<Lang>,
    /// The age band each visitor starts in.
    pub age: AgeBand,
    /// Zoom of the whole interface: 1.0 on a laptop, more on a projector.
    pub ui_scale: f32,
    /// Whether sounds play.
    pub sound: bool,
    /// Sound volume, `0.0..=1.0`.
    pub volume: f32,
    /// Start in fullscreen (kiosk mode always does).
    pub fullscreen: bool,
    /// Kiosk mode: fullscreen, cannot be closed, idle reset and attract screen.
    pub kiosk: bool,
    /// Seconds without input before the "Still there?" countdown (kiosk mode).
    pub idle_timeout_secs: u32,
    /// Length of the countdown, at least 20 seconds.
    pub countdown_secs: u32,
    /// Black, white and yellow, for low vision and bright rooms.
    pub high_contrast: bool,
    /// Activity ids in the order the home screen shows them; others follow.
    pub activity_order: Vec<String>,
    /// Activity ids the home screen does not show.
    pub hidden_activities: Vec<String>,
    /// The facilitator PIN's salted hash; none means the default PIN.
    pub pin: Option<PinHash>,
    /// The stand's name (a club, an event), written on what visitors take home; may be empty.
    pub stand_name: String,
    /// Ids of the content packs found but turned off (every pack found is on otherwise).
    pub disabled_packs: Vec<String>,
    /// Listen buttons that say texts aloud (when the desktop has a speech service and a voice
    /// for the visitor's language; silent when the sound is off).
    pub voice: bool,
    /// For 6-9, each new screen's instruction is read by itself.
    pub voice_auto_read: bool,
    /// Speed of the voice, `-100..=100` (0: the speech service's own).
    pub voice_rate: i8,
    /// Volume of the voice, in percent (100: the speech service's full volume).
    pub voice_volume: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::new(DEFAULT_LANG),
            languages: Vec::new(),
            age: AgeBand::default(),
            ui_scale: 1.0,
            sound: true,
            volume: 0.8,
            fullscreen: false,
            kiosk: false,
            idle_timeout_secs: 90,
            countdown_secs: 20,
            high_contrast: false,
            activity_order: Vec::new(),
            hidden_activities: Vec::new(),
            disabled_packs: Vec::new(),
            pin: None,
            stand_name: String::new(),
            voice: true,
            voice_auto_read: true,
            voice_rate: 0,
            voice_volume: 100,
        }
    }
}

impl Settings {
    /// The UI scale, clamped to [`UI_SCALE_RANGE`] and rounded to [`UI_SCALE_STEP`].
    pub fn clamped_scale(&self) -> f32 {
        snap_scale(self.ui_scale)
    }

    /// Brings out-of-range values back into range.
    fn normalize(&mut self) {
        self.ui_scale = self.clamped_scale();
        self.volume = self.volume.clamp(0.0, 1.0);
        self.idle_timeout_secs = self
            .idle_timeout_secs
            .clamp(*IDLE_RANGE_SECS.start(), *IDLE_RANGE_SECS.end());
        self.countdown_secs = self.countdown_secs.clamp(MIN_COUNTDOWN_SECS as u32, 300);
        self.stand_name = clean_stand_name(&self.stand_name);
    }

    /// Whether the home screen shows activity `id`.
    pub fn shows_activity(&self, id: &str) -> bool {
        !self.hidden_activities.iter().any(|hidden| hidden == id)
    }

    /// Whether the content pack `id` is on.
    pub fn uses_pack(&self, id: &str) -> bool {
        !self.disabled_packs.iter().any(|off| off == id)
    }

    /// Whether `lang` is offered to visitors.
    pub fn offers(&self, lang: &Lang) -> bool {
        self.languages.is_empty() || self.languages.contains(lang)
    }
}

/// The setting names, as written in files.
pub fn setting_names() -> BTreeSet<String> {
    let mut names: BTreeSet<String> = toml::Table::try_from(Settings::default())
        .map(|table| table.keys().cloned().collect())
        .unwrap_or_default();
    // `pin` is absent from a default file but is a setting.
    names.insert("pin".into());
    names
}

/// Where settings live and which are locked; reads and writes them.
#[derive(Debug, Clone, Default)]
pub struct SettingsStore {
    /// The stand's own file (written by the panel), if any.
    path: Option<PathBuf>,
    /// The system-wide layer, without its `locked` list.
    system: toml::Table,
    /// Settings the system-wide file locks: the panel shows them but cannot change them.
    locked: BTreeSet<String>,
    /// What went wrong while reading, for the panel.
    problems: Vec<String>,
}

impl SettingsStore {
    /// Settings that live only in memory (tests, `--settings` absent and no config folder).
    pub fn in_memory() -> Self {
        Self::default()
    }

    /// The stand's file in the platform config folder (`~/.config/archipel/settings.toml`).
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "Archipel", "archipel")
            .map(|dirs| dirs.config_dir().join("settings.toml"))
    }

    /// The system-wide file: `ARCHIPEL_SYSTEM_SETTINGS`, else `/etc/archipel/settings.toml`.
    pub fn system_path() -> PathBuf {
        std::env::var_os("ARCHIPEL_SYSTEM_SETTINGS")
            .map_or_else(|| PathBuf::from(SYSTEM_SETTINGS_FILE), PathBuf::from)
    }

    /// Reads the system-wide file (if it exists) and the stand's file at `path` (if given and
    /// it exists), and returns the store with the merged settings. Never fails: each unreadable
    /// layer is skipped and reported in [`SettingsStore::problems`].
    pub fn load(path: Option<PathBuf>, system_path: Option<&Path>) -> (Self, Settings) {
        if let Some(path) = &path {
            crate::fsutil::remove_stale_temps(path);
        }
        let mut store = Self {
            path,
            ..Self::default()
        };
        let names = setting_names();
        if let Some(system_path) = system_path
            && let Some(mut table) = store.read_table(system_path)
        {
            if let Some(locked) = table.remove("locked") {
                match locked.try_into::<Vec<String>>() {
                    Ok(locked) => store.locked = locked.into_iter().collect(),
                    Err(err) => store
                        .problems
                        .push(format!("{}: locked: {err}", system_path.display())),
                }
            }
            store.report_unknown(system_path, &table, &names);
            store.system = table;
        }
        let mut settings = match store.system.clone().try_into::<Settings>() {
            Ok(settings) => settings,
            Err(err) => {
                if let Some(system_path) = system_path {
                    store.problems.push(format!(
                        "{}: {}; using the built-in settings",
                        system_path.display(),
                        first_line(&err.to_string())
                    ));
                }
                store.system.clear();
                Settings::default()
            }
        };
        if let Some(user_path) = store.path.clone()
            && let Some(user) = store.read_table(&user_path)
        {
            store.report_unknown(&user_path, &user, &names);
            let mut merged = store.system.clone();
            for (key, value) in user {
                if store.locked.contains(&key) {
                    continue;
                }
                merged.insert(key, value);
            }
            match to_settings(merged) {
                Ok(user_settings) => settings = user_settings,
                Err(err) => store.problems.push(format!(
                    "{}: {err}; the stand's settings were not used",
                    user_path.display()
                )),
            }
        }
        settings.normalize();
        (store, settings)
    }

    fn read_table(&mut self, path: &Path) -> Option<toml::Table> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
            Err(err) => {
                self.problems.push(format!("{}: {err}", path.display()));
                return None;
            }
        };
        match text.parse::<toml::Table>() {
            Ok(table) => Some(table),
            Err(err) => {
                let line = err
                    .span()
                    .map(|span| crate::fsutil::line_of(&text, span.start));
                let at = line.map_or_else(String::new, |line| format!(":{line}"));
                self.problems.push(format!(
                    "{}{at}: {}; this file was not used",
                    path.display(),
                    first_line(err.message())
                ));
                None
            }
        }
    }

    fn report_unknown(&mut self, path: &Path, table: &toml::Table, names: &BTreeSet<String>) {
        for key in table.keys().filter(|key| !names.contains(*key)) {
            self.problems.push(format!(
                "{}: unknown setting {key:?} ignored",
                path.display()
            ));
        }
    }

    /// What went wrong while reading the files.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The stand's settings file, if settings are kept on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether the system-wide file locks setting `name`.
    pub fn is_locked(&self, name: &str) -> bool {
        self.locked.contains(name)
    }

    /// Writes `settings` to the stand's file atomically, leaving out locked settings (they come
    /// from the system-wide file). In memory only: does nothing.
    ///
    /// # Errors
    /// The file could not be written; the reason in words.
    pub fn save(&self, settings: &Settings) -> Result<(), String> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let mut table = toml::Table::try_from(settings).map_err(|err| err.to_string())?;
        table.retain(|key, _| !self.locked.contains(key));
        let text = format!(
            "# Archipel stand settings, written by the facilitator panel.\n# Settings locked in {} are not written here.\n{}",
            Self::system_path().display(),
            toml::to_string_pretty(&table).map_err(|err| err.to_string())?
        );
        write_atomic(path, text.as_bytes()).map_err(|err| format!("{}: {err}", path.display()))
    }
}

/// Settings from a table, or the name of the setting that is wrong and why.
fn to_settings(table: toml::Table) -> Result<Settings, String> {
    serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|err| {
        let path = err.path().to_string();
        format!("{path}: {}", first_line(&err.into_inner().to_string()))
    })
}

fn first_line(message: &str) -> String {
    message
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or(message)
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_go_by_steps_within_range() {
        assert_eq!(
            clean_stand_name("  Club\tinfo\n du  lycée "),
            "Club info du lycée"
        );
        assert_eq!(clean_stand_name(&"x".repeat(100)).chars().count(), 60);
        assert!((fitting_scale(2.0, [1920.0, 1080.0]) - 1.5).abs() < 1e-6);
        assert!((fitting_scale(1.25, [1920.0, 1080.0]) - 1.25).abs() < 1e-6);
        assert!((fitting_scale(2.0, [3840.0, 2160.0]) - 2.0).abs() < 1e-6);
        assert!((fitting_scale(1.5, [1024.0, 768.0]) - 1.0).abs() < 1e-6);
        assert!((fitting_scale(0.8, [800.0, 600.0]) - 0.8).abs() < 1e-6);
        assert!((snap_scale(1.234) - 1.25).abs() < 1e-6);
        assert!((snap_scale(0.1) - 0.75).abs() < 1e-6);
        assert!((snap_scale(f32::NAN) - 1.0).abs() < 1e-6);
        let mut steps: Vec<u32> = (0..10_000)
            .map(|i| (snap_scale(0.5 + i as f32 * 0.0003) * 100.0).round() as u32)
            .collect();
        steps.dedup();
        assert_eq!(steps.len(), 36, "0.75 to 2.5 by 0.05");
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn no_files_means_defaults_and_no_problem() {
        let dir = tempfile::tempdir().unwrap();
        let (store, settings) = SettingsStore::load(
            Some(dir.path().join("settings.toml")),
            Some(&dir.path().join("none.toml")),
        );
        assert_eq!(settings, Settings::default());
        assert!(store.problems().is_empty());
    }

    #[test]
    fn settings_round_trip_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/settings.toml");
        let (store, _) = SettingsStore::load(Some(path.clone()), None);
        let settings = Settings {
            lang: Lang::new("en"),
            languages: vec![Lang::new("en")],
            age: AgeBand::Older,
            kiosk: true,
            idle_timeout_secs: 120,
            high_contrast: true,
            activity_order: vec!["alternatives".into()],
            hidden_activities: vec!["web_map".into()],
            pin: Some(PinHash::new("4321").unwrap()),
            ..Settings::default()
        };
        store.save(&settings).unwrap();
        let (store, reread) = SettingsStore::load(Some(path), None);
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        assert_eq!(reread, settings);
    }

    #[test]
    fn a_corrupt_file_falls_back_to_defaults_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "settings.toml",
            "kiosk = true\nidle_timeout_secs = \n",
        );
        let (store, settings) = SettingsStore::load(Some(path.clone()), None);
        assert_eq!(settings, Settings::default());
        assert_eq!(store.problems().len(), 1);
        assert!(
            store.problems()[0].starts_with(&format!("{}:2: ", path.display())),
            "{:?}",
            store.problems()
        );

        let path = write(dir.path(), "typed.toml", "kiosk = \"yes\"\n");
        let (store, settings) = SettingsStore::load(Some(path), None);
        assert!(!settings.kiosk);
        assert!(
            store.problems()[0].contains("kiosk"),
            "{:?}",
            store.problems()
        );

        let path = write(dir.path(), "binary.toml", "\u{0}\u{1}garbage");
        let (store, settings) = SettingsStore::load(Some(path), None);
        assert_eq!(settings, Settings::default());
        assert_eq!(store.problems().len(), 1);
    }

    #[test]
    fn unknown_settings_are_reported_and_the_rest_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "settings.toml",
            "kiosk = true\ncolour = \"red\"\n",
        );
        let (store, settings) = SettingsStore::load(Some(path), None);
        assert!(settings.kiosk);
        assert_eq!(store.problems().len(), 1);
        assert!(store.problems()[0].contains("unknown setting \"colour\""));
    }

    #[test]
    fn the_system_file_pre_configures_and_locks() {
        let dir = tempfile::tempdir().unwrap();
        let system = write(
            dir.path(),
            "system.toml",
            "locked = [\"kiosk\", \"idle_timeout_secs\"]\nkiosk = true\nidle_timeout_secs = 60\nlang = \"en\"\n",
        );
        let user = write(
            dir.path(),
            "settings.toml",
            "kiosk = false\nidle_timeout_secs = 300\nlang = \"fr\"\nsound = false\n",
        );
        let (store, settings) = SettingsStore::load(Some(user.clone()), Some(&system));
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        assert!(settings.kiosk, "locked by the system file");
        assert_eq!(settings.idle_timeout_secs, 60, "locked by the system file");
        assert_eq!(
            settings.lang,
            Lang::new("fr"),
            "pre-configured but not locked: the stand chooses"
        );
        assert!(!settings.sound);
        assert!(store.is_locked("kiosk") && !store.is_locked("lang"));
        store.save(&settings).unwrap();
        let written = std::fs::read_to_string(&user).unwrap();
        assert!(
            !written.contains("kiosk =") && !written.contains("idle_timeout_secs"),
            "{written}"
        );
    }

    #[test]
    fn the_readme_fleet_example_loads_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let example = readme
            .split("```toml\n# /etc/archipel/settings.toml\n")
            .nth(1)
            .and_then(|rest| rest.split("```").next())
            .expect("the README has the fleet example");
        let system = write(dir.path(), "system.toml", example);
        let (store, settings) = SettingsStore::load(None, Some(&system));
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        assert!(settings.kiosk && store.is_locked("kiosk"));
        assert_eq!(settings.idle_timeout_secs, 120);
        assert_eq!(settings.age, AgeBand::Young);
    }

    #[test]
    fn the_packaged_fleet_example_loads_cleanly_and_names_every_setting() {
        let dir = tempfile::tempdir().unwrap();
        let example = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/packaging/settings.toml"
        ))
        .unwrap();
        let system = write(dir.path(), "system.toml", &example);
        let (store, settings) = SettingsStore::load(None, Some(&system));
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        assert!(settings.kiosk && store.is_locked("languages"));
        // Every setting a fleet may set is shown (the PIN is set in a panel, not written here).
        let shown = toml::to_string(&Settings::default()).unwrap();
        for line in shown.lines() {
            let key = line.split(" =").next().unwrap();
            if key != "pin" && !key.is_empty() {
                assert!(
                    example.contains(&format!("\n{key} = ")),
                    "the example does not show {key}"
                );
            }
        }
    }

    #[test]
    fn values_out_of_range_are_brought_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "settings.toml",
            "ui_scale = 9.0\nvolume = 3.0\nidle_timeout_secs = 1\ncountdown_secs = 2\n",
        );
        let (_, settings) = SettingsStore::load(Some(path), None);
        assert!((settings.ui_scale - 2.5).abs() < f32::EPSILON);
        assert!((settings.volume - 1.0).abs() < f32::EPSILON);
        assert_eq!(settings.idle_timeout_secs, 15);
        assert_eq!(settings.countdown_secs, 20, "WCAG 2.2.1: at least 20 s");
    }
}
