//! Numbers, money and dates in the reader's language (CLDR conventions for
//! `vi`; English conventions for every other language).

use crate::date::Date;

/// Separators and words of one language.
struct Conventions {
    decimal: char,
    group: char,
}

fn conventions(lang: &str) -> Conventions {
    match lang {
        "vi" => Conventions { decimal: ',', group: '.' },
        _ => Conventions { decimal: '.', group: ',' },
    }
}

/// A number with grouping and at most `max_frac` fraction digits (trailing
/// zeros dropped): `26990000000` → `26.990.000.000` (vi), `26,990,000,000` (en).
pub fn number(value: f64, max_frac: usize, lang: &str) -> String {
    let conv = conventions(lang);
    let formatted = format!("{:.*}", max_frac, value.abs());
    let (int_part, frac_part) = match formatted.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (formatted, String::new()),
    };
    let mut out = String::new();
    let is_zero = int_part.bytes().all(|b| b == b'0') && frac_part.is_empty();
    if value < 0.0 && !is_zero {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(conv.group);
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(conv.decimal);
        out.push_str(&frac_part);
    }
    out
}

/// A percentage with at most one fraction digit: `70%`, `62,5%` (vi).
pub fn percent(share: f64, lang: &str) -> String {
    format!("{}%", number(share * 100.0, 1, lang))
}

/// A full amount: `26.990.000.000 ₫` (vi), `VND 26,990,000,000` (en).
pub fn money(amount: f64, currency: &str, lang: &str) -> String {
    let n = number(amount, 2, lang);
    match (lang, currency) {
        ("vi", "VND") => format!("{n} ₫"),
        ("vi", _) => format!("{n} {currency}"),
        _ => format!("{currency} {n}"),
    }
}

/// A compact amount: `26,99 tỷ đồng` (vi), `VND 26.99 billion` (en).
pub fn money_compact(amount: f64, currency: &str, lang: &str) -> String {
    let (words_vi, words_en) =
        (["", "nghìn", "triệu", "tỷ", "nghìn tỷ"], ["", "thousand", "million", "billion", "trillion"]);
    let mut scale = 0;
    let mut scaled = amount;
    while scaled.abs() >= 1000.0 && scale < 4 {
        scaled /= 1000.0;
        scale += 1;
    }
    let n = number(scaled, 2, lang);
    match lang {
        "vi" => {
            let unit = if currency == "VND" { "đồng" } else { currency };
            let word = words_vi[scale];
            if word.is_empty() { format!("{n} {unit}") } else { format!("{n} {word} {unit}") }
        }
        _ => {
            let word = words_en[scale];
            if word.is_empty() { format!("{currency} {n}") } else { format!("{currency} {n} {word}") }
        }
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A short date: `22/06/2018` (vi), `22 June 2018` (en).
pub fn date_short(date: &Date, lang: &str) -> String {
    match lang {
        "vi" => format!("{:02}/{:02}/{}", date.day, date.month, date.year),
        _ => format!("{} {} {}", date.day, MONTHS_EN[date.month as usize - 1], date.year),
    }
}

/// A long date: `Thứ Sáu, 22 tháng 6, 2018` (vi), `Friday, 22 June 2018` (en).
pub fn date_long(date: &Date, lang: &str) -> String {
    const DAYS_VI: [&str; 7] = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
    const DAYS_EN: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    let wd = date.weekday() as usize;
    match lang {
        "vi" => format!("{}, {} tháng {}, {}", DAYS_VI[wd], date.day, date.month, date.year),
        _ => format!("{}, {}", DAYS_EN[wd], date_short(date, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let cases = [
            (26990000000.0, 0, "vi", "26.990.000.000"),
            (26990000000.0, 0, "en", "26,990,000,000"),
            (1000.0, 0, "vi", "1.000"),
            (1000.0, 0, "en", "1,000"),
            (999.0, 0, "en", "999"),
            (62.5, 1, "vi", "62,5"),
            (62.5, 1, "en", "62.5"),
            (3.0, 2, "vi", "3"),
            (-1234.5, 1, "en", "-1,234.5"),
            (-0.01, 1, "en", "0"),
            (0.0, 0, "vi", "0"),
        ];
        for (value, frac, lang, expected) in cases {
            assert_eq!(number(value, frac, lang), expected, "{value} {lang}");
        }
        assert_eq!(percent(0.7, "vi"), "70%");
        assert_eq!(percent(0.625, "vi"), "62,5%");
    }

    #[test]
    fn money_forms() {
        let cases = [
            (26_990_000_000.0, "VND", "vi", "26.990.000.000 ₫", "26,99 tỷ đồng"),
            (26_990_000_000.0, "VND", "en", "VND 26,990,000,000", "VND 26.99 billion"),
            (4_500_000_000.0, "VND", "vi", "4.500.000.000 ₫", "4,5 tỷ đồng"),
            (750_000_000.0, "VND", "en", "VND 750,000,000", "VND 750 million"),
            (1_200.0, "USD", "vi", "1.200 USD", "1,2 nghìn USD"),
            (500.0, "USD", "en", "USD 500", "USD 500"),
        ];
        for (amount, cur, lang, full, compact) in cases {
            assert_eq!(money(amount, cur, lang), full);
            assert_eq!(money_compact(amount, cur, lang), compact);
        }
    }

    #[test]
    fn dates() {
        let d = Date::parse("2018-06-22").unwrap();
        assert_eq!(date_short(&d, "vi"), "22/06/2018");
        assert_eq!(date_long(&d, "vi"), "Thứ Sáu, 22 tháng 6, 2018");
        assert_eq!(date_short(&d, "en"), "22 June 2018");
        assert_eq!(date_long(&d, "en"), "Friday, 22 June 2018");
    }
}
