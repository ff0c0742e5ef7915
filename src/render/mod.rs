//! Render is pure: [`render`] turns a valid [`Site`] and a [`Theme`] into
//! every output file, in memory; only `write` touches the disk. Pages are
//! rendered in parallel (rayon) from shared, read-only state: no lock in
//! the per-page path. Charts (SVG, plotters) will be one more producer of
//! outputs here.

mod chart_views;
pub mod charts;
pub mod data;
pub mod markdown;
mod page_views;
mod pages;
pub mod templates;
pub mod urls;
pub mod views;

use crate::diagnostic::Diagnostic;
use crate::format;
use crate::messages::{LinkProblem, Message};
use crate::model::{Document, Program, Site, Tag, Translations};
use crate::status::{Status, assess, classify};
use crate::text::{LocalizedText, vietnamese_cmp};
use crate::theme::Theme;
use markdown::{MarkdownContext, PendingLink};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use urls::{PageKey, Urls, output_file};
use views::*;

/// Choices that change the output but not the content.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Links to pages end in `index.html`, for reading from disk.
    pub offline: bool,
}

/// One file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Relative to the output folder, `/`-separated.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Every output file, sorted by path, and what was found on the way.
#[derive(Debug, Default)]
pub struct Rendered {
    pub outputs: Vec<Output>,
    pub diagnostics: Vec<Diagnostic>,
    /// Internal failures (a chart that could not be drawn): bugs, not content problems.
    pub internal: Vec<String>,
    /// HTML pages among the outputs.
    pub pages: usize,
    /// SVG charts among the outputs.
    pub charts: usize,
}

/// What a page job produces besides its page.
struct Extras<'e> {
    links: &'e mut Vec<PendingLink>,
    diagnostics: &'e mut Vec<Diagnostic>,
    charts: &'e mut Vec<Output>,
    internal: &'e mut Vec<String>,
}

/// An article or page chosen for a language's lists: its own version or,
/// lacking one, the default language's.
struct Entry<'a> {
    group: &'a Translations,
    doc: &'a Document,
    fallback: bool,
}

/// What one language's lists hold.
struct LangIndex<'a> {
    /// Newest first.
    articles: Vec<Entry<'a>>,
    /// Tag slug → (name, indices into `articles`, programmes).
    tags: BTreeMap<String, (String, Vec<usize>, Vec<&'a Program>)>,
}

struct Renderer<'a> {
    site: &'a Site,
    urls: Urls<'a>,
    tera: tera::Tera,
    theme_name: &'a str,
    strings: BTreeMap<String, serde_json::Value>,
    index: BTreeMap<&'a str, LangIndex<'a>>,
    /// Programme id → (JSON size, CSV size), formatted per language later.
    data_sizes: BTreeMap<&'a str, (usize, usize)>,
}

/// A page to render.
enum Job<'a> {
    Home(&'a str),
    Programs(&'a str),
    Program(&'a str, &'a Program),
    ArticleList(&'a str, usize),
    Article(&'a str, &'a Translations, &'a Document),
    Tags(&'a str),
    Tag(&'a str, String),
    Page(&'a str, &'a Translations, &'a Document),
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
pub fn render(site: &Site, theme: &Theme, options: &RenderOptions) -> Rendered {
    let theme_name = site.config.theme.as_str();
    let mut rendered = Rendered::default();
    let tera = match templates::engine(theme, theme_name) {
        Ok(t) => t,
        Err(d) => {
            rendered.diagnostics = d;
            return rendered;
        }
    };
    let strings = templates::strings(theme, theme_name, &site.config.languages, &mut rendered.diagnostics);
    if rendered.diagnostics.iter().any(Diagnostic::is_error) {
        return rendered;
    }
    let mut outputs = Vec::new();
    let mut data_sizes = BTreeMap::new();
    let urls = Urls { config: &site.config, offline: options.offline };
    for program in &site.programs {
        let json = data::program_json(program, &site.config);
        let csv = data::program_csv(program, &site.config);
        data_sizes.insert(program.id.as_str(), (json.len(), csv.len()));
        outputs.push(Output { path: urls.data(&program.id, "json"), bytes: json.into_bytes() });
        outputs.push(Output { path: urls.data(&program.id, "csv"), bytes: csv.into_bytes() });
    }
    for (path, bytes) in theme.under("static/") {
        outputs.push(Output { path: format!("theme/{path}"), bytes: bytes.to_vec() });
    }
    for (path, bytes) in &site.statics {
        outputs.push(Output { path: format!("static/{path}"), bytes: bytes.clone() });
    }
    let r = Renderer {
        site,
        urls,
        tera,
        theme_name,
        strings,
        index: site.config.languages.iter().map(|l| (l.as_str(), LangIndex::new(site, l))).collect(),
        data_sizes,
    };
    let jobs = r.jobs();
    let results: Vec<JobResult> = jobs.par_iter().map(|job| r.run(job)).collect();
    let mut links = Vec::new();
    for result in results {
        for output in result.outputs {
            if output.path.ends_with(".html") {
                rendered.pages += 1;
            } else if output.path.ends_with(".svg") {
                rendered.charts += 1;
            }
            outputs.push(output);
        }
        links.extend(result.links);
        rendered.diagnostics.extend(result.diagnostics);
        rendered.internal.extend(result.internal);
    }
    if site.config.base_url.is_none() && !options.offline {
        rendered.diagnostics.push(Diagnostic::new("content/site.yaml", 1, 1, Message::NoBaseUrl).field("base_url"));
    }
    if let Some(base) = &site.config.base_url {
        let robots = format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n");
        outputs.push(Output { path: "robots.txt".into(), bytes: robots.into_bytes() });
    } else {
        outputs.push(Output { path: "robots.txt".into(), bytes: b"User-agent: *\nAllow: /\n".to_vec() });
    }
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    // A backstop: validation keeps addresses apart, but two outputs must never share one.
    for pair in outputs.windows(2).filter(|p| p[0].path == p[1].path) {
        rendered.diagnostics.push(
            Diagnostic::new("content/site.yaml", 1, 1, Message::DuplicateOutput { path: pair[0].path.clone() })
                .field("paths"),
        );
    }
    // Authors' relative links must reach a file of the site.
    let paths: BTreeSet<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    links.sort();
    links.dedup();
    for link in links {
        if !paths.contains(output_file(&link.target).as_str()) && !paths.contains(link.target.as_str()) {
            rendered.diagnostics.push(
                Diagnostic::new(&link.source, link.line, link.column, Message::LinkLeadsNowhere { link: link.written })
                    .field("link"),
            );
        }
    }
    rendered.outputs = outputs;
    rendered
}

impl<'a> LangIndex<'a> {
    fn new(site: &'a Site, lang: &str) -> LangIndex<'a> {
        let default = site.config.default_lang();
        let mut articles: Vec<Entry> = site.articles.iter().filter_map(|group| pick(group, lang, default)).collect();
        articles.sort_by(|a, b| b.doc.date.cmp(&a.doc.date).then_with(|| a.group.name.cmp(&b.group.name)));
        let mut tags: BTreeMap<String, (String, Vec<usize>, Vec<&Program>)> = BTreeMap::new();
        for (i, entry) in articles.iter().enumerate() {
            for tag in &entry.doc.tags {
                tags.entry(tag.slug.clone()).or_insert_with(|| (tag.name.clone(), Vec::new(), Vec::new())).1.push(i);
            }
        }
        for program in &site.programs {
            for tag in &program.tags {
                // A programme's tags are slugs: name them as some article does, if one does.
                let name = || {
                    let named = site.articles.iter().flat_map(|g| g.by_lang.values()).flat_map(|d| &d.tags);
                    named
                        .filter(|t| t.slug == tag.slug)
                        .map(|t| t.name.clone())
                        .next()
                        .unwrap_or_else(|| tag.name.clone())
                };
                tags.entry(tag.slug.clone()).or_insert_with(|| (name(), Vec::new(), Vec::new())).2.push(program);
            }
        }
        LangIndex { articles, tags }
    }
}

/// The version of `group` to show in `lang`: its own, else the default
/// language's, else the first.
fn pick<'a>(group: &'a Translations, lang: &str, default: &str) -> Option<Entry<'a>> {
    if let Some(doc) = group.by_lang.get(lang) {
        return Some(Entry { group, doc, fallback: false });
    }
    let doc = group.by_lang.get(default).or_else(|| group.by_lang.values().next())?;
    Some(Entry { group, doc, fallback: true })
}

impl<'a> Renderer<'a> {
    fn jobs(&self) -> Vec<Job<'a>> {
        let site = self.site;
        let mut jobs = vec![Job::NotFound];
        if site.config.base_url.is_some() {
            jobs.push(Job::Sitemap);
        }
        for lang in &site.config.languages {
            let lang = lang.as_str();
            let index = &self.index[lang];
            jobs.extend([Job::Home(lang), Job::Programs(lang), Job::Tags(lang), Job::Feed(lang)]);
            jobs.extend(site.programs.iter().map(|p| Job::Program(lang, p)));
            for page in 1..=self.page_count(lang) {
                jobs.push(Job::ArticleList(lang, page));
            }
            for group in &site.articles {
                if let Some(doc) = group.by_lang.get(lang) {
                    jobs.push(Job::Article(lang, group, doc));
                }
            }
            for group in &site.pages {
                if let Some(doc) = group.by_lang.get(lang) {
                    jobs.push(Job::Page(lang, group, doc));
                }
            }
            jobs.extend(index.tags.keys().map(|slug| Job::Tag(lang, slug.clone())));
        }
        jobs
    }

    fn page_count(&self, lang: &str) -> usize {
        self.index[lang].articles.len().div_ceil(self.site.config.per_page).max(1)
    }

    fn default_lang(&self) -> &'a str {
        self.site.config.default_lang()
    }

    /// An interface string; the key itself when the theme lacks it (visible, not fatal).
    fn t(&self, lang: &str, key: &str) -> String {
        self.strings.get(lang).and_then(|s| templates::lookup(s, key)).unwrap_or(key).to_string()
    }

    fn text(&self, text: &LocalizedText, lang: &str) -> Txt {
        let l = text.get(lang, self.default_lang());
        Txt::new(l.text, l.fallback_lang)
    }

    /// The site path of a page in a language, if the page exists there.
    fn path_of(&self, key: &PageKey, lang: &str) -> Option<String> {
        let u = &self.urls;
        Some(match key {
            PageKey::Home => u.home(lang),
            PageKey::Programs => u.programs(lang),
            PageKey::Program(id) => u.program(lang, id),
            PageKey::ArticleList(n) => {
                if *n > self.page_count(lang) {
                    return None;
                }
                u.article_list(lang, *n)
            }
            PageKey::Article(name) => u.article(lang, &self.find(&self.site.articles, name)?.by_lang.get(lang)?.slug),
            PageKey::Tags => u.tags(lang),
            PageKey::Tag(slug) => {
                self.index[lang].tags.get(slug)?;
                u.tag(lang, slug)
            }
            PageKey::Page(name) => u.page(lang, &self.find(&self.site.pages, name)?.by_lang.get(lang)?.slug),
        })
    }

    fn find(&self, groups: &'a [Translations], name: &str) -> Option<&'a Translations> {
        groups.binary_search_by(|g| g.name.as_str().cmp(name)).ok().map(|i| &groups[i])
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
            let program = self.site.programs.iter().find(|p| p.id == id).ok_or(LinkProblem::NoSuchProgramme)?;
            if let Some(f) = fragment.filter(|f| !program.indicators.iter().any(|i| i.id == *f)) {
                return Err(LinkProblem::NoSuchIndicator { id: f.to_string() });
            }
            return Ok(with_fragment(self.urls.program(lang, id)));
        }
        let (section, rest) = path.split_once('/').ok_or(LinkProblem::NotLinkable)?;
        if section == "tags" {
            let rest = strip_md(rest);
            let slug = crate::text::slugify(rest);
            let key = PageKey::Tag(slug);
            return in_lang(key).map(with_fragment).ok_or_else(|| LinkProblem::NoSuchTag { tag: rest.to_string() });
        }
        let name = strip_md(rest).to_string();
        let key = match section {
            "articles" if self.find(&self.site.articles, &name).is_some() => PageKey::Article(name),
            "pages" if self.find(&self.site.pages, &name).is_some() => PageKey::Page(name),
            "articles" => return Err(LinkProblem::NoSuchArticle),
            "pages" => return Err(LinkProblem::NoSuchPage),
            _ => return Err(LinkProblem::NotLinkable),
        };
        in_lang(key).map(with_fragment).ok_or(LinkProblem::NoVersion)
    }
}

fn strip_md(name: &str) -> &str {
    name.strip_suffix(".md").unwrap_or(name)
}

/// Orders names the way readers of `lang` expect.
fn name_cmp(lang: &str, a: &str, b: &str) -> std::cmp::Ordering {
    if lang == "vi" { vietnamese_cmp(a, b) } else { a.to_lowercase().cmp(&b.to_lowercase()).then_with(|| a.cmp(b)) }
}

/// `12,3 KB` / `12.3 KB`.
fn format_size(bytes: usize, lang: &str) -> String {
    if bytes < 1000 { format!("{bytes} B") } else { format!("{} KB", format::number(bytes as f64 / 1000.0, 1, lang)) }
}
