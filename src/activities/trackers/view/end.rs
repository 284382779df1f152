//! The end screen: the profile the trackers assembled, the companies as bubbles, and the tips.

use eframe::egui::{
    self, Align, Align2, CornerRadius, Layout, Pos2, Rect, RichText, Role, Sense, Stroke,
    StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::super::content::TrackersData;
use super::super::logic::{self, Game};
use super::creatures::company_color;
use crate::activity::{ActivityCtx, WellDone};
use crate::age::AgeBand;
use crate::content::CompanyId;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::tokens;
use crate::ui::widgets::{BigButton, bottom_bar, card_frame, pictogram_heading};

/// The profile the missed trackers assembled, the companies that got it, the jar and three
/// tips. Returns whether the visitor wants to play again.
pub(super) fn end_ui(
    ui: &mut Ui,
    data: &TrackersData,
    game: &Game,
    ctx: &mut ActivityCtx<'_>,
) -> bool {
    let (_, s) = tokens(ui.ctx());
    let mut again = false;
    bottom_bar(ui, "trackers-end-bar", |ui| {
        ui.horizontal(|ui| {
            if ctx.tapped(
                &ui.add(BigButton::new(&ctx.tr("trackers-again")).pictogram(Pictogram::Restart)),
            ) {
                again = true;
            }
        });
    });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin))
        .show(ui, |ui| {
            scroll_view(ui, egui::ScrollArea::vertical(), |ui| {
                end_content_ui(ui, data, game, ctx);
            });
        });
    again
}

pub(super) fn end_content_ui(
    ui: &mut Ui,
    data: &TrackersData,
    game: &Game,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let profile = game.profile();
    let score = game.score();
    ctx.well_done(
        ui,
        &WellDone {
            title: &ctx.tr("trackers-end-title"),
            line: &ctx.tr_args(
                "trackers-score",
                &[
                    ("right", score.blocked.into()),
                    ("count", score.total.into()),
                ],
            ),
            stars: WellDone::stars(score.blocked, score.total),
        },
    );
    // What to do comes first, where it is seen without scrolling; what they learned follows.
    let down = Layout::top_down(Align::Min);
    ui.add_space(s.gap * 0.5);
    ui.label(RichText::new(ctx.tr("trackers-tips")).font(bold(s.font_body)));
    ui.add_space(s.gap * 0.5);
    let count = data.tips.len().max(1) as f32;
    let tip_width = (ui.available_width() - (count - 1.0) * s.gap) / count;
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = s.gap;
        for tip in &data.tips {
            ui.allocate_ui_with_layout(Vec2::new(tip_width, 0.0), down, |ui| {
                card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_top(|ui| {
                        let (icon, _) = ui.allocate_exact_size(Vec2::splat(44.0), Sense::hover());
                        tip.pictogram
                            .paint(ui.painter(), icon.center(), 38.0, p.primary);
                        ui.add(
                            egui::Label::new(
                                RichText::new(tip.text.get(ctx.lang, ctx.age))
                                    .font(regular(s.font_small)),
                            )
                            .wrap(),
                        );
                    });
                });
            });
        }
    });
    ui.add_space(s.gap * 0.5);
    let width = ui.available_width();
    ui.horizontal_top(|ui| {
        let card_width = (width * 0.58).max(320.0);
        ui.allocate_ui_with_layout(Vec2::new(card_width, 0.0), down, |ui| {
            profile_card_ui(ui, data, &profile, ctx);
        });
        ui.add_space(s.gap);
        let companies = logic::companies(data, &profile);
        let grid = BubbleGrid::new(companies.len(), ui.available_width());
        let (rect, _) = ui.allocate_exact_size(grid.size(), Sense::hover());
        paint_bubbles(ui, data, &companies, &grid, rect, ctx);
    });
    ui.add_space(s.gap * 0.5);
    ui.label(
        RichText::new(ctx.tr("trackers-credit"))
            .font(regular(s.font_small * 0.8))
            .color(p.text_muted),
    );
}

/// The card of what the trackers learned: each piece a chip in its company's colour, side by
/// side like the pieces of a puzzle.
pub(super) fn profile_card_ui(
    ui: &mut Ui,
    data: &TrackersData,
    profile: &[logic::Piece],
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
        ui.set_width(ui.available_width());
        pictogram_heading(ui, Pictogram::Eye, p.accent, &ctx.tr("trackers-profile"));
        ui.add_space(s.gap * 0.5);
        if profile.is_empty() {
            ui.label(RichText::new(ctx.tr("trackers-profile-empty")).font(regular(s.font_body)));
            return;
        }
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = Vec2::splat(10.0);
            for piece in profile {
                piece_ui(ui, data, piece, ctx);
            }
        });
    });
}

/// One piece of the profile, a chip in its company's colour: what was learned and (10+)
/// which tracker took it. Sized up front, so that the row wraps before it.
pub(super) fn piece_ui(
    ui: &mut Ui,
    data: &TrackersData,
    piece: &logic::Piece,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let tracker = &data.trackers[piece.tracker];
    let learned = data.pages[piece.page].learns.get(piece.kind).get(ctx.lang);
    let painter = ui.painter();
    let text = painter.layout_no_wrap(learned.to_owned(), bold(s.font_small), p.text);
    let via_text = (ctx.age != AgeBand::Young)
        .then(|| ctx.tr_args("trackers-via", &[("name", tracker.domain.as_str().into())]));
    let via = via_text
        .as_ref()
        .map(|via| painter.layout_no_wrap(via.clone(), regular(s.font_small * 0.75), p.text_muted));
    let spoken = via_text.map_or_else(|| learned.to_owned(), |via| format!("{learned} ({via})"));
    let margin = Vec2::new(12.0, 6.0);
    let via_size = via.as_ref().map_or(Vec2::ZERO, |via| via.size());
    let size = Vec2::new(text.size().x.max(via_size.x), text.size().y + via_size.y) + margin * 2.0;
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &spoken));
    let painter = ui.painter();
    painter.rect(
        rect,
        CornerRadius::same(12),
        company_color(p, data, &tracker.owner),
        Stroke::new(1.5, p.outline),
        StrokeKind::Inside,
    );
    let below = rect.min.y + margin.y + text.size().y;
    painter.galley(rect.min + margin, text, p.text);
    if let Some(via) = via {
        painter.galley(Pos2::new(rect.min.x + margin.x, below), via, p.text_muted);
    }
}

/// How the bubbles of the end screen are laid out: a grid of cells, each a bubble and its
/// caption.
pub(super) struct BubbleGrid {
    pub(super) columns: usize,
    pub(super) rows: usize,
    pub(super) cell: Vec2,
    pub(super) biggest: f32,
}

impl BubbleGrid {
    /// Room for a caption of two lines under each bubble.
    const CAPTION: f32 = 56.0;

    pub(super) fn new(count: usize, width: f32) -> Self {
        let columns = ((width / 150.0).floor().max(1.0) as usize).min(count.max(1));
        let rows = count.div_ceil(columns).max(1);
        let cell_width = width / columns as f32;
        let biggest = (cell_width * 0.8).min(110.0);
        Self {
            columns,
            rows,
            cell: Vec2::new(cell_width, biggest + Self::CAPTION),
            biggest,
        }
    }

    pub(super) fn size(&self) -> Vec2 {
        Vec2::new(
            self.cell.x * self.columns as f32,
            self.cell.y * self.rows as f32,
        )
    }
}

/// The companies that got pieces, as bubbles whose area is the number of pieces, biggest first.
pub(super) fn paint_bubbles(
    ui: &Ui,
    data: &TrackersData,
    companies: &[(CompanyId, usize)],
    grid: &BubbleGrid,
    rect: Rect,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let painter = ui.painter_at(rect);
    let Some(most) = companies.first().map(|(_, count)| *count as f32) else {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            ctx.tr("trackers-no-company"),
            bold(s.font_body),
            p.success,
        );
        return;
    };
    for (k, (company, count)) in companies.iter().enumerate() {
        let (column, row) = (k % grid.columns, k / grid.columns);
        let cell = Rect::from_min_size(
            rect.min + Vec2::new(grid.cell.x * column as f32, grid.cell.y * row as f32),
            grid.cell,
        );
        let diameter = (grid.biggest * (*count as f32 / most).sqrt()).max(30.0);
        let center = Pos2::new(cell.center().x, cell.top() + 4.0 + grid.biggest / 2.0);
        painter.circle(
            center,
            diameter / 2.0,
            company_color(p, data, company),
            Stroke::new(s.outline_width, p.outline),
        );
        painter.text(
            center,
            Align2::CENTER_CENTER,
            count.to_string(),
            bold((diameter * 0.45).clamp(14.0, s.font_title)),
            p.text,
        );
        let caption = format!(
            "{} · {}",
            data.company_name(company),
            data.company_country(company)
        );
        let galley = painter.layout(caption, bold(s.font_small * 0.8), p.text, grid.cell.x - 8.0);
        let at = Pos2::new(
            center.x - galley.size().x / 2.0,
            cell.top() + grid.biggest + 8.0,
        );
        painter.galley(at, galley, p.text);
    }
}
