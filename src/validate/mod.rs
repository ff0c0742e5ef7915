//! Raw, then resolved: reads programmes and Markdown front matter into
//! `Raw*` structs (serde), then checks every rule of the spec and builds the
//! [`Site`] model. Each problem becomes a [`Diagnostic`]; one run reports
//! them all.

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::load::{SourceFile, Sources};
use crate::messages::Message;
use crate::model::*;
use crate::text::{LocalizedText, slugify};
use crate::yaml::YamlError;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};

mod document;
mod program;

use document::Kind;
pub use document::split_front_matter;

/// The longest id, slug or tag, in bytes: each becomes a file or folder
/// name of the output (`<id>.<lang>.svg` included), and file systems stop
/// at 255.
pub const NAME_LIMIT: usize = 200;

/// Choices that change what the model holds.
#[derive(Debug, Clone, Default)]
pub struct ResolveOptions {
    /// Keep articles and pages marked `draft: true`.
    pub drafts: bool,
    /// `--as-of`.
    pub as_of: Option<Date>,
    /// `SOURCE_DATE_EPOCH`, as a day.
    pub source_date_epoch: Option<Date>,
}

/// Turns a YAML problem into a diagnostic; `line_offset` is the line of
/// the file on which the YAML starts, less one (front matter starts on 2).
pub fn yaml_diagnostic(path: &str, line_offset: usize, e: YamlError) -> Diagnostic {
    Diagnostic::new(path, e.line + line_offset, e.column, e.message).field(e.field).indicator(e.indicator)
}

/// Resolves everything loaded into a [`Site`]; `None` when there are errors.
pub fn resolve(
    sources: Sources,
    config: SiteConfig,
    options: ResolveOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Site> {
    resolve_cached(sources, config, options, diagnostics, None)
}

/// Documents (articles and pages) already resolved, by source path, for an
/// incremental run (`serve`): one is reused, with the diagnostics it gave,
/// when its text and everything its rules read are what they were.
#[derive(Debug, Default)]
pub struct DocCache {
    entries: std::collections::HashMap<std::sync::Arc<str>, DocEntry>,
    /// Counts the runs: an entry not used by the last one is dropped.
    run: u64,
    /// The last run's articles, then pages, as a whole: patched when only
    /// a few texts changed and nothing that pairs or names them did.
    lists: BTreeMap<&'static str, Listing>,
}

/// What [`Validator::documents`] made of one section's files.
#[derive(Debug)]
struct Listing {
    /// A hash of what it started from: the context, the drafts option, the
    /// unreadable files and the topics seen and used before.
    start: u64,
    /// Each file's path and text hash, in order.
    files: Vec<(std::sync::Arc<str>, u64)>,
    out: std::sync::Arc<Vec<Translations>>,
    /// Everything it said.
    diagnostics: Vec<Diagnostic>,
    /// The topics seen and used once it was done.
    unknown_after: BTreeSet<String>,
    used_after: BTreeSet<String>,
}

#[derive(Debug)]
struct DocEntry {
    key: u64,
    /// The last run that used it.
    run: u64,
    /// A hash of the unknown topics seen before it (part of the key).
    unknown_before: u64,
    doc: Option<std::sync::Arc<Document>>,
    diagnostics: Vec<Diagnostic>,
    /// Tags the vocabulary lacks, first seen (and warned about) in this document.
    unknown: Vec<String>,
    /// Every topic it uses.
    used: BTreeSet<String>,
}

/// A [`DocCache`] in use, with the hash of what every document's rules
/// read besides its own text (whose hash comes with the file).
pub struct DocMemo<'c> {
    pub cache: &'c mut DocCache,
    context: u64,
    /// The sections whose documents were looked up one by one (so that
    /// entries not looked up are gone); a section only patched keeps all.
    looked_up: BTreeSet<&'static str>,
}

impl<'c> DocMemo<'c> {
    pub fn new(cache: &'c mut DocCache) -> Self {
        cache.run += 1;
        DocMemo { cache, context: 0, looked_up: BTreeSet::new() }
    }
}

/// [`resolve`], reusing the documents of `memo` that have not changed.
pub fn resolve_cached(
    sources: Sources,
    config: SiteConfig,
    options: ResolveOptions,
    diagnostics: &mut Vec<Diagnostic>,
    mut memo: Option<DocMemo<'_>>,
) -> Option<Site> {
    let names: BTreeSet<std::sync::Arc<str>> =
        sources.articles.iter().chain(&sources.pages).map(|f| f.path.clone()).collect();
    if let Some(memo) = &mut memo {
        // What a document's rules read besides its text: the settings, the
        // other documents' names, the programmes and the static files.
        let programs: Vec<&str> = sources.programs.iter().map(|f| &*f.name).collect();
        let statics: Vec<&String> = sources.statics.keys().chain(sources.static_images.keys()).collect();
        memo.context = crate::hash_of((format!("{config:?}"), &names, programs, &sources.unread_programs, statics));
    }
    let given = [
        (options.as_of.clone(), AsOfFrom::Flag),
        (config.as_of.clone(), AsOfFrom::Site),
        (options.source_date_epoch.clone(), AsOfFrom::SourceDateEpoch),
    ]
    .into_iter()
    .find_map(|(date, from)| date.map(|date| AsOf { date, from }));
    let mut tag_names = BTreeMap::new();
    for (id, def) in &config.tags {
        for label in def.label.texts() {
            tag_names.insert(slugify(label), id.clone());
        }
    }
    for id in config.tags.keys() {
        tag_names.insert(id.clone(), id.clone());
    }
    let mut v = Validator {
        config: &config,
        diagnostics,
        indicator: None,
        names,
        as_of: given.clone(),
        tag_names,
        unknown_tags: BTreeSet::new(),
        used_tags: BTreeSet::new(),
        memo,
    };
    let programs: Vec<Program> = sources.programs.iter().filter_map(|f| v.program(f)).collect();
    // Every programme file counts, even one with errors (reported on its own):
    // links to it are not errors too.
    let program_ids: BTreeSet<&str> = sources
        .programs
        .iter()
        .map(|f| f.name.trim_end_matches(".yaml"))
        .chain(sources.unread_programs.iter().map(String::as_str))
        .collect();
    let articles = v.documents(&sources.articles, Kind::Article, &program_ids, &sources, options.clone());
    let pages = v.documents(&sources.pages, Kind::Page, &program_ids, &sources, options);
    v.check_page_slugs(&pages);
    if config.tags.is_empty() && !v.used_tags.is_empty() {
        let message = Message::NoTagVocabulary { count: v.used_tags.len() };
        v.diagnostics.push(Diagnostic::new("content/site.yaml", 1, 1, message).field("tags"));
    }
    if let Some(memo) = v.memo.take() {
        let run = memo.cache.run;
        let looked_up = memo.looked_up;
        memo.cache.entries.retain(|path, e| e.run == run || !looked_up.iter().any(|f| path.starts_with(f)));
    }
    if v.diagnostics.iter().any(Diagnostic::is_error) {
        return None;
    }
    let as_of =
        given.or_else(|| latest_date(&programs, &articles, &pages).map(|date| AsOf { date, from: AsOfFrom::Content }));
    Some(Site {
        config,
        programs,
        articles,
        pages,
        statics: sources.statics,
        static_images: sources.static_images,
        as_of,
    })
}

/// The latest day in the content: of an article or a page, or that a
/// progress figure stands for (the last day of its year for a yearly one).
fn latest_date(programs: &[Program], articles: &[Translations], pages: &[Translations]) -> Option<Date> {
    let figures = programs.iter().flat_map(|p| &p.indicators).flat_map(|i| &i.progress).map(ProgressPoint::reported);
    let documents = articles.iter().chain(pages).flat_map(|g| g.by_lang.values()).filter_map(|d| d.date.as_ref());
    figures.chain(documents.map(Date::day_only)).max()
}

struct Validator<'a> {
    config: &'a SiteConfig,
    diagnostics: &'a mut Vec<Diagnostic>,
    /// The id of the indicator being validated, to name it in messages.
    indicator: Option<String>,
    /// Every article and page file (`content/articles/x.vi.md`), to tell a
    /// misnamed translation from a name that happens to end in `-en`.
    names: BTreeSet<std::sync::Arc<str>>,
    /// The as-of date when someone set it, for figures later than it.
    as_of: Option<AsOf>,
    /// The vocabulary's ids and the slugs of its names → the id.
    tag_names: BTreeMap<String, String>,
    /// Tags not in the vocabulary, already warned about.
    unknown_tags: BTreeSet<String>,
    /// Every topic used.
    used_tags: BTreeSet<String>,
    /// Documents resolved before (`serve`).
    memo: Option<DocMemo<'a>>,
}

/// Where a value sits: a file and a line and column in it.
#[derive(Clone, Copy)]
struct At<'p> {
    path: &'p str,
    line: usize,
    column: usize,
}

impl<'p> At<'p> {
    fn of<T>(path: &'p str, spanned: &Spanned<T>, line_offset: usize) -> Self {
        At {
            path,
            line: spanned.referenced.line() as usize + line_offset,
            column: spanned.referenced.column() as usize,
        }
    }
}

impl Validator<'_> {
    /// Reports `message` at a field; an error or a warning by its kind.
    fn report(&mut self, at: At, field: &str, message: Message) {
        let indicator = self.indicator.clone().filter(|_| field.starts_with("indicators["));
        self.diagnostics.push(Diagnostic::new(at.path, at.line, at.column, message).field(field).indicator(indicator));
    }

    /// Checks a text's languages: unknown ones are errors, missing or blank
    /// ones warnings (they fall back); `required` text must not be blank.
    fn text(&mut self, at: At, field: &str, text: &LocalizedText, required: bool) {
        if required && text.is_empty() {
            let name = field.rsplit('.').next().unwrap_or(field).to_string();
            self.report(at, field, Message::TextEmpty { field: field.to_string(), name });
            return;
        }
        let LocalizedText::ByLang(map) = text else {
            return;
        };
        for lang in map.keys() {
            if !self.config.languages.contains(lang) {
                let languages = self.config.languages.clone();
                self.report(
                    at,
                    &format!("{field}.{lang}"),
                    Message::TextUnknownLanguage { lang: lang.clone(), languages },
                );
            }
        }
        let default = self.config.default_lang().to_string();
        let missing = text.missing(&self.config.languages);
        if missing.contains(&default.as_str()) {
            self.report(at, field, Message::NoDefaultText { default: default.clone() });
        }
        for lang in missing.into_iter().filter(|l| *l != default) {
            let message = Message::MissingTranslation {
                lang: lang.to_string(),
                default: default.clone(),
                field: field.to_string(),
            };
            self.report(at, field, message);
        }
    }

    /// Years of programmes are years of our era: a typo (20190630, 218) is an error.
    fn year(&mut self, at: At, field: &str, year: i32) {
        if !(1900..=2200).contains(&year) {
            self.report(at, field, Message::NotAYear { year });
        }
    }

    /// A figure as written (`number::read`), or the reason it is not one.
    fn figure(&mut self, at: At, field: &str, written: &crate::yaml::Written) -> Option<f64> {
        crate::number::read(&written.0).map_err(|p| self.number_problem(at, field, &written.0, p)).ok()
    }

    /// An amount of money as written (`number::read_amount`), exact.
    fn amount(&mut self, at: At, field: &str, written: &crate::yaml::Written) -> Option<u64> {
        crate::number::read_amount(&written.0).map_err(|p| self.number_problem(at, field, &written.0, p)).ok()
    }

    fn number_problem(&mut self, at: At, field: &str, written: &str, problem: crate::number::Problem) {
        use crate::number::Problem;
        let written = written.trim().to_string();
        let message = match problem {
            Problem::Empty => Message::EmptyNumber,
            Problem::Groups { plain, decimal } => Message::NumberGroups { written, plain, decimal },
            Problem::Scaled { plain } => Message::ScaleWord { written, plain },
            Problem::DecimalComma { point } => Message::DecimalComma { written, point },
            Problem::Percent { number } => Message::PercentInNumber { written, number },
            Problem::Unit { number, unit } => Message::UnitInNumber { written, number, unit },
            Problem::NotFinite => Message::NumberNotFinite { written },
            Problem::TooLarge => Message::NumberTooLarge { written },
            Problem::NotWhole => Message::AmountNotWhole { written },
            Problem::Negative => Message::AmountNegative { written },
            Problem::NotANumber => Message::ExpectedNumber { found: Some(written) },
        };
        self.report(at, field, message);
    }

    /// Whether an error was reported after the first `said` diagnostics
    /// (counting all of them for each document would be quadratic).
    fn errors_since(&self, said: usize) -> bool {
        self.diagnostics[said..].iter().any(Diagnostic::is_error)
    }

    /// Tags as written, matched to the vocabulary by id or by any of its
    /// names after slugification (`Chè`, `che` and `Tea` are one topic);
    /// one the vocabulary lacks is kept as written, with a warning the first
    /// time it is seen.
    fn tags(&mut self, at: At, names: Vec<String>) -> Vec<Tag> {
        let mut tags: Vec<Tag> = Vec::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for name in names {
            let written = slugify(&name);
            if written.is_empty() {
                self.report(at, "tags", Message::TagWithoutLetters { tag: name });
                continue;
            }
            let slug = match self.tag_names.get(&written) {
                Some(id) => id.clone(),
                None => {
                    if !self.config.tags.is_empty() && self.unknown_tags.insert(written.clone()) {
                        let ids = self.config.tags.keys().map(String::as_str);
                        let suggestion = crate::diagnostic::nearest(&written, ids).map(String::from);
                        self.report(at, "tags", Message::UnknownTag { tag: name.trim().to_string(), suggestion });
                    }
                    written
                }
            };
            if seen.insert(slug.clone()) {
                self.name_length(at, "tags", &slug);
                self.used_tags.insert(slug.clone());
                tags.push(Tag { slug, name: name.trim().to_string() });
            }
        }
        tags
    }

    /// A name of the output (slug, id, tag) must fit a file name.
    fn name_length(&mut self, at: At, field: &str, name: &str) {
        if name.len() > NAME_LIMIT {
            let shown: String = name.chars().take(40).collect::<String>() + "…";
            self.report(at, field, Message::NameTooLong { name: shown, bytes: name.len() });
        }
    }
}

/// The keys of each `Raw*` struct of programmes and front matter, for the
/// catalogue's drift test (`fields::tests`).
#[cfg(test)]
pub(crate) fn raw_fields() -> Vec<(&'static str, Vec<String>)> {
    let mut all = program::raw_fields();
    all.extend(document::raw_fields());
    all
}

/// `[a-z0-9-]+`.
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
