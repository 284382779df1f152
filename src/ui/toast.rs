//! A short message at the bottom of the screen ("Saved!", "Settings not saved").

use eframe::egui::{self, Align2, CornerRadius, RichText, Vec2};

use super::fonts::regular;
use super::tokens;

/// A message at the bottom of the screen.
pub fn toast_ui(ctx: &egui::Context, text: &str, good_news: bool) {
    let (p, s) = tokens(ctx);
    let (fill, ink) = if good_news {
        (p.success, p.on_success)
    } else {
        (p.accent, p.on_accent)
    };
    egui::Area::new(egui::Id::unique("archipel-toast"))
        .anchor(Align2::CENTER_BOTTOM, Vec2::new(0.0, -s.margin * 4.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(fill)
                .corner_radius(CornerRadius::same(s.corner))
                .inner_margin(egui::Margin::symmetric(s.margin as i8, s.gap as i8))
                .show(ui, |ui| {
                    ui.set_max_width(900.0);
                    ui.label(RichText::new(text).color(ink).font(regular(s.font_body)));
                });
        });
}
