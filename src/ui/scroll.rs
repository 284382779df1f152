//! Scrolling lists that say so: the content of a scroll area is exposed to screen readers (and
//! to the layout tests) as a scroll view that clips its children, with the bounds of what is
//! visible and how far it scrolls, so that a widget scrolled out of sight is known to be out of
//! sight, and a screen meant to fit is known to fit.

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
        // How far it is scrolled, and how far it can be: zero when everything fits.
        let offset = f64::from(output.state.clamped_offset().y);
        let most = f64::from((output.content_size.y - viewport.height()).max(0.0));
        ui.ctx().accesskit_node_builder(id, |node| {
            node.set_role(egui::accesskit::Role::ScrollView);
            node.set_scroll_y(offset);
            node.set_scroll_y_min(0.0);
            node.set_scroll_y_max(most);
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
