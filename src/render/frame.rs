//! The frame around every page: head metadata (title, description,
//! canonical and alternate links), the language switcher, the navigation,
//! the breadcrumbs and the footer with the open-data links.

use super::registry::Section;
use super::*;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct LangLink {
    pub lang: String,
    /// The language's own name: `Tiếng Việt`, `English`.
    pub name: String,
    pub href: String,
    pub current: bool,
    /// False when the page has no version in this language and the link
    /// leads elsewhere: that language's home, or (`first_page`) the
    /// topic's first page.
    pub translated: bool,
    /// The page is a later page of a topic that this language has fewer
    /// pages of: the link leads to the topic's first page instead.
    pub first_page: bool,
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
    /// `Số liệu cập nhật đến ngày 31/12/2020.`, when the content has a date.
    pub as_of: Option<String>,
    /// The as-of date, ISO (`2020-12-31`), for `<time datetime>` and data.
    pub as_of_iso: Option<String>,
    /// A link to the licence, named as readers know it (`CC BY 4.0`).
    pub licence_link: String,
    pub datapackage_href: Option<String>,
    /// Open Graph and Twitter card tags.
    pub meta: Vec<super::sharing::MetaTag>,
    /// schema.org JSON-LD of the page (programmes), escaped for a script element.
    pub json_ld: Option<String>,
    pub icon_svg_href: String,
    pub icon_png_href: String,
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
    /// "12 KB": on the programme's page. The footer of every page leaves
    /// it out, so that a programme's figures change only its own pages
    /// (an incremental rebuild renders those alone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// "CSV spreadsheet", in the page's language.
    pub label: String,
}

impl<'a> Renderer<'a> {
    /// The frame around a page: head metadata, switcher, navigation, footer.
    pub(super) fn frame(
        &self,
        lang: &'a str,
        key: &PageKey,
        path: &str,
        title: String,
        description: Option<String>,
    ) -> Frame {
        let site = self.site;
        let u = self.urls;
        let kind = key.kind();
        let is_home = kind.section == Section::Home;
        let breadcrumbs = if is_home { Vec::new() } else { self.crumbs(lang, path, kind.parent) };
        let rel = |to: &str| u.relative(path, to);
        let site_title = self.text(&site.config.title, lang);
        let site_description = site.config.description.as_ref().map(|d| self.text(d, lang));
        let description = description
            .filter(|d| !d.is_empty())
            .or_else(|| site_description.as_ref().map(|d| d.text.clone()))
            .unwrap_or_else(|| site_title.text.clone());
        let full_title = if is_home { site_title.text.clone() } else { format!("{title} – {}", site_title.text) };
        let mut alternates = Vec::new();
        let mut switcher = Vec::new();
        for other in &site.config.languages {
            let target = self.path_of(key, other);
            if let Some(t) = &target {
                alternates.push(Alternate { lang: other.clone(), href: u.absolute(t).unwrap_or_else(|| rel(t)) });
            }
            // A later page of a topic the other language has fewer pages
            // of: the topic's first page, else the home page.
            let first_page = target.is_none().then(|| self.first_page_of(key, other)).flatten();
            switcher.push(LangLink {
                lang: other.clone(),
                name: self.t(other, "lang_name"),
                first_page: first_page.is_some(),
                href: rel(&target.clone().or(first_page).unwrap_or_else(|| u.home(other))),
                current: other == lang,
                translated: target.is_some(),
            });
        }
        let mut nav: Vec<Link> = [Section::Home, Section::Programs, Section::Articles]
            .into_iter()
            .map(|section| {
                let (title, href) = self.section_index(section, lang);
                Link { title: Txt::plain(&title), href: rel(&href), current: kind.section == section }
            })
            .collect();
        let mut menu: Vec<(i64, Link)> = site
            .pages
            .iter()
            .filter_map(|g| {
                let (doc, fallback) = crate::summary::version(g, lang, self.default_lang())?;
                let weight = doc.menu?;
                let href = u.page(&doc.lang, &doc.slug);
                let current = matches!(key, PageKey::Page(n) if *n == g.name);
                Some((
                    weight,
                    Link {
                        title: Txt::new(&doc.title, fallback.then_some(doc.lang.as_str())),
                        href: rel(&href),
                        current,
                    },
                ))
            })
            .collect();
        menu.sort_by_key(|(w, _)| *w);
        nav.extend(menu.into_iter().map(|(_, l)| l));
        let (title, href) = self.section_index(Section::Search, lang);
        nav.push(Link { title: Txt::plain(&title), href: rel(&href), current: kind.section == Section::Search });
        let data_links = (0..site.programs.len())
            .map(|i| DataLink {
                title: self.text(&site.programs[i].title, lang),
                files: self.data_files(i, lang, path, false),
            })
            .collect();
        let contact = site.config.contact.as_ref().map(|c| ContactView {
            email: c.email.clone(),
            phone: c.phone.clone(),
            address: c.address.as_ref().map(|a| self.text(a, lang)),
        });
        let meta = self.meta_tags(lang, key, path, &full_title, &description);
        Frame {
            lang: lang.to_string(),
            kind: kind.name,
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
            as_of: site.as_of.as_ref().map(|a| {
                let loc = self.locale(lang);
                loc.t("program.as_of").replace("{date}", &loc.date_short(&a.date))
            }),
            as_of_iso: site.as_of.as_ref().map(|a| a.date.iso()),
            licence_link: format!(
                "<a rel=\"license\" href=\"{}\">{}</a>",
                site.config.license.url, site.config.license.name
            ),
            datapackage_href: (!site.programs.is_empty()).then(|| rel(super::data::PACKAGE_PATH)),
            meta,
            json_ld: match key {
                PageKey::Program(id) => self.program(id).map(|(i, _)| self.dataset_json_ld(lang, i, path)),
                _ => None,
            },
            icon_svg_href: rel("theme/favicon.svg"),
            icon_png_href: rel("theme/favicon-32.png"),
        }
    }

    /// The first page of the topic `key` is a later page of, in `lang`.
    /// (Every language lists every article, in its own version or
    /// another's, so only topics, which follow each version's tags, can
    /// have fewer pages in one language.)
    fn first_page_of(&self, key: &PageKey, lang: &str) -> Option<String> {
        match key {
            PageKey::Tag(slug, page) if *page > 1 => self.path_of(&PageKey::Tag(slug.clone(), 1), lang),
            _ => None,
        }
    }

    /// The name and index page of a section of the navigation.
    fn section_index(&self, section: Section, lang: &str) -> (String, String) {
        let u = self.urls;
        match section {
            Section::Home => (self.t(lang, "nav.home"), u.home(lang)),
            Section::Programs => (self.t(lang, "nav.programs"), u.programs(lang)),
            Section::Articles => (self.t(lang, "nav.articles"), u.article_list(lang, 1)),
            Section::Tags => (self.t(lang, "nav.tags"), u.tags(lang)),
            Section::Search => (self.t(lang, "nav.search"), u.search(lang)),
            Section::None => (String::new(), u.home(lang)),
        }
    }

    /// Home, then the section (if any) above the page.
    pub(super) fn crumbs(&self, lang: &str, from: &str, parent: Option<Section>) -> Vec<Link> {
        let mut out = vec![Link {
            title: Txt::plain(&self.t(lang, "nav.home")),
            href: self.urls.relative(from, &self.urls.home(lang)),
            current: false,
        }];
        if let Some(section) = parent {
            let (title, path) = self.section_index(section, lang);
            out.push(Link { title: Txt::plain(&title), href: self.urls.relative(from, &path), current: false });
        }
        out
    }

    /// A programme's open-data files, linked from the page at `from`, with
    /// their sizes when `sized`.
    pub(super) fn data_files(&self, index: usize, lang: &str, from: &str, sized: bool) -> Vec<DataFile> {
        let id = &self.site.programs[index].id;
        let loc = self.locale(lang);
        data::FORMATS
            .iter()
            .zip(&self.data_sizes[index])
            .filter_map(|(format, size)| {
                // No such file for this programme: not linked.
                let size = (*size)?;
                Some(DataFile {
                    ext: format.ext,
                    name: format.name,
                    mime: format.mime,
                    href: self.urls.relative(from, &self.urls.data(id, format.ext)),
                    size: sized.then(|| loc.size(size)),
                    label: loc.t(&format!("program.download_{}", format.ext.replace('.', "_"))),
                })
            })
            .collect()
    }
}
