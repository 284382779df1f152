//! The home screen (activity tiles, languages, age bands), "About our data", and the bar above
//! every activity with its home button, always in the same place.

use eframe::egui::{
    self, Align, Align2, CornerRadius, FontId, Layout, Pos2, Rect, RichText, Role, ScrollArea,
    Sense, Stroke, StrokeKind, Ui, Vec2, WidgetInfo,
};

use crate::activity::{ActivityId, ActivityInfo};
use crate::age::AgeBand;
use crate::i18n::{I18n, Lang};
use crate::session::{Screen, Session};
use crate::ui::fonts::{bold, regular};
use crate::ui::images::ImageCache;
use crate::ui::listen::{listen_button, listen_button_at};
use crate::ui::scroll::scroll_view;
use crate::ui::stickers::{Sticker, album_ui};
use crate::ui::widgets::{BigButton, bar_frame, focus_ring, paint_choice_background, pressed};
use crate::ui::{Pictogram, figures, grid, theme, tokens};

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
    /// Say a tile's words aloud.
    Say(String),
}

/// Draws the home screen or "About our data", whichever `session.screen` says.
pub fn home_ui(
    ui: &mut Ui,
    session: &Session,
    i18n: &I18n,
    activities: &[&ActivityInfo],
    langs: &[Lang],
    images: &mut ImageCache,
    listen: Option<&str>,
) -> Option<HomeAction> {
    let mut action = None;
    let theme = theme(ui.ctx());
    let tr = |id: &str| i18n.tr_age(&session.lang, session.age, id);
    let album = Album::of(session, activities, i18n, &theme.palette);
    egui::Panel::top("home-bar")
        .exact_size(theme.sizes.top_bar)
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal_centered(|ui| {
                let names: Vec<(Lang, String)> = langs
                    .iter()
                    .filter(|_| langs.len() > 1)
                    .map(|lang| (lang.clone(), i18n.tr(lang, "common-language-name")))
                    .collect();
                let fit = BarFit::for_width(ui, ui.available_width(), &names, session);
                if session.screen == Screen::About {
                    if ui
                        .add(
                            BigButton::new(&tr("common-home"))
                                .pictogram(Pictogram::House)
                                .accent(),
                        )
                        .clicked()
                    {
                        action = Some(HomeAction::Home);
                    }
                } else if fit.title {
                    ui.label(RichText::new(tr("home-app-name")).font(bold(theme.sizes.font_title)));
                }
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    for &age in AgeBand::ALL.iter().rev() {
                        let label = tr(&format!("home-age-{}", age.fluent_key()));
                        let selected = age == session.age;
                        if age_button(ui, age, &label, selected, fit.compact_ages).clicked() {
                            action = Some(HomeAction::SetAge(age));
                        }
                    }
                    ui.add_space(theme.sizes.gap);
                    // One language offered: no flags to choose from.
                    for (lang, name) in names.iter().rev() {
                        let flag = images.get(ui.ctx(), &format!("flags/{lang}.png"));
                        let selected = lang == &session.lang;
                        let compact = fit.compact_langs && flag.is_some();
                        if lang_button(ui, (flag.as_ref(), lang.as_str()), name, selected, compact)
                            .clicked()
                        {
                            action = Some(HomeAction::SetLang(lang.clone()));
                        }
                    }
                });
            });
        });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(theme.sizes.margin as i8)))
        .show(ui, |ui| {
            let room = ui.available_size();
            // Each screen scrolls on its own: "Your data" opens at its top.
            let area = ScrollArea::vertical()
                .auto_shrink(false)
                .id_salt(session.screen == Screen::About);
            scroll_view(ui, area, |ui| {
                if session.screen == Screen::About {
                    if let Some(text) = about_ui(ui, &tr, listen) {
                        action = Some(HomeAction::Say(text));
                    }
                } else if let Some(home_action) =
                    tiles_ui(ui, room, session, activities, &tr, listen, &album)
                {
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
                home = ui
                    .add(BigButton::new(&label).pictogram(Pictogram::House).accent())
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
    room: Vec2,
    session: &Session,
    activities: &[&ActivityInfo],
    tr: &dyn Fn(&str) -> String,
    listen: Option<&str>,
    album: &Album,
) -> Option<HomeAction> {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    // A low screen (a projector at a big scale) keeps its room for the tiles.
    let heading = if room.y < 480.0 {
        s.font_button
    } else {
        s.font_heading
    };
    // The welcome line, with the visitor's sticker album at its right.
    let welcome = ui
        .horizontal(|ui| {
            ui.label(RichText::new(tr("home-welcome")).font(bold(heading)));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                album_ui(ui, &album.earned, album.total, &album.count, &album.label);
            });
        })
        .response;
    let gap = s.gap * 1.5;
    ui.add_space(s.gap);
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
            fill: theme.palette.pastel(i),
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
    // Every tile on the screen, as big as the room allows.
    let room = Vec2::new(
        room.x,
        room.y - welcome.rect.height() - s.gap - ui.spacing().item_spacing.y,
    );
    let grid = grid::fit(tiles.len(), room, gap, TILE_MIN, TILE_MAX);
    let layouts: Vec<TileLayout> = tiles
        .iter()
        .map(|tile| tile.layout(ui, grid.tile))
        .collect();
    let mut action = None;
    let width = grid.columns as f32 * grid.tile.x + (grid.columns - 1) as f32 * gap;
    let indent = ((ui.available_width() - width) / 2.0).max(0.0);
    let mut cells = tiles.into_iter().zip(layouts);
    for row in 0..grid.rows {
        if row > 0 {
            ui.add_space(gap - ui.spacing().item_spacing.y);
        }
        ui.horizontal(|ui| {
            ui.add_space(indent);
            ui.spacing_mut().item_spacing = Vec2::splat(gap);
            for (tile, layout) in cells.by_ref().take(grid.columns) {
                let said = layout.said();
                let response = tile_ui(ui, &tile, layout, grid.tile);
                if let Some(label) = listen {
                    // The listen button in the tile's corner, above the tile.
                    let s = &theme.sizes;
                    let corner = egui::Rect::from_min_size(
                        response.rect.right_top()
                            + Vec2::new(-s.touch_target - s.gap * 0.5, s.gap * 0.5),
                        Vec2::splat(s.touch_target),
                    );
                    if listen_button_at(ui, corner, label).clicked() {
                        action = Some(HomeAction::Say(said));
                        continue;
                    }
                }
                if response.clicked() {
                    action = Some(tile.action);
                }
            }
        });
    }
    action
}

/// The visitor's sticker album: the stickers earned, how many there are to get, and its words.
struct Album {
    earned: Vec<Sticker>,
    total: usize,
    count: String,
    label: String,
}

impl Album {
    /// The album of `session`: a sticker for each activity offered to the visitor's age band
    /// that they finished (in its home tile's colour), and the special one once all are.
    fn of(
        session: &Session,
        activities: &[&ActivityInfo],
        i18n: &I18n,
        palette: &crate::ui::tokens::Palette,
    ) -> Self {
        let offered = activities
            .iter()
            .filter(|info| info.ages.contains(&session.age))
            .count();
        let earned = earned_stickers(session, activities, palette);
        let total = offered + 1;
        let args = [("count", earned.len().into()), ("total", total.into())];
        Self {
            count: i18n.tr_args(&session.lang, session.age, "home-stickers-count", &args),
            label: i18n.tr_args(&session.lang, session.age, "home-stickers", &args),
            earned,
            total,
        }
    }
}

/// The stickers of the visitor of `session`: one for each activity of the home screen's
/// `activities` they finished, in the order they did, and the special one once all are.
pub fn earned_stickers(
    session: &Session,
    activities: &[&ActivityInfo],
    palette: &crate::ui::tokens::Palette,
) -> Vec<Sticker> {
    let offered = activities
        .iter()
        .filter(|info| info.ages.contains(&session.age))
        .count();
    let mut earned: Vec<Sticker> = session
        .stickers
        .iter()
        .filter_map(|&id| sticker_of(activities, session.age, id, palette))
        .collect();
    if offered > 0 && earned.len() == offered {
        earned.push(Sticker::AllDone);
    }
    earned
}

/// The sticker for finishing `id`, among the `activities` of the home screen: its pictogram,
/// on its home tile's colour for the visitor's `age` band. `None` if it is not offered.
pub fn sticker_of(
    activities: &[&ActivityInfo],
    age: AgeBand,
    id: ActivityId,
    palette: &crate::ui::tokens::Palette,
) -> Option<Sticker> {
    activities
        .iter()
        .filter(|info| info.ages.contains(&age))
        .enumerate()
        .find(|(_, info)| info.id == id)
        .map(|(index, info)| Sticker::Activity {
            pictogram: info.pictogram,
            fill: palette.pastel(index),
        })
}

/// The smallest home tile: a finger's target with a pictogram and a two-line title.
const TILE_MIN: Vec2 = Vec2::new(170.0, 140.0);
/// The biggest: on a full-HD screen the tiles fill it, no bigger.
const TILE_MAX: Vec2 = Vec2::new(440.0, 390.0);

/// A home-screen tile: pictogram, title, and for older visitors one line of summary.
struct Tile {
    pictogram: Pictogram,
    title: String,
    summary: Option<String>,
    fill: egui::Color32,
    action: HomeAction,
}

/// A tile's pictogram size and texts, laid out to the tile's size.
struct TileLayout {
    pictogram: f32,
    title: std::sync::Arc<egui::Galley>,
    summary: Option<std::sync::Arc<egui::Galley>>,
}

impl Tile {
    /// The pictogram and texts for a tile of `size`: bigger on big tiles; the summary only
    /// where it fits.
    fn layout(&self, ui: &Ui, size: Vec2) -> TileLayout {
        let (p, s) = tokens(ui.ctx());
        let width = size.x - 2.0 * s.gap;
        let painter = ui.painter();
        // Every line centred, even when a long title or summary wraps.
        let centred = |text: String, font: FontId, color| {
            let mut job = egui::text::LayoutJob::simple(text, font, color, width);
            job.halign = egui::Align::Center;
            painter.layout_job(job)
        };
        let big = size.x >= 360.0;
        let (title_size, summary_size) = if big {
            (s.font_heading, s.font_body)
        } else {
            (s.font_button, s.font_small)
        };
        let title = centred(self.title.clone(), bold(title_size), p.text);
        // Margins above the pictogram, between it and the title, and below the texts.
        let chrome = s.gap * 2.5;
        let pictogram = (size.y * 0.3)
            .clamp(36.0, 120.0)
            .min(size.y - chrome - title.size().y)
            .max(28.0);
        let summary = self
            .summary
            .clone()
            .map(|text| centred(text, regular(summary_size), p.text_muted))
            .filter(|summary| {
                chrome + pictogram + title.size().y + 4.0 + summary.size().y <= size.y
            });
        TileLayout {
            pictogram,
            title,
            summary,
        }
    }
}

impl TileLayout {
    /// What the tile says aloud: the words it shows.
    fn said(&self) -> String {
        let title = self.title.text();
        match &self.summary {
            Some(summary) => said_together(title, summary.text()),
            None => title.to_owned(),
        }
    }
}

/// A title and the sentence under it, said one after the other.
fn said_together(title: &str, body: &str) -> String {
    if title.ends_with(['.', '?', '!']) {
        format!("{title} {body}")
    } else {
        format!("{title}. {body}")
    }
}

/// Draws a tile of `size`.
fn tile_ui(ui: &mut Ui, tile: &Tile, layout: TileLayout, size: Vec2) -> egui::Response {
    let (p, s) = tokens(ui.ctx());
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
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
        let TileLayout {
            pictogram,
            title,
            summary,
        } = layout;
        // The pictogram and the texts, centred in the tile as a block.
        let texts = title.size().y + summary.as_ref().map_or(0.0, |g| g.size().y + 4.0);
        let block = pictogram + s.gap * 0.5 + texts;
        let top = draw.center().y - block / 2.0;
        let icon_center = Pos2::new(draw.center().x, top + pictogram / 2.0);
        tile.pictogram
            .paint(painter, icon_center, pictogram, p.text);
        let mut y = top + pictogram + s.gap * 0.5;
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
fn age_button(
    ui: &mut Ui,
    age: AgeBand,
    label: &str,
    selected: bool,
    compact: bool,
) -> egui::Response {
    let (p, s) = tokens(ui.ctx());
    let size = Vec2::new(age_width(compact), s.touch_target);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, true, selected, label));
    if ui.is_rect_visible(rect) {
        let ink = paint_choice_background(ui, rect, CornerRadius::same(s.corner), selected);
        let fill = if selected { p.selected } else { p.surface };
        let painter = ui.painter();
        let figures_width = if compact { 34.0 } else { 52.0 };
        let figures_rect = Rect::from_min_size(
            rect.min + Vec2::new(8.0, 9.0),
            Vec2::new(figures_width, rect.height() - 18.0),
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

/// An age band's button width, in points.
fn age_width(compact: bool) -> f32 {
    if compact { 100.0 } else { 124.0 }
}

/// A language's flag.
const FLAG: Vec2 = Vec2::new(42.0, 28.0);

/// A language button's width: its flag and its name, or its flag alone when `compact`.
fn lang_width(ui: &Ui, name: &str, compact: bool) -> f32 {
    let s = &theme(ui.ctx()).sizes;
    if compact {
        return FLAG.x + s.gap * 1.4;
    }
    let text = ui
        .painter()
        .layout_no_wrap(
            name.to_owned(),
            bold(s.font_small),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x;
    FLAG.x + text + s.gap * 2.0
}

/// What the home bar shows, so that it fits its width: the app's name when there is room, the
/// languages' names beside their flags, full age-band buttons; else flags alone, then narrower
/// age bands.
struct BarFit {
    title: bool,
    compact_langs: bool,
    compact_ages: bool,
}

impl BarFit {
    fn for_width(ui: &Ui, width: f32, langs: &[(Lang, String)], session: &Session) -> Self {
        let s = &theme(ui.ctx()).sizes;
        let spacing = ui.spacing().item_spacing.x;
        let needed = |fit: &Self| {
            let langs: f32 = langs
                .iter()
                .map(|(_, name)| lang_width(ui, name, fit.compact_langs) + spacing)
                .sum();
            let ages = 3.0 * (age_width(fit.compact_ages) + spacing);
            // The home button of "Your data", or the app's name.
            let left = if session.screen == Screen::About {
                s.touch_target * 2.6
            } else if fit.title {
                180.0
            } else {
                0.0
            };
            left + langs + s.gap + ages
        };
        let choices = [
            (true, false, false),
            (false, false, false),
            (false, true, false),
        ];
        choices
            .into_iter()
            .map(|(title, compact_langs, compact_ages)| Self {
                title,
                compact_langs,
                compact_ages,
            })
            .find(|fit| needed(fit) <= width)
            .unwrap_or(Self {
                title: false,
                compact_langs: true,
                compact_ages: true,
            })
    }
}

/// One language: its flag and its own name (its flag alone when `compact`; screen readers still
/// read the name).
fn lang_button(
    ui: &mut Ui,
    (flag, code): (Option<&egui::TextureHandle>, &str),
    name: &str,
    selected: bool,
    compact: bool,
) -> egui::Response {
    let (p, s) = tokens(ui.ctx());
    let galley = ui
        .painter()
        .layout_no_wrap(name.to_owned(), bold(s.font_small), p.text);
    let flag_size = FLAG;
    let size = Vec2::new(lang_width(ui, name, compact), s.touch_target);
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
        } else {
            // A language with no flag (one a content pack adds) shows its code instead.
            painter.rect_stroke(
                flag_rect,
                CornerRadius::same(2),
                Stroke::new(1.0, ink),
                StrokeKind::Outside,
            );
            painter.text(
                flag_rect.center(),
                Align2::CENTER_CENTER,
                code.to_uppercase(),
                bold(s.font_small),
                ink,
            );
        }
        if !compact {
            painter.galley(
                Pos2::new(
                    flag_rect.right() + s.gap * 0.5,
                    rect.center().y - galley.size().y / 2.0,
                ),
                galley,
                ink,
            );
        }
        focus_ring(ui, &response, rect);
    }
    response
}

/// "About our data": what Archipel does not do, in three big statements.
/// "About our data": three statements, each with its listen button (when there is a voice).
/// Returns the text a listen button asked to be said.
fn about_ui(ui: &mut Ui, tr: &dyn Fn(&str) -> String, listen: Option<&str>) -> Option<String> {
    let (p, s) = tokens(ui.ctx());
    let mut said = None;
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
                    let (title, body) = (tr(&format!("{id}-title")), tr(&format!("{id}-body")));
                    if let Some(label) = listen
                        && listen_button(ui, label).clicked()
                    {
                        said = Some(said_together(&title, &body));
                    }
                    ui.vertical(|ui| {
                        ui.label(RichText::new(&title).font(bold(s.font_button)));
                        ui.label(RichText::new(&body).font(regular(s.font_body)));
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
    said
}
