//! The map's rules, free of egui: the camera (fit, pan, zoom and their bounds), hit-testing,
//! where labels and the place card go, which places and links show, the journey player, the
//! questions at the end and the "who could read it" count.

use std::ops::{Add, Div, Mul, Sub};

use super::content::{Journey, Layer, Link, MapData, OrgId, Place, Region, Visibility};
use crate::age::AgeBand;

/// A point or a vector, in world units or in screen points depending on where it is used.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Left to right.
    pub x: f32,
    /// Top to bottom.
    pub y: f32,
}

impl Point {
    /// The point (`x`, `y`).
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// Its distance to the origin.
    pub fn length(self) -> f32 {
        self.x.hypot(self.y)
    }

    /// The point a fraction `t` of the way to `other`.
    #[must_use]
    pub fn lerp(self, other: Self, t: f32) -> Self {
        self + (other - self) * t
    }
}

impl From<[f32; 2]> for Point {
    fn from([x, y]: [f32; 2]) -> Self {
        Self { x, y }
    }
}

impl Add for Point {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        Self::new(self.x + other.x, self.y + other.y)
    }
}

impl Sub for Point {
    type Output = Self;
    fn sub(self, other: Self) -> Self {
        Self::new(self.x - other.x, self.y - other.y)
    }
}

impl Mul<f32> for Point {
    type Output = Self;
    fn mul(self, factor: f32) -> Self {
        Self::new(self.x * factor, self.y * factor)
    }
}

impl Div<f32> for Point {
    type Output = Self;
    fn div(self, divisor: f32) -> Self {
        Self::new(self.x / divisor, self.y / divisor)
    }
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Top-left corner.
    pub min: Point,
    /// Bottom-right corner.
    pub max: Point,
}

impl Rect {
    /// The rectangle from `min` with `size`.
    pub fn from_min_size(min: Point, size: Point) -> Self {
        Self {
            min,
            max: min + size,
        }
    }

    /// The rectangle of `size` centred on `center`.
    pub fn from_center_size(center: Point, size: Point) -> Self {
        Self::from_min_size(center - size / 2.0, size)
    }

    /// Its width.
    pub fn width(self) -> f32 {
        self.max.x - self.min.x
    }

    /// Its height.
    pub fn height(self) -> f32 {
        self.max.y - self.min.y
    }

    /// Its width and height.
    pub fn size(self) -> Point {
        self.max - self.min
    }

    /// Its centre.
    pub fn center(self) -> Point {
        self.min.lerp(self.max, 0.5)
    }

    /// Whether `point` is inside or on its edge.
    pub fn contains(self, point: Point) -> bool {
        (self.min.x..=self.max.x).contains(&point.x) && (self.min.y..=self.max.y).contains(&point.y)
    }

    /// Whether it and `other` overlap (touching edges do not count).
    pub fn intersects(self, other: Self) -> bool {
        self.min.x < other.max.x
            && other.min.x < self.max.x
            && self.min.y < other.max.y
            && other.min.y < self.max.y
    }

    /// Whether `other` lies entirely inside it.
    pub fn contains_rect(self, other: Self) -> bool {
        self.contains(other.min) && self.contains(other.max)
    }

    /// How far `point` is from it (0 inside).
    pub fn distance_to(self, point: Point) -> f32 {
        let dx = (self.min.x - point.x).max(point.x - self.max.x).max(0.0);
        let dy = (self.min.y - point.y).max(point.y - self.max.y).max(0.0);
        dx.hypot(dy)
    }

    /// The area of the part it shares with `other` (0 when they do not meet).
    pub fn overlap_area(self, other: Self) -> f32 {
        let width = self.max.x.min(other.max.x) - self.min.x.max(other.min.x);
        let height = self.max.y.min(other.max.y) - self.min.y.max(other.min.y);
        width.max(0.0) * height.max(0.0)
    }

    /// It grown by `margin` on every side.
    #[must_use]
    pub fn expand(self, margin: f32) -> Self {
        Self {
            min: self.min - Point::new(margin, margin),
            max: self.max + Point::new(margin, margin),
        }
    }
}

/// Room kept around what a camera frames, in screen points.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Insets {
    /// On the left.
    pub left: f32,
    /// On the right.
    pub right: f32,
    /// Above.
    pub top: f32,
    /// Below.
    pub bottom: f32,
}

impl Insets {
    /// `viewport` less the insets (never less than a point wide and tall).
    pub fn inside(self, viewport: Rect) -> Rect {
        let min = Point::new(viewport.min.x + self.left, viewport.min.y + self.top);
        let max = Point::new(
            (viewport.max.x - self.right).max(min.x + 1.0),
            (viewport.max.y - self.bottom).max(min.y + 1.0),
        );
        Rect { min, max }
    }
}

/// How far in one can zoom, as a multiple of the zoom that fits the whole map.
pub const MAX_ZOOM_IN: f32 = 5.0;

/// Sea around the world that stays reachable, in world units: places on the edge can be brought
/// out from under the buttons.
pub const WORLD_MARGIN: f32 = 60.0;

/// How fast the camera glides to its target: the share of the way left covered per second is
/// `1 - e^-GLIDE_RATE`.
const GLIDE_RATE: f32 = 9.0;

/// What the screen shows of the world: a centre and a zoom (screen points per world unit).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// The world point at the centre of the viewport.
    pub center: Point,
    /// Screen points per world unit.
    pub zoom: f32,
}

impl Camera {
    /// The camera that shows the whole `world` in `viewport`.
    pub fn fit(world: Point, viewport: Rect) -> Self {
        Self {
            center: world / 2.0,
            zoom: fit_zoom(world, viewport),
        }
    }

    /// The camera that frames `bounds` (world units) as closely as the zoom bounds allow.
    pub fn framing(bounds: Rect, world: Point, viewport: Rect) -> Self {
        Self::framing_within(bounds, world, viewport, Insets::default())
    }

    /// The camera that frames `bounds` (world units) in `viewport` less `insets` (screen
    /// points: the room the markers' names and the packet need around the places), as closely
    /// as the zoom bounds allow.
    pub fn framing_within(bounds: Rect, world: Point, viewport: Rect, insets: Insets) -> Self {
        let inner = insets.inside(viewport);
        let zoom = (inner.width() / bounds.width().max(1.0))
            .min(inner.height() / bounds.height().max(1.0));
        let (min_zoom, max_zoom) = Self::zoom_range(world, viewport);
        let mut zoom = if zoom.is_finite() {
            zoom.clamp(min_zoom, max_zoom)
        } else {
            min_zoom
        };
        loop {
            // The bounds' centre goes to the centre of the inner rectangle, which the insets
            // may have moved off the viewport's centre.
            let shift = (inner.center() - viewport.center()) / zoom;
            let camera = Self {
                center: bounds.center() - shift,
                zoom,
            }
            .clamped(world, viewport);
            // Near the world's edge the camera cannot go as far as the insets ask: it then
            // steps back until the bounds are in the inner rectangle, or shows everything.
            let shown = Rect {
                min: camera.to_screen(bounds.min, viewport),
                max: camera.to_screen(bounds.max, viewport),
            };
            if inner.expand(0.5).contains_rect(shown) || zoom <= min_zoom {
                return camera;
            }
            zoom = (zoom * 0.95).max(min_zoom);
        }
    }

    /// The smallest and the largest zoom allowed.
    pub fn zoom_range(world: Point, viewport: Rect) -> (f32, f32) {
        let fit = fit_zoom(world, viewport);
        (fit, fit * MAX_ZOOM_IN)
    }

    /// The same camera brought back within bounds: the zoom between "the whole map" and
    /// [`MAX_ZOOM_IN`] times that, the centre such that the map always fills the viewport (or is
    /// centred in it when it is smaller). The map can never be lost off-screen.
    #[must_use]
    pub fn clamped(self, world: Point, viewport: Rect) -> Self {
        let (min_zoom, max_zoom) = Self::zoom_range(world, viewport);
        let zoom = if self.zoom.is_finite() {
            self.zoom.clamp(min_zoom, max_zoom)
        } else {
            min_zoom
        };
        let half = viewport.size() / (2.0 * zoom);
        let axis = |center: f32, half: f32, extent: f32| {
            let (low, high) = (-WORLD_MARGIN, extent + WORLD_MARGIN);
            if !center.is_finite() || half * 2.0 >= high - low {
                f32::midpoint(low, high)
            } else {
                center.clamp(low + half, high - half)
            }
        };
        Self {
            center: Point::new(
                axis(self.center.x, half.x, world.x),
                axis(self.center.y, half.y, world.y),
            ),
            zoom,
        }
    }

    /// Where world point `point` is on the screen.
    pub fn to_screen(self, point: Point, viewport: Rect) -> Point {
        viewport.center() + (point - self.center) * self.zoom
    }

    /// Which world point is under screen point `point`.
    pub fn to_world(self, point: Point, viewport: Rect) -> Point {
        self.center + (point - viewport.center()) / self.zoom
    }

    /// The part of the world the viewport shows.
    pub fn visible(self, viewport: Rect) -> Rect {
        Rect {
            min: self.to_world(viewport.min, viewport),
            max: self.to_world(viewport.max, viewport),
        }
    }

    /// The camera after a finger moved the map by `delta` screen points.
    #[must_use]
    pub fn panned(self, delta: Point, world: Point, viewport: Rect) -> Self {
        Self {
            center: self.center - delta / self.zoom,
            ..self
        }
        .clamped(world, viewport)
    }

    /// The camera zoomed by `factor` around screen point `anchor`, which keeps showing the same
    /// world point (where the fingers pinch, or the mouse wheel turns).
    #[must_use]
    pub fn zoomed_at(self, anchor: Point, factor: f32, world: Point, viewport: Rect) -> Self {
        let held = self.to_world(anchor, viewport);
        let (min_zoom, max_zoom) = Self::zoom_range(world, viewport);
        let zoom = (self.zoom * factor).clamp(min_zoom, max_zoom);
        Self {
            center: held - (anchor - viewport.center()) / zoom,
            zoom,
        }
        .clamped(world, viewport)
    }

    /// Whether it is zoomed out as far as it goes (showing the whole map).
    pub fn shows_everything(self, world: Point, viewport: Rect) -> bool {
        self.zoom <= Self::zoom_range(world, viewport).0 * 1.001
    }

    /// Whether it is zoomed in as far as it goes.
    pub fn fully_zoomed_in(self, world: Point, viewport: Rect) -> bool {
        self.zoom >= Self::zoom_range(world, viewport).1 * 0.999
    }
}

fn fit_zoom(world: Point, viewport: Rect) -> f32 {
    let padded = world + Point::new(2.0 * WORLD_MARGIN, 2.0 * WORLD_MARGIN);
    let zoom = (viewport.width() / padded.x).min(viewport.height() / padded.y);
    if zoom.is_finite() && zoom > 0.0 {
        zoom
    } else {
        // A viewport of no size (a minimised window): any positive zoom will do.
        1.0
    }
}

/// A camera on its way to a target: fingers move it at once, buttons make it glide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CameraMotion {
    /// What the screen shows now.
    pub current: Camera,
    /// Where it is going.
    pub target: Camera,
}

impl CameraMotion {
    /// A camera at rest at `camera`.
    pub fn at(camera: Camera) -> Self {
        Self {
            current: camera,
            target: camera,
        }
    }

    /// Moves at once (dragging, pinching: the map follows the fingers).
    pub fn jump(&mut self, camera: Camera) {
        *self = Self::at(camera);
    }

    /// Glides to `camera` over the next frames.
    pub fn glide_to(&mut self, camera: Camera) {
        self.target = camera;
    }

    /// Moves `dt_secs` further towards the target. Returns whether it is still moving.
    pub fn step(&mut self, dt_secs: f32) -> bool {
        if self.current == self.target {
            return false;
        }
        let t = 1.0 - (-GLIDE_RATE * dt_secs.max(0.0)).exp();
        // Zoom glides in log space, so that zooming in and out feel the same.
        let zoom =
            (self.current.zoom.ln() + (self.target.zoom.ln() - self.current.zoom.ln()) * t).exp();
        let center = self.current.center.lerp(self.target.center, t);
        let close = (zoom / self.target.zoom - 1.0).abs() < 1e-3
            && (center - self.target.center).length() * zoom < 0.5;
        self.current = if close {
            self.target
        } else {
            Camera { center, zoom }
        };
        !close
    }

    /// Brings both cameras within bounds (after the window changed size).
    pub fn clamp(&mut self, world: Point, viewport: Rect) {
        self.current = self.current.clamped(world, viewport);
        self.target = self.target.clamped(world, viewport);
    }
}

/// The map's camera during a visit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CameraState {
    /// Where it is and where it goes, once the map has been shown (its size is known then).
    pub motion: Option<CameraMotion>,
    /// Keep showing the whole map, whatever room it gets (the window or a bar changes size),
    /// until the visitor moves or zooms it. On at first, and again when a journey starts.
    pub show_all: bool,
}

impl Default for CameraState {
    fn default() -> Self {
        Self {
            motion: None,
            show_all: true,
        }
    }
}

/// A label to place next to a marker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelRequest {
    /// The marker's centre, on screen.
    pub anchor: Point,
    /// The marker's radius.
    pub radius: f32,
    /// The label's width and height.
    pub size: Point,
    /// Whether it may cover the soft obstacles (the islands' names): the places of a journey.
    pub strong: bool,
}

/// Where each label goes, in the order given (put the most important first): below its marker,
/// else above, right or left, wherever it covers no marker, no label already placed and none of
/// the `obstacles` (buttons), nor any of the `soft` obstacles (islands' names) unless it is
/// strong, and stays inside `bounds`. A label that fits nowhere is left out (`None`); zooming in
/// makes room. The caller hides the soft obstacles that a strong label covers.
pub fn place_labels(
    requests: &[LabelRequest],
    obstacles: &[Rect],
    soft: &[Rect],
    bounds: Rect,
) -> Vec<Option<Rect>> {
    const GAP: f32 = 3.0;
    let markers: Vec<Rect> = requests
        .iter()
        .map(|r| Rect::from_center_size(r.anchor, Point::new(2.0 * r.radius, 2.0 * r.radius)))
        .collect();
    let mut placed: Vec<Rect> = obstacles.to_vec();
    requests
        .iter()
        .enumerate()
        .map(|(i, request)| {
            let (a, r, size) = (request.anchor, request.radius, request.size);
            let corner = r * std::f32::consts::FRAC_1_SQRT_2 + GAP;
            let candidates = [
                Point::new(a.x - size.x / 2.0, a.y + r + GAP),
                Point::new(a.x - size.x / 2.0, a.y - r - GAP - size.y),
                Point::new(a.x + r + GAP, a.y - size.y / 2.0),
                Point::new(a.x - r - GAP - size.x, a.y - size.y / 2.0),
                Point::new(a.x + corner, a.y + corner),
                Point::new(a.x + corner, a.y - corner - size.y),
                Point::new(a.x - corner - size.x, a.y + corner),
                Point::new(a.x - corner - size.x, a.y - corner - size.y),
            ];
            let others = |label: Rect| {
                markers
                    .iter()
                    .enumerate()
                    .any(|(j, marker)| j != i && marker.intersects(label))
            };
            // A name reads as the name of the nearest marker: no other marker may sit as close
            // to it as its own (one marker's width of margin).
            let ambiguous = |label: Rect| {
                let own = label.distance_to(a);
                requests.iter().enumerate().any(|(j, other)| {
                    j != i && label.distance_to(other.anchor) < own + r.max(other.radius)
                })
            };
            let fits = |label: &Rect| {
                bounds.contains_rect(*label)
                    && !placed.iter().any(|other| other.intersects(*label))
                    && (request.strong || !soft.iter().any(|name| name.intersects(*label)))
                    && !others(*label)
            };
            let boxes = candidates.map(|min| Rect::from_min_size(min, size));
            let chosen = boxes
                .iter()
                .copied()
                .find(|label| fits(label) && !ambiguous(*label))
                .or_else(|| boxes.iter().copied().find(fits))
                .or_else(|| {
                    // The name of a place on the journey, or of the one whose card is open,
                    // always shows: where it covers the least, kept inside the map.
                    request.strong.then(|| {
                        let inside = |min: Point| {
                            let max = bounds.max - size;
                            Rect::from_min_size(
                                Point::new(
                                    min.x.clamp(bounds.min.x, max.x.max(bounds.min.x)),
                                    min.y.clamp(bounds.min.y, max.y.max(bounds.min.y)),
                                ),
                                size,
                            )
                        };
                        let covered = |label: Rect| -> f32 {
                            placed
                                .iter()
                                .map(|other| other.overlap_area(label))
                                .sum::<f32>()
                                + markers
                                    .iter()
                                    .enumerate()
                                    .filter(|(j, _)| *j != i)
                                    .map(|(_, marker)| marker.overlap_area(label))
                                    .sum::<f32>()
                        };
                        candidates
                            .iter()
                            .map(|min| inside(*min))
                            .min_by(|a, b| covered(*a).total_cmp(&covered(*b)))
                            .unwrap_or_else(|| inside(candidates[0]))
                    })
                });
            if let Some(label) = chosen {
                placed.push(label);
            }
            chosen
        })
        .collect()
}

/// Where the place card goes: on the side of `viewport` away from the place, as wide as
/// `preferred` allows but never closer than `clear` points to the place (room for its marker).
/// So the card never covers the place it talks about, and a place near an edge leaves the card
/// the rest of the width.
pub fn card_rect(viewport: Rect, place: Point, preferred: Point, margin: f32, clear: f32) -> Rect {
    let middle = viewport.center().x;
    let height = preferred.y.min(viewport.height() - 2.0 * margin).max(0.0);
    let (left, width) = if place.x < middle {
        let room = viewport.max.x - margin - (place.x + clear);
        let width = preferred.x.min(room).max(0.0);
        (viewport.max.x - margin - width, width)
    } else {
        let room = place.x - clear - (viewport.min.x + margin);
        (viewport.min.x + margin, preferred.x.min(room).max(0.0))
    };
    Rect::from_min_size(
        Point::new(left, viewport.min.y + margin),
        Point::new(width, height),
    )
}

/// The outline of an island: an ellipse of half-axes `radius` around `center` with a gently wavy
/// coast, different on each island (`seed`) and still convex (so that it fills cleanly).
pub fn island_outline(center: Point, radius: Point, seed: usize, points: usize) -> Vec<Point> {
    let phase = seed as f32 * 1.7;
    (0..points)
        .map(|i| {
            let angle = std::f32::consts::TAU * i as f32 / points as f32;
            let wave = 1.0
                + 0.06 * (2.0 * angle + phase).sin()
                + 0.03 * (3.0 * angle + 2.0 * phase).sin()
                + 0.012 * (5.0 * angle + 3.0 * phase).sin();
            center + Point::new(angle.cos() * radius.x, angle.sin() * radius.y) * wave
        })
        .collect()
}

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

/// How long a packet travels from one place to the next.
pub const TRAVEL_SECS: f32 = 1.0;

/// How long the player stays at a hop while playing: time to read its caption.
pub fn dwell_secs(caption: &str) -> f32 {
    (1.5 + caption.chars().count() as f32 * 0.06).clamp(2.5, 9.0)
}

/// Plays a journey hop by hop: the packet waits at a hop while its caption is read, then travels
/// to the next one. Pause, step forward and back, replay.
#[derive(Clone, Debug, PartialEq)]
pub struct Player {
    journey: usize,
    hop_count: usize,
    hop: usize,
    travel: Option<f32>,
    waited_secs: f32,
    playing: bool,
}

impl Player {
    /// A player at the start of journey number `journey` (of `hop_count` hops), playing.
    pub fn new(journey: usize, hop_count: usize) -> Self {
        Self {
            journey,
            hop_count: hop_count.max(1),
            hop: 0,
            travel: None,
            waited_secs: 0.0,
            playing: true,
        }
    }

    /// Which journey it plays.
    pub fn journey(&self) -> usize {
        self.journey
    }

    /// The hop the packet is at, or is leaving.
    pub fn hop(&self) -> usize {
        self.hop
    }

    /// How many hops the journey has.
    pub fn hop_count(&self) -> usize {
        self.hop_count
    }

    /// How far the packet is on its way to the next hop (0 to 1), when it is travelling.
    pub fn travel(&self) -> Option<f32> {
        self.travel
    }

    /// Whether it is playing.
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    /// Whether the packet has arrived at the last hop.
    pub fn finished(&self) -> bool {
        self.hop + 1 == self.hop_count && self.travel.is_none()
    }

    /// Plays or pauses; at the end, plays again from the start.
    pub fn toggle_play(&mut self) {
        if self.finished() {
            self.replay();
        } else {
            self.playing = !self.playing;
        }
    }

    /// Pauses and moves to the next hop.
    pub fn step_forward(&mut self) {
        if self.travel.take().is_some() || self.hop + 1 < self.hop_count {
            self.hop = (self.hop + 1).min(self.hop_count - 1);
        }
        self.waited_secs = 0.0;
        self.playing = false;
    }

    /// Pauses and moves back to the previous hop (or back to where a travel started).
    pub fn step_back(&mut self) {
        if self.travel.take().is_none() {
            self.hop = self.hop.saturating_sub(1);
        }
        self.waited_secs = 0.0;
        self.playing = false;
    }

    /// Plays from the start.
    pub fn replay(&mut self) {
        *self = Self::new(self.journey, self.hop_count);
    }

    /// Lets `dt_secs` pass; `dwell_secs` is how long to wait at the current hop. Returns whether
    /// the packet moved or the player stopped.
    pub fn tick(&mut self, dt_secs: f32, dwell_secs: f32) -> bool {
        if !self.playing {
            return false;
        }
        if let Some(travel) = self.travel {
            let travel = travel + dt_secs / TRAVEL_SECS;
            if travel >= 1.0 {
                self.hop += 1;
                self.travel = None;
                self.waited_secs = 0.0;
            } else {
                self.travel = Some(travel);
            }
            return true;
        }
        if self.finished() {
            self.playing = false;
            return true;
        }
        self.waited_secs += dt_secs;
        if self.waited_secs >= dwell_secs {
            self.travel = Some(0.0);
            return true;
        }
        false
    }

    /// Seconds until the next change while playing (to wake the screen up then), or `None`
    /// when nothing will change on its own.
    pub fn next_change_secs(&self, dwell_secs: f32) -> Option<f32> {
        if !self.playing {
            None
        } else if self.travel.is_some() {
            Some(0.0)
        } else {
            Some((dwell_secs - self.waited_secs).max(0.0))
        }
    }

    /// Where the packet is, given where each hop's place is.
    pub fn packet_position(&self, hop_positions: &[Point]) -> Option<Point> {
        let here = *hop_positions.get(self.hop)?;
        Some(match (self.travel, hop_positions.get(self.hop + 1)) {
            (Some(t), Some(next)) => here.lerp(*next, ease(t)),
            _ => here,
        })
    }
}

/// Slow at both ends, quick in the middle.
fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// What tapping an answer did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The right answer: the explanation shows.
    Right,
    /// Not this one: try another, no penalty.
    TryAgain,
    /// The question was already answered, or the answer was already tried.
    Ignored,
}

/// The questions at the end of a journey, for one age band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    questions: Vec<usize>,
    current: usize,
    tried: Vec<usize>,
    solved: bool,
}

impl Quiz {
    /// The questions of `journey` for `age`, or `None` when it has none for them.
    pub fn new(journey: &Journey, age: AgeBand) -> Option<Self> {
        let questions: Vec<usize> = journey
            .questions
            .iter()
            .enumerate()
            .filter(|(_, question)| question.ages.contains(&age))
            .map(|(i, _)| i)
            .collect();
        (!questions.is_empty()).then_some(Self {
            questions,
            current: 0,
            tried: Vec::new(),
            solved: false,
        })
    }

    /// The index, in the journey, of the question shown.
    pub fn question(&self) -> usize {
        self.questions[self.current]
    }

    /// Which question this is (from 1) and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.current + 1, self.questions.len())
    }

    /// Whether the answer at `answer` was tapped already.
    pub fn tried(&self, answer: usize) -> bool {
        self.tried.contains(&answer)
    }

    /// Whether the right answer was found.
    pub fn solved(&self) -> bool {
        self.solved
    }

    /// Whether this is the last question.
    pub fn is_last(&self) -> bool {
        self.current + 1 == self.questions.len()
    }

    /// Taps answer number `answer`, which is right or not.
    pub fn choose(&mut self, answer: usize, right: bool) -> Outcome {
        if self.solved || self.tried(answer) {
            return Outcome::Ignored;
        }
        self.tried.push(answer);
        if right {
            self.solved = true;
            Outcome::Right
        } else {
            Outcome::TryAgain
        }
    }

    /// Moves to the next question once this one is solved. Returns whether it moved.
    pub fn next_question(&mut self) -> bool {
        if !self.solved || self.is_last() {
            return false;
        }
        self.current += 1;
        self.tried.clear();
        self.solved = false;
        true
    }
}

/// The journey that journey number `journey` is compared with, if any.
pub fn rival(data: &MapData, journey: usize) -> Option<usize> {
    let rival = data.journeys.get(journey)?.rival.as_ref()?;
    data.journeys.iter().position(|j| &j.id == rival)
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
mod tests {
    use super::super::content::{self, JourneyId, PlaceId};
    use super::*;
    use crate::content::ContentSource;
    use crate::i18n::Lang;

    #[test]
    fn the_strongest_sight_wins() {
        assert_eq!(
            Visibility::SealedEnvelope.strongest(Visibility::OpenLetter),
            Visibility::OpenLetter
        );
        assert_eq!(
            Visibility::SealedEnvelope.strongest(Visibility::LockedBox),
            Visibility::SealedEnvelope
        );
        assert_eq!(
            Visibility::LockedBox.strongest(Visibility::LockedBox),
            Visibility::LockedBox
        );
    }

    fn data() -> MapData {
        content::load(&ContentSource::Builtin, &[Lang::new("fr"), Lang::new("en")])
            .expect("the built-in map loads")
    }

    fn journey<'a>(data: &'a MapData, id: &str) -> &'a Journey {
        data.journey(&JourneyId(id.into())).expect("journey exists")
    }

    const WORLD: Point = Point::new(1920.0, 1000.0);

    fn viewport() -> Rect {
        Rect::from_min_size(Point::new(0.0, 84.0), Point::new(1280.0, 640.0))
    }

    #[test]
    fn the_fitted_camera_shows_the_whole_world() {
        let camera = Camera::fit(WORLD, viewport());
        let visible = camera.visible(viewport());
        assert!(visible.contains_rect(Rect::from_min_size(Point::default(), WORLD)));
        assert!(camera.shows_everything(WORLD, viewport()));
        let corner = camera.to_screen(Point::default(), viewport());
        assert!(viewport().contains(corner));
    }

    #[test]
    fn screen_and_world_points_convert_both_ways() {
        let camera = Camera {
            center: Point::new(400.0, 300.0),
            zoom: 1.7,
        };
        let point = Point::new(123.0, 456.0);
        let back = camera.to_world(camera.to_screen(point, viewport()), viewport());
        assert!((back - point).length() < 1e-3);
        assert_eq!(
            camera.to_screen(camera.center, viewport()),
            viewport().center()
        );
    }

    #[test]
    fn zoom_is_bounded_both_ways() {
        let fit = Camera::fit(WORLD, viewport());
        let far_out = fit.zoomed_at(viewport().center(), 0.01, WORLD, viewport());
        assert!((far_out.zoom - fit.zoom).abs() < 1e-6);
        let far_in = fit.zoomed_at(viewport().center(), 1000.0, WORLD, viewport());
        assert!((far_in.zoom - fit.zoom * MAX_ZOOM_IN).abs() < 1e-4);
        assert!(far_in.fully_zoomed_in(WORLD, viewport()));
        let broken = Camera {
            center: Point::new(f32::NAN, 3.0),
            zoom: f32::INFINITY,
        }
        .clamped(WORLD, viewport());
        assert!(broken.zoom.is_finite() && broken.center.x.is_finite());
    }

    #[test]
    fn zooming_keeps_the_point_under_the_fingers() {
        let fit = Camera::fit(WORLD, viewport());
        let anchor = Point::new(700.0, 400.0);
        let held = fit.to_world(anchor, viewport());
        let zoomed = fit.zoomed_at(anchor, 2.0, WORLD, viewport());
        let after = zoomed.to_world(anchor, viewport());
        assert!(
            (after - held).length() < 1e-3,
            "{held:?} moved to {after:?}"
        );
    }

    #[test]
    fn the_map_cannot_be_dragged_away() {
        let fit = Camera::fit(WORLD, viewport());
        // Zoomed out, the map stays centred whatever the finger does.
        let dragged = fit.panned(Point::new(5000.0, -5000.0), WORLD, viewport());
        assert_eq!(dragged.center, fit.center);
        // Zoomed in, it can be moved, but the viewport never leaves the world and its margin.
        let zoomed = fit.zoomed_at(viewport().center(), 3.0, WORLD, viewport());
        for delta in [
            Point::new(1e5, 0.0),
            Point::new(-1e5, 0.0),
            Point::new(0.0, 1e5),
            Point::new(0.0, -1e5),
        ] {
            let moved = zoomed.panned(delta, WORLD, viewport());
            let visible = moved.visible(viewport());
            let allowed = Rect::from_min_size(Point::default(), WORLD).expand(WORLD_MARGIN + 0.01);
            assert!(allowed.contains_rect(visible), "{visible:?} for {delta:?}");
        }
        let small = zoomed.panned(Point::new(30.0, 0.0), WORLD, viewport());
        assert!(
            small.center.x < zoomed.center.x,
            "dragging right shows what is left"
        );
    }

    #[test]
    fn the_camera_glides_to_its_target_and_stops() {
        let fit = Camera::fit(WORLD, viewport());
        let mut motion = CameraMotion::at(fit);
        assert!(!motion.step(0.016), "at rest");
        let target = fit.zoomed_at(Point::new(300.0, 300.0), 3.0, WORLD, viewport());
        motion.glide_to(target);
        assert!(motion.step(0.016));
        assert!(motion.current.zoom > fit.zoom && motion.current.zoom < target.zoom);
        let mut frames = 0;
        while motion.step(1.0 / 30.0) {
            frames += 1;
            assert!(frames < 60, "a glide ends within two seconds");
        }
        assert_eq!(motion.current, target);
        motion.jump(fit);
        assert_eq!(motion, CameraMotion::at(fit));
    }

    #[test]
    fn a_name_sits_nearer_its_own_marker_than_any_other() {
        let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
        let request = |x: f32, y: f32| LabelRequest {
            anchor: Point::new(x, y),
            radius: 10.0,
            size: Point::new(60.0, 16.0),
            strong: false,
        };
        // B sits just under A: A's name does not go between them, where it would read as B's.
        let placed = place_labels(
            &[request(100.0, 100.0), request(100.0, 145.0)],
            &[],
            &[],
            bounds,
        );
        let a = placed[0].expect("room for A's name");
        assert!(
            a.distance_to(Point::new(100.0, 100.0))
                < a.distance_to(Point::new(100.0, 145.0)) - 10.0,
            "{a:?}"
        );
    }

    #[test]
    fn labels_avoid_markers_and_each_other() {
        let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
        let label = Point::new(120.0, 24.0);
        let requests: Vec<LabelRequest> = [
            Point::new(300.0, 300.0),
            Point::new(300.0, 350.0),
            Point::new(305.0, 250.0),
            Point::new(790.0, 300.0),
            Point::new(301.0, 301.0),
        ]
        .into_iter()
        .map(|anchor| LabelRequest {
            anchor,
            radius: 20.0,
            size: label,
            strong: false,
        })
        .collect();
        let button = Rect::from_min_size(Point::new(600.0, 560.0), Point::new(200.0, 40.0));
        let placed = place_labels(&requests, &[button], &[], bounds);
        let shown: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert!(
            placed[0].is_some(),
            "the first label always finds room here"
        );
        assert!(shown.iter().all(|label| !label.intersects(button)));
        for (i, a) in shown.iter().enumerate() {
            assert!(bounds.contains_rect(*a));
            for b in &shown[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
            }
        }
        for (i, label) in placed.iter().enumerate() {
            let Some(label) = label else { continue };
            for (j, other) in requests.iter().enumerate() {
                let marker = Rect::from_center_size(
                    other.anchor,
                    Point::new(2.0 * other.radius, 2.0 * other.radius),
                );
                assert!(
                    i == j || !marker.intersects(*label),
                    "label {i} covers marker {j}"
                );
            }
        }
        // By the right edge, the label goes to the left of its marker.
        let edge = placed[3].expect("room on the left");
        assert!(edge.max.x <= 790.0 - 20.0);
        // A label that fits nowhere is left out.
        let huge = LabelRequest {
            anchor: Point::new(100.0, 100.0),
            radius: 20.0,
            size: Point::new(900.0, 24.0),
            strong: false,
        };
        assert_eq!(place_labels(&[huge], &[], &[], bounds), vec![None]);
    }

    #[test]
    fn strong_labels_may_cover_names_weak_ones_never() {
        let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
        // A name just above and below the marker, a wall of buttons left and right.
        let names = [
            Rect::from_min_size(Point::new(200.0, 250.0), Point::new(200.0, 25.0)),
            Rect::from_min_size(Point::new(200.0, 325.0), Point::new(200.0, 25.0)),
        ];
        let walls = [
            Rect::from_min_size(Point::new(0.0, 250.0), Point::new(180.0, 100.0)),
            Rect::from_min_size(Point::new(420.0, 250.0), Point::new(380.0, 100.0)),
        ];
        let request = |strong| LabelRequest {
            anchor: Point::new(300.0, 300.0),
            radius: 20.0,
            size: Point::new(120.0, 24.0),
            strong,
        };
        assert_eq!(
            place_labels(&[request(false)], &walls, &names, bounds),
            vec![None]
        );
        let strong = place_labels(&[request(true)], &walls, &names, bounds)[0]
            .expect("a strong label covers a name");
        assert!(strong.intersects(names[0]) || strong.intersects(names[1]));
        assert!(
            walls.iter().all(|wall| !wall.intersects(strong)),
            "never a button"
        );
    }

    #[test]
    fn a_journey_place_keeps_its_name_even_boxed_in() {
        let bounds = Rect::from_min_size(Point::default(), Point::new(800.0, 600.0));
        // The marker sits in the top right corner, a packet below it, walls all around.
        let request = LabelRequest {
            anchor: Point::new(760.0, 30.0),
            radius: 20.0,
            size: Point::new(200.0, 24.0),
            strong: true,
        };
        let packet = Rect::from_min_size(Point::new(700.0, 52.0), Point::new(120.0, 60.0));
        let wall = Rect::from_min_size(Point::new(500.0, 0.0), Point::new(230.0, 40.0));
        let placed = place_labels(&[request], &[packet, wall], &[], bounds)[0]
            .expect("a journey's place always has its name");
        assert!(bounds.contains_rect(placed), "inside the map: {placed:?}");
        let weak = LabelRequest {
            strong: false,
            ..request
        };
        assert_eq!(
            place_labels(&[weak], &[packet, wall], &[], bounds),
            vec![None]
        );
    }

    #[test]
    fn the_card_never_covers_its_place() {
        let preferred = Point::new(420.0, 520.0);
        for viewport in [
            viewport(),
            Rect::from_min_size(Point::default(), Point::new(800.0, 500.0)),
            Rect::from_min_size(Point::new(0.0, 84.0), Point::new(1920.0, 900.0)),
        ] {
            let radius = 30.0;
            let steps = 40;
            for i in 0..=steps {
                for j in 0..=steps {
                    let place = Point::new(
                        viewport.min.x + viewport.width() * i as f32 / steps as f32,
                        viewport.min.y + viewport.height() * j as f32 / steps as f32,
                    );
                    let card = card_rect(viewport, place, preferred, 24.0, radius);
                    let marker =
                        Rect::from_center_size(place, Point::new(2.0 * radius, 2.0 * radius));
                    assert!(!card.intersects(marker), "{card:?} covers {place:?}");
                    assert!(viewport.contains_rect(card));
                    assert!(card.width() > 0.0);
                }
            }
        }
        let wide = card_rect(
            viewport(),
            Point::new(100.0, 300.0),
            Point::new(420.0, 520.0),
            24.0,
            130.0,
        );
        assert!(
            (wide.width() - 420.0).abs() < 1e-3,
            "a roomy screen gets the card at its full width"
        );
        assert!(
            wide.min.x > 640.0,
            "a place on the left gets the card on the right"
        );
    }

    #[test]
    fn islands_are_convex_and_near_their_ellipse() {
        for seed in 0..24 {
            let center = Point::new(500.0, 300.0);
            let radius = Point::new(200.0, 120.0);
            let outline = island_outline(center, radius, seed, 64);
            assert_eq!(outline.len(), 64);
            let turns: Vec<f32> = (0..outline.len())
                .map(|i| {
                    let here = outline[i];
                    let next = outline[(i + 1) % outline.len()];
                    let after = outline[(i + 2) % outline.len()];
                    let (edge, following) = (next - here, after - next);
                    edge.x * following.y - edge.y * following.x
                })
                .collect();
            assert!(
                turns.iter().all(|turn| *turn > 0.0),
                "island {seed} is not convex"
            );
            for point in outline {
                let d = point - center;
                let r = ((d.x / radius.x).powi(2) + (d.y / radius.y).powi(2)).sqrt();
                assert!((0.85..=1.15).contains(&r));
            }
        }
    }

    #[test]
    fn the_hint_fades_out() {
        let near = |a: f32, b: f32| (a - b).abs() < 1e-6;
        assert!(near(hint_opacity(0.0), 1.0));
        assert!(near(hint_opacity(HINT_SECS - 1.0), 1.0));
        assert!(near(hint_opacity(HINT_SECS - 0.5), 0.5));
        assert!(near(hint_opacity(HINT_SECS + 3.0), 0.0));
    }

    #[test]
    fn the_last_layer_stays_on() {
        let mut layers = Layers::default();
        assert!(Layer::ALL.iter().all(|layer| layers.shows(*layer)));
        assert!(layers.toggle(Layer::Physical));
        assert!(layers.toggle(Layer::Data));
        assert!(!layers.toggle(Layer::Services), "one layer always shows");
        assert!(layers.shows(Layer::Services));
        assert!(layers.toggle(Layer::Data));
        assert!(layers.shows(Layer::Data) && !layers.shows(Layer::Physical));
    }

    #[test]
    fn the_young_map_is_simpler_and_layers_filter_places_and_links() {
        let data = data();
        let count = |age, layers| {
            data.places
                .iter()
                .filter(|place| shows_place(place, age, layers))
                .count()
        };
        let all = Layers::default();
        assert!(
            count(AgeBand::Middle, all) >= 30,
            "at least 30 places from 10 years on"
        );
        assert_eq!(count(AgeBand::Older, all), data.places.len());
        let young = count(AgeBand::Young, all);
        assert!(
            (10..=15).contains(&young),
            "about 12 places for 6-9, got {young}"
        );
        let mut physical = Layers::default();
        physical.toggle(Layer::Services);
        physical.toggle(Layer::Data);
        let shown: Vec<bool> = data
            .places
            .iter()
            .map(|place| shows_place(place, AgeBand::Older, physical))
            .collect();
        assert!(!shown[data.place_index(&PlaceId("search_engine".into())).unwrap()]);
        assert!(
            shown[data
                .place_index(&PlaceId("submarine_cable".into()))
                .unwrap()]
        );
        let links: Vec<&Link> = data
            .links
            .iter()
            .filter(|link| shows_link(link, &shown, physical))
            .collect();
        assert!(!links.is_empty());
        assert!(links.iter().all(|link| link.layer == Layer::Physical));
    }

    #[test]
    fn a_journey_is_framed_closer_than_the_whole_map() {
        let data = data();
        let world = Point::from(data.world);
        // The room around each place for its name (the packet goes above or below a place,
        // whichever side has room, and names keep clear of it).
        let insets = Insets {
            left: 100.0,
            right: 100.0,
            top: 50.0,
            bottom: 50.0,
        };
        // The map's room on a 1024x768 projector, a 1366x768 laptop, a full-HD screen at 2x.
        for size in [
            Point::new(976.0, 330.0),
            Point::new(1318.0, 330.0),
            Point::new(1280.0, 420.0),
            Point::new(912.0, 160.0),
        ] {
            let viewport = Rect::from_min_size(Point::new(10.0, 90.0), size);
            let fit = Camera::fit(world, viewport);
            for journey in &data.journeys {
                let bounds = route_bounds(journey, &data.places).unwrap();
                let camera = Camera::framing_within(bounds, world, viewport, insets);
                assert!(camera.zoom >= fit.zoom, "{}", journey.id.0);
                assert_eq!(camera, camera.clamped(world, viewport), "within bounds");
                // Every place of the route with its room, unless the whole map is shown and
                // even that is too close (a very low screen).
                let room = if camera.shows_everything(world, viewport) {
                    viewport
                } else {
                    insets.inside(viewport)
                };
                for hop in &journey.hops {
                    let at = camera.to_screen(data.places[hop.at].position.into(), viewport);
                    assert!(
                        room.expand(0.5).contains(at),
                        "{size:?}: {} shows {} at {at:?}, not in {room:?}",
                        journey.id.0,
                        hop.place.0
                    );
                }
            }
        }
        let viewport = Rect::from_min_size(Point::new(0.0, 0.0), Point::new(1280.0, 420.0));
        let fit = Camera::fit(world, viewport);
        let giant = &data.journeys[0];
        let framed = Camera::framing(route_bounds(giant, &data.places).unwrap(), world, viewport);
        assert!(
            framed.zoom > fit.zoom * 1.3,
            "the giant's journey is seen closer"
        );
    }

    #[test]
    fn the_young_map_leaves_out_islands_with_nothing_to_see() {
        let data = data();
        let shown = |age| {
            data.regions
                .iter()
                .filter(|region| shows_region(region, &data.places, age))
                .count()
        };
        assert_eq!(shown(AgeBand::Older), data.regions.len());
        assert_eq!(shown(AgeBand::Middle), data.regions.len());
        // The school has no place for 6-9: its island goes, the others stay.
        let school = &data.places[data.place_index(&PlaceId("school_network".into())).unwrap()];
        assert!(!school.young);
        for region in &data.regions {
            assert_eq!(
                shows_region(region, &data.places, AgeBand::Young),
                !region.holds(school.position),
            );
        }
    }

    #[test]
    fn the_giant_can_read_the_message_the_small_hosts_cannot() {
        let data = data();
        let giant = exposure(journey(&data, "message_giant"), &data);
        let small = exposure(journey(&data, "message_small"), &data);
        let org = |id: &str| OrgId(id.into());
        assert_eq!(giant.readers, vec![org("giant")]);
        assert!(
            small.readers.is_empty(),
            "end-to-end: nobody on the way reads it"
        );
        for exposure in [&giant, &small] {
            assert!(exposure.witnesses.contains(&org("your_isp")));
            assert!(
                !exposure.witnesses.contains(&org("you")),
                "the sender is not counted"
            );
            assert!(
                !exposure.witnesses.contains(&org("friend")),
                "nor the recipient"
            );
            assert!(
                exposure
                    .readers
                    .iter()
                    .all(|r| exposure.witnesses.contains(r))
            );
        }
        assert!(small.witnesses.contains(&org("your_host")));
        assert!(small.witnesses.contains(&org("friend_host")));
        let video = exposure(journey(&data, "watch_video"), &data);
        assert_eq!(
            video.readers,
            vec![org("giant"), org("ad_company"), org("tracker_company")]
        );
    }

    #[test]
    fn the_player_walks_the_journey_hop_by_hop() {
        let mut player = Player::new(0, 3);
        assert!(player.is_playing() && player.hop() == 0 && !player.finished());
        assert!(!player.tick(1.0, 2.5), "still reading the first caption");
        assert!(player.tick(2.0, 2.5), "leaves for the next hop");
        assert_eq!(player.travel(), Some(0.0));
        let positions = [
            Point::new(0.0, 0.0),
            Point::new(100.0, 0.0),
            Point::new(100.0, 100.0),
        ];
        assert!(player.tick(TRAVEL_SECS / 2.0, 2.5));
        let halfway = player.packet_position(&positions).unwrap();
        assert!((halfway.x - 50.0).abs() < 1.0, "{halfway:?}");
        player.tick(TRAVEL_SECS, 2.5);
        assert_eq!((player.hop(), player.travel()), (1, None));
        // Pause: time passes, nothing moves.
        player.toggle_play();
        assert!(!player.tick(100.0, 2.5));
        assert_eq!(player.hop(), 1);
        assert_eq!(player.next_change_secs(2.5), None);
        // Step forward to the end, and no further.
        player.step_forward();
        assert!(player.finished());
        player.step_forward();
        assert_eq!(player.hop(), 2);
        // Step back, twice, and no further than the start.
        player.step_back();
        player.step_back();
        player.step_back();
        assert_eq!(player.hop(), 0);
        // Play to the end: it stops there.
        player.toggle_play();
        for _ in 0..100 {
            player.tick(0.5, 2.5);
        }
        assert!(player.finished() && !player.is_playing());
        assert_eq!(player.packet_position(&positions), Some(positions[2]));
        // Play at the end starts again.
        player.toggle_play();
        assert_eq!((player.hop(), player.is_playing()), (0, true));
    }

    #[test]
    fn stepping_during_a_travel_lands_on_either_end() {
        let mut player = Player::new(0, 4);
        player.tick(10.0, 2.5);
        player.tick(TRAVEL_SECS / 3.0, 2.5);
        assert!(player.travel().is_some());
        let mut back = player.clone();
        back.step_back();
        assert_eq!(
            (back.hop(), back.travel(), back.is_playing()),
            (0, None, false)
        );
        player.step_forward();
        assert_eq!(
            (player.hop(), player.travel(), player.is_playing()),
            (1, None, false)
        );
    }

    #[test]
    fn longer_captions_stay_longer() {
        assert!(dwell_secs("Short.") < dwell_secs(&"A long caption. ".repeat(6)));
        assert!(dwell_secs("") >= 2.5 && dwell_secs(&"x".repeat(1000)) <= 9.0);
    }

    #[test]
    fn questions_allow_another_try_and_move_on_once_solved() {
        let data = data();
        let giant = journey(&data, "message_giant");
        let mut quiz = Quiz::new(giant, AgeBand::Middle).expect("10-13 questions");
        assert_eq!(quiz.progress(), (1, 2));
        let question = &giant.questions[quiz.question()];
        assert!(question.ages.contains(&AgeBand::Middle));
        let wrong = question.answers.iter().position(|a| !a.correct).unwrap();
        let right = question.answers.iter().position(|a| a.correct).unwrap();
        assert!(!quiz.next_question(), "cannot skip an unsolved question");
        assert_eq!(quiz.choose(wrong, false), Outcome::TryAgain);
        assert_eq!(quiz.choose(wrong, false), Outcome::Ignored);
        assert!(quiz.tried(wrong));
        assert_eq!(quiz.choose(right, true), Outcome::Right);
        assert!(quiz.solved());
        assert_eq!(quiz.choose(wrong, false), Outcome::Ignored);
        assert!(quiz.next_question());
        assert_eq!(quiz.progress(), (2, 2));
        assert!(quiz.is_last() && !quiz.solved() && !quiz.tried(wrong));
        let young = Quiz::new(giant, AgeBand::Young).expect("one picture question");
        assert_eq!(young.progress(), (1, 1));
        assert!(Quiz::new(journey(&data, "watch_video"), AgeBand::Young).is_none());
    }

    #[test]
    fn a_visit_follows_asks_and_compares() {
        let data = data();
        let giant = data
            .journeys
            .iter()
            .position(|j| j.id.0 == "message_giant")
            .unwrap();
        let mut visit = Visit {
            selected: Some(3),
            ..Visit::default()
        };
        assert!(!visit.ask(&data, AgeBand::Older), "no journey followed yet");
        visit.follow(&data, giant);
        assert_eq!(visit.selected, None);
        assert!(visit.camera.show_all, "a new journey shows the whole map");
        visit.camera.show_all = false;
        assert!(Visit::default().camera.show_all, "the map opens whole");
        let Mode::Journey(player) = &visit.mode else {
            panic!("following")
        };
        assert_eq!(player.hop_count(), data.journeys[giant].hops.len());
        assert!(visit.ask(&data, AgeBand::Older));
        let Mode::Quiz(player, _) = visit.mode.clone() else {
            panic!("asking")
        };
        visit.switch_to(Mode::Journey(player));
        assert!(
            !visit.camera.show_all,
            "back from the questions, the view stays"
        );
        assert!(visit.compare(&data, giant));
        let Mode::Compare(a, b) = visit.mode else {
            panic!("comparing")
        };
        assert_eq!(data.journeys[b].id.0, "message_small");
        assert_eq!(a, giant);
        let web_search = data
            .journeys
            .iter()
            .position(|j| j.id.0 == "web_search")
            .unwrap();
        assert!(!visit.compare(&data, web_search), "no rival");
    }

    #[test]
    fn a_tiled_map_keeps_its_links_consistent() {
        let data = data();
        let tiled = data.tiled(5, 2);
        assert_eq!(tiled.places.len(), data.places.len() * 10);
        assert_eq!(tiled.links.len(), data.links.len() * 10 + 9);
        for link in &tiled.links {
            assert_eq!(tiled.places[link.ends[0]].id, link.a);
            assert_eq!(tiled.places[link.ends[1]].id, link.b);
        }
        assert!((tiled.world[0] - data.world[0] * 5.0).abs() < 1e-3);
        assert!((tiled.world[1] - data.world[1] * 2.0).abs() < 1e-3);
        let world = Rect::from_min_size(Point::default(), tiled.world.into());
        assert!(
            tiled
                .places
                .iter()
                .all(|place| world.contains(place.position.into()))
        );
    }
}
