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

/// The pager of a paginated list. It links the first and last pages and
/// those near the current one, not every page: a list of a thousand pages
/// would otherwise carry a thousand links on each of them.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub pages: Vec<PageLink>,
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// A page number in the pager.
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub title: Txt,
    pub href: String,
    pub current: bool,
    /// Pages are left out between the one before and this one (an
    /// ellipsis goes before it).
    pub gap_before: bool,
}

impl PageLink {
    fn new(n: usize, current: usize, gap_before: bool, href: impl Fn(usize) -> String) -> PageLink {
        PageLink { title: Txt::plain(&n.to_string()), href: href(n), current: n == current, gap_before }
    }
}

/// How many page numbers the pager shows on each side of the current page.
const PAGER_REACH: usize = 2;

impl Pagination {
    /// The pager of page `page` of `count`, with `href` the link to a page.
    pub fn new(page: usize, count: usize, href: impl Fn(usize) -> String) -> Pagination {
        let near = page.saturating_sub(PAGER_REACH).max(1)..=(page + PAGER_REACH).min(count);
        let mut shown: Vec<usize> = std::iter::once(1).chain(near).chain(std::iter::once(count)).collect();
        shown.dedup();
        let mut pages: Vec<PageLink> = Vec::with_capacity(shown.len() + 2);
        let mut last = 0;
        for n in shown {
            // A gap of one page shows that page: an ellipsis would take as much room.
            if n == last + 2 {
                pages.push(PageLink::new(last + 1, page, false, &href));
            } else if n > last + 2 {
                pages.push(PageLink::new(n, page, true, &href));
                last = n;
                continue;
            }
            pages.push(PageLink::new(n, page, false, &href));
            last = n;
        }
        Pagination { pages, previous: (page > 1).then(|| href(page - 1)), next: (page < count).then(|| href(page + 1)) }
    }
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
                href: self.urls.relative(from, &self.urls.tag(lang, &t.slug, 1)),
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

#[cfg(test)]
mod tests {
    use super::Pagination;

    /// The pager as text: `[3]` the current page, `…` a gap.
    fn pager(page: usize, count: usize) -> String {
        let p = Pagination::new(page, count, |n| format!("p{n}"));
        for link in &p.pages {
            assert_eq!(link.href, format!("p{}", link.title.text), "each number links its own page");
        }
        assert_eq!(p.previous, (page > 1).then(|| format!("p{}", page - 1)));
        assert_eq!(p.next, (page < count).then(|| format!("p{}", page + 1)));
        let shown: Vec<String> = p
            .pages
            .iter()
            .map(|l| {
                let n = if l.current { format!("[{}]", l.title.text) } else { l.title.text.clone() };
                if l.gap_before { format!("… {n}") } else { n }
            })
            .collect();
        shown.join(" ")
    }

    #[test]
    fn the_pager_shows_the_ends_and_the_pages_near_the_current_one() {
        assert_eq!(pager(1, 1), "[1]");
        assert_eq!(pager(2, 3), "1 [2] 3");
        assert_eq!(pager(1, 7), "[1] 2 3 … 7");
        assert_eq!(pager(4, 7), "1 2 3 [4] 5 6 7");
        assert_eq!(pager(5, 10), "1 2 3 4 [5] 6 7 … 10");
        assert_eq!(pager(500, 1000), "1 … 498 499 [500] 501 502 … 1000");
        assert_eq!(pager(1000, 1000), "1 … 998 999 [1000]");
        // A gap of one page shows the page, not an ellipsis.
        assert_eq!(pager(5, 8), "1 2 3 4 [5] 6 7 8");
        assert_eq!(pager(6, 10), "1 … 4 5 [6] 7 8 9 10");
        assert_eq!(pager(6, 11), "1 … 4 5 [6] 7 8 … 11");
    }

    #[test]
    fn every_page_is_reachable_and_the_pager_stays_small() {
        for count in 1..60 {
            for page in 1..=count {
                let p = Pagination::new(page, count, |n| n.to_string());
                let numbers: Vec<usize> = p.pages.iter().map(|l| l.href.parse().unwrap()).collect();
                assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{page}/{count}: in order");
                assert_eq!((numbers[0], *numbers.last().unwrap()), (1, count), "{page}/{count}: both ends");
                assert!(numbers.contains(&page) && p.pages.iter().filter(|l| l.current).count() == 1);
                assert!(p.pages.len() <= 2 * super::PAGER_REACH + 5, "{page}/{count}: {} links", p.pages.len());
                for (l, w) in p.pages.iter().skip(1).zip(numbers.windows(2)) {
                    assert_eq!(l.gap_before, w[1] > w[0] + 1, "{page}/{count}: a gap is marked exactly");
                }
            }
        }
    }
}
