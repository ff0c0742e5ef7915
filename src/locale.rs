//! Everything that differs by the reader's language, in one place: number,
//! percent, money and date formats, the order of names, the default URL
//! section names, and the theme's interface strings. CLDR conventions for
//! `vi`; English conventions for `en` and for every language baocao has no
//! rules of its own for (so a site in `fr` builds, with English formats).
//!
//! No other module looks at a language code to decide how to write
//! something: it asks the page's [`Locale`].
//!
//! Slugs are deliberately not here: a tag or a file name gives the same
//! address in every language (`Chè` is `che` on Vietnamese and English
//! pages alike), so slug rules are one for all (`text::slugify`).

use crate::date::Date;
use crate::model::SectionPaths;
use std::cmp::Ordering;

/// How one language writes numbers, money and dates and orders names.
#[derive(Debug)]
pub struct Rules {
    pub numbers: NumberFormat,
    /// A full amount from the formatted number and the currency code.
    money: fn(&str, &str) -> String,
    /// A compact amount from the formatted number, the scale word (empty
    /// below a thousand) and the currency code.
    money_compact: fn(&str, &str, &str) -> String,
    /// Scale words for 1, 10³, 10⁶, 10⁹, 10¹².
    scale_words: [&'static str; 5],
    date_short: fn(&Date) -> String,
    date_long: fn(&Date) -> String,
    collate: fn(&str, &str) -> Ordering,
    /// Default URL sections: articles, programmes, tags, search.
    sections: [&'static str; 4],
    /// The Open Graph locale (`vi_VN`); `None`: the language code alone.
    og_locale: Option<&'static str>,
    /// Letters with a vowel mark (`Ă`, `Đ`, `Ư`) are letters of their own
    /// in an alphabetical index.
    marked_letters: bool,
}

/// Decimal and grouping separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    pub decimal: char,
    pub group: char,
}

impl NumberFormat {
    /// A whole number, exactly, with grouping: `26990000000` → `26.990.000.000` (vi).
    pub fn whole(&self, value: u64) -> String {
        let digits = value.to_string();
        let mut out = String::with_capacity(digits.len() * 4 / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(self.group);
            }
            out.push(c);
        }
        out
    }

    /// A number with grouping and at most `max_frac` fraction digits (trailing
    /// zeros dropped): `26990000000` → `26.990.000.000` (vi), `26,990,000,000` (en).
    pub fn format(&self, value: f64, max_frac: usize) -> String {
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
                out.push(self.group);
            }
            out.push(c);
        }
        if !frac_part.is_empty() {
            out.push(self.decimal);
            out.push_str(&frac_part);
        }
        out
    }
}

static VIETNAMESE: Rules = Rules {
    numbers: NumberFormat { decimal: ',', group: '.' },
    money: |n, currency| if currency == "VND" { format!("{n} ₫") } else { format!("{n} {currency}") },
    money_compact: |n, word, currency| {
        let unit = if currency == "VND" { "đồng" } else { currency };
        if word.is_empty() { format!("{n} {unit}") } else { format!("{n} {word} {unit}") }
    },
    scale_words: ["", "nghìn", "triệu", "tỷ", "nghìn tỷ"],
    date_short: |d| format!("{:02}/{:02}/{}", d.day, d.month, d.year),
    date_long: |d| {
        const DAYS: [&str; 7] = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
        format!("{}, {} tháng {}, {}", DAYS[d.weekday() as usize], d.day, d.month, d.year)
    },
    collate: crate::text::vietnamese_cmp,
    sections: ["bai-viet", "chuong-trinh", "chu-de", "tim-kiem"],
    og_locale: Some("vi_VN"),
    marked_letters: true,
};

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

fn english_date(d: &Date) -> String {
    format!("{} {} {}", d.day, MONTHS_EN[d.month as usize - 1], d.year)
}

static ENGLISH: Rules = Rules {
    numbers: NumberFormat { decimal: '.', group: ',' },
    money: |n, currency| format!("{currency} {n}"),
    money_compact: |n, word, currency| {
        if word.is_empty() { format!("{currency} {n}") } else { format!("{currency} {n} {word}") }
    },
    scale_words: ["", "thousand", "million", "billion", "trillion"],
    date_short: english_date,
    date_long: |d| {
        const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        format!("{}, {}", DAYS[d.weekday() as usize], english_date(d))
    },
    collate: crate::text::english_cmp,
    sections: ["articles", "programs", "tags", "search"],
    og_locale: Some("en_US"),
    marked_letters: false,
};

/// The rules of a language: its own where baocao has them, else English.
pub fn rules(code: &str) -> &'static Rules {
    match code {
        "vi" => &VIETNAMESE,
        _ => &ENGLISH,
    }
}

/// The URL section names a language uses when `paths` does not give them.
pub fn default_sections(code: &str) -> SectionPaths {
    let [articles, programs, tags, search] = rules(code).sections;
    SectionPaths {
        articles: articles.into(),
        programs: programs.into(),
        tags: tags.into(),
        search: search.into(),
        pages: String::new(),
    }
}

/// One language of a site: its rules and the theme's interface strings.
#[derive(Debug, Clone)]
pub struct Locale {
    pub code: String,
    rules: &'static Rules,
    strings: serde_json::Value,
}

impl Locale {
    pub fn new(code: &str, strings: serde_json::Value) -> Locale {
        Locale { code: code.to_string(), rules: rules(code), strings }
    }

    /// The interface strings, as templates see them (`t.nav.home`).
    pub fn strings(&self) -> &serde_json::Value {
        &self.strings
    }

    /// An interface string; the key itself when the theme lacks it (visible, not fatal).
    pub fn t(&self, key: &str) -> String {
        key.split('.').try_fold(&self.strings, |v, k| v.get(k)).and_then(|v| v.as_str()).unwrap_or(key).to_string()
    }

    pub fn numbers(&self) -> NumberFormat {
        self.rules.numbers
    }

    /// See [`NumberFormat::format`].
    pub fn number(&self, value: f64, max_frac: usize) -> String {
        self.rules.numbers.format(value, max_frac)
    }

    /// A number with its unit, spaced as CLDR spaces them in `vi` and `en`:
    /// `57 cơ sở`, but `12,5%` (no space before a per cent sign).
    pub fn quantity(&self, number: &str, unit: &str) -> String {
        let unit = unit.trim();
        if unit.is_empty() {
            number.to_string()
        } else if unit.starts_with('%') {
            format!("{number}{unit}")
        } else {
            format!("{number} {unit}")
        }
    }

    /// A percentage of a share with at most one fraction digit: `70%`, `62,5%` (vi).
    pub fn percent(&self, share: f64) -> String {
        format!("{}%", self.number(share * 100.0, 1))
    }

    /// A full amount, exact: `26.990.000.000 ₫` (vi), `VND 26,990,000,000` (en).
    pub fn money(&self, amount: u64, currency: &str) -> String {
        (self.rules.money)(&self.rules.numbers.whole(amount), currency)
    }

    /// A compact amount: `26,99 tỷ đồng` (vi), `VND 26.99 billion` (en).
    pub fn money_compact(&self, amount: u64, currency: &str) -> String {
        let mut scale = 0;
        let mut scaled = amount as f64;
        while scaled.abs() >= 1000.0 && scale < 4 {
            scaled /= 1000.0;
            scale += 1;
        }
        (self.rules.money_compact)(&self.number(scaled, 2), self.rules.scale_words[scale], currency)
    }

    /// A short date: `22/06/2018` (vi), `22 June 2018` (en).
    pub fn date_short(&self, date: &Date) -> String {
        (self.rules.date_short)(date)
    }

    /// A long date: `Thứ Sáu, 22 tháng 6, 2018` (vi), `Friday, 22 June 2018` (en).
    pub fn date_long(&self, date: &Date) -> String {
        (self.rules.date_long)(date)
    }

    /// Orders names the way readers of this language expect.
    pub fn collate(&self, a: &str, b: &str) -> Ordering {
        (self.rules.collate)(a, b)
    }

    /// The letter a title is listed under in an A–Z index: `Đ` for
    /// `đường` in Vietnamese, `D` in English; `#` when it has no letter.
    pub fn index_letter(&self, title: &str) -> String {
        let Some(token) = crate::search::fold::tokens(title).into_iter().next() else { return "#".into() };
        let form = if self.rules.marked_letters { &token.exact } else { &token.folded };
        form.chars().next().map_or_else(|| "#".into(), |c| c.to_uppercase().collect())
    }

    /// The page's locale as Open Graph writes it: `vi_VN`, `en_US`.
    pub fn og_locale(&self) -> String {
        match (self.rules.og_locale, self.code.as_str()) {
            (Some(l), "vi" | "en") => l.to_string(),
            (_, code) => code.replace('-', "_"),
        }
    }

    /// A file size: `12,3 KB` (vi), `12.3 KB` (en).
    pub fn size(&self, bytes: usize) -> String {
        if bytes < 1000 { format!("{bytes} B") } else { format!("{} KB", self.number(bytes as f64 / 1000.0, 1)) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str) -> Locale {
        Locale::new(code, serde_json::json!({ "nav": { "home": "Trang chủ" } }))
    }

    #[test]
    fn index_letters() {
        let cases = [
            ("Ấn phẩm", "vi", "Â"),
            ("Ấn phẩm", "en", "A"),
            ("đường giao thông", "vi", "Đ"),
            ("Đường", "en", "D"),
            ("Ưu tiên", "vi", "Ư"),
            ("“Chè” Shan tuyết", "vi", "C"),
            ("2020", "vi", "2"),
            ("…", "vi", "#"),
        ];
        for (title, lang, letter) in cases {
            assert_eq!(locale(lang).index_letter(title), letter, "{title} ({lang})");
        }
    }

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
            (62.5, 1, "fr", "62.5"),
            (3.0, 2, "vi", "3"),
            (-1234.5, 1, "en", "-1,234.5"),
            (-0.01, 1, "en", "0"),
            (0.0, 0, "vi", "0"),
        ];
        for (value, frac, lang, expected) in cases {
            assert_eq!(locale(lang).number(value, frac), expected, "{value} {lang}");
        }
        assert_eq!(locale("vi").percent(0.7), "70%");
        assert_eq!(locale("vi").percent(0.625), "62,5%");
        assert_eq!(locale("vi").size(12_345), "12,3 KB");
        assert_eq!(locale("en").size(999), "999 B");
    }

    #[test]
    fn money_forms() {
        let cases = [
            (26_990_000_000, "VND", "vi", "26.990.000.000 ₫", "26,99 tỷ đồng"),
            (26_990_000_000, "VND", "en", "VND 26,990,000,000", "VND 26.99 billion"),
            (4_500_000_000, "VND", "vi", "4.500.000.000 ₫", "4,5 tỷ đồng"),
            (750_000_000, "VND", "en", "VND 750,000,000", "VND 750 million"),
            (1_200, "USD", "vi", "1.200 USD", "1,2 nghìn USD"),
            (500, "USD", "en", "USD 500", "USD 500"),
            (2_000_000, "EUR", "fr", "EUR 2,000,000", "EUR 2 million"),
            (9_007_199_254_740_993, "VND", "en", "VND 9,007,199,254,740,993", "VND 9,007.2 trillion"),
        ];
        for (amount, cur, lang, full, compact) in cases {
            assert_eq!(locale(lang).money(amount, cur), full);
            assert_eq!(locale(lang).money_compact(amount, cur), compact);
        }
    }

    #[test]
    fn dates() {
        let d = Date::parse("2018-06-22").unwrap();
        assert_eq!(locale("vi").date_short(&d), "22/06/2018");
        assert_eq!(locale("vi").date_long(&d), "Thứ Sáu, 22 tháng 6, 2018");
        assert_eq!(locale("en").date_short(&d), "22 June 2018");
        assert_eq!(locale("en").date_long(&d), "Friday, 22 June 2018");
        assert_eq!(locale("fr").date_long(&d), "Friday, 22 June 2018");
    }

    #[test]
    fn order_and_sections() {
        let mut words = vec!["đường", "dược liệu", "Chè", "ăn"];
        words.sort_by(|a, b| locale("vi").collate(a, b));
        assert_eq!(words, ["ăn", "Chè", "dược liệu", "đường"]);
        words.sort_by(|a, b| locale("en").collate(a, b));
        assert_eq!(words, ["ăn", "Chè", "dược liệu", "đường"]);
        let mut topics = vec!["Đặc sản", "Tea", "dược liệu", "Apple", "de", "an", "ăn"];
        topics.sort_by(|a, b| locale("en").collate(a, b));
        assert_eq!(topics, ["an", "ăn", "Apple", "de", "dược liệu", "Đặc sản", "Tea"]);
        assert_eq!(default_sections("vi").articles, "bai-viet");
        assert_eq!(default_sections("fr").articles, "articles");
    }

    #[test]
    fn interface_strings() {
        assert_eq!(locale("vi").t("nav.home"), "Trang chủ");
        assert_eq!(locale("vi").t("nav.missing"), "nav.missing");
    }
}
