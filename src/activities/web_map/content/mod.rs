//! The map's data: islands (regions), organisations, places, links and journeys, read from
//! `content/web_map/*.toml` and cross-checked (every journey follows existing links).

use serde::Deserialize;

use crate::age::AgeBand;
use crate::content::{AgedText, Sourced, Text};
use crate::ui::Pictogram;

mod files;
mod load;

pub use load::load;

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
