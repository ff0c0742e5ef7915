//! One file per command. Each returns the process exit code; an `Err` is an
//! internal or I/O failure (exit code 3).

pub mod build;
pub mod check;

use crate::diagnostic::Diagnostic;
use std::path::{Path, PathBuf};

/// The site folder given with `--root`, resolved; a missing one is a
/// command-line error (exit code 2), not an internal one.
pub fn site_root(root: &Path) -> anyhow::Result<PathBuf> {
    root.canonicalize().map_err(|e| {
        anyhow::Error::new(build::UsageError(format!(
            "--root {}: the site folder cannot be opened ({e})",
            root.display()
        )))
    })
}

/// Exit codes of SPEC section 10.
pub const EXIT_OK: i32 = 0;
pub const EXIT_CONTENT: i32 = 1;

/// Prints diagnostics sorted by file and line, errors and warnings alike,
/// then a count.
pub fn report(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort();
    for d in diagnostics.iter() {
        eprintln!("{d}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 {
        eprintln!("{} and {}", plural(errors, "error"), plural(warnings, "warning"));
    }
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}
