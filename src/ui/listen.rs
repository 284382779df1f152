//! The listen button: a speaker beside an instruction, a card or a question, which has the
//! text said aloud. It shows only when the voice can speak the visitor's language.

use eframe::egui::{self, Color32, Painter, Pos2, Response, Shape, Stroke, Ui, Vec2};

use super::tokens::tokens;
use super::widgets::{allocate_button, focus_ring, paint_card, pressed};

/// A listen button (a touch target with a speaker and its sound waves) named `label`
/// ("Listen" in the visitor's language) for screen readers and tests. Returns its response:
/// the caller has the text said when it is tapped.
pub fn listen_button(ui: &mut Ui, label: &str) -> Response {
    let (p, s) = tokens(ui.ctx());
    let (rect, response) = allocate_button(ui, Vec2::splat(s.touch_target), label, true);
    if ui.is_rect_visible(rect) {
        let draw = pressed(&response, rect);
        paint_card(ui.painter(), draw, p.surface);
        paint_speaker(ui.painter(), draw.center(), s.touch_target * 0.55, p.text);
        focus_ring(ui, &response, rect);
    }
    response.on_hover_text(label)
}

/// A listen button at `rect` over what is already drawn there (a home tile's corner), without
/// moving anything laid out after it.
pub fn listen_button_at(ui: &mut Ui, rect: egui::Rect, label: &str) -> Response {
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    listen_button(&mut child, label)
}

/// A loudspeaker `size` wide, centred on `center`: its body, its cone and two sound waves.
fn paint_speaker(painter: &Painter, center: Pos2, size: f32, color: Color32) {
    let unit = size / 10.0;
    let at = |x: f32, y: f32| Pos2::new(center.x + x * unit, center.y + y * unit);
    let body = vec![
        at(-5.0, -1.5),
        at(-3.0, -1.5),
        at(0.0, -4.5),
        at(0.0, 4.5),
        at(-3.0, 1.5),
        at(-5.0, 1.5),
    ];
    painter.add(Shape::convex_polygon(body, color, Stroke::NONE));
    let stroke = Stroke::new(unit.max(1.5), color);
    for radius in [2.5, 4.5] {
        let points: Vec<Pos2> = (0..=12)
            .map(|i| {
                let angle = (-45.0 + 7.5 * i as f32).to_radians();
                at(1.0 + radius * angle.cos(), radius * angle.sin())
            })
            .collect();
        painter.add(Shape::line(points, stroke));
    }
}
