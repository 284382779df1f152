//! Confetti for a finished activity: a fixed handful of paper bits falling through the screen
//! behind its widgets (the app paints them before the activity), so they never cover what is
//! to be tapped next. Nothing is kept between frames: each bit's path comes from its number.

use eframe::egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, Vec2};

use crate::ui::tokens::tokens;

/// How many bits of confetti fall.
const BITS: usize = 48;

/// A number between 0 and 1 that looks random but is always the same for `seed`.
fn scatter(seed: f32) -> f32 {
    ((seed * 12.9898).sin() * 43_758.547).rem_euclid(1.0)
}

/// Paints the confetti over `area`, `done` of the way through its fall (0 to 1).
pub fn paint_confetti(painter: &Painter, area: Rect, done: f32) {
    let (p, _) = tokens(painter.ctx());
    let colors = [
        p.selected,
        p.accent,
        p.success,
        p.primary,
        p.pastel(1),
        p.fur,
    ];
    // Fades out over the last quarter of the fall.
    let alpha = ((1.0 - done) * 4.0).min(1.0);
    for bit in 0..BITS {
        let key = bit as f32 + 1.0;
        let (across, rate, delay, turn) = (
            scatter(key),
            0.7 + 0.6 * scatter(key + 0.31),
            scatter(key + 0.57) * 0.35,
            (scatter(key + 0.83) - 0.5) * 14.0,
        );
        let fall = (done * rate * 1.25 - delay).max(0.0);
        let center = Pos2::new(
            area.left() + across * area.width() + (done * 9.0 + key).sin() * 14.0,
            area.top() - 12.0 + fall * area.height(),
        );
        if !area.expand(12.0).contains(center) {
            continue;
        }
        let color: Color32 = colors[bit % colors.len()].gamma_multiply(alpha);
        let angle = turn * done + key;
        // A small paper rectangle, turning as it falls (its width shrinks as it turns).
        let half = Vec2::new(6.0 * (angle * 1.7).cos().abs().max(0.25), 3.5);
        let (sine, cosine) = angle.sin_cos();
        let corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
            .into_iter()
            .map(|(x, y)| {
                let (dx, dy) = (x * half.x, y * half.y);
                center + Vec2::new(dx * cosine - dy * sine, dx * sine + dy * cosine)
            })
            .collect();
        painter.add(Shape::convex_polygon(corners, color, Stroke::NONE));
    }
}
