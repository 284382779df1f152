//! Letting time pass in a harness, for screens that move on their own. A module of its own,
//! declared only by the files that use it (`#[path = "…/support/clock.rs"] mod clock;`).

use archipel::app::ArchipelApp;
use egui_kittest::Harness;

/// Lets `secs` pass, ten frames a second, as the screen would.
pub fn wait(harness: &mut Harness<'_, ArchipelApp>, secs: f64) {
    let start = harness.ctx.input(|input| input.time);
    let frames = (secs * 10.0).ceil() as usize;
    for frame in 1..=frames {
        harness.input_mut().time = Some(start + secs * frame as f64 / frames as f64);
        harness.step();
    }
    harness.run();
}
