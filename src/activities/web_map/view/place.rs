//! A place's card: where it opens beside the place, its header, text, sources and buttons.

use eframe::egui::{self, Align, Layout, Pos2, RichText, ScrollArea, Sense, Stroke, Ui, Vec2};

use super::super::content::{MapData, Place};
use super::super::logic;
use super::{ALTERNATIVES, from_rect, to_point, to_rect};
use crate::activity::{ActivityCtx, Command, Handoff};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::dialog::{Dialog, dialog_ui};
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Theme, theme, tokens};
use crate::ui::widgets::{BigButton, card_frame, icon_button};

/// Where a place's card may go: the map, or, when the map is too low for a card (a projector
/// at a big scale), the whole of the activity's area, bars included.
pub(super) fn card_room(map: egui::Rect, area: egui::Rect) -> egui::Rect {
    if map.height() < 360.0 { area } else { map }
}

/// Where a place's card goes for a place at `at`: on the side of the map away from it.
pub(super) fn card_rect(theme: &Theme, viewport: egui::Rect, at: Pos2) -> egui::Rect {
    let s = &theme.sizes;
    let clear = s.map_marker * 2.5;
    from_rect(logic::card_rect(
        to_rect(viewport),
        to_point(at),
        to_point(s.place_card.to_pos2()),
        s.margin,
        clear,
    ))
}

/// The place's card, on the side of the map away from the place. Returns whether it was closed.
pub(super) fn place_card_ui(
    ui: &Ui,
    data: &MapData,
    index: usize,
    at: Option<Pos2>,
    viewport: egui::Rect,
    ctx: &mut ActivityCtx<'_>,
) -> bool {
    let Some(place) = data.places.get(index) else {
        return true;
    };
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let at = at.unwrap_or(viewport.center());
    let card = card_rect(theme, viewport, at);
    let offers_alternatives = !place.alternatives.is_empty() && ctx.can_open(ALTERNATIVES);
    let mut closed = false;
    egui::Area::new(ui.scope_id().with("place-card"))
        .order(egui::Order::Foreground)
        .fixed_pos(card.min)
        .constrain_to(viewport)
        .show(ui.ctx(), |ui| {
            dialog_ui(ui, Dialog::Floating, place.name.get(ctx.lang), |ui| {
                let padding = s.gap * 1.25;
                card_frame(ui)
                    .inner_margin(egui::Margin::same(padding as i8))
                    .show(ui, |ui| {
                        ui.set_width(card.width() - 2.0 * padding);
                        // A place tapped is named and told by itself (6-9).
                        ctx.read_once(&place_said(place, ctx));
                        closed = place_header_ui(ui, data, place, ctx);
                        if closed {
                            ctx.play(Sound::Tap);
                        }
                        // The text scrolls in what the header and the button leave of the card.
                        let spacing = ui.spacing().item_spacing.y;
                        let buttons = if offers_alternatives {
                            s.touch_target + spacing
                        } else {
                            0.0
                        };
                        let text = card.bottom()
                            - padding
                            - ui.cursor().top()
                            - buttons
                            - s.gap * 0.5
                            - 2.0 * spacing;
                        scroll_view(
                            ui,
                            ScrollArea::vertical().max_height(text.max(s.touch_target)),
                            |ui| place_text_ui(ui, place, ctx),
                        );
                        if offers_alternatives {
                            ui.add_space(s.gap * 0.5);
                            place_buttons_ui(ui, place, ctx);
                        }
                    });
            });
        });
    closed
}

/// The place's pictogram, its name and (from 10 years on) who runs it, and the card's close
/// button. Returns whether it was closed.
pub(super) fn place_header_ui(
    ui: &mut Ui,
    data: &MapData,
    place: &Place,
    ctx: &mut ActivityCtx<'_>,
) -> bool {
    let (p, s) = tokens(ui.ctx());
    let lang = ctx.lang;
    let mut closed = false;
    let said = place_said(place, ctx);
    ui.horizontal(|ui| {
        let (badge, _) = ui.allocate_exact_size(Vec2::splat(64.0), Sense::hover());
        ui.painter().circle(
            badge.center(),
            30.0,
            p.pastels[0],
            Stroke::new(2.0, p.outline),
        );
        place
            .pictogram
            .paint(ui.painter(), badge.center(), 36.0, p.text);
        ui.vertical(|ui| {
            let buttons = if ctx.listening.button.is_some() {
                2.0
            } else {
                1.0
            };
            ui.set_width(ui.available_width() - buttons * (s.gap + s.touch_target));
            ui.label(RichText::new(place.name.get(lang)).heading());
            if ctx.age != AgeBand::Young
                && let Some(org) = data.organisation(&place.operator)
            {
                ui.label(
                    RichText::new(
                        ctx.tr_args("web_map-run-by", &[("who", org.name.get(lang).into())]),
                    )
                    .small()
                    .color(p.text_muted),
                );
            }
        });
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            closed = icon_button(ui, Pictogram::Close, &ctx.tr("web_map-close"), true).clicked();
            ctx.listen(ui, &said);
        });
    });
    closed
}

/// What a place's card says aloud: its name and what it is, for the visitor's age.
pub(super) fn place_said(place: &Place, ctx: &ActivityCtx<'_>) -> String {
    format!(
        "{}. {}",
        place.name.get(ctx.lang),
        place.about.get(ctx.lang, ctx.age)
    )
}

/// What the place is, for the visitor's age, then (from 10 years on) one fact and its source.
pub(super) fn place_text_ui(ui: &mut Ui, place: &Place, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let (lang, age) = (ctx.lang, ctx.age);
    let about = RichText::new(place.about.get(lang, age));
    if age == AgeBand::Young {
        ui.label(about.font(regular(s.font_heading * 0.9)));
        return;
    }
    ui.label(about);
    ui.add_space(s.gap * 0.5);
    ui.label(
        RichText::new(format!(
            "{} {}",
            Pictogram::Idea.glyph(),
            ctx.tr("web_map-did-you-know")
        ))
        .font(bold(s.font_body)),
    );
    ui.label(place.fact.get(lang));
    ui.label(
        RichText::new(ctx.tr_args(
            "web_map-source",
            &[
                ("source", sources_text(&place.sourced.sources).into()),
                ("date", place.sourced.reviewed.clone().into()),
            ],
        ))
        .small()
        .color(p.text_muted),
    );
}

/// For a giant's service, "what else can I use?".
pub(super) fn place_buttons_ui(ui: &mut Ui, place: &Place, ctx: &mut ActivityCtx<'_>) {
    if ctx.tapped(
        &ui.add(
            BigButton::new(&ctx.tr("web_map-alternatives"))
                .pictogram(Pictogram::Switch)
                .primary()
                .min_width(ui.available_width()),
        ),
    ) {
        ctx.send(Command::OpenActivity {
            id: ALTERNATIVES,
            handoff: Some(Handoff::PreselectServices(place.alternatives.clone())),
        });
    }
}

/// The web sites of `sources`, shorter than their full addresses.
pub(super) fn sources_text(sources: &[String]) -> String {
    let mut hosts: Vec<&str> = Vec::new();
    for source in sources {
        let rest = source
            .split_once("://")
            .map_or(source.as_str(), |(_, rest)| rest);
        let host = rest.split(['/', '#', '?']).next().unwrap_or(rest);
        let host = host.strip_prefix("www.").unwrap_or(host);
        if !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    hosts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_show_as_short_site_names() {
        let sources = vec![
            "https://www.rfc-editor.org/rfc/rfc791".to_owned(),
            "https://rfc-editor.org/rfc/rfc8484".to_owned(),
            "https://telegram.org/faq#q-so".to_owned(),
        ];
        assert_eq!(sources_text(&sources), "rfc-editor.org, telegram.org");
    }
}
