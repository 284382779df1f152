//! "Secret message": hide a word with a Caesar wheel and watch the nosy postman fail to read
//! it, then be the postman and crack one (and learn why that lock is too easy); then the
//! padlock box, the idea of public-key encryption; then, from 14, end to end or not.

pub mod content;
pub mod logic;
mod view;

use eframe::egui;

use crate::activity::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;
use content::SecretData;
use logic::Visit;

/// The activity id.
pub const ID: ActivityId = ActivityId("secret_message");

/// How the registry builds it.
pub const ENTRY: ActivityEntry = ActivityEntry {
    id: ID,
    build: |source, langs| Ok(Box::new(SecretMessage::load(source, langs)?)),
};

/// Secret message
#[derive(Debug)]
pub struct SecretMessage {
    info: ActivityInfo,
    data: SecretData,
    /// What the current visitor did; wiped by [`Activity::reset`].
    visit: Visit,
}

impl SecretMessage {
    /// Loads the metadata, the words and the lessons.
    ///
    /// # Errors
    /// Every content problem found.
    pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<Self, Vec<ContentError>> {
        let (info, data) = both(
            ActivityInfo::load(source, ID, langs),
            content::load(source, langs),
        )?;
        Ok(Self {
            info,
            data,
            visit: Visit::default(),
        })
    }

    /// The words and the lessons.
    pub fn data(&self) -> &SecretData {
        &self.data
    }

    /// What the visitor is doing (tests look at it).
    pub fn visit(&self) -> &Visit {
        &self.visit
    }
}

impl Activity for SecretMessage {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        let Self { data, visit, .. } = self;
        view::secret_message_ui(ui, data, visit, ctx);
    }

    fn reset(&mut self) {
        self.visit = Visit::default();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
