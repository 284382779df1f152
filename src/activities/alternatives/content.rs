//! The picker's data: categories, proprietary services and their free alternatives, read from
//! `content/alternatives/*.toml` and cross-checked.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::age::AgeBand;
pub use crate::content::Badge;
use crate::content::{
    AgedText, Companies, CompanyId, ContentError, ContentFile, ContentSource, RawBadge, Sourced,
    Text, check_aged_text, check_badge, check_text, check_unique,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// A category id (`search`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct CategoryId(pub String);

/// A proprietary service id (`google_search`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct ServiceId(pub String);

/// A free alternative id (`searxng`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct AltId(pub String);

/// A group of services on the picker grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Its id.
    pub id: CategoryId,
    /// Its picture.
    pub pictogram: Pictogram,
    /// Its name.
    pub name: Text,
}

/// A widely used proprietary service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    /// Its id.
    pub id: ServiceId,
    /// Its category.
    pub category: CategoryId,
    /// The company that owns it.
    pub owner: CompanyId,
    /// Its name, which some services translate (`Google Recherche`).
    pub name: Text,
    /// Its badge.
    pub badge: Badge,
    /// The alternatives we suggest, best first.
    pub alternatives: Vec<AltId>,
    /// The age bands that see it (a 7-year-old knows `YouTube`, not `Microsoft Teams`).
    pub ages: Vec<AgeBand>,
    /// Where the ownership fact comes from.
    pub sourced: Sourced,
}

/// How an alternative is organised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Architecture {
    /// Many servers run by different people, which talk to each other (Mastodon, e-mail).
    Federated,
    /// Many independent servers that anyone may run, not linked (Etherpad, Jitsi).
    Instances,
    /// The users' own devices talk to each other, no server (Syncthing).
    PeerToPeer,
    /// A program on your own device, no server holds your data (Firefox, `LibreOffice`).
    OnDevice,
    /// One organisation runs the only server (Signal).
    Centralized,
}

/// Whether an account is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Account {
    /// Never.
    None,
    /// Only for some features.
    Optional,
    /// To use it at all.
    Required,
}

/// Where an alternative runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// In a web browser.
    Web,
    /// Android phones.
    Android,
    /// iPhones and iPads.
    Ios,
    /// Windows computers.
    Windows,
    /// Mac computers.
    Macos,
    /// Linux computers.
    Linux,
}

impl Platform {
    /// The Fluent id of its name.
    pub fn fluent_id(self) -> &'static str {
        match self {
            Self::Web => "alternatives-platform-web",
            Self::Android => "alternatives-platform-android",
            Self::Ios => "alternatives-platform-ios",
            Self::Windows => "alternatives-platform-windows",
            Self::Macos => "alternatives-platform-macos",
            Self::Linux => "alternatives-platform-linux",
        }
    }
}

/// A free, open alternative, with the facts the criteria are computed from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    /// Its id.
    pub id: AltId,
    /// Its name (a proper name, the same in every language).
    pub name: String,
    /// Its badge.
    pub badge: Badge,
    /// Where to find it, shown as text (the app opens no link).
    pub website: String,
    /// Its free licence (SPDX name where there is one).
    pub licence: String,
    /// No advertising and no tracking of its users.
    pub no_ads_no_tracking: bool,
    /// How it is organised.
    pub architecture: Architecture,
    /// Offered by small independent hosts (associations, CHATONS members).
    pub small_hosts: bool,
    /// Can be installed on your own server or at home.
    pub self_hostable: bool,
    /// Whether an account is needed.
    pub account: Account,
    /// How easy the switch is: 1 (needs help), 2 (an afternoon), 3 (five minutes).
    pub switch_ease: u8,
    /// Where it runs.
    pub platforms: Vec<Platform>,
    /// What it is, per age band.
    pub about: AgedText,
    /// Where the facts come from.
    pub sourced: Sourced,
}

/// All the picker's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// Categories, in display order.
    pub categories: Vec<Category>,
    /// Services, in display order.
    pub services: Vec<Service>,
    /// Alternatives.
    pub alternatives: Vec<Alternative>,
    /// Owners of the services.
    pub companies: Companies,
}

impl Catalog {
    /// The service with `id`.
    pub fn service(&self, id: &ServiceId) -> Option<&Service> {
        self.services.iter().find(|service| &service.id == id)
    }

    /// The alternative with `id`.
    pub fn alternative(&self, id: &AltId) -> Option<&Alternative> {
        self.alternatives
            .iter()
            .find(|alternative| &alternative.id == id)
    }

    /// The services of `category` that `age` sees.
    pub fn services_in<'a>(
        &'a self,
        category: &'a CategoryId,
        age: AgeBand,
    ) -> impl Iterator<Item = &'a Service> {
        self.services
            .iter()
            .filter(move |service| &service.category == category && service.ages.contains(&age))
    }
}

/// The data files, relative to the content root.
pub const CATEGORIES_FILE: &str = "alternatives/categories.toml";
/// See [`CATEGORIES_FILE`].
pub const SERVICES_FILE: &str = "alternatives/services.toml";
/// See [`CATEGORIES_FILE`].
pub const ALTERNATIVES_FILE: &str = "alternatives/alternatives.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoriesFile {
    category: Vec<RawCategory>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Spanned<String>,
    pictogram: Pictogram,
    name: Spanned<Text>,
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
    category: Spanned<String>,
    owner: Spanned<String>,
    name: Spanned<Text>,
    badge: RawBadge,
    alternatives: Vec<Spanned<String>>,
    #[serde(default = "all_ages")]
    ages: Vec<AgeBand>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

fn all_ages() -> Vec<AgeBand> {
    AgeBand::ALL.to_vec()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AlternativesFile {
    alternative: Vec<RawAlternative>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAlternative {
    id: Spanned<String>,
    name: String,
    badge: RawBadge,
    website: String,
    licence: Spanned<String>,
    no_ads_no_tracking: bool,
    architecture: Architecture,
    small_hosts: bool,
    self_hostable: bool,
    account: Account,
    switch_ease: Spanned<u8>,
    platforms: Spanned<Vec<Platform>>,
    about: Spanned<AgedText>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

/// The fewest alternatives a service must offer.
pub const MIN_ALTERNATIVES_PER_SERVICE: usize = 2;

/// Loads the three files and the shared companies, and checks every cross-reference and text.
///
/// # Errors
/// Every problem found, each with its file, line and field.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<Catalog, Vec<ContentError>> {
    let companies = Companies::load(source);
    let categories = ContentFile::load(source, CATEGORIES_FILE).and_then(|file| {
        let raw: CategoriesFile = file.parse()?;
        Ok((file, raw))
    });
    let services = ContentFile::load(source, SERVICES_FILE).and_then(|file| {
        let raw: ServicesFile = file.parse()?;
        Ok((file, raw))
    });
    let alternatives = ContentFile::load(source, ALTERNATIVES_FILE).and_then(|file| {
        let raw: AlternativesFile = file.parse()?;
        Ok((file, raw))
    });
    let (companies, (cat_file, categories), (svc_file, services), (alt_file, alternatives)) =
        match (companies, categories, services, alternatives) {
            (Ok(companies), Ok(categories), Ok(services), Ok(alternatives)) => {
                (companies, categories, services, alternatives)
            }
            (companies, categories, services, alternatives) => {
                let mut problems = companies.err().unwrap_or_default();
                problems.extend(categories.err());
                problems.extend(services.err());
                problems.extend(alternatives.err());
                return Err(problems);
            }
        };
    let mut problems = Vec::new();
    let categories = check_categories(&cat_file, categories, langs, &mut problems);
    let alternatives = check_alternatives(&alt_file, alternatives, langs, &mut problems);
    let services = check_services(
        &svc_file,
        services,
        langs,
        &categories,
        &alternatives,
        &companies,
        &mut problems,
    );
    let offered: HashSet<&AltId> = services
        .iter()
        .flat_map(|service| &service.alternatives)
        .collect();
    for (alternative, span) in &alternatives {
        if !offered.contains(&alternative.id) {
            problems.push(alt_file.error(
                span,
                "alternative",
                format!("{:?} is offered for no service", alternative.id.0),
            ));
        }
    }
    for (category, span) in &categories {
        if !services
            .iter()
            .any(|service| service.category == category.id)
        {
            problems.push(cat_file.error(
                span,
                "category",
                format!("{:?} has no service", category.id.0),
            ));
        }
    }
    if problems.is_empty() {
        Ok(Catalog {
            categories: categories
                .into_iter()
                .map(|(category, _)| category)
                .collect(),
            services,
            alternatives: alternatives
                .into_iter()
                .map(|(alternative, _)| alternative)
                .collect(),
            companies,
        })
    } else {
        Err(problems)
    }
}

type Span = std::ops::Range<usize>;

fn check_categories(
    file: &ContentFile,
    raw: CategoriesFile,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<(Category, Span)> {
    check_unique(
        file,
        "category",
        raw.category.iter().map(|c| &c.id),
        problems,
    );
    raw.category
        .into_iter()
        .enumerate()
        .map(|(i, category)| {
            check_text(
                file,
                &category.name,
                &format!("category[{i}].name"),
                langs,
                problems,
            );
            let span = category.id.span();
            let category = Category {
                id: CategoryId(category.id.into_inner()),
                pictogram: category.pictogram,
                name: category.name.into_inner(),
            };
            (category, span)
        })
        .collect()
}

fn check_alternatives(
    file: &ContentFile,
    raw: AlternativesFile,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<(Alternative, Span)> {
    check_unique(
        file,
        "alternative",
        raw.alternative.iter().map(|a| &a.id),
        problems,
    );
    raw.alternative
        .into_iter()
        .enumerate()
        .map(|(i, alt)| {
            let field = format!("alternative[{i}]");
            let span = alt.id.span();
            if alt.licence.get_ref().trim().is_empty() {
                problems.push(file.error(
                    &alt.licence.span(),
                    format!("{field}.licence"),
                    "name the free licence",
                ));
            }
            if !(1..=3).contains(alt.switch_ease.get_ref()) {
                problems.push(file.error(
                    &alt.switch_ease.span(),
                    format!("{field}.switch_ease"),
                    "must be 1, 2 or 3",
                ));
            }
            if alt.platforms.get_ref().is_empty() {
                problems.push(file.error(
                    &alt.platforms.span(),
                    format!("{field}.platforms"),
                    "needs at least one platform",
                ));
            }
            check_aged_text(file, &alt.about, &format!("{field}.about"), langs, problems);
            let sourced = Sourced::new(alt.sources, &alt.reviewed);
            sourced.check(file, &span, &field, problems);
            let alternative = Alternative {
                id: AltId(alt.id.into_inner()),
                name: alt.name,
                badge: check_badge(file, alt.badge, &format!("{field}.badge"), problems),
                website: alt.website,
                licence: alt.licence.into_inner(),
                no_ads_no_tracking: alt.no_ads_no_tracking,
                architecture: alt.architecture,
                small_hosts: alt.small_hosts,
                self_hostable: alt.self_hostable,
                account: alt.account,
                switch_ease: *alt.switch_ease.get_ref(),
                platforms: alt.platforms.into_inner(),
                about: alt.about.into_inner(),
                sourced,
            };
            (alternative, span)
        })
        .collect()
}

fn check_services(
    file: &ContentFile,
    raw: ServicesFile,
    langs: &[Lang],
    categories: &[(Category, Span)],
    alternatives: &[(Alternative, Span)],
    companies: &Companies,
    problems: &mut Vec<ContentError>,
) -> Vec<Service> {
    check_unique(file, "service", raw.service.iter().map(|s| &s.id), problems);
    raw.service
        .into_iter()
        .enumerate()
        .map(|(i, service)| {
            let field = format!("service[{i}]");
            if !categories
                .iter()
                .any(|(category, _)| &category.id.0 == service.category.get_ref())
            {
                problems.push(file.error(
                    &service.category.span(),
                    format!("{field}.category"),
                    format!(
                        "no category {:?} in {CATEGORIES_FILE}",
                        service.category.get_ref()
                    ),
                ));
            }
            if !companies.contains(service.owner.get_ref()) {
                problems.push(file.error(
                    &service.owner.span(),
                    format!("{field}.owner"),
                    format!(
                        "no company {:?} in common/companies.toml",
                        service.owner.get_ref()
                    ),
                ));
            }
            for (j, alt) in service.alternatives.iter().enumerate() {
                if !alternatives
                    .iter()
                    .any(|(known, _)| &known.id.0 == alt.get_ref())
                {
                    problems.push(file.error(
                        &alt.span(),
                        format!("{field}.alternatives[{j}]"),
                        format!("no alternative {:?} in {ALTERNATIVES_FILE}", alt.get_ref()),
                    ));
                }
            }
            if service.alternatives.len() < MIN_ALTERNATIVES_PER_SERVICE {
                problems.push(file.error(
                    &service.id.span(),
                    format!("{field}.alternatives"),
                    format!("needs at least {MIN_ALTERNATIVES_PER_SERVICE} alternatives"),
                ));
            }
            if service.ages.is_empty() {
                problems.push(file.error(
                    &service.id.span(),
                    format!("{field}.ages"),
                    "needs at least one age band",
                ));
            }
            check_text(
                file,
                &service.name,
                &format!("{field}.name"),
                langs,
                problems,
            );
            let sourced = Sourced::new(service.sources, &service.reviewed);
            sourced.check(file, &service.id.span(), &field, problems);
            Service {
                id: ServiceId(service.id.into_inner()),
                category: CategoryId(service.category.into_inner()),
                owner: CompanyId(service.owner.into_inner()),
                name: service.name.into_inner(),
                badge: check_badge(file, service.badge, &format!("{field}.badge"), problems),
                alternatives: service
                    .alternatives
                    .into_iter()
                    .map(|alt| AltId(alt.into_inner()))
                    .collect(),
                ages: service.ages,
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
    fn builtin_catalog_meets_the_product_minimums() {
        let catalog = load(&ContentSource::Builtin, &langs()).unwrap();
        assert!(
            catalog.services.len() >= 24,
            "{} services",
            catalog.services.len()
        );
        assert!(
            catalog.categories.len() >= 8,
            "{} categories",
            catalog.categories.len()
        );
        assert!(
            catalog.alternatives.len() >= 40,
            "{} alternatives",
            catalog.alternatives.len()
        );
        for service in &catalog.services {
            assert!(service.alternatives.len() >= 2, "{:?}", service.id);
        }
        for age in AgeBand::ALL {
            let shown = catalog
                .services
                .iter()
                .filter(|s| s.ages.contains(&age))
                .count();
            assert!(shown >= 8, "{age} sees only {shown} services");
        }
    }
}
