//! Where the names go: labels beside markers without overlaps, the place card beside its
//! place, the outline of an island.

use super::geometry::{Point, Rect};

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
