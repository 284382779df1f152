//! The alternatives picker driven through its accessibility tree: from the home screen to a
//! plan and back, a hand-over from another activity, every step in every language and age
//! band, and saving the take-home card.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

mod support;

#[path = "support/saves.rs"]
mod saves;

use archipel::activities::alternatives::Alternatives;
use archipel::activities::alternatives::content::ServiceId;
use archipel::activities::alternatives::logic::{Criterion, Picker, Step};
use archipel::activity::{ActivityId, Command, Handoff};
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::save::{SaveOutcome, SaveTarget};
use archipel::session::Screen;
use eframe::egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use saves::assert_told_the_file_name;
use support::{harness_for, options, shows, tap};

const ALTERNATIVES: ActivityId = ActivityId("alternatives");

fn app(lang: &str, age: AgeBand) -> Harness<'static, ArchipelApp> {
    harness_for(ArchipelApp::new(options(lang, age)))
}

fn picker<'a>(harness: &'a Harness<'_, ArchipelApp>) -> &'a Picker {
    harness
        .state()
        .activity::<Alternatives>()
        .expect("the picker is loaded")
        .picker()
}

fn service(id: &str) -> ServiceId {
    ServiceId(id.to_owned())
}

#[test]
fn the_picker_from_home_to_plan_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(ArchipelApp::new(AppOptions {
        save_target: SaveTarget::Folder(dir.path().to_owned()),
        ..options("en", AgeBand::Older)
    }));

    tap(&mut harness, Role::Button, "Switch your tools");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ALTERNATIVES)
    );
    assert!(
        shows(&harness, Role::Button, "Home"),
        "the home button is always there"
    );

    // "Show me" waits for a choice.
    tap(&mut harness, Role::Button, "Show me");
    assert_eq!(picker(&harness).step(), Step::Choose);

    tap(&mut harness, Role::CheckBox, "WhatsApp");
    tap(&mut harness, Role::CheckBox, "YouTube");
    assert!(picker(&harness).is_selected(&service("whatsapp")));
    assert!(picker(&harness).is_selected(&service("youtube")));
    assert!(harness.query_by_label("2 services chosen").is_some());

    tap(&mut harness, Role::Button, "Show me");
    assert_eq!(picker(&harness).step(), Step::Results);
    for alternative in ["Signal", "Element", "PeerTube", "NewPipe"] {
        assert!(
            shows(&harness, Role::RadioButton, alternative),
            "{alternative} is offered"
        );
    }

    // A filter hides what does not meet it: Signal runs on a single server.
    tap(&mut harness, Role::CheckBox, "Decentralized");
    assert!(picker(&harness).filter_on(Criterion::Decentralized));
    assert!(!shows(&harness, Role::RadioButton, "Signal"));
    assert!(shows(&harness, Role::RadioButton, "Element"));

    tap(&mut harness, Role::RadioButton, "Element");
    tap(&mut harness, Role::RadioButton, "PeerTube");
    assert_eq!(
        picker(&harness)
            .chosen(&service("whatsapp"))
            .map(|a| a.0.as_str()),
        Some("element")
    );
    assert_eq!(
        picker(&harness)
            .chosen(&service("youtube"))
            .map(|a| a.0.as_str()),
        Some("peertube")
    );

    tap(&mut harness, Role::Button, "My plan");
    assert_eq!(picker(&harness).step(), Step::Plan);
    assert!(
        harness
            .query_by_label_contains("joinpeertube.org")
            .is_some()
    );
    assert!(
        harness.query_by_role(Role::Image).is_some(),
        "the QR code is shown"
    );

    // The card is drawn and saved off the UI thread; the app says where it went.
    tap(&mut harness, Role::Button, "Save the card");
    let outcome = harness.state_mut().finish_saving();
    let Some(SaveOutcome::Saved(path)) = outcome else {
        panic!("not saved: {outcome:?}")
    };
    assert!(path.starts_with(dir.path()));
    let png = image::open(&path).unwrap();
    assert!(
        png.width() > 800 && png.height() > 300,
        "a print-sized card: {}x{}",
        png.width(),
        png.height()
    );
    // The QR code on the card decodes to the plan, as a phone camera would read it.
    let grey = png.to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        grey.width() as usize,
        grey.height() as usize,
        |x, y| grey.get_pixel(x as u32, y as u32).0[0],
    );
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the card");
    let (_, text) = grids[0].decode().expect("the QR code decodes");
    assert_eq!(
        text,
        "My plan, made with Archipel\n- WhatsApp -> Element https://element.io\n- YouTube -> PeerTube https://joinpeertube.org"
    );
    harness.run();
    assert_told_the_file_name(&harness, &path);

    tap(&mut harness, Role::Button, "Home");
    assert_eq!(harness.state().session().screen, Screen::Home);
    assert_eq!(
        picker(&harness).plan_len(),
        2,
        "going home keeps the visitor's plan"
    );
}

#[test]
fn another_activity_can_hand_over_preselected_services() {
    let mut harness = app("en", AgeBand::Middle);
    let command = Command::OpenActivity {
        id: ALTERNATIVES,
        handoff: Some(Handoff::PreselectServices(vec![
            "instagram".into(),
            "whatsapp".into(),
        ])),
    };
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(command, &ctx);
    harness.run();
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ALTERNATIVES)
    );
    assert!(picker(&harness).is_selected(&service("instagram")));
    assert!(picker(&harness).is_selected(&service("whatsapp")));
    assert!(harness.query_by_label("2 services chosen").is_some());
}

#[test]
fn a_second_save_waits_for_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_for(ArchipelApp::new(AppOptions {
        save_target: SaveTarget::Folder(dir.path().to_owned()),
        ..options("en", AgeBand::Middle)
    }));
    tap(&mut harness, Role::Button, "Switch your tools");
    tap(&mut harness, Role::CheckBox, "Google Search");
    tap(&mut harness, Role::Button, "Show me");
    tap(&mut harness, Role::RadioButton, "SearXNG");
    tap(&mut harness, Role::Button, "My plan");
    harness
        .get_by_role_and_label(Role::Button, "Save the card")
        .click();
    harness
        .get_by_role_and_label(Role::Button, "Save the card")
        .click();
    harness.run();
    let first = harness.state_mut().finish_saving();
    assert!(matches!(first, Some(SaveOutcome::Saved(_))), "{first:?}");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "the double tap saved once"
    );
}

/// Every step of the picker, in every language and age band.
#[test]
fn the_picker_renders_every_step_in_every_language_and_age_band() {
    let langs = ArchipelApp::new(options("fr", AgeBand::Middle))
        .i18n()
        .languages();
    for lang in &langs {
        for age in AgeBand::ALL {
            let mut harness = app(lang.as_str(), age);
            let ctx = harness.ctx.clone();
            let handoff =
                Handoff::PreselectServices(vec!["youtube".into(), "google_search".into()]);
            harness.state_mut().apply(
                Command::OpenActivity {
                    id: ALTERNATIVES,
                    handoff: Some(handoff),
                },
                &ctx,
            );
            harness.run();
            let tr = |id: &str| harness.state().i18n().tr_age(lang, age, id);
            let (show_me, my_plan, save) = (
                tr("alternatives-show-me"),
                tr("alternatives-my-plan"),
                tr("alternatives-save-card"),
            );
            tap(&mut harness, Role::Button, &show_me);
            assert_eq!(picker(&harness).step(), Step::Results, "{lang}/{age}");
            let first = harness
                .get_all_by_role(Role::RadioButton)
                .next()
                .and_then(|n| n.accesskit_node().label())
                .expect("an alternative");
            tap(&mut harness, Role::RadioButton, &first);
            tap(&mut harness, Role::Button, &my_plan);
            assert_eq!(picker(&harness).step(), Step::Plan, "{lang}/{age}");
            assert!(shows(&harness, Role::Button, &save));
            assert_eq!(
                harness.query_all_by_label_contains("alternatives-").count(),
                0,
                "{lang}/{age}"
            );
        }
    }
}
