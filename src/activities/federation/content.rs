//! The village, the kinds of small hosts, the events and the link to reality of "All eggs in
//! one basket?", read from `content/federation/`.

use serde::Deserialize;
use toml::Spanned;

use crate::content::{
    AgedText, ContentError, ContentFile, ContentSource, Sourced, Text, check_aged_text, check_text,
    check_unique,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// The file of the village's people and the kinds of hosts.
pub const VILLAGE_FILE: &str = "federation/village.toml";
/// The file of the events and of what exists for real.
pub const LESSONS_FILE: &str = "federation/lessons.toml";

/// A kind of small host the visitor can set up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostKind {
    /// Its id (`library`).
    pub id: String,
    /// Its picture.
    pub pictogram: Pictogram,
    /// Its name.
    pub name: Text,
}

/// Something that strikes a server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Its id (`outage`).
    pub id: String,
    /// Its picture.
    pub pictogram: Pictogram,
    /// Its name.
    pub name: Text,
    /// What it does to the one giant server, with a real example from 14.
    pub giant: AgedText,
    /// What it does to one small host of a federation.
    pub small: AgedText,
    /// Where the examples come from.
    pub sourced: Sourced,
}

/// Everything the game needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FederationData {
    /// First names of the villagers, as many as the biggest village.
    pub names: Vec<String>,
    /// The kinds of small hosts.
    pub hosts: Vec<HostKind>,
    /// The events.
    pub events: Vec<Event>,
    /// What exists for real (CHATONS, Mastodon, `PeerTube`), per age band.
    pub reality: AgedText,
    /// Where that comes from.
    pub reality_sourced: Sourced,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VillageFile {
    names: Spanned<Vec<String>>,
    host: Vec<RawHost>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHost {
    id: Spanned<String>,
    pictogram: Pictogram,
    name: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonsFile {
    event: Vec<RawEvent>,
    reality: Vec<RawReality>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Spanned<String>,
    pictogram: Pictogram,
    name: Spanned<Text>,
    giant: Spanned<AgedText>,
    small: Spanned<AgedText>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReality {
    id: Spanned<String>,
    text: Spanned<AgedText>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

/// Loads and checks the village and the lessons.
///
/// # Errors
/// Every problem found: too few or repeated names, too few kinds of hosts or events for the
/// hardest level, a missing text, source or review date, or not exactly one `[[reality]]`.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<FederationData, Vec<ContentError>> {
    let village = ContentFile::load(source, VILLAGE_FILE).map_err(|err| vec![err]);
    let lessons = ContentFile::load(source, LESSONS_FILE).map_err(|err| vec![err]);
    let (village, lessons) = crate::content::both(village, lessons)?;
    let raw_village: VillageFile = village.parse().map_err(|err| vec![err])?;
    let raw_lessons: LessonsFile = lessons.parse().map_err(|err| vec![err])?;
    let mut problems = Vec::new();
    let (most_users, most_hosts, most_events) = super::logic::hardest();
    let names_span = raw_village.names.span();
    let names = raw_village.names.into_inner();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    if unique.len() != names.len() || names.len() < most_users {
        problems.push(village.error(
            &names_span,
            "names",
            format!(
                "needs at least {most_users} different names, has {}",
                unique.len()
            ),
        ));
    }
    check_unique(
        &village,
        "host",
        raw_village.host.iter().map(|host| &host.id),
        &mut problems,
    );
    if raw_village.host.len() < most_hosts {
        problems.push(ContentError::file(
            VILLAGE_FILE,
            format!("needs at least {most_hosts} kinds of host"),
        ));
    }
    let hosts = raw_village
        .host
        .into_iter()
        .enumerate()
        .map(|(i, host)| {
            check_text(
                &village,
                &host.name,
                &format!("host[{i}].name"),
                langs,
                &mut problems,
            );
            HostKind {
                id: host.id.into_inner(),
                pictogram: host.pictogram,
                name: host.name.into_inner(),
            }
        })
        .collect();
    let events = check_events(
        &lessons,
        raw_lessons.event,
        most_events,
        langs,
        &mut problems,
    );
    let mut realities = raw_lessons.reality;
    if realities.len() != 1 {
        problems.push(ContentError::file(
            LESSONS_FILE,
            format!("needs exactly one [[reality]], has {}", realities.len()),
        ));
    }
    let Some(reality) = realities.pop() else {
        return Err(problems);
    };
    check_aged_text(
        &lessons,
        &reality.text,
        "reality.text",
        langs,
        &mut problems,
    );
    let reality_sourced = Sourced::new(reality.sources, &reality.reviewed);
    reality_sourced.check(&lessons, &reality.id.span(), "reality", &mut problems);
    if problems.is_empty() {
        Ok(FederationData {
            names,
            hosts,
            events,
            reality: reality.text.into_inner(),
            reality_sourced,
        })
    } else {
        Err(problems)
    }
}

fn check_events(
    file: &ContentFile,
    raw: Vec<RawEvent>,
    most_events: usize,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Event> {
    check_unique(file, "event", raw.iter().map(|event| &event.id), problems);
    if raw.len() < most_events {
        problems.push(ContentError::file(
            LESSONS_FILE,
            format!("needs at least {most_events} events"),
        ));
    }
    raw.into_iter()
        .enumerate()
        .map(|(i, event)| {
            let field = format!("event[{i}]");
            check_text(file, &event.name, &format!("{field}.name"), langs, problems);
            check_aged_text(
                file,
                &event.giant,
                &format!("{field}.giant"),
                langs,
                problems,
            );
            check_aged_text(
                file,
                &event.small,
                &format!("{field}.small"),
                langs,
                problems,
            );
            let sourced = Sourced::new(event.sources, &event.reviewed);
            sourced.check(file, &event.id.span(), &field, problems);
            Event {
                id: event.id.into_inner(),
                pictogram: event.pictogram,
                name: event.name.into_inner(),
                giant: event.giant.into_inner(),
                small: event.small.into_inner(),
                sourced,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<Lang> {
        vec![Lang::new("fr"), Lang::new("en")]
    }

    #[test]
    fn the_builtin_content_loads_and_fits_the_hardest_level() {
        let data = load(&ContentSource::Builtin, &langs()).expect("valid content");
        let (users, hosts, events) = super::super::logic::hardest();
        assert!(data.names.len() >= users);
        assert!(data.hosts.len() >= hosts);
        assert!(data.events.len() >= events);
    }

    #[test]
    fn an_event_without_its_english_text_is_reported_with_its_field() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("federation");
        std::fs::create_dir_all(&folder).expect("folder");
        let village = ContentSource::Builtin
            .read_text(VILLAGE_FILE)
            .expect("built in");
        std::fs::write(dir.path().join(VILLAGE_FILE), village).expect("written");
        let lessons = ContentSource::Builtin
            .read_text(LESSONS_FILE)
            .expect("built in");
        let broken = lessons.replacen("[event.small.en]", "[event.small.de]", 1);
        assert_ne!(broken, lessons);
        std::fs::write(dir.path().join(LESSONS_FILE), broken).expect("written");
        let problems =
            load(&ContentSource::Dir(dir.path().to_path_buf()), &langs()).expect_err("broken");
        assert!(
            problems
                .iter()
                .any(|p| p.field.as_deref() == Some("event[0].small.en")),
            "{problems:?}"
        );
    }
}
