//! The screens of "Who is following me?": a pretend page in a browser window with its trackers,
//! the jar and the companies they fly off to; then the end screen with the profile they
//! assembled, the companies as bubbles, and three tips.

use std::f32::consts::TAU;
use std::time::Duration;

use eframe::egui::{
    self, Align, Align2, Color32, CornerRadius, Layout, Pos2, Rect, Response, RichText, Role,
    Sense, Shape, Stroke, StrokeKind, Ui, Vec2, WidgetInfo, epaint::PathShape,
};

use super::content::{Hero, Kind, Page, TrackersData};
use super::logic::{self, Fate, Game, Last, Tap, Visit};
use crate::activity::ActivityCtx;
use crate::age::AgeBand;
use crate::audio::Sound;
use crate::content::CompanyId;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::{BigButton, bar_frame, card_frame, chip, focus_ring, pictogram_heading};

/// How long a blocked tracker takes to fly into the jar, and a missed one to its company.
const FLIGHT_SECS: f64 = 0.7;
/// How long a tracker takes to pop up.
const POP_SECS: f64 = 0.25;
/// Frames per second while trackers move.
const ANIMATION_FPS: f32 = 30.0;
/// The magnifier's radius, in points.
const LENS_RADIUS: f32 = 72.0;

/// Draws the game, or its end screen.
pub fn trackers_ui(ui: &mut Ui, data: &TrackersData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let game = visit
        .game
        .get_or_insert_with(|| Game::deal(data, ctx.age, ctx.rng));
    if game.is_over() {
        ctx.complete_once(&mut visit.finished);
        if end_ui(ui, data, game, ctx) {
            *visit = Visit::default();
        }
        return;
    }
    let now = ctx.now_secs;
    if !game.waits_for_ready() {
        game.start(now);
    }
    game.shown(now);
    if !game.tick(now).is_empty() {
        visit.last = Some(Last::Sent);
        ctx.play(Sound::TryAgain);
    }
    // Nothing is left to look for: the magnifier is put away, and the page shows whole.
    if game.page_done() {
        game.magnifier = false;
    }
    bottom_bar_ui(ui, data, visit, ctx);
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    if game.is_over() {
        ui.ctx().request_repaint();
        return;
    }
    let s = theme(ui.ctx()).sizes.clone();
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(s.margin * 0.5))
        .show(ui, |ui| {
            let area = ui.available_rect_before_wrap();
            let side = (area.width() * 0.25).clamp(220.0, 340.0);
            let page_rect = Rect::from_min_max(
                area.min,
                Pos2::new(area.right() - side - s.gap * 0.5, area.bottom()),
            );
            let side_rect =
                Rect::from_min_max(Pos2::new(area.right() - side, area.top()), area.max);
            let targets = side_ui(ui, data, game, side_rect, now, ctx);
            if let Some(blocked) = page_ui(ui, data, game, page_rect, &targets, ctx) {
                visit.last = Some(blocked);
                ctx.play(Sound::Success);
            }
        });
    ui.ctx()
        .request_repaint_after(Duration::from_secs_f32(1.0 / ANIMATION_FPS));
}

// ---- the bottom bar ----

/// What happened last (or what to do), the magnifier and the way to the next page.
fn bottom_bar_ui(ui: &mut Ui, data: &TrackersData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let Some(game) = visit.game.as_mut() else {
        return;
    };
    let has_pixel = game
        .round()
        .is_some_and(|round| round.creatures.iter().any(|c| c.kind == Kind::Pixel));
    let last_page = game.current + 1 == game.rounds.len();
    let text = bar_text(data, game, visit.last, ctx);
    let all_texts = page_texts(data, game, ctx);
    egui::Panel::bottom("trackers-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if game.waits_for_ready() {
                    if ctx.tapped(
                        &ui.add(
                            BigButton::new(&ctx.tr("trackers-ready"))
                                .pictogram(Pictogram::Play)
                                .primary(),
                        ),
                    ) {
                        game.start(ctx.now_secs);
                    }
                    ui.add_space(s.gap);
                    bar_sentence_ui(ui, theme, &text, &all_texts);
                    return;
                }
                let next = if last_page {
                    ctx.tr("trackers-see-profile")
                } else {
                    ctx.tr("trackers-next-page")
                };
                if ctx.tapped(&ui.add_enabled(
                    game.can_leave(),
                    BigButton::new(&next).pictogram(Pictogram::Next).primary(),
                )) && !game.leave(ctx.now_secs).is_empty()
                {
                    visit.last = Some(Last::Sent);
                }
                if has_pixel && magnifier_button(ui, game.magnifier, &ctx.tr("trackers-magnifier"))
                {
                    game.magnifier = !game.magnifier;
                    ctx.play(Sound::Tap);
                }
                ui.add_space(s.gap);
                bar_sentence_ui(ui, theme, &text, &all_texts);
            });
        });
}

/// The bar's sentence, in a box as high as the longest sentence of the page (`all`), so that
/// the page above never jumps: a sentence longer than two lines is set smaller.
fn bar_sentence_ui(ui: &mut Ui, theme: &Theme, text: &str, all: &[String]) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let width = ui.available_width();
    let layout = |text: &str, size: f32| {
        ui.painter()
            .layout(text.to_owned(), regular(size), p.text, width)
    };
    let size_for = |text: &str| {
        if layout(text, s.font_body).rows.len() > 2 {
            s.font_small
        } else {
            s.font_body
        }
    };
    let height = all
        .iter()
        .map(String::as_str)
        .chain([text])
        .map(|text| layout(text, size_for(text)).size().y)
        .fold(s.touch_target, f32::max);
    let size = size_for(text);
    ui.allocate_ui_with_layout(
        Vec2::new(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_min_height(height);
            ui.add(egui::Label::new(RichText::new(text).font(regular(size)).color(p.text)).wrap());
        },
    );
}

/// The sentence of the bottom bar.
fn bar_text(data: &TrackersData, game: &Game, last: Option<Last>, ctx: &ActivityCtx<'_>) -> String {
    let now = ctx.now_secs;
    let pixel_hiding = game.round().is_some_and(|round| {
        round
            .creatures
            .iter()
            .enumerate()
            .any(|(i, c)| c.kind == Kind::Pixel && game.is_watching(i, now))
    });
    if pixel_hiding && !game.magnifier {
        return ctx.tr("trackers-pixel-hint");
    }
    if game.page_done() {
        return ctx.tr("trackers-page-done");
    }
    match last {
        Some(Last::Blocked {
            tracker,
            seen_before,
        }) => blocked_text(data, tracker, seen_before, ctx),
        Some(Last::Sent) => ctx.tr("trackers-sent"),
        None => ctx.tr("trackers-hint"),
    }
}

/// What the bar says when tracker `tracker` is blocked: who it is, and what it learns.
fn blocked_text(
    data: &TrackersData,
    tracker: usize,
    seen_before: bool,
    ctx: &ActivityCtx<'_>,
) -> String {
    let tracker = &data.trackers[tracker];
    let lesson = data
        .lesson(tracker.kind)
        .map_or("", |lesson| lesson.learns.get(ctx.lang, ctx.age));
    let blocked = ctx.tr_args(
        "trackers-blocked",
        &[
            ("name", tracker.domain.as_str().into()),
            ("company", data.company_name(&tracker.owner).into()),
            ("country", data.company_country(&tracker.owner).into()),
        ],
    );
    if seen_before {
        format!("{blocked} {} {lesson}", ctx.tr("trackers-seen-before"))
    } else {
        format!("{blocked} {lesson}")
    }
}

/// Every sentence the bar can say on the current page: its box is as high as the longest, so
/// that the page does not move while the visitor plays it.
fn page_texts(data: &TrackersData, game: &Game, ctx: &ActivityCtx<'_>) -> Vec<String> {
    let mut texts: Vec<String> = [
        "trackers-hint",
        "trackers-pixel-hint",
        "trackers-page-done",
        "trackers-sent",
    ]
    .into_iter()
    .map(|id| ctx.tr(id))
    .collect();
    for creature in game.round().map_or(&[][..], |round| &round.creatures[..]) {
        for seen_before in [false, true] {
            texts.push(blocked_text(data, creature.tracker, seen_before, ctx));
        }
    }
    texts
}

/// The magnifier's on/off button. Returns whether it was pressed.
fn magnifier_button(ui: &mut Ui, on: bool, label: &str) -> bool {
    chip(ui, Pictogram::Search, label, on, Role::CheckBox).clicked()
}

// ---- the side: companies and the jar ----

/// Where flying trackers go: each company that got something, and the jar.
struct Targets {
    companies: Vec<(CompanyId, Pos2)>,
    jar: Pos2,
}

impl Targets {
    fn company(&self, company: &CompanyId) -> Pos2 {
        self.companies
            .iter()
            .find(|(known, _)| known == company)
            .map_or(self.jar, |(_, at)| *at)
    }
}

/// The companies that got something so far (top) and the jar of blocked trackers (bottom).
fn side_ui(
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
    painter.rect(
        top,
        CornerRadius::same(s.corner),
        p.surface,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
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
fn paint_jar(
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

// ---- the page ----

/// Where each element of a page is drawn.
struct PageLayout {
    chrome: Rect,
    title: Rect,
    search: Rect,
    hero: Rect,
    text: Rect,
    like: Rect,
    ad: Rect,
    video: Rect,
    pixel: Pos2,
}

impl PageLayout {
    fn new(rect: Rect, page: usize) -> Self {
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
    fn anchor(&self, kind: Kind) -> Pos2 {
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
fn page_ui(
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
fn creature_radius(age: AgeBand) -> f32 {
    if age == AgeBand::Young { 28.0 } else { 22.0 }
}

fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The invisible button of a tracker, as big as a finger.
fn creature_button(ui: &mut Ui, center: Pos2, label: &str) -> Response {
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
fn paint_page(
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
    painter.rect(
        window,
        CornerRadius::same(s.corner),
        p.surface,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
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

/// The title, search box, picture, text, like button, ad and video of a page.
fn paint_elements(
    painter: &egui::Painter,
    theme: &Theme,
    page: &Page,
    layout: &PageLayout,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    painter.text(
        layout.title.left_center(),
        Align2::LEFT_CENTER,
        page.title.get(ctx.lang),
        bold(s.font_heading),
        p.primary,
    );
    painter.rect(
        layout.search,
        CornerRadius::same(22),
        p.background,
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    Pictogram::Search.paint(
        painter,
        layout.search.left_center() + Vec2::new(22.0, 0.0),
        22.0,
        p.text_muted,
    );
    painter.text(
        layout.search.left_center() + Vec2::new(42.0, 0.0),
        Align2::LEFT_CENTER,
        page.search.get(ctx.lang),
        regular(s.font_small * 0.9),
        p.text,
    );
    paint_hero(painter, p, page.hero, layout.hero);
    let mut y = layout.text.top();
    for line in &page.lines {
        let galley = painter.layout(
            line.get(ctx.lang).to_owned(),
            regular(s.font_small),
            p.text,
            layout.text.width(),
        );
        let height = galley.size().y;
        painter.galley(Pos2::new(layout.text.left(), y), galley, p.text);
        y += height + 6.0;
    }
    // Grey lines stand for the rest of the article.
    while y + 10.0 < layout.text.bottom() {
        let width = layout.text.width() * if y as i32 % 3 == 0 { 0.7 } else { 0.92 };
        painter.rect_filled(
            Rect::from_min_size(
                Pos2::new(layout.text.left(), y + 4.0),
                Vec2::new(width, 8.0),
            ),
            CornerRadius::same(4),
            p.disabled,
        );
        y += 18.0;
    }
    painter.rect(
        layout.like,
        CornerRadius::same(24),
        p.pastels[0],
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    Pictogram::ThumbsUp.paint(
        painter,
        layout.like.left_center() + Vec2::new(28.0, 0.0),
        26.0,
        p.text,
    );
    painter.text(
        layout.like.left_center() + Vec2::new(50.0, 0.0),
        Align2::LEFT_CENTER,
        ctx.tr("trackers-like"),
        bold(s.font_small),
        p.text,
    );
    paint_ad(painter, theme, page, layout.ad, ctx);
    paint_video(painter, theme, page, layout.video, ctx);
}

fn paint_ad(
    painter: &egui::Painter,
    theme: &Theme,
    page: &Page,
    rect: Rect,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    painter.rect(
        rect,
        CornerRadius::same(12),
        p.pastels[3],
        Stroke::new(s.outline_width, p.outline),
        StrokeKind::Inside,
    );
    painter.text(
        rect.left_top() + Vec2::new(10.0, 8.0),
        Align2::LEFT_TOP,
        ctx.tr("trackers-ad"),
        bold(s.font_small * 0.8),
        p.text_muted,
    );
    Pictogram::Loudspeaker.paint(
        painter,
        rect.center() - Vec2::new(0.0, rect.height() * 0.14),
        rect.height() * 0.3,
        p.accent,
    );
    let galley = painter.layout(
        page.ad.get(ctx.lang).to_owned(),
        bold(s.font_small),
        p.text,
        rect.width() - 24.0,
    );
    let at = Pos2::new(
        rect.center().x - galley.size().x / 2.0,
        rect.bottom() - galley.size().y - 10.0,
    );
    painter.galley(at, galley, p.text);
}

fn paint_video(
    painter: &egui::Painter,
    theme: &Theme,
    page: &Page,
    rect: Rect,
    ctx: &ActivityCtx<'_>,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    painter.rect_filled(rect, CornerRadius::same(12), p.screen);
    let center = rect.center() - Vec2::new(0.0, 12.0);
    let r = (rect.height() * 0.2).min(34.0);
    painter.circle_filled(center, r, p.accent);
    painter.add(Shape::convex_polygon(
        vec![
            center + Vec2::new(-r * 0.35, -r * 0.5),
            center + Vec2::new(r * 0.55, 0.0),
            center + Vec2::new(-r * 0.35, r * 0.5),
        ],
        p.on_accent,
        Stroke::NONE,
    ));
    let galley = painter.layout(
        page.video.get(ctx.lang).to_owned(),
        regular(s.font_small * 0.85),
        p.on_screen,
        rect.width() - 24.0,
    );
    let at = Pos2::new(rect.left() + 12.0, rect.bottom() - galley.size().y - 8.0);
    painter.galley(at, galley, p.on_screen);
}

/// The picture at the top of a page, drawn (no image files, no logos).
fn paint_hero(painter: &egui::Painter, p: &Palette, hero: Hero, rect: Rect) {
    let u = rect.height().min(rect.width() * 0.6) / 10.0;
    match hero {
        Hero::Games => paint_controller(painter, p, rect, u),
        Hero::Recipe => paint_pancakes(painter, p, rect, u),
        Hero::Football => paint_pitch(painter, p, rect, u),
        Hero::Music => paint_notes(painter, p, rect, u),
        Hero::Weather => paint_sky(painter, p, rect, u),
    }
}

fn paint_notes(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[1]);
    let c = rect.center();
    let stem = Stroke::new(u * 0.35, p.text);
    // Two notes joined by a beam, and a single one.
    let heads = [
        c + Vec2::new(-u * 3.2, u * 2.0),
        c + Vec2::new(-u * 0.6, u * 1.4),
        c + Vec2::new(u * 2.8, u * 2.4),
    ];
    for head in heads {
        painter.add(Shape::ellipse_filled(
            head,
            Vec2::new(u * 0.9, u * 0.65),
            p.text,
        ));
        let top = head + Vec2::new(u * 0.75, -u * 4.0);
        painter.line_segment([head + Vec2::new(u * 0.75, 0.0), top], stem);
    }
    let beam = [
        heads[0] + Vec2::new(u * 0.75, -u * 4.0),
        heads[1] + Vec2::new(u * 0.75, -u * 4.0),
    ];
    painter.line_segment(beam, Stroke::new(u * 0.8, p.text));
    let flag = heads[2] + Vec2::new(u * 0.75, -u * 4.0);
    painter.line_segment([flag, flag + Vec2::new(u * 1.2, u * 1.4)], stem);
}

fn paint_sky(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[0]);
    let sun = rect.center() + Vec2::new(u * 1.6, -u * 1.0);
    for k in 0..12 {
        let ray = Vec2::angled(TAU * k as f32 / 12.0);
        painter.line_segment(
            [sun + ray * u * 2.4, sun + ray * u * 3.2],
            Stroke::new(u * 0.35, p.selected),
        );
    }
    painter.circle_filled(sun, u * 2.0, p.selected);
    let cloud = rect.center() + Vec2::new(-u * 1.2, u * 1.4);
    for (offset, r) in [
        (Vec2::new(-u * 2.0, u * 0.4), 1.4),
        (Vec2::new(-u * 0.6, -u * 0.6), 2.0),
        (Vec2::new(u * 1.2, 0.0), 1.6),
        (Vec2::new(u * 2.6, u * 0.6), 1.1),
    ] {
        painter.circle_filled(cloud + offset, u * r, p.cloud);
    }
    painter.rect_filled(
        Rect::from_min_max(
            cloud + Vec2::new(-u * 2.0, u * 0.2),
            cloud + Vec2::new(u * 2.6, u * 1.7),
        ),
        CornerRadius::ZERO,
        p.cloud,
    );
}

fn paint_controller(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    let ink = Stroke::new(2.0, p.text);
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[4]);
    let body = Rect::from_center_size(rect.center(), Vec2::new(u * 9.0, u * 4.4));
    for (side, grip) in [(1.0, body.left_center()), (-1.0, body.right_center())] {
        let at = grip + Vec2::new(side * u * 0.8, u * 1.2);
        painter.circle(at, u * 1.9, p.layer_physical, ink);
    }
    painter.rect(
        body,
        CornerRadius::same(40),
        p.layer_physical,
        ink,
        StrokeKind::Middle,
    );
    let pad = body.left_center() + Vec2::new(u * 2.0, 0.0);
    for size in [Vec2::new(u * 2.0, u * 0.6), Vec2::new(u * 0.6, u * 2.0)] {
        let arm = Rect::from_center_size(pad, size);
        painter.rect_filled(arm, CornerRadius::same(2), p.surface);
    }
    let buttons = body.right_center() - Vec2::new(u * 2.0, 0.0);
    for (offset, color) in [
        (Vec2::new(0.0, -u * 0.8), p.selected),
        (Vec2::new(u * 0.8, 0.0), p.accent),
        (Vec2::new(0.0, u * 0.8), p.success),
        (Vec2::new(-u * 0.8, 0.0), p.sea),
    ] {
        painter.circle_filled(buttons + offset, u * 0.45, color);
    }
}

fn paint_pancakes(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    painter.rect_filled(rect, CornerRadius::same(12), p.pastels[3]);
    let plate = rect.center() + Vec2::new(0.0, u * 2.6);
    painter.add(Shape::ellipse_filled(
        plate,
        Vec2::new(u * 5.0, u * 1.1),
        p.surface,
    ));
    let size = Vec2::new(u * 3.6, u * 0.8);
    for k in 0..4 {
        let at = plate - Vec2::new(0.0, u * (0.6 + 0.9 * k as f32));
        painter.add(Shape::ellipse_filled(
            at + Vec2::new(0.0, u * 0.3),
            size,
            p.pancake_edge,
        ));
        painter.add(Shape::ellipse_filled(at, size, p.pancake));
    }
    let butter = plate - Vec2::new(0.0, u * 3.6);
    painter.rect_filled(
        Rect::from_center_size(butter, Vec2::new(u * 1.2, u * 0.7)),
        CornerRadius::same(3),
        p.butter,
    );
}

fn paint_pitch(painter: &egui::Painter, p: &Palette, rect: Rect, u: f32) {
    let c = rect.center();
    painter.rect_filled(rect, CornerRadius::same(12), p.pitch);
    let line = Stroke::new(3.0, Color32::WHITE);
    painter.line_segment([rect.center_top(), rect.center_bottom()], line);
    painter.circle_stroke(c, u * 2.2, line);
    let goal = Rect::from_center_size(
        rect.right_center() - Vec2::new(u * 1.2, 0.0),
        Vec2::new(u * 1.6, u * 4.5),
    );
    painter.rect_stroke(goal, CornerRadius::ZERO, line, StrokeKind::Middle);
    let ball = c + Vec2::new(u * 3.2, u * 1.6);
    painter.circle(
        ball,
        u * 1.1,
        Color32::WHITE,
        Stroke::new(2.0, Color32::BLACK),
    );
    let pentagon: Vec<Pos2> = (0..5)
        .map(|k| {
            let angle = TAU * k as f32 / 5.0 - TAU / 4.0;
            ball + Vec2::angled(angle) * u * 0.45
        })
        .collect();
    // A football is black and white in every theme.
    painter.add(Shape::convex_polygon(
        pentagon,
        Color32::BLACK,
        Stroke::NONE,
    ));
}

/// A thin line from a tracker to the element it is hooked on.
fn paint_hook(ui: &Ui, theme: &Theme, at: Pos2, kind: Kind, layout: &PageLayout) {
    let to = match kind {
        Kind::Ad => layout.ad.right_top() + Vec2::new(-30.0, 26.0),
        Kind::Video => layout.video.right_top() + Vec2::new(-30.0, 26.0),
        Kind::Like => layout.like.right_center(),
        Kind::Font => layout.title.right_center() + Vec2::new(4.0, 0.0),
        Kind::Search => layout.search.left_center(),
        Kind::Pixel => return,
    };
    ui.painter()
        .line_segment([at, to], Stroke::new(2.5, theme.palette.outline));
    ui.painter().circle_filled(to, 4.0, theme.palette.outline);
}

/// A friendly tracker: a round body, two eyes that look at the visitor, antennae, a smile, and
/// the ring of time it has left (10+). `closed` eyes: caught.
fn paint_creature(
    painter: &egui::Painter,
    p: &Palette,
    center: Pos2,
    radius: f32,
    color: Color32,
    progress: Option<f32>,
    closed: bool,
) {
    if radius < 1.0 {
        return;
    }
    let ink = Stroke::new((radius / 10.0).max(1.0), p.text);
    for side in [-1.0, 1.0] {
        let tip = center + Vec2::new(side * radius * 0.55, -radius * 1.35);
        painter.line_segment(
            [center + Vec2::new(side * radius * 0.3, -radius * 0.8), tip],
            ink,
        );
        painter.circle_filled(tip, radius * 0.16, p.accent);
    }
    painter.circle(center, radius, color, ink);
    for side in [-1.0, 1.0] {
        let eye = center + Vec2::new(side * radius * 0.36, -radius * 0.15);
        if closed {
            painter.line_segment(
                [
                    eye - Vec2::new(radius * 0.16, 0.0),
                    eye + Vec2::new(radius * 0.16, 0.0),
                ],
                ink,
            );
        } else {
            painter.circle(
                eye,
                radius * 0.26,
                Color32::WHITE,
                Stroke::new(ink.width * 0.6, p.text),
            );
            painter.circle_filled(eye + Vec2::new(0.0, radius * 0.06), radius * 0.12, p.text);
        }
    }
    let smile: Vec<Pos2> = (0..=8)
        .map(|k| {
            let angle = TAU * (0.08 + 0.34 * k as f32 / 8.0);
            center + Vec2::new(0.0, radius * 0.1) + Vec2::angled(angle) * radius * 0.42
        })
        .collect();
    painter.add(PathShape::line(smile, ink));
    if let Some(progress) = progress {
        let ring = radius + 7.0;
        painter.circle_stroke(center, ring, Stroke::new(5.0, p.disabled));
        let end = (progress * 48.0).ceil() as usize;
        if end > 0 {
            let arc: Vec<Pos2> = (0..=end)
                .map(|k| center + Vec2::angled(-TAU / 4.0 + TAU * k as f32 / 48.0) * ring)
                .collect();
            let color = if progress > 0.7 { p.accent } else { p.primary };
            painter.add(PathShape::line(arc, Stroke::new(5.0, color)));
        }
    }
}

/// The tracker's domain on a pill under it (10+).
fn paint_domain(ui: &Ui, theme: &Theme, at: Pos2, domain: &str) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let galley =
        ui.painter()
            .layout_no_wrap(domain.to_owned(), regular(s.font_small * 0.75), p.text);
    let pill = Rect::from_center_size(
        at + Vec2::new(0.0, 44.0),
        galley.size() + Vec2::new(12.0, 4.0),
    );
    ui.painter().rect(
        pill,
        CornerRadius::same(8),
        p.surface,
        Stroke::new(1.0, p.outline),
        StrokeKind::Inside,
    );
    ui.painter()
        .galley(pill.center() - galley.size() / 2.0, galley, p.text);
}

/// Where the magnifier is: under the pointer, else in the middle of the page.
fn lens_center(ui: &Ui, page: Rect) -> Pos2 {
    ui.input(|input| input.pointer.latest_pos())
        .filter(|pos| page.contains(*pos))
        .unwrap_or_else(|| page.center())
}

fn paint_lens(ui: &Ui, theme: &Theme, center: Pos2, page: Rect) {
    let p = &theme.palette;
    let painter = ui.painter_at(page);
    painter.circle_stroke(center, LENS_RADIUS, Stroke::new(6.0, p.text));
    painter.circle_stroke(center, LENS_RADIUS - 5.0, Stroke::new(2.0, p.surface));
    let handle = Vec2::angled(TAU / 8.0);
    painter.line_segment(
        [
            center + handle * LENS_RADIUS,
            center + handle * (LENS_RADIUS + 46.0),
        ],
        Stroke::new(12.0, p.text),
    );
}

/// The colour of a company, the same on every screen: by its place in the companies' file.
fn company_color(p: &Palette, data: &TrackersData, company: &CompanyId) -> Color32 {
    p.pastel(data.companies.index_of(company))
}

// ---- the end ----

/// The profile the missed trackers assembled, the companies that got it, the jar and three
/// tips. Returns whether the visitor wants to play again.
fn end_ui(ui: &mut Ui, data: &TrackersData, game: &Game, ctx: &mut ActivityCtx<'_>) -> bool {
    let (_, s) = tokens(ui.ctx());
    let mut again = false;
    egui::Panel::bottom("trackers-end-bar")
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ctx.tapped(
                    &ui.add(
                        BigButton::new(&ctx.tr("trackers-again")).pictogram(Pictogram::Restart),
                    ),
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

fn end_content_ui(ui: &mut Ui, data: &TrackersData, game: &Game, ctx: &ActivityCtx<'_>) {
    let (p, s) = tokens(ui.ctx());
    let profile = game.profile();
    let score = game.score();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = s.gap * 1.5;
        ui.label(RichText::new(ctx.tr("trackers-end-title")).font(bold(s.font_title)));
        ui.label(
            RichText::new(ctx.tr_args(
                "trackers-score",
                &[
                    ("right", score.blocked.into()),
                    ("count", score.total.into()),
                ],
            ))
            .font(regular(s.font_body))
            .color(p.text_muted),
        );
    });
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
fn profile_card_ui(
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
fn piece_ui(ui: &mut Ui, data: &TrackersData, piece: &logic::Piece, ctx: &ActivityCtx<'_>) {
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
struct BubbleGrid {
    columns: usize,
    rows: usize,
    cell: Vec2,
    biggest: f32,
}

impl BubbleGrid {
    /// Room for a caption of two lines under each bubble.
    const CAPTION: f32 = 56.0;

    fn new(count: usize, width: f32) -> Self {
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

    fn size(&self) -> Vec2 {
        Vec2::new(
            self.cell.x * self.columns as f32,
            self.cell.y * self.rows as f32,
        )
    }
}

/// The companies that got pieces, as bubbles whose area is the number of pieces, biggest first.
fn paint_bubbles(
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
