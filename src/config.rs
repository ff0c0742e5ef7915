//! `content/site.yaml`: the raw form serde reads and its resolution into
//! [`SiteConfig`]. Everything else needs the languages, so this comes first.

use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::model::{Contact, SectionPaths, SiteConfig, Thresholds};
use crate::text::LocalizedText;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    title: LocalizedText,
    description: Option<LocalizedText>,
    languages: Option<Spanned<Vec<String>>>,
    base_url: Option<Spanned<String>>,
    organisation: Option<LocalizedText>,
    contact: Option<RawContact>,
    currency: Option<String>,
    theme: Option<String>,
    paths: Option<Spanned<BTreeMap<String, RawPaths>>>,
    per_page: Option<Spanned<i64>>,
    status: Option<Spanned<RawThresholds>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    email: Option<String>,
    phone: Option<String>,
    address: Option<LocalizedText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPaths {
    articles: Option<String>,
    programs: Option<String>,
    tags: Option<String>,
    pages: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThresholds {
    on_track: Option<f64>,
    at_risk: Option<f64>,
}

/// Folders at the root of every site, beside the default language's sections.
pub const RESERVED: [&str; 4] = ["static", "theme", "data", "charts"];

/// URL section names used when `paths` does not give them.
pub fn default_paths(lang: &str) -> SectionPaths {
    crate::locale::default_sections(lang)
}

/// Resolves `site.yaml`; `None` when it has errors (all pushed to `diagnostics`).
pub fn resolve(file: Option<&SourceFile>, diagnostics: &mut Vec<Diagnostic>) -> Option<SiteConfig> {
    let Some(file) = file else {
        diagnostics.push(
            Diagnostic::error("content/site.yaml", 0, 0)
                .hint("create it with at least `title:` and `languages: [vi, en]`; the example site's content/site.yaml shows every setting")
                .message("the site settings file is missing"),
        );
        return None;
    };
    let path = file.path.as_str();
    let raw: RawSite = match crate::yaml::parse(&file.text) {
        Ok(raw) => raw,
        Err(e) => {
            diagnostics.push(crate::validate::yaml_diagnostic(path, 0, e));
            return None;
        }
    };
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let mut err = |line: u64, column: u64, field: &str, message: String, hint: &str| {
        let mut d = Diagnostic::error(path, line as usize, column as usize).field(field);
        if !hint.is_empty() {
            d = d.hint(hint);
        }
        diagnostics.push(d.message(message));
    };

    if raw.title.is_empty() {
        err(1, 1, "title", "the site title is empty".into(), "write the site's name after `title:`");
    }
    let languages = match raw.languages {
        None => {
            err(
                1,
                1,
                "languages",
                "missing: the site must list its languages".into(),
                "add `languages: [vi, en]`; the first is the default language",
            );
            Vec::new()
        }
        Some(l) => {
            let loc = l.referenced;
            if l.value.is_empty() {
                err(
                    loc.line(),
                    loc.column(),
                    "languages",
                    "the list is empty".into(),
                    "list at least one language, e.g. `languages: [vi, en]`",
                );
            }
            let mut seen = Vec::new();
            for lang in &l.value {
                if !is_lang_code(lang) {
                    err(
                        loc.line(),
                        loc.column(),
                        "languages",
                        format!("`{lang}` is not a language code"),
                        "use ISO 639-1 codes such as vi, en, fr",
                    );
                } else if seen.contains(lang) {
                    err(
                        loc.line(),
                        loc.column(),
                        "languages",
                        format!("`{lang}` is listed twice"),
                        "list each language once",
                    );
                } else {
                    seen.push(lang.clone());
                }
            }
            seen
        }
    };

    let base_url = raw.base_url.and_then(|b| {
        let url = b.value.trim().to_string();
        if !is_web_address(&url) {
            err(
                b.referenced.line(),
                b.referenced.column(),
                "base_url",
                format!("`{url}` is not an absolute web address"),
                "write the full address, e.g. https://example.gov.vn/khuyencong/",
            );
            None
        } else if url.ends_with('/') {
            Some(url)
        } else {
            Some(format!("{url}/"))
        }
    });

    let per_page = match raw.per_page {
        None => 10,
        Some(p) if (1..=1000).contains(&p.value) => p.value as usize,
        Some(p) => {
            err(
                p.referenced.line(),
                p.referenced.column(),
                "per_page",
                format!("expected a number from 1 to 1000, found {}", p.value),
                "",
            );
            10
        }
    };

    let thresholds = match raw.status {
        None => Thresholds::default(),
        Some(s) => {
            let t = Thresholds { on_track: s.value.on_track.unwrap_or(0.9), at_risk: s.value.at_risk.unwrap_or(0.6) };
            if !(t.at_risk > 0.0 && t.at_risk < t.on_track && t.on_track <= 1.0) {
                err(
                    s.referenced.line(),
                    s.referenced.column(),
                    "status",
                    format!(
                        "expected 0 < at_risk < on_track ≤ 1, found at_risk {} and on_track {}",
                        t.at_risk, t.on_track
                    ),
                    "the defaults are on_track: 0.9 and at_risk: 0.6",
                );
            }
            t
        }
    };

    let mut paths: BTreeMap<String, SectionPaths> = languages.iter().map(|l| (l.clone(), default_paths(l))).collect();
    if let Some(raw_paths) = raw.paths {
        let loc = raw_paths.referenced;
        for (lang, p) in raw_paths.value {
            let Some(entry) = paths.get_mut(&lang) else {
                err(
                    loc.line(),
                    loc.column(),
                    &format!("paths.{lang}"),
                    format!("`{lang}` is not one of the site's languages"),
                    "add it to `languages` or remove this entry",
                );
                continue;
            };
            for (key, value, slot) in [
                ("articles", p.articles, &mut entry.articles),
                ("programs", p.programs, &mut entry.programs),
                ("tags", p.tags, &mut entry.tags),
                ("pages", p.pages, &mut entry.pages),
            ] {
                let Some(value) = value else { continue };
                let ok = value.split('/').all(|seg| !seg.is_empty() && crate::text::slugify(seg) == seg)
                    || (key == "pages" && value.is_empty());
                if ok && (key == "pages" || !value.is_empty()) {
                    *slot = value;
                } else {
                    err(
                        loc.line(),
                        loc.column(),
                        &format!("paths.{lang}.{key}"),
                        format!("`{value}` is not a usable URL segment"),
                        "use lower-case letters, digits and `-`, e.g. bai-viet",
                    );
                }
            }
        }
    }

    // Sections must not share an address, with each other or with what sits
    // beside them at the root (other languages, theme, data, charts, static).
    if let Some(default) = languages.first() {
        for (lang, p) in &paths {
            let mut names = vec![("articles", &p.articles), ("programs", &p.programs), ("tags", &p.tags)];
            if !p.pages.is_empty() {
                names.push(("pages", &p.pages));
            }
            for (i, (key, value)) in names.iter().enumerate() {
                let first = value.split('/').next().unwrap_or("");
                let clash =
                    names[..i].iter().find(|(_, other)| other == value).map(|(k, _)| format!("`paths.{lang}.{k}`"));
                let reserved = (lang == default && (RESERVED.contains(&first) || languages.iter().any(|l| l == first)))
                    .then(|| format!("`{first}/`, which the site uses for something else"));
                if let Some(what) = clash.or(reserved) {
                    err(
                        1,
                        1,
                        &format!("paths.{lang}.{key}"),
                        format!("`{value}` is the same address as {what}"),
                        "give each section its own name",
                    );
                }
            }
        }
    }

    let theme = raw.theme.unwrap_or_else(|| "default".into());
    if theme.is_empty() || theme.contains(['/', '\\']) || theme.starts_with('.') {
        err(
            1,
            1,
            "theme",
            format!("`{theme}` is not a theme folder name"),
            "write the name of a folder under themes/, or remove the line to use the built-in theme",
        );
    }

    let texts = [
        ("title", Some(&raw.title)),
        ("description", raw.description.as_ref()),
        ("organisation", raw.organisation.as_ref()),
    ];
    // Without languages every code would be "unknown": that is said once, above.
    for (field, text) in texts.into_iter().filter(|_| !languages.is_empty()) {
        if let Some(LocalizedText::ByLang(map)) = text {
            for lang in map.keys() {
                if !languages.contains(lang) {
                    err(
                        1,
                        1,
                        &format!("{field}.{lang}"),
                        format!("`{lang}` is not one of the site's languages"),
                        "add it to `languages` or remove this translation",
                    );
                }
            }
        }
    }

    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before || languages.is_empty() {
        return None;
    }
    Some(SiteConfig {
        title: raw.title,
        description: raw.description,
        languages,
        base_url,
        organisation: raw.organisation,
        contact: raw.contact.map(|c| Contact { email: c.email, phone: c.phone, address: c.address }),
        currency: raw.currency.unwrap_or_else(|| "VND".into()),
        theme,
        paths,
        per_page,
        thresholds,
    })
}

/// An absolute http(s) address without spaces, as `base_url` must be.
pub fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(char::is_whitespace)
}

/// `vi`, `en`, `zh-Hant`: two or three lower-case letters, optionally a subtag.
fn is_lang_code(code: &str) -> bool {
    let (primary, sub) = code.split_once('-').unwrap_or((code, ""));
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && sub.bytes().all(|b| b.is_ascii_alphanumeric())
}
