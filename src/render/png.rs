//! The PNG twin of a standalone chart, for press and slides: the same SVG
//! string rasterized with resvg at twice its size. Text is drawn with the
//! bundled font only: the font database holds that one face and every
//! family the SVG names resolves to it, so no system font is ever looked
//! up and the bytes are the same on every machine. Pure: no file is read
//! (the SVG's `<image>`s, which charts never have, are not loaded).

use super::chart_svg::BUNDLED_FAMILY;
use super::charts::FONT;
use resvg::{tiny_skia, usvg};
use std::sync::{Arc, LazyLock};

/// Pixels of the PNG for each unit of the SVG's `viewBox` (print quality
/// at the size the page shows the chart).
pub const SCALE: u32 = 2;

static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(FONT.to_vec());
    // The generic families the SVG may end with, all to the bundled face.
    db.set_sans_serif_family(BUNDLED_FAMILY);
    db.set_serif_family(BUNDLED_FAMILY);
    db.set_monospace_family(BUNDLED_FAMILY);
    Arc::new(db)
});

/// The SVG drawn at [`SCALE`]×, as PNG bytes.
pub fn render(svg: &str) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: BUNDLED_FAMILY.to_string(),
        fontdb: FONTS.clone(),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("reading the chart's SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let (width, height) = (size.width() * SCALE, size.height() * SCALE);
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or_else(|| format!("a chart of {width}×{height} pixels"))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(SCALE as f32, SCALE as f32), &mut pixmap.as_mut());
    encode(&pixmap).map_err(|e| format!("encoding the chart's PNG: {e}"))
}

/// PNG bytes of an opaque pixmap: indexed colour when the chart has at
/// most 256 colours (flat fills and anti-aliased edges usually do: half
/// the size of RGBA, and a quarter of the bytes to compress), else RGBA.
/// The palette is in order of first appearance, so the bytes depend on
/// the pixels only.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    // Opaque (filled white first), so premultiplied RGBA is plain RGBA.
    let pixels = pixmap.data();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    // Deflate level 3, not the default 6: a quarter less time for the whole
    // example build (the compression was its largest cost) for 5% more bytes.
    encoder.set_deflate_compression(png::DeflateCompression::Level(3));
    match palette(pixels, pixmap.width() as usize) {
        Some((palette, indices)) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette);
            // Filters predict neighbouring values: no use on palette indices.
            encoder.set_filter(png::Filter::NoFilter);
            let mut writer = encoder.write_header()?;
            writer.write_image_data(&indices)?;
            writer.finish()?;
        }
        None => {
            encoder.set_color(png::ColorType::Rgba);
            let mut writer = encoder.write_header()?;
            writer.write_image_data(pixels)?;
            writer.finish()?;
        }
    }
    Ok(out)
}

/// The palette (RGB triples) and one index a pixel, if there are at most
/// 256 colours. Written to stay quick in debug builds, where this is the
/// one loop over pixels in baocao's own code: blocks of pixels equal to
/// those above are copied (charts are mostly flat areas and vertical
/// edges), and colours are found in a small direct-mapped cache first.
fn palette(pixels: &[u8], width: usize) -> Option<(Vec<u8>, Vec<u8>)> {
    /// Pixels compared with the row above at once.
    const BLOCK: usize = 16;
    const EMPTY: u64 = u64::MAX;
    let mut cache = [EMPTY; 1024];
    let mut map: std::collections::HashMap<u32, u8> = std::collections::HashMap::new();
    let mut palette = Vec::new();
    let mut indices: Vec<u8> = Vec::with_capacity(pixels.len() / 4);
    let mut previous: &[u8] = &[];
    for row in pixels.chunks_exact(width * 4) {
        let above = indices.len().saturating_sub(width);
        for (b, block) in row.chunks(BLOCK * 4).enumerate() {
            let at = b * BLOCK * 4;
            if previous.get(at..at + block.len()) == Some(block) {
                let from = above + b * BLOCK;
                indices.extend_from_within(from..from + block.len() / 4);
                continue;
            }
            for px in block.chunks_exact(4) {
                let key = u32::from_ne_bytes([px[0], px[1], px[2], px[3]]);
                let slot = (key.wrapping_mul(0x9e37_79b1) >> 22) as usize;
                let cached = cache[slot];
                let index = if cached != EMPTY && (cached >> 8) as u32 == key {
                    cached as u8
                } else {
                    let index = match map.get(&key) {
                        Some(&i) => i,
                        None if map.len() < 256 => {
                            let i = map.len() as u8;
                            map.insert(key, i);
                            palette.extend_from_slice(&px[..3]);
                            i
                        }
                        None => return None,
                    };
                    cache[slot] = (u64::from(key) << 8) | u64::from(index);
                    index
                };
                indices.push(index);
            }
        }
        previous = row;
    }
    Some((palette, indices))
}
