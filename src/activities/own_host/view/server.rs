//! The little server drawn for 6-9, with a face that shows how it feels, what it needs drawn
//! around it (heat, a plug come out, a storm coming, a friend at the door), and the pictures
//! to answer with. Shapes only, no words.

use eframe::egui::epaint::EllipseShape;
use eframe::egui::{Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::super::logic::{Answer, Need, SEATS};
use crate::ui::Pictogram;
use crate::ui::figures::paint_person;
use crate::ui::tokens::{Palette, tokens};

/// What the scene shows around the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Scene {
    /// The need shown (`None`: all is well, the end of the days).
    pub need: Option<Need>,
    /// Friends on the seats, the club's own included.
    pub seats_taken: u32,
}

/// Paints the scene in `rect`: the server in the middle, the seats under it.
pub(super) fn paint_scene(painter: &Painter, rect: Rect, scene: Scene) {
    let (p, _) = tokens(painter.ctx());
    let unit = (rect.height() / 10.0).min(rect.width() / 16.0);
    let server = Rect::from_center_size(
        Pos2::new(rect.center().x, rect.top() + unit * 4.2),
        Vec2::new(unit * 4.6, unit * 6.0),
    );
    let need = scene.need;
    let body = if need == Some(Need::Hot) {
        p.layer_data
    } else {
        p.screen
    };
    painter.rect(
        server,
        CornerRadius::same((unit * 0.6) as u8),
        body,
        Stroke::new(unit * 0.12, p.fur_ink),
        StrokeKind::Middle,
    );
    // Two slots and the lights: green when running, grey when the plug is out.
    for k in 0..2 {
        let y = server.bottom() - unit * (1.0 + 0.8 * k as f32);
        painter.line_segment(
            [
                Pos2::new(server.left() + unit * 0.6, y),
                Pos2::new(server.right() - unit * 1.6, y),
            ],
            Stroke::new(unit * 0.2, p.on_screen.gamma_multiply(0.5)),
        );
        let light = if need == Some(Need::Unplugged) {
            p.disabled
        } else {
            p.success
        };
        painter.circle_filled(
            Pos2::new(server.right() - unit * 0.9, y),
            unit * 0.22,
            light,
        );
    }
    paint_face(painter, p, server, unit, need);
    match need {
        Some(Need::Hot) => paint_heat(painter, p, server, unit),
        Some(Need::Unplugged) => paint_loose_plug(painter, p, server, unit),
        Some(Need::StormComing) => paint_storm(painter, p, server, unit),
        Some(Need::Friend | Need::Full) => {
            let at = Pos2::new(server.right() + unit * 3.2, server.bottom());
            paint_person(painter, at, unit * 3.4, p.primary, p.background);
            // A hand up: hello!
            painter.circle_filled(
                at + Vec2::new(unit * 1.0, -unit * 3.0),
                unit * 0.35,
                p.primary,
            );
        }
        None => {}
    }
    // The seats under the server: taken ones with a friend on them.
    for seat in 0..SEATS {
        let x = server.center().x + (seat as f32 - 1.0) * unit * 2.2;
        let base = Pos2::new(x, rect.bottom() - unit * 0.3);
        painter.rect_filled(
            Rect::from_center_size(
                base - Vec2::new(0.0, unit * 0.4),
                Vec2::new(unit * 1.6, unit * 0.5),
            ),
            CornerRadius::same(4),
            p.pancake_edge,
        );
        if seat < scene.seats_taken {
            paint_person(
                painter,
                base - Vec2::new(0.0, unit * 0.6),
                unit * 1.8,
                [p.success, p.accent, p.layer_services][seat as usize % 3],
                p.background,
            );
        }
    }
}

/// The server's face: happy, hot and sweating, asleep without power, or worried by the storm.
fn paint_face(painter: &Painter, p: &Palette, server: Rect, unit: f32, need: Option<Need>) {
    let eyes_y = server.top() + unit * 1.6;
    let ink = p.on_screen;
    let stroke = Stroke::new(unit * 0.18, ink);
    for side in [-1.0, 1.0] {
        let eye = Pos2::new(server.center().x + side * unit * 0.9, eyes_y);
        if need == Some(Need::Unplugged) {
            painter.line_segment(
                [
                    eye - Vec2::new(unit * 0.35, 0.0),
                    eye + Vec2::new(unit * 0.35, 0.0),
                ],
                stroke,
            );
        } else {
            painter.circle_filled(eye, unit * 0.28, ink);
        }
    }
    let mouth = Pos2::new(server.center().x, eyes_y + unit * 1.1);
    let smile = match need {
        None | Some(Need::Friend) => 1.0,
        Some(Need::Full) => 0.0,
        _ => -1.0,
    };
    let points = (0..=8)
        .map(|i| {
            let t = i as f32 / 8.0 - 0.5;
            mouth + Vec2::new(t * unit * 1.6, smile * (0.25 - t * t) * unit * 1.6)
        })
        .collect();
    painter.add(Shape::line(points, stroke));
}

fn paint_heat(painter: &Painter, p: &Palette, server: Rect, unit: f32) {
    // Waves of heat above, and sweat drops.
    for k in 0..3 {
        let x = server.center().x + (k as f32 - 1.0) * unit * 1.2;
        let points = (0..=8)
            .map(|i| {
                let t = i as f32 / 8.0;
                Pos2::new(
                    x + (t * 12.0).sin() * unit * 0.2,
                    server.top() - unit * (0.3 + t * 1.4),
                )
            })
            .collect();
        painter.add(Shape::line(points, Stroke::new(unit * 0.15, p.accent)));
    }
    for (dx, dy) in [(-2.9, 1.0), (2.8, 2.2)] {
        let at = server.center() + Vec2::new(dx * unit, (dy - 3.0) * unit);
        painter.add(Shape::Ellipse(EllipseShape {
            center: at,
            radius: Vec2::new(0.3, 0.45) * unit,
            fill: p.sea,
            stroke: Stroke::NONE,
            angle: 0.0,
        }));
    }
}

fn paint_loose_plug(painter: &Painter, p: &Palette, server: Rect, unit: f32) {
    let socket = Rect::from_center_size(
        Pos2::new(server.left() - unit * 3.6, server.center().y),
        Vec2::splat(unit * 1.4),
    );
    painter.rect(
        socket,
        CornerRadius::same(6),
        p.surface,
        Stroke::new(unit * 0.1, p.fur_ink),
        StrokeKind::Middle,
    );
    for dx in [-0.25, 0.25] {
        painter.circle_filled(
            socket.center() + Vec2::new(dx * unit, 0.0),
            unit * 0.12,
            p.fur_ink,
        );
    }
    let cable_start = Pos2::new(server.left(), server.bottom() - unit);
    let plug = Pos2::new(socket.center().x + unit * 0.4, server.bottom() + unit * 0.6);
    painter.add(Shape::line(
        vec![
            cable_start,
            cable_start + Vec2::new(-unit, unit * 1.2),
            plug,
        ],
        Stroke::new(unit * 0.18, p.fur_ink),
    ));
    painter.rect_filled(
        Rect::from_center_size(plug, Vec2::new(unit * 0.8, unit * 0.6)),
        CornerRadius::same(3),
        p.fur_ink,
    );
}

fn paint_storm(painter: &Painter, p: &Palette, server: Rect, unit: f32) {
    let cloud = Pos2::new(server.right() + unit * 2.8, server.top() + unit * 0.4);
    for (dx, dy, r) in [(-0.9, 0.2, 0.9), (0.0, -0.3, 1.1), (0.9, 0.2, 0.9)] {
        painter.circle_filled(cloud + Vec2::new(dx, dy) * unit, r * unit, p.layer_physical);
    }
    let bolt = [(0.1, 0.8), (-0.4, 2.0), (0.2, 2.0), (-0.3, 3.2)];
    painter.add(Shape::line(
        bolt.iter()
            .map(|&(x, y)| cloud + Vec2::new(x, y) * unit)
            .collect(),
        Stroke::new(unit * 0.22, p.selected),
    ));
    // The class's drawings, only on the server.
    for k in 0..3 {
        let sheet = Rect::from_min_size(
            Pos2::new(
                server.left() - unit * (3.2 - k as f32 * 0.5),
                server.top() + unit * (0.8 + k as f32 * 0.7),
            ),
            Vec2::new(unit * 1.5, unit * 1.1),
        );
        painter.rect(
            sheet,
            CornerRadius::same(2),
            Color32::WHITE,
            Stroke::new(1.0, p.outline),
            StrokeKind::Middle,
        );
        painter.circle_filled(
            sheet.center(),
            unit * 0.3,
            p.pastel(k + 2).gamma_multiply(1.0),
        );
        painter.circle_stroke(sheet.center(), unit * 0.3, Stroke::new(1.5, p.accent));
    }
}

/// An answer's picture in `rect`.
pub(super) fn paint_answer(painter: &Painter, rect: Rect, answer: Answer) {
    let (p, _) = tokens(painter.ctx());
    let c = rect.center();
    let unit = rect.height().min(rect.width()) / 10.0;
    match answer {
        Answer::Fan => paint_fan(painter, p, c, unit),
        Answer::Plug => {
            let body =
                Rect::from_center_size(c + Vec2::new(0.0, unit), Vec2::new(unit * 2.6, unit * 2.4));
            painter.rect_filled(body, CornerRadius::same(6), p.fur_ink);
            for dx in [-0.6, 0.6] {
                painter.line_segment(
                    [
                        body.center_top() + Vec2::new(dx * unit, 0.0),
                        body.center_top() + Vec2::new(dx * unit, -unit * 1.4),
                    ],
                    Stroke::new(unit * 0.35, p.fur_ink),
                );
            }
            painter.line_segment(
                [
                    body.center_bottom(),
                    body.center_bottom() + Vec2::new(0.0, unit * 2.0),
                ],
                Stroke::new(unit * 0.4, p.fur_ink),
            );
        }
        Answer::Copy => {
            for k in 0..2 {
                let sheet = Rect::from_min_size(
                    c + Vec2::new(
                        -unit * (3.6 - k as f32 * 0.6),
                        -unit * (2.0 - k as f32 * 0.6),
                    ),
                    Vec2::new(unit * 2.6, unit * 2.0),
                );
                painter.rect(
                    sheet,
                    CornerRadius::same(2),
                    Color32::WHITE,
                    Stroke::new(1.5, p.outline),
                    StrokeKind::Middle,
                );
                painter.circle_filled(sheet.center(), unit * 0.5, p.pastel(3));
            }
            Pictogram::Next.paint(
                painter,
                c + Vec2::new(unit * 0.8, 0.0),
                unit * 1.8,
                p.primary,
            );
            Pictogram::Save.paint(
                painter,
                c + Vec2::new(unit * 3.0, 0.0),
                unit * 2.6,
                p.fur_ink,
            );
        }
        Answer::Welcome => {
            painter.circle_filled(c, unit * 3.4, p.success);
            Pictogram::Door.paint(painter, c, unit * 4.0, p.on_success);
        }
        Answer::NotToday => {
            painter.circle_filled(c, unit * 3.4, p.selected);
            Pictogram::Hourglass.paint(painter, c, unit * 4.0, p.on_selected);
        }
        Answer::Blanket => paint_blanket(painter, p, c, unit),
    }
}

/// A fan on its stand, three blades.
fn paint_fan(painter: &Painter, p: &Palette, c: Pos2, unit: f32) {
    painter.line_segment(
        [c, c + Vec2::new(0.0, unit * 4.0)],
        Stroke::new(unit * 0.5, p.fur_ink),
    );
    for k in 0..3 {
        let angle = k as f32 * std::f32::consts::TAU / 3.0;
        painter.add(Shape::Ellipse(EllipseShape {
            center: c + Vec2::angled(angle) * unit * 1.6,
            radius: Vec2::new(1.7, 0.8) * unit,
            fill: p.sea,
            stroke: Stroke::new(unit * 0.12, p.fur_ink),
            angle,
        }));
    }
    painter.circle_filled(c, unit * 0.6, p.fur_ink);
}

/// A patchwork blanket.
fn paint_blanket(painter: &Painter, p: &Palette, c: Pos2, unit: f32) {
    let quilt = Rect::from_center_size(c, Vec2::new(unit * 6.0, unit * 4.4));
    painter.rect_filled(quilt, CornerRadius::same(8), p.pastel(1));
    for i in 0..3 {
        for j in 0..2 {
            if (i + j) % 2 == 0 {
                let cell = Rect::from_min_size(
                    quilt.min + Vec2::new(i as f32 * unit * 2.0, j as f32 * unit * 2.2),
                    Vec2::new(unit * 2.0, unit * 2.2),
                );
                painter.rect_filled(cell, CornerRadius::ZERO, p.pastel(4));
            }
        }
    }
    painter.rect_stroke(
        quilt,
        CornerRadius::same(8),
        Stroke::new(unit * 0.15, p.fur_ink),
        StrokeKind::Middle,
    );
}
