//! Progress status of an indicator (SPEC section 6): how far it has come
//! against how much of its time has passed. Rising and falling targets
//! alike: every share is measured along the way from baseline to target.
//! Time runs on from the latest figure to the as-of date (never past the
//! target year): a figure left unchanged falls behind as time passes, and
//! one older than the staleness limit is marked stale.

use crate::date::Date;
use crate::model::{Indicator, ProgressPoint, Thresholds};

/// Where an indicator stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Achieved,
    OnTrack,
    AtRisk,
    OffTrack,
    NoData,
}

impl Status {
    /// All statuses, best first.
    pub const ALL: [Status; 5] = [Status::Achieved, Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoData];

    /// The key used in open data, CSS classes and interface strings.
    pub fn key(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on_track",
            Status::AtRisk => "at_risk",
            Status::OffTrack => "off_track",
            Status::NoData => "no_data",
        }
    }
}

/// An indicator's status at its latest progress point.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub latest: Option<ProgressPoint>,
    /// `f`: the share of the way from baseline to target covered (can be
    /// negative or above 1); `None` with no data.
    pub covered: Option<f64>,
    /// `e`: the share of the time elapsed at the as-of date (or the latest
    /// point, if later), 0 to 1.
    pub elapsed: Option<f64>,
    pub status: Status,
    /// The latest figure is older than the staleness limit allows.
    pub stale: bool,
}

/// Applies the rule of SPEC section 6 at the as-of date (`None`: at the
/// latest point, as when the content has no date at all).
pub fn assess(indicator: &Indicator, start_year: i32, as_of: Option<&Date>, thresholds: Thresholds) -> Assessment {
    let Some(latest) = indicator.progress.last() else {
        return Assessment { latest: None, covered: None, elapsed: None, status: Status::NoData, stale: false };
    };
    let covered = (latest.value - indicator.baseline) / (indicator.target - indicator.baseline);
    // Time runs on from the figure: by the time from the day it stands for
    // (the end of its year, for a yearly one) to the as-of date, if later;
    // capped at the target year below.
    let since = as_of.map_or(0.0, |d| (d.time() - latest.reported().time()).max(0.0));
    let now = (latest.time() + since).min(indicator.target_year as f64).max(latest.time());
    let target_year = indicator.target_year as f64;
    let span = target_year - start_year as f64;
    let elapsed = if span <= 0.0 {
        // Target year at the start: all the time is gone once a point is in.
        if now >= start_year as f64 { 1.0 } else { 0.0 }
    } else {
        ((now - start_year as f64) / span).clamp(0.0, 1.0)
    };
    let stale = as_of.is_some_and(|d| is_stale(latest, d, indicator.target_year, thresholds.stale_after_months));
    Assessment {
        latest: Some(latest.clone()),
        covered: Some(covered),
        elapsed: Some(elapsed),
        status: classify(covered, elapsed, thresholds),
        stale,
    }
}

/// A figure is stale when more than `months` have passed from the day it
/// stands for (the last day of its year, for a yearly figure) to the as-of
/// date, or to the end of the target year if that is sooner: a programme
/// that has ended owes no newer figure. `months == 0` never.
fn is_stale(latest: &ProgressPoint, as_of: &Date, target_year: i32, months: u32) -> bool {
    let until = as_of.clone().min(Date::end_of_year(target_year));
    months > 0 && latest.reported().add_months(months) < until
}

/// The status of a share of the way covered (`f`) at a share of the time elapsed (`e`).
pub fn classify(covered: f64, elapsed: f64, thresholds: Thresholds) -> Status {
    if covered >= 1.0 {
        Status::Achieved
    } else if elapsed == 0.0 || covered / elapsed >= thresholds.on_track {
        Status::OnTrack
    } else if covered / elapsed >= thresholds.at_risk {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn indicator(baseline: f64, target: f64, target_year: i32, points: &[(i32, f64)]) -> Indicator {
        Indicator {
            id: "x".into(),
            baseline,
            target,
            target_year,
            progress: points.iter().map(|&(year, value)| ProgressPoint { year, date: None, value }).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn status_rule() {
        let t = Thresholds::default();
        // (baseline, target, target year, points, expected status, expected f)
        type Case<'a> = (f64, f64, i32, &'a [(i32, f64)], Status, Option<f64>);
        let cases: [Case; 11] = [
            (0.0, 10.0, 2020, &[(2020, 10.0)], Status::Achieved, Some(1.0)),
            (0.0, 10.0, 2020, &[(2020, 12.0)], Status::Achieved, Some(1.2)), // beyond the target
            (0.0, 57.0, 2020, &[(2019, 30.0)], Status::OnTrack, Some(30.0 / 57.0)), // 0.526 of the way, 0.5 of the time
            (0.0, 100.0, 2020, &[(2019, 35.0)], Status::AtRisk, Some(0.35)), // f/e = 0.7
            (0.0, 600.0, 2020, &[(2020, 240.0)], Status::OffTrack, Some(0.4)),
            (0.0, 10.0, 2020, &[], Status::NoData, None),
            (40.0, 20.0, 2020, &[(2019, 30.0)], Status::OnTrack, Some(0.5)), // falling target, halfway at half time
            (40.0, 20.0, 2020, &[(2020, 38.0)], Status::OffTrack, Some(0.1)), // falling target, barely moved
            (40.0, 20.0, 2020, &[(2019, 45.0)], Status::OffTrack, Some(-0.25)), // falling target gone the wrong way
            (0.0, 10.0, 2020, &[(2017, 1.0)], Status::OnTrack, Some(0.1)), // a point before the start year: no time elapsed
            (0.0, 10.0, 2016, &[(2019, 7.0)], Status::AtRisk, Some(0.7)),  // target year already past: all time elapsed
        ];
        for (baseline, target, ty, points, expected, f) in cases {
            let ind = indicator(baseline, target, ty, points);
            let a = assess(&ind, 2018.min(ty), None, t);
            assert_eq!(a.status, expected, "{baseline}→{target} by {ty}, {points:?}");
            match (a.covered, f) {
                (Some(got), Some(want)) => {
                    assert!((got - want).abs() < 1e-9, "f = {got}, expected {want}")
                }
                (got, want) => assert_eq!(got, want),
            }
        }
    }

    #[test]
    fn thresholds_are_configurable() {
        let ind = indicator(0.0, 100.0, 2020, &[(2019, 35.0)]);
        let strict = Thresholds { on_track: 1.0, at_risk: 0.8, ..Default::default() };
        assert_eq!(assess(&ind, 2018, None, strict).status, Status::OffTrack);
        let lenient = Thresholds { on_track: 0.5, at_risk: 0.2, ..Default::default() };
        assert_eq!(assess(&ind, 2018, None, lenient).status, Status::OnTrack);
    }

    #[test]
    fn dated_points_count_fractions_of_years() {
        let mut ind = indicator(0.0, 100.0, 2020, &[]);
        ind.progress.push(ProgressPoint { year: 2019, date: Date::parse("2019-01-01"), value: 30.0 });
        // 30% of the way at 50% of the time: f/e = 0.6, at risk.
        assert_eq!(assess(&ind, 2018, None, Thresholds::default()).status, Status::AtRisk);
    }

    /// The case: in late 2026, a 2021–2025 programme whose latest
    /// figures are from 2023.
    #[test]
    fn time_runs_to_the_as_of_date_and_old_figures_are_stale() {
        let t = Thresholds::default();
        let ind = indicator(0.0, 100.0, 2025, &[(2023, 50.0)]);
        let at = |d: &str| assess(&ind, 2021, Date::parse(d).as_ref(), t);
        // Reported at the end of its own year: half the way at half the time.
        assert_eq!((at("2023-12-31").status, at("2023-12-31").stale), (Status::OnTrack, false));
        assert_eq!(at("2023-12-31").elapsed, Some(0.5));
        // Half a year on, with no new figure: time has moved on, the figure has not.
        let later = at("2024-07-01").elapsed.unwrap();
        assert!((later - 0.625).abs() < 0.01, "{later}");
        assert_eq!(at("2024-07-01").status, Status::AtRisk);
        // Late 2026: all the time is gone (capped at 2025), half the way covered.
        let late = at("2026-11-30");
        assert_eq!(late.elapsed, Some(1.0));
        assert_eq!((late.status, late.stale), (Status::OffTrack, true));
        // A yearly figure stands for the end of its year: not stale in 2024.
        assert!(!at("2024-12-31").stale);
        assert!(at("2025-01-01").stale);
        // An as-of date before the figure does not move time back.
        assert_eq!(at("2020-01-01").elapsed, Some(0.5));
        // A programme that has ended owes no newer figure.
        let ended = indicator(0.0, 10.0, 2020, &[(2020, 10.0)]);
        assert!(!assess(&ended, 2018, Date::parse("2026-11-30").as_ref(), t).stale);
        let never = Thresholds { stale_after_months: 0, ..t };
        assert!(!assess(&ind, 2021, Date::parse("2030-01-01").as_ref(), never).stale);
        let strict = Thresholds { stale_after_months: 6, ..t };
        assert!(assess(&ind, 2021, Date::parse("2024-07-01").as_ref(), strict).stale);
        assert!(!assess(&indicator(0.0, 1.0, 2025, &[]), 2021, Date::parse("2030-01-01").as_ref(), t).stale);
    }
}
