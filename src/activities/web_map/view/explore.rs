//! Exploring: the bottom bar with the layer switches, the note a layer shows when it turns on,
//! the first hint, and the overlays drawn over the map.

use std::time::Duration;

use eframe::egui::{
    self, Align2, CornerRadius, Pos2, RichText, ScrollArea, Sense, Stroke, StrokeKind, Ui, Vec2,
};

use super::super::content::Layer;
use super::super::logic::{self, Layers};
use super::{FRAME, layer_color, layer_key, layer_pictogram};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::dialog::{Dialog, dialog_ui};
use crate::ui::fonts::regular;
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{theme, tokens};
use crate::ui::widgets::{BigButton, bottom_bar, card_frame, layer_chip, split_row};

/// What the explore bar asked for.
#[derive(Default)]
pub(super) struct ExploreAction {
    pub(super) follow: bool,
    /// The last layer's chip was tapped: it stays on.
    pub(super) layer_kept: bool,
}

/// The bottom bar while exploring: the layer switches and "follow a message".
pub(super) fn explore_bar_ui(
    ui: &mut Ui,
    layers: &mut Layers,
    ctx: &mut ActivityCtx<'_>,
) -> ExploreAction {
    let mut action = ExploreAction::default();
    bottom_bar(ui, "web_map-explore-bar", |ui| {
        let follow_label = ctx.tr("web_map-follow");
        let (toggled, clicked) = split_row(
            ui,
            "explore",
            |ui| {
                let (mut toggled, mut kept) = (false, false);
                for layer in Layer::ALL {
                    let on = layers.shows(layer);
                    let response = layer_chip(
                        ui,
                        layer_pictogram(layer),
                        &ctx.tr(layer_key(layer)),
                        on,
                        layer_color(&theme(ui.ctx()).palette, layer),
                    );
                    if response.clicked() {
                        if layers.toggle(layer) {
                            toggled = true;
                        } else {
                            kept = true;
                        }
                    }
                }
                (toggled, kept)
            },
            |ui| {
                ui.add(
                    BigButton::new(&follow_label)
                        .pictogram(Pictogram::Mail)
                        .primary(),
                )
                .clicked()
            },
        );
        let (toggled, kept) = toggled;
        if toggled || clicked {
            ctx.play(Sound::Tap);
        }
        action = ExploreAction {
            follow: clicked,
            layer_kept: kept,
        };
    });
    action
}

/// Why the last layer stays on, at the bottom of the map for a few seconds.
pub(super) fn layer_note_ui(ui: &Ui, viewport: egui::Rect, shown_secs: f64, ctx: &ActivityCtx<'_>) {
    let (_, s) = tokens(ui.ctx());
    let left = logic::LAYER_NOTE_SECS - shown_secs;
    if left <= 0.0 {
        return;
    }
    ui.ctx()
        .request_repaint_after(Duration::from_secs_f64(left.min(1.0)));
    egui::Area::new(ui.scope_id().with("layer-kept"))
        .order(egui::Order::Foreground)
        .pivot(Align2::LEFT_BOTTOM)
        .fixed_pos(viewport.left_bottom() + Vec2::new(s.margin, -s.margin))
        .constrain_to(viewport)
        .show(ui.ctx(), |ui| {
            card_frame(ui)
                .inner_margin(egui::Margin::symmetric(s.gap as i8, (s.gap * 0.6) as i8))
                .show(ui, |ui| {
                    ui.set_max_width(viewport.width() * 0.6);
                    ui.label(
                        RichText::new(ctx.tr("web_map-layer-kept")).font(regular(s.font_body)),
                    );
                });
        });
}

/// "Touch a place" at the top left of the map for the first seconds, until a card is opened.
pub(super) fn hint_ui(ui: &Ui, viewport: egui::Rect, opacity: f32, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    ui.ctx().request_repaint_after(if opacity < 1.0 {
        FRAME
    } else {
        Duration::from_secs(1)
    });
    let mut painter = ui.painter_at(viewport);
    painter.set_opacity(opacity);
    let (galley, frame) = hint_layout(ui, viewport, ctx);
    painter.rect(
        frame,
        CornerRadius::same(s.corner),
        p.surface,
        Stroke::new(1.5, p.outline),
        StrokeKind::Inside,
    );
    let pad = s.gap * 0.6;
    Pictogram::Finger.paint(
        &painter,
        frame.left_center() + Vec2::new(pad + HINT_ICON / 2.0, 0.0),
        HINT_ICON,
        p.text,
    );
    painter.galley(
        Pos2::new(
            frame.left() + 2.0 * pad + HINT_ICON,
            frame.center().y - galley.size().y / 2.0,
        ),
        galley,
        p.text,
    );
}

/// The hint's listen button, just right of it.
pub(super) fn hint_listen_ui(
    ui: &mut Ui,
    viewport: egui::Rect,
    said: &str,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, frame) = hint_layout(ui, viewport, ctx);
    let touch = tokens(ui.ctx()).1.touch_target;
    let at = frame.right_center() + Vec2::new(touch * 0.2, -touch / 2.0);
    ctx.listen_at(ui, egui::Rect::from_min_size(at, Vec2::splat(touch)), said);
}

pub(super) const HINT_ICON: f32 = 26.0;

/// The hint's text, laid out, and its frame in the top left corner of the map.
pub(super) fn hint_layout(
    ui: &Ui,
    viewport: egui::Rect,
    ctx: &ActivityCtx<'_>,
) -> (std::sync::Arc<egui::Galley>, egui::Rect) {
    let (p, s) = tokens(ui.ctx());
    let pad = s.gap * 0.6;
    let galley = ui.painter().layout(
        ctx.tr("web_map-hint"),
        regular(s.font_small),
        p.text,
        viewport.width() * 0.4,
    );
    let size = Vec2::new(
        galley.size().x + HINT_ICON + 3.0 * pad,
        galley.size().y.max(HINT_ICON) + 2.0 * pad,
    );
    let frame = egui::Rect::from_min_size(viewport.min + Vec2::splat(s.margin * 0.5), size);
    (galley, frame)
}

/// A card over the dimmed map, `width` points wide at most: `body` scrolls when it is long,
/// `footer` (the card's buttons) always shows under it. Both get `state`; `body` also gets the
/// height it has before it scrolls.
pub(super) fn overlay_ui<S, B, F>(
    ui: &Ui,
    (id, viewport, width): (&str, egui::Rect, f32),
    state: &mut S,
    body: impl FnOnce(&mut Ui, &mut S, f32) -> B,
    footer: impl FnOnce(&mut Ui, &mut S) -> F,
) -> (B, F) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    egui::Area::new(ui.scope_id().with((id, "scrim")))
        .order(egui::Order::Foreground)
        .fixed_pos(viewport.min)
        .show(ui.ctx(), |ui| {
            ui.painter().rect_filled(viewport, 0.0, theme.palette.scrim);
            // Catches every touch, so nothing underneath reacts.
            ui.allocate_rect(viewport, Sense::click());
        });
    let width = width.min(viewport.width() - 2.0 * s.margin);
    let margin = (s.margin * 0.75).min(viewport.height() / 20.0);
    egui::Area::new(ui.scope_id().with(id))
        .order(egui::Order::Tooltip)
        .fixed_pos(viewport.center_top() + Vec2::new(-width / 2.0, margin))
        .constrain_to(viewport)
        .show(ui.ctx(), |ui| {
            dialog_ui(ui, Dialog::Modal, id, |ui| {
                card_frame(ui)
                    .inner_margin(egui::Margin::same(s.margin as i8))
                    .show(ui, |ui| {
                        ui.set_width(width - 2.0 * s.margin);
                        let spacing = ui.spacing().item_spacing.y;
                        let footer_height = s.touch_target + s.gap * 0.5 + spacing;
                        let height = viewport.height()
                            - 2.0 * margin
                            - 2.0 * s.margin
                            - footer_height
                            - spacing;
                        let body = scroll_view(
                            ui,
                            ScrollArea::vertical().max_height(height.max(s.touch_target)),
                            |ui| body(ui, state, height),
                        );
                        ui.add_space(s.gap * 0.5);
                        (body, footer(ui, state))
                    })
                    .inner
            })
        })
        .inner
}
