//! The stand session in a real kiosk compositor: `archipel-stand` (the script the login
//! screen's "Archipel (stand)" session runs) starts Cage with Archipel inside, on Mesa's
//! software renderer, as on an old stand laptop; a screenshot taken through Cage
//! (wlr-screencopy, with grim) must show Archipel's pixels; Archipel killed must come back.
//!
//! Cage runs its X11 backend inside Xvfb, the only way to give it an output on a machine
//! without a screen: its headless backend (wlroots 0.15, Debian 12) fails its output test on
//! every frame with the pixman renderer and showed Archipel's window black, while the same
//! binary draws in Cage's X11 backend and in Weston (packaging/README.md tells the whole
//! story). Cage refuses to run as root: as root, the session runs as `nobody`.

use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::pixels::Image;
use crate::procs::{Running, free_display, wait_for};

/// Where a check runs: this machine (`/`), or a Debian root made for the package check.
pub struct Place {
    pub root: PathBuf,
}

/// `nobody:nogroup` on Debian.
const NOBODY: &str = "65534:65534";

impl Place {
    /// This machine.
    pub fn here() -> Self {
        Self {
            root: PathBuf::from("/"),
        }
    }

    /// `program` run in this place; `as_user`: not as root (as `nobody` when we are root).
    pub fn command(&self, program: &str, as_user: bool) -> Command {
        let here = self.root == Path::new("/");
        if here && !(as_user && crate::is_root()) {
            return Command::new(program);
        }
        // By its full path: the checks clear the environment, `PATH` included.
        let mut command = Command::new("/usr/sbin/chroot");
        if as_user {
            command.arg(format!("--userspec={NOBODY}"));
        }
        command.arg(&self.root).arg(program);
        command
    }

    /// The path, seen from this machine, of `inside` in this place.
    pub fn host_path(&self, inside: &str) -> PathBuf {
        self.root.join(inside.trim_start_matches('/'))
    }
}

/// A folder for one check, in the place's `/tmp`, owned by the user the check runs as.
pub fn work_dir(place: &Place, name: &str) -> Result<String, String> {
    let inside = format!("/tmp/archipel-{name}");
    let host = place.host_path(&inside);
    let _ = std::fs::remove_dir_all(&host);
    for sub in ["run", "home"] {
        std::fs::create_dir_all(host.join(sub))
            .map_err(|err| format!("cannot create {}: {err}", host.display()))?;
    }
    crate::step(
        "chmod runtime folder",
        Command::new("chmod").arg("700").arg(host.join("run")),
    )?;
    if crate::is_root() {
        crate::step(
            "chown work folder",
            Command::new("chown").args(["-R", NOBODY]).arg(&host),
        )?;
    }
    Ok(inside)
}

/// The screen of the most common stand laptop.
pub const SCREEN: (i32, i32) = (1366, 768);

/// A virtual X display of `size` in `place`; returns it with its name (`:N`).
pub fn start_xvfb(
    place: &Place,
    (width, height): (i32, i32),
    extra: &[&str],
) -> Result<(Running, String), String> {
    let number = free_display();
    let display = format!(":{number}");
    let xvfb = place
        .command("Xvfb", false)
        .args([&display, "-screen", "0", &format!("{width}x{height}x24")])
        .args(["-nolisten", "tcp"])
        .arg("-noreset")
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("cannot start Xvfb: {err}"))?;
    let xvfb = Running(xvfb);
    let socket = place.host_path(&format!("/tmp/.X11-unix/X{number}"));
    wait_for(Duration::from_secs(10), || socket.exists()).ok_or("Xvfb did not start")?;
    Ok((xvfb, display))
}

/// How many times the app's log says it drew its first frame.
pub fn first_frames(log: &Path) -> usize {
    std::fs::read_to_string(log).map_or(0, |text| text.matches("first frame laid out").count())
}

/// The log of an app run with `HOME=home`.
pub fn app_log(place: &Place, home: &str) -> PathBuf {
    place.host_path(&format!("{home}/.local/state/archipel/archipel.log"))
}

/// Runs the stand session `script` (a path inside `place`) with `path` as its `PATH`, checks
/// that Archipel's pixels reach the screen through Cage and that a killed Archipel comes back.
/// Screenshots go to `out_dir`. Returns a report.
pub fn check_session(
    place: &Place,
    script: &str,
    path: &str,
    out_dir: &Path,
) -> Result<String, String> {
    let work = work_dir(place, "stand-check")?;
    let (_xvfb, display) = start_xvfb(place, SCREEN, &[])?;
    let home = format!("{work}/home");
    let runtime = format!("{work}/run");
    let session_log = place.host_path(&format!("{work}/session.log"));
    let log_file = std::fs::File::create(&session_log)
        .map_err(|err| format!("cannot create {}: {err}", session_log.display()))?;
    let session = place
        .command(script, true)
        .env_clear()
        .envs([
            ("PATH", path),
            ("HOME", &home),
            ("XDG_RUNTIME_DIR", &runtime),
            ("DISPLAY", &display),
            ("LANG", "C.UTF-8"),
            ("RUST_LOG", "info"),
            // Cage's X11 backend with its software renderer, inside Xvfb.
            ("WLR_BACKENDS", "x11"),
            ("WLR_RENDERER", "pixman"),
            ("WLR_X11_OUTPUTS", "1"),
        ])
        .stdout(Stdio::null())
        .stderr(
            log_file
                .try_clone()
                .map_err(|err| format!("cannot share the session log: {err}"))?,
        )
        .process_group(0)
        .spawn()
        .map_err(|err| format!("cannot start {script}: {err}"))?;
    let session = Session(Running(session));
    let result = look_and_kill(place, &work, &session_log, out_dir);
    drop(session);
    let session_text = std::fs::read_to_string(&session_log).unwrap_or_default();
    result.map_err(|err| format!("{err}\n--- the session's messages ---\n{session_text}"))
}

/// The stand session's process group, ended as a whole: Cage, the restart loop and Archipel.
struct Session(Running);

impl Drop for Session {
    fn drop(&mut self) {
        let group = self.0.0.id();
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{group}")])
            .status();
        std::thread::sleep(Duration::from_millis(500));
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{group}")])
            .stderr(Stdio::null())
            .status();
    }
}

fn look_and_kill(
    place: &Place,
    work: &str,
    session_log: &Path,
    out_dir: &Path,
) -> Result<String, String> {
    let home = format!("{work}/home");
    let log = app_log(place, &home);
    wait_for(Duration::from_mins(1), || first_frames(&log) >= 1)
        .ok_or("Archipel drew no first frame inside Cage within 60 s")?;
    let first = screenshot(place, work, "stand-first", out_dir)?;
    let pid = kiosk_pid(work).ok_or("no `archipel --kiosk` process of this session")?;
    crate::step(
        "kill Archipel inside the session",
        Command::new("kill").args(["-KILL", &pid.to_string()]),
    )?;
    wait_for(Duration::from_secs(30), || first_frames(&log) >= 2)
        .ok_or("Archipel, killed, did not come back within 30 s")?;
    let again = kiosk_pid(work).ok_or("no `archipel --kiosk` process after the restart")?;
    if again == pid {
        return Err("the same Archipel process is still running after a kill".into());
    }
    let second = screenshot(place, work, "stand-restarted", out_dir)?;
    let messages = std::fs::read_to_string(session_log).unwrap_or_default();
    if !messages.contains("starting it again") {
        return Err("the session did not say it started Archipel again".into());
    }
    Ok(format!(
        "stand session in Cage: first screen {first}; after a kill, back as a new process, {second}\n"
    ))
}

/// A screenshot through the compositor (wlr-screencopy), checked to show an app's pixels and
/// kept as `out_dir/name.ppm`.
fn screenshot(place: &Place, work: &str, name: &str, out_dir: &Path) -> Result<String, String> {
    // The first frame is laid out; give the compositor a moment to show it.
    std::thread::sleep(Duration::from_millis(1500));
    let inside = format!("{work}/{name}.ppm");
    crate::step(
        "grim",
        place
            .command("grim", true)
            .env_clear()
            .envs([
                ("XDG_RUNTIME_DIR", format!("{work}/run")),
                ("WAYLAND_DISPLAY", "wayland-0".into()),
            ])
            .args(["-t", "ppm", &inside]),
    )?;
    let host = place.host_path(&inside);
    let bytes = std::fs::read(&host).map_err(|err| format!("no screenshot: {err}"))?;
    std::fs::create_dir_all(out_dir).map_err(|err| format!("{}: {err}", out_dir.display()))?;
    let kept = out_dir.join(format!("{name}.ppm"));
    std::fs::write(&kept, &bytes).map_err(|err| format!("{}: {err}", kept.display()))?;
    let image = Image::from_ppm(&bytes)?;
    let summary = image.summary();
    summary
        .drawn()
        .map_err(|err| format!("{name} ({}): {err}", kept.display()))?;
    Ok(format!("{}×{}, {summary}", image.width, image.height))
}

/// The `archipel --kiosk` process whose runtime folder is `work/run`.
fn kiosk_pid(work: &str) -> Option<u32> {
    let runtime = format!("XDG_RUNTIME_DIR={work}/run");
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            let mut args = cmdline.split(|b| *b == 0);
            let program = args.next()?;
            let kiosk = program.ends_with(b"archipel") && args.any(|arg| arg == b"--kiosk");
            let environ = std::fs::read(entry.path().join("environ")).ok()?;
            let ours = environ
                .split(|b| *b == 0)
                .any(|var| var == runtime.as_bytes());
            (kiosk && ours).then_some(pid)
        })
}
