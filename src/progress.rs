//! How far a run has come: the stage, and pages rendered of how many.
//! The pipeline and the renderer move it forward; the command line shows
//! it (`show`), on a terminal only, and only when a run lasts long enough
//! for a reader to wonder.

use crate::messages::{MessageLang, Say};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The stages of a run, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Load,
    Validate,
    Images,
    Render,
    Write,
    Done,
}

impl Stage {
    const ALL: [Stage; 6] = [Stage::Load, Stage::Validate, Stage::Images, Stage::Render, Stage::Write, Stage::Done];
}

/// Shared between the run and whoever shows it.
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    /// Pages and files rendered, of `total`.
    pub done: AtomicUsize,
    pub total: AtomicUsize,
    /// What the images stage did (`--verbose` says it).
    pub images: std::sync::Mutex<crate::images::Work>,
    /// What the render did with chart PNGs (`--verbose` says it).
    pub charts: std::sync::Mutex<crate::render::ChartWork>,
}

impl Progress {
    pub fn set(&self, stage: Stage) {
        self.stage.store(stage as u8, Ordering::Relaxed);
    }

    pub fn stage(&self) -> Stage {
        Stage::ALL[usize::from(self.stage.load(Ordering::Relaxed)).min(Stage::ALL.len() - 1)]
    }
}

/// A run's progress and the line showing it, if any: [`Shown::finish`]
/// clears the line before anything else is printed.
pub struct Shown {
    pub progress: Arc<Progress>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Shown {
    /// Starts a run's progress, shown (after [`delay`]) unless `quiet`.
    pub fn start(lang: MessageLang, quiet: bool) -> Shown {
        let progress = Arc::new(Progress::default());
        let thread = if quiet { None } else { show(progress.clone(), lang, delay()) };
        Shown { progress, thread }
    }

    /// The run is done: the line is cleared and its thread joined.
    pub fn finish(&mut self) {
        self.progress.set(Stage::Done);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// How long a run goes before its progress is shown: about a second
/// (`BAOCAO_PROGRESS_AFTER_MS` sets another delay, for tests).
fn delay() -> Duration {
    let ms = std::env::var("BAOCAO_PROGRESS_AFTER_MS").ok().and_then(|s| s.parse().ok()).unwrap_or(1000);
    Duration::from_millis(ms)
}

/// A run's progress shown on stderr (a bar with the stage in words and the
/// pages rendered) once it has lasted `after`, if stderr is a terminal;
/// cleared when the run is done. Joins when the stage is `Done`.
fn show(progress: Arc<Progress>, lang: MessageLang, after: Duration) -> Option<std::thread::JoinHandle<()>> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let started = Instant::now();
    let thread = std::thread::Builder::new().name("progress".into()).spawn(move || {
        let mut bar: Option<(indicatif::ProgressBar, Stage)> = None;
        let mut first = true;
        while progress.stage() != Stage::Done {
            if !first {
                std::thread::sleep(Duration::from_millis(100));
            }
            first = false;
            if started.elapsed() < after {
                continue;
            }
            let stage = progress.stage();
            let (bar, shown) = bar.get_or_insert_with(|| {
                (
                    indicatif::ProgressBar::with_draw_target(Some(0), indicatif::ProgressDrawTarget::stderr()),
                    Stage::Done,
                )
            });
            if *shown != stage {
                // Pages are counted; the other stages are only named.
                let template = if stage == Stage::Render { "{msg} [{bar:30}] {pos}/{len}" } else { "{msg}…" };
                if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                    bar.set_style(style.progress_chars("=> "));
                }
                let words = Say::Stage { stage }.text(lang);
                let mut chars = words.chars();
                bar.set_message(chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect()));
                *shown = stage;
            }
            bar.set_length(progress.total.load(Ordering::Relaxed) as u64);
            bar.set_position(progress.done.load(Ordering::Relaxed) as u64);
        }
        if let Some((bar, _)) = bar {
            bar.finish_and_clear();
        }
    });
    thread.ok()
}
