//! Building the alternative: the shop of small hosts with its coins, the legend, and the
//! speech bubbles.

use eframe::egui::{self, Pos2, Rect, RichText, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};

use super::super::content::FederationData;
use super::super::logic::{self, Game, Network, Talks};
use super::HEAD;
use super::scene::paint_person;
use super::village::village_ui;
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::{card_frame, tile_button};
use crate::ui::{Pictogram, grid};

/// The column on the left (the kinds of host, or the legend) and the village on the right,
/// the same while building and while events strike, so that nothing moves.
pub(super) fn split(ui: &Ui, area: Rect) -> (Rect, Rect) {
    let gap = theme(ui.ctx()).sizes.gap;
    let column = (area.width() * 0.3).clamp(280.0, 400.0);
    let left = Rect::from_min_size(area.min, Vec2::new(column, area.height()));
    let village = Rect::from_min_max(Pos2::new(area.left() + column + gap, area.top()), area.max);
    (left, village)
}

/// What the marks over people mean, while events strike.
pub(super) fn legend_ui(ui: &mut Ui, ctx: &ActivityCtx<'_>) {
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
pub(super) fn paint_bubble(
    painter: &egui::Painter,
    p: &Palette,
    (person, head): (Pos2, f32),
    talks: Talks,
) {
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
pub(super) fn build_ui(
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
pub(super) fn shop_ui(
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
pub(super) fn paint_coins(ui: &mut Ui, theme: &Theme, network: &Network, ctx: &ActivityCtx<'_>) {
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
