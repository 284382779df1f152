//! The app: the home screen or the open activity, and the commands activities send.
//!
//! Three kinds of state are kept apart: [`Settings`] (what the facilitator chose, persisted),
//! [`Session`] (what the current visitor did, never persisted, wiped at every reset) and the
//! runtime handles (texts, activities, sound output, save thread).

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityId, Command, ImageJob, Registry};
use crate::age::AgeBand;
use crate::audio::Audio;
use crate::content::ContentSource;
use crate::home::{self, HomeAction};
use crate::i18n::{I18n, Lang};
use crate::save::{FileSaver, SaveOutcome, SaveTarget};
use crate::settings::Settings;
use crate::ui::images::ImageCache;
use crate::ui::{self, offscreen};

/// How to start the app.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// The stand settings.
    pub settings: Settings,
    /// Where content comes from.
    pub content: ContentSource,
    /// Open the sound output (off in tests).
    pub audio: bool,
    /// Where saved pictures go.
    pub save_target: SaveTarget,
    /// Seed of the random numbers given to activities.
    pub seed: u64,
    /// When the process started, to log how long the first frame took.
    pub started_at: Option<std::time::Instant>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            settings: Settings::default(),
            content: ContentSource::Builtin,
            audio: true,
            save_target: SaveTarget::Dialog,
            seed: 0x00A5_C41B,
            started_at: None,
        }
    }
}

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
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
}

/// A short message at the bottom of the screen.
#[derive(Clone, Debug, PartialEq)]
struct Toast {
    text: String,
    good_news: bool,
    until_secs: f64,
}

const TOAST_SECS: f64 = 8.0;

/// Handles that live as long as the app: never persisted, not part of a visitor's state.
struct Runtime {
    i18n: I18n,
    registry: Registry,
    audio: Audio,
    saver: FileSaver,
    images: ImageCache,
    rng: fastrand::Rng,
    toast: Option<Toast>,
    /// The UI scale installed on the egui context, once the style is installed.
    installed_scale: Option<f32>,
    /// The time of the last frame, in seconds.
    now_secs: f64,
    /// Process start, until the first frame is drawn.
    started_at: Option<std::time::Instant>,
}

/// The whole app.
pub struct ArchipelApp {
    settings: Settings,
    session: Session,
    runtime: Runtime,
}

impl std::fmt::Debug for ArchipelApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArchipelApp")
            .field("settings", &self.settings)
            .field("session", &self.session)
            .field("registry", &self.runtime.registry)
            .finish_non_exhaustive()
    }
}

impl ArchipelApp {
    /// Loads texts and content and builds every activity. Problems are logged; what loaded runs.
    pub fn new(options: AppOptions) -> Self {
        let (i18n, problems) = I18n::builtin();
        for problem in &problems {
            log::error!("{problem}");
        }
        let registry = Registry::load(&options.content, &i18n.languages());
        Self::with_registry(options, i18n, registry)
    }

    /// Builds the app around ready-made texts and activities (tests).
    pub fn with_registry(options: AppOptions, i18n: I18n, registry: Registry) -> Self {
        let mut settings = options.settings;
        if !i18n.has_lang(&settings.lang) {
            log::warn!(
                "no texts for language {}; using {}",
                settings.lang,
                i18n.default_lang()
            );
            settings.lang = i18n.default_lang().clone();
        }
        let mut audio = if options.audio {
            Audio::open()
        } else {
            Audio::silent()
        };
        audio.configure(settings.sound, settings.volume);
        let session = Session {
            lang: settings.lang.clone(),
            age: settings.age,
            screen: Screen::Home,
        };
        let runtime = Runtime {
            i18n,
            registry,
            audio,
            saver: FileSaver::new(options.save_target),
            images: ImageCache::default(),
            rng: fastrand::Rng::with_seed(options.seed),
            toast: None,
            installed_scale: None,
            now_secs: 0.0,
            started_at: options.started_at,
        };
        Self {
            settings,
            session,
            runtime,
        }
    }

    /// The current visitor's state.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The stand settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The activities.
    pub fn registry(&self) -> &Registry {
        &self.runtime.registry
    }

    /// The activity `T`, if it is loaded (tests look at its state).
    pub fn activity<T: 'static>(&self) -> Option<&T> {
        self.runtime
            .registry
            .activities()
            .iter()
            .find_map(|activity| activity.as_any().downcast_ref::<T>())
    }

    /// The interface texts.
    pub fn i18n(&self) -> &I18n {
        &self.runtime.i18n
    }

    /// Waits for the save under way and shows its outcome (tests).
    pub fn finish_saving(&mut self) -> Option<SaveOutcome> {
        let outcome = self.runtime.saver.wait()?;
        self.show_save_outcome(&outcome);
        Some(outcome)
    }

    /// Ends the current visitor's session: every activity forgets what they did, language and
    /// age band go back to the stand's settings, and the home screen shows.
    pub fn end_session(&mut self) {
        self.runtime.registry.reset_all();
        self.session = Session {
            lang: self.settings.lang.clone(),
            age: self.settings.age,
            screen: Screen::Home,
        };
        self.runtime.toast = None;
    }

    /// Draws one frame and applies what the visitor asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.install_style(&ctx);
        let now_secs = ctx.input(|input| input.time);
        self.runtime.now_secs = now_secs;
        if let Some(outcome) = self.runtime.saver.poll() {
            self.show_save_outcome(&outcome);
        }
        let mut commands = Vec::new();
        match self.session.screen {
            Screen::Home | Screen::About => {
                let action = home::home_ui(
                    ui,
                    &self.session,
                    &self.runtime.i18n,
                    &self.runtime.registry,
                    &mut self.runtime.images,
                );
                if let Some(action) = action {
                    self.apply_home_action(action, &mut commands);
                }
            }
            Screen::Activity(id) => self.activity_ui(ui, id, now_secs, &mut commands),
        }
        self.toast_ui(&ctx, now_secs);
        if let Some(started_at) = self.runtime.started_at.take() {
            log::info!(
                "first frame laid out {} ms after start",
                started_at.elapsed().as_millis()
            );
        }
        for command in commands {
            self.apply(command, &ctx);
        }
    }

    fn install_style(&mut self, ctx: &egui::Context) {
        let scale = self.settings.clamped_scale();
        if self.runtime.installed_scale.is_none() {
            ui::install(ctx);
        }
        if self.runtime.installed_scale != Some(scale) {
            ctx.set_zoom_factor(scale);
            self.runtime.installed_scale = Some(scale);
        }
    }

    fn activity_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: ActivityId,
        now_secs: f64,
        commands: &mut Vec<Command>,
    ) {
        let Runtime {
            i18n,
            registry,
            rng,
            ..
        } = &mut self.runtime;
        let Some(activity) = registry.get_mut(id) else {
            log::error!("activity {id} is not loaded; back to the home screen");
            self.session.screen = Screen::Home;
            return;
        };
        let title = activity.info().title.get(&self.session.lang).to_owned();
        let pictogram = activity.info().pictogram;
        if home::activity_bar_ui(ui, i18n, &self.session, pictogram, &title) {
            commands.push(Command::GoHome);
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new())
            .show(ui, |ui| {
                let mut ctx = ActivityCtx::new(
                    &self.session.lang,
                    self.session.age,
                    i18n,
                    now_secs,
                    rng,
                    commands,
                );
                activity.ui(ui, &mut ctx);
            });
    }

    fn apply_home_action(&mut self, action: HomeAction, commands: &mut Vec<Command>) {
        match action {
            HomeAction::SetLang(lang) => self.session.lang = lang,
            HomeAction::SetAge(age) => self.session.age = age,
            HomeAction::Open(id) => commands.push(Command::OpenActivity { id, handoff: None }),
            HomeAction::About => self.session.screen = Screen::About,
            HomeAction::Home => self.session.screen = Screen::Home,
        }
        commands.push(Command::PlaySound(crate::audio::Sound::Tap));
    }

    /// Applies one command from an activity or the home screen.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::GoHome => self.session.screen = Screen::Home,
            Command::PlaySound(sound) => self.runtime.audio.play(sound),
            Command::OpenActivity { id, handoff } => match self.runtime.registry.get_mut(id) {
                Some(activity) => {
                    if let Some(handoff) = &handoff {
                        activity.receive(handoff);
                    }
                    self.session.screen = Screen::Activity(id);
                }
                None => log::error!("cannot open activity {id}: it is not loaded"),
            },
            Command::SaveImage { job, file_name } => self.save_image(job, file_name, ctx),
        }
    }

    fn save_image(&mut self, job: ImageJob, file_name: String, ctx: &egui::Context) {
        let now_secs = self.runtime.now_secs;
        let produce = move || offscreen::encode_png(&job.render()).map_err(|err| err.to_string());
        let repaint = ctx.clone();
        if !self
            .runtime
            .saver
            .start(produce, file_name, move || repaint.request_repaint())
        {
            let text = self.runtime.i18n.tr(&self.session.lang, "common-save-busy");
            self.runtime.toast = Some(Toast {
                text,
                good_news: false,
                until_secs: now_secs + TOAST_SECS,
            });
        }
    }

    fn show_save_outcome(&mut self, outcome: &SaveOutcome) {
        let now_secs = self.runtime.now_secs;
        let i18n = &self.runtime.i18n;
        let lang = &self.session.lang;
        let (text, good_news) = match outcome {
            SaveOutcome::Saved(path) => {
                log::info!("saved {}", path.display());
                let path = path.display().to_string();
                (
                    i18n.tr_args(
                        lang,
                        self.session.age,
                        "common-saved-to",
                        &[("path", path.into())],
                    ),
                    true,
                )
            }
            SaveOutcome::Cancelled => return,
            SaveOutcome::Failed(reason) => {
                log::error!("saving failed: {reason}");
                (i18n.tr(lang, "common-save-failed"), false)
            }
        };
        self.runtime.toast = Some(Toast {
            text,
            good_news,
            until_secs: now_secs + TOAST_SECS,
        });
    }

    fn toast_ui(&mut self, ctx: &egui::Context, now_secs: f64) {
        let Some(toast) = &self.runtime.toast else {
            return;
        };
        if now_secs > toast.until_secs {
            self.runtime.toast = None;
            return;
        }
        home::toast_ui(ctx, &toast.text, toast.good_news);
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
            toast.until_secs - now_secs,
        ));
    }
}

impl eframe::App for ArchipelApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        ui::tokens::Theme::cheerful()
            .palette
            .background
            .to_normalized_gamma_f32()
    }
}
