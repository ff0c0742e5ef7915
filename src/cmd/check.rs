//! `baocao check`: everything a build validates, writing nothing; then the
//! translation report.

use super::{EXIT_CONTENT, EXIT_OK, Verbosity, report};
use crate::cli::CheckArgs;
use crate::messages::{MessageLang, Say};
use crate::pipeline::{self, Options};
use anyhow::Result;

pub fn run(args: &CheckArgs, lang: MessageLang, verbosity: Verbosity) -> Result<i32> {
    let root = super::site_root(&args.root)?;
    let (as_of, source_date_epoch) = super::as_of_dates(args.as_of.as_deref())?;
    let mut shown = crate::progress::Shown::start(lang, verbosity == Verbosity::Quiet);
    let options =
        Options { as_of, source_date_epoch, progress: shown.progress.clone(), paths_only: true, ..Options::default() };
    let outcome = pipeline::run(&root, &options);
    shown.finish();
    // Never dropped: the process ends soon after, and freeing a large
    // site piece by piece takes longer than the check of a small one.
    let mut outcome = std::mem::ManuallyDrop::new(outcome?);
    report(&mut outcome.diagnostics, lang, verbosity);
    let errors = outcome.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = outcome.diagnostics.iter().filter(|d| d.is_warning()).count();
    if errors > 0 {
        return Ok(EXIT_CONTENT);
    }
    let pages = outcome.rendered.as_ref().map_or(0, |r| r.pages);
    if verbosity != Verbosity::Quiet {
        println!("{}", Say::CheckOk { pages, warnings }.text(lang));
        if let Some(site) = &outcome.site {
            print!("{}", crate::translations::report(&crate::translations::missing(site), lang));
        }
    }
    if verbosity == Verbosity::Verbose {
        super::print_timings(&outcome.timings, &options.progress, lang);
    }
    if args.strict && warnings > 0 {
        eprintln!("{}", Say::Strict.text(lang));
        return Ok(EXIT_CONTENT);
    }
    Ok(EXIT_OK)
}
