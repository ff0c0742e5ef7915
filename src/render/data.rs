//! Open data: each programme as JSON (as given, every language, plus the
//! computed `latest`, `percent` and `status` of each indicator and the
//! programme's overall status with its inputs) and as CSV (UTF-8 with BOM
//! for Excel, one row per indicator and progress point, cells guarded
//! against formula injection).
//!
//! Each format is a [`DataFormat`] in [`FORMATS`]: its file extension, its
//! name, its media type and the function that produces it. Pages link
//! every format with its size; adding one is an entry here (and its
//! download label in the theme's strings).

use crate::model::{Budget, Disbursement, Indicator, Period, Program, ProgressPoint, Site, Tag};
use crate::status::Assessment;
use crate::summary::{Overall, ProgramSummary};
use crate::text::LocalizedText;
use serde::Serialize;

/// One open-data format of a programme.
pub struct DataFormat {
    /// File extension: `/data/<id>.<ext>`.
    pub ext: &'static str,
    /// The name shown in links: `CSV`.
    pub name: &'static str,
    /// The media type, for `type=` on links.
    pub mime: &'static str,
    pub produce: fn(&Program, &ProgramSummary, &Site) -> String,
}

/// Every format, in the order pages list them.
pub const FORMATS: [DataFormat; 2] = [
    DataFormat { ext: "csv", name: "CSV", mime: "text/csv", produce: program_csv },
    DataFormat { ext: "json", name: "JSON", mime: "application/json", produce: program_json },
];

/// A number as JSON: whole numbers without `.0`.
#[derive(Debug, Clone, Copy)]
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 9.0e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// `100 * share`, rounded to two decimals so the file is stable.
fn percent(share: f64) -> Num {
    Num((share * 10000.0).round() / 100.0)
}

// Field order is alphabetical: the files read the same as before these
// structs existed, and a reader finds a key where a sorted dump has it.

#[derive(Serialize)]
struct ProgramData<'a> {
    /// The day the figures are reported at (ISO), when the content has a date.
    as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    budget: Option<BudgetData<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a LocalizedText>,
    id: &'a str,
    indicators: Vec<IndicatorData<'a>>,
    overall: OverallData,
    owner: &'a LocalizedText,
    period: PeriodData,
    sample_data: bool,
    status_rule: RuleData,
    summary: &'a LocalizedText,
    tags: Vec<&'a str>,
    title: &'a LocalizedText,
}

#[derive(Serialize)]
struct BudgetData<'a> {
    currency: &'a str,
    disbursed: Vec<DisbursementData>,
    /// Exact: a whole amount as written.
    planned: u64,
}

#[derive(Serialize)]
struct DisbursementData {
    amount: u64,
    year: i32,
}

#[derive(Serialize)]
struct IndicatorData<'a> {
    baseline: Num,
    id: &'a str,
    latest: Option<PointData>,
    /// `cumulative` or `level`.
    measure: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a LocalizedText>,
    percent: Option<Num>,
    progress: Vec<PointData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a LocalizedText>,
    /// The latest figure is older than the staleness limit allows.
    stale: bool,
    status: &'static str,
    target: Num,
    target_year: i32,
    title: &'a LocalizedText,
    unit: &'a LocalizedText,
}

/// A progress point: `year` or `date`, as given.
#[derive(Serialize)]
struct PointData {
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    value: Num,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
}

/// The programme's overall status and what it is computed from (SPEC 6).
#[derive(Serialize)]
struct OverallData {
    /// Mean share of the way covered, in percent.
    covered_percent: Option<Num>,
    /// Mean share of the time elapsed, in percent.
    elapsed_percent: Option<Num>,
    /// Indicators with data, over which the means are taken.
    indicators_with_data: usize,
    /// Indicators whose latest figure is stale.
    indicators_stale: usize,
    status: &'static str,
}

#[derive(Serialize)]
struct PeriodData {
    end: i32,
    start: i32,
}

#[derive(Serialize)]
struct RuleData {
    at_risk: f64,
    on_track: f64,
    stale_after_months: u32,
}

fn point(p: &ProgressPoint) -> PointData {
    let ProgressPoint { year, date, value } = p;
    match date {
        Some(d) => PointData { date: Some(d.iso()), value: Num(*value), year: None },
        None => PointData { date: None, value: Num(*value), year: Some(*year) },
    }
}

fn indicator<'a>(ind: &'a Indicator, a: &Assessment) -> IndicatorData<'a> {
    let Indicator { id, title, unit, baseline, target, target_year, progress, source, note, measure } = ind;
    IndicatorData {
        baseline: Num(*baseline),
        id,
        latest: a.latest.as_ref().map(point),
        measure: measure.key(),
        note: note.as_ref(),
        percent: a.covered.map(percent),
        progress: progress.iter().map(point).collect(),
        source: source.as_ref(),
        stale: a.stale,
        status: a.status.key(),
        target: Num(*target),
        target_year: *target_year,
        title,
        unit,
    }
}

/// The programme as JSON.
pub fn program_json(program: &Program, summary: &ProgramSummary, site: &Site) -> String {
    let config = &site.config;
    let Program {
        id,
        source: _,
        title,
        summary: program_summary,
        description,
        description_line: _,
        owner,
        period,
        sample_data,
        tags,
        budget,
        indicators,
    } = program;
    let Period { start, end } = *period;
    let Overall { covered, elapsed, with_data, status, latest_year: _, stale, stale_since: _ } = summary.overall;
    let data = ProgramData {
        as_of: site.as_of.as_ref().map(|a| a.date.iso()),
        budget: budget.as_ref().map(|b| {
            let Budget { currency, planned, disbursed } = b;
            BudgetData {
                currency,
                disbursed: disbursed
                    .iter()
                    .map(|&Disbursement { year, amount }| DisbursementData { amount, year })
                    .collect(),
                planned: *planned,
            }
        }),
        description: description.as_ref(),
        id,
        indicators: indicators.iter().zip(&summary.indicators).map(|(ind, a)| indicator(ind, a)).collect(),
        overall: OverallData {
            covered_percent: covered.map(percent),
            elapsed_percent: elapsed.map(percent),
            indicators_with_data: with_data,
            indicators_stale: stale,
            status: status.key(),
        },
        owner,
        period: PeriodData { end, start },
        sample_data: *sample_data,
        status_rule: RuleData {
            at_risk: config.thresholds.at_risk,
            on_track: config.thresholds.on_track,
            stale_after_months: config.thresholds.stale_after_months,
        },
        summary: program_summary,
        tags: tags.iter().map(|Tag { slug, name: _ }| slug.as_str()).collect(),
        title,
    };
    let mut out = serde_json::to_string_pretty(&data).expect("JSON serializes");
    out.push('\n');
    // Markup characters as escapes: the JSON stays valid and inert if a page ever embeds it.
    out.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The programme's indicators as CSV: one row per indicator and progress
/// point (one row with an empty point for an indicator with no data).
pub fn program_csv(program: &Program, summary: &ProgramSummary, site: &Site) -> String {
    let config = &site.config;
    let default = config.default_lang();
    let mut header: Vec<String> = vec!["program".into(), "indicator".into()];
    for lang in &config.languages {
        header.push(format!("title_{lang}"));
    }
    for lang in &config.languages {
        header.push(format!("unit_{lang}"));
    }
    header.extend(["baseline", "target", "target_year", "year", "date", "value", "status"].map(String::from));
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header);
    for (ind, a) in program.indicators.iter().zip(&summary.indicators) {
        // Source and note are not columns (yet): one cell each per row would repeat them.
        let Indicator { id, title, unit, baseline, target, target_year, progress, source: _, note: _, measure: _ } =
            ind;
        let status = a.status.key();
        let points: Vec<Option<&ProgressPoint>> =
            if progress.is_empty() { vec![None] } else { progress.iter().map(Some).collect() };
        for p in points {
            let mut row = vec![program.id.clone(), id.clone()];
            for lang in &config.languages {
                row.push(title.get(lang, default).text.to_string());
            }
            for lang in &config.languages {
                row.push(unit.get(lang, default).text.to_string());
            }
            row.push(plain(*baseline));
            row.push(plain(*target));
            row.push(target_year.to_string());
            row.push(p.map(|p| p.year.to_string()).unwrap_or_default());
            row.push(p.and_then(|p| p.date.as_ref()).map(|d| d.iso()).unwrap_or_default());
            row.push(p.map(|p| plain(p.value)).unwrap_or_default());
            row.push(status.to_string());
            push_row(&mut out, row);
        }
    }
    out
}

/// A number as a spreadsheet reads it: `.` decimal, no grouping.
fn plain(v: f64) -> String {
    serde_json::to_string(&Num(v)).expect("a number serializes")
}

fn push_row(out: &mut String, cells: Vec<String>) {
    let cells: Vec<String> = cells.into_iter().map(|c| csv_cell(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Quotes a cell when needed and defuses text a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`, tab, CR at the start); numbers pass as they are.
fn csv_cell(cell: &str) -> String {
    let is_number = cell.parse::<f64>().is_ok();
    let guarded = if !is_number && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) { format!("\"{}\"", guarded.replace('"', "\"\"")) } else { guarded }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells() {
        let cases = [
            ("plain", "plain"),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1 thing", "'+1 thing"),
            ("-5", "-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("a, b", "\"a, b\""),
            ("Chè \"Shan\"", "\"Chè \"\"Shan\"\"\""),
        ];
        for (input, expected) in cases {
            assert_eq!(csv_cell(input), expected, "{input}");
        }
    }

    #[test]
    fn whole_numbers_have_no_fraction() {
        assert_eq!(plain(26990000000.0), "26990000000");
        assert_eq!(plain(35.5), "35.5");
        assert_eq!(plain(-2.0), "-2");
    }
}
