//! The registry of page kinds: for each kind, in one place, its address in
//! each language, its template, its section of the navigation, its
//! breadcrumbs, and whether it is in the sitemap and the feeds. The page
//! jobs and the sitemap are derived from [`pages`]; every `match` on
//! [`PageKey`] outside this file is a view that the compiler makes
//! complete.

use super::urls::Urls;
use crate::model::{Site, Translations};
use crate::summary::Summary;

/// Every kind of page, named independently of its language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageKey {
    Home,
    Programs,
    /// A programme, by id.
    Program(String),
    /// 1-based page number.
    ArticleList(usize),
    /// An article, by source name.
    Article(String),
    Tags,
    /// A topic, by slug, and the 1-based page of its article list.
    Tag(String, usize),
    /// A standalone page, by source name.
    Page(String),
    /// The search page, with its index (and, without script, an A–Z index).
    Search,
}

/// The part of the site a page belongs to: the navigation marks it, and
/// the breadcrumbs of the pages inside it lead to its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Programs,
    Articles,
    Tags,
    Search,
    /// Standalone pages: in the navigation by their own `menu`.
    None,
}

/// What a page kind is, apart from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageKind {
    /// `frame.kind` in templates: `home`, `program`, ...
    pub name: &'static str,
    pub template: &'static str,
    pub section: Section,
    /// The section whose index the breadcrumbs lead to, after Home.
    pub parent: Option<Section>,
    pub in_sitemap: bool,
    /// Entries of the language's Atom feed.
    pub in_feed: bool,
}

impl PageKey {
    /// The kind of this page.
    pub fn kind(&self) -> PageKind {
        let kind = |name, template, section, parent, in_feed| PageKind {
            name,
            template,
            section,
            parent,
            in_sitemap: true,
            in_feed,
        };
        match self {
            PageKey::Home => kind("home", "home.html", Section::Home, None, false),
            PageKey::Programs => kind("programs", "programs.html", Section::Programs, None, false),
            PageKey::Program(_) => kind("program", "program.html", Section::Programs, Some(Section::Programs), false),
            PageKey::ArticleList(_) => kind("articles", "articles.html", Section::Articles, None, false),
            PageKey::Article(_) => kind("article", "article.html", Section::Articles, Some(Section::Articles), true),
            PageKey::Tags => kind("tags", "tags.html", Section::Tags, None, false),
            PageKey::Tag(..) => kind("tag", "tag.html", Section::Tags, Some(Section::Tags), false),
            PageKey::Page(_) => kind("page", "page.html", Section::None, None, false),
            PageKey::Search => kind("search", "search.html", Section::Search, None, false),
        }
    }
}

/// What the registry needs to know of a site.
pub struct Pages<'a> {
    pub site: &'a Site,
    pub summary: &'a Summary,
    pub urls: &'a Urls<'a>,
}

impl<'a> Pages<'a> {
    /// Every page of the site in `lang`, in a stable order.
    pub fn all(&self, lang: &str) -> Vec<PageKey> {
        let site = self.site;
        let summary = &self.summary.langs[lang];
        let mut keys = vec![PageKey::Home, PageKey::Programs, PageKey::Tags];
        keys.extend(site.programs.iter().map(|p| PageKey::Program(p.id.clone())));
        keys.extend((1..=summary.page_count(site.config.per_page)).map(PageKey::ArticleList));
        keys.extend(versions(&site.articles, lang).map(PageKey::Article));
        keys.extend(versions(&site.pages, lang).map(PageKey::Page));
        for (slug, tag) in &summary.tags {
            keys.extend((1..=tag.page_count(site.config.per_page)).map(|n| PageKey::Tag(slug.clone(), n)));
        }
        keys.push(PageKey::Search);
        keys
    }

    /// The site path of a page in `lang`, if the page exists in that language.
    pub fn path(&self, key: &PageKey, lang: &str) -> Option<String> {
        let u = self.urls;
        Some(match key {
            PageKey::Home => u.home(lang),
            PageKey::Programs => u.programs(lang),
            PageKey::Program(id) => {
                find(&self.site.programs, id, |p| &p.id)?;
                u.program(lang, id)
            }
            PageKey::ArticleList(n) => {
                if *n == 0 || *n > self.summary.langs.get(lang)?.page_count(self.site.config.per_page) {
                    return None;
                }
                u.article_list(lang, *n)
            }
            PageKey::Article(name) => {
                u.article(lang, &find(&self.site.articles, name, |g| &g.name)?.by_lang.get(lang)?.slug)
            }
            PageKey::Tags => u.tags(lang),
            PageKey::Tag(slug, n) => {
                let tag = self.summary.langs.get(lang)?.tags.get(slug)?;
                if *n == 0 || *n > tag.page_count(self.site.config.per_page) {
                    return None;
                }
                u.tag(lang, slug, *n)
            }
            PageKey::Page(name) => u.page(lang, &find(&self.site.pages, name, |g| &g.name)?.by_lang.get(lang)?.slug),
            PageKey::Search => u.search(lang),
        })
    }
}

/// Names of the groups that have a version in `lang`.
fn versions<'g>(groups: &'g [Translations], lang: &'g str) -> impl Iterator<Item = String> + 'g {
    groups.iter().filter(move |g| g.by_lang.contains_key(lang)).map(|g| g.name.clone())
}

/// The item named `name` in a slice sorted by name.
pub fn find<'s, T>(items: &'s [T], name: &str, key: impl Fn(&T) -> &String) -> Option<&'s T> {
    items.binary_search_by(|item| key(item).as_str().cmp(name)).ok().map(|i| &items[i])
}
