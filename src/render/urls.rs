//! Where every page lives, and how one page links to another.
//!
//! A site path has no leading `/`: `en/articles/x/` (a page, ending in `/`)
//! or `atom.xml` (a file). Links between pages are always relative, so the
//! site works at a host's root, under any sub-path and, with `offline`
//! (links to pages end in `index.html`), from the disk over `file://`.

use crate::model::SiteConfig;

/// Builds site paths for one site's configuration.
pub struct Urls<'a> {
    pub config: &'a SiteConfig,
    pub offline: bool,
}

impl Urls<'_> {
    /// `""` for the default language, `en/` for the others.
    pub fn lang_root(&self, lang: &str) -> String {
        if lang == self.config.default_lang() { String::new() } else { format!("{lang}/") }
    }

    pub fn home(&self, lang: &str) -> String {
        self.lang_root(lang)
    }

    pub fn programs(&self, lang: &str) -> String {
        format!("{}{}/", self.lang_root(lang), self.config.paths(lang).programs)
    }

    pub fn program(&self, lang: &str, id: &str) -> String {
        format!("{}{id}/", self.programs(lang))
    }

    pub fn article_list(&self, lang: &str, page: usize) -> String {
        paged(format!("{}{}/", self.lang_root(lang), self.config.paths(lang).articles), page)
    }

    pub fn article(&self, lang: &str, slug: &str) -> String {
        format!("{}{slug}/", self.article_list(lang, 1))
    }

    pub fn tags(&self, lang: &str) -> String {
        format!("{}{}/", self.lang_root(lang), self.config.paths(lang).tags)
    }

    /// A topic's page `page` (1-based) of its articles.
    pub fn tag(&self, lang: &str, slug: &str, page: usize) -> String {
        paged(format!("{}{slug}/", self.tags(lang)), page)
    }

    pub fn search(&self, lang: &str) -> String {
        format!("{}{}/", self.lang_root(lang), self.config.paths(lang).search)
    }

    pub fn page(&self, lang: &str, slug: &str) -> String {
        let prefix = &self.config.paths(lang).pages;
        if prefix.is_empty() {
            format!("{}{slug}/", self.lang_root(lang))
        } else {
            format!("{}{prefix}/{slug}/", self.lang_root(lang))
        }
    }

    pub fn atom(&self, lang: &str) -> String {
        format!("{}atom.xml", self.lang_root(lang))
    }

    pub fn data(&self, program: &str, ext: &str) -> String {
        format!("data/{program}.{ext}")
    }

    /// The relative link from the page at `from` to the site path `to`.
    pub fn relative(&self, from: &str, to: &str) -> String {
        relative(from, to, self.offline)
    }

    /// The absolute URL of a site path, when the site has a `base_url`.
    pub fn absolute(&self, to: &str) -> Option<String> {
        self.config.base_url.as_ref().map(|base| format!("{base}{to}"))
    }
}

/// Page `page` of a paginated list whose first page is `base`: `base`
/// itself, then `base/page/2/` and on.
fn paged(base: String, page: usize) -> String {
    if page <= 1 { base } else { format!("{base}page/{page}/") }
}

/// The file a site path is written to: pages become `<path>index.html`.
pub fn output_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.to_string() }
}

/// The relative link from the page or file at site path `from` to `to`.
pub fn relative(from: &str, to: &str, offline: bool) -> String {
    let (to_path, fragment) = match to.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (to, None),
    };
    // The folder that `from` is in: a page is its own folder.
    let depth = match from.rfind('/') {
        Some(i) => from[..i].split('/').count(),
        None => 0,
    };
    let mut link = "../".repeat(depth);
    link.push_str(to_path);
    if offline && (link.is_empty() || link.ends_with('/')) {
        link.push_str("index.html");
    } else if link.is_empty() {
        link.push_str("./");
    }
    if let Some(f) = fragment {
        link.push('#');
        link.push_str(f);
    }
    link
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links() {
        let cases = [
            ("", "", false, "./"),
            ("", "", true, "index.html"),
            ("", "bai-viet/x/", false, "bai-viet/x/"),
            ("en/articles/x/", "", false, "../../../"),
            ("en/articles/x/", "", true, "../../../index.html"),
            ("en/articles/x/", "en/programs/p/#demo", true, "../../../en/programs/p/index.html#demo"),
            ("en/", "theme/style.css", false, "../theme/style.css"),
            ("404.html", "en/", false, "en/"),
            ("en/atom.xml", "en/articles/x/", false, "../en/articles/x/"),
        ];
        for (from, to, offline, expected) in cases {
            assert_eq!(relative(from, to, offline), expected, "{from} → {to}");
        }
    }

    #[test]
    fn output_files() {
        assert_eq!(output_file(""), "index.html");
        assert_eq!(output_file("en/articles/"), "en/articles/index.html");
        assert_eq!(output_file("atom.xml"), "atom.xml");
    }
}
