//! Level 1, the cipher wheel: choosing a word, turning the wheel, the rows of letters, and the
//! nosy postman who cannot read the coded word. The characters are drawn here.

use std::f32::consts::TAU;

use eframe::egui::{
    self, Align2, Color32, CornerRadius, Pos2, Rect, RichText, Role, Sense, Stroke, StrokeKind, Ui,
    Vec2, WidgetInfo,
};

use super::super::content::SecretData;
use super::super::logic::{self, Game, WheelStep};
use super::heading_ui;
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::{focus_ring, icon_button, paint_card};

pub(super) fn wheel_level_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &mut Game,
    ctx: &mut ActivityCtx<'_>,
) {
    let step = game.wheel.step;
    let word_text = |word: usize| data.words[word].text.get(ctx.lang).to_owned();
    match step {
        WheelStep::Choose => {
            heading_ui(
                ui,
                ctx,
                Pictogram::Chat,
                &ctx.tr("secret_message-choose-title"),
                &ctx.tr("secret_message-choose-hint"),
            );
            choose_ui(ui, data, game, ctx);
        }
        WheelStep::Encode { word } => {
            heading_ui(
                ui,
                ctx,
                Pictogram::Lock,
                &ctx.tr("secret_message-encode-title"),
                &ctx.tr("secret_message-encode-hint"),
            );
            let plain = word_text(word);
            let coded = game.wheel.wheel.encode(&plain);
            let picture = Some(data.words[word].pictogram);
            wheel_and_rows_ui(
                ui,
                game,
                &[
                    (ctx.tr("secret_message-your-word"), plain),
                    (ctx.tr("secret_message-coded"), coded),
                ],
                picture,
                ctx,
            );
        }
        WheelStep::Postman { word, key } => {
            heading_ui(
                ui,
                ctx,
                Pictogram::Question,
                &ctx.tr("secret_message-postman-title"),
                &ctx.tr("secret_message-postman-hint"),
            );
            let coded = logic::caesar(&word_text(word), key);
            postman_ui(ui, &coded, ctx);
        }
        WheelStep::Crack { word, key } => {
            heading_ui(
                ui,
                ctx,
                Pictogram::Search,
                &ctx.tr("secret_message-crack-title"),
                &ctx.tr("secret_message-crack-hint"),
            );
            let coded = logic::caesar(&word_text(word), key);
            let attempt = game.wheel.wheel.decode(&coded);
            // No picture here: it would give the answer away.
            wheel_and_rows_ui(
                ui,
                game,
                &[
                    (ctx.tr("secret_message-intercepted"), coded),
                    (ctx.tr("secret_message-attempt"), attempt),
                ],
                None,
                ctx,
            );
        }
        WheelStep::Cracked { word, turns } => {
            let title = ctx.tr_args("secret_message-cracked-title", &[("tries", turns.into())]);
            heading_ui(
                ui,
                ctx,
                Pictogram::Party,
                &title,
                data.lesson("caesar", ctx.lang, ctx.age),
            );
            let theme = theme(ui.ctx());
            let (rect, _) =
                ui.allocate_exact_size(Vec2::new(ui.available_width(), 200.0), Sense::hover());
            data.words[word].pictogram.paint(
                ui.painter(),
                rect.center() - Vec2::new(0.0, 30.0),
                110.0,
                theme.palette.primary,
            );
            ui.painter().text(
                rect.center() + Vec2::new(0.0, 60.0),
                Align2::CENTER_CENTER,
                word_text(word),
                bold(theme.sizes.font_title),
                theme.palette.text,
            );
        }
    }
}

/// The words to choose from, each with its picture.
pub(super) fn choose_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &mut Game,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap);
        for (index, word) in data.words.iter().enumerate() {
            let text = word.text.get(ctx.lang);
            let (rect, response) = ui.allocate_exact_size(Vec2::new(200.0, 150.0), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, text));
            let draw = crate::ui::widgets::pressed(&response, rect);
            paint_card(ui.painter(), draw, p.pastel(index));
            word.pictogram.paint(
                ui.painter(),
                draw.center() - Vec2::new(0.0, 22.0),
                64.0,
                p.text,
            );
            ui.painter().text(
                draw.center() + Vec2::new(0.0, 42.0),
                Align2::CENTER_CENTER,
                text,
                bold(s.font_button),
                p.text,
            );
            focus_ring(ui, &response, rect);
            if ctx.tapped(&response) {
                game.wheel.choose(index);
            }
        }
    });
}

/// The wheel with its turn buttons (left), and rows of big letters (right).
pub(super) fn wheel_and_rows_ui(
    ui: &mut Ui,
    game: &mut Game,
    rows: &[(String, String)],
    picture: Option<Pictogram>,
    ctx: &mut ActivityCtx<'_>,
) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let area = ui.available_rect_before_wrap();
    // The turn buttons on either side of the wheel: the wheel takes the whole height.
    let beside = s.touch_target + s.gap;
    let size = area
        .height()
        .min(area.width() * 0.5 - 2.0 * beside)
        .max(160.0);
    let wheel_rect = Rect::from_min_size(area.min + Vec2::new(beside, 0.0), Vec2::splat(size));
    paint_wheel(ui, theme, wheel_rect, game.wheel.wheel.key);
    for (pictogram, key, by, x) in [
        (Pictogram::Back, "secret_message-turn-back", -1, area.left()),
        (
            Pictogram::Next,
            "secret_message-turn-on",
            1,
            wheel_rect.right() + s.gap,
        ),
    ] {
        let button = Rect::from_min_size(
            Pos2::new(x, wheel_rect.center().y - s.touch_target / 2.0),
            Vec2::splat(s.touch_target),
        );
        let mut cell = ui.new_child(egui::UiBuilder::new().max_rect(button));
        if icon_button(&mut cell, pictogram, &ctx.tr(key), true).clicked() {
            if game.wheel.turn(by) {
                ctx.play(Sound::Success);
            } else {
                ctx.play(Sound::Tap);
            }
        }
    }
    let wheel_rect = wheel_rect.with_max_x(wheel_rect.right() + beside);
    let right = Rect::from_min_max(
        Pos2::new(wheel_rect.right() + s.gap * 2.0, area.top()),
        area.max,
    );
    if let Some(picture) = picture {
        // The word's picture, for those who do not read yet.
        let at = Pos2::new(right.right() - 90.0, right.top() + 80.0);
        picture.paint(ui.painter(), at, 110.0, theme.palette.primary);
    }
    ui.scope_builder(egui::UiBuilder::new().max_rect(right), |ui| {
        for (caption, letters) in rows {
            ui.label(
                RichText::new(caption)
                    .font(regular(s.font_small))
                    .color(theme.palette.text_muted),
            );
            letters_ui(ui, theme, letters);
            ui.add_space(s.gap);
        }
        ui.label(
            RichText::new(ctx.tr_args(
                "secret_message-key",
                &[("number", game.wheel.wheel.key.into())],
            ))
            .font(bold(s.font_body)),
        );
    });
}

/// A word as a row of letter tiles.
pub(super) fn letters_ui(ui: &mut Ui, theme: &Theme, letters: &str) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let tile = 52.0;
    let count = letters.chars().count() as f32;
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(count * (tile + 6.0), tile), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, letters));
    for (i, letter) in letters.chars().enumerate() {
        let cell = Rect::from_min_size(
            rect.min + Vec2::new(i as f32 * (tile + 6.0), 0.0),
            Vec2::splat(tile),
        );
        ui.painter().rect(
            cell,
            CornerRadius::same(8),
            p.surface,
            Stroke::new(s.outline_width, p.outline),
            StrokeKind::Inside,
        );
        ui.painter().text(
            cell.center(),
            Align2::CENTER_CENTER,
            letter,
            bold(s.font_title * 0.8),
            p.text,
        );
    }
}

/// The cipher wheel: plain letters outside, their coded letters on the inner ring, turned by
/// `key`. The letter A and its partner are marked.
pub(super) fn paint_wheel(ui: &Ui, theme: &Theme, rect: Rect, key: i32) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let painter = ui.painter();
    let center = rect.center();
    let outer = rect.width() / 2.0 - 4.0;
    let inner = outer * 0.7;
    painter.circle(
        center,
        outer,
        p.pastels[0],
        Stroke::new(s.outline_width, p.outline),
    );
    painter.circle(
        center,
        inner,
        p.pastels[3],
        Stroke::new(s.outline_width, p.outline),
    );
    painter.circle(
        center,
        outer * 0.38,
        p.surface,
        Stroke::new(s.outline_width, p.outline),
    );
    let font = bold((outer * 0.13).clamp(12.0, 26.0));
    // The inner ring is shorter: its letters are smaller, so that they never touch.
    let inner_font = bold((outer * 0.1).clamp(12.0, 22.0));
    for index in 0..logic::LETTERS {
        let angle = TAU * f32::from(index) / f32::from(logic::LETTERS) - TAU / 4.0;
        let dir = Vec2::angled(angle);
        let plain = char::from(b'A' + index);
        let coded = logic::caesar(&plain.to_string(), key);
        let ink = if index == 0 { p.accent } else { p.text };
        painter.text(
            center + dir * (outer + inner) / 2.0,
            Align2::CENTER_CENTER,
            plain,
            font.clone(),
            ink,
        );
        painter.text(
            center + dir * (inner + outer * 0.38) / 2.0,
            Align2::CENTER_CENTER,
            coded,
            inner_font.clone(),
            ink,
        );
        painter.line_segment(
            [center + dir * outer * 0.38, center + dir * inner],
            Stroke::new(0.5, p.outline.gamma_multiply(0.4)),
        );
    }
    painter.text(
        center,
        Align2::CENTER_CENTER,
        key.to_string(),
        bold(s.font_title),
        p.primary,
    );
}

/// The nosy postman, puzzled by the coded word on the envelope.
pub(super) fn postman_ui(ui: &mut Ui, coded: &str, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 320.0), Sense::hover());
    let at = rect.left_center() + Vec2::new(140.0, -10.0);
    paint_character(ui.painter(), p, at, 140.0, p.layer_services, Look::Postman);
    let letter = Rect::from_min_size(at + Vec2::new(130.0, 0.0), Vec2::new(380.0, 130.0));
    ui.painter().rect(
        letter,
        CornerRadius::same(8),
        p.surface,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    ui.painter().text(
        letter.center(),
        Align2::CENTER_CENTER,
        coded,
        bold(s.font_title),
        p.text,
    );
    let bubble = Rect::from_min_size(
        letter.right_top() + Vec2::new(30.0, -110.0),
        Vec2::new(320.0, 100.0),
    );
    ui.painter().rect(
        bubble,
        CornerRadius::same(20),
        p.pastels[2],
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    let galley = ui.painter().layout(
        ctx.tr_args("secret_message-postman-says", &[("name", coded.into())]),
        regular(s.font_body),
        p.text,
        bubble.width() - 24.0,
    );
    ui.painter()
        .galley(bubble.center() - galley.size() / 2.0, galley, p.text);
}
/// Who a drawn character is: each looks different, so that a child who cannot read their
/// names still tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Look {
    /// Long hair and a bow.
    Alice,
    /// Short hair and round glasses.
    Bob,
    /// A cap and a mail bag across the chest.
    Postman,
}

/// A character standing with its head at `at`, `size` tall, its clothes in `color`.
pub(super) fn paint_character(
    painter: &egui::Painter,
    p: &Palette,
    at: Pos2,
    size: f32,
    color: Color32,
    look: Look,
) {
    let ink = Stroke::new(2.5, p.text);
    let head = at - Vec2::new(0.0, size * 0.2);
    let hair = p.pancake_edge;
    if look == Look::Alice {
        // Long hair, behind the head, down to the shoulders.
        let back = Rect::from_center_size(
            head + Vec2::new(0.0, size * 0.12),
            Vec2::new(size * 0.78, size * 0.72),
        );
        painter.rect(back, CornerRadius::same(30), hair, ink, StrokeKind::Middle);
    }
    let body = Rect::from_center_size(
        at + Vec2::new(0.0, size * 0.55),
        Vec2::new(size * 0.9, size * 0.8),
    );
    painter.rect(body, CornerRadius::same(20), color, ink, StrokeKind::Middle);
    painter.circle(head, size * 0.32, p.pastels[3], ink);
    for side in [-1.0, 1.0] {
        painter.circle_filled(
            head + Vec2::new(side * size * 0.11, -size * 0.03),
            size * 0.04,
            p.text,
        );
    }
    match look {
        Look::Alice => {
            // A fringe, and a bow on the side.
            let fringe = Rect::from_center_size(
                head - Vec2::new(0.0, size * 0.24),
                Vec2::new(size * 0.5, size * 0.14),
            );
            painter.rect_filled(fringe, CornerRadius::same(8), hair);
            let bow = head + Vec2::new(size * 0.26, -size * 0.26);
            for side in [-1.0, 1.0] {
                let wing = vec![
                    bow,
                    bow + Vec2::new(side * size * 0.13, -size * 0.08),
                    bow + Vec2::new(side * size * 0.13, size * 0.08),
                ];
                painter.add(egui::Shape::convex_polygon(wing, p.accent, Stroke::NONE));
            }
        }
        Look::Bob => {
            // Short hair on top, and round glasses.
            let top = Rect::from_center_size(
                head - Vec2::new(0.0, size * 0.25),
                Vec2::new(size * 0.56, size * 0.16),
            );
            painter.rect_filled(top, CornerRadius::same(10), p.text);
            let glasses = Stroke::new(2.0, p.text);
            for side in [-1.0, 1.0] {
                painter.circle_stroke(
                    head + Vec2::new(side * size * 0.11, -size * 0.03),
                    size * 0.085,
                    glasses,
                );
            }
            painter.line_segment(
                [
                    head + Vec2::new(-size * 0.025, -size * 0.03),
                    head + Vec2::new(size * 0.025, -size * 0.03),
                ],
                glasses,
            );
        }
        Look::Postman => {
            let brim = Rect::from_center_size(
                head - Vec2::new(0.0, size * 0.26),
                Vec2::new(size * 0.7, size * 0.14),
            );
            painter.rect_filled(brim, CornerRadius::same(4), p.layer_physical);
            // The mail bag's strap across the chest, and the bag at the hip.
            painter.line_segment(
                [
                    body.left_top() + Vec2::new(size * 0.12, size * 0.02),
                    body.right_bottom() - Vec2::new(size * 0.12, size * 0.22),
                ],
                Stroke::new(size * 0.05, p.pancake_edge),
            );
            let bag = Rect::from_center_size(
                body.right_bottom() - Vec2::new(size * 0.12, size * 0.18),
                Vec2::new(size * 0.3, size * 0.22),
            );
            painter.rect(
                bag,
                CornerRadius::same(5),
                p.pancake,
                ink,
                StrokeKind::Middle,
            );
        }
    }
}
