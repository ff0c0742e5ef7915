//! What other sites read from a page: Open Graph and Twitter card tags (a
//! link pasted into Zalo or Facebook shows a preview), schema.org `Dataset`
//! JSON-LD on programme pages (dataset search engines list the figures),
//! and the `lastmod` of each page in the sitemap, from content dates.

use super::*;
use crate::date::Date;
use crate::model::ProgressPoint;
use serde::Serialize;
use serde_json::json;

/// One `<meta property="…" content="…">` of the page's head.
#[derive(Debug, Clone, Serialize)]
pub struct MetaTag {
    /// `property` for Open Graph, `name` for Twitter.
    pub attr: &'static str,
    pub key: &'static str,
    pub content: String,
}

impl<'a> Renderer<'a> {
    /// The Open Graph and Twitter tags of a page. Addresses are absolute,
    /// as those readers need, so the URL and image tags need `base_url`.
    pub(super) fn meta_tags(
        &self,
        lang: &str,
        key: &PageKey,
        path: &str,
        title: &str,
        description: &str,
    ) -> Vec<MetaTag> {
        let site = self.site;
        let u = self.urls;
        let og = |key: &'static str, content: String| MetaTag { attr: "property", key, content };
        let kind = if matches!(key, PageKey::Article(_)) { "article" } else { "website" };
        let mut tags = vec![
            og("og:type", kind.into()),
            og("og:title", title.into()),
            og("og:description", description.into()),
            og("og:site_name", self.text(&site.config.title, lang).text),
            og("og:locale", self.locale(lang).og_locale()),
        ];
        for other in site.config.languages.iter().filter(|l| *l != lang) {
            if self.path_of(key, other).is_some() {
                tags.push(og("og:locale:alternate", self.locale(other).og_locale()));
            }
        }
        if let Some(url) = u.absolute(path) {
            tags.push(og("og:url", url));
        }
        let image = self.share_image(lang, key).and_then(|(src, alt)| Some((u.absolute(&src)?, alt)));
        let card = if image.is_some() { "summary_large_image" } else { "summary" };
        if let Some((src, alt)) = image {
            tags.push(og("og:image", src));
            tags.push(og("og:image:alt", alt));
        }
        tags.push(MetaTag { attr: "name", key: "twitter:card", content: card.into() });
        tags
    }

    /// The widest size of a processed image that its page offers (not the
    /// full size: a shared card does not need it).
    fn shared_image(&self, src: &str) -> Option<String> {
        let name = src.strip_prefix("static/")?;
        let processed = self.images.processed.get(name)?;
        let max = self.images.settings.widths.iter().copied().max()?;
        let variant = processed.variants.iter().filter(|v| v.ext != "webp").rev().find(|v| v.width <= max)?;
        Some(super::images::variant_path(name, variant))
    }

    /// The picture of a shared link: a programme's overview chart, an
    /// article's image, else the home page's chart of every programme.
    fn share_image(&self, lang: &str, key: &PageKey) -> Option<(String, String)> {
        match key {
            PageKey::Program(id) => {
                let (i, _) = self.program(id)?;
                (!self.site.programs[i].indicators.is_empty())
                    .then(|| (format!("charts/{id}/_overview.{lang}.png"), self.t(lang, "chart.overview_title")))
            }
            PageKey::Article(name) => {
                let group = by_name(&self.site.articles, name)?;
                let doc = group.by_lang.get(lang)?;
                // A processed image is shared at its largest size in the page.
                doc.image.as_ref().map(|(src, alt)| {
                    let shared = self.shared_image(src).unwrap_or_else(|| src.clone());
                    (markdown::encode_path(shared.trim_start_matches('/')), alt.clone())
                })
            }
            _ => (!self.site.programs.is_empty())
                .then(|| (format!("charts/_programs.{lang}.png"), self.t(lang, "chart.programs_title"))),
        }
    }

    /// schema.org `Dataset` of a programme page, as JSON-LD (markup
    /// characters escaped, so the script element cannot be closed early).
    pub(super) fn dataset_json_ld(&self, lang: &str, index: usize, path: &str) -> String {
        let site = self.site;
        let program = &site.programs[index];
        let u = self.urls;
        let link = |to: &str| u.absolute(to).unwrap_or_else(|| u.relative(path, to));
        let mut distribution = Vec::new();
        for (format, size) in data::FORMATS.iter().zip(&self.data_sizes[index]) {
            if size.is_some() {
                distribution.push(json!({
                    "@type": "DataDownload",
                    "encodingFormat": format.mime,
                    "contentUrl": link(&u.data(&program.id, format.ext)),
                }));
            }
        }
        let mut dataset = json!({
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": self.text(&program.title, lang).text,
            "description": self.text(&program.summary, lang).text,
            "url": link(path),
            "inLanguage": lang,
            "license": site.config.license.url,
            "isAccessibleForFree": true,
            "creator": { "@type": "GovernmentOrganization", "name": self.text(&program.owner, lang).text },
            "temporalCoverage": format!("{}/{}", program.period.start, program.period.end),
            "keywords": self.tag_links(&program.tags, lang, path).into_iter().map(|l| l.title.text).collect::<Vec<_>>(),
            "variableMeasured": program.indicators.iter().map(|i| self.text(&i.title, lang).text).collect::<Vec<_>>(),
            "distribution": distribution,
        });
        if let Some(org) = &site.config.organisation {
            dataset["publisher"] = json!({ "@type": "GovernmentOrganization", "name": self.text(org, lang).text });
        }
        if let Some(a) = &site.as_of {
            dataset["dateModified"] = json!(a.date.iso());
        }
        let text = serde_json::to_string(&dataset).expect("JSON serializes");
        text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
    }

    /// When a page last changed, from the dates of what it shows: an
    /// article's date; a programme's latest figure (or the as-of date);
    /// for lists, the newest article they list.
    pub(super) fn lastmod(&self, key: &PageKey, lang: &str) -> Option<Date> {
        let newest = || {
            let listed = self.summary.langs[lang].articles.first()?;
            self.site.articles[listed.group].by_lang[&listed.doc_lang].date.as_ref().map(Date::day_only)
        };
        let as_of = self.site.as_of.as_ref().map(|a| a.date.clone());
        match key {
            PageKey::Article(name) => {
                let group = by_name(&self.site.articles, name)?;
                group.by_lang.get(lang)?.date.as_ref().map(Date::day_only)
            }
            PageKey::Page(name) => {
                let group = by_name(&self.site.pages, name)?;
                group.by_lang.get(lang)?.date.as_ref().map(Date::day_only)
            }
            PageKey::Program(id) => {
                let (_, p) = self.program(id)?;
                let latest = p.indicators.iter().flat_map(|i| &i.progress).map(ProgressPoint::reported).max();
                latest.map(|d| as_of.as_ref().map_or(d.clone(), |a| d.min(a.clone()))).or(as_of)
            }
            PageKey::Home | PageKey::Programs | PageKey::Search => newest().max(as_of),
            // The newest article it lists.
            PageKey::Tag(slug, n) => {
                let summary = &self.summary.langs[lang];
                let first = summary.tags.get(slug)?.articles.get((n - 1) * self.site.config.per_page)?;
                let listed = &summary.articles[*first];
                self.site.articles[listed.group].by_lang[&listed.doc_lang].date.as_ref().map(Date::day_only)
            }
            PageKey::ArticleList(_) | PageKey::Tags => newest(),
        }
    }
}

/// An article or page group by its source name (groups are sorted by name):
/// a binary search, as every page asks for its own.
fn by_name<'s>(groups: &'s [crate::model::Translations], name: &str) -> Option<&'s crate::model::Translations> {
    groups.binary_search_by(|g| g.name.as_str().cmp(name)).ok().map(|i| &groups[i])
}
