//! The images stage, between validation and rendering: every raster image
//! that content shows (front matter `image:`, Markdown images into
//! `static/`, in articles, pages and programme descriptions) is decoded,
//! turned upright, stripped of its metadata, resized to the site's widths
//! and encoded again (`codec`), through a cache beside `content/`
//! (`cache`). Raster files of `static/` that nothing shows are published
//! as they are, and so are GIFs; SVG files are checked for code (`svg`).
//!
//! The one stage besides `load` that reads the site's folder (it reads the
//! images `load` only listed) and besides `write` that writes: its cache,
//! never the output. Images are processed in parallel (rayon: one image a
//! core in flight, each result kept as its encoded bytes only), and the
//! outputs do not depend on whether the cache was used.

pub mod cache;
pub mod codec;
pub mod svg;

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::model::{ImageSettings, Site};
use anyhow::{Context, Result};
use codec::{Format, Problem, Processed};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The images of a site, ready for the render.
#[derive(Debug, Default)]
pub struct Images {
    /// By path under `static/` (`anh/hoi-nghi.jpg`).
    pub processed: BTreeMap<String, Processed>,
    /// Files of `static/` published as they are, by path under it.
    pub as_is: Vec<(String, Vec<u8>)>,
    /// Images refused (each said where it is shown): not published, and
    /// not also called missing.
    pub refused: std::collections::BTreeSet<String>,
    pub settings: ImageSettings,
    pub work: Work,
}

/// What the stage did, for `--verbose`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// Images decoded and encoded in this run.
    pub decoded: usize,
    /// Images taken from the cache.
    pub cached: usize,
    /// Cache entries no longer used, removed.
    pub removed: usize,
}

/// Where content shows an image.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Use {
    source: String,
    line: usize,
    column: usize,
}

/// Processes the images of `site` (at `root`); content problems go to
/// `diagnostics`, I/O failures reading the images are errors. What was
/// done is also told to `progress`.
pub fn process(
    root: &Path,
    site: &Site,
    progress: &crate::progress::Progress,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Images> {
    let settings = site.config.images.clone();
    if !site.config.unsafe_html {
        check_svgs(site, diagnostics);
    }
    let uses = uses(site);
    let cache = cache::Cache::open(root, &settings);
    let (decoded, cached) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let shown: Vec<&String> = site.static_images.keys().filter(|name| uses.contains_key(*name)).collect();
    let results: Vec<(String, Result<Outcome>)> = shown
        .par_iter()
        .map(|name| {
            let source = &site.static_images[*name];
            let outcome = (|| {
                if let Some((processed, key)) = cache.known(name, source) {
                    cached.fetch_add(1, Ordering::Relaxed);
                    return Ok(Outcome::Processed(processed, key.to_string()));
                }
                let bytes =
                    std::fs::read(&source.path).with_context(|| format!("reading {}", source.path.display()))?;
                let format = codec::sniff(&bytes);
                Ok(match format {
                    Format::Gif | Format::Svg => Outcome::AsIs(bytes),
                    Format::Jpeg | Format::Png | Format::WebP => {
                        let key = cache::key(&bytes, &settings);
                        if let Some(processed) = cache.get(&key) {
                            cached.fetch_add(1, Ordering::Relaxed);
                            Outcome::Processed(processed, key)
                        } else {
                            decoded.fetch_add(1, Ordering::Relaxed);
                            match codec::process(&bytes, format, &settings) {
                                // Once stored, linked from the cache like any other entry.
                                Ok(processed) => {
                                    Outcome::Processed(cache.put(&key, &processed).unwrap_or(processed), key)
                                }
                                Err(problem) => Outcome::Refused(problem),
                            }
                        }
                    }
                    Format::Unsupported(name) => Outcome::Refused(Problem::Unsupported(Some(name))),
                    Format::Unknown => Outcome::Refused(Problem::Unsupported(None)),
                })
            })();
            ((*name).clone(), outcome)
        })
        .collect();
    let mut images = Images { settings, ..Images::default() };
    let mut used_keys = BTreeMap::new();
    for (name, outcome) in results {
        let source = &site.static_images[&name];
        match outcome? {
            Outcome::Processed(processed, key) => {
                if let Some(indexed) = cache::Indexed::new(source, key, &processed) {
                    used_keys.insert(name.clone(), indexed);
                }
                images.processed.insert(name, processed);
            }
            Outcome::AsIs(bytes) => {
                if codec::sniff(&bytes) == Format::Svg && !site.config.unsafe_html {
                    check_svg(&name, &bytes, diagnostics);
                }
                images.as_is.push((name, bytes));
            }
            Outcome::Refused(problem) => {
                images.refused.insert(name.clone());
                let image = format!("content/static/{name}");
                let message = match problem {
                    Problem::Damaged { cut_short } => Message::ImageDamaged { image, cut_short },
                    Problem::Unsupported(format) => {
                        Message::ImageFormatUnsupported { image, format: format.map(String::from) }
                    }
                    Problem::TooLarge { width, height } => {
                        Message::ImageTooLarge { image, width, height, max_megapixels: codec::MAX_MEGAPIXELS }
                    }
                };
                for u in &uses[&name] {
                    diagnostics.push(Diagnostic::new(&u.source, u.line, u.column, message.clone()).field("image"));
                }
            }
        }
    }
    // What nothing shows is published as it is (the rule of `static/`).
    let unshown: Vec<(&String, &crate::load::StaticImage)> =
        site.static_images.iter().filter(|(name, _)| !uses.contains_key(*name)).collect();
    let copied: Result<Vec<(String, Vec<u8>)>> = unshown
        .par_iter()
        .map(|(name, source)| {
            let bytes = std::fs::read(&source.path).with_context(|| format!("reading {}", source.path.display()))?;
            Ok(((*name).clone(), bytes))
        })
        .collect();
    images.as_is.extend(copied?);
    images.as_is.sort();
    images.work =
        Work { decoded: decoded.into_inner(), cached: cached.into_inner(), removed: cache.finish(&used_keys) };
    *progress.images.lock().expect("the progress is never poisoned") = images.work;
    Ok(images)
}

enum Outcome {
    Processed(Processed, String),
    AsIs(Vec<u8>),
    Refused(Problem),
}

/// Every SVG of `static/` that can run code is an error, at its place in the file.
fn check_svgs(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    for (name, file) in &site.statics {
        // Told by its name or its first 4 KB (what `sniff` reads); only an
        // SVG is read whole, and none is kept.
        let is_svg = name.to_ascii_lowercase().ends_with(".svg") || {
            let mut head = Vec::with_capacity(4096);
            let read = std::fs::File::open(&file.path)
                .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 4096), &mut head));
            read.is_ok() && codec::sniff(&head) == Format::Svg
        };
        if is_svg && let Ok(bytes) = std::fs::read(&file.path) {
            check_svg(name, &bytes, diagnostics);
        }
    }
}

fn check_svg(name: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) {
    let text = String::from_utf8_lossy(bytes);
    if let Some((offset, found)) = svg::runs_code(&text) {
        let (line, column) = svg::position(&text, offset);
        diagnostics.push(Diagnostic::new(
            format!("content/static/{name}"),
            line,
            column,
            Message::SvgRunsCode { found },
        ));
    }
}

/// Every image content shows, by its path under `static/`, with where.
fn uses(site: &Site) -> BTreeMap<String, Vec<Use>> {
    let mut uses: BTreeMap<String, Vec<Use>> = BTreeMap::new();
    // Every Markdown image starts with `![` (inline and reference forms
    // alike): a text without one is not parsed (a document knows whether its body has one).
    let mut markdown = |text: &str, source: &str, first_line: usize| {
        if !text.contains("![") {
            return;
        }
        for (dest, line, column) in crate::render::markdown::image_addresses(text, first_line) {
            if let Some(name) = static_name(&dest) {
                uses.entry(name).or_default().push(Use { source: source.to_string(), line, column });
            }
        }
    };
    for group in site.articles.iter().chain(site.pages.iter()) {
        for doc in group.by_lang.values().filter(|d| d.body_images) {
            markdown(doc.body(), &doc.source, doc.body_line);
        }
    }
    for program in &site.programs {
        if let Some(description) = &program.description {
            for text in description.texts() {
                markdown(text, &program.source, program.description_line);
            }
        }
    }
    for group in site.articles.iter().chain(site.pages.iter()) {
        for doc in group.by_lang.values() {
            if let Some((path, _)) = &doc.image
                && let Some(name) = path.strip_prefix("static/")
            {
                let at = Use { source: doc.source.clone(), line: doc.image_line, column: 1 };
                uses.entry(name.to_string()).or_default().push(at);
            }
        }
    }
    for list in uses.values_mut() {
        list.sort();
        list.dedup();
    }
    uses
}

/// The file under `static/` an image address written in Markdown shows:
/// `/static/anh/x.jpg`, or a relative `../../static/anh/x.jpg` (the
/// address is resolved against its page when rendered; here the part from
/// `static/` on is enough to know the file).
pub fn static_name(dest: &str) -> Option<String> {
    let scheme = dest.split_once(':').is_some_and(|(s, _)| s.len() >= 2 && !s.contains('/'));
    if dest.starts_with("//") || dest.starts_with('#') || dest.starts_with("@/") || scheme {
        return None;
    }
    let path = dest.split(['#', '?']).next().unwrap_or(dest);
    let path = crate::render::markdown::decode_path(path);
    let mut segments = path.split('/').filter(|s| !s.is_empty() && *s != ".").skip_while(|s| *s == "..");
    if segments.next()? != "static" {
        return None;
    }
    let rest: Vec<&str> = segments.collect();
    (!rest.is_empty() && !rest.contains(&"..")).then(|| rest.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_addresses_name_their_static_file() {
        let cases = [
            ("/static/anh/x.jpg", Some("anh/x.jpg")),
            ("../../static/anh/h%E1%BB%99i%20ngh%E1%BB%8B.jpg?v=2#top", Some("anh/hội nghị.jpg")),
            ("static/x.png", Some("x.png")),
            ("https://example.org/static/x.jpg", None),
            ("//cdn.example.org/static/x.jpg", None),
            ("/khac/x.jpg", None),
            ("/static/", None),
            ("/static/../x.jpg", None),
            ("data:image/png;base64,AA", None),
        ];
        for (dest, expected) in cases {
            assert_eq!(static_name(dest).as_deref(), expected, "{dest}");
        }
    }
}
