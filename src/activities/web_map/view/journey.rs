//! Following a message: choosing a journey, the bar under the map, each hop and what it saw,
//! and the player's controls.

use eframe::egui::{
    self, Align, CornerRadius, Layout, Pos2, RichText, Role, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo,
};

use super::super::content::{Journey, MapData, Visibility};
use super::super::logic::{self, Mode, Player, Visit};
use super::explore::overlay_ui;
use super::paint::{paint_envelope, paint_sight_icon, visibility_colors};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::{theme, tokens};
use crate::ui::widgets::{BigButton, ButtonKind, bottom_bar, icon_button, split_row, tile_button};
use crate::ui::{Pictogram, grid};

/// The journeys to choose from. Returns the new mode when one is chosen or the dialog is closed.
pub(super) fn chooser_ui(
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
            let choose = ctx.tr("web_map-choose");
            ctx.instruction(ui, &choose, RichText::new(&choose).heading());
            ui.add_space(s.gap * 0.5);
            let journeys: Vec<usize> = (0..data.journeys.len())
                .filter(|&i| ctx.age != AgeBand::Young || data.journeys[i].young)
                .collect();
            // On a low screen the journeys become tiles in columns, so that every one shows
            // with the way back under them (comparing is then done from a journey's bar).
            let row = s.touch_target + ui.spacing().item_spacing.y;
            let used = ui.min_rect().height();
            // The youngest get the tiles too: big pictures rather than lines of text.
            let compact = ctx.age == AgeBand::Young || used + journeys.len() as f32 * row > room;
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
pub(super) enum JourneyAction {
    Map,
    Ask,
    Compare(usize, usize),
}

/// The journey player: what this place sees, what it does, and the controls.
pub(super) fn journey_bar_ui(
    ui: &mut Ui,
    data: &MapData,
    journey: &Journey,
    player: &mut Player,
    ctx: &mut ActivityCtx<'_>,
) -> Option<JourneyAction> {
    let theme = theme(ui.ctx());
    let mut action = None;
    bottom_bar(ui, "web_map-journey-bar", |ui| {
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
pub(super) fn hop_ui(
    ui: &mut Ui,
    data: &MapData,
    journey: &Journey,
    player: &Player,
    ctx: &mut ActivityCtx<'_>,
) {
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
            let said = hop.caption.get(lang, age);
            let caption = RichText::new(said);
            ctx.listen_label(
                ui,
                said,
                if age == AgeBand::Young {
                    caption.font(regular(s.font_heading * 0.9))
                } else {
                    caption
                },
            );
        });
    });
}

/// Back to the map; previous, play or pause, next, replay; compare; the questions.
pub(super) fn player_controls_ui(
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
pub(super) fn sight_pill_ui(ui: &mut Ui, sees: Visibility, text: &str) {
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

pub(super) fn visibility_key(sees: Visibility) -> &'static str {
    match sees {
        Visibility::OpenLetter => "web_map-sees-open-letter",
        Visibility::SealedEnvelope => "web_map-sees-sealed-envelope",
        Visibility::LockedBox => "web_map-sees-locked-box",
    }
}
