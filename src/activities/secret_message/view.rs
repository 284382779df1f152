//! The screens of "Secret message": the cipher wheel, the nosy postman, the padlock box, end to
//! end or not, and the end.

use std::f32::consts::TAU;

use eframe::egui::{
    self, Align, Align2, Color32, CornerRadius, Layout, Pos2, Rect, Response, RichText, Role,
    Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::content::SecretData;
use super::logic::{
    self, Game, Level, PadlockStep, Person, Refusal, Route, Target, Thing, Visit, WheelStep,
};
use crate::activity::{ActivityCtx, ActivityId, Command};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::{
    BigButton, bar_frame, card_frame, focus_ring, icon_button, pictogram_heading,
};
use crate::ui::{Pictogram, seals};

/// The map of the web, where journeys show the same idea on the real Internet.
const WEB_MAP: ActivityId = crate::activity::ids::WEB_MAP;

/// Draws the game.
pub fn secret_message_ui(
    ui: &mut Ui,
    data: &SecretData,
    visit: &mut Visit,
    ctx: &mut ActivityCtx<'_>,
) {
    let game = visit.game.get_or_insert_with(|| Game::new(ctx.age));
    if game.is_over() {
        ctx.complete_once(&mut visit.finished);
    }
    bottom_bar_ui(ui, data, visit, ctx);
    let s = theme(ui.ctx()).sizes.clone();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.75))
        .show(ui, |ui| {
            let Some(game) = visit.game.as_mut() else {
                return;
            };
            match game.current() {
                Some(Level::Wheel) => wheel_level_ui(ui, data, game, ctx),
                Some(Level::Padlock) => padlock_level_ui(ui, data, visit, ctx),
                Some(Level::EndToEnd) => end_to_end_ui(ui, data, visit, ctx),
                None => end_ui(ui, data, game, ctx),
            }
        });
}

/// A title with its pictogram, and a line under it.
fn heading_ui(ui: &mut Ui, pictogram: Pictogram, title: &str, body: &str) {
    let (p, s) = tokens(ui.ctx());
    pictogram_heading(ui, pictogram, p.accent, title);
    ui.add(egui::Label::new(RichText::new(body).font(regular(s.font_body))).wrap());
    ui.add_space(s.gap * 0.5);
}

// ---- the bottom bar ----

/// The button that moves on, whatever the level.
fn bottom_bar_ui(ui: &mut Ui, data: &SecretData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let mut again = false;
    egui::Panel::bottom("secret_message-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if game.is_over() {
                    if ctx.can_open(WEB_MAP)
                        && ctx.age != AgeBand::Young
                        && ui
                            .add(
                                BigButton::new(&ctx.tr("secret_message-see-map"))
                                    .pictogram(Pictogram::Map),
                            )
                            .clicked()
                    {
                        ctx.send(Command::OpenActivity {
                            id: WEB_MAP,
                            handoff: None,
                        });
                    }
                    again = ui
                        .add(
                            BigButton::new(&ctx.tr("secret_message-again"))
                                .pictogram(Pictogram::Restart),
                        )
                        .clicked();
                    return;
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    wheel_buttons_ui(ui, data, game, ctx);
                    if game.level_done() {
                        let next = logic::levels(game.age).get(game.level + 1);
                        let label = ctx.tr(match next {
                            Some(Level::EndToEnd) => "secret_message-next-e2e",
                            Some(_) => "secret_message-next-level",
                            None => "secret_message-finish",
                        });
                        if ctx.tapped(
                            &ui.add(BigButton::new(&label).pictogram(Pictogram::Next).primary()),
                        ) {
                            game.next_level();
                            visit.holding = None;
                            visit.refusal = None;
                            visit.answer = None;
                        }
                    }
                });
            });
        });
    if again {
        ctx.play(Sound::Tap);
        *visit = Visit {
            game: Some(Game::new(ctx.age)),
            ..Visit::default()
        };
    }
}

/// The wheel level's own buttons: send the coded word, then become the postman.
fn wheel_buttons_ui(ui: &mut Ui, data: &SecretData, game: &mut Game, ctx: &mut ActivityCtx<'_>) {
    if game.current() != Some(Level::Wheel) {
        return;
    }
    match game.wheel.step {
        WheelStep::Encode { .. } => {
            let sent = ui
                .add_enabled(
                    game.wheel.wheel.key != 0,
                    BigButton::new(&ctx.tr("secret_message-send"))
                        .pictogram(Pictogram::Mail)
                        .primary(),
                )
                .clicked();
            if sent && game.wheel.send() {
                ctx.play(Sound::Tap);
            }
        }
        WheelStep::Postman { word, .. } => {
            let swap = ui
                .add(
                    BigButton::new(&ctx.tr("secret_message-be-postman"))
                        .pictogram(Pictogram::Switch)
                        .primary(),
                )
                .clicked();
            if swap {
                // Another word (the content has at least four), coded with a key the visitor
                // does not know.
                let others: Vec<usize> = (0..data.words.len()).filter(|&w| w != word).collect();
                let secret = others[ctx.rng.usize(0..others.len())];
                let (low, high) = logic::crack_keys(ctx.age);
                let key = ctx.rng.i32(low..=high);
                game.wheel.become_postman(secret, key);
                ctx.play(Sound::Tap);
            }
        }
        _ => {}
    }
}

// ---- level 1: the wheel ----

fn wheel_level_ui(ui: &mut Ui, data: &SecretData, game: &mut Game, ctx: &mut ActivityCtx<'_>) {
    let step = game.wheel.step;
    let word_text = |word: usize| data.words[word].text.get(ctx.lang).to_owned();
    match step {
        WheelStep::Choose => {
            heading_ui(
                ui,
                Pictogram::Chat,
                &ctx.tr("secret_message-choose-title"),
                &ctx.tr("secret_message-choose-hint"),
            );
            choose_ui(ui, data, game, ctx);
        }
        WheelStep::Encode { word } => {
            heading_ui(
                ui,
                Pictogram::Lock,
                &ctx.tr("secret_message-encode-title"),
                &ctx.tr("secret_message-encode-hint"),
            );
            let plain = word_text(word);
            let coded = game.wheel.wheel.encode(&plain);
            let picture = Some(data.words[word].pictogram);
            wheel_and_rows_ui(
                ui,
                game,
                &[
                    (ctx.tr("secret_message-your-word"), plain),
                    (ctx.tr("secret_message-coded"), coded),
                ],
                picture,
                ctx,
            );
        }
        WheelStep::Postman { word, key } => {
            heading_ui(
                ui,
                Pictogram::Question,
                &ctx.tr("secret_message-postman-title"),
                &ctx.tr("secret_message-postman-hint"),
            );
            let coded = logic::caesar(&word_text(word), key);
            postman_ui(ui, &coded, ctx);
        }
        WheelStep::Crack { word, key } => {
            heading_ui(
                ui,
                Pictogram::Search,
                &ctx.tr("secret_message-crack-title"),
                &ctx.tr("secret_message-crack-hint"),
            );
            let coded = logic::caesar(&word_text(word), key);
            let attempt = game.wheel.wheel.decode(&coded);
            // No picture here: it would give the answer away.
            wheel_and_rows_ui(
                ui,
                game,
                &[
                    (ctx.tr("secret_message-intercepted"), coded),
                    (ctx.tr("secret_message-attempt"), attempt),
                ],
                None,
                ctx,
            );
        }
        WheelStep::Cracked { word, turns } => {
            let title = ctx.tr_args("secret_message-cracked-title", &[("tries", turns.into())]);
            heading_ui(
                ui,
                Pictogram::Party,
                &title,
                data.lesson("caesar", ctx.lang, ctx.age),
            );
            let theme = theme(ui.ctx());
            let (rect, _) =
                ui.allocate_exact_size(Vec2::new(ui.available_width(), 200.0), Sense::hover());
            data.words[word].pictogram.paint(
                ui.painter(),
                rect.center() - Vec2::new(0.0, 30.0),
                110.0,
                theme.palette.primary,
            );
            ui.painter().text(
                rect.center() + Vec2::new(0.0, 60.0),
                Align2::CENTER_CENTER,
                word_text(word),
                bold(theme.sizes.font_title),
                theme.palette.text,
            );
        }
    }
}

/// The words to choose from, each with its picture.
fn choose_ui(ui: &mut Ui, data: &SecretData, game: &mut Game, ctx: &mut ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(s.gap);
        for (index, word) in data.words.iter().enumerate() {
            let text = word.text.get(ctx.lang);
            let (rect, response) = ui.allocate_exact_size(Vec2::new(200.0, 150.0), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, text));
            let draw = crate::ui::widgets::pressed(&response, rect);
            ui.painter().rect(
                draw,
                CornerRadius::same(s.corner),
                p.pastel(index),
                Stroke::new(s.outline_width, p.outline),
                StrokeKind::Inside,
            );
            word.pictogram.paint(
                ui.painter(),
                draw.center() - Vec2::new(0.0, 22.0),
                64.0,
                p.text,
            );
            ui.painter().text(
                draw.center() + Vec2::new(0.0, 42.0),
                Align2::CENTER_CENTER,
                text,
                bold(s.font_button),
                p.text,
            );
            focus_ring(ui, &response, rect);
            if ctx.tapped(&response) {
                game.wheel.choose(index);
            }
        }
    });
}

/// The wheel with its turn buttons (left), and rows of big letters (right).
fn wheel_and_rows_ui(
    ui: &mut Ui,
    game: &mut Game,
    rows: &[(String, String)],
    picture: Option<Pictogram>,
    ctx: &mut ActivityCtx<'_>,
) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let area = ui.available_rect_before_wrap();
    // The turn buttons on either side of the wheel: the wheel takes the whole height.
    let beside = s.touch_target + s.gap;
    let size = area
        .height()
        .min(area.width() * 0.5 - 2.0 * beside)
        .max(160.0);
    let wheel_rect = Rect::from_min_size(area.min + Vec2::new(beside, 0.0), Vec2::splat(size));
    paint_wheel(ui, theme, wheel_rect, game.wheel.wheel.key);
    for (pictogram, key, by, x) in [
        (Pictogram::Back, "secret_message-turn-back", -1, area.left()),
        (
            Pictogram::Next,
            "secret_message-turn-on",
            1,
            wheel_rect.right() + s.gap,
        ),
    ] {
        let button = Rect::from_min_size(
            Pos2::new(x, wheel_rect.center().y - s.touch_target / 2.0),
            Vec2::splat(s.touch_target),
        );
        let mut cell = ui.new_child(egui::UiBuilder::new().max_rect(button));
        if icon_button(&mut cell, pictogram, &ctx.tr(key), true).clicked() {
            if game.wheel.turn(by) {
                ctx.play(Sound::Success);
            } else {
                ctx.play(Sound::Tap);
            }
        }
    }
    let wheel_rect = wheel_rect.with_max_x(wheel_rect.right() + beside);
    let right = Rect::from_min_max(
        Pos2::new(wheel_rect.right() + s.gap * 2.0, area.top()),
        area.max,
    );
    if let Some(picture) = picture {
        // The word's picture, for those who do not read yet.
        let at = Pos2::new(right.right() - 90.0, right.top() + 80.0);
        picture.paint(ui.painter(), at, 110.0, theme.palette.primary);
    }
    ui.scope_builder(egui::UiBuilder::new().max_rect(right), |ui| {
        for (caption, letters) in rows {
            ui.label(
                RichText::new(caption)
                    .font(regular(s.font_small))
                    .color(theme.palette.text_muted),
            );
            letters_ui(ui, theme, letters);
            ui.add_space(s.gap);
        }
        ui.label(
            RichText::new(ctx.tr_args(
                "secret_message-key",
                &[("number", game.wheel.wheel.key.into())],
            ))
            .font(bold(s.font_body)),
        );
    });
}

/// A word as a row of letter tiles.
fn letters_ui(ui: &mut Ui, theme: &Theme, letters: &str) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let tile = 52.0;
    let count = letters.chars().count() as f32;
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(count * (tile + 6.0), tile), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, letters));
    for (i, letter) in letters.chars().enumerate() {
        let cell = Rect::from_min_size(
            rect.min + Vec2::new(i as f32 * (tile + 6.0), 0.0),
            Vec2::splat(tile),
        );
        ui.painter().rect(
            cell,
            CornerRadius::same(8),
            p.surface,
            Stroke::new(s.outline_width, p.outline),
            StrokeKind::Inside,
        );
        ui.painter().text(
            cell.center(),
            Align2::CENTER_CENTER,
            letter,
            bold(s.font_title * 0.8),
            p.text,
        );
    }
}

/// The cipher wheel: plain letters outside, their coded letters on the inner ring, turned by
/// `key`. The letter A and its partner are marked.
fn paint_wheel(ui: &Ui, theme: &Theme, rect: Rect, key: i32) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let painter = ui.painter();
    let center = rect.center();
    let outer = rect.width() / 2.0 - 4.0;
    let inner = outer * 0.7;
    painter.circle(
        center,
        outer,
        p.pastels[0],
        Stroke::new(s.outline_width, p.outline),
    );
    painter.circle(
        center,
        inner,
        p.pastels[3],
        Stroke::new(s.outline_width, p.outline),
    );
    painter.circle(
        center,
        outer * 0.38,
        p.surface,
        Stroke::new(s.outline_width, p.outline),
    );
    let font = bold((outer * 0.13).clamp(12.0, 26.0));
    // The inner ring is shorter: its letters are smaller, so that they never touch.
    let inner_font = bold((outer * 0.1).clamp(12.0, 22.0));
    for index in 0..logic::LETTERS {
        let angle = TAU * f32::from(index) / f32::from(logic::LETTERS) - TAU / 4.0;
        let dir = Vec2::angled(angle);
        let plain = char::from(b'A' + index);
        let coded = logic::caesar(&plain.to_string(), key);
        let ink = if index == 0 { p.accent } else { p.text };
        painter.text(
            center + dir * (outer + inner) / 2.0,
            Align2::CENTER_CENTER,
            plain,
            font.clone(),
            ink,
        );
        painter.text(
            center + dir * (inner + outer * 0.38) / 2.0,
            Align2::CENTER_CENTER,
            coded,
            inner_font.clone(),
            ink,
        );
        painter.line_segment(
            [center + dir * outer * 0.38, center + dir * inner],
            Stroke::new(0.5, p.outline.gamma_multiply(0.4)),
        );
    }
    painter.text(
        center,
        Align2::CENTER_CENTER,
        key.to_string(),
        bold(s.font_title),
        p.primary,
    );
}

/// The nosy postman, puzzled by the coded word on the envelope.
fn postman_ui(ui: &mut Ui, coded: &str, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 320.0), Sense::hover());
    let at = rect.left_center() + Vec2::new(140.0, -10.0);
    paint_character(ui.painter(), p, at, 140.0, p.layer_services, true);
    let letter = Rect::from_min_size(at + Vec2::new(130.0, 0.0), Vec2::new(380.0, 130.0));
    ui.painter().rect(
        letter,
        CornerRadius::same(8),
        p.surface,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    ui.painter().text(
        letter.center(),
        Align2::CENTER_CENTER,
        coded,
        bold(s.font_title),
        p.text,
    );
    let bubble = Rect::from_min_size(
        letter.right_top() + Vec2::new(30.0, -110.0),
        Vec2::new(320.0, 100.0),
    );
    ui.painter().rect(
        bubble,
        CornerRadius::same(20),
        p.pastels[2],
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    let galley = ui.painter().layout(
        ctx.tr_args("secret_message-postman-says", &[("name", coded.into())]),
        regular(s.font_body),
        p.text,
        bubble.width() - 24.0,
    );
    ui.painter()
        .galley(bubble.center() - galley.size() / 2.0, galley, p.text);
}

/// A character: head, body, and for the postman a cap.
fn paint_character(
    painter: &egui::Painter,
    p: &Palette,
    at: Pos2,
    size: f32,
    color: Color32,
    cap: bool,
) {
    let ink = Stroke::new(2.5, p.text);
    let body = Rect::from_center_size(
        at + Vec2::new(0.0, size * 0.55),
        Vec2::new(size * 0.9, size * 0.8),
    );
    painter.rect(body, CornerRadius::same(20), color, ink, StrokeKind::Middle);
    let head = at - Vec2::new(0.0, size * 0.2);
    painter.circle(head, size * 0.32, p.pastels[3], ink);
    for side in [-1.0, 1.0] {
        painter.circle_filled(
            head + Vec2::new(side * size * 0.11, -size * 0.03),
            size * 0.04,
            p.text,
        );
    }
    if cap {
        let brim = Rect::from_center_size(
            head - Vec2::new(0.0, size * 0.26),
            Vec2::new(size * 0.7, size * 0.14),
        );
        painter.rect_filled(brim, CornerRadius::same(4), p.layer_physical);
    }
}

// ---- level 2: the padlock box ----

/// Where Alice, the postman and Bob stand, and where their things are.
struct Stage {
    people: [(Person, Rect); 3],
    things: Vec<(Thing, Pos2)>,
    box_rect: Rect,
}

/// The size of a padlock, key or box, as a thing to drag.
const THING_SIZE: Vec2 = Vec2::new(110.0, 80.0);

impl Stage {
    fn new(area: Rect, step: PadlockStep) -> Self {
        let slot = |i: f32| {
            Rect::from_center_size(
                Pos2::new(
                    area.left() + area.width() * (0.17 + 0.33 * i),
                    area.center().y,
                ),
                Vec2::new(area.width() * 0.28, area.height() * 0.9),
            )
        };
        let people = [
            (Person::Alice, slot(0.0)),
            (Person::Postman, slot(1.0)),
            (Person::Bob, slot(2.0)),
        ];
        let hand = |i: usize, dx: f32| people[i].1.center() + Vec2::new(dx, area.height() * 0.2);
        let (alice, bob) = (0, 2);
        let box_at = if matches!(step, PadlockStep::OpenBox | PadlockStep::Done) {
            hand(alice, 70.0)
        } else {
            hand(bob, 70.0)
        };
        let mut things = Vec::new();
        match step {
            PadlockStep::SendPadlock => things.push((Thing::Padlock, hand(alice, -70.0))),
            PadlockStep::LockBox => things.push((Thing::Padlock, hand(bob, -90.0))),
            _ => {}
        }
        // The key stays in Alice's other hand, beside her padlock; once the box comes back, it
        // is in the hand the padlock left.
        match step {
            PadlockStep::Done => {}
            PadlockStep::OpenBox => things.push((Thing::Key, hand(alice, -70.0))),
            _ => things.push((Thing::Key, hand(alice, 70.0))),
        }
        things.push((Thing::Box, box_at));
        // What a person holds stays within them: in front of them, not half over the road.
        for (_, at) in &mut things {
            if let Some((_, holder)) = people.iter().find(|(_, rect)| rect.contains(*at)) {
                let room = holder.shrink2(THING_SIZE / 2.0);
                *at = at.clamp(room.min, room.max);
            }
        }
        Self {
            people,
            things,
            box_rect: Rect::from_center_size(box_at, Vec2::new(130.0, 100.0)),
        }
    }

    /// What is under `at`: the box first (it is in front of a person), then a person.
    fn target_at(&self, at: Pos2) -> Option<Target> {
        if self.box_rect.contains(at) {
            return Some(Target::OnBox);
        }
        self.people
            .iter()
            .find(|(_, rect)| rect.contains(at))
            .map(|&(person, _)| Target::To(person))
    }
}

fn padlock_level_ui(ui: &mut Ui, data: &SecretData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let step = game.padlock.step;
    let hint = match (step, visit.refusal) {
        (PadlockStep::Done, _) => data.lesson("padlock", ctx.lang, ctx.age).to_owned(),
        (_, Some(refusal)) => refusal_text(refusal, ctx),
        _ => step_text(step, ctx),
    };
    heading_ui(
        ui,
        Pictogram::Lock,
        &ctx.tr("secret_message-padlock-title"),
        &hint,
    );
    let theme = theme(ui.ctx());
    let area = ui.available_rect_before_wrap();
    let stage = Stage::new(area, step);
    let road_y = stage.people[0].1.center().y + 70.0;
    ui.painter().line_segment(
        [
            Pos2::new(stage.people[0].1.center().x, road_y),
            Pos2::new(stage.people[2].1.center().x, road_y),
        ],
        Stroke::new(6.0, theme.palette.disabled),
    );
    let mut target_tapped = people_ui(ui, theme, &stage, ctx);
    if step == PadlockStep::Done {
        // Alice reads Bob's letter; the postman never could.
        let alice = stage.people[0].1;
        let text = ui.painter().layout_no_wrap(
            ctx.tr("secret_message-bob-letter"),
            bold(theme.sizes.font_small),
            theme.palette.text,
        );
        let bubble = Rect::from_min_size(
            Pos2::new(alice.center().x + 50.0, alice.top() + 56.0),
            text.size() + Vec2::new(28.0, 20.0),
        );
        ui.painter().rect(
            bubble,
            CornerRadius::same(16),
            theme.palette.pastels[1],
            Stroke::new(theme.sizes.outline_width, theme.palette.outline),
            StrokeKind::Inside,
        );
        ui.painter()
            .galley(bubble.min + Vec2::new(14.0, 10.0), text, theme.palette.text);
    }
    let mut dropped = None;
    for &(thing, at) in &stage.things {
        let response = thing_ui(
            ui,
            theme,
            thing,
            at,
            step,
            visit.holding == Some(thing),
            ctx,
        );
        if response.clicked() {
            if thing == Thing::Box && visit.holding.is_some() {
                target_tapped = Some(Target::OnBox);
            } else {
                visit.holding = if visit.holding == Some(thing) {
                    None
                } else {
                    Some(thing)
                };
                ctx.play(Sound::Tap);
            }
        }
        if response.drag_stopped()
            && let Some(at) = response.interact_pointer_pos()
            && let Some(target) = stage.target_at(at)
        {
            dropped = Some((thing, target));
        }
    }
    let action = dropped.or_else(|| visit.holding.zip(target_tapped));
    if let Some((thing, target)) = action {
        visit.holding = None;
        match game.padlock.play(thing, target) {
            Ok(()) => {
                visit.refusal = None;
                let sound = if game.padlock.step == PadlockStep::Done {
                    Sound::Success
                } else {
                    Sound::Tap
                };
                ctx.play(sound);
            }
            Err(refusal) => {
                visit.refusal = Some(refusal);
                ctx.play(Sound::TryAgain);
            }
        }
    }
}

/// Alice, the postman and Bob, each a button to give things to. Returns who was tapped.
fn people_ui(ui: &mut Ui, theme: &Theme, stage: &Stage, ctx: &ActivityCtx<'_>) -> Option<Target> {
    let mut tapped = None;
    for &(person, rect) in &stage.people {
        let name = person_name(person, ctx);
        let response = ui.interact(
            rect,
            ui.scope_id().with(("person", name.as_str())),
            Sense::click(),
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
        let color = match person {
            Person::Alice => theme.palette.pastels[1],
            Person::Postman => theme.palette.layer_services,
            Person::Bob => theme.palette.pastels[4],
        };
        let at = rect.center() - Vec2::new(0.0, rect.height() * 0.18);
        paint_character(
            ui.painter(),
            &theme.palette,
            at,
            120.0,
            color,
            person == Person::Postman,
        );
        ui.painter().text(
            rect.center_top() + Vec2::new(0.0, 8.0),
            Align2::CENTER_TOP,
            &name,
            bold(theme.sizes.font_body),
            theme.palette.text,
        );
        if response.clicked() {
            tapped = Some(Target::To(person));
        }
    }
    tapped
}

fn person_name(person: Person, ctx: &ActivityCtx<'_>) -> String {
    ctx.tr(match person {
        Person::Alice => "secret_message-alice",
        Person::Postman => "secret_message-postman",
        Person::Bob => "secret_message-bob",
    })
}

fn step_text(step: PadlockStep, ctx: &ActivityCtx<'_>) -> String {
    ctx.tr(match step {
        PadlockStep::SendPadlock => "secret_message-step-send-padlock",
        PadlockStep::LockBox => "secret_message-step-lock-box",
        PadlockStep::SendBox => "secret_message-step-send-box",
        PadlockStep::OpenBox | PadlockStep::Done => "secret_message-step-open-box",
    })
}

fn refusal_text(refusal: Refusal, ctx: &ActivityCtx<'_>) -> String {
    ctx.tr(match refusal {
        Refusal::KeyStaysWithAlice => "secret_message-refusal-key",
        Refusal::BoxIsOpen => "secret_message-refusal-open-box",
        Refusal::PostmanHasNoKey => "secret_message-refusal-postman",
        Refusal::NotNow => "secret_message-refusal-not-now",
    })
}

/// A padlock, key or box that can be dragged (or tapped, then its target tapped).
fn thing_ui(
    ui: &mut Ui,
    theme: &Theme,
    thing: Thing,
    at: Pos2,
    step: PadlockStep,
    held: bool,
    ctx: &ActivityCtx<'_>,
) -> Response {
    let (p, s) = (&theme.palette, &theme.sizes);
    let label = ctx.tr(match thing {
        Thing::Padlock => "secret_message-padlock",
        Thing::Key => "secret_message-key-thing",
        Thing::Box => "secret_message-box",
    });
    let rect = Rect::from_center_size(at, THING_SIZE);
    let response = ui.interact(
        rect,
        ui.scope_id().with(("thing", label.as_str())),
        Sense::click_and_drag(),
    );
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, held, &label));
    let drawn_at = if response.dragged() {
        ui.ctx().pointer_interact_pos().unwrap_or(at)
    } else {
        at
    };
    let painter = if response.dragged() {
        ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            ui.scope_id().with("dragged"),
        ))
    } else {
        ui.painter().clone()
    };
    if held {
        painter.rect_stroke(
            rect,
            CornerRadius::same(12),
            Stroke::new(s.selected_width, p.selected),
            StrokeKind::Outside,
        );
    }
    match thing {
        Thing::Padlock => seals::padlock(&painter, p, drawn_at, 44.0, true),
        Thing::Key => seals::key(&painter, p, drawn_at),
        Thing::Box => seals::treasure_box(
            &painter,
            p,
            drawn_at,
            matches!(
                step,
                PadlockStep::SendPadlock | PadlockStep::LockBox | PadlockStep::Done
            ),
        ),
    }
    focus_ring(ui, &response, rect);
    response
}

// ---- level 3: end to end or not ----

fn end_to_end_ui(ui: &mut Ui, data: &SecretData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let level = game.end_to_end;
    let asking = [Route::ServerKeepsKey, Route::EndToEnd]
        .into_iter()
        .find(|&route| !level.found[route as usize]);
    let body = match (asking, visit.answer) {
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
                            visit.answer = Some((route, right));
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
fn paint_route(ui: &Ui, theme: &Theme, rect: Rect, route: Route, answered: bool) {
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

// ---- the end ----

fn end_ui(ui: &mut Ui, data: &SecretData, game: &Game, ctx: &ActivityCtx<'_>) {
    scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
        end_content_ui(ui, data, game, ctx);
    });
}

fn end_content_ui(ui: &mut Ui, data: &SecretData, game: &Game, ctx: &ActivityCtx<'_>) {
    let (_, s) = tokens(ui.ctx());
    heading_ui(
        ui,
        Pictogram::Party,
        &ctx.tr("secret_message-end-title"),
        &ctx.tr("secret_message-end-body"),
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
