//! One tap, one action. A child's finger often taps twice: on a button that changes the screen
//! or spends something, the second tap lands on whatever the first one brought there (the next
//! event's button, the next tile of a shop). So a second press near the first one, soon after
//! it, is dropped with its release before egui sees it, whatever is under it.

use eframe::egui::{Event, PointerButton, Pos2, RawInput};

/// A second press this soon after the first (seconds) is the same tap.
pub const SAME_TAP_SECS: f64 = 0.4;
/// A second press this close to the first (points) is the same tap.
pub const SAME_TAP_DISTANCE: f32 = 24.0;

/// Drops the second press of a double tap, and its release.
#[derive(Debug, Default)]
pub struct TapFilter {
    /// When and where the last press that counted was.
    last_press: Option<(f64, Pos2)>,
    /// A press was dropped: its release goes too.
    dropping: bool,
}

impl TapFilter {
    /// Removes the presses of `raw` that repeat the last one, with their releases.
    pub fn filter(&mut self, raw: &mut RawInput) {
        let Some(now) = raw.time else {
            return;
        };
        raw.events.retain(|event| match event {
            Event::PointerButton {
                pos,
                button: PointerButton::Primary,
                pressed: true,
                ..
            } => {
                let again = self.last_press.is_some_and(|(then, at)| {
                    now - then < SAME_TAP_SECS && at.distance(*pos) < SAME_TAP_DISTANCE
                });
                if !again {
                    self.last_press = Some((now, *pos));
                }
                self.dropping = again;
                !again
            }
            Event::PointerButton {
                button: PointerButton::Primary,
                pressed: false,
                ..
            } if self.dropping => {
                self.dropping = false;
                false
            }
            _ => true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::egui::Modifiers;

    fn button(pressed: bool, x: f32) -> Event {
        Event::PointerButton {
            pos: Pos2::new(x, 100.0),
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::default(),
        }
    }

    /// The events left of a tap (press and release) at `x` at time `secs`.
    fn tap(filter: &mut TapFilter, secs: f64, x: f32) -> usize {
        let mut raw = RawInput {
            time: Some(secs),
            events: vec![button(true, x), button(false, x)],
            ..RawInput::default()
        };
        filter.filter(&mut raw);
        raw.events.len()
    }

    #[test]
    fn a_double_tap_is_one_tap() {
        let mut filter = TapFilter::default();
        assert_eq!(tap(&mut filter, 10.0, 50.0), 2);
        assert_eq!(
            tap(&mut filter, 10.2, 55.0),
            0,
            "the second tap of a double tap"
        );
        assert_eq!(
            tap(&mut filter, 10.5, 55.0),
            2,
            "a tap after a pause counts"
        );
    }

    #[test]
    fn quick_taps_at_different_places_all_count() {
        let mut filter = TapFilter::default();
        assert_eq!(tap(&mut filter, 10.0, 50.0), 2);
        assert_eq!(tap(&mut filter, 10.1, 150.0), 2);
        assert_eq!(tap(&mut filter, 10.2, 50.0), 2);
    }

    #[test]
    fn a_release_in_a_later_frame_follows_its_press() {
        let mut filter = TapFilter::default();
        assert_eq!(tap(&mut filter, 1.0, 50.0), 2);
        let mut press = RawInput {
            time: Some(1.1),
            events: vec![button(true, 50.0), Event::Text("a".into())],
            ..RawInput::default()
        };
        filter.filter(&mut press);
        assert_eq!(press.events, vec![Event::Text("a".into())]);
        let mut release = RawInput {
            time: Some(1.6),
            events: vec![button(false, 50.0)],
            ..RawInput::default()
        };
        filter.filter(&mut release);
        assert!(
            release.events.is_empty(),
            "the dropped press's release goes too"
        );
        assert_eq!(tap(&mut filter, 1.7, 50.0), 2);
    }
}
