//! Render is pure: [`render`] turns a valid [`Site`] and a [`Theme`] into
//! every output file, in memory; only `write` touches the disk. Pages are
//! rendered in parallel (rayon) from shared, read-only state: no lock in
//! the per-page path. Charts (SVG, plotters) will be one more producer of
//! outputs here.

mod chart_views;
pub mod charts;
pub mod data;
pub mod markdown;
pub mod templates;
pub mod urls;
pub mod views;

use crate::diagnostic::Diagnostic;
use crate::format;
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
    for program in &site.programs {
        let json = data::program_json(program, &site.config);
        let csv = data::program_csv(program, &site.config);
        data_sizes.insert(program.id.as_str(), (json.len(), csv.len()));
        let urls = Urls { config: &site.config, offline: options.offline };
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
        urls: Urls { config: &site.config, offline: options.offline },
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
    }
    if site.config.base_url.is_none() && !options.offline {
        rendered.diagnostics.push(
            Diagnostic::warning("content/site.yaml", 1, 1)
                .field("base_url")
                .hint("set `base_url` to the address the site is published at (or build with --base-url URL)")
                .message(
                    "without base_url the 404 page links work only at the root of the site, and there is no sitemap",
                ),
        );
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
            Diagnostic::error("content/site.yaml", 1, 1)
                .field("paths")
                .hint("give sections, pages and slugs addresses of their own")
                .message(format!("two pages of the site would be written to {}", pair[0].path)),
        );
    }
    // Authors' relative links must reach a file of the site.
    let paths: BTreeSet<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    links.sort();
    links.dedup();
    for link in links {
        if !paths.contains(output_file(&link.target).as_str()) && !paths.contains(link.target.as_str()) {
            rendered.diagnostics.push(
                Diagnostic::error(&link.source, link.line, link.column)
                    .field("link")
                    .hint("link to content as @/articles/<name>.md, @/pages/<name>.md or @/programs/<id>.yaml; files in content/static/ as /static/<name> (a name with spaces as </static/my file.pdf>)")
                    .message(format!("`{}` leads to no page or file of the site", link.written)),
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
    fn resolve_content(&self, content: &str, lang: &str) -> Result<String, String> {
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
            let program = self.site.programs.iter().find(|p| p.id == id).ok_or("there is no such programme")?;
            if let Some(f) = fragment.filter(|f| !program.indicators.iter().any(|i| i.id == *f)) {
                return Err(format!("the programme has no indicator `{f}`"));
            }
            return Ok(with_fragment(self.urls.program(lang, id)));
        }
        let (section, rest) = path.split_once('/').ok_or(ONLY)?;
        if section == "tags" {
            let rest = strip_md(rest);
            let slug = crate::text::slugify(rest);
            let key = PageKey::Tag(slug);
            return in_lang(key)
                .map(with_fragment)
                .ok_or_else(|| format!("no article or programme has the tag `{rest}`"));
        }
        let name = strip_md(rest).to_string();
        let key = match section {
            "articles" if self.find(&self.site.articles, &name).is_some() => PageKey::Article(name),
            "pages" if self.find(&self.site.pages, &name).is_some() => PageKey::Page(name),
            "articles" | "pages" => {
                return Err(format!("there is no such {} (or it is a draft)", &section[..section.len() - 1]));
            }
            _ => return Err(ONLY.into()),
        };
        in_lang(key).map(with_fragment).ok_or_else(|| "it has no version to link to".into())
    }

    fn status_view(&self, status: Status, lang: &str) -> StatusView {
        let icon = match status {
            Status::Achieved => "✓",
            Status::OnTrack => "→",
            Status::AtRisk => "!",
            Status::OffTrack => "✕",
            Status::NoData => "–",
        };
        StatusView { key: status.key(), label: self.t(lang, &format!("status.{}", status.key())), icon }
    }

    fn tag_links(&self, tags: &[Tag], lang: &str, from: &str) -> Vec<Link> {
        tags.iter()
            .map(|t| Link {
                title: Txt::plain(&t.name),
                href: self.urls.relative(from, &self.urls.tag(lang, &t.slug)),
                current: false,
            })
            .collect()
    }

    fn entry_view(&self, e: &Entry, lang: &str, from: &str) -> views::Entry {
        let doc_lang = e.doc.lang.as_str();
        let fallback = e.fallback.then_some(doc_lang);
        let summary = e.doc.summary.clone();
        views::Entry {
            title: Txt::new(&e.doc.title, fallback),
            href: self.urls.relative(from, &self.urls.article(doc_lang, &e.doc.slug)),
            date: e.doc.date.as_ref().map(|d| format::date_short(d, lang)),
            date_iso: e.doc.date.as_ref().map(|d| d.iso()),
            summary: Txt::new(&summary, fallback),
            fallback: e.fallback,
            tags: self.tag_links(&e.doc.tags, lang, from),
        }
    }

    fn program_view(&self, program: &Program, lang: &str, from: &str, full: bool) -> ProgramView {
        let thresholds = self.site.config.thresholds;
        let mut counts: BTreeMap<Status, usize> = BTreeMap::new();
        let mut shares = Vec::new();
        let indicators: Vec<IndicatorView> = program
            .indicators
            .iter()
            .map(|ind| {
                let a = assess(ind, program.period.start, thresholds);
                *counts.entry(a.status).or_default() += 1;
                if let (Some(f), Some(e)) = (a.covered, a.elapsed) {
                    shares.push((f.clamp(0.0, 1.0), e));
                }
                let unit = self.text(&ind.unit, lang);
                let num = |v: f64| format::number(v, 2, lang);
                let when = |p: &crate::model::ProgressPoint| match &p.date {
                    Some(d) => format::date_short(d, lang),
                    None => p.year.to_string(),
                };
                let percent = a.covered.map(|f| format::percent(f, lang));
                let sentence = match (a.latest, &percent) {
                    (Some(p), Some(pc)) => self
                        .t(lang, "indicator.reached")
                        .replace("{value}", &num(p.value))
                        .replace("{target}", &num(ind.target))
                        .replace("{unit}", &unit.text)
                        .replace("{when}", &when(p))
                        .replace("{percent}", pc),
                    _ => self
                        .t(lang, "indicator.no_data")
                        .replace("{target}", &num(ind.target))
                        .replace("{unit}", &unit.text),
                };
                IndicatorView {
                    id: ind.id.clone(),
                    title: self.text(&ind.title, lang),
                    unit,
                    baseline: num(ind.baseline),
                    target: num(ind.target),
                    target_year: ind.target_year,
                    status: self.status_view(a.status, lang),
                    percent,
                    width: format!("{:.1}", a.covered.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0),
                    sentence,
                    rows: ind.progress.iter().map(|p| ProgressRow { when: when(p), value: num(p.value) }).collect(),
                    source: ind.source.as_ref().map(|s| self.text(s, lang)),
                    note: ind.note.as_ref().map(|n| self.text(n, lang)),
                    chart: None,
                }
            })
            .collect();
        // Overall: the mean share covered against the mean share of time elapsed,
        // over the indicators that have data, by the same rule as each indicator.
        let n = shares.len() as f64;
        let overall = (n > 0.0).then(|| shares.iter().map(|(f, _)| f).sum::<f64>() / n);
        let overall_status = match overall {
            None => Status::NoData,
            Some(f) => classify(f, shares.iter().map(|(_, e)| e).sum::<f64>() / n, thresholds),
        };
        let budget = program.budget.as_ref().map(|b| {
            let total: f64 = b.disbursed.iter().map(|d| d.amount).sum();
            BudgetView {
                planned: format::money(b.planned, &b.currency, lang),
                planned_compact: format::money_compact(b.planned, &b.currency, lang),
                disbursed: format::money(total, &b.currency, lang),
                disbursed_compact: format::money_compact(total, &b.currency, lang),
                disbursed_percent: format::percent(total / b.planned, lang),
                rows: b
                    .disbursed
                    .iter()
                    .map(|d| BudgetRow {
                        year: d.year,
                        amount: format::money(d.amount, &b.currency, lang),
                        amount_compact: format::money_compact(d.amount, &b.currency, lang),
                    })
                    .collect(),
            }
        });
        ProgramView {
            id: program.id.clone(),
            href: self.urls.relative(from, &self.urls.program(lang, &program.id)),
            title: self.text(&program.title, lang),
            summary: self.text(&program.summary, lang),
            owner: self.text(&program.owner, lang),
            period: format!("{}–{}", program.period.start, program.period.end),
            sample_data: program.sample_data,
            overall_width: format!("{:.1}", overall.unwrap_or(0.0) * 100.0),
            overall_percent: format::percent(overall.unwrap_or(0.0), lang),
            overall_share: overall.unwrap_or(0.0),
            overall_status: self.status_view(overall_status, lang),
            counts: Status::ALL
                .iter()
                .map(|s| StatusCount { status: self.status_view(*s, lang), count: counts.get(s).copied().unwrap_or(0) })
                .collect(),
            tags: self.tag_links(&program.tags, lang, from),
            budget,
            indicators: if full { indicators } else { Vec::new() },
            description_html: None,
            overview_chart: None,
            budget_chart: None,
        }
    }

    /// The frame around a page: head metadata, switcher, navigation, footer.
    fn frame(&self, lang: &'a str, key: &PageKey, title: String, description: Option<String>) -> Frame {
        let site = self.site;
        let u = &self.urls;
        let path = &self.path_of(key, lang).expect("a page being rendered exists");
        let (kind, trail) = match key {
            PageKey::Home => ("home", None),
            PageKey::Programs => ("programs", None),
            PageKey::Program(_) => ("program", Some((self.t(lang, "nav.programs"), u.programs(lang)))),
            PageKey::ArticleList(_) => ("articles", None),
            PageKey::Article(_) => ("article", Some((self.t(lang, "nav.articles"), u.article_list(lang, 1)))),
            PageKey::Tags => ("tags", None),
            PageKey::Tag(_) => ("tag", Some((self.t(lang, "nav.tags"), u.tags(lang)))),
            PageKey::Page(_) => ("page", None),
        };
        let breadcrumbs = if kind == "home" { Vec::new() } else { self.crumbs(lang, path, trail) };
        let rel = |to: &str| u.relative(path, to);
        let site_title = self.text(&site.config.title, lang);
        let site_description = site.config.description.as_ref().map(|d| self.text(d, lang));
        let description = description
            .filter(|d| !d.is_empty())
            .or_else(|| site_description.as_ref().map(|d| d.text.clone()))
            .unwrap_or_else(|| site_title.text.clone());
        let full_title =
            if kind == "home" { site_title.text.clone() } else { format!("{title} – {}", site_title.text) };
        let mut alternates = Vec::new();
        let mut switcher = Vec::new();
        for other in &site.config.languages {
            let target = self.path_of(key, other);
            if let Some(t) = &target {
                alternates.push(Alternate { lang: other.clone(), href: u.absolute(t).unwrap_or_else(|| rel(t)) });
            }
            switcher.push(LangLink {
                lang: other.clone(),
                name: self.t(other, "lang_name"),
                href: rel(&target.clone().unwrap_or_else(|| u.home(other))),
                current: other == lang,
                translated: target.is_some(),
            });
        }
        let section = match key {
            PageKey::Home => "home",
            PageKey::Programs | PageKey::Program(_) => "programs",
            PageKey::ArticleList(_) | PageKey::Article(_) => "articles",
            PageKey::Tags | PageKey::Tag(_) => "tags",
            PageKey::Page(_) => "",
        };
        let mut nav = vec![
            Link { title: Txt::plain(&self.t(lang, "nav.home")), href: rel(&u.home(lang)), current: section == "home" },
            Link {
                title: Txt::plain(&self.t(lang, "nav.programs")),
                href: rel(&u.programs(lang)),
                current: section == "programs",
            },
            Link {
                title: Txt::plain(&self.t(lang, "nav.articles")),
                href: rel(&u.article_list(lang, 1)),
                current: section == "articles",
            },
        ];
        let mut menu: Vec<(i64, Link)> = site
            .pages
            .iter()
            .filter_map(|g| {
                let e = pick(g, lang, self.default_lang())?;
                let weight = e.doc.menu?;
                let href = u.page(&e.doc.lang, &e.doc.slug);
                let current = matches!(key, PageKey::Page(n) if *n == g.name);
                Some((
                    weight,
                    Link {
                        title: Txt::new(&e.doc.title, e.fallback.then_some(e.doc.lang.as_str())),
                        href: rel(&href),
                        current,
                    },
                ))
            })
            .collect();
        menu.sort_by_key(|(w, _)| *w);
        nav.extend(menu.into_iter().map(|(_, l)| l));
        let data_links = site
            .programs
            .iter()
            .map(|p| {
                let (json, csv) = self.data_sizes[p.id.as_str()];
                DataLink {
                    title: self.text(&p.title, lang),
                    json_href: rel(&u.data(&p.id, "json")),
                    csv_href: rel(&u.data(&p.id, "csv")),
                    json_size: format_size(json, lang),
                    csv_size: format_size(csv, lang),
                }
            })
            .collect();
        let contact = site.config.contact.as_ref().map(|c| Contact {
            email: c.email.clone(),
            phone: c.phone.clone(),
            address: c.address.as_ref().map(|a| self.text(a, lang)),
        });
        Frame {
            lang: lang.to_string(),
            kind,
            title: full_title,
            description,
            canonical: u.absolute(path),
            alternates,
            switcher,
            nav,
            breadcrumbs,
            site_title,
            site_description,
            organisation: site.config.organisation.as_ref().map(|o| self.text(o, lang)),
            contact,
            home_href: rel(&u.home(lang)),
            stylesheet_href: rel("theme/style.css"),
            feed_href: rel(&u.atom(lang)),
            data_links,
        }
    }

    /// Home, then the section (if any) above the page.
    fn crumbs(&self, lang: &str, from: &str, trail: Option<(String, String)>) -> Vec<Link> {
        let mut out = vec![Link {
            title: Txt::plain(&self.t(lang, "nav.home")),
            href: self.urls.relative(from, &self.urls.home(lang)),
            current: false,
        }];
        if let Some((title, path)) = trail {
            out.push(Link { title: Txt::plain(&title), href: self.urls.relative(from, &path), current: false });
        }
        out
    }

    fn markdown(
        &self,
        source: (&str, usize),
        text: &str,
        lang: &str,
        page: &str,
        id_prefix: &str,
    ) -> markdown::Rendered {
        let (source, first_line) = source;
        let resolve = |c: &str| self.resolve_content(c, lang);
        let relative = |to: &str| self.urls.relative(page, to);
        markdown::render(
            text,
            &MarkdownContext { source, first_line, page, resolve: &resolve, relative: &relative, id_prefix },
        )
    }

    fn run(&self, job: &Job<'a>) -> JobResult {
        let mut links = Vec::new();
        let mut diagnostics = Vec::new();
        let mut charts = Vec::new();
        let (path, template, context) =
            self.prepare(job, &mut Extras { links: &mut links, diagnostics: &mut diagnostics, charts: &mut charts });
        let bytes = match self.tera.render(template, &context) {
            Ok(s) => s.into_bytes(),
            Err(e) => {
                diagnostics.push(templates::template_diagnostic(self.theme_name, &e));
                Vec::new()
            }
        };
        let mut outputs = vec![Output { path: output_file(&path), bytes }];
        outputs.append(&mut charts);
        JobResult { outputs, links, diagnostics }
    }

    /// The site path, template and context of a job.
    fn prepare(&self, job: &Job<'a>, extras: &mut Extras) -> (String, &'static str, tera::Context) {
        let u = &self.urls;
        let mut ctx = tera::Context::new();
        let (path, template, frame) = match *job {
            Job::Home(lang) => {
                let path = u.home(lang);
                let programs: Vec<ProgramView> =
                    self.sorted_programs(lang).into_iter().map(|p| self.program_view(p, lang, &path, false)).collect();
                ctx.insert("programs_chart", &self.programs_chart(&programs, lang, &path, extras));
                let latest: Vec<views::Entry> = self.index[lang]
                    .articles
                    .iter()
                    .take(self.site.config.per_page.min(5))
                    .map(|e| self.entry_view(e, lang, &path))
                    .collect();
                ctx.insert("programs", &programs);
                ctx.insert("articles", &latest);
                ctx.insert("articles_href", &u.relative(&path, &u.article_list(lang, 1)));
                let title = self.text(&self.site.config.title, lang).text;
                let frame = self.frame(lang, &PageKey::Home, title, None);
                (path, "home.html", frame)
            }
            Job::Programs(lang) => {
                let path = u.programs(lang);
                let programs: Vec<ProgramView> =
                    self.sorted_programs(lang).into_iter().map(|p| self.program_view(p, lang, &path, false)).collect();
                ctx.insert("programs", &programs);
                let title = self.t(lang, "nav.programs");
                (path.clone(), "programs.html", self.frame(lang, &PageKey::Programs, title, None))
            }
            Job::Program(lang, program) => {
                let path = u.program(lang, &program.id);
                let mut view = self.program_view(program, lang, &path, true);
                self.program_charts(program, &mut view, lang, &path, extras);
                if let Some(desc) = &program.description {
                    let l = desc.get(lang, self.default_lang());
                    let md = self.markdown((&program.source, program.description_line), l.text, lang, &path, "about_");
                    extras.links.extend(md.links);
                    extras.diagnostics.extend(md.diagnostics);
                    view.description_html = Some(match l.fallback_lang {
                        Some(fl) => format!("<div lang=\"{fl}\">{}</div>", md.html),
                        None => md.html,
                    });
                }
                let related: Vec<views::Entry> = self.index[lang]
                    .articles
                    .iter()
                    .filter(|e| e.doc.programs.contains(&program.id))
                    .map(|e| self.entry_view(e, lang, &path))
                    .collect();
                ctx.insert("program", &view);
                ctx.insert("articles", &related);
                let (json, csv) = self.data_sizes[program.id.as_str()];
                ctx.insert("json_href", &u.relative(&path, &u.data(&program.id, "json")));
                ctx.insert("csv_href", &u.relative(&path, &u.data(&program.id, "csv")));
                ctx.insert("json_size", &format_size(json, lang));
                ctx.insert("csv_size", &format_size(csv, lang));
                let summary = view.summary.text.clone();
                (
                    path.clone(),
                    "program.html",
                    self.frame(lang, &PageKey::Program(program.id.clone()), view.title.text.clone(), Some(summary)),
                )
            }
            Job::ArticleList(lang, page) => {
                let path = u.article_list(lang, page);
                let per = self.site.config.per_page;
                let entries: Vec<views::Entry> = self.index[lang]
                    .articles
                    .iter()
                    .skip((page - 1) * per)
                    .take(per)
                    .map(|e| self.entry_view(e, lang, &path))
                    .collect();
                ctx.insert("articles", &entries);
                ctx.insert("pagination", &self.pagination(lang, page, &path));
                let mut title = self.t(lang, "nav.articles");
                if page > 1 {
                    title = format!("{title} – {}", self.t(lang, "list.page").replace("{n}", &page.to_string()));
                }
                (path.clone(), "articles.html", self.frame(lang, &PageKey::ArticleList(page), title, None))
            }
            Job::Article(lang, group, doc) => {
                let path = u.article(lang, &doc.slug);
                let md = self.markdown((&doc.source, doc.body_line), &doc.body, lang, &path, "");
                extras.links.extend(md.links);
                extras.diagnostics.extend(md.diagnostics);
                let own: Vec<&Entry> = self.index[lang].articles.iter().filter(|e| !e.fallback).collect();
                let pos = own.iter().position(|e| std::ptr::eq(e.doc, doc));
                let neighbour = |e: Option<&&Entry>| {
                    e.map(|e| Link {
                        title: Txt::plain(&e.doc.title),
                        href: u.relative(&path, &u.article(lang, &e.doc.slug)),
                        current: false,
                    })
                };
                let view = ArticleView {
                    title: Txt::plain(&doc.title),
                    date: doc.date.as_ref().map(|d| format::date_short(d, lang)),
                    date_long: doc.date.as_ref().map(|d| format::date_long(d, lang)),
                    date_iso: doc.date.as_ref().map(|d| d.iso()),
                    tags: self.tag_links(&doc.tags, lang, &path),
                    programs: doc
                        .programs
                        .iter()
                        .filter_map(|id| self.site.programs.iter().find(|p| &p.id == id))
                        .map(|p| Link {
                            title: self.text(&p.title, lang),
                            href: u.relative(&path, &u.program(lang, &p.id)),
                            current: false,
                        })
                        .collect(),
                    body_html: md.html,
                    image: doc.image.as_ref().map(|(src, alt)| Image {
                        src: markdown::encode_path(&u.relative(&path, src)),
                        alt: alt.clone(),
                    }),
                    // Newer is "next", older is "previous", in the reader's language.
                    previous: pos.and_then(|i| neighbour(own.get(i + 1))),
                    next: pos.and_then(|i| i.checked_sub(1).and_then(|j| neighbour(own.get(j)))),
                };
                ctx.insert("article", &view);
                let summary = doc.summary.clone();
                (
                    path.clone(),
                    "article.html",
                    self.frame(lang, &PageKey::Article(group.name.clone()), doc.title.clone(), Some(summary)),
                )
            }
            Job::Page(lang, group, doc) => {
                let path = u.page(lang, &doc.slug);
                let md = self.markdown((&doc.source, doc.body_line), &doc.body, lang, &path, "");
                extras.links.extend(md.links);
                extras.diagnostics.extend(md.diagnostics);
                ctx.insert("title", &doc.title);
                ctx.insert("body_html", &md.html);
                let summary = doc.summary.clone();
                (
                    path.clone(),
                    "page.html",
                    self.frame(lang, &PageKey::Page(group.name.clone()), doc.title.clone(), Some(summary)),
                )
            }
            Job::Tags(lang) => {
                let path = u.tags(lang);
                let mut tags: Vec<(String, String, usize)> = self.index[lang]
                    .tags
                    .iter()
                    .map(|(slug, (name, arts, progs))| (name.clone(), slug.clone(), arts.len() + progs.len()))
                    .collect();
                tags.sort_by(|a, b| name_cmp(lang, &a.0, &b.0));
                let tags: Vec<serde_json::Value> = tags.into_iter().map(|(name, slug, count)| serde_json::json!({ "name": name, "href": u.relative(&path, &u.tag(lang, &slug)), "count": count })).collect();
                ctx.insert("tags", &tags);
                let title = self.t(lang, "nav.tags");
                (path.clone(), "tags.html", self.frame(lang, &PageKey::Tags, title, None))
            }
            Job::Tag(lang, ref slug) => {
                let path = u.tag(lang, slug);
                let index = &self.index[lang];
                let (name, arts, progs) = &index.tags[slug];
                let entries: Vec<views::Entry> =
                    arts.iter().map(|&i| self.entry_view(&index.articles[i], lang, &path)).collect();
                let programs: Vec<ProgramView> =
                    progs.iter().map(|p| self.program_view(p, lang, &path, false)).collect();
                ctx.insert("tag", name);
                ctx.insert("articles", &entries);
                ctx.insert("programs", &programs);
                let title = self.t(lang, "tags.tag").replace("{name}", name);
                (path.clone(), "tag.html", self.frame(lang, &PageKey::Tag(slug.clone()), title, None))
            }
            Job::Feed(lang) => return self.feed(lang),
            Job::NotFound => return self.not_found(),
            Job::Sitemap => return self.sitemap(),
        };
        ctx.insert("lang", frame.lang.as_str());
        ctx.insert("t", &self.strings[frame.lang.as_str()]);
        ctx.insert("frame", &frame);
        (path, template, ctx)
    }

    fn sorted_programs(&self, lang: &str) -> Vec<&'a Program> {
        let mut programs: Vec<&Program> = self.site.programs.iter().collect();
        programs.sort_by(|a, b| {
            name_cmp(lang, self.text(&a.title, lang).text.as_str(), self.text(&b.title, lang).text.as_str())
        });
        programs
    }

    fn pagination(&self, lang: &str, page: usize, from: &str) -> Pagination {
        let count = self.page_count(lang);
        let href = |n: usize| self.urls.relative(from, &self.urls.article_list(lang, n));
        Pagination {
            pages: (1..=count)
                .map(|n| Link { title: Txt::plain(&n.to_string()), href: href(n), current: n == page })
                .collect(),
            previous: (page > 1).then(|| href(page - 1)),
            next: (page < count).then(|| href(page + 1)),
        }
    }

    fn feed(&self, lang: &'a str) -> (String, &'static str, tera::Context) {
        let u = &self.urls;
        let path = u.atom(lang);
        let href = |to: &str| u.absolute(to).unwrap_or_else(|| u.relative(&path, to));
        let entries: Vec<FeedEntry> = self.index[lang]
            .articles
            .iter()
            .filter(|e| !e.fallback)
            .take(20)
            .map(|e| {
                let target = u.article(lang, &e.doc.slug);
                FeedEntry {
                    title: e.doc.title.clone(),
                    href: href(&target),
                    id: u.absolute(&target).unwrap_or_else(|| format!("urn:baocao:{lang}:{}", e.doc.slug)),
                    updated: e.doc.date.as_ref().map(|d| d.rfc3339()).unwrap_or_default(),
                    summary: e.doc.summary.clone(),
                }
            })
            .collect();
        let updated = entries.iter().map(|e| e.updated.clone()).max().unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let mut ctx = tera::Context::new();
        ctx.insert("lang", lang);
        ctx.insert("t", &self.strings[lang]);
        ctx.insert("title", &self.text(&self.site.config.title, lang).text);
        ctx.insert("id", &u.absolute(&path).unwrap_or_else(|| format!("urn:baocao:{lang}:feed")));
        ctx.insert("self_href", &href(&path));
        ctx.insert("home_href", &href(&u.home(lang)));
        ctx.insert("updated", &updated);
        ctx.insert("entries", &entries);
        (path, "atom.xml", ctx)
    }

    fn not_found(&self) -> (String, &'static str, tera::Context) {
        let u = &self.urls;
        let path = "404.html".to_string();
        // The 404 page is served at any address: with a base_url its links are absolute.
        let href = |to: &str| u.absolute(to).unwrap_or_else(|| u.relative(&path, to));
        let versions: Vec<serde_json::Value> = self
            .site
            .config
            .languages
            .iter()
            .map(|l| serde_json::json!({ "lang": l, "t": &self.strings[l], "home_href": href(&u.home(l)), "site_title": self.text(&self.site.config.title, l).text }))
            .collect();
        let lang = self.default_lang();
        let mut ctx = tera::Context::new();
        ctx.insert("lang", lang);
        ctx.insert("t", &self.strings[lang]);
        ctx.insert("versions", &versions);
        ctx.insert("stylesheet_href", &href("theme/style.css"));
        (path, "404.html", ctx)
    }

    fn sitemap(&self) -> (String, &'static str, tera::Context) {
        let site = self.site;
        let mut keys = vec![PageKey::Home, PageKey::Programs, PageKey::Tags];
        keys.extend(site.programs.iter().map(|p| PageKey::Program(p.id.clone())));
        keys.extend(site.articles.iter().map(|g| PageKey::Article(g.name.clone())));
        keys.extend(site.pages.iter().map(|g| PageKey::Page(g.name.clone())));
        let all_tags: BTreeSet<&String> = self.index.values().flat_map(|i| i.tags.keys()).collect();
        keys.extend(all_tags.into_iter().map(|t| PageKey::Tag(t.clone())));
        let max_pages = site.config.languages.iter().map(|l| self.page_count(l)).max().unwrap_or(1);
        keys.extend((1..=max_pages).map(PageKey::ArticleList));
        let mut urls = Vec::new();
        for key in &keys {
            let versions: Vec<(String, String)> = site
                .config
                .languages
                .iter()
                .filter_map(|l| Some((l.clone(), self.urls.absolute(&self.path_of(key, l)?)?)))
                .collect();
            for (_, loc) in &versions {
                let alternates: Vec<serde_json::Value> =
                    versions.iter().map(|(l, href)| serde_json::json!({ "lang": l, "href": href })).collect();
                urls.push(serde_json::json!({ "loc": loc, "alternates": if versions.len() > 1 { alternates } else { Vec::new() } }));
            }
        }
        urls.sort_by(|a, b| a["loc"].as_str().cmp(&b["loc"].as_str()));
        let mut ctx = tera::Context::new();
        ctx.insert("urls", &urls);
        ("sitemap.xml".into(), "sitemap.xml", ctx)
    }
}

/// What `@/` links can reach.
const ONLY: &str = "only articles/, pages/, programs/ and tags/ can be linked with @/";

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
