//! What the UI test files share: the real app in a 1280×800 kittest harness, and tapping
//! widgets by role and label the way a screen reader (or a finger) finds them.

use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::i18n::Lang;
use archipel::settings::Settings;
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Frames a screen may take to settle after a tap: a bar row learns its widths, a scroll bar
/// appears.
pub const MAX_STEPS: u64 = 8;

/// A harness around `app`, run until it settles.
pub fn harness_for(app: ArchipelApp) -> Harness<'static, ArchipelApp> {
    let mut harness = Harness::builder()
        .with_size(egui::Vec2::new(1280.0, 800.0))
        .with_max_steps(MAX_STEPS)
        .build_ui_state(|ui, app: &mut ArchipelApp| app.show(ui), app);
    harness.run();
    harness
}

/// Taps the widget with `role` and `label`, scrolling it into view first like a visitor would.
pub fn tap(harness: &mut Harness<'_, ArchipelApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

/// Whether a widget with `role` and `label` is shown.
pub fn shows(harness: &Harness<'_, ArchipelApp>, role: Role, label: &str) -> bool {
    harness.query_by_role_and_label(role, label).is_some()
}

/// The app's options for a visitor speaking `lang` in band `age`, without sound.
pub fn options(lang: &str, age: AgeBand) -> AppOptions {
    AppOptions {
        settings: Settings {
            lang: Lang::new(lang),
            age,
            ..Settings::default()
        },
        audio: false,
        ..AppOptions::default()
    }
}
