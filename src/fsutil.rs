//! File writing that survives a power cut.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: a temporary file beside it, flushed to disk, then
/// renamed over the target. A reader sees the old file or the new one, never half of one.
///
/// # Errors
/// Any I/O error; the temporary file is removed when the write fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .map_or_else(|| "file".into(), |name| name.to_string_lossy().into_owned());
    let temp = dir.join(format!("{}{}", temp_prefix(&file_name), std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)?;
        // The rename itself must reach the disk too.
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// The start of the names of [`write_atomic`]'s temporary files for `file_name`; the writing
/// process's id follows.
fn temp_prefix(file_name: &str) -> String {
    format!(".{file_name}.tmp-")
}

/// Removes the temporary files a killed [`write_atomic`] left beside `path` (a power cut or a
/// kill between the write and the rename). Files of a process still running are kept: it may
/// be writing now. Returns how many were removed; what cannot be removed is logged.
pub fn remove_stale_temps(path: &Path) -> usize {
    let (Some(dir), Some(file_name)) = (path.parent(), path.file_name()) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = temp_prefix(&file_name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_string_lossy()
            .strip_prefix(&prefix)
            .map(str::to_owned)
        else {
            continue;
        };
        if pid.parse::<u32>().is_ok_and(process_is_running) {
            continue;
        }
        match std::fs::remove_file(entry.path()) {
            Ok(()) => {
                log::info!(
                    "removed {}, left by an interrupted save",
                    entry.path().display()
                );
                removed += 1;
            }
            Err(err) => log::warn!("cannot remove {}: {err}", entry.path().display()),
        }
    }
    removed
}

/// Whether process `pid` is running (this one always is). Where `/proc` is missing, only this
/// process counts as running.
fn process_is_running(pid: u32) -> bool {
    pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists()
}

/// `dir/name`, or `dir/stem-2.ext`, `dir/stem-3.ext`… the first that does not exist yet.
pub fn unused_path(dir: &Path, name: &str) -> PathBuf {
    let candidate = dir.join(name);
    if !candidate.exists() {
        return candidate;
    }
    let (stem, ext) = name
        .rsplit_once('.')
        .map_or((name, ""), |(stem, ext)| (stem, ext));
    (2..u32::MAX)
        .map(|n| {
            if ext.is_empty() {
                dir.join(format!("{stem}-{n}"))
            } else {
                dir.join(format!("{stem}-{n}.{ext}"))
            }
        })
        .find(|path| !path.exists())
        .unwrap_or(candidate)
}

/// The 1-based line of `text` that holds byte `offset` (to name the line of a problem in a
/// file).
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].split(|&byte| byte == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_the_whole_file_and_leave_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/settings.toml");
        write_atomic(&path, b"first version, quite long").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("card.png");
        write_atomic(&path, b"old").unwrap();
        // A directory in the way of the rename makes it fail.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir_all(blocked.join("inner")).unwrap();
        assert!(write_atomic(&blocked, b"new").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            2,
            "no temp file left"
        );
    }

    #[test]
    fn temps_of_dead_writers_are_removed_at_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("statistics.tsv");
        std::fs::write(&path, b"kept").unwrap();
        // No process has a pid this large (the kernel's limit is 2^22).
        let dead = dir.path().join(".statistics.tsv.tmp-99999999");
        let alive = dir
            .path()
            .join(format!(".statistics.tsv.tmp-{}", std::process::id()));
        let other = dir.path().join(".settings.toml.tmp-99999999");
        for file in [&dead, &alive, &other] {
            std::fs::write(file, b"half").unwrap();
        }
        assert_eq!(remove_stale_temps(&path), 1);
        assert!(!dead.exists());
        assert!(alive.exists(), "a running writer's file is kept");
        assert!(other.exists(), "another file's temps are not ours to touch");
        assert_eq!(std::fs::read(&path).unwrap(), b"kept");
    }

    #[test]
    fn unused_paths_count_up() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            unused_path(dir.path(), "plan.png"),
            dir.path().join("plan.png")
        );
        std::fs::write(dir.path().join("plan.png"), b"").unwrap();
        std::fs::write(dir.path().join("plan-2.png"), b"").unwrap();
        assert_eq!(
            unused_path(dir.path(), "plan.png"),
            dir.path().join("plan-3.png")
        );
    }
}
