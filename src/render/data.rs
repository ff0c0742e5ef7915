//! Open data: each programme as JSON (as given, every language, plus the
//! computed `latest`, `percent` and `status` of each indicator) and as CSV
//! (UTF-8 with BOM for Excel, one row per indicator and progress point,
//! cells guarded against formula injection).

use crate::model::{Program, ProgressPoint, SiteConfig};
use crate::status::assess;
use crate::text::LocalizedText;
use serde_json::{Value, json};

/// A number as JSON: whole numbers without `.0`.
fn num(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 { json!(v as i64) } else { json!(v) }
}

fn text(t: &LocalizedText) -> Value {
    serde_json::to_value(t).expect("text serializes")
}

fn point(p: &ProgressPoint) -> Value {
    match &p.date {
        Some(d) => json!({ "date": d.iso(), "value": num(p.value) }),
        None => json!({ "year": p.year, "value": num(p.value) }),
    }
}

/// `100 * f`, rounded to two decimals so the file is stable.
fn percent(covered: f64) -> f64 {
    (covered * 10000.0).round() / 100.0
}

/// The programme as JSON.
pub fn program_json(program: &Program, config: &SiteConfig) -> String {
    let indicators: Vec<Value> = program
        .indicators
        .iter()
        .map(|ind| {
            let a = assess(ind, program.period.start, config.thresholds);
            let mut v = json!({
                "id": ind.id,
                "title": text(&ind.title),
                "unit": text(&ind.unit),
                "baseline": num(ind.baseline),
                "target": num(ind.target),
                "target_year": ind.target_year,
                "progress": ind.progress.iter().map(point).collect::<Vec<_>>(),
                "latest": a.latest.map(point),
                "percent": a.covered.map(|f| num(percent(f))),
                "status": a.status.key(),
            });
            if let Some(s) = &ind.source {
                v["source"] = text(s);
            }
            if let Some(n) = &ind.note {
                v["note"] = text(n);
            }
            v
        })
        .collect();
    let mut v = json!({
        "id": program.id,
        "title": text(&program.title),
        "summary": text(&program.summary),
        "owner": text(&program.owner),
        "period": { "start": program.period.start, "end": program.period.end },
        "sample_data": program.sample_data,
        "tags": program.tags.iter().map(|t| t.slug.as_str()).collect::<Vec<_>>(),
        "indicators": indicators,
        "status_rule": { "on_track": config.thresholds.on_track, "at_risk": config.thresholds.at_risk },
    });
    if let Some(d) = &program.description {
        v["description"] = text(d);
    }
    if let Some(b) = &program.budget {
        v["budget"] = json!({
            "currency": b.currency,
            "planned": num(b.planned),
            "disbursed": b.disbursed.iter().map(|d| json!({ "year": d.year, "amount": num(d.amount) })).collect::<Vec<_>>(),
        });
    }
    let mut out = serde_json::to_string_pretty(&v).expect("JSON serializes");
    out.push('\n');
    // Markup characters as escapes: the JSON stays valid and inert if a page ever embeds it.
    out.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The programme's indicators as CSV: one row per indicator and progress
/// point (one row with an empty point for an indicator with no data).
pub fn program_csv(program: &Program, config: &SiteConfig) -> String {
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
    for ind in &program.indicators {
        let status = assess(ind, program.period.start, config.thresholds).status.key();
        let points: Vec<Option<&ProgressPoint>> =
            if ind.progress.is_empty() { vec![None] } else { ind.progress.iter().map(Some).collect() };
        for p in points {
            let mut row = vec![program.id.clone(), ind.id.clone()];
            for lang in &config.languages {
                row.push(ind.title.get(lang, default).text.to_string());
            }
            for lang in &config.languages {
                row.push(ind.unit.get(lang, default).text.to_string());
            }
            row.push(plain(ind.baseline));
            row.push(plain(ind.target));
            row.push(ind.target_year.to_string());
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
    num(v).to_string()
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
}
