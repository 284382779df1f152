//! Level 3, end to end or not: does the server in the middle hold the key?

use eframe::egui::{Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2};

use super::super::content::SecretData;
use super::super::logic::{Game, Route};
use super::heading_ui;
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::fonts::bold;
use crate::ui::tokens::{Theme, theme};
use crate::ui::widgets::{BigButton, card_frame};
use crate::ui::{Pictogram, seals};

/// End to end or not; `answer` is the last answer given: its route and whether it was right.
pub(super) fn end_to_end_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &mut Game,
    answer: &mut Option<(Route, bool)>,
    ctx: &mut ActivityCtx<'_>,
) {
    let level = game.end_to_end;
    let asking = [Route::ServerKeepsKey, Route::EndToEnd]
        .into_iter()
        .find(|&route| !level.found[route as usize]);
    let body = match (asking, *answer) {
        (None, _) => format!(
            "{} {}",
            data.lesson("end_to_end", ctx.lang, ctx.age),
            data.lesson("email", ctx.lang, ctx.age)
        ),
        (Some(_), Some((_, false))) => ctx.tr("secret_message-e2e-wrong"),
        (Some(_), Some((_, true))) => format!(
            "{} {}",
            ctx.tr("secret_message-e2e-right"),
            ctx.tr("secret_message-e2e-question")
        ),
        (Some(_), None) => ctx.tr("secret_message-e2e-question"),
    };
    heading_ui(
        ui,
        ctx,
        Pictogram::Chat,
        &ctx.tr("secret_message-e2e-title"),
        &body,
    );
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    // Both routes and the question's buttons fit under the text: the drawings give way.
    let per_card = s.font_body * 1.6 + s.gap * 2.5;
    let buttons = if asking.is_some() {
        s.touch_target + s.gap
    } else {
        0.0
    };
    let drawing = ((ui.available_height() - 2.0 * per_card - buttons) / 2.0).clamp(60.0, 100.0);
    for route in [Route::ServerKeepsKey, Route::EndToEnd] {
        let current = asking == Some(route);
        let frame = card_frame(ui).inner_margin(s.gap * 0.75);
        let frame = if current {
            frame.stroke(Stroke::new(s.selected_width, theme.palette.selected))
        } else {
            frame
        };
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = ctx.tr(match route {
                Route::ServerKeepsKey => "secret_message-route-server",
                Route::EndToEnd => "secret_message-route-e2e",
            });
            ui.label(RichText::new(title).font(bold(s.font_body)));
            let (rect, _) =
                ui.allocate_exact_size(Vec2::new(ui.available_width(), drawing), Sense::hover());
            paint_route(ui, theme, rect, route, level.found[route as usize]);
            if current {
                ui.horizontal(|ui| {
                    for (key, says) in [
                        ("secret_message-e2e-yes", true),
                        ("secret_message-e2e-no", false),
                    ] {
                        if ui.add(BigButton::new(&ctx.tr(key))).clicked() {
                            let right = game.end_to_end.answer(route, says);
                            *answer = Some((route, right));
                            let sound = if right {
                                Sound::Success
                            } else {
                                Sound::TryAgain
                            };
                            ctx.play(sound);
                        }
                    }
                });
            }
        });
        ui.add_space(s.gap * 0.5);
    }
}

/// Phone, server, phone; the server holds an open letter (it has the key) or a locked box.
pub(super) fn paint_route(ui: &Ui, theme: &Theme, rect: Rect, route: Route, answered: bool) {
    let p = &theme.palette;
    let painter = ui.painter();
    let points =
        [0.1, 0.5, 0.9].map(|x| Pos2::new(rect.left() + rect.width() * x, rect.center().y));
    painter.line_segment([points[0], points[2]], Stroke::new(4.0, p.layer_services));
    for (i, &at) in points.iter().enumerate() {
        let pictogram = if i == 1 {
            Pictogram::Building
        } else {
            Pictogram::Phone
        };
        let radius = (rect.height() * 0.4).min(36.0);
        painter.circle(at, radius, p.surface, Stroke::new(2.0, p.outline));
        pictogram.paint(painter, at, radius * 1.1, p.text);
    }
    let over = points[1] + Vec2::new(80.0, -10.0);
    match route {
        Route::ServerKeepsKey => {
            Pictogram::Mail.paint(painter, over, 40.0, p.accent);
            if answered {
                seals::key(painter, p, over + Vec2::new(110.0, 0.0));
            }
        }
        Route::EndToEnd => seals::padlock(painter, p, over, 26.0, false),
    }
}
