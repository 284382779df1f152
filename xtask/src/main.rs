//! Project tasks: `cargo xtask run`, `cargo xtask test`, `cargo xtask bench`, `cargo xtask deps`.
//!
//! Each task first makes sure the Debian packages it needs are installed: as root it installs
//! them with apt-get, otherwise it prints the one `sudo apt-get install …` line to run.

mod dist;
mod pixels;
mod procs;
mod soak;
mod stand;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

/// To compile: a C compiler for a few -sys crates, and the ALSA headers for sound.
const BUILD_PACKAGES: &[&str] = &["gcc", "libc6-dev", "pkg-config", "libasound2-dev"];

/// To open the window: X11 and Wayland client libraries, OpenGL with Mesa's software renderer
/// (stand laptops without GPU drivers), and ALSA.
const RUN_PACKAGES: &[&str] = &[
    "libx11-6",
    "libx11-xcb1",
    "libxcursor1",
    "libxrandr2",
    "libxi6",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-egl1",
    "libgl1",
    "libegl1",
    "libgl1-mesa-dri",
    "libglx-mesa0",
    "libegl-mesa0",
    "libasound2",
];

/// For the process-level kiosk test: a virtual X display, a way to find windows and press keys,
/// and Python's X library to send a window close request.
/// The soak also needs a window manager, so that kiosk mode's fullscreen is honoured.
/// The voice's test needs the speech service with its default voices.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xdotool",
    "python3",
    "python3-xlib",
    "matchbox-window-manager",
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
];

/// To make and check the package: icons from their SVG, lintian,
/// `AppStream`, desktop files, man.
const DIST_PACKAGES: &[&str] = &[
    "librsvg2-bin",
    "lintian",
    "appstream",
    "appstream-compose",
    "desktop-file-utils",
    "man-db",
    "groff-base",
];

/// To run the stand session in a real kiosk compositor and look at its screen.
const STAND_PACKAGES: &[&str] = &["cage", "grim", "xvfb"];

/// Everything `cargo xtask test` needs.
const ALL_PACKAGES: [&[&str]; 5] = [
    BUILD_PACKAGES,
    RUN_PACKAGES,
    TEST_PACKAGES,
    DIST_PACKAGES,
    STAND_PACKAGES,
];

const HELP: &str = "\
cargo xtask <task>

  run [ARGS...]   build Archipel (release) and open it; ARGS go to archipel (try -- --help)
  test            every check: cargo fmt, cargo clippy -D warnings, all tests
  bench           headless frame-time benchmark of the heaviest screens
  soak [--minutes N] [--seed S] [--binary FILE] [--out DIR]
                  play the release build (or FILE) like a crowd in kiosk mode for N minutes
                  (60) and fail if memory grows, the CPU stays busy, or the app dies; samples
                  and a summary go to DIR (target/soak/)
  dist [--check] [--keep-root]
                  build the Debian package into target/dist/ and run its fast checks
                  (lintian, AppStream, desktop files, man page); --check also installs it
                  in a clean Debian 12 root (debootstrap, as root) and tries it there
  stand           run the stand session (Cage, software rendering, inside Xvfb) with the
                  release build, check that its screen shows Archipel and that a killed
                  Archipel comes back; screenshots go to target/dist/screens/
  deps            install (as root) or list the Debian packages the tasks need
";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    // `cargo xtask run -- --lang en` and `cargo xtask run --lang en` both work.
    let rest: Vec<String> = args.skip_while(|arg| arg == "--").collect();
    let result = match task.as_str() {
        "run" => {
            ensure_packages(&[BUILD_PACKAGES, RUN_PACKAGES].concat()).and_then(|()| run_app(&rest))
        }
        "test" => ensure_packages(&ALL_PACKAGES.concat()).and_then(|()| test()),
        "bench" => ensure_packages(BUILD_PACKAGES).and_then(|()| bench()),
        "soak" => ensure_packages(&[BUILD_PACKAGES, RUN_PACKAGES, TEST_PACKAGES].concat())
            .and_then(|()| soak_args(&rest))
            .and_then(|args| soak(&args)),
        "dist" => dist_task(&rest),
        "stand" => ensure_packages(&[BUILD_PACKAGES, RUN_PACKAGES, STAND_PACKAGES].concat())
            .and_then(|()| stand_task()),
        "deps" => ensure_packages(&ALL_PACKAGES.concat()),
        "" | "help" | "--help" | "-h" => {
            eprint!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown task {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), PathBuf::from)
}

fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(workspace_root());
    command
}

fn step(name: &str, command: &mut Command) -> Result<(), String> {
    eprintln!("xtask: {name}");
    let status = command
        .status()
        .map_err(|err| format!("{name}: cannot start: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed ({status})"))
    }
}

fn run_app(args: &[String]) -> Result<(), String> {
    step(
        "build",
        cargo().args(["build", "--release", "--package", "archipel"]),
    )?;
    let binary = workspace_root().join("target/release/archipel");
    let status = Command::new(&binary)
        .args(args)
        .status()
        .map_err(|err| format!("cannot start {}: {err}", binary.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("archipel exited with {status}"))
    }
}

fn test() -> Result<(), String> {
    step(
        "cargo fmt --check",
        cargo().args(["fmt", "--all", "--check"]),
    )?;
    step(
        "cargo clippy -D warnings",
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    // The process-level kiosk test must not skip itself here: its tools were just installed.
    step(
        "cargo test",
        cargo()
            .args(["test", "--workspace", "--all-targets"])
            .env("ARCHIPEL_REQUIRE_X", "1")
            .env("ARCHIPEL_REQUIRE_SPEECH", "1"),
    )?;
    step(
        "cargo test --doc",
        cargo().args(["test", "--workspace", "--doc"]),
    )?;
    // Long enough to open every activity, reset twice and zoom the map after the warm-up:
    // the font atlas growth of 2026-12 doubled memory within one minute of zooming.
    soak(&SoakArgs {
        minutes: CI_SOAK_MINUTES,
        seed: 1,
        binary: None,
        out_dir: None,
    })?;
    // The package and the stand session, as `cargo xtask dist` makes them.
    let deb = dist::package()?;
    let report = dist::fast_checks(&deb)?;
    eprint!("{report}");
    stand_task()?;
    eprintln!("xtask: all checks passed");
    Ok(())
}

/// The stand session's script and the release binary, side by side in a folder of `/tmp`
/// that `nobody` can read (the session runs as `nobody` when we are root; the source tree may
/// be in a home folder it cannot enter): the script finds `archipel` through `PATH`, as
/// installed. Returns the folder.
fn stand_files() -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join("archipel-stand-bin");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    let root = workspace_root();
    for (from, to) in [
        ("target/release/archipel", "archipel"),
        ("packaging/stand/archipel-stand", "archipel-stand"),
    ] {
        std::fs::copy(root.join(from), dir.join(to))
            .map_err(|err| format!("cannot copy {from}: {err}"))?;
    }
    step(
        "let nobody read the session's files",
        Command::new("chmod").arg("-R").arg("a+rX").arg(&dir),
    )?;
    Ok(dir)
}

/// `cargo xtask stand`: the stand session of the release build in Cage.
fn stand_task() -> Result<(), String> {
    step(
        "build",
        cargo().args(["build", "--release", "--package", "archipel"]),
    )?;
    let files = stand_files()?;
    let report = stand::check_session(
        &stand::Place::here(),
        &files.join("archipel-stand").display().to_string(),
        &format!("{}:/usr/bin:/bin", files.display()),
        &dist::dist_dir().join("screens"),
    )?;
    eprint!("{report}");
    Ok(())
}

/// `cargo xtask dist [--check] [--keep-root]`.
fn dist_task(args: &[String]) -> Result<(), String> {
    let check = args.iter().any(|arg| arg == "--check");
    let keep = args.iter().any(|arg| arg == "--keep-root");
    if let Some(other) = args
        .iter()
        .find(|arg| *arg != "--check" && *arg != "--keep-root")
    {
        return Err(format!("dist: unknown option {other:?}"));
    }
    let mut packages = [BUILD_PACKAGES, DIST_PACKAGES].concat();
    if check {
        packages.push("debootstrap");
    }
    ensure_packages(&packages)?;
    let deb = dist::package()?;
    let mut report = dist::fast_checks(&deb)?;
    if check {
        report.push_str(&dist::check_in_clean_root(&deb, keep)?);
    }
    eprint!("{report}");
    Ok(())
}

/// The short soak `cargo xtask test` runs.
const CI_SOAK_MINUTES: f64 = 2.75;

/// What `cargo xtask soak` was asked for.
struct SoakArgs {
    minutes: f64,
    seed: u64,
    /// A binary to soak instead of building the release one (an installed package).
    binary: Option<PathBuf>,
    /// Where the samples go, instead of `target/soak`.
    out_dir: Option<PathBuf>,
}

fn soak_args(args: &[String]) -> Result<SoakArgs, String> {
    let mut minutes = 60.0;
    let mut seed = 1;
    let mut binary = None;
    let mut out_dir = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--minutes" => {
                minutes = value()?
                    .parse()
                    .map_err(|_| "--minutes expects a number".to_owned())?;
            }
            "--seed" => {
                seed = value()?
                    .parse()
                    .map_err(|_| "--seed expects a whole number".to_owned())?;
            }
            "--binary" => binary = Some(PathBuf::from(value()?)),
            "--out" => out_dir = Some(PathBuf::from(value()?)),
            other => return Err(format!("soak: unknown option {other:?}")),
        }
    }
    Ok(SoakArgs {
        minutes,
        seed,
        binary,
        out_dir,
    })
}

fn soak(args: &SoakArgs) -> Result<(), String> {
    let root = workspace_root();
    let binary = if let Some(binary) = &args.binary {
        binary.clone()
    } else {
        step(
            "build (release)",
            cargo().args(["build", "--release", "--package", "archipel"]),
        )?;
        root.join("target/release/archipel")
    };
    let out_dir = args
        .out_dir
        .clone()
        .unwrap_or_else(|| root.join("target/soak"));
    eprintln!(
        "xtask: soak of {}, {} min (samples in {})",
        binary.display(),
        args.minutes,
        out_dir.display()
    );
    let summary = soak::run(&soak::Options {
        minutes: args.minutes,
        binary,
        out_dir,
        seed: args.seed,
    })?;
    eprint!("{summary}");
    Ok(())
}

fn bench() -> Result<(), String> {
    step(
        "cargo bench",
        cargo().args(["bench", "--package", "archipel", "--bench", "frame_time"]),
    )
}

/// Installs what is missing (as root), or says what to install.
fn ensure_packages(packages: &[&str]) -> Result<(), String> {
    if Command::new("dpkg-query")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!(
            "xtask: not a Debian system; make sure the equivalents of these are installed: {}",
            packages.join(" ")
        );
        return Ok(());
    }
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|package| !installed(package))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !is_root() {
        return Err(format!(
            "these Debian packages are missing; install them with:\n\n    sudo apt-get install -y {}\n",
            missing.join(" ")
        ));
    }
    eprintln!("xtask: installing {}", missing.join(" "));
    step(
        "apt-get update",
        Command::new("apt-get").args(["update", "-qq"]),
    )?;
    step(
        "apt-get install",
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|out| {
            out.status.success()
                && String::from_utf8_lossy(&out.stdout).contains("install ok installed")
        })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}
