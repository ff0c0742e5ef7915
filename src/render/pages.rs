//! The page jobs: each prepares its template context (and draws its
//! charts), then renders; feeds, the 404 page and the sitemap too. Which
//! pages exist, where they live and which template they use is the
//! registry's (`render/registry`); this file fills in their content.

use super::*;

impl<'a> Renderer<'a> {
    pub(super) fn run(&self, job: &Job<'a>) -> JobResult {
        let mut links = Vec::new();
        let mut diagnostics = Vec::new();
        let mut charts = Vec::new();
        let mut internal = Vec::new();
        let mut extras =
            Extras { links: &mut links, diagnostics: &mut diagnostics, charts: &mut charts, internal: &mut internal };
        let (path, template, context) = match job {
            Job::Page(lang, key) => self.page(lang, key, &mut extras),
            Job::Feed(lang) => self.feed(lang),
            Job::NotFound => self.not_found(),
            Job::Sitemap => self.sitemap(),
        };
        let bytes = match &context.0 {
            Some(context) => self.template(template, context, &mut diagnostics),
            // Laid out, not made (`check`).
            None => Vec::new(),
        };
        let mut outputs = vec![Output::new(output_file(&path), bytes)];
        outputs.append(&mut charts);
        JobResult { outputs, links, diagnostics, internal }
    }

    /// The bytes `template` makes of `context`: none when it fails, and the reason.
    fn template(&self, template: &str, context: &tera::Context, diagnostics: &mut Vec<Diagnostic>) -> Vec<u8> {
        let mut page = templates::Bounded::new(templates::PAGE_LIMIT);
        let watched = self.watch.start(template);
        let result = self.tera.render_to(template, context, &mut page);
        self.watch.done(watched);
        match result {
            Ok(()) => page.into_bytes(),
            Err(_) if page.overflowed() => {
                diagnostics.push(templates::too_large(self.theme_name, template));
                Vec::new()
            }
            Err(e) => {
                diagnostics.push(templates::template_diagnostic(self.theme_name, &e));
                Vec::new()
            }
        }
    }

    /// The site path, template and context of a page.
    fn page(&self, lang: &'a str, key: &PageKey, extras: &mut Extras) -> (String, &'static str, Ctx) {
        let u = self.urls;
        let loc = self.locale(lang);
        let path = self.path_of(key, lang).expect("a page being rendered exists");
        let mut ctx = Ctx::new(self.dry);
        let summary = &self.summary.langs[lang];
        // The page's title and description (None: the site's).
        let (title, description) = match key {
            PageKey::Home => {
                let programs: Vec<ProgramView> =
                    self.sorted_programs(lang).into_iter().map(|p| self.program_view(p, lang, &path, false)).collect();
                ctx.insert("programs_chart", &self.programs_chart(&programs, lang, &path, extras));
                let latest =
                    self.entry_views(summary.articles.iter().take(self.site.config.per_page.min(5)), lang, &path);
                ctx.insert("programs", &programs);
                ctx.insert("articles", &latest);
                ctx.insert("articles_href", &u.relative(&path, &u.article_list(lang, 1)));
                (self.text(&self.site.config.title, lang).text, None)
            }
            PageKey::Programs => {
                let programs: Vec<ProgramView> =
                    self.sorted_programs(lang).into_iter().map(|p| self.program_view(p, lang, &path, false)).collect();
                ctx.insert("programs", &programs);
                (loc.t("nav.programs"), None)
            }
            PageKey::Program(id) => {
                let (index, program) = self.program(id).expect("a programme being rendered exists");
                let mut view = self.program_view(index, lang, &path, true);
                self.program_charts(index, &mut view, lang, &path, extras);
                if let Some(desc) = &program.description {
                    let l = desc.get(lang, self.default_lang());
                    let md =
                        self.markdown((&program.source, program.description_line), l.text, lang, &path, "about_", true);
                    extras.links.extend(md.links);
                    extras.diagnostics.extend(md.diagnostics);
                    self.image_budget(&program.source, md.image_weight, extras);
                    view.description_html = Some(match l.fallback_lang {
                        Some(fl) => format!("<div lang=\"{fl}\">{}</div>", md.html),
                        None => md.html,
                    });
                }
                let related =
                    self.entry_views(summary.related[index].iter().map(|&i| &summary.articles[i]), lang, &path);
                ctx.insert("articles", &related);
                let files = self.data_files(index, lang, &path, true);
                let csv = files.iter().find(|f| f.ext == "csv").expect("CSV is one of the formats");
                ctx.insert("csv_href", &csv.href);
                ctx.insert("csv_size", &csv.size);
                let budget_csv = files.iter().find(|f| f.ext == "budget.csv");
                ctx.insert("budget_csv", &budget_csv);
                ctx.insert("data_files", &files);
                let title = view.title.text.clone();
                let description = view.summary.text.clone();
                ctx.insert("program", &view);
                (title, Some(description))
            }
            PageKey::ArticleList(page) => {
                let per = self.site.config.per_page;
                let entries = self.entry_views(summary.articles.iter().skip((page - 1) * per).take(per), lang, &path);
                ctx.insert("articles", &entries);
                if !self.dry {
                    let count = summary.page_count(per);
                    let pager = Pagination::new(*page, count, |n| u.relative(&path, &u.article_list(lang, n)));
                    ctx.insert("pagination", &pager);
                }
                (paged_title(loc, loc.t("nav.articles"), *page), None)
            }
            PageKey::Article(name) => {
                let (index, group) = self.article_group(name);
                let doc = &group.by_lang[lang];
                let md = self.markdown((&doc.source, doc.body_line), doc.body(), lang, &path, "", doc.image.is_none());
                extras.links.extend(md.links);
                extras.diagnostics.extend(md.diagnostics);
                let relative = |to: &str| u.relative(&path, to);
                let image = doc.image.as_ref().map(|(src, alt)| {
                    let lead = self.image_show(lang, "", false).lead(src, alt, &relative);
                    let src = markdown::encode_path(&u.relative(&path, src));
                    let (html, weight) = match lead {
                        Some(p) => (p.html, p.weight),
                        None => {
                            (format!("<img class=\"lead-image\" src=\"{src}\" alt=\"{}\">", escape_attribute(alt)), 0)
                        }
                    };
                    (Image { src, alt: alt.clone(), html }, weight)
                });
                let lead_weight = image.as_ref().map_or(0, |(_, w)| *w);
                self.image_budget(&doc.source, md.image_weight + lead_weight, extras);
                if self.dry {
                    return (path, key.kind().template, ctx);
                }
                let neighbour = |group: Option<usize>| {
                    let doc = &self.site.articles[group?].by_lang[lang];
                    Some(Link {
                        title: Txt::plain(&doc.title),
                        href: u.relative(&path, &u.article(lang, &doc.slug)),
                        current: false,
                    })
                };
                let (older, newer) = summary.neighbours.get(index).copied().unwrap_or_default();
                let view = ArticleView {
                    title: Txt::plain(&doc.title),
                    date: doc.date.as_ref().map(|d| loc.date_short(d)),
                    date_long: doc.date.as_ref().map(|d| loc.date_long(d)),
                    date_iso: doc.date.as_ref().map(|d| d.iso()),
                    tags: self.tag_links(&doc.tags, lang, &path),
                    programs: doc
                        .programs
                        .iter()
                        .filter_map(|id| self.program(id))
                        .map(|(_, p)| Link {
                            title: self.text(&p.title, lang),
                            href: u.relative(&path, &u.program(lang, &p.id)),
                            current: false,
                        })
                        .collect(),
                    body_html: md.html,
                    image: image.map(|(image, _)| image),
                    // Newer is "next", older is "previous", in the reader's language.
                    previous: neighbour(older),
                    next: neighbour(newer),
                };
                ctx.insert("article", &view);
                (doc.title.clone(), Some(doc.summary.clone()))
            }
            PageKey::Page(name) => {
                let group = registry::find(&self.site.pages, name, |g| &g.name).expect("a page being rendered exists");
                let doc = &group.by_lang[lang];
                let md = self.markdown((&doc.source, doc.body_line), doc.body(), lang, &path, "", true);
                extras.links.extend(md.links);
                extras.diagnostics.extend(md.diagnostics);
                self.image_budget(&doc.source, md.image_weight, extras);
                ctx.insert("title", &doc.title);
                ctx.insert("body_html", &md.html);
                (doc.title.clone(), Some(doc.summary.clone()))
            }
            PageKey::Tags => {
                let mut tags: Vec<(&String, &crate::summary::TagEntry)> = summary.tags.iter().collect();
                tags.sort_by(|a, b| loc.collate(&a.1.name, &b.1.name));
                let tags: Vec<TagLink> = tags
                    .into_iter()
                    .map(|(slug, tag)| TagLink {
                        name: Txt::new(&tag.name, tag.name_lang.as_deref()),
                        href: u.relative(&path, &u.tag(lang, slug, 1)),
                        count: tag.articles.len() + tag.programs.len(),
                    })
                    .collect();
                ctx.insert("tags", &tags);
                (loc.t("nav.tags"), None)
            }
            PageKey::Search => {
                let view = self.search_page(lang, &path, extras);
                ctx.insert("search", &view);
                (loc.t("search.title"), Some(loc.t("search.description")))
            }
            PageKey::Tag(slug, page) => {
                let tag = &summary.tags[slug];
                let per = self.site.config.per_page;
                let listed = tag.articles.iter().skip((page - 1) * per).take(per);
                let entries = self.entry_views(listed.map(|&i| &summary.articles[i]), lang, &path);
                // The first page shows the topic's programmes, the others only articles.
                let programs: Vec<ProgramView> = match page {
                    1 => tag.programs.iter().map(|&p| self.program_view(p, lang, &path, false)).collect(),
                    _ => Vec::new(),
                };
                if !self.dry {
                    let count = tag.page_count(per);
                    let pager = Pagination::new(*page, count, |n| u.relative(&path, &u.tag(lang, slug, n)));
                    ctx.insert("pagination", &pager);
                }
                ctx.insert("tag", &tag.name);
                ctx.insert("tag_name", &Txt::new(&tag.name, tag.name_lang.as_deref()));
                let description = tag.description.as_ref().map(|(d, l)| Txt::new(d, l.as_deref()));
                ctx.insert("tag_description", &description);
                ctx.insert("articles", &entries);
                ctx.insert("programs", &programs);
                (paged_title(loc, loc.t("tags.tag").replace("{name}", &tag.name), *page), None)
            }
        };
        if !self.dry {
            let frame = self.frame(lang, key, &path, title, description);
            ctx.insert("lang", lang);
            ctx.insert("t", loc.strings());
            ctx.insert("frame", &frame);
        }
        (path, key.kind().template, ctx)
    }

    /// The views of listed articles; none in a dry render, which shows no list.
    fn entry_views<'l>(&self, listed: impl Iterator<Item = &'l Listed>, lang: &str, from: &str) -> Vec<EntryView> {
        if self.dry {
            return Vec::new();
        }
        listed.map(|e| self.entry_view(e, lang, from)).collect()
    }

    fn article_group(&self, name: &str) -> (usize, &'a Translations) {
        let i = self
            .site
            .articles
            .binary_search_by(|g| g.name.as_str().cmp(name))
            .expect("an article being rendered exists");
        (i, &self.site.articles[i])
    }

    pub(super) fn sorted_programs(&self, lang: &str) -> Vec<usize> {
        let loc = self.locale(lang);
        let mut programs: Vec<usize> = (0..self.site.programs.len()).collect();
        let title = |i: usize| self.text(&self.site.programs[i].title, lang).text;
        programs.sort_by(|&a, &b| loc.collate(&title(a), &title(b)));
        programs
    }

    pub(super) fn feed(&self, lang: &'a str) -> (String, &'static str, Ctx) {
        let u = self.urls;
        let path = u.atom(lang);
        if self.dry {
            return (path, "atom.xml", Ctx::new(true));
        }
        let href = |to: &str| u.absolute(to).unwrap_or_else(|| u.relative(&path, to));
        let entries: Vec<FeedEntry> = self.summary.langs[lang]
            .articles
            .iter()
            .filter(|e| !e.fallback)
            .filter_map(|e| {
                let (group, doc) = self.listed(e);
                PageKey::Article(group.name.clone()).kind().in_feed.then_some(doc)
            })
            .take(FEED_ENTRIES)
            .map(|doc| {
                let target = u.article(lang, &doc.slug);
                FeedEntry {
                    title: doc.title.clone(),
                    href: href(&target),
                    id: u.absolute(&target).unwrap_or_else(|| format!("urn:baocao:{lang}:{}", doc.slug)),
                    updated: doc.date.as_ref().map(|d| d.rfc3339()).unwrap_or_default(),
                    summary: doc.summary.clone(),
                }
            })
            .collect();
        let updated = entries.iter().map(|e| e.updated.clone()).max().unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let mut ctx = Ctx::new(self.dry);
        ctx.insert("lang", lang);
        ctx.insert("t", self.locale(lang).strings());
        ctx.insert("title", &self.text(&self.site.config.title, lang).text);
        ctx.insert("id", &u.absolute(&path).unwrap_or_else(|| format!("urn:baocao:{lang}:feed")));
        ctx.insert("self_href", &href(&path));
        ctx.insert("home_href", &href(&u.home(lang)));
        ctx.insert("updated", &updated);
        ctx.insert("entries", &entries);
        (path, "atom.xml", ctx)
    }

    pub(super) fn not_found(&self) -> (String, &'static str, Ctx) {
        let u = self.urls;
        let path = "404.html".to_string();
        if self.dry {
            return (path, "404.html", Ctx::new(true));
        }
        // The 404 page is served at any address: with a base_url its links are absolute.
        let href = |to: &str| u.absolute(to).unwrap_or_else(|| u.relative(&path, to));
        let versions: Vec<NotFoundVersion> = self
            .site
            .config
            .languages
            .iter()
            .map(|l| NotFoundVersion {
                lang: l.clone(),
                t: self.locale(l).strings().clone(),
                home_href: href(&u.home(l)),
                site_title: self.text(&self.site.config.title, l).text,
            })
            .collect();
        let lang = self.default_lang();
        let mut ctx = Ctx::new(self.dry);
        ctx.insert("lang", lang);
        ctx.insert("t", self.locale(lang).strings());
        ctx.insert("versions", &versions);
        ctx.insert("stylesheet_href", &href("theme/style.css"));
        (path, "404.html", ctx)
    }

    pub(super) fn sitemap(&self) -> (String, &'static str, Ctx) {
        if self.dry {
            return ("sitemap.xml".into(), "sitemap.xml", Ctx::new(true));
        }
        let languages = &self.site.config.languages;
        let keys: BTreeSet<PageKey> =
            languages.iter().flat_map(|l| self.pages.all(l)).filter(|k| k.kind().in_sitemap).collect();
        let mut urls = Vec::new();
        for key in &keys {
            let versions: Vec<Alternate> = languages
                .iter()
                .filter_map(|l| Some(Alternate { lang: l.clone(), href: self.urls.absolute(&self.path_of(key, l)?)? }))
                .collect();
            for version in &versions {
                let alternates = if versions.len() > 1 { versions.clone() } else { Vec::new() };
                let lastmod = self.lastmod(key, &version.lang).map(|d| d.iso());
                urls.push(SitemapUrl { loc: version.href.clone(), lastmod, alternates });
            }
        }
        urls.sort_by(|a, b| a.loc.cmp(&b.loc));
        let mut ctx = Ctx::new(self.dry);
        ctx.insert("urls", &urls);
        ("sitemap.xml".into(), "sitemap.xml", ctx)
    }

    pub(super) fn markdown(
        &self,
        source: (&str, usize),
        text: &str,
        lang: &str,
        page: &str,
        id_prefix: &str,
        first_image_eager: bool,
    ) -> markdown::RenderedMarkdown {
        let (source, first_line) = source;
        let resolve = |c: &str| self.resolve_content(c, lang);
        let relative = |to: &str| self.urls.relative(page, to);
        let images = self.image_show(lang, images::SIZES_PROSE, first_image_eager);
        markdown::render(
            text,
            &MarkdownContext {
                source,
                first_line,
                page,
                resolve: &resolve,
                relative: &relative,
                id_prefix,
                unsafe_html: self.site.config.unsafe_html,
                images: Some(&images),
            },
        )
    }

    fn image_show(&self, lang: &str, sizes: &'static str, first_is_eager: bool) -> images::ImageShow<'a> {
        images::ImageShow {
            images: self.images,
            original_label: self.images.settings.original.then(|| self.t(lang, "image.original")),
            sizes,
            first_is_eager,
        }
    }

    /// A page whose images weigh more than the budget on a small phone is warned about.
    fn image_budget(&self, source: &str, weight: u64, extras: &mut Extras) {
        if weight > images::BUDGET_BYTES {
            let message =
                Message::PageImagesHeavy { kb: weight.div_ceil(1000), budget_kb: images::BUDGET_BYTES / 1000 };
            extras.diagnostics.push(Diagnostic::new(source, 1, 1, message));
        }
    }
}

/// A page's template context; a dry render ([`RenderOptions::paths_only`])
/// makes none, as its pages are laid out, not written.
pub(super) struct Ctx(Option<tera::Context>);

impl Ctx {
    fn new(dry: bool) -> Ctx {
        Ctx((!dry).then(tera::Context::new))
    }

    pub(super) fn insert<T: serde::Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        if let Some(context) = &mut self.0 {
            context.insert(key, value);
        }
    }
}

/// Escapes text for an attribute value (an image shown as written).
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The title of page `page` of a list titled `title`: `Bài viết – Trang 2`.
fn paged_title(loc: &Locale, title: String, page: usize) -> String {
    match page {
        1 => title,
        _ => format!("{title} – {}", loc.t("list.page").replace("{n}", &page.to_string())),
    }
}
