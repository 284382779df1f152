//! The pretend page in its browser window, and the trackers hiding in it.

use eframe::egui::{Align2, CornerRadius, Pos2, Rect, Response, Role, Sense, Ui, Vec2, WidgetInfo};

use super::super::content::{Kind, Page, TrackersData};
use super::super::logic::{self, Fate, Game, Last, Tap};
use super::creatures::{
    company_color, lens_center, paint_creature, paint_domain, paint_hook, paint_lens,
};
use super::pictures::paint_elements;
use super::side::Targets;
use super::{FLIGHT_SECS, LENS_RADIUS, POP_SECS};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::{Theme, theme};
use crate::ui::widgets::{focus_ring, paint_card};

/// Where each element of a page is drawn.
pub(super) struct PageLayout {
    pub(super) chrome: Rect,
    pub(super) title: Rect,
    pub(super) search: Rect,
    pub(super) hero: Rect,
    pub(super) text: Rect,
    pub(super) like: Rect,
    pub(super) ad: Rect,
    pub(super) video: Rect,
    pub(super) pixel: Pos2,
}

impl PageLayout {
    pub(super) fn new(rect: Rect, page: usize) -> Self {
        let chrome = Rect::from_min_size(rect.min, Vec2::new(rect.width(), 48.0));
        let content = Rect::from_min_max(Pos2::new(rect.left(), chrome.bottom()), rect.max)
            .shrink2(Vec2::new(24.0, 16.0));
        let search_width = (content.width() * 0.32).min(300.0);
        let header = Rect::from_min_size(content.min, Vec2::new(content.width(), 56.0));
        let search = Rect::from_min_max(
            Pos2::new(header.right() - search_width, header.top() + 6.0),
            Pos2::new(header.right(), header.bottom() - 6.0),
        );
        let title =
            Rect::from_min_max(header.min, Pos2::new(search.left() - 80.0, header.bottom()));
        let body = Rect::from_min_max(
            Pos2::new(content.left(), header.bottom() + 16.0),
            content.max,
        );
        let split = body.left() + body.width() * 0.56;
        let left = Rect::from_min_max(body.min, Pos2::new(split - 12.0, body.bottom()));
        let right = Rect::from_min_max(Pos2::new(split + 12.0, body.top()), body.max);
        let hero = Rect::from_min_size(left.min, Vec2::new(left.width(), left.height() * 0.46));
        let text = Rect::from_min_max(
            Pos2::new(left.left(), hero.bottom() + 12.0),
            Pos2::new(left.right(), hero.bottom() + 12.0 + left.height() * 0.26),
        );
        let like = Rect::from_min_size(
            Pos2::new(left.left(), text.bottom() + 12.0),
            Vec2::new(150.0, 48.0),
        );
        let ad = Rect::from_min_size(right.min, Vec2::new(right.width(), right.height() * 0.44));
        let video = Rect::from_min_max(Pos2::new(right.left(), ad.bottom() + 20.0), right.max);
        // The pixel hides in a blank spot that changes from page to page.
        let spots = [
            Pos2::new(
                like.right() + (left.right() - like.right()) * 0.6,
                like.center().y,
            ),
            Pos2::new(hero.left() + hero.width() * 0.85, hero.top() + 18.0),
            Pos2::new(right.left() + right.width() * 0.2, ad.bottom() + 10.0),
        ];
        Self {
            chrome,
            title,
            search,
            hero,
            text,
            like,
            ad,
            video,
            pixel: spots[page % spots.len()],
        }
    }

    /// Where the tracker hooked on `kind` sits.
    pub(super) fn anchor(&self, kind: Kind) -> Pos2 {
        let corner = |rect: Rect| rect.right_top() + Vec2::new(-10.0, 6.0);
        match kind {
            Kind::Ad => corner(self.ad),
            Kind::Like => self.like.right_center() + Vec2::new(36.0, 0.0),
            Kind::Video => corner(self.video),
            Kind::Font => self.title.right_center() + Vec2::new(40.0, 0.0),
            Kind::Pixel => self.pixel,
            Kind::Search => self.search.left_center() + Vec2::new(-34.0, 0.0),
        }
    }
}

/// The page and its trackers. Returns what the visitor blocked this frame, if anything.
pub(super) fn page_ui(
    ui: &mut Ui,
    data: &TrackersData,
    game: &mut Game,
    rect: Rect,
    targets: &Targets,
    ctx: &ActivityCtx<'_>,
) -> Option<Last> {
    let theme = theme(ui.ctx());
    let now = ctx.now_secs;
    let round = game.round()?.clone();
    let page = &data.pages[round.page];
    let mut layout = PageLayout::new(rect, round.page);
    // The font tracker hooks onto the end of the title itself.
    let title_width = ui
        .painter()
        .layout_no_wrap(
            page.title.get(ctx.lang).to_owned(),
            bold(theme.sizes.font_heading),
            theme.palette.primary,
        )
        .size()
        .x;
    layout.title.max.x = (layout.title.left() + title_width).min(layout.title.right());
    let loaded = (game.elapsed(now) / logic::LOADING_SECS).min(1.0) as f32;
    paint_page(ui, theme, page, &layout, loaded, game, ctx);
    let mut blocked = None;
    let lens = game.magnifier.then(|| lens_center(ui, rect));
    for (i, creature) in round.creatures.iter().enumerate() {
        let anchor = layout.anchor(creature.kind);
        let owner = &data.trackers[creature.tracker].owner;
        let color = company_color(&theme.palette, data, owner);
        match creature.fate {
            Fate::Watching if game.is_watching(i, now) => {
                if creature.kind == Kind::Pixel && !game.magnifier {
                    continue;
                }
                let age = game.elapsed(now) - creature.appears;
                let grown = (age / POP_SECS).min(1.0) as f32;
                let label = ctx.tr_args(
                    "trackers-creature",
                    &[(
                        "name",
                        data.trackers[creature.tracker].domain.as_str().into(),
                    )],
                );
                let response = creature_button(ui, anchor, &label);
                let shown = creature.kind != Kind::Pixel
                    || lens.is_some_and(|lens| lens.distance(anchor) < LENS_RADIUS);
                if shown {
                    let progress = game.progress(i, now).map(|p| p as f32);
                    paint_hook(ui, theme, anchor, creature.kind, &layout);
                    paint_creature(
                        ui.painter(),
                        &theme.palette,
                        anchor,
                        creature_radius(ctx.age) * grown,
                        color,
                        progress,
                        false,
                    );
                    if ctx.age != AgeBand::Young {
                        paint_domain(ui, theme, anchor, &data.trackers[creature.tracker].domain);
                    }
                }
                let seen_before = game.seen_before(i);
                if response.clicked() && game.tap(i, now) == Tap::Blocked {
                    blocked = Some(Last::Blocked {
                        tracker: creature.tracker,
                        seen_before,
                    });
                }
            }
            Fate::Blocked { at } if now - at < FLIGHT_SECS => {
                let t = ((now - at) / FLIGHT_SECS) as f32;
                let at = anchor.lerp(targets.jar, ease(t));
                paint_creature(
                    ui.painter(),
                    &theme.palette,
                    at,
                    22.0 - 9.0 * t,
                    color,
                    None,
                    true,
                );
            }
            Fate::Sent { at } if now - at < FLIGHT_SECS => {
                let t = ((now - at) / FLIGHT_SECS) as f32;
                let to = targets.company(owner);
                let mut painter = ui.painter().clone();
                painter.set_opacity(1.0 - 0.6 * t);
                paint_creature(
                    &painter,
                    &theme.palette,
                    anchor.lerp(to, ease(t)),
                    22.0 - 12.0 * t,
                    color,
                    None,
                    false,
                );
            }
            _ => {}
        }
    }
    if let Some(lens) = lens {
        paint_lens(ui, theme, lens, rect);
    }
    blocked
}

/// Bigger creatures for smaller hands.
pub(super) fn creature_radius(age: AgeBand) -> f32 {
    if age == AgeBand::Young { 28.0 } else { 22.0 }
}

pub(super) fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The invisible button of a tracker, as big as a finger.
pub(super) fn creature_button(ui: &mut Ui, center: Pos2, label: &str) -> Response {
    let s = theme(ui.ctx()).sizes.clone();
    let rect = Rect::from_center_size(center, Vec2::splat(s.touch_target));
    let response = ui.interact(
        rect,
        ui.scope_id().with(("creature", label)),
        Sense::click(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, label));
    focus_ring(ui, &response, rect);
    response
}

/// The browser window and the page in it; elements fade in while the page "loads".
pub(super) fn paint_page(
    ui: &Ui,
    theme: &Theme,
    page: &Page,
    layout: &PageLayout,
    loaded: f32,
    game: &Game,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let painter = ui.painter();
    let window = layout
        .chrome
        .union(layout.video)
        .expand2(Vec2::new(0.0, 16.0));
    let window = Rect::from_min_max(
        layout.chrome.min,
        Pos2::new(layout.chrome.right(), window.bottom()),
    );
    paint_card(painter, window, p.surface);
    painter.rect_filled(
        layout.chrome,
        CornerRadius {
            nw: s.corner,
            ne: s.corner,
            sw: 0,
            se: 0,
        },
        p.bar,
    );
    for (k, color) in [p.accent, p.selected, p.success].into_iter().enumerate() {
        painter.circle_filled(
            layout.chrome.left_center() + Vec2::new(22.0 + 20.0 * k as f32, 0.0),
            6.0,
            color,
        );
    }
    let address = Rect::from_min_max(
        layout.chrome.left_top() + Vec2::new(90.0, 9.0),
        layout.chrome.right_bottom() - Vec2::new(150.0, 9.0),
    );
    painter.rect_filled(address, CornerRadius::same(15), p.surface);
    painter.text(
        address.left_center() + Vec2::new(14.0, 0.0),
        Align2::LEFT_CENTER,
        &page.address,
        regular(s.font_small * 0.9),
        p.text_muted,
    );
    painter.text(
        layout.chrome.right_center() - Vec2::new(16.0, 0.0),
        Align2::RIGHT_CENTER,
        ctx.tr_args(
            "trackers-page",
            &[
                ("number", (game.current + 1).into()),
                ("count", game.rounds.len().into()),
            ],
        ),
        bold(s.font_small * 0.9),
        p.text,
    );
    let mut content = painter.clone();
    content.set_opacity(loaded);
    paint_elements(&content, theme, page, layout, ctx);
}
