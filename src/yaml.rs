//! Every YAML read goes through here (serde-saphyr: maintained, reports
//! line and column, rejects duplicate keys, bounds alias expansion and
//! nesting). Its errors are turned into the user's terms: where, which
//! field, what was expected, what was found, and a hint.

use crate::diagnostic::nearest;
use serde::de::DeserializeOwned;

/// A YAML problem, located in the YAML text (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    /// `indicators[2].target`; empty at the top level.
    pub field: String,
    pub message: String,
    pub hint: Option<String>,
}

/// Deserializes one YAML document.
pub fn parse<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    if source.trim().is_empty() {
        return Err(YamlError {
            line: 1,
            column: 1,
            field: String::new(),
            message: "the file is empty".into(),
            hint: Some("see the example site's files for what to write here".into()),
        });
    }
    // YAML 1.2 booleans only (`owner: y` or `NO` is text, not a boolean), and
    // numbers with leading zeros stay text (phone numbers, codes).
    let options = serde_saphyr::options! {
        with_snippet: false,
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
    };
    let mut path = None;
    let result = serde_saphyr::with_deserializer_from_str_with_options(source, options, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            path = Some(e.path().to_string());
            e.into_inner()
        })
    });
    result.map_err(|err| {
        let (line, column) = err.location().map(|l| (l.line() as usize, l.column() as usize)).unwrap_or((0, 0));
        let field = clean_path(&path.filter(|p| p != "." && p != "?").unwrap_or_default());
        let raw = err.without_snippet().to_string();
        let raw = match raw.rfind(" at line ") {
            Some(i) => raw[..i].to_string(),
            None => raw,
        };
        let found = scalar_at(source, line, column);
        let (message, hint) = explain(&raw, found.as_deref());
        YamlError { line, column, field, message, hint }
    })
}

/// Fields read as `Spanned<T>` (for their position): serde sees a wrapper
/// whose inner field is `value`, which the user never wrote.
const SPANNED: [&str; 16] = [
    "id",
    "target",
    "target_year",
    "planned",
    "title",
    "date",
    "slug",
    "image",
    "menu",
    "languages",
    "base_url",
    "per_page",
    "status",
    "paths",
    "period",
    "description",
];

/// `indicators[0].value.target.value` → `indicators[0].target`: drops the
/// `value` segments that `Spanned` adds after list items and spanned fields.
fn clean_path(path: &str) -> String {
    let segments: Vec<&str> = path.split('.').collect();
    let mut kept: Vec<String> = Vec::new();
    for (i, seg) in segments.iter().enumerate() {
        let (name, index) = match seg.find('[') {
            Some(j) => (&seg[..j], &seg[j..]),
            None => (*seg, ""),
        };
        let previous = if i > 0 { segments[i - 1] } else { "" };
        let wraps = previous.ends_with(']') || SPANNED.contains(&previous);
        if name == "value" && wraps {
            // Keep any index on the dropped wrapper: `languages.value[1]` → `languages[1]`.
            if let Some(last) = kept.last_mut() {
                last.push_str(index);
            }
            continue;
        }
        kept.push(seg.to_string());
    }
    kept.join(".")
}

/// The scalar written at a position, to quote it back to the user: up to
/// the end of the line or a comment, or inside `[…]`/`{…}` up to the next `,`.
fn scalar_at(source: &str, line: usize, column: usize) -> Option<String> {
    let text = source.lines().nth(line.checked_sub(1)?)?;
    let before: String = text.chars().take(column.checked_sub(1)?).collect();
    let rest: String = text.chars().skip(column - 1).collect();
    let depth = before.chars().fold(0i32, |d, c| match c {
        '[' | '{' => d + 1,
        ']' | '}' => d - 1,
        _ => d,
    });
    let rest = rest.split(" #").next().unwrap_or("");
    let token = if depth > 0 { rest.split([',', '}', ']']).next().unwrap_or("") } else { rest };
    let token = token.trim().trim_matches(['"', '\'']);
    (!token.is_empty()).then(|| token.to_string())
}

/// Rewrites serde and serde-saphyr messages in the user's terms.
fn explain(raw: &str, found: Option<&str>) -> (String, Option<String>) {
    let found_text = |expected: &str| match found {
        Some(f) => format!("expected {expected}, found \"{f}\""),
        None => format!("expected {expected}"),
    };
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (key, known) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = known
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split(", ")
            .map(|k| k.trim_matches('`'))
            .filter(|k| !k.is_empty())
            .collect();
        let hint = match nearest(key, known.iter().copied()) {
            Some(near) => format!("did you mean `{near}`? Known keys: {}", known.join(", ")),
            None => format!("known keys here: {}", known.join(", ")),
        };
        return (format!("unknown key `{key}`"), Some(hint));
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (format!("missing required key `{key}`"), Some(format!("add `{key}:` with a value")));
    }
    if raw.starts_with("duplicate mapping key") {
        let key = raw.trim_start_matches("duplicate mapping key: ").split(',').next().unwrap_or("");
        return (format!("the key `{key}` appears twice"), Some("keep one of them".into()));
    }
    if raw.starts_with("cannot deserialize null") {
        return ("has no value".into(), Some("write a value after the colon, or remove the line".into()));
    }
    let numeric = ["invalid floating point", "invalid i", "invalid u", "invalid f", "invalid integer"];
    if numeric.iter().any(|p| raw.starts_with(p)) || raw.contains("floating point") {
        return (
            found_text("a number"),
            Some("write digits only, e.g. 20 or 26990000000 (no spaces, dots, commas or units)".into()),
        );
    }
    if raw.contains("invalid boolean") || raw.contains("expected a boolean") {
        return (found_text("true or false"), None);
    }
    if raw.contains("recursion limit") || raw.contains("depth") {
        return (
            "the YAML is nested too deeply".into(),
            Some("a programme file needs only a few levels of nesting".into()),
        );
    }
    if raw.contains("budget") || raw.contains("alias") {
        return (
            format!("the YAML expands too much ({raw})"),
            Some("do not use anchors and aliases (&name, *name) to repeat large parts".into()),
        );
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        // serde: "invalid type: sequence, expected a string"
        let (what, expected) = rest.split_once(", expected ").unwrap_or((rest, "another kind of value"));
        let hint = match expected {
            e if e.starts_with("text or a map") => {
                Some("write the text after the colon, or one line per language (`vi: …`, `en: …`)".to_string())
            }
            e if e.contains("sequence") => Some("write a list as [a, b] or as lines starting with `- `".to_string()),
            e if e.contains("struct") || e.contains("map") => {
                Some("write the keys on the lines below, indented, or as { key: value }".to_string())
            }
            _ => None,
        };
        return (format!("expected {}, found {}", plain_expected(expected), plain_found(what)), hint);
    }
    if raw.starts_with("expected ") {
        let expected = raw.trim_start_matches("expected ");
        return (found_text(&plain_expected(expected)), None);
    }
    // The parser's own words: a syntax error.
    (
        format!("the YAML is not valid here: {raw}"),
        Some("check the quotes, colons, brackets and indentation on this line and the one before".into()),
    )
}

/// What serde found, in the user's words.
fn plain_found(what: &str) -> String {
    let value = what.split_once(' ').map(|(_, v)| v.trim_matches('`'));
    match what.split(' ').next().unwrap_or(what) {
        "sequence" => "a list".into(),
        "map" => "a map of keys and values".into(),
        "unit" | "null" => "nothing".into(),
        "string" => format!("the text {}", value.unwrap_or("")),
        _ => match value {
            Some(v) => format!("`{v}`"),
            None => what.into(),
        },
    }
}

fn plain_expected(expected: &str) -> String {
    match expected {
        "a sequence" | "sequence" => "a list (lines starting with `- `, or [a, b])".into(),
        "a map" | "map" | "mapping" => "a map of keys and values".into(),
        "string scalar" | "a string" => "text".into(),
        "text or a map from language code to text" => expected.into(),
        e if e.starts_with("struct ") => "a map of keys and values".into(),
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Indicator {
        id: String,
        target: f64,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Program {
        title: String,
        indicators: Vec<Indicator>,
    }

    fn check(source: &str, expected: (usize, usize, &str, &str, Option<&str>)) {
        let err = parse::<Program>(source).expect_err(source);
        let got = (err.line, err.column, err.field.as_str(), err.message.as_str(), err.hint.as_deref());
        assert_eq!(got, expected, "{source}");
    }

    #[test]
    fn errors_in_users_terms() {
        check(
            "title: x\nindicators:\n  - id: a\n    target: hai mươi\n",
            (
                4,
                13,
                "indicators[0].target",
                "expected a number, found \"hai mươi\"",
                Some("write digits only, e.g. 20 or 26990000000 (no spaces, dots, commas or units)"),
            ),
        );
        check(
            "title: x\nindicators:\n  - id: a\n    targte: 3\n",
            (
                4,
                5,
                "indicators[0].targte",
                "unknown key `targte`",
                Some("did you mean `target`? Known keys: id, target"),
            ),
        );
        check(
            "title: x\nindicators:\n  - id: a\n",
            (3, 5, "indicators[0]", "missing required key `target`", Some("add `target:` with a value")),
        );
        check(
            "title: x\ntitle: y\nindicators: []\n",
            (2, 1, "", "the key `title` appears twice", Some("keep one of them")),
        );
        check("", (1, 1, "", "the file is empty", Some("see the example site's files for what to write here")));
    }

    #[test]
    fn spanned_wrappers_leave_the_field_path() {
        let cases = [
            ("indicators[0].value.target.value", "indicators[0].target"),
            ("indicators[1].value.progress[0].value.value", "indicators[1].progress[0].value"),
            ("languages.value[1]", "languages[1]"),
            ("programs[0].value", "programs[0]"),
            ("title", "title"),
        ];
        for (raw, clean) in cases {
            assert_eq!(clean_path(raw), clean);
        }
    }

    #[test]
    fn bom_is_accepted() {
        let p: Program = parse("\u{feff}title: x\nindicators: []\n").unwrap();
        assert_eq!(p.title, "x");
    }

    #[test]
    fn hostile_nesting_is_refused_quickly() {
        let err = parse::<Program>(&"[".repeat(100_000)).unwrap_err();
        assert_eq!(err.message, "the YAML is nested too deeply");
    }
}
