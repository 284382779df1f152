//! Dialogs told apart: what floats over a screen says so to screen readers (and to the layout
//! tests), as a dialog, modal when nothing behind it can be touched.

use eframe::egui::{self, Ui, UiBuilder};

/// How a dialog relates to what is behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// Nothing behind it reacts until it is closed ("Still there?", the PIN pad).
    Modal,
    /// A card over a screen that stays usable around it (a place's card on the map).
    Floating,
}

/// Runs `add_contents` in a child of `ui` that is a dialog named `label` in the accessibility
/// tree.
pub fn dialog_ui<R>(
    ui: &mut Ui,
    kind: Dialog,
    label: &str,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    ui.scope_builder(
        UiBuilder::new()
            .accessibility_role(egui::accesskit::Role::Dialog)
            .accessibility_label(label),
        |ui| {
            if kind == Dialog::Modal {
                let id = ui.unique_id();
                ui.ctx()
                    .accesskit_node_builder(id, egui::accesskit::Node::set_modal);
            }
            add_contents(ui)
        },
    )
    .inner
}
