//! Plain geometry in map units, free of egui: points, rectangles, insets.

use std::ops::{Add, Div, Mul, Sub};

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
