//! One set of figures for a message on its way, shared by every activity that shows one (the
//! map's journeys, the secret message): an open letter anyone can read, a sealed envelope that
//! hides the words but not the address, a locked box, a padlock and its key.

use eframe::egui::{self, CornerRadius, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::Pictogram;
use super::tokens::Palette;

/// A sheet of paper with lines of writing: anyone can read it.
pub fn open_letter(painter: &egui::Painter, rect: Rect, line: Stroke, p: &Palette) {
    let sheet =
        Rect::from_center_size(rect.center(), Vec2::new(rect.height() * 0.9, rect.height()));
    let fold = sheet.width() * 0.25;
    let corner = sheet.right_top();
    painter.add(Shape::convex_polygon(
        vec![
            sheet.left_top(),
            corner - Vec2::new(fold, 0.0),
            corner + Vec2::new(0.0, fold),
            sheet.right_bottom(),
            sheet.left_bottom(),
        ],
        p.surface,
        line,
    ));
    painter.line_segment(
        [
            corner - Vec2::new(fold, 0.0),
            corner + Vec2::new(-fold, fold),
        ],
        line,
    );
    painter.line_segment(
        [
            corner + Vec2::new(-fold, fold),
            corner + Vec2::new(0.0, fold),
        ],
        line,
    );
    let text = Stroke::new(line.width, p.text_muted);
    for k in 0..4 {
        let y = sheet.top() + sheet.height() * (0.38 + 0.15 * k as f32);
        let right = if k == 3 { 0.55 } else { 0.82 };
        painter.line_segment(
            [
                Pos2::new(sheet.left() + sheet.width() * 0.16, y),
                Pos2::new(sheet.left() + sheet.width() * right, y),
            ],
            text,
        );
    }
}

/// A closed envelope with its seal and an address: the words are hidden, not who it goes to.
pub fn sealed_envelope(painter: &egui::Painter, rect: Rect, line: Stroke, p: &Palette) {
    let body = Rect::from_center_size(
        rect.center(),
        Vec2::new(rect.width(), rect.width() * 0.64).min(rect.size()),
    );
    painter.rect(
        body,
        CornerRadius::same(3),
        p.surface,
        line,
        StrokeKind::Middle,
    );
    let tip = Pos2::new(body.center().x, body.top() + body.height() * 0.55);
    painter.line_segment([body.left_top(), tip], line);
    painter.line_segment([body.right_top(), tip], line);
    painter.circle(tip, body.height() * 0.14, p.accent, Stroke::NONE);
    let text = Stroke::new(line.width, p.text_muted);
    for k in 0..2 {
        let y = body.top() + body.height() * (0.76 + 0.12 * k as f32);
        painter.line_segment(
            [
                Pos2::new(body.left() + body.width() * 0.5, y),
                Pos2::new(body.left() + body.width() * 0.86, y),
            ],
            text,
        );
    }
}

/// A green box with a padlock: only the one with the key opens it.
pub fn locked_box(painter: &egui::Painter, rect: Rect, line: Stroke, p: &Palette) {
    let body = Rect::from_center_size(
        rect.center() + Vec2::new(0.0, rect.height() * 0.12),
        Vec2::new(rect.width(), rect.height() * 0.72),
    );
    painter.rect(
        body,
        CornerRadius::same(4),
        p.success,
        line,
        StrokeKind::Middle,
    );
    let lid = Rect::from_min_max(
        body.left_top(),
        Pos2::new(body.right(), body.top() + body.height() * 0.22),
    );
    painter.line_segment([lid.left_bottom(), lid.right_bottom()], line);
    let lock = body.center() + Vec2::new(0.0, body.height() * 0.1);
    let size = body.height() * 0.42;
    let shackle = Stroke::new(line.width * 1.6, p.on_success);
    let top = lock - Vec2::new(0.0, size * 0.55);
    painter.circle_stroke(top, size * 0.32, shackle);
    painter.rect_filled(
        Rect::from_center_size(lock, Vec2::new(size * 0.9, size * 0.7)),
        CornerRadius::same(2),
        p.on_success,
    );
    painter.circle_filled(lock, size * 0.1, p.success);
}

/// A padlock, its shackle up when `open`.
pub fn padlock(painter: &egui::Painter, p: &Palette, at: Pos2, size: f32, open: bool) {
    let ink = Stroke::new(size * 0.16, p.text);
    let body = Rect::from_center_size(
        at + Vec2::new(0.0, size * 0.3),
        Vec2::new(size * 1.4, size * 1.0),
    );
    let lift = if open { size * 0.35 } else { 0.0 };
    let shackle: Vec<Pos2> = (0..=12)
        .map(|k| {
            let angle = std::f32::consts::PI * (1.0 + k as f32 / 12.0);
            at + Vec2::new(0.0, -lift - size * 0.1) + Vec2::angled(angle) * size * 0.45
        })
        .collect();
    painter.add(egui::Shape::line(shackle, ink));
    painter.rect(
        body,
        CornerRadius::same(4),
        p.selected,
        Stroke::new(2.0, p.text),
        StrokeKind::Middle,
    );
    painter.circle_filled(body.center(), size * 0.12, p.text);
}

/// A key lying flat, its bit to the right.
pub fn key(painter: &egui::Painter, p: &Palette, at: Pos2) {
    let ink = Stroke::new(8.0, p.accent);
    painter.circle_stroke(at - Vec2::new(34.0, 0.0), 17.0, ink);
    painter.line_segment([at - Vec2::new(17.0, 0.0), at + Vec2::new(44.0, 0.0)], ink);
    for x in [26.0, 40.0] {
        painter.line_segment([at + Vec2::new(x, 0.0), at + Vec2::new(x, 14.0)], ink);
    }
}

/// A wooden box: open with its lid up and a letter showing, or shut with a padlock on it.
pub fn treasure_box(painter: &egui::Painter, p: &Palette, at: Pos2, open: bool) {
    let body = Rect::from_center_size(at + Vec2::new(0.0, 12.0), Vec2::new(120.0, 72.0));
    painter.rect(
        body,
        CornerRadius::same(6),
        p.pancake,
        Stroke::new(2.5, p.text),
        StrokeKind::Middle,
    );
    if open {
        // The lid is up and the letter shows.
        let lid = Rect::from_min_size(
            body.left_top() + Vec2::new(0.0, -30.0),
            Vec2::new(90.0, 12.0),
        );
        painter.rect(
            lid,
            CornerRadius::same(4),
            p.pancake_edge,
            Stroke::new(2.0, p.text),
            StrokeKind::Middle,
        );
        Pictogram::Mail.paint(
            painter,
            body.center_top() + Vec2::new(0.0, -2.0),
            30.0,
            p.text,
        );
    } else {
        painter.line_segment(
            [
                body.left_top() + Vec2::new(0.0, 14.0),
                body.right_top() + Vec2::new(0.0, 14.0),
            ],
            Stroke::new(2.0, p.text),
        );
        padlock(painter, p, body.center() + Vec2::new(0.0, 4.0), 26.0, false);
    }
}
