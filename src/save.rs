//! Saving a take-home picture: a save dialog where one can open, else a known folder.
//!
//! The dialog runs on its own thread so the UI never freezes, and only one is open at a time.
//! On a bare kiosk or a machine without a desktop portal, rfd gives up within milliseconds
//! without telling why; a "cancel" that fast cannot be a person, so we then save into the
//! Pictures (or home) folder and say where.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::fsutil::{unused_path, write_atomic};

/// A dialog answered faster than this was not answered by a person.
const HUMAN_ANSWER: Duration = Duration::from_millis(700);

/// How a save ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// The file is at this path.
    Saved(PathBuf),
    /// The visitor closed the dialog.
    Cancelled,
    /// Nothing could be written; the reason in words.
    Failed(String),
}

/// Where files go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveTarget {
    /// Ask with a dialog; when none can open, use this kind of folder (else home).
    Dialog(KnownFolder),
    /// Write straight into this folder (kiosk, tests).
    Folder(PathBuf),
}

/// A user folder to fall back on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KnownFolder {
    /// Pictures, for take-home cards.
    Pictures,
    /// Documents, for exported statistics.
    Documents,
}

/// Runs saves in the background, one at a time.
#[derive(Debug)]
pub struct FileSaver {
    target: SaveTarget,
    pending: Option<mpsc::Receiver<SaveOutcome>>,
}

impl FileSaver {
    /// A saver writing to `target`.
    pub fn new(target: SaveTarget) -> Self {
        Self {
            target,
            pending: None,
        }
    }

    /// Whether a save is under way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Starts producing the file's bytes with `produce` and saving them as `file_name`, on a
    /// background thread. Returns `false` (and does nothing) while another save is under way.
    pub fn start(
        &mut self,
        produce: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
        file_name: String,
        on_done: impl FnOnce() + Send + 'static,
    ) -> bool {
        if self.busy() {
            return false;
        }
        let (sender, receiver) = mpsc::channel();
        let target = self.target.clone();
        let spawned = std::thread::Builder::new()
            .name("archipel-save".into())
            .spawn(move || {
                let outcome = match (produce(), target) {
                    (Err(reason), _) => SaveOutcome::Failed(reason),
                    (Ok(bytes), SaveTarget::Folder(dir)) => save_into(&dir, &file_name, &bytes),
                    (Ok(bytes), SaveTarget::Dialog(folder)) => {
                        save_with_dialog(&file_name, &bytes, folder)
                    }
                };
                let _ = sender.send(outcome);
                on_done();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some(receiver);
                true
            }
            Err(err) => {
                log::error!("cannot start the save thread: {err}");
                false
            }
        }
    }

    /// The outcome of the save under way, once it is over.
    pub fn poll(&mut self) -> Option<SaveOutcome> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(outcome) => {
                self.pending = None;
                Some(outcome)
            }
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                Some(SaveOutcome::Failed("the save stopped unexpectedly".into()))
            }
        }
    }

    /// Waits for the save under way (tests; a big card drawn by a debug build on a busy
    /// machine takes a while).
    pub fn wait(&mut self) -> Option<SaveOutcome> {
        let receiver = self.pending.take()?;
        receiver.recv_timeout(Duration::from_mins(3)).ok()
    }
}

fn save_with_dialog(file_name: &str, bytes: &[u8], folder: KnownFolder) -> SaveOutcome {
    let asked = Instant::now();
    let mut dialog = rfd::FileDialog::new().set_file_name(file_name);
    if let Some((_, extension)) = file_name.rsplit_once('.') {
        dialog = dialog.add_filter(extension.to_uppercase(), &[extension]);
    }
    let picked = dialog.save_file();
    match picked {
        Some(path) => write(&path, bytes),
        None if asked.elapsed() < HUMAN_ANSWER => {
            log::warn!("no file dialog could open; saving into a known folder");
            match fallback_dir(folder) {
                Some(dir) => save_into(&dir, file_name, bytes),
                None => SaveOutcome::Failed("no folder to save into".into()),
            }
        }
        None => SaveOutcome::Cancelled,
    }
}

fn save_into(dir: &Path, file_name: &str, bytes: &[u8]) -> SaveOutcome {
    write(&unused_path(dir, file_name), bytes)
}

fn write(path: &Path, bytes: &[u8]) -> SaveOutcome {
    match write_atomic(path, bytes) {
        Ok(()) => SaveOutcome::Saved(path.to_owned()),
        Err(err) => SaveOutcome::Failed(format!("{}: {err}", path.display())),
    }
}

/// The user's Pictures (or Documents) folder if it exists, else their home folder.
pub fn fallback_dir(folder: KnownFolder) -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    let known = match folder {
        KnownFolder::Pictures => dirs.picture_dir(),
        KnownFolder::Documents => dirs.document_dir(),
    };
    known
        .filter(|dir| dir.is_dir())
        .map(Path::to_path_buf)
        .or_else(|| Some(dirs.home_dir().to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_into_a_folder_one_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let mut saver = FileSaver::new(SaveTarget::Folder(dir.path().to_owned()));
        assert!(saver.start(|| Ok(b"png".to_vec()), "plan.png".into(), || {}));
        assert!(
            !saver.start(|| Ok(b"again".to_vec()), "plan.png".into(), || {}),
            "one save at a time"
        );
        assert_eq!(
            saver.wait(),
            Some(SaveOutcome::Saved(dir.path().join("plan.png")))
        );
        assert!(saver.start(|| Ok(b"png".to_vec()), "plan.png".into(), || {}));
        assert_eq!(
            saver.wait(),
            Some(SaveOutcome::Saved(dir.path().join("plan-2.png")))
        );
    }

    #[test]
    fn a_failed_drawing_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let mut saver = FileSaver::new(SaveTarget::Folder(dir.path().to_owned()));
        assert!(saver.start(|| Err("no fonts".into()), "plan.png".into(), || {}));
        assert_eq!(saver.wait(), Some(SaveOutcome::Failed("no fonts".into())));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn an_unwritable_folder_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"").unwrap();
        let mut saver = FileSaver::new(SaveTarget::Folder(file));
        assert!(saver.start(|| Ok(b"png".to_vec()), "plan.png".into(), || {}));
        assert!(matches!(saver.wait(), Some(SaveOutcome::Failed(_))));
    }
}
