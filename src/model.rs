//! The site as plain data, after validation: every invariant holds (ids
//! unique, target ≠ baseline, text NFC, slugs safe). No I/O, no template or
//! chart types here.

use crate::date::Date;
use crate::text::LocalizedText;
use std::collections::BTreeMap;

/// Everything a build needs, resolved and valid.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// Sorted by id.
    pub programs: Vec<Program>,
    /// Articles, one group per source name, sorted by name.
    /// Shared with the document cache of `serve` (patched in place there).
    pub articles: std::sync::Arc<Vec<Translations>>,
    /// Standalone pages, one group per source name, sorted by name.
    pub pages: std::sync::Arc<Vec<Translations>>,
    /// The day the figures are reported at; `None` only when the content
    /// holds no date at all.
    pub as_of: Option<AsOf>,
    /// Files of `content/static/`, by path under it (`logo.png`).
    pub statics: BTreeMap<String, crate::load::StaticFile>,
    /// Raster images of `content/static/` (by file name: `.jpg`, `.png`…),
    /// by their path under it, not read yet: the images stage reads those
    /// it needs.
    pub static_images: BTreeMap<String, crate::load::StaticImage>,
}

/// `content/site.yaml`, resolved.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: LocalizedText,
    pub description: Option<LocalizedText>,
    /// The first is the default language.
    pub languages: Vec<String>,
    /// Absolute, ending in `/`.
    pub base_url: Option<String>,
    pub organisation: Option<LocalizedText>,
    pub contact: Option<Contact>,
    pub currency: String,
    pub theme: String,
    /// URL section names per language.
    pub paths: BTreeMap<String, SectionPaths>,
    pub per_page: usize,
    pub thresholds: Thresholds,
    /// `markdown.unsafe_html`: raw HTML and link addresses pass unchecked.
    pub unsafe_html: bool,
    /// `as_of`: the day the figures are reported at, when site.yaml gives it.
    pub as_of: Option<Date>,
    /// `tags`: the vocabulary of topics, by id (a slug).
    pub tags: BTreeMap<String, TagDef>,
    /// `license`: what readers may do with the text and figures.
    pub license: crate::licence::Licence,
    /// `images`: how content images are processed.
    pub images: ImageSettings,
}

/// `images:` of site.yaml: the widths content images are resized to, the
/// JPEG quality, WebP twins of images with transparency, and a link to
/// each image at full size.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ImageSettings {
    /// Sorted, each once.
    pub widths: Vec<u32>,
    pub quality: u8,
    pub webp: bool,
    pub original: bool,
}

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings { widths: vec![360, 720, 1080], quality: 75, webp: true, original: false }
    }
}

/// A topic of the vocabulary: its name in each language.
#[derive(Debug, Clone)]
pub struct TagDef {
    pub label: LocalizedText,
    pub description: Option<LocalizedText>,
}

/// The day the figures are reported at, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsOf {
    pub date: Date,
    pub from: AsOfFrom,
}

/// Where the as-of date came from, first found first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOfFrom {
    /// `--as-of`.
    Flag,
    /// `as_of` in site.yaml.
    Site,
    /// The `SOURCE_DATE_EPOCH` environment variable.
    SourceDateEpoch,
    /// The latest date in the content (articles, pages, progress figures).
    Content,
}

impl AsOfFrom {
    /// Whoever set the date could have set it too early.
    pub fn is_given(self) -> bool {
        self != AsOfFrom::Content
    }
}

impl SiteConfig {
    pub fn default_lang(&self) -> &str {
        &self.languages[0]
    }

    pub fn paths(&self, lang: &str) -> &SectionPaths {
        &self.paths[lang]
    }
}

/// How to reach the publisher.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<LocalizedText>,
}

/// URL section names of one language: `bai-viet`, `chuong-trinh`, ...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionPaths {
    pub articles: String,
    pub programs: String,
    pub tags: String,
    /// The search page.
    pub search: String,
    /// Prefix of standalone pages; empty puts them at the language root.
    pub pages: String,
}

/// Status thresholds of SPEC section 6.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub on_track: f64,
    pub at_risk: f64,
    /// A latest figure older than this many months (before the as-of date,
    /// or the end of the target year if sooner) is stale; 0 never.
    pub stale_after_months: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { on_track: 0.9, at_risk: 0.6, stale_after_months: 12 }
    }
}

/// One public programme, from `content/programs/<id>.yaml`.
#[derive(Debug, Clone)]
pub struct Program {
    pub id: String,
    /// `content/programs/<id>.yaml`.
    pub source: String,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    /// Markdown.
    pub description: Option<LocalizedText>,
    /// The line of `description:` in the file, for diagnostics in it.
    pub description_line: usize,
    pub owner: LocalizedText,
    pub period: Period,
    pub sample_data: bool,
    pub tags: Vec<Tag>,
    pub budget: Option<Budget>,
    pub indicators: Vec<Indicator>,
}

/// Start and end years, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: i32,
    pub end: i32,
}

/// Money planned and disbursed.
#[derive(Debug, Clone)]
pub struct Budget {
    pub currency: String,
    /// Whole amounts, exact: figures citizens compare with official documents.
    pub planned: u64,
    /// Sorted by year.
    pub disbursed: Vec<Disbursement>,
}

/// The amount disbursed in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Disbursement {
    pub year: i32,
    pub amount: u64,
}

/// What a programme promises to change, and how far it has come.
#[derive(Debug, Clone, Default)]
pub struct Indicator {
    /// Unique in the programme; `[a-z0-9-]`.
    pub id: String,
    pub title: LocalizedText,
    pub unit: LocalizedText,
    pub baseline: f64,
    /// Never equal to `baseline`; below it for a falling indicator.
    pub target: f64,
    pub target_year: i32,
    /// Sorted by time.
    pub progress: Vec<ProgressPoint>,
    pub source: Option<LocalizedText>,
    pub note: Option<LocalizedText>,
    pub measure: Measure,
}

/// What an indicator's figures are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A running total (models built, workers trained): it only grows.
    #[default]
    Cumulative,
    /// A level at a time (a rate, an income): it may rise or fall.
    Level,
}

impl Measure {
    /// The word in content and open data.
    pub fn key(self) -> &'static str {
        match self {
            Measure::Cumulative => "cumulative",
            Measure::Level => "level",
        }
    }
}

/// A text field of the model: its name in the file, its text, whether it
/// is required.
pub type TextField<'a> = (&'static str, Option<&'a LocalizedText>, bool);

impl Program {
    /// Every human-readable field of the programme itself (not of its
    /// indicators), for the checks of languages and the translation report.
    pub fn texts(&self) -> [TextField<'_>; 4] {
        let Program {
            id: _,
            source: _,
            title,
            summary,
            description,
            description_line: _,
            owner,
            period: _,
            sample_data: _,
            tags: _,
            budget: _,
            indicators: _,
        } = self;
        [
            ("title", Some(title), true),
            ("summary", Some(summary), true),
            ("description", description.as_ref(), false),
            ("owner", Some(owner), true),
        ]
    }
}

impl Indicator {
    /// Every human-readable field of the indicator, for the checks of
    /// languages and the translation report.
    pub fn texts(&self) -> [TextField<'_>; 4] {
        let Indicator {
            id: _,
            title,
            unit,
            baseline: _,
            target: _,
            target_year: _,
            progress: _,
            source,
            note,
            measure: _,
        } = self;
        [
            ("title", Some(title), true),
            ("unit", Some(unit), true),
            ("source", source.as_ref(), false),
            ("note", note.as_ref(), false),
        ]
    }
}

/// The cumulative value reached at a time.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressPoint {
    pub year: i32,
    /// Set when the point was given as a date rather than a year.
    pub date: Option<Date>,
    pub value: f64,
}

impl ProgressPoint {
    /// The point's time in fractional years (`2019-06-30` ≈ 2019.5), for
    /// the share of time elapsed.
    pub fn time(&self) -> f64 {
        match &self.date {
            Some(d) => d.time(),
            None => self.year as f64,
        }
    }

    /// The day the figure stands for: its date, or the last day of its year.
    pub fn reported(&self) -> Date {
        match &self.date {
            Some(d) => d.day_only(),
            None => Date::end_of_year(self.year),
        }
    }
}

/// A topic: its slug for URLs (the vocabulary's id, when the vocabulary
/// has it) and the name as an author wrote it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tag {
    pub slug: String,
    pub name: String,
}

/// The versions of one article or page, by language.
#[derive(Debug, Clone)]
pub struct Translations {
    /// The source name: the file's path under `articles/` or `pages/`
    /// without the language suffix and `.md`.
    pub name: String,
    /// Shared with the document cache of `serve`: a rebuild copies none.
    /// Changed only through [`Translations::set`], which keeps `hashes` true.
    pub by_lang: BTreeMap<String, std::sync::Arc<Document>>,
    /// Made with the group ([`Translations::new`]): what the incremental
    /// engine compares of it, read without going to each version.
    hashes: GroupHashes,
}

/// Hashes of a group's versions, for an incremental run to compare.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GroupHashes {
    /// The name and each version's source text.
    pub sources: u64,
    /// The name and what lists show of each version ([`Document::card`]).
    pub cards: u64,
    /// The name and each version's language, slug and draft flag: where it is.
    pub addresses: u64,
}

impl Translations {
    pub fn new(name: String, by_lang: BTreeMap<String, std::sync::Arc<Document>>) -> Translations {
        let mut group = Translations { name, by_lang, hashes: GroupHashes::default() };
        group.hashes = group.hash();
        group
    }

    pub fn hashes(&self) -> GroupHashes {
        self.hashes
    }

    /// Puts `doc` in place of the version in `lang`.
    pub fn set(&mut self, lang: &str, doc: std::sync::Arc<Document>) {
        self.by_lang.insert(lang.to_string(), doc);
        self.hashes = self.hash();
    }

    fn hash(&self) -> GroupHashes {
        use std::hash::{DefaultHasher, Hash, Hasher};
        let (mut sources, mut cards, mut addresses) =
            (DefaultHasher::new(), DefaultHasher::new(), DefaultHasher::new());
        for h in [&mut sources, &mut cards, &mut addresses] {
            self.name.hash(h);
        }
        for (lang, d) in &self.by_lang {
            d.source_hash.hash(&mut sources);
            d.card.hash(&mut cards);
            (lang, &d.slug, d.draft).hash(&mut addresses);
        }
        GroupHashes { sources: sources.finish(), cards: cards.finish(), addresses: addresses.finish() }
    }
}

/// One Markdown file in one language.
#[derive(Debug, Clone)]
pub struct Document {
    /// `content/articles/<name>.<lang>.md`.
    pub source: String,
    pub lang: String,
    pub slug: String,
    pub title: String,
    pub date: Option<Date>,
    /// As written, else the plain text of the body's first paragraph.
    pub summary: String,
    pub programs: Vec<String>,
    pub tags: Vec<Tag>,
    pub draft: bool,
    /// Site path of an image under `static/`, with its alternative text.
    pub image: Option<(String, String)>,
    /// The line of `image:` in the file (0 without an image).
    pub image_line: usize,
    /// Position in the site navigation (pages only).
    pub menu: Option<i64>,
    /// `translations: none`: written in one language on purpose, so not
    /// reported as untranslated.
    pub one_language: bool,
    /// The file's whole text, shared with the load (not copied); the body
    /// is its part from `body_start` on: [`Document::body`].
    pub text: std::sync::Arc<str>,
    pub body_start: usize,
    /// Line of the file on which the body starts (1-based).
    pub body_line: usize,
    /// Whether the body can hold a Markdown image (it has a `![`).
    pub body_images: bool,
    /// The hash of the source's text, from the read cache of `serve` (else 0).
    pub source_hash: u64,
    /// A hash of what lists, neighbours and topics show of the document
    /// (all but the body): [`Document::card_hash`].
    pub card: u64,
}

impl Document {
    /// The Markdown after the front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The hash of what a list, a neighbour link or a topic shows of the
    /// document: what an incremental run compares, made once a document.
    pub fn card_hash(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        (&self.lang, &self.slug, &self.title, &self.date, &self.summary, &self.image, &self.programs).hash(&mut h);
        self.tags.iter().for_each(|t| (&t.slug, &t.name).hash(&mut h));
        self.draft.hash(&mut h);
        h.finish()
    }
}
