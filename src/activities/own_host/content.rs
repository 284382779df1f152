//! The services the club can open and the facts the game tells, read from
//! `content/own_host/`. The services' hours, users and costs are the game's rules (round
//! figures for a school club); what each service is, and the facts, are true, with their
//! sources and review date.

use serde::Deserialize;
use toml::Spanned;

use crate::content::{
    AgedText, ContentError, ContentFile, ContentSource, RawSourcedText, Sourced, SourcedText, Text,
    check_aged_text, check_sourced_texts, check_text, check_unique, sourced_text,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// The file of the services.
pub const SERVICES_FILE: &str = "own_host/services.toml";
/// The file of the facts.
pub const FACTS_FILE: &str = "own_host/facts.toml";
/// The facts the game shows, by id.
pub const FACTS: [&str; 5] = ["article", "charter", "backup", "update", "collective"];
/// The services the game needs by their role: the pad (a dead disk loses pads) and the chat
/// (the report counts its messages).
pub const PAD: &str = "pad";
/// See [`PAD`].
pub const CHAT: &str = "chat";

/// A service the club can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceSpec {
    /// Its id (`pad`).
    pub id: String,
    /// Its picture.
    pub pictogram: Pictogram,
    /// Its name, per language.
    pub name: Text,
    /// What it is for, per language and age band.
    pub what: AgedText,
    /// Volunteer hours to set it up.
    pub setup: i32,
    /// Volunteer hours it needs every semester once open.
    pub upkeep: i32,
    /// The users it brings.
    pub users: u32,
    /// Euros to open it (a bigger disk, a domain).
    pub cost: i32,
    /// Someone will ask the club to open it.
    pub requested: bool,
    /// Where what it is comes from.
    pub sourced: Sourced,
}

/// A fact the game tells, per age band, with its sources.
pub type Fact = SourcedText;

/// Everything the game needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostData {
    /// The services, in file order.
    pub services: Vec<ServiceSpec>,
    /// The facts, in [`FACTS`] order.
    pub facts: Vec<Fact>,
}

impl HostData {
    /// The number of the service `id`.
    pub fn service(&self, id: &str) -> Option<usize> {
        self.services.iter().position(|service| service.id == id)
    }

    /// The pad's number.
    pub fn pad(&self) -> Option<usize> {
        self.service(PAD)
    }

    /// The chat's number.
    pub fn chat(&self) -> Option<usize> {
        self.service(CHAT)
    }

    /// The number of the service someone will ask for.
    pub fn requested(&self) -> Option<usize> {
        self.services.iter().position(|service| service.requested)
    }

    /// The text of fact `id` for `lang` and `age` (empty if unknown).
    pub fn fact(&self, id: &str, lang: &Lang, age: crate::age::AgeBand) -> &str {
        sourced_text(&self.facts, id, lang, age)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServicesFile {
    service: Vec<RawService>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    id: Spanned<String>,
    pictogram: Pictogram,
    name: Spanned<Text>,
    what: Spanned<AgedText>,
    setup: Spanned<i32>,
    upkeep: Spanned<i32>,
    users: u32,
    cost: Spanned<i32>,
    #[serde(default)]
    requested: bool,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    fact: Vec<RawSourcedText>,
}

/// Loads and checks the services and the facts.
///
/// # Errors
/// Every problem found: a missing text, source or review date, hours or costs out of range, no
/// pad or chat, not exactly one service requested, or a fact missing.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<HostData, Vec<ContentError>> {
    let services = ContentFile::load(source, SERVICES_FILE).map_err(|err| vec![err]);
    let facts = ContentFile::load(source, FACTS_FILE).map_err(|err| vec![err]);
    let (services_file, facts_file) = crate::content::both(services, facts)?;
    let raw_services: ServicesFile = services_file.parse().map_err(|err| vec![err])?;
    let raw_facts: FactsFile = facts_file.parse().map_err(|err| vec![err])?;
    let mut problems = Vec::new();
    check_unique(
        &services_file,
        "service",
        raw_services.service.iter().map(|service| &service.id),
        &mut problems,
    );
    let services: Vec<ServiceSpec> = raw_services
        .service
        .into_iter()
        .enumerate()
        .map(|(i, raw)| check_service(&services_file, raw, i, langs, &mut problems))
        .collect();
    for id in [PAD, CHAT] {
        if !services.iter().any(|service| service.id == id) {
            problems.push(ContentError::file(
                SERVICES_FILE,
                format!("needs a [[service]] with id {id:?}"),
            ));
        }
    }
    if services.iter().filter(|service| service.requested).count() != 1 {
        problems.push(ContentError::file(
            SERVICES_FILE,
            "exactly one service must have requested = true",
        ));
    }
    let facts = check_sourced_texts(
        &facts_file,
        FACTS_FILE,
        "fact",
        &raw_facts.fact,
        &FACTS,
        langs,
        &mut problems,
    );
    if problems.is_empty() {
        Ok(HostData { services, facts })
    } else {
        Err(problems)
    }
}

fn check_service(
    file: &ContentFile,
    raw: RawService,
    i: usize,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> ServiceSpec {
    let field = format!("service[{i}]");
    check_text(file, &raw.name, &format!("{field}.name"), langs, problems);
    check_aged_text(file, &raw.what, &format!("{field}.what"), langs, problems);
    for (name, value, range) in [
        ("setup", &raw.setup, 1..=20),
        ("upkeep", &raw.upkeep, 1..=10),
        ("cost", &raw.cost, 0..=100),
    ] {
        if !range.contains(value.get_ref()) {
            problems.push(file.error(
                &value.span(),
                format!("{field}.{name}"),
                format!("must be between {} and {}", range.start(), range.end()),
            ));
        }
    }
    let sourced = Sourced::new(raw.sources, &raw.reviewed);
    sourced.check(file, &raw.id.span(), &field, problems);
    ServiceSpec {
        id: raw.id.into_inner(),
        pictogram: raw.pictogram,
        name: raw.name.into_inner(),
        what: raw.what.into_inner(),
        setup: raw.setup.into_inner(),
        upkeep: raw.upkeep.into_inner(),
        users: raw.users,
        cost: raw.cost.into_inner(),
        requested: raw.requested,
        sourced,
    }
}
