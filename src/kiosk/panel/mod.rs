//! The facilitator panel, behind the hidden gesture and the PIN: visitors' languages and age
//! band, which activities show and in which order, the stand's behaviour, the PIN, statistics,
//! and quitting. The panel asks; the app saves, applies and quits.

mod packs;

use eframe::egui::{self, RichText, Role, ScrollArea, Slider, Ui, Vec2};
use egui_plot::{Bar, BarChart, Plot};

use super::stats::{Stats, Totals};
use crate::activity::ActivityId;
use crate::age::AgeBand;
use crate::i18n::I18n;
use crate::i18n::Lang;
use crate::settings::is_valid_pin;
use crate::settings::{
    IDLE_RANGE_SECS, STAND_NAME_MAX_CHARS, Settings, SettingsStore, UI_SCALE_RANGE,
};
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::scroll::scroll_view;
use crate::ui::tokens::theme;
use crate::ui::widgets::{BigButton, bar_frame, chip, icon_button};

/// What the facilitator asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum PanelAction {
    /// Close the panel.
    Close,
    /// Save and apply these settings.
    Save(Box<Settings>),
    /// Set this new PIN.
    SetPin(String),
    /// Export the statistics as CSV.
    ExportCsv,
    /// Clear the statistics (confirmed).
    ResetStats,
    /// Quit Archipel (confirmed).
    Quit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Confirm {
    Quit,
    ResetStats,
}

/// A new PIN being typed twice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct NewPin {
    first: Option<String>,
    typed: String,
}

/// The panel's own state while it is open. Never persisted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PanelState {
    confirm: Option<Confirm>,
    new_pin: Option<NewPin>,
    pin_message: Option<String>,
}

/// What the panel shows.
pub struct PanelCtx<'a> {
    /// The stand's settings.
    pub settings: &'a Settings,
    /// Which settings are locked.
    pub store: &'a SettingsStore,
    /// The counters.
    pub stats: &'a Stats,
    /// Today, for the day's totals.
    pub today: jiff::civil::Date,
    /// Every activity: id and title, in the settings' order.
    pub activities: &'a [(ActivityId, String)],
    /// Every language: code and own name.
    pub langs: &'a [(Lang, String)],
    /// Problems to show (settings, statistics, content).
    pub problems: &'a [String],
    /// Texts.
    pub i18n: &'a I18n,
    /// The language the panel speaks.
    pub lang: &'a Lang,
    /// Where the last visitor's card was saved.
    pub last_saved: Option<&'a std::path::Path>,
    /// The interface scale in use on this screen (the one asked for, unless the screen is too
    /// small for it).
    pub scale_in_use: f32,
    /// The content packs found, with their states.
    pub packs: &'a [crate::packs::PackStatus],
    /// The languages the speech service has a voice for: `None` while it has not answered,
    /// empty without a service.
    pub voices: Option<Vec<String>>,
}

impl PanelCtx<'_> {
    fn tr(&self, id: &str) -> String {
        self.i18n.tr(self.lang, id)
    }

    fn tr_with(&self, id: &str, name: &str, value: &str) -> String {
        self.i18n.tr_args(
            self.lang,
            AgeBand::Older,
            id,
            &[(name, value.to_owned().into())],
        )
    }
}

/// Draws the panel; returns what the facilitator asked for.
pub fn panel_ui(ui: &mut Ui, state: &mut PanelState, ctx: &PanelCtx<'_>) -> Vec<PanelAction> {
    let theme = theme(ui.ctx());
    let s = &theme.sizes;
    let mut actions = Vec::new();
    let mut edited = ctx.settings.clone();
    egui::Panel::top("panel-bar")
        .exact_size(s.top_bar)
        .frame(bar_frame(ui))
        .resizable(false)
        .show(ui, |ui| {
            ui.horizontal_centered(|ui| {
                let (rect, _) = ui.allocate_exact_size(Vec2::splat(44.0), egui::Sense::hover());
                Pictogram::Gear.paint(ui.painter(), rect.center(), 40.0, theme.palette.text);
                ui.label(RichText::new(ctx.tr("panel-title")).font(bold(s.font_heading)));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .add(
                            BigButton::new(&ctx.tr("panel-close"))
                                .pictogram(Pictogram::Check)
                                .primary(),
                        )
                        .clicked()
                    {
                        actions.push(PanelAction::Close);
                    }
                });
            });
        });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().inner_margin(egui::Margin::same(s.margin as i8)))
        .show(ui, |ui| {
            scroll_view(ui, ScrollArea::vertical().auto_shrink(false), |ui| {
                ui.set_max_width(1100.0);
                // Long sliders: easier to drag with a finger.
                ui.spacing_mut().slider_width = 420.0;
                if !ctx.problems.is_empty() {
                    problems_ui(ui, ctx);
                }
                visitors_ui(ui, ctx, &mut edited);
                activities_ui(ui, ctx, &mut edited);
                packs::packs_ui(ui, ctx, &mut edited);
                stand_ui(ui, ctx, &mut edited);
                voice_ui(ui, ctx, &mut edited);
                pin_ui(ui, state, ctx, &mut actions);
                stats_ui(ui, state, ctx, &mut actions);
                quit_ui(ui, state, ctx, &mut actions);
            });
        });
    if edited != *ctx.settings {
        actions.push(PanelAction::Save(Box::new(edited)));
    }
    actions
}

fn section(ui: &mut Ui, pictogram: Pictogram, title: &str) {
    let theme = theme(ui.ctx());
    ui.add_space(theme.sizes.gap * 1.5);
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(36.0), egui::Sense::hover());
        pictogram.paint(ui.painter(), rect.center(), 32.0, theme.palette.primary);
        ui.label(RichText::new(title).font(bold(theme.sizes.font_heading)));
    });
    ui.separator();
}

/// A line saying a setting is locked by the system-wide file, when it is.
fn locked_note(ui: &mut Ui, ctx: &PanelCtx<'_>, name: &str) -> bool {
    let locked = ctx.store.is_locked(name);
    if locked {
        let theme = theme(ui.ctx());
        ui.label(
            RichText::new(format!("🔒 {}", ctx.tr("panel-locked")))
                .font(regular(theme.sizes.font_small))
                .color(theme.palette.text_muted),
        );
    }
    locked
}

fn problems_ui(ui: &mut Ui, ctx: &PanelCtx<'_>) {
    let theme = theme(ui.ctx());
    egui::Frame::new()
        .fill(theme.palette.pastels[2])
        .corner_radius(egui::CornerRadius::same(theme.sizes.corner))
        .inner_margin(egui::Margin::same(theme.sizes.gap as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(ctx.tr("panel-problems")).font(bold(theme.sizes.font_button)));
            for problem in ctx.problems {
                ui.label(RichText::new(problem).font(regular(theme.sizes.font_small)));
            }
        });
}

fn visitors_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, edited: &mut Settings) {
    section(ui, Pictogram::People, &ctx.tr("panel-visitors"));
    ui.label(ctx.tr("panel-languages-offered"));
    let locked = locked_note(ui, ctx, "languages");
    ui.add_enabled_ui(!locked, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (lang, name) in ctx.langs {
                let offered = edited.offers(lang);
                if chip(ui, Pictogram::Globe, name, offered, Role::CheckBox).clicked() {
                    let mut offered_list: Vec<Lang> = ctx
                        .langs
                        .iter()
                        .map(|(l, _)| l.clone())
                        .filter(|l| edited.offers(l))
                        .collect();
                    if offered {
                        // At least one language stays offered.
                        if offered_list.len() > 1 {
                            offered_list.retain(|l| l != lang);
                        }
                    } else {
                        offered_list.push(lang.clone());
                    }
                    edited.languages = if offered_list.len() == ctx.langs.len() {
                        Vec::new()
                    } else {
                        offered_list
                    };
                    if !edited.offers(&edited.lang) {
                        edited.lang = edited
                            .languages
                            .first()
                            .cloned()
                            .unwrap_or_else(|| edited.lang.clone());
                    }
                }
            }
        });
    });
    ui.label(ctx.tr("panel-default-language"));
    let locked = locked_note(ui, ctx, "lang");
    ui.add_enabled_ui(!locked, |ui| {
        ui.horizontal_wrapped(|ui| {
            let offered: Vec<&(Lang, String)> = ctx
                .langs
                .iter()
                .filter(|(lang, _)| edited.offers(lang))
                .collect();
            for (lang, name) in offered {
                if chip(
                    ui,
                    Pictogram::Star,
                    name,
                    &edited.lang == lang,
                    Role::RadioButton,
                )
                .clicked()
                {
                    edited.lang = lang.clone();
                }
            }
        });
    });
    ui.label(ctx.tr("panel-default-age"));
    let locked = locked_note(ui, ctx, "age");
    ui.add_enabled_ui(!locked, |ui| {
        ui.horizontal_wrapped(|ui| {
            for age in AgeBand::ALL {
                let label = ctx.tr(&format!("home-age-{}", age.fluent_key()));
                if chip(
                    ui,
                    Pictogram::People,
                    &label,
                    edited.age == age,
                    Role::RadioButton,
                )
                .clicked()
                {
                    edited.age = age;
                }
            }
        });
    });
}

fn activities_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, edited: &mut Settings) {
    section(ui, Pictogram::Switch, &ctx.tr("panel-activities"));
    let locked = locked_note(ui, ctx, "activity_order") | locked_note(ui, ctx, "hidden_activities");
    ui.add_enabled_ui(!locked, |ui| {
        let count = ctx.activities.len();
        for (index, (id, title)) in ctx.activities.iter().enumerate() {
            ui.horizontal(|ui| {
                let up = icon_button(
                    ui,
                    Pictogram::Up,
                    &ctx.tr_with("panel-move-up", "name", title),
                    index > 0,
                );
                let down = icon_button(
                    ui,
                    Pictogram::Down,
                    &ctx.tr_with("panel-move-down", "name", title),
                    index + 1 < count,
                );
                let shown = edited.shows_activity(id.0);
                if chip(ui, Pictogram::Check, title, shown, Role::CheckBox).clicked() {
                    if shown {
                        edited.hidden_activities.push(id.0.to_owned());
                    } else {
                        edited.hidden_activities.retain(|hidden| hidden != id.0);
                    }
                }
                let mut order: Vec<String> = ctx
                    .activities
                    .iter()
                    .map(|(id, _)| id.0.to_owned())
                    .collect();
                if up.clicked() {
                    order.swap(index, index - 1);
                    edited.activity_order = order;
                } else if down.clicked() {
                    order.swap(index, index + 1);
                    edited.activity_order = order;
                }
            });
        }
    });
}

/// The voice: whether the speech service was found, the listen buttons, reading by itself for
/// 6-9, speed and volume.
fn voice_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, edited: &mut Settings) {
    section(ui, Pictogram::Loudspeaker, &ctx.tr("panel-voice"));
    match &ctx.voices {
        None => ui.label(ctx.tr("panel-voice-looking")),
        Some(langs) if langs.is_empty() => ui.label(ctx.tr("panel-voice-none")),
        Some(langs) => ui.label(ctx.tr_with("panel-voice-found", "langs", &langs.join(", "))),
    };
    toggle_row(
        ui,
        ctx,
        "voice",
        Pictogram::Loudspeaker,
        &ctx.tr("panel-voice-on"),
        &mut edited.voice,
    );
    let on = edited.voice && edited.sound;
    if !edited.sound {
        ui.label(ctx.tr("panel-voice-silent"));
    }
    ui.add_enabled_ui(on, |ui| {
        toggle_row(
            ui,
            ctx,
            "voice_auto_read",
            Pictogram::Play,
            &ctx.tr("panel-voice-auto"),
            &mut edited.voice_auto_read,
        );
        let locked = locked_note(ui, ctx, "voice_rate");
        ui.add_enabled_ui(!locked, |ui| {
            let mut rate = i32::from(edited.voice_rate);
            if ui
                .add(
                    Slider::new(&mut rate, -60..=60)
                        .step_by(10.0)
                        .text(ctx.tr("panel-voice-rate")),
                )
                .changed()
            {
                edited.voice_rate = i8::try_from(rate).unwrap_or_default();
            }
        });
        let locked = locked_note(ui, ctx, "voice_volume");
        ui.add_enabled_ui(!locked, |ui| {
            ui.add(
                Slider::new(&mut edited.voice_volume, 0..=100)
                    .step_by(5.0)
                    .suffix(" %")
                    .text(ctx.tr("panel-voice-volume")),
            );
        });
    });
}

fn stand_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, edited: &mut Settings) {
    section(ui, Pictogram::Computer, &ctx.tr("panel-stand"));
    toggle_row(
        ui,
        ctx,
        "kiosk",
        Pictogram::Lock,
        &ctx.tr("panel-kiosk"),
        &mut edited.kiosk,
    );
    ui.label(ctx.tr("panel-kiosk-help"));
    let locked = locked_note(ui, ctx, "idle_timeout_secs");
    ui.add_enabled_ui(!locked, |ui| {
        ui.add(
            Slider::new(&mut edited.idle_timeout_secs, IDLE_RANGE_SECS)
                .step_by(15.0)
                .suffix(" s")
                .text(ctx.tr("panel-idle")),
        );
    });
    toggle_row(
        ui,
        ctx,
        "sound",
        Pictogram::Star,
        &ctx.tr("panel-sound"),
        &mut edited.sound,
    );
    let locked = locked_note(ui, ctx, "volume");
    ui.add_enabled_ui(!locked && edited.sound, |ui| {
        let mut percent = (edited.volume * 100.0).round();
        if ui
            .add(
                Slider::new(&mut percent, 0.0..=100.0)
                    .step_by(5.0)
                    .suffix(" %")
                    .text(ctx.tr("panel-volume")),
            )
            .changed()
        {
            edited.volume = percent / 100.0;
        }
    });
    let locked = locked_note(ui, ctx, "ui_scale");
    ui.add_enabled_ui(!locked, |ui| {
        let mut scale = edited.ui_scale;
        let response = ui.add(
            Slider::new(&mut scale, UI_SCALE_RANGE)
                .step_by(0.05)
                .text(ctx.tr("panel-scale")),
        );
        // Apply the zoom once the finger is lifted: the slider would move under it otherwise.
        if response.drag_stopped() || (response.changed() && !response.dragged()) {
            edited.ui_scale = scale;
        }
    });
    if (crate::settings::snap_scale(edited.ui_scale) - ctx.scale_in_use).abs() > 0.01 {
        ui.label(ctx.tr_with(
            "panel-scale-in-use",
            "scale",
            &format!("{:.2}", ctx.scale_in_use),
        ));
    }
    toggle_row(
        ui,
        ctx,
        "high_contrast",
        Pictogram::Contrast,
        &ctx.tr("panel-high-contrast"),
        &mut edited.high_contrast,
    );
    let locked = locked_note(ui, ctx, "stand_name");
    ui.add_enabled_ui(!locked, |ui| {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(ctx.tr("panel-stand-name"));
            let mut name = edited.stand_name.clone();
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut name)
                        .char_limit(STAND_NAME_MAX_CHARS)
                        .hint_text(ctx.tr("panel-stand-name-hint"))
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
            // Cleaned (outer spaces) when the settings are read; spaces typed stay while typing.
            if response.changed() {
                edited.stand_name = name;
            }
        });
    });
    if let Some(path) = ctx.last_saved {
        ui.label(ctx.tr_with("panel-last-saved", "path", &path.display().to_string()));
    }
}

fn toggle_row(
    ui: &mut Ui,
    ctx: &PanelCtx<'_>,
    name: &str,
    pictogram: Pictogram,
    label: &str,
    value: &mut bool,
) {
    let locked = locked_note(ui, ctx, name);
    ui.add_enabled_ui(!locked, |ui| {
        if chip(ui, pictogram, label, *value, Role::CheckBox).clicked() {
            *value = !*value;
        }
    });
}

fn pin_ui(ui: &mut Ui, state: &mut PanelState, ctx: &PanelCtx<'_>, actions: &mut Vec<PanelAction>) {
    section(ui, Pictogram::Lock, &ctx.tr("panel-pin"));
    let theme = theme(ui.ctx());
    if let Some(message) = &state.pin_message {
        ui.label(RichText::new(message).color(theme.palette.success));
    }
    let Some(new_pin) = &mut state.new_pin else {
        if ui
            .add(BigButton::new(&ctx.tr("panel-change-pin")).pictogram(Pictogram::Lock))
            .clicked()
        {
            state.new_pin = Some(NewPin::default());
            state.pin_message = None;
        }
        return;
    };
    let prompt = if new_pin.first.is_none() {
        ctx.tr("panel-new-pin")
    } else {
        ctx.tr("panel-new-pin-again")
    };
    ui.label(RichText::new(prompt).font(regular(theme.sizes.font_body)));
    super::view::pin_dots(ui, new_pin.typed.len());
    ui.horizontal_wrapped(|ui| {
        for digit in '0'..='9' {
            if ui
                .add_enabled(new_pin.typed.len() < 8, BigButton::new(&digit.to_string()))
                .clicked()
            {
                new_pin.typed.push(digit);
            }
        }
    });
    let mut done = false;
    ui.horizontal(|ui| {
        if ui
            .add(BigButton::new(&ctx.tr("panel-cancel")).pictogram(Pictogram::Back))
            .clicked()
        {
            done = true;
        }
        let ready = is_valid_pin(&new_pin.typed);
        if ui
            .add_enabled(
                ready,
                BigButton::new(&ctx.tr("panel-pin-ok"))
                    .pictogram(Pictogram::Check)
                    .primary(),
            )
            .clicked()
        {
            let typed = std::mem::take(&mut new_pin.typed);
            match new_pin.first.take() {
                None => new_pin.first = Some(typed),
                Some(first) if first == typed => {
                    actions.push(PanelAction::SetPin(typed));
                    state.pin_message = Some(ctx.tr("panel-pin-changed"));
                    done = true;
                }
                Some(_) => state.pin_message = Some(ctx.tr("panel-pin-mismatch")),
            }
        }
    });
    ui.label(
        RichText::new(ctx.tr("panel-pin-help"))
            .font(regular(theme.sizes.font_small))
            .color(theme.palette.text_muted),
    );
    if done {
        state.new_pin = None;
    }
}

fn stats_ui(
    ui: &mut Ui,
    state: &mut PanelState,
    ctx: &PanelCtx<'_>,
    actions: &mut Vec<PanelAction>,
) {
    let theme = theme(ui.ctx());
    section(ui, Pictogram::Chart, &ctx.tr("panel-stats"));
    ui.label(RichText::new(ctx.tr("panel-stats-help")).color(theme.palette.text_muted));
    totals_ui(ui, ctx);
    ui.add_space(theme.sizes.gap);
    sessions_chart_ui(ui, ctx);
    if let Some(path) = ctx.stats.path() {
        ui.label(
            RichText::new(ctx.tr_with("panel-stats-file", "path", &path.display().to_string()))
                .font(regular(theme.sizes.font_small))
                .color(theme.palette.text_muted),
        );
    }
    ui.horizontal(|ui| {
        if ui
            .add(
                BigButton::new(&ctx.tr("panel-export-csv"))
                    .pictogram(Pictogram::Save)
                    .primary(),
            )
            .clicked()
        {
            actions.push(PanelAction::ExportCsv);
        }
        if state.confirm == Some(Confirm::ResetStats) {
            ui.label(ctx.tr("panel-reset-confirm"));
            if ui
                .add(
                    BigButton::new(&ctx.tr("panel-yes-reset"))
                        .pictogram(Pictogram::Check)
                        .accent(),
                )
                .clicked()
            {
                actions.push(PanelAction::ResetStats);
                state.confirm = None;
            }
            if ui.add(BigButton::new(&ctx.tr("panel-cancel"))).clicked() {
                state.confirm = None;
            }
        } else if ui
            .add(BigButton::new(&ctx.tr("panel-reset-stats")).pictogram(Pictogram::Restart))
            .clicked()
        {
            state.confirm = Some(Confirm::ResetStats);
        }
    });
}

/// Picks one number out of the totals.
type TotalField = fn(&Totals) -> u64;

/// Today's and all-time totals, side by side.
fn totals_ui(ui: &mut Ui, ctx: &PanelCtx<'_>) {
    let theme = theme(ui.ctx());
    let bold = bold(theme.sizes.font_body);
    egui::Grid::new("panel-totals")
        .num_columns(3)
        .spacing(Vec2::new(theme.sizes.gap * 2.0, 8.0))
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(ctx.tr("panel-today")).font(bold.clone()));
            ui.label(RichText::new(ctx.tr("panel-all-time")).font(bold.clone()));
            ui.end_row();
            let today = ctx.stats.totals(Some(ctx.today));
            let all = ctx.stats.totals(None);
            let rows: [(&str, TotalField); 4] = [
                ("panel-sessions", |t| t.sessions),
                ("panel-started", |t| t.started),
                ("panel-completed", |t| t.completed),
                ("panel-crashes", |t| t.crashes),
            ];
            for (id, value) in rows {
                ui.label(ctx.tr(id));
                ui.label(value(&today).to_string());
                ui.label(value(&all).to_string());
                ui.end_row();
            }
        });
}

/// Today's sessions per hour, as bars.
fn sessions_chart_ui(ui: &mut Ui, ctx: &PanelCtx<'_>) {
    let theme = theme(ui.ctx());
    ui.label(RichText::new(ctx.tr("panel-sessions-per-hour")).font(bold(theme.sizes.font_body)));
    let hours = ctx.stats.sessions_per_hour(ctx.today);
    let bars: Vec<Bar> = hours
        .iter()
        .enumerate()
        .map(|(hour, &count)| {
            Bar::new(hour as f64, count as f64)
                .width(0.8)
                .fill(theme.palette.primary)
        })
        .collect();
    let peak = hours.iter().copied().max().unwrap_or(0).max(4) as f64;
    Plot::new("sessions-per-hour")
        .height(240.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_x(-0.5)
        .include_x(23.5)
        .include_y(0.0)
        .include_y(peak)
        .x_axis_label(ctx.tr("panel-hour"))
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(ctx.tr("panel-sessions"), bars).color(theme.palette.primary),
            );
        });
}

fn quit_ui(
    ui: &mut Ui,
    state: &mut PanelState,
    ctx: &PanelCtx<'_>,
    actions: &mut Vec<PanelAction>,
) {
    section(ui, Pictogram::Door, &ctx.tr("panel-quit-section"));
    ui.horizontal(|ui| {
        if state.confirm == Some(Confirm::Quit) {
            ui.label(ctx.tr("panel-quit-confirm"));
            if ui
                .add(
                    BigButton::new(&ctx.tr("panel-yes-quit"))
                        .pictogram(Pictogram::Door)
                        .accent(),
                )
                .clicked()
            {
                actions.push(PanelAction::Quit);
            }
            if ui.add(BigButton::new(&ctx.tr("panel-cancel"))).clicked() {
                state.confirm = None;
            }
        } else if ui
            .add(BigButton::new(&ctx.tr("panel-quit")).pictogram(Pictogram::Door))
            .clicked()
        {
            state.confirm = Some(Confirm::Quit);
        }
    });
}
