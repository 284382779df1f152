//! Big touch widgets shared by every screen: one finger, a mouse or the keyboard alone.
//!
//! Each widget is at least [`super::tokens::Sizes::touch_target`] tall, shows its state without
//! hover (touch screens have none), draws a focus ring for keyboard users, and tells AccessKit its
//! role, label and state, so screen readers and the UI tests find it by its label.

use eframe::egui::{
    self, Align2, Color32, CornerRadius, Pos2, Rect, Response, RichText, Role, Sense, Stroke,
    StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::fonts::{bold, regular};
use super::pictogram::Pictogram;
use super::tokens::{theme, tokens};

/// How a button looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ButtonKind {
    /// The main action of a screen.
    Primary,
    /// A navigation action (home).
    Accent,
    /// A secondary action.
    Plain,
}

/// A big rounded button with an optional pictogram, built like egui's own `Button`:
///
/// ```ignore
/// if ui.add(BigButton::new("Go").pictogram(Pictogram::Check).primary()).clicked() { … }
/// ui.add_enabled(ready, BigButton::new("Send"));
/// ```
///
/// Disabled buttons stay visible and readable: they are drawn in the theme's own disabled
/// colours, which meet the contrast rules, not faded.
#[must_use = "add it with `ui.add`"]
#[derive(Clone, Debug)]
pub struct BigButton<'a> {
    label: &'a str,
    pictogram: Option<Pictogram>,
    kind: ButtonKind,
    min_width: f32,
}

impl<'a> BigButton<'a> {
    /// A plain button saying `label` (also what screen readers and tests read).
    pub fn new(label: &'a str) -> Self {
        Self {
            label,
            pictogram: None,
            kind: ButtonKind::Plain,
            min_width: 0.0,
        }
    }

    /// With `pictogram` before the label.
    pub fn pictogram(mut self, pictogram: Pictogram) -> Self {
        self.pictogram = Some(pictogram);
        self
    }

    /// Looking like `kind`.
    pub fn kind(mut self, kind: ButtonKind) -> Self {
        self.kind = kind;
        self
    }

    /// The main action of a screen.
    pub fn primary(self) -> Self {
        self.kind(ButtonKind::Primary)
    }

    /// A navigation action.
    pub fn accent(self) -> Self {
        self.kind(ButtonKind::Accent)
    }

    /// At least `min_width` wide (buttons of a list, all as wide as the list).
    pub fn min_width(mut self, min_width: f32) -> Self {
        self.min_width = min_width;
        self
    }
}

impl egui::Widget for BigButton<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let Self {
            label,
            pictogram,
            kind,
            min_width,
        } = self;
        let enabled = ui.is_enabled();
        let (p, s) = tokens(ui.ctx());
        let font = bold(s.font_button);
        let (fill, text_color, stroke) = match (enabled, kind) {
            (false, _) => (p.disabled, p.on_disabled, Stroke::NONE),
            (true, ButtonKind::Primary) => (p.primary, p.on_primary, Stroke::NONE),
            (true, ButtonKind::Accent) => (p.accent, p.on_accent, Stroke::NONE),
            (true, ButtonKind::Plain) => {
                (p.surface, p.text, Stroke::new(s.outline_width, p.outline))
            }
        };
        let icon_size = s.font_button * 1.3;
        let icon_width = if pictogram.is_some() {
            icon_size + s.gap * 0.5
        } else {
            0.0
        };
        let padding = Vec2::new(s.gap * 1.25, 0.0);
        let chrome = icon_width + 2.0 * padding.x;
        // A label longer than the room there is wraps on two lines, and the button grows taller:
        // it never runs over what is beside it.
        let room = ui.available_width().max(s.touch_target * 1.5);
        let galley = ui
            .painter()
            .layout_no_wrap(label.to_owned(), font.clone(), text_color);
        let galley = if galley.size().x + chrome > room {
            let mut job = egui::text::LayoutJob::simple(
                label.to_owned(),
                font,
                text_color,
                (room - chrome).max(s.touch_target),
            );
            job.halign = egui::Align::Center;
            ui.painter().layout_job(job)
        } else {
            galley
        };
        let size = Vec2::new(
            (galley.size().x + chrome)
                .max(s.touch_target * 1.5)
                .max(min_width),
            s.touch_target.max(galley.size().y + s.gap),
        );
        let (rect, response) = allocate_button(ui, size, label, enabled);
        if ui.is_rect_visible(rect) {
            let mut painter = ui.painter().clone();
            if !enabled {
                // egui fades a disabled `Ui`; these colours are already the disabled ones.
                painter.set_opacity(painter.opacity() / ui.visuals().disabled_alpha().max(0.1));
            }
            let draw_rect = pressed(&response, rect);
            painter.rect(
                draw_rect,
                CornerRadius::same(s.corner),
                fill,
                stroke,
                StrokeKind::Inside,
            );
            let content_width = galley.size().x + icon_width;
            let mut x = draw_rect.center().x - content_width / 2.0;
            if let Some(pictogram) = pictogram {
                pictogram.paint(
                    &painter,
                    Pos2::new(x + icon_size / 2.0, draw_rect.center().y),
                    icon_size,
                    text_color,
                );
                x += icon_width;
            }
            // A wrapped, centred label is laid out around its own centre line.
            let text_pos = Pos2::new(
                x - galley.rect.min.x,
                draw_rect.center().y - galley.size().y / 2.0,
            );
            painter.galley(text_pos, galley, text_color);
            focus_ring(ui, &response, rect);
        }
        response
    }
}

/// Room for a button of `size`: it answers taps only when `enabled`, and tells screen readers
/// and the UI tests its role, its `label` and whether it can be pressed.
pub fn allocate_button(ui: &mut Ui, size: Vec2, label: &str, enabled: bool) -> (Rect, Response) {
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, label));
    (rect, response)
}

/// A square button showing only a pictogram; `label` is what screen readers and tests read.
pub fn icon_button(ui: &mut Ui, pictogram: Pictogram, label: &str, enabled: bool) -> Response {
    let enabled = enabled && ui.is_enabled();
    let (p, s) = tokens(ui.ctx());
    let (rect, response) = allocate_button(ui, Vec2::splat(s.touch_target), label, enabled);
    if ui.is_rect_visible(rect) {
        let (fill, ink) = if enabled {
            (p.surface, p.text)
        } else {
            (p.disabled, p.on_disabled)
        };
        let draw = pressed(&response, rect);
        paint_card(ui.painter(), draw, fill);
        pictogram.paint(ui.painter(), draw.center(), s.touch_target * 0.5, ink);
        focus_ring(ui, &response, rect);
    }
    response.on_hover_text(label)
}

/// A pictogram in `color` beside a bold heading: how activity screens and their cards start.
pub fn pictogram_heading(
    ui: &mut Ui,
    pictogram: Pictogram,
    color: Color32,
    text: &str,
) -> Response {
    let s = theme(ui.ctx()).sizes.clone();
    ui.horizontal(|ui| {
        let (icon, _) = ui.allocate_exact_size(Vec2::splat(44.0), Sense::hover());
        pictogram.paint(ui.painter(), icon.center(), 38.0, color);
        ui.label(RichText::new(text).font(bold(s.font_heading)))
    })
    .inner
}

/// A ring around a widget that has keyboard focus.
pub fn focus_ring(ui: &Ui, response: &Response, rect: Rect) {
    if response.has_focus() {
        let theme = theme(ui.ctx());
        ui.painter().rect_stroke(
            rect.expand(4.0),
            CornerRadius::same(theme.sizes.corner.saturating_add(4)),
            Stroke::new(3.0, theme.palette.primary),
            StrokeKind::Outside,
        );
    }
}

/// A card that can be tapped to select or unselect it. `paint` draws its contents inside the
/// given rectangle. Selected cards get a thick border, a yellow fill and a check mark: the state
/// reads without colour too.
pub fn toggle_card(
    ui: &mut Ui,
    size: Vec2,
    selected: bool,
    role: Role,
    label: &str,
    paint: impl FnOnce(&egui::Painter, Rect, Color32),
) -> Response {
    let (p, s) = tokens(ui.ctx());
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(role, true, selected, label));
    if ui.is_rect_visible(rect) {
        let t = ui.ctx().animate_bool_with_time(response.id, selected, 0.12);
        let painter = ui.painter();
        let fill = lerp_color(p.surface, p.selected, t);
        let stroke = if selected {
            Stroke::new(s.selected_width, p.text)
        } else {
            Stroke::new(s.outline_width, p.outline)
        };
        let draw_rect = pressed(&response, rect);
        painter.rect(
            draw_rect,
            CornerRadius::same(s.corner),
            fill,
            stroke,
            StrokeKind::Inside,
        );
        if selected {
            let center = draw_rect.right_top() + Vec2::new(-16.0, 16.0);
            painter.circle_filled(center, 12.0, p.text);
            Pictogram::Check.paint(painter, center, 16.0, p.selected);
        }
        paint(
            painter,
            draw_rect.shrink(s.gap * 0.6),
            if selected { p.on_selected } else { p.text },
        );
        focus_ring(ui, &response, rect);
    }
    response
}

/// A rounded chip that switches a filter on or off.
/// `role` is [`Role::CheckBox`] for an on/off filter, [`Role::RadioButton`] for one choice among
/// several.
pub fn chip(ui: &mut Ui, pictogram: Pictogram, label: &str, on: bool, role: Role) -> Response {
    let (p, s) = tokens(ui.ctx());
    let font = regular(s.font_body * 0.9);
    let text_color = if on { p.on_selected } else { p.text };
    let galley = ui
        .painter()
        .layout_no_wrap(label.to_owned(), font, text_color);
    let icon = s.font_body * 1.2;
    let size = Vec2::new(galley.size().x + icon + s.gap * 2.5, s.chip_height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(role, ui.is_enabled(), on, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        paint_choice_background(ui, rect, CornerRadius::same(u8::MAX), on);
        let left = rect.left() + s.gap;
        let shown = if on { Pictogram::Check } else { pictogram };
        shown.paint(
            painter,
            Pos2::new(left + icon / 2.0, rect.center().y),
            icon,
            text_color,
        );
        painter.galley(
            Pos2::new(
                left + icon + s.gap * 0.5,
                rect.center().y - galley.size().y / 2.0,
            ),
            galley,
            text_color,
        );
        focus_ring(ui, &response, rect);
    }
    response
}

/// A chip that switches a layer of a picture on or off, with a check box on its right. Its
/// pictogram always shows, in a ring of `ring`, the colour that layer is drawn in: the chip is
/// also the picture's legend.
pub fn layer_chip(
    ui: &mut Ui,
    pictogram: Pictogram,
    label: &str,
    on: bool,
    ring: Color32,
) -> Response {
    let (p, s) = tokens(ui.ctx());
    let font = regular(s.font_body * 0.9);
    let text_color = if on { p.on_selected } else { p.text };
    let galley = ui
        .painter()
        .layout_no_wrap(label.to_owned(), font, text_color);
    let inset = 9.0;
    let disc = s.chip_height - 2.0 * inset;
    let check = s.font_body;
    let size = Vec2::new(
        inset + disc + galley.size().x + check + s.gap * 2.0,
        s.chip_height,
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::CheckBox, ui.is_enabled(), on, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        paint_choice_background(ui, rect, CornerRadius::same(u8::MAX), on);
        let center = Pos2::new(rect.left() + inset + disc / 2.0, rect.center().y);
        painter.circle(center, disc / 2.0, p.surface, Stroke::new(3.0, ring));
        pictogram.paint(painter, center, disc * 0.6, p.text);
        let text_left = rect.left() + inset + disc + s.gap * 0.5;
        painter.galley(
            Pos2::new(text_left, rect.center().y - galley.size().y / 2.0),
            galley,
            text_color,
        );
        let check_box = Rect::from_center_size(
            Pos2::new(rect.right() - s.gap - check / 2.0, rect.center().y),
            Vec2::splat(check),
        );
        painter.rect_stroke(
            check_box,
            CornerRadius::same(4),
            Stroke::new(2.0, text_color),
            StrokeKind::Inside,
        );
        if on {
            Pictogram::Check.paint(painter, check_box.center(), check * 0.8, text_color);
        }
        focus_ring(ui, &response, rect);
    }
    response
}

/// The badge of a content entry (a service, an app), `diameter` points wide.
pub fn paint_badge(
    painter: &egui::Painter,
    center: Pos2,
    diameter: f32,
    badge: &crate::content::Badge,
) {
    let fill = super::tokens::content_color(badge.rgb);
    match badge.picture {
        // What the app does, drawn, for those who cannot read its letters.
        Some(picture) => {
            let theme = theme(painter.ctx());
            painter.circle(
                center,
                diameter / 2.0,
                fill,
                Stroke::new(1.5, theme.palette.outline),
            );
            let ink = theme.text_on(fill);
            super::drawings::paint_picture(painter, center, diameter * 0.62, picture, ink, fill);
        }
        None => initial_badge(painter, center, diameter, &badge.initial, fill),
    }
}

/// A round badge with one or two letters on a colour: stands in for a brand logo.
pub fn initial_badge(
    painter: &egui::Painter,
    center: Pos2,
    diameter: f32,
    initial: &str,
    fill: Color32,
) {
    let theme = theme(painter.ctx());
    painter.circle_filled(center, diameter / 2.0, fill);
    painter.circle_stroke(
        center,
        diameter / 2.0,
        Stroke::new(1.5, theme.palette.outline),
    );
    let size = if initial.chars().count() > 1 {
        diameter * 0.38
    } else {
        diameter * 0.5
    };
    painter.text(
        center,
        Align2::CENTER_CENTER,
        initial,
        bold(size),
        theme.text_on(fill),
    );
}

/// Paints the background of something that can be chosen (yellow with a thick border when it
/// is, white with a thin outline when not) and returns the colour to draw on it.
pub fn paint_choice_background(
    ui: &Ui,
    rect: Rect,
    corner: CornerRadius,
    selected: bool,
) -> Color32 {
    let (p, s) = tokens(ui.ctx());
    let (fill, stroke, ink) = if selected {
        (
            p.selected,
            Stroke::new(s.selected_width * 0.7, p.text),
            p.on_selected,
        )
    } else {
        (p.surface, Stroke::new(s.outline_width, p.outline), p.text)
    };
    ui.painter()
        .rect(rect, corner, fill, stroke, StrokeKind::Inside);
    ink
}

/// A white card with an outline and round corners (dialogs, the plan card).
pub fn card_frame(ui: &Ui) -> egui::Frame {
    let theme = theme(ui.ctx());
    egui::Frame::new()
        .fill(theme.palette.surface)
        .stroke(Stroke::new(
            theme.sizes.outline_width,
            theme.palette.outline,
        ))
        .corner_radius(CornerRadius::same(theme.sizes.corner))
}

/// The bar above and below screens: the bar colour and a margin.
pub fn bar_frame(ui: &Ui) -> egui::Frame {
    let theme = theme(ui.ctx());
    egui::Frame::new()
        .fill(theme.palette.bar)
        .inner_margin(egui::Margin::symmetric(theme.sizes.margin as i8, 8))
}

/// The bar at the bottom of a screen, in the bar colour: what happened, what to do next and
/// the buttons that move on. `id_salt` tells one screen's bar from another's.
pub fn bottom_bar<R>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    egui::Panel::bottom(id_salt)
        .frame(bar_frame(ui))
        .show(ui, add_contents)
        .inner
}

/// A card's shape: `rect` with the theme's rounded corners, filled with `fill` and outlined.
pub fn paint_card(painter: &egui::Painter, rect: Rect, fill: Color32) {
    let (p, s) = tokens(painter.ctx());
    painter.rect(
        rect,
        CornerRadius::same(s.corner),
        fill,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
}

/// `rect`, pushed in a little while a finger or the mouse holds it down.
pub fn pressed(response: &Response, rect: Rect) -> Rect {
    if response.is_pointer_button_down_on() {
        rect.shrink(2.0)
    } else {
        rect
    }
}

fn lerp_color(a: Color32, b: Color32, t: f32) -> Color32 {
    a.lerp_to_gamma(b, t.clamp(0.0, 1.0))
}

/// A row with `left` at its start and `right` at its end, as a bar's controls; when both do not
/// fit in the width there is, `right` goes on a second line, at its end. The widths come from
/// the last frame (widgets know their size only once drawn); when they change, egui lays the
/// frame out again before showing it, so nothing overlaps even for one frame.
pub fn split_row<L, R>(
    ui: &mut Ui,
    id_salt: &str,
    left: impl FnOnce(&mut Ui) -> L,
    right: impl FnOnce(&mut Ui) -> R,
) -> (L, R) {
    let id = ui.scope_id().with(("split-row", id_salt));
    let known: Option<(f32, f32)> = ui.ctx().data(|data| data.get_temp(id));
    let available = ui.available_width();
    let gap = ui.spacing().item_spacing.x * 2.0;
    let one_line = known.is_none_or(|(l, r)| l + r + gap <= available);
    let (l, r, widths) = if one_line {
        ui.horizontal(|ui| {
            let start = ui.cursor().left();
            let l = left(ui);
            let left_width = ui.min_rect().right() - start;
            let right = ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), right);
            (l, right.inner, (left_width, right.response.rect.width()))
        })
        .inner
    } else {
        let left = ui.horizontal(left);
        let right = ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), right);
        (
            left.inner,
            right.inner,
            (left.response.rect.width(), right.response.rect.width()),
        )
    };
    if known.is_none_or(|(l, r)| (l - widths.0).abs() > 0.5 || (r - widths.1).abs() > 0.5) {
        ui.ctx().data_mut(|data| data.insert_temp(id, widths));
        ui.ctx().request_discard("a bar row learned its widths");
    }
    (l, r)
}

/// A button of a fixed `size` with a pictogram on its left and its label wrapped beside it: the
/// choices of a grid (the map's journeys on a low screen).
///
/// In a disabled `ui` it is greyed out, and keeps its place (a list does not reflow under the
/// finger).
pub fn tile_button(ui: &mut Ui, pictogram: Pictogram, label: &str, size: Vec2) -> Response {
    let (p, s) = tokens(ui.ctx());
    let enabled = ui.is_enabled();
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, label));
    if ui.is_rect_visible(rect) {
        let draw = pressed(&response, rect);
        let painter = ui.painter();
        let (fill, ink, stroke) = if enabled {
            (p.surface, p.text, Stroke::new(s.outline_width, p.outline))
        } else {
            (p.disabled, p.on_disabled, Stroke::NONE)
        };
        painter.rect(
            draw,
            CornerRadius::same(s.corner),
            fill,
            stroke,
            StrokeKind::Inside,
        );
        let icon = s.font_heading;
        let pad = s.gap * 0.75;
        pictogram.paint(
            painter,
            Pos2::new(draw.left() + pad + icon / 2.0, draw.center().y),
            icon,
            ink,
        );
        let text_left = draw.left() + 2.0 * pad + icon;
        let wrap = (draw.right() - pad - text_left).max(s.touch_target);
        let mut galley = painter.layout(label.to_owned(), bold(s.font_body), ink, wrap);
        // A label too long for the tile takes the smaller text size rather than spill out.
        if galley.size().y > draw.height() - pad {
            galley = painter.layout(label.to_owned(), bold(s.font_small), ink, wrap);
        }
        painter.galley(
            Pos2::new(text_left, draw.center().y - galley.size().y / 2.0),
            galley,
            ink,
        );
        focus_ring(ui, &response, rect);
    }
    response
}
