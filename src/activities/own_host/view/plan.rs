//! A semester's planning: where the club stands (hours, money, members, happiness, services),
//! and what the volunteers will do, chosen as cards; the bar ends the semester.

use eframe::egui::{self, Align, Layout, Pos2, RichText, Role, Ui, Vec2};

use super::super::content::HostData;
use super::super::logic::{Action, Club, SEMESTERS, Why};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::grid::rows_ui;
use crate::ui::tokens::tokens;
use crate::ui::widgets::{BigButton, bottom_bar, card_frame, pictogram_heading, toggle_card};

/// The size of an action's card.
const CARD: Vec2 = Vec2::new(262.0, 120.0);

/// The bar: the hours left, and "End the semester".
pub(super) fn plan_bar_ui(
    ui: &mut Ui,
    data: &HostData,
    club: &mut Club,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    bottom_bar(ui, "own_host-plan-bar", |ui| {
        ui.horizontal(|ui| {
            let left = ctx.tr_args(
                "own_host-hours-left",
                &[
                    ("right", club.free_hours(data).into()),
                    ("count", club.hours().into()),
                ],
            );
            ui.label(RichText::new(left).font(bold(s.font_body)));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let end = ctx.tr("own_host-end-semester");
                if ctx.tapped(&ui.add(BigButton::new(&end).pictogram(Pictogram::Next).primary())) {
                    club.end_semester(data);
                }
            });
        });
    });
}

/// The planning screen.
pub(super) fn plan_ui(ui: &mut Ui, data: &HostData, club: &mut Club, ctx: &mut ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let title = ctx.tr_args(
        "own_host-semester",
        &[
            ("number", (club.semester + 1).into()),
            ("count", SEMESTERS.into()),
        ],
    );
    pictogram_heading(ui, Pictogram::Hourglass, p.accent, &title);
    let hint = if club.semester == 0 {
        ctx.tr("own_host-intro")
    } else {
        ctx.tr("own_host-plan-hint")
    };
    ctx.instruction(ui, &hint, RichText::new(&hint).font(regular(s.font_body)));
    news_ui(ui, data, club, ctx);
    ui.add_space(s.gap * 0.5);
    status_ui(ui, data, club, ctx);
    ui.add_space(s.gap * 0.5);
    services_ui(ui, data, club, ctx);
    ui.add_space(s.gap * 0.5);
    ui.label(RichText::new(ctx.tr("own_host-actions-title")).font(bold(s.font_heading)));
    ui.add_space(s.gap * 0.25);
    let actions: Vec<Action> = (0..data.services.len())
        .filter(|&n| !club.runs(n))
        .map(Action::Open)
        .chain(Action::CARE)
        .collect();
    let cards: Vec<Card> = actions
        .iter()
        .map(|&action| card(data, club, action, ctx))
        .collect();
    let height = cards
        .iter()
        .map(|card| card.height(ui))
        .fold(CARD.y, f32::max);
    rows_ui(ui, cards.len(), CARD.x, s.gap * 0.6, |ui, i| {
        card_ui(ui, data, club, &cards[i], height, ctx);
    });
}

/// What the end of the last school year and the last semester left behind.
fn news_ui(ui: &mut Ui, data: &HostData, club: &Club, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let mut lines = Vec::new();
    if let Some(year) = club.year_end {
        lines.push(ctx.tr_args("own_host-graduated", &[("number", year.left.into())]));
        if year.closed > 0 {
            lines.push(ctx.tr_args("own_host-closed", &[("number", year.closed.into())]));
        }
    }
    if club.hours() < club.upkeep(data) {
        lines.push(ctx.tr("own_host-too-much"));
    }
    for line in lines {
        ui.label(RichText::new(line).font(bold(s.font_body)).color(p.accent));
    }
}

/// Hours, money, members, happiness and users, side by side.
fn status_ui(ui: &mut Ui, data: &HostData, club: &Club, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let stats = [
        (
            Pictogram::Hourglass,
            ctx.tr_args(
                "own_host-hours",
                &[
                    ("number", club.hours().into()),
                    ("count", club.upkeep(data).into()),
                ],
            ),
        ),
        (
            Pictogram::Parcel,
            ctx.tr_args(
                "own_host-money",
                &[("number", club.free_budget(data).into())],
            ),
        ),
        (
            Pictogram::People,
            ctx.tr_args(
                "own_host-members",
                &[
                    ("right", club.trained.into()),
                    ("count", club.newcomers.into()),
                ],
            ),
        ),
        (
            Pictogram::ThumbsUp,
            ctx.tr_args("own_host-happiness", &[("number", club.happiness.into())]),
        ),
        (
            Pictogram::Chart,
            ctx.tr_args("own_host-users", &[("number", club.users().into())]),
        ),
    ];
    let columns = if ui.available_width() > 1100.0 {
        3.0
    } else {
        2.0
    };
    let width = (ui.available_width() - (columns - 1.0) * s.gap * 0.5) / columns;
    rows_ui(ui, stats.len(), width, s.gap * 0.5, |ui, i| {
        let (pictogram, text) = &stats[i];
        card_frame(ui).inner_margin(s.gap * 0.5).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(Vec2::splat(30.0), egui::Sense::hover());
                pictogram.paint(ui.painter(), rect.center(), 26.0, p.primary);
                ui.add(egui::Label::new(RichText::new(text).font(regular(s.font_body))).wrap());
            });
        });
    });
}

/// The services running, with their users and what they need each semester.
fn services_ui(ui: &mut Ui, data: &HostData, club: &Club, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    ui.label(RichText::new(ctx.tr("own_host-services-title")).font(bold(s.font_heading)));
    if club.services.is_empty() {
        ui.label(RichText::new(ctx.tr("own_host-no-service")).color(p.text_muted));
        return;
    }
    rows_ui(ui, club.services.len(), CARD.x, s.gap * 0.5, |ui, i| {
        let running = club.services[i];
        if let Some(service) = data.services.get(running.service) {
            card_frame(ui).inner_margin(s.gap * 0.5).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(Vec2::splat(36.0), egui::Sense::hover());
                    service
                        .pictogram
                        .paint(ui.painter(), rect.center(), 32.0, p.success);
                    ui.vertical(|ui| {
                        ui.label(RichText::new(service.name.get(ctx.lang)).font(bold(s.font_body)));
                        let line = ctx.tr_args(
                            "own_host-service-line",
                            &[
                                ("number", running.users.into()),
                                ("count", service.upkeep.into()),
                            ],
                        );
                        ui.label(RichText::new(line).font(regular(s.font_small)));
                    });
                });
            });
        }
    });
}

/// What an action's card shows.
struct Card {
    action: Action,
    pictogram: Pictogram,
    name: String,
    what: String,
    /// Its cost, or why it cannot be chosen now.
    footer: String,
    /// It can be chosen (or taken back).
    enabled: bool,
    chosen: bool,
}

/// Room inside a card, and the icon's.
const PAD: f32 = 12.0;
const ICON: f32 = 46.0;

impl Card {
    /// The height its texts need at the card's width.
    fn height(&self, ui: &Ui) -> f32 {
        let (p, s) = tokens(ui.ctx());
        let inner = CARD.x - 2.0 * PAD;
        let layout = |text: &str, font, width| {
            ui.painter()
                .layout(text.to_owned(), font, p.text, width)
                .size()
                .y
        };
        let name = layout(&self.name, bold(s.font_body), inner - ICON).max(36.0);
        let what = layout(&self.what, regular(s.font_small), inner);
        let footer = layout(&self.footer, bold(s.font_small), inner);
        name + what + footer + 2.0 * PAD + 8.0
    }
}

fn card(data: &HostData, club: &Club, action: Action, ctx: &ActivityCtx<'_>) -> Card {
    let chosen = club.plan.contains(&action);
    let why = if chosen {
        None
    } else {
        club.can(action, data).err()
    };
    let (pictogram, name, what) = action_text(data, action, ctx);
    let footer = match why {
        Some(why) => ctx.tr(why_key(why)),
        None if action.cost(data) > 0 => ctx.tr_args(
            "own_host-cost-money",
            &[
                ("number", action.hours(data).into()),
                ("count", action.cost(data).into()),
            ],
        ),
        None => ctx.tr_args("own_host-cost", &[("number", action.hours(data).into())]),
    };
    Card {
        action,
        pictogram,
        name,
        what,
        footer,
        enabled: why.is_none(),
        chosen,
    }
}

/// One action as a card to choose: its picture, name, what it does, and its cost (or why it
/// cannot be chosen now).
fn card_ui(
    ui: &mut Ui,
    data: &HostData,
    club: &mut Club,
    card: &Card,
    height: f32,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let size = Vec2::new(CARD.x, height);
    let response = ui
        .add_enabled_ui(card.enabled, |ui| {
            toggle_card(
                ui,
                size,
                card.chosen,
                Role::CheckBox,
                &card.name,
                |painter, rect, color| {
                    let inner = rect.shrink(PAD - s.gap * 0.6);
                    card.pictogram.paint(
                        painter,
                        inner.min + Vec2::splat(ICON / 2.0 - 6.0),
                        34.0,
                        color,
                    );
                    let name = painter.layout(
                        card.name.clone(),
                        bold(s.font_body),
                        color,
                        inner.width() - ICON,
                    );
                    let name_height = name.size().y.max(36.0);
                    painter.galley(inner.min + Vec2::new(ICON, 0.0), name, color);
                    let what = painter.layout(
                        card.what.clone(),
                        regular(s.font_small),
                        color,
                        inner.width(),
                    );
                    let what_height = what.size().y;
                    painter.galley(inner.min + Vec2::new(0.0, name_height + 4.0), what, color);
                    let footer_color = if card.enabled { color } else { p.accent };
                    let footer = painter.layout(
                        card.footer.clone(),
                        bold(s.font_small),
                        footer_color,
                        inner.width(),
                    );
                    let at = Pos2::new(inner.left(), inner.top() + name_height + what_height + 8.0);
                    painter.galley(at, footer, footer_color);
                },
            )
        })
        .inner;
    if ctx.tapped(&response) && club.toggle(card.action, data).is_err() {
        ctx.play(Sound::TryAgain);
    }
}

/// An action's picture, name and a short line on what it does.
fn action_text(
    data: &HostData,
    action: Action,
    ctx: &ActivityCtx<'_>,
) -> (Pictogram, String, String) {
    match action {
        Action::Open(n) => {
            let Some(service) = data.services.get(n) else {
                return (Pictogram::Question, String::new(), String::new());
            };
            let name = ctx.tr_args(
                "own_host-open",
                &[("name", service.name.get(ctx.lang).into())],
            );
            (
                service.pictogram,
                name,
                service.what.get(ctx.lang, ctx.age).to_owned(),
            )
        }
        Action::Workshop => (
            Pictogram::School,
            ctx.tr("own_host-workshop"),
            ctx.tr("own_host-workshop-what"),
        ),
        Action::Train => (
            Pictogram::Idea,
            ctx.tr("own_host-train"),
            ctx.tr("own_host-train-what"),
        ),
        Action::Backup => (
            Pictogram::Save,
            ctx.tr("own_host-backup"),
            ctx.tr("own_host-backup-what"),
        ),
        Action::Update => (
            Pictogram::Restart,
            ctx.tr("own_host-update"),
            ctx.tr("own_host-update-what"),
        ),
        Action::Improve => (
            Pictogram::Star,
            ctx.tr("own_host-improve"),
            ctx.tr("own_host-improve-what"),
        ),
    }
}

fn why_key(why: Why) -> &'static str {
    match why {
        Why::Hours => "own_host-why-hours",
        Why::Money => "own_host-why-money",
        Why::Skills => "own_host-why-skills",
        Why::Running => "own_host-why-running",
        Why::NothingOpen => "own_host-why-nothing-open",
    }
}
