//! Child processes of the process-level checks: killed when dropped, a free X display number,
//! and waiting for something to be ready.

use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

/// A child process, killed and reaped when dropped.
pub struct Running(pub Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// An X display number nobody uses.
pub fn free_display() -> u32 {
    (420..600)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .unwrap_or(599)
}

/// Waits until `ready` says so (checked every 100 ms), or `timeout` has passed.
pub fn wait_for(timeout: Duration, mut ready: impl FnMut() -> bool) -> Option<()> {
    let until = Instant::now() + timeout;
    while Instant::now() < until {
        if ready() {
            return Some(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    None
}
