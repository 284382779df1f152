//! The picker's screens: choose services, compare alternatives, my plan.

use eframe::egui::{
    self, Align, Color32, CornerRadius, Layout, Pos2, Rect, RichText, Role, ScrollArea, Sense, Ui,
    Vec2,
};

use super::content::{Alternative, Architecture, Catalog, Service};
use super::logic::{Criterion, Picker, Step};
use crate::activity::{ActivityCtx, Command};
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Theme, theme};
use crate::ui::widgets::{BigButton, bottom_bar, chip, paint_badge, toggle_card};

mod plan;

use plan::plan_ui;

/// Draws the current step of the picker.
pub fn picker_ui(ui: &mut Ui, catalog: &Catalog, picker: &mut Picker, ctx: &mut ActivityCtx<'_>) {
    match picker.step() {
        Step::Choose => choose_ui(ui, catalog, picker, ctx),
        Step::Results => results_ui(ui, catalog, picker, ctx),
        Step::Plan => plan_ui(ui, catalog, picker, ctx),
    }
}

/// A bottom bar with the step's buttons, then the scrolling body. Both parts get `state`.
fn step_layout<S>(
    ui: &mut Ui,
    id: &str,
    state: &mut S,
    bar: impl FnOnce(&mut Ui, &mut S),
    body: impl FnOnce(&mut Ui, &mut S),
) {
    let theme = theme(ui.ctx());
    bottom_bar(ui, ("alternatives-bar", id), |ui| {
        ui.horizontal(|ui| bar(ui, state))
    });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(theme.sizes.margin as i8)))
        .show(ui, |ui| {
            // The content is as wide with a scroll bar as without: what it lays out by its
            // width (the cards) cannot then make the bar come and go at every frame.
            let width = ui.available_width() - ui.spacing().scroll.allocated_width();
            scroll_view(
                ui,
                ScrollArea::vertical()
                    .id_salt(("alternatives-scroll", id))
                    .auto_shrink(false),
                |ui| {
                    ui.set_max_width(width);
                    body(ui, state);
                },
            );
        });
}

/// A step's prompt, given by the guide.
fn prompt(ui: &mut Ui, ctx: &mut ActivityCtx<'_>, text: &str) {
    let theme = theme(ui.ctx());
    ctx.instruction(
        ui,
        text,
        RichText::new(text).font(bold(theme.sizes.font_heading)),
    );
    ui.add_space(theme.sizes.gap * 0.5);
}

fn choose_ui(ui: &mut Ui, catalog: &Catalog, picker: &mut Picker, ctx: &mut ActivityCtx<'_>) {
    let theme = theme(ui.ctx());
    let count = picker.selected_services(catalog, ctx.age).count();
    step_layout(
        ui,
        "choose",
        &mut (picker, ctx),
        |ui, (picker, ctx)| {
            ui.label(ctx.tr_args("alternatives-selected-count", &[("count", count.into())]));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let show = ui.add_enabled(
                    count > 0,
                    BigButton::new(&ctx.tr("alternatives-show-me"))
                        .pictogram(Pictogram::Next)
                        .primary(),
                );
                if show.clicked() && picker.show_results() {
                    ctx.play(Sound::Tap);
                }
            });
        },
        |ui, (picker, ctx)| {
            let text = ctx.tr("alternatives-choose-prompt");
            prompt(ui, ctx, &text);
            // Categories flow side by side, each a coloured group, so that a screen holds many
            // of them even when a category has a single service.
            ui.with_layout(
                Layout::left_to_right(Align::TOP).with_main_wrap(true),
                |ui| {
                    ui.spacing_mut().item_spacing = Vec2::splat(theme.sizes.gap);
                    let age = ctx.age;
                    let groups: Vec<(&super::content::Category, Vec<&Service>)> = catalog
                        .categories
                        .iter()
                        .map(|category| {
                            (
                                category,
                                catalog.services_in(&category.id, age).collect::<Vec<_>>(),
                            )
                        })
                        .filter(|(_, services)| !services.is_empty())
                        .collect();
                    for (i, (category, services)) in groups.into_iter().enumerate() {
                        let fill = theme.palette.pastels[i % theme.palette.pastels.len()];
                        category_group_ui(ui, category, services.len(), fill, ctx, |ui, ctx| {
                            for service in services {
                                service_tile(ui, catalog, picker, service, ctx);
                            }
                        });
                    }
                },
            );
        },
    );
}

/// A rounded, coloured group: the category's pictogram and name above its service tiles.
/// Its size is computed first, so that the groups wrap to the next row instead of overflowing.
fn category_group_ui(
    ui: &mut Ui,
    category: &super::content::Category,
    tile_count: usize,
    fill: Color32,
    ctx: &mut ActivityCtx<'_>,
    tiles: impl FnOnce(&mut Ui, &mut ActivityCtx<'_>),
) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let margin = s.gap * 0.75;
    let spacing = s.gap * 0.75;
    let icon = 36.0;
    let header_font = bold(s.font_button);
    let name = category.name.get(ctx.lang).to_owned();
    let header_width = icon
        + spacing
        + ui.painter()
            .layout_no_wrap(name.clone(), header_font.clone(), theme.palette.text)
            .size()
            .x;
    let count = tile_count as f32;
    let tiles_width = count * s.service_tile.x + (count - 1.0).max(0.0) * spacing;
    let inner = Vec2::new(
        tiles_width.max(header_width),
        icon + spacing + s.service_tile.y,
    );
    ui.allocate_ui_with_layout(
        inner + Vec2::splat(2.0 * margin),
        Layout::top_down(Align::LEFT),
        |ui| {
            egui::Frame::new()
                .fill(fill)
                .corner_radius(CornerRadius::same(s.corner))
                .inner_margin(egui::Margin::same(margin as i8))
                .show(ui, |ui| {
                    ui.set_min_size(inner);
                    ui.spacing_mut().item_spacing = Vec2::splat(spacing);
                    ui.horizontal(|ui| {
                        let (rect, _) = ui.allocate_exact_size(Vec2::splat(icon), Sense::hover());
                        category.pictogram.paint(
                            ui.painter(),
                            rect.center(),
                            32.0,
                            theme.palette.text,
                        );
                        ui.label(RichText::new(name).font(header_font));
                    });
                    ui.horizontal(|ui| tiles(ui, ctx));
                });
        },
    );
}

fn service_tile(
    ui: &mut Ui,
    catalog: &Catalog,
    picker: &mut Picker,
    service: &Service,
    ctx: &mut ActivityCtx<'_>,
) {
    let theme = theme(ui.ctx());
    let name = service.name.get(ctx.lang).to_owned();
    let owner = catalog
        .companies
        .get(&service.owner)
        .map(|company| company.name.clone());
    let show_owner = ctx.age != AgeBand::Young;
    let selected = picker.is_selected(&service.id);
    let response = toggle_card(
        ui,
        theme.sizes.service_tile,
        selected,
        Role::CheckBox,
        &name,
        |painter, rect, text_color| {
            let badge = theme.sizes.badge;
            let badge_center = Pos2::new(rect.left() + badge / 2.0, rect.center().y);
            paint_badge(painter, badge_center, badge, &service.badge);
            let text_left = rect.left() + badge + theme.sizes.gap * 0.6;
            // Keep clear of the check mark in the top-right corner.
            let width = rect.right() - text_left - 22.0;
            let name_galley = painter.layout(
                name.clone(),
                bold(theme.sizes.font_body * 0.95),
                text_color,
                width,
            );
            let owner_galley = owner.filter(|_| show_owner).map(|owner| {
                painter.layout(
                    owner,
                    regular(theme.sizes.font_small * 0.85),
                    text_color,
                    width,
                )
            });
            let total = name_galley.size().y + owner_galley.as_ref().map_or(0.0, |g| g.size().y);
            let mut y = rect.center().y - total / 2.0;
            let name_height = name_galley.size().y;
            painter.galley(Pos2::new(text_left, y), name_galley, text_color);
            y += name_height;
            if let Some(galley) = owner_galley {
                painter.galley(Pos2::new(text_left, y), galley, text_color);
            }
        },
    );
    if ctx.tapped(&response) {
        picker.toggle_service(&service.id);
    }
}

fn results_ui(ui: &mut Ui, catalog: &Catalog, picker: &mut Picker, ctx: &mut ActivityCtx<'_>) {
    let theme = theme(ui.ctx());
    let planned = picker.plan_len();
    step_layout(
        ui,
        "results",
        &mut (picker, ctx),
        |ui, (picker, ctx)| {
            if ctx.tapped(&ui.add(
                BigButton::new(&ctx.tr("alternatives-change-services")).pictogram(Pictogram::Back),
            )) {
                picker.back_to_choose();
            }
            ui.add_space(theme.sizes.gap);
            ui.label(ctx.tr_args("alternatives-plan-count", &[("count", planned.into())]));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let go = ui.add_enabled(
                    planned > 0,
                    BigButton::new(&ctx.tr("alternatives-my-plan"))
                        .pictogram(Pictogram::Next)
                        .primary(),
                );
                if go.clicked() && picker.show_plan() {
                    ctx.play(Sound::Success);
                    ctx.send(Command::Completed);
                }
            });
        },
        |ui, (picker, ctx)| {
            let text = ctx.tr("alternatives-results-prompt");
            prompt(ui, ctx, &text);
            filters_ui(ui, picker, ctx);
            let services: Vec<_> = picker
                .selected_services(catalog, ctx.age)
                .cloned()
                .collect();
            for service_id in services {
                let Some(service) = catalog.service(&service_id) else {
                    continue;
                };
                ui.add_space(theme.sizes.gap);
                // One row per service: what it is on the left, its alternatives beside it.
                ui.horizontal_top(|ui| {
                    service_header_ui(ui, catalog, service, ctx);
                    let visible = picker.visible_alternatives(catalog, &service_id, ctx.age);
                    ui.with_layout(
                        Layout::left_to_right(Align::TOP).with_main_wrap(true),
                        |ui| {
                            ui.spacing_mut().item_spacing = Vec2::splat(theme.sizes.gap);
                            // The cards share the row's width (three at most side by side):
                            // wider cards are shorter, and the next service shows sooner.
                            let side_by_side = visible.len().clamp(1, 3) as f32;
                            let card = ((ui.available_width()
                                - theme.sizes.gap * (side_by_side - 1.0))
                                / side_by_side)
                                .clamp(theme.sizes.card_width, theme.sizes.card_width * 1.6);
                            if visible.is_empty() {
                                ui.label(
                                    RichText::new(ctx.tr("alternatives-none-match"))
                                        .color(theme.palette.text_muted),
                                );
                            }
                            for alternative in visible {
                                let chosen = picker.chosen(&service_id) == Some(&alternative.id);
                                if alternative_card(ui, alternative, chosen, card, ctx).clicked() {
                                    let now_chosen = picker.choose(&service_id, &alternative.id);
                                    let sound = if now_chosen {
                                        Sound::Success
                                    } else {
                                        Sound::Tap
                                    };
                                    ctx.play(sound);
                                }
                            }
                        },
                    );
                });
                ui.separator();
            }
        },
    );
}

/// The criteria to filter the alternatives by, as chips.
fn filters_ui(ui: &mut Ui, picker: &mut Picker, ctx: &mut ActivityCtx<'_>) {
    let muted = theme(ui.ctx()).palette.text_muted;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ctx.tr("alternatives-filters")).color(muted));
        for &criterion in Criterion::for_age(ctx.age) {
            let label = criterion_label(ctx, criterion);
            if ctx.tapped(&chip(
                ui,
                criterion_pictogram(criterion),
                &label,
                picker.filter_on(criterion),
                Role::CheckBox,
            )) {
                picker.toggle_filter(criterion);
            }
        }
    });
}

/// "Instead of" the service: its badge, name and owner, in a narrow column.
fn service_header_ui(ui: &mut Ui, catalog: &Catalog, service: &Service, ctx: &ActivityCtx<'_>) {
    let theme = theme(ui.ctx());
    let width = SERVICE_COLUMN;
    ui.allocate_ui_with_layout(Vec2::new(width, 0.0), Layout::top_down(Align::LEFT), |ui| {
        ui.set_width(width);
        ui.label(RichText::new(ctx.tr("alternatives-instead-of")).color(theme.palette.text_muted));
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(theme.sizes.badge), Sense::hover());
        paint_badge(ui.painter(), rect.center(), rect.width(), &service.badge);
        ui.label(
            RichText::new(service.name.get(ctx.lang)).font(bold(theme.sizes.font_heading * 0.8)),
        );
        if ctx.age != AgeBand::Young
            && let Some(owner) = catalog.companies.get(&service.owner)
        {
            let owned = ctx.tr_args(
                "alternatives-owned-by",
                &[("company", owner.name.clone().into())],
            );
            ui.label(
                RichText::new(owned)
                    .font(regular(theme.sizes.font_small))
                    .color(theme.palette.text_muted),
            );
        }
    });
}

/// Width of the column naming the service, left of its alternatives.
const SERVICE_COLUMN: f32 = 190.0;

fn criterion_label(ctx: &ActivityCtx<'_>, criterion: Criterion) -> String {
    ctx.tr(&format!("alternatives-criterion-{}", criterion.key()))
}

fn criterion_pictogram(criterion: Criterion) -> Pictogram {
    match criterion {
        Criterion::FreeLicence => Pictogram::Book,
        Criterion::NoAdsNoTracking => Pictogram::NoEntry,
        Criterion::Decentralized => Pictogram::Network,
        Criterion::SmallHost => Pictogram::House,
        Criterion::NoAccount => Pictogram::Unlocked,
        Criterion::EasySwitch => Pictogram::Star,
    }
}

/// The tag shown for an alternative's organisation (14+ sees the precise word).
fn architecture_key(architecture: Architecture) -> &'static str {
    match architecture {
        Architecture::Federated => "alternatives-arch-federated",
        Architecture::Instances => "alternatives-arch-instances",
        Architecture::PeerToPeer => "alternatives-arch-p2p",
        Architecture::OnDevice => "alternatives-arch-device",
        Architecture::Centralized => "alternatives-arch-central",
    }
}

/// The small print of a card: licence, organisation and platforms for 14+, the website for 10+.
fn card_details(alternative: &Alternative, ctx: &ActivityCtx<'_>) -> String {
    let mut lines = Vec::new();
    if ctx.age == AgeBand::Older {
        let architecture = ctx.tr(architecture_key(alternative.architecture));
        lines.push(format!("{} · {architecture}", alternative.licence));
        let platforms: Vec<String> = alternative
            .platforms
            .iter()
            .map(|p| ctx.tr(p.fluent_id()))
            .collect();
        lines.push(platforms.join(" · "));
    }
    if ctx.age != AgeBand::Young {
        lines.push(alternative.website.clone());
    }
    lines.join("\n")
}

/// A card for one alternative: badge, name, what it is, the criteria it meets. Tap to put it in
/// the plan.
fn alternative_card(
    ui: &mut Ui,
    alternative: &Alternative,
    chosen: bool,
    width: f32,
    ctx: &ActivityCtx<'_>,
) -> egui::Response {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let inner = width - 2.0 * s.gap * 0.6;
    let text_color = if chosen {
        theme.palette.on_selected
    } else {
        theme.palette.text
    };
    let about = ui.painter().layout(
        alternative.about.get(ctx.lang, ctx.age).to_owned(),
        regular(s.font_body * 0.9),
        text_color,
        inner,
    );
    let details = ui.painter().layout(
        card_details(alternative, ctx),
        regular(s.font_small * 0.9),
        text_color,
        inner,
    );
    let met: Vec<Criterion> = Criterion::for_age(ctx.age)
        .iter()
        .copied()
        .filter(|c| c.met_by(alternative))
        .collect();
    let tags: Vec<(Pictogram, String)> = met
        .iter()
        .map(|&c| (criterion_pictogram(c), criterion_label(ctx, c)))
        .collect();
    let tag_rows = layout_tags(ui, &tags, inner);
    let tag_height = tag_rows.len() as f32 * (s.font_small * 2.0 + 6.0);
    let header = s.badge;
    let height =
        s.gap * 1.2 + header + 8.0 + about.size().y + 8.0 + details.size().y + 10.0 + tag_height;
    let label = alternative.name.clone();
    toggle_card(
        ui,
        Vec2::new(width, height.max(s.touch_target * 2.0)),
        chosen,
        Role::RadioButton,
        &label,
        |painter, rect, color| {
            let badge_center = Pos2::new(rect.left() + header / 2.0, rect.top() + header / 2.0);
            paint_badge(painter, badge_center, header, &alternative.badge);
            let name =
                painter.layout_no_wrap(alternative.name.clone(), bold(s.font_heading * 0.8), color);
            painter.galley(
                Pos2::new(
                    rect.left() + header + 10.0,
                    badge_center.y - name.size().y / 2.0,
                ),
                name,
                color,
            );
            let mut y = rect.top() + header + 8.0;
            let about_height = about.size().y;
            painter.galley(Pos2::new(rect.left(), y), about, color);
            y += about_height + 8.0;
            let details_height = details.size().y;
            painter.galley(Pos2::new(rect.left(), y), details, color);
            y += details_height + 10.0;
            for row in &tag_rows {
                let mut x = rect.left();
                for (pictogram, text, tag_width) in row {
                    paint_tag(
                        painter,
                        theme,
                        Rect::from_min_size(
                            Pos2::new(x, y),
                            Vec2::new(*tag_width, s.font_small * 2.0),
                        ),
                        *pictogram,
                        text,
                    );
                    x += tag_width + 6.0;
                }
                y += s.font_small * 2.0 + 6.0;
            }
        },
    )
}

type TagRow = Vec<(Pictogram, String, f32)>;

/// Splits tags into rows that fit `width`.
fn layout_tags(ui: &Ui, tags: &[(Pictogram, String)], width: f32) -> Vec<TagRow> {
    let theme = theme(ui.ctx());
    let mut rows: Vec<TagRow> = Vec::new();
    let mut row: TagRow = Vec::new();
    let mut used = 0.0;
    for (pictogram, text) in tags {
        let galley = ui.painter().layout_no_wrap(
            text.clone(),
            regular(theme.sizes.font_small),
            Color32::PLACEHOLDER,
        );
        let tag_width = galley.size().x + theme.sizes.font_small * 1.15 + theme.sizes.gap * 1.2;
        if used + tag_width > width && !row.is_empty() {
            rows.push(std::mem::take(&mut row));
            used = 0.0;
        }
        used += tag_width + 6.0;
        row.push((*pictogram, text.clone(), tag_width));
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

fn paint_tag(painter: &egui::Painter, theme: &Theme, rect: Rect, pictogram: Pictogram, text: &str) {
    let (fill, color) = (theme.palette.success, theme.palette.on_success);
    painter.rect_filled(rect, CornerRadius::same(u8::MAX), fill);
    let icon = theme.sizes.font_small * 1.15;
    let left = rect.left() + theme.sizes.gap * 0.5;
    pictogram.paint(
        painter,
        Pos2::new(left + icon / 2.0, rect.center().y),
        icon,
        color,
    );
    let galley = painter.layout_no_wrap(text.to_owned(), regular(theme.sizes.font_small), color);
    painter.galley(
        Pos2::new(left + icon + 4.0, rect.center().y - galley.size().y / 2.0),
        galley,
        color,
    );
}
