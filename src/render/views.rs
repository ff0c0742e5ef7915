//! What templates see: plain, serializable views built per page and
//! language, with every text already chosen for the language (and marked
//! with `lang` where it fell back), every number formatted and every link
//! relative to the page.

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

#[derive(Debug, Clone, Serialize)]
pub struct LangLink {
    pub lang: String,
    /// The language's own name: `Tiếng Việt`, `English`.
    pub name: String,
    pub href: String,
    pub current: bool,
    /// False when the page has no version in this language and the link
    /// leads to that language's home instead.
    pub translated: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub lang: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<Txt>,
}

/// What every page shows around its content.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    pub lang: String,
    /// `home`, `program`, `article`, ...
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    pub canonical: Option<String>,
    pub alternates: Vec<Alternate>,
    pub switcher: Vec<LangLink>,
    pub nav: Vec<Link>,
    pub breadcrumbs: Vec<Link>,
    pub site_title: Txt,
    pub site_description: Option<Txt>,
    pub organisation: Option<Txt>,
    pub contact: Option<ContactView>,
    pub home_href: String,
    pub stylesheet_href: String,
    pub feed_href: String,
    pub data_links: Vec<DataLink>,
}

/// A programme's open data, in the footer.
#[derive(Debug, Clone, Serialize)]
pub struct DataLink {
    pub title: Txt,
    pub files: Vec<DataFile>,
}

/// One open-data file of a programme.
#[derive(Debug, Clone, Serialize)]
pub struct DataFile {
    pub ext: &'static str,
    /// The format's name: `CSV`.
    pub name: &'static str,
    pub mime: &'static str,
    pub href: String,
    pub size: String,
    /// "CSV spreadsheet", in the page's language.
    pub label: String,
}

/// A topic in the topics index.
#[derive(Debug, Clone, Serialize)]
pub struct TagLink {
    pub name: String,
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

/// One address of the sitemap, with its translations.
#[derive(Debug, Clone, Serialize)]
pub struct SitemapUrl {
    pub loc: String,
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
    pub tags: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    pub key: &'static str,
    pub label: String,
    /// A shape that carries the status without colour.
    pub icon: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramView {
    pub id: String,
    pub href: String,
    pub title: Txt,
    pub summary: Txt,
    pub owner: Txt,
    pub period: String,
    pub sample_data: bool,
    /// Mean share of the way covered over indicators with data, 0–100, for bar widths.
    pub overall_width: String,
    pub overall_percent: String,
    /// The same as a share, 0 to 1.
    pub overall_share: f64,
    pub overall_status: StatusView,
    pub counts: Vec<StatusCount>,
    pub tags: Vec<Link>,
    pub budget: Option<BudgetView>,
    pub indicators: Vec<IndicatorView>,
    pub description_html: Option<String>,
    pub overview_chart: Option<ChartView>,
    pub budget_chart: Option<ChartView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusCount {
    pub status: StatusView,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetView {
    pub planned: String,
    pub planned_compact: String,
    pub disbursed: String,
    pub disbursed_compact: String,
    pub disbursed_percent: String,
    pub rows: Vec<BudgetRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    pub year: i32,
    pub amount: String,
    pub amount_compact: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub title: Txt,
    pub unit: Txt,
    pub baseline: String,
    pub target: String,
    pub target_year: i32,
    pub status: StatusView,
    pub percent: Option<String>,
    /// 0–100, for the bar width.
    pub width: String,
    /// "30 of 57 facilities by 2019 (53%)", in the page's language.
    pub sentence: String,
    pub rows: Vec<ProgressRow>,
    pub source: Option<Txt>,
    pub note: Option<Txt>,
    pub chart: Option<ChartView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgressRow {
    pub when: String,
    pub value: String,
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
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedEntry {
    pub title: String,
    pub href: String,
    pub id: String,
    pub updated: String,
    pub summary: String,
}

/// A chart inline in a page, and its standalone file.
#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    pub svg: String,
    pub href: String,
    pub size: String,
}
