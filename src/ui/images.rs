//! Pictures from `assets/`, decoded once and kept as textures.

use std::collections::HashMap;

use eframe::egui::{self, ColorImage, TextureHandle, TextureOptions};

use crate::embedded;

/// Textures by asset path; a missing or broken picture is logged once and remembered as absent.
#[derive(Default)]
pub struct ImageCache {
    textures: HashMap<String, Option<TextureHandle>>,
}

impl std::fmt::Debug for ImageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageCache")
            .field("loaded", &self.textures.len())
            .finish()
    }
}

impl ImageCache {
    /// The texture of `assets/<path>`, if that PNG exists and decodes.
    pub fn get(&mut self, ctx: &egui::Context, path: &str) -> Option<TextureHandle> {
        self.textures
            .entry(path.to_owned())
            .or_insert_with(|| {
                let image = decode(path)
                    .map_err(|reason| log::warn!("picture assets/{path}: {reason}"))
                    .ok()?;
                Some(ctx.load_texture(path, image, TextureOptions::LINEAR))
            })
            .clone()
    }
}

/// Decodes `assets/<path>` into an image.
///
/// # Errors
/// The reason, in words, when it is missing or not a PNG.
pub fn decode(path: &str) -> Result<ColorImage, String> {
    let bytes = embedded::asset(path).ok_or("not found")?;
    let image = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .map_err(|err| err.to_string())?
        .to_rgba8();
    let size = [image.width() as usize, image.height() as usize];
    Ok(ColorImage::from_rgba_unmultiplied(size, image.as_raw()))
}
