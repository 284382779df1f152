//! Fonts: Andika (SIL OFL), designed for children learning to read, with egui's built-in fonts
//! behind it for the pictogram glyphs.
//!
//! # A bounded font atlas
//!
//! egui rasterises every glyph at every size it is drawn at into one texture, the font atlas,
//! and keeps it. A size computed from a zoom, an animation or a screen size would add new
//! glyphs on every frame, and the atlas (and memory) would grow all day. So every text and
//! pictogram size goes through [`snap`], which rounds it to one of the few [`TEXT_SIZES`]:
//! [`bold`], [`regular`] and [`sized`] are the only ways the app makes a [`FontId`] (clippy
//! forbids the others). And [`cap_texture_side`] caps the atlas itself at
//! [`ATLAS_SIDE`]² pixels: egui starts it again when it is 80 % full, whatever happens.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily, FontId};

use super::tokens::bold_family;
use crate::embedded;

const REGULAR: &str = "Andika-Regular";
const BOLD: &str = "Andika-Bold";

/// Every size text and pictograms are drawn at, in points at UI scale 1.0: steps of about 8 %
/// up to 60, then about 12 %, which the eye does not tell apart. The design tokens' sizes
/// (16, 18, 22, 24, 30, 40) are steps, so the common texts are drawn at exactly their size.
pub const TEXT_SIZES: [f32; 34] = [
    10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 20.0, 22.0, 24.0, 26.0, 28.0, 30.0, 33.0,
    36.0, 40.0, 44.0, 48.0, 52.0, 56.0, 60.0, 68.0, 76.0, 84.0, 92.0, 100.0, 110.0, 120.0, 135.0,
    150.0, 165.0, 180.0,
];

/// The widest and tallest the font atlas may grow, in pixels. egui would otherwise take the
/// largest texture the driver allows (16384² with Mesa's software renderer: 1 GiB in memory,
/// and as much again in the texture). At 4096² (64 MiB, filled row by row as needed) every
/// glyph of every screen at UI scale 2.5 fits with room to spare (a test checks it), so egui
/// never has to start the atlas again in the middle of a visit.
pub const ATLAS_SIDE: usize = 4096;

/// The step of [`TEXT_SIZES`] nearest to `points` (in ratio, not in difference), clamped to
/// the smallest and largest step. A size that is not a finite number gives the body size.
pub fn snap(points: f32) -> f32 {
    if !points.is_finite() {
        return 22.0;
    }
    let mut best = TEXT_SIZES[0];
    let mut best_distance = f32::INFINITY;
    for size in TEXT_SIZES {
        let distance = (points / size).ln().abs();
        if distance < best_distance {
            best = size;
            best_distance = distance;
        }
    }
    best
}

/// Andika Bold at the step nearest to `points`.
pub fn bold(points: f32) -> FontId {
    sized(points, bold_family())
}

/// Andika at the step nearest to `points`.
pub fn regular(points: f32) -> FontId {
    sized(points, FontFamily::Proportional)
}

/// `family` at the step nearest to `points`.
#[expect(
    clippy::disallowed_methods,
    reason = "the one place where fonts are sized, always on a step"
)]
pub fn sized(points: f32, family: FontFamily) -> FontId {
    FontId::new(snap(points), family)
}

/// Caps the texture side egui may use for its font atlas at [`ATLAS_SIDE`]. Called on the raw
/// input of every frame, before egui sees it.
pub fn cap_texture_side(raw_input: &mut egui::RawInput) {
    let side = raw_input.max_texture_side.unwrap_or(ATLAS_SIDE);
    raw_input.max_texture_side = Some(side.min(ATLAS_SIDE));
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_snap_to_the_nearest_step() {
        assert!((snap(22.0) - 22.0).abs() < f32::EPSILON);
        assert!((snap(18.0 * 0.85) - 15.0).abs() < f32::EPSILON);
        assert!((snap(3.0) - 10.0).abs() < f32::EPSILON);
        assert!((snap(1e9) - 180.0).abs() < f32::EPSILON);
        assert!((snap(f32::NAN) - 22.0).abs() < f32::EPSILON);
    }

    #[test]
    fn a_continuous_range_of_sizes_gives_only_the_steps() {
        let mut seen: Vec<f32> = (0..100_000).map(|i| snap(1.0 + i as f32 * 0.003)).collect();
        seen.sort_by(f32::total_cmp);
        seen.dedup();
        assert_eq!(seen, TEXT_SIZES);
    }

    #[test]
    fn steps_grow_and_include_the_design_tokens() {
        assert!(TEXT_SIZES.windows(2).all(|pair| pair[0] < pair[1]));
        let sizes = super::super::tokens::Theme::cheerful().sizes;
        for token in [
            sizes.font_map_label,
            sizes.font_small,
            sizes.font_body,
            sizes.font_button,
            sizes.font_heading,
            sizes.font_title,
        ] {
            assert!(TEXT_SIZES.contains(&token), "{token} is not a step");
        }
    }

    #[test]
    fn the_fonts_have_the_french_narrow_space() {
        let ctx = egui::Context::default();
        install(&ctx);
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        for font in [regular(22.0), bold(22.0)] {
            assert!(
                ctx.fonts_mut(|fonts| fonts.has_glyph(&font, crate::typography::NARROW_NBSP)),
                "{font:?}"
            );
        }
    }

    #[test]
    fn the_texture_side_is_capped() {
        let mut raw = egui::RawInput {
            max_texture_side: Some(16_384),
            ..Default::default()
        };
        cap_texture_side(&mut raw);
        assert_eq!(raw.max_texture_side, Some(ATLAS_SIDE));
        let mut small = egui::RawInput {
            max_texture_side: Some(2048),
            ..Default::default()
        };
        cap_texture_side(&mut small);
        assert_eq!(
            small.max_texture_side,
            Some(2048),
            "a smaller GPU limit stays"
        );
    }
}
