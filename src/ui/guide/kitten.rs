//! Miette drawn: a round head with pointed ears and stripes, a pear-shaped body, a tail, and a
//! face for each reaction. Drawn on a grid of 100 units for its height, its feet at the
//! bottom centre of the rectangle it is given.

use std::f32::consts::PI;

use eframe::egui::epaint::{CubicBezierShape, EllipseShape};
use eframe::egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, Vec2};

use super::Reaction;
use crate::ui::figures::paint_star;
use crate::ui::tokens::{Palette, tokens};

/// How the kitten stands at this moment.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pose {
    /// The reaction under way, and how far it is (0 to 1).
    pub reaction: Option<(Reaction, f32)>,
    /// Its eyes are closed for a blink.
    pub blink: bool,
    /// It waves a paw (the attract screen), at this phase in seconds.
    pub wave: Option<f32>,
}

/// Where the kitten's parts go: a unit is a hundredth of its height; the head can tilt.
struct Pen {
    feet: Pos2,
    unit: f32,
    tilt: f32,
}

/// The centre of the head, in units above the feet.
const HEAD: (f32, f32) = (0.0, -60.0);

impl Pen {
    /// A point of the body.
    fn body(&self, x: f32, y: f32) -> Pos2 {
        self.feet + Vec2::new(x, y) * self.unit
    }

    /// A point of the head, turned with its tilt around the head's centre.
    fn head(&self, x: f32, y: f32) -> Pos2 {
        let (dx, dy) = (x - HEAD.0, y - HEAD.1);
        let (sin, cos) = self.tilt.sin_cos();
        self.body(HEAD.0 + dx * cos - dy * sin, HEAD.1 + dx * sin + dy * cos)
    }

    fn ellipse(&self, center: Pos2, radius: Vec2, fill: Color32, stroke: Stroke) -> Shape {
        Shape::Ellipse(EllipseShape {
            center,
            radius: radius * self.unit,
            fill,
            stroke,
            angle: self.tilt,
        })
    }
}

/// Paints the kitten in `rect` as `pose` says.
pub fn paint_kitten(painter: &Painter, rect: Rect, pose: Pose) {
    let (p, _) = tokens(painter.ctx());
    let unit = rect.height() / 100.0 * 0.92;
    let (reaction, done) = match pose.reaction {
        Some((reaction, done)) => (Some(reaction), done),
        None => (None, 0.0),
    };
    // The hop, the jump, the tilt.
    let lift = match reaction {
        Some(Reaction::Happy) => (done * 2.0 * PI).sin().abs() * 9.0 * (1.0 - done * 0.5),
        Some(Reaction::Surprised) => ((done * 4.0).min(1.0) * PI).sin() * 7.0,
        _ => 0.0,
    };
    let tilt = match reaction {
        Some(Reaction::Encouraging) => (done * 3.0 * PI).sin() * 0.16,
        _ => 0.0,
    };
    let pen = Pen {
        feet: Pos2::new(rect.center().x, rect.bottom() - lift * unit),
        unit,
        tilt,
    };
    let ink = Stroke::new((1.6 * unit).max(1.0), p.fur_ink);
    paint_tail(painter, &pen, p, ink, pose.wave.unwrap_or(done * 4.0));
    paint_body(painter, &pen, p, ink);
    let raised = match (reaction, pose.wave) {
        (Some(Reaction::Encouraging), _) => Some(done * 6.0 * PI),
        (None, Some(t)) => Some(t * 2.5),
        _ => None,
    };
    if let Some(phase) = raised {
        paint_raised_paw(painter, &pen, p, ink, phase);
    }
    paint_head(painter, &pen, p, ink, reaction);
    paint_face(painter, &pen, p, ink, reaction, pose.blink);
    match reaction {
        Some(Reaction::Happy) => paint_stars(painter, &pen, p, done),
        Some(Reaction::Surprised) => paint_exclamation(painter, &pen, p, done),
        _ => {}
    }
}

fn paint_tail(painter: &Painter, pen: &Pen, p: &Palette, ink: Stroke, phase: f32) {
    let sway = (phase * PI).sin() * 6.0;
    let points = [
        pen.body(18.0, -10.0),
        pen.body(40.0, -8.0),
        pen.body(44.0 + sway, -34.0),
        pen.body(34.0 + sway, -46.0),
    ];
    let width = 7.0 * pen.unit;
    for stroke in [
        Stroke::new(width + 2.0 * ink.width, ink.color),
        Stroke::new(width, p.fur),
    ] {
        painter.add(CubicBezierShape::from_points_stroke(
            points,
            false,
            Color32::TRANSPARENT,
            stroke,
        ));
    }
}

fn paint_body(painter: &Painter, pen: &Pen, p: &Palette, ink: Stroke) {
    let level = Pen { tilt: 0.0, ..*pen };
    painter.add(level.ellipse(pen.body(0.0, -22.0), Vec2::new(23.0, 22.0), p.fur, ink));
    painter.add(level.ellipse(
        pen.body(0.0, -19.0),
        Vec2::new(12.0, 14.0),
        p.fur_light,
        Stroke::NONE,
    ));
    for x in [-10.0, 10.0] {
        painter.add(level.ellipse(pen.body(x, -3.0), Vec2::new(8.0, 5.0), p.fur_light, ink));
    }
}

/// A paw raised beside the head, waving.
fn paint_raised_paw(painter: &Painter, pen: &Pen, p: &Palette, ink: Stroke, phase: f32) {
    let wave = phase.sin() * 4.0;
    let shoulder = pen.body(-16.0, -34.0);
    let paw = pen.body(-31.0 + wave * 0.5, -50.0 + wave);
    let width = 8.0 * pen.unit;
    painter.line_segment(
        [shoulder, paw],
        Stroke::new(width + 2.0 * ink.width, ink.color),
    );
    painter.line_segment([shoulder, paw], Stroke::new(width, p.fur));
    let level = Pen { tilt: 0.0, ..*pen };
    painter.add(level.ellipse(paw, Vec2::new(6.5, 6.0), p.fur_light, ink));
}

fn paint_head(painter: &Painter, pen: &Pen, p: &Palette, ink: Stroke, reaction: Option<Reaction>) {
    // Ears, pricked higher when surprised.
    let perk = if reaction == Some(Reaction::Surprised) {
        5.0
    } else {
        0.0
    };
    for side in [-1.0, 1.0] {
        let ear = vec![
            pen.head(side * 26.0, -70.0),
            pen.head(side * 22.0, -98.0 - perk),
            pen.head(side * 5.0, -84.0),
        ];
        let inside = vec![
            pen.head(side * 21.5, -76.0),
            pen.head(side * 20.5, -92.0 - perk),
            pen.head(side * 10.0, -83.0),
        ];
        painter.add(Shape::convex_polygon(ear, p.fur, ink));
        painter.add(Shape::convex_polygon(inside, p.fur_pink, Stroke::NONE));
    }
    painter.circle(pen.head(HEAD.0, HEAD.1), 28.0 * pen.unit, p.fur, ink);
    // Three stripes on the forehead.
    let stripe = Stroke::new(3.0 * pen.unit, p.fur_stripes);
    for x in [-7.0, 0.0, 7.0] {
        let top = if x == 0.0 { -87.0 } else { -85.0 };
        painter.line_segment([pen.head(x, top), pen.head(x * 0.8, -77.0)], stripe);
    }
    painter.add(pen.ellipse(
        pen.head(0.0, -49.0),
        Vec2::new(13.0, 8.5),
        p.fur_light,
        Stroke::NONE,
    ));
    for side in [-1.0, 1.0] {
        painter.add(pen.ellipse(
            pen.head(side * 19.0, -51.0),
            Vec2::new(5.0, 3.0),
            p.fur_pink.gamma_multiply(0.8),
            Stroke::NONE,
        ));
    }
}

fn paint_face(
    painter: &Painter,
    pen: &Pen,
    p: &Palette,
    ink: Stroke,
    reaction: Option<Reaction>,
    blink: bool,
) {
    let line = Stroke::new((2.2 * pen.unit).max(1.2), p.fur_ink);
    for side in [-1.0, 1.0] {
        let eye = pen.head(side * 11.0, -62.0);
        match reaction {
            // Happy: eyes closed in a smile, "^ ^".
            Some(Reaction::Happy) => {
                painter.add(Shape::line(
                    vec![
                        pen.head(side * 11.0 - 5.0, -60.0),
                        pen.head(side * 11.0, -65.0),
                        pen.head(side * 11.0 + 5.0, -60.0),
                    ],
                    line,
                ));
            }
            _ if blink => {
                painter.line_segment(
                    [
                        pen.head(side * 11.0 - 5.0, -62.0),
                        pen.head(side * 11.0 + 5.0, -62.0),
                    ],
                    line,
                );
            }
            _ => {
                let big = if reaction == Some(Reaction::Surprised) {
                    1.35
                } else {
                    1.0
                };
                painter.add(pen.ellipse(eye, Vec2::new(4.6, 6.0) * big, p.fur_ink, Stroke::NONE));
                painter.circle_filled(
                    pen.head(side * 11.0 + 1.6, -64.2),
                    1.9 * big * pen.unit,
                    Color32::WHITE,
                );
            }
        }
    }
    // The nose, then the mouth.
    painter.add(Shape::convex_polygon(
        vec![
            pen.head(-3.2, -54.5),
            pen.head(3.2, -54.5),
            pen.head(0.0, -51.0),
        ],
        p.fur_pink,
        Stroke::new(ink.width * 0.6, p.fur_ink),
    ));
    match reaction {
        Some(Reaction::Happy) => {
            painter.add(pen.ellipse(
                pen.head(0.0, -45.5),
                Vec2::new(5.0, 4.0),
                p.fur_ink,
                Stroke::NONE,
            ));
            painter.add(pen.ellipse(
                pen.head(0.0, -44.0),
                Vec2::new(3.0, 2.0),
                p.fur_pink,
                Stroke::NONE,
            ));
        }
        Some(Reaction::Surprised) => {
            painter.circle(
                pen.head(0.0, -45.0),
                3.2 * pen.unit,
                p.fur_ink,
                Stroke::NONE,
            );
        }
        _ => {
            for side in [-1.0, 1.0] {
                painter.add(Shape::line(
                    vec![
                        pen.head(0.0, -51.0),
                        pen.head(side * 3.5, -47.5),
                        pen.head(side * 7.0, -49.5),
                    ],
                    line,
                ));
            }
        }
    }
    // Whiskers.
    let whisker = Stroke::new((1.1 * pen.unit).max(1.0), p.fur_ink);
    for side in [-1.0, 1.0] {
        for dy in [-5.0, 0.0, 5.0] {
            painter.line_segment(
                [
                    pen.head(side * 15.0, -51.0 + dy * 0.4),
                    pen.head(side * 36.0, -52.0 + dy),
                ],
                whisker,
            );
        }
    }
}

/// Stars flying up and out from the head, fading.
fn paint_stars(painter: &Painter, pen: &Pen, p: &Palette, done: f32) {
    let colors = [p.selected, p.accent, p.success, p.primary, p.selected];
    for (k, color) in colors.into_iter().enumerate() {
        let angle = (-160.0 + 35.0 * k as f32).to_radians();
        let distance = 32.0 + 26.0 * done;
        let center = pen.body(0.0, -62.0) + Vec2::angled(angle) * distance * pen.unit;
        let size = (7.0 - 3.0 * done) * pen.unit;
        let alpha = 1.0 - done * done;
        paint_star(
            painter,
            center,
            size,
            color.gamma_multiply(alpha),
            Stroke::new(1.0, p.fur_ink.gamma_multiply(alpha)),
        );
    }
}

/// "!" beside the head.
fn paint_exclamation(painter: &Painter, pen: &Pen, p: &Palette, done: f32) {
    let alpha = 1.0 - done;
    let color = p.accent.gamma_multiply(alpha);
    let top = pen.body(36.0, -100.0);
    let bottom = pen.body(33.0, -80.0);
    painter.line_segment([top, bottom], Stroke::new(5.0 * pen.unit, color));
    painter.circle_filled(pen.body(32.0, -72.0), 3.0 * pen.unit, color);
}
