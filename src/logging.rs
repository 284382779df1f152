//! Logging to stderr and to a log file a facilitator can send us: crashes contained in an
//! activity are written there.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The log file grows to this size, then starts again (the previous one is kept as `.old`):
/// a season of events never takes more than twice this on disk.
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

/// Writes every line to stderr and to the log file, which starts again when it is full, even
/// in the middle of a long day.
struct Tee {
    file: Option<LogFile>,
}

/// The log file, and how big it is.
struct LogFile {
    path: PathBuf,
    file: File,
    len: u64,
}

impl LogFile {
    fn open(path: &Path) -> std::io::Result<Self> {
        let file = open_log(path)?;
        let len = file.metadata().map_or(0, |meta| meta.len());
        Ok(Self {
            path: path.to_owned(),
            file,
            len,
        })
    }

    fn write(&mut self, buf: &[u8]) {
        if self.len + buf.len() as u64 > MAX_LOG_BYTES {
            // `open_log` moves the full file aside as `.old` and starts an empty one.
            if let Ok(fresh) = Self::open(&self.path) {
                *self = fresh;
            }
        }
        if self.file.write_all(buf).is_ok() {
            self.len += buf.len() as u64;
        }
    }
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let _ = std::io::stderr().write_all(buf);
        if let Some(file) = &mut self.file {
            file.write(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(log) = &mut self.file {
            log.file.flush()?;
        }
        std::io::stderr().flush()
    }
}

fn open_log(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    if std::fs::metadata(path).is_ok_and(|meta| meta.len() >= MAX_LOG_BYTES) {
        let _ = std::fs::rename(path, path.with_extension("log.old"));
    }
    OpenOptions::new().create(true).append(true).open(path)
}

/// Starts logging (warnings and errors by default; `RUST_LOG` changes it), to stderr and, when
/// `file` is given and can be opened, to that file. Also logs panics with their location.
pub fn init(file: Option<&Path>) {
    let file = file.and_then(|path| {
        LogFile::open(path)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_starts_again_when_full_and_keeps_one_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("archipel.log");
        let mut log = LogFile::open(&path).unwrap();
        let line = [b'x'; 999];
        for _ in 0..3500 {
            log.write(&line);
            log.write(b"\n");
        }
        let size = |p: &Path| std::fs::metadata(p).unwrap().len();
        assert!(size(&path) <= MAX_LOG_BYTES);
        assert!(size(&path.with_extension("log.old")) <= MAX_LOG_BYTES);
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 2, "the log and one old log, nothing more");
    }
}
