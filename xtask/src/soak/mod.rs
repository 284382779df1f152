//! `cargo xtask soak [--minutes N]`: a stand day, compressed. The release binary runs in kiosk
//! mode on a virtual X display (Xvfb, with a window manager so that fullscreen is honoured),
//! and a crowd plays it: random taps, drags, scroll-wheel zooms and pinches (Ctrl+wheel, which
//! egui reads as a pinch) in every activity, reached from the home screen by the keyboard's Tab
//! order so that every tile, language and age button is used in turn; pauses long enough for the
//! "Still there?" countdown, the session reset and the attract screen; and the facilitator panel
//! now and then. Memory (RSS and PSS, from `/proc`) and CPU are sampled every two seconds into
//! `target/soak/samples.csv`.
//!
//! It fails when the app dies or logs a panic, when memory after the warm-up grows by more than
//! [`GROWTH_BOUND`], when the CPU stays busy on the attract screen or with the guide (measured
//! after the crowd has gone: see [`guide`]), or when some activity was never opened (the crowd
//! did not play everything).

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod guide;

use crate::procs::{Running, wait_for};
use crate::stand::{Place, SCREEN, start_xvfb};

/// After the warm-up (every activity opened once, and one session reset), resident memory may
/// grow by at most this share until the end. What is allowed to grow after the warm-up is
/// bounded by design: the font atlas (at most 4096², and egui starts it again at 80 %),
/// egui's per-widget memory (wiped at every session reset), the allocator's free lists. 10 %
/// of a ~120 MiB process is 12 MiB: one atlas growth step in the texture and its copy, and
/// far below the doubling steps the uncapped atlas made (122 → 386 MiB in a minute of zooming).
pub const GROWTH_BOUND: f64 = 0.10;

/// The warm-up is at least this share of the run.
pub const WARM_UP_SHARE: f64 = 0.2;

/// The attract screen animates at 10 frames a second, about 6 % of one core with software
/// rendering (README). Above this, something repaints that should not; the guide's animations
/// stay within the same budget.
pub const QUIET_CPU_BOUND: f64 = 15.0;

/// How often memory and CPU are read.
const SAMPLE_EVERY: Duration = Duration::from_secs(2);

/// The idle time set for the run: the smallest the panel allows, so resets come often.
const IDLE_SECS: u64 = 15;
/// The "Still there?" countdown (the smallest allowed).
const COUNTDOWN_SECS: u64 = 20;

/// How many widgets the keyboard reaches on the home screen, at most: languages, age bands,
/// activity tiles and "Your data" (2 + 3 + 7 + 1 today), and a margin for more.
const HOME_WIDGETS: u32 = 15;

/// Options of a run.
pub struct Options {
    /// How long the crowd plays.
    pub minutes: f64,
    /// The binary to run.
    pub binary: PathBuf,
    /// Where the samples, logs and summary go.
    pub out_dir: PathBuf,
    /// Seed of the crowd's random choices.
    pub seed: u64,
}

/// What the sampler records, and the driver's phase when it did.
#[derive(Clone, Copy)]
struct Sample {
    secs: f64,
    rss_kib: u64,
    pss_kib: u64,
    /// CPU used since the previous sample, in % of one core.
    cpu_percent: f64,
    phase: Phase,
}

/// What the crowd is doing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum Phase {
    /// Tapping, dragging, zooming.
    Playing = 0,
    /// Waiting for the countdown and the reset: nobody touches.
    Waiting = 1,
    /// On the attract screen after a reset, nobody touches: CPU must stay low.
    Quiet = 2,
    /// The facilitator panel is open.
    Panel = 3,
}

impl Phase {
    fn from_u8(value: u8) -> Self {
        match value {
            1 => Self::Waiting,
            2 => Self::Quiet,
            3 => Self::Panel,
            _ => Self::Playing,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Playing => "playing",
            Self::Waiting => "waiting",
            Self::Quiet => "quiet",
            Self::Panel => "panel",
        }
    }
}

/// A child process killed when dropped, so that a failed run leaves nothing behind.
/// A small, seeded random number generator (xorshift64*): the crowd is repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `low..high`.
    fn range(&mut self, low: i32, high: i32) -> i32 {
        let span = u64::try_from((high - low).max(1)).unwrap_or(1);
        low + i32::try_from(self.next() % span).unwrap_or(0)
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The X display the app runs on, and the tool that plays on it.
struct Screen {
    display: String,
}

impl Screen {
    fn xdotool(&self, args: &[&str]) {
        let status = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if let Err(err) = status {
            eprintln!("soak: xdotool: {err}");
        }
    }

    fn tap(&self, x: i32, y: i32) {
        self.xdotool(&["mousemove", &x.to_string(), &y.to_string(), "click", "1"]);
    }

    fn drag(&self, from: (i32, i32), to: (i32, i32)) {
        let mut args: Vec<String> = vec![
            "mousemove".into(),
            from.0.to_string(),
            from.1.to_string(),
            "mousedown".into(),
            "1".into(),
        ];
        for step in 1..=6 {
            let x = from.0 + (to.0 - from.0) * step / 6;
            let y = from.1 + (to.1 - from.1) * step / 6;
            args.extend(["sleep".into(), "0.03".into(), "mousemove".into()]);
            args.extend([x.to_string(), y.to_string()]);
        }
        args.extend(["mouseup".into(), "1".into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.xdotool(&args);
    }

    /// Wheel clicks at a point (4: up, 5: down), with Ctrl held for a pinch.
    fn wheel(&self, at: (i32, i32), button: &str, clicks: u32, pinch: bool) {
        let (x, y, clicks) = (at.0.to_string(), at.1.to_string(), clicks.to_string());
        let mut args = vec!["mousemove", &x, &y];
        if pinch {
            args.extend(["keydown", "ctrl"]);
        }
        args.extend(["click", "--repeat", &clicks, "--delay", "40", button]);
        if pinch {
            args.extend(["keyup", "ctrl"]);
        }
        self.xdotool(&args);
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["key", "--delay", "40"];
        args.extend(keys);
        self.xdotool(&args);
    }
}

/// Runs the soak and returns its summary, or why it failed.
///
/// # Errors
/// A failed criterion or a tool that cannot start, in words.
pub fn run(options: &Options) -> Result<String, String> {
    let (home, settings) = prepare_home(&options.out_dir)?;
    let (_x, display) = start_x(&options.out_dir)?;
    let stderr_path = options.out_dir.join("archipel.stderr");
    let mut app = start_app(
        &options.binary,
        &display,
        &home,
        &settings,
        &[],
        &stderr_path,
    )?;
    let pid = app.0.id();
    let screen = Screen { display };

    let started = Instant::now();
    let phase = Arc::new(AtomicU8::new(Phase::Playing as u8));
    let samples = Arc::new(Mutex::new(Vec::<Sample>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let sampler_thread = {
        let (phase, samples, stop) = (phase.clone(), samples.clone(), stop.clone());
        std::thread::spawn(move || sample_loop(pid, started, &phase, &samples, &stop))
    };
    let deadline = started + Duration::from_secs_f64(options.minutes * 60.0);
    let set_phase = |value: Phase| phase.store(value as u8, Ordering::Relaxed);
    let (counts, warmed_up_secs) = crowd(
        &screen,
        &mut app,
        &stderr_path,
        deadline,
        &mut Rng(options.seed | 1),
        &set_phase,
    );
    let warmed_up_at = warmed_up_secs.map(|at| (at - started).as_secs_f64());
    let died = app.0.try_wait().ok().flatten();
    stop.store(true, Ordering::Relaxed);
    let _ = sampler_thread.join();
    drop(app);

    let samples = samples.lock().map_or_else(|_| Vec::new(), |s| s.clone());
    write_samples(&options.out_dir.join("samples.csv"), &samples)?;
    let mut log = String::new();
    if let Ok(mut file) = std::fs::File::open(&stderr_path) {
        let _ = file.read_to_string(&mut log);
    }
    let mut verdict = judge(&samples, warmed_up_at, &log, died.is_some(), &counts);
    // The guide, measured on its own: a 6-9 visitor on a game's first screen.
    let guide_log = options.out_dir.join("guide.stderr");
    let launch = |args: &[&str]| {
        start_app(
            &options.binary,
            &screen.display,
            &home,
            &settings,
            args,
            &guide_log,
        )
    };
    match guide::measure(&screen, launch, &options.out_dir.join("Xvfb_screen0")) {
        Ok(cpu) => {
            let _ = writeln!(verdict.summary, "{cpu}");
            verdict.failures.extend(cpu.failures(QUIET_CPU_BOUND));
        }
        Err(err) => verdict
            .failures
            .push(format!("the guide could not be measured: {err}")),
    }
    let summary = verdict.summary;
    let _ = std::fs::write(options.out_dir.join("summary.txt"), &summary);
    if verdict.failures.is_empty() {
        Ok(summary)
    } else {
        Err(format!(
            "{summary}\nsoak failed:\n  {}",
            verdict.failures.join("\n  ")
        ))
    }
}

/// A fresh home for the app under `out_dir`, and its stand settings: kiosk mode, the shortest
/// idle time and countdown, no sound.
fn prepare_home(out_dir: &Path) -> Result<(PathBuf, PathBuf), String> {
    let home = out_dir.join("home");
    let _ = std::fs::remove_dir_all(&home);
    for sub in ["config", "data", "state", "run"] {
        std::fs::create_dir_all(home.join(sub)).map_err(|err| err.to_string())?;
    }
    let settings = home.join("config/stand.toml");
    std::fs::write(
        &settings,
        format!(
            "kiosk = true\nidle_timeout_secs = {IDLE_SECS}\ncountdown_secs = {COUNTDOWN_SECS}\nsound = false\n"
        ),
    )
    .map_err(|err| err.to_string())?;
    Ok((home, settings))
}

/// A virtual X display of the stand laptop's size, with a window manager when there is one.
fn start_x(out_dir: &Path) -> Result<(Vec<Running>, String), String> {
    // The screen's frame buffer is kept in `out_dir`, to look at what is shown.
    let fbdir = out_dir.display().to_string();
    let (xvfb, display) = start_xvfb(&Place::here(), SCREEN, &["-fbdir", &fbdir])?;
    let mut running = vec![xvfb];
    // Without a window manager nothing honours fullscreen; a stand runs a desktop or Cage.
    match Command::new("matchbox-window-manager")
        .args(["-use_titlebar", "no"])
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(wm) => running.push(Running(wm)),
        Err(err) => eprintln!("soak: no window manager ({err}); the window is not fullscreen"),
    }
    std::thread::sleep(Duration::from_millis(500));
    Ok((running, display))
}

/// The app in kiosk mode on `display`, with its own home and `args`, logging what it opens.
fn start_app(
    binary: &Path,
    display: &str,
    home: &Path,
    settings: &Path,
    args: &[&str],
    stderr_path: &Path,
) -> Result<Running, String> {
    let stderr = std::fs::File::create(stderr_path).map_err(|err| err.to_string())?;
    let app = Command::new(binary)
        .args(["--kiosk", "--mute", "--settings"])
        .arg(settings)
        .args(args)
        .env("DISPLAY", display)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .env("RUST_LOG", "archipel=info")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .env(
            "ARCHIPEL_SYSTEM_SETTINGS",
            home.join("no-system-settings.toml"),
        )
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .map_err(|err| format!("cannot start {}: {err}", binary.display()))?;
    let app = Running(app);
    wait_for(Duration::from_secs(30), || {
        std::fs::read_to_string(stderr_path).is_ok_and(|log| log.contains("first frame"))
    })
    .ok_or("the app drew no first frame within 30 s")?;
    std::thread::sleep(Duration::from_secs(2));
    Ok(app)
}

/// The crowd, until `deadline` or until the app exits. Returns what it did and when the
/// warm-up ended.
///
/// The warm-up uses every widget of the home screen once, in the keyboard's Tab order (the
/// languages, the age bands, each activity's tile, "Your data"), and learns from the app's log
/// which Tab count opens which activity; then a session reset. After it, the crowd plays the
/// activities in turn (the map first: it zooms the most), changes language or age band every
/// third visit, waits for a reset every fifth and opens the facilitator panel every seventh.
fn crowd(
    screen: &Screen,
    app: &mut Running,
    log: &Path,
    deadline: Instant,
    rng: &mut Rng,
    set_phase: &impl Fn(Phase),
) -> (Counts, Option<Instant>) {
    let mut counts = Counts::default();
    let alive = |app: &mut Running| app.0.try_wait().ok().flatten().is_none();
    let mut tiles: Vec<(String, u32)> = Vec::new();
    let mut others: Vec<u32> = Vec::new();
    // From the attract screen to the home screen.
    screen.tap(SCREEN.0 / 2, SCREEN.1 / 2);
    std::thread::sleep(Duration::from_millis(600));
    for widget in 1..=HOME_WIDGETS {
        if Instant::now() >= deadline || !alive(app) {
            return (counts, None);
        }
        let mut opened = press_home_widget(screen, log, widget);
        if opened
            .as_ref()
            .is_some_and(|id| tiles.iter().any(|(seen, _)| seen == id))
        {
            // Two Tab presses that reach the app within one frame move the focus once: on a
            // loaded machine the count can come up short. Back home, and once more.
            leave(screen, rng, &mut counts);
            opened = press_home_widget(screen, log, widget);
        }
        match opened {
            Some(id) if tiles.iter().any(|(seen, _)| *seen == id) => others.push(widget),
            Some(id) => {
                tiles.push((id, widget));
                // Through the whole zoom range and back, where the activity zooms: every text
                // size a zoom can reach is drawn once during the warm-up.
                let middle = (SCREEN.0 / 2, SCREEN.1 / 2 + 40);
                for (button, clicks) in [("4", 40), ("5", 40), ("4", 15), ("5", 15)] {
                    screen.wheel(middle, button, clicks, true);
                    counts.pinches += 1;
                }
                play(screen, rng, &mut counts, 3.0);
            }
            None => others.push(widget),
        }
        leave(screen, rng, &mut counts);
    }
    idle_until_reset(set_phase);
    counts.pauses += 1;
    let warmed_up_at = Some(Instant::now());
    screen.tap(SCREEN.0 / 2, SCREEN.1 / 2);
    tiles.sort_by_key(|(id, _)| id != "web_map");
    let mut visit = 0_usize;
    while !tiles.is_empty() && Instant::now() < deadline && alive(app) {
        if visit % 3 == 2 && !others.is_empty() {
            // A language, an age band or "Your data", then back to the home screen.
            press_home_widget(screen, log, others[visit / 3 % others.len()]);
            leave(screen, rng, &mut counts);
        }
        let (id, widget) = &tiles[visit % tiles.len()];
        if press_home_widget(screen, log, *widget).as_deref() != Some(id.as_str()) {
            counts.missed += 1;
        }
        let play_secs = f64::from(rng.range(8, 14));
        play(screen, rng, &mut counts, play_secs);
        leave(screen, rng, &mut counts);
        visit += 1;
        if visit % 7 == 3 {
            facilitator(screen, set_phase);
            counts.panels += 1;
            screen.tap(SCREEN.0 / 2, SCREEN.1 / 2);
        } else if visit.is_multiple_of(5) {
            idle_until_reset(set_phase);
            counts.pauses += 1;
            screen.tap(SCREEN.0 / 2, SCREEN.1 / 2);
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    (counts, warmed_up_at)
}

/// On the home screen, Tab `widget` times then Enter. Returns the activity that opened, read
/// from the app's log.
fn press_home_widget(screen: &Screen, log: &Path, widget: u32) -> Option<String> {
    let before = std::fs::metadata(log).map_or(0, |meta| meta.len());
    screen.xdotool(&[
        "key",
        "--repeat",
        &widget.to_string(),
        "--delay",
        "30",
        "Tab",
    ]);
    screen.keys(&["Return"]);
    std::thread::sleep(Duration::from_millis(700));
    let text = std::fs::read(log).ok()?;
    let new = String::from_utf8_lossy(text.get(usize::try_from(before).ok()?..)?).into_owned();
    new.lines()
        .find_map(|line| line.split("opened activity ").nth(1))
        .map(|id| id.trim().to_owned())
}

/// Back to the home screen, as a visitor leaving does: the home button is top left (on the
/// home screen itself, that corner holds only the title).
fn leave(screen: &Screen, rng: &mut Rng, counts: &mut Counts) {
    screen.tap(rng.range(24, 110), rng.range(18, 62));
    counts.taps += 1;
    std::thread::sleep(Duration::from_millis(500));
}

/// What the crowd did.
#[derive(Default)]
struct Counts {
    taps: u64,
    drags: u64,
    wheels: u64,
    pinches: u64,
    pauses: u64,
    panels: u64,
    /// Visits where the Tab order did not open the expected activity.
    missed: u64,
}

/// `secs` of a child playing: taps, drags, wheel zooms and pinches, a move every 0.15 s.
fn play(screen: &Screen, rng: &mut Rng, counts: &mut Counts, secs: f64) {
    let until = Instant::now() + Duration::from_secs_f64(secs);
    // Below the top bar, where the activity is (the bar has home and the panel's corner).
    let point = |rng: &mut Rng| (rng.range(10, SCREEN.0 - 10), rng.range(100, SCREEN.1 - 10));
    while Instant::now() < until {
        match rng.next() % 100 {
            0..=59 => {
                let (x, y) = point(rng);
                screen.tap(x, y);
                counts.taps += 1;
            }
            60..=77 => {
                let from = point(rng);
                let to = point(rng);
                screen.drag(from, to);
                counts.drags += 1;
            }
            78..=88 => {
                let button = if rng.chance(50) { "4" } else { "5" };
                let clicks = u32::try_from(rng.range(1, 8)).unwrap_or(1);
                screen.wheel(point(rng), button, clicks, false);
                counts.wheels += 1;
            }
            _ => {
                let button = if rng.chance(50) { "4" } else { "5" };
                let clicks = u32::try_from(rng.range(1, 8)).unwrap_or(1);
                screen.wheel(point(rng), button, clicks, true);
                counts.pinches += 1;
            }
        }
        std::thread::sleep(Duration::from_millis(150));
    }
}

/// The average CPU (in % of one core) over the samples taken wholly in `phase`.
fn phase_cpu(samples: &[Sample], phase: Phase) -> Option<f64> {
    let cpu: Vec<f64> = samples
        .windows(2)
        .filter(|pair| pair[0].phase == phase && pair[1].phase == phase)
        .map(|pair| pair[1].cpu_percent)
        .collect();
    (!cpu.is_empty()).then(|| cpu.iter().sum::<f64>() / cpu.len() as f64)
}

/// Nobody touches: the countdown comes, then the reset; then ten quiet seconds on the attract
/// screen, where the CPU is judged.
fn idle_until_reset(set_phase: &impl Fn(Phase)) {
    set_phase(Phase::Waiting);
    std::thread::sleep(Duration::from_secs(IDLE_SECS + COUNTDOWN_SECS + 2));
    set_phase(Phase::Quiet);
    std::thread::sleep(Duration::from_secs(9));
    set_phase(Phase::Playing);
}

/// The facilitator opens the panel (the key chord and the PIN), scrolls, and leaves it to the
/// idle reset, which closes it.
fn facilitator(screen: &Screen, set_phase: &impl Fn(Phase)) {
    set_phase(Phase::Panel);
    screen.keys(&["ctrl+alt+shift+a"]);
    std::thread::sleep(Duration::from_millis(500));
    screen.xdotool(&["type", "--delay", "60", "1234"]);
    screen.keys(&["Return"]);
    std::thread::sleep(Duration::from_secs(1));
    for _ in 0..4 {
        screen.wheel((SCREEN.0 / 2, SCREEN.1 / 2), "5", 5, false);
        std::thread::sleep(Duration::from_millis(400));
    }
    screen.wheel((SCREEN.0 / 2, SCREEN.1 / 2), "4", 20, false);
    idle_until_reset(set_phase);
}

fn sample_loop(
    pid: u32,
    started: Instant,
    phase: &AtomicU8,
    samples: &Mutex<Vec<Sample>>,
    stop: &AtomicBool,
) {
    let ticks = clock_ticks();
    let mut last: Option<(f64, u64)> = None;
    while !stop.load(Ordering::Relaxed) {
        let secs = started.elapsed().as_secs_f64();
        let (Some((rss_kib, pss_kib)), Some(cpu_ticks)) = (memory(pid), cpu_ticks(pid)) else {
            break;
        };
        let cpu_percent = last.map_or(0.0, |(at, before)| {
            (cpu_ticks - before) as f64 / ticks / (secs - at).max(1e-3) * 100.0
        });
        last = Some((secs, cpu_ticks));
        if let Ok(mut samples) = samples.lock() {
            samples.push(Sample {
                secs,
                rss_kib,
                pss_kib,
                cpu_percent,
                phase: Phase::from_u8(phase.load(Ordering::Relaxed)),
            });
        }
        std::thread::sleep(SAMPLE_EVERY);
    }
}

/// Rss and Pss of `pid`, in KiB.
fn memory(pid: u32) -> Option<(u64, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let field = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kib| kib.parse::<u64>().ok())
    };
    Some((field("Rss:")?, field("Pss:")?))
}

/// User and system CPU time of `pid`, in clock ticks.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces: the fields that follow start after its ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Clock ticks per second (`getconf CLK_TCK`, 100 on Linux).
fn clock_ticks() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8_lossy(&out.stdout).trim().parse().ok())
        .unwrap_or(100.0)
}

fn write_samples(path: &Path, samples: &[Sample]) -> Result<(), String> {
    let mut csv = String::from("secs,rss_kib,pss_kib,cpu_percent,phase\n");
    for s in samples {
        let _ = writeln!(
            csv,
            "{:.1},{},{},{:.1},{}",
            s.secs,
            s.rss_kib,
            s.pss_kib,
            s.cpu_percent,
            s.phase.name()
        );
    }
    std::fs::write(path, csv).map_err(|err| format!("{}: {err}", path.display()))
}

struct Verdict {
    summary: String,
    failures: Vec<String>,
}

/// The median of the samples' Rss and Pss around second `at` (the 5 nearest).
fn memory_at(samples: &[Sample], at: f64) -> (f64, f64) {
    let mut near: Vec<&Sample> = samples.iter().collect();
    near.sort_by(|a, b| (a.secs - at).abs().total_cmp(&(b.secs - at).abs()));
    near.truncate(5);
    let median = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values.get(values.len() / 2).copied().unwrap_or(0.0)
    };
    (
        median(near.iter().map(|s| s.rss_kib as f64 / 1024.0).collect()),
        median(near.iter().map(|s| s.pss_kib as f64 / 1024.0).collect()),
    )
}

/// What the app's log says of the run: its failures, resets, panel visits and the activities
/// opened.
struct LogReport {
    failures: Vec<String>,
    resets: usize,
    panels: usize,
    opened: Vec<String>,
}

fn read_log(log: &str, died: bool, counts: &Counts) -> LogReport {
    let mut failures = Vec::new();
    if died {
        failures.push("the app exited during the run".to_owned());
    }
    if let Some(line) = log.lines().find(|line| line.contains("panic")) {
        failures.push(format!("the app logged a panic: {line}"));
    }
    let resets = log.matches("idle timeout: new session").count();
    let panels = log.matches("facilitator panel opened").count();
    if counts.panels > 0 && panels == 0 {
        failures.push("the facilitator panel never opened (key chord and PIN)".to_owned());
    }
    let mut opened: Vec<String> = log
        .lines()
        .filter_map(|line| line.split("opened activity ").nth(1))
        .map(|id| id.trim().to_owned())
        .collect();
    opened.sort_unstable();
    opened.dedup();
    let loaded: Vec<&str> = log
        .lines()
        .filter_map(|line| line.split("activities loaded: ").nth(1))
        .flat_map(|list| list.split(", ").map(str::trim))
        .collect();
    let never: Vec<&&str> = loaded
        .iter()
        .filter(|id| !opened.iter().any(|o| o == **id))
        .collect();
    if loaded.is_empty() {
        failures.push("the app did not log its activities (is RUST_LOG honoured?)".into());
    } else if !never.is_empty() {
        failures.push(format!("never opened: {never:?}"));
    }
    LogReport {
        failures,
        resets,
        panels,
        opened,
    }
}

fn judge(
    samples: &[Sample],
    warmed_up_at: Option<f64>,
    log: &str,
    died: bool,
    counts: &Counts,
) -> Verdict {
    let LogReport {
        mut failures,
        resets,
        panels,
        opened,
    } = read_log(log, died, counts);
    let end = samples.last().map_or(0.0, |s| s.secs);
    let start = memory_at(samples, 0.0);
    // The warm-up lasts until every home widget was used and a reset happened, and at least
    // a fifth of the run: random play reaches some deeper screens (a game's end, the panel's
    // chart) for the first time only after a while, and each first time may add its glyphs to
    // the font atlas, whose growth is bounded by design (see docs/reliability.md).
    let warm = warmed_up_at.map(|at| {
        let at = at.max(end * WARM_UP_SHARE);
        (at, memory_at(samples, at))
    });
    let last = memory_at(samples, end);
    match warm {
        Some((_, (warm_rss, _))) => {
            let growth = last.0 / warm_rss - 1.0;
            if growth > GROWTH_BOUND {
                failures.push(format!(
                    "resident memory grew by {:.1} % after the warm-up ({warm_rss:.0} → {:.0} MiB; bound {:.0} %)",
                    growth * 100.0,
                    last.0,
                    GROWTH_BOUND * 100.0
                ));
            }
        }
        None => failures.push("the run was too short to warm up".into()),
    }
    let quiet_cpu = phase_cpu(samples, Phase::Quiet);
    match quiet_cpu {
        Some(cpu) if cpu > QUIET_CPU_BOUND => failures.push(format!(
            "the CPU stayed at {cpu:.1} % of a core on the attract screen (bound {QUIET_CPU_BOUND} %)"
        )),
        None => failures.push("no quiet time was measured".into()),
        Some(_) => {}
    }
    let peak = samples.iter().map(|s| s.rss_kib).max().unwrap_or(0) as f64 / 1024.0;
    let mut summary = String::new();
    let _ = writeln!(
        summary,
        "soak: {:.1} min, {} samples",
        end / 60.0,
        samples.len()
    );
    let _ = writeln!(
        summary,
        "crowd: {} taps, {} drags, {} wheel zooms, {} pinches, {} idle pauses, {} panel visits, {} missed tiles",
        counts.taps,
        counts.drags,
        counts.wheels,
        counts.pinches,
        counts.pauses,
        counts.panels,
        counts.missed
    );
    let _ = writeln!(
        summary,
        "session resets: {resets}; panel opened {panels} times; activities opened: {}",
        opened.join(", ")
    );
    let _ = writeln!(summary, "memory (MiB)        RSS     PSS");
    let _ = writeln!(summary, "  start          {:7.1} {:7.1}", start.0, start.1);
    if let Some((at, (rss, pss))) = warm {
        let _ = writeln!(summary, "  warm ({at:4.0} s)  {rss:7.1} {pss:7.1}");
    }
    let _ = writeln!(summary, "  end            {:7.1} {:7.1}", last.0, last.1);
    let _ = writeln!(summary, "  peak RSS       {peak:7.1}");
    if let Some(cpu) = quiet_cpu {
        let _ = writeln!(summary, "CPU on the attract screen: {cpu:.1} % of one core");
    }

    Verdict { summary, failures }
}
