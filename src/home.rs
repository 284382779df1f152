//! The home screen (activity tiles, languages, age bands), "About our data", and the bar above
//! every activity with its home button, always in the same place.

use eframe::egui::{
    self, Align, Align2, CornerRadius, FontId, Layout, Pos2, Rect, RichText, Role, ScrollArea,
    Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use crate::activity::{ActivityId, ActivityInfo};
use crate::age::AgeBand;
use crate::app::{Screen, Session};
use crate::i18n::{I18n, Lang};
use crate::ui::fonts::{bold, regular};
use crate::ui::images::ImageCache;
use crate::ui::scroll::scroll_view;
use crate::ui::widgets::{
    ButtonKind, bar_frame, big_button, focus_ring, paint_choice_background, pressed,
};
use crate::ui::{Pictogram, figures, theme};

/// What the visitor did on the home screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HomeAction {
    /// Switch the language.
    SetLang(Lang),
    /// Switch the age band.
    SetAge(AgeBand),
    /// Open an activity.
    Open(ActivityId),
    /// Open "About our data".
    About,
    /// Back from "About our data".
    Home,
}

/// Draws the home screen or "About our data", whichever `session.screen` says.
pub fn home_ui(
    ui: &mut Ui,
    session: &Session,
    i18n: &I18n,
    activities: &[&ActivityInfo],
    langs: &[Lang],
    images: &mut ImageCache,
) -> Option<HomeAction> {
    let mut action = None;
    let theme = theme(ui.ctx());
    let tr = |id: &str| i18n.tr_age(&session.lang, session.age, id);
    egui::Panel::top("home-bar")
        .exact_size(theme.sizes.top_bar)
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal_centered(|ui| {
                if session.screen == Screen::About {
                    if big_button(
                        ui,
                        Some(Pictogram::House),
                        &tr("common-home"),
                        ButtonKind::Accent,
                        true,
                    )
                    .clicked()
                    {
                        action = Some(HomeAction::Home);
                    }
                } else {
                    ui.label(RichText::new(tr("home-app-name")).font(bold(theme.sizes.font_title)));
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    for &age in AgeBand::ALL.iter().rev() {
                        let label = tr(&format!("home-age-{}", age.fluent_key()));
                        if age_button(ui, age, &label, age == session.age).clicked() {
                            action = Some(HomeAction::SetAge(age));
                        }
                    }
                    ui.add_space(theme.sizes.gap);
                    // One language offered: no flags to choose from.
                    for lang in langs.iter().rev().filter(|_| langs.len() > 1) {
                        let name = i18n.tr(lang, "common-language-name");
                        let flag = images.get(ui.ctx(), &format!("flags/{lang}.png"));
                        if lang_button(ui, flag.as_ref(), &name, lang == &session.lang).clicked() {
                            action = Some(HomeAction::SetLang(lang.clone()));
                        }
                    }
                });
            });
        });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(theme.sizes.margin as i8)))
        .show(ui, |ui| {
            scroll_view(ui, ScrollArea::vertical().auto_shrink(false), |ui| {
                if session.screen == Screen::About {
                    about_ui(ui, &tr);
                } else if let Some(home_action) = tiles_ui(ui, session, activities, &tr) {
                    action = Some(home_action);
                }
            });
        });
    action
}

/// The bar above an activity: the home button (always top left) and the activity's title.
/// Returns whether home was tapped.
pub fn activity_bar_ui(
    ui: &mut Ui,
    i18n: &I18n,
    session: &Session,
    pictogram: Pictogram,
    title: &str,
) -> bool {
    let theme = theme(ui.ctx());
    let mut home = false;
    egui::Panel::top("activity-bar")
        .exact_size(theme.sizes.top_bar)
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal_centered(|ui| {
                let label = i18n.tr_age(&session.lang, session.age, "common-home");
                home = big_button(ui, Some(Pictogram::House), &label, ButtonKind::Accent, true)
                    .clicked();
                ui.add_space(theme.sizes.gap);
                let (rect, _) = ui.allocate_exact_size(Vec2::splat(44.0), Sense::hover());
                pictogram.paint(ui.painter(), rect.center(), 40.0, theme.palette.primary);
                ui.label(RichText::new(title).font(bold(theme.sizes.font_heading)));
            });
        });
    home
}

fn tiles_ui(
    ui: &mut Ui,
    session: &Session,
    activities: &[&ActivityInfo],
    tr: &dyn Fn(&str) -> String,
) -> Option<HomeAction> {
    let theme = theme(ui.ctx());
    ui.label(RichText::new(tr("home-welcome")).font(bold(theme.sizes.font_heading)));
    ui.add_space(theme.sizes.gap);
    // Few words for the youngest: no summary under the titles.
    let with_summary = session.age != AgeBand::Young;
    let mut tiles: Vec<Tile> = activities
        .iter()
        .filter(|info| info.ages.contains(&session.age))
        .enumerate()
        .map(|(i, info)| Tile {
            pictogram: info.pictogram,
            title: info.title.get(&session.lang).to_owned(),
            summary: with_summary.then(|| info.summary.get(&session.lang, session.age).to_owned()),
            fill: theme.palette.pastels[i % theme.palette.pastels.len()],
            action: HomeAction::Open(info.id),
        })
        .collect();
    tiles.push(Tile {
        pictogram: Pictogram::Lock,
        title: tr("home-about-tile"),
        summary: with_summary.then(|| tr("home-about-summary")),
        fill: theme.palette.surface,
        action: HomeAction::About,
    });
    let layouts: Vec<TileLayout> = tiles.iter().map(|tile| tile.layout(ui)).collect();
    let height = layouts
        .iter()
        .map(TileLayout::height)
        .fold(theme.sizes.home_tile.y, f32::max);
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = Vec2::splat(theme.sizes.gap * 1.5);
        for (tile, layout) in tiles.into_iter().zip(layouts) {
            if tile_ui(ui, &tile, layout, height).clicked() {
                action = Some(tile.action);
            }
        }
    });
    action
}

/// A home-screen tile: pictogram, title, and for older visitors one line of summary.
struct Tile {
    pictogram: Pictogram,
    title: String,
    summary: Option<String>,
    fill: egui::Color32,
    action: HomeAction,
}

/// A tile's texts, laid out to the tile's width.
struct TileLayout {
    title: std::sync::Arc<egui::Galley>,
    summary: Option<std::sync::Arc<egui::Galley>>,
    chrome: f32,
}

impl TileLayout {
    /// The height the tile needs.
    fn height(&self) -> f32 {
        self.chrome + self.title.size().y + self.summary.as_ref().map_or(0.0, |g| g.size().y + 4.0)
    }
}

impl Tile {
    fn layout(&self, ui: &Ui) -> TileLayout {
        let theme = theme(ui.ctx());
        let (p, s) = (&theme.palette, &theme.sizes);
        let width = s.home_tile.x - 2.0 * s.gap;
        let painter = ui.painter();
        // Every line centred, even when a long title or summary wraps.
        let centred = |text: String, font: FontId, color| {
            let mut job = egui::text::LayoutJob::simple(text, font, color, width);
            job.halign = egui::Align::Center;
            painter.layout_job(job)
        };
        let title = centred(self.title.clone(), bold(s.font_button), p.text);
        let summary = self
            .summary
            .clone()
            .map(|text| centred(text, regular(s.font_small), p.text_muted));
        // Margins above the pictogram, between it and the title, and below the texts.
        let chrome = s.gap + s.home_pictogram + s.gap * 0.5 + s.gap;
        TileLayout {
            title,
            summary,
            chrome,
        }
    }
}

/// Draws a tile `height` points tall, all tiles of a row being as tall as the tallest.
fn tile_ui(ui: &mut Ui, tile: &Tile, layout: TileLayout, height: f32) -> egui::Response {
    let theme = theme(ui.ctx());
    let (p, s) = (&theme.palette, &theme.sizes);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(s.home_tile.x, height), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &tile.title));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let draw = pressed(&response, rect);
        let stroke = if response.hovered() {
            Stroke::new(3.0, p.text)
        } else {
            Stroke::new(s.outline_width, p.outline)
        };
        painter.rect(
            draw,
            CornerRadius::same(s.corner),
            tile.fill,
            stroke,
            StrokeKind::Inside,
        );
        let icon_center = Pos2::new(draw.center().x, draw.top() + s.gap + s.home_pictogram / 2.0);
        tile.pictogram
            .paint(painter, icon_center, s.home_pictogram, p.text);
        let mut y = icon_center.y + s.home_pictogram / 2.0 + s.gap * 0.5;
        let TileLayout { title, summary, .. } = layout;
        let title_height = title.size().y;
        // Centred galleys are laid out around x = 0.
        painter.galley(Pos2::new(draw.center().x, y), title, p.text);
        y += title_height + 4.0;
        if let Some(summary) = summary {
            painter.galley(Pos2::new(draw.center().x, y), summary, p.text_muted);
        }
        focus_ring(ui, &response, rect);
    }
    response
}

/// One age band: figures of growing height, and the band's label.
fn age_button(ui: &mut Ui, age: AgeBand, label: &str, selected: bool) -> egui::Response {
    let theme = theme(ui.ctx());
    let (p, s) = (&theme.palette, &theme.sizes);
    let size = Vec2::new(124.0, s.touch_target);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, selected, label));
    if ui.is_rect_visible(rect) {
        let ink = paint_choice_background(ui, rect, CornerRadius::same(s.corner), selected);
        let fill = if selected { p.selected } else { p.surface };
        let painter = ui.painter();
        let figures_rect = Rect::from_min_size(
            rect.min + Vec2::new(8.0, 9.0),
            Vec2::new(52.0, rect.height() - 18.0),
        );
        figures::paint_age_band(painter, figures_rect, age, ink, fill);
        painter.text(
            Pos2::new(rect.right() - 34.0, rect.center().y),
            Align2::CENTER_CENTER,
            age.as_str(),
            bold(s.font_small),
            ink,
        );
        focus_ring(ui, &response, rect);
    }
    response
}

/// One language: its flag and its own name.
fn lang_button(
    ui: &mut Ui,
    flag: Option<&egui::TextureHandle>,
    name: &str,
    selected: bool,
) -> egui::Response {
    let theme = theme(ui.ctx());
    let (p, s) = (&theme.palette, &theme.sizes);
    let galley = ui
        .painter()
        .layout_no_wrap(name.to_owned(), bold(s.font_small), p.text);
    let flag_size = Vec2::new(42.0, 28.0);
    let size = Vec2::new(flag_size.x + galley.size().x + s.gap * 2.0, s.touch_target);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, selected, name));
    if ui.is_rect_visible(rect) {
        let ink = paint_choice_background(ui, rect, CornerRadius::same(s.corner), selected);
        let painter = ui.painter();
        let flag_rect = Rect::from_min_size(
            Pos2::new(
                rect.left() + s.gap * 0.7,
                rect.center().y - flag_size.y / 2.0,
            ),
            flag_size,
        );
        if let Some(flag) = flag {
            painter.image(
                flag.id(),
                flag_rect,
                Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                egui::Color32::WHITE,
            );
            painter.rect_stroke(
                flag_rect,
                CornerRadius::same(2),
                Stroke::new(1.0, p.outline),
                StrokeKind::Outside,
            );
        }
        painter.galley(
            Pos2::new(
                flag_rect.right() + s.gap * 0.5,
                rect.center().y - galley.size().y / 2.0,
            ),
            galley,
            ink,
        );
        focus_ring(ui, &response, rect);
    }
    response
}

/// "About our data": what Archipel does not do, in three big statements.
fn about_ui(ui: &mut Ui, tr: &dyn Fn(&str) -> String) {
    let theme = theme(ui.ctx());
    let (p, s) = (&theme.palette, &theme.sizes);
    ui.label(RichText::new(tr("about-title")).font(bold(s.font_title)));
    ui.add_space(s.gap);
    let statements = [
        (Pictogram::Lock, "about-nothing-collected"),
        (Pictogram::Unlocked, "about-no-account"),
        (Pictogram::NoEntry, "about-no-network"),
    ];
    for (i, (pictogram, id)) in statements.into_iter().enumerate() {
        egui::Frame::new()
            .fill(p.pastel(i))
            .corner_radius(CornerRadius::same(s.corner))
            .inner_margin(egui::Margin::same(s.gap as i8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width().min(980.0));
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(Vec2::splat(72.0), Sense::hover());
                    pictogram.paint(ui.painter(), rect.center(), 60.0, p.text);
                    ui.vertical(|ui| {
                        ui.label(
                            RichText::new(tr(&format!("{id}-title"))).font(bold(s.font_button)),
                        );
                        ui.label(
                            RichText::new(tr(&format!("{id}-body"))).font(regular(s.font_body)),
                        );
                    });
                });
            });
        ui.add_space(s.gap * 0.75);
    }
    ui.add_space(s.gap * 0.5);
    ui.label(
        RichText::new(tr("about-counters"))
            .font(regular(s.font_body))
            .color(p.text_muted),
    );
}

/// A message at the bottom of the screen.
pub fn toast_ui(ctx: &egui::Context, text: &str, good_news: bool) {
    let theme = theme(ctx);
    let (p, s) = (&theme.palette, &theme.sizes);
    let (fill, ink) = if good_news {
        (p.success, p.on_success)
    } else {
        (p.accent, p.on_accent)
    };
    egui::Area::new(egui::Id::unique("archipel-toast"))
        .anchor(Align2::CENTER_BOTTOM, Vec2::new(0.0, -s.margin * 4.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(fill)
                .corner_radius(CornerRadius::same(s.corner))
                .inner_margin(egui::Margin::symmetric(s.margin as i8, s.gap as i8))
                .show(ui, |ui| {
                    ui.set_max_width(900.0);
                    ui.label(RichText::new(text).color(ink).font(regular(s.font_body)));
                });
        });
}
