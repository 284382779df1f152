//! Running the `archipel` binary as a facilitator would from a terminal. A module of its own,
//! declared only by the files that use it (`#[path = "support/cli.rs"] mod cli;`).

use std::process::Command;

/// Runs `archipel ARGS…`: its exit code, standard output and standard error.
pub fn archipel<I, S>(args: I) -> (i32, String, String)
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let output = Command::new(env!("CARGO_BIN_EXE_archipel"))
        .args(args)
        .output()
        .expect("the archipel binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
