//! One Archipel at a time: a child double-clicking the icon again gets no second window.
//!
//! An exclusive lock on a file in the user's runtime folder; the operating system releases it
//! when the process ends, however it ends. No socket is involved: Archipel opens none, ever.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

/// Held for as long as this instance runs.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another instance holds it.
    #[error("Archipel is already running")]
    AlreadyRunning,
    /// The lock file could not be opened.
    #[error("cannot open the lock file {0}: {1}")]
    Io(PathBuf, std::io::Error),
}

/// The lock file: in `$XDG_RUNTIME_DIR`, else the user's local data folder, else the temp
/// folder.
pub fn lock_path() -> PathBuf {
    let dirs = directories::ProjectDirs::from("org", "Archipel", "archipel");
    dirs.as_ref()
        .and_then(|dirs| dirs.runtime_dir().map(Path::to_path_buf))
        .or_else(|| {
            dirs.as_ref()
                .map(|dirs| dirs.data_local_dir().to_path_buf())
        })
        .unwrap_or_else(std::env::temp_dir)
        .join("archipel.lock")
}

/// Takes the lock at `path`.
///
/// # Errors
/// [`LockError::AlreadyRunning`] when another instance holds it.
pub fn acquire(path: &Path) -> Result<InstanceLock, LockError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|err| LockError::Io(path.to_owned(), err))?;
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|err| LockError::Io(path.to_owned(), err))?;
    match file.try_lock() {
        Ok(()) => Ok(InstanceLock { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::AlreadyRunning),
        Err(std::fs::TryLockError::Error(err)) => Err(LockError::Io(path.to_owned(), err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run/archipel.lock");
        let first = acquire(&path).unwrap();
        assert!(matches!(acquire(&path), Err(LockError::AlreadyRunning)));
        drop(first);
        assert!(acquire(&path).is_ok());
    }
}
