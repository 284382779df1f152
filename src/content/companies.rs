//! Companies that own the services named in activities (`content/common/companies.toml`),
//! shared by every activity that says who owns what.

use serde::Deserialize;
use toml::Spanned;

use super::{ContentError, ContentFile, ContentSource, Picture, Sourced, check_unique};

/// The file companies are read from.
pub const COMPANIES_FILE: &str = "common/companies.toml";

/// A company id such as `alphabet`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct CompanyId(pub String);

/// A company, with where the ownership facts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Company {
    /// Its id.
    pub id: CompanyId,
    /// Its name, the same in every language (`Alphabet (Google)`).
    pub name: String,
    /// Two-letter country code of its head office (`US`).
    pub country: String,
    /// Its emblem for those who cannot read yet (what it is known for, never its logo).
    pub emblem: Option<Picture>,
    /// Sources and review date.
    pub sourced: Sourced,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompaniesFile {
    company: Vec<RawCompany>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompany {
    id: Spanned<String>,
    name: String,
    country: Spanned<String>,
    emblem: Option<Picture>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

/// Every company, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Companies {
    list: Vec<Company>,
}

impl Companies {
    /// Loads and checks `common/companies.toml`.
    ///
    /// # Errors
    /// Every problem found in the file.
    pub fn load(source: &ContentSource) -> Result<Self, Vec<ContentError>> {
        let file = ContentFile::load(source, COMPANIES_FILE).map_err(|err| vec![err])?;
        let raw: CompaniesFile = file.parse().map_err(|err| vec![err])?;
        let mut problems = Vec::new();
        check_unique(
            &file,
            "company",
            raw.company.iter().map(|c| &c.id),
            &mut problems,
        );
        let mut list = Vec::new();
        for (i, company) in raw.company.into_iter().enumerate() {
            let field = format!("company[{i}]");
            let country = company.country.get_ref();
            if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
                problems.push(file.error(
                    &company.country.span(),
                    format!("{field}.country"),
                    "must be a two-letter country code such as US",
                ));
            }
            let sourced = Sourced::new(company.sources, &company.reviewed);
            sourced.check(&file, &company.id.span(), &field, &mut problems);
            list.push(Company {
                id: CompanyId(company.id.into_inner()),
                name: company.name,
                country: company.country.into_inner(),
                emblem: company.emblem,
                sourced,
            });
        }
        if problems.is_empty() {
            Ok(Self { list })
        } else {
            Err(problems)
        }
    }

    /// The company with `id`.
    pub fn get(&self, id: &CompanyId) -> Option<&Company> {
        self.list.iter().find(|company| &company.id == id)
    }

    /// Whether a company with this id exists.
    pub fn contains(&self, id: &str) -> bool {
        self.list.iter().any(|company| company.id.0 == id)
    }

    /// Every company.
    pub fn iter(&self) -> impl Iterator<Item = &Company> {
        self.list.iter()
    }

    /// The place of company `id` in the file (0 if unknown): what gives each company the same
    /// colour in every activity.
    pub fn index_of(&self, id: &CompanyId) -> usize {
        self.list
            .iter()
            .position(|company| &company.id == id)
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_companies_load() {
        let companies = Companies::load(&ContentSource::Builtin).unwrap();
        let alphabet = companies.get(&CompanyId("alphabet".into())).unwrap();
        assert_eq!(alphabet.country, "US");
        assert!(companies.contains("meta"));
    }

    #[test]
    fn bad_country_and_duplicate_ids_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("common")).unwrap();
        std::fs::write(
            dir.path().join(COMPANIES_FILE),
            "[[company]]\nid = \"a\"\nname = \"A\"\ncountry = \"usa\"\nsources = [\"https://a.example\"]\nreviewed = 2026-11-23\n\n[[company]]\nid = \"a\"\nname = \"A2\"\ncountry = \"FR\"\nsources = []\nreviewed = 2026-11-23\n",
        )
        .unwrap();
        let errors = Companies::load(&ContentSource::Dir(dir.path().to_owned())).unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            shown
                .iter()
                .any(|e| e.contains(":9: company: duplicate id \"a\"")),
            "{shown:#?}"
        );
        assert!(
            shown.iter().any(|e| e.contains(":4: company[0].country")),
            "{shown:#?}"
        );
        assert!(
            shown.iter().any(|e| e.contains(":9: company[1].sources")),
            "{shown:#?}"
        );
    }
}
