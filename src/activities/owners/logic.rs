//! The rules of "Who owns what?", without egui: which apps a round deals, matching an app to a
//! company (10+), the memory cards (6-9), the score, the concentration picture and what the end
//! screen hands to the picker.

use super::content::OwnersData;
use crate::age::AgeBand;
use crate::content::CompanyId;

/// Apps per company in a matching round, by age band (the 6-9 memory game deals one).
pub const fn apps_per_company(age: AgeBand) -> usize {
    match age {
        AgeBand::Young => 1,
        AgeBand::Middle => 2,
        AgeBand::Older => 3,
    }
}

/// How long two memory cards that do not match stay face up, in seconds.
pub const MISMATCH_SECS: f64 = 1.4;

/// Deals the apps of a round: up to [`apps_per_company`] apps of each company, picked at random
/// among those `age` plays with, then shuffled. Returns indices into `data.apps`.
pub fn deal(data: &OwnersData, age: AgeBand, rng: &mut fastrand::Rng) -> Vec<usize> {
    let mut dealt = Vec::new();
    for company in data.companies_for(age) {
        let mut theirs: Vec<usize> = data
            .apps
            .iter()
            .enumerate()
            .filter(|(_, app)| app.owner == company && app.ages.contains(&age))
            .map(|(i, _)| i)
            .collect();
        rng.shuffle(&mut theirs);
        dealt.extend(theirs.into_iter().take(apps_per_company(age)));
    }
    rng.shuffle(&mut dealt);
    dealt
}

/// What happened when an app was put on a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// It is theirs: it stays there.
    Right,
    /// It is not: it goes back, and the visitor tries again.
    Wrong,
    /// Nothing to do (already placed, or no such app).
    Ignored,
}

/// The 10+ game: drop each app on the company that owns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatchRound {
    /// The apps dealt (indices into the data's apps), in tray order.
    pub apps: Vec<usize>,
    /// The companies to drop them on, in display order.
    pub companies: Vec<CompanyId>,
    /// Which dealt apps are placed (same order as `apps`).
    pub placed: Vec<bool>,
    /// Which dealt apps went wrong at least once.
    pub missed: Vec<bool>,
    /// Wrong drops in all.
    pub misses: u32,
}

impl MatchRound {
    /// A round of `apps` to place on `companies`.
    pub fn new(apps: Vec<usize>, companies: Vec<CompanyId>) -> Self {
        let count = apps.len();
        Self {
            apps,
            companies,
            placed: vec![false; count],
            missed: vec![false; count],
            misses: 0,
        }
    }

    /// Puts dealt app `slot` on `company`.
    pub fn place(&mut self, data: &OwnersData, slot: usize, company: &CompanyId) -> Placement {
        let Some(&app) = self.apps.get(slot) else {
            return Placement::Ignored;
        };
        if self.placed[slot] {
            return Placement::Ignored;
        }
        if &data.apps[app].owner == company {
            self.placed[slot] = true;
            Placement::Right
        } else {
            self.missed[slot] = true;
            self.misses += 1;
            Placement::Wrong
        }
    }

    /// Whether every app is placed.
    pub fn is_done(&self) -> bool {
        self.placed.iter().all(|placed| *placed)
    }

    /// The apps placed on `company` so far.
    pub fn placed_on<'a>(
        &'a self,
        data: &'a OwnersData,
        company: &'a CompanyId,
    ) -> impl Iterator<Item = usize> + 'a {
        self.apps
            .iter()
            .zip(&self.placed)
            .filter(move |(app, placed)| **placed && &data.apps[**app].owner == company)
            .map(|(app, _)| *app)
    }

    /// Apps placed right at the first try.
    pub fn first_try(&self) -> usize {
        self.missed.iter().filter(|missed| !**missed).count()
    }
}

/// A memory card: an app, or the company it must be paired with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Card {
    /// An app (index into the data's apps).
    App(usize),
    /// A company.
    Company(CompanyId),
}

/// What turning a card over did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flip {
    /// Nothing (already face up, or two cards are still showing).
    Ignored,
    /// The first card of a pair is up.
    First,
    /// The two cards up belong together: they stay up.
    Pair,
    /// They do not: they turn back after [`MISMATCH_SECS`].
    Mismatch,
}

/// The 6-9 game: pairs of an app and the company that owns it, face down.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryRound {
    /// The cards, in grid order.
    pub cards: Vec<Card>,
    /// Which cards are paired (they stay face up).
    pub matched: Vec<bool>,
    /// The cards face up and not yet paired (at most two).
    pub up: Vec<usize>,
    /// Cards turned over in all.
    pub flips: u32,
}

impl MemoryRound {
    /// Cards for `apps` (one per company) and their companies, shuffled.
    pub fn new(data: &OwnersData, apps: &[usize], rng: &mut fastrand::Rng) -> Self {
        let mut cards: Vec<Card> = apps.iter().map(|&app| Card::App(app)).collect();
        cards.extend(
            apps.iter()
                .map(|&app| Card::Company(data.apps[app].owner.clone())),
        );
        rng.shuffle(&mut cards);
        let count = cards.len();
        Self {
            cards,
            matched: vec![false; count],
            up: Vec::new(),
            flips: 0,
        }
    }

    /// Whether card `i` shows its face.
    pub fn is_face_up(&self, i: usize) -> bool {
        self.matched.get(i) == Some(&true) || self.up.contains(&i)
    }

    /// Turns card `i` over.
    pub fn flip(&mut self, data: &OwnersData, i: usize) -> Flip {
        if i >= self.cards.len() || self.is_face_up(i) || self.up.len() >= 2 {
            return Flip::Ignored;
        }
        self.flips += 1;
        self.up.push(i);
        let [a, b] = self.up[..] else {
            return Flip::First;
        };
        if belong_together(data, &self.cards[a], &self.cards[b]) {
            self.matched[a] = true;
            self.matched[b] = true;
            self.up.clear();
            Flip::Pair
        } else {
            Flip::Mismatch
        }
    }

    /// Turns a mismatched pair back over.
    pub fn hide_mismatch(&mut self) {
        if self.up.len() == 2 {
            self.up.clear();
        }
    }

    /// Whether every pair is found.
    pub fn is_done(&self) -> bool {
        self.matched.iter().all(|matched| *matched)
    }

    /// The apps paired so far.
    pub fn paired_apps(&self) -> impl Iterator<Item = usize> + '_ {
        self.cards
            .iter()
            .zip(&self.matched)
            .filter_map(|(card, matched)| match card {
                Card::App(app) if *matched => Some(*app),
                _ => None,
            })
    }
}

/// Whether two cards are an app and the company that owns it.
fn belong_together(data: &OwnersData, a: &Card, b: &Card) -> bool {
    match (a, b) {
        (Card::App(app), Card::Company(company)) | (Card::Company(company), Card::App(app)) => {
            &data.apps[*app].owner == company
        }
        _ => false,
    }
}

/// The concentration picture: each company with the apps it owns among `apps`, the biggest
/// first (ties in the order given).
pub fn concentration(data: &OwnersData, apps: &[usize]) -> Vec<(CompanyId, Vec<usize>)> {
    let mut islands: Vec<(CompanyId, Vec<usize>)> = Vec::new();
    for &app in apps {
        let owner = &data.apps[app].owner;
        match islands.iter_mut().find(|(company, _)| company == owner) {
            Some((_, theirs)) => theirs.push(app),
            None => islands.push((owner.clone(), vec![app])),
        }
    }
    islands.sort_by_key(|(_, owned)| std::cmp::Reverse(owned.len()));
    islands
}

/// What the end screen hands to the picker: the picker's services among `apps`, once each.
pub fn preselection(data: &OwnersData, apps: &[usize]) -> Vec<String> {
    let mut services: Vec<String> = Vec::new();
    for &app in apps {
        if let Some(service) = &data.apps[app].service
            && !services.contains(service)
        {
            services.push(service.clone());
        }
    }
    services
}

/// The game being played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Game {
    /// 10+: drop each app on its company.
    Match(MatchRound),
    /// 6-9: find the pairs.
    Memory(MemoryRound),
}

impl Game {
    /// A new round for `age`.
    pub fn deal(data: &OwnersData, age: AgeBand, rng: &mut fastrand::Rng) -> Self {
        let apps = deal(data, age, rng);
        if age == AgeBand::Young {
            Self::Memory(MemoryRound::new(data, &apps, rng))
        } else {
            Self::Match(MatchRound::new(apps, data.companies_for(age)))
        }
    }

    /// Whether the round is over.
    pub fn is_done(&self) -> bool {
        match self {
            Self::Match(round) => round.is_done(),
            Self::Memory(round) => round.is_done(),
        }
    }

    /// The apps matched so far.
    pub fn matched_apps(&self) -> Vec<usize> {
        match self {
            Self::Match(round) => round
                .apps
                .iter()
                .zip(&round.placed)
                .filter(|(_, placed)| **placed)
                .map(|(app, _)| *app)
                .collect(),
            Self::Memory(round) => round.paired_apps().collect(),
        }
    }
}

/// What one visitor is doing; wiped at every session reset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visit {
    /// The round, dealt when the visitor arrives.
    pub game: Option<Game>,
    /// The dealt app picked up by a tap, waiting for a tap on a company (10+).
    pub holding: Option<usize>,
    /// What the last move taught (an app index, and whether it was right).
    pub last: Option<(usize, Placement)>,
    /// When two mismatched memory cards were turned up.
    pub mismatch_since: Option<f64>,
    /// The end screen is showing.
    pub finished: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ContentSource;
    use crate::i18n::Lang;

    fn data() -> OwnersData {
        super::super::content::load(&ContentSource::Builtin, &[Lang::new("fr"), Lang::new("en")])
            .unwrap()
    }

    fn index(data: &OwnersData, id: &str) -> usize {
        data.apps.iter().position(|app| app.id == id).unwrap()
    }

    #[test]
    fn a_round_deals_apps_of_every_company_for_the_age() {
        let data = data();
        let mut rng = fastrand::Rng::with_seed(7);
        for age in AgeBand::ALL {
            let dealt = deal(&data, age, &mut rng);
            let companies = data.companies_for(age);
            for company in &companies {
                let theirs = dealt
                    .iter()
                    .filter(|&&app| &data.apps[app].owner == company)
                    .count();
                assert!(
                    (1..=apps_per_company(age)).contains(&theirs),
                    "{age} {company:?}"
                );
            }
            assert!(dealt.iter().all(|&app| data.apps[app].ages.contains(&age)));
            let mut unique = dealt.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), dealt.len(), "no app twice");
        }
        let older = deal(&data, AgeBand::Older, &mut rng).len();
        let middle = deal(&data, AgeBand::Middle, &mut rng).len();
        assert!(older > middle, "more apps as the band goes up");
    }

    #[test]
    fn dropping_on_the_owner_places_the_app_and_a_wrong_drop_counts_a_miss() {
        let data = data();
        let minecraft = index(&data, "minecraft");
        let youtube = index(&data, "youtube");
        let mut round = MatchRound::new(
            vec![minecraft, youtube],
            vec![CompanyId("microsoft".into()), CompanyId("alphabet".into())],
        );
        assert_eq!(
            round.place(&data, 0, &CompanyId("alphabet".into())),
            Placement::Wrong
        );
        assert_eq!(
            round.place(&data, 0, &CompanyId("microsoft".into())),
            Placement::Right
        );
        assert_eq!(
            round.place(&data, 0, &CompanyId("microsoft".into())),
            Placement::Ignored,
            "already placed"
        );
        assert!(!round.is_done());
        assert_eq!(
            round.place(&data, 1, &CompanyId("alphabet".into())),
            Placement::Right
        );
        assert!(round.is_done());
        assert_eq!((round.misses, round.first_try()), (1, 1));
        let microsoft = CompanyId("microsoft".into());
        assert_eq!(
            round.placed_on(&data, &microsoft).collect::<Vec<_>>(),
            vec![minecraft]
        );
        assert_eq!(round.place(&data, 9, &microsoft), Placement::Ignored);
    }

    #[test]
    fn memory_pairs_an_app_with_its_owner_only() {
        let data = data();
        let apps = [index(&data, "minecraft"), index(&data, "tiktok")];
        let mut round = MemoryRound::new(&data, &apps, &mut fastrand::Rng::with_seed(1));
        assert_eq!(round.cards.len(), 4);
        let find =
            |round: &MemoryRound, card: &Card| round.cards.iter().position(|c| c == card).unwrap();
        let minecraft = find(&round, &Card::App(apps[0]));
        let tiktok = find(&round, &Card::App(apps[1]));
        let microsoft = find(&round, &Card::Company(CompanyId("microsoft".into())));
        let bytedance = find(&round, &Card::Company(CompanyId("bytedance".into())));
        // Two apps are not a pair.
        assert_eq!(round.flip(&data, minecraft), Flip::First);
        assert_eq!(round.flip(&data, minecraft), Flip::Ignored, "already up");
        assert_eq!(round.flip(&data, tiktok), Flip::Mismatch);
        assert_eq!(
            round.flip(&data, microsoft),
            Flip::Ignored,
            "two still showing"
        );
        round.hide_mismatch();
        assert!(!round.is_face_up(minecraft));
        // An app and another company are not a pair either.
        assert_eq!(round.flip(&data, minecraft), Flip::First);
        assert_eq!(round.flip(&data, bytedance), Flip::Mismatch);
        round.hide_mismatch();
        assert_eq!(round.flip(&data, microsoft), Flip::First);
        assert_eq!(round.flip(&data, minecraft), Flip::Pair);
        assert!(round.is_face_up(minecraft) && round.is_face_up(microsoft));
        assert_eq!(round.flip(&data, tiktok), Flip::First);
        assert_eq!(round.flip(&data, bytedance), Flip::Pair);
        assert!(round.is_done());
        assert_eq!(round.flips, 8);
        let mut paired: Vec<usize> = round.paired_apps().collect();
        paired.sort_unstable();
        let mut expected = apps.to_vec();
        expected.sort_unstable();
        assert_eq!(paired, expected);
    }

    #[test]
    fn the_biggest_owner_comes_first_and_the_picker_gets_its_services() {
        let data = data();
        let apps: Vec<usize> = ["tiktok", "youtube", "minecraft", "gmail", "waze"]
            .iter()
            .map(|id| index(&data, id))
            .collect();
        let islands = concentration(&data, &apps);
        assert_eq!(islands[0].0, CompanyId("alphabet".into()));
        assert_eq!(islands[0].1.len(), 3);
        assert_eq!(
            islands.iter().map(|(_, owned)| owned.len()).sum::<usize>(),
            5
        );
        // Waze and Minecraft are not in the picker; the others are, once each.
        let mut twice = apps.clone();
        twice.push(index(&data, "youtube"));
        assert_eq!(
            preselection(&data, &twice),
            vec!["tiktok", "youtube", "gmail"]
        );
    }

    #[test]
    fn the_game_fits_the_age_band() {
        let data = data();
        let mut rng = fastrand::Rng::with_seed(3);
        assert!(matches!(
            Game::deal(&data, AgeBand::Young, &mut rng),
            Game::Memory(_)
        ));
        let Game::Match(round) = Game::deal(&data, AgeBand::Older, &mut rng) else {
            panic!("10+ drags and drops");
        };
        assert_eq!(round.companies, data.companies_for(AgeBand::Older));
    }
}
