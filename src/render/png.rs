//! The PNG twin of a standalone chart, for press and slides: the same SVG
//! string rasterized with resvg at twice its size. Text is drawn with the
//! bundled font only: the font database holds that one face and every
//! family the SVG names resolves to it, so no system font is ever looked
//! up and the bytes are the same on every machine. Pure: no file is read
//! (the SVG's `<image>`s, which charts never have, are not loaded).

use super::chart_svg::BUNDLED_FAMILY;
use super::charts::FONT;
use resvg::{tiny_skia, usvg};
use std::collections::BTreeSet;
use std::hash::Hasher;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

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

/// Changes whenever [`render`] changes what it makes (the crates that
/// draw and encode are in every key already, [`crate::cache::hasher`]).
const VERSION: &str = "baocao-charts-1";

/// Chart PNGs kept between builds in `.baocao-cache/charts/`, one file
/// each, named by a hash of the standalone SVG: a chart is rasterized
/// once, until its figures or its words change. Rasterizing is most of
/// the work of a build (half of it on the 1,000-article bench site).
#[derive(Debug)]
pub struct ChartStore {
    /// None: no cache (`BAOCAO_CACHE=off`).
    dir: Option<PathBuf>,
    /// Entries this run used (read or made).
    used: Mutex<BTreeSet<String>>,
    drawn: AtomicUsize,
    kept: AtomicUsize,
}

/// What the chart store did in a run, for `--verbose`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChartWork {
    /// PNGs rasterized in this run.
    pub drawn: usize,
    /// PNGs taken from the cache.
    pub cached: usize,
    /// Entries no longer used, removed.
    pub removed: usize,
}

impl ChartStore {
    /// The store of the site at `root` (nothing is created yet).
    pub fn open(root: &Path) -> ChartStore {
        ChartStore::in_folder(crate::cache::folder(root, "charts"))
    }

    /// The store in `dir` (none: no cache).
    fn in_folder(dir: Option<PathBuf>) -> ChartStore {
        ChartStore { dir, used: Mutex::default(), drawn: AtomicUsize::new(0), kept: AtomicUsize::new(0) }
    }

    /// The PNG of `svg`: from the cache when it holds a whole one, else
    /// rasterized and stored.
    pub fn get_or_make(&self, svg: &str) -> Result<Vec<u8>, String> {
        let mut hasher = crate::cache::hasher(VERSION);
        hasher.write(&SCALE.to_le_bytes());
        hasher.write(svg.as_bytes());
        let name = format!("{}.png", crate::cache::key(&hasher));
        self.used.lock().expect("never poisoned").insert(name.clone());
        if let Some(Ok(png)) = self.dir.as_ref().map(|dir| std::fs::read(dir.join(&name)))
            && whole(&png)
        {
            self.kept.fetch_add(1, Ordering::Relaxed);
            return Ok(png);
        }
        let png = render(svg)?;
        self.drawn.fetch_add(1, Ordering::Relaxed);
        if let Some(dir) = &self.dir {
            let _ = crate::cache::write_atomic(dir, &name, |file| file.write_all(&png));
        }
        Ok(png)
    }

    /// What this run did; with `sweep` (the run drew every chart of the
    /// site, so `used` is all it needs), entries it did not use are removed.
    pub fn finish(&self, sweep: bool) -> ChartWork {
        let used = self.used.lock().expect("never poisoned");
        let removed = match &self.dir {
            Some(dir) if sweep && dir.is_dir() => {
                crate::cache::remove_unused(dir, |name| name.ends_with(".png") && !used.contains(name)).len()
            }
            _ => 0,
        };
        ChartWork { drawn: self.drawn.load(Ordering::Relaxed), cached: self.kept.load(Ordering::Relaxed), removed }
    }
}

/// Whether `bytes` look like a PNG written whole: the signature at the
/// start and the end chunk at the end (a file cut short, or another file
/// in its place, is drawn again).
fn whole(bytes: &[u8]) -> bool {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    const END: &[u8] = b"\0\0\0\0IEND\xaeB`\x82";
    bytes.len() > SIGNATURE.len() + END.len() && bytes.starts_with(SIGNATURE) && bytes.ends_with(END)
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

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect x="2" y="2" width="20" height="10" fill="#1a5"/></svg>"##;

    #[test]
    fn a_stored_chart_is_the_one_drawn_and_a_damaged_one_is_drawn_again() {
        let dir = tempfile::tempdir().unwrap();
        // Not `open`: the tests' environment may say `BAOCAO_CACHE=off`.
        let folder = dir.path().join(".baocao-cache/charts");
        let open = || ChartStore::in_folder(Some(folder.clone()));
        let store = open();
        let drawn = store.get_or_make(SVG).unwrap();
        assert_eq!(drawn, render(SVG).unwrap());
        assert!(whole(&drawn));
        assert_eq!(store.finish(true), ChartWork { drawn: 1, cached: 0, removed: 0 });
        let entries: Vec<PathBuf> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(entries.len(), 1);
        // The next run takes it from the cache, byte for byte.
        let again = open();
        assert_eq!(again.get_or_make(SVG).unwrap(), drawn);
        assert_eq!(again.finish(false), ChartWork { drawn: 0, cached: 1, removed: 0 });
        // Cut short (a full disk, a crash): drawn again, and mended.
        std::fs::write(&entries[0], &drawn[..drawn.len() - 5]).unwrap();
        let third = open();
        assert_eq!(third.get_or_make(SVG).unwrap(), drawn);
        assert_eq!(third.finish(false).drawn, 1);
        assert_eq!(std::fs::read(&entries[0]).unwrap(), drawn);
        // Another chart's run, over the whole site: the old entry goes.
        let other = open();
        other.get_or_make(&SVG.replace("#1a5", "#a15")).unwrap();
        assert_eq!(other.finish(true).removed, 1);
        assert!(!entries[0].exists());
    }
}
