//! The translation report of `baocao check`: which articles, pages and
//! fields lack a translation, per language.

use crate::messages::{MessageLang, Say};
use crate::model::{Contact, Site, SiteConfig, Translations};
use crate::text::LocalizedText;

/// One thing without a translation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Missing {
    pub lang: String,
    pub kind: MissingKind,
    pub file: String,
    /// The field path, for a field; empty for a whole article or page.
    pub field: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MissingKind {
    Article,
    Page,
    Field,
}

/// Everything that lacks a translation, sorted by language, kind and file.
pub fn missing(site: &Site) -> Vec<Missing> {
    let langs = &site.config.languages;
    let mut out = Vec::new();
    let mut fields = |file: &str, field: String, text: Option<&LocalizedText>| {
        for lang in text.map(|t| t.missing(langs)).unwrap_or_default() {
            out.push(Missing {
                lang: lang.to_string(),
                kind: MissingKind::Field,
                file: file.to_string(),
                field: field.clone(),
            });
        }
    };
    // Every text field is named here: a new field in the model is a
    // compile error until it is listed (or said not to be text).
    let SiteConfig {
        title,
        description,
        languages: _,
        base_url: _,
        organisation,
        contact,
        currency: _,
        theme: _,
        paths: _,
        per_page: _,
        thresholds: _,
        unsafe_html: _,
        as_of: _,
        tags,
        license: _,
        images: _,
    } = &site.config;
    let site_file = "content/site.yaml";
    fields(site_file, "title".into(), Some(title));
    fields(site_file, "description".into(), description.as_ref());
    fields(site_file, "organisation".into(), organisation.as_ref());
    for (id, crate::model::TagDef { label, description }) in tags {
        fields(site_file, format!("tags.{id}.label"), Some(label));
        fields(site_file, format!("tags.{id}.description"), description.as_ref());
    }
    if let Some(Contact { email: _, phone: _, address }) = contact {
        fields(site_file, "contact.address".into(), address.as_ref());
    }
    for p in &site.programs {
        let f = p.source.as_str();
        for (name, text, _) in p.texts() {
            fields(f, name.to_string(), text);
        }
        for (i, ind) in p.indicators.iter().enumerate() {
            for (name, text, _) in ind.texts() {
                fields(f, format!("indicators[{i}].{name}"), text);
            }
        }
    }
    for (groups, kind) in [(&site.articles, MissingKind::Article), (&site.pages, MissingKind::Page)] {
        out.extend(documents(groups, kind, langs));
    }
    out.sort();
    out
}

fn documents<'a>(
    groups: &'a [Translations],
    kind: MissingKind,
    langs: &'a [String],
) -> impl Iterator<Item = Missing> + 'a {
    groups.iter().filter(|g| !g.by_lang.values().any(|d| d.one_language)).flat_map(move |g| {
        let source = g.by_lang.values().next().map(|d| d.source.clone()).unwrap_or_default();
        langs.iter().filter(|l| !g.by_lang.contains_key(l.as_str())).map(move |l| Missing {
            lang: l.clone(),
            kind,
            file: source.clone(),
            field: String::new(),
        })
    })
}

/// The report as `check` prints it; empty when nothing is missing.
pub fn report(missing: &[Missing], lang: MessageLang) -> String {
    let mut out = String::new();
    let mut langs: Vec<&str> = missing.iter().map(|m| m.lang.as_str()).collect();
    langs.dedup();
    for code in langs {
        let of = |k: MissingKind| missing.iter().filter(|m| m.lang == code && m.kind == k).count();
        let heading = Say::MissingTranslations {
            lang: code.to_string(),
            articles: of(MissingKind::Article),
            pages: of(MissingKind::Page),
            fields: of(MissingKind::Field),
        };
        out.push_str(&heading.text(lang));
        out.push('\n');
        for m in missing.iter().filter(|m| m.lang == code) {
            let file = m.file.clone();
            let line = match m.kind {
                MissingKind::Article => Say::MissingArticle { file },
                MissingKind::Page => Say::MissingPage { file },
                MissingKind::Field => Say::MissingField { file, field: m.field.clone() },
            };
            out.push_str(&line.text(lang));
            out.push('\n');
        }
    }
    out
}
