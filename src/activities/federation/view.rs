//! The screens of "All eggs in one basket?": the village around the giant server, the building
//! of small hosts with their federation links, the events striking them, and the results.

use std::f32::consts::TAU;

use eframe::egui::{
    self, Align, Color32, CornerRadius, Layout, Pos2, Rect, Response, RichText, Role, Sense,
    Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::content::FederationData;
use super::logic::{self, Game, LEVELS, Network, Phase, Talks, Visit};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::fonts::{bold, regular};
use crate::ui::pane::{nearest, pane_ui};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::{
    BigButton, bar_frame, card_frame, focus_ring, pictogram_heading, tile_button,
};
use crate::ui::{Pictogram, grid};

/// The radius of a villager's head, in points, where room is short (and in the legend).
const HEAD: f32 = 11.0;
/// The biggest head, on a big screen.
const HEAD_MAX: f32 = 18.0;
/// The radius of a small host's disc.
const HOST_RADIUS: f32 = 30.0;
/// Room for a host's name at the top of its quarter.
const NAME_HEIGHT: f32 = 26.0;

/// Draws the game.
pub fn federation_ui(
    ui: &mut Ui,
    data: &FederationData,
    visit: &mut Visit,
    ctx: &mut ActivityCtx<'_>,
) {
    let game = visit
        .game
        .get_or_insert_with(|| Game::new(ctx.age, 0, data.events.len(), ctx.rng));
    if game.phase == Phase::Done {
        ctx.complete_once(&mut visit.finished);
    }
    bottom_bar_ui(ui, data, visit, ctx);
    let Visit { game, selected, .. } = visit;
    let Some(game) = game.as_mut() else {
        return;
    };
    let s = theme(ui.ctx()).sizes.clone();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.75))
        .show(ui, |ui| match game.phase {
            Phase::Done => {
                scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
                    results_ui(ui, data, game, ctx);
                });
            }
            Phase::Giant { .. } => {
                caption_ui(ui, data, game, ctx);
                let area = ui.available_rect_before_wrap();
                paint_giant(ui, data, game, area);
            }
            Phase::Build => {
                caption_ui(ui, data, game, ctx);
                build_ui(ui, data, game, selected, ctx);
            }
            Phase::Strikes { .. } => {
                caption_ui(ui, data, game, ctx);
                let (left, village) = split(ui, ui.available_rect_before_wrap());
                ui.scope_builder(egui::UiBuilder::new().max_rect(left), |ui| {
                    legend_ui(ui, ctx);
                });
                village_ui(ui, data, game, selected, village, ctx);
            }
        });
}

// ---- the caption and the bottom bar ----

/// What is happening, above the village.
fn caption_ui(ui: &mut Ui, data: &FederationData, game: &Game, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (title, body) = match (game.phase, game.current_event()) {
        (Phase::Giant { .. }, Some(event)) => {
            let event = &data.events[event];
            (
                event.name.get(ctx.lang).to_owned(),
                event.giant.get(ctx.lang, ctx.age).to_owned(),
            )
        }
        (Phase::Strikes { .. }, Some(event)) => {
            let event = &data.events[event];
            (
                event.name.get(ctx.lang).to_owned(),
                event.small.get(ctx.lang, ctx.age).to_owned(),
            )
        }
        (Phase::Build, _) => (
            ctx.tr("federation-build-title"),
            ctx.tr("federation-build-hint"),
        ),
        _ => (
            ctx.tr("federation-giant-title"),
            ctx.tr("federation-giant-intro"),
        ),
    };
    let pictogram = game
        .current_event()
        .map_or(Pictogram::Network, |event| data.events[event].pictogram);
    ui.horizontal(|ui| {
        pictogram_heading(ui, pictogram, p.accent, &title);
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(
                RichText::new(ctx.tr_args(
                    "federation-level",
                    &[
                        ("number", (game.level + 1).into()),
                        ("count", LEVELS.into()),
                    ],
                ))
                .font(regular(s.font_small))
                .color(p.text_muted),
            );
        });
    });
    ui.add(egui::Label::new(RichText::new(body).font(regular(s.font_body))).wrap());
    if let Some(text) = score_line(game, ctx) {
        ui.label(RichText::new(text).font(bold(s.font_body)).color(p.primary));
    }
    ui.add_space(s.gap * 0.5);
}

/// How many conversations still work, when an event has struck.
fn score_line(game: &Game, ctx: &ActivityCtx<'_>) -> Option<String> {
    let total = game.conversations.len();
    let working = match game.phase {
        Phase::Giant { seen } if seen > 0 => 0,
        Phase::Strikes { .. } => game.strikes.last()?.surviving,
        _ => return None,
    };
    let mut line = ctx.tr_args(
        "federation-working",
        &[("right", working.into()), ("count", total.into())],
    );
    if matches!(game.phase, Phase::Strikes { .. }) {
        line.push_str("  ·  ");
        line.push_str(&ctx.tr_args(
            "federation-biggest",
            &[
                ("right", game.network.largest().into()),
                ("count", game.network.home.len().into()),
            ],
        ));
    }
    Some(line)
}

/// The button that moves the game on, and the hint of the moment.
fn bottom_bar_ui(ui: &mut Ui, data: &FederationData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let rules = game.rules();
    let (label, enabled) = match game.phase {
        Phase::Giant { seen: 0 } => (ctx.tr("federation-what-if"), true),
        Phase::Giant { seen } if seen < rules.giant_events => {
            (ctx.tr("federation-next-event"), true)
        }
        Phase::Giant { .. } => (ctx.tr("federation-build"), true),
        Phase::Build => (ctx.tr("federation-ready"), game.network.is_ready(&rules)),
        Phase::Strikes { seen } if seen < rules.events => (ctx.tr("federation-next-event"), true),
        Phase::Strikes { .. } => (ctx.tr("federation-results"), true),
        Phase::Done => (String::new(), false),
    };
    let mut next_level = None;
    egui::Panel::bottom("federation-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if game.phase == Phase::Done {
                    if game.level + 1 < LEVELS
                        && ui
                            .add(
                                BigButton::new(&ctx.tr("federation-next-level"))
                                    .pictogram(Pictogram::Next)
                                    .primary(),
                            )
                            .clicked()
                    {
                        next_level = Some(game.level + 1);
                    }
                    if ui
                        .add(
                            BigButton::new(&ctx.tr("federation-again"))
                                .pictogram(Pictogram::Restart),
                        )
                        .clicked()
                    {
                        next_level = Some(0);
                    }
                    return;
                }
                if game.phase == Phase::Build {
                    build_buttons_ui(ui, game, &mut visit.selected, ctx);
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui
                        .add_enabled(
                            enabled,
                            BigButton::new(&label).pictogram(Pictogram::Next).primary(),
                        )
                        .clicked()
                    {
                        game.advance();
                        // Bad news on the giant; the end has its own sound.
                        let sound = if matches!(game.phase, Phase::Giant { .. }) {
                            Sound::TryAgain
                        } else {
                            Sound::Tap
                        };
                        ctx.play(sound);
                        visit.selected = None;
                    }
                });
            });
        });
    if let Some(level) = next_level {
        ctx.play(Sound::Tap);
        *visit = Visit {
            game: Some(Game::new(ctx.age, level, data.events.len(), ctx.rng)),
            ..Visit::default()
        };
    }
}

/// While building: share the people out, or start the network again.
fn build_buttons_ui(
    ui: &mut Ui,
    game: &mut Game,
    selected: &mut Option<usize>,
    ctx: &mut ActivityCtx<'_>,
) {
    let rules = game.rules();
    let unhosted = game.network.home.iter().any(Option::is_none);
    if ui
        .add_enabled(
            unhosted && !game.network.hosts.is_empty(),
            BigButton::new(&ctx.tr("federation-share-out")).pictogram(Pictogram::People),
        )
        .clicked()
    {
        game.network.share_out(&game.conversations);
        ctx.play(Sound::Tap);
    }
    if ctx.tapped(&ui.add_enabled(
        !game.network.hosts.is_empty(),
        BigButton::new(&ctx.tr("federation-clear")).pictogram(Pictogram::Restart),
    )) {
        game.network = Network::new(rules.users, rules.budget);
        *selected = None;
    }
}

// ---- the giant ----

/// Everybody round the one giant server, each linked to it; after an event, every link is
/// cut and the event's picture hangs over the server.
fn paint_giant(ui: &Ui, data: &FederationData, game: &Game, area: Rect) {
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

fn paint_dashed(painter: &egui::Painter, from: Pos2, to: Pos2, stroke: Stroke) {
    painter.extend(egui::Shape::dashed_line(&[from, to], stroke, 8.0, 6.0));
}

/// A villager: a head and shoulders. `faded`: cut off.
fn paint_person(
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

// ---- building the network ----

/// The quarter of `area` that host `i` of up to four has for itself and its people.
fn host_cell(area: Rect, i: usize) -> Rect {
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
fn host_spot(area: Rect, i: usize) -> Pos2 {
    let away = if i < 2 { 1.0 } else { -1.0 };
    host_cell(area, i).center() + Vec2::new(0.0, away * NAME_HEIGHT / 2.0)
}

/// The radius of a villager's head in `area`: bigger people on a bigger screen.
fn head_radius(area: Rect) -> f32 {
    (host_cell(area, 0).size().min_elem() / 20.0).clamp(HEAD, HEAD_MAX)
}

/// The radius of the ring of people round a host of `area`.
fn ring_radius(area: Rect) -> f32 {
    let cell = host_cell(area, 0);
    let head = head_radius(area);
    // Room left between the rings of two hosts one above the other, for their link's button.
    ((cell.height() - NAME_HEIGHT) / 2.0 - head * 2.0 - 10.0)
        .clamp(HOST_RADIUS + head * 2.7, HOST_RADIUS + head * 5.5)
}

/// Where each person stands: round their host, or waiting in the middle.
fn person_spots(network: &Network, area: Rect) -> Vec<Pos2> {
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

/// The column on the left (the kinds of host, or the legend) and the village on the right,
/// the same while building and while events strike, so that nothing moves.
fn split(ui: &Ui, area: Rect) -> (Rect, Rect) {
    let gap = theme(ui.ctx()).sizes.gap;
    let column = (area.width() * 0.3).clamp(280.0, 400.0);
    let left = Rect::from_min_size(area.min, Vec2::new(column, area.height()));
    let village = Rect::from_min_max(Pos2::new(area.left() + column + gap, area.top()), area.max);
    (left, village)
}

/// What the marks over people mean, while events strike.
fn legend_ui(ui: &mut Ui, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for (mark, key) in [
            (Some(Talks::All), "federation-legend-talks"),
            (Some(Talks::Some), "federation-legend-cut"),
            (Some(Talks::None), "federation-legend-alone"),
            (None, "federation-legend-down"),
        ] {
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(Vec2::new(36.0, 44.0), Sense::hover());
                let at = rect.center() + Vec2::new(0.0, 6.0);
                paint_person(ui.painter(), p, (at, HEAD), p.pastels[0], mark.is_none());
                if let Some(talks) = mark {
                    paint_bubble(ui.painter(), p, (at, HEAD), talks);
                }
                ui.add(
                    egui::Label::new(RichText::new(ctx.tr(key)).font(regular(s.font_small))).wrap(),
                );
            });
        }
    });
}

/// A small speech bubble over a person: green if all their conversations work, yellow if
/// some were cut, red and crossed out if none is left.
fn paint_bubble(painter: &egui::Painter, p: &Palette, (person, head): (Pos2, f32), talks: Talks) {
    let at = person + Vec2::new(head * 0.9, -head * 1.6);
    let (fill, ink) = match talks {
        Talks::All => (p.success, p.on_success),
        Talks::Some => (p.selected, p.on_selected),
        Talks::None => (p.accent, p.on_accent),
    };
    painter.circle(at, 7.0, fill, Stroke::new(1.0, p.outline));
    let ink = Stroke::new(1.8, ink);
    match talks {
        Talks::All => {
            // A check mark.
            painter.line_segment([at + Vec2::new(-3.5, 0.0), at + Vec2::new(-1.0, 2.5)], ink);
            painter.line_segment([at + Vec2::new(-1.0, 2.5), at + Vec2::new(3.5, -2.5)], ink);
        }
        Talks::Some => {
            painter.line_segment([at + Vec2::new(0.0, -3.5), at + Vec2::new(0.0, 1.0)], ink);
            painter.circle_filled(at + Vec2::new(0.0, 3.2), 1.0, ink.color);
        }
        Talks::None => {
            painter.line_segment([at + Vec2::new(-3.0, -3.0), at + Vec2::new(3.0, 3.0)], ink);
            painter.line_segment([at + Vec2::new(-3.0, 3.0), at + Vec2::new(3.0, -3.0)], ink);
        }
    }
}

/// The kinds of host to set up (left), and the village (right).
fn build_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &mut Game,
    selected: &mut Option<usize>,
    ctx: &mut ActivityCtx<'_>,
) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let (left, village) = split(ui, ui.available_rect_before_wrap());
    ui.scope_builder(egui::UiBuilder::new().max_rect(left), |ui| {
        card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
            ui.set_width(ui.available_width());
            paint_coins(ui, theme, &game.network, ctx);
            ui.add_space(s.gap * 0.5);
            shop_ui(ui, data, game, selected, left.bottom(), ctx);
        });
    });
    village_ui(ui, data, game, selected, village, ctx);
}

/// The kinds of host to set up, as tiles that fill the column down to `bottom`, and what
/// things cost. A host set up stays in its place, greyed out: the tiles never move under a
/// finger that taps twice.
fn shop_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &mut Game,
    selected: &mut Option<usize>,
    bottom: f32,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let width = ui.available_width();
    let costs = ui.painter().layout(
        ctx.tr("federation-costs"),
        regular(s.font_small),
        p.text_muted,
        width,
    );
    // Room for the tiles: down to the column's bottom, less the cost line and the card's margin.
    let room = Vec2::new(
        width,
        bottom - ui.cursor().top() - costs.size().y - s.gap * 2.0,
    );
    let gap = s.gap * 0.5;

    let mut grid = grid::fit(
        data.hosts.len(),
        room,
        gap,
        // A finger's 48 points at least, even where the band's buttons are bigger: the whole
        // shop must show without scrolling.
        Vec2::new(120.0, 48.0),
        Vec2::new(width, 96.0),
    );
    // The tiles take the column's whole width: the names fit on fewer lines.
    grid.tile.x = (width - gap * (grid.columns - 1) as f32) / grid.columns as f32;
    // Four quarters of the village; at 6-9 exactly the three hosts to link.
    let rules = game.rules();
    let most_hosts = if rules.must_link { rules.min_hosts } else { 4 };
    let kinds: Vec<usize> = (0..data.hosts.len()).collect();
    // Tiles on a grid of their own size (a row of widgets would be as tall as the band's
    // touch target, and push the cost line under the bar).
    let origin = ui.cursor().min;
    let step = grid.tile + Vec2::splat(gap);
    for (i, &kind) in kinds.iter().enumerate() {
        let (column, row) = (i % grid.columns, i / grid.columns);
        let rect = Rect::from_min_size(
            origin + Vec2::new(step.x * column as f32, step.y * row as f32),
            grid.tile,
        );
        let host = &data.hosts[kind];
        let placed = game.network.hosts.contains(&kind);
        let affordable = game.network.left() >= logic::HOST_COST;
        let enabled = !placed && affordable && game.network.hosts.len() < most_hosts;
        let name = host.name.get(ctx.lang);
        let (pictogram, label) = if placed {
            (
                Pictogram::Check,
                ctx.tr_args("federation-host-placed", &[("name", name.into())]),
            )
        } else {
            (host.pictogram, name.to_owned())
        };
        // A child placed on the grid, that takes no room in the column's flow.
        let mut cell = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        let tapped = cell
            .add_enabled_ui(enabled, |ui| {
                tile_button(ui, pictogram, &label, grid.tile).clicked()
            })
            .inner;
        if tapped && let Some(index) = game.network.add_host(kind) {
            *selected = Some(index);
            ctx.play(Sound::Tap);
        }
    }
    let rows = kinds.len().div_ceil(grid.columns.max(1));
    ui.allocate_space(Vec2::new(width, step.y * rows as f32 - gap));
    ui.add(
        egui::Label::new(
            RichText::new(ctx.tr("federation-costs"))
                .font(regular(s.font_small))
                .color(p.text_muted),
        )
        .wrap(),
    );
}

/// The coins left, drawn as coins, with their number.
fn paint_coins(ui: &mut Ui, theme: &Theme, network: &Network, ctx: &ActivityCtx<'_>) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let text = ctx.tr_args(
        "federation-coins",
        &[
            ("right", network.left().into()),
            ("count", network.budget.into()),
        ],
    );
    let response = ui.label(RichText::new(&text).font(bold(s.font_body)));
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 26.0), Sense::hover());
    for coin in 0..network.budget {
        let at = rect.left_center() + Vec2::new(12.0 + 18.0 * coin as f32, 0.0);
        if at.x > rect.right() {
            break;
        }
        let fill = if coin < network.left() {
            p.selected
        } else {
            p.disabled
        };
        ui.painter()
            .circle(at, 8.0, fill, Stroke::new(1.5, p.outline));
    }
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &text));
}

/// What a tap in the village reaches while building.
#[derive(Clone, Copy)]
enum Target {
    Host(usize),
    Person(usize),
}

/// The hosts, their links, and the people; while building, hosts, people and links are
/// buttons. People stand close together: each is a widget for the keyboard and screen readers,
/// and a finger's tap goes to the nearest host or person (see `ui::pane`).
fn village_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &mut Game,
    selected: &mut Option<usize>,
    area: Rect,
    ctx: &mut ActivityCtx<'_>,
) {
    pane_ui(ui, area, |ui| {
        let building = game.phase == Phase::Build;
        let down = game.struck_host();
        let groups = game.network.groups(down);
        paint_links(ui, game, &groups, area);
        let mut tapped = hosts_ui(ui, data, game, *selected, area, ctx);
        tapped = people_ui(ui, data, game, &groups, area).or(tapped);
        if building {
            let touch = theme(ui.ctx()).sizes.touch_target;
            let surface = ui.interact(area, ui.scope_id().with("village"), Sense::click());
            if surface.clicked()
                && let Some(at) = surface.interact_pointer_pos()
            {
                let spots = person_spots(&game.network, area);
                let hosts = (0..game.network.hosts.len())
                    .map(|host| (Target::Host(host), host_spot(area, host), HOST_RADIUS + 8.0));
                let people = spots
                    .iter()
                    .enumerate()
                    .map(|(user, &spot)| (Target::Person(user), spot, touch / 2.0 + 8.0));
                tapped = nearest(hosts.chain(people), at).or(tapped);
            }
            // The links' buttons lie over the village: a tap on one is for it.
            link_buttons_ui(ui, data, game, area, ctx);
        }
        match tapped {
            Some(Target::Host(host)) => {
                *selected = Some(host);
                ctx.play(Sound::Tap);
            }
            Some(Target::Person(user)) => {
                if let Some(host) = *selected {
                    game.network.move_user(user, host);
                    ctx.play(Sound::Tap);
                }
            }
            None => {}
        }
    });
}

/// The hosts with their names and how many they host; returns the host pressed by the keyboard
/// or a screen reader.
fn hosts_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &Game,
    selected: Option<usize>,
    area: Rect,
    ctx: &ActivityCtx<'_>,
) -> Option<Target> {
    let theme = theme(ui.ctx());
    let p = &theme.palette;
    let building = game.phase == Phase::Build;
    let down = game.struck_host();
    let mut tapped = None;
    for host in 0..game.network.hosts.len() {
        let kind = &data.hosts[game.network.hosts[host]];
        let at = host_spot(area, host);
        let label = kind.name.get(ctx.lang);
        let response = host_button(ui, at, label, selected == Some(host), building);
        if response.clicked() {
            tapped = Some(Target::Host(host));
        }
        let struck = down == Some(host);
        paint_host(
            ui,
            theme,
            at,
            kind.pictogram,
            host_color(p, host),
            selected == Some(host) && building,
            struck,
        );
        let cell = host_cell(area, host);
        let name = ui.painter().layout_no_wrap(
            format!("{label} ({})", game.network.users_on(host)),
            bold(theme.sizes.font_small * 0.85),
            p.text,
        );
        let y = if host < 2 {
            cell.top()
        } else {
            cell.bottom() - name.size().y
        };
        let top = Pos2::new(cell.center().x - name.size().x / 2.0, y);
        ui.painter().galley(top, name, p.text);
        if let Some(event) = game.current_event().filter(|_| struck) {
            data.events[event].pictogram.paint(
                ui.painter(),
                at + Vec2::new(HOST_RADIUS, -HOST_RADIUS),
                36.0,
                p.accent,
            );
        }
    }
    tapped
}

/// The people, round their hosts or waiting; while building each is a touch-sized widget.
/// Returns the person pressed by the keyboard or a screen reader.
fn people_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &Game,
    groups: &[Option<usize>],
    area: Rect,
) -> Option<Target> {
    let theme = theme(ui.ctx());
    let p = &theme.palette;
    let building = game.phase == Phase::Build;
    let down = game.struck_host();
    let head = head_radius(area);
    let mut tapped = None;
    for (user, &at) in person_spots(&game.network, area).iter().enumerate() {
        let name = data.names.get(user).map_or("?", String::as_str);
        let home = game.network.home[user];
        let color = home.map_or(p.surface, |host| host_color(p, host));
        let host_down = home.is_some() && home == down;
        if building {
            let body = at + Vec2::new(0.0, head * 0.6);
            let rect = Rect::from_center_size(body, Vec2::splat(theme.sizes.touch_target));
            let response = ui.interact(rect, ui.scope_id().with(("person", user)), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, name));
            focus_ring(ui, &response, rect);
            if response.clicked() {
                tapped = Some(Target::Person(user));
            }
        }
        paint_person(ui.painter(), p, (at, head), color, host_down);
        if !building && !host_down {
            let talks = game.network.talks(&game.conversations, groups, user);
            paint_bubble(ui.painter(), p, (at, head), talks);
        }
    }
    tapped
}

/// A host as a button while building (its name is its label).
fn host_button(ui: &mut Ui, at: Pos2, label: &str, selected: bool, building: bool) -> Response {
    let rect = Rect::from_center_size(at, Vec2::splat(HOST_RADIUS * 2.0));
    let sense = if building {
        Sense::click()
    } else {
        Sense::hover()
    };
    let response = ui.interact(rect, ui.scope_id().with(("host", label)), sense);
    response.widget_info(|| WidgetInfo::selected(Role::Button, building, selected, label));
    if building {
        focus_ring(ui, &response, rect);
    }
    response
}

fn paint_host(
    ui: &Ui,
    theme: &Theme,
    at: Pos2,
    pictogram: Pictogram,
    color: Color32,
    selected: bool,
    struck: bool,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let mut painter = ui.painter().clone();
    if struck {
        painter.set_opacity(0.4);
    }
    let ring = if selected {
        Stroke::new(s.selected_width, p.selected)
    } else {
        Stroke::new(s.outline_width, p.outline)
    };
    painter.circle(at, HOST_RADIUS, color, ring);
    pictogram.paint(&painter, at, HOST_RADIUS * 1.1, p.text);
}

/// The colour of host `i`, the same for its disc and its people.
fn host_color(p: &Palette, host: usize) -> Color32 {
    p.pastel(host)
}

/// Federation links between hosts: solid while both ends are up and linked; while building, a
/// faint guide between hosts that could be linked.
fn paint_links(ui: &Ui, game: &Game, groups: &[Option<usize>], area: Rect) {
    let (p, _) = tokens(ui.ctx());
    let network = &game.network;
    if game.phase == Phase::Build {
        for a in 0..network.hosts.len() {
            for b in a + 1..network.hosts.len() {
                if !network.linked(a, b) {
                    paint_dashed(
                        ui.painter(),
                        host_spot(area, a),
                        host_spot(area, b),
                        Stroke::new(2.0, p.outline.gamma_multiply(0.5)),
                    );
                }
            }
        }
    }
    for &(a, b) in &network.links {
        let (from, to) = (host_spot(area, a), host_spot(area, b));
        if groups[a].is_some() && groups[b].is_some() {
            ui.painter()
                .line_segment([from, to], Stroke::new(6.0, p.layer_services));
        } else {
            paint_dashed(ui.painter(), from, to, Stroke::new(4.0, p.disabled));
        }
    }
}

/// Where the button that links hosts `a` and `b` sits: half-way, or off the middle for the
/// diagonals (which cross there).
fn link_spot(area: Rect, a: usize, b: usize) -> Pos2 {
    let t = if a + b == 3 {
        if a == 0 { 0.35 } else { 0.65 }
    } else {
        0.5
    };
    host_spot(area, a).lerp(host_spot(area, b), t)
}

/// A round button between each pair of hosts, to link or unlink them.
fn link_buttons_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &mut Game,
    area: Rect,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let count = game.network.hosts.len();
    for a in 0..count {
        for b in a + 1..count {
            let at = link_spot(area, a, b);
            let linked = game.network.linked(a, b);
            let name = |host: usize| data.hosts[game.network.hosts[host]].name.get(ctx.lang);
            let label = ctx.tr_args(
                "federation-link",
                &[("name", name(a).into()), ("who", name(b).into())],
            );
            let rect = Rect::from_center_size(at, Vec2::splat(s.touch_target));
            let response = ui.interact(rect, ui.scope_id().with(("link", a, b)), Sense::click());
            response.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, linked, &label));
            let fill = if linked { p.layer_services } else { p.surface };
            ui.painter().circle(
                at,
                rect.width() / 2.0 - 4.0,
                fill,
                Stroke::new(s.outline_width, p.outline),
            );
            let ink = if linked { p.on_primary } else { p.text };
            let icon = if linked {
                Pictogram::Check
            } else {
                Pictogram::Plus
            };
            icon.paint(ui.painter(), at, rect.width() * 0.45, ink);
            focus_ring(ui, &response, rect);
            if response.clicked() && game.network.toggle_link(a, b) {
                ctx.play(Sound::Tap);
            }
        }
    }
}

// ---- the results ----

/// The giant against the visitor's network, and what exists for real.
fn results_ui(ui: &mut Ui, data: &FederationData, game: &Game, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    ui.label(RichText::new(ctx.tr("federation-results-title")).font(bold(s.font_title)));
    ui.add_space(s.gap * 0.5);
    let percent = |share: f64| (share * 100.0).round() as i64;
    let width = (ui.available_width() - s.gap) / 2.0;
    ui.horizontal_top(|ui| {
        let down = Layout::top_down(Align::Min);
        let giant = [
            ctx.tr_args("federation-giant-survived", &[("number", 0.into())]),
            ctx.tr_args("federation-giant-held", &[("number", 100.into())]),
        ];
        let ours = [
            ctx.tr_args(
                "federation-ours-survived",
                &[("number", percent(game.average_survival()).into())],
            ),
            ctx.tr_args(
                "federation-ours-held",
                &[("number", percent(game.largest_share()).into())],
            ),
        ];
        for (pictogram, title, lines, color) in [
            (
                Pictogram::Building,
                ctx.tr("federation-one-giant"),
                giant,
                p.accent,
            ),
            (
                Pictogram::Network,
                ctx.tr("federation-your-network"),
                ours,
                p.success,
            ),
        ] {
            ui.allocate_ui_with_layout(Vec2::new(width, 0.0), down, |ui| {
                card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    pictogram_heading(ui, pictogram, color, &title);
                    for line in lines {
                        ui.add(
                            egui::Label::new(RichText::new(line).font(regular(s.font_body))).wrap(),
                        );
                    }
                });
            });
        }
    });
    ui.add_space(s.gap);
    card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            let (icon, _) = ui.allocate_exact_size(Vec2::splat(48.0), Sense::hover());
            Pictogram::Idea.paint(ui.painter(), icon.center(), 42.0, p.primary);
            ui.add(
                egui::Label::new(
                    RichText::new(data.reality.get(ctx.lang, ctx.age)).font(regular(s.font_body)),
                )
                .wrap(),
            );
        });
    });
}
