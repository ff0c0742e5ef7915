//! `content/site.yaml`: the raw form serde reads and its resolution into
//! [`SiteConfig`]. Everything else needs the languages, so this comes first.

use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::messages::{Clash, Message};
use crate::model::{Contact, SectionPaths, SiteConfig, TagDef, Thresholds};
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
    markdown: Option<Spanned<RawMarkdown>>,
    as_of: Option<Spanned<String>>,
    tags: Option<Spanned<BTreeMap<String, RawTagDef>>>,
    license: Option<Spanned<String>>,
    images: Option<Spanned<RawImages>>,
}

/// A topic of the vocabulary: `che: { vi: Chè, en: Tea }` (its label), or
/// `che: { label: { vi: Chè, en: Tea }, description: { … } }`.
struct RawTagDef {
    label: LocalizedText,
    description: Option<LocalizedText>,
}

impl<'de> Deserialize<'de> for RawTagDef {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct TagVisitor;
        impl<'de> serde::de::Visitor<'de> for TagVisitor {
            type Value = RawTagDef;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a label, one per language, or `label:` and `description:`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawTagDef, E> {
                Ok(RawTagDef { label: LocalizedText::Same(v.to_string()), description: None })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<RawTagDef, A::Error> {
                const PARTS: &[&str] = &["label", "description"];
                let (mut label, mut description, mut by_lang) = (None, None, BTreeMap::new());
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "label" | "description" if !by_lang.is_empty() => {
                            return Err(serde::de::Error::unknown_field(&key, &[]));
                        }
                        "label" => label = Some(map.next_value::<LocalizedText>()?),
                        "description" => description = Some(map.next_value::<LocalizedText>()?),
                        _ if label.is_some() || description.is_some() => {
                            return Err(serde::de::Error::unknown_field(&key, PARTS));
                        }
                        _ => {
                            by_lang.insert(key, map.next_value::<String>()?);
                        }
                    }
                }
                match label {
                    Some(label) => Ok(RawTagDef { label, description }),
                    None if description.is_some() => Err(serde::de::Error::missing_field("label")),
                    None => Ok(RawTagDef { label: LocalizedText::ByLang(by_lang), description: None }),
                }
            }
        }
        de.deserialize_any(TagVisitor)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    unsafe_html: Option<bool>,
}

/// `images:`: widths, JPEG quality, WebP, the link to the full size.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    widths: Option<Spanned<Vec<Spanned<i64>>>>,
    quality: Option<Spanned<i64>>,
    webp: Option<bool>,
    original: Option<bool>,
}

/// The bounds of `images.widths` (pixels) and `images.quality`.
pub const IMAGE_WIDTHS: (i64, i64) = (64, 4096);
pub const IMAGE_QUALITY: (i64, i64) = (30, 95);

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
    search: Option<String>,
    pages: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThresholds {
    on_track: Option<f64>,
    at_risk: Option<f64>,
    stale_after_months: Option<Spanned<i64>>,
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
        diagnostics.push(Diagnostic::new("content/site.yaml", 0, 0, Message::SiteFileMissing));
        return None;
    };
    let path = &*file.path;
    let raw: RawSite = match crate::yaml::parse(&file.text) {
        Ok(raw) => raw,
        Err(e) => {
            diagnostics.push(crate::validate::yaml_diagnostic(path, 0, e));
            return None;
        }
    };
    // Every field by name: a new one does not compile until it is handled here.
    let RawSite {
        title,
        description,
        languages: raw_languages,
        base_url,
        organisation,
        contact,
        currency,
        theme,
        paths: raw_paths,
        per_page,
        status,
        markdown,
        as_of,
        tags: raw_tags,
        license,
        images: raw_images,
    } = raw;
    let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
    let mut err = |line: u64, column: u64, field: &str, message: Message| {
        diagnostics.push(Diagnostic::new(path, line as usize, column as usize, message).field(field));
    };

    if title.is_empty() {
        err(1, 1, "title", Message::SiteTitleEmpty);
    }
    let languages = match raw_languages {
        None => {
            err(1, 1, "languages", Message::LanguagesMissing);
            Vec::new()
        }
        Some(l) => {
            let loc = l.referenced;
            if l.value.is_empty() {
                err(loc.line(), loc.column(), "languages", Message::LanguagesEmpty);
            }
            let mut seen = Vec::new();
            for lang in &l.value {
                if !is_lang_code(lang) {
                    err(loc.line(), loc.column(), "languages", Message::NotALanguageCode { code: lang.clone() });
                } else if seen.contains(lang) {
                    err(loc.line(), loc.column(), "languages", Message::LanguageListedTwice { code: lang.clone() });
                } else {
                    seen.push(lang.clone());
                }
            }
            seen
        }
    };

    let base_url = base_url.and_then(|b| {
        let url = b.value.trim().to_string();
        if !is_web_address(&url) {
            err(b.referenced.line(), b.referenced.column(), "base_url", Message::BaseUrlNotAbsolute { url });
            None
        } else if url.ends_with('/') {
            Some(url)
        } else {
            Some(format!("{url}/"))
        }
    });

    let per_page = match per_page {
        None => 10,
        Some(p) if (1..=1000).contains(&p.value) => p.value as usize,
        Some(p) => {
            err(p.referenced.line(), p.referenced.column(), "per_page", Message::PerPageOutOfRange { found: p.value });
            10
        }
    };

    let thresholds = match status {
        None => Thresholds::default(),
        Some(s) => {
            let RawThresholds { on_track, at_risk, stale_after_months } = s.value;
            let defaults = Thresholds::default();
            let months = match stale_after_months {
                None => defaults.stale_after_months,
                Some(m) if (0..=240).contains(&m.value) => m.value as u32,
                Some(m) => {
                    let (line, column) = (m.referenced.line(), m.referenced.column());
                    let message = Message::StaleAfterOutOfRange { found: m.value };
                    err(line, column, "status.stale_after_months", message);
                    defaults.stale_after_months
                }
            };
            let t = Thresholds {
                on_track: on_track.unwrap_or(defaults.on_track),
                at_risk: at_risk.unwrap_or(defaults.at_risk),
                stale_after_months: months,
            };
            if !(t.at_risk > 0.0 && t.at_risk < t.on_track && t.on_track <= 1.0) {
                let message = Message::ThresholdsOutOfOrder { at_risk: t.at_risk, on_track: t.on_track };
                err(s.referenced.line(), s.referenced.column(), "status", message);
            }
            t
        }
    };

    let as_of = as_of.and_then(|a| {
        let date = crate::date::Date::parse(&a.value).map(|d| d.day_only());
        if date.is_none() {
            err(a.referenced.line(), a.referenced.column(), "as_of", Message::NotADate { text: a.value.clone() });
        }
        date
    });

    let license = match license {
        None => crate::licence::DEFAULT,
        Some(l) => crate::licence::find(&l.value).unwrap_or_else(|| {
            let ids = crate::licence::LICENCES.map(|l| l.id);
            let suggestion = crate::diagnostic::nearest(&l.value, ids).map(String::from);
            let message = Message::UnknownLicence { written: l.value.clone(), suggestion };
            err(l.referenced.line(), l.referenced.column(), "license", message);
            crate::licence::DEFAULT
        }),
    };

    let mut tags: BTreeMap<String, TagDef> = BTreeMap::new();
    if let Some(raw_tags) = raw_tags {
        let (line, column) = (raw_tags.referenced.line(), raw_tags.referenced.column());
        // Label slug → the id that has it, in any language: `Tea` names one topic.
        let mut labels: BTreeMap<String, String> = BTreeMap::new();
        for (id, def) in raw_tags.value {
            let RawTagDef { label, description } = def;
            let field = format!("tags.{id}");
            let suggestion = crate::text::slugify(&id);
            if suggestion != id || id.is_empty() {
                err(line, column, &field, Message::NotATagId { id: id.clone(), suggestion });
                continue;
            }
            if label.is_empty() {
                err(line, column, &format!("{field}.label"), Message::TagLabelEmpty);
            }
            for name in label.texts() {
                let slug = crate::text::slugify(name);
                match labels.get(&slug) {
                    Some(other) if other != &id => {
                        let label = name.to_string();
                        let message = Message::TagLabelTwice { label, first: other.clone(), second: id.clone() };
                        err(line, column, &field, message);
                    }
                    _ => {
                        labels.insert(slug, id.clone());
                    }
                }
            }
            for (part, text) in [("label", Some(&label)), ("description", description.as_ref())] {
                if let Some(LocalizedText::ByLang(map)) = text {
                    for lang in map.keys().filter(|l| !languages.contains(l) && !languages.is_empty()) {
                        let message = Message::SiteTextUnknownLanguage { lang: lang.clone() };
                        err(line, column, &format!("{field}.{part}.{lang}"), message);
                    }
                }
            }
            tags.insert(id, TagDef { label, description });
        }
        // An id is also a name: `che` and a label slugged `che` are one topic.
        for (slug, id) in &labels {
            if tags.contains_key(slug) && slug != id {
                let message = Message::TagLabelTwice { label: slug.clone(), first: slug.clone(), second: id.clone() };
                err(line, column, &format!("tags.{id}"), message);
            }
        }
    }

    let mut paths: BTreeMap<String, SectionPaths> = languages.iter().map(|l| (l.clone(), default_paths(l))).collect();
    if let Some(raw_paths) = raw_paths {
        let loc = raw_paths.referenced;
        for (lang, p) in raw_paths.value {
            let Some(entry) = paths.get_mut(&lang) else {
                err(
                    loc.line(),
                    loc.column(),
                    &format!("paths.{lang}"),
                    Message::PathsUnknownLanguage { lang: lang.clone() },
                );
                continue;
            };
            let RawPaths { articles, programs, tags, search, pages } = p;
            for (key, value, slot) in [
                ("articles", articles, &mut entry.articles),
                ("programs", programs, &mut entry.programs),
                ("tags", tags, &mut entry.tags),
                ("search", search, &mut entry.search),
                ("pages", pages, &mut entry.pages),
            ] {
                let Some(value) = value else { continue };
                let ok = value.split('/').all(|seg| !seg.is_empty() && crate::text::slugify(seg) == seg)
                    || (key == "pages" && value.is_empty());
                if ok && (key == "pages" || !value.is_empty()) {
                    *slot = value;
                } else {
                    err(loc.line(), loc.column(), &format!("paths.{lang}.{key}"), Message::NotAUrlSegment { value });
                }
            }
        }
    }

    // Sections must not share an address, with each other or with what sits
    // beside them at the root (other languages, theme, data, charts, static).
    if let Some(default) = languages.first() {
        for (lang, p) in &paths {
            let mut names =
                vec![("articles", &p.articles), ("programs", &p.programs), ("tags", &p.tags), ("search", &p.search)];
            if !p.pages.is_empty() {
                names.push(("pages", &p.pages));
            }
            for (i, (key, value)) in names.iter().enumerate() {
                let first = value.split('/').next().unwrap_or("");
                let clash = names[..i]
                    .iter()
                    .find(|(_, other)| other == value)
                    .map(|(k, _)| Clash::Section { lang: lang.clone(), key: k.to_string() });
                let reserved = (lang == default && (RESERVED.contains(&first) || languages.iter().any(|l| l == first)))
                    .then(|| Clash::Reserved { name: first.to_string() });
                if let Some(clash) = clash.or(reserved) {
                    let message = Message::SameAddress { value: value.to_string(), clash };
                    err(1, 1, &format!("paths.{lang}.{key}"), message);
                }
            }
        }
    }

    let theme = theme.unwrap_or_else(|| "default".into());
    if theme.is_empty() || theme.contains(['/', '\\']) || theme.starts_with('.') {
        err(1, 1, "theme", Message::NotAThemeName { theme: theme.clone() });
    }

    let texts =
        [("title", Some(&title)), ("description", description.as_ref()), ("organisation", organisation.as_ref())];
    // Without languages every code would be "unknown": that is said once, above.
    for (field, text) in texts.into_iter().filter(|_| !languages.is_empty()) {
        if let Some(LocalizedText::ByLang(map)) = text {
            for lang in map.keys() {
                if !languages.contains(lang) {
                    err(1, 1, &format!("{field}.{lang}"), Message::SiteTextUnknownLanguage { lang: lang.clone() });
                }
            }
        }
    }

    let mut images = crate::model::ImageSettings::default();
    if let Some(raw) = raw_images {
        let RawImages { widths, quality, webp, original } = raw.value;
        // Each value out of its bounds, at its place (an empty list of widths at the list's).
        let mut out_of_range = Vec::new();
        if let Some(w) = widths {
            let mut given: Vec<u32> = Vec::new();
            for width in &w.value {
                if (IMAGE_WIDTHS.0..=IMAGE_WIDTHS.1).contains(&width.value) {
                    given.push(width.value as u32);
                } else {
                    out_of_range.push(("images.widths", width.referenced, width.value, IMAGE_WIDTHS));
                }
            }
            given.sort_unstable();
            given.dedup();
            if w.value.is_empty() {
                out_of_range.push(("images.widths", w.referenced, 0, IMAGE_WIDTHS));
            } else if !given.is_empty() {
                images.widths = given;
            }
        }
        if let Some(q) = quality {
            if (IMAGE_QUALITY.0..=IMAGE_QUALITY.1).contains(&q.value) {
                images.quality = q.value as u8;
            } else {
                out_of_range.push(("images.quality", q.referenced, q.value, IMAGE_QUALITY));
            }
        }
        for (field, at, found, (min, max)) in out_of_range {
            err(at.line(), at.column(), field, Message::ImageSettingOutOfRange { found, min, max });
        }
        images.webp = webp.unwrap_or(images.webp);
        images.original = original.unwrap_or(images.original);
    }

    let unsafe_html = match markdown {
        Some(m) => {
            let RawMarkdown { unsafe_html } = m.value;
            let on = unsafe_html.unwrap_or(false);
            if on {
                let at = m.referenced;
                diagnostics.push(
                    Diagnostic::new(path, at.line() as usize, at.column() as usize, Message::UnsafeHtmlOn)
                        .field("markdown.unsafe_html"),
                );
            }
            on
        }
        None => false,
    };

    if diagnostics.iter().filter(|d| d.is_error()).count() > errors_before || languages.is_empty() {
        return None;
    }
    Some(SiteConfig {
        title,
        description,
        languages,
        base_url,
        organisation,
        contact: contact.map(|c| {
            let RawContact { email, phone, address } = c;
            Contact { email, phone, address }
        }),
        currency: currency.unwrap_or_else(|| "VND".into()),
        theme,
        paths,
        per_page,
        thresholds,
        unsafe_html,
        as_of,
        tags,
        license,
        images,
    })
}

/// The first language of the site at `root`, read leniently from its
/// `site.yaml` before anything else (to choose the language of baocao's
/// messages); `None` when it cannot be read.
pub fn peek_first_language(root: &std::path::Path) -> Option<String> {
    peek_languages(root)?.into_iter().next()
}

/// The languages of the site at `root`, read leniently from its
/// `site.yaml` (those that are language codes, each once); `None` when
/// there are none to read.
pub fn peek_languages(root: &std::path::Path) -> Option<Vec<String>> {
    #[derive(Deserialize)]
    struct Languages {
        languages: Option<Vec<String>>,
    }
    let bytes = std::fs::read(root.join("content/site.yaml")).ok()?;
    let text = crate::load::decode(&bytes, "content/site.yaml").ok()?;
    let peeked: Languages = crate::yaml::parse(&text).ok()?;
    let mut languages: Vec<String> = Vec::new();
    for lang in peeked.languages? {
        if is_lang_code(&lang) && !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    (!languages.is_empty()).then_some(languages)
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

/// The keys of each struct of this file, for the catalogue's drift test
/// (`fields::tests`), named by their place in the catalogue.
#[cfg(test)]
pub(crate) fn raw_fields() -> Vec<(&'static str, Vec<String>)> {
    use crate::fields::introspect::fields_of;
    vec![
        ("site", fields_of::<RawSite>()),
        ("site.contact", fields_of::<RawContact>()),
        ("site.paths.*", fields_of::<RawPaths>()),
        ("site.status", fields_of::<RawThresholds>()),
        ("site.markdown", fields_of::<RawMarkdown>()),
        ("site.images", fields_of::<RawImages>()),
        ("site.tags.*", topic_parts()),
    ]
}

/// [`RawTagDef`] reads its map by hand: its parts are the keys that the
/// message of an unknown one lists, and each of them must be read.
#[cfg(test)]
fn topic_parts() -> Vec<String> {
    let Err(e) = crate::yaml::parse::<RawTagDef>("label: x\nzzz: y\n") else {
        panic!("a topic with an unknown part was read");
    };
    let Message::UnknownKey { known, .. } = e.message else {
        panic!("a topic with an unknown part gives {:?}", e.message);
    };
    for part in known.iter().filter(|p| *p != "label") {
        let yaml = format!("label: x\n{part}: y\n");
        assert!(crate::yaml::parse::<RawTagDef>(&yaml).is_ok(), "{yaml}");
    }
    known
}
