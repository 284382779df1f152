//! Stickers: one for each activity a visitor finishes, and a special one for finishing them
//! all, drawn in code and kept in a small album on the home screen. The album is part of the
//! visitor's session: wiped at every session reset, never stored.

use eframe::egui::{
    self, Color32, Painter, Pos2, Response, Role, Sense, Shape, Stroke, Ui, Vec2, WidgetInfo,
};

use super::pictogram::Pictogram;
use super::tokens::tokens;

/// What a sticker shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sticker {
    /// An activity finished: its pictogram on its colour.
    Activity {
        /// The activity's pictogram.
        pictogram: Pictogram,
        /// The activity's colour (its home tile's).
        fill: Color32,
    },
    /// Every activity finished: a golden star.
    AllDone,
}

/// Paints `sticker` as a round sticker of `radius` centred on `center`: a white paper rim, a
/// soft shadow, the picture, and a shine.
pub fn paint_sticker(painter: &Painter, center: Pos2, radius: f32, sticker: Sticker) {
    let (p, _) = tokens(painter.ctx());
    // The shadow under the paper, then the paper.
    painter.circle_filled(
        center + Vec2::new(0.0, radius * 0.08),
        radius,
        Color32::from_black_alpha(40),
    );
    painter.circle(center, radius, Color32::WHITE, Stroke::new(1.0, p.outline));
    let inner = radius * 0.84;
    match sticker {
        Sticker::Activity { pictogram, fill } => {
            painter.circle_filled(center, inner, fill);
            pictogram.paint(painter, center, inner * 1.5, p.text);
        }
        Sticker::AllDone => {
            painter.circle_filled(center, inner, p.selected);
            super::figures::paint_star(
                painter,
                center,
                inner * 0.8,
                p.accent,
                Stroke::new(radius * 0.05, p.text),
            );
        }
    }
    // The shine of a glossy sticker.
    let shine = (0..=8)
        .map(|i| {
            let angle = (200.0 + 10.0 * i as f32).to_radians();
            center + Vec2::angled(angle) * inner * 0.78
        })
        .collect();
    painter.add(Shape::line(
        shine,
        Stroke::new(radius * 0.08, Color32::from_white_alpha(150)),
    ));
}

/// The album: a slot for each sticker there is to get (`earned` first, then empty ones) and
/// "3 of 7". `label` is the album's name for screen readers and tests ("Stickers: 3 of 7").
pub fn album_ui(
    ui: &mut Ui,
    earned: &[Sticker],
    slots: usize,
    count: &str,
    label: &str,
) -> Response {
    let (p, s) = tokens(ui.ctx());
    let radius = 21.0;
    let gap = 5.0;
    let width = slots as f32 * (2.0 * radius + gap) + s.gap + 60.0;
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(width, 2.0 * radius + 8.0), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        for slot in 0..slots {
            let center = Pos2::new(
                rect.left() + radius + slot as f32 * (2.0 * radius + gap),
                rect.center().y,
            );
            match earned.get(slot) {
                Some(sticker) => paint_sticker(painter, center, radius, *sticker),
                None => {
                    painter.circle_stroke(center, radius - 2.0, Stroke::new(1.5, p.outline));
                }
            }
        }
        let text_at = Pos2::new(
            rect.left() + slots as f32 * (2.0 * radius + gap) + s.gap * 0.5,
            rect.center().y,
        );
        painter.text(
            text_at,
            egui::Align2::LEFT_CENTER,
            count,
            super::fonts::bold(s.font_body),
            p.text,
        );
    }
    response
}
