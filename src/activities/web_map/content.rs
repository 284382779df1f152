//! The map's data: islands (regions), organisations, places, links and journeys, read from
//! `content/web_map/*.toml` and cross-checked (every journey follows existing links).

use std::collections::{HashMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::age::AgeBand;
use crate::content::{
    AgedText, ContentError, ContentFile, ContentSource, Sourced, Text, check_aged_text, check_text,
    check_unique,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// The map's world is this many units wide and high; places sit inside it.
pub const WORLD_SIZE: [f32; 2] = [1920.0, 1000.0];

/// A place id (`phone`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct PlaceId(pub String);

/// An organisation id (`your_isp`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct OrgId(pub String);

/// A journey id (`message_giant`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct JourneyId(pub String);

/// The three ways to look at the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// Cables and machines.
    Physical,
    /// Who runs what.
    Services,
    /// Who sees your data.
    Data,
}

impl Layer {
    /// Every layer.
    pub const ALL: [Self; 3] = [Self::Physical, Self::Services, Self::Data];
}

/// What a link is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Radio waves (Wi-Fi, 4G, 5G).
    Radio,
    /// A copper or fibre cable on land.
    Cable,
    /// A cable under the sea.
    Submarine,
    /// A service runs on these machines.
    RunsOn,
    /// Servers of different hosts talk to each other.
    Federation,
    /// Data about you flows this way.
    DataFlow,
}

/// What a hop of a journey can see of the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// An open letter: it can read everything.
    OpenLetter,
    /// A sealed envelope: it sees who writes to whom, not what.
    SealedEnvelope,
    /// A locked box: it passes on a box only the recipient can open.
    LockedBox,
}

impl Visibility {
    /// Of what two places saw, the one that tells the most (an open letter over a sealed
    /// envelope over a locked box).
    #[must_use]
    pub fn strongest(self, other: Self) -> Self {
        let rank = |v| match v {
            Self::LockedBox => 0,
            Self::SealedEnvelope => 1,
            Self::OpenLetter => 2,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

/// An island of the map: a group of places.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// Its name.
    pub name: Text,
    /// Centre, in world units.
    pub center: [f32; 2],
    /// Half width and half height of the island.
    pub radius: [f32; 2],
    /// Which pastel colour of the theme it takes.
    pub colour: usize,
}

impl Region {
    /// Whether the world point `[x, y]` is on the island (inside its ellipse).
    pub fn holds(&self, [x, y]: [f32; 2]) -> bool {
        let dx = (x - self.center[0]) / self.radius[0];
        let dy = (y - self.center[1]) / self.radius[1];
        dx * dx + dy * dy <= 1.0
    }
}

/// An organisation that runs places.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    /// Its id.
    pub id: OrgId,
    /// Its name.
    pub name: Text,
    /// Whether it counts in "who could read" (the sender and the recipient do not).
    pub counted: bool,
}

/// A place on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// Its id.
    pub id: PlaceId,
    /// Its picture.
    pub pictogram: Pictogram,
    /// Where it is, in world units.
    pub position: [f32; 2],
    /// The layers that show it.
    pub layers: Vec<Layer>,
    /// Whether the 6-9 map shows it.
    pub young: bool,
    /// Who runs it.
    pub operator: OrgId,
    /// Its name.
    pub name: Text,
    /// What it is and why it matters, per age band.
    pub about: AgedText,
    /// One true fact, for 10-13 and 14+.
    pub fact: Text,
    /// Where the fact comes from.
    pub sourced: Sourced,
    /// Services of the alternatives picker this place stands for (`youtube`): its card offers
    /// to look for something else.
    pub alternatives: Vec<String>,
}

/// A link between two places.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// One end.
    pub a: PlaceId,
    /// The other end.
    pub b: PlaceId,
    /// Both ends, as indexes into [`MapData::places`].
    pub ends: [usize; 2],
    /// The layer that shows it.
    pub layer: Layer,
    /// What it is made of.
    pub kind: LinkKind,
}

/// One step of a journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Hop {
    /// Where the message is.
    pub place: PlaceId,
    /// The same, as an index into [`MapData::places`].
    pub at: usize,
    /// What this place can see of it.
    pub sees: Visibility,
    /// What this machine does, per age band.
    pub caption: AgedText,
}

/// An answer to a question.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// Its words.
    pub text: Text,
    /// Its picture (required for the 6-9 picture questions).
    pub pictogram: Option<Pictogram>,
    /// Whether it is right.
    pub correct: bool,
}

/// A quick question at the end of a journey.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Who gets it.
    pub ages: Vec<AgeBand>,
    /// The question.
    pub prompt: Text,
    /// The answers, in display order.
    pub answers: Vec<Answer>,
    /// Shown once answered, right or wrong.
    pub explanation: Text,
}

/// A message's journey across the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    /// Its id.
    pub id: JourneyId,
    /// Its picture.
    pub pictogram: Pictogram,
    /// Its title.
    pub title: Text,
    /// Whether 6-9 gets it.
    pub young: bool,
    /// The journey it is compared with, if any.
    pub rival: Option<JourneyId>,
    /// The steps, along links of the map.
    pub hops: Vec<Hop>,
    /// The questions at the end.
    pub questions: Vec<Question>,
    /// Where the facts of its captions come from.
    pub sourced: Sourced,
}

/// Everything the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    /// Width and height of the world, in world units.
    pub world: [f32; 2],
    /// Islands.
    pub regions: Vec<Region>,
    /// Organisations.
    pub organisations: Vec<Organisation>,
    /// Places.
    pub places: Vec<Place>,
    /// Links.
    pub links: Vec<Link>,
    /// Journeys.
    pub journeys: Vec<Journey>,
}

impl MapData {
    /// The place with `id`.
    pub fn place(&self, id: &PlaceId) -> Option<&Place> {
        self.places.iter().find(|place| &place.id == id)
    }

    /// The organisation with `id`.
    pub fn organisation(&self, id: &OrgId) -> Option<&Organisation> {
        self.organisations.iter().find(|org| &org.id == id)
    }

    /// The journey with `id`.
    pub fn journey(&self, id: &JourneyId) -> Option<&Journey> {
        self.journeys.iter().find(|journey| &journey.id == id)
    }

    /// The index of the place with `id` in [`Self::places`].
    pub fn place_index(&self, id: &PlaceId) -> Option<usize> {
        self.places.iter().position(|place| &place.id == id)
    }

    /// Whether a link joins `a` and `b` (either way round).
    pub fn linked(&self, a: &PlaceId, b: &PlaceId) -> bool {
        self.links
            .iter()
            .any(|link| (&link.a == a && &link.b == b) || (&link.a == b && &link.b == a))
    }

    /// This map repeated on a grid of `columns` × `rows` worlds, each copy's places and links
    /// renamed (`phone#3`) and joined to the next copy by its busiest place. The journeys stay on
    /// the first copy. The benchmark uses it to show how the cost grows with the map's size.
    #[must_use]
    pub fn tiled(&self, columns: usize, rows: usize) -> Self {
        let [width, height] = self.world;
        let per_copy = self.places.len();
        let hub = (0..per_copy)
            .max_by_key(|&i| {
                self.links
                    .iter()
                    .filter(|link| link.ends.contains(&i))
                    .count()
            })
            .unwrap_or(0);
        let mut tiled = Self {
            world: [width * columns as f32, height * rows as f32],
            regions: Vec::new(),
            organisations: self.organisations.clone(),
            places: Vec::new(),
            links: Vec::new(),
            journeys: self.journeys.clone(),
        };
        for copy in 0..columns * rows {
            let offset = [
                width * (copy % columns) as f32,
                height * (copy / columns) as f32,
            ];
            let rename = |id: &PlaceId| {
                if copy == 0 {
                    id.clone()
                } else {
                    PlaceId(format!("{}#{copy}", id.0))
                }
            };
            let shift = |[x, y]: [f32; 2]| [x + offset[0], y + offset[1]];
            tiled
                .regions
                .extend(self.regions.iter().map(|region| Region {
                    center: shift(region.center),
                    ..region.clone()
                }));
            tiled.places.extend(self.places.iter().map(|place| Place {
                id: rename(&place.id),
                position: shift(place.position),
                ..place.clone()
            }));
            let base = copy * per_copy;
            tiled.links.extend(self.links.iter().map(|link| Link {
                a: rename(&link.a),
                b: rename(&link.b),
                ends: [link.ends[0] + base, link.ends[1] + base],
                ..link.clone()
            }));
            if copy > 0 {
                let previous = &tiled.places[base - per_copy + hub];
                let this = &tiled.places[base + hub];
                tiled.links.push(Link {
                    a: previous.id.clone(),
                    b: this.id.clone(),
                    ends: [base - per_copy + hub, base + hub],
                    layer: Layer::Physical,
                    kind: LinkKind::Cable,
                });
            }
        }
        tiled
    }
}

/// The data files, relative to the content root.
pub const PLACES_FILE: &str = "web_map/places.toml";
/// See [`PLACES_FILE`].
pub const LINKS_FILE: &str = "web_map/links.toml";
/// See [`PLACES_FILE`].
pub const JOURNEYS_FILE: &str = "web_map/journeys.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    region: Vec<RawRegion>,
    organisation: Vec<RawOrganisation>,
    place: Vec<RawPlace>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    id: Spanned<String>,
    name: Spanned<Text>,
    center: [f32; 2],
    radius: [f32; 2],
    colour: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    id: Spanned<String>,
    name: Spanned<Text>,
    #[serde(default = "yes")]
    counted: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Spanned<String>,
    pictogram: Pictogram,
    position: Spanned<[f32; 2]>,
    layers: Spanned<Vec<Layer>>,
    #[serde(default)]
    young: bool,
    operator: Spanned<String>,
    name: Spanned<Text>,
    about: Spanned<AgedText>,
    fact: Spanned<Text>,
    #[serde(default)]
    alternatives: Vec<String>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinksFile {
    link: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    between: Spanned<[String; 2]>,
    layer: Layer,
    kind: LinkKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JourneysFile {
    journey: Vec<RawJourney>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJourney {
    id: Spanned<String>,
    pictogram: Pictogram,
    title: Spanned<Text>,
    #[serde(default)]
    young: bool,
    rival: Option<Spanned<String>>,
    hop: Vec<RawHop>,
    question: Vec<RawQuestion>,
    sources: Vec<String>,
    reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHop {
    place: Spanned<String>,
    sees: Visibility,
    caption: Spanned<AgedText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    ages: Spanned<Vec<AgeBand>>,
    prompt: Spanned<Text>,
    answer: Vec<RawAnswer>,
    explanation: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    text: Spanned<Text>,
    pictogram: Option<Pictogram>,
    #[serde(default)]
    correct: bool,
}

/// Loads the three files and checks every reference, text and journey.
///
/// # Errors
/// Every problem found, each with its file, line and field.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<MapData, Vec<ContentError>> {
    let places = ContentFile::load(source, PLACES_FILE).and_then(|file| {
        let raw: PlacesFile = file.parse()?;
        Ok((file, raw))
    });
    let links = ContentFile::load(source, LINKS_FILE).and_then(|file| {
        let raw: LinksFile = file.parse()?;
        Ok((file, raw))
    });
    let journeys = ContentFile::load(source, JOURNEYS_FILE).and_then(|file| {
        let raw: JourneysFile = file.parse()?;
        Ok((file, raw))
    });
    let ((places_file, places), (links_file, links), (journeys_file, journeys)) =
        match (places, links, journeys) {
            (Ok(places), Ok(links), Ok(journeys)) => (places, links, journeys),
            (places, links, journeys) => {
                let mut problems: Vec<ContentError> = places.err().into_iter().collect();
                problems.extend(links.err());
                problems.extend(journeys.err());
                return Err(problems);
            }
        };
    let mut problems = Vec::new();
    let (regions, organisations, places) = check_places(&places_file, places, langs, &mut problems);
    let links = check_links(&links_file, links, &places, &mut problems);
    let mut data = MapData {
        world: WORLD_SIZE,
        regions,
        organisations,
        places,
        links,
        journeys: Vec::new(),
    };
    data.journeys = check_journeys(&journeys_file, journeys, &data, langs, &mut problems);
    check_picker_services(source, &places_file, &data.places, &mut problems);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(problems)
    }
}

/// The picker's services file, which a place's card leads to.
const SERVICES_FILE: &str = "alternatives/services.toml";

/// The ids of the picker's services (the rest of that file is the picker's to check).
#[derive(Deserialize)]
struct ServiceIds {
    service: Vec<ServiceId>,
}

#[derive(Deserialize)]
struct ServiceId {
    id: String,
}

/// Reports every service a place's card offers to open that the picker does not have.
fn check_picker_services(
    source: &ContentSource,
    places_file: &ContentFile,
    places: &[Place],
    problems: &mut Vec<ContentError>,
) {
    let services = match ContentFile::load(source, SERVICES_FILE)
        .and_then(|file| file.parse::<ServiceIds>())
    {
        Ok(services) => services.service,
        Err(err) => {
            problems.push(err);
            return;
        }
    };
    for (i, place) in places.iter().enumerate() {
        for (j, id) in place.alternatives.iter().enumerate() {
            if !services.iter().any(|service| &service.id == id) {
                problems.push(ContentError {
                    field: Some(format!("place[{i}].alternatives[{j}]")),
                    ..ContentError::file(
                        places_file.name(),
                        format!("no service {id:?} in {SERVICES_FILE}"),
                    )
                });
            }
        }
    }
}

type PlacesParts = (Vec<Region>, Vec<Organisation>, Vec<Place>);

fn check_places(
    file: &ContentFile,
    raw: PlacesFile,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> PlacesParts {
    check_unique(file, "region", raw.region.iter().map(|r| &r.id), problems);
    check_unique(
        file,
        "organisation",
        raw.organisation.iter().map(|o| &o.id),
        problems,
    );
    check_unique(file, "place", raw.place.iter().map(|p| &p.id), problems);
    let regions = raw
        .region
        .into_iter()
        .enumerate()
        .map(|(i, region)| {
            check_text(
                file,
                &region.name,
                &format!("region[{i}].name"),
                langs,
                problems,
            );
            Region {
                name: region.name.into_inner(),
                center: region.center,
                radius: region.radius,
                colour: region.colour,
            }
        })
        .collect();
    let organisations: Vec<Organisation> = raw
        .organisation
        .into_iter()
        .enumerate()
        .map(|(i, org)| {
            check_text(
                file,
                &org.name,
                &format!("organisation[{i}].name"),
                langs,
                problems,
            );
            Organisation {
                id: OrgId(org.id.into_inner()),
                name: org.name.into_inner(),
                counted: org.counted,
            }
        })
        .collect();
    let places = raw
        .place
        .into_iter()
        .enumerate()
        .map(|(i, place)| check_place(file, i, place, &organisations, langs, problems))
        .collect();
    (regions, organisations, places)
}

fn check_place(
    file: &ContentFile,
    i: usize,
    place: RawPlace,
    organisations: &[Organisation],
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Place {
    let field = format!("place[{i}]");
    let [x, y] = *place.position.get_ref();
    if !(0.0..=WORLD_SIZE[0]).contains(&x) || !(0.0..=WORLD_SIZE[1]).contains(&y) {
        problems.push(file.error(
            &place.position.span(),
            format!("{field}.position"),
            format!(
                "must lie within 0..{} × 0..{}",
                WORLD_SIZE[0], WORLD_SIZE[1]
            ),
        ));
    }
    if place.layers.get_ref().is_empty() {
        problems.push(file.error(
            &place.layers.span(),
            format!("{field}.layers"),
            "needs at least one layer",
        ));
    }
    if !organisations
        .iter()
        .any(|org| &org.id.0 == place.operator.get_ref())
    {
        problems.push(file.error(
            &place.operator.span(),
            format!("{field}.operator"),
            format!("no organisation {:?}", place.operator.get_ref()),
        ));
    }
    check_text(file, &place.name, &format!("{field}.name"), langs, problems);
    check_aged_text(
        file,
        &place.about,
        &format!("{field}.about"),
        langs,
        problems,
    );
    check_text(file, &place.fact, &format!("{field}.fact"), langs, problems);
    let sourced = Sourced::new(place.sources, &place.reviewed);
    sourced.check(file, &place.id.span(), &field, problems);
    Place {
        id: PlaceId(place.id.into_inner()),
        pictogram: place.pictogram,
        position: place.position.into_inner(),
        layers: place.layers.into_inner(),
        young: place.young,
        operator: OrgId(place.operator.into_inner()),
        name: place.name.into_inner(),
        about: place.about.into_inner(),
        fact: place.fact.into_inner(),
        sourced,
        alternatives: place.alternatives,
    }
}

fn check_links(
    file: &ContentFile,
    raw: LinksFile,
    places: &[Place],
    problems: &mut Vec<ContentError>,
) -> Vec<Link> {
    let index: HashMap<&str, usize> = places
        .iter()
        .enumerate()
        .map(|(i, place)| (place.id.0.as_str(), i))
        .collect();
    let mut seen = HashSet::new();
    raw.link
        .into_iter()
        .enumerate()
        .map(|(i, link)| {
            let [a, b] = link.between.get_ref().clone();
            let mut ends = [0; 2];
            for (slot, end) in ends.iter_mut().zip([&a, &b]) {
                match index.get(end.as_str()) {
                    Some(&found) => *slot = found,
                    None => problems.push(file.error(
                        &link.between.span(),
                        format!("link[{i}].between"),
                        format!("no place {end:?}"),
                    )),
                }
            }
            if a == b {
                problems.push(file.error(
                    &link.between.span(),
                    format!("link[{i}].between"),
                    "a link joins two different places",
                ));
            }
            let key = if a < b {
                (a.clone(), b.clone())
            } else {
                (b.clone(), a.clone())
            };
            if !seen.insert(key) {
                problems.push(file.error(
                    &link.between.span(),
                    format!("link[{i}].between"),
                    "these places are already linked",
                ));
            }
            Link {
                a: PlaceId(a),
                b: PlaceId(b),
                ends,
                layer: link.layer,
                kind: link.kind,
            }
        })
        .collect()
}

fn check_journeys(
    file: &ContentFile,
    raw: JourneysFile,
    data: &MapData,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Journey> {
    check_unique(file, "journey", raw.journey.iter().map(|j| &j.id), problems);
    let ids: HashSet<String> = raw.journey.iter().map(|j| j.id.get_ref().clone()).collect();
    raw.journey
        .into_iter()
        .enumerate()
        .map(|(i, journey)| {
            let field = format!("journey[{i}]");
            check_text(
                file,
                &journey.title,
                &format!("{field}.title"),
                langs,
                problems,
            );
            if let Some(rival) = &journey.rival
                && !ids.contains(rival.get_ref())
            {
                problems.push(file.error(
                    &rival.span(),
                    format!("{field}.rival"),
                    format!("no journey {:?}", rival.get_ref()),
                ));
            }
            if journey.hop.len() < 2 {
                problems.push(file.error(
                    &journey.id.span(),
                    format!("{field}.hop"),
                    "needs at least two hops",
                ));
            }
            let hops = check_hops(file, &journey, &field, data, langs, problems);
            let questions = check_questions(file, &journey, &field, langs, problems);
            let sourced = Sourced::new(journey.sources, &journey.reviewed);
            sourced.check(file, &journey.id.span(), &field, problems);
            Journey {
                id: JourneyId(journey.id.into_inner()),
                pictogram: journey.pictogram,
                title: journey.title.into_inner(),
                young: journey.young,
                rival: journey.rival.map(|rival| JourneyId(rival.into_inner())),
                hops,
                questions,
                sourced,
            }
        })
        .collect()
}

fn check_hops(
    file: &ContentFile,
    journey: &RawJourney,
    field: &str,
    data: &MapData,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Hop> {
    let mut hops = Vec::new();
    for (j, hop) in journey.hop.iter().enumerate() {
        let hop_field = format!("{field}.hop[{j}]");
        let id = PlaceId(hop.place.get_ref().clone());
        match data.place(&id) {
            None => problems.push(file.error(
                &hop.place.span(),
                format!("{hop_field}.place"),
                format!("no place {:?}", id.0),
            )),
            Some(place) if journey.young && !place.young => problems.push(file.error(
                &hop.place.span(),
                format!("{hop_field}.place"),
                format!(
                    "{:?} is not on the 6-9 map, but this journey is for 6-9",
                    id.0
                ),
            )),
            Some(_) => {}
        }
        if let Some(previous) = hops.last().map(|hop: &Hop| hop.place.clone())
            && data.place(&id).is_some()
            && !data.linked(&previous, &id)
        {
            problems.push(file.error(
                &hop.place.span(),
                format!("{hop_field}.place"),
                format!(
                    "no link between {:?} and {:?}: a journey follows the map's links",
                    previous.0, id.0
                ),
            ));
        }
        check_aged_text(
            file,
            &hop.caption,
            &format!("{hop_field}.caption"),
            langs,
            problems,
        );
        let at = data.place_index(&id).unwrap_or(0);
        hops.push(Hop {
            place: id,
            at,
            sees: hop.sees,
            caption: hop.caption.get_ref().clone(),
        });
    }
    hops
}

fn check_questions(
    file: &ContentFile,
    journey: &RawJourney,
    field: &str,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Question> {
    let mut questions = Vec::new();
    for (q, question) in journey.question.iter().enumerate() {
        let q_field = format!("{field}.question[{q}]");
        check_text(
            file,
            &question.prompt,
            &format!("{q_field}.prompt"),
            langs,
            problems,
        );
        check_text(
            file,
            &question.explanation,
            &format!("{q_field}.explanation"),
            langs,
            problems,
        );
        if question.answer.len() < 2 || !question.answer.iter().any(|a| a.correct) {
            problems.push(file.error(
                &question.prompt.span(),
                format!("{q_field}.answer"),
                "needs two answers or more, one of them right",
            ));
        }
        let young = question.ages.get_ref().contains(&AgeBand::Young);
        for (a, answer) in question.answer.iter().enumerate() {
            check_text(
                file,
                &answer.text,
                &format!("{q_field}.answer[{a}].text"),
                langs,
                problems,
            );
            if young && answer.pictogram.is_none() {
                problems.push(file.error(
                    &answer.text.span(),
                    format!("{q_field}.answer[{a}].pictogram"),
                    "6-9 answers are pictures: add a pictogram",
                ));
            }
        }
        questions.push(Question {
            ages: question.ages.get_ref().clone(),
            prompt: question.prompt.get_ref().clone(),
            answers: question
                .answer
                .iter()
                .map(|answer| Answer {
                    text: answer.text.get_ref().clone(),
                    pictogram: answer.pictogram,
                    correct: answer.correct,
                })
                .collect(),
            explanation: question.explanation.get_ref().clone(),
        });
    }
    for age in AgeBand::ALL {
        let count = questions
            .iter()
            .filter(|question| question.ages.contains(&age))
            .count();
        let (wanted, message) = match age {
            AgeBand::Young if journey.young => (
                1..=1,
                "a 6-9 journey ends with exactly one picture question",
            ),
            AgeBand::Young => (0..=0, "only journeys marked young have 6-9 questions"),
            AgeBand::Middle | AgeBand::Older => (
                1..=3,
                "a journey ends with one to three questions for 10-13 and for 14+",
            ),
        };
        if !wanted.contains(&count) {
            problems.push(file.error(
                &journey.id.span(),
                format!("{field}.question"),
                format!("{message} ({age}: {count})"),
            ));
        }
    }
    questions
}
