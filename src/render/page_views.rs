//! Builds the views templates see (frame, entries, programmes with their
//! indicators) for one page in one language, from the model and its
//! summary: nothing here computes a status or a total.

use super::registry::Section;
use super::*;
use crate::model::{Budget, Indicator, ProgressPoint, Tag};
use crate::status::Status;

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

    pub(super) fn entry_view(&self, e: &Listed, lang: &str, from: &str) -> EntryView {
        let (_, doc) = self.listed(e);
        let loc = self.locale(lang);
        let doc_lang = doc.lang.as_str();
        let fallback = e.fallback.then_some(doc_lang);
        EntryView {
            title: Txt::new(&doc.title, fallback),
            href: self.urls.relative(from, &self.urls.article(doc_lang, &doc.slug)),
            date: doc.date.as_ref().map(|d| loc.date_short(d)),
            date_iso: doc.date.as_ref().map(|d| d.iso()),
            summary: Txt::new(&doc.summary, fallback),
            fallback: e.fallback,
            tags: self.tag_links(&doc.tags, lang, from),
        }
    }

    /// A programme, by index; with its indicators when `full`.
    pub(super) fn program_view(&self, index: usize, lang: &str, from: &str, full: bool) -> ProgramView {
        let program = &self.site.programs[index];
        let summary = &self.summary.programs[index];
        let loc = self.locale(lang);
        let indicators: Vec<IndicatorView> = if full {
            program
                .indicators
                .iter()
                .zip(&summary.indicators)
                .map(|(ind, a)| self.indicator_view(ind, a, lang))
                .collect()
        } else {
            Vec::new()
        };
        let overall = summary.overall.covered.unwrap_or(0.0);
        let budget = program.budget.as_ref().map(|b| {
            let Budget { currency, planned, disbursed } = b;
            let total = summary.disbursed.unwrap_or(0.0);
            BudgetView {
                planned: loc.money(*planned, currency),
                planned_compact: loc.money_compact(*planned, currency),
                disbursed: loc.money(total, currency),
                disbursed_compact: loc.money_compact(total, currency),
                disbursed_percent: loc.percent(total / planned),
                rows: disbursed
                    .iter()
                    .map(|d| BudgetRow {
                        year: d.year,
                        amount: loc.money(d.amount, currency),
                        amount_compact: loc.money_compact(d.amount, currency),
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
            overall_width: format!("{:.1}", overall * 100.0),
            overall_percent: loc.percent(overall),
            overall_share: overall,
            overall_status: self.status_view(summary.overall.status, lang),
            counts: Status::ALL
                .iter()
                .zip(summary.counts)
                .map(|(s, count)| StatusCount { status: self.status_view(*s, lang), count })
                .collect(),
            tags: self.tag_links(&program.tags, lang, from),
            budget,
            indicators,
            description_html: None,
            overview_chart: None,
            budget_chart: None,
        }
    }

    fn indicator_view(&self, ind: &Indicator, a: &crate::status::Assessment, lang: &str) -> IndicatorView {
        let Indicator { id, title, unit, baseline, target, target_year, progress, source, note } = ind;
        let loc = self.locale(lang);
        let unit = self.text(unit, lang);
        let num = |v: f64| loc.number(v, 2);
        let when = |p: &ProgressPoint| match &p.date {
            Some(d) => loc.date_short(d),
            None => p.year.to_string(),
        };
        let percent = a.covered.map(|f| loc.percent(f));
        let sentence = match (&a.latest, &percent) {
            (Some(p), Some(pc)) => loc
                .t("indicator.reached")
                .replace("{value}", &num(p.value))
                .replace("{target}", &num(*target))
                .replace("{unit}", &unit.text)
                .replace("{when}", &when(p))
                .replace("{percent}", pc),
            _ => loc.t("indicator.no_data").replace("{target}", &num(*target)).replace("{unit}", &unit.text),
        };
        IndicatorView {
            id: id.clone(),
            title: self.text(title, lang),
            unit,
            baseline: num(*baseline),
            target: num(*target),
            target_year: *target_year,
            status: self.status_view(a.status, lang),
            percent,
            width: format!("{:.1}", a.covered.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0),
            sentence,
            rows: progress.iter().map(|p| ProgressRow { when: when(p), value: num(p.value) }).collect(),
            source: source.as_ref().map(|s| self.text(s, lang)),
            note: note.as_ref().map(|n| self.text(n, lang)),
            chart: None,
        }
    }

    /// A programme's open-data files, linked from the page at `from`.
    pub(super) fn data_files(&self, index: usize, lang: &str, from: &str) -> Vec<DataFile> {
        let id = &self.site.programs[index].id;
        let loc = self.locale(lang);
        data::FORMATS
            .iter()
            .zip(&self.data_sizes[index])
            .map(|(format, &size)| DataFile {
                ext: format.ext,
                name: format.name,
                mime: format.mime,
                href: self.urls.relative(from, &self.urls.data(id, format.ext)),
                size: loc.size(size),
                label: loc.t(&format!("program.download_{}", format.ext)),
            })
            .collect()
    }

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
            switcher.push(LangLink {
                lang: other.clone(),
                name: self.t(other, "lang_name"),
                href: rel(&target.clone().unwrap_or_else(|| u.home(other))),
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
        let data_links = (0..site.programs.len())
            .map(|i| DataLink {
                title: self.text(&site.programs[i].title, lang),
                files: self.data_files(i, lang, path),
            })
            .collect();
        let contact = site.config.contact.as_ref().map(|c| ContactView {
            email: c.email.clone(),
            phone: c.phone.clone(),
            address: c.address.as_ref().map(|a| self.text(a, lang)),
        });
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

    pub(super) fn markdown(
        &self,
        source: (&str, usize),
        text: &str,
        lang: &str,
        page: &str,
        id_prefix: &str,
    ) -> markdown::RenderedMarkdown {
        let (source, first_line) = source;
        let resolve = |c: &str| self.resolve_content(c, lang);
        let relative = |to: &str| self.urls.relative(page, to);
        markdown::render(
            text,
            &MarkdownContext { source, first_line, page, resolve: &resolve, relative: &relative, id_prefix },
        )
    }
}
