//! The `archipel` command: opens the app, checks content, or exports statistics.

use std::process::ExitCode;

use archipel::app::{AppOptions, ArchipelApp, Overrides, VoiceSource};
use archipel::cli::{self, CheckArgs, Command, HELP, RunArgs, StatsArgs};
use archipel::content::ContentSource;
use archipel::i18n::I18n;
use archipel::kiosk::stats::{self, Stats};
use archipel::packs::Pack;
use archipel::save::{KnownFolder, SaveTarget};
use archipel::settings::SettingsStore;
use archipel::single_instance::{self, LockError};
use eframe::egui;

fn main() -> ExitCode {
    let started_at = std::time::Instant::now();
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(err) => {
            eprintln!("archipel: {err}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Help => {
            print_out(HELP);
            ExitCode::SUCCESS
        }
        Command::Version => {
            print_out(&format!("archipel {}\n", env!("CARGO_PKG_VERSION")));
            ExitCode::SUCCESS
        }
        Command::CheckContent(args) => {
            archipel::logging::init(None);
            check_content(args)
        }
        Command::Stats(args) => {
            archipel::logging::init(None);
            stats_command(&args)
        }
        Command::Run(args) => {
            archipel::logging::init(archipel::logging::log_path().as_deref());
            run(args, started_at)
        }
    }
}

#[expect(
    clippy::print_stdout,
    reason = "the command-line interface prints its answers"
)]
fn print_out(text: &str) {
    print!("{text}");
}

fn check_content(args: CheckArgs) -> ExitCode {
    let base = match args.dir {
        Some(dir) if !dir.is_dir() => {
            eprintln!("archipel: {} is not a folder", dir.display());
            return ExitCode::from(2);
        }
        Some(dir) => ContentSource::Dir(dir),
        None => ContentSource::Builtin,
    };
    let mut packs = Vec::new();
    let mut pack_problems = Vec::new();
    for dir in &args.packs {
        let zipped = dir.is_file()
            && dir
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("zip"));
        if !dir.is_dir() && !zipped {
            eprintln!("archipel: {} is neither a folder nor a .zip", dir.display());
            return ExitCode::from(2);
        }
        match Pack::open(dir) {
            Ok(pack) => packs.push(pack),
            Err(problems) => pack_problems.extend(problems),
        }
    }
    let source = archipel::packs::layered(&base, &packs.iter().collect::<Vec<_>>());
    // The languages the app ships complete must stay complete; a pack's new language may be
    // partial (its visitors read what is missing in another language).
    let required = I18n::builtin().0.languages();
    let (texts, locale_problems) = archipel::packs::texts(&packs.iter().collect::<Vec<_>>());
    let mut problems = pack_problems;
    problems.extend(archipel::activities::check_content(&source, &required));
    for problem in &locale_problems {
        print_out(&format!("{problem}\n"));
    }
    for problem in &problems {
        print_out(&format!("{problem}\n"));
    }
    if let Some(months) = args.stale_months {
        list_stale(&source, months);
    }
    report_languages(&source, &texts);
    report_unspeakable(&source, &texts);
    let total = problems.len() + locale_problems.len();
    if total == 0 {
        eprintln!("content is valid");
        ExitCode::SUCCESS
    } else {
        eprintln!("{total} problem(s) found");
        ExitCode::FAILURE
    }
}

/// The texts a voice cannot say as written (an address, a symbol read by its name), one a
/// line as `file:line: lang: reason: text`, on standard error: the listen buttons leave out or
/// stumble on these parts, so a writer may say them another way. Does not change the exit
/// status.
fn report_unspeakable(source: &ContentSource, texts: &I18n) {
    let langs = texts.languages();
    let found: Vec<String> = archipel::content::content_texts(source, &langs)
        .into_iter()
        .filter_map(|at| {
            archipel::voice::spoken::unspeakable(&at.text)
                .map(|why| format!("{}:{}: {}: {why}: {}", at.file, at.line, at.lang, at.text))
        })
        .collect();
    if found.is_empty() {
        eprintln!("texts a voice cannot say as written: none");
        return;
    }
    eprintln!("texts a voice cannot say as written ({}):", found.len());
    for line in found {
        eprintln!("  {line}");
    }
}

/// How complete each language is: the interface, and the content activity by activity. A
/// language the app does not ship may be partial; its visitors read the rest in another one.
fn report_languages(source: &ContentSource, texts: &I18n) {
    let langs = texts.languages();
    let folders = archipel::content::language_coverage(source, &langs);
    let percent = |has: usize, all: usize| (has * 100).checked_div(all).unwrap_or(100);
    eprintln!("languages (texts translated):");
    for (index, lang) in langs.iter().enumerate() {
        let (has, all) = texts.coverage(lang);
        let (content_has, content_all) = folders
            .values()
            .fold((0, 0), |(has, all), (total, counts)| {
                (has + counts[index], all + total)
            });
        let per_folder: Vec<String> = folders
            .iter()
            .map(|(folder, (total, counts))| {
                format!("{folder} {} %", percent(counts[index], *total))
            })
            .collect();
        eprintln!(
            "  {lang}: interface {} %, content {} % ({})",
            percent(has, all),
            percent(content_has, content_all),
            per_folder.join(", ")
        );
    }
}

/// Lists the facts reviewed more than `months` months ago: a warning list, not a failure.
fn list_stale(source: &ContentSource, months: u32) {
    use archipel::content::review;
    let today = review::today();
    let limit = today
        .checked_sub(jiff::Span::new().months(i64::from(months)))
        .unwrap_or(today);
    let stale = review::stale_entries(source, limit);
    for entry in &stale {
        print_out(&format!("{entry}\n"));
    }
    eprintln!(
        "{} fact(s) reviewed before {limit} (more than {months} month(s) ago)",
        stale.len()
    );
}

fn stats_command(args: &StatsArgs) -> ExitCode {
    let Some(path) = stats::default_path() else {
        eprintln!("archipel: no data folder for the statistics");
        return ExitCode::FAILURE;
    };
    let mut stats = Stats::open(&path);
    for problem in stats.problems() {
        eprintln!("archipel: {problem}");
    }
    match args {
        StatsArgs::Csv(None) => {
            print_out(&stats.to_csv());
            ExitCode::SUCCESS
        }
        StatsArgs::Csv(Some(file)) => {
            match archipel::fsutil::write_atomic(file, stats.to_csv().as_bytes()) {
                Ok(()) => {
                    eprintln!("statistics written to {}", file.display());
                    ExitCode::SUCCESS
                }
                Err(err) => {
                    eprintln!("archipel: {}: {err}", file.display());
                    ExitCode::FAILURE
                }
            }
        }
        StatsArgs::Reset => match stats.reset() {
            Ok(()) => {
                eprintln!("statistics cleared ({})", path.display());
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("archipel: {err}");
                ExitCode::FAILURE
            }
        },
    }
}

fn run(args: RunArgs, started_at: std::time::Instant) -> ExitCode {
    // One window only: a second launch stops here, before opening anything.
    let _lock = match single_instance::acquire(&single_instance::lock_path()) {
        Ok(lock) => Some(lock),
        Err(LockError::AlreadyRunning) => {
            eprintln!("archipel: Archipel is already running; look for its window.");
            return ExitCode::from(3);
        }
        Err(err) => {
            log::warn!("{err}; not checking for a second instance");
            None
        }
    };
    run_window(args, started_at)
}

fn run_window(args: RunArgs, started_at: std::time::Instant) -> ExitCode {
    let RunArgs {
        lang,
        age,
        fullscreen,
        scale,
        mute,
        save_dir,
        kiosk,
        settings,
        packs,
        watch,
    } = args;
    // The packs given on the command line first, then the fleet's and the laptop's.
    let packs: Vec<std::path::PathBuf> = packs
        .into_iter()
        .chain(archipel::packs::discover(&archipel::packs::search_dirs()))
        .collect();
    if let Some(lang) = &lang {
        let (i18n, _) = I18n::builtin();
        let in_a_pack = packs
            .iter()
            .any(|dir| dir.join("locales").join(lang.as_str()).is_dir());
        if !i18n.has_lang(lang) && !in_a_pack {
            let known: Vec<String> = i18n.languages().iter().map(ToString::to_string).collect();
            eprintln!(
                "archipel: no language {lang:?}; available: {}",
                known.join(", ")
            );
            return ExitCode::from(2);
        }
    }
    let settings_path = settings.or_else(SettingsStore::default_path);
    let system_path = SettingsStore::system_path();
    let (store, loaded) = SettingsStore::load(settings_path, Some(&system_path));
    for problem in store.problems() {
        log::warn!("settings: {problem}");
    }
    let stats = stats::default_path().map_or_else(Stats::in_memory, |path| Stats::open(&path));
    let kiosk = kiosk || loaded.kiosk;
    let fullscreen = fullscreen || loaded.fullscreen || kiosk;
    let options = AppOptions {
        overrides: Overrides {
            lang,
            age,
            kiosk,
            scale,
            mute,
        },
        save_target: save_dir.map_or(
            SaveTarget::Dialog(KnownFolder::Pictures),
            SaveTarget::Folder,
        ),
        settings: loaded,
        voice: VoiceSource::System,
        store,
        stats,
        started_at: Some(started_at),
        watch,
        packs,
        ..AppOptions::default()
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Archipel")
        .with_app_id(archipel::APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([800.0, 600.0])
        .with_fullscreen(fullscreen)
        .with_decorations(!kiosk);
    match archipel::embedded::asset("icons/archipel.png")
        .map(|png| eframe::icon_data::from_png_bytes(&png))
    {
        Some(Ok(icon)) => viewport = viewport.with_icon(icon),
        Some(Err(err)) => log::warn!("the window icon does not decode: {err}"),
        None => log::warn!("the window icon is missing"),
    }
    let native = eframe::NativeOptions {
        viewport,
        ..eframe::NativeOptions::default()
    };
    match eframe::run_native(
        "Archipel",
        native,
        Box::new(|_cc| Ok(Box::new(ArchipelApp::new(options)))),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("archipel: cannot open the window: {err}");
            eprintln!("(is there a display? Archipel needs X11 or Wayland with OpenGL 2 or later)");
            ExitCode::FAILURE
        }
    }
}
