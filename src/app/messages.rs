//! Saving a visitor's picture or the facilitator's export in the background, and the short
//! message that says how it went.

use std::time::Duration;

use eframe::egui;

use super::ArchipelApp;
use crate::activity::ImageJob;
use crate::age::AgeBand;
use crate::save::SaveOutcome;
use crate::ui::{self, offscreen};

/// A short message at the bottom of the screen.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Toast {
    text: String,
    good_news: bool,
    until_secs: f64,
}

const TOAST_SECS: f64 = 8.0;

impl ArchipelApp {
    /// Waits for the save under way and shows its outcome; when it already ended (a frame
    /// heard of it), the outcome shown last (tests).
    pub fn finish_saving(&mut self) -> Option<SaveOutcome> {
        if let Some(outcome) = self.runtime.saver.wait() {
            self.show_save_outcome(&outcome, false);
        } else if let Some(outcome) = self.runtime.exporter.wait() {
            self.show_save_outcome(&outcome, true);
        }
        self.runtime.last_outcome.take()
    }

    pub(super) fn save_image(&mut self, job: ImageJob, file_name: String, ctx: &egui::Context) {
        let produce = move || offscreen::encode_png(&job.render()).map_err(|err| err.to_string());
        let repaint = ctx.clone();
        if !self
            .runtime
            .saver
            .start(produce, file_name, move || repaint.request_repaint())
        {
            let text = self.runtime.i18n.tr(&self.session.lang, "common-save-busy");
            self.show_toast(text, false);
        }
    }

    pub(super) fn show_toast(&mut self, text: String, good_news: bool) {
        self.runtime.toast = Some(Toast {
            text,
            good_news,
            until_secs: self.runtime.now_secs + TOAST_SECS,
        });
    }

    /// Says how a save ended: to a visitor, "Saved!" and the file's name; to the facilitator
    /// (an export from the panel), where the file is. The panel shows where the last
    /// visitor's card went.
    pub(super) fn show_save_outcome(&mut self, outcome: &SaveOutcome, for_facilitator: bool) {
        self.runtime.last_outcome = Some(outcome.clone());
        let i18n = &self.runtime.i18n;
        let lang = &self.session.lang;
        let (text, good_news) = match outcome {
            SaveOutcome::Saved(path) => {
                log::info!("saved {}", path.display());
                let text = if for_facilitator {
                    let path = path.display().to_string();
                    i18n.tr_args(
                        lang,
                        AgeBand::Older,
                        "common-saved-to",
                        &[("path", path.into())],
                    )
                } else {
                    let file = path
                        .file_name()
                        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
                    i18n.tr_args(
                        lang,
                        self.session.age,
                        "common-saved",
                        &[("file", file.into())],
                    )
                };
                if !for_facilitator {
                    self.runtime.last_saved = Some(path.clone());
                }
                (text, true)
            }
            SaveOutcome::Cancelled => return,
            SaveOutcome::Failed(reason) => {
                log::error!("saving failed: {reason}");
                (i18n.tr(lang, "common-save-failed"), false)
            }
        };
        self.show_toast(text, good_news);
    }

    pub(super) fn toast_ui(&mut self, ctx: &egui::Context, now_secs: f64) {
        let Some(toast) = &self.runtime.toast else {
            return;
        };
        if now_secs > toast.until_secs {
            self.runtime.toast = None;
            return;
        }
        ui::toast::toast_ui(ctx, &toast.text, toast.good_news);
        ctx.request_repaint_after(Duration::from_secs_f64(toast.until_secs - now_secs));
    }
}
