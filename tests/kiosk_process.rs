//! The real binary under a virtual X display: in kiosk mode a window close request (what Alt+F4
//! sends), Escape and F11 leave it running, and a second launch exits at once.
//!
//! Needs `Xvfb`, `xdotool` and `python3-xlib` (installed by `cargo xtask test`). Without them
//! the test says so and passes, unless `ARCHIPEL_REQUIRE_X=1` (set by `cargo xtask test`) makes
//! their absence a failure.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills a child process when dropped, so a failing assertion leaves nothing running.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Debian's Python, where `python3-xlib` installs (another `python3` may come first in PATH).
fn python() -> &'static str {
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

fn have_python_xlib() -> bool {
    Command::new(python())
        .args(["-c", "import Xlib"])
        .output()
        .is_ok_and(|out| out.status.success())
}

fn free_display() -> u32 {
    (150..400)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .unwrap_or(399)
}

/// An isolated home: settings, statistics, logs and the instance lock all go there.
struct Home {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Home {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temp folder");
        let root = dir.path().to_owned();
        for sub in ["config", "data", "state", "run"] {
            std::fs::create_dir_all(root.join(sub)).expect("a sub-folder");
        }
        Self { _dir: dir, root }
    }

    fn command(&self, display: &str) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_archipel"));
        command
            .env("DISPLAY", display)
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("HOME", &self.root)
            .env("XDG_CONFIG_HOME", self.root.join("config"))
            .env("XDG_DATA_HOME", self.root.join("data"))
            .env("XDG_STATE_HOME", self.root.join("state"))
            .env("XDG_RUNTIME_DIR", self.root.join("run"))
            .env(
                "ARCHIPEL_SYSTEM_SETTINGS",
                self.root.join("no-system-settings.toml"),
            )
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        command
    }
}

fn window_of(pid: u32, display: &str) -> Option<String> {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--pid", &pid.to_string()])
        .env("DISPLAY", display)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .map(str::to_owned)
}

/// Sends `WM_DELETE_WINDOW` to `window`, as a window manager does for Alt+F4 or the close button.
fn request_close(window: &str, display: &str) {
    let script = "import sys\n\
        from Xlib import X, display, protocol\n\
        d = display.Display()\n\
        w = d.create_resource_object('window', int(sys.argv[1]))\n\
        protocols = d.intern_atom('WM_PROTOCOLS')\n\
        delete = d.intern_atom('WM_DELETE_WINDOW')\n\
        event = protocol.event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))\n\
        w.send_event(event, event_mask=0)\n\
        d.flush()\n";
    let status = Command::new(python())
        .args(["-c", script, window])
        .env("DISPLAY", display)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "the close request was sent");
}

/// Starts a virtual display and waits for its socket.
fn start_xvfb() -> (Running, String) {
    let number = free_display();
    let display = format!(":{number}");
    let xvfb = Running(
        Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts"),
    );
    let socket = format!("/tmp/.X11-unix/X{number}");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !Path::new(&socket).exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    (xvfb, display)
}

/// Waits for `app` to show its window (a cold start with software OpenGL can be slow).
fn wait_for_window(app: &mut Running, display: &str) -> String {
    let pid = app.0.id();
    let deadline = Instant::now() + Duration::from_mins(1);
    loop {
        if let Some(window) = window_of(pid, display) {
            std::thread::sleep(Duration::from_millis(700));
            return window;
        }
        assert!(
            app.0.try_wait().expect("status").is_none(),
            "archipel exited before showing a window"
        );
        assert!(Instant::now() < deadline, "no window within 60 s");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn kiosk_mode_survives_close_requests_and_runs_once() {
    let tools = have("Xvfb") && have("xdotool") && have_python_xlib();
    if !tools {
        assert!(
            std::env::var_os("ARCHIPEL_REQUIRE_X").is_none(),
            "Xvfb, xdotool and python3-xlib are required (cargo xtask test installs them)"
        );
        eprintln!("skipped: needs Xvfb, xdotool and python3-xlib (run `cargo xtask test`)");
        return;
    }
    let (_xvfb, display) = start_xvfb();
    let home = Home::new();
    let mut app = Running(
        home.command(&display)
            .args(["--kiosk", "--mute"])
            .spawn()
            .expect("archipel starts"),
    );
    let window = wait_for_window(&mut app, &display);

    // The window's class is the application id, which the desktop file's StartupWMClass names:
    // a dock groups the window under the menu entry's icon.
    let classed = Command::new("xdotool")
        .args([
            "search",
            "--class",
            &format!("^{}$", archipel::APP_ID.replace('.', "\\.")),
        ])
        .env("DISPLAY", &display)
        .output()
        .expect("xdotool runs");
    assert!(
        String::from_utf8_lossy(&classed.stdout)
            .lines()
            .any(|line| line == window),
        "the window's WM_CLASS is {}",
        archipel::APP_ID
    );
    let desktop = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/packaging/org.archipel.archipel.desktop"
    ))
    .expect("the desktop file");
    assert!(desktop.contains(&format!("\nStartupWMClass={}\n", archipel::APP_ID)));

    request_close(&window, &display);
    for keys in ["Escape", "F11", "alt+F4"] {
        let _ = Command::new("xdotool")
            .args(["key", "--window", &window, keys])
            .env("DISPLAY", &display)
            .status();
    }
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        app.0.try_wait().expect("status").is_none(),
        "kiosk mode must not close on a close request, Escape, F11 or Alt+F4"
    );

    // A second launch (a child double-clicking the icon) exits at once with a message.
    let second = home
        .command(&display)
        .arg("--kiosk")
        .output()
        .expect("a second archipel runs");
    assert_eq!(second.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&second.stderr).contains("already running"));
    assert!(
        app.0.try_wait().expect("status").is_none(),
        "the first one is still there"
    );

    // Outside kiosk mode, a close request does close the window.
    drop(app);
    let mut windowed = Running(
        home.command(&display)
            .arg("--mute")
            .spawn()
            .expect("archipel starts"),
    );
    let window = wait_for_window(&mut windowed, &display);
    request_close(&window, &display);
    let deadline = Instant::now() + Duration::from_secs(10);
    while windowed.0.try_wait().expect("status").is_none() {
        assert!(
            Instant::now() < deadline,
            "a windowed Archipel closes when asked"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
