//! Headless frame-time benchmark of the heaviest screens, at 1920×1080.
//!
//! For each screen: CPU time of one egui frame (layout of the whole UI, then tessellation into
//! triangles), the work the app does per repaint before the GPU gets it. Reports the median and
//! the 95th percentile over 400 frames after a warm-up. Run with `cargo xtask bench`.

#[path = "../tests/support/clock.rs"]
mod clock;

use std::time::{Duration, Instant};

use archipel::activities::{alternatives, web_map};
use archipel::activity::{ActivityEntry, ActivityId, Command, Handoff, Registry};
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp};
use archipel::content::ContentSource;
use archipel::i18n::{I18n, Lang};
use archipel::settings::Settings;
use clock::wait;
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const SIZE: egui::Vec2 = egui::Vec2::new(1920.0, 1080.0);
const WARM_UP: usize = 30;
const FRAMES: usize = 400;

fn options() -> AppOptions {
    AppOptions {
        settings: Settings {
            lang: Lang::new("fr"),
            age: AgeBand::Older,
            ..Settings::default()
        },
        audio: false,
        ..AppOptions::default()
    }
}

/// The app as it ships.
fn new_app() -> ArchipelApp {
    ArchipelApp::new(options())
}

/// The app with a map ten times larger: the built-in map repeated 5 × 2 times.
fn app_with_big_map() -> ArchipelApp {
    const BIG_MAP: ActivityEntry = ActivityEntry {
        id: web_map::ENTRY.id,
        build: |source, langs| Ok(Box::new(web_map::WebMap::load(source, langs)?.tiled(5, 2))),
    };
    let (i18n, _) = I18n::builtin();
    let registry = Registry::load(
        &[BIG_MAP, alternatives::ENTRY],
        &ContentSource::Builtin,
        &i18n.languages(),
    );
    ArchipelApp::with_registry(options(), i18n, registry)
}

/// Drives the app through its UI to a screen, then hands the app back.
fn prepare(
    app: fn() -> ArchipelApp,
    steps: impl FnOnce(&mut Harness<'static, ArchipelApp>),
) -> ArchipelApp {
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_max_steps(1000)
        .build_ui_state(|ui, app: &mut ArchipelApp| app.show(ui), app());
    harness.run();
    steps(&mut harness);
    harness.into_state()
}

fn tap(harness: &mut Harness<'static, ArchipelApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

/// Opens the picker with every service already chosen (the most cards on one screen).
fn open_picker_with_everything(harness: &mut Harness<'static, ArchipelApp>) {
    let ids: Vec<String> = harness
        .state()
        .activity::<archipel::activities::alternatives::Alternatives>()
        .map(|picker| {
            picker
                .catalog()
                .services
                .iter()
                .map(|s| s.id.0.clone())
                .collect()
        })
        .unwrap_or_default();
    let ctx = harness.ctx.clone();
    let command = Command::OpenActivity {
        id: ActivityId("alternatives"),
        handoff: Some(Handoff::PreselectServices(ids)),
    };
    harness.state_mut().apply(command, &ctx);
    harness.run();
}

/// Taps every alternative card in turn: each service ends with one choice in the plan.
fn choose_for_every_service(harness: &mut Harness<'static, ArchipelApp>) {
    let count = harness.get_all_by_role(Role::RadioButton).count();
    for i in 0..count {
        if let Some(node) = harness.get_all_by_role(Role::RadioButton).nth(i) {
            node.scroll_to_me();
        }
        harness.run();
        if let Some(node) = harness.get_all_by_role(Role::RadioButton).nth(i) {
            node.click();
        }
        harness.run();
    }
}

/// Opens the map with every layer on.
fn open_map(harness: &mut Harness<'static, ArchipelApp>) {
    tap(harness, Role::Button, "La carte du Web");
}

/// Opens the map and follows the giant platform's journey, playing.
fn follow_a_message(harness: &mut Harness<'static, ArchipelApp>) {
    open_map(harness);
    tap(harness, Role::Button, "Suivre un message");
    tap(
        harness,
        Role::Button,
        "Un message par une plateforme géante",
    );
}

/// Follows a message, then zooms out until the whole map shows: every place and the packet.
fn follow_on_the_whole_map(harness: &mut Harness<'static, ArchipelApp>) {
    follow_a_message(harness);
    while !harness
        .get_by_role_and_label(Role::Button, "Dézoomer")
        .accesskit_node()
        .is_disabled()
    {
        tap(harness, Role::Button, "Dézoomer");
    }
}

/// Opens "Who is following me?"; from 10 the first page waits until the visitor is ready.
fn open_trackers(harness: &mut Harness<'static, ArchipelApp>) {
    tap(harness, Role::Button, "Qui me suit\u{202F}?");
    if harness
        .query_by_role_and_label(Role::Button, "C’est parti\u{202F}!")
        .is_some()
    {
        tap(harness, Role::Button, "C’est parti\u{202F}!");
    }
}

/// Plays "Who is following me?" at 14+ without blocking anything, to its end screen: 24
/// pieces of profile from 12 trackers.
fn trackers_to_the_end(harness: &mut Harness<'static, ArchipelApp>) {
    open_trackers(harness);
    for next in [
        "Page suivante",
        "Page suivante",
        "Page suivante",
        "Qu’ont-ils appris\u{202F}?",
    ] {
        wait(harness, 20.0);
        tap(harness, Role::Button, next);
    }
}

/// "All eggs in one basket?" at 14+ (24 people): the giant's three events, then three linked
/// hosts, and the first event striking the biggest.
fn federation_strikes(harness: &mut Harness<'static, ArchipelApp>) {
    tap(
        harness,
        Role::Button,
        "Tous les œufs dans le même panier\u{202F}?",
    );
    tap(harness, Role::Button, "Et si…\u{202F}?");
    tap(harness, Role::Button, "Un autre jour…");
    tap(harness, Role::Button, "Un autre jour…");
    tap(harness, Role::Button, "Construire mieux");
    let hosts = [
        "Club info du collège",
        "Médiathèque",
        "Association du quartier",
    ];
    for host in hosts {
        tap(harness, Role::Button, host);
    }
    for (a, b) in [(0, 1), (0, 2), (1, 2)] {
        let link = format!("Relier {} et {}", hosts[a], hosts[b]);
        harness.get_by_role_and_label(Role::CheckBox, &link).click();
        harness.run();
    }
    tap(harness, Role::Button, "Répartir les autres");
    tap(harness, Role::Button, "C’est prêt\u{202F}!");
}

/// "Run your own little host" at 14+: the pad and the chat opened, the first semester over,
/// the second's plan on screen (the services, the status and eleven cards).
fn host_second_semester(harness: &mut Harness<'static, ArchipelApp>) {
    tap(harness, Role::Button, "Ton petit hébergeur");
    let open = |harness: &mut Harness<'static, ArchipelApp>, name: &str| {
        harness
            .get_by_role_and_label(Role::CheckBox, &format!("Ouvrir\u{202F}: {name}"))
            .click();
        harness.run();
    };
    open(harness, "Pad");
    open(harness, "Discussion");
    tap(harness, Role::Button, "Finir le semestre");
    tap(harness, Role::Button, "Semestre suivant");
}

/// The same game played to its report card.
fn host_report(harness: &mut Harness<'static, ArchipelApp>) {
    host_second_semester(harness);
    for _ in 1..6 {
        tap(harness, Role::Button, "Finir le semestre");
        for choice in [
            "Les envoyer vers un autre hébergeur",
            "Expliquer pourquoi c’est important",
        ] {
            if harness
                .query_by_role_and_label(Role::Button, choice)
                .is_some()
            {
                tap(harness, Role::Button, choice);
            }
        }
        let next = if harness
            .query_by_role_and_label(Role::Button, "Voir le bulletin")
            .is_some()
        {
            "Voir le bulletin"
        } else {
            "Semestre suivant"
        };
        tap(harness, Role::Button, next);
    }
}

fn plan_len(harness: &Harness<'static, ArchipelApp>) -> usize {
    harness
        .state()
        .activity::<archipel::activities::alternatives::Alternatives>()
        .map_or(0, |activity| activity.picker().plan_len())
}

/// Times `FRAMES` frames of `app` in a fresh context: layout and tessellation.
fn measure(app: &mut ArchipelApp) -> (Duration, Duration, usize) {
    let ctx = egui::Context::default();
    let mut times = Vec::with_capacity(FRAMES);
    let mut triangles = 0;
    for frame in 0..WARM_UP + FRAMES {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
            time: Some(frame as f64 / 60.0),
            ..egui::RawInput::default()
        };
        let start = Instant::now();
        let mut output = ctx.run_ui(input, |ui| app.show(ui));
        let primitives =
            ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        let elapsed = start.elapsed();
        output.textures_delta.clear();
        if frame >= WARM_UP {
            times.push(elapsed);
            triangles = primitives
                .iter()
                .map(|p| match &p.primitive {
                    egui::epaint::Primitive::Mesh(mesh) => mesh.indices.len() / 3,
                    egui::epaint::Primitive::Callback(_) => 0,
                })
                .sum();
        }
    }
    times.sort();
    (
        times[times.len() / 2],
        times[times.len() * 95 / 100],
        triangles,
    )
}

#[expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]
fn main() {
    type Build = fn() -> ArchipelApp;
    type Setup = fn(&mut Harness<'static, ArchipelApp>);
    let screens: [(&str, Build, Setup); 15] = [
        ("home", new_app, |_| {}),
        ("map: all layers", new_app, open_map),
        ("map: journey playing", new_app, follow_a_message),
        ("map: journey, whole map", new_app, follow_on_the_whole_map),
        ("map x10: all layers", app_with_big_map, open_map),
        (
            "map x10: journey, whole map",
            app_with_big_map,
            follow_on_the_whole_map,
        ),
        (
            "picker: choose (34 services)",
            new_app,
            open_picker_with_everything,
        ),
        ("picker: results (34 services)", new_app, |h| {
            open_picker_with_everything(h);
            tap(h, Role::Button, "Montre-moi");
        }),
        ("trackers: a page, 7 s of play", new_app, open_trackers),
        ("trackers: end (24 pieces)", new_app, trackers_to_the_end),
        (
            "federation: strike (24 people)",
            new_app,
            federation_strikes,
        ),
        ("secret: the wheel", new_app, |h| {
            tap(h, Role::Button, "Message secret");
            tap(h, Role::Button, "MONDE");
        }),
        ("host: a semester's plan", new_app, host_second_semester),
        ("host: the report card", new_app, host_report),
        ("picker: plan (34 choices)", new_app, |h| {
            open_picker_with_everything(h);
            tap(h, Role::Button, "Montre-moi");
            choose_for_every_service(h);
            assert_eq!(plan_len(h), 34, "every service has a choice");
            tap(h, Role::Button, "Mon plan");
        }),
    ];
    println!(
        "Archipel frame time at {}x{} (layout + tessellation, {FRAMES} frames)",
        SIZE.x, SIZE.y
    );
    println!(
        "{:<32} {:>10} {:>10} {:>10}",
        "screen", "median", "p95", "triangles"
    );
    for (name, app, setup) in screens {
        let mut app = prepare(app, setup);
        let (median, p95, triangles) = measure(&mut app);
        println!(
            "{name:<32} {:>8.3}ms {:>8.3}ms {triangles:>10}",
            median.as_secs_f64() * 1e3,
            p95.as_secs_f64() * 1e3
        );
    }
}
