//! Programme files (`content/programs/<id>.yaml`): their raw form and the
//! rules that turn it into a `Program`.

use super::*;
use crate::yaml::{Given, Written};

// Required fields are `Option`s here, so that every missing one of an
// item is reported in one run (serde stops at the first).

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgram {
    #[serde(default)]
    title: Given<LocalizedText>,
    #[serde(default)]
    summary: Given<LocalizedText>,
    description: Option<Spanned<LocalizedText>>,
    #[serde(default)]
    owner: Given<LocalizedText>,
    period: Option<Spanned<RawPeriod>>,
    sample_data: Option<bool>,
    tags: Option<Spanned<Vec<String>>>,
    budget: Option<RawBudget>,
    indicators: Option<Vec<Spanned<RawIndicator>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    start: i32,
    end: i32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBudget {
    currency: Option<String>,
    planned: Spanned<Written>,
    disbursed: Option<Vec<Spanned<RawDisbursement>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDisbursement {
    year: i32,
    amount: Spanned<Written>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    #[serde(default)]
    id: Given<Spanned<String>>,
    #[serde(default)]
    title: Given<LocalizedText>,
    #[serde(default)]
    unit: Given<LocalizedText>,
    baseline: Option<Spanned<Written>>,
    #[serde(default)]
    target: Given<Spanned<Written>>,
    target_year: Option<Spanned<i32>>,
    progress: Option<Vec<Spanned<RawPoint>>>,
    source: Option<LocalizedText>,
    note: Option<LocalizedText>,
    measure: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    year: Option<i32>,
    date: Option<String>,
    #[serde(default)]
    value: Given<Spanned<Written>>,
}

impl Validator<'_> {
    pub(super) fn program(&mut self, file: &SourceFile) -> Option<Program> {
        let path = &*file.path;
        let id = file.name.trim_end_matches(".yaml").to_string();
        let top = At { path, line: 1, column: 1 };
        let raw: RawProgram = match crate::yaml::parse(&file.text) {
            Ok(raw) => raw,
            Err(e) => {
                self.diagnostics.push(yaml_diagnostic(path, 0, e));
                return None;
            }
        };
        // Every field by name: a new one does not compile until it is handled here.
        let RawProgram { title, summary, description, owner, period, sample_data, tags, budget, indicators } = raw;
        let before = self.diagnostics.len();
        if !is_id(&id) {
            self.report(top, "", Message::NotAProgrammeId { id: id.clone(), suggestion: slugify(&id) });
        }
        self.name_length(top, "", &id);
        // Keys that are missing (reported once each, not also as empty).
        let mut missing: Vec<&str> = Vec::new();
        let [title, summary, owner] = [("title", title), ("summary", summary), ("owner", owner)].map(|(key, text)| {
            text.0.unwrap_or_else(|| {
                missing.push(key);
                LocalizedText::default()
            })
        });
        missing.extend(period.is_none().then_some("period"));
        missing.extend(indicators.is_none().then_some("indicators"));
        for key in &missing {
            self.report(top, "", Message::MissingKey { key: key.to_string() });
        }
        let period = match period {
            Some(spanned) => {
                let period_at = At::of(path, &spanned, 0);
                let RawPeriod { start, end } = spanned.value;
                let period = Period { start, end };
                for (name, y) in [("period.start", period.start), ("period.end", period.end)] {
                    self.year(period_at, name, y);
                }
                if period.start > period.end {
                    self.report(period_at, "period", Message::PeriodReversed { start: period.start, end: period.end });
                }
                period
            }
            None => Period { start: 2000, end: 2000 },
        };
        let tags = match tags {
            Some(t) => self.tags(At::of(path, &t, 0), t.value),
            None => Vec::new(),
        };
        let budget = budget.map(|b| {
            let RawBudget { currency, planned, disbursed: raw_disbursed } = b;
            let at = At::of(path, &planned, 0);
            let planned = self.amount(at, "budget.planned", &planned.value).unwrap_or(1);
            if planned == 0 {
                self.report(at, "budget.planned", Message::PlannedNotPositive { found: 0.0 });
            }
            let mut disbursed = Vec::new();
            for (i, d) in raw_disbursed.unwrap_or_default().into_iter().enumerate() {
                let at = At::of(path, &d, 0);
                let RawDisbursement { year, amount } = d.value;
                if disbursed.iter().any(|x: &Disbursement| x.year == year) {
                    self.report(at, &format!("budget.disbursed[{i}].year"), Message::DisbursedYearTwice { year });
                }
                let amount_at = At::of(path, &amount, 0);
                let amount = self.amount(amount_at, &format!("budget.disbursed[{i}].amount"), &amount.value);
                self.year(at, &format!("budget.disbursed[{i}].year"), year);
                disbursed.push(Disbursement { year, amount: amount.unwrap_or(0) });
            }
            disbursed.sort_by_key(|d| d.year);
            Budget { currency: currency.unwrap_or_else(|| self.config.currency.clone()), planned, disbursed }
        });
        let mut resolved: Vec<Indicator> = Vec::new();
        for (i, spanned) in indicators.unwrap_or_default().into_iter().enumerate() {
            let at = At::of(path, &spanned, 0);
            let RawIndicator {
                id: raw_id,
                title,
                unit,
                baseline,
                target: raw_target,
                target_year,
                progress: raw_progress,
                source,
                note,
                measure: raw_measure,
            } = spanned.value;
            let field = |name: &str| format!("indicators[{i}].{name}");
            let item = format!("indicators[{i}]");
            self.indicator = raw_id.0.as_ref().map(|id| id.value.clone());
            let absent: Vec<&str> = [
                ("id", raw_id.0.is_some()),
                ("title", title.0.is_some()),
                ("unit", unit.0.is_some()),
                ("target", raw_target.0.is_some()),
            ]
            .into_iter()
            .filter(|(_, present)| !present)
            .map(|(key, _)| key)
            .collect();
            for key in &absent {
                self.report(at, &item, Message::MissingKey { key: key.to_string() });
            }
            let ind_id = match raw_id.0 {
                Some(raw_id) => {
                    let id_at = At::of(path, &raw_id, 0);
                    let ind_id = raw_id.value;
                    if !is_id(&ind_id) {
                        let suggestion = slugify(&ind_id);
                        self.report(id_at, &field("id"), Message::NotAnIndicatorId { id: ind_id.clone(), suggestion });
                    } else if resolved.iter().any(|x| x.id == ind_id) {
                        self.report(id_at, &field("id"), Message::IndicatorIdTwice { id: ind_id.clone() });
                    }
                    self.name_length(id_at, &field("id"), &ind_id);
                    ind_id
                }
                None => String::new(),
            };
            let (title, unit) = (title.0.unwrap_or_default(), unit.0.unwrap_or_default());
            let baseline = match &baseline {
                Some(b) => self.figure(At::of(path, b, 0), &field("baseline"), &b.value).unwrap_or(0.0),
                None => 0.0,
            };
            let measure = match &raw_measure {
                None => Measure::Cumulative,
                Some(m) => match m.value.trim() {
                    "cumulative" => Measure::Cumulative,
                    "level" => Measure::Level,
                    written => {
                        let message = Message::UnknownMeasure { written: written.to_string() };
                        self.report(At::of(path, m, 0), &field("measure"), message);
                        Measure::Cumulative
                    }
                },
            };
            let target = match &raw_target.0 {
                Some(t) => {
                    let target_at = At::of(path, t, 0);
                    let target = self.figure(target_at, &field("target"), &t.value);
                    if target == Some(baseline) {
                        self.report(target_at, &field("target"), Message::TargetEqualsBaseline { baseline });
                    }
                    if measure == Measure::Cumulative && target.is_some_and(|t| t < baseline) {
                        self.report(target_at, &field("target"), Message::CumulativeTargetBelowBaseline);
                    }
                    target.unwrap_or(baseline + 1.0)
                }
                None => baseline + 1.0,
            };
            let target_year = match target_year {
                Some(ty) => {
                    self.year(At::of(path, &ty, 0), &field("target_year"), ty.value);
                    if ty.value < period.start {
                        let message = Message::TargetYearBeforeStart { year: ty.value, start: period.start };
                        self.report(At::of(path, &ty, 0), &field("target_year"), message);
                    }
                    ty.value
                }
                None => period.end,
            };
            let mut progress: Vec<ProgressPoint> = Vec::new();
            // Where each point was written, for warnings found once they are sorted.
            let mut written_at: Vec<(f64, At, String)> = Vec::new();
            let mut in_order = true;
            for (j, p) in raw_progress.unwrap_or_default().into_iter().enumerate() {
                let p_at = At::of(path, &p, 0);
                let pfield = format!("indicators[{i}].progress[{j}]");
                let RawPoint { year, date, value } = p.value;
                let value = match &value.0 {
                    Some(v) => self.figure(At::of(path, v, 0), &format!("{pfield}.value"), &v.value),
                    None => {
                        self.report(p_at, &pfield, Message::MissingKey { key: "value".into() });
                        None
                    }
                };
                let point = match (year, &date) {
                    (Some(year), None) => Some(ProgressPoint { year, date: None, value: 0.0 }),
                    (None, Some(d)) => match Date::parse(d) {
                        Some(date) => Some(ProgressPoint { year: date.year, date: Some(date), value: 0.0 }),
                        None => {
                            self.report(p_at, &format!("{pfield}.date"), Message::NotADate { text: d.clone() });
                            None
                        }
                    },
                    (Some(_), Some(_)) => {
                        self.report(p_at, &pfield, Message::ProgressYearAndDate);
                        None
                    }
                    (None, None) => {
                        self.report(p_at, &pfield, Message::ProgressNoTime);
                        None
                    }
                };
                let (Some(mut point), Some(value)) = (point, value) else { continue };
                point.value = value;
                self.year(p_at, &pfield, point.year);
                // A year either side of the period: reports come late, and baselines early.
                let usable = (1900..=2200).contains(&point.year);
                if usable && (point.year < period.start - 1 || point.year > period.end + 1) {
                    let message =
                        Message::ProgressOutsidePeriod { year: point.year, start: period.start, end: period.end };
                    self.report(p_at, &pfield, message);
                }
                if progress.iter().any(|x| x.time() == point.time()) {
                    self.report(p_at, &pfield, Message::ProgressTimeTwice);
                    continue;
                }
                if progress.last().is_some_and(|x| x.time() > point.time()) && in_order {
                    in_order = false;
                    self.report(p_at, &pfield, Message::ProgressOutOfOrder);
                }
                if let Some(as_of) = &self.as_of {
                    let later = match &point.date {
                        Some(d) => d.day_only() > as_of.date,
                        None => point.year > as_of.date.year,
                    };
                    if later {
                        let when = point.date.as_ref().map_or_else(|| point.year.to_string(), Date::iso);
                        let message = Message::FigureAfterAsOf { when, as_of: as_of.date.iso(), from: as_of.from };
                        self.report(p_at, &pfield, message);
                    }
                }
                written_at.push((point.time(), p_at, pfield));
                progress.push(point);
            }
            progress.sort_by(|a, b| a.time().total_cmp(&b.time()));
            if measure == Measure::Cumulative
                && let Some(pair) = progress.windows(2).find(|w| w[1].value < w[0].value)
            {
                // As the file writes them: `4`, `3.5`.
                let (before, after) = (pair[0].value.to_string(), pair[1].value.to_string());
                if let Some((_, p_at, pfield)) = written_at.iter().find(|(t, ..)| *t == pair[1].time()) {
                    self.report(*p_at, pfield, Message::CumulativeFalls { before, after });
                }
            }
            let indicator =
                Indicator { id: ind_id, title, unit, baseline, target, target_year, progress, source, note, measure };
            for (name, text, required) in indicator.texts() {
                if let Some(text) = text.filter(|_| !absent.contains(&name)) {
                    self.text(at, &field(name), text, required);
                }
            }
            resolved.push(indicator);
        }
        self.indicator = None;
        let program = Program {
            id,
            source: path.to_string(),
            title,
            summary,
            description_line: description.as_ref().map_or(1, |d| d.referenced.line() as usize),
            description: description.map(|d| d.value),
            owner,
            period,
            sample_data: sample_data.unwrap_or(false),
            tags,
            budget,
            indicators: resolved,
        };
        for (field, text, required) in program.texts() {
            if let Some(text) = text.filter(|_| !missing.contains(&field)) {
                self.text(top, field, text, required);
            }
        }
        (!self.errors_since(before)).then_some(program)
    }
}

#[cfg(test)]
pub(super) fn raw_fields() -> Vec<(&'static str, Vec<String>)> {
    use crate::fields::introspect::fields_of;
    vec![
        ("program", fields_of::<RawProgram>()),
        ("program.period", fields_of::<RawPeriod>()),
        ("program.budget", fields_of::<RawBudget>()),
        ("program.budget.disbursed[]", fields_of::<RawDisbursement>()),
        ("program.indicators[]", fields_of::<RawIndicator>()),
        ("program.indicators[].progress[]", fields_of::<RawPoint>()),
    ]
}
