//! The listen button: a speaker beside an instruction, a card or a question, which has the
//! text said aloud. It shows only when the voice can speak the visitor's language.

use eframe::egui::{Response, Ui};

use super::pictogram::Pictogram;
use super::widgets::icon_button;

/// A listen button (a touch target, the speaker pictogram) named `label` ("Listen" in the
/// visitor's language) for screen readers and tests. Returns its response: the caller asks
/// for the text to be said when it is tapped.
pub fn listen_button(ui: &mut Ui, label: &str) -> Response {
    icon_button(ui, Pictogram::Loudspeaker, label, true)
}
