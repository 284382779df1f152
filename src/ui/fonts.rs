//! Fonts: Andika (SIL OFL), designed for children learning to read, with egui's built-in fonts
//! behind it for the pictogram glyphs.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use super::tokens::bold_family;
use crate::embedded;

const REGULAR: &str = "Andika-Regular";
const BOLD: &str = "Andika-Bold";

/// egui's default fonts with Andika first in every text family.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut add = |name: &str, family: FontFamily| {
        let mut chain = Vec::new();
        if let Some(data) = embedded::asset(&format!("fonts/{name}.ttf")) {
            fonts.font_data.insert(
                name.to_owned(),
                Arc::new(FontData::from_owned(data.into_owned())),
            );
            chain.push(name.to_owned());
        } else {
            log::error!("font {name} is missing from the binary; using egui's default font");
        }
        // The family must exist even without its font: egui panics on an unknown family.
        chain.extend(fallbacks.iter().cloned());
        fonts.families.insert(family, chain);
    };
    add(REGULAR, FontFamily::Proportional);
    add(BOLD, bold_family());
    fonts
}

/// Installs the fonts on `ctx`; they apply from the next frame.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
