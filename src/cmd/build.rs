//! `baocao build`: renders the site and swaps it into the output folder.

use super::{EXIT_CONTENT, EXIT_OK, UsageError, Verbosity, report};
use crate::cli::BuildArgs;
use crate::messages::{MessageLang, Say};
use crate::pipeline::{self, Options};
use crate::progress::Stage;
use crate::write::{DiskFull, Locked, OutputLock};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a build waits for another build of the same output to finish.
const LOCK_WAIT: Duration = Duration::from_secs(60);

pub fn run(args: &BuildArgs, lang: MessageLang, verbosity: Verbosity) -> Result<i32> {
    let started = Instant::now();
    let root = super::site_root(&args.root)?;
    if let Some(url) = args.base_url.as_ref().filter(|u| !crate::config::is_web_address(u)) {
        bail!(UsageError(Say::BaseUrlInvalid { url: url.clone() }));
    }
    let given = match &args.output {
        Some(o) => absolute(o)?,
        None => root.join("output"),
    };
    let output = follow(&given)?;
    // A link out of the site (`output -> /srv/www`) is followed only when asked for with --output.
    check_output(&root, &output, args.output.is_some())?;
    let shown = show(&output);
    let lock = match OutputLock::take(&output, LOCK_WAIT, || {
        eprintln!("{}", Say::Waiting { path: shown.clone() }.text(lang))
    })? {
        Locked::Now(lock) | Locked::AfterWaiting(lock, _) => lock,
        Locked::Busy => bail!(UsageError(Say::LockBusy { path: shown, secs: LOCK_WAIT.as_secs() })),
    };
    let existed = output.exists();
    let (as_of, source_date_epoch) = super::as_of_dates(args.as_of.as_deref())?;
    let mut shown = crate::progress::Shown::start(lang, verbosity == Verbosity::Quiet);
    let options = Options {
        drafts: args.drafts,
        offline: args.offline,
        base_url: args.base_url.clone(),
        as_of,
        source_date_epoch,
        progress: shown.progress.clone(),
        paths_only: false,
    };
    // Outputs are written into the staging folder as they are rendered;
    // it is swapped in only if the whole site rendered without an error.
    let staging = std::sync::Arc::new(crate::write::Staging::begin(&lock)?);
    let mut outcome = match pipeline::run_into(&root, &options, staging.clone()) {
        Ok(o) => o,
        Err(e) => {
            shown.finish();
            return Err(e);
        }
    };
    let written = Instant::now();
    let has_errors = outcome.has_errors();
    let result = match (&mut outcome.rendered, has_errors) {
        (Some(rendered), false) => Some(match rendered.write_error.take() {
            Some(e) => Err(e),
            None => std::sync::Arc::into_inner(staging)
                .context("the render still holds the staging folder")
                .and_then(crate::write::Staging::commit),
        }),
        _ => None,
    };
    shown.finish();
    outcome.timings.push((Stage::Write, written.elapsed()));
    report(&mut outcome.diagnostics, lang, verbosity);
    let (Some(rendered), Some(result)) = (outcome.rendered, result) else {
        eprintln!("{}", Say::NothingWritten { dir: existed.then(|| show(&output)) }.text(lang));
        return Ok(EXIT_CONTENT);
    };
    if let Err(e) = result {
        if let Some(full) = e.downcast_ref::<DiskFull>() {
            let needed: u64 = rendered.files.iter().map(|(_, len)| len).sum();
            let path = show(&full.path);
            eprintln!("{}", Say::NothingWritten { dir: existed.then(|| show(&output)) }.text(lang));
            bail!(Say::DiskFull { path, needed_mb: needed.div_ceil(1_000_000) as usize });
        }
        return Err(e);
    }
    let built = Say::Built {
        pages: rendered.pages,
        charts: rendered.charts,
        languages: outcome.languages,
        secs: started.elapsed().as_secs_f64(),
        dir: show(&output),
    };
    if verbosity != Verbosity::Quiet {
        println!("{}", built.text(lang));
    }
    if verbosity == Verbosity::Verbose {
        super::print_timings(&outcome.timings, &options.progress, lang);
    }
    Ok(EXIT_OK)
}

/// A path as the user would write it: relative to the current folder when inside it.
fn show(path: &Path) -> String {
    path.strip_prefix(std::env::current_dir().unwrap_or_default()).unwrap_or(path).display().to_string()
}

fn absolute(path: &Path) -> Result<PathBuf> {
    if path.components().any(|c| c == std::path::Component::ParentDir) {
        bail!(UsageError(Say::OutputHasDotDot { path: path.display().to_string() }));
    }
    let cwd = std::env::current_dir().context("reading the current folder")?;
    let joined = cwd.join(path);
    // Resolve what exists (symlinks, ..) so the checks below compare real paths.
    let (existing, rest): (PathBuf, Vec<_>) = {
        let mut existing = joined.clone();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.file_name().map(|n| n.to_owned()), existing.parent()) {
                (Some(name), Some(parent)) => {
                    rest.push(name);
                    existing = parent.to_path_buf();
                }
                _ => break,
            }
        }
        (existing, rest)
    };
    let mut resolved = existing.canonicalize().with_context(|| format!("opening {}", existing.display()))?;
    for part in rest.into_iter().rev() {
        if part == ".." {
            bail!(UsageError(Say::OutputHasDotDot { path: path.display().to_string() }));
        }
        resolved.push(part);
    }
    Ok(resolved)
}

/// The output folder a path names: a symbolic link is followed (the build
/// replaces the folder it points to, and the link stays); a link that
/// points nowhere is refused.
fn follow(path: &Path) -> Result<PathBuf> {
    match path.symlink_metadata() {
        Ok(meta) if meta.file_type().is_symlink() => path
            .canonicalize()
            .map_err(|_| anyhow::Error::new(UsageError(Say::DanglingLink { path: path.display().to_string() }))),
        _ => Ok(path.to_path_buf()),
    }
}

/// Refuses output folders that would destroy something: the root itself,
/// anything holding `content/`, anything inside `content/` or `themes/`, a
/// folder with files that an earlier build did not make, anything that is
/// not a folder (a file, a device, a socket), or (unless given explicitly
/// or linked from inside the site) a folder outside the site.
fn check_output(root: &Path, output: &Path, explicit: bool) -> Result<()> {
    let path = output.display().to_string();
    if output == root {
        bail!(UsageError(Say::RefuseSiteRoot { path }));
    }
    if root.join("content").starts_with(output) {
        bail!(UsageError(Say::RefuseHoldsContent { path }));
    }
    for folder in ["content", "themes", crate::cache::FOLDER] {
        if output.starts_with(root.join(folder)) {
            bail!(UsageError(Say::RefuseInside { path, folder }));
        }
    }
    if let Ok(meta) = output.symlink_metadata()
        && !meta.is_dir()
    {
        bail!(UsageError(Say::RefuseNotFolder { path }));
    }
    if output.is_dir() && !output.join(crate::write::MARKER).exists() {
        let mut entries = std::fs::read_dir(output).with_context(|| format!("reading {}", output.display()))?;
        if entries.next().is_some() {
            bail!(UsageError(Say::RefuseForeign { path }));
        }
    }
    if !explicit && !output.starts_with(root) {
        bail!(UsageError(Say::RefuseOutsideSite { path }));
    }
    Ok(())
}
