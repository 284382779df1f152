//! Logging to stderr and to a log file a facilitator can send us: crashes contained in an
//! activity are written there.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The log file grows to this size, then starts again (the previous one is kept as `.old`).
const MAX_LOG_BYTES: u64 = 1_000_000;

/// `~/.local/state/archipel/archipel.log` (or the platform's equivalent).
pub fn log_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Archipel", "archipel")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .join("archipel.log"),
    )
}

/// Writes every line to stderr and to the log file.
struct Tee {
    file: Option<File>,
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let _ = std::io::stderr().write_all(buf);
        if let Some(file) = &mut self.file {
            let _ = file.write_all(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(file) = &mut self.file {
            file.flush()?;
        }
        std::io::stderr().flush()
    }
}

fn open_log(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    if std::fs::metadata(path).is_ok_and(|meta| meta.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(path, path.with_extension("log.old"));
    }
    OpenOptions::new().create(true).append(true).open(path)
}

/// Starts logging (warnings and errors by default; `RUST_LOG` changes it), to stderr and, when
/// `file` is given and can be opened, to that file. Also logs panics with their location.
pub fn init(file: Option<&Path>) {
    let file = file.and_then(|path| {
        open_log(path)
            .map_err(|err| eprintln!("archipel: no log file at {}: {err}", path.display()))
            .ok()
    });
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn"))
        .format_timestamp_secs()
        .target(env_logger::Target::Pipe(Box::new(Tee { file })))
        .init();
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        log::error!("panic{location}: {message}");
    }));
}
