//! The screens of "Who owns what?": the companies' islands and the tray of apps (10+), the
//! memory cards (6-9), and the end screen with the concentration picture.

use eframe::egui::{
    self, Align, Align2, Color32, CornerRadius, Layout, Pos2, Rect, Response, RichText, Role,
    Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::content::OwnersData;
use super::logic::{self, Card, Flip, Game, MatchRound, MemoryRound, Placement, Visit};
use crate::activity::{ActivityCtx, ActivityId, Command, Handoff, WellDone};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::content::CompanyId;
use crate::i18n::Lang;
use crate::ui::drawings::paint_picture;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::{BigButton, bottom_bar, focus_ring, paint_badge, paint_card, pressed};
use crate::ui::{Pictogram, drag};

/// The picker, which the end screen opens.
const ALTERNATIVES: ActivityId = crate::activity::ids::ALTERNATIVES;

/// Draws the game, or its end screen.
pub fn owners_ui(ui: &mut Ui, data: &OwnersData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let game = visit
        .game
        .get_or_insert_with(|| Game::deal(data, ctx.age, ctx.rng));
    if visit.finished {
        if end_ui(ui, data, game, ctx) {
            *visit = Visit::default();
        }
        return;
    }
    feedback_bar_ui(ui, data, visit.last, ctx);
    let Visit {
        game,
        holding,
        last,
        mismatch_since,
        ..
    } = visit;
    let Some(game) = game.as_mut() else { return };
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(theme(ui.ctx()).sizes.margin))
        .show(ui, |ui| match game {
            Game::Match(round) => match_ui(ui, data, round, holding, last, ctx),
            Game::Memory(round) => memory_ui(ui, data, round, last, mismatch_since, ctx),
        });
    if game.is_done() {
        ctx.complete_once(&mut visit.finished);
        ui.ctx().request_repaint();
    }
}

/// The colour of `company`'s island, the same on every screen: by its place in the companies'
/// file.
fn island_color(p: &Palette, data: &OwnersData, company: &CompanyId) -> Color32 {
    p.pastel(data.companies.index_of(company))
}

/// What the last move taught, at the bottom of the screen.
fn feedback_bar_ui(
    ui: &mut Ui,
    data: &OwnersData,
    last: Option<(usize, Placement)>,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    bottom_bar(ui, "owners-feedback", |ui| {
        ui.set_min_height(s.touch_target);
        ui.horizontal_centered(|ui| {
            let (icon, text) = match last {
                None => (
                    Pictogram::Idea,
                    ctx.tr(if ctx.age == AgeBand::Young {
                        "owners-memory-hint"
                    } else {
                        "owners-match-hint"
                    }),
                ),
                Some((app, Placement::Right)) => (
                    Pictogram::Check,
                    data.apps[app].how.get(ctx.lang).to_owned(),
                ),
                Some((app, _)) => (
                    Pictogram::Question,
                    ctx.tr_args(
                        "owners-try-again",
                        &[("app", data.apps[app].name.get(ctx.lang).into())],
                    ),
                ),
            };
            // For 6-9 the instruction, then what each pair taught, is read by itself once.
            ctx.read_once(&text);
            ctx.guide_ui(ui);
            ctx.listen(ui, &text);
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(40.0), Sense::hover());
            icon.paint(ui.painter(), rect.center(), 34.0, p.text);
            ui.label(RichText::new(text).font(regular(s.font_body)).color(p.text));
        });
    });
}

// ---- 10+: drop each app on its company ----

fn match_ui(
    ui: &mut Ui,
    data: &OwnersData,
    round: &mut MatchRound,
    holding: &mut Option<usize>,
    last: &mut Option<(usize, Placement)>,
    ctx: &mut ActivityCtx<'_>,
) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let placed = round.placed.iter().filter(|placed| **placed).count();
    ui.horizontal(|ui| {
        ui.label(RichText::new(ctx.tr("owners-match-title")).heading());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(
                RichText::new(ctx.tr_args(
                    "owners-progress",
                    &[("done", placed.into()), ("count", round.apps.len().into())],
                ))
                .color(theme.palette.text_muted),
            );
        });
    });
    ui.add_space(s.gap * 0.5);
    let tray_rows = tray_rows(ui, data, round, theme, ctx.lang);
    let tray_height = tray_rows * (s.touch_target + s.gap * 0.75) + s.gap;
    let islands_height = (ui.available_height() - tray_height - s.gap).max(160.0);
    let (islands_rect, _) = ui.allocate_exact_size(
        Vec2::new(ui.available_width(), islands_height),
        Sense::hover(),
    );
    // The tray first, so that a dragged tile is known before the islands look for a drop.
    ui.add_space(s.gap);
    let dropped = tray_ui(ui, data, round, holding, ctx);
    let target = islands_ui(
        ui,
        data,
        round,
        islands_rect,
        *holding,
        dropped.is_some(),
        ctx,
    );
    let chosen = match (dropped, target) {
        (Some((slot, at)), _) => island_at(round, islands_rect, at).map(|company| (slot, company)),
        (None, Some(company)) => holding.map(|slot| (slot, company)),
        (None, None) => None,
    };
    if let Some((slot, company)) = chosen {
        let outcome = round.place(data, slot, &company);
        if outcome != Placement::Ignored {
            *last = Some((round.apps[slot], outcome));
            *holding = None;
            ctx.play(if outcome == Placement::Right {
                Sound::Success
            } else {
                Sound::TryAgain
            });
        }
    }
}

/// The size of an app tile.
fn tile_size(ui: &Ui, data: &OwnersData, app: usize, theme: &Theme, lang: &Lang) -> Vec2 {
    let s = &theme.sizes;
    let galley = ui.painter().layout_no_wrap(
        data.apps[app].name.get(lang).to_owned(),
        bold(s.font_body),
        Color32::PLACEHOLDER,
    );
    Vec2::new(
        galley.size().x + s.touch_target + s.gap * 1.5,
        s.touch_target,
    )
}

/// How many rows the tray's tiles wrap into at the start of the round.
fn tray_rows(ui: &Ui, data: &OwnersData, round: &MatchRound, theme: &Theme, lang: &Lang) -> f32 {
    let spacing = theme.sizes.gap * 0.75;
    let width = ui.available_width();
    let (mut rows, mut x) = (1.0, 0.0);
    // Every app of the round, placed or not: the tray keeps its size and the islands stay put.
    for &app in &round.apps {
        let tile = tile_size(ui, data, app, theme, lang).x;
        if x > 0.0 && x + tile > width {
            rows += 1.0;
            x = 0.0;
        }
        x += tile + spacing;
    }
    rows
}

/// The apps still to place, each where it was dealt. Returns a tile dropped this frame and
/// where it was let go.
fn tray_ui(
    ui: &mut Ui,
    data: &OwnersData,
    round: &MatchRound,
    holding: &mut Option<usize>,
    ctx: &mut ActivityCtx<'_>,
) -> Option<(usize, Pos2)> {
    let theme = theme(ui.ctx());
    let (p, s) = (&theme.palette, &theme.sizes);
    let mut dropped = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap * 0.75);
        for (slot, &app) in round.apps.iter().enumerate() {
            let size = tile_size(ui, data, app, theme, ctx.lang);
            if round.placed[slot] {
                // A placed app leaves its place empty: the others do not move under the finger.
                ui.allocate_exact_size(size, Sense::hover());
                continue;
            }
            let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
            let name = data.apps[app].name.get(ctx.lang);
            let held = *holding == Some(slot);
            response.widget_info(|| WidgetInfo::selected(Role::Button, true, held, name));
            if ctx.tapped(&response) {
                *holding = if held { None } else { Some(slot) };
            }
            if response.drag_started() {
                *holding = Some(slot);
            }
            let drag = drag::follow(ui, &response, rect.center());
            if let Some(at) = drag.dropped_at {
                dropped = Some((slot, at));
            }
            let dragging = drag.dragging;
            let drawn = if dragging {
                Rect::from_center_size(drag.at, size)
            } else {
                pressed(&response, rect)
            };
            if dragging {
                // Where it came from stays marked.
                ui.painter().rect_stroke(
                    rect,
                    CornerRadius::same(s.corner),
                    Stroke::new(s.outline_width, p.outline.gamma_multiply(0.4)),
                    StrokeKind::Inside,
                );
            }
            paint_tile(
                &drag.painter,
                data,
                app,
                drawn,
                held || dragging,
                theme,
                ctx.lang,
            );
            focus_ring(ui, &response, rect);
        }
    });
    dropped
}

fn paint_tile(
    painter: &egui::Painter,
    data: &OwnersData,
    app: usize,
    rect: Rect,
    held: bool,
    theme: &Theme,
    lang: &Lang,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let (fill, stroke, ink) = if held {
        (
            p.selected,
            Stroke::new(s.selected_width, p.text),
            p.on_selected,
        )
    } else {
        (p.surface, Stroke::new(s.outline_width, p.outline), p.text)
    };
    painter.rect(
        rect,
        CornerRadius::same(s.corner),
        fill,
        stroke,
        StrokeKind::Inside,
    );
    let badge = s.touch_target * 0.7;
    paint_badge(
        painter,
        Pos2::new(rect.left() + s.gap * 0.5 + badge / 2.0, rect.center().y),
        badge,
        &data.apps[app].badge,
    );
    painter.text(
        Pos2::new(rect.left() + s.gap + badge, rect.center().y),
        Align2::LEFT_CENTER,
        data.apps[app].name.get(lang),
        bold(s.font_body),
        ink,
    );
}

/// Where company `i` of `count` sits in `area`: a grid of three columns.
fn island_cell(area: Rect, i: usize, count: usize) -> Rect {
    let columns = count.clamp(1, 3);
    let rows = count.div_ceil(columns).max(1);
    let size = Vec2::new(area.width() / columns as f32, area.height() / rows as f32);
    let (column, row) = (i % columns, i / columns);
    Rect::from_min_size(
        area.min + Vec2::new(column as f32 * size.x, row as f32 * size.y),
        size,
    )
    .shrink(6.0)
}

/// The company whose island is under `at`.
fn island_at(round: &MatchRound, area: Rect, at: Pos2) -> Option<CompanyId> {
    let count = round.companies.len();
    round
        .companies
        .iter()
        .enumerate()
        .find(|(i, _)| island_cell(area, *i, count).contains(at))
        .map(|(_, company)| company.clone())
}

/// The companies' islands, growing with each app placed on them. Returns the island tapped
/// (to put the app held there).
fn islands_ui(
    ui: &mut Ui,
    data: &OwnersData,
    round: &MatchRound,
    area: Rect,
    holding: Option<usize>,
    dropping: bool,
    ctx: &ActivityCtx<'_>,
) -> Option<CompanyId> {
    let (p, s) = tokens(ui.ctx());
    let count = round.companies.len();
    let most = logic::apps_per_company(ctx.age) as f32;
    let dragging = ui.ctx().dragged_id().is_some();
    let mut tapped = None;
    for (i, company) in round.companies.iter().enumerate() {
        let cell = island_cell(area, i, count);
        let response = ui.interact(
            cell,
            ui.scope_id().with(("island", &company.0)),
            Sense::click(),
        );
        let name = data.company_name(company);
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, name));
        let hovered_by_drag = dragging
            && ui
                .ctx()
                .pointer_interact_pos()
                .is_some_and(|at| cell.contains(at));
        if response.clicked() && holding.is_some() && !dropping {
            tapped = Some(company.clone());
        }
        let owned: Vec<usize> = round.placed_on(data, company).collect();
        let painter = ui.painter();
        painter.rect_filled(
            cell,
            CornerRadius::same(s.corner),
            p.sea.gamma_multiply(0.35),
        );
        let name_height = s.font_body * 1.6;
        painter.text(
            Pos2::new(cell.center().x, cell.top() + name_height / 2.0 + 4.0),
            Align2::CENTER_CENTER,
            name,
            bold(s.font_body),
            p.text,
        );
        let room = Rect::from_min_max(
            Pos2::new(cell.left(), cell.top() + name_height + 4.0),
            cell.max,
        )
        .shrink(6.0);
        let grown = 0.55 + 0.45 * (owned.len() as f32 / most).min(1.0);
        let island = Rect::from_center_size(room.center(), room.size() * grown);
        painter.add(egui::Shape::ellipse_filled(
            island.center(),
            island.size() / 2.0,
            island_color(p, data, company),
        ));
        let highlight = hovered_by_drag || (holding.is_some() && response.hovered());
        painter.add(egui::Shape::ellipse_stroke(
            island.center(),
            island.size() / 2.0,
            Stroke::new(
                if highlight {
                    s.selected_width
                } else {
                    s.outline_width
                },
                if highlight { p.text } else { p.outline },
            ),
        ));
        paint_owned(painter, data, &owned, island, s.badge * 0.8);
        focus_ring(ui, &response, cell);
    }
    tapped
}

/// The badges of the apps a company owns, in a row across its island.
fn paint_owned(
    painter: &egui::Painter,
    data: &OwnersData,
    owned: &[usize],
    island: Rect,
    size: f32,
) {
    let gap = 6.0;
    let width = owned.len() as f32 * (size + gap) - gap;
    let mut x = island.center().x - width / 2.0 + size / 2.0;
    for &app in owned {
        paint_badge(
            painter,
            Pos2::new(x, island.center().y + island.height() * 0.12),
            size,
            &data.apps[app].badge,
        );
        x += size + gap;
    }
}

// ---- 6-9: memory ----

fn memory_ui(
    ui: &mut Ui,
    data: &OwnersData,
    round: &mut MemoryRound,
    last: &mut Option<(usize, Placement)>,
    mismatch_since: &mut Option<f64>,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    if let Some(since) = *mismatch_since {
        let left = logic::MISMATCH_SECS - (ctx.now_secs - since);
        if left <= 0.0 {
            round.hide_mismatch();
            *mismatch_since = None;
        } else {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(left));
        }
    }
    ui.label(RichText::new(ctx.tr("owners-memory-title")).heading());
    ui.add_space(s.gap * 0.5);
    let count = round.cards.len();
    let columns = if count > 9 { 4 } else { 3 };
    let rows = count.div_ceil(columns);
    let area = ui.available_rect_before_wrap();
    let cell = Vec2::new(area.width() / columns as f32, area.height() / rows as f32);
    let card_size = Vec2::new(cell.x.min(cell.y * 1.3), cell.y) - Vec2::splat(s.gap);
    let grid_width = columns as f32 * (card_size.x + s.gap);
    let left = area.center().x - grid_width / 2.0;
    for i in 0..count {
        let (column, row) = (i % columns, i / columns);
        let rect = Rect::from_min_size(
            Pos2::new(
                left + column as f32 * (card_size.x + s.gap),
                area.top() + row as f32 * (card_size.y + s.gap),
            ),
            card_size,
        );
        let response = memory_card_ui(ui, data, round, i, rect, ctx);
        if response.clicked() {
            let first = round.up.first().copied();
            match round.flip(data, i) {
                Flip::Ignored => {}
                Flip::First => ctx.send(Command::PlaySound(Sound::Tap)),
                Flip::Pair => {
                    let app =
                        [Some(i), first]
                            .into_iter()
                            .flatten()
                            .find_map(|j| match round.cards[j] {
                                Card::App(app) => Some(app),
                                Card::Company(_) => None,
                            });
                    if let Some(app) = app {
                        *last = Some((app, Placement::Right));
                    }
                    ctx.play(Sound::Success);
                }
                Flip::Mismatch => {
                    *mismatch_since = Some(ctx.now_secs);
                    ctx.play(Sound::TryAgain);
                    ui.ctx().request_repaint();
                }
            }
        }
    }
}

fn memory_card_ui(
    ui: &mut Ui,
    data: &OwnersData,
    round: &MemoryRound,
    i: usize,
    rect: Rect,
    ctx: &ActivityCtx<'_>,
) -> Response {
    let theme = theme(ui.ctx());
    let response = ui.interact(rect, ui.scope_id().with(("card", i)), Sense::click());
    let up = round.is_face_up(i);
    let label = if up {
        match &round.cards[i] {
            Card::App(app) => data.apps[*app].name.get(ctx.lang).to_owned(),
            Card::Company(company) => data.company_name(company).to_owned(),
        }
    } else {
        ctx.tr_args("owners-card", &[("number", (i + 1).into())])
    };
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    let drawn = pressed(&response, rect);
    if up {
        paint_card_face(ui.painter(), data, round, i, drawn, label, theme);
    } else {
        paint_card_back(ui.painter(), drawn, theme);
    }
    focus_ring(ui, &response, rect);
    response
}

fn paint_card_back(painter: &egui::Painter, drawn: Rect, theme: &Theme) {
    let (p, _s) = (&theme.palette, &theme.sizes);
    paint_card(painter, drawn, p.primary);
    Pictogram::Question.paint(painter, drawn.center(), drawn.height() * 0.4, p.on_primary);
}

fn paint_card_face(
    painter: &egui::Painter,
    data: &OwnersData,
    round: &MemoryRound,
    i: usize,
    drawn: Rect,
    label: String,
    theme: &Theme,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let matched = round.matched[i];
    let fill = match &round.cards[i] {
        Card::Company(company) => island_color(p, data, company),
        Card::App(_) => p.surface,
    };
    painter.rect(
        drawn,
        CornerRadius::same(s.corner),
        fill,
        Stroke::new(
            if matched {
                s.selected_width
            } else {
                s.outline_width
            },
            if matched { p.success } else { p.outline },
        ),
        StrokeKind::Inside,
    );
    let text_at = Pos2::new(drawn.center().x, drawn.bottom() - drawn.height() * 0.22);
    let picture_at = Pos2::new(drawn.center().x, drawn.top() + drawn.height() * 0.4);
    let picture = drawn.height() * 0.42;
    match &round.cards[i] {
        Card::App(app) => paint_badge(painter, picture_at, picture, &data.apps[*app].badge),
        Card::Company(company) => match data.companies.get(company).and_then(|c| c.emblem) {
            Some(emblem) => {
                paint_picture(painter, picture_at, picture * 0.95, emblem, p.text, fill);
            }
            None => Pictogram::Building.paint(painter, picture_at, picture * 0.8, p.text),
        },
    }
    let galley = painter.layout(label, bold(s.font_body), p.text, drawn.width() - s.gap);
    painter.galley(text_at - galley.size() / 2.0, galley, p.text);
}

// ---- the end ----

/// The concentration picture, why it matters, the picker and another round. Returns whether
/// the visitor wants to play again.
fn end_ui(ui: &mut Ui, data: &OwnersData, game: &Game, ctx: &mut ActivityCtx<'_>) -> bool {
    let (p, s) = tokens(ui.ctx());
    let apps = game.matched_apps();
    let services = logic::preselection(data, &apps);
    let mut again = false;
    bottom_bar(ui, "owners-end-bar", |ui| {
        ui.horizontal(|ui| {
            if !services.is_empty()
                && ctx.can_open(ALTERNATIVES)
                && ui
                    .add(
                        BigButton::new(&ctx.tr("owners-alternatives"))
                            .pictogram(Pictogram::Switch)
                            .primary(),
                    )
                    .clicked()
            {
                ctx.play(Sound::Tap);
                ctx.send(Command::OpenActivity {
                    id: ALTERNATIVES,
                    handoff: Some(Handoff::PreselectServices(services.clone())),
                });
            }
            if ctx.tapped(
                &ui.add(BigButton::new(&ctx.tr("owners-again")).pictogram(Pictogram::Restart)),
            ) {
                again = true;
            }
        });
    });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin))
        .show(ui, |ui| {
            let stars = match game {
                Game::Match(round) => WellDone::stars(round.first_try(), round.apps.len()),
                Game::Memory(_) => None,
            };
            ctx.well_done(
                ui,
                &WellDone {
                    title: &ctx.tr("owners-done"),
                    line: &score_text(game, ctx),
                    stars,
                },
            );
            ui.label(RichText::new(ctx.tr("owners-why")).font(regular(s.font_body)));
            ui.add_space(s.gap * 0.5);
            ui.label(RichText::new(ctx.tr("owners-picture")).color(p.text_muted));
            ui.add_space(s.gap * 0.5);
            // Every app of the game for this age band, by owner: the ones placed are bright.
            let known: Vec<usize> = (0..data.apps.len())
                .filter(|&app| data.apps[app].ages.contains(&ctx.age))
                .collect();
            let area = ui.available_rect_before_wrap();
            paint_concentration(ui, data, &known, &apps, area, ctx);
        });
    again
}

fn score_text(game: &Game, ctx: &ActivityCtx<'_>) -> String {
    match game {
        Game::Match(round) => ctx.tr_args(
            "owners-score",
            &[
                ("right", round.first_try().into()),
                ("count", round.apps.len().into()),
            ],
        ),
        Game::Memory(round) => ctx.tr_args("owners-memory-score", &[("flips", round.flips.into())]),
    }
}

/// Each company as an island as big as the number of `apps` it owns, with their badges; those
/// the visitor `found` are bright, the others faded.
fn paint_concentration(
    ui: &Ui,
    data: &OwnersData,
    apps: &[usize],
    found: &[usize],
    area: Rect,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let islands = logic::concentration(data, apps);
    let Some(most) = islands.first().map(|(_, owned)| owned.len()) else {
        return;
    };
    let count = islands.len();
    let slot = area.width() / count as f32;
    let biggest = (slot * 0.95).min(area.height() * 0.8);
    let painter = ui.painter();
    let mut faded = painter.clone();
    faded.set_opacity(0.35);
    for (i, (company, owned)) in islands.iter().enumerate() {
        // Areas in proportion to what each owns.
        let diameter = biggest * (owned.len() as f32 / most as f32).sqrt().max(0.35);
        let center = Pos2::new(
            area.left() + slot * (i as f32 + 0.5),
            area.top() + biggest / 2.0,
        );
        painter.circle(
            center,
            diameter / 2.0,
            island_color(p, data, company),
            Stroke::new(s.outline_width, p.outline),
        );
        let badge = (diameter / 3.2).min(s.badge);
        let per_row = ((diameter * 0.8) / (badge + 4.0)).floor().max(1.0) as usize;
        for (k, &app) in owned.iter().enumerate() {
            let (column, row) = (k % per_row, k / per_row);
            let in_row = (owned.len() - row * per_row).min(per_row);
            let x = center.x + (column as f32 - (in_row as f32 - 1.0) / 2.0) * (badge + 4.0);
            let rows = owned.len().div_ceil(per_row);
            let y = center.y + (row as f32 - (rows as f32 - 1.0) / 2.0) * (badge + 4.0);
            let brush = if found.contains(&app) {
                painter
            } else {
                &faded
            };
            paint_badge(brush, Pos2::new(x, y), badge, &data.apps[app].badge);
        }
        let caption = painter.layout(
            ctx.tr_args(
                "owners-island",
                &[
                    ("company", data.company_name(company).into()),
                    ("count", owned.len().into()),
                ],
            ),
            bold(s.font_small),
            p.text,
            slot - s.gap,
        );
        let at = Pos2::new(
            center.x - caption.size().x / 2.0,
            area.top() + biggest + s.gap * 0.5,
        );
        painter.galley(at, caption, p.text);
    }
}
