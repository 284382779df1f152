//! `cargo xtask dist [--check]`: the Debian package, checked the way its users get it.
//!
//! `dist` builds the release binary, renders the icons from their SVG, makes
//! `target/dist/archipel_<version>-1_<arch>.deb` with cargo-deb (installed if missing) and runs
//! the fast checks: lintian, `appstreamcli validate --pedantic` (the file, and the package's
//! tree), the catalog a distribution would make of it (`appstreamcli compose`),
//! `desktop-file-validate` and the man page rendered with warnings on. `cargo xtask test`
//! runs the same.
//!
//! `--check` then installs the package in a clean Debian 12 root made for the test with
//! debootstrap: `apt-get install ./archipel_*.deb` with its dependencies, `archipel --version`,
//! `archipel check-content`, the home screen drawn under Xvfb, the stand session in Cage, and
//! `apt-get remove`, which must leave none of the package's files behind.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::pixels::Image;
use crate::procs::{Running, wait_for};
use crate::stand::{self, Place};
use crate::{cargo, is_root, step, workspace_root};

/// The cargo-deb release the package is made with.
const CARGO_DEB_VERSION: &str = "3.8.0";

/// The icon sizes a menu and a software centre use, besides the scalable SVG.
const ICON_SIZES: [u32; 4] = [48, 64, 128, 256];

/// The SVG every icon is rendered from.
const ICON_SVG: &str = "packaging/icons/org.archipel.archipel.svg";

/// The application id (`archipel::APP_ID`).
const APP_ID: &str = "org.archipel.archipel";

/// Debian's mirror for the clean root; `ARCHIPEL_DEBIAN_MIRROR` names another.
const DEFAULT_MIRROR: &str = "http://deb.debian.org/debian";

/// Where the package and the checks' files go.
pub fn dist_dir() -> PathBuf {
    workspace_root().join("target/dist")
}

/// Builds the release binary and the package; returns the package's path.
pub fn package() -> Result<PathBuf, String> {
    ensure_cargo_deb()?;
    step(
        "build",
        cargo().args(["build", "--release", "--package", "archipel"]),
    )?;
    render_icons()?;
    let mut deb = cargo();
    deb.args(["deb", "--package", "archipel", "--no-build", "--output"])
        .arg(dist_dir());
    // Debian's usual variables name whoever builds the package, if set.
    if let (Ok(name), Ok(email)) = (std::env::var("DEBFULLNAME"), std::env::var("DEBEMAIL")) {
        deb.arg("--maintainer").arg(format!("{name} <{email}>"));
    }
    eprintln!("xtask: cargo deb");
    let out = deb
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| format!("cannot start cargo deb: {err}"))?;
    if !out.status.success() {
        return Err(format!("cargo deb failed ({})", out.status));
    }
    let path = String::from_utf8_lossy(&out.stdout)
        .lines()
        .rev()
        .find(|line| {
            Path::new(line.trim())
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("deb"))
        })
        .map(|line| PathBuf::from(line.trim()))
        .ok_or("cargo deb did not say where the package is")?;
    Ok(path)
}

fn ensure_cargo_deb() -> Result<(), String> {
    let installed = cargo()
        .args(["deb", "--version"])
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(CARGO_DEB_VERSION));
    if installed {
        return Ok(());
    }
    step(
        "cargo install cargo-deb",
        cargo().args([
            "install",
            "cargo-deb",
            "--locked",
            "--version",
            CARGO_DEB_VERSION,
        ]),
    )
}

fn render_icons() -> Result<(), String> {
    for size in ICON_SIZES {
        let dir = dist_dir().join(format!("icons/{size}x{size}"));
        std::fs::create_dir_all(&dir).map_err(|err| format!("{}: {err}", dir.display()))?;
        step(
            &format!("icon {size}×{size}"),
            Command::new("rsvg-convert")
                .args(["--width", &size.to_string(), "--height", &size.to_string()])
                .arg(workspace_root().join(ICON_SVG))
                .arg("--output")
                .arg(dir.join(format!("{APP_ID}.png"))),
        )?;
    }
    Ok(())
}

/// The checks that take seconds: lintian, `AppStream`, desktop files, man page. Returns a report
/// with the package's sizes.
pub fn fast_checks(deb: &Path) -> Result<String, String> {
    let root = workspace_root();
    step(
        "lintian",
        Command::new("lintian")
            .args(["--fail-on", "error,warning", "--info", "--display-info"])
            .arg(deb),
    )?;
    step(
        "appstreamcli validate --pedantic",
        Command::new("appstreamcli")
            .args(["validate", "--pedantic", "--no-net", "--explain"])
            .arg(root.join(format!("packaging/{APP_ID}.metainfo.xml"))),
    )?;
    // The installed tree: the metainfo's launchable and icon must be found where it says.
    let tree = dist_dir().join("tree");
    let _ = std::fs::remove_dir_all(&tree);
    step(
        "dpkg-deb --extract",
        Command::new("dpkg-deb")
            .arg("--extract")
            .arg(deb)
            .arg(&tree),
    )?;
    step(
        "appstreamcli validate-tree --pedantic",
        Command::new("appstreamcli")
            .args(["validate-tree", "--pedantic", "--no-net", "--explain"])
            .arg(&tree),
    )?;
    compose_catalog(&tree)?;
    for desktop in [
        format!("usr/share/applications/{APP_ID}.desktop"),
        "usr/share/wayland-sessions/archipel-stand.desktop".into(),
        "usr/share/doc/archipel/examples/archipel-kiosk.desktop".into(),
    ] {
        step(
            "desktop-file-validate",
            Command::new("desktop-file-validate").arg(tree.join(desktop)),
        )?;
    }
    check_man_page(&tree.join("usr/share/man/man1/archipel.1.gz"))?;
    let deb_bytes = std::fs::metadata(deb)
        .map_err(|err| format!("{}: {err}", deb.display()))?
        .len();
    let installed = Command::new("dpkg-deb")
        .args(["--field"])
        .arg(deb)
        .arg("Installed-Size")
        .output()
        .map_err(|err| format!("cannot run dpkg-deb: {err}"))?;
    Ok(format!(
        "package {}: {} bytes ({:.1} MiB), installed size {} KiB\n",
        deb.display(),
        deb_bytes,
        deb_bytes as f64 / 1_048_576.0,
        String::from_utf8_lossy(&installed.stdout).trim()
    ))
}

/// The software-centre catalog made from the package's tree as a distribution makes it
/// (`appstreamcli compose`, what appstream-generator runs): it must give no hint at all. It
/// catches what `validate` lets through, such as a translated list merged into the English
/// description.
fn compose_catalog(tree: &Path) -> Result<(), String> {
    let out = dist_dir().join("catalog");
    let _ = std::fs::remove_dir_all(&out);
    let hints = out.join("hints");
    step(
        "appstreamcli compose",
        Command::new("appstreamcli")
            .args(["compose", "--no-net", "--origin", "archipel"])
            .arg(format!("--result-root={}", out.display()))
            .arg(format!("--hints-dir={}", hints.display()))
            .arg(tree)
            .stdout(Stdio::null()),
    )?;
    let report = std::fs::read_to_string(hints.join("archipel.hints.yaml"))
        .map_err(|err| format!("appstreamcli compose wrote no hints file: {err}"))?;
    // The file lists every tag it knows, then each unit with its hints.
    let unit = report
        .rsplit("- Unit:")
        .next()
        .unwrap_or_default()
        .to_string();
    if !unit.contains("Hints: []") {
        return Err(format!(
            "appstreamcli compose has hints for the package:\n{unit}"
        ));
    }
    let catalog = out.join("usr/share/swcatalog/xml/archipel.xml.gz");
    if !catalog.exists() {
        return Err("appstreamcli compose made no catalog".into());
    }
    Ok(())
}

/// The man page must render with no warning at all.
fn check_man_page(page: &Path) -> Result<(), String> {
    eprintln!("xtask: man page");
    let out = Command::new("man")
        .args(["--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z"])
        .arg(page)
        .env("MANWIDTH", "80")
        .env("LC_ALL", "C.UTF-8")
        .stdout(Stdio::null())
        .output()
        .map_err(|err| format!("cannot run man: {err}"))?;
    let warnings = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !warnings.trim().is_empty() {
        return Err(format!(
            "the man page does not render cleanly ({}):\n{warnings}",
            out.status
        ));
    }
    Ok(())
}

/// `cargo xtask dist --check`: the package in a clean Debian 12 root.
pub fn check_in_clean_root(deb: &Path, keep: bool) -> Result<String, String> {
    if !is_root() {
        return Err("the clean-root check makes a chroot: run it as root".into());
    }
    let started = Instant::now();
    let root = dist_dir().join("check-root");
    remove_root(&root)?;
    let mirror = std::env::var("ARCHIPEL_DEBIAN_MIRROR").unwrap_or_else(|_| DEFAULT_MIRROR.into());
    step(
        "debootstrap bookworm",
        Command::new("debootstrap")
            .args(["--variant=minbase", "bookworm"])
            .arg(&root)
            .arg(&mirror),
    )?;
    let bootstrapped = started.elapsed();
    let mounts = Mounts::new(&root)?;
    let place = Place { root: root.clone() };
    let mut report = String::new();
    let result = in_root(&place, &mirror, deb, &mut report);
    drop(mounts);
    if !keep && result.is_ok() {
        remove_root(&root)?;
    }
    result?;
    let _ = writeln!(
        report,
        "clean-root check: {:.0} s in all (debootstrap {:.0} s)",
        started.elapsed().as_secs_f64(),
        bootstrapped.as_secs_f64()
    );
    Ok(report)
}

fn in_root(place: &Place, mirror: &str, deb: &Path, report: &mut String) -> Result<(), String> {
    let root = &place.root;
    std::fs::write(
        root.join("etc/apt/sources.list"),
        format!(
            "deb {mirror} bookworm main\ndeb {mirror} bookworm-updates main\n\
             deb http://deb.debian.org/debian-security bookworm-security main\n"
        ),
    )
    .map_err(|err| format!("cannot write the root's sources.list: {err}"))?;
    let _ = std::fs::copy("/etc/resolv.conf", root.join("etc/resolv.conf"));
    let name = deb.file_name().ok_or("the package has no file name")?;
    std::fs::copy(deb, root.join("tmp").join(name))
        .map_err(|err| format!("cannot copy the package into the root: {err}"))?;
    let apt = |args: &[&str]| {
        let mut command = place.command("apt-get", false);
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    step("apt-get update (clean root)", &mut apt(&["update", "-qq"]))?;
    let install = Instant::now();
    let package = format!("/tmp/{}", name.to_string_lossy());
    step(
        "apt-get install ./archipel_*.deb (clean root)",
        &mut apt(&["install", "-y", "-qq", &package]),
    )?;
    let _ = writeln!(
        report,
        "clean root: apt-get install of the package and its dependencies took {:.0} s",
        install.elapsed().as_secs_f64()
    );
    let version = place
        .command("archipel", true)
        .arg("--version")
        .output()
        .map_err(|err| format!("cannot run archipel --version: {err}"))?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    if !version.starts_with("archipel ") {
        return Err(format!("archipel --version printed {version:?}"));
    }
    let _ = writeln!(report, "clean root: archipel --version: {version}");
    step(
        "archipel check-content (clean root)",
        place
            .command("archipel", true)
            .arg("check-content")
            .env("HOME", "/tmp"),
    )?;
    let files = package_files(place)?;
    // Tools for the checks only, installed after the package so that they cannot hide a
    // missing dependency.
    step(
        "apt-get install xvfb grim (clean root)",
        &mut apt(&[
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "xvfb",
            "grim",
        ]),
    )?;
    report.push_str(&home_under_xvfb(place)?);
    report.push_str(&stand::check_session(
        place,
        "/usr/libexec/archipel/archipel-stand",
        "/usr/bin:/bin",
        &dist_dir().join("screens"),
    )?);
    step(
        "apt-get remove archipel (clean root)",
        &mut apt(&["remove", "-y", "-qq", "archipel"]),
    )?;
    let left: Vec<&String> = files
        .iter()
        .filter(|file| place.host_path(file).exists())
        .collect();
    if !left.is_empty() {
        return Err(format!("apt-get remove left these behind: {left:?}"));
    }
    for dir in ["/usr/libexec/archipel", "/usr/share/doc/archipel"] {
        if place.host_path(dir).exists() {
            return Err(format!("apt-get remove left {dir} behind"));
        }
    }
    let _ = writeln!(
        report,
        "clean root: apt-get remove left none of the package's {} files",
        files.len()
    );
    Ok(())
}

/// The package's files (not its folders), as `dpkg -L` lists them.
fn package_files(place: &Place) -> Result<Vec<String>, String> {
    let out = place
        .command("dpkg", false)
        .args(["-L", "archipel"])
        .output()
        .map_err(|err| format!("cannot run dpkg -L: {err}"))?;
    let files: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|path| !place.host_path(path).is_dir())
        .map(str::to_string)
        .collect();
    if files.is_empty() {
        return Err("dpkg -L archipel lists no file".into());
    }
    Ok(files)
}

/// The installed app started in a window under Xvfb, as a user: its home screen must be drawn.
fn home_under_xvfb(place: &Place) -> Result<String, String> {
    let work = stand::work_dir(place, "home-check")?;
    let fb = format!("{work}/fb");
    std::fs::create_dir_all(place.host_path(&fb)).map_err(|err| format!("{fb}: {err}"))?;
    let (_xvfb, display) = stand::start_xvfb(place, stand::SCREEN, &["-fbdir", &fb])?;
    let home = format!("{work}/home");
    let app = place
        .command("archipel", true)
        .env_clear()
        .envs([
            ("PATH", "/usr/bin:/bin"),
            ("HOME", home.as_str()),
            ("XDG_RUNTIME_DIR", &format!("{work}/run")),
            ("DISPLAY", display.as_str()),
            ("LANG", "C.UTF-8"),
            ("RUST_LOG", "info"),
        ])
        .args(["--mute", "--lang", "en"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| format!("cannot start archipel: {err}"))?;
    let _app = Running(app);
    let log = stand::app_log(place, &home);
    wait_for(Duration::from_mins(1), || stand::first_frames(&log) >= 1)
        .ok_or("the installed app drew no first frame under Xvfb within 60 s")?;
    std::thread::sleep(Duration::from_millis(1500));
    let bytes = std::fs::read(place.host_path(&format!("{fb}/Xvfb_screen0")))
        .map_err(|err| format!("no frame buffer: {err}"))?;
    let image = Image::from_xwd(&bytes)?;
    let screens = dist_dir().join("screens");
    std::fs::create_dir_all(&screens).map_err(|err| format!("{}: {err}", screens.display()))?;
    let kept = screens.join("clean-root-home.ppm");
    std::fs::write(&kept, image.to_ppm()).map_err(|err| format!("{}: {err}", kept.display()))?;
    let summary = image.summary();
    summary
        .drawn()
        .map_err(|err| format!("the installed app's home screen: {err}"))?;
    Ok(format!(
        "clean root: the installed app's home screen under Xvfb: {}×{}, {summary}\n",
        image.width, image.height
    ))
}

/// `/proc` and a fresh `/dev/shm` (shared memory: Cage's keymap and buffers) of the clean
/// root, unmounted when dropped. Nothing of this machine's own is mounted in it: debootstrap
/// made the root's `/dev`.
struct Mounts(PathBuf);

/// The mounts, in order.
const MOUNTS: [(&str, &str); 2] = [("proc", "proc"), ("tmpfs", "dev/shm")];

impl Mounts {
    fn new(root: &Path) -> Result<Self, String> {
        let mounts = Self(root.to_path_buf());
        for (kind, place) in MOUNTS {
            let target = root.join(place);
            std::fs::create_dir_all(&target)
                .map_err(|err| format!("{}: {err}", target.display()))?;
            step(
                &format!("mount /{place}"),
                Command::new("mount").args(["-t", kind, kind]).arg(&target),
            )?;
        }
        Ok(mounts)
    }
}

impl Drop for Mounts {
    fn drop(&mut self) {
        unmount(&self.0);
    }
}

/// Unmounts the clean root's mounts (a check cut short leaves them).
fn unmount(root: &Path) {
    for (_, place) in MOUNTS.iter().rev() {
        let _ = Command::new("umount")
            .arg("--lazy")
            .arg(root.join(place))
            .stderr(Stdio::null())
            .status();
    }
}

/// Removes an earlier clean root, after unmounting what a check cut short left mounted in it,
/// and never while something is still mounted there.
fn remove_root(root: &Path) -> Result<(), String> {
    if !root.exists() {
        return Ok(());
    }
    unmount(root);
    for (_, place) in MOUNTS {
        let target = root.join(place);
        let mounted = Command::new("mountpoint")
            .arg("--quiet")
            .arg(&target)
            .status()
            .is_ok_and(|status| status.success());
        if mounted {
            return Err(format!(
                "{} is still mounted; not removing",
                target.display()
            ));
        }
    }
    std::fs::remove_dir_all(root).map_err(|err| format!("cannot remove {}: {err}", root.display()))
}
