//! The id of every activity, in one place: an activity names itself with its own, and one that
//! offers to open another (the map's cards open the picker) names it with this one, without
//! reaching into the other activity.

use super::ActivityId;

/// The map of the web.
pub const WEB_MAP: ActivityId = ActivityId("web_map");
/// Who is following me?
pub const TRACKERS: ActivityId = ActivityId("trackers");
/// Who owns what?
pub const OWNERS: ActivityId = ActivityId("owners");
/// The alternatives picker.
pub const ALTERNATIVES: ActivityId = ActivityId("alternatives");
/// All eggs in one basket?
pub const FEDERATION: ActivityId = ActivityId("federation");
/// Secret message.
pub const SECRET_MESSAGE: ActivityId = ActivityId("secret_message");
/// Run your own little host.
pub const OWN_HOST: ActivityId = ActivityId("own_host");
