//! `baocao build`: renders the site and swaps it into the output folder.

use super::{EXIT_CONTENT, EXIT_OK, plural, report};
use crate::cli::BuildArgs;
use crate::pipeline::{self, Options};
use crate::write::{DiskFull, Locked, OutputLock};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a build waits for another build of the same output to finish.
const LOCK_WAIT: Duration = Duration::from_secs(60);

/// A command line the tool refuses, with the reason (exit code 2): a bad
/// `--base-url`, a missing `--root`, an output folder it must not replace.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

pub fn run(args: &BuildArgs) -> Result<i32> {
    let started = Instant::now();
    let root = super::site_root(&args.root)?;
    if let Some(url) = args.base_url.as_ref().filter(|u| !crate::config::is_web_address(u)) {
        bail!(UsageError(format!(
            "--base-url {url}: expected the full address the site is published at, e.g. https://example.gov.vn/khuyencong/"
        )));
    }
    let given = match &args.output {
        Some(o) => absolute(o)?,
        None => root.join("output"),
    };
    let output = follow(&given)?;
    check_output(&root, &output, args.output.is_some() || given.starts_with(&root))?;
    let lock = match OutputLock::take(&output, LOCK_WAIT, || {
        eprintln!("Another build is writing {}; waiting for it to finish…", output.display())
    })? {
        Locked::Now(lock) | Locked::AfterWaiting(lock, _) => lock,
        Locked::Busy => bail!(UsageError(format!(
            "another baocao build is still writing {} after {} s; try again when it has finished",
            output.display(),
            LOCK_WAIT.as_secs()
        ))),
    };
    let options = Options { drafts: args.drafts, offline: args.offline, base_url: args.base_url.clone() };
    let mut outcome = pipeline::run(&root, &options)?;
    report(&mut outcome.diagnostics);
    let rendered = match outcome.rendered {
        Some(r) if !outcome.has_errors() => r,
        _ => {
            eprintln!("Nothing was written; {} is unchanged.", output.display());
            return Ok(EXIT_CONTENT);
        }
    };
    if let Err(e) = crate::write::write_site(&rendered.outputs, &lock) {
        if e.downcast_ref::<DiskFull>().is_some() {
            let needed: usize = rendered.outputs.iter().map(|o| o.bytes.len()).sum();
            bail!(
                "{e}: the site needs about {} MB beside {}; free some space and build again ({} is unchanged)",
                needed.div_ceil(1_000_000),
                output.display(),
                output.display()
            );
        }
        return Err(e);
    }
    let shown = output.strip_prefix(std::env::current_dir().unwrap_or_default()).unwrap_or(&output);
    println!(
        "Built {}, {}, {} in {:.2} s into {}",
        plural(rendered.pages, "page"),
        plural(rendered.charts, "chart"),
        plural(outcome.languages, "language"),
        started.elapsed().as_secs_f64(),
        shown.display()
    );
    Ok(EXIT_OK)
}

fn absolute(path: &Path) -> Result<PathBuf> {
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
            bail!(UsageError(format!("the output folder {} must not contain `..`", path.display())));
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
        Ok(meta) if meta.file_type().is_symlink() => path.canonicalize().map_err(|_| {
            anyhow::Error::new(UsageError(format!(
                "the output folder {} is a symbolic link to something that does not exist; remove the link or give another --output",
                path.display()
            )))
        }),
        _ => Ok(path.to_path_buf()),
    }
}

/// Refuses output folders that would destroy something: the root itself,
/// anything holding `content/`, anything inside `content/` or `themes/`, a
/// folder with files that an earlier build did not make, anything that is
/// not a folder (a file, a device, a socket), or (unless given explicitly
/// or linked from inside the site) a folder outside the site.
fn check_output(root: &Path, output: &Path, explicit: bool) -> Result<()> {
    if output == root {
        bail!(UsageError(format!(
            "refusing to build into the site folder itself ({}); the build replaces the whole output folder",
            output.display()
        )));
    }
    if root.join("content").starts_with(output) {
        bail!(UsageError(format!(
            "refusing to build into {}: it holds the site's content/ folder, which the build would replace",
            output.display()
        )));
    }
    for source in ["content", "themes"] {
        if output.starts_with(root.join(source)) {
            bail!(UsageError(format!(
                "refusing to build into {}: it is inside the site's {source}/ folder, which the build would damage",
                output.display()
            )));
        }
    }
    if let Ok(meta) = output.symlink_metadata()
        && !meta.is_dir()
    {
        bail!(UsageError(format!(
            "refusing to build into {}: it is a file, not a folder; give a folder with --output",
            output.display()
        )));
    }
    if output.is_dir() && !output.join(crate::write::MARKER).exists() {
        let mut entries = std::fs::read_dir(output).with_context(|| format!("reading {}", output.display()))?;
        if entries.next().is_some() {
            bail!(UsageError(format!(
                "refusing to build into {}: it holds files that baocao did not make, and a build replaces the whole folder; choose a new or empty folder, or delete this one if it only holds an old build",
                output.display()
            )));
        }
    }
    if !explicit && !output.starts_with(root) {
        bail!(UsageError(format!("refusing to build outside the site folder ({}) without --output", output.display())));
    }
    Ok(())
}
