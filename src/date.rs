//! Calendar dates as written in content: `2018-06-22`,
//! `2018-06-22T09:30:00+07:00` or `22/06/2018`.

use std::fmt;

/// A calendar date, with the time and offset when the author gave them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// `09:30:00+07:00` as written (validated), for feeds.
    pub time: Option<String>,
}

/// The forms accepted, for error hints.
pub const ACCEPTED_FORMS: &str = "2018-06-22, 2018-06-22T09:30:00+07:00 or 22/06/2018 (the year in full)";

impl Date {
    /// Parses one of the accepted forms; `None` when it is none of them or
    /// names a day that does not exist.
    pub fn parse(input: &str) -> Option<Date> {
        let s = input.trim();
        let (date, time) = match s.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let (year, month, day) = if let Some((d, rest)) = date.split_once('/') {
            let (m, y) = rest.split_once('/')?;
            (year(y)?, num(m, 2)?, num(d, 2)?)
        } else {
            let mut parts = date.split('-');
            let y = year(parts.next()?)?;
            let m = num(parts.next()?, 2)?;
            let d = num(parts.next()?, 2)?;
            if parts.next().is_some() {
                return None;
            }
            (y, m, d)
        };
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year as i32, month) {
            return None;
        }
        let time = match time {
            Some(t) => Some(parse_time(t)?),
            None => None,
        };
        Some(Date { year: year as i32, month, day, time })
    }

    /// Day of the week, 0 = Sunday.
    pub fn weekday(&self) -> u32 {
        // Sakamoto's method.
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 { self.year - 1 } else { self.year };
        ((y + y / 4 - y / 100 + y / 400 + T[self.month as usize - 1] + self.day as i32).rem_euclid(7)) as u32
    }

    /// RFC 3339, as Atom wants it; midnight UTC when no time was given.
    pub fn rfc3339(&self) -> String {
        let time = self.time.as_deref().unwrap_or("00:00:00Z");
        format!("{}T{}", self.iso(), time)
    }

    /// `2018-06-22`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// A day without a time.
    pub fn ymd(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day, time: None }
    }

    /// The last day of a year: when a yearly figure is reported at.
    pub fn end_of_year(year: i32) -> Date {
        Date::ymd(year, 12, 31)
    }

    /// The UTC day of a Unix time (`SOURCE_DATE_EPOCH`).
    pub fn from_unix(seconds: i64) -> Date {
        // Howard Hinnant's days-to-civil.
        let z = seconds.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date::ymd(year, month, day)
    }

    /// The day `months` later, on the same day of the month or the last
    /// day of a shorter month.
    pub fn add_months(&self, months: u32) -> Date {
        let index = self.month - 1 + months;
        let year = self.year + (index / 12) as i32;
        let month = index % 12 + 1;
        Date::ymd(year, month, self.day.min(days_in_month(year, month)))
    }

    /// The day in fractional years (`2019-06-30` ≈ 2019.5), for shares of
    /// time elapsed.
    pub fn time(&self) -> f64 {
        self.year as f64 + (self.month as f64 - 1.0 + (self.day as f64 - 1.0) / 31.0) / 12.0
    }

    /// The calendar day alone, for comparing days (the time of day and its
    /// offset dropped).
    pub fn day_only(&self) -> Date {
        Date::ymd(self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// A year written in full: `18` is not 2018 (nor 0018).
fn year(s: &str) -> Option<u32> {
    if s.len() == 4 { num(s, 4) } else { None }
}

fn num(s: &str, max_len: usize) -> Option<u32> {
    if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `HH:MM[:SS[.fff]]` then `Z` or `±HH:MM`.
fn parse_time(t: &str) -> Option<String> {
    let split = t.find(['Z', 'z', '+', '-']).unwrap_or(t.len());
    let (clock, zone) = t.split_at(split);
    let mut parts = clock.split(':');
    let h = num(parts.next()?, 2)?;
    let m = num(parts.next()?, 2)?;
    let sec = parts.next().unwrap_or("00");
    let whole = sec.split('.').next()?;
    if h > 23 || m > 59 || num(whole, 2)? > 60 || parts.next().is_some() {
        return None;
    }
    let zone = match zone {
        "" | "Z" | "z" => "Z".to_string(),
        z => {
            let (zh, zm) = z[1..].split_once(':')?;
            if zh.len() != 2 || zm.len() != 2 || num(zh, 2)? > 23 || num(zm, 2)? > 59 {
                return None;
            }
            z.to_string()
        }
    };
    Some(format!("{h:02}:{m:02}:{whole:0>2}{zone}"))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms() {
        type Expected<'a> = Option<(i32, u32, u32, Option<&'a str>)>;
        let cases: [(&str, Expected); 12] = [
            ("22/06/18", None),
            ("2018-06-22T09:30:00+7:00", None),
            ("2018-06-22", Some((2018, 6, 22, None))),
            ("22/06/2018", Some((2018, 6, 22, None))),
            ("2/6/2018", Some((2018, 6, 2, None))),
            ("2018-06-22T09:30:00+07:00", Some((2018, 6, 22, Some("09:30:00+07:00")))),
            ("2018-06-22T09:30Z", Some((2018, 6, 22, Some("09:30:00Z")))),
            ("2019-02-29", None),
            ("2020-02-29", Some((2020, 2, 29, None))),
            ("22-06-2018", None),
            ("hôm qua", None),
            ("2018-13-01", None),
        ];
        for (input, expected) in cases {
            let got = Date::parse(input).map(|d| (d.year, d.month, d.day, d.time));
            let expected = expected.map(|(y, m, d, t)| (y, m, d, t.map(str::to_string)));
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn unix_times_and_months() {
        assert_eq!(Date::from_unix(0), Date::ymd(1970, 1, 1));
        assert_eq!(Date::from_unix(1_767_225_599), Date::ymd(2025, 12, 31));
        assert_eq!(Date::from_unix(951_782_400), Date::ymd(2000, 2, 29));
        assert_eq!(Date::from_unix(-86_400), Date::ymd(1969, 12, 31));
        assert_eq!(Date::ymd(2023, 12, 31).add_months(12), Date::ymd(2024, 12, 31));
        assert_eq!(Date::ymd(2024, 1, 31).add_months(1), Date::ymd(2024, 2, 29));
        assert_eq!(Date::ymd(2023, 11, 15).add_months(14), Date::ymd(2025, 1, 15));
    }

    #[test]
    fn weekdays() {
        // 22 June 2018 was a Friday; 1 January 2000 a Saturday.
        assert_eq!(Date::parse("2018-06-22").unwrap().weekday(), 5);
        assert_eq!(Date::parse("2000-01-01").unwrap().weekday(), 6);
    }
}
