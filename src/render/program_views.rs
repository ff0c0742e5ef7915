//! The views of programmes and their indicators, and how they are built
//! from the model and its summary for one page in one language: words,
//! numbers and dates already in the page's language. Nothing here computes
//! a status or a total (the summary did).

use super::*;
use crate::model::{Budget, Indicator, Measure, Program, ProgressPoint};
use crate::status::{Assessment, Status};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    pub key: &'static str,
    pub label: String,
    /// A shape that carries the status without colour.
    pub icon: &'static str,
    /// When the figures are from: `số liệu năm 2023`, `as of 2023`.
    pub as_of: Option<String>,
    /// The label with it: `Đúng tiến độ (số liệu năm 2023)`.
    pub text: String,
    /// Said when the latest figure is old: `Số liệu cũ: chưa được cập nhật kể từ năm 2023`.
    pub stale: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramView {
    pub id: String,
    pub href: String,
    pub title: Txt,
    pub summary: Txt,
    pub owner: Txt,
    pub period: String,
    pub sample_data: bool,
    /// Mean share of the way covered over indicators with data, 0–100, for bar widths.
    pub overall_width: String,
    pub overall_percent: String,
    /// The same as a share, 0 to 1.
    pub overall_share: f64,
    pub overall_status: StatusView,
    pub counts: Vec<StatusCount>,
    pub tags: Vec<Link>,
    pub budget: Option<BudgetView>,
    pub indicators: Vec<IndicatorView>,
    pub description_html: Option<String>,
    pub overview_chart: Option<ChartView>,
    pub budget_chart: Option<ChartView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusCount {
    pub status: StatusView,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetView {
    pub planned: String,
    pub planned_compact: String,
    pub disbursed: String,
    pub disbursed_compact: String,
    pub disbursed_percent: String,
    pub rows: Vec<BudgetRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    pub year: i32,
    pub amount: String,
    pub amount_compact: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub title: Txt,
    pub unit: Txt,
    pub baseline: String,
    pub target: String,
    /// With the unit, as CLDR writes it: `12,5%`, `57 cơ sở`.
    pub baseline_text: String,
    pub target_text: String,
    pub target_year: i32,
    /// `cumulative` or `level`.
    pub measure: &'static str,
    /// The header of the value column: a running total or a level.
    pub value_header: String,
    pub status: StatusView,
    pub percent: Option<String>,
    /// 0–100, for the bar width.
    pub width: String,
    /// "30 of 57 facilities by 2019 (53%)", in the page's language.
    pub sentence: String,
    pub rows: Vec<ProgressRow>,
    pub source: Option<Txt>,
    pub note: Option<Txt>,
    pub chart: Option<ChartView>,
}

/// When a figure is from: a year, or a day; or when figures are from.
#[derive(Debug, Clone)]
pub enum When {
    Year(i32),
    Date(crate::date::Date),
    Years(i32, i32),
}

impl When {
    pub fn of(p: &ProgressPoint) -> When {
        match &p.date {
            Some(d) => When::Date(d.clone()),
            None => When::Year(p.year),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgressRow {
    pub when: String,
    pub value: String,
}

impl<'a> Renderer<'a> {
    /// A status in words, without a time (a count of indicators by status).
    pub(super) fn status_view(&self, status: Status, lang: &str) -> StatusView {
        let icon = match status {
            Status::Achieved => "✓",
            Status::OnTrack => "→",
            Status::AtRisk => "!",
            Status::OffTrack => "✕",
            Status::NoData => "–",
        };
        let label = self.t(lang, &format!("status.{}", status.key()));
        StatusView { key: status.key(), text: label.clone(), label, icon, as_of: None, stale: None }
    }

    /// A status at the time of its figures, and whether they are old.
    pub(super) fn dated_status(
        &self,
        status: Status,
        when: Option<When>,
        stale: Option<String>,
        lang: &str,
    ) -> StatusView {
        let mut view = self.status_view(status, lang);
        if let Some(when) = when {
            let as_of = self.locale(lang).t("status.as_of").replace("{when}", &self.when(&when, lang, false));
            view.text = format!("{} ({as_of})", view.label);
            view.as_of = Some(as_of);
        }
        view.stale = stale;
        view
    }

    /// `năm 2023`, `ngày 30/06/2023` (vi); `2023`, `30 June 2023`, or with
    /// a preposition `in 2023`, `on 30 June 2023` (en).
    pub(super) fn when(&self, when: &When, lang: &str, with_preposition: bool) -> String {
        let loc = self.locale(lang);
        let key = |k: &str| if with_preposition { format!("when.at_{k}") } else { format!("when.{k}") };
        match when {
            When::Year(y) => loc.t(&key("year")).replace("{year}", &y.to_string()),
            When::Date(d) => loc.t(&key("date")).replace("{date}", &loc.date_short(d)),
            When::Years(from, to) => {
                loc.t(&key("years")).replace("{from}", &from.to_string()).replace("{to}", &to.to_string())
            }
        }
    }

    /// A programme, by index; with its indicators when `full`.
    pub(super) fn program_view(&self, index: usize, lang: &str, from: &str, full: bool) -> ProgramView {
        // Every field by name: a new one does not compile until the view says what it does with it.
        let Program {
            id,
            source: _,
            title,
            summary: program_summary,
            description: _, // rendered by the programme page (Markdown, links checked there)
            description_line: _,
            owner,
            period,
            sample_data,
            tags,
            budget,
            indicators,
        } = &self.site.programs[index];
        let summary = &self.summary.programs[index];
        let loc = self.locale(lang);
        let indicators: Vec<IndicatorView> = if full {
            indicators
                .iter()
                .zip(&summary.indicators)
                .map(|(ind, a)| self.indicator_view(ind, a, period.start, lang))
                .collect()
        } else {
            Vec::new()
        };
        let overall = summary.overall.covered.unwrap_or(0.0);
        let budget = budget.as_ref().map(|b| {
            let Budget { currency, planned, disbursed } = b;
            let total = summary.disbursed.unwrap_or(0);
            BudgetView {
                planned: loc.money(*planned, currency),
                planned_compact: loc.money_compact(*planned, currency),
                disbursed: loc.money(total, currency),
                disbursed_compact: loc.money_compact(total, currency),
                disbursed_percent: loc.percent(total as f64 / *planned as f64),
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
            id: id.clone(),
            href: self.urls.relative(from, &self.urls.program(lang, id)),
            title: self.text(title, lang),
            summary: self.text(program_summary, lang),
            owner: self.text(owner, lang),
            period: format!("{}–{}", period.start, period.end),
            sample_data: *sample_data,
            overall_width: format!("{:.1}", overall * 100.0),
            overall_percent: loc.percent(overall),
            overall_share: overall,
            overall_status: {
                let o = &summary.overall;
                let stale = o.stale_since.filter(|_| o.stale > 0).map(|since| {
                    loc.t("status.stale_some")
                        .replace("{n}", &o.stale.to_string())
                        .replace("{total}", &summary.indicators.len().to_string())
                        .replace("{when}", &self.when(&When::Year(since), lang, false))
                });
                let when = o.latest_years.map(|(from, to)| match from == to {
                    true => When::Year(to),
                    false => When::Years(from, to),
                });
                self.dated_status(o.status, when, stale, lang)
            },
            counts: Status::ALL
                .iter()
                .zip(summary.counts)
                .map(|(s, count)| StatusCount { status: self.status_view(*s, lang), count })
                .collect(),
            tags: self.tag_links(tags, lang, from),
            budget,
            indicators,
            description_html: None,
            overview_chart: None,
            budget_chart: None,
        }
    }

    fn indicator_view(&self, ind: &Indicator, a: &Assessment, start: i32, lang: &str) -> IndicatorView {
        let Indicator { id, title, unit, baseline, target, target_year, progress, source, note, measure } = ind;
        let loc = self.locale(lang);
        let unit = self.text(unit, lang);
        let num = |v: f64| loc.number(v, 2);
        let with_unit = |v: f64| loc.quantity(&num(v), &unit.text);
        let when = |p: &ProgressPoint| match &p.date {
            Some(d) => loc.date_short(d),
            None => p.year.to_string(),
        };
        let percent = a.covered.map(|f| loc.percent(f));
        // A running total that rises says how much of the target is reached;
        // a level (or a total asked to fall) says where it went from where.
        let sentence = match (&a.latest, &percent) {
            (Some(p), Some(pc)) if *measure == Measure::Cumulative && target > baseline => loc
                .t("indicator.reached")
                .replace("{value}", &num(p.value))
                .replace("{target}", &with_unit(*target))
                .replace("{when}", &self.when(&When::of(p), lang, false))
                .replace("{percent}", pc),
            (Some(p), Some(_)) => {
                let key = match p.value.total_cmp(baseline) {
                    std::cmp::Ordering::Less => "indicator.level_down",
                    std::cmp::Ordering::Greater => "indicator.level_up",
                    std::cmp::Ordering::Equal => "indicator.level_same",
                };
                loc.t(key)
                    .replace("{baseline}", &with_unit(*baseline))
                    .replace("{start}", &self.when(&When::Year(start), lang, true))
                    .replace("{value}", &with_unit(p.value))
                    .replace("{when}", &self.when(&When::of(p), lang, true))
                    .replace("{target}", &with_unit(*target))
                    .replace("{target_year}", &target_year.to_string())
            }
            _ => loc
                .t("indicator.no_data")
                .replace("{target}", &with_unit(*target))
                .replace("{target_year}", &target_year.to_string()),
        };
        let stale = a
            .latest
            .as_ref()
            .filter(|_| a.stale)
            .map(|p| loc.t("status.stale").replace("{when}", &self.when(&When::of(p), lang, false)));
        let value_header = match measure {
            Measure::Cumulative => loc.t("indicator.value"),
            Measure::Level => loc.t("indicator.value_level"),
        };
        IndicatorView {
            id: id.clone(),
            title: self.text(title, lang),
            baseline_text: with_unit(*baseline),
            target_text: with_unit(*target),
            unit,
            baseline: num(*baseline),
            target: num(*target),
            target_year: *target_year,
            measure: measure.key(),
            value_header,
            status: self.dated_status(a.status, a.latest.as_ref().map(When::of), stale, lang),
            percent,
            width: format!("{:.1}", a.covered.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0),
            sentence,
            rows: progress.iter().map(|p| ProgressRow { when: when(p), value: num(p.value) }).collect(),
            source: source.as_ref().map(|s| self.text(s, lang)),
            note: note.as_ref().map(|n| self.text(n, lang)),
            chart: None,
        }
    }
}
