//! The stand session's restart loop (`packaging/stand/archipel-stand --loop`), driven with a
//! stand-in for `archipel` that ends as told: a crash is followed by a new start, a quit from
//! the facilitator panel (status 0) ends the session, and so does an Archipel already open
//! (status 3). `cargo xtask test` runs the real session in Cage (`xtask/src/stand.rs`).
#![expect(
    clippy::expect_used,
    reason = "a helper that cannot write its stand-in or start the shell has nothing to test"
)]

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::{Command, Output};

const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/packaging/stand/archipel-stand"
);

/// Runs the loop with an `archipel` that ends with `statuses`, one a run, and records its
/// arguments. Returns the loop's output and the recorded runs.
fn run_loop(dir: &Path, statuses: &[i32]) -> (Output, Vec<String>) {
    let runs = dir.join("runs");
    let list = statuses
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    let fake = format!(
        "#!/bin/sh\necho \"$*\" >> '{runs}'\nset -- {list}\nshift $(( $(wc -l < '{runs}') - 1 ))\nexit \"$1\"\n",
        runs = runs.display()
    );
    let archipel = dir.join("archipel");
    std::fs::write(&archipel, fake).expect("the stand-in is written");
    std::fs::set_permissions(&archipel, std::fs::Permissions::from_mode(0o755))
        .expect("the stand-in can run");
    let output = Command::new("/bin/sh")
        .arg(SCRIPT)
        .arg("--loop")
        .env("PATH", format!("{}:/usr/bin:/bin", dir.display()))
        .output()
        .expect("the shell runs the session script");
    let recorded = std::fs::read_to_string(&runs)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect();
    (output, recorded)
}

#[test]
fn a_crash_starts_archipel_again_and_a_quit_ends_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let (output, runs) = run_loop(dir.path(), &[101, 0]);
    let messages = String::from_utf8_lossy(&output.stderr);
    assert_eq!(runs, ["--kiosk", "--kiosk"], "{messages}");
    assert_eq!(output.status.code(), Some(0), "{messages}");
    assert!(
        messages.contains("stopped (status 101); starting it again"),
        "{messages}"
    );
    assert!(
        messages.contains("quit from the facilitator panel"),
        "{messages}"
    );
}

#[test]
fn archipel_already_open_is_not_started_again_and_again() {
    let dir = tempfile::tempdir().unwrap();
    let (output, runs) = run_loop(dir.path(), &[3]);
    assert_eq!(runs.len(), 1);
    assert_eq!(output.status.code(), Some(3));
}

/// The session started with only `dir` on `PATH`: its status and what it said.
fn session_with_only(dir: &Path) -> (Option<i32>, String) {
    let output = Command::new("/bin/sh")
        .arg(SCRIPT)
        .env("PATH", dir)
        .output()
        .expect("the shell runs the session script");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn without_cage_the_session_says_what_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let (status, said) = session_with_only(dir.path());
    assert_eq!(status, Some(1));
    assert!(said.contains("sudo apt install cage"), "{said}");
}

#[test]
fn without_xwayland_the_session_says_what_to_install() {
    // Debian 12's Cage does not start without Xwayland, and does not recommend it.
    let dir = tempfile::tempdir().unwrap();
    let cage = dir.path().join("cage");
    std::fs::write(&cage, "#!/bin/sh\nexit 0\n").unwrap();
    std::fs::set_permissions(&cage, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (status, said) = session_with_only(dir.path());
    assert_eq!(status, Some(1));
    assert!(said.contains("sudo apt install xwayland"), "{said}");
}
