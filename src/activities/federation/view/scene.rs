//! Where everyone stands and how they look: the giant server, the hosts in a ring, the
//! people around their host.

use std::f32::consts::TAU;

use eframe::egui::{self, Color32, CornerRadius, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2};

use super::super::content::FederationData;
use super::super::logic::{Game, Network};
use super::{HEAD, HEAD_MAX, HOST_RADIUS, NAME_HEIGHT};
use crate::ui::tokens::{Palette, tokens};

/// Everybody round the one giant server, each linked to it; after an event, every link is
/// cut and the event's picture hangs over the server.
pub(super) fn paint_giant(ui: &Ui, data: &FederationData, game: &Game, area: Rect) {
    let (p, _) = tokens(ui.ctx());
    let painter = ui.painter_at(area);
    let center = area.center();
    let struck = game.current_event().is_some();
    let users = game.network.home.len();
    let radius = Vec2::new(area.width() * 0.42, area.height() * 0.4);
    for user in 0..users {
        let angle = TAU * user as f32 / users as f32;
        let at = center + Vec2::new(angle.cos() * radius.x, angle.sin() * radius.y);
        let line = if struck {
            Stroke::new(2.0, p.accent.gamma_multiply(0.5))
        } else {
            Stroke::new(2.0, p.layer_services)
        };
        if struck {
            paint_dashed(&painter, at, center, line);
        } else {
            painter.line_segment([at, center], line);
        }
        paint_person(&painter, p, (at, HEAD), p.pastel(user), struck);
    }
    let tower = Rect::from_center_size(center, Vec2::new(120.0, 150.0));
    painter.rect(
        tower,
        CornerRadius::same(12),
        p.layer_physical,
        Stroke::new(3.0, p.outline),
        StrokeKind::Middle,
    );
    for row in 0..4 {
        for column in 0..3 {
            let window = Rect::from_center_size(
                tower.left_top() + Vec2::new(25.0 + 35.0 * column as f32, 25.0 + 32.0 * row as f32),
                Vec2::new(18.0, 14.0),
            );
            let lit = if struck { p.disabled } else { p.selected };
            painter.rect_filled(window, CornerRadius::same(2), lit);
        }
    }
    if let Some(event) = game.current_event() {
        let badge = tower.right_top() + Vec2::new(10.0, -10.0);
        painter.circle(badge, 34.0, p.surface, Stroke::new(3.0, p.accent));
        data.events[event]
            .pictogram
            .paint(&painter, badge, 40.0, p.accent);
    }
}

pub(super) fn paint_dashed(painter: &egui::Painter, from: Pos2, to: Pos2, stroke: Stroke) {
    painter.extend(egui::Shape::dashed_line(&[from, to], stroke, 8.0, 6.0));
}

/// A villager: a head and shoulders. `faded`: cut off.
pub(super) fn paint_person(
    painter: &egui::Painter,
    p: &Palette,
    (at, head): (Pos2, f32),
    color: Color32,
    faded: bool,
) {
    let mut brush = painter.clone();
    if faded {
        brush.set_opacity(0.35);
    }
    let ink = Stroke::new(1.5, p.text);
    let body = Rect::from_center_size(
        at + Vec2::new(0.0, head * 1.4),
        Vec2::new(head * 2.6, head * 1.6),
    );
    brush.rect(
        body,
        CornerRadius {
            nw: 12,
            ne: 12,
            sw: 3,
            se: 3,
        },
        color,
        ink,
        StrokeKind::Middle,
    );
    brush.circle(at, head, color, ink);
}

/// The quarter of `area` that host `i` of up to four has for itself and its people.
pub(super) fn host_cell(area: Rect, i: usize) -> Rect {
    let size = area.size() / 2.0;
    let (column, row) = (i % 2, (i / 2) % 2);
    Rect::from_min_size(
        area.min + Vec2::new(size.x * column as f32, size.y * row as f32),
        size,
    )
}

/// Where host `i` sits: in the middle of its quarter, and away from its name, which is on
/// the outer side (top for the first row, bottom for the second), so that the middle of the
/// village stays free for the links.
pub(super) fn host_spot(area: Rect, i: usize) -> Pos2 {
    let away = if i < 2 { 1.0 } else { -1.0 };
    host_cell(area, i).center() + Vec2::new(0.0, away * NAME_HEIGHT / 2.0)
}

/// The radius of a villager's head in `area`: bigger people on a bigger screen.
pub(super) fn head_radius(area: Rect) -> f32 {
    (host_cell(area, 0).size().min_elem() / 20.0).clamp(HEAD, HEAD_MAX)
}

/// The radius of the ring of people round a host of `area`.
pub(super) fn ring_radius(area: Rect) -> f32 {
    let cell = host_cell(area, 0);
    let head = head_radius(area);
    // Room left between the rings of two hosts one above the other, for their link's button.
    ((cell.height() - NAME_HEIGHT) / 2.0 - head * 2.0 - 10.0)
        .clamp(HOST_RADIUS + head * 2.7, HOST_RADIUS + head * 5.5)
}

/// Where each person stands: round their host, or waiting in the middle.
pub(super) fn person_spots(network: &Network, area: Rect) -> Vec<Pos2> {
    let head = head_radius(area);
    let mut spots = vec![area.center(); network.home.len()];
    for host in 0..network.hosts.len() {
        let center = host_spot(area, host);
        let theirs: Vec<usize> = (0..network.home.len())
            .filter(|&user| network.home[user] == Some(host))
            .collect();
        let count = theirs.len();
        for (k, &user) in theirs.iter().enumerate() {
            // One ring of up to 12, then a second ring further out.
            let (ring, index, in_ring) = if k < 12 {
                (0, k, count.min(12))
            } else {
                (1, k - 12, count - 12)
            };
            let radius = ring_radius(area) + head * 2.7 * ring as f32;
            // Round the host, leaving a gap towards the host above or below, where the
            // button that links them sits.
            let gap = if host < 2 { TAU / 4.0 } else { -TAU / 4.0 };
            let arc = TAU * 5.0 / 6.0;
            let angle =
                gap + (TAU - arc) / 2.0 + arc * (index as f32 + 0.5) / in_ring.max(1) as f32;
            spots[user] = center + Vec2::angled(angle) * radius;
        }
    }
    let waiting: Vec<usize> = (0..network.home.len())
        .filter(|&user| network.home[user].is_none())
        .collect();
    // People wait in the free quarter, away from the links' buttons; in the middle once every
    // quarter has its host.
    let square = if network.hosts.len() < 4 {
        host_cell(area, 3).center()
    } else {
        area.center()
    };
    let per_row = 6;
    for (k, &user) in waiting.iter().enumerate() {
        let (column, row) = (k % per_row, k / per_row);
        let in_row = (waiting.len() - row * per_row).min(per_row);
        let rows = waiting.len().div_ceil(per_row);
        spots[user] = square
            + Vec2::new(
                (column as f32 - (in_row as f32 - 1.0) / 2.0) * head * 3.1,
                (row as f32 - (rows as f32 - 1.0) / 2.0) * head * 4.0,
            );
    }
    spots
}
