//! What each output job reads, as one hash: the incremental render
//! (`serve`) renders again only the jobs whose hash changed since the last
//! good render, and reuses what the others made.
//!
//! A job's hash joins the site-wide part every page shares (the settings,
//! the theme, the frame's navigation and footer, every address a link can
//! resolve to) with the sources of the documents and programmes the job
//! shows. Sources are known by the hash of their text (`load::ReadCache`),
//! so nothing here reads a body. What a job shows comes from the summary:
//! an article's group and its neighbours, a list's entries, a topic's
//! members. A change that moves an address (a slug, a new or removed
//! document, a renamed topic) changes the site-wide part, and so every job.
//!
//! The test in `tests/incremental.rs` holds this to the full render: random
//! edits, each followed by an incremental render, compared byte for byte.

use super::*;
use crate::hash_of;
use std::hash::{DefaultHasher, Hash, Hasher};

/// What an incremental render starts from.
#[derive(Debug, Clone)]
pub struct Incremental {
    /// The jobs of the last good render.
    pub previous: std::sync::Arc<JobCache>,
    /// A hash of each source file's text, by path from the site root.
    pub sources: std::sync::Arc<BTreeMap<String, u64>>,
    /// Charts' PNGs by a hash of their SVG, from earlier renders.
    pub pngs: std::sync::Arc<PngCache>,
    /// Each document's words for the search index, from earlier renders.
    pub search: std::sync::Arc<SearchCache>,
}

/// Documents' entries and words for the search index, by a hash of the
/// document's source and labels and of the render's settings: an edit
/// makes the entry and words of that document alone again. And each
/// language's merged index, patched by the next render.
#[derive(Debug, Default)]
pub struct SearchCache {
    entries: std::sync::Mutex<std::collections::HashMap<u64, Indexed>>,
    merged: std::sync::Mutex<BTreeMap<String, crate::search::index::Merged>>,
    documents: std::sync::Mutex<BTreeMap<String, super::search::LastDocuments>>,
}

use crate::search::index::{Entry, Words};
use std::sync::Arc;

/// A document's search entry (without its body) and its words.
type Indexed = (Arc<Entry>, Arc<Words>);

impl SearchCache {
    /// At most this many are kept; past that the cache starts again.
    const MOST: usize = 200_000;

    pub(super) fn get(&self, key: u64) -> Option<(Arc<Entry>, Arc<Words>)> {
        self.entries.lock().expect("never poisoned").get(&key).cloned()
    }

    pub(super) fn put(&self, key: u64, entry: Arc<Entry>, words: Arc<Words>) {
        let mut cache = self.entries.lock().expect("never poisoned");
        if cache.len() >= Self::MOST {
            cache.clear();
        }
        cache.insert(key, (entry, words));
    }

    /// The merged index of `lang`'s last render, taken out (a render puts
    /// it back when done; a failed one leaves the next to start again).
    pub(super) fn take_merged(&self, lang: &str) -> crate::search::index::Merged {
        self.merged.lock().expect("never poisoned").remove(lang).unwrap_or_default()
    }

    pub(super) fn take_documents(&self, lang: &str) -> Option<super::search::LastDocuments> {
        self.documents.lock().expect("never poisoned").remove(lang)
    }

    pub(super) fn put_documents(&self, lang: &str, documents: super::search::LastDocuments) {
        self.documents.lock().expect("never poisoned").insert(lang.to_string(), documents);
    }

    pub(super) fn put_merged(&self, lang: &str, merged: crate::search::index::Merged) {
        self.merged.lock().expect("never poisoned").insert(lang.to_string(), merged);
    }
}

/// PNGs already rasterized, by a hash of their SVG: a programme edit
/// rasterizes again only the charts it changed.
#[derive(Debug, Default)]
pub struct PngCache(std::sync::Mutex<std::collections::HashMap<u64, std::sync::Arc<Vec<u8>>>>);

impl PngCache {
    /// At most this many are kept; past that the cache starts again.
    const MOST: usize = 4096;

    pub(super) fn get_or_make(
        &self,
        svg: &str,
        make: impl FnOnce() -> Result<Vec<u8>, String>,
    ) -> Result<Vec<u8>, String> {
        let key = hash_of(svg);
        if let Some(png) = self.0.lock().expect("never poisoned").get(&key) {
            return Ok(png.to_vec());
        }
        let png = make()?;
        let mut pngs = self.0.lock().expect("never poisoned");
        if pngs.len() >= Self::MOST {
            pngs.clear();
        }
        pngs.insert(key, std::sync::Arc::new(png.clone()));
        Ok(png)
    }
}

/// What each job of a render made, by job: enough to skip the job when its
/// inputs have not changed, as if it had run.
#[derive(Debug, Default)]
pub struct JobCache {
    /// By [`Job::id`].
    pub(super) jobs: crate::FxMap<u64, std::sync::Arc<Made>>,
}

impl JobCache {
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }
}

/// A job's inputs and what came of them, but the bytes (the sink has those).
#[derive(Debug, Clone)]
pub(super) struct Made {
    pub fingerprint: u64,
    pub files: Vec<(String, u64)>,
    pub links: Vec<PendingLink>,
    pub diagnostics: Vec<Diagnostic>,
    pub internal: Vec<String>,
}

/// The hashes a render's jobs are told apart by.
pub(super) struct Fingerprints<'a> {
    /// Where each article group and page group is, by name.
    article_at: crate::FxMap<&'a str, usize>,
    page_at: crate::FxMap<&'a str, usize>,
    /// What every job reads.
    pub(super) site: u64,
    /// Per article group, then page group: its versions' sources.
    articles: Vec<u64>,
    /// Per article group: what lists and neighbours show of its versions
    /// (not the body).
    cards: Vec<u64>,
    pages: Vec<u64>,
    programs: Vec<u64>,
}

impl<'a> Fingerprints<'a> {
    pub(super) fn new(r: &Renderer<'a>, theme: &Theme, offline: bool, sources: &BTreeMap<String, u64>) -> Self {
        let site = r.site;
        let source = |path: &str| sources.get(path).copied().unwrap_or(0);
        // Each group carries the hashes of its versions' sources, cards and
        // addresses (made with it): this reads no document.
        let articles: Vec<u64> = site.articles.iter().map(|g| g.hashes().sources).collect();
        let cards: Vec<u64> = site.articles.iter().map(|g| g.hashes().cards).collect();
        let pages: Vec<u64> = site.pages.iter().map(|g| g.hashes().sources).collect();
        let programs: Vec<u64> = site.programs.iter().map(|p| source(&p.source)).collect();
        let mut h = DefaultHasher::new();
        // The settings (site.yaml has no text of its own beyond them), the
        // theme and the choices of the run.
        format!("{:?}", site.config).hash(&mut h);
        format!("{:?}", site.as_of).hash(&mut h);
        theme.fingerprint().hash(&mut h);
        offline.hash(&mut h);
        // Every address a link or the frame can lead to, and what the frame
        // shows of other documents (the menu's pages, the programmes' data).
        for (kind, groups) in [("a", &site.articles), ("p", &site.pages)] {
            kind.hash(&mut h);
            groups.iter().for_each(|g| g.hashes().addresses.hash(&mut h));
        }
        for (g, hash) in site.pages.iter().zip(&pages) {
            if g.by_lang.values().any(|d| d.menu.is_some()) {
                hash.hash(&mut h);
            }
        }
        // The footer names each programme's data files (which it has), not their sizes.
        for (p, sizes) in site.programs.iter().zip(&r.data_sizes) {
            (&p.id, format!("{:?}", p.title), sizes.iter().map(Option::is_some).collect::<Vec<_>>()).hash(&mut h);
            p.indicators.iter().map(|i| &i.id).for_each(|id| id.hash(&mut h));
        }
        site.statics.keys().for_each(|k| k.hash(&mut h));
        // A photo replaced under the same name changes the sizes and
        // addresses of its processed versions on every page showing it.
        site.static_images.iter().for_each(|(k, i)| (k, i.len, i.modified).hash(&mut h));
        for (lang, summary) in &r.summary.langs {
            lang.hash(&mut h);
            // A topic's page count too: a page of it in another language
            // links this language's page of the same number, if there is one.
            for (slug, tag) in &summary.tags {
                (slug, &tag.name, &tag.name_lang, &tag.description).hash(&mut h);
                tag.page_count(site.config.per_page).hash(&mut h);
            }
            summary.page_count(site.config.per_page).hash(&mut h);
        }
        let at = |groups: &'a [Translations]| groups.iter().enumerate().map(|(i, g)| (g.name.as_str(), i)).collect();
        Fingerprints {
            article_at: at(&site.articles),
            page_at: at(&site.pages),
            site: h.finish(),
            articles,
            cards,
            pages,
            programs,
        }
    }

    /// The hash of what `job` reads; `id` is the job's [`Job::id`].
    pub(super) fn of(&self, r: &Renderer, job: &Job, id: u64) -> u64 {
        let mut h = DefaultHasher::new();
        (self.site, id).hash(&mut h);
        let listed = |h: &mut DefaultHasher, e: &Listed| (self.cards[e.group], &e.doc_lang, e.fallback).hash(h);
        let all_programs = |h: &mut DefaultHasher| self.programs.hash(h);
        match job {
            Job::NotFound => "404".hash(&mut h),
            Job::Sitemap => {
                ("sitemap", &self.cards, &self.pages).hash(&mut h);
                // Of a programme, the sitemap shows only when its page last
                // changed (its latest figure): a figure edited in place
                // does not make the sitemap of every page again.
                for p in &r.site.programs {
                    let key = PageKey::Program(p.id.clone());
                    r.site.config.languages.iter().for_each(|l| r.lastmod(&key, l).hash(&mut h));
                }
            }
            Job::Feed(lang) => {
                ("feed", lang).hash(&mut h);
                // Its entries: the list's first twenty in the feed's own language.
                let mut own = 0;
                for e in &r.summary.langs[*lang].articles {
                    if own == FEED_ENTRIES {
                        break;
                    }
                    listed(&mut h, e);
                    own += usize::from(!e.fallback);
                }
            }
            Job::Page(lang, key) => {
                let summary = &r.summary.langs[*lang];
                // Not only the id (a 64-bit hash of these): jobs whose ids
                // collide still differ here.
                (lang, key).hash(&mut h);
                match key {
                    PageKey::Home => {
                        all_programs(&mut h);
                        summary.articles.iter().take(r.site.config.per_page.min(5)).for_each(|e| listed(&mut h, e));
                    }
                    PageKey::Programs => all_programs(&mut h),
                    PageKey::Program(id) => {
                        if let Some((i, _)) = r.program(id) {
                            self.programs[i].hash(&mut h);
                            // Its topics' labels are the site's; its articles:
                            summary.related[i].iter().for_each(|&a| listed(&mut h, &summary.articles[a]));
                        }
                    }
                    PageKey::ArticleList(page) => {
                        let per = r.site.config.per_page;
                        summary.articles.iter().skip((page - 1) * per).take(per).for_each(|e| listed(&mut h, e));
                    }
                    PageKey::Article(name) => {
                        if let Some(&i) = self.article_at.get(name.as_str()) {
                            self.articles[i].hash(&mut h);
                            let (older, newer) = summary.neighbours.get(i).copied().unwrap_or_default();
                            for g in [older, newer].into_iter().flatten() {
                                self.cards[g].hash(&mut h);
                            }
                            // The programmes it belongs to: their titles are in the site part.
                        }
                    }
                    PageKey::Page(name) => {
                        if let Some(&i) = self.page_at.get(name.as_str()) {
                            self.pages[i].hash(&mut h);
                        }
                    }
                    // Its index holds the whole text of every document in
                    // its language (and no other: an edit in one language
                    // leaves the other's search as it was).
                    PageKey::Search => {
                        for (kind, groups) in [("a", &r.site.articles), ("p", &r.site.pages)] {
                            kind.hash(&mut h);
                            for g in groups.iter() {
                                (&g.name, g.by_lang.get(*lang).map(|d| d.source_hash)).hash(&mut h);
                            }
                        }
                        self.programs.hash(&mut h);
                    }
                    PageKey::Tags => {
                        for (slug, tag) in &summary.tags {
                            (slug, tag.articles.len(), tag.programs.len()).hash(&mut h);
                        }
                    }
                    PageKey::Tag(slug, page) => {
                        if let Some(tag) = summary.tags.get(slug) {
                            let per = r.site.config.per_page;
                            // Its pager, its articles, and on the first page its programmes.
                            tag.page_count(per).hash(&mut h);
                            let shown = tag.articles.iter().skip((page - 1) * per).take(per);
                            shown.for_each(|&a| listed(&mut h, &summary.articles[a]));
                            if *page == 1 {
                                tag.programs.iter().for_each(|&p| self.programs[p].hash(&mut h));
                            }
                        }
                    }
                }
            }
        }
        h.finish()
    }
}

impl Renderer<'_> {
    /// A chart's PNG: from the memory of an incremental render, else from
    /// the build cache on disk, else rasterized.
    pub(super) fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let make = || match self.charts {
            Some(store) => store.get_or_make(svg),
            None => super::png::render(svg),
        };
        match self.pngs {
            Some(cache) => cache.get_or_make(svg, make),
            None => make(),
        }
    }
}

impl Job<'_> {
    /// The job's name in the cache.
    /// A hash of the job's kind, language and page: ids of two jobs are
    /// alike only by a 64-bit accident, and then the two share a place in
    /// the cache and one of them is rendered again each time, no more
    /// (each one's fingerprint holds its language and page too).
    pub(super) fn id(&self) -> u64 {
        match self {
            Job::Page(lang, key) => hash_of((0u8, lang, key)),
            Job::Feed(lang) => hash_of((1u8, lang)),
            Job::NotFound => hash_of(2u8),
            Job::Sitemap => hash_of(3u8),
        }
    }
}
