//! The map itself: its frame, the camera and the finger's input (taps, drags, pinches, the
//! zoom buttons), and the journey's packet on the move.

use eframe::egui::{
    self, Align, CornerRadius, Layout, Pos2, Role, Sense, Stroke, Ui, UiBuilder, Vec2, WidgetInfo,
};

use super::super::content::{Journey, Visibility};
use super::super::logic::{self, Camera, CameraMotion, CameraState, Player, Point};
use super::explore::hint_layout;
use super::paint::{
    paint_badges, paint_envelope, paint_islands, paint_labels, paint_link, paint_marker,
    paint_path, region_names,
};
use super::place::{card_rect, card_room};
use super::{
    FRAME, MapOutput, Scene, Tap, layer_color, marker_radius, shown_places, to_point, to_pos,
    to_rect,
};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::ui::Pictogram;
use crate::ui::pane::nearest;
use crate::ui::tokens::{Palette, Theme, theme};
use crate::ui::widgets::icon_button;

/// Draws the map in the whole of `ui` and lets fingers, the mouse and the keyboard move it.
/// When `interactive` is false (a dialog is open over it), it is only drawn.
pub(super) fn map_ui(
    ui: &mut Ui,
    scene: &Scene<'_>,
    camera: &mut CameraState,
    dt_secs: f32,
    interactive: bool,
    ctx: &ActivityCtx<'_>,
) -> MapOutput {
    let theme = theme(ui.ctx());
    let rect = ui.max_rect();
    let viewport = camera_viewport(theme, rect);
    let world = Point::from(scene.data.world);
    let fit = Camera::fit(world, viewport);
    let motion = camera.motion.get_or_insert_with(|| CameraMotion::at(fit));
    motion.clamp(world, viewport);
    // Where the re-centre button leads: the journey's route with room for its names, else the
    // whole map.
    let insets = route_insets(theme, scene.age);
    let home = scene
        .journey
        .and_then(|(journey, _)| logic::route_bounds(journey, &scene.data.places))
        .map_or(fit, |bounds| {
            Camera::framing_within(bounds, world, viewport, insets)
        });
    if camera.show_all {
        // Follows what it shows as the space for it changes (a bar grows, the window resizes).
        motion.glide_to(home);
    }
    let (shown, on_path) = shown_places(scene);

    let mut tap = None;
    if interactive {
        let before = motion.target;
        tap = map_input_ui(ui, scene, &shown, motion, (world, viewport, rect), ctx);
        if motion.target != before {
            // Moved by hand: the camera stays where the visitor put it.
            camera.show_all = false;
        }
    }
    if motion.step(dt_secs) {
        ui.ctx().request_repaint_after(FRAME / 2);
    }
    let current = motion.current;
    let radius = marker_radius(theme, scene.age, current, fit.zoom, world);
    let screen: Vec<Pos2> = scene
        .data
        .places
        .iter()
        .map(|place| to_pos(current.to_screen(place.position.into(), viewport)))
        .collect();
    let frame = MapFrame {
        camera: current,
        view: viewport,
        rect,
        radius,
        shown,
        on_path,
        screen,
    };
    // Labels keep clear of what lies over the map.
    let mut covered = Vec::new();
    if interactive {
        covered.push(to_rect(zoom_buttons_rect(theme, rect).expand(4.0)));
    }
    if scene.hint {
        covered.push(to_rect(hint_layout(ui, rect, ctx).1.expand(4.0)));
    }
    // A place's card covers the map: names go elsewhere rather than be cut by it.
    if let Some(at) = scene
        .selected
        .and_then(|i| frame.on_screen(i).then(|| frame.screen[i]))
        && interactive
    {
        covered.push(to_rect(card_rect(theme, card_room(rect, scene.area), at)));
    }
    let packet = scene
        .journey
        .and_then(|(journey, player)| packet_spot(journey, player, &frame));
    if let Some((center, _)) = packet {
        covered.push(to_rect(egui::Rect::from_center_size(
            center,
            Vec2::splat(frame.radius * 2.5 + 4.0),
        )));
    }
    paint_map(&ui.painter_at(rect), scene, &frame, &covered, theme);
    if let Some((center, sees)) = packet {
        paint_packet(
            &ui.painter_at(rect),
            center,
            sees,
            frame.radius,
            &theme.palette,
        );
    }
    // The buttons come after the map so that they are drawn over it; a press moves the camera
    // from the next frame on.
    if interactive
        && let Some(show_all) = zoom_buttons_ui(ui, motion, home, (world, viewport, rect), ctx)
    {
        camera.show_all = show_all;
        ui.ctx().request_repaint();
    }
    MapOutput {
        viewport: rect,
        tap,
        selected_at: scene
            .selected
            .and_then(|i| frame.on_screen(i).then(|| frame.screen[i])),
    }
}

/// Where everything is on screen this frame.
pub(super) struct MapFrame {
    pub(super) camera: Camera,
    /// The viewport the camera frames: the map's area above the zoom buttons.
    pub(super) view: logic::Rect,
    pub(super) rect: egui::Rect,
    /// The places' markers' radius.
    pub(super) radius: f32,
    /// Which places show (by layer and age band, or on the journey's route).
    pub(super) shown: Vec<bool>,
    /// Which places the journey followed passes through.
    pub(super) on_path: Vec<bool>,
    /// Where each place is on screen.
    pub(super) screen: Vec<Pos2>,
}

impl MapFrame {
    /// Whether place `i` shows and is on the screen (or just off its edge).
    pub(super) fn on_screen(&self, i: usize) -> bool {
        self.shown[i] && self.rect.expand(self.radius * 2.0).contains(self.screen[i])
    }
}

/// Paints the map: sea, islands, links, the route, places, badges, names, the packet.
pub(super) fn paint_map(
    painter: &egui::Painter,
    scene: &Scene<'_>,
    frame: &MapFrame,
    covered: &[logic::Rect],
    theme: &Theme,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let data = scene.data;
    let (camera, viewport, radius) = (frame.camera, frame.view, frame.radius);
    let screen = &frame.screen;
    painter.rect_filled(frame.rect, 0.0, p.sea);
    paint_islands(painter, data, scene.age, camera, viewport, p);
    let dim = scene.journey.is_some();
    for link in &data.links {
        let [a, b] = link.ends;
        if !logic::shows_link(link, &frame.shown, scene.layers)
            || (!frame.on_screen(a) && !frame.on_screen(b))
        {
            continue;
        }
        let color = layer_color(p, link.layer);
        let color = if dim {
            color.gamma_multiply(0.3)
        } else {
            color
        };
        paint_link(
            painter, screen[a], screen[b], radius, link.kind, color, p.sea,
        );
    }
    if let Some((journey, player)) = scene.journey {
        paint_path(painter, journey, player, screen, radius, p);
    }
    for (i, place) in data.places.iter().enumerate() {
        if frame.on_screen(i) {
            let faded = dim && !frame.on_path[i];
            let selected = scene.selected == Some(i);
            paint_marker(painter, place, screen[i], radius, selected, faded, p);
        }
    }
    if let Some((journey, player)) = scene.journey {
        paint_badges(painter, data, journey, player, screen, radius, p);
    }
    let names = region_names(painter, camera, viewport, p, s, scene);
    let soft: Vec<logic::Rect> = names.iter().map(|(_, rect)| to_rect(*rect)).collect();
    let labels = paint_labels(painter, scene, frame, covered, &soft, theme);
    // An island's name gives way to the name of a place on the journey.
    for (galley, rect) in names {
        if labels.iter().any(|label| label.intersects(rect)) {
            continue;
        }
        painter.rect_filled(rect, CornerRadius::same(8), p.sea);
        painter.galley(rect.min + Vec2::new(8.0, 1.0), galley, p.text);
    }
}

/// Where the packet is drawn and what it looks like: beside the place it is at (or between
/// two), above it and to the left (clear of the place's badge), or below when a place near the
/// top of the map would leave it cut.
pub(super) fn packet_spot(
    journey: &Journey,
    player: &Player,
    frame: &MapFrame,
) -> Option<(Pos2, Visibility)> {
    let hops: Vec<Point> = journey
        .hops
        .iter()
        .map(|hop| to_point(frame.screen[hop.at]))
        .collect();
    let at = to_pos(player.packet_position(&hops)?);
    let arriving = player.travel().map_or(player.hop(), |_| player.hop() + 1);
    let sees = journey
        .hops
        .get(arriving)
        .map_or(Visibility::SealedEnvelope, |hop| hop.sees);
    let radius = frame.radius;
    // Beside the place it is at, on the side with the most room from the other places (their
    // names lie next to them), inside the map; chosen by the place, so it keeps its side while
    // it travels to the next one.
    let place = journey.hops.get(player.hop())?.at;
    let anchor = frame.screen[place];
    let others: Vec<Pos2> = (0..frame.screen.len())
        .filter(|&i| i != place && frame.shown[i])
        .map(|i| frame.screen[i])
        .collect();
    let inside = frame.rect.shrink(radius * 1.3 + 2.0);
    let offsets = [
        Vec2::new(-0.9, -2.0),
        Vec2::new(0.9, -2.0),
        Vec2::new(-0.9, 2.0),
        Vec2::new(0.9, 2.0),
        Vec2::new(-2.2, 0.0),
        Vec2::new(2.2, 0.0),
    ]
    .map(|offset| offset * radius);
    let room = |offset: Vec2| {
        let spot = anchor + offset;
        if !inside.contains(spot) {
            return f32::NEG_INFINITY;
        }
        others
            .iter()
            .map(|other| other.distance(spot))
            .fold(f32::INFINITY, f32::min)
    };
    // The first side with enough room (two markers' width), else the roomiest.
    let enough = radius * 4.0;
    let offset = offsets
        .iter()
        .copied()
        .find(|&offset| room(offset) >= enough)
        .or_else(|| {
            offsets
                .iter()
                .copied()
                .max_by(|a, b| room(*a).total_cmp(&room(*b)))
        })
        .unwrap_or(offsets[0]);
    Some((at + offset, sees))
}

/// The packet on its way: the envelope of what the place it is at (or going to) sees.
pub(super) fn paint_packet(
    painter: &egui::Painter,
    center: Pos2,
    sees: Visibility,
    radius: f32,
    p: &Palette,
) {
    let size = Vec2::new(radius * 2.0, radius * 1.4);
    painter.circle(
        center,
        radius * 1.25,
        p.surface,
        Stroke::new(1.5, p.outline),
    );
    paint_envelope(painter, egui::Rect::from_center_size(center, size), sees, p);
}

/// The room a journey's places need around them on screen: their names, beside or under them.
pub(super) fn route_insets(theme: &Theme, age: AgeBand) -> logic::Insets {
    let s = &theme.sizes;
    let radius = s.map_marker * if age == AgeBand::Young { 1.35 } else { 1.0 } * 1.5;
    let label = s.font_map_label * 1.6 + 8.0;
    logic::Insets {
        left: 100.0,
        right: 100.0,
        top: radius + label,
        bottom: radius + label,
    }
}

/// Fingers, wheel and keys on the map. Returns a tap, if any.
pub(super) fn map_input_ui(
    ui: &mut Ui,
    scene: &Scene<'_>,
    shown: &[bool],
    motion: &mut CameraMotion,
    (world, viewport, rect): (Point, logic::Rect, egui::Rect),
    ctx: &ActivityCtx<'_>,
) -> Option<Tap> {
    let theme = theme(ui.ctx());
    let camera = motion.current;
    let fit = Camera::fit(world, viewport);
    let radius = marker_radius(theme, scene.age, camera, fit.zoom, world);
    let data = scene.data;
    let mut tap = None;
    // Places are widgets too, registered first (under the map's own surface), so that the
    // keyboard and screen readers reach them one by one; fingers and the mouse go through the
    // map's hit test below, which finds the nearest place.
    let candidates: Vec<(usize, Point)> = data
        .places
        .iter()
        .enumerate()
        .filter(|(i, _)| shown[*i])
        .map(|(i, place)| (i, camera.to_screen(place.position.into(), viewport)))
        .filter(|(_, at)| rect.contains(to_pos(*at)))
        .collect();
    // A place's widget is as big as what a finger reaches it by (the map's hit test).
    let target = 2.0 * radius.max(theme.sizes.touch_target / 2.0);
    for &(i, at) in &candidates {
        let place = &data.places[i];
        let marker = egui::Rect::from_center_size(to_pos(at), Vec2::splat(target));
        let response = ui.interact(marker, ui.scope_id().with(("place", i)), Sense::click());
        let name = place.name.get(scene.lang);
        let selected = scene.selected == Some(i);
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, name));
        if response.clicked() {
            tap = Some(Tap::Place(i));
        }
        if response.has_focus() {
            ui.painter().circle_stroke(
                to_pos(at),
                radius + 6.0,
                Stroke::new(3.0, theme.palette.primary),
            );
        }
    }
    let surface = ui.interact(
        rect,
        ui.scope_id().with("map-surface"),
        Sense::click_and_drag(),
    );
    surface.widget_info(|| WidgetInfo::labeled(Role::Pane, true, ctx.tr("web_map-map")));
    if surface.dragged() {
        let delta = surface.drag_delta();
        motion.jump(camera.panned(Point::new(delta.x, delta.y), world, viewport));
    }
    if surface.clicked()
        && let Some(at) = surface.interact_pointer_pos()
    {
        let reach = radius.max(theme.sizes.touch_target / 2.0) + 8.0;
        let spots = candidates.iter().map(|&(i, spot)| (i, to_pos(spot), reach));
        tap = Some(nearest(spots, at).map_or(Tap::Away, Tap::Place));
    }
    let (zoom, wheel, anchor) = ui.input(|input| {
        (
            input.zoom_delta(),
            input.smooth_scroll_delta.y,
            input
                .multi_touch()
                .map(|touch| touch.center_pos)
                .or_else(|| input.pointer.hover_pos()),
        )
    });
    if let Some(anchor) = anchor.filter(|at| rect.contains(*at)) {
        let factor = zoom * (wheel / 300.0).exp();
        if (factor - 1.0).abs() > 1e-4 {
            let base = motion.current;
            motion.jump(base.zoomed_at(to_point(anchor), factor, world, viewport));
        }
    }
    let (plus, minus) = ui.input(|input| {
        (
            input.key_pressed(egui::Key::Plus) || input.key_pressed(egui::Key::Equals),
            input.key_pressed(egui::Key::Minus),
        )
    });
    if plus || minus {
        let factor = if plus { 1.5 } else { 1.0 / 1.5 };
        let target = motion.target;
        motion.glide_to(target.zoomed_at(viewport.center(), factor, world, viewport));
    }
    if ui.input(|input| input.key_pressed(egui::Key::Escape)) && scene.selected.is_some() {
        tap = Some(Tap::Away);
    }
    tap
}

/// − , whole map, + : at the bottom middle of the map, where the place card never goes.
/// Returns whether the camera should now keep showing the whole map, when a button was pressed.
pub(super) fn zoom_buttons_ui(
    ui: &mut Ui,
    motion: &mut CameraMotion,
    home: Camera,
    (world, viewport, area): (Point, logic::Rect, egui::Rect),
    ctx: &ActivityCtx<'_>,
) -> Option<bool> {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let rect = zoom_buttons_rect(theme, area);
    let target = motion.target;
    ui.scope_builder(
        UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::left_to_right(Align::Center)),
        |ui| {
            ui.spacing_mut().item_spacing.x = s.gap * 0.5;
            let out = icon_button(
                ui,
                Pictogram::Minus,
                &ctx.tr("web_map-zoom-out"),
                !target.shows_everything(world, viewport),
            );
            let whole_map = home == Camera::fit(world, viewport);
            let whole = icon_button(
                ui,
                Pictogram::Map,
                &ctx.tr(if whole_map {
                    "web_map-whole-map"
                } else {
                    "web_map-whole-journey"
                }),
                target != home,
            );
            let zoom_in = icon_button(
                ui,
                Pictogram::Plus,
                &ctx.tr("web_map-zoom-in"),
                !target.fully_zoomed_in(world, viewport),
            );
            if out.clicked() {
                motion.glide_to(target.zoomed_at(viewport.center(), 1.0 / 1.6, world, viewport));
                // Out to the whole map: it stays fitted (unless a journey is framed instead).
                return Some(whole_map && motion.target.shows_everything(world, viewport));
            }
            if whole.clicked() {
                motion.glide_to(home);
                return Some(true);
            }
            if zoom_in.clicked() {
                motion.glide_to(target.zoomed_at(viewport.center(), 1.6, world, viewport));
                return Some(false);
            }
            None
        },
    )
    .inner
}

pub(super) fn zoom_buttons_width(theme: &Theme) -> f32 {
    3.0 * theme.sizes.touch_target + theme.sizes.gap
}

pub(super) fn zoom_buttons_rect(theme: &Theme, area: egui::Rect) -> egui::Rect {
    let s = &theme.sizes;
    egui::Rect::from_center_size(
        Pos2::new(
            area.center().x,
            area.max.y - s.margin * 0.5 - s.touch_target / 2.0,
        ),
        Vec2::new(zoom_buttons_width(theme), s.touch_target),
    )
}

/// What the camera frames in the map's `area`: all of it but the strip of the zoom buttons, so
/// that the whole map never lies under them.
pub(super) fn camera_viewport(theme: &Theme, area: egui::Rect) -> logic::Rect {
    let s = &theme.sizes;
    let mut view = to_rect(area);
    view.max.y = (view.max.y - s.touch_target - s.margin * 0.5).max(view.min.y + 1.0);
    view
}
