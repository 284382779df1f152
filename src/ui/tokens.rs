//! Design tokens: every colour, size and font of the app, in one place.
//!
//! Views read them through [`theme`]; `clippy.toml` forbids building colours anywhere else.
//! Text colours meet WCAG AA (4.5:1) on the surfaces they are drawn on, which a test checks.

use eframe::egui::{self, Color32, FontFamily, TextStyle, Vec2};

use super::fonts::{bold, regular, sized};

/// The colours of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    /// Behind everything: a warm cream.
    pub background: Color32,
    /// Cards and tiles.
    pub surface: Color32,
    /// Top bar and bottom bar.
    pub bar: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text (captions, hints).
    pub text_muted: Color32,
    /// Main buttons ("Show me").
    pub primary: Color32,
    /// Text on `primary`.
    pub on_primary: Color32,
    /// A second button colour (the home button).
    pub accent: Color32,
    /// Text on `accent`.
    pub on_accent: Color32,
    /// A chosen tile: sunny yellow.
    pub selected: Color32,
    /// Text on `selected`.
    pub on_selected: Color32,
    /// Good news: a criterion met, a saved file.
    pub success: Color32,
    /// Text on `success`.
    pub on_success: Color32,
    /// Borders of tiles and chips (3:1 against surfaces, WCAG 1.4.11).
    pub outline: Color32,
    /// A disabled button's fill.
    pub disabled: Color32,
    /// Text on `disabled`.
    pub on_disabled: Color32,
    /// Pastel fills for home tiles and category headers, all readable with `text`.
    pub pastels: [Color32; 6],
    /// Light text for coloured badges.
    pub badge_light: Color32,
    /// Dark text for coloured badges.
    pub badge_dark: Color32,
    /// QR code modules.
    pub qr_dark: Color32,
    /// QR code background.
    pub qr_light: Color32,
    /// Dims the screen behind a dialog.
    pub scrim: Color32,
    /// The sea around the map's islands.
    pub sea: Color32,
    /// The beach around an island.
    pub shore: Color32,
    /// Links and markers of the "cables and machines" layer.
    pub layer_physical: Color32,
    /// Links and markers of the "services" layer.
    pub layer_services: Color32,
    /// Links and markers of the "who sees your data" layer.
    pub layer_data: Color32,
    /// The glass of the trackers' jar.
    pub glass: Color32,
    /// The grass of a football pitch.
    pub pitch: Color32,
    /// A pancake, and its browned edge.
    pub pancake: Color32,
    /// The browned edge of a pancake.
    pub pancake_edge: Color32,
    /// Butter on a pancake.
    pub butter: Color32,
    /// A video player's screen, and the text on it.
    pub screen: Color32,
    /// Text on [`Palette::screen`].
    pub on_screen: Color32,
    /// A cloud in the sky.
    pub cloud: Color32,
    /// The guide's fur (a ginger kitten).
    pub fur: Color32,
    /// The stripes on the guide's fur.
    pub fur_stripes: Color32,
    /// The guide's muzzle, belly and paws.
    pub fur_light: Color32,
    /// The inside of the guide's ears, its nose and cheeks.
    pub fur_pink: Color32,
    /// The guide's outline and eyes.
    pub fur_ink: Color32,
}

impl Palette {
    /// Pastel number `index`, going round the pastels: the colour of the `index`-th company,
    /// host or island, the same on every screen.
    pub fn pastel(&self, index: usize) -> Color32 {
        self.pastels[index % self.pastels.len()]
    }
}

/// Sizes, in points at UI scale 1.0.
#[derive(Clone, Debug, PartialEq)]
pub struct Sizes {
    /// The smallest thing a finger must hit (at least 48).
    pub touch_target: f32,
    /// Space between things.
    pub gap: f32,
    /// Space around a screen's content.
    pub margin: f32,
    /// Corner radius of tiles and buttons.
    pub corner: u8,
    /// A home screen tile.
    pub home_tile: Vec2,
    /// A pictogram on a home tile.
    pub home_pictogram: f32,
    /// A service tile in the alternatives picker.
    pub service_tile: Vec2,
    /// An alternative's card.
    pub card_width: f32,
    /// The most room a place's card on the map takes.
    pub place_card: Vec2,
    /// A place's marker on the map, at the zoom that shows the whole map (6-9 get bigger ones).
    pub map_marker: f32,
    /// The names of places on the map.
    pub font_map_label: f32,
    /// A round badge with an initial.
    pub badge: f32,
    /// A filter chip's height (at least 48).
    pub chip_height: f32,
    /// Height of the top bar.
    pub top_bar: f32,
    /// Normal border width.
    pub outline_width: f32,
    /// Border width of a selected item.
    pub selected_width: f32,
    /// Title text.
    pub font_title: f32,
    /// Heading text.
    pub font_heading: f32,
    /// Body text.
    pub font_body: f32,
    /// Button text.
    pub font_button: f32,
    /// Small text.
    pub font_small: f32,
}

/// The whole look: palette and sizes.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Colours.
    pub palette: Palette,
    /// Sizes.
    pub sizes: Sizes,
}

/// The bold font family (Andika Bold).
pub fn bold_family() -> FontFamily {
    FontFamily::Name("bold".into())
}

#[expect(
    clippy::disallowed_methods,
    reason = "the one place where colours are defined"
)]
const fn hex(rgb: u32) -> Color32 {
    Color32::from_rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

#[expect(
    clippy::disallowed_methods,
    reason = "the one place where colours are defined"
)]
const fn black_alpha(alpha: u8) -> Color32 {
    Color32::from_rgba_premultiplied(0, 0, 0, alpha)
}

impl Theme {
    /// The default look: bright, friendly, readable.
    pub const fn cheerful() -> Self {
        Self {
            palette: Palette {
                background: hex(0x00FF_F7E8),
                surface: hex(0x00FF_FFFF),
                bar: hex(0x00FD_ECC8),
                text: hex(0x001D_2B3A),
                text_muted: hex(0x004A_5568),
                primary: hex(0x000B_6E69),
                on_primary: hex(0x00FF_FFFF),
                accent: hex(0x00C2_410C),
                on_accent: hex(0x00FF_FFFF),
                selected: hex(0x00FF_D43B),
                on_selected: hex(0x001D_2B3A),
                success: hex(0x002B_7A3B),
                on_success: hex(0x00FF_FFFF),
                outline: hex(0x006B_7280),
                disabled: hex(0x00E2_E5EA),
                on_disabled: hex(0x004A_5568),
                pastels: [
                    hex(0x00D0_EBFF),
                    hex(0x00D3_F9D8),
                    hex(0x00FF_E3E3),
                    hex(0x00FF_F3BF),
                    hex(0x00E5_DBFF),
                    hex(0x00C5_F6FA),
                ],
                badge_light: hex(0x00FF_FFFF),
                badge_dark: hex(0x0000_0000),
                qr_dark: hex(0x0000_0000),
                qr_light: hex(0x00FF_FFFF),
                scrim: black_alpha(150),
                sea: hex(0x00A8_D8EE),
                shore: hex(0x00F6_E7BE),
                layer_physical: hex(0x0033_4155),
                layer_services: hex(0x000B_6E69),
                layer_data: hex(0x00C2_410C),
                glass: hex(0x00E3_F1F8),
                pitch: hex(0x005B_A85B),
                pancake: hex(0x00E0_A44A),
                pancake_edge: hex(0x00B8_762A),
                butter: hex(0x00FF_E88A),
                screen: hex(0x001D_2B3A),
                on_screen: hex(0x00FF_FFFF),
                cloud: hex(0x00FF_FFFF),
                fur: hex(0x00F0_A04B),
                fur_stripes: hex(0x00C8_6A1E),
                fur_light: hex(0x00FF_F3E0),
                fur_pink: hex(0x00F4_9AAE),
                fur_ink: hex(0x003A_2614),
            },
            sizes: Sizes {
                touch_target: 64.0,
                gap: 16.0,
                margin: 24.0,
                corner: 18,
                home_tile: Vec2::new(270.0, 230.0),
                home_pictogram: 68.0,
                service_tile: Vec2::new(252.0, 104.0),
                card_width: 320.0,
                place_card: Vec2::new(500.0, 620.0),
                map_marker: 24.0,
                font_map_label: 16.0,
                badge: 52.0,
                chip_height: 52.0,
                top_bar: 84.0,
                outline_width: 2.0,
                selected_width: 5.0,
                font_title: 40.0,
                font_heading: 30.0,
                font_body: 22.0,
                font_button: 24.0,
                font_small: 18.0,
            },
        }
    }

    /// Black, white and yellow: for low vision, bright rooms and washed-out projectors.
    pub const fn high_contrast() -> Self {
        let cheerful = Self::cheerful();
        Self {
            palette: Palette {
                background: hex(0x0000_0000),
                surface: hex(0x0012_1212),
                bar: hex(0x001E_1E1E),
                text: hex(0x00FF_FFFF),
                text_muted: hex(0x00E6_E6E6),
                primary: hex(0x00FF_E500),
                on_primary: hex(0x0000_0000),
                accent: hex(0x0000_E5FF),
                on_accent: hex(0x0000_0000),
                selected: hex(0x00FF_E500),
                on_selected: hex(0x0000_0000),
                success: hex(0x0000_E676),
                on_success: hex(0x0000_0000),
                outline: hex(0x00FF_FFFF),
                disabled: hex(0x0033_3333),
                on_disabled: hex(0x00CC_CCCC),
                pastels: [
                    hex(0x000D_1B2A),
                    hex(0x000B_2212),
                    hex(0x002A_0D0D),
                    hex(0x002A_220B),
                    hex(0x001A_0D2A),
                    hex(0x000B_2222),
                ],
                sea: hex(0x0000_0000),
                shore: hex(0x00FF_FFFF),
                layer_physical: hex(0x00FF_FFFF),
                layer_services: hex(0x0000_E5FF),
                layer_data: hex(0x00FF_9F43),
                glass: hex(0x000D_1B2A),
                pitch: hex(0x000B_3A12),
                screen: hex(0x0033_3333),
                cloud: hex(0x00CC_CCCC),
                fur: hex(0x00FF_B347),
                fur_ink: hex(0x0000_0000),
                ..cheerful.palette
            },
            sizes: Sizes {
                outline_width: 3.0,
                selected_width: 6.0,
                ..cheerful.sizes
            },
        }
    }

    /// Every (text, background) pair the views draw, for the contrast check.
    pub fn text_pairs(&self) -> Vec<(&'static str, Color32, Color32)> {
        let p = &self.palette;
        let mut pairs = vec![
            ("text/background", p.text, p.background),
            ("text/surface", p.text, p.surface),
            ("text/bar", p.text, p.bar),
            ("muted/background", p.text_muted, p.background),
            ("muted/surface", p.text_muted, p.surface),
            ("muted/bar", p.text_muted, p.bar),
            ("on_primary", p.on_primary, p.primary),
            ("on_accent", p.on_accent, p.accent),
            ("on_selected", p.on_selected, p.selected),
            ("on_success", p.on_success, p.success),
            ("on_disabled", p.on_disabled, p.disabled),
            ("primary/surface", p.primary, p.surface),
            ("success/surface", p.success, p.surface),
            ("on_screen", p.on_screen, p.screen),
            ("text/glass", p.text, p.glass),
        ];
        for pastel in p.pastels {
            pairs.push(("text/pastel", p.text, pastel));
            pairs.push(("muted/pastel", p.text_muted, pastel));
        }
        pairs
    }

    /// The readable text colour on a badge of colour `fill`: light where it meets WCAG AA,
    /// else dark (which then always does).
    pub fn text_on(&self, fill: Color32) -> Color32 {
        let light = self.palette.badge_light;
        if contrast_ratio(light, fill) >= 4.5 {
            light
        } else {
            self.palette.badge_dark
        }
    }

    /// Applies sizes and colours to egui's own widgets.
    pub fn apply(&self, ctx: &egui::Context) {
        let p = &self.palette;
        let s = &self.sizes;
        // The stand is always light, whatever the desktop prefers.
        ctx.set_theme(egui::Theme::Light);
        // Ctrl and +/- would zoom the whole interface to any size, and every size adds glyphs
        // to the font atlas: the facilitator sets the size in the panel instead.
        ctx.options_mut(|options| options.zoom_with_keyboard = false);
        ctx.all_styles_mut(|style| {
            style.text_styles = [
                (TextStyle::Heading, bold(s.font_heading)),
                (TextStyle::Body, regular(s.font_body)),
                (TextStyle::Button, bold(s.font_button)),
                (TextStyle::Small, regular(s.font_small)),
                (
                    TextStyle::Monospace,
                    sized(s.font_body, FontFamily::Monospace),
                ),
                (TextStyle::Name("title".into()), bold(s.font_title)),
            ]
            .into();
            style.spacing.interact_size = Vec2::splat(s.touch_target);
            style.spacing.button_padding = Vec2::new(20.0, 12.0);
            style.spacing.item_spacing = Vec2::splat(s.gap * 0.75);
            style.spacing.scroll.bar_width = 18.0;
            style.spacing.scroll.floating = false;
            let visuals = &mut style.visuals;
            *visuals = egui::Visuals::light();
            visuals.override_text_color = Some(p.text);
            visuals.panel_fill = p.background;
            visuals.window_fill = p.surface;
            visuals.extreme_bg_color = p.surface;
            visuals.selection.bg_fill = p.selected;
            visuals.selection.stroke.color = p.on_selected;
            visuals.hyperlink_color = p.primary;
            visuals.widgets.noninteractive.fg_stroke.color = p.text;
            visuals.widgets.inactive.bg_fill = p.surface;
            visuals.widgets.inactive.weak_bg_fill = p.surface;
            visuals.widgets.inactive.bg_stroke = egui::Stroke::new(s.outline_width, p.outline);
            visuals.widgets.hovered.weak_bg_fill = p.bar;
            visuals.widgets.hovered.bg_stroke = egui::Stroke::new(s.outline_width, p.text);
            visuals.widgets.active.weak_bg_fill = p.selected;
            visuals.widgets.active.bg_stroke = egui::Stroke::new(s.outline_width, p.text);
            for widget in [
                &mut visuals.widgets.inactive,
                &mut visuals.widgets.hovered,
                &mut visuals.widgets.active,
                &mut visuals.widgets.open,
            ] {
                widget.corner_radius = egui::CornerRadius::same(s.corner);
            }
        });
    }
}

/// WCAG 2 contrast ratio between two opaque colours, from 1.0 to 21.0.
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

fn relative_luminance(color: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
}

/// A colour given by a content file (a badge colour), as red, green, blue.
#[expect(
    clippy::disallowed_methods,
    reason = "colours from content files are data, not design"
)]
pub fn content_color(rgb: [u8; 3]) -> Color32 {
    Color32::from_rgb(rgb[0], rgb[1], rgb[2])
}

/// The default look.
pub static CHEERFUL: Theme = Theme::cheerful();
/// The high-contrast look.
pub static HIGH_CONTRAST: Theme = Theme::high_contrast();

impl Theme {
    /// The look the settings ask for.
    pub fn chosen(high_contrast: bool) -> &'static Self {
        if high_contrast {
            &HIGH_CONTRAST
        } else {
            &CHEERFUL
        }
    }
}

#[derive(Clone, Copy)]
struct ThemeSlot(&'static Theme);

/// Stores `theme` as the current one and applies it to egui's widgets.
pub fn install(ctx: &egui::Context, theme: &'static Theme) {
    theme.apply(ctx);
    ctx.data_mut(|data| data.insert_temp(egui::Id::NULL, ThemeSlot(theme)));
}

/// The current theme (the cheerful one until [`install`] is called).
pub fn theme(ctx: &egui::Context) -> &'static Theme {
    ctx.data(|data| data.get_temp::<ThemeSlot>(egui::Id::NULL))
        .map_or(&CHEERFUL, |slot| slot.0)
}

/// The design tokens in use, the one way views get them: `let (p, s) = tokens(ui.ctx());`
/// gives the palette and the sizes.
pub fn tokens(ctx: &egui::Context) -> (&'static Palette, &'static Sizes) {
    let theme = theme(ctx);
    (&theme.palette, &theme.sizes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_meets_wcag_aa() {
        for theme in [Theme::cheerful(), Theme::high_contrast()] {
            for (name, fg, bg) in theme.text_pairs() {
                let ratio = contrast_ratio(fg, bg);
                assert!(ratio >= 4.5, "{name}: contrast {ratio:.2} is below 4.5:1");
            }
        }
    }

    #[test]
    fn high_contrast_text_meets_wcag_aaa() {
        let theme = Theme::high_contrast();
        for (name, fg, bg) in theme.text_pairs() {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= 7.0, "{name}: contrast {ratio:.2} is below 7:1");
        }
    }

    #[test]
    fn outlines_are_visible_on_surfaces() {
        for theme in [Theme::cheerful(), Theme::high_contrast()] {
            let p = theme.palette;
            for bg in [p.surface, p.background] {
                assert!(contrast_ratio(p.outline, bg) >= 3.0);
            }
        }
    }

    #[test]
    fn map_links_are_visible_on_the_sea_and_on_every_island() {
        for theme in [Theme::cheerful(), Theme::high_contrast()] {
            let p = theme.palette;
            for line in [p.layer_physical, p.layer_services, p.layer_data] {
                for bg in p.pastels.iter().chain([&p.sea, &p.surface]) {
                    let ratio = contrast_ratio(line, *bg);
                    assert!(ratio >= 3.0, "{line:?} on {bg:?}: {ratio:.2}");
                }
            }
        }
    }

    #[test]
    fn badge_text_is_readable_on_any_colour() {
        let theme = Theme::cheerful();
        for rgb in [
            0x0000_0000,
            0x00FF_FFFF,
            0x0042_85F4,
            0x0025_D366,
            0x00FF_0000,
            0x0077_7777,
            0x00FF_CC00,
        ] {
            let fill = hex(rgb);
            let ratio = contrast_ratio(theme.text_on(fill), fill);
            assert!(ratio >= 4.5, "{rgb:06x}: {ratio:.2}");
        }
    }

    #[test]
    fn touch_targets_are_big_enough() {
        let sizes = Theme::cheerful().sizes;
        assert!(sizes.touch_target >= 48.0);
        assert!(sizes.badge >= 48.0);
        assert!(sizes.chip_height >= 48.0);
        assert!(sizes.service_tile.min_elem() >= 48.0);
    }
}
