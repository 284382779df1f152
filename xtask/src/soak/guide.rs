//! The guide's CPU, measured on its own once the crowd has gone: the app again, for a 6-9
//! visitor, on the secret message's first screen, where the guide gives the instruction. Ten
//! seconds at rest (the guide blinks now and then); ten seconds of tapping an empty place every
//! second (what the taps themselves cost: pointer events, a frame each); then ten seconds of
//! tapping the guide every second, which makes it hop with stars again and again, its busiest.
//! The guide's own share is the difference between the last two. The screen is read back first
//! to make sure the guide is where the taps go.

use std::fmt;
use std::path::Path;
use std::time::{Duration, Instant};

use super::{Screen, clock_ticks, cpu_ticks};
use crate::pixels::Image;
use crate::procs::Running;

/// The secret message's home tile for 6-9 at 1366×768 (the soak's screen, scale 1).
const SECRET_TILE: (i32, i32) = (483, 600);
/// The guide on the secret message's first screen.
const GUIDE: (i32, i32) = (60, 215);
/// An empty place on that screen, under the pictures.
const EMPTY: (i32, i32) = (900, 660);
/// Around the guide: its fur must show there.
const GUIDE_AREA: ((usize, usize), (usize, usize)) = ((20, 165), (110, 265));
/// The guide's fur (the cheerful theme's).
const FUR: u32 = 0x00F0_A04B;
/// How long each state is measured.
const MEASURE: Duration = Duration::from_secs(10);

/// The guide's CPU, in % of one core.
pub struct GuideCpu {
    /// On a 6-9 screen, nobody touching.
    pub rest: f64,
    /// An empty place tapped every second: the taps' own cost.
    pub taps: f64,
    /// The guide tapped every second: it hops with stars all the time.
    pub moving: f64,
}

impl GuideCpu {
    /// What goes over `bound` (% of one core): the guide at rest, and what its hops add to
    /// the taps that make it hop.
    pub fn failures(&self, bound: f64) -> Vec<String> {
        [("at rest", self.rest), ("hopping", self.moving - self.taps)]
            .into_iter()
            .filter(|&(_, cpu)| cpu > bound)
            .map(|(what, cpu)| {
                format!("the CPU was {cpu:.1} % of a core with the guide {what} (bound {bound} %)")
            })
            .collect()
    }
}

impl fmt::Display for GuideCpu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "CPU with the guide (6-9, a game's first screen): {:.1} % at rest; tapped every second, {:.1} % hopping, {:.1} % for an empty place tapped as often: {:.1} % for the guide's hops",
            self.rest,
            self.moving,
            self.taps,
            self.moving - self.taps
        )
    }
}

/// Starts the app with `launch` (given its extra arguments) and measures the guide.
///
/// # Errors
/// The app did not start, the guide is not on screen where expected, or `/proc` cannot be read.
pub fn measure(
    screen: &Screen,
    launch: impl Fn(&[&str]) -> Result<Running, String>,
    framebuffer: &Path,
) -> Result<GuideCpu, String> {
    let app = launch(&["--age", "6-9", "--lang", "en"])?;
    let pid = app.0.id();
    screen.tap(683, 384);
    std::thread::sleep(Duration::from_millis(800));
    screen.tap(SECRET_TILE.0, SECRET_TILE.1);
    std::thread::sleep(Duration::from_secs(2));
    let bytes =
        std::fs::read(framebuffer).map_err(|err| format!("{}: {err}", framebuffer.display()))?;
    let fur = fur_pixels(&Image::from_xwd(&bytes)?);
    if fur < 200 {
        return Err(format!(
            "the guide is not on the secret message's first screen where the taps go ({fur} pixels of fur)"
        ));
    }
    let unread = "cannot read the app's CPU time";
    let rest = cpu_over(pid, || {}).ok_or(unread)?;
    let taps = cpu_over(pid, || screen.tap(EMPTY.0, EMPTY.1)).ok_or(unread)?;
    let moving = cpu_over(pid, || screen.tap(GUIDE.0, GUIDE.1)).ok_or(unread)?;
    drop(app);
    Ok(GuideCpu { rest, taps, moving })
}

/// The pixels of the guide's fur around where it should be.
fn fur_pixels(image: &Image) -> usize {
    let ((left, top), (right, bottom)) = GUIDE_AREA;
    (top..bottom.min(image.height))
        .flat_map(|y| (left..right.min(image.width)).map(move |x| (x, y)))
        .filter(|&(x, y)| image.rgb[y * image.width + x] & 0x00FF_FFFF == FUR)
        .count()
}

/// The CPU `pid` used over [`MEASURE`], in % of one core, while `every_second` runs each second.
fn cpu_over(pid: u32, every_second: impl Fn()) -> Option<f64> {
    let ticks = clock_ticks();
    let before = cpu_ticks(pid)?;
    let started = Instant::now();
    while started.elapsed() < MEASURE {
        every_second();
        std::thread::sleep(Duration::from_secs(1));
    }
    let after = cpu_ticks(pid)?;
    Some((after - before) as f64 / ticks / started.elapsed().as_secs_f64() * 100.0)
}
