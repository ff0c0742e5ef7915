//! The stages in order, shared by `build`, `check` and tests:
//! load → config → validate → render. Nothing here writes.

use crate::diagnostic::Diagnostic;
use crate::messages::Message;
use crate::model::Site;
use crate::progress::{Progress, Stage};
use crate::render::{RenderOptions, RenderedSite};
use crate::theme::Theme;
use crate::validate::ResolveOptions;
use anyhow::{Context, Result, bail};
use std::path::Path;

/// The longest a page's template may take: pages take milliseconds; a
/// theme that loops for this long is stopped. `BAOCAO_PAGE_SECONDS` sets
/// another limit (for tests).
static PAGE_TIME_LIMIT: std::sync::LazyLock<std::time::Duration> = std::sync::LazyLock::new(|| {
    let seconds = std::env::var("BAOCAO_PAGE_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    std::time::Duration::from_secs(seconds)
});

/// What the pipeline is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub drafts: bool,
    pub offline: bool,
    /// Replaces `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// `--as-of`: replaces `as_of` of site.yaml.
    pub as_of: Option<crate::date::Date>,
    /// `SOURCE_DATE_EPOCH`, as a day: the as-of date when neither gives one.
    pub source_date_epoch: Option<crate::date::Date>,
    /// Moved forward as the run goes.
    pub progress: std::sync::Arc<Progress>,
    /// `check`: the outputs are laid out by path, not made
    /// ([`RenderOptions::paths_only`]).
    pub paths_only: bool,
}

/// The rendered site (when the content has no errors) and every diagnostic.
pub struct Outcome {
    /// The resolved site, when the content had no errors.
    pub site: Option<Site>,
    pub rendered: Option<RenderedSite>,
    pub diagnostics: Vec<Diagnostic>,
    pub languages: usize,
    /// How long each stage took, in order.
    pub timings: Vec<(Stage, std::time::Duration)>,
}

impl Outcome {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Runs every stage up to rendering, and drops the outputs (`check`, tests).
pub fn run(root: &Path, options: &Options) -> Result<Outcome> {
    run_into(root, options, std::sync::Arc::new(crate::render::Discard))
}

/// Runs every stage, rendered outputs going into `sink` as they are made.
pub fn run_into(root: &Path, options: &Options, sink: std::sync::Arc<dyn crate::render::Sink>) -> Result<Outcome> {
    run_with(root, options, sink, None)
}

/// What an incremental run keeps from one run to the next (`serve`): the
/// files read, and what each job of the last good render made.
#[derive(Debug)]
pub struct Memo {
    pub reads: crate::load::ReadCache,
    pub jobs: std::sync::Arc<crate::render::JobCache>,
    pub pngs: std::sync::Arc<crate::render::PngCache>,
    pub search: std::sync::Arc<crate::render::SearchCache>,
    pub docs: crate::validate::DocCache,
    /// Each language's lists, while what they are made of stays the same.
    pub lists: crate::summary::KeptLists,
}

impl Default for Memo {
    fn default() -> Memo {
        Memo {
            reads: crate::load::ReadCache::keeping(),
            jobs: Default::default(),
            pngs: Default::default(),
            search: Default::default(),
            docs: Default::default(),
            lists: None,
        }
    }
}

/// [`run_into`], reading and rendering again only what changed since the
/// run that filled `memo` (the caller keeps the outcome's job cache in it
/// when the run was good).
pub fn run_with(
    root: &Path,
    options: &Options,
    sink: std::sync::Arc<dyn crate::render::Sink>,
    mut memo: Option<&mut Memo>,
) -> Result<Outcome> {
    let mut clock = Clock::new(&options.progress);
    let (mut sources, incremental) = match memo.as_deref_mut() {
        Some(memo) => {
            let sources = crate::load::load_content_cached(root, &mut memo.reads)?;
            let sources_hashes = memo.reads.hashes().clone();
            let (pngs, search) = (memo.pngs.clone(), memo.search.clone());
            let previous = memo.jobs.clone();
            (sources, Some(crate::render::Incremental { previous, sources: sources_hashes, pngs, search }))
        }
        None => (crate::load::load_content(root)?, None),
    };
    let mut diagnostics = std::mem::take(&mut sources.diagnostics);
    if !root.join("content").is_dir() {
        // Said once by `load`; everything else would follow from it.
        return Ok(Outcome { site: None, rendered: None, diagnostics, languages: 0, timings: clock.laps });
    }
    if sources.site.is_none() && sources.site_unread {
        // Said once by `load` (the file is site.yml or such).
        return Ok(Outcome { site: None, rendered: None, diagnostics, languages: 0, timings: clock.laps });
    }
    clock.lap(Stage::Load);
    let config = crate::config::resolve(sources.site.as_ref(), &mut diagnostics);
    let Some(mut config) = config else {
        return Ok(Outcome { site: None, rendered: None, diagnostics, languages: 0, timings: clock.laps });
    };
    if let Some(url) = &options.base_url {
        config.base_url = Some(if url.ends_with('/') { url.clone() } else { format!("{url}/") });
    }
    let (overrides, theme_diagnostics) = crate::load::load_theme_overrides(root, &config.theme)?;
    diagnostics.extend(theme_diagnostics);
    if config.theme != "default" && overrides.is_empty() {
        let message = Message::NoThemeFolder { theme: config.theme.clone() };
        // At the `theme:` line of site.yaml.
        let text = sources.site.as_ref().map_or("", |f| &*f.text);
        let line = text.lines().position(|l| l.starts_with("theme:") || l.starts_with("theme :")).map_or(1, |i| i + 1);
        diagnostics.push(Diagnostic::new("content/site.yaml", line, 1, message).field("theme"));
    }
    let languages = config.languages.len();
    let (docs, lists) = match memo {
        Some(m) => (Some(crate::validate::DocMemo::new(&mut m.docs)), Some(&mut m.lists)),
        None => (None, None),
    };
    let site = crate::validate::resolve_cached(
        sources,
        config,
        ResolveOptions {
            drafts: options.drafts,
            as_of: options.as_of.clone(),
            source_date_epoch: options.source_date_epoch.clone(),
        },
        &mut diagnostics,
        docs,
    );
    let Some(site) = site else {
        return Ok(Outcome { site: None, rendered: None, diagnostics, languages, timings: clock.laps });
    };
    let theme = Theme::new(overrides);
    let summary = match lists {
        Some(kept) => crate::summary::summarize_cached(&site, kept),
        None => crate::summary::summarize(&site),
    };
    clock.lap(Stage::Validate);
    let images = crate::images::process(root, &site, &options.progress, &mut diagnostics)?;
    clock.lap(Stage::Images);
    let theme_name = site.config.theme.clone();
    // Every chart is drawn, so the store can let go of those no one drew.
    let whole_render = incremental.as_ref().is_none_or(|inc| inc.previous.is_empty());
    let charts = std::sync::Arc::new(crate::render::ChartStore::open(root));
    let render_options = RenderOptions {
        offline: options.offline,
        progress: options.progress.clone(),
        incremental,
        images: std::sync::Arc::new(images),
        charts: Some(charts.clone()),
        paths_only: options.paths_only,
        ..Default::default()
    };
    let watch = render_options.watch.clone();
    // Rendered on a thread of its own, watched from here: a template that
    // runs away without writing (loops within loops) cannot be stopped,
    // but the build can stop waiting for it, and say where it is.
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("render".into())
        .spawn(move || {
            let rendered = crate::render::render(&site, &summary, &theme, &render_options, &*sink);
            // Let go of the sink before saying so: the build then owns it alone.
            drop(sink);
            let _ = done.send((site, rendered));
        })
        .context("starting the render")?;
    let (site, mut rendered) = loop {
        match finished.recv_timeout(std::time::Duration::from_millis(50)) {
            Ok(result) => break result,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if let Some(template) = watch.overdue(*PAGE_TIME_LIMIT) {
                    let message =
                        Message::PageTooSlow { template: template.clone(), seconds: PAGE_TIME_LIMIT.as_secs() };
                    let at = format!("themes/{theme_name}/templates/{template}");
                    diagnostics.push(Diagnostic::new(at, 0, 0, message));
                    // The render thread is left to the end of the process.
                    return Ok(Outcome { site: None, rendered: None, diagnostics, languages, timings: clock.laps });
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => bail!("the render stopped without a result"),
        }
    };
    // A chart that cannot be drawn is a bug in baocao, not in the content:
    // an internal error (exit code 3), not a diagnostic.
    if let Some(first) = rendered.internal.first() {
        let more = match rendered.internal.len() - 1 {
            0 => String::new(),
            n => format!(" (and {n} more)"),
        };
        bail!("{first}{more}; this is a bug in baocao, please report it with the file");
    }
    diagnostics.append(&mut rendered.diagnostics);
    // A page rendered in each language can find the same problem twice.
    diagnostics.sort();
    diagnostics.dedup();
    // A check draws no PNG: it cannot tell which the site still uses.
    let sweep = whole_render && !options.paths_only && !diagnostics.iter().any(Diagnostic::is_error);
    *options.progress.charts.lock().expect("the progress is never poisoned") = charts.finish(sweep);
    clock.lap(Stage::Render);
    Ok(Outcome { site: Some(site), rendered: Some(rendered), diagnostics, languages, timings: clock.laps })
}

/// Times the stages of a run and tells its progress which one is next.
struct Clock<'p> {
    progress: &'p Progress,
    since: std::time::Instant,
    laps: Vec<(Stage, std::time::Duration)>,
}

impl<'p> Clock<'p> {
    fn new(progress: &'p Progress) -> Clock<'p> {
        progress.set(Stage::Load);
        Clock { progress, since: std::time::Instant::now(), laps: Vec::new() }
    }

    /// `stage` is over; the next one starts.
    fn lap(&mut self, stage: Stage) {
        let now = std::time::Instant::now();
        self.laps.push((stage, now - self.since));
        self.since = now;
        let next = match stage {
            Stage::Load => Stage::Validate,
            Stage::Validate => Stage::Images,
            Stage::Images => Stage::Render,
            _ => Stage::Write,
        };
        self.progress.set(next);
    }
}
