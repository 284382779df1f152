//! The game's apps and who owns them, read from `content/owners/apps.toml` and checked against
//! the shared companies (`content/common/companies.toml`) and the picker's services.

use serde::Deserialize;
use toml::Spanned;

use crate::age::AgeBand;
use crate::content::{
    Badge, COMPANIES_FILE, Companies, CompanyId, ContentError, ContentFile, ContentSource,
    RawBadge, Sourced, Text, check_badge, check_text, check_unique,
};
use crate::i18n::Lang;

/// The file the apps are read from.
pub const APPS_FILE: &str = "owners/apps.toml";

/// The picker's services, where the same service may be listed with its owner.
const SERVICES_FILE: &str = "alternatives/services.toml";

/// At least this many apps, so that every round has enough to place.
pub const MIN_APPS: usize = 20;

/// An app of the game.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct App {
    /// Its id (`minecraft`).
    pub id: String,
    /// The company that owns it.
    pub owner: CompanyId,
    /// Its name.
    pub name: Text,
    /// Its badge, in place of a logo.
    pub badge: Badge,
    /// The same service in the alternatives picker, if it is there.
    pub service: Option<String>,
    /// The age bands that play with it.
    pub ages: Vec<AgeBand>,
    /// How the company came to own it (`Microsoft bought Mojang … in 2014.`).
    pub how: Text,
    /// Where the ownership fact comes from.
    pub sourced: Sourced,
}

/// Everything the game needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnersData {
    /// The apps, in file order.
    pub apps: Vec<App>,
    /// The companies that own them.
    pub companies: Companies,
}

impl OwnersData {
    /// The companies that own at least one app `age` plays with, in file order.
    pub fn companies_for(&self, age: AgeBand) -> Vec<CompanyId> {
        self.companies
            .iter()
            .filter(|company| {
                self.apps
                    .iter()
                    .any(|app| app.owner == company.id && app.ages.contains(&age))
            })
            .map(|company| company.id.clone())
            .collect()
    }

    /// The name of company `id` (its id if unknown).
    pub fn company_name<'a>(&'a self, id: &'a CompanyId) -> &'a str {
        self.companies
            .get(id)
            .map_or(id.0.as_str(), |company| company.name.as_str())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AppsFile {
    app: Vec<RawApp>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApp {
    id: Spanned<String>,
    owner: Spanned<String>,
    name: Spanned<Text>,
    badge: Spanned<RawBadge>,
    service: Option<Spanned<String>>,
    #[serde(default = "all_ages")]
    ages: Vec<AgeBand>,
    how: Spanned<Text>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

fn all_ages() -> Vec<AgeBand> {
    AgeBand::ALL.to_vec()
}

/// Only what this game reads of the picker's services: who owns each.
#[derive(Deserialize)]
struct ServiceOwners {
    service: Vec<ServiceOwner>,
}

#[derive(Deserialize)]
struct ServiceOwner {
    id: String,
    owner: String,
}

/// Loads and checks the apps.
///
/// # Errors
/// Every problem found: an owner that is not a known company, a picker service that does not
/// exist or has another owner, a missing text, source or review date, too few apps, or an age
/// band where a company has no app.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<OwnersData, Vec<ContentError>> {
    let companies = Companies::load(source)?;
    let file = ContentFile::load(source, APPS_FILE).map_err(|err| vec![err])?;
    let raw: AppsFile = file.parse().map_err(|err| vec![err])?;
    let services: Vec<ServiceOwner> = ContentFile::load(source, SERVICES_FILE)
        .and_then(|services| services.parse::<ServiceOwners>())
        .map_err(|err| vec![err])?
        .service;
    let mut problems = Vec::new();
    check_unique(
        &file,
        "app",
        raw.app.iter().map(|app| &app.id),
        &mut problems,
    );
    if raw.app.len() < MIN_APPS {
        problems.push(ContentError::file(
            APPS_FILE,
            format!("needs at least {MIN_APPS} apps, has {}", raw.app.len()),
        ));
    }
    let apps: Vec<App> = raw
        .app
        .into_iter()
        .enumerate()
        .map(|(i, app)| check_app(&file, app, i, langs, &companies, &services, &mut problems))
        .collect();
    let data = OwnersData { apps, companies };
    for company in data.companies_for(AgeBand::Young) {
        if data
            .companies
            .get(&company)
            .is_some_and(|c| c.emblem.is_none())
        {
            problems.push(ContentError::file(
                COMPANIES_FILE,
                format!(
                    "company {:?} (field emblem): the 6-9 band plays with its apps, it needs an emblem",
                    company.0
                ),
            ));
        }
    }
    for age in AgeBand::ALL {
        if data.companies_for(age).len() < 2 {
            problems.push(ContentError::file(
                APPS_FILE,
                format!("the {age} band needs apps of at least 2 companies"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(problems)
    }
}

fn check_app(
    file: &ContentFile,
    app: RawApp,
    i: usize,
    langs: &[Lang],
    companies: &Companies,
    services: &[ServiceOwner],
    problems: &mut Vec<ContentError>,
) -> App {
    let field = format!("app[{i}]");
    let owner = app.owner.get_ref();
    if !companies.contains(owner) {
        problems.push(file.error(
            &app.owner.span(),
            format!("{field}.owner"),
            format!("no company {owner:?} in common/companies.toml"),
        ));
    }
    if let Some(service) = &app.service {
        match services.iter().find(|known| &known.id == service.get_ref()) {
            None => problems.push(file.error(
                &service.span(),
                format!("{field}.service"),
                format!("no service {:?} in {SERVICES_FILE}", service.get_ref()),
            )),
            Some(known) if &known.owner != owner => problems.push(file.error(
                &app.owner.span(),
                format!("{field}.owner"),
                format!(
                    "{owner:?}, but {SERVICES_FILE} says {:?} owns {:?}",
                    known.owner, known.id
                ),
            )),
            Some(_) => {}
        }
    }
    if app.ages.is_empty() {
        problems.push(file.error(
            &app.id.span(),
            format!("{field}.ages"),
            "needs at least one age band",
        ));
    }
    check_text(file, &app.name, &format!("{field}.name"), langs, problems);
    check_text(file, &app.how, &format!("{field}.how"), langs, problems);
    let badge_span = app.badge.span();
    let badge = check_badge(
        file,
        app.badge.into_inner(),
        &format!("{field}.badge"),
        problems,
    );
    if app.ages.contains(&AgeBand::Young) && badge.picture.is_none() {
        problems.push(file.error(
            &badge_span,
            format!("{field}.badge.picture"),
            "the 6-9 band plays with this app: it needs a picture (its players may not read yet)",
        ));
    }
    let sourced = Sourced::new(app.sources, &app.reviewed);
    sourced.check(file, &app.id.span(), &field, problems);
    App {
        id: app.id.into_inner(),
        owner: CompanyId(app.owner.into_inner()),
        name: app.name.into_inner(),
        badge,
        service: app.service.map(Spanned::into_inner),
        ages: app.ages,
        how: app.how.into_inner(),
        sourced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<Lang> {
        vec![Lang::new("fr"), Lang::new("en")]
    }

    #[test]
    fn the_builtin_apps_load() {
        let data = load(&ContentSource::Builtin, &langs()).expect("valid apps");
        assert!(data.apps.len() >= MIN_APPS);
        for age in AgeBand::ALL {
            assert!(data.companies_for(age).len() >= 4, "{age}");
        }
    }

    fn folder_with(apps: &str) -> (tempfile::TempDir, ContentSource) {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["common/companies.toml", SERVICES_FILE] {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let text = ContentSource::Builtin.read_text(rel).expect("built in");
            std::fs::write(path, text).unwrap();
        }
        std::fs::create_dir_all(dir.path().join("owners")).unwrap();
        std::fs::write(dir.path().join(APPS_FILE), apps).unwrap();
        let source = ContentSource::Dir(dir.path().to_path_buf());
        (dir, source)
    }

    #[test]
    fn an_owner_that_disagrees_with_the_picker_is_reported() {
        let builtin = ContentSource::Builtin.read_text(APPS_FILE).unwrap();
        let broken = builtin.replacen(
            "owner = \"alphabet\"\nname = { fr = \"YouTube\"",
            "owner = \"meta\"\nname = { fr = \"YouTube\"",
            1,
        );
        assert_ne!(broken, builtin);
        let (_dir, source) = folder_with(&broken);
        let problems = load(&source, &langs()).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        let problem = problems[0].to_string();
        assert!(problem.contains("owners/apps.toml:"), "{problem}");
        assert!(problem.contains("app[0].owner"), "{problem}");
        assert!(
            problem.contains("\"alphabet\" owns \"youtube\""),
            "{problem}"
        );
    }

    #[test]
    fn an_unknown_company_is_reported() {
        let builtin = ContentSource::Builtin.read_text(APPS_FILE).unwrap();
        let broken = builtin.replacen("owner = \"bytedance\"", "owner = \"nobody\"", 1);
        let (_dir, source) = folder_with(&broken);
        let problems = load(&source, &langs()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.to_string().contains("no company \"nobody\"")),
            "{problems:?}"
        );
    }

    #[test]
    fn an_app_the_youngest_play_with_needs_a_picture() {
        let builtin = ContentSource::Builtin.read_text(APPS_FILE).unwrap();
        let broken = builtin.replacen(", picture = \"video\"", "", 1);
        assert_ne!(broken, builtin);
        let (_dir, source) = folder_with(&broken);
        let problems = load(&source, &langs()).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        let problem = problems[0].to_string();
        assert!(problem.contains("owners/apps.toml:"), "{problem}");
        assert!(problem.contains("app[0].badge.picture"), "{problem}");
    }

    #[test]
    fn an_unknown_picture_names_its_line() {
        let builtin = ContentSource::Builtin.read_text(APPS_FILE).unwrap();
        let broken = builtin.replacen("picture = \"video\"", "picture = \"logo\"", 1);
        let (_dir, source) = folder_with(&broken);
        let problems = load(&source, &langs()).unwrap_err();
        let problem = problems[0].to_string();
        assert!(problem.contains("owners/apps.toml:"), "{problem}");
        assert!(problem.contains("logo"), "{problem}");
    }

    #[test]
    fn a_company_of_the_youngest_game_needs_an_emblem() {
        let dir = tempfile::tempdir().unwrap();
        let builtin = ContentSource::Builtin.read_text(APPS_FILE).unwrap();
        for (rel, text) in [
            (
                COMPANIES_FILE,
                ContentSource::Builtin
                    .read_text(COMPANIES_FILE)
                    .unwrap()
                    .replacen("emblem = \"parcel\"\n", "", 1),
            ),
            (
                SERVICES_FILE,
                ContentSource::Builtin.read_text(SERVICES_FILE).unwrap(),
            ),
            (APPS_FILE, builtin),
        ] {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let problems = load(&ContentSource::Dir(dir.path().to_path_buf()), &langs()).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        let problem = problems[0].to_string();
        assert!(problem.contains("common/companies.toml"), "{problem}");
        assert!(problem.contains("\"amazon\""), "{problem}");
        assert!(problem.contains("emblem"), "{problem}");
    }
}
