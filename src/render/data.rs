//! Open data, for readers who reuse the figures:
//!
//! - each programme as JSON (as given, every language, plus the computed
//!   `latest`, `percent`, `status` and `stale` of each indicator and the
//!   programme's overall status with its inputs), described by the JSON
//!   Schema `/data/program.schema.json`;
//! - its indicators as CSV, one row per indicator and progress point with
//!   the status at that point, and its budget as CSV (UTF-8 with BOM for
//!   Excel, cells guarded against formula injection, no empty column);
//! - `/data/datapackage.json`, a Frictionless data package describing
//!   every CSV with a table schema, the licence, sources and the as-of date.
//!
//! Each per-programme format is a [`DataFormat`] in [`FORMATS`]: its file
//! extension, its name, its media type and the function that produces it
//! (`None` when the programme has nothing for it). Pages link every format
//! with its size; adding one is an entry here, its download label in the
//! theme's strings, and its table schema in [`datapackage`] if it is a table.

use crate::model::{Budget, Disbursement, Indicator, Period, Program, ProgressPoint, Site, Tag};
use crate::status::{Assessment, assess};
use crate::summary::{Overall, ProgramSummary};
use crate::text::LocalizedText;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// One open-data format of a programme.
pub struct DataFormat {
    /// File extension: `/data/<id>.<ext>`.
    pub ext: &'static str,
    /// The name shown in links: `CSV`.
    pub name: &'static str,
    /// The media type, for `type=` on links.
    pub mime: &'static str,
    pub produce: fn(&Program, &ProgramSummary, &Site) -> Option<String>,
}

/// Every format, in the order pages list them.
pub const FORMATS: [DataFormat; 3] = [
    DataFormat { ext: "csv", name: "CSV", mime: "text/csv", produce: program_csv },
    DataFormat { ext: "budget.csv", name: "CSV", mime: "text/csv", produce: budget_csv },
    DataFormat { ext: "json", name: "JSON", mime: "application/json", produce: program_json },
];

/// The JSON Schema of `/data/<id>.json`, published beside it.
pub const SCHEMA_PATH: &str = "data/program.schema.json";
pub const SCHEMA: &str = include_str!("program.schema.json");
/// The data package describing every table of the site.
pub const PACKAGE_PATH: &str = "data/datapackage.json";

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

// Field order is alphabetical: a reader finds a key where a sorted dump has it.

#[derive(Serialize)]
struct ProgramData<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    /// The day the figures are reported at (ISO), when the content has a date.
    as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    budget: Option<BudgetData<'a>>,
    /// Markdown, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a LocalizedText>,
    /// The same as plain text, per language.
    #[serde(skip_serializing_if = "Option::is_none")]
    description_text: Option<BTreeMap<String, String>>,
    id: &'a str,
    indicators: Vec<IndicatorData<'a>>,
    license: LicenseData,
    overall: OverallData,
    owner: &'a LocalizedText,
    /// The programme's page in each language: absolute with `base_url`,
    /// else relative to this file.
    pages: BTreeMap<String, String>,
    period: PeriodData,
    sample_data: bool,
    status_rule: RuleData,
    summary: &'a LocalizedText,
    tags: Vec<&'a str>,
    title: &'a LocalizedText,
}

#[derive(Serialize)]
struct LicenseData {
    id: &'static str,
    name: &'static str,
    url: &'static str,
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
    /// Indicators whose latest figure is stale.
    indicators_stale: usize,
    /// Indicators with data, over which the means are taken.
    indicators_with_data: usize,
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

/// The programme's page in each language, as `/data/<id>.json` links it.
fn pages(site: &Site, id: &str) -> BTreeMap<String, String> {
    let urls = super::urls::Urls { config: &site.config, offline: false };
    site.config
        .languages
        .iter()
        .map(|lang| {
            let path = urls.program(lang, id);
            (lang.clone(), urls.absolute(&path).unwrap_or_else(|| format!("../{path}")))
        })
        .collect()
}

/// The programme as JSON.
pub fn program_json(program: &Program, summary: &ProgramSummary, site: &Site) -> Option<String> {
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
    let Overall { covered, elapsed, with_data, status, latest_years: _, stale, stale_since: _ } = summary.overall;
    let description_text = description.as_ref().map(|d| {
        config
            .languages
            .iter()
            .map(|l| (l.clone(), super::markdown::plain_text(d.get(l, config.default_lang()).text)))
            .collect()
    });
    let data = ProgramData {
        schema: "program.schema.json",
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
        description_text,
        id,
        indicators: indicators.iter().zip(&summary.indicators).map(|(ind, a)| indicator(ind, a)).collect(),
        license: LicenseData { id: config.license.id, name: config.license.name, url: config.license.url },
        overall: OverallData {
            covered_percent: covered.map(percent),
            elapsed_percent: elapsed.map(percent),
            indicators_stale: stale,
            indicators_with_data: with_data,
            status: status.key(),
        },
        owner,
        pages: pages(site, id),
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
    Some(inert_json(&data))
}

/// Pretty JSON with markup characters as escapes: the file stays valid and
/// inert if a page ever embeds it.
fn inert_json(data: &impl Serialize) -> String {
    let mut out = serde_json::to_string_pretty(data).expect("JSON serializes");
    out.push('\n');
    out.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// A column of a table: its name, its Frictionless field (type,
/// constraints, description) and its cell in each row.
struct Column {
    name: String,
    field: Value,
    cells: Vec<String>,
}

/// A table whose columns are all filled somewhere: one left empty in every
/// row is dropped (with its field), so readers never meet a blank column.
struct Table {
    columns: Vec<Column>,
    primary_key: Vec<&'static str>,
}

impl Table {
    fn new(primary_key: Vec<&'static str>) -> Table {
        Table { columns: Vec::new(), primary_key }
    }

    fn column(&mut self, name: impl Into<String>, field: Value, cells: Vec<String>) {
        self.columns.push(Column { name: name.into(), field, cells });
    }

    fn kept(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| c.cells.iter().any(|cell| !cell.is_empty()))
    }

    fn csv(&self) -> String {
        let columns: Vec<&Column> = self.kept().collect();
        let rows = columns.first().map_or(0, |c| c.cells.len());
        let mut out = String::from("\u{feff}");
        push_row(&mut out, columns.iter().map(|c| c.name.clone()).collect());
        for r in 0..rows {
            push_row(&mut out, columns.iter().map(|c| c.cells[r].clone()).collect());
        }
        out
    }

    /// The Frictionless table schema of [`Table::csv`].
    fn schema(&self) -> Value {
        let fields: Vec<Value> = self
            .kept()
            .map(|c| {
                let mut field = c.field.clone();
                field["name"] = json!(c.name);
                field
            })
            .collect();
        json!({ "fields": fields, "primaryKey": self.primary_key, "missingValues": [""] })
    }
}

fn text_field(description: &str) -> Value {
    json!({ "type": "string", "description": description })
}

fn number_field(description: &str) -> Value {
    json!({ "type": "number", "decimalChar": ".", "groupChar": "", "description": description })
}

/// A progress point and its index among its indicator's points.
type Point<'a> = (usize, &'a ProgressPoint);
/// A row of the indicator table: the indicator and its point (none for an
/// indicator with no figure).
type Row<'a> = (&'a Indicator, Option<Point<'a>>);

/// The programme's indicators as a table: one row per indicator and
/// progress point (one row with point 0 and no figure for an indicator
/// with no data), each with the status the indicator had at that point.
fn indicator_table(program: &Program, site: &Site) -> Table {
    let config = &site.config;
    let default = config.default_lang();
    let mut rows: Vec<Row> = Vec::new();
    for ind in &program.indicators {
        if ind.progress.is_empty() {
            rows.push((ind, None));
        }
        rows.extend(ind.progress.iter().enumerate().map(|(j, p)| (ind, Some((j, p)))));
    }
    // Each point assessed once, as if it were the latest, on the day it stands for.
    let at_points: Vec<Option<Assessment>> = rows
        .iter()
        .map(|(ind, p)| {
            p.map(|(j, p)| {
                let upto = Indicator { progress: ind.progress[..=j].to_vec(), ..(*ind).clone() };
                assess(&upto, program.period.start, Some(&p.reported()), config.thresholds)
            })
        })
        .collect();
    let cells = |f: &dyn Fn(&Indicator, Option<Point>) -> String| -> Vec<String> {
        rows.iter().map(|(ind, p)| f(ind, *p)).collect()
    };
    let statuses = crate::status::Status::ALL.map(|s| s.key());
    let mut t = Table::new(vec!["indicator", "point"]);
    t.column(
        "program",
        json!({ "type": "string", "constraints": { "required": true, "enum": [program.id] }, "description": "The programme's id." }),
        cells(&|_, _| program.id.clone()),
    );
    t.column(
        "indicator",
        json!({ "type": "string", "constraints": { "required": true }, "description": "The indicator's id, unique in the programme." }),
        cells(&|ind, _| ind.id.clone()),
    );
    t.column(
        "measure",
        json!({ "type": "string", "constraints": { "required": true, "enum": ["cumulative", "level"] }, "description": "cumulative: a running total; level: a value at a time, which may rise or fall." }),
        cells(&|ind, _| ind.measure.key().to_string()),
    );
    for lang in &config.languages {
        t.column(format!("title_{lang}"), text_field(&format!("The indicator's title ({lang}).")), {
            cells(&|ind, _| ind.title.get(lang, default).text.to_string())
        });
    }
    for lang in &config.languages {
        t.column(format!("unit_{lang}"), text_field(&format!("The unit of the figures ({lang}).")), {
            cells(&|ind, _| ind.unit.get(lang, default).text.to_string())
        });
    }
    t.column(
        "baseline",
        number_field("The value at the start of the programme."),
        cells(&|ind, _| plain(ind.baseline)),
    );
    t.column("target", number_field("The value to reach by target_year."), cells(&|ind, _| plain(ind.target)));
    t.column(
        "target_year",
        json!({ "type": "year", "constraints": { "required": true }, "description": "The year by which the target is to be met." }),
        cells(&|ind, _| ind.target_year.to_string()),
    );
    t.column(
        "point",
        json!({ "type": "integer", "constraints": { "required": true, "minimum": 0 }, "description": "The progress point's number, 1 the earliest; 0 on the one row of an indicator with no figure yet." }),
        cells(&|_, p| p.map_or(0, |(j, _)| j + 1).to_string()),
    );
    t.column(
        "year",
        json!({ "type": "year", "description": "The year of the figure (for a dated figure, the year of its date)." }),
        cells(&|_, p| p.map(|(_, p)| p.year.to_string()).unwrap_or_default()),
    );
    t.column(
        "date",
        json!({ "type": "date", "description": "The day of the figure, when it was given by day rather than by year." }),
        cells(&|_, p| p.and_then(|(_, p)| p.date.as_ref()).map(|d| d.iso()).unwrap_or_default()),
    );
    t.column(
        "value",
        number_field("The figure reached at that point."),
        cells(&|_, p| p.map(|(_, p)| plain(p.value)).unwrap_or_default()),
    );
    t.column(
        "percent",
        number_field("100 × the share of the way from baseline to target covered at that point."),
        at_points
            .iter()
            .map(|a| a.as_ref().and_then(|a| a.covered).map(|f| plain(percent(f).0)).unwrap_or_default())
            .collect(),
    );
    t.column(
        "status_at_point",
        json!({ "type": "string", "constraints": { "required": true, "enum": statuses }, "description": "The status the indicator had at that point (SPEC 6), on the day the figure stands for." }),
        at_points.iter().map(|a| a.as_ref().map_or("no_data", |a| a.status.key()).to_string()).collect(),
    );
    for lang in &config.languages {
        t.column(format!("source_{lang}"), text_field(&format!("Where the figures come from ({lang}).")), {
            cells(&|ind, _| ind.source.as_ref().map(|s| s.get(lang, default).text.to_string()).unwrap_or_default())
        });
    }
    for lang in &config.languages {
        t.column(format!("note_{lang}"), text_field(&format!("A note on the indicator ({lang}).")), {
            cells(&|ind, _| ind.note.as_ref().map(|s| s.get(lang, default).text.to_string()).unwrap_or_default())
        });
    }
    t.column(
        "sample_data",
        json!({ "type": "boolean", "trueValues": ["true"], "falseValues": ["false"], "constraints": { "required": true }, "description": "true: the figures are illustrative, not official." }),
        cells(&|_, _| program.sample_data.to_string()),
    );
    t
}

/// The programme's budget as a table: one row per year disbursed (one row
/// with the plan alone when nothing is disbursed yet).
fn budget_table(program: &Program) -> Option<Table> {
    let Budget { currency, planned, disbursed } = program.budget.as_ref()?;
    let rows: Vec<Option<&Disbursement>> =
        if disbursed.is_empty() { vec![None] } else { disbursed.iter().map(Some).collect() };
    let mut running = 0;
    let to_date: Vec<String> = rows
        .iter()
        .map(|d| {
            d.map(|d| {
                running += d.amount;
                running.to_string()
            })
            .unwrap_or_default()
        })
        .collect();
    let each = |f: &dyn Fn(Option<&Disbursement>) -> String| rows.iter().map(|d| f(*d)).collect::<Vec<_>>();
    let mut t = Table::new(if disbursed.is_empty() { vec!["program"] } else { vec!["program", "year"] });
    t.column(
        "program",
        json!({ "type": "string", "constraints": { "required": true, "enum": [program.id] }, "description": "The programme's id." }),
        each(&|_| program.id.clone()),
    );
    t.column(
        "currency",
        json!({ "type": "string", "constraints": { "required": true }, "description": "The currency of every amount (ISO 4217)." }),
        each(&|_| currency.clone()),
    );
    t.column(
        "planned",
        json!({ "type": "integer", "constraints": { "required": true, "minimum": 0 }, "description": "The whole budget planned for the programme." }),
        each(&|_| planned.to_string()),
    );
    t.column(
        "year",
        json!({ "type": "year", "constraints": { "required": true }, "description": "The year of the disbursement." }),
        each(&|d| d.map(|d| d.year.to_string()).unwrap_or_default()),
    );
    t.column(
        "disbursed",
        json!({ "type": "integer", "constraints": { "required": true, "minimum": 0 }, "description": "The amount disbursed in that year." }),
        each(&|d| d.map(|d| d.amount.to_string()).unwrap_or_default()),
    );
    t.column(
        "disbursed_to_date",
        json!({ "type": "integer", "constraints": { "required": true, "minimum": 0 }, "description": "The amount disbursed from the start to the end of that year." }),
        to_date,
    );
    Some(t)
}

/// The programme's indicators as CSV.
pub fn program_csv(program: &Program, _: &ProgramSummary, site: &Site) -> Option<String> {
    Some(indicator_table(program, site).csv())
}

/// The programme's budget as CSV, when it has a budget.
pub fn budget_csv(program: &Program, _: &ProgramSummary, _: &Site) -> Option<String> {
    budget_table(program).map(|t| t.csv())
}

/// `/data/datapackage.json`: every table of the site, with its schema, the
/// licence, the publisher and the as-of date (a Frictionless data package:
/// each CSV a tabular resource, each programme's JSON a plain one).
pub fn datapackage(site: &Site) -> String {
    let config = &site.config;
    let default = config.default_lang();
    let urls = super::urls::Urls { config, offline: false };
    let mut resources = Vec::new();
    for program in &site.programs {
        let title = program.title.get(default, default).text;
        let page = urls.program(default, &program.id);
        let sources = json!([{ "title": title, "path": urls.absolute(&page).unwrap_or_else(|| format!("../{page}")) }]);
        let csv_resource = |name: String, path: String, title: String, table: Table| {
            json!({
                "name": name,
                "path": path,
                "profile": "tabular-data-resource",
                "title": title,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": table.schema(),
                "sources": sources,
            })
        };
        resources.push(csv_resource(
            program.id.clone(),
            format!("{}.csv", program.id),
            title.to_string(),
            indicator_table(program, site),
        ));
        if let Some(table) = budget_table(program) {
            resources.push(csv_resource(
                format!("{}-budget", program.id),
                format!("{}.budget.csv", program.id),
                format!("{title} (budget)"),
                table,
            ));
        }
        resources.push(json!({
            "name": format!("{}-json", program.id),
            "path": format!("{}.json", program.id),
            "profile": "data-resource",
            "title": format!("{title} (JSON)"),
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
            "description": "The programme as given, with each indicator's computed status; described by the JSON Schema program.schema.json.",
            "sources": sources,
        }));
    }
    let name = crate::text::slugify(config.title.get(default, default).text);
    let mut package = json!({
        // Not "tabular-data-package": the JSON files are listed too.
        "profile": "data-package",
        "name": if name.is_empty() { "baocao".to_string() } else { name },
        "title": config.title.get(default, default).text,
        "licenses": [{ "name": config.license.id, "path": config.license.url, "title": config.license.title }],
        "resources": resources,
    });
    if let Some(d) = &config.description {
        package["description"] = json!(d.get(default, default).text);
    }
    if let Some(base) = &config.base_url {
        package["homepage"] = json!(base);
    }
    if let Some(org) = &config.organisation {
        package["contributors"] = json!([{ "title": org.get(default, default).text, "role": "publisher" }]);
    }
    if let Some(a) = &site.as_of {
        package["as_of"] = json!(a.date.iso());
    }
    inert_json(&package)
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

    #[test]
    fn empty_columns_are_dropped_with_their_fields() {
        let mut t = Table::new(vec!["a"]);
        t.column("a", json!({ "type": "integer" }), vec!["1".into(), "2".into()]);
        t.column("b", json!({ "type": "string" }), vec![String::new(), String::new()]);
        t.column("c", json!({ "type": "string" }), vec![String::new(), "x".into()]);
        assert_eq!(t.csv(), "\u{feff}a,c\r\n1,\r\n2,x\r\n");
        let schema = t.schema();
        let names: Vec<&str> =
            schema["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["a", "c"]);
    }

    #[test]
    fn the_schema_is_json() {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    }
}
