//! The facilitator's side as the app sees it: the panel drawn with what the app knows, and
//! what the facilitator asked for, applied (settings saved, statistics exported or cleared,
//! quitting).

use eframe::egui;

use super::{ArchipelApp, Runtime};
use crate::activity::ActivityId;
use crate::i18n::Lang;
use crate::kiosk::panel::{PanelAction, PanelCtx};
use crate::kiosk::stand::StandAction;
use crate::kiosk::stats::HourSlot;
use crate::settings::{PinHash, Settings};

impl ArchipelApp {
    pub(super) fn panel_frame(&mut self, ui: &mut egui::Ui) {
        let lang = self.session.lang.clone();
        let activities: Vec<(ActivityId, String)> = self
            .ordered_activities()
            .iter()
            .map(|info| (info.id, info.title.get(&lang).to_owned()))
            .collect();
        let i18n = &self.runtime.i18n;
        let langs: Vec<(Lang, String)> = i18n
            .languages()
            .into_iter()
            .map(|l| (l.clone(), i18n.tr(&l, "common-language-name")))
            .collect();
        let mut problems: Vec<String> = self.runtime.store.problems().to_vec();
        problems.extend(self.runtime.stats.problems().iter().cloned());
        problems.extend(
            self.runtime
                .registry
                .problems()
                .iter()
                .map(ToString::to_string),
        );
        let Runtime {
            stand,
            store,
            stats,
            i18n,
            last_saved,
            look,
            packs,
            speech,
            ..
        } = &mut self.runtime;
        let voices = speech
            .languages()
            .map(|langs| langs.iter().cloned().collect());
        let panel_ctx = PanelCtx {
            settings: &self.settings,
            store,
            stats,
            today: HourSlot::now().date,
            activities: &activities,
            langs: &langs,
            problems: &problems,
            i18n,
            lang: &lang,
            last_saved: last_saved.as_deref(),
            scale_in_use: look.installed.map_or(1.0, |(scale, _)| scale),
            packs,
            voices,
        };
        for action in stand.panel_ui(ui, &panel_ctx) {
            match action {
                StandAction::Panel(action) => self.apply_panel_action(action, ui.ctx()),
                StandAction::EndSession => self.end_session(),
            }
        }
    }

    pub(super) fn apply_panel_action(&mut self, action: PanelAction, ctx: &egui::Context) {
        match action {
            PanelAction::Close => self.runtime.stand.close(),
            PanelAction::Save(settings) => self.save_settings(*settings),
            PanelAction::SetPin(pin) => match PinHash::new(&pin) {
                Ok(hash) => {
                    let settings = Settings {
                        pin: Some(hash),
                        ..self.settings.clone()
                    };
                    self.save_settings(settings);
                }
                Err(err) => log::error!("cannot set the PIN: {err}"),
            },
            PanelAction::ExportCsv => {
                let csv = self.runtime.stats.to_csv().into_bytes();
                let repaint = ctx.clone();
                let name = "archipel-statistics.csv".to_owned();
                if !self.runtime.exporter.start(
                    move || Ok(csv),
                    name,
                    move || repaint.request_repaint(),
                ) {
                    let text = self.runtime.i18n.tr(&self.session.lang, "common-save-busy");
                    self.show_toast(text, false);
                }
            }
            PanelAction::ResetStats => {
                if let Err(err) = self.runtime.stats.reset() {
                    log::error!("cannot clear the statistics: {err}");
                }
            }
            PanelAction::Quit => {
                self.runtime.quitting = true;
                self.end_session();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Applies and saves new settings; a failed write is shown, the settings still apply.
    pub(super) fn save_settings(&mut self, settings: Settings) {
        let packs_changed = settings.disabled_packs != self.settings.disabled_packs;
        self.settings = settings;
        if packs_changed {
            self.reload_content();
        }
        self.runtime.stand.configure(&self.settings);
        self.apply_audio_settings();
        if let Err(err) = self.runtime.store.save(&self.settings) {
            log::error!("cannot save the settings: {err}");
            let text = self
                .runtime
                .i18n
                .tr(&self.session.lang, "kiosk-settings-not-saved");
            self.show_toast(text, false);
        }
    }
}
