//! The results: who can still talk to whom after each event.

use eframe::egui::{self, Align, Layout, RichText, Sense, Ui, Vec2};

use super::super::content::FederationData;
use super::super::logic::Game;
use crate::activity::ActivityCtx;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::{card_frame, pictogram_heading};

/// The giant against the visitor's network, and what exists for real.
pub(super) fn results_ui(ui: &mut Ui, data: &FederationData, game: &Game, ctx: &ActivityCtx<'_>) {
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
