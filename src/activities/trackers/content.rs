//! The game's trackers, pretend pages and lessons, read from `content/trackers/` and checked
//! against the shared companies (`content/common/companies.toml`).

use serde::Deserialize;
use toml::Spanned;

use crate::content::{
    AgedText, Companies, CompanyId, ContentError, ContentFile, ContentSource, Sourced, Text,
    check_aged_text, check_text, check_unique,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// The file the trackers are read from.
pub const TRACKERS_FILE: &str = "trackers/trackers.toml";
/// The file the pretend pages are read from.
pub const PAGES_FILE: &str = "trackers/pages.toml";
/// The file of what each kind of tracker learns, and of the tips.
pub const LESSONS_FILE: &str = "trackers/lessons.toml";

/// At least this many trackers, so that games differ from one visitor to the next.
pub const MIN_TRACKERS: usize = 25;
/// At least this many trackers of each kind, for the same reason.
pub const MIN_PER_KIND: usize = 3;
/// At least this many pages (among them a video game news page, a recipe page and a football
/// page): as many as the longest level visits.
pub const MIN_PAGES: usize = 4;
/// Exactly this many tips on the end screen.
pub const TIPS: usize = 3;

/// Where on a page a tracker hooks itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An advert.
    Ad,
    /// A "like" button.
    Like,
    /// An embedded video.
    Video,
    /// The font of the page's title.
    Font,
    /// An invisible pixel: only the magnifier shows it.
    Pixel,
    /// A statistics script reading the search box.
    Search,
}

impl Kind {
    /// Every kind, in the order a page loads them.
    pub const ALL: [Self; 6] = [
        Self::Ad,
        Self::Like,
        Self::Video,
        Self::Font,
        Self::Pixel,
        Self::Search,
    ];

    /// Its name in content files (`ad`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Ad => "ad",
            Self::Like => "like",
            Self::Video => "video",
            Self::Font => "font",
            Self::Pixel => "pixel",
            Self::Search => "search",
        }
    }
}

/// The picture at the top of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hero {
    /// A game controller.
    Games,
    /// A stack of pancakes.
    Recipe,
    /// A ball and a goal.
    Football,
    /// Musical notes.
    Music,
    /// The sun behind a cloud.
    Weather,
}

/// A real tracker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracker {
    /// Its id (`doubleclick`).
    pub id: String,
    /// The domain it loads from (`doubleclick.net`).
    pub domain: String,
    /// The company that runs it.
    pub owner: CompanyId,
    /// Where it hooks onto a page.
    pub kind: Kind,
    /// Where the domain and its owner come from.
    pub sourced: Sourced,
}

/// What the tracker of each kind learns on one page.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Learns {
    ad: Text,
    like: Text,
    video: Text,
    font: Text,
    pixel: Text,
    search: Text,
}

impl Learns {
    /// What the tracker of `kind` learns.
    pub fn get(&self, kind: Kind) -> &Text {
        match kind {
            Kind::Ad => &self.ad,
            Kind::Like => &self.like,
            Kind::Video => &self.video,
            Kind::Font => &self.font,
            Kind::Pixel => &self.pixel,
            Kind::Search => &self.search,
        }
    }
}

/// A pretend web page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Its id (`recipe`).
    pub id: String,
    /// The picture at its top.
    pub hero: Hero,
    /// Its pretend address (`happy-kitchen.example`).
    pub address: String,
    /// Its title.
    pub title: Text,
    /// Its text, a line each.
    pub lines: Vec<Text>,
    /// The words of its advert.
    pub ad: Text,
    /// The caption of its video.
    pub video: Text,
    /// What the visitor typed in its search box.
    pub search: Text,
    /// What each tracker learns there.
    pub learns: Learns,
}

/// What a kind of tracker can learn, in general.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// The kind.
    pub kind: Kind,
    /// What it learns, per age band.
    pub learns: AgedText,
    /// Where that comes from.
    pub sourced: Sourced,
}

/// Something to do about trackers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tip {
    /// Its id (`browser`).
    pub id: String,
    /// Its picture.
    pub pictogram: Pictogram,
    /// The tip, per age band.
    pub text: AgedText,
    /// Where the facts in it come from.
    pub sourced: Sourced,
}

/// Everything the game needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackersData {
    /// The trackers, in file order.
    pub trackers: Vec<Tracker>,
    /// The pages, in the order they are visited.
    pub pages: Vec<Page>,
    /// What each kind learns, one per kind.
    pub lessons: Vec<Lesson>,
    /// The tips, in file order.
    pub tips: Vec<Tip>,
    /// The companies that run the trackers.
    pub companies: Companies,
}

impl TrackersData {
    /// The name of company `id` (its id if unknown).
    pub fn company_name<'a>(&'a self, id: &'a CompanyId) -> &'a str {
        self.companies
            .get(id)
            .map_or(id.0.as_str(), |company| company.name.as_str())
    }

    /// The country code of company `id` (empty if unknown).
    pub fn company_country(&self, id: &CompanyId) -> &str {
        self.companies
            .get(id)
            .map_or("", |company| company.country.as_str())
    }

    /// What trackers of `kind` learn in general.
    pub fn lesson(&self, kind: Kind) -> Option<&Lesson> {
        self.lessons.iter().find(|lesson| lesson.kind == kind)
    }

    /// The trackers of `kind`, as indices into `trackers`.
    pub fn trackers_of(&self, kind: Kind) -> Vec<usize> {
        (0..self.trackers.len())
            .filter(|&i| self.trackers[i].kind == kind)
            .collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackersFile {
    tracker: Vec<RawTracker>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTracker {
    id: Spanned<String>,
    domain: Spanned<String>,
    owner: Spanned<String>,
    kind: Kind,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PagesFile {
    page: Vec<RawPage>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    id: Spanned<String>,
    hero: Hero,
    address: Spanned<String>,
    title: Spanned<Text>,
    lines: Vec<Spanned<Text>>,
    ad: Spanned<Text>,
    video: Spanned<Text>,
    search: Spanned<Text>,
    learns: Spanned<Learns>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonsFile {
    kind: Vec<RawLesson>,
    tip: Vec<RawTip>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    kind: Spanned<Kind>,
    learns: Spanned<AgedText>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTip {
    id: Spanned<String>,
    pictogram: Pictogram,
    text: Spanned<AgedText>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

/// Loads and checks the trackers, the pages and the lessons.
///
/// # Errors
/// Every problem found: a tracker whose owner is not a known company, a malformed domain, too
/// few trackers (in all or of one kind), too few pages, a missing text, source or review date,
/// a kind without its lesson, or not exactly three tips.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<TrackersData, Vec<ContentError>> {
    let companies = Companies::load(source)?;
    let files = [TRACKERS_FILE, PAGES_FILE, LESSONS_FILE]
        .map(|rel| ContentFile::load(source, rel).map_err(|err| vec![err]));
    let [trackers_file, pages_file, lessons_file] = files;
    let (trackers_file, (pages_file, lessons_file)) = crate::content::both(
        trackers_file,
        crate::content::both(pages_file, lessons_file),
    )?;
    let mut problems = Vec::new();
    let trackers = match trackers_file.parse::<TrackersFile>() {
        Ok(raw) => check_trackers(&trackers_file, raw, &companies, &mut problems),
        Err(err) => {
            problems.push(err);
            Vec::new()
        }
    };
    let pages = match pages_file.parse::<PagesFile>() {
        Ok(raw) => check_pages(&pages_file, raw, langs, &mut problems),
        Err(err) => {
            problems.push(err);
            Vec::new()
        }
    };
    let (lessons, tips) = match lessons_file.parse::<LessonsFile>() {
        Ok(raw) => check_lessons(&lessons_file, raw, langs, &mut problems),
        Err(err) => {
            problems.push(err);
            (Vec::new(), Vec::new())
        }
    };
    if problems.is_empty() {
        Ok(TrackersData {
            trackers,
            pages,
            lessons,
            tips,
            companies,
        })
    } else {
        Err(problems)
    }
}

fn check_trackers(
    file: &ContentFile,
    raw: TrackersFile,
    companies: &Companies,
    problems: &mut Vec<ContentError>,
) -> Vec<Tracker> {
    check_unique(
        file,
        "tracker",
        raw.tracker.iter().map(|tracker| &tracker.id),
        problems,
    );
    if raw.tracker.len() < MIN_TRACKERS {
        problems.push(ContentError::file(
            file.name(),
            format!(
                "needs at least {MIN_TRACKERS} trackers, has {}",
                raw.tracker.len()
            ),
        ));
    }
    for kind in Kind::ALL {
        let count = raw.tracker.iter().filter(|t| t.kind == kind).count();
        if count < MIN_PER_KIND {
            problems.push(ContentError::file(
                file.name(),
                format!(
                    "needs at least {MIN_PER_KIND} trackers of kind {:?}, has {count}",
                    kind.key()
                ),
            ));
        }
    }
    raw.tracker
        .into_iter()
        .enumerate()
        .map(|(i, tracker)| {
            let field = format!("tracker[{i}]");
            let owner = tracker.owner.get_ref();
            if !companies.contains(owner) {
                problems.push(file.error(
                    &tracker.owner.span(),
                    format!("{field}.owner"),
                    format!("no company {owner:?} in common/companies.toml"),
                ));
            }
            if !is_domain(tracker.domain.get_ref()) {
                problems.push(file.error(
                    &tracker.domain.span(),
                    format!("{field}.domain"),
                    "must be a lower-case domain name such as example.net",
                ));
            }
            let sourced = Sourced::new(tracker.sources, &tracker.reviewed);
            sourced.check(file, &tracker.id.span(), &field, problems);
            Tracker {
                id: tracker.id.into_inner(),
                domain: tracker.domain.into_inner(),
                owner: CompanyId(tracker.owner.into_inner()),
                kind: tracker.kind,
                sourced,
            }
        })
        .collect()
}

/// Whether `name` looks like a domain: lower-case labels of letters, digits and hyphens, at
/// least two of them.
fn is_domain(name: &str) -> bool {
    let labels: Vec<&str> = name.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
}

fn check_pages(
    file: &ContentFile,
    raw: PagesFile,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Page> {
    check_unique(file, "page", raw.page.iter().map(|page| &page.id), problems);
    if raw.page.len() < MIN_PAGES {
        problems.push(ContentError::file(
            file.name(),
            format!("needs at least {MIN_PAGES} pages, has {}", raw.page.len()),
        ));
    }
    raw.page
        .into_iter()
        .enumerate()
        .map(|(i, page)| {
            let field = format!("page[{i}]");
            if !page.address.get_ref().ends_with(".example") {
                problems.push(file.error(
                    &page.address.span(),
                    format!("{field}.address"),
                    "must end in .example, a name no real site can have",
                ));
            }
            check_text(
                file,
                &page.title,
                &format!("{field}.title"),
                langs,
                problems,
            );
            for (n, line) in page.lines.iter().enumerate() {
                check_text(file, line, &format!("{field}.lines[{n}]"), langs, problems);
            }
            for (text, name) in [
                (&page.ad, "ad"),
                (&page.video, "video"),
                (&page.search, "search"),
            ] {
                check_text(file, text, &format!("{field}.{name}"), langs, problems);
            }
            let span = page.learns.span();
            let learns = page.learns.into_inner();
            for kind in Kind::ALL {
                let text = Spanned::new(span.clone(), learns.get(kind).clone());
                let name = format!("{field}.learns.{}", kind.key());
                check_text(file, &text, &name, langs, problems);
            }
            Page {
                id: page.id.into_inner(),
                hero: page.hero,
                address: page.address.into_inner(),
                title: page.title.into_inner(),
                lines: page.lines.into_iter().map(Spanned::into_inner).collect(),
                ad: page.ad.into_inner(),
                video: page.video.into_inner(),
                search: page.search.into_inner(),
                learns,
            }
        })
        .collect()
}

fn check_lessons(
    file: &ContentFile,
    raw: LessonsFile,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> (Vec<Lesson>, Vec<Tip>) {
    let mut lessons: Vec<Lesson> = Vec::new();
    for (i, lesson) in raw.kind.into_iter().enumerate() {
        let field = format!("kind[{i}]");
        let kind = *lesson.kind.get_ref();
        if lessons.iter().any(|known| known.kind == kind) {
            problems.push(file.error(
                &lesson.kind.span(),
                format!("{field}.kind"),
                format!("{:?} is explained twice", kind.key()),
            ));
        }
        check_aged_text(
            file,
            &lesson.learns,
            &format!("{field}.learns"),
            langs,
            problems,
        );
        let sourced = Sourced::new(lesson.sources, &lesson.reviewed);
        sourced.check(file, &lesson.kind.span(), &field, problems);
        lessons.push(Lesson {
            kind,
            learns: lesson.learns.into_inner(),
            sourced,
        });
    }
    for kind in Kind::ALL {
        if !lessons.iter().any(|lesson| lesson.kind == kind) {
            problems.push(ContentError::file(
                file.name(),
                format!("no [[kind]] says what {:?} trackers learn", kind.key()),
            ));
        }
    }
    check_unique(file, "tip", raw.tip.iter().map(|tip| &tip.id), problems);
    if raw.tip.len() != TIPS {
        problems.push(ContentError::file(
            file.name(),
            format!("needs exactly {TIPS} tips, has {}", raw.tip.len()),
        ));
    }
    let tips = raw
        .tip
        .into_iter()
        .enumerate()
        .map(|(i, tip)| {
            let field = format!("tip[{i}]");
            check_aged_text(file, &tip.text, &format!("{field}.text"), langs, problems);
            let sourced = Sourced::new(tip.sources, &tip.reviewed);
            sourced.check(file, &tip.id.span(), &field, problems);
            Tip {
                id: tip.id.into_inner(),
                pictogram: tip.pictogram,
                text: tip.text.into_inner(),
                sourced,
            }
        })
        .collect();
    (lessons, tips)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<Lang> {
        vec![Lang::new("fr"), Lang::new("en")]
    }

    #[test]
    fn the_builtin_content_loads() {
        let data = load(&ContentSource::Builtin, &langs()).expect("valid trackers");
        assert!(data.trackers.len() >= MIN_TRACKERS);
        assert!(data.pages.len() >= MIN_PAGES);
        assert_eq!(data.tips.len(), TIPS);
        for kind in Kind::ALL {
            assert!(data.trackers_of(kind).len() >= MIN_PER_KIND, "{kind:?}");
            assert!(data.lesson(kind).is_some(), "{kind:?}");
        }
        for tracker in &data.trackers {
            let country = data.company_country(&tracker.owner);
            assert_eq!(country.len(), 2, "{}", tracker.id);
        }
    }

    #[test]
    fn domains_are_checked() {
        assert!(is_domain("doubleclick.net"));
        assert!(is_domain("mc.yandex.ru"));
        assert!(is_domain("amazon-adsystem.com"));
        assert!(!is_domain("localhost"));
        assert!(!is_domain("Facebook.com"));
        assert!(!is_domain("ads..example.com"));
        assert!(!is_domain("https://example.com"));
    }

    fn folder_with(rel: &str, text: &str) -> (tempfile::TempDir, ContentSource) {
        let dir = tempfile::tempdir().expect("temp dir");
        for copied in [
            "common/companies.toml",
            TRACKERS_FILE,
            PAGES_FILE,
            LESSONS_FILE,
        ] {
            let path = dir.path().join(copied);
            std::fs::create_dir_all(path.parent().expect("in a folder")).expect("folder");
            let builtin = ContentSource::Builtin.read_text(copied).expect("built in");
            std::fs::write(path, builtin).expect("written");
        }
        std::fs::write(dir.path().join(rel), text).expect("written");
        let source = ContentSource::Dir(dir.path().to_path_buf());
        (dir, source)
    }

    #[test]
    fn a_tracker_of_an_unknown_company_is_reported_with_its_line() {
        let builtin = ContentSource::Builtin
            .read_text(TRACKERS_FILE)
            .expect("built in");
        let broken = builtin.replacen("owner = \"criteo\"", "owner = \"nobody\"", 1);
        assert_ne!(broken, builtin);
        let line = broken
            .lines()
            .position(|line| line.contains("\"nobody\""))
            .expect("replaced")
            + 1;
        let (_dir, source) = folder_with(TRACKERS_FILE, &broken);
        let problems = load(&source, &langs()).expect_err("broken");
        assert_eq!(problems.len(), 1, "{problems:?}");
        let problem = problems[0].to_string();
        assert!(
            problem.contains(&format!("trackers/trackers.toml:{line}:")),
            "{problem}"
        );
        assert!(problem.contains(".owner"), "{problem}");
        assert!(problem.contains("no company \"nobody\""), "{problem}");
    }

    #[test]
    fn a_missing_piece_of_a_page_is_reported() {
        let builtin = ContentSource::Builtin
            .read_text(PAGES_FILE)
            .expect("built in");
        let broken = builtin.replacen(
            "pixel = { fr = \"utilise une tablette\", en = \"uses a tablet\" }",
            "pixel = { fr = \"utilise une tablette\" }",
            1,
        );
        assert_ne!(broken, builtin);
        let (_dir, source) = folder_with(PAGES_FILE, &broken);
        let problems = load(&source, &langs()).expect_err("broken");
        assert!(
            problems
                .iter()
                .any(|p| p.field.as_deref() == Some("page[0].learns.pixel.en")),
            "{problems:?}"
        );
    }
}
