//! Loading the map's content: every file read, every reference between them checked (places,
//! links, journeys, questions, and the picker's services a place points to), every problem
//! reported with its file, line and field.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::files::{JourneysFile, LinksFile, PlacesFile, RawJourney, RawPlace};
use super::{
    Answer, Hop, JOURNEYS_FILE, Journey, JourneyId, LINKS_FILE, Link, MapData, OrgId, Organisation,
    PLACES_FILE, Place, PlaceId, Question, Region, WORLD_SIZE,
};
use crate::age::AgeBand;
use crate::content::{
    ContentError, ContentFile, ContentSource, Sourced, check_aged_text, check_text, check_unique,
};
use crate::i18n::Lang;

/// Loads the three files and checks every reference, text and journey.
///
/// # Errors
/// Every problem found, each with its file, line and field.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<MapData, Vec<ContentError>> {
    let places = ContentFile::load(source, PLACES_FILE).and_then(|file| {
        let raw: PlacesFile = file.parse()?;
        Ok((file, raw))
    });
    let links = ContentFile::load(source, LINKS_FILE).and_then(|file| {
        let raw: LinksFile = file.parse()?;
        Ok((file, raw))
    });
    let journeys = ContentFile::load(source, JOURNEYS_FILE).and_then(|file| {
        let raw: JourneysFile = file.parse()?;
        Ok((file, raw))
    });
    let ((places_file, places), (links_file, links), (journeys_file, journeys)) =
        match (places, links, journeys) {
            (Ok(places), Ok(links), Ok(journeys)) => (places, links, journeys),
            (places, links, journeys) => {
                let mut problems: Vec<ContentError> = places.err().into_iter().collect();
                problems.extend(links.err());
                problems.extend(journeys.err());
                return Err(problems);
            }
        };
    let mut problems = Vec::new();
    let (regions, organisations, places) = check_places(&places_file, places, langs, &mut problems);
    let links = check_links(&links_file, links, &places, &mut problems);
    let mut data = MapData {
        world: WORLD_SIZE,
        regions,
        organisations,
        places,
        links,
        journeys: Vec::new(),
    };
    data.journeys = check_journeys(&journeys_file, journeys, &data, langs, &mut problems);
    check_picker_services(source, &places_file, &data.places, &mut problems);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(problems)
    }
}

/// The picker's services file, which a place's card leads to.
pub(super) const SERVICES_FILE: &str = "alternatives/services.toml";

/// The ids of the picker's services (the rest of that file is the picker's to check).
#[derive(Deserialize)]
pub(super) struct ServiceIds {
    pub(super) service: Vec<ServiceId>,
}

#[derive(Deserialize)]
pub(super) struct ServiceId {
    pub(super) id: String,
}

/// Reports every service a place's card offers to open that the picker does not have.
pub(super) fn check_picker_services(
    source: &ContentSource,
    places_file: &ContentFile,
    places: &[Place],
    problems: &mut Vec<ContentError>,
) {
    let services = match ContentFile::load(source, SERVICES_FILE)
        .and_then(|file| file.parse::<ServiceIds>())
    {
        Ok(services) => services.service,
        Err(err) => {
            problems.push(err);
            return;
        }
    };
    for (i, place) in places.iter().enumerate() {
        for (j, id) in place.alternatives.iter().enumerate() {
            if !services.iter().any(|service| &service.id == id) {
                problems.push(ContentError {
                    field: Some(format!("place[{i}].alternatives[{j}]")),
                    ..ContentError::file(
                        places_file.name(),
                        format!("no service {id:?} in {SERVICES_FILE}"),
                    )
                });
            }
        }
    }
}

pub(super) type PlacesParts = (Vec<Region>, Vec<Organisation>, Vec<Place>);

pub(super) fn check_places(
    file: &ContentFile,
    raw: PlacesFile,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> PlacesParts {
    check_unique(file, "region", raw.region.iter().map(|r| &r.id), problems);
    check_unique(
        file,
        "organisation",
        raw.organisation.iter().map(|o| &o.id),
        problems,
    );
    check_unique(file, "place", raw.place.iter().map(|p| &p.id), problems);
    let regions = raw
        .region
        .into_iter()
        .enumerate()
        .map(|(i, region)| {
            check_text(
                file,
                &region.name,
                &format!("region[{i}].name"),
                langs,
                problems,
            );
            Region {
                name: region.name.into_inner(),
                center: region.center,
                radius: region.radius,
                colour: region.colour,
            }
        })
        .collect();
    let organisations: Vec<Organisation> = raw
        .organisation
        .into_iter()
        .enumerate()
        .map(|(i, org)| {
            check_text(
                file,
                &org.name,
                &format!("organisation[{i}].name"),
                langs,
                problems,
            );
            Organisation {
                id: OrgId(org.id.into_inner()),
                name: org.name.into_inner(),
                counted: org.counted,
            }
        })
        .collect();
    let places = raw
        .place
        .into_iter()
        .enumerate()
        .map(|(i, place)| check_place(file, i, place, &organisations, langs, problems))
        .collect();
    (regions, organisations, places)
}

pub(super) fn check_place(
    file: &ContentFile,
    i: usize,
    place: RawPlace,
    organisations: &[Organisation],
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Place {
    let field = format!("place[{i}]");
    let [x, y] = *place.position.get_ref();
    if !(0.0..=WORLD_SIZE[0]).contains(&x) || !(0.0..=WORLD_SIZE[1]).contains(&y) {
        problems.push(file.error(
            &place.position.span(),
            format!("{field}.position"),
            format!(
                "must lie within 0..{} × 0..{}",
                WORLD_SIZE[0], WORLD_SIZE[1]
            ),
        ));
    }
    if place.layers.get_ref().is_empty() {
        problems.push(file.error(
            &place.layers.span(),
            format!("{field}.layers"),
            "needs at least one layer",
        ));
    }
    if !organisations
        .iter()
        .any(|org| &org.id.0 == place.operator.get_ref())
    {
        problems.push(file.error(
            &place.operator.span(),
            format!("{field}.operator"),
            format!("no organisation {:?}", place.operator.get_ref()),
        ));
    }
    check_text(file, &place.name, &format!("{field}.name"), langs, problems);
    check_aged_text(
        file,
        &place.about,
        &format!("{field}.about"),
        langs,
        problems,
    );
    check_text(file, &place.fact, &format!("{field}.fact"), langs, problems);
    let sourced = Sourced::new(place.sources, &place.reviewed);
    sourced.check(file, &place.id.span(), &field, problems);
    Place {
        id: PlaceId(place.id.into_inner()),
        pictogram: place.pictogram,
        position: place.position.into_inner(),
        layers: place.layers.into_inner(),
        young: place.young,
        operator: OrgId(place.operator.into_inner()),
        name: place.name.into_inner(),
        about: place.about.into_inner(),
        fact: place.fact.into_inner(),
        sourced,
        alternatives: place.alternatives,
    }
}

pub(super) fn check_links(
    file: &ContentFile,
    raw: LinksFile,
    places: &[Place],
    problems: &mut Vec<ContentError>,
) -> Vec<Link> {
    let index: HashMap<&str, usize> = places
        .iter()
        .enumerate()
        .map(|(i, place)| (place.id.0.as_str(), i))
        .collect();
    let mut seen = HashSet::new();
    raw.link
        .into_iter()
        .enumerate()
        .map(|(i, link)| {
            let [a, b] = link.between.get_ref().clone();
            let mut ends = [0; 2];
            for (slot, end) in ends.iter_mut().zip([&a, &b]) {
                match index.get(end.as_str()) {
                    Some(&found) => *slot = found,
                    None => problems.push(file.error(
                        &link.between.span(),
                        format!("link[{i}].between"),
                        format!("no place {end:?}"),
                    )),
                }
            }
            if a == b {
                problems.push(file.error(
                    &link.between.span(),
                    format!("link[{i}].between"),
                    "a link joins two different places",
                ));
            }
            let key = if a < b {
                (a.clone(), b.clone())
            } else {
                (b.clone(), a.clone())
            };
            if !seen.insert(key) {
                problems.push(file.error(
                    &link.between.span(),
                    format!("link[{i}].between"),
                    "these places are already linked",
                ));
            }
            Link {
                a: PlaceId(a),
                b: PlaceId(b),
                ends,
                layer: link.layer,
                kind: link.kind,
            }
        })
        .collect()
}

pub(super) fn check_journeys(
    file: &ContentFile,
    raw: JourneysFile,
    data: &MapData,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Journey> {
    check_unique(file, "journey", raw.journey.iter().map(|j| &j.id), problems);
    let ids: HashSet<String> = raw.journey.iter().map(|j| j.id.get_ref().clone()).collect();
    raw.journey
        .into_iter()
        .enumerate()
        .map(|(i, journey)| {
            let field = format!("journey[{i}]");
            check_text(
                file,
                &journey.title,
                &format!("{field}.title"),
                langs,
                problems,
            );
            if let Some(rival) = &journey.rival
                && !ids.contains(rival.get_ref())
            {
                problems.push(file.error(
                    &rival.span(),
                    format!("{field}.rival"),
                    format!("no journey {:?}", rival.get_ref()),
                ));
            }
            if journey.hop.len() < 2 {
                problems.push(file.error(
                    &journey.id.span(),
                    format!("{field}.hop"),
                    "needs at least two hops",
                ));
            }
            let hops = check_hops(file, &journey, &field, data, langs, problems);
            let questions = check_questions(file, &journey, &field, langs, problems);
            let sourced = Sourced::new(journey.sources, &journey.reviewed);
            sourced.check(file, &journey.id.span(), &field, problems);
            Journey {
                id: JourneyId(journey.id.into_inner()),
                pictogram: journey.pictogram,
                title: journey.title.into_inner(),
                young: journey.young,
                rival: journey.rival.map(|rival| JourneyId(rival.into_inner())),
                hops,
                questions,
                sourced,
            }
        })
        .collect()
}

pub(super) fn check_hops(
    file: &ContentFile,
    journey: &RawJourney,
    field: &str,
    data: &MapData,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Hop> {
    let mut hops = Vec::new();
    for (j, hop) in journey.hop.iter().enumerate() {
        let hop_field = format!("{field}.hop[{j}]");
        let id = PlaceId(hop.place.get_ref().clone());
        match data.place(&id) {
            None => problems.push(file.error(
                &hop.place.span(),
                format!("{hop_field}.place"),
                format!("no place {:?}", id.0),
            )),
            Some(place) if journey.young && !place.young => problems.push(file.error(
                &hop.place.span(),
                format!("{hop_field}.place"),
                format!(
                    "{:?} is not on the 6-9 map, but this journey is for 6-9",
                    id.0
                ),
            )),
            Some(_) => {}
        }
        if let Some(previous) = hops.last().map(|hop: &Hop| hop.place.clone())
            && data.place(&id).is_some()
            && !data.linked(&previous, &id)
        {
            problems.push(file.error(
                &hop.place.span(),
                format!("{hop_field}.place"),
                format!(
                    "no link between {:?} and {:?}: a journey follows the map's links",
                    previous.0, id.0
                ),
            ));
        }
        check_aged_text(
            file,
            &hop.caption,
            &format!("{hop_field}.caption"),
            langs,
            problems,
        );
        let at = data.place_index(&id).unwrap_or(0);
        hops.push(Hop {
            place: id,
            at,
            sees: hop.sees,
            caption: hop.caption.get_ref().clone(),
        });
    }
    hops
}

pub(super) fn check_questions(
    file: &ContentFile,
    journey: &RawJourney,
    field: &str,
    langs: &[Lang],
    problems: &mut Vec<ContentError>,
) -> Vec<Question> {
    let mut questions = Vec::new();
    for (q, question) in journey.question.iter().enumerate() {
        let q_field = format!("{field}.question[{q}]");
        check_text(
            file,
            &question.prompt,
            &format!("{q_field}.prompt"),
            langs,
            problems,
        );
        check_text(
            file,
            &question.explanation,
            &format!("{q_field}.explanation"),
            langs,
            problems,
        );
        if question.answer.len() < 2 || !question.answer.iter().any(|a| a.correct) {
            problems.push(file.error(
                &question.prompt.span(),
                format!("{q_field}.answer"),
                "needs two answers or more, one of them right",
            ));
        }
        let young = question.ages.get_ref().contains(&AgeBand::Young);
        for (a, answer) in question.answer.iter().enumerate() {
            check_text(
                file,
                &answer.text,
                &format!("{q_field}.answer[{a}].text"),
                langs,
                problems,
            );
            if young && answer.pictogram.is_none() {
                problems.push(file.error(
                    &answer.text.span(),
                    format!("{q_field}.answer[{a}].pictogram"),
                    "6-9 answers are pictures: add a pictogram",
                ));
            }
        }
        questions.push(Question {
            ages: question.ages.get_ref().clone(),
            prompt: question.prompt.get_ref().clone(),
            answers: question
                .answer
                .iter()
                .map(|answer| Answer {
                    text: answer.text.get_ref().clone(),
                    pictogram: answer.pictogram,
                    correct: answer.correct,
                })
                .collect(),
            explanation: question.explanation.get_ref().clone(),
        });
    }
    for age in AgeBand::ALL {
        let count = questions
            .iter()
            .filter(|question| question.ages.contains(&age))
            .count();
        let (wanted, message) = match age {
            AgeBand::Young if journey.young => (
                1..=1,
                "a 6-9 journey ends with exactly one picture question",
            ),
            AgeBand::Young => (0..=0, "only journeys marked young have 6-9 questions"),
            AgeBand::Middle | AgeBand::Older => (
                1..=3,
                "a journey ends with one to three questions for 10-13 and for 14+",
            ),
        };
        if !wanted.contains(&count) {
            problems.push(file.error(
                &journey.id.span(),
                format!("{field}.question"),
                format!("{message} ({age}: {count})"),
            ));
        }
    }
    questions
}
