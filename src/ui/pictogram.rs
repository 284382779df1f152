//! Pictograms: a closed set of pictures that content files name (`pictogram = "search"`) and
//! views draw. They are vector glyphs of the monochrome emoji fonts built into egui, so they stay
//! crisp at every size and take the colour of the theme; no brand logo is ever drawn.

use super::fonts::regular;
use eframe::egui::{self, Align2, Color32, Pos2, Shape, Stroke, Vec2};
use serde::Deserialize;

/// A picture with a meaning, named in content files in `snake_case`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pictogram {
    /// Changing one tool for another.
    Switch,
    /// A padlock: privacy, our data.
    Lock,
    /// An open padlock: no account needed.
    Unlocked,
    /// A magnifying glass: web search.
    Search,
    /// A globe: web browser.
    Globe,
    /// A speech bubble: messaging.
    Chat,
    /// A clapperboard: video.
    Video,
    /// Two people: social network.
    People,
    /// An envelope: e-mail.
    Mail,
    /// A page: documents.
    Document,
    /// A cloud: online storage.
    Cloud,
    /// A map pin: maps.
    Pin,
    /// A video camera: video calls.
    Camera,
    /// A bar chart: polls and forms.
    Poll,
    /// A computer: operating system.
    Computer,
    /// A phone.
    Phone,
    /// Letters: translation.
    Letters,
    /// A parcel: app store.
    Parcel,
    /// An open book: free licence, the recipe is public.
    Book,
    /// A "no entry" sign: no ads, no tracking.
    NoEntry,
    /// Computers linked in a network: decentralized, hosts linked together.
    Network,
    /// A house: small independent host, or at home.
    House,
    /// A star: easy to switch.
    Star,
    /// A thumbs up.
    ThumbsUp,
    /// A check mark.
    Check,
    /// An arrow pointing left: back.
    Back,
    /// An arrow pointing right: next.
    Next,
    /// A floppy disk: save.
    Save,
    /// Two arrows in a circle: start again.
    Restart,
    /// A light bulb: an idea, a tip.
    Idea,
    /// A school.
    School,
    /// A finger pointing up: touch here.
    Finger,
    /// A gear: settings.
    Gear,
    /// An hourglass: time is running out.
    Hourglass,
    /// A rising chart: statistics.
    Chart,
    /// A door: quit.
    Door,
    /// A half-dark moon: high contrast.
    Contrast,
    /// An arrow pointing up.
    Up,
    /// An arrow pointing down.
    Down,
    /// Signal bars: radio waves, Wi-Fi, mobile network.
    Signal,
    /// A plug: a cable.
    Cable,
    /// Eyes: someone watching.
    Eye,
    /// A triangle: play.
    Play,
    /// Two bars: pause.
    Pause,
    /// Back to the previous step.
    SkipBack,
    /// On to the next step.
    SkipForward,
    /// Scales: compare two things.
    Scales,
    /// A plus sign: zoom in, more.
    Plus,
    /// A minus sign: zoom out, less.
    Minus,
    /// A folded map: show the whole map.
    Map,
    /// A cross: close.
    Close,
    /// A question mark.
    Question,
    /// A party popper: well done!
    Party,
    /// A loudspeaker: advertising.
    Loudspeaker,
    /// An office building: a company.
    Building,
}

impl Pictogram {
    /// Every pictogram.
    pub const ALL: [Self; 55] = [
        Self::Switch,
        Self::Lock,
        Self::Unlocked,
        Self::Search,
        Self::Globe,
        Self::Chat,
        Self::Video,
        Self::People,
        Self::Mail,
        Self::Document,
        Self::Cloud,
        Self::Pin,
        Self::Camera,
        Self::Poll,
        Self::Computer,
        Self::Phone,
        Self::Letters,
        Self::Parcel,
        Self::Book,
        Self::NoEntry,
        Self::Network,
        Self::House,
        Self::Star,
        Self::ThumbsUp,
        Self::Check,
        Self::Back,
        Self::Next,
        Self::Save,
        Self::Restart,
        Self::Idea,
        Self::School,
        Self::Finger,
        Self::Gear,
        Self::Hourglass,
        Self::Chart,
        Self::Door,
        Self::Contrast,
        Self::Up,
        Self::Down,
        Self::Signal,
        Self::Cable,
        Self::Eye,
        Self::Play,
        Self::Pause,
        Self::SkipBack,
        Self::SkipForward,
        Self::Scales,
        Self::Plus,
        Self::Minus,
        Self::Map,
        Self::Close,
        Self::Question,
        Self::Party,
        Self::Loudspeaker,
        Self::Building,
    ];

    /// The glyph that draws it.
    pub fn glyph(self) -> char {
        match self {
            Self::Switch => '🔀',
            Self::Lock => '🔒',
            Self::Unlocked => '🔓',
            Self::Search => '🔍',
            Self::Globe => '🌍',
            Self::Chat => '💬',
            Self::Video => '🎬',
            Self::People => '👥',
            Self::Mail => '✉',
            Self::Document => '📄',
            Self::Cloud => '☁',
            Self::Pin => '📍',
            Self::Camera => '📹',
            Self::Poll => '📊',
            Self::Computer => '💻',
            Self::Phone => '📱',
            Self::Letters => '🔤',
            Self::Parcel => '📦',
            Self::Book => '📖',
            Self::NoEntry => '🚫',
            Self::Network => '🖧',
            Self::House => '🏠',
            Self::Star => '⭐',
            Self::ThumbsUp => '👍',
            Self::Check => '✔',
            Self::Back => '⬅',
            Self::Next => '➡',
            Self::Save => '💾',
            Self::Restart => '🔄',
            Self::Idea => '💡',
            Self::School => '🏫',
            Self::Finger => '👆',
            Self::Gear => '⚙',
            Self::Hourglass => '⏳',
            Self::Chart => '📈',
            Self::Door => '🚪',
            Self::Contrast => '🌓',
            Self::Up => '⬆',
            Self::Down => '⬇',
            Self::Signal => '📶',
            Self::Cable => '🔌',
            Self::Eye => '👀',
            Self::Play => '▶',
            Self::Pause => '⏸',
            Self::SkipBack => '⏮',
            Self::SkipForward => '⏭',
            Self::Scales => '⚖',
            Self::Plus => '➕',
            Self::Minus => '➖',
            Self::Map => '🗺',
            Self::Close => '✖',
            Self::Question => '❓',
            Self::Party => '🎉',
            Self::Loudspeaker => '📢',
            Self::Building => '🏢',
        }
    }

    /// Draws the pictogram centred on `center`, `size` points tall.
    pub fn paint(self, painter: &egui::Painter, center: Pos2, size: f32, color: Color32) {
        if self == Self::Eye {
            // The font's eyes are two small dots; a drawn eye reads at any size.
            paint_eye(painter, center, size, color);
            return;
        }
        painter.text(
            center,
            Align2::CENTER_CENTER,
            self.glyph(),
            regular(size),
            color,
        );
    }
}

/// An eye: an almond outline and its iris, `size` points wide.
fn paint_eye(painter: &egui::Painter, center: Pos2, size: f32, color: Color32) {
    const STEPS: usize = 12;
    let (w, h) = (size * 0.5, size * 0.3);
    let lid = |t: f32, sign: f32| {
        center
            + Vec2::new(
                -w + 2.0 * w * t,
                sign * h * (std::f32::consts::PI * t).sin(),
            )
    };
    let upper = (0..=STEPS).map(|k| lid(k as f32 / STEPS as f32, -1.0));
    let lower = (1..STEPS).map(|k| lid(1.0 - k as f32 / STEPS as f32, 1.0));
    let outline: Vec<Pos2> = upper.chain(lower).collect();
    painter.add(Shape::closed_line(
        outline,
        Stroke::new((size / 9.0).max(1.2), color),
    ));
    painter.circle_filled(center, h * 0.7, color);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pictogram_has_a_glyph_in_the_fonts() {
        let ctx = egui::Context::default();
        super::super::fonts::install(&ctx);
        for _ in 0..2 {
            ctx.run_ui(egui::RawInput::default(), |_| {})
                .textures_delta
                .clear();
        }
        for pictogram in Pictogram::ALL {
            let found = ctx.fonts_mut(|fonts| fonts.has_glyph(&regular(40.0), pictogram.glyph()));
            assert!(
                found,
                "{pictogram:?} ({}) is not in the fonts",
                pictogram.glyph()
            );
        }
    }

    #[test]
    fn glyphs_are_distinct() {
        let mut glyphs: Vec<char> = Pictogram::ALL.iter().map(|p| p.glyph()).collect();
        glyphs.sort_unstable();
        glyphs.dedup();
        assert_eq!(glyphs.len(), Pictogram::ALL.len());
    }
}
