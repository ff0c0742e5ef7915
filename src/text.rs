//! Text in the user's content: Unicode normalisation, Vietnamese slugs and
//! localized (per-language) strings.
//!
//! Everything here is pure; nothing reads files or knows about HTML.

use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

/// Normalises text read from the user's files: NFC, LF line ends, no
/// control characters other than tab and newline (they would make XML and
/// SVG invalid), no U+FFFE/U+FFFF and no stray byte-order marks. (A YAML
/// escape that would make one, `"\u0007"`, is an error: `yaml::parse`.)
pub fn normalize(input: &str) -> String {
    normalize_owned(input.to_string())
}

/// [`normalize`], keeping the string (not copying it) when it is clean.
pub fn normalize_owned(input: String) -> String {
    // Most files are clean NFC already, and kept as they are. Vietnamese
    // text is almost all ASCII, Latin-1 and the precomposed letters of
    // U+1EA0–U+1EFF, which need no table to know that they are clean and
    // composed (each starts a sequence and nothing joins them).
    if plainly_composed_text(&input) {
        return input;
    }
    let clean =
        |c: char| (!c.is_control() || c == '\n' || c == '\t') && !matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}');
    if input.chars().all(clean)
        && unicode_normalization::is_nfc_quick(input.chars()) == unicode_normalization::IsNormalized::Yes
    {
        return input;
    }
    let cleaned: String = input
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| (!c.is_control() || *c == '\n' || *c == '\t') && !matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}'))
        .collect();
    cleaned.nfc().collect()
}

/// A character that is allowed and NFC whatever stands around it: printable
/// ASCII, tab, newline, Latin-1 to the spacing modifiers (below the
/// combining marks at U+0300), the precomposed Vietnamese letters, and the
/// dashes, quotes and dots of general punctuation.
#[cfg(test)]
fn plainly_composed(c: char) -> bool {
    matches!(c as u32, 0x20..=0x7e | 0x09 | 0x0a | 0xa0..=0x2ff | 0x1ea0..=0x1eff | 0x2010..=0x2027)
}

/// Whether every character of `text` is [`plainly_composed`], read off its
/// UTF-8 bytes (faster than decoding each character: this reads every
/// byte of the content).
fn plainly_composed_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // The string is valid UTF-8: a lead byte has its continuation bytes.
        let (ok, len) = match b {
            0x20..=0x7e | b'\t' | b'\n' => (true, 1),
            0..=0x7f => (false, 1),
            // U+00A0–U+00BF, then U+00C0–U+02FF.
            0xc2 => (bytes[i + 1] >= 0xa0, 2),
            0xc3..=0xcb => (true, 2),
            // U+1EA0–U+1EBF, U+1EC0–U+1EFF.
            0xe1 => ((bytes[i + 1] == 0xba && bytes[i + 2] >= 0xa0) || bytes[i + 1] == 0xbb, 3),
            // U+2010–U+2027.
            0xe2 => (bytes[i + 1] == 0x80 && (0x90..=0xa7).contains(&bytes[i + 2]), 3),
            _ => (false, 1),
        };
        if !ok {
            return false;
        }
        i += len;
    }
    true
}

/// Slugifies the Vietnamese way: `đ` → `d`, diacritics removed, lower case,
/// words joined by `-`. `Đường giao thông` → `duong-giao-thong`.
pub fn slugify(input: &str) -> String {
    let mut slug = String::with_capacity(input.len());
    let mut pending_dash = false;
    for c in input.nfd() {
        let ascii = match c {
            'đ' | 'Đ' => 'd',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c if c.is_alphanumeric() => {
                // Other scripts: transliterate, keeping only letters and digits.
                for t in deunicode::deunicode_char(c).unwrap_or("").chars() {
                    if t.is_ascii_alphanumeric() {
                        if pending_dash && !slug.is_empty() {
                            slug.push('-');
                        }
                        pending_dash = false;
                        slug.push(t.to_ascii_lowercase());
                    }
                }
                continue;
            }
            _ => {
                pending_dash = true;
                continue;
            }
        };
        if pending_dash && !slug.is_empty() {
            slug.push('-');
        }
        pending_dash = false;
        slug.push(ascii);
    }
    slug
}

/// A human-readable text: the same in every language, or one per language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum LocalizedText {
    /// One string for every language.
    Same(String),
    /// A string per language code, in code order.
    ByLang(BTreeMap<String, String>),
}

impl Default for LocalizedText {
    fn default() -> Self {
        LocalizedText::Same(String::new())
    }
}

/// The text chosen for one language, and whether it fell back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    /// `Some(default language)` when the text is the default language's,
    /// standing in for a missing translation.
    pub fallback_lang: Option<&'a str>,
}

impl LocalizedText {
    /// The text in `lang`, else in `default`, else the first one given.
    pub fn get<'a>(&'a self, lang: &str, default: &'a str) -> Localized<'a> {
        match self {
            LocalizedText::Same(text) => Localized { text, fallback_lang: None },
            LocalizedText::ByLang(map) => {
                // A blank translation counts as missing.
                let given = |l: &str| map.get_key_value(l).filter(|(_, t)| !t.trim().is_empty());
                if let Some((_, text)) = given(lang) {
                    return Localized { text, fallback_lang: None };
                }
                let (code, text) = given(default)
                    .or_else(|| map.iter().find(|(_, t)| !t.trim().is_empty()))
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .unwrap_or((default, ""));
                Localized { text, fallback_lang: Some(code) }
            }
        }
    }

    /// Languages of `langs` that this text lacks.
    pub fn missing<'a>(&self, langs: &'a [String]) -> Vec<&'a str> {
        match self {
            LocalizedText::Same(_) => Vec::new(),
            LocalizedText::ByLang(map) => langs
                .iter()
                .filter(|l| map.get(l.as_str()).is_none_or(|t| t.trim().is_empty()))
                .map(String::as_str)
                .collect(),
        }
    }

    /// Every text it holds: the one text, or one per language.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            LocalizedText::Same(s) => vec![s.as_str()],
            LocalizedText::ByLang(map) => map.values().map(String::as_str).collect(),
        }
    }

    /// Whether the text is empty in every language.
    pub fn is_empty(&self) -> bool {
        match self {
            LocalizedText::Same(s) => s.trim().is_empty(),
            LocalizedText::ByLang(map) => map.values().all(|s| s.trim().is_empty()),
        }
    }
}

/// Compares two strings in Vietnamese alphabetical order: `a ă â b c d đ e ê …`,
/// tones after the base letter, case ignored first.
pub fn vietnamese_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    vietnamese_key(a).cmp(&vietnamese_key(b)).then_with(|| a.cmp(b))
}

/// A sort key: the letters' ranks in the Vietnamese alphabet, then the tones
/// as a second level (so `an` < `àn` < `án` < `ăn`).
fn vietnamese_key(s: &str) -> (Vec<u32>, Vec<u8>) {
    let mut letters: Vec<char> = Vec::new();
    let mut tones: Vec<u8> = Vec::new();
    for c in s.nfd().flat_map(char::to_lowercase) {
        let tone = match c {
            '\u{300}' => 1, // huyền
            '\u{309}' => 2, // hỏi
            '\u{303}' => 3, // ngã
            '\u{301}' => 4, // sắc
            '\u{323}' => 5, // nặng
            _ => 0,
        };
        if tone > 0 {
            if let Some(t) = tones.last_mut() {
                *t = tone;
            }
            continue;
        }
        let marked = match (letters.last(), c) {
            (Some('a'), '\u{306}') => Some('ă'),
            (Some('a'), '\u{302}') => Some('â'),
            (Some('e'), '\u{302}') => Some('ê'),
            (Some('o'), '\u{302}') => Some('ô'),
            (Some('o'), '\u{31b}') => Some('ơ'),
            (Some('u'), '\u{31b}') => Some('ư'),
            _ => None,
        };
        match marked {
            Some(m) => *letters.last_mut().expect("matched a last letter") = m,
            None if unicode_normalization::char::is_combining_mark(c) => {}
            None => {
                letters.push(c);
                tones.push(0);
            }
        }
    }
    (letters.into_iter().map(rank).collect(), tones)
}

/// Compares two strings the way an English index orders them: letters
/// without their marks first (`ăn` with `an`, `Đặc sản` among the d's, as
/// CLDR's root order puts `đ` just after `d`), case and marks after.
pub fn english_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |s: &str| -> Vec<u32> {
        s.nfd()
            .flat_map(char::to_lowercase)
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .map(|c| match c {
                'đ' => 'd' as u32 * 2 + 1,
                c => c as u32 * 2,
            })
            .collect()
    };
    key(a).cmp(&key(b)).then_with(|| vietnamese_cmp(a, b))
}

/// Digits and punctuation sort before letters, letters in Vietnamese order,
/// other scripts after them by code point.
fn rank(c: char) -> u32 {
    const ALPHABET: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    match ALPHABET.chars().position(|a| a == c) {
        Some(i) => 0x1_0000 + i as u32,
        None if c.is_ascii() => c as u32,
        None => 0x2_0000 + c as u32,
    }
}

impl<'de> serde::Deserialize<'de> for LocalizedText {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = LocalizedText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text or a map from language code to text")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(v.to_string()))
            }
            // `title:` with nothing after it: empty text, reported as such by validation.
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(String::new()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(LocalizedText::Same(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((lang, text)) = map.next_entry::<String, String>()? {
                    out.insert(lang, text);
                }
                Ok(LocalizedText::ByLang(out))
            }
        }
        de.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        let cases = [
            ("Đường giao thông", "duong-giao-thong"),
            ("Khuyến công", "khuyen-cong"),
            ("  Chè  Shan tuyết! ", "che-shan-tuyet"),
            ("Đào tạo nghề", "dao-tao-nghe"),
            ("Thủ công mỹ nghệ", "thu-cong-my-nghe"),
            ("2018: năm bản lề", "2018-nam-ban-le"),
            ("../etc/passwd", "etc-passwd"),
            ("already-a-slug", "already-a-slug"),
        ];
        for (input, expected) in cases {
            assert_eq!(slugify(input), expected, "slugify({input:?})");
            let nfd: String = input.nfd().collect();
            assert_eq!(slugify(&nfd), expected, "slugify(NFD {input:?})");
        }
    }

    #[test]
    fn normalize_composes_and_cleans() {
        let nfd: String = "Hà Giang".nfd().collect();
        assert_ne!(nfd, "Hà Giang");
        assert_eq!(normalize(&nfd), "Hà Giang");
        assert_eq!(normalize("a\r\nb\rc\u{7}d"), "a\nb\ncd");
    }

    #[test]
    fn the_quick_path_agrees_with_the_full_one() {
        // Every character the quick scan lets through, alone and before a
        // combining mark (which the scan does not let through, so the full
        // path composes it).
        let quick: Vec<char> = (0u32..0x3000).filter_map(char::from_u32).filter(|c| plainly_composed(*c)).collect();
        // The byte scan lets through exactly these, of every character.
        let scanned: Vec<char> =
            (0u32..=0x10ffff).filter_map(char::from_u32).filter(|c| plainly_composed_text(&c.to_string())).collect();
        assert_eq!(scanned, quick);
        for c in quick {
            let alone = c.to_string();
            let full: String = alone.nfc().collect();
            assert_eq!(normalize(&alone), full, "U+{:04X}", c as u32);
            assert!(!c.is_control() || c == '\n' || c == '\t', "U+{:04X} is a control", c as u32);
            assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0, "U+{:04X}", c as u32);
            // `Yes`, not `Maybe`: it never joins the character before it.
            let verdict = unicode_normalization::is_nfc_quick(std::iter::once(c));
            assert_eq!(verdict, unicode_normalization::IsNormalized::Yes, "U+{:04X}", c as u32);
            let before_mark = format!("{c}\u{301}");
            assert_eq!(normalize(&before_mark), before_mark.nfc().collect::<String>(), "U+{:04X}", c as u32);
        }
        assert!(!plainly_composed('\u{300}') && !plainly_composed('\r') && !plainly_composed('\u{feff}'));
    }

    #[test]
    fn vietnamese_order() {
        let mut words = vec!["đường", "dược liệu", "chè", "ăn", "âm", "an", "bò", "ánh", "à"];
        words.sort_by(|a, b| vietnamese_cmp(a, b));
        assert_eq!(words, ["à", "an", "ánh", "ăn", "âm", "bò", "chè", "dược liệu", "đường"]);
    }

    #[test]
    fn localized_fallback() {
        let text = LocalizedText::ByLang([("vi".to_string(), "Chè".to_string())].into_iter().collect());
        assert_eq!(text.get("vi", "vi").fallback_lang, None);
        let en = text.get("en", "vi");
        assert_eq!((en.text, en.fallback_lang), ("Chè", Some("vi")));
        assert_eq!(text.missing(&["vi".into(), "en".into()]), vec!["en"]);
    }
}
