//! Every YAML read goes through here (serde-saphyr: maintained, reports
//! line and column, rejects duplicate keys, bounds alias expansion and
//! nesting). Its errors are turned into the user's terms: where, which
//! field, what was expected, what was found, and a hint.

use crate::diagnostic::nearest;
use crate::messages::{Expected, Found, Message};
use serde::de::DeserializeOwned;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::{Error, ExternalMessageSource, MessageFormatter};

/// A YAML problem, located in the YAML text (1-based line and column).
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    /// `indicators[2].target`; empty at the top level.
    pub field: String,
    /// The `id` written in the indicator `field` names, if any.
    pub indicator: Option<String>,
    pub message: Message,
}

/// Deserializes one YAML document.
#[allow(clippy::result_large_err, reason = "once per file; the error is the common case worth keeping whole")]
pub fn parse<T: DeserializeOwned>(source: &str) -> Result<T, YamlError> {
    if source.trim().is_empty() {
        return Err(YamlError {
            line: 1,
            column: 1,
            field: String::new(),
            indicator: None,
            message: Message::FileEmpty,
        });
    }
    if source.contains('\\')
        && let Some((line, column, escape)) = control_escape(source)
    {
        let message = Message::ControlCharacter { escape };
        return Err(YamlError { line, column, field: String::new(), indicator: None, message });
    }
    // YAML 1.2 booleans only (`owner: y` or `NO` is text, not a boolean), and
    // numbers with leading zeros stay text (phone numbers, codes).
    let options = serde_saphyr::options! {
        with_snippet: false,
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
    };
    // Most files are right: read once without tracking where each value
    // is, and again with it only to name the field of a mistake.
    if let Ok(value) = serde_saphyr::from_str_with_options::<T>(source, options.clone()) {
        return Ok(value);
    }
    let mut path = None;
    let result = serde_saphyr::with_deserializer_from_str_with_options(source, options.clone(), |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            path = Some(e.path().clone());
            e.into_inner()
        })
    });
    result.map_err(|err| {
        let (line, column) = err.location().map(|l| (l.line() as usize, l.column() as usize)).unwrap_or((0, 0));
        let tree = path.as_ref().and_then(|_| serde_saphyr::from_str_with_options::<Node>(source, options).ok());
        let field = path.as_ref().map(|p| user_path(p, tree.as_ref())).unwrap_or_default();
        let indicator = tree.as_ref().and_then(|t| indicator_id(t, &field));
        let message = explain(&err, scalar_at(source, line, column));
        let (line, column, field, message) = match comma_in_braces(source, line, &field, &message) {
            Some(found) => found,
            None => {
                let (line, column, message) = name_the_mistake(source, line, column, &field, message);
                (line, column, field, message)
            }
        };
        YamlError { line, column, field, indicator, message }
    })
}

/// `{ year: 2019, value: 35,5 }`: inside braces the comma ends the value,
/// so YAML reads `value: 35` and a key `5`. Named as the decimal comma it
/// is, at the value, when the unknown key is digits right after
/// `<key>: <digits>,` on its line.
fn comma_in_braces(
    source: &str,
    line: usize,
    field: &str,
    message: &Message,
) -> Option<(usize, usize, String, Message)> {
    let text = source.lines().nth(line.checked_sub(1)?)?;
    // `{ vi: Sở Lao động, en: Department of Labour, Invalids and Social Affairs }`:
    // the text after the comma was read as a key without a value.
    if let Message::NoValue = message
        && let Some(key) = field.rsplit('.').next().filter(|k| k.contains(' '))
        && let Some(comma) = text.find(&format!(", {key}"))
        && let Some(start) = text[..comma].rfind(": ")
    {
        let written = text[start + 2..comma + 2 + key.len()].trim().to_string();
        let parent = field.strip_suffix(key).unwrap_or(field).trim_end_matches('.');
        let name = text[..start].rsplit(['{', ',', ' ']).next().unwrap_or("").to_string();
        let column = text[..start + 2].chars().count() + 1;
        let field = if parent.is_empty() { name } else { format!("{parent}.{name}") };
        return Some((line, column, field, Message::CommaInBraces { written }));
    }
    let Message::UnknownKey { key, .. } = message else { return None };
    if key.is_empty() || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    for (comma, _) in text.match_indices(',') {
        let after = text[comma + 1..].trim_start_matches(' ');
        let Some(rest) = after.strip_prefix(key.as_str()) else { continue };
        if !rest.trim_start().starts_with([',', '}', ':']) && !rest.trim().is_empty() {
            continue;
        }
        let before = &text[..comma];
        let int_start = before.len() - before.bytes().rev().take_while(u8::is_ascii_digit).count();
        let int = &before[int_start..];
        let Some(name) = before[..int_start].trim_end_matches(' ').strip_suffix(':') else { continue };
        let name_start = name.trim_end().rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'));
        let name = name.trim_end()[name_start.map_or(0, |i| i + 1)..].to_string();
        if int.is_empty() || name.is_empty() {
            continue;
        }
        let parent = field.strip_suffix(key.as_str()).unwrap_or(field);
        let column = text[..int_start].chars().count() + 1;
        let written = format!("{int},{key}");
        let point = format!("{int}.{key}");
        return Some((line, column, format!("{parent}{name}"), Message::DecimalComma { written, point }));
    }
    None
}

/// A scalar exactly as the user wrote it (`1.000`, `35,5`, `61 xã`): fields
/// read this way are understood by baocao's own rules (`number`), never by
/// YAML's, which would read `1.000` as one. Nothing after the colon is an
/// empty text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written(pub String);

impl<'de> serde::Deserialize<'de> for Written {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct WrittenVisitor;
        impl serde::de::Visitor<'_> for WrittenVisitor {
            type Value = Written;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_str<E>(self, v: &str) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Written, E> {
                Ok(Written(String::new()))
            }
            fn visit_none<E>(self) -> Result<Written, E> {
                Ok(Written(String::new()))
            }
        }
        de.deserialize_str(WrittenVisitor)
    }
}

/// A required field: absent (`None`, the default), or given, possibly with
/// nothing after its colon (which its type then reads as empty). Unlike
/// `Option`, `key:` with no value is not mistaken for a missing key.
#[derive(Debug, Clone)]
pub struct Given<T>(pub Option<T>);

impl<T> Default for Given<T> {
    fn default() -> Self {
        Given(None)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Given<T> {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        T::deserialize(de).map(|v| Given(Some(v)))
    }
}

/// The document as written, without types: what tells the keys a user
/// wrote from the `value` that a `Spanned<T>` field adds around its value.
#[derive(Debug)]
enum Node {
    Map(Vec<(String, Node)>),
    Seq(Vec<Node>),
    /// Text as written; other scalars are empty.
    Scalar(String),
}

impl Node {
    /// Whether any text or key holds a control character (but tab and newline).
    fn has_control(&self) -> bool {
        let bad = |s: &str| s.chars().any(|c| is_control(c as u32));
        match self {
            Node::Map(entries) => entries.iter().any(|(k, v)| bad(k) || v.has_control()),
            Node::Seq(items) => items.iter().any(Node::has_control),
            Node::Scalar(s) => bad(s),
        }
    }
}

/// The `id` written in the indicator that `field` (`indicators[2]…`) names.
fn indicator_id(tree: &Node, field: &str) -> Option<String> {
    let index: usize = field.strip_prefix("indicators[")?.split(']').next()?.parse().ok()?;
    let Node::Map(top) = tree else { return None };
    let (_, Node::Seq(items)) = top.iter().find(|(k, _)| k == "indicators")? else { return None };
    let Node::Map(item) = items.get(index)? else { return None };
    match item.iter().find(|(k, _)| k == "id")? {
        (_, Node::Scalar(id)) if !id.is_empty() => Some(id.clone()),
        _ => None,
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct NodeVisitor;
        impl<'de> serde::de::Visitor<'de> for NodeVisitor {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_bool<E>(self, _: bool) -> Result<Node, E> {
                Ok(Node::Scalar(String::new()))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Node, E> {
                Ok(Node::Scalar(String::new()))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Node, E> {
                Ok(Node::Scalar(String::new()))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Node, E> {
                Ok(Node::Scalar(String::new()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Scalar(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Scalar(String::new()))
            }
            fn visit_none<E>(self) -> Result<Node, E> {
                Ok(Node::Scalar(String::new()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Node::Seq(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut entries = Vec::new();
                while let Some((key, value)) = map.next_entry::<Key, Node>()? {
                    entries.push((key.0, value));
                }
                Ok(Node::Map(entries))
            }
        }
        de.deserialize_any(NodeVisitor)
    }
}

/// A map key of any scalar kind, as text.
struct Key(String);

impl<'de> serde::Deserialize<'de> for Key {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl serde::de::Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Key, E> {
                Ok(Key(String::new()))
            }
        }
        de.deserialize_any(KeyVisitor)
    }
}

/// The field path in the user's terms: serde's path with the `value`
/// segments of `Spanned` wrappers dropped, told apart from a key `value`
/// the user wrote by walking the document as written (`tree`).
/// `indicators[0].value.target.value` → `indicators[0].target`, and
/// `indicators[1].value.progress[0].value.value` → `indicators[1].progress[0].value`.
fn user_path(path: &serde_path_to_error::Path, tree: Option<&Node>) -> String {
    use serde_path_to_error::Segment;
    let segments: Vec<&Segment> = path.iter().filter(|s| !matches!(s, Segment::Unknown)).collect();
    fn walk(segments: &[&Segment], node: &Node, kept: &mut Vec<String>) -> bool {
        let Some((first, rest)) = segments.split_first() else {
            return true;
        };
        match first {
            Segment::Seq { index } => {
                let Node::Seq(items) = node else { return false };
                let Some(item) = items.get(*index) else { return false };
                kept.push(format!("[{index}]"));
                walk(rest, item, kept) || {
                    kept.pop();
                    false
                }
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                // A key the user wrote, if the rest of the path follows from it.
                if let Node::Map(entries) = node
                    && let Some((_, child)) = entries.iter().find(|(k, _)| k == key)
                {
                    kept.push(format!(".{key}"));
                    if walk(rest, child, kept) {
                        return true;
                    }
                    kept.pop();
                }
                // Else the `value` of a `Spanned` wrapper, which the user never wrote.
                key == "value" && walk(rest, node, kept)
            }
            Segment::Unknown => walk(rest, node, kept),
        }
    }
    let mut kept = Vec::new();
    if !tree.is_some_and(|tree| walk(&segments, tree, &mut kept)) {
        // The document could not be read without types (an alias bomb):
        // drop every `value`, the likelier reading.
        kept = segments
            .iter()
            .filter_map(|s| match s {
                Segment::Seq { index } => Some(format!("[{index}]")),
                Segment::Map { key } | Segment::Enum { variant: key } if key != "value" => Some(format!(".{key}")),
                _ => None,
            })
            .collect();
    }
    kept.concat().trim_start_matches('.').to_string()
}

/// A double-quoted escape that would put a control character (other than
/// tab and newline) or U+FFFE/U+FFFF into a text: `"\0"`, `"\a"`,
/// `"\x07"`, `"\u0000"`, `"\uFFFF"`. Such a character makes the feeds, the
/// sitemap and the charts ill-formed XML. Files themselves are cleaned on
/// reading; only escapes can make one. Returns the line, column and escape.
fn control_escape(source: &str) -> Option<(usize, usize, String)> {
    // Only an escape the reader turned into a control character counts: a
    // `\r` in a block scalar or a Windows path in plain text is just text.
    let tree = serde_saphyr::from_str::<Node>(source).ok()?;
    if !tree.has_control() {
        return None;
    }
    let found = scan_escapes(source);
    Some(found.unwrap_or((1, 1, "\\".to_string())))
}

/// The first escape in double quotes that makes a control character,
/// across lines (a double-quoted text may run over several).
fn scan_escapes(source: &str) -> Option<(usize, usize, String)> {
    let mut quoted = false;
    for (n, line) in source.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '#' if !quoted && (i == 0 || chars[i - 1] == ' ') => break,
                '"' => quoted = !quoted,
                '\\' if quoted => {
                    let rest: String = chars[i + 1..].iter().take(9).collect();
                    let hex = |len: usize| u32::from_str_radix(rest.get(1..1 + len)?, 16).ok();
                    let (bad, len) = match rest.chars().next() {
                        Some('0' | 'a' | 'b' | 'v' | 'f' | 'e' | 'r') => (true, 1),
                        Some('x') => (hex(2).is_some_and(is_control), 3),
                        Some('u') => (hex(4).is_some_and(is_control), 5),
                        Some('U') => (hex(8).is_some_and(is_control), 9),
                        _ => (false, 1),
                    };
                    if bad {
                        let escape: String = chars[i..(i + 1 + len).min(chars.len())].iter().collect();
                        return Some((n + 1, i + 1, escape));
                    }
                    i += len;
                }
                _ => {}
            }
            i += 1;
        }
    }
    None
}

fn is_control(code: u32) -> bool {
    (code < 0x20 && code != 0x09 && code != 0x0A) || (0x7F..0xA0).contains(&code) || code == 0xFFFE || code == 0xFFFF
}

/// What a person did, when the reader's error is only a symptom of it: a
/// tab in the indentation, a key without its colon, curly quotes, a list
/// item dedented out of its list, one value where `start`/`end` are
/// needed. Found by looking at the lines themselves; the position becomes
/// the mistake's own.
fn name_the_mistake(
    source: &str,
    line: usize,
    column: usize,
    field: &str,
    message: Message,
) -> (usize, usize, Message) {
    let lines: Vec<&str> = source.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    match &message {
        Message::YamlSyntax { .. } | Message::ExpectedValue { .. } => {}
        Message::WrongType { .. } if field.ends_with("period") => {}
        _ => return (line, column, message),
    }
    if (field == "period" || field.ends_with(".period"))
        && let Some(written) = scalar_at(source, line, column)
    {
        let years: Vec<String> =
            written.split(|c: char| !c.is_ascii_digit()).filter(|y| y.len() == 4).map(String::from).collect();
        let (start, end) = match years.as_slice() {
            [start, end, ..] => (start.clone(), end.clone()),
            _ => ("2021".to_string(), "2025".to_string()),
        };
        return (line, column, Message::NeedsStartEnd { written, start, end });
    }
    let Message::YamlSyntax { .. } = message else { return (line, column, message) };
    // A tab in the indentation of this line, the one above or the one below
    // (the reader may stop a line before it).
    let upto = (line + 1).min(lines.len());
    for (i, l) in lines.iter().enumerate().take(upto).skip(line.saturating_sub(2)) {
        let lead = &l[..indent(l)];
        if let Some(tab) = lead.find('\t') {
            return (i + 1, tab + 1, Message::TabIndent);
        }
    }
    let at = |n: usize| lines.get(n.wrapping_sub(1)).copied().unwrap_or("");
    // Curly quotes where a value starts, on this line or the one before.
    for n in [line, line.saturating_sub(1)] {
        let l = at(n);
        for opening in ["“", "‘", "”"] {
            for lead in [": ", "- ", "["] {
                if let Some(i) = l.find(&format!("{lead}{opening}")) {
                    let column = l[..i + lead.len()].chars().count() + 1;
                    return (n, column, Message::SmartQuotes);
                }
            }
        }
    }
    // A key with no colon: `owner Sở Công Thương` where a key belongs.
    for n in [line, line.saturating_sub(1)] {
        let l = at(n);
        let body = l.trim_start();
        let key = body.split_whitespace().next().unwrap_or("");
        let is_key = !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        let continuation = lines[..n.saturating_sub(1).min(lines.len())]
            .iter()
            .rev()
            .find(|p| !p.trim().is_empty())
            .is_some_and(|p| indent(p) < indent(l) && !p.trim_end().ends_with(':'));
        if is_key && !body.contains(':') && body.len() > key.len() && !continuation {
            return (n, indent(l) + 1, Message::MissingColon { key: key.to_string() });
        }
    }
    // A list item less indented than the items before it.
    let l = at(line);
    if l.trim_start().starts_with("- ") {
        let previous_item =
            lines[..line.saturating_sub(1).min(lines.len())].iter().rev().find(|p| p.trim_start().starts_with("- "));
        if previous_item.is_some_and(|p| indent(p) > indent(l)) {
            return (line, indent(l) + 1, Message::ItemOutsideList);
        }
    }
    (line, column, message)
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

/// serde-saphyr's error kinds in the user's terms; `found` is the scalar
/// written where the error is, to quote back.
fn explain(err: &Error, found: Option<String>) -> Message {
    match err {
        Error::WithSnippet { error, .. } => explain(error, found),
        // A budget breached while replaying an alias: the aliases expand too much.
        Error::AliasError { error, .. } => match explain(error, found) {
            Message::TooManyItems => Message::ExpandsTooMuch,
            other => other,
        },
        Error::SerdeUnknownField { field, expected, .. } => Message::UnknownKey {
            key: field.clone(),
            suggestion: nearest(field, expected.iter().copied()).map(String::from),
            known: expected.iter().map(|k| k.to_string()).collect(),
        },
        Error::SerdeMissingField { field, .. } => Message::MissingKey { key: field.to_string() },
        Error::DuplicateMappingKey { key, .. } => Message::DuplicateKey { key: key.clone() },
        Error::NullIntoString { .. } => Message::NoValue,
        Error::InvalidBooleanStrict { .. } | Error::InvalidScalar { ty: "boolean", .. } => {
            Message::ExpectedBoolean { found }
        }
        Error::InvalidScalar { ty, .. } if *ty != "char" => Message::ExpectedNumber { found },
        Error::SerdeInvalidType { unexpected, expected, .. } => {
            if unexpected.starts_with("floating point") || expected.contains("floating point") {
                Message::ExpectedNumber { found }
            } else if expected == "a boolean" {
                Message::ExpectedBoolean { found }
            } else {
                Message::WrongType { expected: expected_kind(expected), found: found_kind(unexpected) }
            }
        }
        Error::Unexpected { expected, .. } => Message::ExpectedValue { expected: expected_kind(expected), found },
        Error::Budget { breach, .. } => match breach {
            BudgetBreach::Depth { .. }
            | BudgetBreach::InclusionDepth { .. }
            | BudgetBreach::PropertyExpansionDepth { .. } => Message::NestedTooDeeply,
            BudgetBreach::Events { .. }
            | BudgetBreach::Nodes { .. }
            | BudgetBreach::ScalarBytes { .. }
            | BudgetBreach::InputBytes { .. }
            | BudgetBreach::Documents { .. } => Message::TooManyItems,
            _ => Message::ExpandsTooMuch,
        },
        Error::AliasReplayStackDepthExceeded { .. } => Message::NestedTooDeeply,
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => Message::ExpandsTooMuch,
        Error::MultipleDocuments { .. } => Message::MultipleDocuments,
        Error::ExternalMessage { source, msg, .. } => match source.as_ref() {
            ExternalMessageSource::Parser(scan) if matches!(scan.kind(), ErrorKind::RecursionLimitExceeded) => {
                Message::NestedTooDeeply
            }
            // The parser's own words: a syntax error (no finer kinds yet).
            _ => Message::YamlSyntax { text: msg.clone() },
        },
        Error::Message { msg, .. } => Message::YamlSyntax { text: msg.clone() },
        // Anything else in serde-saphyr's words, without its location suffix.
        other => Message::YamlSyntax {
            text: serde_saphyr::DefaultMessageFormatter.format_message(other).replace(char::is_control, " "),
        },
    }
}

/// serde's description of a value's kind (`sequence`, `string "x"`,
/// `boolean `true``) as what was found.
fn found_kind(what: &str) -> Found {
    let value = what.split_once(' ').map(|(_, v)| v.trim_matches('`'));
    match what.split(' ').next().unwrap_or(what) {
        "sequence" => Found::List,
        "map" => Found::Map,
        "unit" | "null" => Found::Nothing,
        "string" => Found::Text(value.unwrap_or("").to_string()),
        _ => match value {
            Some(v) => Found::Value(v.to_string()),
            None => Found::Other(what.to_string()),
        },
    }
}

/// What serde or serde-saphyr says a field takes, as a kind of value.
fn expected_kind(expected: &str) -> Expected {
    match expected {
        "a sequence" | "sequence" => Expected::List,
        "a map" | "map" | "mapping" => Expected::Map,
        "string scalar" | "a string" => Expected::Text,
        "text or a map from language code to text" => Expected::TextOrTranslations,
        e if e.starts_with("struct ") => Expected::Map,
        other => Expected::Other(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::MessageLang;
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
        let text = err.message.text(MessageLang::En);
        let got = (err.line, err.column, err.field.as_str(), text.message.as_str(), text.hint.as_deref());
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
        check("title: [a]\nindicators: []\n", (1, 8, "title", "expected text, found \"[a]\"", None));
        check(
            "title: x\nindicators: {a: 1}\n",
            (2, 13, "indicators", "expected sequence start, found \"{a: 1}\"", None),
        );
        check(
            "title: x\nindicators:\n  - id:\n    target: 1\n",
            (3, 7, "indicators[0].id", "has no value", Some("write a value after the colon, or remove the line")),
        );
        check(
            "title: \"x\nindicators: []\n",
            (
                1,
                8,
                "",
                "the YAML is not valid here: unclosed quote",
                Some("check the quotes, colons, brackets and indentation on this line and the one before"),
            ),
        );
    }

    #[test]
    fn types_in_users_terms() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Texts {
            title: crate::text::LocalizedText,
            draft: Option<bool>,
        }
        let text = |source: &str| parse::<Texts>(source).unwrap_err().message.text(MessageLang::En);
        let t = text("title: [a, b]\n");
        assert_eq!(t.message, "expected text or a map from language code to text, found a list");
        assert_eq!(
            t.hint.as_deref(),
            Some("write the text after the colon, or one line per language (`vi: …`, `en: …`)")
        );
        assert_eq!(text("title: true\n").message, "expected text or a map from language code to text, found `true`");
        let t = text("title: x\ndraft: y\n");
        assert_eq!((t.message.as_str(), t.hint), ("expected true or false, found \"y\"", None));
    }

    #[test]
    fn budgets_say_what_was_too_much() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            bomb.push_str(&format!("a{i}: &a{i} [{}]\n", vec![format!("*a{}", i - 1); 10].join(", ")));
        }
        assert_eq!(parse::<serde_json::Value>(&bomb).unwrap_err().message, Message::ExpandsTooMuch);
        let many: String = (0..300_000).map(|i| format!("k{i}: v\n")).collect();
        assert_eq!(parse::<serde_json::Value>(&many).unwrap_err().message, Message::TooManyItems);
        let deep: String = (0..100).map(|i| format!("{}k{i}:\n", "  ".repeat(i))).collect();
        assert_eq!(parse::<serde_json::Value>(&deep).unwrap_err().message, Message::NestedTooDeeply);
        assert_eq!(parse::<serde_json::Value>("a: 1\n---\nb: 2\n").unwrap_err().message, Message::MultipleDocuments);
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Wrapped {
        items: Option<Vec<serde_saphyr::Spanned<Item>>>,
        languages: Option<serde_saphyr::Spanned<Vec<String>>>,
        target: Option<serde_saphyr::Spanned<f64>>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        value: serde_saphyr::Spanned<f64>,
        name: String,
    }

    /// The path names what the user wrote: `Spanned`'s own `value` is
    /// dropped, a key `value` the user wrote is kept.
    #[test]
    fn spanned_wrappers_leave_the_field_path() {
        let cases = [
            ("items:\n  - { value: x, name: a }\n", "items[0].value"),
            ("items:\n  - { value: 1, name: a }\n  - { name: b }\n", "items[1]"),
            ("items:\n  - { value: 1, name: a, extra: 2 }\n", "items[0].extra"),
            ("items:\n  - value: 1\n    name: [a]\n", "items[0].name"),
            ("languages: [vi, [en]]\n", "languages[1]"),
            ("target: many\n", "target"),
            ("targte: 1\n", "targte"),
        ];
        for (source, field) in cases {
            let err = parse::<Wrapped>(source).expect_err(source);
            assert_eq!(err.field, field, "{source}");
        }
    }

    #[test]
    fn numbers_keep_their_written_form() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Figures {
            a: Written,
            b: Written,
            c: Written,
            d: Written,
            e: Option<Written>,
            f: Written,
        }
        let f: Figures = parse("a: 1.000\nb: 26.990.000.000\nc: 35,5\nd: .nan\ne:\nf: 61 xã\n").unwrap();
        assert_eq!(
            (f.a.0.as_str(), f.b.0.as_str(), f.c.0.as_str(), f.d.0.as_str()),
            ("1.000", "26.990.000.000", "35,5", ".nan")
        );
        assert_eq!(f.e, None);
        assert_eq!(f.f.0, "61 xã");
    }

    #[test]
    fn escapes_that_make_control_characters_are_refused() {
        for (source, escape) in [
            ("title: \"a\\x07b\"\n", "\\x07"),
            ("title: \"a\\u0000\"\n", "\\u0000"),
            ("title: \"a\\0\"\n", "\\0"),
            ("title: \"a\\uFFFF\"\n", "\\uFFFF"),
            ("indicators: [{ id: \"x\\e\" }]\n", "\\e"),
        ] {
            let err = parse::<serde_json::Value>(source).expect_err(source);
            assert_eq!(err.message, Message::ControlCharacter { escape: escape.into() }, "{source}");
        }
        let two_lines = "title: \"Ha Giang industrial\n  promotion \\a programme\"\n";
        let err = parse::<serde_json::Value>(two_lines).unwrap_err();
        assert_eq!((err.line, err.message), (2, Message::ControlCharacter { escape: "\\a".into() }));
        for fine in [
            "code: |\n  printf(\"xong\\r\\n\")\n",
            "title: \"a\\tb\\n\"\n",
            "title: C:\\x07\n",
            "title: 'a\\0'\n",
            "title: x # \"\\0\"\n",
            "title: \"\\\\0\"\n",
        ] {
            assert!(parse::<serde_json::Value>(fine).is_ok(), "{fine}");
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
        assert_eq!(err.message, Message::NestedTooDeeply);
    }
}
