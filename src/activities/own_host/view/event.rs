//! A semester's event: what happened, the visitor's choice when it asks for one, how it ended,
//! and the true fact behind it.

use eframe::egui::{Align, Layout, RichText, Ui};

use super::super::content::HostData;
use super::super::logic::{Choice, Club, Event, EventOutcome, SEMESTERS};
use super::note_card_ui;
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::{BigButton, bottom_bar, pictogram_heading};

/// The bar: on to the next semester (or the report) once the event is over.
pub(super) fn event_bar_ui(ui: &mut Ui, club: &mut Club, ctx: &mut ActivityCtx<'_>) {
    let waiting = club.history.last().is_some_and(|s| s.outcome.is_none());
    bottom_bar(ui, "own_host-event-bar", |ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let last = club.semester + 1 == SEMESTERS;
            let label = ctx.tr(if last {
                "own_host-see-report"
            } else {
                "own_host-next-semester"
            });
            let button = BigButton::new(&label).pictogram(Pictogram::Next).primary();
            if ctx.tapped(&ui.add_enabled(!waiting, button)) {
                club.next();
            }
        });
    });
}

/// The event screen.
pub(super) fn event_ui(ui: &mut Ui, data: &HostData, club: &mut Club, ctx: &mut ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let Some(semester) = club.history.last().copied() else {
        return;
    };
    let (pictogram, id) = event_id(semester.event);
    let title = ctx.tr(&format!("own_host-event-{id}-title"));
    pictogram_heading(ui, pictogram, p.accent, &title);
    let body = match semester.event {
        Event::Request(n) => ctx.tr_args(
            "own_host-event-request",
            &[(
                "name",
                data.services
                    .get(n)
                    .map_or("", |service| service.name.get(ctx.lang))
                    .into(),
            )],
        ),
        _ => ctx.tr(&format!("own_host-event-{id}")),
    };
    ctx.instruction(ui, &body, RichText::new(&body).font(regular(s.font_body)));
    if semester.overloaded {
        ui.label(
            RichText::new(ctx.tr("own_host-overloaded"))
                .font(bold(s.font_body))
                .color(p.accent),
        );
    }
    ui.add_space(s.gap * 0.5);
    match semester.outcome {
        None => choices_ui(ui, data, club, semester.event, ctx),
        Some(outcome) => {
            let good = matches!(
                outcome,
                EventOutcome::Restored
                    | EventOutcome::Patched
                    | EventOutcome::Redirected
                    | EventOutcome::Improved
                    | EventOutcome::Explained
                    | EventOutcome::Coped
                    | EventOutcome::Donated
                    | EventOutcome::Accepted
            );
            let (icon, color) = if good {
                (Pictogram::Check, p.success)
            } else {
                (Pictogram::Question, p.accent)
            };
            let text = ctx.tr(&format!("own_host-outcome-{}", outcome_id(outcome)));
            note_card_ui(ui, icon, color, &text);
        }
    }
    if let Some(fact) = fact_of(semester.event) {
        ui.add_space(s.gap * 0.5);
        note_card_ui(
            ui,
            Pictogram::Idea,
            p.primary,
            data.fact(fact, ctx.lang, ctx.age),
        );
    }
}

/// The two answers to an event that asks for one.
fn choices_ui(
    ui: &mut Ui,
    data: &HostData,
    club: &mut Club,
    event: Event,
    ctx: &mut ActivityCtx<'_>,
) {
    let (_, s) = tokens(ui.ctx());
    let choices: [(Choice, Pictogram, &str); 2] = match event {
        Event::Request(_) => [
            (
                Choice::Accept,
                Pictogram::ThumbsUp,
                "own_host-choice-accept",
            ),
            (
                Choice::Redirect,
                Pictogram::Network,
                "own_host-choice-redirect",
            ),
        ],
        _ => [
            (Choice::Improve, Pictogram::Star, "own_host-choice-improve"),
            (Choice::Explain, Pictogram::Chat, "own_host-choice-explain"),
        ],
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = s.gap;
        for (choice, pictogram, id) in choices {
            if ctx.tapped(&ui.add(BigButton::new(&ctx.tr(id)).pictogram(pictogram))) {
                club.choose(choice, data);
                ctx.play(Sound::Success);
            }
        }
    });
}

fn event_id(event: Event) -> (Pictogram, &'static str) {
    match event {
        Event::DiskDies => (Pictogram::Computer, "disk"),
        Event::SecurityFlaw => (Pictogram::Lock, "flaw"),
        Event::Request(_) => (Pictogram::Question, "request"),
        Event::GoogleBetter => (Pictogram::Scales, "google"),
        Event::Rush => (Pictogram::People, "rush"),
        Event::Donation => (Pictogram::Parcel, "donation"),
    }
}

fn outcome_id(outcome: EventOutcome) -> &'static str {
    match outcome {
        EventOutcome::Restored => "restored",
        EventOutcome::Lost => "lost",
        EventOutcome::NothingYet => "nothing-yet",
        EventOutcome::Patched => "patched",
        EventOutcome::Breached => "breached",
        EventOutcome::Accepted => "accepted",
        EventOutcome::Redirected => "redirected",
        EventOutcome::Improved => "improved",
        EventOutcome::Explained => "explained",
        EventOutcome::Coped => "coped",
        EventOutcome::Swamped => "swamped",
        EventOutcome::Donated => "donated",
    }
}

/// The true fact behind an event.
fn fact_of(event: Event) -> Option<&'static str> {
    match event {
        Event::DiskDies => Some("backup"),
        Event::SecurityFlaw => Some("update"),
        Event::Request(_) => Some("collective"),
        Event::GoogleBetter => Some("charter"),
        Event::Rush | Event::Donation => None,
    }
}
