//! A stand day: nothing may grow with the input. The font atlas is the texture egui draws every
//! glyph from; a text size that followed the map's zoom (or an animation, or the window's size)
//! would add glyphs to it at every step, until it filled the largest texture the driver allows.
//! These tests zoom the map through its whole range, in steps the earlier sweeps never used, and
//! check the atlas stops growing; and they check that every activity at the largest UI scale
//! fits well inside the capped atlas.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

mod support;

use archipel::activities::web_map::WebMap;
use archipel::activity::ActivityId;
use archipel::age::AgeBand;
use archipel::app::{AppOptions, ArchipelApp, Overrides};
use archipel::i18n::Lang;
use archipel::session::Screen;
use archipel::ui::fonts::{ATLAS_SIDE, cap_texture_side};
use eframe::egui::{self, Role};
use egui_kittest::Harness;
use support::{harness_for, options, shows, tap};

/// The app on the map with every layer on, in a 1920×1080 window.
fn map_harness(options: AppOptions, max_texture_side: usize) -> Harness<'static, ArchipelApp> {
    let mut harness = Harness::builder()
        .with_size(egui::Vec2::new(1920.0, 1080.0))
        .with_max_steps(support::MAX_STEPS)
        .build_ui_state(
            |ui, app: &mut ArchipelApp| app.show(ui),
            ArchipelApp::new(options),
        );
    harness.input_mut().max_texture_side = Some(max_texture_side);
    harness.run();
    tap(&mut harness, Role::Button, "The map of the web");
    assert_eq!(
        harness.state().session().screen,
        Screen::Activity(ActivityId("web_map"))
    );
    harness
}

/// The font atlas's size, in pixels.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the method itself does not take a FontsView of any lifetime"
)]
fn atlas_size(harness: &Harness<'_, ArchipelApp>) -> [usize; 2] {
    harness.ctx.fonts(|fonts| fonts.font_image_size())
}

/// How full the font atlas is, from 0 to 1.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the method itself does not take a FontsView of any lifetime"
)]
fn atlas_fill(harness: &Harness<'_, ArchipelApp>) -> f32 {
    harness.ctx.fonts(|fonts| fonts.font_atlas_fill_ratio())
}

/// The map's zoom now (screen points per world unit).
fn zoom(harness: &Harness<'_, ArchipelApp>) -> f32 {
    let map = harness
        .state()
        .activity::<WebMap>()
        .expect("the map is loaded");
    map.visit()
        .camera
        .motion
        .expect("the map is shown")
        .current
        .zoom
}

/// Pinches the map in by `factor` per step until it stops zooming, then out again, the fingers
/// over the middle of the map. Returns the smallest and largest zoom it went through.
fn sweep(harness: &mut Harness<'_, ArchipelApp>, factor: f32) -> (f32, f32) {
    harness.hover_at(egui::pos2(960.0, 560.0));
    harness.step();
    let (mut least, mut most) = (f32::INFINITY, 0.0_f32);
    for step in [factor, 1.0 / factor] {
        for _ in 0..400 {
            harness.event(egui::Event::Zoom(step));
            harness.step();
            least = least.min(zoom(harness));
            most = most.max(zoom(harness));
        }
    }
    harness.run();
    (least, most)
}

#[test]
fn zooming_the_map_through_its_whole_range_stops_adding_glyphs() {
    // As Mesa's software renderer would allow: nothing but our own sizes limits the atlas.
    let mut harness = map_harness(options("en", AgeBand::Older), 16_384);
    let (least, most) = sweep(&mut harness, 1.05);
    assert!(
        most / least > 4.0,
        "the map zoomed from {least} to {most} only"
    );
    let after_first = atlas_size(&harness);
    // Other steps: every text now lands on sizes no earlier frame drew, unless sizes snap.
    for factor in [1.037, 1.023, 1.011] {
        sweep(&mut harness, factor);
    }
    let after_all = atlas_size(&harness);
    assert_eq!(
        after_first, after_all,
        "the atlas grew while the map zoomed through sizes it had already drawn"
    );
}

#[test]
fn the_atlas_never_outgrows_its_cap() {
    let mut raw = egui::RawInput {
        max_texture_side: Some(16_384),
        ..egui::RawInput::default()
    };
    cap_texture_side(&mut raw);
    let capped = raw.max_texture_side.expect("a side is set");
    let mut harness = map_harness(options("en", AgeBand::Young), capped);
    for factor in [1.05, 1.013] {
        sweep(&mut harness, factor);
    }
    let [width, height] = atlas_size(&harness);
    assert!(
        width <= ATLAS_SIDE && height <= ATLAS_SIDE,
        "{width}×{height}"
    );
}

/// Every home tile opened in turn, in both languages and every age band (chosen on the home
/// screen, as a visitor does), at the largest UI scale on a 1920×1080 screen: the glyphs of all
/// of them together fill well under half of the capped atlas, so egui never has to start it
/// again during a visit.
#[test]
fn every_activity_at_the_largest_scale_fits_in_half_the_atlas() {
    let mut harness = harness_for(ArchipelApp::new(AppOptions {
        overrides: Overrides {
            scale: Some(2.5),
            ..Overrides::default()
        },
        ..options("en", AgeBand::Young)
    }));
    harness.input_mut().max_texture_side = Some(ATLAS_SIDE);
    harness.set_size(egui::Vec2::new(1920.0, 1080.0));
    harness.run();
    let mut fill = 0.0_f32;
    let mut opened = 0;
    for (lang, name) in [("fr", "Français"), ("en", "English")] {
        let lang = Lang::new(lang);
        tap(&mut harness, Role::RadioButton, name);
        for (age, key) in [
            (AgeBand::Young, "home-age-young"),
            (AgeBand::Middle, "home-age-middle"),
            (AgeBand::Older, "home-age-older"),
        ] {
            let label = harness.state().i18n().tr(&lang, key);
            tap(&mut harness, Role::RadioButton, &label);
            let titles: Vec<String> = harness
                .state()
                .registry()
                .activities()
                .iter()
                .filter(|activity| activity.info().ages.contains(&age))
                .map(|activity| activity.info().title.get(&lang).to_owned())
                .collect();
            for title in titles {
                tap(&mut harness, Role::Button, &title);
                opened += 1;
                fill = fill.max(atlas_fill(&harness));
                let home = harness.state().i18n().tr_age(&lang, age, "common-home");
                assert!(shows(&harness, Role::Button, &home), "{title} opened");
                tap(&mut harness, Role::Button, &home);
            }
        }
    }
    assert!(opened >= 30, "only {opened} activities opened");
    assert!(fill < 0.5, "the atlas was {:.0} % full", fill * 100.0);
}
