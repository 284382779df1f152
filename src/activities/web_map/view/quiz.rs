//! The quiz after a journey: the question, its answers, and what each answer shows.

use eframe::egui::{
    self, Align, CornerRadius, Layout, Pos2, RichText, Role, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo,
};

use super::super::content::Journey;
use super::super::logic::{Outcome, Quiz};
use super::explore::overlay_ui;
use crate::activity::{ActivityCtx, Command};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::bold;
use crate::ui::tokens::tokens;
use crate::ui::widgets::BigButton;

/// What the questions asked for.
pub(super) enum QuizAction {
    Map,
    Journey,
}

/// The questions at the end of a journey, one at a time.
pub(super) fn quiz_ui(
    ui: &Ui,
    journey: &Journey,
    quiz: &mut Quiz,
    viewport: egui::Rect,
    ctx: &mut ActivityCtx<'_>,
) -> Option<QuizAction> {
    let (p, s) = tokens(ui.ctx());
    let lang = ctx.lang;
    let question = &journey.questions[quiz.question()];
    let ((), action) = overlay_ui(
        ui,
        ("quiz", viewport, 860.0),
        &mut (&mut *quiz, &mut *ctx),
        |ui, (quiz, ctx), _| {
            let (number, count) = quiz.progress();
            if count > 1 {
                ui.label(
                    RichText::new(ctx.tr_args(
                        "web_map-question-count",
                        &[("number", number.into()), ("count", count.into())],
                    ))
                    .color(p.text_muted),
                );
            }
            let prompt = question.prompt.get(lang);
            ctx.instruction(ui, prompt, RichText::new(prompt).heading());
            ui.add_space(s.gap * 0.5);
            answers_ui(ui, question, quiz, ctx);
            ui.add_space(s.gap * 0.5);
            if quiz.solved() {
                ui.horizontal(|ui| {
                    let (icon, _) = ui.allocate_exact_size(Vec2::splat(40.0), Sense::hover());
                    Pictogram::Party.paint(ui.painter(), icon.center(), 34.0, p.success);
                    ui.label(
                        RichText::new(ctx.tr("web_map-right"))
                            .font(bold(s.font_button))
                            .color(p.success),
                    );
                });
                ui.label(question.explanation.get(lang));
            } else if (0..question.answers.len()).any(|i| quiz.tried(i)) {
                ui.label(RichText::new(ctx.tr("web_map-try-again")).font(bold(s.font_button)));
            }
        },
        |ui, (quiz, ctx)| quiz_buttons_ui(ui, quiz, ctx),
    );
    if action.is_some() {
        ctx.play(Sound::Tap);
    }
    action
}

/// The answers: wide buttons, or picture tiles for 6-9. Tapping the right one on the last
/// question completes the activity.
pub(super) fn answers_ui(
    ui: &mut Ui,
    question: &super::super::content::Question,
    quiz: &mut Quiz,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    let pictures = ctx.age == AgeBand::Young;
    let layout = if pictures {
        Layout::left_to_right(Align::TOP).with_main_wrap(true)
    } else {
        Layout::top_down(Align::LEFT)
    };
    ui.with_layout(layout, |ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap * 0.75);
        for (i, answer) in question.answers.iter().enumerate() {
            let state = if quiz.solved() && answer.correct {
                AnswerState::Right
            } else if quiz.tried(i) {
                AnswerState::Wrong
            } else {
                AnswerState::Open
            };
            let size = if pictures {
                Vec2::new(220.0, 200.0)
            } else {
                Vec2::new(ui.available_width(), s.touch_target)
            };
            let enabled = !quiz.solved() && state == AnswerState::Open;
            let text = answer.text.get(ctx.lang);
            let pictogram = answer.pictogram.filter(|_| pictures);
            if answer_ui(ui, size, text, pictogram, state, enabled).clicked() {
                match quiz.choose(i, answer.correct) {
                    Outcome::Right => {
                        ctx.play(Sound::Success);
                        if quiz.is_last() {
                            ctx.send(Command::Completed);
                        }
                    }
                    Outcome::TryAgain => ctx.play(Sound::TryAgain),
                    Outcome::Ignored => {}
                }
            }
        }
    });
}

/// Back to the journey; once solved, the next question or back to the map.
pub(super) fn quiz_buttons_ui(
    ui: &mut Ui,
    quiz: &mut Quiz,
    ctx: &mut ActivityCtx<'_>,
) -> Option<QuizAction> {
    let mut action = None;
    ui.horizontal(|ui| {
        if ui
            .add(BigButton::new(&ctx.tr("web_map-back-to-journey")).pictogram(Pictogram::Back))
            .clicked()
        {
            action = Some(QuizAction::Journey);
        }
        if !quiz.solved() {
            return;
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if quiz.is_last() {
                let map = ctx.tr("web_map-back-to-map");
                if ui
                    .add(BigButton::new(&map).pictogram(Pictogram::Map).primary())
                    .clicked()
                {
                    action = Some(QuizAction::Map);
                }
            } else {
                let next = ctx.tr("web_map-next-question");
                if ctx.tapped(&ui.add(BigButton::new(&next).pictogram(Pictogram::Next).primary())) {
                    quiz.next_question();
                }
            }
        });
    });
    action
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AnswerState {
    Open,
    Wrong,
    Right,
}

/// One answer: a wide button, or a picture tile for 6-9. A wrong answer greys out (no penalty:
/// try another one); the right one turns green with a check mark.
pub(super) fn answer_ui(
    ui: &mut Ui,
    size: Vec2,
    text: &str,
    pictogram: Option<Pictogram>,
    state: AnswerState,
    enabled: bool,
) -> egui::Response {
    let (p, s) = tokens(ui.ctx());
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let font = bold(s.font_body);
    let wrap = size.x - 2.0 * s.gap - if pictogram.is_some() { 0.0 } else { 40.0 };
    let (fill, ink, stroke) = match state {
        AnswerState::Open => (p.surface, p.text, Stroke::new(s.outline_width, p.outline)),
        AnswerState::Wrong => (p.disabled, p.on_disabled, Stroke::NONE),
        AnswerState::Right => (
            p.success,
            p.on_success,
            Stroke::new(s.selected_width, p.text),
        ),
    };
    let galley = ui.painter().layout(text.to_owned(), font, ink, wrap);
    let height = size.y.max(galley.size().y + s.gap);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(size.x, height), sense);
    response.widget_info(|| {
        WidgetInfo::selected(Role::Button, enabled, state == AnswerState::Right, text)
    });
    if ui.is_rect_visible(rect) {
        let draw = crate::ui::widgets::pressed(&response, rect);
        ui.painter().rect(
            draw,
            CornerRadius::same(s.corner),
            fill,
            stroke,
            StrokeKind::Inside,
        );
        let mark = match state {
            AnswerState::Open => None,
            AnswerState::Wrong => Some(Pictogram::Close),
            AnswerState::Right => Some(Pictogram::Check),
        };
        if let Some(pictogram) = pictogram {
            pictogram.paint(
                ui.painter(),
                Pos2::new(draw.center().x, draw.top() + draw.height() * 0.38),
                draw.height() * 0.4,
                ink,
            );
            ui.painter().galley(
                Pos2::new(
                    draw.center().x - galley.size().x / 2.0,
                    draw.bottom() - s.gap * 0.5 - galley.size().y,
                ),
                galley,
                ink,
            );
            if let Some(mark) = mark {
                mark.paint(
                    ui.painter(),
                    draw.right_top() + Vec2::new(-22.0, 22.0),
                    26.0,
                    ink,
                );
            }
        } else {
            ui.painter().galley(
                Pos2::new(draw.left() + s.gap, draw.center().y - galley.size().y / 2.0),
                galley,
                ink,
            );
            if let Some(mark) = mark {
                mark.paint(
                    ui.painter(),
                    draw.right_center() - Vec2::new(28.0, 0.0),
                    26.0,
                    ink,
                );
            }
        }
        crate::ui::widgets::focus_ring(ui, &response, rect);
    }
    response
}
