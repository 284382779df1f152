//! The map's rules, free of egui: the camera (fit, pan, zoom and their bounds), hit-testing,
//! where labels and the place card go, which places and links show, the journey player, the
//! questions at the end and the "who could read it" count.

use super::content::{Journey, Layer, Link, MapData, OrgId, Place, Region, Visibility};
use crate::age::AgeBand;

mod camera;
mod geometry;
mod labels;
mod player;
mod quiz;

pub use camera::{Camera, CameraMotion, CameraState, MAX_ZOOM_IN, WORLD_MARGIN};
pub use geometry::{Insets, Point, Rect};
pub use labels::{LabelRequest, card_rect, island_outline, place_labels};
pub use player::{Player, TRAVEL_SECS, dwell_secs};
pub use quiz::{Outcome, Quiz, rival};

/// Which layers are switched on. At least one always is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers([bool; 3]);

impl Default for Layers {
    fn default() -> Self {
        Self([true; 3])
    }
}

impl Layers {
    fn slot(layer: Layer) -> usize {
        match layer {
            Layer::Physical => 0,
            Layer::Services => 1,
            Layer::Data => 2,
        }
    }

    /// Whether `layer` is on.
    pub fn shows(self, layer: Layer) -> bool {
        self.0[Self::slot(layer)]
    }

    /// Switches `layer` on or off. The last layer on stays on: returns whether anything changed.
    pub fn toggle(&mut self, layer: Layer) -> bool {
        let slot = Self::slot(layer);
        if self.0[slot] && self.0.iter().filter(|on| **on).count() == 1 {
            return false;
        }
        self.0[slot] = !self.0[slot];
        true
    }
}

/// Whether the map shows `place` to `age` with `layers` on: the 6-9 map keeps only its simple
/// places; a place shows when one of its layers is on.
pub fn shows_place(place: &Place, age: AgeBand, layers: Layers) -> bool {
    (age != AgeBand::Young || place.young) && place.layers.iter().any(|layer| layers.shows(*layer))
}

/// Room around a journey's route when the camera frames it, in world units: for the places'
/// names (wider than tall: beside a marker at the edge) and the packet's envelope.
pub const ROUTE_MARGIN: Point = Point::new(20.0, 20.0);

/// The part of the world a journey goes through, with room around it.
pub fn route_bounds(journey: &Journey, places: &[Place]) -> Option<Rect> {
    let mut points = journey
        .hops
        .iter()
        .filter_map(|hop| places.get(hop.at))
        .map(|place| Point::from(place.position));
    let first = points.next()?;
    let (min, max) = points.fold((first, first), |(min, max), p| {
        (
            Point::new(min.x.min(p.x), min.y.min(p.y)),
            Point::new(max.x.max(p.x), max.y.max(p.y)),
        )
    });
    Some(Rect {
        min: min - ROUTE_MARGIN,
        max: max + ROUTE_MARGIN,
    })
}

/// Whether the map shows `region`'s island to `age`: always, except on the 6-9 map, where an
/// island none of whose places the child sees would only be an empty blot.
pub fn shows_region(region: &Region, places: &[Place], age: AgeBand) -> bool {
    age != AgeBand::Young
        || places
            .iter()
            .any(|place| place.young && region.holds(place.position))
}

/// Whether the map shows `link`: its layer is on and both its places show.
pub fn shows_link(link: &Link, places: &[bool], layers: Layers) -> bool {
    layers.shows(link.layer) && link.ends.iter().all(|&end| places.get(end) == Some(&true))
}

/// Who learned what about a message on its journey: organisations, in the order met, not
/// counting the sender and the recipient.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exposure {
    /// Those that could read the message (it passed them as an open letter).
    pub readers: Vec<OrgId>,
    /// Those that learned a message went by: every one it passed, readers included.
    pub witnesses: Vec<OrgId>,
}

/// Counts who could read the message of `journey` and who learned that it was sent.
pub fn exposure(journey: &Journey, data: &MapData) -> Exposure {
    let mut exposure = Exposure::default();
    for hop in &journey.hops {
        let Some(place) = data.places.get(hop.at) else {
            continue;
        };
        let counted = data
            .organisation(&place.operator)
            .is_some_and(|org| org.counted);
        if !counted {
            continue;
        }
        if !exposure.witnesses.contains(&place.operator) {
            exposure.witnesses.push(place.operator.clone());
        }
        if hop.sees == Visibility::OpenLetter && !exposure.readers.contains(&place.operator) {
            exposure.readers.push(place.operator.clone());
        }
    }
    exposure
}

/// What the visitor is doing with the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Mode {
    /// Looking around; maybe a place's card is open.
    #[default]
    Explore,
    /// Choosing a journey to follow.
    Choose,
    /// Following a journey.
    Journey(Player),
    /// Answering the questions at the end of a journey.
    Quiz(Player, Quiz),
    /// Two journeys side by side (indexes into the journeys).
    Compare(usize, usize),
}

/// Everything one visitor did with the map. Never saved; wiped when the visitor leaves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visit {
    /// The layers switched on.
    pub layers: Layers,
    /// The place whose card is open.
    pub selected: Option<usize>,
    /// What they are doing.
    pub mode: Mode,
    /// The camera.
    pub camera: CameraState,
    /// When the last frame was drawn, to animate by the time that passed.
    pub last_frame_secs: Option<f64>,
    /// Whether they have opened a place's card (the "touch a place" hint is then no longer shown).
    pub explored: bool,
    /// When they first saw the map.
    pub started_secs: Option<f64>,
    /// When they last tried to switch off the last layer on (the map says why it stays).
    pub layer_kept_secs: Option<f64>,
}

/// How long the map says why its last layer stays on.
pub const LAYER_NOTE_SECS: f64 = 4.0;

/// How long the "touch a place" hint shows over the map, fading out over its last second.
pub const HINT_SECS: f64 = 8.0;

/// How opaque the hint is `shown_secs` after the map opened: fully, then fading, then gone.
pub fn hint_opacity(shown_secs: f64) -> f32 {
    ((HINT_SECS - shown_secs).clamp(0.0, 1.0)) as f32
}

impl Visit {
    /// Starts following journey number `journey` of `data`.
    pub fn follow(&mut self, data: &MapData, journey: usize) {
        let hops = data.journeys.get(journey).map_or(0, |j| j.hops.len());
        self.switch_to(Mode::Journey(Player::new(journey, hops)));
    }

    /// Goes to `mode`: a new journey or the comparison close the place card, and a new journey
    /// shows the whole map, so that all of its route is in view.
    pub fn switch_to(&mut self, mode: Mode) {
        let new_journey = matches!(mode, Mode::Journey(_)) && !matches!(self.mode, Mode::Quiz(..));
        if new_journey || matches!(mode, Mode::Compare(..)) {
            self.selected = None;
        }
        self.camera.show_all |= new_journey;
        self.mode = mode;
    }

    /// Shows journey `journey` next to its rival, if it has one.
    pub fn compare(&mut self, data: &MapData, journey: usize) -> bool {
        let rival = rival(data, journey);
        if let Some(rival) = rival {
            self.switch_to(Mode::Compare(journey, rival));
        }
        rival.is_some()
    }

    /// Opens the questions at the end of the journey being followed. Returns whether there are
    /// any for `age`.
    pub fn ask(&mut self, data: &MapData, age: AgeBand) -> bool {
        let Mode::Journey(player) = &self.mode else {
            return false;
        };
        let quiz = data
            .journeys
            .get(player.journey())
            .and_then(|journey| Quiz::new(journey, age));
        match quiz {
            Some(quiz) => {
                self.mode = Mode::Quiz(player.clone(), quiz);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests;
