//! The panel's list of content packs: each pack found, with its name, version, languages and
//! state; a switch turns a pack on or off; a refused pack shows why.

use eframe::egui::{RichText, Role, Ui};

use super::{PanelCtx, locked_note, section};
use crate::age::AgeBand;
use crate::packs::PackState;
use crate::settings::Settings;
use crate::ui::Pictogram;
use crate::ui::fonts::{bold, regular};
use crate::ui::tokens::tokens;
use crate::ui::widgets::{card_frame, chip};

/// How many of a refused pack's problems the panel shows (the log has them all).
const PROBLEMS_SHOWN: usize = 6;

/// The content packs found; turning one on or off takes effect when the settings are saved.
pub(super) fn packs_ui(ui: &mut Ui, ctx: &PanelCtx<'_>, edited: &mut Settings) {
    section(ui, Pictogram::Map, &ctx.tr("panel-packs"));
    if ctx.packs.is_empty() {
        ui.label(ctx.tr("panel-packs-none"));
        return;
    }
    let locked = locked_note(ui, ctx, "disabled_packs");
    let (p, s) = tokens(ui.ctx());
    for status in ctx.packs {
        card_frame(ui).inner_margin(s.gap * 0.75).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let name = status.name();
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&name).font(bold(s.font_body)));
                if let Some(manifest) = &status.manifest {
                    let langs: Vec<&str> = manifest
                        .languages
                        .iter()
                        .map(crate::i18n::Lang::as_str)
                        .collect();
                    ui.label(
                        RichText::new(format!("{} · {}", manifest.version, langs.join(", ")))
                            .color(p.text_muted),
                    );
                }
            });
            ui.label(
                RichText::new(status.dir.display().to_string())
                    .font(regular(s.font_small))
                    .color(p.text_muted),
            );
            match &status.state {
                PackState::Refused(problems) => {
                    ui.label(
                        RichText::new(ctx.i18n.tr_args(
                            ctx.lang,
                            AgeBand::Older,
                            "panel-pack-refused",
                            &[("count", (problems.len() as u32).into())],
                        ))
                        .color(p.accent),
                    );
                    for problem in problems.iter().take(PROBLEMS_SHOWN) {
                        ui.label(RichText::new(problem).font(regular(s.font_small)));
                    }
                }
                PackState::On | PackState::Off => {
                    let Some(manifest) = &status.manifest else {
                        return;
                    };
                    let on = edited.uses_pack(&manifest.id);
                    ui.add_enabled_ui(!locked, |ui| {
                        let label = ctx.tr_with("panel-pack-use", "name", &name);
                        if chip(ui, Pictogram::Check, &label, on, Role::CheckBox).clicked() {
                            if on {
                                edited.disabled_packs.push(manifest.id.clone());
                            } else {
                                edited.disabled_packs.retain(|off| off != &manifest.id);
                            }
                        }
                    });
                }
            }
        });
    }
}
