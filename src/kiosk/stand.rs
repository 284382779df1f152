//! The stand around the visitors, in one type: the idle timer and its "Still there?" countdown,
//! the hidden ways to the facilitator panel (corner taps, a key chord), the PIN pad and the
//! panel itself. It draws its overlays and tells the app what to do ([`StandAction`]); it never
//! reaches into the app, so it is tested without one.

use std::time::Duration;

use eframe::egui;

use super::idle::{IdleState, IdleTimer};
use super::panel::{PanelAction, PanelCtx, PanelState, panel_ui};
use super::pin::{PinCheck, PinPad};
use super::unlock::{CORNER_SIZE, CornerTaps};
use super::view::{CountdownAnswer, PadAction, PadTexts, countdown_ui, pin_pad_ui};
use crate::age::AgeBand;
use crate::i18n::{I18n, Lang};
use crate::settings::{PinHash, Settings};

/// The facilitator's side: closed, the PIN pad, or the panel.
#[derive(Clone, Debug, PartialEq)]
pub enum Facilitator {
    /// Nothing shown.
    Closed,
    /// The PIN pad, with the message of the last try.
    Pin(Option<String>),
    /// The panel.
    Panel(PanelState),
}

/// What the stand asks of the app.
#[derive(Clone, Debug, PartialEq)]
pub enum StandAction {
    /// Nobody answered "Still there?": end the visitor's session.
    EndSession,
    /// The facilitator did something in the panel (closing it is handled here).
    Panel(PanelAction),
}

/// Who is at the stand, as far as its idle timer is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Watch {
    /// Kiosk mode is on (the idle reset runs only then).
    pub kiosk: bool,
    /// A visitor's session is under way.
    pub visitor: bool,
}

/// The visitor's language and age band, for the texts the stand shows.
#[derive(Clone, Copy, Debug)]
pub struct Wording<'a> {
    /// The interface texts.
    pub i18n: &'a I18n,
    /// The visitor's language.
    pub lang: &'a Lang,
    /// The visitor's age band.
    pub age: AgeBand,
}

/// The idle timer, the ways to the panel, the PIN pad and the panel.
#[derive(Debug)]
pub struct Stand {
    idle: IdleTimer,
    /// The "Still there?" overlay is up (it stays until the finger lifts, so that the tap
    /// that answers it does not land on what is underneath).
    countdown_open: bool,
    corner_taps: CornerTaps,
    pin_pad: PinPad,
    facilitator: Facilitator,
}

impl Stand {
    /// A stand with the idle times of `settings`, the facilitator's side closed.
    pub fn new(settings: &Settings) -> Self {
        Self {
            idle: IdleTimer::new(
                0.0,
                f64::from(settings.idle_timeout_secs),
                f64::from(settings.countdown_secs),
            ),
            countdown_open: false,
            corner_taps: CornerTaps::default(),
            pin_pad: PinPad::default(),
            facilitator: Facilitator::Closed,
        }
    }

    /// Takes the idle times of new settings.
    pub fn configure(&mut self, settings: &Settings) {
        self.idle.configure(
            f64::from(settings.idle_timeout_secs),
            f64::from(settings.countdown_secs),
        );
    }

    /// The facilitator's side.
    pub fn facilitator(&self) -> &Facilitator {
        &self.facilitator
    }

    /// Whether the panel is open (it then takes the whole screen).
    pub fn panel_open(&self) -> bool {
        matches!(self.facilitator, Facilitator::Panel(_))
    }

    /// Closes the PIN pad or the panel (a new session, or the app quitting).
    pub fn close(&mut self) {
        self.facilitator = Facilitator::Closed;
    }

    /// Someone touched the screen at `now_secs`.
    pub fn input(&mut self, now_secs: f64) {
        self.idle.input(now_secs);
    }

    /// The hidden ways to the panel: five taps in the top-right corner, or Ctrl+Alt+Shift+A
    /// (consumed, so nothing under it sees the key). Opens the PIN pad.
    pub fn watch_unlock(&mut self, ctx: &egui::Context, now_secs: f64) {
        if self.facilitator != Facilitator::Closed {
            return;
        }
        let chord = egui::Modifiers {
            alt: true,
            ctrl: true,
            shift: true,
            ..egui::Modifiers::NONE
        };
        let by_keys = ctx.input_mut(|input| input.consume_key(chord, egui::Key::A));
        let screen = ctx.content_rect();
        let corner = egui::Rect::from_min_max(
            egui::pos2(screen.right() - CORNER_SIZE, screen.top()),
            egui::pos2(screen.right(), screen.top() + CORNER_SIZE),
        );
        let corner_taps = ctx.input(|input| {
            input
                .events
                .iter()
                .filter(|event| matches!(event, egui::Event::PointerButton { pos, pressed: true, .. } if corner.contains(*pos)))
                .count()
        });
        let mut by_taps = false;
        for _ in 0..corner_taps {
            by_taps |= self.corner_taps.tap(now_secs);
        }
        if by_keys || by_taps {
            self.facilitator = Facilitator::Pin(None);
            self.idle.input(now_secs);
        }
    }

    /// The PIN pad, when it is open: digits, the lockout after repeated mistakes, and the
    /// panel when the PIN matches `stored` (the default PIN while none is set).
    pub fn pin_ui(
        &mut self,
        ctx: &egui::Context,
        now_secs: f64,
        wording: Wording<'_>,
        stored: Option<&PinHash>,
    ) {
        let Facilitator::Pin(last_message) = &self.facilitator else {
            return;
        };
        let Wording { i18n, lang, .. } = wording;
        let pad = &mut self.pin_pad;
        let locked = pad.is_locked(now_secs);
        let message = if locked {
            Some(i18n.tr_args(
                lang,
                AgeBand::Older,
                "kiosk-pin-locked",
                &[(
                    "seconds",
                    (pad.locked_for_secs(now_secs).ceil() as u32).into(),
                )],
            ))
        } else {
            last_message.clone()
        };
        let texts = PadTexts {
            title: &i18n.tr(lang, "kiosk-pin-title"),
            message: message.as_deref(),
            erase: &i18n.tr(lang, "kiosk-pin-erase"),
            ok: &i18n.tr(lang, "kiosk-pin-ok"),
            cancel: &i18n.tr(lang, "kiosk-pin-cancel"),
        };
        for action in pin_pad_ui(ctx, &texts, pad.len(), locked) {
            match action {
                PadAction::Digit(digit) => pad.press(digit, now_secs),
                PadAction::Erase => pad.erase(),
                PadAction::Cancel => {
                    pad.clear();
                    self.facilitator = Facilitator::Closed;
                }
                PadAction::Submit => {
                    self.facilitator = match pad.submit(stored, now_secs) {
                        PinCheck::Accepted => {
                            log::info!("facilitator panel opened");
                            Facilitator::Panel(PanelState::default())
                        }
                        PinCheck::Rejected { tries_left } => Facilitator::Pin(Some(i18n.tr_args(
                            lang,
                            AgeBand::Older,
                            "kiosk-pin-wrong",
                            &[("tries", tries_left.into())],
                        ))),
                        PinCheck::Locked { .. } => Facilitator::Pin(None),
                    };
                }
            }
            if !matches!(self.facilitator, Facilitator::Pin(_)) {
                break;
            }
        }
    }

    /// The panel, when it is open, in `ui`; what the facilitator did there for the app to
    /// apply ("Close" is applied here).
    pub fn panel_ui(&mut self, ui: &mut egui::Ui, panel: &PanelCtx<'_>) -> Vec<StandAction> {
        let Facilitator::Panel(state) = &mut self.facilitator else {
            return Vec::new();
        };
        let mut actions = Vec::new();
        for action in panel_ui(ui, state, panel) {
            if action == PanelAction::Close {
                self.facilitator = Facilitator::Closed;
            } else {
                actions.push(StandAction::Panel(action));
            }
        }
        actions
    }

    /// The idle reset, in kiosk mode while a visitor or the facilitator is there: "Still
    /// there?", then [`StandAction::EndSession`] when nobody answers.
    pub fn idle_ui(
        &mut self,
        ctx: &egui::Context,
        now_secs: f64,
        watch: Watch,
        wording: Wording<'_>,
    ) -> Option<StandAction> {
        let watching = watch.kiosk && (watch.visitor || self.facilitator != Facilitator::Closed);
        if !watching {
            return None;
        }
        let state = self.idle.state(now_secs);
        match state {
            IdleState::Active { countdown_in_secs } if !self.countdown_open => {
                ctx.request_repaint_after(Duration::from_secs_f64(countdown_in_secs));
                None
            }
            IdleState::Expired => {
                log::info!("idle timeout: new session");
                self.countdown_open = false;
                self.facilitator = Facilitator::Closed;
                ctx.request_repaint();
                Some(StandAction::EndSession)
            }
            IdleState::Active { .. } | IdleState::Countdown { .. } => {
                self.countdown_open = true;
                let total = self.idle.countdown_secs();
                let remaining_secs = match state {
                    IdleState::Countdown { remaining_secs } => remaining_secs,
                    _ => total,
                };
                let Wording { i18n, lang, age } = wording;
                let texts = [
                    i18n.tr_age(lang, age, "kiosk-still-there"),
                    i18n.tr_age(lang, age, "kiosk-still-there-body"),
                    i18n.tr_age(lang, age, "kiosk-still-here"),
                ];
                let answer = countdown_ui(
                    ctx,
                    [&texts[0], &texts[1], &texts[2]],
                    remaining_secs,
                    total,
                );
                // The overlay goes when the finger lifts (or a key is pressed), so that the tap
                // answering it never lands on the activity underneath.
                let answered = ctx.input(|input| {
                    input.pointer.any_released()
                        || input
                            .events
                            .iter()
                            .any(|event| matches!(event, egui::Event::Key { pressed: true, .. }))
                });
                if answer == CountdownAnswer::StillHere || answered {
                    self.idle.input(now_secs);
                    self.countdown_open = false;
                    ctx.request_repaint();
                }
                None
            }
        }
    }
}

/// Kiosk mode: the window cannot be closed or leave fullscreen, except by the panel's Quit
/// (`quitting`).
pub fn hold_window(ctx: &egui::Context, quitting: bool) {
    if quitting {
        return;
    }
    let (close_requested, fullscreen) = ctx.input(|input| {
        (
            input.viewport().close_requested(),
            input.viewport().fullscreen,
        )
    });
    if close_requested {
        log::info!("close request refused: kiosk mode");
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
    }
    if fullscreen == Some(false) {
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: egui::Vec2 = egui::vec2(1366.0, 768.0);

    fn settings() -> Settings {
        Settings {
            idle_timeout_secs: 60,
            countdown_secs: 20,
            ..Settings::default()
        }
    }

    /// Runs one frame at `time` with `events`, giving `frame` the context.
    fn frame(
        ctx: &egui::Context,
        time: f64,
        events: Vec<egui::Event>,
        frame: impl FnMut(&egui::Context),
    ) {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SCREEN)),
            time: Some(time),
            events,
            ..egui::RawInput::default()
        };
        let mut frame = frame;
        let mut output = ctx.run_ui(input, |ui| frame(ui.ctx()));
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
    }

    fn texts() -> (I18n, Lang) {
        let (i18n, _) = I18n::builtin();
        let lang = i18n.default_lang().clone();
        (i18n, lang)
    }

    fn wording<'a>(i18n: &'a I18n, lang: &'a Lang, age: AgeBand) -> Wording<'a> {
        Wording { i18n, lang, age }
    }

    fn tap(pos: egui::Pos2) -> Vec<egui::Event> {
        let button = |pressed| egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        vec![egui::Event::PointerMoved(pos), button(true), button(false)]
    }

    #[test]
    fn five_quick_taps_in_the_corner_open_the_pin_pad_and_four_do_not() {
        let ctx = egui::Context::default();
        let corner = egui::pos2(SCREEN.x - 10.0, 10.0);
        let mut stand = Stand::new(&settings());
        for i in 0..4 {
            frame(&ctx, f64::from(i) * 0.3, tap(corner), |ctx| {
                stand.watch_unlock(ctx, f64::from(i) * 0.3);
            });
        }
        assert_eq!(stand.facilitator(), &Facilitator::Closed);
        // Taps elsewhere do not count.
        frame(&ctx, 1.3, tap(egui::pos2(600.0, 400.0)), |ctx| {
            stand.watch_unlock(ctx, 1.3);
        });
        assert_eq!(stand.facilitator(), &Facilitator::Closed);
        frame(&ctx, 1.5, tap(corner), |ctx| stand.watch_unlock(ctx, 1.5));
        assert_eq!(stand.facilitator(), &Facilitator::Pin(None));
    }

    #[test]
    fn the_key_chord_opens_the_pin_pad() {
        let ctx = egui::Context::default();
        let mut stand = Stand::new(&settings());
        let modifiers = egui::Modifiers {
            alt: true,
            ctrl: true,
            shift: true,
            ..egui::Modifiers::NONE
        };
        let key = egui::Event::Key {
            key: egui::Key::A,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        };
        frame(&ctx, 0.0, vec![key], |ctx| stand.watch_unlock(ctx, 0.0));
        assert_eq!(stand.facilitator(), &Facilitator::Pin(None));
    }

    #[test]
    fn nobody_answering_still_there_ends_the_session_and_closes_the_pin_pad() {
        let ctx = egui::Context::default();
        let (i18n, lang) = texts();
        let wording = wording(&i18n, &lang, AgeBand::Older);
        let mut stand = Stand::new(&settings());
        stand.facilitator = Facilitator::Pin(None);
        let kiosk = |visitor| Watch {
            kiosk: true,
            visitor,
        };
        let at = |stand: &mut Stand, time: f64, watch: Watch| {
            let mut action = None;
            frame(&ctx, time, Vec::new(), |ctx| {
                action = stand.idle_ui(ctx, time, watch, wording);
            });
            action
        };
        // Out of kiosk mode, nothing ever ends.
        let desk = Watch {
            kiosk: false,
            visitor: true,
        };
        assert_eq!(at(&mut stand, 1000.0, desk), None);
        // The countdown shows at 60 s, the session ends 20 s later.
        assert_eq!(at(&mut stand, 30.0, kiosk(true)), None);
        assert!(!stand.countdown_open);
        assert_eq!(at(&mut stand, 65.0, kiosk(true)), None);
        assert!(stand.countdown_open);
        assert_eq!(
            at(&mut stand, 81.0, kiosk(true)),
            Some(StandAction::EndSession)
        );
        assert_eq!(stand.facilitator(), &Facilitator::Closed);
        assert!(!stand.countdown_open);
    }

    #[test]
    fn a_touch_during_the_countdown_keeps_the_session() {
        let ctx = egui::Context::default();
        let (i18n, lang) = texts();
        let wording = wording(&i18n, &lang, AgeBand::Young);
        let watch = Watch {
            kiosk: true,
            visitor: true,
        };
        let mut stand = Stand::new(&settings());
        frame(&ctx, 70.0, Vec::new(), |ctx| {
            assert_eq!(stand.idle_ui(ctx, 70.0, watch, wording), None);
        });
        assert!(stand.countdown_open);
        // The finger lifts anywhere: the overlay goes and the timer starts again.
        frame(&ctx, 71.0, tap(egui::pos2(100.0, 700.0)), |ctx| {
            assert_eq!(stand.idle_ui(ctx, 71.0, watch, wording), None);
        });
        assert!(!stand.countdown_open);
        frame(&ctx, 100.0, Vec::new(), |ctx| {
            assert_eq!(stand.idle_ui(ctx, 100.0, watch, wording), None);
        });
        assert!(!stand.countdown_open, "the timer restarted at 71 s");
    }
}
