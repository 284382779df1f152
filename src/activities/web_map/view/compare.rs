//! Two journeys side by side: each route on its own small map, and who could read what.

use eframe::egui::{
    self, Align2, CornerRadius, Pos2, RichText, ScrollArea, Sense, Shape, Stroke, Ui, Vec2,
};

use super::super::content::{Journey, MapData, Visibility};
use super::super::logic::{self, Camera, Mode, Player, Point};
use super::paint::paint_badge;
use super::{to_pos, to_rect};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::bold;
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Palette, tokens};
use crate::ui::widgets::{BigButton, bottom_bar, card_frame};

/// Two journeys side by side, with how many organisations could read the message and how many
/// knew one was sent. Returns the new mode when the visitor leaves.
pub(super) fn compare_ui(
    ui: &mut Ui,
    data: &MapData,
    journeys: [usize; 2],
    ctx: &mut ActivityCtx<'_>,
) -> Option<Mode> {
    let (_, s) = tokens(ui.ctx());
    let mut next = None;
    bottom_bar(ui, "web_map-compare-bar", |ui| {
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
                egui::Label::new(RichText::new(ctx.tr("web_map-compare-title")).heading()).wrap(),
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
pub(super) fn route_bounds(data: &MapData, routes: &[&Journey]) -> Option<logic::Rect> {
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
pub(super) fn compare_column_ui(
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
pub(super) fn count_row_ui(
    ui: &mut Ui,
    orgs: &[super::super::content::OrgId],
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
pub(super) fn paint_route_map(
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
