//! The only stage that reads the file system: walks `content/` and the
//! theme override folder, decodes text (UTF-8, BOM, CRLF, NFC) and hands
//! the rest of the pipeline plain strings and bytes.
//!
//! Symlinks are not followed (a link could point outside the site or form a
//! loop): each one is skipped with a warning.

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::text::normalize;
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
    pub path: String,
    /// Path under its section folder: `x.vi.md`, `2018/y.md`.
    pub name: String,
    pub text: String,
}

/// What `content/` holds, read but not yet understood.
#[derive(Debug, Default)]
pub struct Sources {
    pub site: Option<SourceFile>,
    pub programs: Vec<SourceFile>,
    pub articles: Vec<SourceFile>,
    pub pages: Vec<SourceFile>,
    /// `static/...` output path → bytes.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// Articles and pages that exist but could not be read as text (their
    /// errors are in `diagnostics`), so that they are not also called missing.
    pub unreadable: Vec<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the site's `content/` folder.
pub fn load_content(root: &Path) -> Result<Sources> {
    let content = root.join("content");
    let mut sources = Sources::default();
    if !content.is_dir() {
        let message = Message::NoContentFolder { root: root.display().to_string() };
        sources.diagnostics.push(Diagnostic::new("content", 0, 0, message));
        return Ok(sources);
    }
    let mut files = Vec::new();
    walk(&content, &mut files, &mut sources.diagnostics)?;
    for (rel, abs) in files {
        let display = format!("content/{rel}");
        let (section, name) = rel.split_once('/').unwrap_or(("", rel.as_str()));
        if section == "static" {
            let bytes = std::fs::read(&abs).with_context(|| format!("reading {}", abs.display()))?;
            sources.statics.insert(name.to_string(), bytes);
            continue;
        }
        let target = match (section, rel.as_str()) {
            ("", "site.yaml") => None,
            ("programs", _) if name.ends_with(".yaml") && !name.contains('/') => Some(&mut sources.programs),
            ("articles", _) if name.ends_with(".md") => Some(&mut sources.articles),
            ("pages", _) if name.ends_with(".md") => Some(&mut sources.pages),
            _ => {
                sources.diagnostics.push(Diagnostic::new(&display, 1, 1, Message::FileNotUsed));
                continue;
            }
        };
        let text = match read_text(&abs, &display)? {
            Ok(text) => text,
            Err(diagnostic) => {
                sources.diagnostics.push(diagnostic);
                if matches!(section, "articles" | "pages") {
                    sources.unreadable.push(SourceFile { path: display, name: name.to_string(), text: String::new() });
                }
                continue;
            }
        };
        let file = SourceFile { path: display, name: name.to_string(), text };
        match target {
            Some(list) => list.push(file),
            None => sources.site = Some(file),
        }
    }
    Ok(sources)
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
fn walk(dir: &Path, out: &mut Vec<(String, std::path::PathBuf)>, diagnostics: &mut Vec<Diagnostic>) -> Result<()> {
    for entry in walkdir::WalkDir::new(dir).follow_links(false).sort_by_file_name() {
        let entry = entry.with_context(|| format!("reading the folder {}", dir.display()))?;
        let rel_path = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel: String = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
            .nfc()
            .collect();
        let file_name = entry.file_name().to_string_lossy();
        if file_name.starts_with('.') || file_name.ends_with('~') {
            continue; // editor and system files: .DS_Store, .swp, backup~
        }
        let kind = entry.file_type();
        if kind.is_symlink() {
            diagnostics.push(Diagnostic::new(display_path(dir, &rel), 1, 1, Message::SymlinkSkipped));
        } else if kind.is_file() {
            out.push((rel, entry.into_path()));
        }
    }
    out.sort();
    Ok(())
}

fn display_path(dir: &Path, rel: &str) -> String {
    let base = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!("{base}/{rel}")
}

/// Reads a text file: `Ok(Err(diagnostic))` when the content is not usable
/// text (too big, binary, not UTF-8), `Err` on an I/O failure.
fn read_text(path: &Path, display: &str) -> Result<Result<String, Diagnostic>> {
    let size = std::fs::metadata(path).with_context(|| format!("reading {}", path.display()))?.len();
    if size > MAX_TEXT_BYTES {
        let message = Message::TooLarge { size_mb: size / 1_000_000, limit_mb: MAX_TEXT_BYTES / 1_000_000 };
        return Ok(Err(Diagnostic::new(display, 1, 1, message)));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(decode(&bytes, display))
}

/// Decodes file bytes as UTF-8 text, accepting a BOM and CRLF, normalised to NFC.
#[allow(clippy::result_large_err, reason = "called once a file; boxing the diagnostic would buy nothing")]
pub fn decode(bytes: &[u8], display: &str) -> Result<String, Diagnostic> {
    if bytes.contains(&0) {
        return Err(Diagnostic::new(display, 1, 1, Message::NotText));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(normalize(text)),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Err(Diagnostic::new(display, line, column, Message::NotUtf8))
        }
    }
}
