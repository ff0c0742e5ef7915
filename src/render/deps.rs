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
//! A render also notes which items (a group's sources or cards, a page, a
//! programme) each job's hash is made of ([`Plan`]). When the next render
//! has the same site-wide part and the same lists, its jobs are the same,
//! and only the readers of an item that changed are hashed again: an
//! article edit looks at a handful of jobs, not all of them.
//!
//! The test in `tests/incremental.rs` holds this to the full render: random
//! edits, each followed by an incremental render, compared byte for byte.
//! In debug builds every render that follows a plan also hashes every job,
//! and stops if the plan left out one whose hash changed.

use super::*;
use crate::hash_of;
use std::hash::{DefaultHasher, Hash, Hasher};

/// What an incremental render starts from.
#[derive(Debug, Clone)]
pub struct Incremental {
    /// The jobs of the last good render.
    pub previous: std::sync::Arc<JobCache>,
    /// A hash of each source file's text, by path from the site root.
    pub sources: std::sync::Arc<BTreeMap<std::sync::Arc<str>, u64>>,
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

/// What each job of a render made, in the order of the jobs: enough to
/// skip a job when its inputs have not changed, as if it had run.
#[derive(Debug, Default)]
pub struct JobCache {
    /// Each job's [`JobSpec::id`] and what it is (shared by the renders
    /// that have the same jobs).
    pub(super) jobs: Arc<Vec<(u64, JobSpec)>>,
    pub(super) made: Vec<Arc<Made>>,
    /// What the jobs read, for the next render.
    pub(super) plan: Option<Plan>,
    /// The files the jobs made, sorted: a render that runs a few jobs
    /// again patches this list, not sorts the whole site's again.
    pub(super) files: Vec<(Arc<str>, u64)>,
}

impl JobCache {
    pub fn len(&self) -> usize {
        self.made.len()
    }

    pub fn is_empty(&self) -> bool {
        self.made.is_empty()
    }
}

/// A [`Job`] as the cache keeps it: its language by its place in the
/// site's languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum JobSpec {
    Page(usize, PageKey),
    Feed(usize),
    NotFound,
    Sitemap,
}

impl JobSpec {
    pub(super) fn job<'a>(&self, languages: &'a [String]) -> Job<'a> {
        match self {
            JobSpec::Page(lang, key) => Job::Page(&languages[*lang], key.clone()),
            JobSpec::Feed(lang) => Job::Feed(&languages[*lang]),
            JobSpec::NotFound => Job::NotFound,
            JobSpec::Sitemap => Job::Sitemap,
        }
    }
}

/// What the jobs of a render read, by item: a render with the same site
/// part and the same lists fingerprints again only the jobs that read an
/// item that changed (the others' fingerprints are the same by
/// construction: each is made of the site part, the lists and its items).
#[derive(Debug)]
pub(super) struct Plan {
    site: u64,
    langs: Vec<Arc<crate::summary::LangSummary>>,
    /// Each item's hash ([`Fingerprints::items`]).
    items: Vec<u64>,
    /// Item → the jobs that read it, by place.
    readers: Arc<Vec<Vec<u32>>>,
}

impl Plan {
    pub(super) fn new(f: &Fingerprints, summary: &Summary, reads: &[Vec<u32>]) -> Plan {
        let items = f.items.clone();
        let mut readers = vec![Vec::new(); items.len() + KINDS];
        for (job, reads) in reads.iter().enumerate() {
            for &item in reads {
                readers[item as usize].push(job as u32);
            }
        }
        for r in &mut readers {
            r.dedup();
        }
        Plan { site: f.site, langs: summary.langs.values().cloned().collect(), items, readers: Arc::new(readers) }
    }

    /// Whether a render of `summary` has the lists this plan was made for.
    pub(super) fn same_lists(&self, summary: &Summary) -> bool {
        self.langs.len() == summary.langs.len()
            && self.langs.iter().zip(summary.langs.values()).all(|(a, b)| Arc::ptr_eq(a, b))
    }

    /// The same plan for a render with the same jobs, whose items are those of `f`.
    pub(super) fn again(&self, f: &Fingerprints) -> Plan {
        Plan { site: f.site, langs: self.langs.clone(), items: f.items.clone(), readers: self.readers.clone() }
    }

    /// The jobs that can have changed, by place, for a render of `f` with
    /// this plan's lists ([`Plan::same_lists`]): its jobs are this plan's
    /// when the site part and the number of items are the same too
    /// (`None` when they are not).
    pub(super) fn dirty(&self, f: &Fingerprints) -> Option<Vec<u32>> {
        if self.site != f.site || f.items.len() != self.items.len() {
            return None;
        }
        let mut dirty = Vec::new();
        let mut kinds = [false; KINDS];
        for (place, (a, b)) in f.items.iter().zip(&self.items).enumerate() {
            if a != b {
                dirty.extend_from_slice(&self.readers[place]);
                kinds[f.kind_at(place)] = true;
            }
        }
        for (k, _) in kinds.iter().enumerate().filter(|(_, changed)| **changed) {
            dirty.extend_from_slice(&self.readers[self.items.len() + k]);
        }
        dirty.sort_unstable();
        dirty.dedup();
        Some(dirty)
    }
}

/// A job's inputs and what came of them, but the bytes (the sink has those).
#[derive(Debug, Clone)]
pub(super) struct Made {
    pub fingerprint: u64,
    pub files: Vec<(Arc<str>, u64)>,
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
    /// Every item a job can read, kind after kind ([`Kind`]): per article
    /// group its versions' sources, then per article group what lists and
    /// neighbours show of its versions (the cards, not the body), then per
    /// page group its versions' sources, then per programme its source.
    items: Vec<u64>,
    /// Where each kind's items start in `items`.
    starts: [usize; KINDS],
}

/// The kinds of item a job reads ([`Fingerprints::items`]). Past the
/// items, one more place per kind stands for "every item of the kind".
#[derive(Debug, Clone, Copy)]
#[repr(usize)]
enum Kind {
    Article,
    Card,
    Page,
    Program,
}

const KINDS: usize = 4;

impl<'a> Fingerprints<'a> {
    pub(super) fn new(
        r: &Renderer<'a>,
        theme: &Theme,
        offline: bool,
        sources: &BTreeMap<std::sync::Arc<str>, u64>,
    ) -> Self {
        let site = r.site;
        let source = |path: &str| sources.get(path).copied().unwrap_or(0);
        // Each group carries the hashes of its versions' sources, cards and
        // addresses (made with it): this reads no document.
        let mut items: Vec<u64> = site.articles.iter().map(|g| g.hashes().sources).collect();
        items.extend(site.articles.iter().map(|g| g.hashes().cards));
        items.extend(site.pages.iter().map(|g| g.hashes().sources));
        items.extend(site.programs.iter().map(|p| source(&p.source)));
        let (a, p) = (site.articles.len(), site.pages.len());
        let starts = [0, a, 2 * a, 2 * a + p];
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
        for (g, hash) in site.pages.iter().zip(&items[starts[Kind::Page as usize]..]) {
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
        Fingerprints { article_at: at(&site.articles), page_at: at(&site.pages), site: h.finish(), items, starts }
    }

    /// The place in [`Fingerprints::items`] of item `i` of a kind.
    fn place(&self, kind: Kind, i: usize) -> usize {
        self.starts[kind as usize] + i
    }

    /// The place that stands for every item of a kind.
    fn every(&self, kind: Kind) -> usize {
        self.items.len() + kind as usize
    }

    /// The items of a kind.
    fn all(&self, kind: Kind) -> &[u64] {
        let k = kind as usize;
        &self.items[self.starts[k]..self.starts.get(k + 1).copied().unwrap_or(self.items.len())]
    }

    /// The kind of the item at `place` (as a number, [`Kind`] order).
    fn kind_at(&self, place: usize) -> usize {
        self.starts.iter().rposition(|&start| start <= place).expect("the first kind starts at 0")
    }

    /// The hash of what `job` reads; `id` is the job's [`JobSpec::id`].
    /// The places of the items it is made of go to `reads`
    /// ([`Fingerprints::place`], [`Fingerprints::every`]): an item is read
    /// through `read` or `read_all`, which note it as they hash it.
    pub(super) fn of(&self, r: &Renderer, job: &Job, id: u64, reads: &mut Vec<u32>) -> u64 {
        let mut h = DefaultHasher::new();
        (self.site, id).hash(&mut h);
        let reads = std::cell::RefCell::new(reads);
        let note = |place: usize| reads.borrow_mut().push(place as u32);
        let read = |h: &mut DefaultHasher, kind: Kind, i: usize| {
            let place = self.place(kind, i);
            note(place);
            self.items[place].hash(h)
        };
        let read_all = |h: &mut DefaultHasher, kind: Kind| {
            note(self.every(kind));
            self.all(kind).hash(h)
        };
        let listed = |h: &mut DefaultHasher, e: &Listed| {
            read(h, Kind::Card, e.group);
            (&e.doc_lang, e.fallback).hash(h)
        };
        match job {
            Job::NotFound => "404".hash(&mut h),
            Job::Sitemap => {
                "sitemap".hash(&mut h);
                read_all(&mut h, Kind::Card);
                read_all(&mut h, Kind::Page);
                // Its programmes' dates come from their sources.
                note(self.every(Kind::Program));
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
                        read_all(&mut h, Kind::Program);
                        summary.articles.iter().take(r.site.config.per_page.min(5)).for_each(|e| listed(&mut h, e));
                    }
                    PageKey::Programs => read_all(&mut h, Kind::Program),
                    PageKey::Program(id) => {
                        if let Some((i, _)) = r.program(id) {
                            read(&mut h, Kind::Program, i);
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
                            read(&mut h, Kind::Article, i);
                            let (older, newer) = summary.neighbours.get(i).copied().unwrap_or_default();
                            for g in [older, newer].into_iter().flatten() {
                                read(&mut h, Kind::Card, g);
                            }
                            // The programmes it belongs to: their titles are in the site part.
                        }
                    }
                    PageKey::Page(name) => {
                        if let Some(&i) = self.page_at.get(name.as_str()) {
                            read(&mut h, Kind::Page, i);
                        }
                    }
                    // Its index holds the whole text of every document in
                    // its language (and no other: an edit in one language
                    // leaves the other's search as it was).
                    PageKey::Search => {
                        for (kind, groups, every) in
                            [("a", &r.site.articles, Kind::Article), ("p", &r.site.pages, Kind::Page)]
                        {
                            // Its language's versions only: their groups' sources hash them all.
                            note(self.every(every));
                            kind.hash(&mut h);
                            for g in groups.iter() {
                                (&g.name, g.by_lang.get(*lang).map(|d| d.source_hash)).hash(&mut h);
                            }
                        }
                        read_all(&mut h, Kind::Program);
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
                                tag.programs.iter().for_each(|&p| read(&mut h, Kind::Program, p));
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

impl JobSpec {
    /// The job's name in the cache.
    /// A hash of the job's kind, language and page: ids of two jobs are
    /// alike only by a 64-bit accident, and then the two share a place in
    /// the cache and one of them is rendered again each time, no more
    /// (each one's fingerprint holds its language and page too).
    pub(super) fn id(&self, languages: &[String]) -> u64 {
        match self {
            JobSpec::Page(lang, key) => hash_of((0u8, languages[*lang].as_str(), key)),
            JobSpec::Feed(lang) => hash_of((1u8, languages[*lang].as_str())),
            JobSpec::NotFound => hash_of(2u8),
            JobSpec::Sitemap => hash_of(3u8),
        }
    }
}

/// Holds a render that looked only at the jobs its plan named to what a
/// render of every job would have found (debug builds, so every test
/// with an incremental render checks it): the same jobs, and for each job
/// left alone the fingerprint it had.
#[cfg(debug_assertions)]
pub(super) fn check_plan(
    r: &Renderer,
    f: &Fingerprints,
    specs: &[(u64, JobSpec)],
    made: &[Arc<Made>],
    ran: &[bool],
    all: &[(u64, JobSpec)],
) {
    assert!(specs == all, "the plan's jobs are not the render's");
    for (((id, spec), made), ran) in specs.iter().zip(made).zip(ran) {
        let fingerprint = f.of(r, &spec.job(&r.site.config.languages), *id, &mut Vec::new());
        assert!(*ran || made.fingerprint == fingerprint, "the plan left out {spec:?}, whose inputs changed");
    }
}
