//! "Secret message": hide a word with a Caesar wheel and watch the curious messenger fail to
//! read it, then be the messenger and crack one (and learn why that lock is too easy); then the
//! padlock box, the idea of public-key encryption; then, from 14, end to end or not.

pub mod content;
pub mod logic;
mod view;

use crate::activity::{activity, ids};

activity! {
    /// Secret message.
    SecretMessage(SecretMessageKind): ids::SECRET_MESSAGE,
    content::SecretData => content::load,
    logic::Visit => view::secret_message_ui
}
