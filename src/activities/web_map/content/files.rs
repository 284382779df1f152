//! What the map's content files hold, as they are written: `places.toml`, `links.toml`,
//! `journeys.toml`. [`super::load`] checks them and builds the map from them.

use serde::Deserialize;
use toml::Spanned;

use super::{Layer, LinkKind, Visibility};
use crate::age::AgeBand;
use crate::content::{AgedText, Text};
use crate::ui::Pictogram;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlacesFile {
    pub(super) region: Vec<RawRegion>,
    pub(super) organisation: Vec<RawOrganisation>,
    pub(super) place: Vec<RawPlace>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRegion {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<Text>,
    pub(super) center: [f32; 2],
    pub(super) radius: [f32; 2],
    pub(super) colour: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOrganisation {
    pub(super) id: Spanned<String>,
    pub(super) name: Spanned<Text>,
    #[serde(default = "yes")]
    pub(super) counted: bool,
}

pub(super) fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPlace {
    pub(super) id: Spanned<String>,
    pub(super) pictogram: Pictogram,
    pub(super) position: Spanned<[f32; 2]>,
    pub(super) layers: Spanned<Vec<Layer>>,
    #[serde(default)]
    pub(super) young: bool,
    pub(super) operator: Spanned<String>,
    pub(super) name: Spanned<Text>,
    pub(super) about: Spanned<AgedText>,
    pub(super) fact: Spanned<Text>,
    #[serde(default)]
    pub(super) alternatives: Vec<String>,
    pub(super) sources: Vec<String>,
    pub(super) reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LinksFile {
    pub(super) link: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLink {
    pub(super) between: Spanned<[String; 2]>,
    pub(super) layer: Layer,
    pub(super) kind: LinkKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct JourneysFile {
    pub(super) journey: Vec<RawJourney>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawJourney {
    pub(super) id: Spanned<String>,
    pub(super) pictogram: Pictogram,
    pub(super) title: Spanned<Text>,
    #[serde(default)]
    pub(super) young: bool,
    pub(super) rival: Option<Spanned<String>>,
    pub(super) hop: Vec<RawHop>,
    pub(super) question: Vec<RawQuestion>,
    pub(super) sources: Vec<String>,
    pub(super) reviewed: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHop {
    pub(super) place: Spanned<String>,
    pub(super) sees: Visibility,
    pub(super) caption: Spanned<AgedText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub(super) ages: Spanned<Vec<AgeBand>>,
    pub(super) prompt: Spanned<Text>,
    pub(super) answer: Vec<RawAnswer>,
    pub(super) explanation: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAnswer {
    pub(super) text: Spanned<Text>,
    pub(super) pictogram: Option<Pictogram>,
    #[serde(default)]
    pub(super) correct: bool,
}
