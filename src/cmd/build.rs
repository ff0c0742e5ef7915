//! `baocao build`: renders the site and swaps it into the output folder.

use super::{EXIT_CONTENT, EXIT_OK, plural, report};
use crate::cli::BuildArgs;
use crate::pipeline::{self, Options};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::time::Instant;

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
    let output = match &args.output {
        Some(o) => absolute(o)?,
        None => root.join("output"),
    };
    check_output(&root, &output, args.output.is_some())?;
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
    crate::write::write_site(&rendered.outputs, &output)?;
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

/// Refuses output folders that would destroy something: the root itself,
/// anything holding `content/`, anything inside `content/` or `themes/`, a
/// folder with files that an earlier build did not make, or (unless given
/// explicitly) a folder outside the site.
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
