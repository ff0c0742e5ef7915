//! Builds each page's charts from its localized views: the words of every
//! chart come from the same strings as the page, so chart and page agree.
//! Each chart is drawn twice by the same code: inline (the page around it
//! gives its heading and caveats) and standalone, with its caption, written
//! to `charts/…svg` with its PNG twin beside it.

use super::charts::{self, Bar, Caption, Line, StatusMark, Words, status_colour};
use super::program_views::{IndicatorView, ProgramView, When};
use super::views::ChartView;
use super::{Extras, Output, Renderer};

/// Draws one chart, with its caption (standalone) or without (inline).
type Draw<'d> = dyn Fn(Option<&Caption>) -> Result<String, String> + 'd;

impl Renderer<'_> {
    /// Draws a chart inline and standalone, records the standalone SVG and
    /// its PNG, and returns the inline view with links to both.
    fn chart(
        &self,
        path: String,
        (lang, from): (&str, &str),
        extras: &mut Extras,
        source: &str,
        (caption, draw): (Caption, &Draw),
    ) -> Option<ChartView> {
        let drawn = if self.dry {
            // Laid out, not drawn (`check`).
            Ok((String::new(), String::new(), Vec::new()))
        } else {
            draw(None).and_then(|inline| {
                let standalone = draw(Some(&caption))?;
                let png = self.png(&standalone)?;
                Ok((inline, standalone, png))
            })
        };
        match drawn {
            Ok((inline, standalone, png)) => {
                let png_path = format!("{}.png", path.strip_suffix(".svg").unwrap_or(&path));
                let loc = self.locale(lang);
                let view = ChartView {
                    svg: inline,
                    href: self.urls.relative(from, &path),
                    size: loc.size(standalone.len()),
                    png_href: self.urls.relative(from, &png_path),
                    png_size: loc.size(png.len()),
                };
                extras.charts.push(Output::new(path, standalone.into_bytes()));
                extras.charts.push(Output::new(png_path, png));
                Some(view)
            }
            Err(e) => {
                // A bug, not a content problem: the build stops with exit code 3.
                extras.internal.push(format!("{source}: {path}: {e}"));
                None
            }
        }
    }

    /// The caption of a standalone chart: `Nguồn: …` from `source`; the
    /// sample-data line when the figures are illustrative, then the notes
    /// on old figures (as the summary words them).
    fn caption(
        &self,
        lang: &str,
        (title, subtitle): (String, Vec<String>),
        source: &str,
        sample: bool,
        stale: Vec<String>,
    ) -> Caption {
        Caption {
            title,
            subtitle,
            caveats: sample.then(|| self.t(lang, "chart.sample_data")).into_iter().chain(stale).collect(),
            source: format!("{}: {source}", self.t(lang, "indicator.source")),
        }
    }

    /// Every chart of a programme page: one per indicator, the overview and the budget.
    pub(super) fn program_charts(
        &self,
        index: usize,
        view: &mut ProgramView,
        lang: &str,
        from: &str,
        extras: &mut Extras,
    ) {
        let program = &self.site.programs[index];
        let loc = self.locale(lang);
        let dir = format!("charts/{}", program.id);
        let mut overview = Vec::new();
        let mut items = Vec::new();
        let assessed = program.indicators.iter().zip(&self.summary.programs[index].indicators);
        for ((ind, a), iv) in assessed.zip(view.indicators.iter_mut()) {
            let bar = status_bar(iv, a.covered);
            overview.push(bar.clone());
            items.push(
                self.t(lang, "chart.overview_item")
                    .replace("{title}", &iv.title.text)
                    .replace("{percent}", iv.percent.as_deref().unwrap_or("–"))
                    .replace("{status}", &iv.status.label),
            );
            let line = (ind.progress.len() >= 2).then(|| Line {
                points: ind.progress.iter().map(|p| (p.time(), p.value)).collect(),
                baseline: (program.period.start as f64, ind.baseline),
                target: (ind.target_year as f64, ind.target),
                numbers: loc.numbers(),
                legend: ["chart.legend_progress", "chart.legend_expected", "chart.legend_target"]
                    .map(|k| self.t(lang, k)),
            });
            let num = |v: f64| loc.number(v, 2);
            // The status in lower case, then the note on old figures.
            let mut status = iv.status.label.to_lowercase();
            if let Some(stale) = &iv.status.stale {
                status = format!("{status}; {}", lowercase_first(stale));
            }
            let desc = match (&a.latest, &iv.percent) {
                (Some(_), Some(_)) if iv.measure == "level" || ind.target < ind.baseline => {
                    self.t(lang, "chart.indicator_desc_level").replace("{sentence}", &iv.sentence)
                }
                (Some(p), Some(percent)) => self
                    .t(lang, "chart.indicator_desc")
                    .replace("{value}", &num(p.value))
                    .replace("{when}", &self.when(&When::of(p), lang, false))
                    .replace("{percent}", percent),
                _ => self.t(lang, "chart.indicator_desc_no_data"),
            }
            .replace("{target}", &iv.target_text)
            .replace("{target_year}", &iv.target_year.to_string())
            .replace("{status}", &status);
            let words = Words { id: format!("chart-{}", ind.id), title: iv.title.text.clone(), desc };
            // Credit the indicator's own source when it names one, else the lead agency.
            let source = iv.source.as_ref().map_or(&view.owner.text, |s| &s.text);
            let subtitle = vec![view.title.text.clone(), iv.sentence.clone()];
            let stale = iv.status.stale.iter().cloned().collect();
            let caption = self.caption(lang, (iv.title.text.clone(), subtitle), source, view.sample_data, stale);
            let draw = |c: Option<&Caption>| charts::indicator(&words, c, &bar, line.as_ref());
            let path = format!("{dir}/{}.{lang}.svg", ind.id);
            iv.chart = self.chart(path, (lang, from), extras, &program.source, (caption, &draw));
        }
        let words = Words {
            id: "chart_overview".into(),
            title: self.t(lang, "chart.overview_title"),
            desc: items.join("; ") + ".",
        };
        let programme = || vec![view.title.text.clone()];
        let stale = || view.overall_status.stale.iter().cloned().collect();
        let caption =
            self.caption(lang, (words.title.clone(), programme()), &view.owner.text, view.sample_data, stale());
        let draw = |c: Option<&Caption>| charts::bars(&words, c, &overview);
        let path = format!("{dir}/_overview.{lang}.svg");
        let overview_chart = self.chart(path, (lang, from), extras, &program.source, (caption, &draw));
        if let (Some(budget), Some(bv)) = (&program.budget, &view.budget) {
            let dark_blue = status_colour("on_track");
            let mut rows = vec![Bar {
                label: self.t(lang, "chart.planned_row"),
                share: 1.0,
                value: bv.planned_compact.clone(),
                status: None,
                colour: plotters::style::RGBColor(0x28, 0xa1, 0x97),
            }];
            let mut items = Vec::new();
            for (d, row) in budget.disbursed.iter().zip(&bv.rows) {
                rows.push(Bar {
                    label: d.year.to_string(),
                    share: d.amount as f64 / budget.planned as f64,
                    value: row.amount_compact.clone(),
                    status: None,
                    colour: dark_blue,
                });
                items.push(format!("{} {}", d.year, row.amount_compact));
            }
            let total = self.summary.programs[index].disbursed.unwrap_or(0);
            rows.push(Bar {
                label: self.t(lang, "chart.total_row"),
                share: total as f64 / budget.planned as f64,
                value: bv.disbursed_compact.clone(),
                status: None,
                colour: plotters::style::RGBColor(0x80, 0x16, 0x50),
            });
            let desc = self
                .t(lang, "chart.budget_desc")
                .replace("{planned}", &bv.planned_compact)
                .replace("{items}", &items.join(", "))
                .replace("{total}", &bv.disbursed_compact)
                .replace("{percent}", &bv.disbursed_percent);
            let words = Words { id: "chart_budget".into(), title: self.t(lang, "chart.budget_title"), desc };
            let caption =
                self.caption(lang, (words.title.clone(), programme()), &view.owner.text, view.sample_data, stale());
            let draw = |c: Option<&Caption>| charts::bars(&words, c, &rows);
            let path = format!("{dir}/_budget.{lang}.svg");
            view.budget_chart = self.chart(path, (lang, from), extras, &program.source, (caption, &draw));
        }
        view.overview_chart = overview_chart;
    }

    /// The home page chart: each programme's overall progress.
    pub(super) fn programs_chart(
        &self,
        programs: &[ProgramView],
        lang: &str,
        from: &str,
        extras: &mut Extras,
    ) -> Option<ChartView> {
        if programs.is_empty() {
            return None;
        }
        let rows: Vec<Bar> = programs
            .iter()
            .map(|p| Bar {
                label: p.title.text.clone(),
                share: p.overall_share,
                value: p.overall_percent.clone(),
                status: Some(StatusMark { key: p.overall_status.key, words: p.overall_status.label.clone() }),
                colour: status_colour(p.overall_status.key),
            })
            .collect();
        let desc = programs
            .iter()
            .map(|p| {
                self.t(lang, "chart.overview_item")
                    .replace("{title}", &p.title.text)
                    .replace("{percent}", &p.overall_percent)
                    .replace("{status}", &p.overall_status.label)
            })
            .collect::<Vec<_>>()
            .join("; ")
            + ".";
        let words = Words { id: "chart_programs".into(), title: self.t(lang, "chart.programs_title"), desc };
        let config = &self.site.config;
        let site = self.text(&config.title, lang).text;
        let source = config.organisation.as_ref().map_or_else(|| site.clone(), |o| self.text(o, lang).text);
        let sample = programs.iter().any(|p| p.sample_data);
        // Each note on old figures, naming its programme when there are several.
        let stale = programs
            .iter()
            .filter_map(|p| {
                let note = p.overall_status.stale.as_ref()?;
                Some(if programs.len() > 1 { format!("{note} ({})", p.title.text) } else { note.clone() })
            })
            .collect();
        let caption = self.caption(lang, (words.title.clone(), vec![site]), &source, sample, stale);
        let draw = |c: Option<&Caption>| charts::bars(&words, c, &rows);
        let path = format!("charts/_programs.{lang}.svg");
        self.chart(path, (lang, from), extras, "content/programs", (caption, &draw))
    }
}

/// An indicator's progress bar, in its status colour and words.
fn status_bar(iv: &IndicatorView, covered: Option<f64>) -> Bar {
    Bar {
        label: iv.title.text.clone(),
        share: covered.unwrap_or(0.0),
        value: iv.percent.clone().unwrap_or_else(|| "–".into()),
        status: Some(StatusMark { key: iv.status.key, words: iv.status.label.clone() }),
        colour: status_colour(iv.status.key),
    }
}

/// `Số liệu cũ: …` → `số liệu cũ: …`, to follow a semicolon.
fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}
