//! The end screen: what each level taught.

use eframe::egui::{self, RichText, Ui};

use super::super::content::SecretData;
use super::super::logic::{self, Game, Level};
use crate::activity::{ActivityCtx, WellDone};
use crate::ui::fonts::regular;
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::tokens;
use crate::ui::widgets::card_frame;

pub(super) fn end_ui(ui: &mut Ui, data: &SecretData, game: &Game, ctx: &mut ActivityCtx<'_>) {
    scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
        end_content_ui(ui, data, game, ctx);
    });
}

pub(super) fn end_content_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &Game,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    ctx.well_done(
        ui,
        &WellDone {
            title: &ctx.tr("secret_message-end-title"),
            line: &ctx.tr("secret_message-end-body"),
            stars: None,
        },
    );
    let mut lessons = vec!["caesar", "padlock"];
    if logic::levels(game.age).contains(&Level::EndToEnd) {
        lessons.extend(["end_to_end", "email"]);
    }
    for id in lessons {
        card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(
                    RichText::new(data.lesson(id, ctx.lang, ctx.age)).font(regular(s.font_body)),
                )
                .wrap(),
            );
        });
        ui.add_space(s.gap * 0.5);
    }
}
