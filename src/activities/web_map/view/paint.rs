//! Painting the map: islands and region names, links and paths, markers and their badges,
//! labels, and what a place sees of a message.

use eframe::egui::{self, Align2, Color32, CornerRadius, Pos2, Shape, Stroke, StrokeKind, Vec2};

use super::super::content::{Journey, LinkKind, MapData, Place, Visibility};
use super::super::logic::{self, Camera, LabelRequest, Player, Point};
use super::map::MapFrame;
use super::{Scene, from_rect, layer_color, to_point, to_pos, to_rect};
use crate::age::AgeBand;
use crate::ui::fonts::bold;
use crate::ui::tokens::{Palette, Sizes, Theme};
use crate::ui::{Pictogram, seals};

pub(super) fn paint_islands(
    painter: &egui::Painter,
    data: &MapData,
    age: AgeBand,
    camera: Camera,
    viewport: logic::Rect,
    p: &Palette,
) {
    let visible = camera.visible(viewport);
    for (i, region) in data.regions.iter().enumerate() {
        if !logic::shows_region(region, &data.places, age) {
            continue;
        }
        let center = Point::from(region.center);
        let radius = Point::from(region.radius);
        let bounds = logic::Rect::from_center_size(center, radius * 2.4);
        if !bounds.intersects(visible) {
            continue;
        }
        let outline = logic::island_outline(center, radius, i, 56);
        let shore: Vec<Pos2> = outline
            .iter()
            .map(|point| to_pos(camera.to_screen(center + (*point - center) * 1.06, viewport)))
            .collect();
        let land: Vec<Pos2> = outline
            .iter()
            .map(|point| to_pos(camera.to_screen(*point, viewport)))
            .collect();
        painter.add(Shape::convex_polygon(shore, p.shore, Stroke::NONE));
        let fill = p.pastel(region.colour);
        painter.add(Shape::convex_polygon(
            land,
            fill,
            Stroke::new(1.5, p.outline.gamma_multiply(0.4)),
        ));
    }
}

/// The islands' names, each just above its island, on the sea: where they go, drawn later over
/// the links, and kept clear of the places' names.
pub(super) fn region_names(
    painter: &egui::Painter,
    camera: Camera,
    viewport: logic::Rect,
    p: &Palette,
    s: &Sizes,
    scene: &Scene<'_>,
) -> Vec<(std::sync::Arc<egui::Galley>, egui::Rect)> {
    let size = (s.font_body * camera.zoom.sqrt() * 1.1).clamp(16.0, 30.0);
    let font = bold(size);
    let (data, lang) = (scene.data, scene.lang);
    data.regions
        .iter()
        .filter(|region| logic::shows_region(region, &data.places, scene.age))
        .filter_map(|region| {
            let center = Point::from(region.center);
            let top = Point::new(center.x, center.y - region.radius[1] * 1.08);
            let at = to_pos(camera.to_screen(top, viewport));
            let galley =
                painter.layout_no_wrap(region.name.get(lang).to_owned(), font.clone(), p.text);
            let rect = Align2::CENTER_BOTTOM.anchor_size(at, galley.size() + Vec2::new(16.0, 2.0));
            let view = from_rect(viewport);
            // A name half off the map comes back inside it, over its island.
            let inside = rect.translate(Vec2::new(
                (view.left() - rect.left()).max(0.0) + (view.right() - rect.right()).min(0.0),
                (view.top() - rect.top()).max(0.0) + (view.bottom() - rect.bottom()).min(0.0),
            ));
            view.intersects(rect).then_some((galley, inside))
        })
        .collect()
}

/// A link, drawn according to what it is made of, between the edges of its two markers.
pub(super) fn paint_link(
    painter: &egui::Painter,
    a: Pos2,
    b: Pos2,
    radius: f32,
    kind: LinkKind,
    color: Color32,
    sea: Color32,
) {
    let along = b - a;
    let length = along.length();
    if length <= 2.0 * radius {
        return;
    }
    let dir = along / length;
    let (start, end) = (a + dir * radius, b - dir * radius);
    match kind {
        LinkKind::Radio => {
            painter.extend(Shape::dotted_line(&[start, end], color, 9.0, 2.6));
        }
        LinkKind::Cable => {
            painter.line_segment([start, end], Stroke::new(3.0, color));
        }
        LinkKind::Submarine => {
            painter.line_segment([start, end], Stroke::new(7.0, color));
            painter.line_segment([start, end], Stroke::new(2.5, sea));
        }
        LinkKind::RunsOn => {
            painter.extend(Shape::dashed_line(
                &[start, end],
                Stroke::new(2.5, color),
                7.0,
                6.0,
            ));
        }
        LinkKind::Federation => {
            painter.line_segment([start, end], Stroke::new(4.0, color));
        }
        LinkKind::DataFlow => {
            let tip = end;
            let back = tip - dir * 14.0;
            let side = Vec2::new(-dir.y, dir.x) * 8.0;
            painter.extend(Shape::dashed_line(
                &[start, back],
                Stroke::new(3.0, color),
                10.0,
                6.0,
            ));
            painter.add(Shape::convex_polygon(
                vec![tip, back + side, back - side],
                color,
                Stroke::NONE,
            ));
        }
    }
}

/// The journey's route: travelled legs solid, the rest dashed.
pub(super) fn paint_path(
    painter: &egui::Painter,
    journey: &Journey,
    player: &Player,
    screen: &[Pos2],
    radius: f32,
    p: &Palette,
) {
    for (i, pair) in journey.hops.windows(2).enumerate() {
        let (a, b) = (screen[pair[0].at], screen[pair[1].at]);
        let along = b - a;
        let length = along.length();
        if length <= 2.0 * radius {
            continue;
        }
        let dir = along / length;
        let (start, end) = (a + dir * radius, b - dir * radius);
        if i < player.hop() {
            painter.line_segment([start, end], Stroke::new(6.0, p.primary));
        } else {
            painter.extend(Shape::dashed_line(
                &[start, end],
                Stroke::new(4.0, p.primary.gamma_multiply(0.7)),
                10.0,
                8.0,
            ));
            if i == player.hop()
                && let Some(t) = player.travel()
            {
                let reached = start + (end - start) * t.clamp(0.0, 1.0);
                painter.line_segment([start, reached], Stroke::new(6.0, p.primary));
            }
        }
    }
}

pub(super) fn paint_marker(
    painter: &egui::Painter,
    place: &Place,
    at: Pos2,
    radius: f32,
    selected: bool,
    faded: bool,
    p: &Palette,
) {
    let ring = place
        .layers
        .first()
        .map_or(p.outline, |layer| layer_color(p, *layer));
    let fade = |color: Color32| {
        if faded {
            color.gamma_multiply(0.35)
        } else {
            color
        }
    };
    if selected {
        painter.circle_filled(at, radius + 7.0, p.selected);
        painter.circle_stroke(at, radius + 7.0, Stroke::new(2.5, p.text));
    }
    painter.circle(at, radius, fade(p.surface), Stroke::new(3.0, fade(ring)));
    place
        .pictogram
        .paint(painter, at, radius * 1.1, fade(p.text));
}

/// What each place on the route saw, once the message has been there: eyes (it could read the
/// message), an envelope (it saw only the outside) or a padlock (it carried a locked box).
pub(super) fn paint_badges(
    painter: &egui::Painter,
    data: &MapData,
    journey: &Journey,
    player: &Player,
    screen: &[Pos2],
    radius: f32,
    p: &Palette,
) {
    let mut seen: Vec<(usize, Visibility)> = Vec::new();
    for hop in journey.hops.iter().take(player.hop() + 1) {
        let counted = data
            .places
            .get(hop.at)
            .and_then(|place| data.organisation(&place.operator))
            .is_some_and(|org| org.counted);
        if !counted {
            continue;
        }
        match seen.iter_mut().find(|(at, _)| *at == hop.at) {
            Some(slot) => slot.1 = slot.1.strongest(hop.sees),
            None => seen.push((hop.at, hop.sees)),
        }
    }
    for (at, sees) in seen {
        let center = screen[at] + Vec2::new(radius * 0.8, -radius * 0.8);
        paint_badge(painter, center, radius * 0.55, sees, p);
    }
}

/// A round badge telling what a place saw: an eye (it could read), an envelope (it saw the
/// outside) or a padlock (it carried a locked box). Drawn, so that it stays clear when small.
pub(super) fn paint_badge(
    painter: &egui::Painter,
    center: Pos2,
    radius: f32,
    sees: Visibility,
    p: &Palette,
) {
    let (fill, ink) = visibility_colors(sees, p);
    painter.circle(center, radius, fill, Stroke::new(1.5, p.text));
    paint_sight_icon(painter, center, radius * 1.25, sees, ink);
}

/// The icon of what a place sees, `size` points wide.
pub(super) fn paint_sight_icon(
    painter: &egui::Painter,
    center: Pos2,
    size: f32,
    sees: Visibility,
    ink: Color32,
) {
    let line = Stroke::new((size / 9.0).max(1.2), ink);
    match sees {
        Visibility::OpenLetter => Pictogram::Eye.paint(painter, center, size, ink),
        Visibility::SealedEnvelope => {
            let body = egui::Rect::from_center_size(center, Vec2::new(size * 0.8, size * 0.55));
            painter.rect_stroke(body, CornerRadius::same(1), line, StrokeKind::Middle);
            let tip = Pos2::new(body.center().x, body.top() + body.height() * 0.6);
            painter.line_segment([body.left_top(), tip], line);
            painter.line_segment([body.right_top(), tip], line);
        }
        Visibility::LockedBox => {
            let body = egui::Rect::from_center_size(
                center + Vec2::new(0.0, size * 0.14),
                Vec2::new(size * 0.62, size * 0.44),
            );
            painter.circle_stroke(
                Pos2::new(center.x, body.top()),
                size * 0.2,
                Stroke::new(line.width * 1.2, ink),
            );
            painter.rect_filled(body, CornerRadius::same(2), ink);
        }
    }
}

/// Fill and ink of what a place sees: warm when it can read, green when it carries a locked box.
pub(super) fn visibility_colors(sees: Visibility, p: &Palette) -> (Color32, Color32) {
    match sees {
        Visibility::OpenLetter => (p.accent, p.on_accent),
        Visibility::SealedEnvelope => (p.surface, p.text),
        Visibility::LockedBox => (p.success, p.on_success),
    }
}

/// Names next to the markers, where they fit: the selected place and the route first. Returns
/// where they went.
pub(super) fn paint_labels(
    painter: &egui::Painter,
    scene: &Scene<'_>,
    frame: &MapFrame,
    obstacles: &[logic::Rect],
    soft: &[logic::Rect],
    theme: &Theme,
) -> Vec<egui::Rect> {
    let MapFrame {
        rect,
        radius,
        shown,
        on_path,
        screen,
        ..
    } = frame;
    let (rect, radius) = (*rect, *radius);
    let (p, s) = (&theme.palette, &theme.sizes);
    let font_size = s.font_map_label
        * if scene.age == AgeBand::Young {
            1.2
        } else {
            1.0
        };
    let font = bold(font_size);
    let visible = |i: usize| shown[i] && rect.contains(screen[i]);
    // On a journey only the route's places (and the one whose card is open) are named: the
    // others are dimmed, and their names would crowd the route's.
    let named = |i: usize| scene.journey.is_none() || on_path[i] || scene.selected == Some(i);
    let mut order: Vec<usize> = (0..scene.data.places.len())
        .filter(|&i| visible(i) && named(i))
        .collect();
    order.sort_by_key(|&i| {
        (
            scene.selected != Some(i),
            !on_path[i],
            !scene.data.places[i].young,
        )
    });
    let padding = Vec2::new(6.0, 2.0);
    let galleys: Vec<_> = order
        .iter()
        .map(|&i| {
            painter.layout_no_wrap(
                scene.data.places[i].name.get(scene.lang).to_owned(),
                font.clone(),
                p.text,
            )
        })
        .collect();
    let requests: Vec<LabelRequest> = order
        .iter()
        .zip(&galleys)
        .map(|(&i, galley)| LabelRequest {
            anchor: to_point(screen[i]),
            radius: radius + 2.0,
            size: to_point((galley.size() + padding * 2.0).to_pos2()),
            strong: on_path[i] || scene.selected == Some(i),
        })
        .collect();
    let placed = logic::place_labels(&requests, obstacles, soft, to_rect(rect));
    let dim = scene.journey.is_some();
    let mut spots = Vec::with_capacity(placed.len());
    for ((&i, galley), spot) in order.iter().zip(galleys).zip(placed) {
        let Some(spot) = spot else { continue };
        let spot = from_rect(spot);
        spots.push(spot);
        let faded = dim && !on_path[i];
        let fill = if faded {
            p.surface.gamma_multiply(0.5)
        } else {
            p.surface
        };
        painter.rect_filled(spot, CornerRadius::same(8), fill);
        let ink = if faded {
            p.text.gamma_multiply(0.5)
        } else {
            p.text
        };
        painter.galley(spot.min + padding, galley, ink);
    }
    spots
}

/// Draws what a place sees of the message: an open letter, a sealed envelope with its address,
/// or a locked box.
pub fn paint_envelope(painter: &egui::Painter, rect: egui::Rect, sees: Visibility, p: &Palette) {
    let line = Stroke::new((rect.height() / 28.0).max(1.2), p.text);
    match sees {
        Visibility::OpenLetter => seals::open_letter(painter, rect, line, p),
        Visibility::SealedEnvelope => seals::sealed_envelope(painter, rect, line, p),
        Visibility::LockedBox => seals::locked_box(painter, rect, line, p),
    }
}
