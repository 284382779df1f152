//! The `archipel` command: opens the app, or checks content.

use std::process::ExitCode;

use archipel::app::{AppOptions, ArchipelApp};
use archipel::cli::{self, Command, HELP, RunArgs};
use archipel::content::ContentSource;
use archipel::i18n::I18n;
use archipel::save::SaveTarget;
use archipel::settings::Settings;
use eframe::egui;

fn main() -> ExitCode {
    let started_at = std::time::Instant::now();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
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
        Command::CheckContent(dir) => check_content(dir),
        Command::Run(args) => run(args, started_at),
    }
}

#[expect(
    clippy::print_stdout,
    reason = "the command-line interface prints its answers"
)]
fn print_out(text: &str) {
    print!("{text}");
}

fn check_content(dir: Option<std::path::PathBuf>) -> ExitCode {
    let source = match dir {
        Some(dir) if !dir.is_dir() => {
            eprintln!("archipel: {} is not a folder", dir.display());
            return ExitCode::from(2);
        }
        Some(dir) => ContentSource::Dir(dir),
        None => ContentSource::Builtin,
    };
    let (i18n, locale_problems) = I18n::builtin();
    let problems = archipel::activity::check_content(&source, &i18n.languages());
    for problem in &locale_problems {
        print_out(&format!("{problem}\n"));
    }
    for problem in &problems {
        print_out(&format!("{problem}\n"));
    }
    let total = problems.len() + locale_problems.len();
    if total == 0 {
        eprintln!("content is valid");
        ExitCode::SUCCESS
    } else {
        eprintln!("{total} problem(s) found");
        ExitCode::FAILURE
    }
}

fn run(args: RunArgs, started_at: std::time::Instant) -> ExitCode {
    let mut settings = Settings::default();
    let RunArgs {
        lang,
        age,
        fullscreen,
        scale,
        mute,
        save_dir,
    } = args;
    if let Some(lang) = lang {
        let (i18n, _) = I18n::builtin();
        if !i18n.has_lang(&lang) {
            let known: Vec<String> = i18n.languages().iter().map(ToString::to_string).collect();
            eprintln!(
                "archipel: no language {lang:?}; available: {}",
                known.join(", ")
            );
            return ExitCode::from(2);
        }
        settings.lang = lang;
    }
    if let Some(age) = age {
        settings.age = age;
    }
    if let Some(scale) = scale {
        settings.ui_scale = scale;
    }
    settings.fullscreen |= fullscreen;
    settings.sound &= !mute;
    let options = AppOptions {
        audio: settings.sound,
        save_target: save_dir.map_or(SaveTarget::Dialog, SaveTarget::Folder),
        settings,
        started_at: Some(started_at),
        ..AppOptions::default()
    };
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Archipel")
        .with_app_id("archipel")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([800.0, 600.0])
        .with_fullscreen(options.settings.fullscreen);
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
