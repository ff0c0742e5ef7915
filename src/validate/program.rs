//! Programme files (`content/programs/<id>.yaml`): their raw form and the
//! rules that turn it into a `Program`.

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgram {
    title: LocalizedText,
    summary: LocalizedText,
    description: Option<Spanned<LocalizedText>>,
    owner: LocalizedText,
    period: Spanned<RawPeriod>,
    sample_data: Option<bool>,
    tags: Option<Vec<String>>,
    budget: Option<RawBudget>,
    indicators: Vec<Spanned<RawIndicator>>,
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
    planned: Spanned<f64>,
    disbursed: Option<Vec<Spanned<RawDisbursement>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDisbursement {
    year: i32,
    amount: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: Spanned<String>,
    title: LocalizedText,
    unit: LocalizedText,
    baseline: Option<f64>,
    target: Spanned<f64>,
    target_year: Option<Spanned<i32>>,
    progress: Option<Vec<Spanned<RawPoint>>>,
    source: Option<LocalizedText>,
    note: Option<LocalizedText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    year: Option<i32>,
    date: Option<String>,
    value: f64,
}

impl Validator<'_> {
    pub(super) fn program(&mut self, file: &SourceFile) -> Option<Program> {
        let path = file.path.as_str();
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
        let before = self.error_count();
        if !is_id(&id) {
            self.report(top, "", Message::NotAProgrammeId { id: id.clone(), suggestion: slugify(&id) });
        }
        let period_at = At::of(path, &period, 0);
        let RawPeriod { start, end } = period.value;
        let period = Period { start, end };
        for (name, y) in [("period.start", period.start), ("period.end", period.end)] {
            self.year(period_at, name, y);
        }
        if period.start > period.end {
            self.report(period_at, "period", Message::PeriodReversed { start: period.start, end: period.end });
        }
        let tags = self.tags(top, tags.unwrap_or_default());
        let budget = budget.map(|b| {
            let RawBudget { currency, planned, disbursed: raw_disbursed } = b;
            let at = At::of(path, &planned, 0);
            if planned.value.is_nan() || planned.value <= 0.0 {
                self.report(at, "budget.planned", Message::PlannedNotPositive { found: planned.value });
            }
            let mut disbursed = Vec::new();
            for (i, d) in raw_disbursed.unwrap_or_default().into_iter().enumerate() {
                let at = At::of(path, &d, 0);
                let RawDisbursement { year, amount } = d.value;
                if disbursed.iter().any(|x: &Disbursement| x.year == year) {
                    self.report(at, &format!("budget.disbursed[{i}].year"), Message::DisbursedYearTwice { year });
                }
                if amount.is_nan() || amount < 0.0 {
                    self.report(
                        at,
                        &format!("budget.disbursed[{i}].amount"),
                        Message::DisbursedNegative { found: amount },
                    );
                }
                self.year(at, &format!("budget.disbursed[{i}].year"), year);
                disbursed.push(Disbursement { year, amount });
            }
            disbursed.sort_by_key(|d| d.year);
            Budget {
                currency: currency.unwrap_or_else(|| self.config.currency.clone()),
                planned: planned.value,
                disbursed,
            }
        });
        let mut resolved: Vec<Indicator> = Vec::new();
        for (i, spanned) in indicators.into_iter().enumerate() {
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
            } = spanned.value;
            let field = |name: &str| format!("indicators[{i}].{name}");
            let id_at = At::of(path, &raw_id, 0);
            let ind_id = raw_id.value;
            if !is_id(&ind_id) {
                let suggestion = slugify(&ind_id);
                self.report(id_at, &field("id"), Message::NotAnIndicatorId { id: ind_id.clone(), suggestion });
            } else if resolved.iter().any(|x| x.id == ind_id) {
                self.report(id_at, &field("id"), Message::IndicatorIdTwice { id: ind_id.clone() });
            }
            let baseline = baseline.unwrap_or(0.0);
            let target = raw_target.value;
            if target == baseline {
                self.report(At::of(path, &raw_target, 0), &field("target"), Message::TargetEqualsBaseline { baseline });
            }
            for (name, v) in [("baseline", baseline), ("target", target)] {
                if !v.is_finite() {
                    self.report(at, &field(name), Message::NotFinite { value: v });
                }
            }
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
            for (j, p) in raw_progress.unwrap_or_default().into_iter().enumerate() {
                let p_at = At::of(path, &p, 0);
                let pfield = format!("indicators[{i}].progress[{j}]");
                let RawPoint { year, date, value } = p.value;
                let point = match (year, &date) {
                    (Some(year), None) => Some(ProgressPoint { year, date: None, value }),
                    (None, Some(d)) => match Date::parse(d) {
                        Some(date) => Some(ProgressPoint { year: date.year, date: Some(date), value }),
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
                if let Some(point) = point {
                    self.year(p_at, &pfield, point.year);
                    if !point.value.is_finite() {
                        self.report(p_at, &format!("{pfield}.value"), Message::ProgressValueNotFinite);
                    } else if progress.iter().any(|x| x.time() == point.time()) {
                        self.report(p_at, &pfield, Message::ProgressTimeTwice);
                    } else {
                        progress.push(point);
                    }
                }
            }
            progress.sort_by(|a, b| a.time().total_cmp(&b.time()));
            let indicator =
                Indicator { id: ind_id, title, unit, baseline, target, target_year, progress, source, note };
            for (name, text, required) in indicator.texts() {
                if let Some(text) = text {
                    self.text(at, &field(name), text, required);
                }
            }
            resolved.push(indicator);
        }
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
            if let Some(text) = text {
                self.text(top, field, text, required);
            }
        }
        (self.error_count() == before).then_some(program)
    }
}
