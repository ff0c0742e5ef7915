//! `baocao init DIR`: writes a small, complete site to start from: site
//! settings commented in the chosen language, one programme with a rising,
//! a falling and a not-yet-measured indicator, one article and the About
//! and Methodology pages in both languages, the editor schemas
//! (`cmd::schema::write`) with the settings that tie them to the files, and
//! a `.gitignore`. It passes `check --strict`.

use super::{EXIT_OK, UsageError};
use crate::messages::{MessageLang, Say};
use anyhow::{Context, Result, bail};
use std::path::Path;

/// The files of a new site: path, then contents (the programme's comments
/// are marked `#vi` / `#en` and kept in the chosen language only).
const FILES: [(&str, &str); 9] = [
    ("content/programs/khuyen-cong-2025.yaml", include_str!("init/program.yaml")),
    ("content/articles/khoi-dong-chuong-trinh.vi.md", include_str!("init/article.vi.md")),
    ("content/articles/khoi-dong-chuong-trinh.en.md", include_str!("init/article.en.md")),
    ("content/pages/gioi-thieu.vi.md", include_str!("init/gioi-thieu.vi.md")),
    ("content/pages/gioi-thieu.en.md", include_str!("init/gioi-thieu.en.md")),
    ("content/pages/phuong-phap.vi.md", include_str!("init/phuong-phap.vi.md")),
    ("content/pages/phuong-phap.en.md", include_str!("init/phuong-phap.en.md")),
    (".gitignore", include_str!("init/gitignore")),
    (".vscode/settings.json", include_str!("init/vscode-settings.json")),
];

/// What `init` writes, for a site whose first language is `lang`.
pub fn files(lang: MessageLang) -> Vec<(String, String)> {
    let (site, keep, drop) = match lang {
        MessageLang::Vi => (include_str!("init/site.vi.yaml"), "#vi ", "#en "),
        MessageLang::En => (include_str!("init/site.en.yaml"), "#en ", "#vi "),
    };
    let mut out = vec![("content/site.yaml".to_string(), site.to_string())];
    for (path, text) in FILES {
        let text: String = text
            .lines()
            .filter(|l| !l.starts_with(drop))
            .map(|l| l.strip_prefix(keep).unwrap_or(l))
            .flat_map(|l| [l, "\n"])
            .collect();
        out.push((path.to_string(), text));
    }
    out
}

pub fn run(dir: &Path, site_lang: MessageLang, lang: MessageLang) -> Result<i32> {
    let shown = dir.display().to_string();
    if dir.exists() && !dir.is_dir() {
        bail!(UsageError(Say::InitNotEmpty { dir: shown, found: Vec::new(), more: 0 }));
    }
    if dir.exists() {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => bail!(UsageError(Say::RootUnreadable { root: shown, reason: crate::messages::IoReason::of(&e) })),
        };
        let mut found: Vec<String> =
            entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        if !found.is_empty() {
            found.sort();
            let more = found.len().saturating_sub(5);
            found.truncate(5);
            bail!(UsageError(Say::InitNotEmpty { dir: shown, found, more }));
        }
    }
    let files = files(site_lang);
    for (path, text) in &files {
        let file = dir.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&file, text).with_context(|| format!("writing {}", file.display()))?;
    }
    // The schemas take the languages of the site.yaml just written.
    let languages = crate::config::peek_languages(dir).unwrap_or_default();
    let schemas = super::schema::write(&dir.join("schemas"), &languages)?;
    println!("{}", Say::Initialised { dir: shown, files: files.len() + schemas.len() }.text(lang));
    Ok(EXIT_OK)
}
