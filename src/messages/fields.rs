//! Field paths in the user's terms: `indicators[2].progress[0].value`
//! becomes "indicator 3 (`xa-dat-chuan`), progress point 1, value" or
//! "chỉ tiêu thứ 3 (`xa-dat-chuan`), mốc tiến độ thứ 1, value". Lists are
//! counted from 1; keys stay as the user writes them.

use super::MessageLang;

/// The words for item `n` (0-based) of the list `name`, with the item's id when known.
fn item(name: &str, n: usize, id: Option<&str>, lang: MessageLang) -> String {
    let n = n + 1;
    let words = match (name, lang) {
        ("indicators", MessageLang::En) => format!("indicator {n}"),
        ("indicators", MessageLang::Vi) => format!("chỉ tiêu thứ {n}"),
        ("progress", MessageLang::En) => format!("progress point {n}"),
        ("progress", MessageLang::Vi) => format!("mốc tiến độ thứ {n}"),
        ("disbursed", MessageLang::En) => format!("disbursement {n}"),
        ("disbursed", MessageLang::Vi) => format!("đợt giải ngân thứ {n}"),
        (name, MessageLang::En) => format!("{name} (item {n})"),
        (name, MessageLang::Vi) => format!("{name} (mục thứ {n})"),
    };
    match id.filter(|id| !id.is_empty()) {
        Some(id) => format!("{words} (`{id}`)"),
        None => words,
    }
}

/// `field` in words; `indicator` is the id of the indicator it names, if any.
pub fn field_words(field: &str, indicator: Option<&str>, lang: MessageLang) -> String {
    // Not a key of the file: the place is a link in the text.
    if field == "link" {
        return match lang {
            MessageLang::En => "link".into(),
            MessageLang::Vi => "liên kết".into(),
        };
    }
    let mut parts: Vec<String> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    for segment in field.split('.') {
        let Some((name, rest)) = segment.split_once('[') else {
            keys.push(segment);
            continue;
        };
        if !keys.is_empty() {
            parts.push(keys.join("."));
            keys.clear();
        }
        let mut name = name;
        // `languages[1][0]`: one item word per index.
        for index in rest.split('[').map(|i| i.trim_end_matches(']')) {
            let Ok(n) = index.parse::<usize>() else { continue };
            let id = (name == "indicators").then_some(indicator).flatten();
            parts.push(item(name, n, id, lang));
            name = "";
        }
    }
    if !keys.is_empty() {
        parts.push(keys.join("."));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_in_words() {
        let cases = [
            (
                "indicators[2].target",
                Some("xa-dat-chuan"),
                "indicator 3 (`xa-dat-chuan`), target",
                "chỉ tiêu thứ 3 (`xa-dat-chuan`), target",
            ),
            (
                "indicators[0].progress[1].value",
                None,
                "indicator 1, progress point 2, value",
                "chỉ tiêu thứ 1, mốc tiến độ thứ 2, value",
            ),
            (
                "budget.disbursed[0].amount",
                None,
                "budget, disbursement 1, amount",
                "budget, đợt giải ngân thứ 1, amount",
            ),
            ("programs[0]", None, "programs (item 1)", "programs (mục thứ 1)"),
            ("title.fr", None, "title.fr", "title.fr"),
            ("indicators[1]", Some("models"), "indicator 2 (`models`)", "chỉ tiêu thứ 2 (`models`)"),
        ];
        for (field, id, en, vi) in cases {
            assert_eq!(field_words(field, id, MessageLang::En), en);
            assert_eq!(field_words(field, id, MessageLang::Vi), vi);
        }
    }
}
