//! Where content comes from: the copy built into the binary, or a folder on disk (an extra
//! content pack, or a folder being checked with `archipel check-content DIR`).

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
}

impl ContentSource {
    /// How a file is named in messages: `content/alternatives/services.toml` for built-in
    /// content, the real path for a folder.
    pub fn display_path(&self, rel: &str) -> String {
        match self {
            Self::Builtin => format!("content/{rel}"),
            Self::Dir(dir) => dir.join(rel).display().to_string(),
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
            Self::Dir(dir) => std::fs::read(dir.join(rel)).map_err(|err| err.to_string())?,
        };
        String::from_utf8(bytes).map_err(|_| "file is not valid UTF-8 text".to_owned())
    }

    /// Whether `rel` exists.
    pub fn exists(&self, rel: &str) -> bool {
        match self {
            Self::Builtin => embedded::Content::get(rel).is_some(),
            Self::Dir(dir) => dir.join(rel).is_file(),
        }
    }

    /// Every `.toml` file, as paths relative to the root, sorted.
    pub fn toml_files(&self) -> Vec<String> {
        let mut files: Vec<String> = match self {
            Self::Builtin => embedded::Content::iter()
                .filter(|path| path.ends_with(".toml"))
                .map(std::borrow::Cow::into_owned)
                .collect(),
            Self::Dir(dir) => {
                let mut found = Vec::new();
                collect_toml(dir, "", &mut found);
                found
            }
        };
        files.sort();
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
        };
        ids.sort();
        ids
    }
}

/// The `.toml` files under `dir/prefix`, two levels deep at most (content's layout), as
/// relative paths.
fn collect_toml(dir: &Path, prefix: &str, found: &mut Vec<String>) {
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
            Ok(kind) if kind.is_dir() && prefix.is_empty() => collect_toml(dir, &rel, found),
            Ok(kind)
                if kind.is_file()
                    && Path::new(&name)
                        .extension()
                        .is_some_and(|ext| ext.eq_ignore_ascii_case("toml")) =>
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
