//! Opening the facilitator panel as a facilitator would: the key chord, then the PIN on the
//! pad. A module of its own, declared only by the files that use it
//! (`#[path = "support/panel.rs"] mod panel;`).

use archipel::app::ArchipelApp;
use archipel::kiosk::stand::Facilitator;
use eframe::egui::{self, Role};
use egui_kittest::Harness;

use crate::support::tap;

/// Ctrl+Alt+Shift+A, the key chord that opens the PIN pad.
pub fn press_unlock_chord(harness: &mut Harness<'_, ArchipelApp>) {
    let chord = egui::Modifiers {
        alt: true,
        ctrl: true,
        shift: true,
        ..egui::Modifiers::NONE
    };
    harness.key_press_modifiers(chord, egui::Key::A);
}

/// Types `pin` on the pad and presses OK.
pub fn type_pin(harness: &mut Harness<'_, ArchipelApp>, pin: &str) {
    for digit in pin.chars() {
        tap(harness, Role::Button, &digit.to_string());
    }
    tap(harness, Role::Button, "OK");
}

/// Opens the panel with the default PIN.
pub fn open_panel(harness: &mut Harness<'_, ArchipelApp>) {
    press_unlock_chord(harness);
    harness.run();
    type_pin(harness, "1234");
    assert!(matches!(
        harness.state().facilitator(),
        Facilitator::Panel(_)
    ));
}
