//! Level 2, the padlock: Alice, the postman and Bob pass a box, a padlock and a key, and only
//! the right order keeps the letter secret.

use eframe::egui::{
    self, Align2, CornerRadius, Pos2, Rect, Response, Role, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo,
};

use super::super::content::SecretData;
use super::super::logic::{Game, PadlockStep, Person, Refusal, Target, Thing};
use super::heading_ui;
use super::wheel::{Look, paint_character};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::fonts::bold;
use crate::ui::guide::HINT_FPS;
use crate::ui::tokens::{Theme, theme};
use crate::ui::widgets::focus_ring;
use crate::ui::{Pictogram, drag, seals};

/// Where Alice, the postman and Bob stand, and where their things are.
pub(super) struct Stage {
    pub(super) people: [(Person, Rect); 3],
    pub(super) things: Vec<(Thing, Pos2)>,
    pub(super) box_rect: Rect,
}

/// The size of a padlock, key or box, as a thing to drag.
pub(super) const THING_SIZE: Vec2 = Vec2::new(110.0, 80.0);

impl Stage {
    pub(super) fn new(area: Rect, step: PadlockStep) -> Self {
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
    pub(super) fn target_at(&self, at: Pos2) -> Option<Target> {
        if self.box_rect.contains(at) {
            return Some(Target::OnBox);
        }
        self.people
            .iter()
            .find(|(_, rect)| rect.contains(at))
            .map(|&(person, _)| Target::To(person))
    }
}

/// The padlock story; `holding` is the thing picked up (tap, then tap where it goes),
/// `refusal` what the last refused move taught.
pub(super) fn padlock_level_ui(
    ui: &mut Ui,
    data: &SecretData,
    game: &mut Game,
    (holding, refusal): (&mut Option<Thing>, &mut Option<Refusal>),
    ctx: &mut ActivityCtx<'_>,
) {
    let step = game.padlock.step;
    let hint = match (step, *refusal) {
        (PadlockStep::Done, _) => data.lesson("padlock", ctx.lang, ctx.age).to_owned(),
        (_, Some(refusal)) => refusal_text(refusal, ctx),
        _ => step_text(step, ctx),
    };
    heading_ui(
        ui,
        ctx,
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
        let (response, dropped_at) =
            thing_ui(ui, theme, thing, at, step, *holding == Some(thing), ctx);
        if response.clicked() {
            if thing == Thing::Box && holding.is_some() {
                target_tapped = Some(Target::OnBox);
            } else {
                *holding = if *holding == Some(thing) {
                    None
                } else {
                    Some(thing)
                };
                ctx.play(Sound::Tap);
            }
        }
        if let Some(at) = dropped_at
            && let Some(target) = stage.target_at(at)
        {
            dropped = Some((thing, target));
        }
    }
    // The youngest are shown what to drag where; the others after a move that did not work.
    let dragging = ui.ctx().dragged_id().is_some();
    if (ctx.age == AgeBand::Young || refusal.is_some())
        && holding.is_none()
        && !dragging
        && let Some(next) = game.padlock.next_move()
    {
        paint_move_hint(ui, theme, &stage, next, ctx.now_secs);
    }
    let action = dropped.or_else(|| holding.zip(target_tapped));
    if let Some((thing, target)) = action {
        *holding = None;
        match game.padlock.play(thing, target) {
            Ok(()) => {
                *refusal = None;
                let sound = if game.padlock.step == PadlockStep::Done {
                    Sound::Success
                } else {
                    Sound::Tap
                };
                ctx.play(sound);
            }
            Err(refused) => {
                *refusal = Some(refused);
                ctx.play(Sound::TryAgain);
            }
        }
    }
}

/// What to drag where: a glow that breathes around the thing, and a dashed arrow to where it
/// goes, breathing at [`HINT_FPS`].
fn paint_move_hint(
    ui: &Ui,
    theme: &Theme,
    stage: &Stage,
    (thing, target): (Thing, Target),
    now_secs: f64,
) {
    let Some(&(_, from)) = stage.things.iter().find(|(t, _)| *t == thing) else {
        return;
    };
    let to = match target {
        Target::OnBox => stage.box_rect.center(),
        Target::To(person) => match stage.people.iter().find(|(p, _)| *p == person) {
            Some((_, rect)) => rect.center(),
            None => return,
        },
    };
    let p = &theme.palette;
    let breath = ((now_secs * 3.0).sin() * 0.5 + 0.5) as f32;
    let painter = ui.painter();
    painter.circle_stroke(
        from,
        THING_SIZE.x * 0.55 + 6.0 * breath,
        Stroke::new(5.0, p.selected.gamma_multiply(0.5 + 0.5 * breath)),
    );
    // The arrow bends up over the road, from the edge of the glow to just short of the target.
    let lift = Vec2::new(0.0, -(from.distance(to) * 0.25).clamp(30.0, 140.0));
    let middle = from.lerp(to, 0.5) + lift;
    let points: Vec<Pos2> = (0..=24)
        .map(|i| {
            let t = 0.12 + 0.76 * i as f32 / 24.0;
            let a = from.lerp(middle, t);
            a.lerp(middle.lerp(to, t), t)
        })
        .collect();
    let stroke = Stroke::new(5.0, p.accent);
    painter.extend(egui::Shape::dashed_line(&points, stroke, 14.0, 9.0));
    if let [.., before, tip] = points.as_slice() {
        let dir = (*tip - *before).normalized();
        let side = dir.rot90();
        let head = vec![*tip + dir * 14.0, *tip - side * 11.0, *tip + side * 11.0];
        painter.add(egui::Shape::convex_polygon(head, p.accent, Stroke::NONE));
    }
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f32(1.0 / HINT_FPS));
}

/// Alice, the postman and Bob, each a button to give things to. Returns who was tapped.
pub(super) fn people_ui(
    ui: &mut Ui,
    theme: &Theme,
    stage: &Stage,
    ctx: &ActivityCtx<'_>,
) -> Option<Target> {
    let mut tapped = None;
    for &(person, rect) in &stage.people {
        let name = person_name(person, ctx);
        let response = ui.interact(
            rect,
            ui.scope_id().with(("person", name.as_str())),
            Sense::click(),
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
        let (color, look) = match person {
            Person::Alice => (theme.palette.pastels[1], Look::Alice),
            Person::Postman => (theme.palette.layer_services, Look::Postman),
            Person::Bob => (theme.palette.pastels[4], Look::Bob),
        };
        let at = rect.center() - Vec2::new(0.0, rect.height() * 0.18);
        paint_character(ui.painter(), &theme.palette, at, 120.0, color, look);
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

pub(super) fn person_name(person: Person, ctx: &ActivityCtx<'_>) -> String {
    ctx.tr(match person {
        Person::Alice => "secret_message-alice",
        Person::Postman => "secret_message-postman",
        Person::Bob => "secret_message-bob",
    })
}

pub(super) fn step_text(step: PadlockStep, ctx: &ActivityCtx<'_>) -> String {
    ctx.tr(match step {
        PadlockStep::SendPadlock => "secret_message-step-send-padlock",
        PadlockStep::LockBox => "secret_message-step-lock-box",
        PadlockStep::SendBox => "secret_message-step-send-box",
        PadlockStep::OpenBox | PadlockStep::Done => "secret_message-step-open-box",
    })
}

pub(super) fn refusal_text(refusal: Refusal, ctx: &ActivityCtx<'_>) -> String {
    ctx.tr(match refusal {
        Refusal::KeyStaysWithAlice => "secret_message-refusal-key",
        Refusal::BoxIsOpen => "secret_message-refusal-open-box",
        Refusal::PostmanHasNoKey => "secret_message-refusal-postman",
        Refusal::NotNow => "secret_message-refusal-not-now",
    })
}

/// A padlock, key or box that can be dragged (or tapped, then its target tapped). Returns its
/// response and where it was let go.
pub(super) fn thing_ui(
    ui: &mut Ui,
    theme: &Theme,
    thing: Thing,
    at: Pos2,
    step: PadlockStep,
    held: bool,
    ctx: &ActivityCtx<'_>,
) -> (Response, Option<Pos2>) {
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
    let drag = drag::follow(ui, &response, at);
    let (painter, drawn_at) = (drag.painter, drag.at);
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
    (response, drag.dropped_at)
}
