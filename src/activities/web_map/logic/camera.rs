//! The camera: what part of the world the screen shows, how it fits, zooms, pans and glides
//! to a target, and its state between frames.

use super::geometry::{Insets, Point, Rect};

/// How far in one can zoom, as a multiple of the zoom that fits the whole map.
pub const MAX_ZOOM_IN: f32 = 5.0;

/// Sea around the world that stays reachable, in world units: places on the edge can be brought
/// out from under the buttons.
pub const WORLD_MARGIN: f32 = 60.0;

/// How fast the camera glides to its target: the share of the way left covered per second is
/// `1 - e^-GLIDE_RATE`.
pub(super) const GLIDE_RATE: f32 = 9.0;

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

pub(super) fn fit_zoom(world: Point, viewport: Rect) -> f32 {
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
