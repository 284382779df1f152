//! The trackers themselves: the creature, its hook, the company's domain, and the magnifier.

use std::f32::consts::TAU;

use eframe::egui::{
    self, Color32, CornerRadius, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2, epaint::PathShape,
};

use super::super::content::{Kind, TrackersData};
use super::LENS_RADIUS;
use super::page::PageLayout;
use crate::content::CompanyId;
use crate::ui::fonts::regular;
use crate::ui::tokens::{Palette, Theme};

/// A thin line from a tracker to the element it is hooked on.
pub(super) fn paint_hook(ui: &Ui, theme: &Theme, at: Pos2, kind: Kind, layout: &PageLayout) {
    let to = match kind {
        Kind::Ad => layout.ad.right_top() + Vec2::new(-30.0, 26.0),
        Kind::Video => layout.video.right_top() + Vec2::new(-30.0, 26.0),
        Kind::Like => layout.like.right_center(),
        Kind::Font => layout.title.right_center() + Vec2::new(4.0, 0.0),
        Kind::Search => layout.search.left_center(),
        Kind::Pixel => return,
    };
    ui.painter()
        .line_segment([at, to], Stroke::new(2.5, theme.palette.outline));
    ui.painter().circle_filled(to, 4.0, theme.palette.outline);
}

/// A friendly tracker: a round body, two eyes that look at the visitor, antennae, a smile, and
/// the ring of time it has left (10+). `closed` eyes: caught.
pub(super) fn paint_creature(
    painter: &egui::Painter,
    p: &Palette,
    center: Pos2,
    radius: f32,
    color: Color32,
    progress: Option<f32>,
    closed: bool,
) {
    if radius < 1.0 {
        return;
    }
    let ink = Stroke::new((radius / 10.0).max(1.0), p.text);
    for side in [-1.0, 1.0] {
        let tip = center + Vec2::new(side * radius * 0.55, -radius * 1.35);
        painter.line_segment(
            [center + Vec2::new(side * radius * 0.3, -radius * 0.8), tip],
            ink,
        );
        painter.circle_filled(tip, radius * 0.16, p.accent);
    }
    painter.circle(center, radius, color, ink);
    for side in [-1.0, 1.0] {
        let eye = center + Vec2::new(side * radius * 0.36, -radius * 0.15);
        if closed {
            painter.line_segment(
                [
                    eye - Vec2::new(radius * 0.16, 0.0),
                    eye + Vec2::new(radius * 0.16, 0.0),
                ],
                ink,
            );
        } else {
            painter.circle(
                eye,
                radius * 0.26,
                Color32::WHITE,
                Stroke::new(ink.width * 0.6, p.text),
            );
            painter.circle_filled(eye + Vec2::new(0.0, radius * 0.06), radius * 0.12, p.text);
        }
    }
    let smile: Vec<Pos2> = (0..=8)
        .map(|k| {
            let angle = TAU * (0.08 + 0.34 * k as f32 / 8.0);
            center + Vec2::new(0.0, radius * 0.1) + Vec2::angled(angle) * radius * 0.42
        })
        .collect();
    painter.add(PathShape::line(smile, ink));
    if let Some(progress) = progress {
        let ring = radius + 7.0;
        painter.circle_stroke(center, ring, Stroke::new(5.0, p.disabled));
        let end = (progress * 48.0).ceil() as usize;
        if end > 0 {
            let arc: Vec<Pos2> = (0..=end)
                .map(|k| center + Vec2::angled(-TAU / 4.0 + TAU * k as f32 / 48.0) * ring)
                .collect();
            let color = if progress > 0.7 { p.accent } else { p.primary };
            painter.add(PathShape::line(arc, Stroke::new(5.0, color)));
        }
    }
}

/// The tracker's domain on a pill under it (10+).
pub(super) fn paint_domain(ui: &Ui, theme: &Theme, at: Pos2, domain: &str) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let galley =
        ui.painter()
            .layout_no_wrap(domain.to_owned(), regular(s.font_small * 0.75), p.text);
    let pill = Rect::from_center_size(
        at + Vec2::new(0.0, 44.0),
        galley.size() + Vec2::new(12.0, 4.0),
    );
    ui.painter().rect(
        pill,
        CornerRadius::same(8),
        p.surface,
        Stroke::new(1.0, p.outline),
        StrokeKind::Inside,
    );
    ui.painter()
        .galley(pill.center() - galley.size() / 2.0, galley, p.text);
}

/// Where the magnifier is: under the pointer, else in the middle of the page.
pub(super) fn lens_center(ui: &Ui, page: Rect) -> Pos2 {
    ui.input(|input| input.pointer.latest_pos())
        .filter(|pos| page.contains(*pos))
        .unwrap_or_else(|| page.center())
}

pub(super) fn paint_lens(ui: &Ui, theme: &Theme, center: Pos2, page: Rect) {
    let p = &theme.palette;
    let painter = ui.painter_at(page);
    painter.circle_stroke(center, LENS_RADIUS, Stroke::new(6.0, p.text));
    painter.circle_stroke(center, LENS_RADIUS - 5.0, Stroke::new(2.0, p.surface));
    let handle = Vec2::angled(TAU / 8.0);
    painter.line_segment(
        [
            center + handle * LENS_RADIUS,
            center + handle * (LENS_RADIUS + 46.0),
        ],
        Stroke::new(12.0, p.text),
    );
}

/// The colour of a company, the same on every screen: by its place in the companies' file.
pub(super) fn company_color(p: &Palette, data: &TrackersData, company: &CompanyId) -> Color32 {
    p.pastel(data.companies.index_of(company))
}
