//! The kiosk's screens: the attract screen between visitors, the "Still there?" countdown, and
//! the PIN pad in front of the facilitator panel.

use std::f32::consts::TAU;

use eframe::egui::{
    self, Align2, Id, Order, Pos2, Rect, RichText, Role, Sense, Stroke, Ui, Vec2, WidgetInfo,
};

use crate::ui::Pictogram;
use crate::ui::dialog::{Dialog, dialog_ui};
use crate::ui::fonts::{bold, regular};
use crate::ui::guide::{Pose, paint_kitten};
use crate::ui::tokens::{theme, tokens};
use crate::ui::widgets::{BigButton, allocate_button, card_frame, focus_ring, paint_card};

/// Frames per second of the attract animation: smooth enough, light on an old laptop.
pub const ATTRACT_FPS: f32 = 10.0;
/// Frames per second of the countdown ring.
const COUNTDOWN_FPS: f32 = 5.0;

/// The attract screen: animated islands trading messages and an invitation to touch, in every
/// language offered. Returns whether it was touched.
pub fn attract_ui(ui: &mut Ui, invitations: &[String], now_secs: f64) -> bool {
    let theme = theme(ui.ctx());
    let (p, s) = (&theme.palette, &theme.sizes);
    let rect = ui.max_rect();
    let label = invitations.first().cloned().unwrap_or_default();
    let response = ui.interact(rect, ui.scope_id().with("attract"), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    let painter = ui.painter();
    // No background fill: the window is cleared to the background colour already, and every
    // full-screen layer costs a software renderer several milliseconds per frame.

    let t = now_secs as f32;
    let center = Pos2::new(rect.center().x, rect.top() + rect.height() * 0.3);
    let scale = (rect.height() / 800.0).clamp(0.6, 2.0);
    paint_islands(painter, center, 135.0 * scale, t, theme);

    // The invitations, the first one biggest.
    let mut y = rect.top() + rect.height() * 0.55;
    for (i, line) in invitations.iter().enumerate() {
        let size = if i == 0 {
            s.font_title * 1.1
        } else {
            s.font_heading
        };
        let color = if i == 0 { p.text } else { p.text_muted };
        let galley = painter.layout(
            line.clone(),
            bold(size),
            color,
            rect.width() - 2.0 * s.margin,
        );
        let height = galley.size().y;
        painter.galley(
            Pos2::new(rect.center().x - galley.size().x / 2.0, y),
            galley,
            color,
        );
        y += height + s.gap * 0.5;
    }

    // A finger with ripples: the screen can be touched.
    let finger = Pos2::new(rect.center().x, (y + 90.0).min(rect.bottom() - 85.0));
    for k in 0..2 {
        let phase = ((t / 1.6) + k as f32 * 0.5).fract();
        let radius = 30.0 + 50.0 * phase;
        let alpha = 1.0 - phase;
        painter.circle_stroke(
            finger,
            radius,
            Stroke::new(4.0, p.primary.gamma_multiply(alpha)),
        );
    }
    painter.circle_filled(finger, 30.0, p.primary);
    Pictogram::Finger.paint(painter, finger, 34.0, p.on_primary);
    // Miette, the guide, waves beside it.
    let kitten = Rect::from_center_size(
        finger + Vec2::new(120.0, -10.0),
        Vec2::new(105.0, 110.0) * scale.max(1.0),
    );
    paint_kitten(
        painter,
        kitten,
        Pose {
            wave: Some(t),
            ..Pose::default()
        },
    );
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f32(1.0 / ATTRACT_FPS));
    response.clicked() || response.is_pointer_button_down_on()
}

/// Three islands linked by dotted lines, with messages travelling between them.
fn paint_islands(
    painter: &egui::Painter,
    center: Pos2,
    radius: f32,
    t: f32,
    theme: &crate::ui::tokens::Theme,
) {
    let p = &theme.palette;
    painter.circle_filled(center, radius * 1.25, p.pastels[0]);
    let islands: Vec<(Pos2, f32)> = (0..3)
        .map(|i| {
            let angle = -TAU / 4.0 + i as f32 * TAU / 3.0;
            let bob = (t * 1.3 + i as f32).sin() * radius * 0.03;
            let pos = center + Vec2::angled(angle) * radius * 0.62 + Vec2::new(0.0, bob);
            (pos, radius * [0.26, 0.22, 0.3][i])
        })
        .collect();
    for i in 0..3 {
        let (a, _) = islands[i];
        let (b, _) = islands[(i + 1) % 3];
        for k in 1..10 {
            let dot = a.lerp(b, k as f32 / 10.0);
            painter.circle_filled(dot, radius * 0.02, p.surface);
        }
        let progress = (t * 0.35 + i as f32 / 3.0).fract();
        painter.circle_filled(a.lerp(b, progress), radius * 0.055, p.accent);
    }
    for (pos, size) in islands {
        painter.circle_filled(pos, size * 1.2, p.selected);
        painter.circle_filled(pos, size, p.success);
    }
}

/// What the visitor did on the countdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountdownAnswer {
    /// Nothing yet.
    Waiting,
    /// "I'm still here".
    StillHere,
}

/// The "Still there?" overlay above everything, with the seconds left.
pub fn countdown_ui(
    ctx: &egui::Context,
    texts: [&str; 3],
    remaining_secs: f64,
    total_secs: f64,
) -> CountdownAnswer {
    let [title, body, button] = texts;
    let (p, s) = tokens(ctx);
    let mut answer = CountdownAnswer::Waiting;
    modal(ctx, "archipel-countdown", title, s.margin * 1.5, |ui| {
        ui.set_width(560.0);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(title).font(bold(s.font_title)));
            ui.label(RichText::new(body).font(regular(s.font_body)));
            ui.add_space(s.gap);
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(140.0), Sense::hover());
            let painter = ui.painter();
            let fraction = (remaining_secs / total_secs.max(1.0)).clamp(0.0, 1.0) as f32;
            painter.circle_stroke(rect.center(), 60.0, Stroke::new(10.0, p.disabled));
            let steps = 64;
            let points: Vec<Pos2> = (0..=steps)
                .map(|i| {
                    let angle = -TAU / 4.0 + TAU * fraction * i as f32 / steps as f32;
                    rect.center() + Vec2::angled(angle) * 60.0
                })
                .collect();
            painter.add(egui::Shape::line(points, Stroke::new(10.0, p.primary)));
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                format!("{}", remaining_secs.ceil() as u32),
                bold(56.0),
                p.text,
            );
            ui.add_space(s.gap);
            if ui
                .add(
                    BigButton::new(button)
                        .pictogram(Pictogram::ThumbsUp)
                        .primary(),
                )
                .clicked()
            {
                answer = CountdownAnswer::StillHere;
            }
        });
    });
    ctx.request_repaint_after(std::time::Duration::from_secs_f32(1.0 / COUNTDOWN_FPS));
    answer
}

/// A card in the middle of the screen above a dimmed, untouchable background.
fn modal(
    ctx: &egui::Context,
    id: &str,
    label: &str,
    margin: f32,
    add_contents: impl FnOnce(&mut Ui),
) {
    let (p, _) = tokens(ctx);
    let screen = ctx.content_rect();
    egui::Area::new(Id::unique((id, "scrim")))
        .order(Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            ui.painter().rect_filled(screen, 0.0, p.scrim);
            // Catches every touch, so nothing underneath reacts.
            ui.allocate_rect(screen, Sense::click());
        });
    egui::Area::new(Id::unique(id))
        .order(Order::Tooltip)
        .anchor(Align2::CENTER_CENTER, Vec2::ZERO)
        .show(ctx, |ui| {
            dialog_ui(ui, Dialog::Modal, label, |ui| {
                card_frame(ui)
                    .inner_margin(egui::Margin::same(margin as i8))
                    .show(ui, add_contents);
            });
        });
}

/// What the facilitator did on the PIN pad.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadAction {
    /// A digit.
    Digit(char),
    /// Remove the last digit.
    Erase,
    /// Check the PIN.
    Submit,
    /// Close the pad.
    Cancel,
}

/// Texts of the PIN pad, in the current language.
pub struct PadTexts<'a> {
    /// "Facilitator PIN".
    pub title: &'a str,
    /// A line under the dots (wrong PIN, locked…), if any.
    pub message: Option<&'a str>,
    /// "Erase".
    pub erase: &'a str,
    /// "OK".
    pub ok: &'a str,
    /// "Cancel".
    pub cancel: &'a str,
}

/// An on-screen PIN pad in a window above everything: digits as big buttons, dots for what is
/// typed. The keyboard works too (digits, Backspace, Enter, Escape).
pub fn pin_pad_ui(
    ctx: &egui::Context,
    texts: &PadTexts<'_>,
    typed: usize,
    locked: bool,
) -> Vec<PadAction> {
    let (p, s) = tokens(ctx);
    let mut actions = keyboard_actions(ctx);
    modal(ctx, "archipel-pin-pad", texts.title, s.margin, |ui| {
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(texts.title).font(bold(s.font_heading)));
            pin_dots(ui, typed);
            ui.label(
                RichText::new(texts.message.unwrap_or(" "))
                    .font(regular(s.font_body))
                    .color(p.accent),
            );
            ui.add_space(s.gap * 0.5);
            let rows: [[&str; 3]; 4] = [
                ["1", "2", "3"],
                ["4", "5", "6"],
                ["7", "8", "9"],
                ["⬅", "0", "✔"],
            ];
            egui::Grid::new("pin-keys")
                .spacing(Vec2::splat(s.gap * 0.75))
                .show(ui, |ui| {
                    for row in rows {
                        for key in row {
                            let (label, pressed) = match key {
                                "⬅" => (texts.erase, PadAction::Erase),
                                "✔" => (texts.ok, PadAction::Submit),
                                digit => {
                                    (digit, PadAction::Digit(digit.chars().next().unwrap_or('0')))
                                }
                            };
                            if pad_key(ui, key, label, !locked).clicked() {
                                actions.push(pressed);
                            }
                        }
                        ui.end_row();
                    }
                });
            ui.add_space(s.gap * 0.5);
            if ui
                .add(BigButton::new(texts.cancel).pictogram(Pictogram::Back))
                .clicked()
            {
                actions.push(PadAction::Cancel);
            }
        });
    });
    if locked {
        // The lockout message counts down.
        ctx.request_repaint_after(std::time::Duration::from_secs(1));
    }
    actions
}

/// One dot per digit typed (never the digits), in a row of eight.
pub fn pin_dots(ui: &mut Ui, typed: usize) {
    let (p, _) = tokens(ui.ctx());
    let (rect, _) = ui.allocate_exact_size(Vec2::new(8.0 * 28.0, 32.0), Sense::hover());
    for i in 0..8 {
        let center = Pos2::new(rect.left() + 14.0 + i as f32 * 28.0, rect.center().y);
        if i < typed {
            ui.painter().circle_filled(center, 9.0, p.text);
        } else {
            ui.painter()
                .circle_stroke(center, 9.0, Stroke::new(2.0, p.outline));
        }
    }
}

/// Digits, Backspace, Enter and Escape typed on a keyboard, in order (several can arrive in one
/// frame).
fn keyboard_actions(ctx: &egui::Context) -> Vec<PadAction> {
    ctx.input_mut(|input| {
        let mut actions = Vec::new();
        input.events.retain(|event| {
            let action = match event {
                egui::Event::Text(text) if text.chars().all(|c| c.is_ascii_digit()) => {
                    actions.extend(text.chars().map(PadAction::Digit));
                    return false;
                }
                egui::Event::Key {
                    key: egui::Key::Backspace,
                    pressed: true,
                    ..
                } => PadAction::Erase,
                egui::Event::Key {
                    key: egui::Key::Enter,
                    pressed: true,
                    ..
                } => PadAction::Submit,
                egui::Event::Key {
                    key: egui::Key::Escape,
                    pressed: true,
                    ..
                } => PadAction::Cancel,
                _ => return true,
            };
            actions.push(action);
            false
        });
        actions
    })
}

/// One key of the pad: a square button with a big glyph.
fn pad_key(ui: &mut Ui, glyph: &str, label: &str, enabled: bool) -> egui::Response {
    let (p, s) = tokens(ui.ctx());
    let size = Vec2::splat(s.touch_target * 1.25);
    let (rect, response) = allocate_button(ui, size, label, enabled);
    let (fill, ink) = if enabled {
        (p.bar, p.text)
    } else {
        (p.disabled, p.on_disabled)
    };
    let draw = crate::ui::widgets::pressed(&response, rect);
    paint_card(ui.painter(), draw, fill);
    ui.painter().text(
        draw.center(),
        Align2::CENTER_CENTER,
        glyph,
        bold(s.font_title),
        ink,
    );
    focus_ring(ui, &response, rect);
    response
}
