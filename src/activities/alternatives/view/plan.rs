//! The last step: the visitor's plan, as a card to photograph (its QR code) or to save as a
//! picture to take home, with the stickers they earned at the stand if they want them.

use std::sync::Arc;

use eframe::egui::{self, Align, Layout, RichText, Role, Sense, Ui, Vec2};

use super::super::content::{Badge, Catalog};
use super::super::logic::{Picker, QR_MAX_BYTES, qr_text};
use super::step_layout;
use crate::activity::{ActivityCtx, Command, ImageJob, WellDone};
use crate::ui::fonts::{bold, regular};
use crate::ui::qr::{QrImage, qr_ui};
use crate::ui::stickers::{Sticker, paint_sticker};
use crate::ui::tokens::{Theme, theme, tokens};
use crate::ui::widgets::{BigButton, card_frame, chip, paint_badge};
use crate::ui::{Pictogram, offscreen};

/// What the plan card shows, computed once per frame from the picker.
struct PlanCard {
    title: String,
    intro: String,
    rows: Vec<PlanRow>,
    qr_caption: String,
    footer: String,
    qr: Option<QrImage>,
    /// The visitor's stickers (none if they took them off), and what is written beside them.
    stickers: Vec<Sticker>,
    stickers_caption: String,
}

struct PlanRow {
    service: String,
    service_badge: Badge,
    alternative: String,
    alternative_badge: Badge,
    website: String,
}

impl PlanCard {
    fn new(
        egui_ctx: &egui::Context,
        catalog: &Catalog,
        picker: &Picker,
        ctx: &ActivityCtx<'_>,
    ) -> Self {
        let rows: Vec<PlanRow> = picker
            .plan(catalog)
            .into_iter()
            .map(|(service, alternative)| PlanRow {
                service: service.name.get(ctx.lang).to_owned(),
                service_badge: service.badge.clone(),
                alternative: alternative.name.clone(),
                alternative_badge: alternative.badge.clone(),
                website: alternative.website.clone(),
            })
            .collect();
        let lines: Vec<(String, String, String)> = rows
            .iter()
            .map(|row| {
                (
                    row.service.clone(),
                    row.alternative.clone(),
                    row.website.clone(),
                )
            })
            .collect();
        let more = |count: usize| ctx.tr_args("alternatives-qr-more", &[("count", count.into())]);
        // Where the plan comes from: Archipel, and the stand when it has a name.
        let heading = if ctx.stand.is_empty() {
            ctx.tr("alternatives-qr-heading")
        } else {
            ctx.tr_args("alternatives-qr-heading-at", &[("stand", ctx.stand.into())])
        };
        let text = qr_text(&heading, &lines, QR_MAX_BYTES, &more);
        let qr = QrImage::cached(egui_ctx, &text);
        Self {
            title: ctx.tr("alternatives-plan-title"),
            intro: ctx.tr("alternatives-plan-intro"),
            rows,
            qr_caption: ctx.tr("alternatives-qr-caption"),
            footer: ctx.tr("alternatives-card-footer"),
            qr,
            stickers: if picker.stickers_on_card() {
                ctx.rewards.album.clone()
            } else {
                Vec::new()
            },
            stickers_caption: ctx.tr("alternatives-card-stickers"),
        }
    }
}

pub(super) fn plan_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    picker: &mut Picker,
    ctx: &mut ActivityCtx<'_>,
) {
    let card = Arc::new(PlanCard::new(ui.ctx(), catalog, picker, ctx));
    step_layout(
        ui,
        "plan",
        &mut (picker, ctx),
        |ui, (picker, ctx)| {
            if ctx.tapped(&ui.add(
                BigButton::new(&ctx.tr("alternatives-back-to-results")).pictogram(Pictogram::Back),
            )) {
                picker.back_to_results();
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if ctx.tapped(
                    &ui.add(
                        BigButton::new(&ctx.tr("alternatives-start-again"))
                            .pictogram(Pictogram::Restart),
                    ),
                ) {
                    **picker = Picker::default();
                }
                if ui
                    .add(
                        BigButton::new(&ctx.tr("alternatives-save-card"))
                            .pictogram(Pictogram::Save)
                            .primary(),
                    )
                    .clicked()
                {
                    let card = Arc::clone(&card);
                    let job = ImageJob::new(move || render_card_image(&card));
                    ctx.send(Command::SaveImage {
                        job,
                        file_name: ctx.tr("alternatives-card-file-name"),
                    });
                }
            });
        },
        |ui, (picker, ctx)| {
            let planned = picker.plan_len();
            ctx.well_done(
                ui,
                &WellDone {
                    title: &ctx.tr("alternatives-plan-done"),
                    line: &ctx.tr_args("alternatives-plan-count", &[("count", planned.into())]),
                    stars: None,
                },
            );
            if !ctx.rewards.album.is_empty() {
                let label = ctx.tr("alternatives-stickers-on-card");
                let on = picker.stickers_on_card();
                if ctx.tapped(&chip(ui, Pictogram::Star, &label, on, Role::CheckBox)) {
                    picker.toggle_stickers();
                }
                ui.add_space(tokens(ui.ctx()).1.gap * 0.5);
            }
            plan_card_ui(ui, &card);
        },
    );
}

/// The plan as a card: on screen, and in the saved picture. The QR code keeps its place on the
/// right whatever the plan's length; the list takes the rest of the width and wraps.
fn plan_card_ui(ui: &mut Ui, card: &PlanCard) {
    let (p, s) = tokens(ui.ctx());
    card_frame(ui)
        .inner_margin(egui::Margin::same(s.margin as i8))
        .show(ui, |ui| {
            let width = ui.available_width();
            let qr_size = (width * 0.35).clamp(QR_MIN_SIZE, QR_SIZE);
            let list_width = (width - qr_size - s.gap * 2.0).max(QR_MIN_SIZE);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(list_width);
                    ui.label(RichText::new(&card.title).font(bold(s.font_title)));
                    ui.label(&card.intro);
                    ui.add_space(s.gap);
                    for row in &card.rows {
                        plan_row_ui(ui, row);
                    }
                    if !card.stickers.is_empty() {
                        ui.add_space(s.gap);
                        stickers_row_ui(ui, &card.stickers, &card.stickers_caption);
                    }
                    ui.add_space(s.gap);
                    ui.label(
                        RichText::new(&card.footer)
                            .font(regular(s.font_small))
                            .color(p.text_muted),
                    );
                });
                ui.add_space(s.gap * 2.0);
                ui.vertical(|ui| {
                    ui.set_width(qr_size);
                    if let Some(qr) = &card.qr {
                        qr_ui(ui, qr, qr_size, &card.qr_caption);
                    }
                    ui.label(RichText::new(&card.qr_caption).font(regular(s.font_small)));
                });
            });
        });
}

fn plan_row_ui(ui: &mut Ui, row: &PlanRow) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    ui.horizontal_wrapped(|ui| {
        let badge = s.badge * 0.7;
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(badge), Sense::hover());
        paint_badge(ui.painter(), rect.center(), badge, &row.service_badge);
        ui.label(RichText::new(&row.service).font(regular(s.font_body)));
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(badge * 0.8), Sense::hover());
        Pictogram::Next.paint(
            ui.painter(),
            rect.center(),
            badge * 0.6,
            theme.palette.primary,
        );
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(badge), Sense::hover());
        paint_badge(ui.painter(), rect.center(), badge, &row.alternative_badge);
        ui.label(RichText::new(&row.alternative).font(bold(s.font_body)));
        ui.label(
            RichText::new(&row.website)
                .font(regular(s.font_small))
                .color(theme.palette.text_muted),
        );
    });
}

/// The visitor's stickers in a row, after what is written beside them.
fn stickers_row_ui(ui: &mut Ui, stickers: &[Sticker], caption: &str) {
    let (_, s) = tokens(ui.ctx());
    ui.label(RichText::new(caption).font(bold(s.font_body)));
    let radius = 24.0;
    let (rect, _) = ui.allocate_exact_size(
        Vec2::new(stickers.len() as f32 * radius * 2.3, radius * 2.3),
        Sense::hover(),
    );
    for (k, sticker) in stickers.iter().enumerate() {
        let center = egui::pos2(
            rect.left() + radius * (1.15 + 2.3 * k as f32),
            rect.center().y,
        );
        paint_sticker(ui.painter(), center, radius, *sticker);
    }
}

/// Renders the card at print resolution (twice the screen's), off screen.
fn render_card_image(card: &PlanCard) -> egui::ColorImage {
    let background = Theme::cheerful().palette.background;
    offscreen::render_fitted(CARD_WIDTH, 2.0, background, crate::ui::install, |ui| {
        plan_card_ui(ui, card);
    })
}

/// The side of the QR code on screen, in points: at most 77 modules (see [`QR_MAX_BYTES`]),
/// so each is about 4 points, enough for a phone camera a metre away.
const QR_SIZE: f32 = 300.0;

/// The smallest side of the QR code, in points: about 3 points a module, still read by a phone
/// held close to the screen.
const QR_MIN_SIZE: f32 = 230.0;

/// The widest the saved card gets, in points.
const CARD_WIDTH: f32 = 1000.0;
