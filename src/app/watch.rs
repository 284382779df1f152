//! Live authoring (`archipel --pack DIR --watch`): a volunteer edits a pack's files in one
//! window and sees the app change in the other. The packs' folders are watched; a change is
//! picked up once the files have been quiet for a moment (an editor writes a file in several
//! steps), the content is loaded again, and a refused pack's problems show over the app.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui::{self, RichText};
use notify::Watcher as _;

use crate::packs::{PackState, PackStatus};
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::card_frame;

/// How long the files must stay quiet before they are read again.
const QUIET_SECS: f64 = 0.3;

/// How many problems the overlay shows (the log has them all).
const PROBLEMS_SHOWN: usize = 12;

/// Watches the packs' folders.
pub struct PackWatcher {
    /// Kept alive: dropping it stops the watching.
    _watcher: notify::RecommendedWatcher,
    /// Set by the watcher's thread when a file changed.
    changed: Arc<AtomicBool>,
    /// When the last change was seen, until it is picked up.
    pending_since: Option<f64>,
}

impl PackWatcher {
    /// Starts watching `dirs` (recursively); a change asks `ctx` for a frame. `None`, with the
    /// reason logged, when the system cannot watch files.
    pub fn start(dirs: &[PathBuf], ctx: &egui::Context) -> Option<Self> {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&changed);
        let repaint = ctx.clone();
        let handler = move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|event| !event.kind.is_access()) {
                flag.store(true, Ordering::Release);
                repaint.request_repaint_after(std::time::Duration::from_secs_f64(QUIET_SECS));
            }
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(watcher) => watcher,
            Err(err) => {
                log::error!("cannot watch the packs' files: {err}");
                return None;
            }
        };
        for dir in dirs {
            match watcher.watch(dir, notify::RecursiveMode::Recursive) {
                Ok(()) => log::info!("watching {} for changes", dir.display()),
                Err(err) => log::error!("cannot watch {}: {err}", dir.display()),
            }
        }
        Some(Self {
            _watcher: watcher,
            changed,
            pending_since: None,
        })
    }

    /// Whether the packs changed and have been quiet since, at `now_secs`: time to load them
    /// again.
    pub fn poll(&mut self, now_secs: f64) -> bool {
        if self.changed.swap(false, Ordering::AcqRel) {
            self.pending_since = Some(now_secs);
            return false;
        }
        match self.pending_since {
            Some(since) if now_secs - since >= QUIET_SECS => {
                self.pending_since = None;
                true
            }
            _ => false,
        }
    }
}

/// Over the app, while authoring: each refused pack's problems (file, line, field, reason).
pub fn problems_ui(ctx: &egui::Context, statuses: &[PackStatus]) {
    let refused: Vec<(&PackStatus, &Vec<String>)> = statuses
        .iter()
        .filter_map(|status| match &status.state {
            PackState::Refused(problems) => Some((status, problems)),
            _ => None,
        })
        .collect();
    if refused.is_empty() {
        return;
    }
    let (p, s) = tokens(ctx);
    egui::Area::new(egui::Id::unique("archipel-pack-problems"))
        .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(s.margin, -s.margin))
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ctx, |ui| {
            card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
                ui.set_max_width(ctx.content_rect().width() - 2.0 * s.margin);
                for (status, problems) in refused {
                    ui.label(
                        RichText::new(status.name())
                            .font(bold(s.font_body))
                            .color(p.accent),
                    );
                    for problem in problems.iter().take(PROBLEMS_SHOWN) {
                        ui.label(RichText::new(problem).font(regular(s.font_small)));
                    }
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_on_disk_is_picked_up_once_quiet() {
        let dir = tempfile::tempdir().unwrap();
        let ctx = egui::Context::default();
        let mut watcher = PackWatcher::start(&[dir.path().to_owned()], &ctx).unwrap();
        assert!(!watcher.poll(0.0), "nothing changed yet");
        std::fs::write(dir.path().join("pack.toml"), "id = \"x\"").unwrap();
        // The watcher's thread hears of it within a moment.
        let started = std::time::Instant::now();
        let mut now = 0.0;
        let mut picked = false;
        while !picked && started.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(50));
            now += 0.05;
            picked = watcher.poll(now);
        }
        assert!(picked, "the change was picked up");
        assert!(!watcher.poll(now + 1.0), "once");
    }
}
