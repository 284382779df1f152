//! The map's screens: the map itself (sea, islands, links, places, their names, the travelling
//! packet), the place card, the journey player, the questions, the journey chooser and the
//! side-by-side comparison.

use std::time::Duration;

use eframe::egui::{
    self, Align, Align2, Color32, CornerRadius, Layout, Pos2, RichText, Role, ScrollArea, Sense,
    Shape, Stroke, StrokeKind, Ui, UiBuilder, Vec2, WidgetInfo,
};

use super::content::{Journey, Layer, LinkKind, MapData, Place, Visibility};
use super::logic::{
    self, Camera, CameraMotion, CameraState, LabelRequest, Layers, Mode, Outcome, Player, Point,
    Quiz, Visit,
};
use crate::activity::{ActivityCtx, ActivityId, Command, Handoff};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::i18n::Lang;
use crate::ui::dialog::{Dialog, dialog_ui};
use crate::ui::fonts::{bold, regular};
use crate::ui::pane::{nearest, pane_ui};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Palette, Sizes, Theme, theme, tokens};
use crate::ui::widgets::{
    BigButton, ButtonKind, bar_frame, card_frame, icon_button, layer_chip, split_row, tile_button,
};
use crate::ui::{Pictogram, grid, seals};

/// The activity a place's card can open, to find something else than a giant's service.
const ALTERNATIVES: ActivityId = crate::activity::ids::ALTERNATIVES;

/// Animations run at this rate at most: smooth enough, and kind to software renderers.
const FRAME: Duration = Duration::from_millis(33);

/// Draws the map and whatever the visitor is doing with it.
pub fn web_map_ui(ui: &mut Ui, data: &MapData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let now_secs = ctx.now_secs;
    // The dialogs over the map (the journeys, the questions) take the whole of the activity's
    // area, its bars included: on a low screen the map alone is too short for them.
    let area = ui.max_rect();
    // The time since the last frame: the packet waits by it (frames are seconds apart while it
    // waits at a hop), the camera glides by it, a hiccup at most.
    let elapsed_secs = visit
        .last_frame_secs
        .map_or(0.0, |last| (now_secs - last).clamp(0.0, 60.0) as f32);
    let dt_secs = elapsed_secs.min(0.1);
    visit.last_frame_secs = Some(now_secs);
    let hint = if visit.explored {
        0.0
    } else {
        let started = *visit.started_secs.get_or_insert(now_secs);
        logic::hint_opacity(now_secs - started)
    };
    let (lang, age) = (ctx.lang, ctx.age);
    let Visit {
        layers,
        selected,
        mode,
        camera,
        explored,
        layer_kept_secs,
        ..
    } = visit;
    let mut next_mode = None;
    match mode {
        Mode::Explore | Mode::Choose => {
            let choosing = *mode == Mode::Choose;
            let bar = explore_bar_ui(ui, layers, ctx);
            if bar.follow {
                next_mode = Some(Mode::Choose);
            }
            if bar.layer_kept {
                *layer_kept_secs = Some(now_secs);
            }
            let mut scene = Scene::new(data, lang, age, *layers, *selected, None);
            scene.hint = hint > 0.0 && !choosing && selected.is_none();
            scene.area = area;
            map_area(ui, |ui| {
                let map = map_ui(ui, &scene, camera, dt_secs, !choosing, ctx);
                if let Some(tap) = map.tap {
                    *selected = tap.place();
                    *explored |= selected.is_some();
                }
                if choosing {
                    next_mode = chooser_ui(ui, data, area, ctx);
                } else if selected.is_some() {
                    selected_card_ui(ui, data, selected, &map, area, ctx);
                } else if scene.hint {
                    hint_ui(ui, map.viewport, hint, ctx);
                }
                if let Some(at) = *layer_kept_secs {
                    layer_note_ui(ui, map.viewport, now_secs - at, ctx);
                }
            });
        }
        Mode::Journey(player) => {
            tick_player(ui, data, player, elapsed_secs, ctx);
            let journey = &data.journeys[player.journey()];
            match journey_bar_ui(ui, data, journey, player, ctx) {
                Some(JourneyAction::Map) => next_mode = Some(Mode::Explore),
                Some(JourneyAction::Compare(a, b)) => next_mode = Some(Mode::Compare(a, b)),
                Some(JourneyAction::Ask) => {
                    next_mode =
                        Quiz::new(journey, age).map(|quiz| Mode::Quiz(player.clone(), quiz));
                }
                None => {}
            }
            let mut scene = Scene::new(data, lang, age, *layers, *selected, Some(player));
            scene.area = area;
            map_area(ui, |ui| {
                let map = map_ui(ui, &scene, camera, dt_secs, true, ctx);
                if let Some(tap) = map.tap {
                    *selected = tap.place();
                }
                selected_card_ui(ui, data, selected, &map, area, ctx);
            });
        }
        Mode::Quiz(player, quiz) => {
            let journey = &data.journeys[player.journey()];
            let scene = Scene::new(data, lang, age, *layers, None, Some(player));
            map_area(ui, |ui| {
                map_ui(ui, &scene, camera, dt_secs, false, ctx);
                match quiz_ui(ui, journey, quiz, area, ctx) {
                    Some(QuizAction::Map) => next_mode = Some(Mode::Explore),
                    Some(QuizAction::Journey) => next_mode = Some(Mode::Journey(player.clone())),
                    None => {}
                }
            });
        }
        Mode::Compare(a, b) => next_mode = compare_ui(ui, data, [*a, *b], ctx),
    }
    if let Some(mode) = next_mode {
        visit.switch_to(mode);
    }
}

/// The card of the selected place, if any, beside it; closing it unselects the place.
fn selected_card_ui(
    ui: &mut Ui,
    data: &MapData,
    selected: &mut Option<usize>,
    map: &MapOutput,
    area: egui::Rect,
    ctx: &mut ActivityCtx<'_>,
) {
    if let Some(place) = *selected
        && place_card_ui(
            ui,
            data,
            place,
            map.selected_at,
            card_room(map.viewport, area),
            ctx,
        )
    {
        *selected = None;
    }
}

/// Moves the packet on and wakes the screen up for its next move.
fn tick_player(
    ui: &Ui,
    data: &MapData,
    player: &mut Player,
    dt_secs: f32,
    ctx: &mut ActivityCtx<'_>,
) {
    let Some(journey) = data.journeys.get(player.journey()) else {
        return;
    };
    let (lang, age) = (ctx.lang, ctx.age);
    let dwell = |player: &Player| {
        journey
            .hops
            .get(player.hop())
            .map_or(0.0, |hop| logic::dwell_secs(hop.caption.get(lang, age)))
    };
    let was_finished = player.finished();
    player.tick(dt_secs, dwell(player));
    if player.finished() && !was_finished && player.hop_count() > 1 {
        ctx.play(Sound::Success);
    }
    if let Some(secs) = player.next_change_secs(dwell(player)) {
        ui.ctx()
            .request_repaint_after(FRAME.max(Duration::from_secs_f32(secs)));
    }
}

/// The map fills the area under the bars.
fn map_area(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    egui::CentralPanel::default()
        .frame(egui::Frame::new())
        .show(ui, |ui| {
            // The map clips its places at its edges, and a finger's tap goes to the nearest
            // place.
            let rect = ui.max_rect();
            pane_ui(ui, rect, add);
        });
}

/// What the map shows this frame.
struct Scene<'a> {
    data: &'a MapData,
    age: AgeBand,
    lang: &'a Lang,
    layers: Layers,
    selected: Option<usize>,
    journey: Option<(&'a Journey, &'a Player)>,
    /// The first-visit hint shows over the map: labels keep clear of it.
    hint: bool,
    /// The activity's whole area (a place's card may take it on a low screen).
    area: egui::Rect,
}

impl<'a> Scene<'a> {
    fn new(
        data: &'a MapData,
        lang: &'a Lang,
        age: AgeBand,
        layers: Layers,
        selected: Option<usize>,
        player: Option<&'a Player>,
    ) -> Self {
        Self {
            data,
            age,
            lang,
            layers,
            selected,
            journey: player.and_then(|player| {
                data.journeys
                    .get(player.journey())
                    .map(|journey| (journey, player))
            }),
            hint: false,
            area: egui::Rect::NOTHING,
        }
    }
}

/// What a tap on the map landed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tap {
    /// A place (its index).
    Place(usize),
    /// The sea, an island away from any place, or Escape: close the card.
    Away,
}

impl Tap {
    fn place(self) -> Option<usize> {
        match self {
            Self::Place(index) => Some(index),
            Self::Away => None,
        }
    }
}

/// What happened on the map.
struct MapOutput {
    /// The map's rectangle on screen.
    viewport: egui::Rect,
    /// A tap, if any.
    tap: Option<Tap>,
    /// Where the selected place is on screen.
    selected_at: Option<Pos2>,
}

fn to_pos(point: Point) -> Pos2 {
    Pos2::new(point.x, point.y)
}

fn to_point(pos: Pos2) -> Point {
    Point::new(pos.x, pos.y)
}

fn to_rect(rect: egui::Rect) -> logic::Rect {
    logic::Rect {
        min: to_point(rect.min),
        max: to_point(rect.max),
    }
}

fn from_rect(rect: logic::Rect) -> egui::Rect {
    egui::Rect::from_min_max(to_pos(rect.min), to_pos(rect.max))
}

/// The colour of a layer.
fn layer_color(palette: &Palette, layer: Layer) -> Color32 {
    match layer {
        Layer::Physical => palette.layer_physical,
        Layer::Services => palette.layer_services,
        Layer::Data => palette.layer_data,
    }
}

/// A layer's pictogram.
fn layer_pictogram(layer: Layer) -> Pictogram {
    match layer {
        Layer::Physical => Pictogram::Cable,
        Layer::Services => Pictogram::Cloud,
        Layer::Data => Pictogram::Eye,
    }
}

fn layer_key(layer: Layer) -> &'static str {
    match layer {
        Layer::Physical => "web_map-layer-physical",
        Layer::Services => "web_map-layer-services",
        Layer::Data => "web_map-layer-data",
    }
}

/// The marker radius of places at this zoom: a little bigger as one zooms in.
fn marker_radius(theme: &Theme, age: AgeBand, camera: Camera, fit: f32, world: Point) -> f32 {
    let base = theme.sizes.map_marker * if age == AgeBand::Young { 1.35 } else { 1.0 };
    // A small map (a low screen, a big scale) draws its markers smaller, or they pile up; a
    // finger still reaches them through the map's hit test, which is at least a touch target.
    let room = (fit * world.x / 1250.0).sqrt().clamp(0.65, 1.0);
    base * room * (camera.zoom / fit).powf(0.3).clamp(1.0, 1.5)
}

/// Which places show (on a shown layer or on the journey's path), and which are on the path.
fn shown_places(scene: &Scene<'_>) -> (Vec<bool>, Vec<bool>) {
    let places = &scene.data.places;
    let mut on_path = vec![false; places.len()];
    if let Some((journey, _)) = scene.journey {
        for hop in &journey.hops {
            if let Some(slot) = on_path.get_mut(hop.at) {
                *slot = true;
            }
        }
    }
    let shown = places
        .iter()
        .zip(&on_path)
        .map(|(place, on_path)| *on_path || logic::shows_place(place, scene.age, scene.layers))
        .collect();
    (shown, on_path)
}

/// Draws the map in the whole of `ui` and lets fingers, the mouse and the keyboard move it.
/// When `interactive` is false (a dialog is open over it), it is only drawn.
fn map_ui(
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
struct MapFrame {
    camera: Camera,
    /// The viewport the camera frames: the map's area above the zoom buttons.
    view: logic::Rect,
    rect: egui::Rect,
    /// The places' markers' radius.
    radius: f32,
    /// Which places show (by layer and age band, or on the journey's route).
    shown: Vec<bool>,
    /// Which places the journey followed passes through.
    on_path: Vec<bool>,
    /// Where each place is on screen.
    screen: Vec<Pos2>,
}

impl MapFrame {
    /// Whether place `i` shows and is on the screen (or just off its edge).
    fn on_screen(&self, i: usize) -> bool {
        self.shown[i] && self.rect.expand(self.radius * 2.0).contains(self.screen[i])
    }
}

/// Paints the map: sea, islands, links, the route, places, badges, names, the packet.
fn paint_map(
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
fn packet_spot(journey: &Journey, player: &Player, frame: &MapFrame) -> Option<(Pos2, Visibility)> {
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
fn paint_packet(painter: &egui::Painter, center: Pos2, sees: Visibility, radius: f32, p: &Palette) {
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
fn route_insets(theme: &Theme, age: AgeBand) -> logic::Insets {
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
fn map_input_ui(
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
fn zoom_buttons_ui(
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

fn zoom_buttons_width(theme: &Theme) -> f32 {
    3.0 * theme.sizes.touch_target + theme.sizes.gap
}

fn zoom_buttons_rect(theme: &Theme, area: egui::Rect) -> egui::Rect {
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
fn camera_viewport(theme: &Theme, area: egui::Rect) -> logic::Rect {
    let s = &theme.sizes;
    let mut view = to_rect(area);
    view.max.y = (view.max.y - s.touch_target - s.margin * 0.5).max(view.min.y + 1.0);
    view
}

fn paint_islands(
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
fn region_names(
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
fn paint_link(
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
fn paint_path(
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

fn paint_marker(
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
fn paint_badges(
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
fn paint_badge(painter: &egui::Painter, center: Pos2, radius: f32, sees: Visibility, p: &Palette) {
    let (fill, ink) = visibility_colors(sees, p);
    painter.circle(center, radius, fill, Stroke::new(1.5, p.text));
    paint_sight_icon(painter, center, radius * 1.25, sees, ink);
}

/// The icon of what a place sees, `size` points wide.
fn paint_sight_icon(
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
fn visibility_colors(sees: Visibility, p: &Palette) -> (Color32, Color32) {
    match sees {
        Visibility::OpenLetter => (p.accent, p.on_accent),
        Visibility::SealedEnvelope => (p.surface, p.text),
        Visibility::LockedBox => (p.success, p.on_success),
    }
}

/// Names next to the markers, where they fit: the selected place and the route first. Returns
/// where they went.
fn paint_labels(
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

/// The bottom bar while exploring: the layer switches and "follow a message". Returns whether
/// the visitor asked to choose a journey.
/// What the explore bar asked for.
#[derive(Default)]
struct ExploreAction {
    follow: bool,
    /// The last layer's chip was tapped: it stays on.
    layer_kept: bool,
}

fn explore_bar_ui(ui: &mut Ui, layers: &mut Layers, ctx: &mut ActivityCtx<'_>) -> ExploreAction {
    let mut action = ExploreAction::default();
    egui::Panel::bottom("web_map-explore-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
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
fn layer_note_ui(ui: &Ui, viewport: egui::Rect, shown_secs: f64, ctx: &ActivityCtx<'_>) {
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
fn hint_ui(ui: &Ui, viewport: egui::Rect, opacity: f32, ctx: &ActivityCtx<'_>) {
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

const HINT_ICON: f32 = 26.0;

/// The hint's text, laid out, and its frame in the top left corner of the map.
fn hint_layout(
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
fn overlay_ui<S, B, F>(
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

/// Where a place's card may go: the map, or, when the map is too low for a card (a projector
/// at a big scale), the whole of the activity's area, bars included.
fn card_room(map: egui::Rect, area: egui::Rect) -> egui::Rect {
    if map.height() < 360.0 { area } else { map }
}

/// Where a place's card goes for a place at `at`: on the side of the map away from it.
fn card_rect(theme: &Theme, viewport: egui::Rect, at: Pos2) -> egui::Rect {
    let s = &theme.sizes;
    let clear = s.map_marker * 2.5;
    from_rect(logic::card_rect(
        to_rect(viewport),
        to_point(at),
        to_point(s.place_card.to_pos2()),
        s.margin,
        clear,
    ))
}

/// The place's card, on the side of the map away from the place. Returns whether it was closed.
fn place_card_ui(
    ui: &Ui,
    data: &MapData,
    index: usize,
    at: Option<Pos2>,
    viewport: egui::Rect,
    ctx: &mut ActivityCtx<'_>,
) -> bool {
    let Some(place) = data.places.get(index) else {
        return true;
    };
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let at = at.unwrap_or(viewport.center());
    let card = card_rect(theme, viewport, at);
    let offers_alternatives = !place.alternatives.is_empty() && ctx.can_open(ALTERNATIVES);
    let mut closed = false;
    egui::Area::new(ui.scope_id().with("place-card"))
        .order(egui::Order::Foreground)
        .fixed_pos(card.min)
        .constrain_to(viewport)
        .show(ui.ctx(), |ui| {
            dialog_ui(ui, Dialog::Floating, place.name.get(ctx.lang), |ui| {
                let padding = s.gap * 1.25;
                card_frame(ui)
                    .inner_margin(egui::Margin::same(padding as i8))
                    .show(ui, |ui| {
                        ui.set_width(card.width() - 2.0 * padding);
                        closed = place_header_ui(ui, data, place, ctx);
                        if closed {
                            ctx.play(Sound::Tap);
                        }
                        // The text scrolls in what the header and the button leave of the card.
                        let spacing = ui.spacing().item_spacing.y;
                        let buttons = if offers_alternatives {
                            s.touch_target + spacing
                        } else {
                            0.0
                        };
                        let text = card.bottom()
                            - padding
                            - ui.cursor().top()
                            - buttons
                            - s.gap * 0.5
                            - 2.0 * spacing;
                        scroll_view(
                            ui,
                            ScrollArea::vertical().max_height(text.max(s.touch_target)),
                            |ui| place_text_ui(ui, place, ctx),
                        );
                        if offers_alternatives {
                            ui.add_space(s.gap * 0.5);
                            place_buttons_ui(ui, place, ctx);
                        }
                    });
            });
        });
    closed
}

/// The place's pictogram, its name and (from 10 years on) who runs it, and the card's close
/// button. Returns whether it was closed.
fn place_header_ui(ui: &mut Ui, data: &MapData, place: &Place, ctx: &ActivityCtx<'_>) -> bool {
    let (p, s) = tokens(ui.ctx());
    let lang = ctx.lang;
    let mut closed = false;
    ui.horizontal(|ui| {
        let (badge, _) = ui.allocate_exact_size(Vec2::splat(64.0), Sense::hover());
        ui.painter().circle(
            badge.center(),
            30.0,
            p.pastels[0],
            Stroke::new(2.0, p.outline),
        );
        place
            .pictogram
            .paint(ui.painter(), badge.center(), 36.0, p.text);
        ui.vertical(|ui| {
            ui.set_width(ui.available_width() - s.gap - s.touch_target);
            ui.label(RichText::new(place.name.get(lang)).heading());
            if ctx.age != AgeBand::Young
                && let Some(org) = data.organisation(&place.operator)
            {
                ui.label(
                    RichText::new(
                        ctx.tr_args("web_map-run-by", &[("who", org.name.get(lang).into())]),
                    )
                    .small()
                    .color(p.text_muted),
                );
            }
        });
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            closed = icon_button(ui, Pictogram::Close, &ctx.tr("web_map-close"), true).clicked();
        });
    });
    closed
}

/// What the place is, for the visitor's age, then (from 10 years on) one fact and its source.
fn place_text_ui(ui: &mut Ui, place: &Place, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (lang, age) = (ctx.lang, ctx.age);
    let about = RichText::new(place.about.get(lang, age));
    if age == AgeBand::Young {
        ui.label(about.font(regular(s.font_heading * 0.9)));
        return;
    }
    ui.label(about);
    ui.add_space(s.gap * 0.5);
    ui.label(
        RichText::new(format!(
            "{} {}",
            Pictogram::Idea.glyph(),
            ctx.tr("web_map-did-you-know")
        ))
        .font(bold(s.font_body)),
    );
    ui.label(place.fact.get(lang));
    ui.label(
        RichText::new(ctx.tr_args(
            "web_map-source",
            &[
                ("source", sources_text(&place.sourced.sources).into()),
                ("date", place.sourced.reviewed.clone().into()),
            ],
        ))
        .small()
        .color(p.text_muted),
    );
}

/// For a giant's service, "what else can I use?".
fn place_buttons_ui(ui: &mut Ui, place: &Place, ctx: &mut ActivityCtx<'_>) {
    if ctx.tapped(
        &ui.add(
            BigButton::new(&ctx.tr("web_map-alternatives"))
                .pictogram(Pictogram::Switch)
                .primary()
                .min_width(ui.available_width()),
        ),
    ) {
        ctx.send(Command::OpenActivity {
            id: ALTERNATIVES,
            handoff: Some(Handoff::PreselectServices(place.alternatives.clone())),
        });
    }
}

/// The web sites of `sources`, shorter than their full addresses.
fn sources_text(sources: &[String]) -> String {
    let mut hosts: Vec<&str> = Vec::new();
    for source in sources {
        let rest = source
            .split_once("://")
            .map_or(source.as_str(), |(_, rest)| rest);
        let host = rest.split(['/', '#', '?']).next().unwrap_or(rest);
        let host = host.strip_prefix("www.").unwrap_or(host);
        if !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    hosts.join(", ")
}

/// The journeys to choose from. Returns the new mode when one is chosen or the dialog is closed.
fn chooser_ui(
    ui: &Ui,
    data: &MapData,
    viewport: egui::Rect,
    ctx: &mut ActivityCtx<'_>,
) -> Option<Mode> {
    let (_, s) = tokens(ui.ctx());
    let (chosen, back) = overlay_ui(
        ui,
        ("chooser", viewport, 880.0),
        ctx,
        |ui, ctx, room| {
            let mut chosen = None;
            ui.label(RichText::new(ctx.tr("web_map-choose")).heading());
            ui.add_space(s.gap * 0.5);
            let journeys: Vec<usize> = (0..data.journeys.len())
                .filter(|&i| ctx.age != AgeBand::Young || data.journeys[i].young)
                .collect();
            // On a low screen the journeys become tiles in columns, so that every one shows
            // with the way back under them (comparing is then done from a journey's bar).
            let row = s.touch_target + ui.spacing().item_spacing.y;
            let used = ui.min_rect().height();
            let compact = used + journeys.len() as f32 * row > room;
            let compare = ctx.tr("web_map-compare");
            if compact {
                let gap = s.gap * 0.75;
                let grid = grid::fit(
                    journeys.len(),
                    Vec2::new(ui.available_width(), room - used),
                    gap,
                    Vec2::new(200.0, s.touch_target),
                    Vec2::new(300.0, 120.0),
                );
                for line in journeys.chunks(grid.columns) {
                    ui.horizontal(|ui| {
                        ui.spacing_mut().item_spacing.x = gap;
                        for &i in line {
                            let journey = &data.journeys[i];
                            let title = journey.title.get(ctx.lang);
                            if tile_button(ui, journey.pictogram, title, grid.tile).clicked() {
                                chosen = Some(Mode::Journey(Player::new(i, journey.hops.len())));
                            }
                        }
                    });
                    ui.add_space(gap - ui.spacing().item_spacing.y);
                }
                return chosen;
            }
            for &i in &journeys {
                let journey = &data.journeys[i];
                let line = Vec2::new(ui.available_width(), s.touch_target);
                ui.allocate_ui_with_layout(line, Layout::right_to_left(Align::Center), |ui| {
                    if journey.rival.is_some()
                        && ui
                            .add(BigButton::new(&compare).pictogram(Pictogram::Scales))
                            .clicked()
                    {
                        let mut visit = Visit::default();
                        if visit.compare(data, i) {
                            chosen = Some(visit.mode);
                        }
                    }
                    let title = journey.title.get(ctx.lang);
                    let width = ui.available_width();
                    if ui
                        .add(
                            BigButton::new(title)
                                .pictogram(journey.pictogram)
                                .min_width(width),
                        )
                        .clicked()
                    {
                        chosen = Some(Mode::Journey(Player::new(i, journey.hops.len())));
                    }
                });
            }
            chosen
        },
        |ui, ctx| {
            ui.add(
                BigButton::new(&ctx.tr("web_map-back-to-map"))
                    .pictogram(Pictogram::Back)
                    .accent(),
            )
            .clicked()
        },
    );
    let chosen = if back { Some(Mode::Explore) } else { chosen };
    if chosen.is_some() {
        ctx.play(Sound::Tap);
    }
    chosen
}

/// What the journey bar asked for.
enum JourneyAction {
    Map,
    Ask,
    Compare(usize, usize),
}

/// The journey player: what this place sees, what it does, and the controls.
fn journey_bar_ui(
    ui: &mut Ui,
    data: &MapData,
    journey: &Journey,
    player: &mut Player,
    ctx: &mut ActivityCtx<'_>,
) -> Option<JourneyAction> {
    let theme = theme(ui.ctx());
    let mut action = None;
    egui::Panel::bottom("web_map-journey-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            hop_ui(ui, data, journey, player, ctx);
            ui.add_space(theme.sizes.gap * 0.25);
            action = player_controls_ui(ui, data, player, ctx);
        });
    if action.is_some() {
        ctx.play(Sound::Tap);
    }
    action
}

/// Where the message is: what this place sees of it (drawn and said) and what it does.
fn hop_ui(ui: &mut Ui, data: &MapData, journey: &Journey, player: &Player, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (lang, age) = (ctx.lang, ctx.age);
    let Some(hop) = journey.hops.get(player.hop()) else {
        return;
    };
    ui.horizontal(|ui| {
        let (envelope, _) = ui.allocate_exact_size(Vec2::new(120.0, 96.0), Sense::hover());
        paint_envelope(ui.painter(), envelope.shrink(8.0), hop.sees, p);
        ui.vertical(|ui| {
            ui.set_min_height(3.0 * s.font_body * 1.4 + s.font_button);
            let place = data.places.get(hop.at);
            let name = place.map_or("", |place| place.name.get(lang));
            // The sender and the recipient read their own message: no alarm there.
            let own = place
                .and_then(|place| data.organisation(&place.operator))
                .is_some_and(|org| !org.counted);
            let step = ctx.tr_args(
                "web_map-step",
                &[
                    ("step", (player.hop() + 1).into()),
                    ("count", journey.hops.len().into()),
                ],
            );
            let sight = ctx.tr(visibility_key(hop.sees));
            split_row(
                ui,
                "hop",
                |ui| {
                    ui.label(RichText::new(name).heading());
                    if !(own && hop.sees == Visibility::OpenLetter) {
                        sight_pill_ui(ui, hop.sees, &sight);
                    }
                },
                |ui| {
                    ui.label(RichText::new(step).color(p.text_muted));
                },
            );
            let caption = RichText::new(hop.caption.get(lang, age));
            ui.label(if age == AgeBand::Young {
                caption.font(regular(s.font_heading * 0.9))
            } else {
                caption
            });
        });
    });
}

/// Back to the map; previous, play or pause, next, replay; compare; the questions.
fn player_controls_ui(
    ui: &mut Ui,
    data: &MapData,
    player: &mut Player,
    ctx: &ActivityCtx<'_>,
) -> Option<JourneyAction> {
    let theme = theme(ui.ctx());
    let labels = [
        "web_map-back-to-map",
        "web_map-step-back",
        "web_map-pause",
        "web_map-play",
        "web_map-step-forward",
        "web_map-replay",
        "web_map-ask",
        "web_map-compare",
    ]
    .map(|id| ctx.tr(id));
    let [map, back, pause, play, forward, replay, ask, compare] = &labels;
    let rival = logic::rival(data, player.journey());
    let (finished, journey) = (player.finished(), player.journey());
    let (left, right) = split_row(
        ui,
        "player",
        |ui| {
            if ui
                .add(BigButton::new(map).pictogram(Pictogram::Back).accent())
                .clicked()
            {
                return Some(JourneyAction::Map);
            }
            ui.add_space(theme.sizes.gap);
            let at_start = player.hop() == 0 && player.travel().is_none();
            if icon_button(ui, Pictogram::SkipBack, back, !at_start).clicked() {
                player.step_back();
            }
            let (icon, label) = if player.is_playing() {
                (Pictogram::Pause, pause)
            } else {
                (Pictogram::Play, play)
            };
            if icon_button(ui, icon, label, true).clicked() {
                player.toggle_play();
            }
            if icon_button(ui, Pictogram::SkipForward, forward, !player.finished()).clicked() {
                player.step_forward();
            }
            if icon_button(ui, Pictogram::Restart, replay, !at_start).clicked() {
                player.replay();
            }
            None
        },
        |ui| {
            let kind = if finished {
                ButtonKind::Primary
            } else {
                ButtonKind::Plain
            };
            if ui
                .add_enabled(
                    finished,
                    BigButton::new(ask)
                        .pictogram(Pictogram::Question)
                        .kind(kind),
                )
                .clicked()
            {
                return Some(JourneyAction::Ask);
            }
            if let Some(rival) = rival
                && ui
                    .add(BigButton::new(compare).pictogram(Pictogram::Scales))
                    .clicked()
            {
                return Some(JourneyAction::Compare(journey, rival));
            }
            None
        },
    );
    left.or(right)
}

/// A pill with the icon and the words of what this place sees (a label for screen readers).
fn sight_pill_ui(ui: &mut Ui, sees: Visibility, text: &str) {
    let (p, s) = tokens(ui.ctx());
    let (fill, ink) = visibility_colors(sees, p);
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), bold(s.font_small), ink);
    let icon = 24.0;
    let size = Vec2::new(galley.size().x + icon + 36.0, galley.size().y + 12.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, text));
    ui.painter().rect(
        rect,
        CornerRadius::same(u8::MAX),
        fill,
        Stroke::new(1.5, p.text),
        StrokeKind::Inside,
    );
    paint_sight_icon(
        ui.painter(),
        rect.left_center() + Vec2::new(12.0 + icon / 2.0, 0.0),
        icon,
        sees,
        ink,
    );
    ui.painter().galley(
        Pos2::new(
            rect.left() + 20.0 + icon,
            rect.center().y - galley.size().y / 2.0,
        ),
        galley,
        ink,
    );
}

fn visibility_key(sees: Visibility) -> &'static str {
    match sees {
        Visibility::OpenLetter => "web_map-sees-open-letter",
        Visibility::SealedEnvelope => "web_map-sees-sealed-envelope",
        Visibility::LockedBox => "web_map-sees-locked-box",
    }
}

/// What the questions asked for.
enum QuizAction {
    Map,
    Journey,
}

/// The questions at the end of a journey, one at a time.
fn quiz_ui(
    ui: &Ui,
    journey: &Journey,
    quiz: &mut Quiz,
    viewport: egui::Rect,
    ctx: &mut ActivityCtx<'_>,
) -> Option<QuizAction> {
    let (p, s) = tokens(ui.ctx());
    let lang = ctx.lang;
    let question = &journey.questions[quiz.question()];
    let ((), action) = overlay_ui(
        ui,
        ("quiz", viewport, 860.0),
        &mut (&mut *quiz, &mut *ctx),
        |ui, (quiz, ctx), _| {
            let (number, count) = quiz.progress();
            if count > 1 {
                ui.label(
                    RichText::new(ctx.tr_args(
                        "web_map-question-count",
                        &[("number", number.into()), ("count", count.into())],
                    ))
                    .color(p.text_muted),
                );
            }
            ui.label(RichText::new(question.prompt.get(lang)).heading());
            ui.add_space(s.gap * 0.5);
            answers_ui(ui, question, quiz, ctx);
            ui.add_space(s.gap * 0.5);
            if quiz.solved() {
                ui.horizontal(|ui| {
                    let (icon, _) = ui.allocate_exact_size(Vec2::splat(40.0), Sense::hover());
                    Pictogram::Party.paint(ui.painter(), icon.center(), 34.0, p.success);
                    ui.label(
                        RichText::new(ctx.tr("web_map-right"))
                            .font(bold(s.font_button))
                            .color(p.success),
                    );
                });
                ui.label(question.explanation.get(lang));
            } else if (0..question.answers.len()).any(|i| quiz.tried(i)) {
                ui.label(RichText::new(ctx.tr("web_map-try-again")).font(bold(s.font_button)));
            }
        },
        |ui, (quiz, ctx)| quiz_buttons_ui(ui, quiz, ctx),
    );
    if action.is_some() {
        ctx.play(Sound::Tap);
    }
    action
}

/// The answers: wide buttons, or picture tiles for 6-9. Tapping the right one on the last
/// question completes the activity.
fn answers_ui(
    ui: &mut Ui,
    question: &super::content::Question,
    quiz: &mut Quiz,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    let pictures = ctx.age == AgeBand::Young;
    let layout = if pictures {
        Layout::left_to_right(Align::TOP).with_main_wrap(true)
    } else {
        Layout::top_down(Align::LEFT)
    };
    ui.with_layout(layout, |ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap * 0.75);
        for (i, answer) in question.answers.iter().enumerate() {
            let state = if quiz.solved() && answer.correct {
                AnswerState::Right
            } else if quiz.tried(i) {
                AnswerState::Wrong
            } else {
                AnswerState::Open
            };
            let size = if pictures {
                Vec2::new(220.0, 200.0)
            } else {
                Vec2::new(ui.available_width(), s.touch_target)
            };
            let enabled = !quiz.solved() && state == AnswerState::Open;
            let text = answer.text.get(ctx.lang);
            let pictogram = answer.pictogram.filter(|_| pictures);
            if answer_ui(ui, size, text, pictogram, state, enabled).clicked() {
                match quiz.choose(i, answer.correct) {
                    Outcome::Right => {
                        ctx.play(Sound::Success);
                        if quiz.is_last() {
                            ctx.send(Command::Completed);
                        }
                    }
                    Outcome::TryAgain => ctx.send(Command::PlaySound(Sound::TryAgain)),
                    Outcome::Ignored => {}
                }
            }
        }
    });
}

/// Back to the journey; once solved, the next question or back to the map.
fn quiz_buttons_ui(ui: &mut Ui, quiz: &mut Quiz, ctx: &mut ActivityCtx<'_>) -> Option<QuizAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        if ui
            .add(BigButton::new(&ctx.tr("web_map-back-to-journey")).pictogram(Pictogram::Back))
            .clicked()
        {
            action = Some(QuizAction::Journey);
        }
        if !quiz.solved() {
            return;
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if quiz.is_last() {
                let map = ctx.tr("web_map-back-to-map");
                if ui
                    .add(BigButton::new(&map).pictogram(Pictogram::Map).primary())
                    .clicked()
                {
                    action = Some(QuizAction::Map);
                }
            } else {
                let next = ctx.tr("web_map-next-question");
                if ctx.tapped(&ui.add(BigButton::new(&next).pictogram(Pictogram::Next).primary())) {
                    quiz.next_question();
                }
            }
        });
    });
    action
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AnswerState {
    Open,
    Wrong,
    Right,
}

/// One answer: a wide button, or a picture tile for 6-9. A wrong answer greys out (no penalty:
/// try another one); the right one turns green with a check mark.
fn answer_ui(
    ui: &mut Ui,
    size: Vec2,
    text: &str,
    pictogram: Option<Pictogram>,
    state: AnswerState,
    enabled: bool,
) -> egui::Response {
    let (p, s) = tokens(ui.ctx());
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let font = bold(s.font_body);
    let wrap = size.x - 2.0 * s.gap - if pictogram.is_some() { 0.0 } else { 40.0 };
    let (fill, ink, stroke) = match state {
        AnswerState::Open => (p.surface, p.text, Stroke::new(s.outline_width, p.outline)),
        AnswerState::Wrong => (p.disabled, p.on_disabled, Stroke::NONE),
        AnswerState::Right => (
            p.success,
            p.on_success,
            Stroke::new(s.selected_width, p.text),
        ),
    };
    let galley = ui.painter().layout(text.to_owned(), font, ink, wrap);
    let height = size.y.max(galley.size().y + s.gap);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(size.x, height), sense);
    response.widget_info(|| {
        WidgetInfo::selected(Role::Button, enabled, state == AnswerState::Right, text)
    });
    if ui.is_rect_visible(rect) {
        let draw = crate::ui::widgets::pressed(&response, rect);
        ui.painter().rect(
            draw,
            CornerRadius::same(s.corner),
            fill,
            stroke,
            StrokeKind::Inside,
        );
        let mark = match state {
            AnswerState::Open => None,
            AnswerState::Wrong => Some(Pictogram::Close),
            AnswerState::Right => Some(Pictogram::Check),
        };
        if let Some(pictogram) = pictogram {
            pictogram.paint(
                ui.painter(),
                Pos2::new(draw.center().x, draw.top() + draw.height() * 0.38),
                draw.height() * 0.4,
                ink,
            );
            ui.painter().galley(
                Pos2::new(
                    draw.center().x - galley.size().x / 2.0,
                    draw.bottom() - s.gap * 0.5 - galley.size().y,
                ),
                galley,
                ink,
            );
            if let Some(mark) = mark {
                mark.paint(
                    ui.painter(),
                    draw.right_top() + Vec2::new(-22.0, 22.0),
                    26.0,
                    ink,
                );
            }
        } else {
            ui.painter().galley(
                Pos2::new(draw.left() + s.gap, draw.center().y - galley.size().y / 2.0),
                galley,
                ink,
            );
            if let Some(mark) = mark {
                mark.paint(
                    ui.painter(),
                    draw.right_center() - Vec2::new(28.0, 0.0),
                    26.0,
                    ink,
                );
            }
        }
        crate::ui::widgets::focus_ring(ui, &response, rect);
    }
    response
}

/// Two journeys side by side, with how many organisations could read the message and how many
/// knew one was sent. Returns the new mode when the visitor leaves.
fn compare_ui(
    ui: &mut Ui,
    data: &MapData,
    journeys: [usize; 2],
    ctx: &mut ActivityCtx<'_>,
) -> Option<Mode> {
    let (_, s) = tokens(ui.ctx());
    let mut next = None;
    egui::Panel::bottom("web_map-compare-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .add(
                        BigButton::new(&ctx.tr("web_map-back-to-map"))
                            .pictogram(Pictogram::Back)
                            .accent(),
                    )
                    .clicked()
                {
                    next = Some(Mode::Explore);
                }
                ui.add_space(s.gap);
                ui.add(
                    egui::Label::new(RichText::new(ctx.tr("web_map-compare-title")).heading())
                        .wrap(),
                );
            });
        });
    // Both routes on the same piece of map, so that they compare at a glance.
    let routes: Vec<&Journey> = journeys
        .iter()
        .filter_map(|&i| data.journeys.get(i))
        .collect();
    let bounds = route_bounds(data, &routes);
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(s.margin as i8)))
        .show(ui, |ui| {
            // The small maps take what the counts and the buttons leave: how much room those
            // took is known from the last frame (first guessed); when the maps' height
            // changes, egui lays the frame out again before showing it.
            let memory = ui.scope_id().with("web_map-compare-rest");
            let rest = ui
                .ctx()
                .data(|data| data.get_temp::<f32>(memory))
                .unwrap_or(330.0);
            let map_height = (ui.available_height() - rest).clamp(90.0, 380.0);
            scroll_view(ui, ScrollArea::vertical(), |ui| {
                let top = ui.cursor().top();
                ui.columns(2, |columns| {
                    for (column, &index) in columns.iter_mut().zip(&journeys) {
                        let Some(journey) = data.journeys.get(index) else {
                            continue;
                        };
                        if compare_column_ui(column, data, journey, (bounds, map_height), ctx) {
                            next = Some(Mode::Journey(Player::new(index, journey.hops.len())));
                        }
                    }
                });
                let used = ui.min_rect().bottom() - top;
                let measured = (used - map_height).max(0.0);
                if (measured - rest).abs() > 1.0 {
                    ui.ctx().data_mut(|data| data.insert_temp(memory, measured));
                    ui.ctx().request_discard("the compared maps' height");
                }
            });
        });
    if next.is_some() {
        ctx.play(Sound::Tap);
    }
    next
}

/// The smallest part of the world that holds every place of `routes`.
fn route_bounds(data: &MapData, routes: &[&Journey]) -> Option<logic::Rect> {
    routes
        .iter()
        .flat_map(|journey| &journey.hops)
        .filter_map(|hop| data.places.get(hop.at))
        .map(|place| Point::from(place.position))
        .fold(None, |bounds: Option<logic::Rect>, at| {
            Some(
                bounds.map_or(logic::Rect { min: at, max: at }, |b| logic::Rect {
                    min: Point::new(b.min.x.min(at.x), b.min.y.min(at.y)),
                    max: Point::new(b.max.x.max(at.x), b.max.y.max(at.y)),
                }),
            )
        })
}

/// One side of the comparison. Returns whether the visitor wants to follow this journey.
fn compare_column_ui(
    ui: &mut Ui,
    data: &MapData,
    journey: &Journey,
    (bounds, height): (Option<logic::Rect>, f32),
    ctx: &ActivityCtx<'_>,
) -> bool {
    let (p, s) = tokens(ui.ctx());
    let lang = ctx.lang;
    let exposure = logic::exposure(journey, data);
    let mut follow = false;
    card_frame(ui)
        .inner_margin(egui::Margin::same(s.gap as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.spacing_mut().interact_size.y = 0.0;
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    journey.pictogram.glyph(),
                    journey.title.get(lang)
                ))
                .font(bold(s.font_button)),
            );
            let (map, _) =
                ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
            if let Some(bounds) = bounds {
                paint_route_map(ui.painter(), data, journey, bounds, map, p);
            }
            count_row_ui(ui, &exposure.readers, "web_map-could-read", data, ctx, true);
            count_row_ui(ui, &exposure.witnesses, "web_map-knew", data, ctx, false);
            ui.spacing_mut().interact_size.y = s.touch_target;
            follow = ui
                .add(BigButton::new(&ctx.tr("web_map-follow-journey")).pictogram(Pictogram::Play))
                .clicked();
        });
    follow
}

/// A big number and what it counts, with the names for 10 and over.
fn count_row_ui(
    ui: &mut Ui,
    orgs: &[super::content::OrgId],
    key: &str,
    data: &MapData,
    ctx: &ActivityCtx<'_>,
    alarming: bool,
) {
    let (p, s) = tokens(ui.ctx());
    let count = orgs.len();
    ui.horizontal_top(|ui| {
        let (disc, _) = ui.allocate_exact_size(Vec2::splat(56.0), Sense::hover());
        let (fill, ink) = match (alarming, count) {
            (true, 0) => (p.success, p.on_success),
            (true, _) => (p.accent, p.on_accent),
            (false, _) => (p.primary, p.on_primary),
        };
        ui.painter().circle_filled(disc.center(), 27.0, fill);
        ui.painter().text(
            disc.center(),
            Align2::CENTER_CENTER,
            count.to_string(),
            bold(s.font_heading),
            ink,
        );
        ui.vertical(|ui| {
            ui.label(
                RichText::new(ctx.tr_args(key, &[("count", count.into())])).font(bold(s.font_body)),
            );
            if ctx.age != AgeBand::Young && count > 0 {
                let names: Vec<&str> = orgs
                    .iter()
                    .filter_map(|id| data.organisation(id))
                    .map(|org| org.name.get(ctx.lang))
                    .collect();
                ui.label(RichText::new(names.join(" · ")).small().color(p.text_muted));
            }
        });
    });
}

/// A small map of a journey's route alone (`bounds` is the part of the world it shows): its
/// places, the legs between them, and what each place saw.
fn paint_route_map(
    painter: &egui::Painter,
    data: &MapData,
    journey: &Journey,
    bounds: logic::Rect,
    rect: egui::Rect,
    p: &Palette,
) {
    painter.rect_filled(rect, CornerRadius::same(12), p.sea);
    let radius = (rect.height() / 12.0).clamp(12.0, 22.0);
    let view = to_rect(rect.shrink(radius * 2.0));
    let zoom =
        (view.width() / bounds.width().max(1.0)).min(view.height() / bounds.height().max(1.0));
    let camera = Camera {
        center: bounds.center(),
        zoom,
    };
    let to_screen = |at: [f32; 2]| to_pos(camera.to_screen(at.into(), view));
    let clipped = painter.with_clip_rect(rect.shrink(2.0));
    for (i, region) in data.regions.iter().enumerate() {
        let outline: Vec<Pos2> =
            logic::island_outline(region.center.into(), region.radius.into(), i, 40)
                .into_iter()
                .map(|point| to_pos(camera.to_screen(point, view)))
                .collect();
        clipped.add(Shape::convex_polygon(
            outline,
            p.pastel(region.colour),
            Stroke::NONE,
        ));
    }
    for pair in journey.hops.windows(2) {
        if let (Some(a), Some(b)) = (data.places.get(pair[0].at), data.places.get(pair[1].at)) {
            clipped.line_segment(
                [to_screen(a.position), to_screen(b.position)],
                Stroke::new(4.0, p.primary),
            );
        }
    }
    let mut drawn: Vec<usize> = Vec::new();
    for hop in &journey.hops {
        if drawn.contains(&hop.at) {
            continue;
        }
        drawn.push(hop.at);
        let Some(place) = data.places.get(hop.at) else {
            continue;
        };
        let at = to_screen(place.position);
        clipped.circle(at, radius, p.surface, Stroke::new(2.0, p.outline));
        place.pictogram.paint(&clipped, at, radius * 1.1, p.text);
        let counted = data
            .organisation(&place.operator)
            .is_some_and(|org| org.counted);
        if counted {
            let seen = journey
                .hops
                .iter()
                .filter(|other| other.at == hop.at)
                .map(|other| other.sees)
                .fold(hop.sees, Visibility::strongest);
            let badge = at + Vec2::new(radius * 0.85, -radius * 0.85);
            paint_badge(&clipped, badge, radius * 0.6, seen, p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_show_as_short_site_names() {
        let sources = vec![
            "https://www.rfc-editor.org/rfc/rfc791".to_owned(),
            "https://rfc-editor.org/rfc/rfc8484".to_owned(),
            "https://telegram.org/faq#q-so".to_owned(),
        ];
        assert_eq!(sources_text(&sources), "rfc-editor.org, telegram.org");
    }
}
