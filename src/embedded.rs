//! Everything the app needs, compiled into the binary: content, translations, fonts and images.
//! In debug builds rust-embed reads these folders from disk, so edits show without a rebuild.

use std::borrow::Cow;

use rust_embed::RustEmbed;

/// `content/`: activity metadata and data files.
#[derive(RustEmbed)]
#[folder = "content/"]
#[exclude = "*.md"]
pub struct Content;

/// `locales/<lang>/*.ftl`: the interface texts.
#[derive(RustEmbed)]
#[folder = "locales/"]
pub struct Locales;

/// `assets/`: fonts and images.
#[derive(RustEmbed)]
#[folder = "assets/"]
#[exclude = "*.md"]
#[exclude = "*.txt"]
pub struct Assets;

/// The bytes of `assets/<path>`, if that file exists.
pub fn asset(path: &str) -> Option<Cow<'static, [u8]>> {
    Assets::get(path).map(|file| file.data)
}
