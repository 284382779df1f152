//! What a screenshot shows, told from its pixels: the two formats our tools write without a
//! library (grim's PPM, Xvfb's XWD frame buffer), and a verdict on whether an app drew there.

use std::collections::HashMap;

/// An image as 0xRRGGBB values, row by row.
pub struct Image {
    pub width: usize,
    pub height: usize,
    pub rgb: Vec<u32>,
}

/// What a screen looks like, in numbers.
#[derive(Debug)]
pub struct Summary {
    /// How many different colours (counted up to a few thousand).
    pub colours: usize,
    /// The most common colour and the share of the pixels it covers.
    pub main_colour: u32,
    pub main_share: f64,
    /// The share of pure black pixels.
    pub black_share: f64,
}

impl Image {
    /// Reads a binary PPM (`P6`, 8 bits a channel), as `grim -t ppm` writes it.
    pub fn from_ppm(bytes: &[u8]) -> Result<Self, String> {
        let mut fields = Vec::new();
        let mut at = 0;
        // Four header fields (magic, width, height, maximum), separated by white space.
        while fields.len() < 4 {
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            if start == at {
                return Err("a PPM header ends too early".into());
            }
            fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
        }
        let number = |index: usize| -> Result<usize, String> {
            fields[index]
                .parse()
                .map_err(|_| format!("a PPM header field is not a number: {}", fields[index]))
        };
        if fields[0] != "P6" || number(3)? != 255 {
            return Err(format!(
                "not an 8-bit binary PPM: {} {}",
                fields[0], fields[3]
            ));
        }
        let (width, height) = (number(1)?, number(2)?);
        let data = bytes.get(at + 1..).unwrap_or_default();
        if data.len() < width * height * 3 {
            return Err("a PPM image is shorter than its header says".into());
        }
        let rgb = data
            .chunks_exact(3)
            .take(width * height)
            .map(|p| (u32::from(p[0]) << 16) | (u32::from(p[1]) << 8) | u32::from(p[2]))
            .collect();
        Ok(Self { width, height, rgb })
    }

    /// Reads an XWD dump of a 24-bit `TrueColor` screen at 32 bits a pixel, as Xvfb's `-fbdir`
    /// keeps its frame buffer.
    pub fn from_xwd(bytes: &[u8]) -> Result<Self, String> {
        let field = |index: usize| -> Result<u32, String> {
            bytes
                .get(index * 4..index * 4 + 4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or_else(|| "an XWD header ends too early".to_string())
        };
        let header_size = field(0)? as usize;
        let (width, height) = (field(4)? as usize, field(5)? as usize);
        let byte_order = field(7)?;
        let bits_per_pixel = field(11)?;
        let bytes_per_line = field(12)? as usize;
        let masks = (field(14)?, field(15)?, field(16)?);
        let colour_entries = field(19)? as usize;
        if bits_per_pixel != 32 {
            return Err(format!("an XWD of {bits_per_pixel} bits a pixel, not 32"));
        }
        let start = header_size + colour_entries * 12;
        let mut rgb = Vec::with_capacity(width * height);
        for row in 0..height {
            for column in 0..width {
                let at = start + row * bytes_per_line + column * 4;
                let b = bytes
                    .get(at..at + 4)
                    .ok_or("an XWD image is shorter than its header says")?;
                let pixel = if byte_order == 0 {
                    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
                } else {
                    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
                };
                let channel = |mask: u32| (pixel & mask) >> mask.trailing_zeros();
                rgb.push((channel(masks.0) << 16) | (channel(masks.1) << 8) | channel(masks.2));
            }
        }
        Ok(Self { width, height, rgb })
    }

    /// The image as a binary PPM, to keep and look at.
    pub fn to_ppm(&self) -> Vec<u8> {
        let mut bytes = format!("P6\n{} {}\n255\n", self.width, self.height).into_bytes();
        for pixel in &self.rgb {
            bytes.extend_from_slice(&pixel.to_be_bytes()[1..]);
        }
        bytes
    }

    /// The colours of the image, in numbers.
    pub fn summary(&self) -> Summary {
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for &pixel in &self.rgb {
            *counts.entry(pixel).or_default() += 1;
        }
        let total = self.rgb.len().max(1) as f64;
        let (main_colour, main_count) = counts
            .iter()
            .max_by_key(|(colour, count)| (**count, **colour))
            .map_or((0, 0), |(colour, count)| (*colour, *count));
        Summary {
            colours: counts.len(),
            main_colour,
            main_share: main_count as f64 / total,
            black_share: counts.get(&0).copied().unwrap_or(0) as f64 / total,
        }
    }
}

impl Summary {
    /// Whether an app drew on this screen: not black, not one flat colour, many colours (text
    /// is anti-aliased, so even a simple screen has hundreds).
    pub fn drawn(&self) -> Result<(), String> {
        if self.black_share > 0.5 {
            return Err(format!(
                "the screen is black ({:.0} % of its pixels)",
                self.black_share * 100.0
            ));
        }
        if self.colours < 100 || self.main_share > 0.98 {
            return Err(format!(
                "the screen is nearly flat: {} colours, #{:06x} on {:.0} %",
                self.colours,
                self.main_colour,
                self.main_share * 100.0
            ));
        }
        Ok(())
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} colours, mostly #{:06x} ({:.0} %), {:.1} % black",
            self.colours,
            self.main_colour,
            self.main_share * 100.0,
            self.black_share * 100.0
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ppm_is_read_and_a_black_screen_is_not_drawn() {
        let mut ppm = b"P6\n2 1\n255\n".to_vec();
        ppm.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
        let image = Image::from_ppm(&ppm).unwrap();
        assert_eq!((image.width, image.height), (2, 1));
        assert_eq!(image.to_ppm(), ppm);
        let summary = image.summary();
        assert!((summary.black_share - 1.0).abs() < f64::EPSILON);
        assert!(summary.drawn().is_err());
    }

    #[test]
    fn a_busy_screen_is_drawn() {
        let rgb = (0..10_000u32).map(|i| 0x00ff_f6e6 - (i % 300)).collect();
        let image = Image {
            width: 100,
            height: 100,
            rgb,
        };
        image.summary().drawn().unwrap();
    }

    #[test]
    fn an_xwd_is_read_with_its_masks() {
        // The header's size counts the window name that follows its 25 fields.
        let mut xwd = Vec::new();
        let header: [u32; 25] = [
            120, 7, 2, 24, 1, 1, 0, 0, 32, 0, 32, 32, 4, 4, 0xff_0000, 0xff00, 0xff, 8, 0, 0, 1, 1,
            0, 0, 0,
        ];
        for value in header {
            xwd.extend_from_slice(&value.to_be_bytes());
        }
        xwd.extend_from_slice(b"Xvfb\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0");
        xwd.extend_from_slice(&0x0012_3456_u32.to_le_bytes());
        let image = Image::from_xwd(&xwd).unwrap();
        assert_eq!(image.rgb, vec![0x12_3456]);
    }
}
