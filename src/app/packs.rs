//! Which content packs the app uses: each pack found is opened and checked as a whole against
//! the content it extends (the built-in content and the packs accepted before it); a pack with
//! a problem is refused whole, never half-loaded, and the rest runs.

use std::path::{Path, PathBuf};

use crate::content::ContentSource;
use crate::i18n::{I18n, Lang, LocaleError};
use crate::packs::{self, Pack, PackState, PackStatus};
use crate::settings::Settings;

/// The packs found and the content and texts they make.
pub struct Shelf {
    /// Every pack found, in order, with its state.
    pub statuses: Vec<PackStatus>,
    /// The content: `base` with the accepted packs laid over it.
    pub source: ContentSource,
    /// The interface texts with the accepted packs' words.
    pub i18n: I18n,
    /// Problems in the app's own texts.
    pub locale_problems: Vec<LocaleError>,
}

impl Shelf {
    /// Opens and checks the packs in `dirs` over `base`, skipping those the settings turn
    /// off. `required` are the languages the content must be complete in.
    pub fn load(
        dirs: &[PathBuf],
        settings: &Settings,
        base: &ContentSource,
        required: &[Lang],
    ) -> Self {
        let mut accepted: Vec<Pack> = Vec::new();
        let mut statuses = Vec::new();
        for dir in dirs {
            let pack = match Pack::open(dir) {
                Ok(pack) => pack,
                Err(problems) => {
                    refuse(
                        dir,
                        None,
                        problems.iter().map(ToString::to_string).collect(),
                        &mut statuses,
                    );
                    continue;
                }
            };
            let id = pack.manifest.id.clone();
            if !settings.uses_pack(&id) {
                log::info!("content pack {id} is turned off");
                statuses.push(PackStatus {
                    dir: dir.clone(),
                    manifest: Some(pack.manifest),
                    state: PackState::Off,
                });
                continue;
            }
            if accepted.iter().any(|other| other.manifest.id == id) {
                let reason = format!("another pack in use has the id {id:?}");
                refuse(dir, Some(pack), vec![reason], &mut statuses);
                continue;
            }
            let problems = check(&accepted, &pack, base, required);
            if problems.is_empty() {
                log::info!(
                    "content pack {id} {} in use ({})",
                    pack.manifest.version,
                    dir.display()
                );
                statuses.push(PackStatus {
                    dir: dir.clone(),
                    manifest: Some(pack.manifest.clone()),
                    state: PackState::On,
                });
                accepted.push(pack);
            } else {
                refuse(dir, Some(pack), problems, &mut statuses);
            }
        }
        let in_use: Vec<&Pack> = accepted.iter().collect();
        let (i18n, locale_problems) = packs::texts(&in_use);
        Self {
            statuses,
            source: packs::layered(base, &in_use),
            i18n,
            locale_problems,
        }
    }
}

/// Every problem of `pack` laid over `base` and the packs `accepted` before it: its content
/// checked by every activity's rules, and its texts.
fn check(accepted: &[Pack], pack: &Pack, base: &ContentSource, required: &[Lang]) -> Vec<String> {
    let mut layers: Vec<&Pack> = accepted.iter().collect();
    layers.push(pack);
    let source = packs::layered(base, &layers);
    let mut problems: Vec<String> = crate::activities::check_content(&source, required)
        .iter()
        .map(ToString::to_string)
        .collect();
    problems.extend(packs::text_problems(pack).iter().map(ToString::to_string));
    problems
}

fn refuse(dir: &Path, pack: Option<Pack>, problems: Vec<String>, statuses: &mut Vec<PackStatus>) {
    log::error!(
        "content pack {} refused: {} problem(s)",
        dir.display(),
        problems.len()
    );
    for problem in &problems {
        log::error!("  {problem}");
    }
    statuses.push(PackStatus {
        dir: dir.to_owned(),
        manifest: pack.map(|pack| pack.manifest),
        state: PackState::Refused(problems),
    });
}
