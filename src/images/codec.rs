//! One image, bytes in and bytes out, with no I/O: the format told from
//! the bytes (never the name), the size read from the header and bounded
//! before anything is decoded, decoding within the decoder's memory
//! limits, turned upright by its EXIF orientation, resized (Lanczos3) to
//! the site's widths and encoded again: progressive JPEG, or PNG (and a
//! lossless WebP twin) for an image with transparency. Nothing of the
//! source's metadata is copied: the encoders write pixels and their own
//! headers only.

use crate::model::ImageSettings;
use fast_image_resize as fr;
use image::{DynamicImage, ImageDecoder};
use std::io::Cursor;

/// Images above this many pixels are refused before decoding: more than
/// any phone or camera takes by default (a 48-megapixel phone's full
/// resolution fits), and so far less memory than a decompression bomb.
pub const MAX_MEGAPIXELS: u32 = 64;
/// The most the decoder may allocate for one image.
const MAX_ALLOC: u64 = 640 * 1024 * 1024;

/// What the bytes of a file are, by their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,
    /// Known, but not published: `HEIC`, `AVIF`, `TIFF`, `BMP`.
    Unsupported(&'static str),
    /// Not an image baocao knows.
    Unknown,
}

/// Tells a file's format from its bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    let at = |from: usize, magic: &[u8]| bytes.get(from..from + magic.len()) == Some(magic);
    if at(0, &[0xFF, 0xD8, 0xFF]) {
        return Format::Jpeg;
    }
    if at(0, b"\x89PNG\r\n\x1a\n") {
        return Format::Png;
    }
    if at(0, b"RIFF") && at(8, b"WEBP") {
        return Format::WebP;
    }
    if at(0, b"GIF87a") || at(0, b"GIF89a") {
        return Format::Gif;
    }
    if at(4, b"ftyp") {
        let brand = bytes.get(8..12).unwrap_or_default();
        return match brand {
            b"avif" | b"avis" => Format::Unsupported("AVIF"),
            b"heic" | b"heix" | b"hevc" | b"heim" | b"heis" | b"mif1" | b"msf1" => Format::Unsupported("HEIC"),
            _ => Format::Unknown,
        };
    }
    if at(0, b"II*\0") || at(0, b"MM\0*") {
        return Format::Unsupported("TIFF");
    }
    if at(0, b"BM") {
        return Format::Unsupported("BMP");
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if (head.starts_with('<')) && head.contains("<svg") {
        return Format::Svg;
    }
    Format::Unknown
}

/// Why an image cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file stops before its end (`cut_short`), or is damaged.
    Damaged {
        cut_short: bool,
    },
    /// A format baocao does not publish (`None`: not an image at all).
    Unsupported(Option<&'static str>),
    TooLarge {
        width: u32,
        height: u32,
    },
}

/// What kind of file each variant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A photo (or any image without transparency): JPEG.
    Jpeg,
    /// An image with transparency: PNG, and WebP twins when asked for.
    Png,
}

/// One encoded size of an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// `jpg`, `png` or `webp`.
    pub ext: &'static str,
    pub bytes: Data,
}

/// The encoded bytes of a variant: just made, or where the image cache
/// keeps them (copied from there into the output, never read by a build).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    Made(Vec<u8>),
    /// `modified`: when its file was written (what the cache checks it by).
    InCache {
        file: std::path::PathBuf,
        len: u64,
        modified: i128,
    },
}

impl Data {
    /// The length in bytes.
    pub fn len(&self) -> u64 {
        match self {
            Data::Made(bytes) => bytes.len() as u64,
            Data::InCache { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes, read from the cache when they are there.
    pub fn read(&self) -> std::io::Result<std::borrow::Cow<'_, [u8]>> {
        match self {
            Data::Made(bytes) => Ok(std::borrow::Cow::Borrowed(bytes)),
            Data::InCache { file, len, .. } => crate::render::read_whole(file, *len).map(std::borrow::Cow::Owned),
        }
    }
}

/// An image made ready for readers: upright, without metadata, in every
/// width the settings ask for (never wider than the source).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// Upright (after the EXIF orientation).
    pub width: u32,
    pub height: u32,
    pub kind: Kind,
    /// Narrowest first; WebP twins after the others.
    pub variants: Vec<Variant>,
}

/// The widths an image `source_width` wide is made in: each setting
/// narrower than the source, and the source's own width when a setting is
/// as wide or wider (an image is never enlarged); with `original`, the
/// source's width too.
pub fn widths(source_width: u32, settings: &ImageSettings) -> Vec<u32> {
    let mut widths: Vec<u32> = settings.widths.iter().copied().filter(|&w| w < source_width).collect();
    if widths.len() < settings.widths.len() || settings.original {
        widths.push(source_width);
    }
    widths
}

/// The stored size of a JPEG or PNG, read from its header by hand (its
/// start of frame, its `IHDR`), before any decoder sees it.
fn header_dimensions(bytes: &[u8], format: Format) -> Option<(u32, u32)> {
    let be16 = |at: usize| Some(u32::from(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?)));
    let be32 = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
    match format {
        Format::Png => Some((be32(16)?, be32(20)?)),
        Format::Jpeg => {
            let mut at = 2;
            loop {
                if *bytes.get(at)? != 0xFF {
                    return None;
                }
                let marker = *bytes.get(at + 1)?;
                // Start of frame: baseline, extended, progressive, lossless… (not DHT C4, JPG C8, DAC CC).
                if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
                    return Some((be16(at + 7)?, be16(at + 5)?));
                }
                if marker == 0xDA {
                    return None;
                }
                at += 2 + be16(at + 2)? as usize;
            }
        }
        _ => None,
    }
}

fn too_large(width: u32, height: u32) -> bool {
    u64::from(width) * u64::from(height) > u64::from(MAX_MEGAPIXELS) * 1_000_000
}

fn decoder(bytes: &[u8], format: Format) -> Result<Box<dyn ImageDecoder + '_>, Problem> {
    let kind = format;
    let format = match format {
        Format::Jpeg => image::ImageFormat::Jpeg,
        Format::Png => image::ImageFormat::Png,
        Format::WebP => image::ImageFormat::WebP,
        Format::Unsupported(name) => return Err(Problem::Unsupported(Some(name))),
        Format::Gif | Format::Svg | Format::Unknown => return Err(Problem::Unsupported(None)),
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(damaged(bytes, kind))?;
    Ok(Box::new(decoder))
}

/// The problem behind a decoder's error: a file that ends early is said
/// as such (a copy that was interrupted), anything else is damage.
fn damaged(bytes: &[u8], format: Format) -> impl Fn(image::ImageError) -> Problem + '_ {
    move |_| Problem::Damaged { cut_short: cut_short(bytes, format) }
}

/// Whether a file stops before its format's end: a JPEG's end marker, a
/// PNG's `IEND` chunk, the length a WebP's RIFF header announces.
fn cut_short(bytes: &[u8], format: Format) -> bool {
    match format {
        Format::Jpeg => jpeg_cut_short(bytes),
        Format::Png => !bytes.windows(4).any(|w| w == b"IEND"),
        Format::WebP => bytes
            .get(4..8)
            .and_then(|l| l.try_into().ok())
            .is_none_or(|l: [u8; 4]| u32::from_le_bytes(l) as usize + 8 > bytes.len()),
        _ => false,
    }
}

/// A JPEG whose compressed data never reaches its end marker (EOI, `FF D9`)
/// was cut short. The scan data cannot hold `FF D9` (a data `FF` is
/// followed by `00`), so the first one after the first scan (`FF DA`) is
/// the end; bytes after it (a motion photo's video) are allowed.
fn jpeg_cut_short(bytes: &[u8]) -> bool {
    let Some(scan) = bytes.windows(2).position(|w| w == [0xFF, 0xDA]) else {
        return true;
    };
    !bytes[scan..].windows(2).any(|w| w == [0xFF, 0xD9])
}

/// Decodes, turns upright, resizes and encodes one image.
pub fn process(bytes: &[u8], format: Format, settings: &ImageSettings) -> Result<Processed, Problem> {
    // The size the header claims, checked before a decoder allocates anything.
    if let Some((width, height)) = header_dimensions(bytes, format)
        && too_large(width, height)
    {
        return Err(Problem::TooLarge { width, height });
    }
    let mut decoder = decoder(bytes, format)?;
    let (width, height) = decoder.dimensions();
    if too_large(width, height) {
        return Err(Problem::TooLarge { width, height });
    }
    if width == 0 || height == 0 {
        return Err(Problem::Damaged { cut_short: false });
    }
    // A broken orientation tag is no reason to refuse a photo.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let decoded = DynamicImage::from_decoder(decoder).map_err(damaged(bytes, format))?;
    // zune-jpeg fills what is missing of a cut JPEG with grey; it is refused instead.
    if format == Format::Jpeg && jpeg_cut_short(bytes) {
        return Err(Problem::Damaged { cut_short: true });
    }
    let transparent = decoded.color().has_alpha()
        && match decoded.as_rgba8() {
            Some(rgba) => rgba.pixels().any(|p| p.0[3] < 255),
            None => decoded.to_rgba8().pixels().any(|p| p.0[3] < 255),
        };
    let (kind, pixel_type, stored_width, stored_height, raw) = if transparent {
        let img = decoded.into_rgba8();
        (Kind::Png, fr::PixelType::U8x4, img.width(), img.height(), img.into_raw())
    } else {
        let img = decoded.into_rgb8();
        (Kind::Jpeg, fr::PixelType::U8x3, img.width(), img.height(), img.into_raw())
    };
    // Resized as stored, and each size turned upright after: turning a
    // 1080 px image is a tenth of the work of turning the photo.
    use image::metadata::Orientation::*;
    let turned = matches!(orientation, Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH);
    let (width, height) = if turned { (stored_height, stored_width) } else { (stored_width, stored_height) };
    let source = fr::images::Image::from_vec_u8(stored_width, stored_height, raw, pixel_type)
        .map_err(|_| Problem::Damaged { cut_short: false })?;
    let mut resizer = fr::Resizer::new();
    let options = fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    let mut variants = Vec::new();
    let mut webp = Vec::new();
    // Widest first, each from the one before it (the source for the
    // widest): a pass over a 12-megapixel source costs the same whatever
    // the target, so the narrower sizes start from 1080 px, not 4000.
    let mut larger: Option<fr::images::Image> = None;
    for w in widths(width, settings).into_iter().rev() {
        let h = ((u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width)).max(1) as u32;
        let h = if w == width { height } else { h };
        if w != width {
            let (sw, sh) = if turned { (h, w) } else { (w, h) };
            let mut target = fr::images::Image::new(sw, sh, pixel_type);
            resizer.resize(larger.as_ref().unwrap_or(&source), &mut target, &options).expect("the pixel types agree");
            larger = Some(target);
        }
        let stored = larger.as_ref().unwrap_or(&source);
        let upright = upright(stored.buffer(), stored.width(), stored.height(), kind, orientation);
        let buffer: &[u8] = upright.as_deref().unwrap_or(stored.buffer());
        match kind {
            Kind::Jpeg => variants.push(Variant {
                width: w,
                height: h,
                ext: "jpg",
                bytes: Data::Made(jpeg(buffer, w, h, settings)),
            }),
            Kind::Png => {
                variants.push(Variant { width: w, height: h, ext: "png", bytes: Data::Made(png(buffer, w, h)) });
                if settings.webp {
                    webp.push(Variant {
                        width: w,
                        height: h,
                        ext: "webp",
                        bytes: Data::Made(lossless_webp(buffer, w, h)),
                    });
                }
            }
        }
    }
    variants.reverse();
    webp.reverse();
    variants.extend(webp);
    Ok(Processed { width, height, kind, variants })
}

/// The pixels turned upright by `orientation` (`None`: they already are).
fn upright(
    pixels: &[u8],
    width: u32,
    height: u32,
    kind: Kind,
    orientation: image::metadata::Orientation,
) -> Option<Vec<u8>> {
    if orientation == image::metadata::Orientation::NoTransforms {
        return None;
    }
    let mut image = match kind {
        Kind::Jpeg => DynamicImage::ImageRgb8(image::RgbImage::from_raw(width, height, pixels.to_vec())?),
        Kind::Png => DynamicImage::ImageRgba8(image::RgbaImage::from_raw(width, height, pixels.to_vec())?),
    };
    image.apply_orientation(orientation);
    Some(image.into_bytes())
}

/// Progressive JPEG (a phone on slow data sees the whole picture early,
/// then sharper), 4:2:0, optimized Huffman tables; the JFIF header only.
fn jpeg(rgb: &[u8], width: u32, height: u32, settings: &ImageSettings) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, settings.quality);
    encoder.set_progressive(true);
    encoder.set_optimized_huffman_tables(true);
    encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::R_4_2_0);
    // Widths and heights are bounded (64 megapixels, 65,535 a side in JPEG).
    encoder
        .encode(rgb, width as u16, height as u16, jpeg_encoder::ColorType::Rgb)
        .expect("encoding into memory cannot fail");
    out
}

fn png(rgba: &[u8], width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let mut writer = encoder.write_header().expect("writing into memory cannot fail");
    writer.write_image_data(rgba).expect("the buffer has the image's size");
    writer.finish().expect("writing into memory cannot fail");
    out
}

/// The only WebP a pure-Rust encoder writes is lossless: smaller than PNG
/// for drawings and screenshots, far larger than JPEG for photos, so it is
/// made for images with transparency only.
fn lossless_webp(rgba: &[u8], width: u32, height: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .encode(rgba, width, height, image::ExtendedColorType::Rgba8)
        .expect("encoding into memory cannot fail");
    out
}

/// A GIF's size, from its logical screen descriptor.
pub fn gif_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let side = |at: usize| Some(u32::from(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?)));
    Some((side(6)?, side(8)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_their_bytes() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest"), Format::Jpeg);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nrest"), Format::Png);
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Format::WebP);
        assert_eq!(sniff(b"GIF89a\x10\0\x20\0"), Format::Gif);
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Format::Unsupported("HEIC"));
        assert_eq!(sniff(b"\0\0\0\x18ftypavif\0\0\0\0"), Format::Unsupported("AVIF"));
        assert_eq!(sniff(b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>"), Format::Svg);
        assert_eq!(sniff(b"JPEG"), Format::Unknown);
        assert_eq!(gif_dimensions(b"GIF89a\x10\0\x20\0"), Some((16, 32)));
    }

    #[test]
    fn widths_never_exceed_the_source() {
        let s = ImageSettings::default();
        assert_eq!(widths(4000, &s), [360, 720, 1080]);
        assert_eq!(widths(1080, &s), [360, 720, 1080]);
        assert_eq!(widths(800, &s), [360, 720, 800]);
        assert_eq!(widths(200, &s), [200]);
        let original = ImageSettings { original: true, ..s };
        assert_eq!(widths(4000, &original), [360, 720, 1080, 4000]);
    }
}
