//! Where content comes from: the copy built into the binary, a folder on disk (a folder being
//! checked with `archipel check-content DIR`), or either with content packs laid over it.

use std::path::{Path, PathBuf};

use crate::embedded;

/// A tree of content files laid out like `content/`: `<activity id>/activity.toml`, data files
/// beside it, and shared files under `common/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    /// The `content/` folder embedded in the binary.
    Builtin,
    /// A folder on disk with the same layout.
    Dir(PathBuf),
    /// Text files held in memory (a zipped pack's), by path relative to the root; `name` is how
    /// the root is shown in messages (`club.zip/content`).
    Files {
        /// How the root is named in messages.
        name: String,
        /// The files' texts, by relative path.
        files: std::sync::Arc<std::collections::BTreeMap<String, String>>,
    },
    /// A base with the content folders of packs laid over it, in order (see
    /// [`super::merge`]).
    Layered {
        /// The content the packs extend.
        base: Box<ContentSource>,
        /// Each pack's `content/` folder.
        packs: Vec<ContentSource>,
    },
}

/// The largest content file read from disk: far above any real one (the biggest built-in file
/// is under 100 KB), and a guard against a pack that would fill the memory.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

impl ContentSource {
    /// How a file is named in messages: `content/alternatives/services.toml` for built-in
    /// content, the real path for a folder.
    pub fn display_path(&self, rel: &str) -> String {
        match self {
            Self::Builtin => format!("content/{rel}"),
            Self::Dir(dir) => dir.join(rel).display().to_string(),
            Self::Files { name, .. } => format!("{name}/{rel}"),
            Self::Layered { base, .. } => base.display_path(rel),
        }
    }

    /// The content the packs extend, and the packs' content folders (none for a plain source).
    pub fn base_and_packs(&self) -> (&Self, &[Self]) {
        match self {
            Self::Layered { base, packs } => (base, packs),
            _ => (self, &[]),
        }
    }

    /// Reads a UTF-8 file.
    ///
    /// # Errors
    /// The reason, in words, when the file is missing, unreadable or not UTF-8.
    pub fn read_text(&self, rel: &str) -> Result<String, String> {
        let bytes = match self {
            Self::Builtin => embedded::Content::get(rel)
                .map(|file| file.data.into_owned())
                .ok_or_else(|| "file not found".to_owned())?,
            Self::Dir(dir) => read_inside(dir, rel)?,
            Self::Files { files, .. } => {
                return files
                    .get(rel)
                    .cloned()
                    .ok_or_else(|| "file not found".to_owned());
            }
            Self::Layered { base, .. } => return base.read_text(rel),
        };
        String::from_utf8(bytes).map_err(|_| "file is not valid UTF-8 text".to_owned())
    }

    /// Whether `rel` exists.
    pub fn exists(&self, rel: &str) -> bool {
        match self {
            Self::Builtin => embedded::Content::get(rel).is_some(),
            Self::Dir(dir) => dir.join(rel).is_file(),
            Self::Files { files, .. } => files.contains_key(rel),
            Self::Layered { base, packs } => {
                base.exists(rel) || packs.iter().any(|pack| pack.exists(rel))
            }
        }
    }

    /// Every `.toml` file, as paths relative to the root, sorted.
    pub fn toml_files(&self) -> Vec<String> {
        self.files_with_extension("toml")
    }

    /// Every file ending in `.{extension}` one folder deep at most (`<id>/<file>`), as paths
    /// relative to the root, sorted.
    pub fn files_with_extension(&self, extension: &str) -> Vec<String> {
        let mut files: Vec<String> = match self {
            Self::Builtin => embedded::Content::iter()
                .filter(|path| {
                    Path::new(path.as_ref())
                        .extension()
                        .is_some_and(|ext| ext.eq_ignore_ascii_case(extension))
                })
                .map(std::borrow::Cow::into_owned)
                .collect(),
            Self::Dir(dir) => {
                let mut found = Vec::new();
                collect_files(dir, "", extension, &mut found);
                found
            }
            Self::Files { files, .. } => files
                .keys()
                .filter(|path| {
                    path.matches('/').count() <= 1
                        && Path::new(path.as_str())
                            .extension()
                            .is_some_and(|ext| ext.eq_ignore_ascii_case(extension))
                })
                .cloned()
                .collect(),
            Self::Layered { base, packs } => std::iter::once(base.as_ref())
                .chain(packs)
                .flat_map(|source| source.files_with_extension(extension))
                .collect(),
        };
        files.sort();
        files.dedup();
        files
    }

    /// The folders that hold an `activity.toml`, sorted.
    pub fn activity_folders(&self) -> Vec<String> {
        let mut ids: Vec<String> = match self {
            Self::Builtin => embedded::Content::iter()
                .filter_map(|path| {
                    path.strip_suffix("/activity.toml")
                        .filter(|id| !id.contains('/'))
                        .map(str::to_owned)
                })
                .collect(),
            Self::Dir(dir) => list_dirs(dir)
                .into_iter()
                .filter(|id| dir.join(id).join("activity.toml").is_file())
                .collect(),
            Self::Files { files, .. } => files
                .keys()
                .filter_map(|path| {
                    path.strip_suffix("/activity.toml")
                        .filter(|id| !id.contains('/'))
                        .map(str::to_owned)
                })
                .collect(),
            Self::Layered { base, packs } => std::iter::once(base.as_ref())
                .chain(packs)
                .flat_map(Self::activity_folders)
                .collect(),
        };
        ids.sort();
        ids.dedup();
        ids
    }
}

/// Reads `rel` under `dir`, refusing a file that is too large or that lies outside `dir` (a link
/// out of a pack).
fn read_inside(dir: &Path, rel: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(rel);
    let resolved = std::fs::canonicalize(&path).map_err(|err| err.to_string())?;
    let root = std::fs::canonicalize(dir).map_err(|err| err.to_string())?;
    if !resolved.starts_with(&root) {
        return Err(format!("the file lies outside {}", dir.display()));
    }
    let size = std::fs::metadata(&resolved)
        .map_err(|err| err.to_string())?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(format!(
            "the file is {} KB, more than the {} KB a content file may have",
            size / 1024,
            MAX_FILE_BYTES / 1024
        ));
    }
    std::fs::read(&resolved).map_err(|err| err.to_string())
}

/// The `.{extension}` files under `dir/prefix`, two levels deep at most (content's layout), as
/// relative paths.
fn collect_files(dir: &Path, prefix: &str, extension: &str, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir.join(prefix)) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let rel = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        match entry.file_type() {
            Ok(kind) if kind.is_dir() && prefix.is_empty() => {
                collect_files(dir, &rel, extension, found);
            }
            Ok(kind)
                if kind.is_file()
                    && Path::new(&name)
                        .extension()
                        .is_some_and(|ext| ext.eq_ignore_ascii_case(extension)) =>
            {
                found.push(rel);
            }
            _ => {}
        }
    }
}

fn list_dirs(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_content_lists_the_alternatives_activity() {
        let source = ContentSource::Builtin;
        assert!(
            source
                .activity_folders()
                .contains(&"alternatives".to_owned())
        );
        assert!(source.exists("alternatives/activity.toml"));
        assert_eq!(
            source.display_path("alternatives/activity.toml"),
            "content/alternatives/activity.toml"
        );
        assert!(source.read_text("nope.toml").is_err());
    }

    #[test]
    fn a_folder_lists_only_subfolders_with_metadata() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/activity.toml"), "id = 'a'").unwrap();
        std::fs::create_dir_all(dir.path().join("common")).unwrap();
        let source = ContentSource::Dir(dir.path().to_owned());
        assert_eq!(source.activity_folders(), vec!["a".to_owned()]);
        assert_eq!(source.read_text("a/activity.toml").unwrap(), "id = 'a'");
        assert!(source.read_text("b/activity.toml").is_err());
    }
}
