//! QR codes: encoded once, drawn as one crisp texture (not thousands of squares).

use std::sync::Arc;

use eframe::egui::{
    self, Color32, ColorImage, Rect, Role, Sense, TextureHandle, TextureOptions, Vec2, WidgetInfo,
};

use super::tokens::theme;

/// Modules of white around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// A QR code for a text, as an image with one pixel per module.
#[derive(Clone, Debug, PartialEq)]
pub struct QrImage {
    text: String,
    image: Arc<ColorImage>,
}

impl QrImage {
    /// Encodes `text` (medium error correction: survives a smudge on a printed card).
    ///
    /// # Errors
    /// When the text is too long for any QR code.
    pub fn new(text: &str, dark: Color32, light: Color32) -> Result<Self, qrcode::types::QrError> {
        let code =
            qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)?;
        let modules = code.width();
        let side = modules + 2 * QUIET_ZONE;
        let mut pixels = vec![light; side * side];
        for (i, color) in code.to_colors().into_iter().enumerate() {
            if color == qrcode::Color::Dark {
                let (x, y) = (i % modules + QUIET_ZONE, i / modules + QUIET_ZONE);
                pixels[y * side + x] = dark;
            }
        }
        Ok(Self {
            text: text.to_owned(),
            image: Arc::new(ColorImage::new([side, side], pixels)),
        })
    }

    /// The code for `text` in the theme's colours, encoded once and kept in `ctx` until the text
    /// changes (encoding tries eight masks: too slow to redo every frame). `None`, logged, when
    /// the text is too long for a QR code.
    pub fn cached(ctx: &egui::Context, text: &str) -> Option<Self> {
        let id = egui::Id::unique("archipel-qr-image");
        if let Some(qr) = ctx
            .data(|data| data.get_temp::<Self>(id))
            .filter(|qr| qr.text == text)
        {
            return Some(qr);
        }
        let palette = &theme(ctx).palette;
        let qr = Self::new(text, palette.qr_dark, palette.qr_light)
            .map_err(|err| log::error!("cannot build the QR code: {err}"))
            .ok()?;
        ctx.data_mut(|data| data.insert_temp(id, qr.clone()));
        Some(qr)
    }

    /// The encoded text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Modules per side, quiet zone included.
    pub fn side(&self) -> usize {
        self.image.size[0]
    }

    /// The image, one pixel per module.
    pub fn image(&self) -> &ColorImage {
        &self.image
    }
}

#[derive(Clone)]
struct QrTexture {
    text: String,
    texture: TextureHandle,
}

/// Draws `qr` in a `size`-point square. The texture is kept between frames, and rebuilt only
/// when the text changes.
pub fn qr_ui(ui: &mut egui::Ui, qr: &QrImage, size: f32, label: &str) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, label));
    let id = response.id.with("qr-texture");
    let cached = ui
        .ctx()
        .data(|data| data.get_temp::<QrTexture>(id))
        .filter(|cached| cached.text == qr.text);
    let texture = cached.map_or_else(
        || {
            let texture = ui
                .ctx()
                .load_texture("qr", (*qr.image).clone(), TextureOptions::NEAREST);
            ui.ctx().data_mut(|data| {
                data.insert_temp(
                    id,
                    QrTexture {
                        text: qr.text.clone(),
                        texture: texture.clone(),
                    },
                )
            });
            texture
        },
        |cached| cached.texture,
    );
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, theme(ui.ctx()).palette.qr_light);
    let uv = Rect::from_min_max(egui::Pos2::ZERO, egui::Pos2::new(1.0, 1.0));
    painter.image(
        texture.id(),
        crisp_rect(rect, qr.side(), ui.pixels_per_point()),
        uv,
        Color32::WHITE,
    );
    response
}

/// Where to draw a code of `modules` per side in `rect` so that every module is the same whole
/// number of pixels, on pixel edges: a camera reads sharp, even squares best (a module of 3.4
/// pixels is drawn 3 or 4 wide, and a scanner may lose count).
fn crisp_rect(rect: Rect, modules: usize, pixels_per_point: f32) -> Rect {
    let modules = modules.max(1) as f32;
    let module_px = (rect.width() * pixels_per_point / modules).floor().max(1.0);
    let side = module_px * modules / pixels_per_point;
    let min = rect.center() - Vec2::splat(side / 2.0);
    let min = (min.to_vec2() * pixels_per_point).round() / pixels_per_point;
    Rect::from_min_size(min.to_pos2(), Vec2::splat(side))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::tokens::Theme;

    #[test]
    fn modules_are_whole_pixels_on_pixel_edges() {
        let rect = Rect::from_min_size(egui::pos2(10.3, 20.7), Vec2::splat(300.0));
        for ppp in [1.0, 1.5, 2.0] {
            let drawn = crisp_rect(rect, 85, ppp);
            let module_px = drawn.width() * ppp / 85.0;
            assert!((module_px - module_px.round()).abs() < 1e-3, "{module_px}");
            assert!(rect.contains_rect(drawn.shrink(0.5)));
            let left_px = drawn.min.x * ppp;
            assert!((left_px - left_px.round()).abs() < 1e-3);
        }
    }

    #[test]
    fn a_code_has_its_quiet_zone_and_finder_patterns() {
        let p = Theme::cheerful().palette;
        let qr = QrImage::new("Mon plan", p.qr_dark, p.qr_light).unwrap();
        let side = qr.side();
        assert_eq!(side, 21 + 2 * QUIET_ZONE, "a short text fits version 1");
        let at = |x: usize, y: usize| qr.image().pixels[y * side + x];
        assert_eq!(at(0, 0), p.qr_light);
        assert_eq!(
            at(QUIET_ZONE, QUIET_ZONE),
            p.qr_dark,
            "top-left finder pattern"
        );
        assert_eq!(at(QUIET_ZONE + 1, QUIET_ZONE + 1), p.qr_light);
    }
}
