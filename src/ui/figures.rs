//! Small drawings made of shapes, where no glyph says it well enough.

use eframe::egui::{self, Color32, Pos2, Rect, Shape, Stroke, Vec2};

use crate::age::AgeBand;

/// Draws one, two or three figures of growing height for the age band: a child who cannot read
/// finds "the little one" without words. `background` is the colour behind the figures.
pub fn paint_age_band(
    painter: &egui::Painter,
    rect: Rect,
    band: AgeBand,
    color: Color32,
    background: Color32,
) {
    let heights: &[f32] = match band {
        AgeBand::Young => &[0.6],
        AgeBand::Middle => &[0.6, 0.8],
        AgeBand::Older => &[0.6, 0.8, 1.0],
    };
    let slot = rect.width() / 3.0;
    let left = rect.center().x - slot * heights.len() as f32 / 2.0;
    for (i, &height) in heights.iter().enumerate() {
        let center_x = left + slot * (i as f32 + 0.5);
        paint_person(
            painter,
            Pos2::new(center_x, rect.bottom()),
            rect.height() * height,
            color,
            background,
        );
    }
}

/// A person standing on `feet`, `height` points tall: a round head and a rounded body with legs.
pub fn paint_person(
    painter: &egui::Painter,
    feet: Pos2,
    height: f32,
    color: Color32,
    background: Color32,
) {
    let head_radius = height * 0.16;
    let head_center = Pos2::new(feet.x, feet.y - height + head_radius);
    painter.circle_filled(head_center, head_radius, color);
    let body_top = head_center.y + head_radius * 1.3;
    let half_width = height * 0.19;
    let body = Rect::from_min_max(
        Pos2::new(feet.x - half_width, body_top),
        Pos2::new(feet.x + half_width, feet.y),
    );
    painter.rect_filled(body, egui::CornerRadius::same((height * 0.14) as u8), color);
    // A thin gap between the legs reads as a person, not a bottle.
    let gap_top = body.top() + body.height() * 0.58;
    painter.line_segment(
        [Pos2::new(feet.x, gap_top), Pos2::new(feet.x, feet.y + 1.0)],
        Stroke::new((height * 0.06).max(1.5), background),
    );
}

/// A five-pointed star, its top point up, `outer` from its centre to a point, filled with
/// `fill` and outlined with `outline` (which may be [`Stroke::NONE`]).
pub fn paint_star(
    painter: &egui::Painter,
    center: Pos2,
    outer: f32,
    fill: Color32,
    outline: Stroke,
) {
    let corners: Vec<Pos2> = (0..10)
        .map(|k| {
            let angle = (-90.0 + 36.0 * k as f32).to_radians();
            let r = if k % 2 == 0 { outer } else { outer * 0.475 };
            center + Vec2::angled(angle) * r
        })
        .collect();
    // A star is not convex: its inner pentagon, then its five points.
    let pentagon = (0..5).map(|k| corners[2 * k + 1]).collect();
    painter.add(Shape::convex_polygon(pentagon, fill, Stroke::NONE));
    for k in 0..5 {
        let tip = 2 * k;
        let point = vec![
            corners[tip],
            corners[(tip + 1) % 10],
            corners[(tip + 9) % 10],
        ];
        painter.add(Shape::convex_polygon(point, fill, Stroke::NONE));
    }
    if outline != Stroke::NONE {
        painter.add(Shape::closed_line(corners, outline));
    }
}
