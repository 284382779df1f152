//! What a page shows, drawn in shapes: its ad, video, hero and the pictures of each kind of
//! page.

use std::f32::consts::TAU;

use eframe::egui::{
    self, Align2, Color32, CornerRadius, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2,
};

use super::super::content::{Hero, Page};
use super::page::PageLayout;
use crate::activity::ActivityCtx;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::{Palette, Theme};

/// The title, search box, picture, text, like button, ad and video of a page.
pub(super) fn paint_elements(
    painter: &egui::Painter,
    theme: &Theme,
    page: &Page,
    layout: &PageLayout,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    painter.text(
        layout.title.left_center(),
        Align2::LEFT_CENTER,
        page.title.get(ctx.lang),
        bold(s.font_heading),
        p.primary,
    );
    painter.rect(
        layout.search,
        CornerRadius::same(22),
        p.background,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    Pictogram::Search.paint(
        painter,
        layout.search.left_center() + Vec2::new(22.0, 0.0),
        22.0,
        p.text_muted,
    );
    painter.text(
        layout.search.left_center() + Vec2::new(42.0, 0.0),
        Align2::LEFT_CENTER,
        page.search.get(ctx.lang),
        regular(s.font_small * 0.9),
        p.text,
    );
    paint_hero(painter, p, page.hero, layout.hero);
    let mut y = layout.text.top();
    for line in &page.lines {
        let galley = painter.layout(
            line.get(ctx.lang).to_owned(),
            regular(s.font_small),
            p.text,
            layout.text.width(),
        );
        let height = galley.size().y;
        painter.galley(Pos2::new(layout.text.left(), y), galley, p.text);
        y += height + 6.0;
    }
    // Grey lines stand for the rest of the article.
    while y + 10.0 < layout.text.bottom() {
        let width = layout.text.width() * if y as i32 % 3 == 0 { 0.7 } else { 0.92 };
        painter.rect_filled(
            Rect::from_min_size(
                Pos2::new(layout.text.left(), y + 4.0),
                Vec2::new(width, 8.0),
            ),
            CornerRadius::same(4),
            p.disabled,
        );
        y += 18.0;
    }
    painter.rect(
        layout.like,
        CornerRadius::same(24),
        p.pastels[0],
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    Pictogram::ThumbsUp.paint(
        painter,
        layout.like.left_center() + Vec2::new(28.0, 0.0),
        26.0,
        p.text,
    );
    painter.text(
        layout.like.left_center() + Vec2::new(50.0, 0.0),
        Align2::LEFT_CENTER,
        ctx.tr("trackers-like"),
        bold(s.font_small),
        p.text,
    );
    paint_ad(painter, theme, page, layout.ad, ctx);
    paint_video(painter, theme, page, layout.video, ctx);
}

pub(super) fn paint_ad(
    painter: &egui::Painter,
    theme: &Theme,
    page: &Page,
    rect: Rect,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    painter.rect(
        rect,
        CornerRadius::same(12),
        p.pastels[3],
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    painter.text(
        rect.left_top() + Vec2::new(10.0, 8.0),
        Align2::LEFT_TOP,
        ctx.tr("trackers-ad"),
        bold(s.font_small * 0.8),
        p.text_muted,
    );
    Pictogram::Loudspeaker.paint(
        painter,
        rect.center() - Vec2::new(0.0, rect.height() * 0.14),
        rect.height() * 0.3,
        p.accent,
    );
    let galley = painter.layout(
        page.ad.get(ctx.lang).to_owned(),
        bold(s.font_small),
        p.text,
        rect.width() - 24.0,
    );
    let at = Pos2::new(
        rect.center().x - galley.size().x / 2.0,
        rect.bottom() - galley.size().y - 10.0,
    );
    painter.galley(at, galley, p.text);
}

pub(super) fn paint_video(
    painter: &egui::Painter,
    theme: &Theme,
    page: &Page,
    rect: Rect,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    painter.rect_filled(rect, CornerRadius::same(12), p.screen);
    let center = rect.center() - Vec2::new(0.0, 12.0);
    let r = (rect.height() * 0.2).min(34.0);
    painter.circle_filled(center, r, p.accent);
    painter.add(Shape::convex_polygon(
        vec![
            center + Vec2::new(-r * 0.35, -r * 0.5),
            center + Vec2::new(r * 0.55, 0.0),
            center + Vec2::new(-r * 0.35, r * 0.5),
        ],
        p.on_accent,
        Stroke::NONE,
    ));
    let galley = painter.layout(
        page.video.get(ctx.lang).to_owned(),
        regular(s.font_small * 0.85),
        p.on_screen,
        rect.width() - 24.0,
    );
    let at = Pos2::new(rect.left() + 12.0, rect.bottom() - galley.size().y - 8.0);
    painter.galley(at, galley, p.on_screen);
}

/// The picture at the top of a page, drawn (no image files, no logos).
pub(super) fn paint_hero(painter: &egui::Painter, p: &Palette, hero: Hero, rect: Rect) {
    let u = rect.height().min(rect.width() * 0.6) / 10.0;
    match hero {
        Hero::Games => paint_controller(painter, p, rect, u),
        Hero::Recipe => paint_pancakes(painter, p, rect, u),
        Hero::Football => paint_pitch(painter, p, rect, u),
        Hero::Music => paint_notes(painter, p, rect, u),
        Hero::Weather => paint_sky(painter, p, rect, u),
    }
}

pub(super) fn paint_notes(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[1]);
    let c = rect.center();
    let stem = Stroke::new(u * 0.35, p.text);
    // Two notes joined by a beam, and a single one.
    let heads = [
        c + Vec2::new(-u * 3.2, u * 2.0),
        c + Vec2::new(-u * 0.6, u * 1.4),
        c + Vec2::new(u * 2.8, u * 2.4),
    ];
    for head in heads {
        painter.add(Shape::ellipse_filled(
            head,
            Vec2::new(u * 0.9, u * 0.65),
            p.text,
        ));
        let top = head + Vec2::new(u * 0.75, -u * 4.0);
        painter.line_segment([head + Vec2::new(u * 0.75, 0.0), top], stem);
    }
    let beam = [
        heads[0] + Vec2::new(u * 0.75, -u * 4.0),
        heads[1] + Vec2::new(u * 0.75, -u * 4.0),
    ];
    painter.line_segment(beam, Stroke::new(u * 0.8, p.text));
    let flag = heads[2] + Vec2::new(u * 0.75, -u * 4.0);
    painter.line_segment([flag, flag + Vec2::new(u * 1.2, u * 1.4)], stem);
}

pub(super) fn paint_sky(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[0]);
    let sun = rect.center() + Vec2::new(u * 1.6, -u * 1.0);
    for k in 0..12 {
        let ray = Vec2::angled(TAU * k as f32 / 12.0);
        painter.line_segment(
            [sun + ray * u * 2.4, sun + ray * u * 3.2],
            Stroke::new(u * 0.35, p.selected),
        );
    }
    painter.circle_filled(sun, u * 2.0, p.selected);
    let cloud = rect.center() + Vec2::new(-u * 1.2, u * 1.4);
    for (offset, r) in [
        (Vec2::new(-u * 2.0, u * 0.4), 1.4),
        (Vec2::new(-u * 0.6, -u * 0.6), 2.0),
        (Vec2::new(u * 1.2, 0.0), 1.6),
        (Vec2::new(u * 2.6, u * 0.6), 1.1),
    ] {
        painter.circle_filled(cloud + offset, u * r, p.cloud);
    }
    painter.rect_filled(
        Rect::from_min_max(
            cloud + Vec2::new(-u * 2.0, u * 0.2),
            cloud + Vec2::new(u * 2.6, u * 1.7),
        ),
        CornerRadius::ZERO,
        p.cloud,
    );
}

pub(super) fn paint_controller(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    let ink = Stroke::new(2.0, p.text);
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[4]);
    let body = Rect::from_center_size(rect.center(), Vec2::new(u * 9.0, u * 4.4));
    for (side, grip) in [(1.0, body.left_center()), (-1.0, body.right_center())] {
        let at = grip + Vec2::new(side * u * 0.8, u * 1.2);
        painter.circle(at, u * 1.9, p.layer_physical, ink);
    }
    painter.rect(
        body,
        CornerRadius::same(40),
        p.layer_physical,
        ink,
        StrokeKind::Middle,
    );
    let pad = body.left_center() + Vec2::new(u * 2.0, 0.0);
    for size in [Vec2::new(u * 2.0, u * 0.6), Vec2::new(u * 0.6, u * 2.0)] {
        let arm = Rect::from_center_size(pad, size);
        painter.rect_filled(arm, CornerRadius::same(2), p.surface);
    }
    let buttons = body.right_center() - Vec2::new(u * 2.0, 0.0);
    for (offset, color) in [
        (Vec2::new(0.0, -u * 0.8), p.selected),
        (Vec2::new(u * 0.8, 0.0), p.accent),
        (Vec2::new(0.0, u * 0.8), p.success),
        (Vec2::new(-u * 0.8, 0.0), p.sea),
    ] {
        painter.circle_filled(buttons + offset, u * 0.45, color);
    }
}

pub(super) fn paint_pancakes(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[3]);
    let plate = rect.center() + Vec2::new(0.0, u * 2.6);
    painter.add(Shape::ellipse_filled(
        plate,
        Vec2::new(u * 5.0, u * 1.1),
        p.surface,
    ));
    let size = Vec2::new(u * 3.6, u * 0.8);
    for k in 0..4 {
        let at = plate - Vec2::new(0.0, u * (0.6 + 0.9 * k as f32));
        painter.add(Shape::ellipse_filled(
            at + Vec2::new(0.0, u * 0.3),
            size,
            p.pancake_edge,
        ));
        painter.add(Shape::ellipse_filled(at, size, p.pancake));
    }
    let butter = plate - Vec2::new(0.0, u * 3.6);
    painter.rect_filled(
        Rect::from_center_size(butter, Vec2::new(u * 1.2, u * 0.7)),
        CornerRadius::same(3),
        p.butter,
    );
}

pub(super) fn paint_pitch(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    let c = rect.center();
    painter.rect_filled(rect, CornerRadius::same(12), p.pitch);
    let line = Stroke::new(3.0, Color32::WHITE);
    painter.line_segment([rect.center_top(), rect.center_bottom()], line);
    painter.circle_stroke(c, u * 2.2, line);
    let goal = Rect::from_center_size(
        rect.right_center() - Vec2::new(u * 1.2, 0.0),
        Vec2::new(u * 1.6, u * 4.5),
    );
    painter.rect_stroke(goal, CornerRadius::ZERO, line, StrokeKind::Middle);
    let ball = c + Vec2::new(u * 3.2, u * 1.6);
    painter.circle(
        ball,
        u * 1.1,
        Color32::WHITE,
        Stroke::new(2.0, Color32::BLACK),
    );
    let pentagon: Vec<Pos2> = (0..5)
        .map(|k| {
            let angle = TAU * k as f32 / 5.0 - TAU / 4.0;
            ball + Vec2::angled(angle) * u * 0.45
        })
        .collect();
    // A football is black and white in every theme.
    painter.add(Shape::convex_polygon(
        pentagon,
        Color32::BLACK,
        Stroke::NONE,
    ));
}
