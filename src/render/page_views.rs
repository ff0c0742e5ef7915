//! Builds the views templates see (frame, entries, programmes with their
//! indicators) for one page in one language.

use super::*;

impl<'a> Renderer<'a> {
    pub(super) fn status_view(&self, status: Status, lang: &str) -> StatusView {
        let icon = match status {
            Status::Achieved => "✓",
            Status::OnTrack => "→",
            Status::AtRisk => "!",
            Status::OffTrack => "✕",
            Status::NoData => "–",
        };
        StatusView { key: status.key(), label: self.t(lang, &format!("status.{}", status.key())), icon }
    }

    pub(super) fn tag_links(&self, tags: &[Tag], lang: &str, from: &str) -> Vec<Link> {
        tags.iter()
            .map(|t| Link {
                title: Txt::plain(&t.name),
                href: self.urls.relative(from, &self.urls.tag(lang, &t.slug)),
                current: false,
            })
            .collect()
    }

    pub(super) fn entry_view(&self, e: &Entry, lang: &str, from: &str) -> views::Entry {
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

    pub(super) fn program_view(&self, program: &Program, lang: &str, from: &str, full: bool) -> ProgramView {
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
    pub(super) fn frame(&self, lang: &'a str, key: &PageKey, title: String, description: Option<String>) -> Frame {
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
    pub(super) fn crumbs(&self, lang: &str, from: &str, trail: Option<(String, String)>) -> Vec<Link> {
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

    pub(super) fn markdown(
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
}
