//! Problems in the user's content, as values: collected, sorted, all
//! reported. Internal and I/O failures are `anyhow` errors instead.

use std::fmt;

/// How bad a problem is: errors stop a build, warnings do not (except
/// under `check --strict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one place of the user's content.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, relative to the site root, with `/` separators.
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based; 0 when unknown.
    pub column: usize,
    pub severity: Severity,
    /// Where in the file's structure: `indicators[2].target`, `title`.
    pub field: String,
    /// What was expected and what was found.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error at `file:line:column`.
    pub fn error(file: impl Into<String>, line: usize, column: usize) -> DiagnosticBuilder {
        DiagnosticBuilder(Diagnostic {
            file: file.into(),
            line,
            column,
            severity: Severity::Error,
            field: String::new(),
            message: String::new(),
            hint: None,
        })
    }

    /// A warning at `file:line:column`.
    pub fn warning(file: impl Into<String>, line: usize, column: usize) -> DiagnosticBuilder {
        let mut b = Self::error(file, line, column);
        b.0.severity = Severity::Warning;
        b
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Fills in a [`Diagnostic`] field by field.
pub struct DiagnosticBuilder(Diagnostic);

impl DiagnosticBuilder {
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.0.field = field.into();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.0.hint = Some(hint.into());
        self
    }

    pub fn message(mut self, message: impl Into<String>) -> Diagnostic {
        self.0.message = message.into();
        self.0
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        f.write_str(": ")?;
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
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
        let d = Diagnostic::error("content/programs/a.yaml", 21, 13)
            .field("indicators[0].target")
            .hint("write digits, e.g. 20")
            .message("expected a number, found \"hai mươi\"");
        assert_eq!(
            d.to_string(),
            "content/programs/a.yaml:21:13: indicators[0].target: expected a number, found \"hai mươi\"\n  hint: write digits, e.g. 20"
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
