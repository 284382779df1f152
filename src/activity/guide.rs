//! The guide in an activity: the kitten beside a screen's instruction, its reactions, and the
//! "well done" that opens every end screen.

use eframe::egui::{self, RichText};

use super::{ActivityCtx, Command};
use crate::age::AgeBand;
use crate::ui::fonts::{bold, regular};
use crate::ui::guide::{GuideSize, Reaction};
use crate::ui::stickers::paint_sticker;
use crate::ui::tokens::tokens;

/// What an end screen says first.
pub struct WellDone<'a> {
    /// The title ("Well done!").
    pub title: &'a str,
    /// One line under it: the score, or what was done.
    pub line: &'a str,
    /// Stars earned out of a number (a perfect game gets them all), if the game counts.
    pub stars: Option<(usize, usize)>,
}

impl WellDone<'_> {
    /// The stars of a game where `right` of `count` were right: all three for a perfect game,
    /// two for half or more, and one for playing to the end.
    pub fn stars(right: usize, count: usize) -> Option<(usize, usize)> {
        let earned = if right >= count {
            3
        } else if 2 * right >= count {
            2
        } else {
            1
        };
        Some((earned, 3))
    }
}

impl ActivityCtx<'_> {
    /// How big the guide is for this visitor.
    pub fn guide_size(&self) -> GuideSize {
        if self.age == AgeBand::Young {
            GuideSize::Large
        } else {
            GuideSize::Small
        }
    }

    /// The guide (the kitten), as big as the visitor's age wants it; tapped, it is happy.
    pub fn guide_ui(&mut self, ui: &mut egui::Ui) {
        let name = self.tr("common-guide-name");
        let size = self.guide_size();
        let response = crate::ui::guide::kitten_ui(ui, &self.guide, self.now_secs, size, &name);
        if self.tapped(&response) {
            self.send(Command::React(Reaction::Happy));
        }
    }

    /// A screen's instruction, given by the guide. For 6-9 it is read by itself once and the
    /// kitten says it in a speech bubble with its listen button; from 10 up a small kitten sits
    /// beside it.
    pub fn instruction(&mut self, ui: &mut egui::Ui, text: &str, shown: egui::RichText) {
        self.read_once(text);
        ui.horizontal(|ui| {
            self.guide_ui(ui);
            if self.age == AgeBand::Young {
                crate::ui::guide::speech_bubble(ui, |ui| {
                    ui.horizontal(|ui| {
                        self.listen(ui, text);
                        ui.add(egui::Label::new(shown).wrap());
                    });
                });
            } else {
                self.listen(ui, text);
                ui.add(egui::Label::new(shown).wrap());
            }
        });
    }

    /// Asks the guide to react. From 10 up the guide is rarer: it reacts only when an activity
    /// is finished.
    pub fn react(&mut self, reaction: Reaction) {
        if self.age == AgeBand::Young {
            self.send(Command::React(reaction));
        }
    }

    /// The top of an end screen: the guide (happy, with the confetti of the finish), the title
    /// and its line with a listen button, the stars earned, and the sticker the visitor just got.
    pub fn well_done(&mut self, ui: &mut egui::Ui, done: &WellDone<'_>) {
        let (p, s) = tokens(ui.ctx());
        ui.horizontal(|ui| {
            self.guide_ui(ui);
            let said = format!("{} {}", done.title, done.line);
            self.listen(ui, &said);
            ui.vertical(|ui| {
                ui.label(RichText::new(done.title).font(bold(s.font_title)));
                ui.label(
                    RichText::new(done.line)
                        .font(regular(s.font_body))
                        .color(p.text_muted),
                );
            });
            if let Some((earned, of)) = done.stars {
                ui.add_space(s.gap);
                stars_ui(ui, earned, of);
            }
            if let Some(sticker) = self.rewards.sticker {
                ui.add_space(s.gap);
                let (rect, _) =
                    ui.allocate_exact_size(egui::Vec2::splat(64.0), egui::Sense::hover());
                paint_sticker(ui.painter(), rect.center(), 30.0, sticker);
                ui.label(RichText::new(self.tr("common-new-sticker")).font(bold(s.font_small)));
            }
        });
        ui.add_space(s.gap * 0.5);
    }
}

/// `earned` golden stars, then grey ones up to `of`.
fn stars_ui(ui: &mut egui::Ui, earned: usize, of: usize) {
    let (p, _) = tokens(ui.ctx());
    let size = 40.0;
    let (rect, response) = ui.allocate_exact_size(
        egui::Vec2::new(size * of as f32, size),
        egui::Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, format!("{earned}/{of}"))
    });
    for k in 0..of {
        let center = egui::pos2(rect.left() + size * (k as f32 + 0.5), rect.center().y);
        let fill = if k < earned { p.selected } else { p.disabled };
        crate::ui::figures::paint_star(
            ui.painter(),
            center,
            size * 0.46,
            fill,
            egui::Stroke::new(1.5, p.fur_ink),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::WellDone;

    #[test]
    fn a_perfect_game_gets_every_star_and_finishing_gets_one() {
        assert_eq!(WellDone::stars(8, 8), Some((3, 3)));
        assert_eq!(WellDone::stars(4, 8), Some((2, 3)));
        assert_eq!(WellDone::stars(3, 8), Some((1, 3)));
        assert_eq!(WellDone::stars(0, 8), Some((1, 3)));
    }
}
