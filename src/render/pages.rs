//! The page jobs: each prepares its template context (and draws its
//! charts), then renders; feeds, the 404 page and the sitemap too.

use super::*;

impl<'a> Renderer<'a> {
    pub(super) fn run(&self, job: &Job<'a>) -> JobResult {
        let mut links = Vec::new();
        let mut diagnostics = Vec::new();
        let mut charts = Vec::new();
        let mut internal = Vec::new();
        let extras = &mut Extras {
            links: &mut links,
            diagnostics: &mut diagnostics,
            charts: &mut charts,
            internal: &mut internal,
        };
        let (path, template, context) = self.prepare(job, extras);
        let bytes = match self.tera.render(template, &context) {
            Ok(s) => s.into_bytes(),
            Err(e) => {
                diagnostics.push(templates::template_diagnostic(self.theme_name, &e));
                Vec::new()
            }
        };
        let mut outputs = vec![Output { path: output_file(&path), bytes }];
        outputs.append(&mut charts);
        JobResult { outputs, links, diagnostics, internal }
    }

    /// The site path, template and context of a job.
    pub(super) fn prepare(&self, job: &Job<'a>, extras: &mut Extras) -> (String, &'static str, tera::Context) {
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

    pub(super) fn sorted_programs(&self, lang: &str) -> Vec<&'a Program> {
        let mut programs: Vec<&Program> = self.site.programs.iter().collect();
        programs.sort_by(|a, b| {
            name_cmp(lang, self.text(&a.title, lang).text.as_str(), self.text(&b.title, lang).text.as_str())
        });
        programs
    }

    pub(super) fn pagination(&self, lang: &str, page: usize, from: &str) -> Pagination {
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

    pub(super) fn feed(&self, lang: &'a str) -> (String, &'static str, tera::Context) {
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

    pub(super) fn not_found(&self) -> (String, &'static str, tera::Context) {
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

    pub(super) fn sitemap(&self) -> (String, &'static str, tera::Context) {
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
