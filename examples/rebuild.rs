//! Benchmark of the incremental engine (what `serve` runs): builds a site
//! into memory, then edits one article's body N times, rebuilding after
//! each, and prints the median time of a rebuild and of its stages.
//!
//! usage: cargo run --release --example rebuild -- SITE_ROOT [EDITS]

use baocao::engine::Engine;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: rebuild SITE_ROOT [EDITS]"));
    let edits: usize = args.next().map_or(9, |n| n.parse().expect("a number of edits"));
    let mut engine = Engine::new(&root, Default::default());
    let started = Instant::now();
    let first = engine.rebuild(&[])?;
    anyhow::ensure!(first.ok, "the site has errors");
    println!("first build: {:.2} s, {} jobs", started.elapsed().as_secs_f64(), first.jobs);
    let mut articles: Vec<PathBuf> =
        std::fs::read_dir(root.join("content/articles"))?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    articles.sort();
    let mut times = Vec::new();
    let mut stages: Vec<Vec<(String, f64)>> = Vec::new();
    for i in 0..edits {
        let article = &articles[(i * 7919) % articles.len()];
        let mut text = std::fs::read_to_string(article)?;
        // A word never seen before, so the search index changes too.
        let unseen = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos();
        text.push_str(&format!("\nMột câu thêm vào lần {i}: x{unseen}.\n"));
        std::fs::write(article, text)?;
        let t = Instant::now();
        let rebuild = engine.rebuild(std::slice::from_ref(article))?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        anyhow::ensure!(rebuild.ok, "the edit broke the site");
        stages.push(rebuild.timings.iter().map(|(s, d)| (format!("{s:?}"), d.as_secs_f64() * 1000.0)).collect());
        println!(
            "edit {i}: {:.1} ms, {} of {} jobs rendered, {} files changed ({})",
            times[i],
            rebuild.rendered_jobs,
            rebuild.jobs,
            rebuild.changed.len(),
            rebuild.changed.join(" ")
        );
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!("median rebuild after one article edit: {:.1} ms", median(times));
    for (k, (name, _)) in stages[0].iter().enumerate() {
        println!("  median {name}: {:.1} ms", median(stages.iter().map(|s| s[k].1).collect()));
    }
    Ok(())
}
