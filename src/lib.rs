//! Archipel: an offline, kiosk-ready desktop app that teaches children and teenagers how the
//! Internet works, why its concentration matters, and what free alternatives they can use.
//!
//! The binary (`src/main.rs`) only parses the command line and opens the window; everything
//! else lives here so that integration tests can drive the real app.

pub mod activities;
pub mod activity;
pub mod age;
pub mod app;
pub mod audio;
pub mod cli;
pub mod content;
pub mod embedded;
pub mod fsutil;
pub mod home;
pub mod i18n;
pub mod kiosk;
pub mod logging;
pub mod packs;
pub mod save;
pub mod session;
pub mod settings;
pub mod single_instance;
pub mod typography;
pub mod ui;
pub mod voice;

/// The application id, the same everywhere: the window's Wayland app id and X11 `WM_CLASS`,
/// the desktop file's name, the icon's name and the `AppStream` id (`packaging/`).
pub const APP_ID: &str = "org.archipel.archipel";
