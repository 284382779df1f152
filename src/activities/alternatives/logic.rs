//! The picker's rules, free of any UI: what the visitor chose, which alternatives pass the
//! filters, the plan, and the text of the QR code.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::content::{Account, AltId, Alternative, Architecture, Catalog, ServiceId};
use crate::age::AgeBand;

/// The three screens of the picker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    /// Tap the services you use.
    #[default]
    Choose,
    /// See alternatives, filter them, pick one per service.
    Results,
    /// My plan: the list, the QR code, the card to save.
    Plan,
}

/// A criterion an alternative meets or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Criterion {
    /// Under a free licence: anyone may use, study, share and improve it.
    FreeLicence,
    /// Shows no ads and does not track its users.
    NoAdsNoTracking,
    /// No single company holds everyone's data: federated, peer-to-peer, many hosts, or on your
    /// own device.
    Decentralized,
    /// Offered by small independent hosts, or can be installed at home.
    SmallHost,
    /// Usable without creating an account.
    NoAccount,
    /// Switching takes five minutes.
    EasySwitch,
}

impl Criterion {
    /// Every criterion, in display order.
    pub const ALL: [Self; 6] = [
        Self::FreeLicence,
        Self::NoAdsNoTracking,
        Self::Decentralized,
        Self::SmallHost,
        Self::NoAccount,
        Self::EasySwitch,
    ];

    /// The criteria shown to `age`: three simple ones for 6-9, all for the others.
    pub fn for_age(age: AgeBand) -> &'static [Self] {
        match age {
            AgeBand::Young => &[Self::NoAdsNoTracking, Self::NoAccount, Self::EasySwitch],
            AgeBand::Middle | AgeBand::Older => &Self::ALL,
        }
    }

    /// Whether `alternative` meets it.
    pub fn met_by(self, alternative: &Alternative) -> bool {
        match self {
            Self::FreeLicence => !alternative.licence.trim().is_empty(),
            Self::NoAdsNoTracking => alternative.no_ads_no_tracking,
            Self::Decentralized => alternative.architecture != Architecture::Centralized,
            Self::SmallHost => alternative.small_hosts || alternative.self_hostable,
            Self::NoAccount => alternative.account != Account::Required,
            Self::EasySwitch => alternative.switch_ease >= 3,
        }
    }

    /// The stable key used for Fluent ids (`alternatives-criterion-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Self::FreeLicence => "free-licence",
            Self::NoAdsNoTracking => "no-ads",
            Self::Decentralized => "decentralized",
            Self::SmallHost => "small-host",
            Self::NoAccount => "no-account",
            Self::EasySwitch => "easy",
        }
    }
}

/// Everything one visitor did in the picker. Never persisted; [`Picker::default`] is a fresh
/// start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Picker {
    step: Step,
    selected: BTreeSet<ServiceId>,
    filters: BTreeSet<Criterion>,
    plan: BTreeMap<ServiceId, AltId>,
    /// The visitor took their stickers off the take-home card.
    stickers_off: bool,
}

impl Picker {
    /// The current screen.
    pub fn step(&self) -> Step {
        self.step
    }

    /// Selects or unselects a service. Unselecting it also drops its choice from the plan.
    pub fn toggle_service(&mut self, id: &ServiceId) {
        if self.selected.remove(id) {
            self.plan.remove(id);
        } else {
            self.selected.insert(id.clone());
        }
    }

    /// Selects the given services (handed over by another activity) and keeps the visitor on
    /// the first screen so they see them chosen. An unknown id is left out, and logged: the
    /// activity that handed it over names a service the picker does not have.
    pub fn preselect(&mut self, catalog: &Catalog, ids: &[String]) {
        for id in ids {
            let id = ServiceId(id.clone());
            if catalog.service(&id).is_some() {
                self.selected.insert(id);
            } else {
                log::warn!("the picker has no service {:?}: not preselected", id.0);
            }
        }
        self.step = Step::Choose;
    }

    /// Whether a service is selected.
    pub fn is_selected(&self, id: &ServiceId) -> bool {
        self.selected.contains(id)
    }

    /// How many services are selected.
    pub fn selected_count(&self) -> usize {
        self.selected.len()
    }

    /// The selected services in catalog order, keeping only those `age` sees.
    pub fn selected_services<'a>(
        &'a self,
        catalog: &'a Catalog,
        age: AgeBand,
    ) -> impl Iterator<Item = &'a ServiceId> {
        catalog
            .services
            .iter()
            .filter(move |service| {
                service.ages.contains(&age) && self.selected.contains(&service.id)
            })
            .map(|service| &service.id)
    }

    /// Goes to the alternatives, if at least one service is chosen.
    pub fn show_results(&mut self) -> bool {
        if self.selected.is_empty() {
            return false;
        }
        self.step = Step::Results;
        true
    }

    /// Goes back to choosing services (choices are kept).
    pub fn back_to_choose(&mut self) {
        self.step = Step::Choose;
    }

    /// Switches a filter on or off.
    pub fn toggle_filter(&mut self, criterion: Criterion) {
        if !self.filters.remove(&criterion) {
            self.filters.insert(criterion);
        }
    }

    /// Whether a filter is on.
    pub fn filter_on(&self, criterion: Criterion) -> bool {
        self.filters.contains(&criterion)
    }

    /// The alternatives of `service` that meet every filter that `age` can see.
    pub fn visible_alternatives<'a>(
        &self,
        catalog: &'a Catalog,
        service: &ServiceId,
        age: AgeBand,
    ) -> Vec<&'a Alternative> {
        let Some(service) = catalog.service(service) else {
            return Vec::new();
        };
        let active: Vec<Criterion> = Criterion::for_age(age)
            .iter()
            .copied()
            .filter(|criterion| self.filters.contains(criterion))
            .collect();
        service
            .alternatives
            .iter()
            .filter_map(|id| catalog.alternative(id))
            .filter(|alternative| active.iter().all(|criterion| criterion.met_by(alternative)))
            .collect()
    }

    /// Picks `alternative` for `service` in the plan; picking the same one again removes it.
    /// Returns whether it is now in the plan.
    pub fn choose(&mut self, service: &ServiceId, alternative: &AltId) -> bool {
        if !self.selected.contains(service) {
            return false;
        }
        if self.plan.get(service) == Some(alternative) {
            self.plan.remove(service);
            false
        } else {
            self.plan.insert(service.clone(), alternative.clone());
            true
        }
    }

    /// The alternative picked for `service`, if any.
    pub fn chosen(&self, service: &ServiceId) -> Option<&AltId> {
        self.plan.get(service)
    }

    /// Goes to the plan, if at least one alternative is picked.
    pub fn show_plan(&mut self) -> bool {
        if self.plan.is_empty() {
            return false;
        }
        self.step = Step::Plan;
        true
    }

    /// Whether the take-home card carries the visitor's stickers (it does unless they say no).
    pub fn stickers_on_card(&self) -> bool {
        !self.stickers_off
    }

    /// Puts the visitor's stickers on the card, or takes them off.
    pub fn toggle_stickers(&mut self) {
        self.stickers_off = !self.stickers_off;
    }

    /// Goes back from the plan to the alternatives.
    pub fn back_to_results(&mut self) {
        self.step = Step::Results;
    }

    /// The plan as (service, alternative) pairs, in catalog order.
    pub fn plan<'a>(
        &self,
        catalog: &'a Catalog,
    ) -> Vec<(&'a super::content::Service, &'a Alternative)> {
        catalog
            .services
            .iter()
            .filter_map(|service| {
                let alt = catalog.alternative(self.plan.get(&service.id)?)?;
                Some((service, alt))
            })
            .collect()
    }

    /// How many choices the plan holds.
    pub fn plan_len(&self) -> usize {
        self.plan.len()
    }
}

/// The most bytes the QR code carries: up to version 13 at medium error correction, 77 modules
/// with the quiet zone, big enough to scan from a screen or a small printed card.
pub const QR_MAX_BYTES: usize = 300;

/// The plain text carried by the QR code: readable by any phone camera, offline. One line per
/// choice, with the alternative's website as an `https://` link a phone offers to open. When
/// that is longer than `max_bytes`, the websites go first, then the last choices, replaced by a
/// line from `more(count)`.
pub fn qr_text(
    heading: &str,
    lines: &[(String, String, String)],
    max_bytes: usize,
    more: &dyn Fn(usize) -> String,
) -> String {
    // The first `n` choices, with or without their websites.
    let render = |n: usize, sites: bool| {
        lines[..n].iter().fold(
            String::from(heading),
            |mut text, (service, alternative, website)| {
                let _ = write!(text, "\n- {service} -> {alternative}");
                if sites {
                    let _ = write!(text, " {}", link(website));
                }
                text
            },
        )
    };
    for sites in [true, false] {
        let text = render(lines.len(), sites);
        if text.len() <= max_bytes {
            return text;
        }
    }
    (0..lines.len())
        .rev()
        .map(|n| format!("{}\n{}", render(n, false), more(lines.len() - n)))
        .find(|text| text.len() <= max_bytes)
        .unwrap_or_else(|| String::from(heading))
}

/// `website` as a link: `https://` unless it says how already.
pub fn link(website: &str) -> String {
    if website.starts_with("https://") || website.starts_with("http://") {
        website.to_owned()
    } else {
        format!("https://{website}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activities::alternatives::content::load;
    use crate::content::ContentSource;
    use crate::i18n::Lang;

    fn catalog() -> Catalog {
        load(&ContentSource::Builtin, &[Lang::new("fr"), Lang::new("en")]).unwrap()
    }

    fn id(s: &str) -> ServiceId {
        ServiceId(s.to_owned())
    }

    #[test]
    fn selecting_and_unselecting_services() {
        let mut picker = Picker::default();
        assert!(!picker.show_results(), "nothing chosen yet");
        picker.toggle_service(&id("youtube"));
        picker.toggle_service(&id("whatsapp"));
        assert_eq!(picker.selected_count(), 2);
        picker.toggle_service(&id("youtube"));
        assert!(!picker.is_selected(&id("youtube")));
        assert!(picker.show_results());
        assert_eq!(picker.step(), Step::Results);
    }

    #[test]
    fn selected_services_follow_catalog_order_and_age() {
        let catalog = catalog();
        let mut picker = Picker::default();
        picker.toggle_service(&id("whatsapp"));
        picker.toggle_service(&id("google_search"));
        picker.toggle_service(&id("microsoft_teams"));
        let older: Vec<&str> = picker
            .selected_services(&catalog, AgeBand::Older)
            .map(|s| s.0.as_str())
            .collect();
        assert_eq!(older, vec!["google_search", "whatsapp", "microsoft_teams"]);
        let young: Vec<&str> = picker
            .selected_services(&catalog, AgeBand::Young)
            .map(|s| s.0.as_str())
            .collect();
        assert_eq!(
            young,
            vec!["google_search", "whatsapp"],
            "Teams is not shown to 6-9"
        );
    }

    #[test]
    fn filters_keep_only_alternatives_that_meet_them() {
        let catalog = catalog();
        let mut picker = Picker::default();
        picker.toggle_service(&id("whatsapp"));
        let all = picker.visible_alternatives(&catalog, &id("whatsapp"), AgeBand::Older);
        assert!(all.len() >= 2);
        picker.toggle_filter(Criterion::Decentralized);
        let federated = picker.visible_alternatives(&catalog, &id("whatsapp"), AgeBand::Older);
        assert!(federated.len() < all.len(), "Signal is centralized");
        assert!(
            federated
                .iter()
                .all(|alt| Criterion::Decentralized.met_by(alt))
        );
        assert!(federated.iter().all(|alt| alt.id.0 != "signal"));
        picker.toggle_filter(Criterion::Decentralized);
        assert_eq!(
            picker
                .visible_alternatives(&catalog, &id("whatsapp"), AgeBand::Older)
                .len(),
            all.len()
        );
    }

    #[test]
    fn filters_the_age_band_cannot_see_do_not_apply() {
        let catalog = catalog();
        let mut picker = Picker::default();
        picker.toggle_service(&id("whatsapp"));
        picker.toggle_filter(Criterion::Decentralized);
        let young = picker.visible_alternatives(&catalog, &id("whatsapp"), AgeBand::Young);
        assert!(young.iter().any(|alt| alt.id.0 == "signal"));
    }

    #[test]
    fn one_choice_per_service_and_toggling_off() {
        let catalog = catalog();
        let mut picker = Picker::default();
        let (whatsapp, signal, element) = (
            id("whatsapp"),
            AltId("signal".into()),
            AltId("element".into()),
        );
        assert!(
            !picker.choose(&whatsapp, &signal),
            "service not selected yet"
        );
        picker.toggle_service(&whatsapp);
        assert!(picker.choose(&whatsapp, &signal));
        assert!(picker.choose(&whatsapp, &element));
        assert_eq!(picker.chosen(&whatsapp), Some(&element));
        assert_eq!(picker.plan_len(), 1);
        assert!(
            !picker.choose(&whatsapp, &element),
            "tapping again removes it"
        );
        assert_eq!(picker.plan_len(), 0);
        assert!(!picker.show_plan());
        picker.choose(&whatsapp, &signal);
        assert!(picker.show_plan());
        let plan = picker.plan(&catalog);
        assert_eq!(plan.len(), 1);
        assert_eq!(plan[0].1.name, "Signal");
    }

    #[test]
    fn unselecting_a_service_drops_its_choice() {
        let mut picker = Picker::default();
        let youtube = id("youtube");
        picker.toggle_service(&youtube);
        picker.choose(&youtube, &AltId("peertube".into()));
        picker.toggle_service(&youtube);
        assert_eq!(picker.plan_len(), 0);
    }

    #[test]
    fn preselection_ignores_unknown_ids() {
        let catalog = catalog();
        let mut picker = Picker::default();
        picker.preselect(&catalog, &["youtube".into(), "not_a_service".into()]);
        assert!(picker.is_selected(&id("youtube")));
        assert_eq!(picker.selected_count(), 1);
        assert_eq!(picker.step(), Step::Choose);
    }

    #[test]
    fn criteria_match_the_facts() {
        let catalog = catalog();
        let alt = |name: &str| catalog.alternative(&AltId(name.into())).unwrap();
        assert!(Criterion::Decentralized.met_by(alt("mastodon")));
        assert!(!Criterion::Decentralized.met_by(alt("signal")));
        assert!(Criterion::NoAccount.met_by(alt("jitsi_meet")));
        assert!(!Criterion::NoAccount.met_by(alt("signal")));
        assert!(Criterion::SmallHost.met_by(alt("etherpad")));
        assert!(Criterion::FreeLicence.met_by(alt("firefox")));
        assert_eq!(Criterion::for_age(AgeBand::Young).len(), 3);
        assert_eq!(
            Criterion::for_age(AgeBand::Older).len(),
            Criterion::ALL.len()
        );
    }

    fn lines(count: usize) -> Vec<(String, String, String)> {
        (0..count)
            .map(|i| {
                (
                    format!("Service {i}"),
                    format!("Alt {i}"),
                    format!("alt{i}.example"),
                )
            })
            .collect()
    }

    fn more(count: usize) -> String {
        format!("+{count}")
    }

    #[test]
    fn qr_text_is_short_plain_lines() {
        let text = qr_text(
            "Mon plan",
            &[("WhatsApp".into(), "Signal".into(), "signal.org".into())],
            300,
            &more,
        );
        assert_eq!(text, "Mon plan\n- WhatsApp -> Signal https://signal.org");
        assert_eq!(link("http://example.org"), "http://example.org");
    }

    #[test]
    fn a_long_plan_drops_websites_then_the_last_choices() {
        let full = qr_text("Plan", &lines(3), 300, &more);
        assert!(full.contains("alt2.example"));
        let no_sites = qr_text("Plan", &lines(3), 70, &more);
        assert_eq!(
            no_sites,
            "Plan\n- Service 0 -> Alt 0\n- Service 1 -> Alt 1\n- Service 2 -> Alt 2"
        );
        let cut = qr_text("Plan", &lines(40), QR_MAX_BYTES, &more);
        assert!(cut.len() <= QR_MAX_BYTES);
        assert!(cut.starts_with("Plan\n- Service 0 -> Alt 0"));
        let shown = cut.lines().filter(|line| line.starts_with("- ")).count();
        assert!(cut.ends_with(&format!("\n+{}", 40 - shown)), "{cut}");
    }
}
