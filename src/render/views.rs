//! What templates see: plain, serializable views built per page and
//! language, with every text already chosen for the language (and marked
//! with `lang` where it fell back), every number formatted and every link
//! relative to the page.

use super::Renderer;
use crate::model::Tag;
use crate::summary::Listed;
use serde::Serialize;

/// A text in a page's language: `text` for attributes and `<title>`,
/// `html` (escaped; wrapped in `<span lang>` when it is a fallback) for the body.
#[derive(Debug, Clone, Serialize)]
pub struct Txt {
    pub text: String,
    pub html: String,
    /// The language of the text when it is not the page's.
    pub lang: Option<String>,
}

impl Txt {
    pub fn new(text: &str, fallback_lang: Option<&str>) -> Txt {
        let escaped = escape(text);
        let html = match fallback_lang {
            Some(l) => format!("<span lang=\"{}\">{escaped}</span>", escape(l)),
            None => escaped,
        };
        Txt { text: text.to_string(), html, lang: fallback_lang.map(str::to_string) }
    }

    pub fn plain(text: &str) -> Txt {
        Txt::new(text, None)
    }
}

/// Escapes text for HTML and XML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub title: Txt,
    pub href: String,
    pub current: bool,
}

/// A topic in the topics index.
#[derive(Debug, Clone, Serialize)]
pub struct TagLink {
    pub name: Txt,
    pub href: String,
    pub count: usize,
}

/// The 404 page's part in one language.
#[derive(Debug, Clone, Serialize)]
pub struct NotFoundVersion {
    pub lang: String,
    /// That language's interface strings.
    pub t: serde_json::Value,
    pub home_href: String,
    pub site_title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub lang: String,
    pub href: String,
}

/// One address of the sitemap, with its translations.
#[derive(Debug, Clone, Serialize)]
pub struct SitemapUrl {
    pub loc: String,
    /// `2020-12-31`, when the page's content has a date.
    pub lastmod: Option<String>,
    pub alternates: Vec<Alternate>,
}

/// An article or page in a list.
#[derive(Debug, Clone, Serialize)]
pub struct EntryView {
    pub title: Txt,
    pub href: String,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub summary: Txt,
    /// The entry is the default language's version, shown for lack of a translation.
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub pages: Vec<Link>,
    pub previous: Option<String>,
    pub next: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub title: Txt,
    pub date: Option<String>,
    pub date_long: Option<String>,
    pub date_iso: Option<String>,
    pub tags: Vec<Link>,
    pub programs: Vec<Link>,
    pub body_html: String,
    pub image: Option<Image>,
    pub previous: Option<Link>,
    pub next: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Image {
    pub src: String,
    pub alt: String,
    /// Its whole markup: the processed sizes (`srcset`), width and height.
    pub html: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedEntry {
    pub title: String,
    pub href: String,
    pub id: String,
    pub updated: String,
    pub summary: String,
}

/// A chart inline in a page, and its standalone files.
#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    /// The inline SVG (no caption: the page gives its heading).
    pub svg: String,
    /// The standalone SVG, with its caption, and its size in words.
    pub href: String,
    pub size: String,
    /// The standalone chart as a PNG at twice its size.
    pub png_href: String,
    pub png_size: String,
}

impl Renderer<'_> {
    pub(super) fn tag_links(&self, tags: &[Tag], lang: &str, from: &str) -> Vec<Link> {
        let index = &self.summary.langs[lang].tags;
        tags.iter()
            .map(|t| Link {
                title: index
                    .get(&t.slug)
                    .map_or_else(|| Txt::plain(&t.name), |e| Txt::new(&e.name, e.name_lang.as_deref())),
                href: self.urls.relative(from, &self.urls.tag(lang, &t.slug)),
                current: false,
            })
            .collect()
    }

    pub(super) fn entry_view(&self, e: &Listed, lang: &str, from: &str) -> EntryView {
        let (_, doc) = self.listed(e);
        let loc = self.locale(lang);
        let doc_lang = doc.lang.as_str();
        let fallback = e.fallback.then_some(doc_lang);
        EntryView {
            title: Txt::new(&doc.title, fallback),
            href: self.urls.relative(from, &self.urls.article(doc_lang, &doc.slug)),
            date: doc.date.as_ref().map(|d| loc.date_short(d)),
            date_iso: doc.date.as_ref().map(|d| d.iso()),
            summary: Txt::new(&doc.summary, fallback),
            fallback: e.fallback,
        }
    }
}
