//! Look and feel shared by every screen: design tokens, fonts, pictograms, touch widgets, and an
//! off-screen renderer for take-home pictures.

pub mod dialog;
pub mod drag;
pub mod drawings;
pub mod figures;
pub mod fonts;
pub mod grid;
pub mod guide;
pub mod images;
pub mod listen;
pub mod offscreen;
pub mod pane;
pub mod pictogram;
pub mod qr;
pub mod scroll;
pub mod seals;
pub mod stickers;
pub mod taps;
pub mod toast;
pub mod tokens;
pub mod widgets;

pub use pictogram::Pictogram;
pub use tokens::{theme, tokens};

use eframe::egui;

/// Installs fonts and the cheerful theme on `ctx`.
pub fn install(ctx: &egui::Context) {
    fonts::install(ctx);
    tokens::install(ctx, &tokens::CHEERFUL);
}
