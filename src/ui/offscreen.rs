//! Draws a piece of UI into an image on the CPU, with no window and no GPU.
//!
//! The take-home card is laid out with the same egui code that shows it on screen, then
//! tessellated by egui and filled here triangle by triangle. Blending follows egui's own
//! renderers: premultiplied alpha in gamma space, vertex colour times texture.

use std::collections::HashMap;

use eframe::egui::{
    self, Color32, ColorImage, ImageData, Pos2, RawInput, Rect, TextureFilter, TextureId,
    TextureOptions, TexturesDelta, Vec2, ViewportId,
    epaint::{ClippedPrimitive, Mesh, Primitive},
};

/// Renders `ui_fn` on a canvas of `size` points at `pixels_per_point`, after `setup` has
/// prepared the context (fonts, theme). Returns an opaque image (transparent areas become
/// `background`).
pub fn render(
    size: Vec2,
    pixels_per_point: f32,
    background: Color32,
    setup: impl Fn(&egui::Context),
    mut ui_fn: impl FnMut(&mut egui::Ui),
) -> ColorImage {
    let mut offscreen = Offscreen::new(pixels_per_point, setup);
    // Fonts set in `setup` apply from the second pass: lay out twice, keep the last.
    offscreen.pass(size, &mut ui_fn);
    let shapes = offscreen.pass(size, &mut ui_fn);
    offscreen.rasterize(shapes, size, background)
}

/// Like [`render`], but the canvas is as small as the content, at most `max_width` points
/// wide, with a margin around it.
pub fn render_fitted(
    max_width: f32,
    pixels_per_point: f32,
    background: Color32,
    setup: impl Fn(&egui::Context),
    mut ui_fn: impl FnMut(&mut egui::Ui),
) -> ColorImage {
    const MARGIN: f32 = 24.0;
    let mut offscreen = Offscreen::new(pixels_per_point, setup);
    let used = std::cell::Cell::new(Rect::NOTHING);
    let mut framed = |ui: &mut egui::Ui| {
        let inner = egui::Frame::new().inner_margin(MARGIN).show(ui, &mut ui_fn);
        used.set(inner.response.rect);
    };
    let roomy = Vec2::new(max_width, 8192.0);
    offscreen.pass(roomy, &mut framed);
    offscreen.pass(roomy, &mut framed);
    let size = used
        .get()
        .max
        .to_vec2()
        .ceil()
        .min(roomy)
        .max(Vec2::splat(1.0));
    let shapes = offscreen.pass(size, &mut framed);
    offscreen.rasterize(shapes, size, background)
}

/// An egui context that draws into memory.
struct Offscreen {
    ctx: egui::Context,
    textures: Textures,
    pixels_per_point: f32,
}

impl Offscreen {
    fn new(pixels_per_point: f32, setup: impl Fn(&egui::Context)) -> Self {
        let ctx = egui::Context::default();
        setup(&ctx);
        Self {
            ctx,
            textures: Textures::default(),
            pixels_per_point,
        }
    }

    /// Lays out one frame of `size` points; returns what it painted.
    fn pass(
        &mut self,
        size: Vec2,
        ui_fn: &mut impl FnMut(&mut egui::Ui),
    ) -> Vec<egui::epaint::ClippedShape> {
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
            ..RawInput::default()
        };
        input
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(self.pixels_per_point);
        let mut output = self.ctx.run_ui(input, |ui| ui_fn(ui));
        self.textures.apply(&output.textures_delta);
        output.textures_delta.clear();
        output.shapes
    }

    fn rasterize(
        &self,
        shapes: Vec<egui::epaint::ClippedShape>,
        size: Vec2,
        background: Color32,
    ) -> ColorImage {
        rasterize(
            &self.ctx,
            shapes,
            size,
            self.pixels_per_point,
            &self.textures,
            background,
        )
    }
}

/// Draws what `ctx` painted in a frame (`shapes`, on a screen of `size` points at
/// `pixels_per_point`) with `textures`, as an opaque image: a screenshot without a GPU, for
/// take-home cards and for the tests that look at every screen.
pub fn rasterize(
    ctx: &egui::Context,
    shapes: Vec<egui::epaint::ClippedShape>,
    size: Vec2,
    pixels_per_point: f32,
    textures: &Textures,
    background: Color32,
) -> ColorImage {
    let primitives = ctx.tessellate(shapes, pixels_per_point);
    let width = (size.x * pixels_per_point).round() as usize;
    let height = (size.y * pixels_per_point).round() as usize;
    let mut canvas = Canvas::new(width, height, background);
    for ClippedPrimitive {
        clip_rect,
        primitive,
    } in &primitives
    {
        if let Primitive::Mesh(mesh) = primitive {
            canvas.fill_mesh(mesh, *clip_rect, pixels_per_point, textures);
        }
    }
    canvas.into_image()
}

/// Every texture egui has sent, kept as images: what a renderer would hold in video memory.
#[derive(Default)]
pub struct Textures {
    images: HashMap<TextureId, (ColorImage, TextureOptions)>,
}

impl Textures {
    /// Applies egui's changes to the textures (new images, patches, frees).
    pub fn apply(&mut self, delta: &TexturesDelta) {
        for (id, image_delta) in delta
            .set
            .iter()
            .flat_map(|(id, deltas)| deltas.iter().map(move |d| (id, d)))
        {
            let ImageData::Color(patch) = &image_delta.image;
            match image_delta.pos {
                None => {
                    self.images
                        .insert(*id, ((**patch).clone(), image_delta.options));
                }
                Some([x0, y0]) => {
                    let Some((image, _)) = self.images.get_mut(id) else {
                        continue;
                    };
                    let [width, height] = image.size;
                    for y in 0..patch.size[1] {
                        for x in 0..patch.size[0] {
                            if x0 + x < width && y0 + y < height {
                                image.pixels[(y0 + y) * width + x0 + x] =
                                    patch.pixels[y * patch.size[0] + x];
                            }
                        }
                    }
                }
            }
        }
        for id in &delta.free {
            self.images.remove(id);
        }
    }

    /// Sample at normalized `uv` (bilinear, or nearest where the texture asks for it), as
    /// premultiplied RGBA in `0..=1`.
    fn sample(&self, id: TextureId, uv: [f32; 2]) -> [f32; 4] {
        let Some((image, options)) = self.images.get(&id) else {
            return [1.0; 4];
        };
        let [width, height] = image.size;
        if width == 0 || height == 0 {
            return [1.0; 4];
        }
        if options.magnification == TextureFilter::Nearest {
            let x = ((uv[0] * width as f32) as usize).min(width - 1);
            let y = ((uv[1] * height as f32) as usize).min(height - 1);
            return to_f32(image.pixels[y * width + x]);
        }
        let x = (uv[0] * width as f32 - 0.5).clamp(0.0, (width - 1) as f32);
        let y = (uv[1] * height as f32 - 0.5).clamp(0.0, (height - 1) as f32);
        let (x0, y0) = (x.floor() as usize, y.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(width - 1), (y0 + 1).min(height - 1));
        let (fx, fy) = (x - x0 as f32, y - y0 as f32);
        let at = |x: usize, y: usize| to_f32(image.pixels[y * width + x]);
        let top = mix(at(x0, y0), at(x1, y0), fx);
        let bottom = mix(at(x0, y1), at(x1, y1), fx);
        mix(top, bottom, fy)
    }
}

struct Canvas {
    width: usize,
    height: usize,
    pixels: Vec<[f32; 4]>,
    background: Color32,
}

impl Canvas {
    fn new(width: usize, height: usize, background: Color32) -> Self {
        Self {
            width,
            height,
            pixels: vec![[0.0; 4]; width * height],
            background,
        }
    }

    fn fill_mesh(&mut self, mesh: &Mesh, clip: Rect, pixels_per_point: f32, textures: &Textures) {
        let clip = Rect::from_min_max(
            (clip.min.to_vec2() * pixels_per_point).to_pos2(),
            (clip.max.to_vec2() * pixels_per_point).to_pos2(),
        )
        .intersect(Rect::from_min_size(
            Pos2::ZERO,
            Vec2::new(self.width as f32, self.height as f32),
        ));
        if !clip.is_positive() {
            return;
        }
        for triangle in mesh.indices.chunks_exact(3) {
            let vertex = |i: u32| &mesh.vertices[i as usize];
            let [a, b, c] = [
                vertex(triangle[0]),
                vertex(triangle[1]),
                vertex(triangle[2]),
            ];
            let pa = a.pos.to_vec2() * pixels_per_point;
            let pb = b.pos.to_vec2() * pixels_per_point;
            let pc = c.pos.to_vec2() * pixels_per_point;
            let area = edge(pa, pb, pc);
            if area.abs() < 1e-6 {
                continue;
            }
            // Which side of each edge is inside, and on which side the third vertex lies: a
            // pixel exactly on an edge shared by two triangles goes to one of them only, or
            // translucent fills would show a seam where it is blended twice.
            let sides = [
                shared_edge(pb, pc, pa),
                shared_edge(pc, pa, pb),
                shared_edge(pa, pb, pc),
            ];
            let min_x = pa.x.min(pb.x).min(pc.x).max(clip.min.x).floor() as usize;
            let max_x = pa.x.max(pb.x).max(pc.x).min(clip.max.x).ceil() as usize;
            let min_y = pa.y.min(pb.y).min(pc.y).max(clip.min.y).floor() as usize;
            let max_y = pa.y.max(pb.y).max(pc.y).min(clip.max.y).ceil() as usize;
            let colors = [to_f32(a.color), to_f32(b.color), to_f32(c.color)];
            for y in min_y..max_y.min(self.height) {
                for x in min_x..max_x.min(self.width) {
                    let p = Vec2::new(x as f32 + 0.5, y as f32 + 0.5);
                    let [e0, e1, e2] = [sides[0].at(p), sides[1].at(p), sides[2].at(p)];
                    if !(sides[0].inside(e0) && sides[1].inside(e1) && sides[2].inside(e2)) {
                        continue;
                    }
                    let total = e0 + e1 + e2;
                    let (w0, w1) = (e0 / total, e1 / total);
                    let w2 = 1.0 - w0 - w1;
                    let uv = [
                        w0 * a.uv.x + w1 * b.uv.x + w2 * c.uv.x,
                        w0 * a.uv.y + w1 * b.uv.y + w2 * c.uv.y,
                    ];
                    let texel = textures.sample(mesh.texture_id, uv);
                    let mut src = [0.0; 4];
                    for (channel, value) in src.iter_mut().enumerate() {
                        let vertex_color = w0 * colors[0][channel]
                            + w1 * colors[1][channel]
                            + w2 * colors[2][channel];
                        *value = vertex_color * texel[channel];
                    }
                    let dst = &mut self.pixels[y * self.width + x];
                    for channel in 0..4 {
                        dst[channel] = src[channel] + dst[channel] * (1.0 - src[3]);
                    }
                }
            }
        }
    }

    #[expect(
        clippy::disallowed_methods,
        reason = "converts rendered pixels, not a design colour"
    )]
    fn into_image(self) -> ColorImage {
        let background = to_f32(self.background);
        let pixels = self
            .pixels
            .into_iter()
            .map(|px| {
                let mut out = [0_u8; 4];
                for channel in 0..3 {
                    let value = px[channel] + background[channel] * (1.0 - px[3]);
                    out[channel] = (value.clamp(0.0, 1.0) * 255.0).round() as u8;
                }
                out[3] = 255;
                Color32::from_rgba_premultiplied(out[0], out[1], out[2], out[3])
            })
            .collect();
        ColorImage::new([self.width, self.height], pixels)
    }
}

fn edge(a: Vec2, b: Vec2, p: Vec2) -> f32 {
    (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
}

/// One edge of a triangle, computed the same way whichever triangle it belongs to (its ends in
/// a fixed order), and the side of it the triangle is on.
struct SharedEdge {
    from: Vec2,
    to: Vec2,
    /// +1 or -1: the sign of [`Self::at`] inside the triangle.
    inward: f32,
}

impl SharedEdge {
    /// The value of the edge function at `p`, oriented so that it is positive inside.
    fn at(&self, p: Vec2) -> f32 {
        edge(self.from, self.to, p) * self.inward
    }

    /// Whether a pixel with value `value` is filled: strictly inside, or exactly on the edge
    /// for the triangle on its positive side only.
    fn inside(&self, value: f32) -> bool {
        value > 0.0 || (value == 0.0 && self.inward > 0.0)
    }
}

/// The edge from `a` to `b` of the triangle whose third vertex is `third`.
fn shared_edge(a: Vec2, b: Vec2, third: Vec2) -> SharedEdge {
    let (from, to) = if (a.x, a.y) <= (b.x, b.y) {
        (a, b)
    } else {
        (b, a)
    };
    SharedEdge {
        from,
        to,
        inward: edge(from, to, third).signum(),
    }
}

fn to_f32(color: Color32) -> [f32; 4] {
    let [r, g, b, a] = color.to_array();
    [r, g, b, a].map(|c| f32::from(c) / 255.0)
}

fn mix(a: [f32; 4], b: [f32; 4], t: f32) -> [f32; 4] {
    let mut out = [0.0; 4];
    for i in 0..4 {
        out[i] = a[i] + (b[i] - a[i]) * t;
    }
    out
}

/// Encodes `image` as PNG bytes.
///
/// # Errors
/// When the encoder fails (it should not for an in-memory image).
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, image::ImageError> {
    let [width, height] = image.size;
    let raw: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(Color32::to_srgba_unmultiplied)
        .collect();
    let mut bytes = Vec::new();
    image::write_buffer_with_format(
        &mut std::io::Cursor::new(&mut bytes),
        &raw,
        width as u32,
        height as u32,
        image::ExtendedColorType::Rgba8,
        image::ImageFormat::Png,
    )?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fonts::regular;
    use crate::ui::tokens::Theme;

    #[test]
    fn a_translucent_rectangle_has_no_seam_on_its_diagonal() {
        let theme = Theme::cheerful();
        let scrim = theme.palette.scrim;
        let image = render(
            Vec2::new(137.0, 77.0),
            1.0,
            theme.palette.surface,
            crate::ui::install,
            |ui| {
                ui.painter().rect_filled(ui.max_rect(), 0.0, scrim);
            },
        );
        let first = image.pixels[0];
        assert!(
            image.pixels.iter().all(|pixel| *pixel == first),
            "every pixel is blended once"
        );
    }

    #[test]
    fn draws_shapes_and_text_where_they_belong() {
        let theme = Theme::cheerful();
        let (ink, paper) = (theme.palette.text, theme.palette.surface);
        let image = render(
            Vec2::new(200.0, 100.0),
            2.0,
            paper,
            crate::ui::install,
            |ui| {
                let painter = ui.painter();
                painter.rect_filled(
                    Rect::from_min_size(Pos2::new(10.0, 10.0), Vec2::splat(30.0)),
                    0.0,
                    ink,
                );
                painter.text(
                    Pos2::new(120.0, 50.0),
                    egui::Align2::CENTER_CENTER,
                    "Archipel",
                    regular(28.0),
                    ink,
                );
            },
        );
        assert_eq!(image.size, [400, 200]);
        let at = |x: usize, y: usize| image.pixels[y * 400 + x];
        assert_eq!(at(50, 50), ink, "inside the square");
        assert_eq!(at(150, 150), paper, "empty corner");
        let text_ink = (160..320)
            .flat_map(|x| (70..130).map(move |y| (x, y)))
            .filter(|&(x, y)| at(x, y) == ink)
            .count();
        assert!(text_ink > 300, "the word is drawn ({text_ink} dark pixels)");
    }

    #[test]
    fn fitted_canvases_hug_the_content() {
        let theme = Theme::cheerful();
        let image = render_fitted(
            800.0,
            1.0,
            theme.palette.surface,
            crate::ui::install,
            |ui| {
                let (rect, _) =
                    ui.allocate_exact_size(Vec2::new(300.0, 120.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 0.0, theme.palette.text);
            },
        );
        assert_eq!(image.size, [300 + 48, 120 + 48]);
        assert_eq!(image.pixels[(24 + 60) * 348 + 24 + 150], theme.palette.text);
        assert_eq!(
            image.pixels[10 * 348 + 10],
            theme.palette.surface,
            "the margin is background"
        );
    }

    #[test]
    fn png_round_trips() {
        let theme = Theme::cheerful();
        let image = ColorImage::new([3, 2], vec![theme.palette.primary; 6]);
        let png = encode_png(&image).unwrap();
        let decoded = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(decoded.dimensions(), (3, 2));
        assert_eq!(
            decoded.get_pixel(2, 1).0,
            theme.palette.primary.to_srgba_unmultiplied()
        );
    }
}
