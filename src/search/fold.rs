//! How text is cut into tokens and folded for search, the same way here
//! and in the page's script (`themes/default/static/search.js`, held to
//! this file by the shared table `tests/search/cases.json`).
//!
//! A token is a syllable (or a word, in other languages): a run of letters
//! and digits. Each has two forms:
//!
//! - the *exact* form: lower case, the vowel marks kept (`ă â ê ô ơ ư đ`)
//!   and the tone written as one digit at the end (1 sắc, 2 huyền, 3 hỏi,
//!   4 ngã, 5 nặng, as VNI typists write it). Where the tone mark sits does
//!   not matter (`hoà` and `hòa` are both `hoa2`, `thuý` and `thúy` both
//!   `thuy1`), nor whether the text is composed (NFC) or decomposed: the
//!   marks are read one by one, so no normalisation is needed in either
//!   language (old phones' browsers lack `String.prototype.normalize`).
//! - the *folded* form: every mark stripped, `đ Đ Ð ð Ɖ ɖ` → `d`, lower
//!   case: `khuyến` → `khuyen`, `Đường` → `duong`.
//!
//! Matching is on the folded form; the exact form only ranks. No stemming.

use unicode_normalization::UnicodeNormalization;

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub exact: String,
    pub folded: String,
}

/// The vowels that carry a tone, and each vowel with each tone
/// (1 acute, 2 grave, 3 hook above, 4 tilde, 5 dot below).
const VOWELS: [char; 12] = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONED: [[char; 12]; 5] = [
    ['á', 'ắ', 'ấ', 'é', 'ế', 'í', 'ó', 'ố', 'ớ', 'ú', 'ứ', 'ý'],
    ['à', 'ằ', 'ầ', 'è', 'ề', 'ì', 'ò', 'ồ', 'ờ', 'ù', 'ừ', 'ỳ'],
    ['ả', 'ẳ', 'ẩ', 'ẻ', 'ể', 'ỉ', 'ỏ', 'ổ', 'ở', 'ủ', 'ử', 'ỷ'],
    ['ã', 'ẵ', 'ẫ', 'ẽ', 'ễ', 'ĩ', 'õ', 'ỗ', 'ỡ', 'ũ', 'ữ', 'ỹ'],
    ['ạ', 'ặ', 'ậ', 'ẹ', 'ệ', 'ị', 'ọ', 'ộ', 'ợ', 'ụ', 'ự', 'ỵ'],
];

/// The vowel and tone of a toned Vietnamese vowel.
fn toned(c: char) -> Option<(char, u8)> {
    for (t, row) in TONED.iter().enumerate() {
        if let Some(i) = row.iter().position(|&v| v == c) {
            return Some((VOWELS[i], t as u8 + 1));
        }
    }
    None
}

/// The tone a combining mark writes (U+0340 and U+0341 are old twins of
/// the grave and acute).
fn tone_mark(c: char) -> Option<u8> {
    match c {
        '\u{301}' | '\u{341}' => Some(1),
        '\u{300}' | '\u{340}' => Some(2),
        '\u{309}' => Some(3),
        '\u{303}' => Some(4),
        '\u{323}' => Some(5),
        _ => None,
    }
}

/// A vowel with the vowel mark of a combining circumflex, breve or horn.
fn with_vowel_mark(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{302}') => 'â',
        ('e', '\u{302}') => 'ê',
        ('o', '\u{302}') => 'ô',
        ('a', '\u{306}') => 'ă',
        ('o', '\u{31b}') => 'ơ',
        ('u', '\u{31b}') => 'ư',
        _ => return None,
    })
}

/// Combining marks: read for their tone or vowel mark, else dropped.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

/// Letters and digits (a rule simple enough to write alike in ES5, which
/// has no Unicode classes): ASCII letters and digits, and every character
/// from U+00C0 on outside punctuation and symbol blocks. Characters
/// beyond the BMP (emoji) separate tokens.
fn is_word(c: char) -> bool {
    let u = c as u32;
    if u < 0xc0 {
        return c.is_ascii_alphanumeric();
    }
    !matches!(u,
        0xd7 | 0xf7 | 0x2b0..=0x2ff | 0x2000..=0x2bff | 0x2e00..=0x2e7f | 0x3000..=0x303f
        | 0xfe10..=0xfe1f | 0xfe30..=0xfe4f | 0xff00..=0xff0f | 0xff1a..=0xff20 | 0xff3b..=0xff40
        | 0xff5b..=0xff65 | 0xfff0..)
}

/// The folded form of one letter of an exact form.
fn fold_letter(c: char, out: &mut String) {
    match c {
        'ă' | 'â' => out.push('a'),
        'ê' => out.push('e'),
        'ô' | 'ơ' => out.push('o'),
        'ư' => out.push('u'),
        'đ' => out.push('d'),
        c if c.is_ascii() => out.push(c),
        // Other letters with marks (é in café, ü): their base letter.
        c => out.extend(c.nfd().filter(|&m| !is_mark(m))),
    }
}

/// The tokens of a text, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    each_token(text, |exact, folded| out.push(Token { exact: exact.to_string(), folded: folded.to_string() }));
    out
}

/// Calls `f(exact, folded)` for each token of a text, in order, without
/// allocating for each (long bodies have hundreds of thousands).
pub fn each_token(text: &str, mut f: impl FnMut(&str, &str)) {
    let (mut exact, mut folded) = (String::new(), String::new());
    each_syllable(text, |letters, tone| {
        forms(letters, tone, &mut exact, &mut folded);
        f(&exact, &folded);
    });
}

/// The exact and folded forms of a token's letters and tone.
pub fn forms(letters: &[char], tone: u8, exact: &mut String, folded: &mut String) {
    exact.clear();
    folded.clear();
    exact.extend(letters.iter());
    for &c in letters {
        fold_letter(c, folded);
    }
    if tone > 0 {
        exact.push((b'0' + tone) as char);
    }
}

/// Calls `f(letters, tone)` for each token of a text, in order: its
/// letters in lower case with their vowel marks, and its tone (0: none).
/// ASCII, most of every text, takes the short way.
pub fn each_syllable(text: &str, mut f: impl FnMut(&[char], u8)) {
    let mut letters: Vec<char> = Vec::new();
    let mut tone = 0u8;
    let mut finish = |letters: &mut Vec<char>, tone: &mut u8| {
        if !letters.is_empty() {
            f(letters, *tone);
            letters.clear();
            *tone = 0;
        }
    };
    for ch in text.chars() {
        if ch.is_ascii() {
            if ch.is_ascii_alphanumeric() {
                letters.push(ch.to_ascii_lowercase());
            } else {
                finish(&mut letters, &mut tone);
            }
            continue;
        }
        // Lower case letter by letter, as the script does.
        for c in ch.to_lowercase() {
            if let Some((vowel, t)) = toned(c) {
                letters.push(vowel);
                tone = t;
            } else if matches!(c, 'đ' | 'ð' | 'ɖ') {
                letters.push('đ');
            } else if is_mark(c) {
                if letters.is_empty() {
                    continue;
                }
                if let Some(t) = tone_mark(c) {
                    tone = t;
                } else if let Some(marked) = letters.last().and_then(|&l| with_vowel_mark(l, c)) {
                    *letters.last_mut().expect("a letter") = marked;
                }
            } else if is_word(c) {
                letters.push(c);
            } else {
                finish(&mut letters, &mut tone);
            }
        }
    }
    finish(&mut letters, &mut tone);
}

/// Whether a query's last token is still being typed (it is matched as a
/// prefix): the query does not end with a space or punctuation.
pub fn ends_in_word(query: &str) -> bool {
    query
        .chars()
        .next_back()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| is_word(c) || is_mark(c) || matches!(c, 'đ' | 'ð' | 'ɖ'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared table: each input's exact and folded forms, token by token
    /// (the browser suite checks the script against the same file).
    #[test]
    fn folding_table() {
        let cases: serde_json::Value = serde_json::from_str(include_str!("../../tests/search/cases.json")).unwrap();
        let fold = cases["fold"].as_array().unwrap();
        assert!(fold.len() >= 20, "the table has {} cases", fold.len());
        for case in fold {
            let input = case["input"].as_str().unwrap();
            let got = tokens(input);
            let exact: Vec<&str> = got.iter().map(|t| t.exact.as_str()).collect();
            let folded: Vec<&str> = got.iter().map(|t| t.folded.as_str()).collect();
            assert_eq!(exact.join(" "), case["exact"].as_str().unwrap(), "exact form of {input:?}");
            assert_eq!(folded.join(" "), case["folded"].as_str().unwrap(), "folded form of {input:?}");
        }
    }

    #[test]
    fn every_toned_vowel_is_one_vowel_and_a_tone_whether_composed_or_not() {
        for (t, row) in TONED.iter().enumerate() {
            for (i, &c) in row.iter().enumerate() {
                let decomposed: String = c.nfd().collect();
                let upper: String = c.to_uppercase().collect();
                for form in [c.to_string(), decomposed, upper] {
                    let got = tokens(&form);
                    assert_eq!(got.len(), 1, "{form:?}");
                    assert_eq!(got[0].exact, format!("{}{}", VOWELS[i], t + 1), "{form:?}");
                }
            }
        }
    }

    #[test]
    fn a_query_ends_in_a_word_unless_it_ends_in_a_space() {
        assert!(ends_in_word("khuyen c"));
        assert!(ends_in_word("Đ"));
        assert!(ends_in_word("kho\u{300}"));
        assert!(!ends_in_word("che "));
        assert!(!ends_in_word("che,"));
        assert!(!ends_in_word(""));
    }
}
