//! The incremental engine `serve` runs: the site built into memory, and
//! built again after a change by reading only the files that changed and
//! rendering only the jobs whose inputs changed (`render::deps`). The
//! result is the same, byte for byte, as a full build of the same files
//! (`tests/incremental.rs`).
//!
//! A build with errors changes nothing: the last good site stays, and so
//! does what the next build compares against.

use crate::diagnostic::Diagnostic;
use crate::pipeline::{Memo, Options};
use crate::progress::Stage;
use crate::render::{Body, Collect, Output};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A site kept in memory and rebuilt on demand.
pub struct Engine {
    root: PathBuf,
    options: Options,
    memo: Memo,
    /// The last good site, by output path (shared with readers: a rebuild
    /// copies the map, not the files nor the paths, when a reader still holds it).
    site: Arc<Site>,
    built: bool,
}

/// A built site in memory: every output by its path.
pub type Site = BTreeMap<Arc<str>, Arc<Output>>;

/// What one rebuild did.
#[derive(Debug)]
pub struct Rebuild {
    /// Every diagnostic of the run, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the site was replaced (no errors).
    pub ok: bool,
    /// Output paths added, changed or removed.
    pub changed: Vec<String>,
    /// Jobs in the site, and how many were rendered this time.
    pub jobs: usize,
    pub rendered_jobs: usize,
    pub timings: Vec<(Stage, std::time::Duration)>,
}

impl Engine {
    pub fn new(root: &Path, options: Options) -> Engine {
        Engine { root: root.to_path_buf(), options, memo: Memo::default(), site: Default::default(), built: false }
    }

    /// Builds again. `changed` are the files that changed (from a
    /// watcher): read again even if their size and time look the same,
    /// and, when they are all files the last build read, the only ones
    /// looked at. Empty: nothing is known, every file is looked at.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuild> {
        self.memo.reads.only(&self.root, changed);
        for path in changed {
            self.memo.reads.forget(path);
        }
        let sink = Arc::new(Collect::default());
        let outcome = crate::pipeline::run_with(&self.root, &self.options, sink.clone(), Some(&mut self.memo))?;
        let ok = !outcome.has_errors() && outcome.rendered.is_some();
        let mut rebuild = Rebuild {
            ok,
            diagnostics: outcome.diagnostics,
            changed: Vec::new(),
            jobs: 0,
            rendered_jobs: 0,
            timings: outcome.timings,
        };
        let Some(mut rendered) = outcome.rendered.filter(|_| ok) else {
            return Ok(rebuild);
        };
        if let Some(e) = rendered.write_error.take() {
            return Err(e);
        }
        rebuild.jobs = rendered.jobs;
        rebuild.rendered_jobs = rendered.rendered_jobs;
        let outputs = Arc::into_inner(sink).context("the render still holds its outputs")?.into_sorted();
        let site = Arc::make_mut(&mut self.site);
        for output in outputs {
            // A copied file is read when served: changed when its source is.
            let copied_changed = matches!(&output.body, Body::Copy { from, .. } if changed.contains(from));
            if copied_changed || site.get(output.path.as_str()).map(|o| &**o) != Some(&output) {
                rebuild.changed.push(output.path.clone());
                site.insert(Arc::from(output.path.as_str()), Arc::new(output));
            }
        }
        // Gone: in the site, not among the render's files. Both are sorted
        // (by bytes), so one walk tells, without hashing every path.
        let mut now = rendered.files.iter().map(|(p, _)| &**p).peekable();
        let gone: Vec<Arc<str>> = site
            .keys()
            .filter(|path| {
                while now.next_if(|p| *p < &***path).is_some() {}
                now.peek() != Some(&&***path)
            })
            .cloned()
            .collect();
        for path in gone {
            site.remove(&path);
            rebuild.changed.push(path.to_string());
        }
        rebuild.changed.sort();
        self.memo.jobs = Arc::new(rendered.cache.take().unwrap_or_default());
        self.built = true;
        Ok(rebuild)
    }

    /// Whether a build has succeeded yet.
    pub fn has_site(&self) -> bool {
        self.built
    }

    /// An output file of the last good site.
    pub fn get(&self, path: &str) -> Option<&Output> {
        self.site.get(path).map(|o| &**o)
    }

    /// Every output file of the last good site, by path: shared, so a
    /// server can go on reading it while the next build runs.
    pub fn files(&self) -> Arc<Site> {
        self.site.clone()
    }
}
