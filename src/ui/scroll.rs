//! Scrolling lists that say so: the content of a scroll area is exposed to screen readers (and
//! to the layout tests) as a scroll view that clips its children, with the bounds of what is
//! visible, so that a widget scrolled out of sight is known to be out of sight.

use eframe::egui::{self, ScrollArea, Ui};

/// Shows `area` in `ui` with `add_contents` inside, and marks its content as a clipping scroll
/// view in the accessibility tree.
pub fn scroll_view<R>(ui: &mut Ui, area: ScrollArea, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let mut content_id = None;
    let output = area.show(ui, |ui| {
        content_id = Some(ui.unique_id());
        add_contents(ui)
    });
    if let Some(id) = content_id {
        let viewport = output.inner_rect;
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_role(egui::accesskit::Role::ScrollView);
            node.set_clips_children();
            node.set_bounds(egui::accesskit::Rect {
                x0: viewport.min.x.into(),
                y0: viewport.min.y.into(),
                x1: viewport.max.x.into(),
                y1: viewport.max.y.into(),
            });
        });
    }
    output.inner
}
