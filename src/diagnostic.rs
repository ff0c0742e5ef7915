//! Problems in the user's content, as values: collected, sorted, all
//! reported. Internal and I/O failures are `anyhow` errors instead.

use crate::messages::{Message, MessageLang, Text, hint_word, severity_word};
use std::fmt;

/// How bad a problem is: errors stop a build, warnings do not (except
/// under `check --strict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Said for the record, never counted: not even `check --strict` fails on a note.
    Note,
}

/// One problem in one place of the user's content.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// The file, relative to the site root, with `/` separators.
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based; 0 when unknown.
    pub column: usize,
    /// Where in the file's structure: `indicators[2].target`, `title`.
    pub field: String,
    /// The id of the indicator `field` names, to name it in words.
    pub indicator: Option<String>,
    /// What is wrong, with its arguments; its words come from `messages`.
    pub message: Message,
}

impl Diagnostic {
    /// `message` at `file:line:column`.
    pub fn new(file: impl Into<String>, line: usize, column: usize, message: Message) -> Self {
        Diagnostic { file: file.into(), line, column, field: String::new(), indicator: None, message }
    }

    /// The same, at a field of the file.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = field.into();
        self
    }

    /// The same, naming the indicator of the field by its id.
    pub fn indicator(mut self, id: Option<String>) -> Self {
        self.indicator = id.filter(|id| !id.is_empty());
        self
    }

    pub fn severity(&self) -> Severity {
        self.message.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    pub fn is_warning(&self) -> bool {
        self.severity() == Severity::Warning
    }

    /// `file:line:column: error[BC1203]: field: message`, then the hint on
    /// a line of its own.
    pub fn render(&self, lang: MessageLang) -> String {
        let mut out = self.file.clone();
        if self.line > 0 {
            out.push_str(&format!(":{}", self.line));
            if self.column > 0 {
                out.push_str(&format!(":{}", self.column));
            }
        }
        out.push_str(&format!(": {}[{}]: ", severity_word(self.severity(), lang), self.message.code()));
        if !self.field.is_empty() {
            out.push_str(&format!("{}: ", crate::messages::field_words(&self.field, self.indicator.as_deref(), lang)));
        }
        let text = self.message.text(lang);
        out.push_str(&text.message);
        if let Some(hint) = text.hint {
            out.push_str(&format!("\n  {}: {hint}", hint_word(lang)));
        }
        out
    }

    /// Place, errors before warnings, field, then the English words: the
    /// order a reader scans in, and the same for equal problems found twice.
    fn sort_key(&self) -> (&str, usize, usize, Severity, &str, Text) {
        (&self.file, self.line, self.column, self.severity(), &self.field, self.message.text(MessageLang::En))
    }
}

impl PartialEq for Diagnostic {
    fn eq(&self, other: &Self) -> bool {
        self.sort_key() == other.sort_key()
    }
}

impl Eq for Diagnostic {}

impl PartialOrd for Diagnostic {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Diagnostic {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(MessageLang::En))
    }
}

/// The known word nearest to `word`, if it is near enough to be a typo.
pub fn nearest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(word, k), k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(2))
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_place_field_and_hint() {
        let d = Diagnostic::new(
            "content/programs/a.yaml",
            21,
            13,
            Message::ExpectedNumber { found: Some("hai mươi".into()) },
        )
        .field("indicators[0].target");
        assert_eq!(
            d.to_string(),
            "content/programs/a.yaml:21:13: error[BC1203]: indicator 1, target: expected a number, found \"hai mươi\"\n  hint: write digits only, e.g. 20 or 26990000000 (no spaces, dots, commas or units)"
        );
        let w = Diagnostic::new(
            "content/articles/x.vi.md",
            1,
            1,
            Message::NotTranslated { lang: "en".into(), missing_file: "content/articles/x.en.md".into() },
        );
        assert_eq!(
            w.to_string(),
            "content/articles/x.vi.md:1:1: warning[BC4010]: not translated into `en`\n  hint: write content/articles/x.en.md"
        );
        let whole_file = Diagnostic::new("content/site.yaml", 0, 0, Message::NoThemeFolder { theme: "x".into() });
        assert!(whole_file.to_string().starts_with("content/site.yaml: error[BC6001]: there is no theme folder"));
    }

    #[test]
    fn vietnamese_has_its_own_words_around_the_message() {
        let d = Diagnostic::new(
            "content/programs/p.yaml",
            9,
            13,
            Message::ExpectedNumber { found: Some("hai mươi".into()) },
        )
        .field("indicators[0].target");
        assert_eq!(
            d.render(MessageLang::Vi),
            "content/programs/p.yaml:9:13: lỗi[BC1203]: chỉ tiêu thứ 1, target: cần một số, nhưng đang ghi \"hai mươi\"\n  gợi ý: Chỉ viết chữ số, ví dụ 20 hoặc 26990000000 (không dấu cách, không đơn vị, không dùng dấu chấm hay dấu phẩy để tách hàng nghìn); số thập phân dùng dấu chấm, ví dụ 12.5"
        );
        let w = Diagnostic::new(
            "content/articles/x.vi.md",
            1,
            1,
            Message::NotTranslated { lang: "en".into(), missing_file: "content/articles/x.en.md".into() },
        );
        assert_eq!(
            w.render(MessageLang::Vi),
            "content/articles/x.vi.md:1:1: cảnh báo[BC4010]: chưa được dịch sang `en`\n  gợi ý: Hãy viết tệp content/articles/x.en.md"
        );
    }

    #[test]
    fn nearest_known_word() {
        let known = ["title", "summary", "date", "tags", "programs"];
        assert_eq!(nearest("titel", known), Some("title"));
        assert_eq!(nearest("program", known), Some("programs"));
        assert_eq!(nearest("colour", known), None);
    }
}
