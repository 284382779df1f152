//! The hidden way to the facilitator panel: five taps within three seconds in the top-right
//! corner. A child does not find it by chance; a facilitator does not need a keyboard.

/// Taps needed.
pub const TAPS: usize = 5;
/// Within this many seconds.
pub const WITHIN_SECS: f64 = 3.0;
/// The corner's size, in points.
pub const CORNER_SIZE: f32 = 56.0;

/// Counts recent taps in the corner.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CornerTaps {
    times: Vec<f64>,
}

impl CornerTaps {
    /// Records a tap at `now_secs`; returns whether it completes the gesture.
    pub fn tap(&mut self, now_secs: f64) -> bool {
        self.times.retain(|&time| now_secs - time < WITHIN_SECS);
        self.times.push(now_secs);
        if self.times.len() >= TAPS {
            self.times.clear();
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_quick_taps_unlock() {
        let mut taps = CornerTaps::default();
        let results: Vec<bool> = [0.0, 0.4, 0.8, 1.2, 1.6]
            .into_iter()
            .map(|t| taps.tap(t))
            .collect();
        assert_eq!(results, vec![false, false, false, false, true]);
        assert!(!taps.tap(1.8), "the count starts again");
    }

    #[test]
    fn slow_taps_do_not() {
        let mut taps = CornerTaps::default();
        for t in [0.0, 1.0, 2.0, 3.0, 4.0, 5.0] {
            assert!(!taps.tap(t), "tap at {t}");
        }
        assert!(!taps.tap(5.2));
        assert!(
            taps.tap(5.4),
            "the last five taps now fall within three seconds"
        );
    }
}
