//! Progress status of an indicator (SPEC section 6): how far it has come
//! against how much of its time has passed. Rising and falling targets
//! alike: every share is measured along the way from baseline to target.

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
    /// `e`: the share of the time elapsed at the latest point, 0 to 1.
    pub elapsed: Option<f64>,
    pub status: Status,
}

/// Applies the rule of SPEC section 6.
pub fn assess(indicator: &Indicator, start_year: i32, thresholds: Thresholds) -> Assessment {
    let Some(latest) = indicator.progress.last() else {
        return Assessment { latest: None, covered: None, elapsed: None, status: Status::NoData };
    };
    let covered = (latest.value - indicator.baseline) / (indicator.target - indicator.baseline);
    let span = (indicator.target_year - start_year) as f64;
    let elapsed = if span <= 0.0 {
        // Target year at the start: all the time is gone once a point is in.
        if latest.time() >= start_year as f64 { 1.0 } else { 0.0 }
    } else {
        ((latest.time() - start_year as f64) / span).clamp(0.0, 1.0)
    };
    Assessment {
        latest: Some(latest.clone()),
        covered: Some(covered),
        elapsed: Some(elapsed),
        status: classify(covered, elapsed, thresholds),
    }
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
            let a = assess(&ind, 2018.min(ty), t);
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
        let strict = Thresholds { on_track: 1.0, at_risk: 0.8 };
        assert_eq!(assess(&ind, 2018, strict).status, Status::OffTrack);
        let lenient = Thresholds { on_track: 0.5, at_risk: 0.2 };
        assert_eq!(assess(&ind, 2018, lenient).status, Status::OnTrack);
    }

    #[test]
    fn dated_points_count_fractions_of_years() {
        let mut ind = indicator(0.0, 100.0, 2020, &[]);
        ind.progress.push(ProgressPoint { year: 2019, date: Date::parse("2019-01-01"), value: 30.0 });
        // 30% of the way at 50% of the time: f/e = 0.6, at risk.
        assert_eq!(assess(&ind, 2018, Thresholds::default()).status, Status::AtRisk);
    }
}
