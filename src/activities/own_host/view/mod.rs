//! The screens of "Run your own little host": the club's semesters (planning, then the
//! semester's event), the report card, and the little server's days for 6-9.

use eframe::egui::{self, Color32, RichText, Ui, Vec2};

use super::content::HostData;
use super::logic::{Club, ClubPhase, Days, Game, Visit};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::ui::Pictogram;
use crate::ui::fonts::regular;
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{theme, tokens};
use crate::ui::widgets::card_frame;

mod days;
mod event;
mod plan;
mod report;
mod server;

/// Draws the game, dealt the first time it shows.
pub fn own_host_ui(ui: &mut Ui, data: &HostData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let game = visit.game.get_or_insert_with(|| {
        if ctx.age == AgeBand::Young {
            Game::Days(Days::new(ctx.rng))
        } else {
            Game::Club(Club::new(data, ctx.rng))
        }
    });
    let over = match game {
        Game::Club(club) => club.is_over(),
        Game::Days(days) => days.is_over(),
    };
    if over {
        ctx.complete_once(&mut visit.finished);
    }
    let again = match game {
        Game::Days(days) => days::days_ui(ui, data, days, ctx),
        Game::Club(club) => club_ui(ui, data, club, ctx),
    };
    if again {
        visit.game = None;
        visit.finished = false;
    }
}

/// The club's screens. Returns whether the visitor wants to play again.
fn club_ui(ui: &mut Ui, data: &HostData, club: &mut Club, ctx: &mut ActivityCtx<'_>) -> bool {
    let margin = theme(ui.ctx()).sizes.margin;
    let frame = egui::Frame::new().inner_margin(margin * 0.75);
    match club.phase {
        ClubPhase::Planning => {
            plan::plan_bar_ui(ui, data, club, ctx);
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
                    plan::plan_ui(ui, data, club, ctx);
                });
            });
            false
        }
        ClubPhase::Event => {
            event::event_bar_ui(ui, club, ctx);
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
                    event::event_ui(ui, data, club, ctx);
                });
            });
            false
        }
        ClubPhase::Over => {
            let again = report::report_bar_ui(ui, ctx);
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
                    report::report_ui(ui, data, club, ctx);
                });
            });
            again
        }
    }
}

/// A card with a picture in `color` and a text beside it: what an event did, a true fact.
fn note_card_ui(ui: &mut Ui, pictogram: Pictogram, color: Color32, text: &str) {
    let (_, s) = tokens(ui.ctx());
    card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(40.0), egui::Sense::hover());
            pictogram.paint(ui.painter(), rect.center(), 34.0, color);
            let text = RichText::new(text).font(regular(s.font_body));
            ui.add(egui::Label::new(text).wrap());
        });
    });
}
