//! The pictures of [`Picture`]: what an app does, or what a company is known for, drawn with a
//! few shapes so that a child who cannot read can still tell the cards apart. No brand logo.
//! Each is drawn on a grid of 20 units across, centred.

use eframe::egui::epaint::EllipseShape;
use eframe::egui::{Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::tokens::tokens;
use crate::content::Picture;

/// A pen on the picture's grid: `at(x, y)` in units from the centre.
struct Grid {
    center: Pos2,
    unit: f32,
}

impl Grid {
    fn at(&self, x: f32, y: f32) -> Pos2 {
        self.center + Vec2::new(x, y) * self.unit
    }

    fn rect(&self, x0: f32, y0: f32, x1: f32, y1: f32) -> Rect {
        Rect::from_two_pos(self.at(x0, y0), self.at(x1, y1))
    }

    fn stroke(&self, width: f32, color: Color32) -> Stroke {
        Stroke::new(width * self.unit, color)
    }

    fn round(&self, units: f32) -> CornerRadius {
        CornerRadius::same((units * self.unit).clamp(0.0, 255.0) as u8)
    }

    fn polygon(&self, points: &[(f32, f32)], fill: Color32) -> Shape {
        let points = points.iter().map(|&(x, y)| self.at(x, y)).collect();
        Shape::convex_polygon(points, fill, Stroke::NONE)
    }
}

/// Paints `picture` `size` points wide, centred on `center`: its lines and shapes in `ink`,
/// its cut-outs in `paper` (the colour behind it).
pub fn paint_picture(
    painter: &Painter,
    center: Pos2,
    size: f32,
    picture: Picture,
    ink: Color32,
    paper: Color32,
) {
    let g = Grid {
        center,
        unit: size / 20.0,
    };
    match picture {
        Picture::Video => {
            painter.rect_filled(g.rect(-8.0, -6.0, 8.0, 6.0), g.round(2.5), ink);
            painter.add(g.polygon(&[(-2.5, -3.5), (4.0, 0.0), (-2.5, 3.5)], paper));
        }
        Picture::MapPin => {
            painter.add(g.polygon(&[(-5.6, -1.0), (5.6, -1.0), (0.0, 9.0)], ink));
            painter.circle_filled(g.at(0.0, -3.0), 6.0 * g.unit, ink);
            painter.circle_filled(g.at(0.0, -3.0), 2.4 * g.unit, paper);
        }
        Picture::Chat => paint_chat(painter, &g, ink, paper),
        Picture::Blocks => paint_block(painter, &g, ink),
        Picture::Gamepad => paint_gamepad(painter, &g, ink, paper),
        Picture::Clapper => paint_clapper(painter, &g, ink, paper),
        Picture::SmartSpeaker => paint_smart_speaker(painter, &g, ink, paper),
        Picture::Music => paint_music(painter, &g, ink),
        Picture::Phone => {
            painter.rect_filled(g.rect(-5.5, -9.0, 5.5, 9.0), g.round(2.0), ink);
            painter.rect_filled(g.rect(-4.0, -6.5, 4.0, 6.0), g.round(0.5), paper);
            painter.add(g.polygon(&[(-1.5, -2.5), (2.5, 0.0), (-1.5, 2.5)], ink));
            painter.circle_filled(g.at(0.0, 7.6), 0.8 * g.unit, paper);
        }
        Picture::Magnifier => {
            painter.line_segment([g.at(2.5, 2.5), g.at(8.0, 8.0)], g.stroke(3.2, ink));
            painter.circle(g.at(-2.0, -2.0), 6.0 * g.unit, paper, g.stroke(2.2, ink));
        }
        Picture::Friends => {
            for (x, y, scale) in [(4.0, -1.0, 0.9), (-3.5, 0.5, 1.0)] {
                painter.circle(
                    g.at(x, y - 5.0 * scale),
                    3.2 * scale * g.unit,
                    ink,
                    g.stroke(0.8, paper),
                );
                let body = g.rect(x - 5.0 * scale, y, x + 5.0 * scale, y + 9.0 * scale);
                painter.rect(
                    body,
                    g.round(4.0 * scale),
                    ink,
                    g.stroke(0.8, paper),
                    StrokeKind::Inside,
                );
            }
        }
        Picture::Computer => {
            painter.rect_filled(g.rect(-9.0, -8.0, 9.0, 4.0), g.round(1.5), ink);
            painter.rect_filled(g.rect(-7.5, -6.5, 7.5, 2.5), g.round(0.5), paper);
            painter.rect_filled(g.rect(-1.5, 4.0, 1.5, 7.0), 0.0, ink);
            painter.rect_filled(g.rect(-5.5, 7.0, 5.5, 8.5), g.round(0.7), ink);
        }
        Picture::Parcel => paint_parcel(painter, &g, ink),
        Picture::Apple => paint_apple(painter, &g, ink),
        Picture::Dancer => paint_dancer(painter, &g, ink),
    }
}

/// Two speech bubbles, the front one with three dots.
fn paint_chat(painter: &Painter, g: &Grid, ink: Color32, paper: Color32) {
    painter.rect_filled(g.rect(-9.0, -8.0, 4.0, 1.0), g.round(3.0), ink);
    painter.add(g.polygon(&[(-6.5, 0.0), (-2.5, 0.0), (-7.5, 4.0)], ink));
    let back = g.rect(-2.0, -2.0, 9.0, 6.5);
    painter.rect(
        back,
        g.round(3.0),
        ink,
        g.stroke(1.2, paper),
        StrokeKind::Inside,
    );
    painter.add(g.polygon(&[(3.0, 6.0), (7.0, 6.0), (7.8, 9.5)], ink));
    for x in [0.8, 3.5, 6.2] {
        painter.circle_filled(g.at(x, 2.2), 0.9 * g.unit, paper);
    }
}

/// A game controller with its cross and two buttons.
fn paint_gamepad(painter: &Painter, g: &Grid, ink: Color32, paper: Color32) {
    painter.rect_filled(g.rect(-8.5, -4.5, 8.5, 3.0), g.round(3.5), ink);
    painter.circle_filled(g.at(-5.5, 3.0), 3.6 * g.unit, ink);
    painter.circle_filled(g.at(5.5, 3.0), 3.6 * g.unit, ink);
    painter.rect_filled(g.rect(-6.7, -1.9, -2.9, -0.5), 0.0, paper);
    painter.rect_filled(g.rect(-5.5, -3.1, -4.1, 0.7), 0.0, paper);
    painter.circle_filled(g.at(4.2, -0.4), 1.1 * g.unit, paper);
    painter.circle_filled(g.at(6.4, -2.4), 1.1 * g.unit, paper);
}

/// A film clapperboard, its clapper lifted.
fn paint_clapper(painter: &Painter, g: &Grid, ink: Color32, paper: Color32) {
    painter.rect_filled(g.rect(-8.0, -1.5, 8.0, 8.0), g.round(1.0), ink);
    // The clapper, lifted a little, with its stripes.
    painter.add(g.polygon(&[(-8.0, -3.2), (7.6, -7.2), (8.3, -4.6), (-7.4, -0.6)], ink));
    for x in [-4.5, -0.5, 3.5] {
        painter.add(g.polygon(
            &[(x, -3.4), (x + 2.0, -3.9), (x + 0.6, -1.4), (x - 1.4, -0.9)],
            paper,
        ));
    }
}

/// A round speaker with its light ring, and its voice.
fn paint_smart_speaker(painter: &Painter, g: &Grid, ink: Color32, paper: Color32) {
    painter.rect_filled(g.rect(-5.0, -6.0, 3.0, 8.0), g.round(3.0), ink);
    painter.add(Shape::Ellipse(EllipseShape {
        center: g.at(-1.0, -4.2),
        radius: Vec2::new(3.0, 1.0) * g.unit,
        fill: Color32::TRANSPARENT,
        stroke: g.stroke(1.0, paper),
        angle: 0.0,
    }));
    paint_waves(painter, g, Pos2::new(3.0, 1.0), ink);
}

/// Two musical notes joined by a beam.
fn paint_music(painter: &Painter, g: &Grid, ink: Color32) {
    let stem = g.stroke(1.6, ink);
    painter.line_segment([g.at(-3.0, 5.0), g.at(-3.0, -6.0)], stem);
    painter.line_segment([g.at(6.0, 3.0), g.at(6.0, -8.0)], stem);
    painter.add(g.polygon(&[(-3.8, -6.0), (6.8, -8.0), (6.8, -5.0), (-3.8, -3.0)], ink));
    for (x, y) in [(-5.5, 5.5), (3.5, 3.5)] {
        painter.add(Shape::Ellipse(EllipseShape {
            center: g.at(x, y),
            radius: Vec2::new(3.2, 2.4) * g.unit,
            fill: ink,
            stroke: Stroke::NONE,
            angle: -0.4,
        }));
    }
}

/// Someone dancing, arms up, with two lines of movement.
fn paint_dancer(painter: &Painter, g: &Grid, ink: Color32) {
    let limb = g.stroke(2.0, ink);
    painter.circle_filled(g.at(1.0, -6.5), 2.6 * g.unit, ink);
    painter.line_segment([g.at(0.5, -3.5), g.at(-0.5, 3.0)], g.stroke(2.6, ink));
    painter.line_segment([g.at(0.3, -2.5), g.at(-6.0, -8.0)], limb);
    painter.line_segment([g.at(0.3, -2.5), g.at(6.5, -5.0)], limb);
    painter.add(Shape::line(
        vec![g.at(-0.5, 3.0), g.at(-4.5, 6.0), g.at(-3.5, 9.5)],
        limb,
    ));
    painter.add(Shape::line(
        vec![g.at(-0.5, 3.0), g.at(4.0, 5.5), g.at(7.5, 4.0)],
        limb,
    ));
    // Two lines of movement.
    let swing = g.stroke(0.9, ink);
    painter.line_segment([g.at(-8.5, -3.0), g.at(-6.0, -1.5)], swing);
    painter.line_segment([g.at(6.5, 8.0), g.at(9.0, 6.5)], swing);
}

/// Two sound waves to the right of `from` (in units).
fn paint_waves(painter: &Painter, g: &Grid, from: Pos2, ink: Color32) {
    for radius in [2.5, 5.0] {
        let points = (0..=10)
            .map(|i| {
                let angle = (-40.0 + 8.0 * i as f32).to_radians();
                g.at(from.x + radius * angle.cos(), from.y + radius * angle.sin())
            })
            .collect();
        painter.add(Shape::line(points, g.stroke(1.3, ink)));
    }
}

/// A block of earth with grass on top, seen from a corner.
fn paint_block(painter: &Painter, g: &Grid, ink: Color32) {
    let (p, _) = tokens(painter.ctx());
    let top = [(0.0, -9.0), (8.0, -4.5), (0.0, 0.0), (-8.0, -4.5)];
    let left = [(-8.0, -4.5), (0.0, 0.0), (0.0, 9.0), (-8.0, 4.5)];
    let right = [(0.0, 0.0), (8.0, -4.5), (8.0, 4.5), (0.0, 9.0)];
    painter.add(g.polygon(&top, p.pitch));
    painter.add(g.polygon(&left, p.pancake_edge));
    painter.add(g.polygon(&right, p.pancake));
    // Grass hanging over the earth's sides.
    painter.add(g.polygon(
        &[(-8.0, -4.5), (0.0, 0.0), (0.0, 2.0), (-8.0, -2.5)],
        p.pitch,
    ));
    painter.add(g.polygon(&[(0.0, 0.0), (8.0, -4.5), (8.0, -2.5), (0.0, 2.0)], p.pitch));
    let outline = g.stroke(0.7, ink);
    painter.add(Shape::closed_line(
        [
            (0.0, -9.0),
            (8.0, -4.5),
            (8.0, 4.5),
            (0.0, 9.0),
            (-8.0, 4.5),
            (-8.0, -4.5),
        ]
        .iter()
        .map(|&(x, y)| g.at(x, y))
        .collect(),
        outline,
    ));
    painter.add(Shape::line(
        vec![g.at(-8.0, -4.5), g.at(0.0, 0.0), g.at(8.0, -4.5)],
        outline,
    ));
    painter.line_segment([g.at(0.0, 0.0), g.at(0.0, 9.0)], outline);
}

/// A cardboard parcel with its tape.
fn paint_parcel(painter: &Painter, g: &Grid, ink: Color32) {
    let (p, _) = tokens(painter.ctx());
    let outline = g.stroke(0.8, ink);
    painter.add(g.polygon(
        &[(-8.0, -4.0), (-3.5, -8.5), (8.5, -8.5), (4.0, -4.0)],
        p.pancake,
    ));
    painter.add(g.polygon(
        &[(4.0, -4.0), (8.5, -8.5), (8.5, 4.5), (4.0, 9.0)],
        p.pancake_edge,
    ));
    painter.rect(
        g.rect(-8.0, -4.0, 4.0, 9.0),
        0.0,
        p.pancake,
        outline,
        StrokeKind::Inside,
    );
    painter.add(Shape::closed_line(
        vec![
            g.at(-8.0, -4.0),
            g.at(-3.5, -8.5),
            g.at(8.5, -8.5),
            g.at(4.0, -4.0),
        ],
        outline,
    ));
    painter.add(Shape::closed_line(
        vec![
            g.at(4.0, -4.0),
            g.at(8.5, -8.5),
            g.at(8.5, 4.5),
            g.at(4.0, 9.0),
        ],
        outline,
    ));
    // The tape, across the top and down the front.
    let tape = g.stroke(1.8, p.butter);
    painter.line_segment([g.at(-5.75, -6.25), g.at(6.25, -6.25)], tape);
    painter.line_segment([g.at(-2.0, -3.8), g.at(-2.0, 8.8)], tape);
}

/// An apple with its stem and a leaf.
fn paint_apple(painter: &Painter, g: &Grid, ink: Color32) {
    let (p, _) = tokens(painter.ctx());
    let red = p.layer_data;
    painter.circle_filled(g.at(-2.6, 2.0), 6.2 * g.unit, red);
    painter.circle_filled(g.at(2.6, 2.0), 6.2 * g.unit, red);
    painter.circle_filled(g.at(0.0, 4.0), 6.0 * g.unit, red);
    painter.circle_filled(
        g.at(-3.5, -0.5),
        1.5 * g.unit,
        Color32::from_white_alpha(110),
    );
    painter.line_segment([g.at(0.0, -3.5), g.at(1.0, -8.5)], g.stroke(1.3, ink));
    painter.add(Shape::Ellipse(EllipseShape {
        center: g.at(4.0, -7.0),
        radius: Vec2::new(3.2, 1.5) * g.unit,
        fill: p.success,
        stroke: Stroke::NONE,
        angle: -0.5,
    }));
}
