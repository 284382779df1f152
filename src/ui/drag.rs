//! Dragging a thing with a finger: while it is held it follows the finger over everything, and
//! when it is let go the screen learns where. The same thing can also be tapped, then its
//! target tapped, for visitors who cannot drag (the activities decide what a tap means).

use eframe::egui::{self, Painter, Pos2, Response, Ui};

/// Where to draw a draggable thing this frame, and where it was let go.
pub struct Drag {
    /// Paints on the layer the thing belongs to this frame: above everything while dragged.
    pub painter: Painter,
    /// Its centre this frame: under the finger while dragged, else `home`.
    pub at: Pos2,
    /// Whether a finger is dragging it.
    pub dragging: bool,
    /// Where the finger let it go, on the frame it did.
    pub dropped_at: Option<Pos2>,
}

/// The drag state of the thing `response` answers for (sensing clicks and drags), whose centre
/// is `home` when nobody holds it.
pub fn follow(ui: &Ui, response: &Response, home: Pos2) -> Drag {
    let dragging = response.dragged();
    let painter = if dragging {
        ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            response.id.with("dragged"),
        ))
    } else {
        ui.painter().clone()
    };
    let at = if dragging {
        ui.ctx().pointer_interact_pos().unwrap_or(home)
    } else {
        home
    };
    let dropped_at = if response.drag_stopped() {
        response.interact_pointer_pos()
    } else {
        None
    };
    Drag {
        painter,
        at,
        dragging,
        dropped_at,
    }
}
