//! Activity metadata, read from `content/<id>/activity.toml` (like `GCompris`'s `ActivityInfo.qml`:
//! metadata is content, not code).

use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::age::AgeBand;
use crate::content::{
    AgedText, ContentError, ContentFile, ContentSource, Text, check_aged_text, check_text,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// The stable id of an activity: names its module, content folder, asset folder and `.ftl` file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActivityId(pub &'static str);

impl fmt::Display for ActivityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// What the home screen and the app need to know about an activity.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityInfo {
    /// Stable id.
    pub id: ActivityId,
    /// Picture on the home tile.
    pub pictogram: Pictogram,
    /// Title on the home tile and in the top bar.
    pub title: Text,
    /// One line under the title, per age band.
    pub summary: AgedText,
    /// The age bands it suits (others do not see its tile).
    pub ages: Vec<AgeBand>,
    /// Default position on the home screen (smaller first).
    pub order: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InfoFile {
    id: Spanned<String>,
    pictogram: Pictogram,
    title: Spanned<Text>,
    summary: Spanned<AgedText>,
    ages: Spanned<Vec<AgeBand>>,
    order: i32,
}

impl ActivityInfo {
    /// Loads and checks `<id>/activity.toml`.
    ///
    /// # Errors
    /// Every problem found: unreadable file, bad fields, an `id` that does not match, missing
    /// texts in one of `langs`, no age band.
    pub fn load(
        source: &ContentSource,
        id: ActivityId,
        langs: &[Lang],
    ) -> Result<Self, Vec<ContentError>> {
        let file =
            ContentFile::load(source, &format!("{id}/activity.toml")).map_err(|err| vec![err])?;
        let raw: InfoFile = file.parse().map_err(|err| vec![err])?;
        let mut problems = Vec::new();
        if raw.id.get_ref() != id.0 {
            problems.push(file.error(
                &raw.id.span(),
                "id",
                format!("is {:?} but the folder is {:?}", raw.id.get_ref(), id.0),
            ));
        }
        if raw.ages.get_ref().is_empty() {
            problems.push(file.error(&raw.ages.span(), "ages", "needs at least one age band"));
        }
        check_text(&file, &raw.title, "title", langs, &mut problems);
        check_aged_text(&file, &raw.summary, "summary", langs, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Self {
            id,
            pictogram: raw.pictogram,
            title: raw.title.into_inner(),
            summary: raw.summary.into_inner(),
            ages: raw.ages.into_inner(),
            order: raw.order,
        })
    }
}
