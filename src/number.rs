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
    /// With a single separator (`2.250`, `2,250`) the writer may have meant
    /// a decimal mark: `decimal` is that reading (`2.25`).
    Groups { plain: String, decimal: Option<String> },
    /// `35,5`: a decimal comma; `point` is the same with a point.
    DecimalComma { point: String },
    /// `5%`: the number is `number`.
    Percent { number: String },
    /// `61 xã`: a number followed by a unit.
    Unit { number: String, unit: String },
    /// `26,99 tỷ`, `1.2 million`: a number with a scale word (and perhaps a
    /// currency); `plain` is the whole number in digits (`26990000000`).
    Scaled { plain: String },
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

/// `35,5` → `35.5`, `1.000,5` → `1000.5`: a decimal comma, perhaps after
/// grouped thousands, as the same number with a point.
fn decimal_comma(s: &str) -> Option<String> {
    let (int, frac) = s.rsplit_once(',')?;
    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int = grouped(int).or_else(|| plain_number(int).then(|| int.to_string()))?;
    Some(format!("{int}.{frac}"))
}

/// `2.250` → `2.25`, `1,000` → `1`: a single separator read as a decimal
/// mark, without trailing zeros.
fn decimal_reading(s: &str) -> Option<String> {
    let sep = if s.contains('.') { '.' } else { ',' };
    let (int, frac) = s.split_once(sep)?;
    if frac.contains(sep) {
        return None;
    }
    let frac = frac.trim_end_matches('0');
    Some(if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") })
}

/// Words that multiply the number before them, in both languages.
const SCALES: [(&str, u32); 11] = [
    ("nghìn", 3),
    ("ngàn", 3),
    ("thousand", 3),
    ("triệu", 6),
    ("tr", 6),
    ("million", 6),
    ("tỷ", 9),
    ("tỉ", 9),
    ("billion", 9),
    ("bn", 9),
    ("nghìn tỷ", 12),
];

/// Currency words that may follow a scale word: `26,99 tỷ đồng`.
const CURRENCIES: [&str; 5] = ["đồng", "đ", "vnd", "vnđ", "dong"];

/// `26.99` and 9 → `26990000000`: the decimal point moved right, exactly.
fn shift(number: &str, places: u32) -> String {
    let (sign, digits) = number.strip_prefix('-').map_or(("", number), |d| ("-", d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let places = places as usize;
    let mut whole = String::from(int);
    let (moved, rest) = frac.split_at(frac.len().min(places));
    whole.push_str(moved);
    whole.extend(std::iter::repeat_n('0', places - moved.len()));
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let rest = rest.trim_end_matches('0');
    if rest.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}.{rest}") }
}

/// The power of ten named by `words` (`tỷ`, `tỷ đồng`, `million VND`).
fn scale_of(words: &str) -> Option<u32> {
    let words = words.trim().to_lowercase();
    let words = words.trim_end_matches('.');
    let bare = CURRENCIES
        .iter()
        .find_map(|c| words.strip_suffix(c).filter(|w| w.ends_with(char::is_whitespace)))
        .map_or(words, str::trim_end);
    SCALES.iter().find(|(word, _)| *word == bare).map(|(_, places)| *places)
}

/// Reads a figure (an indicator's baseline, target or value).
pub fn read(written: &str) -> Result<f64, Problem> {
    let s = written.trim();
    if s.is_empty() || s == "~" || s == "null" {
        return Err(Problem::Empty);
    }
    // Before plain numbers: `1.000` looks like one, and is a thousand.
    if let Some(plain) = grouped(s) {
        return Err(Problem::Groups { plain, decimal: decimal_reading(s) });
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
    if let Some(point) = decimal_comma(s) {
        return Err(Problem::DecimalComma { point });
    }
    let number_part = |t: &str| {
        let t = t.trim();
        grouped(t).or_else(|| plain_number(t).then(|| t.to_string())).or_else(|| decimal_comma(t))
    };
    if let Some(number) = s.strip_suffix('%').and_then(number_part) {
        return Err(Problem::Percent { number });
    }
    if let Some((head, unit)) = s.split_once(char::is_whitespace)
        && let Some(number) = number_part(head)
        && unit.trim().chars().next().is_some_and(char::is_alphabetic)
    {
        if let Some(places) = scale_of(unit) {
            return Err(Problem::Scaled { plain: shift(&number, places) });
        }
        return Err(Problem::Unit { number, unit: unit.trim().to_string() });
    }
    Err(Problem::NotANumber)
}

/// Reads an amount of money: a whole number of zero or more, kept exact.
pub fn read_amount(written: &str) -> Result<u64, Problem> {
    let s = written.trim();
    let value = read(s).map_err(|problem| match problem {
        // A budget has no fraction: `2.250` is two thousand two hundred and fifty.
        Problem::Groups { plain, .. } => Problem::Groups { plain, decimal: None },
        other => other,
    })?;
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
        let groups = |p: &str| Err(Problem::Groups { plain: p.into(), decimal: None });
        let either = |p: &str, d: &str| Err(Problem::Groups { plain: p.into(), decimal: Some(d.into()) });
        let scaled = |p: &str| Err(Problem::Scaled { plain: p.into() });
        let cases = [
            ("1.000", either("1000", "1")),
            ("2.250", either("2250", "2.25")),
            ("2,250", either("2250", "2.25")),
            ("26.990.000.000", groups("26990000000")),
            ("1,000", either("1000", "1")),
            ("-1.500", either("-1500", "-1.5")),
            ("1.000.000", groups("1000000")),
            ("26,99 tỷ", scaled("26990000000")),
            ("26,99 tỷ đồng", scaled("26990000000")),
            ("26.99 Tỷ VNĐ", scaled("26990000000")),
            ("1.5 million", scaled("1500000")),
            ("3 triệu", scaled("3000000")),
            ("1.234,5 nghìn", scaled("1234500")),
            ("1,23456 nghìn", scaled("1234.56")),
            ("0,5 tỉ", scaled("500000000")),
            ("2 nghìn tỷ", scaled("2000000000000")),
            ("26,99 tỷ hộ", Err(Problem::Unit { number: "26.99".into(), unit: "tỷ hộ".into() })),
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
        let groups = |p: &str| Err(Problem::Groups { plain: p.into(), decimal: None });
        assert_eq!(read_amount("26.990.000.000"), groups("26990000000"));
        assert_eq!(read_amount("2.250"), groups("2250"));
        assert_eq!(read_amount("26,99 tỷ"), Err(Problem::Scaled { plain: "26990000000".into() }));
    }
}
