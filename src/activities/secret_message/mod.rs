//! "Secret message": hide a word with a Caesar wheel and watch the curious messenger fail to
//! read it, then be the messenger and crack one (and learn why that lock is too easy); then the
//! padlock box, the idea of public-key encryption; then, from 14, end to end or not.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{ActivityCtx, ActivityEntry, ActivityId, Kind, Shell, ids};
use crate::content::{ContentError, ContentSource};
use crate::i18n::Lang;
use content::SecretData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ids::SECRET_MESSAGE;

/// How the registry builds it.
pub const ENTRY: ActivityEntry = SecretMessage::ENTRY;

/// Secret message.
pub type SecretMessage = Shell<SecretMessageKind>;

/// What makes this activity itself: its content, a visit, its views (see [`Kind`]).
#[derive(Debug)]
pub enum SecretMessageKind {}

impl Kind for SecretMessageKind {
    const ID: ActivityId = ID;
    type Data = SecretData;
    type Visit = Visit;

    fn load(source: &ContentSource, langs: &[Lang]) -> Result<SecretData, Vec<ContentError>> {
        content::load(source, langs)
    }

    fn ui(ui: &mut egui::Ui, data: &SecretData, visit: &mut Visit, ctx: &mut ActivityCtx<'_>) {
        view::secret_message_ui(ui, data, visit, ctx);
    }
}
