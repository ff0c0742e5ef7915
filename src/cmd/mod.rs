//! One file per command. Each returns the process exit code; an `Err` is an
//! internal or I/O failure (exit code 3), or a [`UsageError`] (exit code 2).

pub mod build;
pub mod check;
pub mod explain;
pub mod init;
pub mod new;
pub mod schema;
pub mod serve;

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::messages::{MessageLang, Say};
use std::path::{Path, PathBuf};

/// A command line the tool refuses, with the reason (exit code 2): a bad
/// `--base-url`, a missing `--root`, an output folder it must not replace.
#[derive(Debug)]
pub struct UsageError(pub Say);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for UsageError {}

/// The site folder given with `--root`, resolved; a missing one is a
/// command-line error (exit code 2), not an internal one.
pub fn site_root(root: &Path) -> anyhow::Result<PathBuf> {
    root.canonicalize().map_err(|e| {
        anyhow::Error::new(UsageError(Say::RootUnreadable {
            root: root.display().to_string(),
            reason: crate::messages::IoReason::of(&e),
        }))
    })
}

/// The as-of date of `--as-of` and the day of `SOURCE_DATE_EPOCH`, read;
/// a wrong one is a command-line error (exit code 2).
pub fn as_of_dates(flag: Option<&str>) -> anyhow::Result<(Option<Date>, Option<Date>)> {
    let flag = match flag {
        Some(written) => match Date::parse(written) {
            Some(d) => Some(d.day_only()),
            None => anyhow::bail!(UsageError(Say::AsOfInvalid { written: written.to_string() })),
        },
        None => None,
    };
    let epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) if !value.trim().is_empty() => match value.trim().parse::<i64>() {
            Ok(seconds) if (0..=253_402_300_799).contains(&seconds) => Some(Date::from_unix(seconds)),
            _ => anyhow::bail!(UsageError(Say::SourceDateEpochInvalid { value })),
        },
        _ => None,
    };
    Ok((flag, epoch))
}

/// `--verbose`: how long each stage took, and what the images stage did.
pub fn print_timings(
    timings: &[(crate::progress::Stage, std::time::Duration)],
    progress: &crate::progress::Progress,
    lang: MessageLang,
) {
    let stages = timings.iter().map(|(s, d)| (*s, d.as_secs_f64())).collect();
    eprintln!("{}", Say::Timings { stages }.text(lang));
    let work = *progress.images.lock().expect("the progress is never poisoned");
    if work != crate::images::Work::default() {
        let crate::images::Work { decoded, cached, removed } = work;
        eprintln!("{}", Say::ImageWork { decoded, cached, removed }.text(lang));
    }
    let work = *progress.charts.lock().expect("the progress is never poisoned");
    if work != crate::render::ChartWork::default() {
        let crate::render::ChartWork { drawn, cached, removed } = work;
        eprintln!("{}", Say::ChartWork { drawn, cached, removed }.text(lang));
    }
}

/// Exit codes of SPEC section 10.
pub const EXIT_OK: i32 = 0;
pub const EXIT_CONTENT: i32 = 1;

/// How much a command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors only.
    Quiet,
    Normal,
    /// Stage timings too.
    Verbose,
}

/// Prints diagnostics sorted by file and line, errors and warnings alike
/// (errors only when quiet), then a count.
pub fn report(diagnostics: &mut [Diagnostic], lang: MessageLang, verbosity: Verbosity) {
    diagnostics.sort();
    for d in diagnostics.iter().filter(|d| verbosity != Verbosity::Quiet || d.is_error()) {
        eprintln!("{}", d.render(lang));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
    if errors > 0 {
        eprintln!("{}", Say::Counts { errors, warnings }.text(lang));
    }
}
