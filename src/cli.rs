//! Command-line arguments. Parsing is here (and tested); printing is in `main.rs`.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::age::AgeBand;
use crate::i18n::Lang;

/// The help text.
pub const HELP: &str = "\
Archipel: an offline outreach app about the free and decentralized Web.

Usage:
  archipel [OPTIONS]                 open the app
  archipel check-content [DIR]       check a content folder (the built-in one by default)
                                     and print every problem as file:line: message
  archipel check-content --stale MONTHS [DIR]
                                     also list the facts last reviewed more than MONTHS
                                     months ago (to check again before an event)
  archipel check-content --pack DIR  check a content pack against the content it extends
  archipel stats --csv [FILE|-]      write the anonymous statistics as CSV (to FILE, or to
                                     standard output without FILE or with -)
  archipel stats --reset             clear the statistics

Options:
  --lang LANG         language of the visitors: fr (default) or en
  --age BAND          age band: 6-9, 10-13 (default) or 14+
  --fullscreen        start in fullscreen
  --scale FACTOR      zoom the whole interface, 0.75 to 2.5 (projectors: 1.5)
  --mute              no sound
  --save-dir DIR      save take-home cards into DIR without asking
  --kiosk             kiosk mode for a stand: fullscreen, cannot be closed, resets itself
                      between visitors (the facilitator panel can also turn it on)
  --settings FILE     read and write the stand settings in FILE instead of the config folder
  --pack DIR          add the content pack in DIR (repeatable), besides the packs found in
                      /etc/archipel/packs and ~/.local/share/archipel/packs
  --watch             reload the packs whenever one of their files changes, and show their
                      problems over the app (for writing a pack)
  -h, --help          show this help
  -V, --version       show the version
";

/// What to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open the window.
    Run(RunArgs),
    /// Validate content and exit.
    CheckContent(CheckArgs),
    /// Export or clear the statistics.
    Stats(StatsArgs),
    /// Print the help.
    Help,
    /// Print the version.
    Version,
}

/// What `check-content` checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckArgs {
    /// The folder; the built-in content when absent.
    pub dir: Option<PathBuf>,
    /// List the facts reviewed more than this many months ago.
    pub stale_months: Option<u32>,
    /// `--pack`: check these packs, laid over the built-in content, in order.
    pub packs: Vec<PathBuf>,
}

/// What to do with the statistics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatsArgs {
    /// Write them as CSV to a file, or to stdout.
    Csv(Option<PathBuf>),
    /// Clear them.
    Reset,
}

/// Options of the window.
#[derive(Clone, Debug, Default, PartialEq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches of the command line"
)]
pub struct RunArgs {
    /// `--lang`.
    pub lang: Option<Lang>,
    /// `--age`.
    pub age: Option<AgeBand>,
    /// `--fullscreen`.
    pub fullscreen: bool,
    /// `--scale`.
    pub scale: Option<f32>,
    /// `--mute`.
    pub mute: bool,
    /// `--save-dir`.
    pub save_dir: Option<PathBuf>,
    /// `--kiosk`.
    pub kiosk: bool,
    /// `--settings`.
    pub settings: Option<PathBuf>,
    /// `--pack`, in order.
    pub packs: Vec<PathBuf>,
    /// `--watch`.
    pub watch: bool,
}

/// A command line that makes no sense, explained.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}\nTry 'archipel --help'.")]
pub struct CliError(String);

impl From<lexopt::Error> for CliError {
    fn from(err: lexopt::Error) -> Self {
        Self(err.to_string())
    }
}

/// Parses the arguments (without the program name).
///
/// # Errors
/// An unknown option, a missing or bad value.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, CliError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut run = RunArgs::default();
    let mut check: Option<CheckArgs> = None;
    let mut stats: Option<Option<StatsArgs>> = None;
    // `stats --csv -` was given: standard output, and no file name may follow.
    let mut csv_to_stdout = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("lang") => {
                let value: String = parser.value()?.string()?;
                if value.is_empty() || !value.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    return Err(CliError(format!(
                        "--lang expects a language code such as fr or en, not {value:?}"
                    )));
                }
                run.lang = Some(Lang::new(value));
            }
            Long("age") => {
                let value = parser.value()?.string()?;
                run.age = Some(
                    value
                        .parse()
                        .map_err(|err| CliError(format!("--age: {err}")))?,
                );
            }
            Long("fullscreen") => run.fullscreen = true,
            Long("mute") => run.mute = true,
            Long("scale") => {
                let value = parser.value()?.string()?;
                let scale: f32 = value
                    .parse()
                    .ok()
                    .filter(|scale| crate::settings::UI_SCALE_RANGE.contains(scale))
                    .ok_or_else(|| {
                        CliError(format!(
                            "--scale expects a number from 0.75 to 2.5, not {value:?}"
                        ))
                    })?;
                run.scale = Some(scale);
            }
            Long("save-dir") => run.save_dir = Some(parser.value()?.into()),
            Long("kiosk") => run.kiosk = true,
            Long("settings") => run.settings = Some(parser.value()?.into()),
            Long("watch") => run.watch = true,
            Long("pack") => {
                let dir: PathBuf = parser.value()?.into();
                match check.as_mut() {
                    Some(check) => check.packs.push(dir),
                    None => run.packs.push(dir),
                }
            }
            Long("csv") if matches!(stats, Some(None)) => stats = Some(Some(StatsArgs::Csv(None))),
            Long("reset") if matches!(stats, Some(None)) => stats = Some(Some(StatsArgs::Reset)),
            // `-` is standard output, as for most command-line tools.
            Value(value) if matches!(stats, Some(Some(StatsArgs::Csv(None)))) && !csv_to_stdout => {
                if value == "-" {
                    csv_to_stdout = true;
                } else {
                    stats = Some(Some(StatsArgs::Csv(Some(value.into()))));
                }
            }
            Value(value) if check.is_none() && stats.is_none() && value == "check-content" => {
                check = Some(CheckArgs::default());
            }
            Long("stale") if check.is_some() => {
                let value = parser.value()?.string()?;
                let months = value
                    .parse()
                    .ok()
                    .filter(|months| *months > 0)
                    .ok_or_else(|| {
                        CliError(format!("--stale expects a number of months, not {value:?}"))
                    })?;
                if let Some(check) = check.as_mut() {
                    check.stale_months = Some(months);
                }
            }
            Value(value) if check.is_none() && stats.is_none() && value == "stats" => {
                stats = Some(None);
            }
            Value(value) if check.as_ref().is_some_and(|check| check.dir.is_none()) => {
                if let Some(check) = check.as_mut() {
                    check.dir = Some(value.into());
                }
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    Ok(match (check, stats) {
        (Some(check), _) => Command::CheckContent(check),
        (None, Some(Some(stats))) => Command::Stats(stats),
        (None, Some(None)) => return Err(CliError("stats needs --csv [FILE] or --reset".into())),
        (None, None) => Command::Run(run),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, CliError> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn packs_are_given_to_the_app_or_to_the_check() {
        let Ok(Command::Run(run)) = parse_str(&["--pack", "a", "--pack=b"]) else {
            panic!("not a run command");
        };
        assert_eq!(run.packs, vec![PathBuf::from("a"), PathBuf::from("b")]);
        assert!(!run.watch);
        let Ok(Command::Run(run)) = parse_str(&["--pack", "a", "--watch"]) else {
            panic!("not a run command");
        };
        assert!(run.watch);
        assert_eq!(
            parse_str(&["check-content", "--pack", "club"]),
            Ok(Command::CheckContent(CheckArgs {
                packs: vec![PathBuf::from("club")],
                ..CheckArgs::default()
            }))
        );
    }

    #[test]
    fn no_arguments_opens_the_app() {
        assert_eq!(parse_str(&[]), Ok(Command::Run(RunArgs::default())));
    }

    #[test]
    fn options_are_parsed() {
        let Ok(Command::Run(run)) = parse_str(&[
            "--lang",
            "en",
            "--age",
            "14+",
            "--fullscreen",
            "--scale",
            "1.5",
            "--mute",
        ]) else {
            panic!("not a run command");
        };
        assert_eq!(run.lang, Some(Lang::new("en")));
        assert_eq!(run.age, Some(AgeBand::Older));
        assert!(run.fullscreen && run.mute);
        assert_eq!(run.scale, Some(1.5));
        assert_eq!(
            parse_str(&["--age=6-9"]).map(|c| matches!(
                c,
                Command::Run(RunArgs {
                    age: Some(AgeBand::Young),
                    ..
                })
            )),
            Ok(true)
        );
    }

    #[test]
    fn check_content_takes_an_optional_folder() {
        assert_eq!(
            parse_str(&["check-content"]),
            Ok(Command::CheckContent(CheckArgs::default()))
        );
        assert_eq!(
            parse_str(&["check-content", "/tmp/pack"]),
            Ok(Command::CheckContent(CheckArgs {
                dir: Some("/tmp/pack".into()),
                ..CheckArgs::default()
            }))
        );
        assert_eq!(
            parse_str(&["check-content", "--stale", "6", "/tmp/pack"]),
            Ok(Command::CheckContent(CheckArgs {
                dir: Some("/tmp/pack".into()),
                stale_months: Some(6),
                ..CheckArgs::default()
            }))
        );
        assert!(parse_str(&["check-content", "--stale", "six"]).is_err());
        assert!(parse_str(&["--stale", "6"]).is_err());
        assert!(parse_str(&["check-content", "a", "b"]).is_err());
    }

    #[test]
    fn bad_input_is_explained_not_panicked() {
        for args in [
            &["--colour"][..],
            &["--age", "12"],
            &["--age"],
            &["--scale", "9"],
            &["--lang", "FR!"],
            &["play"],
        ] {
            let err = parse_str(args).unwrap_err().to_string();
            assert!(err.contains("archipel --help"), "{args:?}: {err}");
        }
        assert!(
            parse_str(&["--age", "12"])
                .unwrap_err()
                .to_string()
                .contains("6-9, 10-13 or 14+")
        );
    }

    #[test]
    fn kiosk_settings_and_stats() {
        let Ok(Command::Run(run)) = parse_str(&["--kiosk", "--settings", "/tmp/s.toml"]) else {
            panic!()
        };
        assert!(run.kiosk);
        assert_eq!(run.settings, Some("/tmp/s.toml".into()));
        assert_eq!(
            parse_str(&["stats", "--csv"]),
            Ok(Command::Stats(StatsArgs::Csv(None)))
        );
        assert_eq!(
            parse_str(&["stats", "--csv", "-"]),
            Ok(Command::Stats(StatsArgs::Csv(None))),
            "- is standard output"
        );
        assert_eq!(
            parse_str(&["stats", "--csv", "out.csv"]),
            Ok(Command::Stats(StatsArgs::Csv(Some("out.csv".into()))))
        );
        assert_eq!(
            parse_str(&["stats", "--reset"]),
            Ok(Command::Stats(StatsArgs::Reset))
        );
        assert!(parse_str(&["stats"]).is_err());
        assert!(parse_str(&["stats", "--csv", "a", "b"]).is_err());
        assert!(parse_str(&["stats", "--csv", "-", "b"]).is_err());
        assert!(parse_str(&["--csv"]).is_err());
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse_str(&["--help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["-V"]), Ok(Command::Version));
        for flag in [
            "--lang",
            "--age",
            "--fullscreen",
            "--scale",
            "check-content",
        ] {
            assert!(HELP.contains(flag), "{flag} is not in the help");
        }
    }
}
