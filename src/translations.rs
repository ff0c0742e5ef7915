//! The translation report of `baocao check`: which articles, pages and
//! fields lack a translation, per language.

use crate::model::{Site, Translations};
use crate::text::LocalizedText;

/// One thing without a translation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Missing {
    pub lang: String,
    pub kind: Kind,
    pub file: String,
    /// The field path, for a field; empty for a whole article or page.
    pub field: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
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
                kind: Kind::Field,
                file: file.to_string(),
                field: field.clone(),
            });
        }
    };
    let c = &site.config;
    let site_file = "content/site.yaml";
    fields(site_file, "title".into(), Some(&c.title));
    fields(site_file, "description".into(), c.description.as_ref());
    fields(site_file, "organisation".into(), c.organisation.as_ref());
    fields(site_file, "contact.address".into(), c.contact.as_ref().and_then(|c| c.address.as_ref()));
    for p in &site.programs {
        let f = p.source.as_str();
        fields(f, "title".into(), Some(&p.title));
        fields(f, "summary".into(), Some(&p.summary));
        fields(f, "description".into(), p.description.as_ref());
        fields(f, "owner".into(), Some(&p.owner));
        for (i, ind) in p.indicators.iter().enumerate() {
            fields(f, format!("indicators[{i}].title"), Some(&ind.title));
            fields(f, format!("indicators[{i}].unit"), Some(&ind.unit));
            fields(f, format!("indicators[{i}].source"), ind.source.as_ref());
            fields(f, format!("indicators[{i}].note"), ind.note.as_ref());
        }
    }
    for (groups, kind) in [(&site.articles, Kind::Article), (&site.pages, Kind::Page)] {
        out.extend(documents(groups, kind, langs));
    }
    out.sort();
    out
}

fn documents<'a>(groups: &'a [Translations], kind: Kind, langs: &'a [String]) -> impl Iterator<Item = Missing> + 'a {
    groups.iter().flat_map(move |g| {
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
pub fn report(missing: &[Missing]) -> String {
    let mut out = String::new();
    let mut langs: Vec<&str> = missing.iter().map(|m| m.lang.as_str()).collect();
    langs.dedup();
    for lang in langs {
        let of = |k: Kind| missing.iter().filter(|m| m.lang == lang && m.kind == k).count();
        let count = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
        out.push_str(&format!(
            "Missing `{lang}` translations: {}, {}, {}\n",
            count(of(Kind::Article), "article"),
            count(of(Kind::Page), "page"),
            count(of(Kind::Field), "field")
        ));
        for m in missing.iter().filter(|m| m.lang == lang) {
            match m.kind {
                Kind::Article => out.push_str(&format!("  article  {}\n", m.file)),
                Kind::Page => out.push_str(&format!("  page     {}\n", m.file)),
                Kind::Field => out.push_str(&format!("  field    {}: {}\n", m.file, m.field)),
            }
        }
    }
    out
}
