//! The side of the page: the jar of blocked trackers and the companies the others fly off to.

use eframe::egui::{
    Align2, CornerRadius, Pos2, Rect, Role, Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use super::super::content::TrackersData;
use super::super::logic::{self, Fate, Game};
use super::FLIGHT_SECS;
use super::creatures::{company_color, paint_creature};
use crate::activity::ActivityCtx;
use crate::content::CompanyId;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::paint_card;

/// Where flying trackers go: each company that got something, and the jar.
pub(super) struct Targets {
    pub(super) companies: Vec<(CompanyId, Pos2)>,
    pub(super) jar: Pos2,
}

impl Targets {
    pub(super) fn company(&self, company: &CompanyId) -> Pos2 {
        self.companies
            .iter()
            .find(|(known, _)| known == company)
            .map_or(self.jar, |(_, at)| *at)
    }
}

/// The companies that got something so far (top) and the jar of blocked trackers (bottom).
pub(super) fn side_ui(
    ui: &Ui,
    data: &TrackersData,
    game: &Game,
    rect: Rect,
    now: f64,
    ctx: &ActivityCtx<'_>,
) -> Targets {
    let (p, s) = tokens(ui.ctx());
    let painter = ui.painter_at(rect);
    let jar_height = (rect.height() * 0.45).min(280.0);
    let top = Rect::from_min_max(
        rect.min,
        Pos2::new(rect.right(), rect.bottom() - jar_height),
    );
    paint_card(&painter, top, p.surface);
    let heading = painter.layout(
        ctx.tr("trackers-sent-to"),
        bold(s.font_small),
        p.text,
        top.width() - s.gap,
    );
    let heading_height = heading.size().y;
    painter.galley(top.min + Vec2::splat(s.gap * 0.5), heading, p.text);
    // Every piece sent so far, including the ones still flying: a company's row is there
    // when its tracker arrives.
    let sent = game.profile();
    let counts = logic::companies(data, &sent);
    let row = 34.0;
    let mut companies = Vec::new();
    let mut y = top.top() + s.gap + heading_height + row / 2.0;
    for (company, count) in &counts {
        if y > top.bottom() - row / 2.0 {
            break;
        }
        let dot = Pos2::new(top.left() + s.gap, y);
        painter.circle(
            dot,
            9.0,
            company_color(p, data, company),
            Stroke::new(1.5, p.outline),
        );
        let name = format!(
            "{} · {} ×{count}",
            data.company_name(company),
            data.company_country(company)
        );
        painter.text(
            dot + Vec2::new(16.0, 0.0),
            Align2::LEFT_CENTER,
            &name,
            regular(s.font_small * 0.85),
            p.text,
        );
        ui.interact(
            Rect::from_center_size(dot, Vec2::new(8.0, row)),
            ui.scope_id().with(("sent to", company)),
            Sense::hover(),
        )
        .widget_info(|| WidgetInfo::labeled(Role::Label, true, &name));
        companies.push((company.clone(), dot));
        y += row;
    }
    let jar_rect = Rect::from_min_max(
        Pos2::new(rect.left(), rect.bottom() - jar_height + s.gap * 0.5),
        rect.max,
    );
    let jar = paint_jar(ui, data, game, jar_rect, now, ctx);
    Targets { companies, jar }
}

/// A glass jar holding every tracker blocked so far. Returns where new ones fly to.
pub(super) fn paint_jar(
    ui: &Ui,
    data: &TrackersData,
    game: &Game,
    rect: Rect,
    now: f64,
    ctx: &ActivityCtx<'_>,
) -> Pos2 {
    let (p, s) = tokens(ui.ctx());
    let painter = ui.painter();
    let blocked = game.score().blocked;
    let caption = ctx.tr_args("trackers-jar", &[("count", blocked.into())]);
    ui.interact(rect, ui.scope_id().with("jar"), Sense::hover())
        .widget_info(|| WidgetInfo::labeled(Role::Label, true, &caption));
    let caption = painter.layout(caption, bold(s.font_small), p.text, rect.width());
    let caption_height = caption.size().y;
    painter.galley(
        Pos2::new(rect.center().x - caption.size().x / 2.0, rect.top()),
        caption,
        p.text,
    );
    let body = Rect::from_center_size(
        Pos2::new(
            rect.center().x,
            rect.center().y + caption_height / 2.0 + 8.0,
        ),
        Vec2::new(
            (rect.width() * 0.7).min(200.0),
            rect.height() - caption_height - 40.0,
        ),
    );
    painter.rect(
        body,
        CornerRadius::same(28),
        p.glass,
        Stroke::new(s.outline_width * 1.5, p.outline),
        StrokeKind::Inside,
    );
    let lid = Rect::from_center_size(
        Pos2::new(body.center().x, body.top() - 6.0),
        Vec2::new(body.width() * 0.8, 18.0),
    );
    painter.rect(
        lid,
        CornerRadius::same(6),
        p.accent,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    // The blocked trackers, settled at the bottom in rows, once their flight is over.
    let size = 26.0_f32;
    let per_row = ((body.width() - 16.0) / (size + 4.0)).floor().max(1.0) as usize;
    let mut k = 0;
    for round in &game.rounds {
        for creature in &round.creatures {
            let Fate::Blocked { at } = creature.fate else {
                continue;
            };
            if now - at >= FLIGHT_SECS {
                let (column, row) = (k % per_row, k / per_row);
                let at = Pos2::new(
                    body.left() + 8.0 + (column as f32 + 0.5) * (size + 4.0),
                    body.bottom() - 8.0 - (row as f32 + 0.5) * (size + 4.0),
                );
                let color = company_color(p, data, &data.trackers[creature.tracker].owner);
                paint_creature(painter, p, at, size / 2.0, color, None, true);
            }
            k += 1;
        }
    }
    body.center_top() + Vec2::new(0.0, 20.0)
}
