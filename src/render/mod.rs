//! Render is pure: [`render`] turns a valid [`Site`], its [`Summary`] and a
//! [`Theme`] into every output file, in memory; only `write` touches the
//! disk. Pages are rendered in parallel (rayon) from shared, read-only
//! state: no lock in the per-page path.

mod chart_svg;
mod chart_views;
pub mod charts;
pub mod data;
pub mod deps;
mod frame;
pub mod images;
pub mod markdown;
mod pages;
mod png;
mod program_views;
pub mod registry;
mod search;
mod sharing;
pub mod templates;
pub mod urls;
pub mod views;

use crate::diagnostic::Diagnostic;
use crate::locale::Locale;
use crate::messages::{LinkProblem, Message};
use crate::model::{Document, Program, Site, Translations};
use crate::summary::{Listed, Summary};
use crate::text::LocalizedText;
use crate::theme::Theme;
use markdown::{MarkdownContext, PendingLink};
use program_views::*;
use rayon::prelude::*;
use registry::{PageKey, Pages};
use std::collections::{BTreeMap, BTreeSet};
use urls::{Urls, output_file};
use views::*;

pub use deps::{Incremental, JobCache, PngCache, SearchCache};
pub use png::{ChartStore, ChartWork};

/// How many entries a language's Atom feed holds.
const FEED_ENTRIES: usize = 20;

/// Choices that change the output but not the content.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Links to pages end in `index.html`, for reading from disk.
    pub offline: bool,
    /// Where each page's template rendering is timed, for a watcher
    /// outside the render to stop a runaway theme.
    pub watch: std::sync::Arc<Watch>,
    /// Pages rendered, of how many.
    pub progress: std::sync::Arc<crate::progress::Progress>,
    /// Render only the jobs whose inputs changed since this earlier render
    /// (`serve`); their outputs are then not given to the sink again.
    pub incremental: Option<Incremental>,
    /// The images stage's work: processed images and files published as they are.
    pub images: std::sync::Arc<crate::images::Images>,
    /// Chart PNGs kept between builds (`.baocao-cache/charts/`); without
    /// it every PNG is rasterized.
    pub charts: Option<std::sync::Arc<ChartStore>>,
    /// `check`: lay every output out, by path, and find every problem, but
    /// make no bytes the built-in theme would make: its templates are not
    /// run (they are baocao's, and fail on no valid site), chart PNGs are
    /// not rasterized and the search index is not made. A theme with
    /// templates or interface strings of its own is rendered whole, as
    /// they can fail.
    pub paths_only: bool,
}

/// The templates being rendered now, and since when: tera cannot be
/// interrupted, so the caller watches this and gives up on a page that
/// takes far longer than any page can (`pipeline`).
#[derive(Debug, Default)]
pub struct Watch {
    running: std::sync::Mutex<BTreeMap<u64, (std::time::Instant, String)>>,
    next: std::sync::atomic::AtomicU64,
}

impl Watch {
    fn start(&self, template: &str) -> u64 {
        let id = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.running
            .lock()
            .expect("the watch is never poisoned")
            .insert(id, (std::time::Instant::now(), template.into()));
        id
    }

    fn done(&self, id: u64) {
        self.running.lock().expect("the watch is never poisoned").remove(&id);
    }

    /// The template of a page that has been rendering for longer than `limit`.
    pub fn overdue(&self, limit: std::time::Duration) -> Option<String> {
        let running = self.running.lock().expect("the watch is never poisoned");
        running.values().find(|(since, _)| since.elapsed() > limit).map(|(_, template)| template.clone())
    }
}

/// One file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Relative to the output folder, `/`-separated.
    pub path: String,
    pub body: Body,
}

/// What an output file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Bytes(Vec<u8>),
    /// A file of `content/static/`, copied as it is: never read into memory.
    Copy {
        from: std::path::PathBuf,
        len: u64,
    },
    /// A file of the build cache (an image's variant), hard-linked into the
    /// output where the file system allows and copied where it does not.
    /// The cache never changes a file in place (each is written aside and
    /// renamed), and it takes a file that was changed through the output's
    /// link (its time is not the one noted) for a miss, so a link
    /// publishes what a copy would.
    Cached {
        from: std::path::PathBuf,
        len: u64,
    },
}

impl Output {
    pub fn new(path: impl Into<String>, bytes: Vec<u8>) -> Output {
        Output { path: path.into(), body: Body::Bytes(bytes) }
    }

    /// Its size in bytes.
    pub fn size(&self) -> u64 {
        match &self.body {
            Body::Bytes(b) => b.len() as u64,
            Body::Copy { len, .. } | Body::Cached { len, .. } => *len,
        }
    }

    /// Its bytes: read from the source for a copied file.
    pub fn bytes(&self) -> std::io::Result<std::borrow::Cow<'_, [u8]>> {
        match &self.body {
            Body::Bytes(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Body::Copy { from, len } | Body::Cached { from, len } => {
                read_whole(from, *len).map(std::borrow::Cow::Owned)
            }
        }
    }
}

/// Fails unless a file has the `len` bytes it had when it was listed.
pub fn same_length(got: u64, len: u64) -> std::io::Result<()> {
    if got == len {
        return Ok(());
    }
    Err(std::io::Error::other(format!("the file changed while the site was built ({got} bytes, not {len})")))
}

/// The file `from`, which must still have its `len` bytes.
pub fn read_whole(from: &std::path::Path, len: u64) -> std::io::Result<Vec<u8>> {
    let bytes = std::fs::read(from)?;
    same_length(bytes.len() as u64, len)?;
    Ok(bytes)
}

/// Where outputs go as soon as each is rendered, from the rayon workers:
/// the staging folder of a build (`write::Staging`), memory (`serve`,
/// tests), or nowhere (`check`). The render keeps only their paths and sizes.
pub trait Sink: Send + Sync {
    fn put(&self, output: Output) -> anyhow::Result<()>;
}

/// Drops every output (`check`).
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: Output) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Keeps every output in memory.
#[derive(Default)]
pub struct Collect(std::sync::Mutex<Vec<Output>>);

impl Sink for Collect {
    fn put(&self, output: Output) -> anyhow::Result<()> {
        self.0.lock().expect("never poisoned").push(output);
        Ok(())
    }
}

impl Collect {
    /// The outputs, sorted by path.
    pub fn into_sorted(self) -> Vec<Output> {
        let mut outputs = self.0.into_inner().expect("never poisoned");
        outputs.sort_by(|a, b| a.path.cmp(&b.path));
        outputs
    }
}

/// Every output file's path and size, sorted by path, and what was found on the way.
#[derive(Debug, Default)]
pub struct RenderedSite {
    /// (path, size) of every output, sorted by path.
    pub files: Vec<(std::sync::Arc<str>, u64)>,
    pub diagnostics: Vec<Diagnostic>,
    /// Internal failures (a chart that could not be drawn): bugs, not content problems.
    pub internal: Vec<String>,
    /// The first output the sink could not take (a full disk).
    pub write_error: Option<anyhow::Error>,
    /// HTML pages among the outputs.
    pub pages: usize,
    /// SVG charts among the outputs.
    pub charts: usize,
    /// Of the jobs (a page in a language, a feed…), how many were rendered
    /// (the others were the same as in the earlier render).
    pub jobs: usize,
    pub rendered_jobs: usize,
    /// What each job made, for the next incremental render.
    pub cache: Option<JobCache>,
}

/// What a page job produces besides its page.
struct Extras<'e> {
    links: &'e mut Vec<PendingLink>,
    diagnostics: &'e mut Vec<Diagnostic>,
    charts: &'e mut Vec<Output>,
    internal: &'e mut Vec<String>,
}

struct Renderer<'a> {
    site: &'a Site,
    summary: &'a Summary,
    urls: &'a Urls<'a>,
    pages: Pages<'a>,
    tera: std::sync::Arc<tera::Tera>,
    theme_name: &'a str,
    watch: &'a Watch,
    locales: BTreeMap<&'a str, Locale>,
    images: &'a crate::images::Images,
    /// Programme index → size of each open-data format, in `data::FORMATS`
    /// order (`None`: the programme has no such file).
    data_sizes: Vec<Vec<Option<usize>>>,
    pngs: Option<&'a deps::PngCache>,
    charts: Option<&'a ChartStore>,
    /// Outputs are laid out, not made ([`RenderOptions::paths_only`]).
    dry: bool,
    /// For an incremental render: documents' search entries and words.
    search_words: Option<&'a deps::SearchCache>,
    /// What besides a document its search entry is made of (the site-wide
    /// part of the fingerprints), once they are made.
    search_context: std::sync::atomic::AtomicU64,
}

/// Every job of a render, in order, with its [`deps::JobSpec::id`].
fn job_list(r: &Renderer, languages: &[String]) -> Vec<(u64, deps::JobSpec)> {
    use deps::JobSpec;
    let mut jobs = vec![JobSpec::NotFound];
    if r.site.config.base_url.is_some() {
        jobs.push(JobSpec::Sitemap);
    }
    // Each language's pages on a core of its own.
    let pages: Vec<Vec<PageKey>> = languages.par_iter().map(|lang| r.pages.all(lang)).collect();
    for (at, keys) in pages.into_iter().enumerate() {
        jobs.push(JobSpec::Feed(at));
        jobs.extend(keys.into_iter().map(|key| JobSpec::Page(at, key)));
    }
    jobs.into_iter().map(|job| (job.id(languages), job)).collect()
}

/// An output to render: a page in a language, or a file of the whole site.
enum Job<'a> {
    Page(&'a str, PageKey),
    Feed(&'a str),
    NotFound,
    Sitemap,
}

struct JobResult {
    /// The page, then any charts drawn for it.
    outputs: Vec<Output>,
    links: Vec<PendingLink>,
    diagnostics: Vec<Diagnostic>,
    internal: Vec<String>,
}

/// Renders the whole site.
pub fn render(site: &Site, summary: &Summary, theme: &Theme, options: &RenderOptions, sink: &dyn Sink) -> RenderedSite {
    let theme_name = site.config.theme.as_str();
    let mut rendered = RenderedSite::default();
    let tera = match templates::engine(theme, theme_name) {
        Ok(t) => t,
        Err(d) => {
            rendered.diagnostics = d;
            return rendered;
        }
    };
    let mut strings = templates::strings(theme, theme_name, &site.config.languages, &mut rendered.diagnostics);
    if rendered.diagnostics.iter().any(Diagnostic::is_error) {
        return rendered;
    }
    let per = site.config.per_page;
    let list_pages = summary.langs.values().map(|s| s.page_count(per)).max().unwrap_or(0);
    let topic_pages = summary.langs.values().flat_map(|s| s.tags.values()).map(|t| t.page_count(per)).max();
    rendered.diagnostics.extend(templates::pagers(
        theme,
        theme_name,
        [("articles.html", list_pages), ("tag.html", topic_pages.unwrap_or(0))],
    ));
    let locales = site
        .config
        .languages
        .iter()
        .map(|l| (l.as_str(), Locale::new(l, strings.remove(l).unwrap_or_default())))
        .collect();
    let urls = Urls { config: &site.config, offline: options.offline };
    // The files made outside the jobs (a job's are in what it made).
    let files = std::sync::Mutex::new(Vec::new());
    let write_error = std::sync::Mutex::new(None);
    let send = |output: Output| {
        if let Err(e) = sink.put(output) {
            write_error.lock().expect("never poisoned").get_or_insert(e);
        }
    };
    // Into the sink at once; only the path and size are kept.
    let put = |output: Output| {
        files.lock().expect("never poisoned").push((std::sync::Arc::from(output.path.as_str()), output.size()));
        send(output);
    };
    let mut data_sizes = Vec::new();
    for (program, program_summary) in site.programs.iter().zip(&summary.programs) {
        let mut sizes = Vec::new();
        for format in &data::FORMATS {
            let made = (format.produce)(program, program_summary, site).map(String::into_bytes);
            sizes.push(made.as_ref().map(Vec::len));
            if let Some(bytes) = made {
                put(Output::new(urls.data(&program.id, format.ext), bytes));
            }
        }
        data_sizes.push(sizes);
    }
    if !site.programs.is_empty() {
        put(Output::new(data::SCHEMA_PATH, data::SCHEMA.as_bytes().to_vec()));
        put(Output::new(data::PACKAGE_PATH, data::datapackage(site).into_bytes()));
    }
    for (path, bytes) in theme.under("static/") {
        if path == "favicon-32.png"
            && let Some(ico) = ico_of_png(bytes)
        {
            // Browsers ask for /favicon.ico whatever the page links.
            put(Output::new("favicon.ico", ico));
        }
        put(Output::new(format!("theme/{path}"), bytes.to_vec()));
    }
    // Copies, on both cores: a site with photos has hundreds.
    let mut copies: Vec<Output> = site
        .statics
        .iter()
        .map(|(path, file)| {
            // What a host reads at the root of the site goes there.
            let at_root = path.starts_with(".well-known/") || path == ".htaccess";
            let path = if at_root { path.clone() } else { format!("static/{path}") };
            Output { path, body: Body::Copy { from: file.path.clone(), len: file.len } }
        })
        .collect();
    copies.extend(images::outputs(&options.images));
    copies.into_par_iter().for_each(put);
    let r = Renderer {
        site,
        summary,
        urls: &urls,
        pages: Pages { site, summary, urls: &urls },
        tera,
        theme_name,
        watch: &options.watch,
        locales,
        images: &options.images,
        data_sizes,
        pngs: options.incremental.as_ref().map(|inc| &*inc.pngs),
        charts: options.charts.as_deref(),
        dry: options.paths_only && !theme.has_own_templates_or_strings(),
        search_words: options.incremental.as_ref().map(|inc| &*inc.search),
        search_context: Default::default(),
    };
    let languages = &site.config.languages;
    let previous = options.incremental.as_ref().map(|inc| &*inc.previous);
    let fingerprints =
        || options.incremental.as_ref().map(|inc| deps::Fingerprints::new(&r, theme, options.offline, &inc.sources));
    // With the lists of the last render, its jobs may be this one's: then
    // only the jobs that read what changed are looked at (`deps::Plan`).
    let plan = previous.and_then(|p| p.plan.as_ref()).filter(|plan| plan.same_lists(summary));
    let (specs, fingerprints, dirty) = match plan.zip(fingerprints()) {
        Some((plan, f)) => match (plan.dirty(&f), previous) {
            (Some(dirty), Some(previous)) => (previous.jobs.clone(), Some(f), Some((previous, dirty))),
            _ => (std::sync::Arc::new(job_list(&r, languages)), Some(f), None),
        },
        None => {
            // The pages of each language, and what tells the jobs apart, on
            // both cores: on a large site each reads every document.
            let (specs, f) = rayon::join(|| job_list(&r, languages), fingerprints);
            (std::sync::Arc::new(specs), f, None)
        }
    };
    let progress = &options.progress;
    progress.total.store(specs.len(), std::sync::atomic::Ordering::Relaxed);
    if let Some(f) = &fingerprints {
        r.search_context.store(f.site, std::sync::atomic::Ordering::Relaxed);
    }
    // A job whose fingerprint is the one it had is not run: the sink has
    // its outputs from before (their paths are listed below, not here,
    // where both cores would wait for the list).
    let run = |job: &Job, fingerprint: u64, before: Option<&std::sync::Arc<deps::Made>>| {
        if let Some(made) = before.filter(|m| fingerprints.is_some() && m.fingerprint == fingerprint) {
            progress.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            return (made.clone(), false);
        }
        let mut result = r.run(job);
        let mut made_files = Vec::new();
        for output in std::mem::take(&mut result.outputs) {
            made_files.push((std::sync::Arc::from(output.path.as_str()), output.size()));
            send(output);
        }
        progress.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let JobResult { links, diagnostics, internal, .. } = result;
        (std::sync::Arc::new(deps::Made { fingerprint, files: made_files, links, diagnostics, internal }), true)
    };
    let (made, ran, plan, job_files): (Vec<std::sync::Arc<deps::Made>>, Vec<bool>, _, _) = match dirty {
        Some((previous, dirty)) => {
            let f = fingerprints.as_ref().expect("fingerprints");
            let redone: Vec<(usize, std::sync::Arc<deps::Made>, bool)> = dirty
                .par_iter()
                .map(|&at| {
                    let at = at as usize;
                    let (id, spec) = &specs[at];
                    let job = spec.job(languages);
                    let (made, ran) = run(&job, f.of(&r, &job, *id, &mut Vec::new()), Some(&previous.made[at]));
                    (at, made, ran)
                })
                .collect();
            let mut made = previous.made.clone();
            let mut ran = vec![false; made.len()];
            progress.done.fetch_add(made.len() - redone.len(), std::sync::atomic::Ordering::Relaxed);
            for (at, m, r) in redone {
                made[at] = m;
                ran[at] = r;
            }
            #[cfg(debug_assertions)]
            deps::check_plan(&r, f, &specs, &made, &ran, &job_list(&r, languages));
            let plan = previous.plan.as_ref().map(|p| p.again(f));
            // The last render's files, less those of the jobs that ran
            // again, with what they made: the list stays sorted.
            let (mut gone, mut added) = (Vec::new(), Vec::new());
            for at in dirty.iter().map(|&at| at as usize).filter(|&at| ran[at]) {
                gone.extend(&previous.made[at].files);
                added.extend(made[at].files.iter().cloned());
            }
            gone.sort_unstable();
            added.sort_unstable();
            let job_files = patched(&previous.files, &gone, added).unwrap_or_else(|| sorted_files(&made));
            (made, ran, plan, job_files)
        }
        None => {
            // The last render's jobs by id.
            let before: crate::FxMap<u64, usize> = previous
                .map(|p| p.jobs.iter().enumerate().map(|(at, (id, _))| (*id, at)).collect())
                .unwrap_or_default();
            let done: Vec<(std::sync::Arc<deps::Made>, bool, Vec<u32>)> = specs
                .par_iter()
                .map(|(id, spec)| {
                    let job = spec.job(languages);
                    let mut reads = Vec::new();
                    let fingerprint = fingerprints.as_ref().map_or(0, |f| f.of(&r, &job, *id, &mut reads));
                    let before = previous.and_then(|p| Some(&p.made[*before.get(id)?]));
                    let (made, ran) = run(&job, fingerprint, before);
                    (made, ran, reads)
                })
                .collect();
            let (mut made, mut ran, mut reads) = (Vec::new(), Vec::new(), Vec::new());
            for (m, r, read) in done {
                made.push(m);
                ran.push(r);
                reads.push(read);
            }
            let plan = fingerprints.as_ref().map(|f| deps::Plan::new(f, summary, &reads));
            let job_files = sorted_files(&made);
            (made, ran, plan, job_files)
        }
    };
    let mut links: Vec<&PendingLink> = Vec::new();
    rendered.jobs = made.len();
    rendered.rendered_jobs = ran.iter().filter(|ran| **ran).count();
    for m in &made {
        links.extend(&m.links);
        rendered.diagnostics.extend(m.diagnostics.iter().cloned());
        rendered.internal.extend(m.internal.iter().cloned());
    }
    if site.config.base_url.is_none() && !options.offline {
        rendered.diagnostics.push(Diagnostic::new("content/site.yaml", 1, 1, Message::NoBaseUrl).field("base_url"));
    }
    if let Some(base) = &site.config.base_url {
        let robots = format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n");
        put(Output::new("robots.txt", robots.into_bytes()));
    } else {
        put(Output::new("robots.txt", b"User-agent: *\nAllow: /\n".to_vec()));
    }
    let mut others = files.into_inner().expect("never poisoned");
    others.sort_unstable();
    let files = patched(&job_files, &[], others).expect("nothing taken out");
    for (path, _) in &files {
        if path.ends_with(".html") {
            rendered.pages += 1;
        } else if path.ends_with(".svg") {
            rendered.charts += 1;
        }
    }
    // A backstop: validation keeps addresses apart, but two outputs must never share one.
    for pair in files.windows(2).filter(|p| p[0].0 == p[1].0) {
        rendered.diagnostics.push(
            Diagnostic::new("content/site.yaml", 1, 1, Message::DuplicateOutput { path: pair[0].0.to_string() })
                .field("paths"),
        );
    }
    // Authors' relative links must reach a file of the site.
    let paths: std::collections::HashSet<&str> =
        if links.is_empty() { Default::default() } else { files.iter().map(|(p, _)| &**p).collect() };
    links.sort();
    links.dedup();
    for link in links {
        if !paths.contains(output_file(&link.target).as_str()) && !paths.contains(link.target.as_str()) {
            rendered.diagnostics.push(
                Diagnostic::new(
                    &link.source,
                    link.line,
                    link.column,
                    Message::LinkLeadsNowhere { link: link.written.clone() },
                )
                .field("link"),
            );
        }
    }
    drop(paths);
    if fingerprints.is_some() {
        rendered.cache = Some(JobCache { jobs: specs, made, plan, files: job_files });
    }
    rendered.files = files;
    rendered.write_error = write_error.into_inner().expect("never poisoned");
    rendered
}

impl<'a> Renderer<'a> {
    fn default_lang(&self) -> &'a str {
        self.site.config.default_lang()
    }

    fn locale(&self, lang: &str) -> &Locale {
        &self.locales[lang]
    }

    /// An interface string of a language.
    fn t(&self, lang: &str, key: &str) -> String {
        self.locale(lang).t(key)
    }

    fn text(&self, text: &LocalizedText, lang: &str) -> Txt {
        let l = text.get(lang, self.default_lang());
        Txt::new(l.text, l.fallback_lang)
    }

    /// The site path of a page in a language, if the page exists there.
    fn path_of(&self, key: &PageKey, lang: &str) -> Option<String> {
        self.pages.path(key, lang)
    }

    /// The version of a listed article that the list shows.
    fn listed(&self, listed: &Listed) -> (&'a Translations, &'a Document) {
        let group = &self.site.articles[listed.group];
        (group, &group.by_lang[&listed.doc_lang])
    }

    fn program(&self, id: &str) -> Option<(usize, &'a Program)> {
        let i = self.site.programs.binary_search_by(|p| p.id.as_str().cmp(id)).ok()?;
        Some((i, &self.site.programs[i]))
    }

    /// Resolves an `@/…` content link for a page in `lang`.
    fn resolve_content(&self, content: &str, lang: &str) -> Result<String, LinkProblem> {
        let (path, fragment) = match content.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (content, None),
        };
        let with_fragment = |p: String| match fragment {
            Some(f) => format!("{p}#{f}"),
            None => p,
        };
        let default = self.default_lang();
        let in_lang = |key: PageKey| self.path_of(&key, lang).or_else(|| self.path_of(&key, default));
        if let Some(id) = path.strip_prefix("programs/").and_then(|p| p.strip_suffix(".yaml")) {
            let (_, program) = self.program(id).ok_or(LinkProblem::NoSuchProgramme)?;
            if let Some(f) = fragment.filter(|f| !program.indicators.iter().any(|i| i.id == *f)) {
                return Err(LinkProblem::NoSuchIndicator { id: f.to_string() });
            }
            return Ok(with_fragment(self.urls.program(lang, id)));
        }
        let (section, rest) = path.split_once('/').ok_or(LinkProblem::NotLinkable)?;
        if section == "tags" {
            let rest = strip_md(rest);
            let slug = crate::text::slugify(rest);
            let key = PageKey::Tag(slug, 1);
            return in_lang(key).map(with_fragment).ok_or_else(|| LinkProblem::NoSuchTag { tag: rest.to_string() });
        }
        let name = strip_md(rest).to_string();
        let key = match section {
            "articles" if registry::find(&self.site.articles, &name, |g| &g.name).is_some() => PageKey::Article(name),
            "pages" if registry::find(&self.site.pages, &name, |g| &g.name).is_some() => PageKey::Page(name),
            "articles" => return Err(LinkProblem::NoSuchArticle),
            "pages" => return Err(LinkProblem::NoSuchPage),
            _ => return Err(LinkProblem::NotLinkable),
        };
        in_lang(key).map(with_fragment).ok_or(LinkProblem::NoVersion)
    }
}

/// An output file's path and size.
type FileEntry = (std::sync::Arc<str>, u64);

/// The files the jobs made, sorted (on both cores: a large site has tens of thousands).
fn sorted_files(made: &[std::sync::Arc<deps::Made>]) -> Vec<FileEntry> {
    let mut files: Vec<FileEntry> = made.iter().flat_map(|m| m.files.iter().cloned()).collect();
    files.par_sort_unstable();
    files
}

/// `kept` (sorted) without `gone` and with `added` (both sorted too): a
/// few changes to a long list, made without sorting it again. An entry of
/// `gone` is one of `kept` itself (the same path, by pointer), so that of
/// two files with one path (an error, said by the caller) the right one
/// goes; `None` if one was not found.
fn patched(kept: &[FileEntry], gone: &[&FileEntry], added: Vec<FileEntry>) -> Option<Vec<FileEntry>> {
    debug_assert!(added.is_sorted() && gone.is_sorted());
    let mut out = Vec::with_capacity((kept.len() + added.len()).saturating_sub(gone.len()));
    let mut gone = gone.iter().peekable();
    // Where each added one goes: after the kept ones not greater.
    let places: Vec<usize> = added.iter().map(|a| kept.partition_point(|f| f <= a)).collect();
    let mut from = 0;
    for (a, to) in added.into_iter().zip(places).chain([(Default::default(), kept.len())]) {
        for f in &kept[from..to] {
            if gone.next_if(|g| std::sync::Arc::ptr_eq(&g.0, &f.0) && g.1 == f.1).is_none() {
                out.push(f.clone());
            }
        }
        from = to;
        out.push(a);
    }
    out.pop();
    gone.peek().is_none().then_some(out)
}

fn strip_md(name: &str) -> &str {
    name.strip_suffix(".md").unwrap_or(name)
}

/// An icon file holding one PNG image (ICO allows PNG payloads since
/// Windows Vista; every browser reads them); `None` when `png` is not a PNG.
fn ico_of_png(png: &[u8]) -> Option<Vec<u8>> {
    if png.len() < 24 || &png[..8] != b"\x89PNG\r\n\x1a\n" || &png[12..16] != b"IHDR" {
        return None;
    }
    let side = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("four bytes"));
    let (width, height) = (side(16), side(20));
    if width > 256 || height > 256 {
        return None;
    }
    let mut ico = Vec::with_capacity(22 + png.len());
    ico.extend_from_slice(&[0, 0, 1, 0, 1, 0]);
    // 256 is written 0.
    ico.extend_from_slice(&[(width % 256) as u8, (height % 256) as u8, 0, 0, 1, 0, 32, 0]);
    ico.extend_from_slice(&(png.len() as u32).to_le_bytes());
    ico.extend_from_slice(&22u32.to_le_bytes());
    ico.extend_from_slice(png);
    Some(ico)
}

#[cfg(test)]
mod tests {
    use super::{FileEntry, patched};
    use proptest::prelude::*;
    use std::sync::Arc;

    fn entries(list: &[(&str, u64)]) -> Vec<FileEntry> {
        list.iter().map(|(p, s)| (Arc::from(*p), *s)).collect()
    }

    #[test]
    fn a_gone_entry_is_the_kept_one_itself() {
        let kept = entries(&[("a.html", 1), ("b.html", 2), ("c.html", 3)]);
        // Equal in value but another file: not the one kept.
        let stranger: FileEntry = (Arc::from("b.html"), 2);
        assert_eq!(patched(&kept, &[&stranger], Vec::new()), None);
        let out = patched(&kept, &[&kept[1]], entries(&[("0.html", 5), ("bb.html", 4), ("z.html", 6)])).unwrap();
        let paths: Vec<&str> = out.iter().map(|f| &*f.0).collect();
        assert_eq!(paths, ["0.html", "a.html", "bb.html", "c.html", "z.html"]);
    }

    proptest! {
        #[test]
        fn patching_is_sorting_again(
            kept in proptest::collection::vec(("[a-d]{1,2}", 0u64..3), 0..30),
            take in proptest::collection::vec(any::<bool>(), 30),
            added in proptest::collection::vec(("[a-d]{1,2}", 0u64..3), 0..10),
        ) {
            let mut kept: Vec<FileEntry> = kept.into_iter().map(|(p, s)| (Arc::from(p.as_str()), s)).collect();
            kept.sort_unstable();
            let mut added: Vec<FileEntry> = added.into_iter().map(|(p, s)| (Arc::from(p.as_str()), s)).collect();
            added.sort_unstable();
            let gone: Vec<&FileEntry> = kept.iter().zip(&take).filter(|(_, t)| **t).map(|(f, _)| f).collect();
            let mut expected: Vec<FileEntry> =
                kept.iter().zip(take.iter().chain(std::iter::repeat(&false))).filter(|(_, t)| !**t).map(|(f, _)| f.clone()).collect();
            expected.extend(added.iter().cloned());
            expected.sort_unstable();
            prop_assert_eq!(patched(&kept, &gone, added), Some(expected));
        }
    }
}
