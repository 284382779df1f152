//! Content packs: a stand's own places, services, alternatives and words, without code and
//! without a rebuild.
//!
//! A pack is a folder (or a `.zip` of one) with a `pack.toml` (what it is) and files laid out
//! like the app's own:
//! `content/<activity id>/<file>.toml`, laid over the built-in files by the rules of
//! [`crate::content::merge`], and `locales/<lang>/<file>.ftl`, whose messages are added to the
//! interface's (a new language, or better words). A pack is checked as a whole against the
//! content it extends; the app refuses a pack with problems as a whole and keeps running with
//! the built-in content and the other packs.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::content::{ContentError, ContentFile, ContentSource};
use crate::i18n::{I18n, Lang, LocaleError};

/// The file that makes a folder a pack.
pub const MANIFEST: &str = "pack.toml";

/// The most packs read from the folders searched: a guard, far above what a stand uses.
pub const MAX_PACKS: usize = 32;

/// The most files a zipped pack may hold, and their total size once unpacked: guards against
/// an archive built to fill the memory.
pub const MAX_ZIP_FILES: usize = 2000;
/// See [`MAX_ZIP_FILES`].
pub const MAX_ZIP_BYTES: u64 = 32 << 20;

/// What `pack.toml` says about a pack.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Its id: letters, digits, `-` and `_` (`campus-free-services`). The settings name packs by
    /// it.
    pub id: String,
    /// Its name, as the facilitator panel shows it.
    pub name: String,
    /// Its own version (`1.0.0`).
    pub version: String,
    /// Who made it.
    pub authors: Vec<String>,
    /// The licence of its texts and pictures (an SPDX id: `CC-BY-SA-4.0`).
    pub licence: String,
    /// The languages it has texts in.
    pub languages: Vec<Lang>,
    /// The oldest Archipel it works with (`0.1`).
    pub archipel: String,
}

/// A pack found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pack {
    /// Its folder, or its `.zip`.
    pub dir: PathBuf,
    /// What it says it is.
    pub manifest: Manifest,
    /// Its files: the folder, or the zip's text files read into memory.
    root: ContentSource,
}

impl Pack {
    /// Reads the pack in `dir`: its manifest, checked.
    ///
    /// # Errors
    /// A missing or broken `pack.toml`, an id that is not one, a pack that needs a newer
    /// Archipel, each as `file:line: field: reason`.
    pub fn open(dir: &Path) -> Result<Self, Vec<ContentError>> {
        let source = if is_zip(dir) {
            unzip(dir)
                .map_err(|reason| vec![ContentError::file(dir.display().to_string(), reason)])?
        } else {
            ContentSource::Dir(dir.to_owned())
        };
        let file = ContentFile::load(&source, MANIFEST).map_err(|err| vec![err])?;
        let manifest: Manifest = file.parse().map_err(|err| vec![err])?;
        let mut problems = Vec::new();
        let whole = |field: &str, reason: String| ContentError {
            file: source.display_path(MANIFEST),
            line: None,
            field: Some(field.to_owned()),
            reason,
        };
        if manifest.id.is_empty()
            || !manifest
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            problems.push(whole(
                "id",
                format!(
                    "{:?} is not an id: letters, digits, - and _ only",
                    manifest.id
                ),
            ));
        }
        if !is_at_least(env!("CARGO_PKG_VERSION"), &manifest.archipel) {
            problems.push(whole(
                "archipel",
                format!(
                    "the pack needs Archipel {} or newer; this is {}",
                    manifest.archipel,
                    env!("CARGO_PKG_VERSION")
                ),
            ));
        }
        if manifest.languages.is_empty() {
            problems.push(whole(
                "languages",
                "a pack has texts in one language at least".into(),
            ));
        }
        if problems.is_empty() {
            Ok(Self {
                dir: dir.to_owned(),
                manifest,
                root: source,
            })
        } else {
            Err(problems)
        }
    }

    /// Its `content/` folder, to lay over the built-in content.
    pub fn content(&self) -> ContentSource {
        self.folder("content")
    }

    /// Its `locales/` folder.
    pub fn locales(&self) -> ContentSource {
        self.folder("locales")
    }

    fn folder(&self, name: &str) -> ContentSource {
        match &self.root {
            ContentSource::Files { name: root, files } => {
                let prefix = format!("{name}/");
                let inside = files
                    .iter()
                    .filter_map(|(path, text)| {
                        path.strip_prefix(&prefix)
                            .map(|rel| (rel.to_owned(), text.clone()))
                    })
                    .collect();
                ContentSource::Files {
                    name: format!("{root}/{name}"),
                    files: std::sync::Arc::new(inside),
                }
            }
            _ => ContentSource::Dir(self.dir.join(name)),
        }
    }
}

/// `base` with the content of `packs` laid over it, in order.
pub fn layered(base: &ContentSource, packs: &[&Pack]) -> ContentSource {
    if packs.is_empty() {
        return base.clone();
    }
    ContentSource::Layered {
        base: Box::new(base.clone()),
        packs: packs.iter().map(|pack| pack.content()).collect(),
    }
}

/// Where a pack found stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackState {
    /// In use.
    On,
    /// Turned off in the settings.
    Off,
    /// Not used: its problems, each as `file:line: field: reason`.
    Refused(Vec<String>),
}

/// A pack found, as the facilitator panel lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackStatus {
    /// Its folder.
    pub dir: PathBuf,
    /// What it says it is, when its `pack.toml` could be read.
    pub manifest: Option<Manifest>,
    /// Whether it is used.
    pub state: PackState,
}

impl PackStatus {
    /// Its name, or its folder's when it has none.
    pub fn name(&self) -> String {
        self.manifest.as_ref().map_or_else(
            || self.dir.display().to_string(),
            |manifest| manifest.name.clone(),
        )
    }
}

/// The interface texts: the app's own, then each of `packs`' `locales/<lang>/*.ftl`, which add
/// a language or replace the words of one. Problems in them are returned beside the texts.
pub fn texts(packs: &[&Pack]) -> (I18n, Vec<LocaleError>) {
    let mut layers = vec![("locales".to_owned(), crate::i18n::builtin_files())];
    layers.extend(packs.iter().map(|pack| locale_layer(pack)));
    I18n::from_layers(layers)
}

/// The problems of `pack`'s own interface files, read as they would be over the app's (its
/// messages replace the app's ones), without reading the app's files again.
pub fn text_problems(pack: &Pack) -> Vec<LocaleError> {
    I18n::from_layers(vec![(String::new(), Vec::new()), locale_layer(pack)]).1
}

/// `pack`'s `locales/<lang>/*.ftl`, as a layer of texts: how its folder is named in messages,
/// and its files.
fn locale_layer(pack: &Pack) -> (String, Vec<(String, String)>) {
    let source = pack.locales();
    let files = source
        .files_with_extension("ftl")
        .into_iter()
        .filter_map(|rel| match source.read_text(&rel) {
            Ok(text) => Some((rel, text)),
            Err(reason) => {
                log::error!("{}: {reason}", source.display_path(&rel));
                None
            }
        })
        .collect();
    (
        source.display_path("").trim_end_matches('/').to_owned(),
        files,
    )
}

/// The folders searched for packs, besides those given with `--pack`: the fleet's, then the
/// laptop's.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("/etc/archipel/packs")];
    if let Some(data) =
        directories::BaseDirs::new().map(|base| base.data_dir().join("archipel/packs"))
    {
        dirs.push(data);
    }
    dirs
}

/// The pack folders under each of `dirs` (a folder with a `pack.toml`), sorted by name within
/// each, at most [`MAX_PACKS`] in all.
pub fn discover(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut packs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.join(MANIFEST).is_file() || (is_zip(path) && path.is_file()))
            .collect();
        packs.sort();
        found.extend(packs);
    }
    if found.len() > MAX_PACKS {
        log::warn!(
            "{} packs found; only the first {MAX_PACKS} are read",
            found.len()
        );
        found.truncate(MAX_PACKS);
    }
    found
}

/// Whether `path` names a zipped pack.
fn is_zip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("zip"))
}

/// The text files of a zipped pack (`.toml`, `.ftl`), read into memory within the limits, by
/// their path under the folder that holds `pack.toml` (a zip of the folder itself, or of its
/// contents).
fn unzip(path: &Path) -> Result<ContentSource, String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|err| err.to_string())?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|err| format!("not a zip archive: {err}"))?;
    if archive.len() > MAX_ZIP_FILES {
        return Err(format!("more than {MAX_ZIP_FILES} files"));
    }
    let mut files = std::collections::BTreeMap::new();
    let mut total = 0_u64;
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|err| err.to_string())?;
        let Some(name) = entry.enclosed_name() else {
            return Err(format!("{:?} points outside the pack", entry.name()));
        };
        let text_file = name
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("toml") || ext.eq_ignore_ascii_case("ftl"));
        if !entry.is_file() || !text_file {
            continue;
        }
        let limit = crate::content::MAX_FILE_BYTES;
        let mut bytes = Vec::new();
        (&mut entry)
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|err| format!("{}: {err}", name.display()))?;
        if bytes.len() as u64 > limit {
            return Err(format!(
                "{}: larger than {} KB",
                name.display(),
                limit / 1024
            ));
        }
        total += bytes.len() as u64;
        if total > MAX_ZIP_BYTES {
            return Err(format!("more than {} MB of text", MAX_ZIP_BYTES >> 20));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{}: not valid UTF-8 text", name.display()))?;
        let rel = name
            .components()
            .map(|part| part.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        files.insert(rel, text);
    }
    // The folder that holds pack.toml is the pack's root.
    let root = files
        .keys()
        .filter_map(|rel| rel.strip_suffix(MANIFEST))
        .filter(|prefix| prefix.is_empty() || prefix.matches('/').count() == 1)
        .min_by_key(|prefix| prefix.len())
        .map(str::to_owned)
        .ok_or_else(|| format!("no {MANIFEST} in the archive"))?;
    let files = files
        .into_iter()
        .filter_map(|(rel, text)| {
            rel.strip_prefix(root.as_str())
                .map(|rel| (rel.to_owned(), text))
        })
        .collect();
    Ok(ContentSource::Files {
        name: path.display().to_string(),
        files: std::sync::Arc::new(files),
    })
}

/// Whether version `have` (`0.3.1`) is at least `need` (`0.3`), comparing the numbers in
/// order; a version that is not numbers never is.
pub fn is_at_least(have: &str, need: &str) -> bool {
    let numbers = |version: &str| -> Option<Vec<u64>> {
        version
            .trim()
            .split('.')
            .map(|part| part.parse().ok())
            .collect()
    };
    let (Some(have), Some(need)) = (numbers(have), numbers(need)) else {
        return false;
    };
    let width = have.len().max(need.len());
    let pad = |mut v: Vec<u64>| {
        v.resize(width, 0);
        v
    };
    pad(have) >= pad(need)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_number_by_number() {
        assert!(is_at_least("0.3.1", "0.3"));
        assert!(is_at_least("1.0.0", "0.9"));
        assert!(is_at_least("0.10.0", "0.9"));
        assert!(!is_at_least("0.3.1", "0.4"));
        assert!(!is_at_least("0.3.1", "latest"));
    }
}
