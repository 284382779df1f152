//! The report card after six semesters: the club's figures beside the real club's, the three
//! hard things, and the lesson; then the map's small hosts, the picker, or another go.

use eframe::egui::{self, RichText, Ui, Vec2};

use super::super::content::HostData;
use super::super::logic::{Club, Hard, Report};
use super::note_card_ui;
use crate::activity::{ActivityCtx, Command, WellDone, ids};
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::{BigButton, bottom_bar, card_frame};

/// The bar: play again. Returns whether the visitor wants to.
pub(super) fn report_bar_ui(ui: &mut Ui, ctx: &mut ActivityCtx<'_>) -> bool {
    let mut again = false;
    bottom_bar(ui, "own_host-report-bar", |ui| {
        ui.horizontal(|ui| {
            let label = ctx.tr("own_host-again");
            again = ctx.tapped(&ui.add(BigButton::new(&label).pictogram(Pictogram::Restart)));
        });
    });
    again
}

/// Where to go next: the small hosts on the map, free services in the picker (when the stand
/// shows them to this visitor).
fn next_ui(ui: &mut Ui, ctx: &mut ActivityCtx<'_>) {
    let (_, s) = tokens(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap * 0.6);
        for (id, pictogram, key) in [
            (ids::WEB_MAP, Pictogram::Map, "own_host-to-map"),
            (ids::ALTERNATIVES, Pictogram::Switch, "own_host-to-picker"),
        ] {
            if ctx.can_open(id)
                && ctx.tapped(&ui.add(BigButton::new(&ctx.tr(key)).pictogram(pictogram).primary()))
            {
                ctx.send(Command::OpenActivity { id, handoff: None });
            }
        }
    });
}

/// The report card.
pub(super) fn report_ui(ui: &mut Ui, data: &HostData, club: &Club, ctx: &mut ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let report = Report::of(club, data);
    let well = report.hard.iter().filter(|(_, good)| *good).count();
    let line = ctx.tr_args(
        "own_host-report-line",
        &[("right", well.into()), ("count", report.hard.len().into())],
    );
    ctx.well_done(
        ui,
        &WellDone {
            title: &ctx.tr("own_host-report-title"),
            line: &line,
            stars: WellDone::stars(well, report.hard.len()),
        },
    );
    let figures = [
        (
            Pictogram::Chat,
            "own_host-report-messages",
            u64::from(report.messages_a_day),
        ),
        (
            Pictogram::Document,
            "own_host-report-pads",
            u64::from(report.pads),
        ),
        (
            Pictogram::People,
            "own_host-report-people",
            u64::from(report.people),
        ),
        (
            Pictogram::School,
            "own_host-report-members",
            report.members.max(0) as u64,
        ),
        (
            Pictogram::Computer,
            "own_host-report-services",
            report.services as u64,
        ),
    ];
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap * 0.5);
        for (pictogram, key, number) in figures {
            card_frame(ui).inner_margin(s.gap * 0.6).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(Vec2::splat(34.0), egui::Sense::hover());
                    pictogram.paint(ui.painter(), rect.center(), 30.0, p.primary);
                    ui.vertical(|ui| {
                        ui.label(RichText::new(number.to_string()).font(bold(s.font_heading)));
                        ui.label(RichText::new(ctx.tr(key)).font(regular(s.font_small)));
                    });
                });
            });
        }
    });
    ui.add_space(s.gap * 0.5);
    note_card_ui(
        ui,
        Pictogram::School,
        p.primary,
        data.fact("article", ctx.lang, ctx.age),
    );
    ui.add_space(s.gap * 0.5);
    ui.label(RichText::new(ctx.tr("own_host-hard-title")).font(bold(s.font_heading)));
    for (hard, good) in report.hard {
        let id = match hard {
            Hard::Skills => "skills",
            Hard::SayingNo => "no",
            Hard::Convincing => "convincing",
        };
        let verdict = if good { "good" } else { "hard" };
        let text = ctx.tr(&format!("own_host-hard-{id}-{verdict}"));
        ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(34.0), egui::Sense::hover());
            let (icon, color) = if good {
                (Pictogram::Check, p.success)
            } else {
                (Pictogram::Idea, p.accent)
            };
            icon.paint(ui.painter(), rect.center(), 28.0, color);
            ui.add(egui::Label::new(RichText::new(text).font(regular(s.font_body))).wrap());
        });
    }
    ui.add_space(s.gap * 0.5);
    note_card_ui(
        ui,
        Pictogram::Network,
        p.primary,
        data.fact("collective", ctx.lang, ctx.age),
    );
    ui.add_space(s.gap * 0.5);
    let lesson = ctx.tr("own_host-lesson");
    ui.label(RichText::new(lesson).font(bold(s.font_body)));
    ui.add_space(s.gap * 0.5);
    next_ui(ui, ctx);
}
