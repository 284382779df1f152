//! Dragging a thing as a finger would, for the games played by dragging. A module of its own,
//! declared only by the files that use it (`#[path = "support/drag.rs"] mod drag;`).

use archipel::app::ArchipelApp;
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Drags the button labelled `thing` onto the button labelled `target`, as a finger would: press,
/// six moves, let go.
pub fn drag(harness: &mut Harness<'static, ArchipelApp>, thing: &str, target: &str) {
    let from = harness
        .get_by_role_and_label(Role::Button, thing)
        .rect()
        .center();
    let to = harness
        .get_by_role_and_label(Role::Button, target)
        .rect()
        .center();
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run();
    for step in 1..=6 {
        harness.hover_at(from + (to - from) * (step as f32 / 6.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}
