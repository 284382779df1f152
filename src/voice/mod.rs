//! A voice for those who cannot read yet: texts said aloud by the desktop's speech service.
//!
//! The speech service is speech-dispatcher, which Debian and Ubuntu desktops ship for their
//! screen reader, with the voices installed there (eSpeak NG by default, better ones when the
//! stand has them). Archipel talks to it through its local socket (SSIP); no network, no cloud
//! voice, nothing downloaded. A worker thread does the talking, so the UI thread never waits:
//! it sends what to say and goes on. Without a speech service, or without a voice for a
//! language, [`Voice::can_speak`] says no, the listen buttons are not shown, and one warning
//! is logged.
//!
//! Activities ask for speech with a command, as they ask for sounds; the app says one thing
//! at a time (a new text cuts the one being said) and stops the voice when the visitor taps
//! something else, goes home or leaves.

mod service;
pub mod spoken;

use std::collections::BTreeSet;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};

/// Something that says texts: the speech service, or a recorder in tests.
pub trait Speaker: Send {
    /// The languages it has a voice for (`fr`, `en`…).
    ///
    /// # Errors
    /// The service cannot be reached.
    fn languages(&mut self) -> Result<BTreeSet<String>, String>;

    /// Says `text` in `lang` at `rate` and `volume` (each `-100..=100`), cutting what it was
    /// saying.
    ///
    /// # Errors
    /// The service cannot be reached.
    fn say(&mut self, text: &str, lang: &str, rate: i8, volume: i8) -> Result<(), String>;

    /// Stops what it is saying.
    ///
    /// # Errors
    /// The service cannot be reached.
    fn hush(&mut self) -> Result<(), String>;
}

/// One thing said, as a recorder keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// What was given to the synthesizer (already written for the ear).
    pub text: String,
    /// In which language.
    pub lang: String,
}

/// A speaker that keeps what it is asked to say, for tests: every language has a voice.
#[derive(Clone, Debug, Default)]
pub struct Recorder {
    said: Arc<Mutex<Vec<Said>>>,
    hushed: Arc<Mutex<usize>>,
}

impl Recorder {
    /// What was said so far, oldest first.
    pub fn said(&self) -> Vec<Said> {
        self.said
            .lock()
            .map(|said| said.clone())
            .unwrap_or_default()
    }

    /// How many times the voice was stopped.
    pub fn hushed(&self) -> usize {
        self.hushed.lock().map(|count| *count).unwrap_or_default()
    }

    /// Forgets what was said.
    pub fn clear(&self) {
        if let Ok(mut said) = self.said.lock() {
            said.clear();
        }
        if let Ok(mut hushed) = self.hushed.lock() {
            *hushed = 0;
        }
    }
}

impl Speaker for Recorder {
    fn languages(&mut self) -> Result<BTreeSet<String>, String> {
        Ok(["fr", "en", "es", "de", "it"].map(String::from).into())
    }

    fn say(&mut self, text: &str, lang: &str, _rate: i8, _volume: i8) -> Result<(), String> {
        if let Ok(mut said) = self.said.lock() {
            said.push(Said {
                text: text.to_owned(),
                lang: lang.to_owned(),
            });
        }
        Ok(())
    }

    fn hush(&mut self) -> Result<(), String> {
        if let Ok(mut hushed) = self.hushed.lock() {
            *hushed += 1;
        }
        Ok(())
    }
}

/// What the UI asks the worker.
enum Request {
    Say {
        text: String,
        lang: String,
        rate: i8,
        volume: i8,
    },
    Hush,
}

/// Where requests go: a worker thread (the speech service), or a speaker called in place
/// (a recorder, which never waits).
enum Route {
    None,
    Worker(mpsc::Sender<Request>),
    InPlace(Box<dyn Speaker>),
}

/// The app's voice: a runtime handle, never persisted.
pub struct Voice {
    route: Route,
    /// The languages with a voice, once the service has said (empty without a service).
    languages: Arc<OnceLock<BTreeSet<String>>>,
    enabled: bool,
    rate: i8,
    volume: i8,
    /// Languages already warned about (no voice for them).
    warned: Mutex<BTreeSet<String>>,
}

impl std::fmt::Debug for Voice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Voice")
            .field("languages", &self.languages.get())
            .field("enabled", &self.enabled)
            .field("rate", &self.rate)
            .field("volume", &self.volume)
            .finish_non_exhaustive()
    }
}

impl Voice {
    /// No voice at all (`--mute`, tests without one).
    pub fn none() -> Self {
        Self::with_route(Route::None, Some(BTreeSet::new()))
    }

    /// The desktop's speech service, reached by a worker thread: the languages are known
    /// when it has answered (a moment after the start), and none if it cannot be reached.
    /// `SPEECHD_ADDRESS` (`unix_socket:PATH`, as speech-dispatcher's own clients read it)
    /// names another socket than the user's default one.
    pub fn system() -> Self {
        let address = std::env::var("SPEECHD_ADDRESS").ok();
        let socket = address
            .as_deref()
            .and_then(|address| address.strip_prefix("unix_socket:"))
            .map(std::path::PathBuf::from);
        Self::worker(socket)
    }

    /// The speech service listening on `socket` (tests start their own).
    pub fn at(socket: &std::path::Path) -> Self {
        Self::worker(Some(socket.to_path_buf()))
    }

    fn worker(socket: Option<std::path::PathBuf>) -> Self {
        let (sender, receiver) = mpsc::channel();
        let voice = Self::with_route(Route::Worker(sender), None);
        let languages = Arc::clone(&voice.languages);
        let spawned = std::thread::Builder::new()
            .name("voice".into())
            .spawn(move || service::work(&receiver, &languages, socket.as_deref()));
        if let Err(err) = spawned {
            log::warn!("cannot start the voice ({err}): no listen buttons");
            return Self::none();
        }
        voice
    }

    /// `speaker`, called in place (tests: a [`Recorder`]).
    pub fn with_speaker(mut speaker: Box<dyn Speaker>) -> Self {
        let languages = speaker.languages().unwrap_or_default();
        Self::with_route(Route::InPlace(speaker), Some(languages))
    }

    fn with_route(route: Route, languages: Option<BTreeSet<String>>) -> Self {
        let cell = OnceLock::new();
        if let Some(languages) = languages {
            let _ = cell.set(languages);
        }
        Self {
            route,
            languages: Arc::new(cell),
            enabled: true,
            rate: 0,
            volume: 100,
            warned: Mutex::new(BTreeSet::new()),
        }
    }

    /// Turns the voice on or off and sets its speed (`-100..=100`, 0 the service's default)
    /// and volume (in percent of the service's full volume).
    pub fn configure(&mut self, enabled: bool, rate: i8, volume_percent: u8) {
        self.enabled = enabled;
        self.rate = rate.clamp(-100, 100);
        // SSIP's volume goes from -100 (silent) to 100 (full).
        let percent = i16::from(volume_percent.min(100));
        self.volume = i8::try_from(percent * 2 - 100).unwrap_or(100);
        if !enabled {
            self.hush();
        }
    }

    /// Whether texts in `lang` can be said now: the voice is on, the service answered, and
    /// it has a voice for the language. The listen buttons show only then.
    pub fn can_speak(&self, lang: &str) -> bool {
        if !self.enabled {
            return false;
        }
        let Some(languages) = self.languages.get() else {
            return false;
        };
        if languages.contains(lang) {
            return true;
        }
        if !languages.is_empty()
            && self
                .warned
                .lock()
                .is_ok_and(|mut warned| warned.insert(lang.to_owned()))
        {
            log::warn!("the speech service has no voice for {lang}: no listen buttons in {lang}");
        }
        false
    }

    /// Says `text` (written for the eye: it is said for the ear) in `lang`, cutting what was
    /// being said. Nothing when the voice cannot speak that language.
    pub fn say(&mut self, text: &str, lang: &str) {
        if !self.can_speak(lang) {
            return;
        }
        let text = spoken::for_the_ear(text, lang);
        if text.is_empty() {
            return;
        }
        let (rate, volume) = (self.rate, self.volume);
        match &mut self.route {
            Route::None => {}
            Route::Worker(sender) => {
                let _ = sender.send(Request::Say {
                    text,
                    lang: lang.to_owned(),
                    rate,
                    volume,
                });
            }
            Route::InPlace(speaker) => {
                if let Err(err) = speaker.say(&text, lang, rate, volume) {
                    log::warn!("the voice failed: {err}");
                }
            }
        }
    }

    /// The languages with a voice: `None` while the service has not answered yet, empty
    /// without a service.
    pub fn languages(&self) -> Option<&BTreeSet<String>> {
        self.languages.get()
    }

    /// Stops what is being said.
    pub fn hush(&mut self) {
        match &mut self.route {
            Route::None => {}
            Route::Worker(sender) => {
                let _ = sender.send(Request::Hush);
            }
            Route::InPlace(speaker) => {
                let _ = speaker.hush();
            }
        }
    }
}
