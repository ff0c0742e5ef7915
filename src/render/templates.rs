//! The template engine (tera 2) loaded with the theme's templates, and the
//! theme's interface strings per language.

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::theme::Theme;
use std::collections::BTreeMap;

/// Builds tera from the theme's `templates/`; escaping is on for every
/// markup format we write (tera only escapes `.html` and `.xml` unaided).
/// The last engine built is kept, by a hash of the templates: `serve`
/// rebuilds with the same templates after every edit of the content, and
/// parsing them is a few milliseconds each time.
pub fn engine(theme: &Theme, theme_name: &str) -> Result<std::sync::Arc<tera::Tera>, Vec<Diagnostic>> {
    static LAST: std::sync::Mutex<Option<(u64, std::sync::Arc<tera::Tera>)>> = std::sync::Mutex::new(None);
    let key = crate::hash_of((theme_name, theme.under("templates/").collect::<Vec<_>>()));
    if let Some((k, tera)) = &*LAST.lock().expect("never poisoned")
        && *k == key
    {
        return Ok(tera.clone());
    }
    let tera = std::sync::Arc::new(build_engine(theme, theme_name)?);
    *LAST.lock().expect("never poisoned") = Some((key, tera.clone()));
    Ok(tera)
}

fn build_engine(theme: &Theme, theme_name: &str) -> Result<tera::Tera, Vec<Diagnostic>> {
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".xml", ".svg", ".atom"]);
    let mut diagnostics = Vec::new();
    let mut templates = Vec::new();
    for (name, bytes) in theme.under("templates/") {
        match std::str::from_utf8(bytes) {
            Ok(text) => templates.push((name.to_string(), text.to_string())),
            Err(_) => diagnostics.push(Diagnostic::new(
                format!("themes/{theme_name}/templates/{name}"),
                0,
                0,
                Message::TemplateNotUtf8,
            )),
        }
    }
    if let Err(e) = tera.add_raw_templates(templates) {
        diagnostics.push(template_diagnostic(theme_name, &e));
    }
    if diagnostics.is_empty() { Ok(tera) } else { Err(diagnostics) }
}

/// A tera error as a diagnostic about the theme.
pub fn template_diagnostic(theme_name: &str, e: &tera::Error) -> Diagnostic {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        source = inner.source();
    }
    Diagnostic::new(format!("themes/{theme_name}/templates"), 0, 0, Message::TemplateError { text: message })
}

/// The most a page may weigh. The largest real page is a few hundred
/// kilobytes (a 2-million-link article, tens of megabytes); a theme that
/// writes more runs away, and is stopped before it fills the memory.
pub const PAGE_LIMIT: usize = 64 * 1024 * 1024;

/// A page being written, refusing to grow beyond a limit.
pub struct Bounded {
    bytes: Vec<u8>,
    limit: usize,
    overflowed: bool,
}

impl Bounded {
    pub fn new(limit: usize) -> Bounded {
        Bounded { bytes: Vec::new(), limit, overflowed: false }
    }

    pub fn overflowed(&self) -> bool {
        self.overflowed
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > self.limit {
            self.overflowed = true;
            return Err(std::io::Error::other("the page is too large"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Warnings for the site's copies of the list templates that show no pager
/// while a list they make has more than one page (`pages`: the most pages
/// of a list each makes): pages 2 and after would be built but reached by
/// no link. A copy shows one when it, or a template it includes, extends
/// or imports, reads `pagination`.
pub fn pagers(theme: &Theme, theme_name: &str, pages: [(&str, usize); 2]) -> Vec<Diagnostic> {
    let text = |path: &str| theme.get(path).map(String::from_utf8_lossy).unwrap_or_default();
    let mut found = Vec::new();
    for (template, pages) in pages {
        let path = format!("templates/{template}");
        if pages < 2 || theme.built_in(&path).is_none() {
            continue;
        }
        let own = text(&path);
        // `{% include "x" %}`, `{% extends 'x' %}`, `{% import "x" as m %}`.
        let named = ["include", "extends", "import"].into_iter().flat_map(|tag| own.split(tag).skip(1));
        let mut used = named.filter_map(|rest| {
            let rest = rest.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            rest[1..].split(quote).next().map(|name| text(&format!("templates/{name}")))
        });
        if own.contains("pagination") || used.any(|t| t.contains("pagination")) {
            continue;
        }
        let message = Message::TemplateWithoutPager { template: template.to_string(), pages };
        found.push(Diagnostic::new(format!("themes/{theme_name}/{path}"), 0, 0, message));
    }
    found
}

/// A template that wrote more than [`PAGE_LIMIT`].
pub fn too_large(theme_name: &str, template: &str) -> Diagnostic {
    let message = Message::PageTooLarge { template: template.to_string(), limit_mb: PAGE_LIMIT / (1024 * 1024) };
    Diagnostic::new(format!("themes/{theme_name}/templates/{template}"), 0, 0, message)
}

/// Interface strings of each language, from the theme's `i18n/<lang>.yaml`.
/// A language without a file uses English (or the first file there is),
/// with a warning.
pub fn strings(
    theme: &Theme,
    theme_name: &str,
    languages: &[String],
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, serde_json::Value> {
    let mut out = BTreeMap::new();
    for lang in languages {
        let path = format!("i18n/{lang}.yaml");
        let (bytes, used) = match theme.get(&path) {
            Some(b) => (b, path.clone()),
            None => {
                let message = Message::NoInterfaceStrings {
                    lang: lang.clone(),
                    theme: theme_name.to_string(),
                    path: path.clone(),
                };
                diagnostics.push(Diagnostic::new(format!("themes/{theme_name}/{path}"), 0, 0, message));
                (theme.get("i18n/en.yaml").unwrap_or_default(), "i18n/en.yaml".to_string())
            }
        };
        let display = format!("themes/{theme_name}/{used}");
        let text = match crate::load::decode(bytes, &display) {
            Ok(t) => t,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        match crate::yaml::parse::<serde_json::Value>(&text) {
            Ok(mut value) => {
                // A site's strings file may give only the strings it changes.
                if let Some(mut base) =
                    theme.built_in(&used).and_then(|b| crate::yaml::parse(&String::from_utf8_lossy(b)).ok())
                {
                    merge(&mut base, value);
                    value = base;
                }
                out.insert(lang.clone(), value);
            }
            Err(e) => diagnostics.push(crate::validate::yaml_diagnostic(&display, 0, e)),
        }
    }
    out
}

/// Lays `over` on `base`, map by map. A key left empty (`nav:` with
/// nothing under it) gives nothing: the built-in strings stay.
fn merge(base: &mut serde_json::Value, over: serde_json::Value) {
    match (base, over) {
        (_, serde_json::Value::Null) => {}
        (serde_json::Value::Object(b), serde_json::Value::Object(o)) => {
            for (k, v) in o {
                merge(b.entry(k).or_insert(serde_json::Value::Null), v);
            }
        }
        (b, o) => *b = o,
    }
}
