//! The guide: Miette, a small ginger kitten drawn in code, who gives the youngest their
//! instructions in a speech bubble and reacts to what they do: happy after a success,
//! encouraging after a miss, surprised when a tracker flies off. A finished activity gets a
//! shower of confetti behind the screen's widgets, never over what is to be tapped next.
//!
//! What the guide last did is part of the visitor's session ([`Guide`]); the app changes it
//! when an activity asks ([`crate::activity::Command::React`]) and when one is finished. Moving
//! frames are capped at [`GUIDE_FPS`]; at rest the kitten only blinks now and then.

mod kitten;
mod party;

use std::time::Duration;

use eframe::egui::{self, Rect, Response, Role, Sense, Ui, Vec2, WidgetInfo};

pub use kitten::{Pose, paint_kitten};
pub use party::paint_confetti;

use super::tokens::tokens;

/// Something the guide reacts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reaction {
    /// A success: it hops, with stars.
    Happy,
    /// A miss: it tilts its head and waves a paw, "try again".
    Encouraging,
    /// Something unexpected (a tracker flew off): ears up, round eyes, a little jump.
    Surprised,
}

/// How long a reaction lasts, in seconds.
pub const REACTION_SECS: f64 = 1.4;
/// How long the confetti of a finished activity falls, in seconds.
pub const PARTY_SECS: f64 = 2.4;
/// Frames per second while the guide moves or confetti falls: a little below the attract
/// screen's 10, because each frame redraws the whole screen (about 10 ms on a stand laptop
/// without a graphics driver) and a game's screen has more to draw than the attract screen.
pub const GUIDE_FPS: f32 = 8.0;
/// Frames per second of a hint that breathes (what to drag where): as slow as the attract
/// screen's animation.
pub const HINT_FPS: f32 = 10.0;
/// The kitten blinks every this many seconds at rest (6-9 only)...
const BLINK_EVERY_SECS: f64 = 4.5;
/// ...for this long.
const BLINK_SECS: f64 = 0.16;

/// What the guide last did, for one visitor (part of the session, never stored).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Guide {
    reaction: Option<(Reaction, f64)>,
    party: Option<f64>,
}

impl Guide {
    /// The guide reacts at `now_secs` (seconds on the app's clock).
    pub fn react(&mut self, reaction: Reaction, now_secs: f64) {
        self.reaction = Some((reaction, now_secs));
    }

    /// An activity was finished: the guide is happy and confetti falls.
    pub fn celebrate(&mut self, now_secs: f64) {
        self.react(Reaction::Happy, now_secs);
        self.party = Some(now_secs);
    }

    /// The reaction under way at `now_secs`, and how far it is (0 to 1).
    pub fn reaction(&self, now_secs: f64) -> Option<(Reaction, f32)> {
        let (reaction, since) = self.reaction?;
        progress(since, now_secs, REACTION_SECS).map(|done| (reaction, done))
    }

    /// How far the confetti has fallen at `now_secs` (0 to 1), while it falls.
    pub fn party(&self, now_secs: f64) -> Option<f32> {
        progress(self.party?, now_secs, PARTY_SECS)
    }
}

fn progress(since: f64, now_secs: f64, length: f64) -> Option<f32> {
    let done = (now_secs - since) / length;
    (0.0..1.0).contains(&done).then_some(done as f32)
}

/// How big the guide is: large beside a 6-9 instruction, small from 10 up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuideSize {
    /// 6-9: the kitten carries the screen, and blinks at rest.
    Large,
    /// 10 and up: a small companion, still at rest.
    Small,
}

impl GuideSize {
    /// Its height in points.
    pub fn height(self) -> f32 {
        match self {
            Self::Large => 84.0,
            Self::Small => 52.0,
        }
    }
}

/// The kitten, as `guide` and the moment make it, `size` big; a tap makes it happy (the
/// caller reacts). `name` is its name for screen readers and tests.
pub fn kitten_ui(
    ui: &mut Ui,
    guide: &Guide,
    now_secs: f64,
    size: GuideSize,
    name: &str,
) -> Response {
    let height = size.height();
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(height), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, name));
    let reaction = guide.reaction(now_secs);
    let blink = size == GuideSize::Large
        && reaction.is_none()
        && now_secs.rem_euclid(BLINK_EVERY_SECS) < BLINK_SECS;
    if ui.is_rect_visible(rect) {
        let pose = Pose {
            reaction,
            blink,
            wave: None,
        };
        paint_kitten(ui.painter(), rect, pose);
    }
    schedule(ui.ctx(), guide, now_secs, size);
    response.on_hover_text(name)
}

/// Asks for the next frame the guide needs: soon while it moves, at the next blink at rest.
fn schedule(ctx: &egui::Context, guide: &Guide, now_secs: f64, size: GuideSize) {
    if guide.reaction(now_secs).is_some() || guide.party(now_secs).is_some() {
        ctx.request_repaint_after(Duration::from_secs_f32(1.0 / GUIDE_FPS));
    } else if size == GuideSize::Large {
        let into = now_secs.rem_euclid(BLINK_EVERY_SECS);
        let wait = if into < BLINK_SECS {
            BLINK_SECS - into
        } else {
            BLINK_EVERY_SECS - into
        };
        ctx.request_repaint_after(Duration::from_secs_f64(wait.max(0.01)));
    }
}

/// A speech bubble around what `add_contents` adds, its tail pointing left at the guide.
pub fn speech_bubble<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let (p, s) = tokens(ui.ctx());
    let stroke = egui::Stroke::new(s.outline_width, p.outline);
    let tail = 14.0;
    ui.add_space(tail);
    let inner = egui::Frame::new()
        .fill(p.surface)
        .stroke(stroke)
        .corner_radius(egui::CornerRadius::same(s.corner))
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, add_contents);
    let rect: Rect = inner.response.rect;
    // The tail: a triangle over the bubble's left edge, outlined on its two outer sides.
    let y = (rect.top() + 34.0).min(rect.center().y);
    let tip = egui::pos2(rect.left() - tail, y - 4.0);
    let top = egui::pos2(rect.left() + s.outline_width, y - 12.0);
    let bottom = egui::pos2(rect.left() + s.outline_width, y + 8.0);
    let painter = ui.painter();
    painter.add(egui::Shape::convex_polygon(
        vec![top, bottom, tip],
        p.surface,
        egui::Stroke::NONE,
    ));
    painter.line_segment([top - Vec2::X * s.outline_width, tip], stroke);
    painter.line_segment([bottom - Vec2::X * s.outline_width, tip], stroke);
    inner.inner
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reaction_lasts_its_time_then_the_guide_rests() {
        let mut guide = Guide::default();
        assert_eq!(guide.reaction(0.0), None);
        guide.react(Reaction::Surprised, 10.0);
        assert_eq!(guide.reaction(10.0), Some((Reaction::Surprised, 0.0)));
        let (reaction, done) = guide.reaction(10.7).expect("under way");
        assert_eq!(reaction, Reaction::Surprised);
        assert!((done - 0.5).abs() < 1e-3, "{done}");
        assert_eq!(guide.reaction(10.0 + REACTION_SECS), None);
        assert_eq!(
            guide.party(10.5),
            None,
            "a reaction alone throws no confetti"
        );
    }

    #[test]
    fn a_finished_activity_is_a_happy_guide_and_confetti() {
        let mut guide = Guide::default();
        guide.celebrate(3.0);
        assert_eq!(guide.reaction(3.1).map(|r| r.0), Some(Reaction::Happy));
        assert!(guide.party(3.0 + PARTY_SECS * 0.5).is_some());
        assert_eq!(guide.party(3.0 + PARTY_SECS), None);
    }
}
