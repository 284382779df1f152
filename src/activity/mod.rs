//! The contract between the app and its activities.
//!
//! An activity draws itself and reacts to the visitor inside the area the app gives it; it never
//! reaches into the app. What it wants from the app (go home, play a sound, open another
//! activity, save a picture) it asks for with a [`Command`], which the app applies after the
//! frame. All it knows about the visitor (language, age band) comes in [`ActivityCtx`], and
//! [`Activity::reset`] wipes everything a visitor did.

mod guide;
pub mod ids;
mod info;
mod registry;
mod shell;

use eframe::egui;

pub use guide::WellDone;
pub use info::{ActivityId, ActivityInfo};
pub use registry::{ActivityEntry, Registry};
pub(crate) use shell::activity;
pub use shell::{Kind, Shell};

use crate::age::AgeBand;
use crate::audio::Sound;
use crate::i18n::{I18n, Lang};
use crate::ui::guide::{Guide, Reaction};
use crate::ui::stickers::Sticker;

/// One activity on the home screen.
pub trait Activity {
    /// Its id and metadata (from `content/<id>/activity.toml`).
    fn info(&self) -> &ActivityInfo;

    /// Draws the activity in `ui` (the whole area under the app's top bar) and reacts to input.
    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>);

    /// Forgets everything the current visitor did.
    fn reset(&mut self);

    /// The activity as `Any`, so tests and tools can look at its concrete state.
    fn as_any(&self) -> &dyn std::any::Any;

    /// Receives what another activity handed over when it opened this one.
    /// Activities that take no hand-over ignore it.
    fn receive(&mut self, handoff: &Handoff) {
        let _ = handoff;
    }
}

/// What an activity knows about the visitor and the moment, and how it asks the app for things.
pub struct ActivityCtx<'a> {
    /// The visitor's language.
    pub lang: &'a Lang,
    /// The visitor's age band.
    pub age: AgeBand,
    /// Interface texts.
    pub i18n: &'a I18n,
    /// Seconds since the app started (mocked in tests).
    pub now_secs: f64,
    /// Random numbers, seeded so that tests are repeatable.
    pub rng: &'a mut fastrand::Rng,
    commands: &'a mut Vec<Command>,
    openable: &'a [ActivityId],
    /// The stand's name, written on what visitors take home; may be empty.
    pub stand: &'a str,
    /// How texts are said aloud for this visitor.
    pub listening: Listening,
    /// The last text read aloud by itself (kept in the visitor's session).
    last_read: Option<&'a mut u64>,
    /// What the guide last did (kept in the visitor's session; changed with [`Command::React`]).
    pub guide: Guide,
    /// The visitor's stickers.
    pub rewards: Rewards,
}

/// The visitor's stickers, as an activity shows them.
#[derive(Clone, Debug, Default)]
pub struct Rewards {
    /// The sticker finishing this activity gives (shown on its end screen).
    pub sticker: Option<Sticker>,
    /// The stickers the visitor has (for the take-home card).
    pub album: Vec<Sticker>,
}

/// How texts are said aloud for this visitor.
#[derive(Clone, Debug, Default)]
pub struct Listening {
    /// The listen buttons' name ("Listen" in the visitor's language) when the voice can speak
    /// the visitor's language; `None`: no voice, no listen buttons.
    pub button: Option<String>,
    /// Each new screen's instruction is read by itself (6-9, when the stand says so).
    pub auto_read: bool,
}

impl<'a> ActivityCtx<'a> {
    /// A context whose commands land in `commands`.
    pub fn new(
        lang: &'a Lang,
        age: AgeBand,
        i18n: &'a I18n,
        now_secs: f64,
        rng: &'a mut fastrand::Rng,
        commands: &'a mut Vec<Command>,
    ) -> Self {
        Self {
            lang,
            age,
            i18n,
            now_secs,
            rng,
            commands,
            openable: &[],
            stand: "",
            listening: Listening::default(),
            last_read: None,
            guide: Guide::default(),
            rewards: Rewards::default(),
        }
    }

    /// The same context, where the guide last did what `guide` says, and the visitor has the
    /// stickers of `rewards`.
    #[must_use]
    pub fn with_guide(self, guide: Guide, rewards: Rewards) -> Self {
        Self {
            guide,
            rewards,
            ..self
        }
    }

    /// The same context, where texts are said aloud as `listening` says; `last_read` keeps
    /// the last text read by itself (part of the visitor's session).
    #[must_use]
    pub fn with_listening(self, listening: Listening, last_read: &'a mut u64) -> Self {
        Self {
            listening,
            last_read: Some(last_read),
            ..self
        }
    }

    /// A listen button for `text` (when the voice can speak the visitor's language): tapped,
    /// it has `text` said aloud. Returns whether it was tapped.
    pub fn listen(&mut self, ui: &mut egui::Ui, text: &str) -> bool {
        let Some(label) = self.listening.button.clone() else {
            return false;
        };
        let tapped = crate::ui::listen::listen_button(ui, &label).clicked();
        if tapped {
            self.say(text);
        }
        tapped
    }

    /// A listen button for `text` at `rect`, over what is already drawn there (a hint painted
    /// on the map). Returns whether it was tapped.
    pub fn listen_at(&mut self, ui: &mut egui::Ui, rect: egui::Rect, text: &str) -> bool {
        let Some(label) = self.listening.button.clone() else {
            return false;
        };
        let tapped = crate::ui::listen::listen_button_at(ui, rect, &label).clicked();
        if tapped {
            self.say(text);
        }
        tapped
    }

    /// `text` (an instruction, a card, a question) with its listen button before it.
    pub fn listen_label(&mut self, ui: &mut egui::Ui, text: &str, shown: egui::RichText) {
        ui.horizontal(|ui| {
            self.listen(ui, text);
            ui.add(egui::Label::new(shown).wrap());
        });
    }

    /// Asks for `text` to be said aloud now, cutting what is being said.
    pub fn say(&mut self, text: &str) {
        self.send(Command::Say(text.to_owned()));
    }

    /// A new screen's instruction: read by itself once (6-9, when the stand says so), the
    /// first frame it shows.
    pub fn read_once(&mut self, text: &str) {
        if !self.listening.auto_read || self.listening.button.is_none() {
            return;
        }
        let key = text_key(text);
        let Some(last) = self.last_read.as_deref_mut() else {
            return;
        };
        if *last != key {
            *last = key;
            self.say(text);
        }
    }

    /// The same context, at the stand called `stand` (may be empty).
    #[must_use]
    pub fn with_stand(self, stand: &'a str) -> Self {
        Self { stand, ..self }
    }

    /// The same context, where the activities in `ids` can be opened (those on the home screen
    /// for this visitor).
    #[must_use]
    pub fn with_openable(self, ids: &'a [ActivityId]) -> Self {
        Self {
            openable: ids,
            ..self
        }
    }

    /// Whether [`Command::OpenActivity`] can open `id`: it is loaded and the stand shows it to
    /// this visitor. Activities only offer to open those.
    pub fn can_open(&self, id: ActivityId) -> bool {
        self.openable.contains(&id)
    }

    /// The visitor finished the activity: the success sound, and one completion in the
    /// statistics per visit (`finished`, part of the visit, remembers it was counted).
    pub fn complete_once(&mut self, finished: &mut bool) {
        if !*finished {
            *finished = true;
            self.play(Sound::Success);
            self.send(Command::Completed);
        }
    }

    /// Asks the app to do something after this frame.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Asks the app to play `sound` (nothing when the stand's sound is off); the guide reacts
    /// to a success and to a miss as the visitor hears them.
    pub fn play(&mut self, sound: Sound) {
        self.send(Command::PlaySound(sound));
        match sound {
            Sound::Success => self.react(Reaction::Happy),
            Sound::TryAgain => self.react(Reaction::Encouraging),
            Sound::Tap => {}
        }
    }

    /// Whether `response` was tapped, with the tap sound when it was: every button of every
    /// activity answers a tap the same way.
    pub fn tapped(&mut self, response: &egui::Response) -> bool {
        let tapped = response.clicked();
        if tapped {
            self.play(Sound::Tap);
        }
        tapped
    }

    /// The interface text `id` for the visitor's language and age band.
    pub fn tr(&self, id: &str) -> String {
        self.i18n.tr_age(self.lang, self.age, id)
    }

    /// The interface text `id` with variables.
    pub fn tr_args(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
        self.i18n.tr_args(self.lang, self.age, id, args)
    }
}

/// Something an activity asks the app to do.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Leave the activity and show the home screen.
    GoHome,
    /// Play a short sound (if sound is on).
    PlaySound(Sound),
    /// The visitor played the activity to its end (counted in the statistics).
    Completed,
    /// Open another activity, optionally handing it something.
    OpenActivity {
        /// The activity to open.
        id: ActivityId,
        /// What to hand over.
        handoff: Option<Handoff>,
    },
    /// Say a text aloud (when the voice can speak the visitor's language), cutting what was
    /// being said.
    Say(String),
    /// Stop saying what is being said.
    Hush,
    /// The guide reacts to what just happened.
    React(Reaction),
    /// Save a picture for the visitor to take home: a save dialog where one can open,
    /// otherwise a known folder; the app tells where the file went.
    SaveImage {
        /// Draws the picture (off the UI thread).
        job: ImageJob,
        /// A file name to suggest, such as `my-plan.png`.
        file_name: String,
    },
}

/// Draws a picture; run by the app on a background thread so the screen never freezes.
#[derive(Clone)]
pub struct ImageJob(std::sync::Arc<dyn Fn() -> egui::ColorImage + Send + Sync>);

impl ImageJob {
    /// A job that draws with `render`.
    pub fn new(render: impl Fn() -> egui::ColorImage + Send + Sync + 'static) -> Self {
        Self(std::sync::Arc::new(render))
    }

    /// Draws the picture.
    pub fn render(&self) -> egui::ColorImage {
        (self.0)()
    }
}

impl std::fmt::Debug for ImageJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ImageJob")
    }
}

impl PartialEq for ImageJob {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Data one activity hands to another when it opens it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Handoff {
    /// Services (by content id) to show as already chosen in the alternatives picker.
    PreselectServices(Vec<String>),
}

/// A short fingerprint of `text`, to know whether a screen's instruction was already read.
fn text_key(text: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}
