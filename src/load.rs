//! The only stage that reads the file system: walks `content/` and the
//! theme override folder, decodes text (UTF-8, BOM, CRLF, NFC) and hands
//! the rest of the pipeline plain strings and bytes.
//!
//! Symlinks are not followed (a link could point outside the site or form a
//! loop): each one is skipped with a warning.

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Text files larger than this are refused: no real article is this big,
/// and it keeps a stray data dump from stalling the build.
pub const MAX_TEXT_BYTES: u64 = 8 * 1024 * 1024;

/// A text file of the site, decoded and normalised.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path from the site root, `/`-separated: `content/articles/x.vi.md`.
    /// Shared with the walk that found it: a rebuild copies no path.
    pub path: std::sync::Arc<str>,
    /// Path under its section folder: `x.vi.md`, `2018/y.md`.
    pub name: std::sync::Arc<str>,
    /// Shared with the read cache of `serve`: a rebuild copies no text.
    pub text: std::sync::Arc<str>,
    /// A hash of the text, when a read cache keeps what it reads (`serve`);
    /// else 0.
    pub hash: u64,
}

/// A file of `content/static/`: where it is, and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    pub path: std::path::PathBuf,
    pub len: u64,
}

/// What `content/` holds, read but not yet understood.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    pub site: Option<SourceFile>,
    pub programs: Vec<SourceFile>,
    pub articles: Vec<SourceFile>,
    pub pages: Vec<SourceFile>,
    /// Static files by path under `content/static/`: copied, never held in memory.
    pub statics: BTreeMap<String, StaticFile>,
    /// Raster images of `static/`, found but not read: photos weigh
    /// megabytes, and a rebuild whose image cache holds them needs none.
    pub static_images: BTreeMap<String, StaticImage>,
    /// Articles and pages that exist but could not be read as text, or are
    /// misnamed (their errors are in `diagnostics`), so that they are not
    /// also called missing.
    pub unreadable: Vec<SourceFile>,
    /// Programme ids of files that could not be read, or are misnamed (`.yml`),
    /// and were reported as such: links to them are not errors too.
    pub unread_programs: Vec<String>,
    /// The site settings are there but could not be read, or are misnamed
    /// (`site.yml`), and were reported: not also called missing.
    pub site_unread: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// A raster image of `content/static/`, not read yet: the images stage
/// reads it when it is needed (to process it, or to copy it as it is),
/// and tells by its size and modification time whether it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticImage {
    pub path: std::path::PathBuf,
    pub len: u64,
    /// Nanoseconds since the Unix epoch (0 when the file system does not say).
    pub modified: i128,
}

/// A file's modification time in nanoseconds since 1970 (0 when the
/// system cannot tell).
pub fn modified_nanos(meta: &std::fs::Metadata) -> i128 {
    meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i128)
}

/// File names of raster images (by extension only, to read them later:
/// the images stage tells the format from the bytes).
pub fn is_raster_name(name: &str) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(
        ext.as_str(),
        "jpg" | "jpeg" | "jfif" | "png" | "webp" | "gif" | "heic" | "heif" | "avif" | "bmp" | "tif" | "tiff"
    )
}

/// Reads the site's `content/` folder.
pub fn load_content(root: &Path) -> Result<Sources> {
    load_content_cached(root, &mut ReadCache::default())
}

/// What an earlier load read, by absolute path: a file whose size and
/// modification time have not changed is not read again (`serve`).
#[derive(Debug, Default)]
pub struct ReadCache {
    /// Whether to remember what is read (a one-off build does not).
    keep: bool,
    files: std::collections::HashMap<std::path::PathBuf, (Stamp, Read)>,
    /// Shared with the render that compares them (not copied each run).
    hashes: std::sync::Arc<BTreeMap<std::sync::Arc<str>, u64>>,
    /// The last walk of `content/`, sorted into what it holds (kept caches only).
    walked: Option<Walked>,
    /// Set by [`ReadCache::only`]: the next load takes the walk and every
    /// other file as they were, and reads these alone.
    only: Option<std::collections::HashSet<std::path::PathBuf>>,
}

impl ReadCache {
    /// A cache that remembers what each load reads, for the next one.
    pub fn keeping() -> ReadCache {
        ReadCache { keep: true, ..Default::default() }
    }

    /// Reads `path` again next time, whatever its size and time say (a
    /// file system with a coarse clock can show an edit with neither changed).
    pub fn forget(&mut self, path: &Path) {
        self.files.remove(path);
    }

    /// The next load is told that, of the site's files, only `changed`
    /// can differ (a watcher said so): when each is a text file of the
    /// last walk and still there, or is under `themes/`, no folder is
    /// walked and no other file looked at. Anything else (a file added,
    /// removed or renamed, a folder, a static file) walks everything again.
    pub fn only(&mut self, root: &Path, changed: &[std::path::PathBuf]) {
        self.only = None;
        let themes = root.join("themes");
        let known = |path: &std::path::PathBuf| {
            path.starts_with(&themes)
                || (self.files.contains_key(path) || self.walked.as_ref().is_some_and(|w| w.reads(path)))
                    && path.is_file()
        };
        if !changed.is_empty() && self.walked.is_some() && changed.iter().all(known) {
            self.only = Some(changed.iter().filter(|p| !p.starts_with(&themes)).cloned().collect());
        }
    }

    /// A hash of each text file the last load read, by its path from the
    /// site root (`content/articles/x.vi.md`).
    pub fn hashes(&self) -> &std::sync::Arc<BTreeMap<std::sync::Arc<str>, u64>> {
        &self.hashes
    }
}

/// A file's size and modification time, as the file system tells them.
type Stamp = (u64, Option<std::time::SystemTime>);

/// A text file as read: its text or why it could not be used, and warnings.
#[derive(Debug, Clone)]
struct Read {
    /// (Boxed: the reads of a large site are many, and a diagnostic is large.)
    text: Result<std::sync::Arc<str>, Box<Diagnostic>>,
    warnings: Vec<Diagnostic>,
    /// A hash of the bytes read (kept caches only): what an incremental
    /// render compares to tell a changed file.
    hash: u64,
}

/// A text file found by the walk, before it is read.
#[derive(Debug, Clone)]
struct Entry {
    display: std::sync::Arc<str>,
    /// `""` (site.yaml), `programs`, `articles` or `pages`.
    section: &'static str,
    name: std::sync::Arc<str>,
}

/// `content/` walked and sorted: the sources but the text files, and
/// the text files to read.
#[derive(Debug, Clone)]
struct Walked {
    sources: Sources,
    to_read: Vec<(Entry, std::path::PathBuf)>,
    /// What the last load read of each file of `to_read`, in its order
    /// (none after a new walk): a file the watcher did not name is taken
    /// from here by its place, not looked up by its path.
    last: Vec<(Stamp, Read)>,
}

impl Walked {
    /// Whether `path` is one of the text files to read.
    fn reads(&self, path: &Path) -> bool {
        self.to_read.iter().any(|(_, abs)| abs == path)
    }
}

/// [`load_content`], reading again only the files that changed since the
/// cache was filled (and forgetting the files that are gone).
pub fn load_content_cached(root: &Path, cache: &mut ReadCache) -> Result<Sources> {
    use rayon::prelude::*;
    let content = root.join("content");
    if !content.is_dir() {
        let mut sources = Sources::default();
        let message = Message::NoContentFolder { root: root.display().to_string() };
        sources.diagnostics.push(Diagnostic::new("content", 0, 0, message));
        cache.walked = None;
        return Ok(sources);
    }
    let only = cache.only.take();
    let mut walked = match (cache.walked.take(), &only) {
        (Some(walked), Some(_)) => walked,
        _ => walk_content(&content)?,
    };
    let last = std::mem::take(&mut walked.last);
    // The places in the walk of the files the watcher named, when the last
    // load's reads are there to take the others from.
    let named_at: Option<Vec<usize>> = only.as_ref().filter(|_| last.len() == walked.to_read.len()).and_then(|only| {
        // By bytes: `Path`'s `==` compares component by component when paths differ.
        let place =
            |p: &std::path::PathBuf| walked.to_read.iter().position(|(_, abs)| abs.as_os_str() == p.as_os_str());
        let mut at = only.iter().map(place).collect::<Option<Vec<usize>>>()?;
        at.sort_unstable();
        Some(at)
    });
    let mut sources = walked.sources.clone();
    // Read (and decode, and normalise) in parallel: most of a large site's load.
    let previous = &cache.files;
    let keep = cache.keep;
    let read_one = |entry: &Entry, abs: &std::path::PathBuf| -> Result<(Stamp, Read, bool)> {
        if let (Some(only), Some((was, read))) = (&only, previous.get(abs))
            && !only.contains(abs)
        {
            return Ok((*was, read.clone(), false));
        }
        let display = &entry.display;
        let meta = std::fs::metadata(abs).with_context(|| format!("reading {}", abs.display()))?;
        let stamp = (meta.len(), meta.modified().ok());
        if let Some((was, read)) = previous.get(abs)
            && *was == stamp
            && stamp.1.is_some()
        {
            return Ok((stamp, read.clone(), false));
        }
        let mut warnings = Vec::new();
        let text = read_text(abs, meta.len(), display, &mut warnings)?.map(std::sync::Arc::from).map_err(Box::new);
        let hash = match (&text, keep) {
            (Ok(t), true) => crate::hash_of(&**t),
            _ => 0,
        };
        Ok((stamp, Read { text, warnings, hash }, true))
    };
    // `None`: as the last load read it (taken from `last` below, on one
    // thread: a file's text is shared, and a second core counting its
    // sharers costs more than the count).
    let read: Result<Vec<Option<(Stamp, Read, bool)>>> = walked
        .to_read
        .par_iter()
        .enumerate()
        .map(|(i, (entry, abs))| {
            // The watcher said this one has not changed: not even looked at.
            if let Some(named_at) = &named_at
                && named_at.binary_search(&i).is_err()
            {
                return Ok(None);
            }
            read_one(entry, abs).map(Some)
        })
        .collect();
    let mut shared = std::mem::take(&mut cache.hashes);
    // Not copied: the render that shared them is over.
    let hashes = std::sync::Arc::make_mut(&mut shared);
    if only.is_none() {
        // Forgotten: the files that are gone.
        hashes.clear();
        let walked_now: std::collections::HashSet<&Path> =
            walked.to_read.iter().map(|(_, abs)| abs.as_path()).collect();
        cache.files.retain(|path, _| walked_now.contains(path.as_path()));
    }
    let read = read?;
    let mut last = last.into_iter();
    let mut now = Vec::with_capacity(if keep { walked.to_read.len() } else { 0 });
    for ((entry, abs), made) in walked.to_read.iter().zip(read) {
        let kept = last.next();
        let (stamp, read, fresh) = match made {
            Some(made) => made,
            None => {
                let (stamp, read) = kept.expect("the last reads are in the order of the walk");
                (stamp, read, false)
            }
        };
        let Entry { display, section, name } = entry.clone();
        if keep {
            if fresh || only.is_none() {
                hashes.insert(display.clone(), read.hash);
            }
            if fresh {
                cache.files.insert(abs.clone(), (stamp, read.clone()));
            }
        }
        sources.diagnostics.extend(read.warnings.iter().cloned());
        let (text, hash) = (read.text.as_ref().cloned().map_err(|d| (**d).clone()), read.hash);
        if keep {
            now.push((stamp, read));
        }
        let target = match section {
            "" => None,
            "programs" => Some(&mut sources.programs),
            "articles" => Some(&mut sources.articles),
            _ => Some(&mut sources.pages),
        };
        let text = match text {
            Ok(text) => text,
            Err(diagnostic) => {
                sources.diagnostics.push(diagnostic);
                match (section, target.is_none()) {
                    ("articles" | "pages", _) => {
                        sources.unreadable.push(SourceFile { path: display, name, text: "".into(), hash: 0 })
                    }
                    ("programs", _) => sources.unread_programs.push(name.trim_end_matches(".yaml").to_string()),
                    (_, true) => sources.site_unread = true,
                    _ => {}
                }
                continue;
            }
        };
        let file = SourceFile { path: display, name, text, hash };
        match target {
            Some(list) => list.push(file),
            None => sources.site = Some(file),
        }
    }
    if keep {
        cache.hashes = shared;
        walked.last = now;
        cache.walked = Some(walked);
    }
    Ok(sources)
}

/// Walks `content/` and sorts what it finds: static files and images (not
/// read), misnamed and unknown files (said so), and the text files to read.
fn walk_content(content: &Path) -> Result<Walked> {
    let mut sources = Sources::default();
    let mut files = Vec::new();
    walk(content, &mut files, &mut sources.diagnostics)?;
    let mut to_read = Vec::new();
    for (rel, abs) in files {
        let display = format!("content/{rel}");
        let (section, name) = rel.split_once('/').unwrap_or(("", rel.as_str()));
        if section == "static" && is_raster_name(name) && !name.starts_with(".well-known/") {
            let meta = std::fs::metadata(&abs).with_context(|| format!("reading {}", abs.display()))?;
            let modified = modified_nanos(&meta);
            sources.static_images.insert(name.to_string(), StaticImage { path: abs, len: meta.len(), modified });
            continue;
        }
        if section == "static" {
            let len = std::fs::metadata(&abs).with_context(|| format!("reading {}", abs.display()))?.len();
            sources.statics.insert(name.to_string(), StaticFile { path: abs, len });
            continue;
        }
        if let Some(right) = misnamed(section, name) {
            sources.diagnostics.push(Diagnostic::new(&display, 1, 1, Message::WrongExtension { right: right.clone() }));
            // Counted as there: links to it and translations of it are not errors too.
            match section {
                "" => sources.site_unread = true,
                "programs" => sources
                    .unread_programs
                    .push(right.trim_start_matches("content/programs/").trim_end_matches(".yaml").to_string()),
                _ => sources.unreadable.push(SourceFile {
                    path: display.into(),
                    name: right.trim_start_matches(&format!("content/{section}/")).into(),
                    text: "".into(),
                    hash: 0,
                }),
            }
            continue;
        }
        let known = match (section, rel.as_str()) {
            ("", "site.yaml") => Some(""),
            ("programs", _) if name.ends_with(".yaml") && !name.contains('/') => Some("programs"),
            ("articles", _) if name.ends_with(".md") => Some("articles"),
            ("pages", _) if name.ends_with(".md") => Some("pages"),
            _ => None,
        };
        let Some(section) = known else {
            sources.diagnostics.push(Diagnostic::new(&display, 1, 1, Message::FileNotUsed));
            continue;
        };
        let entry = Entry { display: display.into(), section, name: name.into() };
        to_read.push((entry, abs));
    }
    Ok(Walked { sources, to_read, last: Vec::new() })
}

/// The name baocao would read, for a file named as people often do:
/// `site.yml`, `programs/x.yml`, `articles/x.markdown`, `pages/x.md.txt`.
fn misnamed(section: &str, name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let stem_of = |endings: &[&str]| {
        endings.iter().find(|e| lower.ends_with(*e)).map(|e| name[..name.len() - e.len()].to_string())
    };
    match section {
        "" if ["site.yml", "site.yaml.txt", "site.txt"].contains(&lower.as_str())
            || (lower == "site.yaml" && name != "site.yaml") =>
        {
            Some("content/site.yaml".into())
        }
        "programs" if !name.contains('/') && !name.ends_with(".yaml") => {
            stem_of(&[".yaml.txt", ".yml", ".yaml"]).map(|stem| format!("content/programs/{stem}.yaml"))
        }
        "articles" | "pages" if !name.ends_with(".md") => {
            stem_of(&[".md.txt", ".markdown", ".mdown", ".md"]).map(|stem| format!("content/{section}/{stem}.md"))
        }
        _ => None,
    }
}

/// Theme files by path under the theme folder.
pub type ThemeFiles = BTreeMap<String, Vec<u8>>;

/// Reads `themes/<name>/` under the site root, if present: theme path → bytes.
pub fn load_theme_overrides(root: &Path, name: &str) -> Result<(ThemeFiles, Vec<Diagnostic>)> {
    let dir = root.join("themes").join(name);
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    if dir.is_dir() {
        walk(&dir, &mut files, &mut diagnostics)?;
    }
    let mut out = BTreeMap::new();
    for (rel, abs) in files {
        let bytes = std::fs::read(&abs).with_context(|| format!("reading {}", abs.display()))?;
        out.insert(rel, bytes);
    }
    Ok((out, diagnostics))
}

/// Every regular file below `dir`, as (relative NFC path, absolute path),
/// sorted by relative path.
///
/// Hidden folders (`.git/`, `.svn/`) are not walked, and hidden, system and
/// editor files (`.DS_Store`, `Thumbs.db`, `x.swp`, `x~`, `#x#`, `.#x`,
/// `4913`, JetBrains' `___jb_` files) are skipped, except what a static
/// host reads: `static/.well-known/` and `static/.htaccess` are kept.
/// Names are compared the way a case-insensitive file system (Windows, a
/// USB stick) sees them, after NFC: two that would be one file there are
/// an error, and so is a name that is not UTF-8.
fn walk(dir: &Path, out: &mut Vec<(String, std::path::PathBuf)>, diagnostics: &mut Vec<Diagnostic>) -> Result<()> {
    // Exactly these two names (what is inside `.well-known/` is filtered as anywhere).
    let kept_hidden = |rel: &Path| rel == Path::new("static/.well-known") || rel == Path::new("static/.htaccess");
    let skipped = std::cell::RefCell::new(Vec::new());
    let walker = walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name().into_iter().filter_entry(|e| {
        let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
        let keep = e.depth() == 0 || !is_scratch_file(&e.file_name().to_string_lossy()) || kept_hidden(rel);
        if !keep {
            skipped.borrow_mut().push(rel.to_string_lossy().replace('\\', "/"));
        }
        keep
    });
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for entry in walker {
        let entry = entry.with_context(|| format!("reading the folder {}", dir.display()))?;
        let rel_path = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel: String = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
            .nfc()
            .collect();
        if entry.depth() == 0 {
            continue;
        }
        let shown = display_path(dir, &rel);
        if rel_path.to_str().is_none() {
            diagnostics.push(Diagnostic::new(&shown, 1, 1, Message::NameNotUtf8));
            continue;
        }
        if let Some(first) = seen.insert(rel.to_lowercase(), rel.clone()) {
            diagnostics.push(Diagnostic::new(&shown, 1, 1, Message::NameClash { other: display_path(dir, &first) }));
            continue;
        }
        let kind = entry.file_type();
        if kind.is_symlink() {
            diagnostics.push(Diagnostic::new(shown, 1, 1, Message::SymlinkSkipped));
        } else if kind.is_file() {
            out.push((rel, entry.into_path()));
        }
    }
    for rel in skipped.into_inner() {
        diagnostics.push(Diagnostic::new(display_path(dir, &rel), 1, 1, Message::HiddenFileSkipped));
    }
    out.sort();
    Ok(())
}

/// Hidden, system and editor files: never content. `serve` ignores their
/// changes for the same reason.
pub fn is_scratch_file(name: &str) -> bool {
    let lower = name.to_lowercase();
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swo", ".swx", ".tmp", "___jb_tmp___", "___jb_old___"].iter().any(|e| lower.ends_with(e))
        || ["4913", "thumbs.db", "desktop.ini"].contains(&lower.as_str())
}

fn display_path(dir: &Path, rel: &str) -> String {
    let base = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{base}/{rel}")
}

/// Reads a text file: `Ok(Err(diagnostic))` when the content is not usable
/// text (too big, binary, not UTF-8), `Err` on an I/O failure.
fn read_text(
    path: &Path,
    size: u64,
    display: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Result<String, Diagnostic>> {
    if size > MAX_TEXT_BYTES {
        let message = Message::TooLarge { size_mb: size / 1_000_000, limit_mb: MAX_TEXT_BYTES / 1_000_000 };
        return Ok(Err(Diagnostic::new(display, 1, 1, message)));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let control = first_control(&bytes);
    let text = decode_owned(bytes, display);
    if let (Ok(_), Some((line, column))) = (&text, control) {
        warnings.push(Diagnostic::new(display, line, column, Message::ControlCharactersRemoved));
    }
    Ok(text)
}

/// The position of the first control character (but tab, newline and
/// carriage return) or U+FFFE/U+FFFF in UTF-8 text: `normalize` removes them.
fn first_control(bytes: &[u8]) -> Option<(usize, usize)> {
    // Each such character starts with one of these bytes in UTF-8 (U+0080–
    // U+009F with 0xC2, U+FFFE and U+FFFF with 0xEF): text without them is
    // clean, and known so without decoding it.
    let suspect = |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || matches!(b, 0x7f | 0xc2 | 0xef);
    if !bytes.iter().any(suspect) {
        return None;
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    let (mut line, mut column) = (1, 1);
    for c in text.chars() {
        if (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}') {
            return Some((line, column));
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    None
}

/// Decodes file bytes as UTF-8 text, accepting a BOM and CRLF, normalised to NFC.
#[allow(clippy::result_large_err, reason = "called once a file; boxing the diagnostic would buy nothing")]
pub fn decode(bytes: &[u8], display: &str) -> Result<String, Diagnostic> {
    decode_owned(bytes.to_vec(), display)
}

/// [`decode`], keeping the bytes as the text (not copying them) when they
/// are clean UTF-8 without a BOM, as most files are.
#[allow(clippy::result_large_err, reason = "called once a file; boxing the diagnostic would buy nothing")]
pub fn decode_owned(mut bytes: Vec<u8>, display: &str) -> Result<String, Diagnostic> {
    // Text has no zero byte (one quick search of each file); UTF-16 can
    // lack one only after its byte-order mark.
    if bytes.contains(&0) || bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let message = if is_utf16(&bytes) { Message::Utf16 } else { Message::NotText };
        return Err(Diagnostic::new(display, 1, 1, message));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(crate::text::normalize_owned(text)),
        Err(e) => {
            let error = e.utf8_error();
            let bytes = e.as_bytes();
            let valid = &bytes[..error.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            // Vietnamese already written in UTF-8 before the bad byte: a stray
            // byte in a UTF-8 file, not a file in another encoding.
            let message = match legacy_encoding(bytes).filter(|_| valid.is_ascii()) {
                Some(name) => Message::LegacyEncoding { name: name.to_string() },
                None => Message::NotUtf8,
            };
            Err(Diagnostic::new(display, line, column, message))
        }
    }
}

/// UTF-16 ("Unicode" in Windows editors): a UTF-16 byte-order mark, or
/// text whose every other byte is zero.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let pairs = bytes.len() / 2;
    if pairs < 2 {
        return false;
    }
    let zeros_at = |parity: usize| bytes.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    zeros_at(0).max(zeros_at(1)) * 10 >= pairs * 9
}

/// The old Vietnamese encoding a file that is not UTF-8 is most likely in,
/// told by how its non-ASCII bytes sit among the letters:
/// - VNI puts a tone byte after a plain vowel (`a` + `ù` for á) and writes
///   đ as `ñ`;
/// - Windows-1258 puts a combining tone byte (0xCC, 0xEC, 0xD2, 0xDE, 0xF2)
///   after a vowel;
/// - TCVN3 (ABC) replaces the whole vowel with one byte (0xA8–0xFE).
fn legacy_encoding(bytes: &[u8]) -> Option<&'static str> {
    const VNI_MARKS: [u8; 12] = [0xF9, 0xF8, 0xFB, 0xF5, 0xEF, 0xEA, 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4];
    const CP1258_TONES: [u8; 5] = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2];
    const CP1258_VOWELS: [u8; 12] = [0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD, 0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD];
    let vowel = |b: u8| b"aeiouyAEIOUY".contains(&b);
    let (mut vni, mut cp1258, mut tcvn3) = (0usize, 0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate().filter(|(_, b)| **b >= 0x80) {
        let previous = if i > 0 { bytes[i - 1] } else { b' ' };
        // A mark right after its vowel is the telling sign: it counts twice.
        if CP1258_TONES.contains(&b) && (vowel(previous) || CP1258_VOWELS.contains(&previous)) {
            cp1258 += 2;
        } else if vowel(previous) && VNI_MARKS.contains(&b) {
            vni += 2;
        } else if (b == 0xF1 || b == 0xD1) && !vowel(previous) {
            vni += 1;
        } else if (0xA7..=0xFE).contains(&b) && !vowel(previous) && previous < 0x80 {
            tcvn3 += 1;
        }
    }
    // TCVN3 writes ă â ê ô ơ ư đ as 0xA8–0xAE, which Vietnamese text is full
    // of (and Western text never has): without one, it is not TCVN3.
    if !bytes.iter().any(|b| (0xA8..=0xAE).contains(b)) {
        tcvn3 = 0;
    }
    let mut scores = [(vni, "VNI"), (cp1258, "Windows-1258"), (tcvn3, "TCVN3 (ABC)")];
    scores.sort_by_key(|s| std::cmp::Reverse(s.0));
    let (best, name) = scores[0];
    (best >= 4 && best >= 2 * scores[1].0).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> Message {
        decode(bytes, "x").unwrap_err().message
    }

    #[test]
    fn old_vietnamese_encodings_are_named() {
        // "Chương trình khuyến công tỉnh Hà Giang" in each encoding.
        let tcvn3 = b"Ch\xad\xac ng tr\xd7nh khuy\xd5n c\xabng t\xdenh H\xb5 Giang";
        let vni = b"Ch\xf6\xf4ng tr\xecnh khuye\xe1n co\xe2ng t\xe6nh Ha\xf8 Giang";
        let cp1258 = b"Ch\xfd\xf5ng tri\xccnh khuy\xea\xecn c\xf4ng ti\xd2nh Ha\xcc Giang";
        assert_eq!(message(tcvn3), Message::LegacyEncoding { name: "TCVN3 (ABC)".into() });
        assert_eq!(message(vni), Message::LegacyEncoding { name: "VNI".into() });
        assert_eq!(message(cp1258), Message::LegacyEncoding { name: "Windows-1258".into() });
        assert_eq!(message(b"caf\xe9"), Message::NotUtf8, "one odd byte names no encoding");
        assert_eq!(message(b"caf\xe9 r\xe9sum\xe9 na\xefve d\xe9j\xe0"), Message::NotUtf8, "Windows-1252 is not TCVN3");
        let mut stray = "Chương trình khuyến công tỉnh Hà Giang".as_bytes().to_vec();
        stray.extend_from_slice(b" \x92 Khuy\xd5n c\xabng");
        assert_eq!(message(&stray), Message::NotUtf8, "a stray byte in UTF-8 Vietnamese is not an old encoding");
    }

    #[test]
    fn utf16_is_named() {
        let text: Vec<u8> = "title: Hà Giang\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(message(&text), Message::Utf16, "without a byte-order mark");
        let with_bom: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text).collect();
        assert_eq!(message(&with_bom), Message::Utf16);
        assert_eq!(message(b"GIF89a\x00\x01\x02binary"), Message::NotText);
    }
}
