//! The app: the attract screen, the home screen or the open activity, the facilitator panel,
//! and the commands activities send.
//!
//! Three kinds of state are kept apart: [`Settings`] (what the facilitator chose, persisted),
//! [`Session`] (what the current visitor did, never persisted, wiped at every reset) and the
//! runtime handles (texts, activities, sound output, files, timers).

use std::panic::AssertUnwindSafe;
use std::time::Duration;

use eframe::egui;

mod facilitator;
mod messages;
mod options;
mod packs;
mod watch;

use messages::Toast;
pub use options::{AppOptions, Overrides, VoiceSource};

use crate::activity::{
    ActivityCtx, ActivityId, ActivityInfo, Command, Listening, Registry, Rewards,
};
use crate::age::AgeBand;
use crate::audio::{Audio, Sound};
use crate::content::ContentSource;
use crate::home::{self, HomeAction};
use crate::i18n::{I18n, Lang};
use crate::kiosk::stand::Facilitator;
use crate::kiosk::stand::{self, Stand, StandAction, Watch, Wording};
use crate::kiosk::stats::{Counter, HourSlot, Stats};
use crate::kiosk::view::attract_ui;
use crate::save::{FileSaver, SaveOutcome};
use crate::session::{Screen, Session};
use crate::settings::{self, Settings, SettingsStore};
use crate::ui::images::ImageCache;
use crate::ui::tokens::Theme;
use crate::ui::{self};
use crate::voice::Voice;

/// What is installed on the egui context.
#[derive(Default)]
struct Look {
    /// Fonts are installed once.
    fonts_installed: bool,
    /// The UI scale and high-contrast flag installed.
    installed: Option<(f32, bool)>,
    /// egui's own memory (scroll positions, animations) is wiped at the next frame: the next
    /// visitor finds every list at its top.
    forget_memory: bool,
}

/// Handles that live as long as the app: never persisted, not part of a visitor's state.
struct Runtime {
    i18n: I18n,
    registry: Registry,
    audio: Audio,
    /// Texts said aloud.
    speech: Voice,
    store: SettingsStore,
    stats: Stats,
    overrides: Overrides,
    saver: FileSaver,
    exporter: FileSaver,
    images: ImageCache,
    rng: fastrand::Rng,
    toast: Option<Toast>,
    /// The idle reset, the ways to the panel, the PIN pad and the panel.
    stand: Stand,
    /// A visitor's session is under way (counted once in the statistics).
    session_active: bool,
    quitting: bool,
    look: Look,
    /// One tap, one action.
    taps: ui::taps::TapFilter,
    /// Where the last visitor's card was saved, for the facilitator.
    last_saved: Option<std::path::PathBuf>,
    /// How the last save ended, until a test asks (see `finish_saving`).
    last_outcome: Option<SaveOutcome>,
    /// The time of the last frame, in seconds.
    now_secs: f64,
    /// Process start, until the first frame is drawn.
    started_at: Option<std::time::Instant>,
    /// The content the packs extend.
    content: ContentSource,
    /// The folders of the packs found.
    pack_dirs: Vec<std::path::PathBuf>,
    /// Every pack found, with its state, for the panel.
    packs: Vec<crate::packs::PackStatus>,
    /// `--watch` asked for, until the watcher starts (at the first frame, which has the context).
    watch_wanted: bool,
    /// Watches the packs' files while authoring.
    watcher: Option<watch::PackWatcher>,
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
    /// Loads texts and content, with the content packs that pass their checks, and builds
    /// every activity. Problems are logged (and a refused pack's are listed in the panel);
    /// what loaded runs.
    pub fn new(options: AppOptions) -> Self {
        let (shelf, registry) = load_content(&options.packs, &options.settings, &options.content);
        let mut app = Self::with_registry(options, shelf.i18n, registry);
        app.runtime.packs = shelf.statuses;
        app
    }

    /// While authoring (`--watch`): starts watching the packs at the first frame, and loads
    /// the content again once a changed file has been quiet for a moment.
    fn watch_packs(&mut self, ctx: &egui::Context, now_secs: f64) {
        if std::mem::take(&mut self.runtime.watch_wanted) {
            if self.runtime.pack_dirs.is_empty() {
                log::warn!("--watch: no pack to watch (give one with --pack DIR)");
            }
            self.runtime.watcher = watch::PackWatcher::start(&self.runtime.pack_dirs, ctx);
        }
        if self
            .runtime
            .watcher
            .as_mut()
            .is_some_and(|watcher| watcher.poll(now_secs))
        {
            log::info!("a pack changed: loading the content again");
            self.reload_content();
        }
    }

    /// Loads the content again with the packs the settings now turn on: a new registry and
    /// new texts, every visitor's state gone with the old ones.
    pub(super) fn reload_content(&mut self) {
        let (loaded, registry) = load_content(
            &self.runtime.pack_dirs,
            &self.settings,
            &self.runtime.content,
        );
        self.runtime.i18n = loaded.i18n;
        self.runtime.registry = registry;
        self.runtime.packs = loaded.statuses;
        if !self.runtime.i18n.has_lang(&self.session.lang) {
            self.session.lang = self.runtime.i18n.default_lang().clone();
        }
    }

    /// Builds the app around `i18n`'s texts. The content must be complete in the default
    /// language only: a language added to the interface but not (yet) to the content takes
    /// nothing away, its visitors read the content in another language. (`archipel
    /// check-content` still lists every text missing in any language.)
    pub fn with_i18n(options: AppOptions, i18n: I18n) -> Self {
        let langs = i18n.languages();
        let required = langs.get(..1).unwrap_or_default();
        let registry = load_activities(&options.content, required);
        Self::with_registry(options, i18n, registry)
    }

    /// Builds the app around ready-made texts and activities (tests).
    pub fn with_registry(options: AppOptions, i18n: I18n, registry: Registry) -> Self {
        let AppOptions {
            mut settings,
            store,
            stats,
            overrides,
            audio,
            voice,
            save_target,
            export_target,
            seed,
            started_at,
            content,
            packs: pack_dirs,
            watch: watch_wanted,
        } = options;
        if !i18n.has_lang(&settings.lang) {
            log::warn!(
                "no texts for language {}; using {}",
                settings.lang,
                i18n.default_lang()
            );
            settings.lang = i18n.default_lang().clone();
        }
        let audio = if audio && !overrides.mute {
            Audio::open()
        } else {
            Audio::silent()
        };
        let speech = match voice {
            VoiceSource::Off => Voice::none(),
            _ if overrides.mute => Voice::none(),
            VoiceSource::System => Voice::system(),
            VoiceSource::Recording(recorder) => Voice::with_speaker(Box::new(recorder)),
        };
        let runtime = Runtime {
            i18n,
            registry,
            audio,
            speech,
            store,
            stats,
            overrides,
            saver: FileSaver::new(save_target),
            exporter: FileSaver::new(export_target),
            images: ImageCache::default(),
            rng: fastrand::Rng::with_seed(seed),
            toast: None,
            stand: Stand::new(&settings),
            session_active: false,
            quitting: false,
            look: Look::default(),
            taps: ui::taps::TapFilter::default(),
            last_saved: None,
            last_outcome: None,
            now_secs: 0.0,
            started_at,
            content,
            pack_dirs,
            packs: Vec::new(),
            watch_wanted,
            watcher: None,
        };
        let mut app = Self {
            session: Session::new(settings.lang.clone(), settings.age, Screen::Home),
            settings,
            runtime,
        };
        app.session = app.fresh_session();
        app.apply_audio_settings();
        app
    }

    /// A new visitor's session: the stand's language and age band, the attract screen in kiosk
    /// mode, else home.
    fn fresh_session(&self) -> Session {
        let lang = self
            .runtime
            .overrides
            .lang
            .clone()
            .unwrap_or_else(|| self.settings.lang.clone());
        let age = self.runtime.overrides.age.unwrap_or(self.settings.age);
        let screen = if self.kiosk() {
            Screen::Attract
        } else {
            Screen::Home
        };
        Session::new(lang, age, screen)
    }

    /// Whether kiosk mode is on (setting or `--kiosk`).
    pub fn kiosk(&self) -> bool {
        self.settings.kiosk || self.runtime.overrides.kiosk
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

    /// The statistics.
    pub fn stats(&self) -> &Stats {
        &self.runtime.stats
    }

    /// The facilitator's side.
    pub fn facilitator(&self) -> &Facilitator {
        self.runtime.stand.facilitator()
    }

    /// Whether the facilitator asked to quit.
    pub fn quitting(&self) -> bool {
        self.runtime.quitting
    }

    /// The activity `T`, if it is loaded (tests look at its state).
    pub fn activity<T: 'static>(&self) -> Option<&T> {
        self.runtime
            .registry
            .activities()
            .iter()
            .find_map(|activity| activity.as_any().downcast_ref::<T>())
    }

    /// The content packs found, with their states.
    pub fn packs(&self) -> &[crate::packs::PackStatus] {
        &self.runtime.packs
    }

    /// The interface texts.
    pub fn i18n(&self) -> &I18n {
        &self.runtime.i18n
    }

    /// The languages offered to visitors, the default first.
    pub fn offered_languages(&self) -> Vec<Lang> {
        self.runtime
            .i18n
            .languages()
            .into_iter()
            .filter(|lang| self.settings.offers(lang))
            .collect()
    }

    /// Every activity in the order the settings give, shown or not.
    fn ordered_activities(&self) -> Vec<&ActivityInfo> {
        ordered_activities(&self.runtime.registry, &self.settings)
    }

    /// Ends the current visitor's session: every activity forgets what they did, language and
    /// age band go back to the stand's settings, and the attract screen (kiosk) or home shows.
    pub fn end_session(&mut self) {
        if self.runtime.session_active {
            let slot = HourSlot::now();
            self.runtime
                .stats
                .record(slot, &Counter::Age(self.session.age));
            self.runtime
                .stats
                .record(slot, &Counter::Language(self.session.lang.clone()));
        }
        self.runtime.session_active = false;
        self.runtime.registry.reset_all();
        self.runtime.toast = None;
        self.runtime.speech.hush();
        self.runtime.stand.close();
        self.runtime.look.forget_memory = true;
        self.session = self.fresh_session();
        if let Err(err) = self.runtime.stats.flush() {
            log::error!("cannot write the statistics: {err}");
        }
    }

    /// Draws one frame and applies what the visitor asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if std::mem::take(&mut self.runtime.look.forget_memory) {
            ctx.memory_mut(|memory| memory.data.clear());
            // The theme lives in that memory too.
            self.runtime.look.installed = None;
        }
        self.install_look(&ctx);
        let now_secs = ctx.input(|input| input.time);
        self.runtime.now_secs = now_secs;
        self.watch_packs(&ctx, now_secs);
        if let Some(outcome) = self.runtime.saver.poll() {
            self.show_save_outcome(&outcome, false);
        }
        if let Some(outcome) = self.runtime.exporter.poll() {
            self.show_save_outcome(&outcome, true);
        }
        let had_input = ctx.input(|input| input.events.iter().any(is_presence));
        self.runtime.stand.watch_unlock(&ctx, now_secs);
        if had_input {
            self.runtime.stand.input(now_secs);
            if !self.runtime.session_active
                && self.runtime.stand.facilitator() == &Facilitator::Closed
            {
                self.start_session();
            }
        }
        let mut commands = Vec::new();
        if self.runtime.stand.panel_open() {
            self.panel_frame(ui);
        } else {
            match self.session.screen {
                Screen::Attract => {
                    let invitations = self.invitations();
                    if attract_ui(ui, &invitations, now_secs) {
                        self.session.screen = Screen::Home;
                    }
                }
                Screen::Home | Screen::About => {
                    let langs = self.offered_languages();
                    let listen = self.listening().button;
                    let action = {
                        let Runtime {
                            registry,
                            i18n,
                            images,
                            ..
                        } = &mut self.runtime;
                        let activities = home_activities(registry, &self.settings);
                        home::home_ui(
                            ui,
                            &self.session,
                            i18n,
                            &activities,
                            &langs,
                            images,
                            listen.as_deref(),
                        )
                    };
                    if let Some(action) = action {
                        self.apply_home_action(action, &mut commands);
                    }
                }
                Screen::Activity(id) => self.activity_ui(ui, id, now_secs, &mut commands),
            }
        }
        let wording = Wording {
            i18n: &self.runtime.i18n,
            lang: &self.session.lang,
            age: self.session.age,
        };
        let stand = &mut self.runtime.stand;
        stand.pin_ui(&ctx, now_secs, wording, self.settings.pin.as_ref());
        let watch = Watch {
            kiosk: self.kiosk(),
            visitor: self.runtime.session_active,
        };
        let idle = self.runtime.stand.idle_ui(&ctx, now_secs, watch, wording);
        if idle == Some(StandAction::EndSession) {
            self.end_session();
        }
        self.toast_ui(&ctx, now_secs);
        if self.runtime.watcher.is_some() {
            watch::problems_ui(&ctx, &self.runtime.packs);
        }
        if self.kiosk() {
            stand::hold_window(&ctx, self.runtime.quitting);
        }
        if let Some(started_at) = self.runtime.started_at.take() {
            log::info!(
                "first frame laid out {} ms after start",
                started_at.elapsed().as_millis()
            );
        }
        self.apply_all(commands, &ctx);
        self.schedule_repaints(&ctx, now_secs);
    }

    /// The frames that come without a touch: the statistics written when due, and the listen
    /// buttons shown as soon as the speech service has answered (a moment after the start).
    fn schedule_repaints(&mut self, ctx: &egui::Context, now_secs: f64) {
        if self.runtime.speech.languages().is_none() {
            ctx.request_repaint_after(Duration::from_millis(250));
        }
        if let Some(wait_secs) = self.runtime.stats.flush_if_due(now_secs) {
            ctx.request_repaint_after(Duration::from_secs_f64(wait_secs));
        }
    }

    fn start_session(&mut self) {
        self.runtime.session_active = true;
        self.runtime
            .stats
            .record(HourSlot::now(), &Counter::Session);
    }

    /// "Touch to start" in every language offered, the stand's default first.
    fn invitations(&self) -> Vec<String> {
        let mut langs = self.offered_languages();
        langs.sort_by_key(|lang| lang != &self.session.lang);
        langs
            .iter()
            .map(|lang| self.runtime.i18n.tr(lang, "kiosk-touch-to-start"))
            .collect()
    }

    fn install_look(&mut self, ctx: &egui::Context) {
        let wanted = self
            .runtime
            .overrides
            .scale
            .map_or_else(|| self.settings.clamped_scale(), settings::snap_scale);
        // The window in pixels, whatever the scale now in use.
        let pixels = ctx.input(|input| input.viewport_rect().size() * input.pixels_per_point);
        let scale = settings::fitting_scale(wanted, [pixels.x, pixels.y]);
        let look = (scale, self.settings.high_contrast);
        if self.runtime.look.installed == Some(look) {
            return;
        }
        if !self.runtime.look.fonts_installed {
            ui::fonts::install(ctx);
            self.runtime.look.fonts_installed = true;
        }
        ui::tokens::install(ctx, Theme::chosen(self.settings.high_contrast));
        ctx.set_zoom_factor(scale);
        self.runtime.look.installed = Some(look);
    }

    fn apply_audio_settings(&mut self) {
        let sound = self.settings.sound && !self.runtime.overrides.mute;
        self.runtime.audio.configure(sound, self.settings.volume);
        // The voice is silent when the sound is off.
        self.runtime.speech.configure(
            sound && self.settings.voice,
            self.settings.voice_rate,
            self.settings.voice_volume,
        );
    }

    /// How texts are said aloud for the current visitor.
    fn listening(&self) -> Listening {
        let lang = self.session.lang.as_str();
        Listening {
            button: self
                .runtime
                .speech
                .can_speak(lang)
                .then(|| self.runtime.i18n.tr(&self.session.lang, "common-listen")),
            auto_read: self.session.age == AgeBand::Young && self.settings.voice_auto_read,
        }
    }

    fn activity_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: ActivityId,
        now_secs: f64,
        commands: &mut Vec<Command>,
    ) {
        let listening = self.listening();
        let rewards = {
            let shown = home_activities(&self.runtime.registry, &self.settings);
            let palette = &ui::theme(ui.ctx()).palette;
            Rewards {
                sticker: home::sticker_of(&shown, self.session.age, id, palette),
                album: home::earned_stickers(&self.session, &shown, palette),
            }
        };
        let Runtime {
            i18n,
            registry,
            rng,
            ..
        } = &mut self.runtime;
        // What the home screen offers this visitor, and so what this activity may open.
        let openable: Vec<ActivityId> = registry
            .activities()
            .iter()
            .map(|activity| activity.info())
            .filter(|info| {
                self.settings.shows_activity(info.id.0) && info.ages.contains(&self.session.age)
            })
            .map(|info| info.id)
            .collect();
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
        let (lang, age, guide) = (&self.session.lang, self.session.age, self.session.guide);
        if let Some(done) = guide.party(now_secs) {
            // Confetti behind the activity's widgets: painted before them, under the top bar.
            let area = ui.available_rect_before_wrap();
            ui::guide::paint_confetti(&ui.painter().with_clip_rect(area), area, done);
            ui.ctx()
                .request_repaint_after(Duration::from_secs_f32(1.0 / ui::guide::GUIDE_FPS));
        }
        let last_read = &mut self.session.last_read;
        let stand = self.settings.stand_name.trim();
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
            egui::CentralPanel::default()
                .frame(egui::Frame::new())
                .show(ui, |ui| {
                    let mut ctx = ActivityCtx::new(lang, age, i18n, now_secs, rng, commands)
                        .with_openable(&openable)
                        .with_stand(stand)
                        .with_listening(listening, last_read)
                        .with_guide(guide, rewards);
                    activity.ui(ui, &mut ctx);
                });
        }));
        if outcome.is_err() {
            // The panic hook has logged the message and where it happened.
            log::error!("activity {id} crashed; closed and reset");
            let _ = std::panic::catch_unwind(AssertUnwindSafe(|| activity.reset()));
            commands.clear();
            self.session.screen = Screen::Home;
            self.runtime
                .stats
                .record(HourSlot::now(), &Counter::Crash(id.0.to_owned()));
            let text = self.runtime.i18n.tr_age(
                &self.session.lang,
                self.session.age,
                "kiosk-activity-crashed",
            );
            self.show_toast(text, false);
        }
    }

    fn apply_home_action(&mut self, action: HomeAction, commands: &mut Vec<Command>) {
        match action {
            HomeAction::SetLang(lang) => self.session.lang = lang,
            HomeAction::SetAge(age) => self.session.age = age,
            HomeAction::Open(id) => commands.push(Command::OpenActivity { id, handoff: None }),
            HomeAction::About => self.session.screen = Screen::About,
            HomeAction::Home => self.session.screen = Screen::Home,
            HomeAction::Say(text) => {
                commands.push(Command::Say(text));
                return;
            }
        }
        commands.push(Command::PlaySound(Sound::Tap));
    }

    /// Applies the frame's commands. A tap anywhere but on a listen button stops the voice
    /// first: it never talks over what the visitor does next.
    fn apply_all(&mut self, commands: Vec<Command>, ctx: &egui::Context) {
        let tapped = ctx.input(|input| input.pointer.any_pressed());
        if tapped
            && !commands
                .iter()
                .any(|command| matches!(command, Command::Say(_)))
        {
            self.runtime.speech.hush();
        }
        for command in commands {
            self.apply(command, ctx);
        }
    }

    /// Applies one command from an activity or the home screen.
    pub fn apply(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::GoHome => {
                self.runtime.speech.hush();
                // The guide's hops and confetti belong to the screen they were for.
                self.session.guide = ui::guide::Guide::default();
                self.session.screen = Screen::Home;
            }
            Command::PlaySound(sound) => self.runtime.audio.play(sound),
            Command::Say(text) => {
                let lang = self.session.lang.as_str().to_owned();
                self.runtime.speech.say(&text, &lang);
            }
            Command::Hush => self.runtime.speech.hush(),
            Command::React(reaction) => self.session.guide.react(reaction, self.runtime.now_secs),
            Command::OpenActivity { id, handoff } => match self.runtime.registry.get_mut(id) {
                Some(activity) => {
                    self.runtime.speech.hush();
                    self.session.guide = ui::guide::Guide::default();
                    if let Some(handoff) = &handoff {
                        activity.receive(handoff);
                    }
                    self.session.screen = Screen::Activity(id);
                    log::info!("opened activity {id}");
                    self.runtime
                        .stats
                        .record(HourSlot::now(), &Counter::Started(id.0.to_owned()));
                }
                None => log::error!("cannot open activity {id}: it is not loaded"),
            },
            Command::Completed => {
                if let Screen::Activity(id) = self.session.screen {
                    // A sticker for the album, once per activity and visitor.
                    if !self.session.stickers.contains(&id) {
                        self.session.stickers.push(id);
                    }
                    self.session.guide.celebrate(self.runtime.now_secs);
                    self.runtime
                        .stats
                        .record(HourSlot::now(), &Counter::Completed(id.0.to_owned()));
                }
            }
            Command::SaveImage { job, file_name } => self.save_image(job, file_name, ctx),
        }
    }

    /// Writes what is pending (statistics) before the app closes.
    pub fn shutdown(&mut self) {
        if self.runtime.session_active {
            self.end_session();
        } else if let Err(err) = self.runtime.stats.flush() {
            log::error!("cannot write the statistics: {err}");
        }
    }
}

/// The content and texts with the packs of `dirs` laid over `base`, and the activities built
/// from them. The content must be complete in the default language only.
fn load_content(
    dirs: &[std::path::PathBuf],
    settings: &Settings,
    base: &ContentSource,
) -> (packs::Shelf, Registry) {
    // The app's own texts always have the default language.
    let required = [Lang::new(crate::i18n::DEFAULT_LANG)];
    let shelf = packs::Shelf::load(dirs, settings, base, &required);
    for problem in &shelf.locale_problems {
        log::error!("{problem}");
    }
    let registry = load_activities(&shelf.source, &required);
    (shelf, registry)
}

/// Every activity built from `source`, content complete in `required`; says which loaded.
fn load_activities(source: &ContentSource, required: &[Lang]) -> Registry {
    let registry = Registry::load(crate::activities::ENTRIES, source, required);
    let ids: Vec<&str> = registry
        .activities()
        .iter()
        .map(|activity| activity.info().id.0)
        .collect();
    log::info!("activities loaded: {}", ids.join(", "));
    registry
}

/// The activities of `registry` in the order `settings` give (then by their own order).
fn ordered_activities<'a>(registry: &'a Registry, settings: &Settings) -> Vec<&'a ActivityInfo> {
    let mut infos: Vec<&ActivityInfo> = registry.activities().iter().map(|a| a.info()).collect();
    let position = |info: &ActivityInfo| {
        settings
            .activity_order
            .iter()
            .position(|id| id == info.id.0)
            .unwrap_or(usize::MAX)
    };
    infos.sort_by_key(|info| (position(info), info.order, info.id));
    infos
}

/// The activities on the home screen, in their order: those the stand shows.
fn home_activities<'a>(registry: &'a Registry, settings: &Settings) -> Vec<&'a ActivityInfo> {
    ordered_activities(registry, settings)
        .into_iter()
        .filter(|info| settings.shows_activity(info.id.0))
        .collect()
}

/// Whether an input event means someone is there.
fn is_presence(event: &egui::Event) -> bool {
    matches!(
        event,
        egui::Event::PointerButton { .. }
            | egui::Event::PointerMoved(_)
            | egui::Event::Touch { .. }
            | egui::Event::Key { .. }
            | egui::Event::Text(_)
            | egui::Event::MouseWheel { .. }
            | egui::Event::Zoom(_)
            // A visitor using a screen reader presses widgets through it.
            | egui::Event::AccessKitActionRequest(_)
    )
}

impl eframe::App for ArchipelApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        ui::fonts::cap_texture_side(raw_input);
        self.runtime.taps.filter(raw_input);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shutdown();
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        Theme::chosen(self.settings.high_contrast)
            .palette
            .background
            .to_normalized_gamma_f32()
    }
}
