//! Numbers as staff write them, read strictly: a figure is digits with an
//! optional `.` decimal point, nothing else. What a person would write in
//! a report (`1.000` or `26.990.000.000` grouped the Vietnamese way,
//! `1,000`, `35,5`, `5%`, `61 xã`) is refused with the right form, never
//! read as another number: YAML would read `1.000` as one.

/// Figures beyond this are typing mistakes (and lose digits as floats).
pub const LIMIT: f64 = 1e15;

/// Why a written value is not a usable number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing after the colon.
    Empty,
    /// Thousands grouped with `.` or `,`; `plain` is the number without them.
    Groups { plain: String },
    /// `35,5`: a decimal comma; `point` is the same with a point.
    DecimalComma { point: String },
    /// `5%`: the number is `number`.
    Percent { number: String },
    /// `61 xã`: a number followed by a unit.
    Unit { number: String, unit: String },
    /// `.nan`, `.inf`.
    NotFinite,
    /// Beyond ±[`LIMIT`].
    TooLarge,
    /// A fraction where only whole amounts are allowed (budgets).
    NotWhole,
    /// Below zero where only amounts of zero or more are allowed.
    Negative,
    /// Anything else: not a number at all.
    NotANumber,
}

/// `-12`, `3.5`, `1e6`: digits with an optional sign, point and exponent.
fn plain_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['-', '+']).unwrap_or(e))),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    !int.is_empty()
        && digits(int)
        && digits(frac)
        && (!mantissa.contains('.') || !frac.is_empty())
        && exponent.is_none_or(|e| !e.is_empty() && digits(e))
}

/// `1.000`, `26.990.000.000`, `1,000`: one to three digits, then groups of
/// three, all with the same separator.
fn grouped(s: &str) -> Option<String> {
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", s),
    };
    for sep in ['.', ','] {
        let groups: Vec<&str> = digits.split(sep).collect();
        let ok = groups.len() >= 2
            && (1..=3).contains(&groups[0].len())
            && !groups[0].starts_with('0')
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
        if ok {
            return Some(format!("{sign}{}", groups.concat()));
        }
    }
    None
}

/// Reads a figure (an indicator's baseline, target or value).
pub fn read(written: &str) -> Result<f64, Problem> {
    let s = written.trim();
    if s.is_empty() || s == "~" || s == "null" {
        return Err(Problem::Empty);
    }
    // Before plain numbers: `1.000` looks like one, and is a thousand.
    if let Some(plain) = grouped(s) {
        return Err(Problem::Groups { plain });
    }
    if plain_number(s) {
        let value: f64 = s.parse().map_err(|_| Problem::NotANumber)?;
        if !value.is_finite() || value.abs() > LIMIT {
            return Err(Problem::TooLarge);
        }
        return Ok(value);
    }
    let lower = s.to_lowercase();
    if [".nan", ".inf", "-.inf", "+.inf", "nan", "inf", "-inf", "infinity"].contains(&lower.as_str()) {
        return Err(Problem::NotFinite);
    }
    // `35,5`, and `1.000,5` (thousands grouped too): the number with a point.
    if let Some((int, frac)) = s.rsplit_once(',')
        && !frac.is_empty()
        && frac.bytes().all(|b| b.is_ascii_digit())
        && let Some(int) = grouped(int).or_else(|| plain_number(int).then(|| int.to_string()))
    {
        return Err(Problem::DecimalComma { point: format!("{int}.{frac}") });
    }
    let number_part = |t: &str| {
        let t = t.trim();
        grouped(t)
            .or_else(|| plain_number(t).then(|| t.to_string()))
            .or_else(|| t.split_once(',').map(|(i, f)| format!("{i}.{f}")).filter(|p| plain_number(p)))
    };
    if let Some(number) = s.strip_suffix('%').and_then(number_part) {
        return Err(Problem::Percent { number });
    }
    if let Some((head, unit)) = s.split_once(char::is_whitespace)
        && let Some(number) = number_part(head)
        && unit.trim().chars().next().is_some_and(char::is_alphabetic)
    {
        return Err(Problem::Unit { number, unit: unit.trim().to_string() });
    }
    Err(Problem::NotANumber)
}

/// Reads an amount of money: a whole number of zero or more, kept exact.
pub fn read_amount(written: &str) -> Result<u64, Problem> {
    let s = written.trim();
    let value = read(s)?;
    if value < 0.0 {
        return Err(Problem::Negative);
    }
    if s.contains(['.', 'e', 'E']) && value.fract() != 0.0 {
        return Err(Problem::NotWhole);
    }
    let digits = s.strip_prefix('+').unwrap_or(s);
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.parse().map_err(|_| Problem::TooLarge);
    }
    Ok(value as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures() {
        let ok = [("1000", 1000.0), ("35.5", 35.5), ("-2", -2.0), ("0", 0.0), ("1e6", 1e6), (" 12 ", 12.0)];
        for (written, value) in ok {
            assert_eq!(read(written), Ok(value), "{written}");
        }
        let groups = |p: &str| Err(Problem::Groups { plain: p.into() });
        let cases = [
            ("1.000", groups("1000")),
            ("26.990.000.000", groups("26990000000")),
            ("1,000", groups("1000")),
            ("-1.500", groups("-1500")),
            ("35,5", Err(Problem::DecimalComma { point: "35.5".into() })),
            ("1.000,5", Err(Problem::DecimalComma { point: "1000.5".into() })),
            ("5%", Err(Problem::Percent { number: "5".into() })),
            ("12,5%", Err(Problem::Percent { number: "12.5".into() })),
            ("61 xã", Err(Problem::Unit { number: "61".into(), unit: "xã".into() })),
            ("1.200 hộ", Err(Problem::Unit { number: "1200".into(), unit: "hộ".into() })),
            (".nan", Err(Problem::NotFinite)),
            ("-.inf", Err(Problem::NotFinite)),
            ("1e308", Err(Problem::TooLarge)),
            ("2000000000000000", Err(Problem::TooLarge)),
            ("", Err(Problem::Empty)),
            ("hai mươi", Err(Problem::NotANumber)),
            ("1.", Err(Problem::NotANumber)),
            ("1.0000", Ok(1.0)),
            ("0.500", Ok(0.5)),
        ];
        for (written, expected) in cases {
            assert_eq!(read(written), expected, "{written}");
        }
    }

    #[test]
    fn amounts_are_whole_and_exact() {
        assert_eq!(read_amount("26990000000"), Ok(26_990_000_000));
        assert_eq!(read_amount("999999999999999"), Ok(999_999_999_999_999));
        assert_eq!(read_amount("1500.5"), Err(Problem::NotWhole));
        assert_eq!(read_amount("1500.0"), Ok(1500));
        assert_eq!(read_amount("-5"), Err(Problem::Negative));
        assert_eq!(read_amount("123456789012345678901234567890"), Err(Problem::TooLarge));
        assert_eq!(read_amount("26.990.000.000"), Err(Problem::Groups { plain: "26990000000".into() }));
    }
}
