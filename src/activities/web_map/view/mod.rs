//! The map's screens: the map itself (sea, islands, links, places, their names, the travelling
//! packet), the place card, the journey player, the questions, the journey chooser and the
//! side-by-side comparison.

use std::time::Duration;

use eframe::egui::{self, Color32, Pos2, Ui};

use super::content::{Journey, Layer, MapData};
use super::logic::{self, Camera, Layers, Mode, Player, Point, Quiz, Visit};
use crate::activity::{ActivityCtx, ActivityId};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::i18n::Lang;
use crate::ui::Pictogram;
use crate::ui::pane::pane_ui;
use crate::ui::tokens::{Palette, Theme};

mod compare;
mod explore;
mod journey;
mod map;
mod paint;
mod place;
mod quiz;

use compare::compare_ui;
use explore::{explore_bar_ui, hint_listen_ui, hint_ui, layer_note_ui};
use journey::{JourneyAction, chooser_ui, journey_bar_ui};
use map::map_ui;
use place::{card_room, place_card_ui};
use quiz::{QuizAction, quiz_ui};

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
                    // The map's instruction, read by itself once for 6-9.
                    let said = ctx.tr("web_map-hint");
                    ctx.read_once(&said);
                    hint_ui(ui, map.viewport, hint, ctx);
                    hint_listen_ui(ui, map.viewport, &said, ctx);
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
