//! The one activity shell: what every activity shares (its metadata, its loaded content, the
//! state of the current visit, wiping that state at a session reset), written once. An activity
//! is then its content, its logic and its views, tied together by a [`Kind`], which the
//! [`activity!`](crate::activity::activity) macro writes from the activity's parts:
//!
//! ```ignore
//! activity! {
//!     /// Who owns what?
//!     Owners(OwnersKind): ids::OWNERS,
//!     content::OwnersData => content::load,
//!     logic::Visit => view::owners_ui
//! }
//! ```

use eframe::egui;

use super::{Activity, ActivityCtx, ActivityEntry, ActivityId, ActivityInfo, Handoff};
use crate::content::{ContentError, ContentSource, both};
use crate::i18n::Lang;

/// What makes one activity itself.
pub trait Kind: 'static {
    /// Its id: `src/activities/<id>/`, `content/<id>/`, `locales/<lang>/<id>.ftl`.
    const ID: ActivityId;
    /// What it loads from `content/<id>/`.
    type Data: std::fmt::Debug;
    /// What one visitor did; `Default` is a new visitor's. Never persisted.
    type Visit: Default + std::fmt::Debug;

    /// Loads and checks its content.
    ///
    /// # Errors
    /// Every content problem found.
    fn load(source: &ContentSource, langs: &[Lang]) -> Result<Self::Data, Vec<ContentError>>;

    /// Draws it in `ui` (the whole area under the app's top bar) and reacts to input.
    fn ui(ui: &mut egui::Ui, data: &Self::Data, visit: &mut Self::Visit, ctx: &mut ActivityCtx<'_>);

    /// Receives what another activity handed over when it opened this one (ignored unless the
    /// activity takes hand-overs).
    fn receive(data: &Self::Data, visit: &mut Self::Visit, handoff: &Handoff) {
        let _ = (data, visit, handoff);
    }
}

/// An activity: its metadata, its content, and the current visit.
#[derive(Debug)]
pub struct Shell<K: Kind> {
    info: ActivityInfo,
    data: K::Data,
    /// What the current visitor did; wiped by [`Activity::reset`].
    visit: K::Visit,
}

impl<K: Kind> Shell<K> {
    /// How the registry builds it.
    pub const ENTRY: ActivityEntry = ActivityEntry {
        id: K::ID,
        build: |source, langs| Ok(Box::new(Self::load(source, langs)?)),
    };

    /// Loads the metadata and the content, reporting the problems of both.
    ///
    /// # Errors
    /// Every content problem found.
    pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<Self, Vec<ContentError>> {
        let (info, data) = both(
            ActivityInfo::load(source, K::ID, langs),
            K::load(source, langs),
        )?;
        Ok(Self::with_data(info, data))
    }

    /// The activity with `info` and `data`, and a new visitor.
    pub fn with_data(info: ActivityInfo, data: K::Data) -> Self {
        Self {
            info,
            data,
            visit: K::Visit::default(),
        }
    }

    /// Its metadata and content, to build it again with other content (tests).
    pub fn into_parts(self) -> (ActivityInfo, K::Data) {
        (self.info, self.data)
    }

    /// The loaded content.
    pub fn data(&self) -> &K::Data {
        &self.data
    }

    /// What the visitor is doing (tests look at it).
    pub fn visit(&self) -> &K::Visit {
        &self.visit
    }
}

impl<K: Kind> Activity for Shell<K> {
    fn info(&self) -> &ActivityInfo {
        &self.info
    }

    fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut ActivityCtx<'_>) {
        K::ui(ui, &self.data, &mut self.visit, ctx);
    }

    fn reset(&mut self) {
        self.visit = K::Visit::default();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn receive(&mut self, handoff: &Handoff) {
        K::receive(&self.data, &mut self.visit, handoff);
    }
}

/// Declares an activity from its parts: its content type and the function that loads it, its
/// visit type (a new visitor's is its `Default`) and the view that draws it, and, for an
/// activity that takes hand-overs from another, the function that receives them. It writes the
/// [`Kind`] that ties them together, the activity's type (a [`Shell`] over that kind) and `ENTRY`,
/// how the registry builds it. See `src/activities/owners/mod.rs` for the smallest example.
macro_rules! activity {
    (
        $(#[$meta:meta])*
        $name:ident($kind:ident): $id:expr,
        $data:ty => $load:path,
        $visit:ty => $ui:path
        $(, receive: $receive:path)? $(,)?
    ) => {
        $(#[$meta])*
        pub type $name = $crate::activity::Shell<$kind>;

        /// What makes this activity itself: its content, a visit, its views.
        #[derive(Debug)]
        pub enum $kind {}

        impl $crate::activity::Kind for $kind {
            const ID: $crate::activity::ActivityId = $id;
            type Data = $data;
            type Visit = $visit;

            fn load(
                source: &$crate::content::ContentSource,
                langs: &[$crate::i18n::Lang],
            ) -> Result<$data, Vec<$crate::content::ContentError>> {
                $load(source, langs)
            }

            fn ui(
                ui: &mut eframe::egui::Ui,
                data: &$data,
                visit: &mut $visit,
                ctx: &mut $crate::activity::ActivityCtx<'_>,
            ) {
                $ui(ui, data, visit, ctx);
            }

            $(
                fn receive(data: &$data, visit: &mut $visit, handoff: &$crate::activity::Handoff) {
                    $receive(data, visit, handoff);
                }
            )?
        }

        /// How the registry builds it.
        pub const ENTRY: $crate::activity::ActivityEntry = $name::ENTRY;
    };
}
pub(crate) use activity;
