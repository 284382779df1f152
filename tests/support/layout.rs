//! Walking every screen at a given screen size and UI scale, and checking each one as a visitor
//! would see it: every button inside the window (or in a list that scrolls), no two buttons on
//! top of each other, every touch target at least 48 points, and what the visitor needs to act
//! on (an instruction, a dialog's buttons) visible without scrolling.
//!
//! Screens can also be drawn to PNG files (`ARCHIPEL_LAYOUT_SHOTS=DIR`), with the CPU renderer
//! the take-home cards use: the walk's screenshots, to look at. A screen with problems is always
//! drawn, into `target/layout-failures/`, with the problems outlined in red.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp, Overrides};
use archipel::i18n::Lang;
use archipel::save::SaveTarget;
use archipel::settings;
use archipel::ui::offscreen::{self, Textures};
use archipel::ui::tokens::Theme;
use eframe::egui::{self, Rect, Role};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use egui_kittest::{Harness, TestRenderer};

/// A renderer for the harness that keeps every texture egui sends, so that frames can be drawn.
struct KeepTextures(Arc<Mutex<Textures>>);

impl TestRenderer for KeepTextures {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        if let Ok(mut textures) = self.0.lock() {
            textures.apply(delta);
        }
        delta.clear();
    }
}

/// A screen size and UI scale.
#[derive(Clone, Copy, Debug)]
pub struct Screen {
    /// Width in pixels.
    pub width: f32,
    /// Height in pixels.
    pub height: f32,
    /// The interface scale (`--scale`).
    pub scale: f32,
}

impl Screen {
    /// The screens stands have: an old projector, the common stand laptop, a 16:10 laptop,
    /// a full-HD screen, and a teacher's projector at 1.5 and 2.
    pub const ALL: [Self; 6] = [
        Self::new(1024.0, 768.0, 1.0),
        Self::new(1366.0, 768.0, 1.0),
        Self::new(1280.0, 800.0, 1.0),
        Self::new(1920.0, 1080.0, 1.0),
        Self::new(1920.0, 1080.0, 1.5),
        Self::new(1920.0, 1080.0, 2.0),
    ];

    const fn new(width: f32, height: f32, scale: f32) -> Self {
        Self {
            width,
            height,
            scale,
        }
    }

    /// The scale the app uses on this screen for the scale asked (see `fitting_scale`).
    pub fn used_scale(self) -> f32 {
        settings::fitting_scale(self.scale, [self.width, self.height])
    }

    /// The window in points.
    pub fn points(self) -> egui::Vec2 {
        egui::Vec2::new(self.width, self.height) / self.used_scale()
    }

    /// `1366x768` or `1920x1080@1.5`.
    pub fn name(self) -> String {
        if (self.scale - 1.0).abs() < f32::EPSILON {
            format!("{}x{}", self.width, self.height)
        } else {
            format!("{}x{}@{}", self.width, self.height, self.scale)
        }
    }
}

/// A walk through the screens for one visitor at one screen size.
pub struct Walk {
    /// The app.
    pub harness: Harness<'static, ArchipelApp>,
    textures: Arc<Mutex<Textures>>,
    screen: Screen,
    /// The visitor's language.
    pub lang: Lang,
    /// The visitor's age band.
    pub age: AgeBand,
    /// Problems found so far, one line each.
    pub problems: Vec<String>,
    /// Screens checked.
    pub screens: usize,
    shots: Option<PathBuf>,
}

/// What a widget is, where, and what clips it.
#[derive(Debug)]
struct Seen {
    role: Role,
    label: String,
    rect: Rect,
    /// The part of the screen it can be seen in: the window, or the scrolling list it is in.
    clip: Rect,
    scrolls: bool,
    /// The dialog it is in (its place in the walk), and whether that dialog is modal.
    dialog: Option<(usize, bool)>,
    /// The clipping pane it is on (a map), where a tap goes to the nearest widget: widgets there
    /// may share their touch areas.
    pane: Option<usize>,
}

/// Where a node sits: what clips it, and which dialog and pane it is in.
#[derive(Clone, Copy)]
struct Within {
    clip: Rect,
    scrolls: bool,
    dialog: Option<(usize, bool)>,
    pane: Option<usize>,
}

impl Seen {
    fn visible(&self) -> Rect {
        self.rect.intersect(self.clip)
    }

    fn fully_visible(&self) -> bool {
        contains(self.clip, self.rect)
    }
}

/// Whether `outer` holds `inner`, to half a point.
fn contains(outer: Rect, inner: Rect) -> bool {
    outer.expand(0.5).contains_rect(inner)
}

fn interactive(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::RadioButton
            | Role::CheckBox
            | Role::Switch
            | Role::Slider
            | Role::Link
            | Role::ComboBox
            | Role::TextInput
            | Role::SpinButton
            | Role::Tab
    )
}

impl Walk {
    /// The app for a visitor speaking `lang` in band `age`, on `screen`, in kiosk mode or in a
    /// window.
    pub fn new(lang: &str, age: AgeBand, screen: Screen, kiosk: bool) -> Self {
        let saves = std::env::temp_dir().join("archipel-layout-saves");
        let options = AppOptions {
            overrides: Overrides {
                kiosk,
                ..Overrides::default()
            },
            save_target: SaveTarget::Folder(saves),
            ..crate::support::options(lang, age)
        };
        Self::with_options(options, screen)
    }

    /// The app with `options` (its settings say the visitor's language and band), on `screen`.
    pub fn with_options(mut options: AppOptions, screen: Screen) -> Self {
        let textures = Arc::new(Mutex::new(Textures::default()));
        options.overrides.scale = Some(screen.scale);
        let (lang, age) = (options.settings.lang.clone(), options.settings.age);
        // The window first tells its size in pixels (at scale 1), the app picks its scale.
        let mut harness = Harness::builder()
            .with_size(egui::Vec2::new(screen.width, screen.height))
            .with_max_steps(crate::support::MAX_STEPS)
            .renderer(KeepTextures(textures.clone()))
            .build_ui_state(
                |ui, app: &mut ArchipelApp| app.show(ui),
                ArchipelApp::new(options),
            );
        harness.run();
        // The app sets its zoom in its first frame, and egui then scales the screen it knows
        // once; a window sends its size in points every frame, the harness only once: again.
        harness.set_size(screen.points());
        harness.run();
        let shots = std::env::var_os("ARCHIPEL_LAYOUT_SHOTS").map(PathBuf::from);
        Self {
            harness,
            textures,
            screen,
            lang,
            age,
            problems: Vec::new(),
            screens: 0,
            shots,
        }
    }

    /// The interface text `id` for this visitor.
    pub fn tr(&self, id: &str) -> String {
        self.harness.state().i18n().tr_age(&self.lang, self.age, id)
    }

    /// Presses the widget with `role` and `label` as a screen reader does (by its accessibility
    /// action, wherever it is drawn), so that the walk goes on when the layout is wrong and the
    /// check reports it.
    pub fn tap(&mut self, role: Role, label: &str) {
        self.harness
            .get_by_role_and_label(role, label)
            .scroll_to_me();
        self.harness.run();
        self.harness
            .get_by_role_and_label(role, label)
            .click_accesskit();
        self.harness.run();
    }

    /// Taps the widget with `role` whose label is the interface text `id`.
    pub fn tap_id(&mut self, role: Role, id: &str) {
        let label = self.tr(id);
        self.tap(role, &label);
    }

    /// The titles of the activities on the home screen for this visitor.
    pub fn tile_titles(&self) -> Vec<String> {
        let app = self.harness.state();
        app.registry()
            .activities()
            .iter()
            .map(|activity| activity.info())
            .filter(|info| {
                info.ages.contains(&self.age) && app.settings().shows_activity(info.id.0)
            })
            .map(|info| info.title.get(&self.lang).to_owned())
            .collect()
    }

    /// Whether a widget with `role` and `label` is there.
    pub fn shows(&self, role: Role, label: &str) -> bool {
        crate::support::shows(&self.harness, role, label)
    }

    fn who(&self) -> String {
        format!("{} {} {}", self.screen.name(), self.lang, self.age.as_str())
    }

    /// Checks the screen now showing, called `name`; `must_see` are labels (of any widget or
    /// text) the visitor needs without scrolling.
    pub fn check(&mut self, name: &str, must_see: &[&str]) {
        self.harness.run();
        self.screens += 1;
        let window = Rect::from_min_size(egui::Pos2::ZERO, self.screen.points());
        let mut seen = Vec::new();
        let within = Within {
            clip: window,
            scrolls: false,
            dialog: None,
            pane: None,
        };
        collect(&self.harness.root(), within, &mut seen);
        // Behind a modal dialog nothing can be touched: only what is in it counts.
        if let Some(modal) = seen.iter().rev().find_map(|w| w.dialog.filter(|d| d.1)) {
            seen.retain(|w| w.dialog == Some(modal));
        }
        let mut problems = Vec::new();
        let mut marks = Vec::new();
        for widget in seen.iter().filter(|w| interactive(w.role)) {
            control_problems(widget, window, &mut problems, &mut marks);
        }
        let buttons: Vec<&Seen> = seen
            .iter()
            .filter(|w| interactive(w.role) && w.visible().is_positive())
            .collect();
        for (i, a) in buttons.iter().enumerate() {
            for b in &buttons[i + 1..] {
                let overlap = a.visible().intersect(b.visible());
                let nested = contains(a.rect, b.rect) || contains(b.rect, a.rect);
                // A floating card covers what is under it; a map sends a tap to the nearest place.
                let layered = a.dialog != b.dialog;
                let same_pane = a.pane.is_some() && a.pane == b.pane;
                if overlap.is_positive()
                    && overlap.area() > 2.0
                    && !nested
                    && !layered
                    && !same_pane
                {
                    problems.push(format!(
                        "{:?} {:?} overlaps {:?} {:?}",
                        a.role, a.label, b.role, b.label
                    ));
                    marks.push(overlap);
                }
            }
        }
        for text in seen.iter().filter(|w| w.role == Role::Label && !w.scrolls) {
            if !contains(window, text.rect) && text.visible().is_positive() {
                problems.push(format!("text {:?} is cut at {:?}", text.label, text.rect));
                marks.push(text.rect);
            }
        }
        for label in must_see {
            match seen.iter().find(|w| w.label == *label) {
                Some(widget) if widget.fully_visible() && contains(window, widget.rect) => {}
                Some(widget) => {
                    problems.push(format!(
                        "{label:?} needs scrolling or is cut at {:?}",
                        widget.rect
                    ));
                    marks.push(widget.rect);
                }
                None => problems.push(format!("{label:?} is missing")),
            }
        }
        let failed = !problems.is_empty();
        for problem in problems {
            self.problems
                .push(format!("{} {name}: {problem}", self.who()));
        }
        let file = format!(
            "{}_{}_{}_{}.png",
            self.screen.name(),
            self.lang,
            self.age.as_str().replace('+', "plus"),
            name
        );
        if let Some(dir) = &self.shots {
            self.shot(&dir.join(&file), &[]);
        }
        if failed {
            let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("layout-failures");
            self.shot(&dir.join(&file), &marks);
        }
    }

    /// The screen now showing, drawn in pixels.
    pub fn frame_image(&self) -> egui::ColorImage {
        let output = self.harness.output();
        let textures = self
            .textures
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        offscreen::rasterize(
            &self.harness.ctx,
            output.shapes.clone(),
            self.screen.points(),
            output.pixels_per_point,
            &textures,
            Theme::cheerful().palette.background,
        )
    }

    /// Checks the screen now showing like [`Self::check`], and that nothing on it scrolls: a
    /// screen whose every part the visitor should see at once (the home screen).
    pub fn check_fits(&mut self, name: &str, must_see: &[&str]) {
        self.harness.run();
        let scrolling: Vec<f64> = self
            .harness
            .query_all_by_role(Role::ScrollView)
            .filter_map(|node| node.accesskit_node().scroll_y_max())
            .filter(|most| *most > 0.5)
            .collect();
        if !scrolling.is_empty() {
            self.problems.push(format!(
                "{} {name}: scrolls by {scrolling:?} points",
                self.who()
            ));
        }
        self.check(name, must_see);
    }

    /// Draws the screen now showing into `path`, with `marks` outlined in red.
    pub fn shot(&self, path: &std::path::Path, marks: &[Rect]) {
        let ppp = self.harness.output().pixels_per_point;
        let mut image = self.frame_image();
        for mark in marks {
            outline(&mut image, *mark * ppp);
        }
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(png) = offscreen::encode_png(&image) {
            let _ = std::fs::write(path, png);
        }
    }
}

/// What is wrong with one control: no name, cut by the window, or smaller than a finger.
fn control_problems(
    widget: &Seen,
    window: Rect,
    problems: &mut Vec<String>,
    marks: &mut Vec<Rect>,
) {
    if widget.label.trim().is_empty() {
        problems.push(format!(
            "{:?} at {:?} has no name for screen readers",
            widget.role, widget.rect
        ));
        marks.push(widget.rect);
    }
    if !widget.scrolls && !contains(window, widget.rect) {
        problems.push(format!(
            "{:?} {:?} is cut or off-screen at {:?}",
            widget.role, widget.label, widget.rect
        ));
        marks.push(widget.rect);
    }
    let size = widget.rect.size();
    if widget.visible().is_positive() && size.min_elem() < 47.5 && widget.role != Role::Slider {
        problems.push(format!(
            "{:?} {:?} is {:.0}×{:.0} points, under 48",
            widget.role, widget.label, size.x, size.y
        ));
        marks.push(widget.rect);
    }
}

/// Every node under `node`, with what clips it.
fn collect(node: &egui_kittest::Node<'_>, within: Within, seen: &mut Vec<Seen>) {
    let data = node.accesskit_node();
    let rect = if data.bounding_box().is_some() {
        node.rect()
    } else {
        Rect::NOTHING
    };
    let mut within = within;
    if data.clips_children() {
        within.clip = within.clip.intersect(rect);
        if data.role() == Role::Pane {
            within.pane = Some(seen.len());
        } else {
            within.scrolls = true;
        }
    }
    if data.role() == Role::Dialog {
        within.dialog = Some((seen.len(), data.is_modal()));
    }
    if data.bounding_box().is_some() && data.role() != Role::TextRun {
        seen.push(Seen {
            role: data.role(),
            // A label's text is its value.
            label: data.label().or_else(|| data.value()).unwrap_or_default(),
            rect,
            clip: within.clip,
            scrolls: within.scrolls || within.pane.is_some(),
            dialog: within.dialog,
            pane: within.pane,
        });
    } else if data.role() == Role::Dialog {
        // A dialog without bounds still needs its own number.
        seen.push(Seen {
            role: Role::Dialog,
            label: String::new(),
            rect: Rect::NOTHING,
            clip: within.clip,
            scrolls: within.scrolls,
            dialog: within.dialog,
            pane: within.pane,
        });
    }
    for child in node.children() {
        collect(&child, within, seen);
    }
}

/// A red frame, 3 pixels wide, around `rect` (in pixels).
fn outline(image: &mut egui::ColorImage, rect: Rect) {
    let [width, height] = image.size;
    let red = Theme::cheerful().palette.accent;
    let (x0, y0) = (rect.min.x.max(0.0) as usize, rect.min.y.max(0.0) as usize);
    let x1 = (rect.max.x.max(0.0) as usize).min(width.saturating_sub(1));
    let y1 = (rect.max.y.max(0.0) as usize).min(height.saturating_sub(1));
    for y in y0..=y1 {
        for x in x0..=x1 {
            let edge = x < x0 + 3 || x + 3 > x1 || y < y0 + 3 || y + 3 > y1;
            if edge && x < width && y < height {
                image.pixels[y * width + x] = red;
            }
        }
    }
}
