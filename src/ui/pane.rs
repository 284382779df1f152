//! A pane of small things to tap that lie close together (the map's places, the federation's
//! villagers): each is a widget of its own for the keyboard and screen readers, and a finger's
//! tap goes to the nearest one, so that a touch target can be bigger than the room between two
//! of them. The pane clips what it holds, and says so to screen readers (and the layout tests).

use eframe::egui::{self, Pos2, Rect, Ui};

/// Runs `add` in a clipping pane over `rect`, exposed to screen readers as a pane.
pub fn pane_ui<R>(ui: &mut Ui, rect: Rect, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(rect)
            .accessibility_role(egui::accesskit::Role::Pane),
        |ui| {
            let id = ui.unique_id();
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_clips_children();
                node.set_bounds(egui::accesskit::Rect {
                    x0: rect.min.x.into(),
                    y0: rect.min.y.into(),
                    x1: rect.max.x.into(),
                    y1: rect.max.y.into(),
                });
            });
            add(ui)
        },
    )
    .inner
}

/// The candidate nearest to `at` among those that reach it: each is a value, where it is, and
/// how far from there a tap still finds it.
pub fn nearest<T>(candidates: impl IntoIterator<Item = (T, Pos2, f32)>, at: Pos2) -> Option<T> {
    candidates
        .into_iter()
        .map(|(value, spot, reach)| (value, spot.distance(at), reach))
        .filter(|&(_, distance, reach)| distance <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(value, _, _)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tap_goes_to_the_nearest_within_reach() {
        let spots = [
            ('a', Pos2::new(0.0, 0.0), 30.0),
            ('b', Pos2::new(40.0, 0.0), 30.0),
            ('c', Pos2::new(200.0, 0.0), 10.0),
        ];
        assert_eq!(nearest(spots, Pos2::new(15.0, 0.0)), Some('a'));
        assert_eq!(nearest(spots, Pos2::new(25.0, 0.0)), Some('b'));
        assert_eq!(nearest(spots, Pos2::new(185.0, 0.0)), None);
        assert_eq!(nearest(spots, Pos2::new(100.0, 0.0)), None);
        // Of two close places the nearer wins; far from all, none; with none, none.
        let places = [
            (0, Pos2::new(100.0, 100.0), 40.0),
            (1, Pos2::new(130.0, 100.0), 40.0),
            (2, Pos2::new(400.0, 400.0), 40.0),
        ];
        assert_eq!(nearest(places, Pos2::new(120.0, 102.0)), Some(1));
        assert_eq!(nearest(places, Pos2::new(104.0, 98.0)), Some(0));
        assert_eq!(nearest(places, Pos2::new(250.0, 250.0)), None);
        assert_eq!(nearest(Vec::<(u8, Pos2, f32)>::new(), Pos2::ZERO), None);
    }
}
