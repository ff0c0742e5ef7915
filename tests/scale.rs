//! Hostile scale: Markdown and front matter that used to take quadratic
//! time (300,000 links on one line, 400,000 short links, 2.6 million
//! reference links, 150,000 footnotes, 10,000 tags) build under a hang
//! guard and a memory cap. A guard against hangs and blow-ups, not a speed
//! test: `bench/` measures the speed.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Generous for a debug build on a slow machine; a release build takes a
/// few seconds at most.
const LIMIT: Duration = Duration::from_secs(90);
/// The address space a build may use (KiB): 1.5 GiB, which keeps the
/// resident memory well under it.
const MEMORY_KIB: u64 = 1536 * 1024;

fn site_with(body: &str, front: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let article = format!("---\ntitle: Bài\ndate: 2019-01-02\n{front}---\n{body}");
    write_files(
        dir.path(),
        &[
            (
                "content/site.yaml",
                "title: { vi: Thử, en: Test }\nlanguages: [vi, en]\nbase_url: https://example.org/\n",
            ),
            ("content/articles/a.vi.md", &article),
        ],
    );
    dir
}

/// Builds under the limits; returns the run and the output folder.
fn build_within(root: &Path) -> (Run, std::path::PathBuf) {
    let script = format!("ulimit -v {MEMORY_KIB} && exec \"$0\" build --root \"$1\"");
    let run =
        within(Command::new("sh").args(["-c", &script, env!("CARGO_BIN_EXE_baocao"), root.to_str().unwrap()]), LIMIT);
    (run, root.join("output"))
}

fn article(out: &Path) -> String {
    std::fs::read_to_string(out.join("bai-viet/a/index.html")).unwrap()
}

#[test]
fn three_hundred_thousand_links_on_one_line() {
    let dir = site_with(&format!("{}\n", "[a](#x) ".repeat(300_000)), "");
    let (run, out) = build_within(dir.path());
    assert_eq!(run.code, 0);
    assert_eq!(article(&out).matches("<a href=\"#x\">a</a>").count(), 300_000);
}

#[test]
fn four_hundred_thousand_short_links() {
    let body: String = (0..400_000).map(|i| format!("[a{}](#b)\n", i % 10)).collect();
    let dir = site_with(&body, "");
    let (run, out) = build_within(dir.path());
    assert_eq!(run.code, 0);
    assert_eq!(article(&out).matches("<a href=\"#b\">").count(), 400_000);
}

#[test]
fn two_point_six_million_reference_links() {
    // 2.6 million `[a]` in a row: CommonMark reads each pair `[a][a]` as
    // one full reference link, so 1.3 million links.
    let dir = site_with(&format!("{}\n\n[a]: #x\n", "[a]".repeat(2_600_000)), "");
    let (run, out) = build_within(dir.path());
    assert_eq!(run.code, 0);
    assert_eq!(article(&out).matches("<a href=\"#x\">a</a>").count(), 1_300_000);
}

#[test]
fn a_hundred_and_fifty_thousand_footnotes() {
    let refs: String = (0..150_000).map(|i| format!("x[^{i}]")).collect();
    let defs: String = (0..150_000).map(|i| format!("[^{i}]: n\n")).collect();
    let dir = site_with(&format!("{refs}\n\n{defs}"), "");
    let (run, out) = build_within(dir.path());
    assert_eq!(run.code, 0);
    let page = article(&out);
    assert!(page.contains("<a href=\"#fn-149999\" id=\"fnref-149999\">150000</a>"), "footnotes numbered in order");
}

#[test]
fn ten_thousand_tags() {
    let tags: Vec<String> = (0..10_000).map(|i| format!("chủ đề {i}")).collect();
    let dir = site_with("Văn bản.\n", &format!("tags: [{}]\n", tags.join(", ")));
    let (run, out) = build_within(dir.path());
    assert_eq!(run.code, 0);
    assert!(out.join("chu-de/chu-de-9999/index.html").is_file());
    assert!(out.join("en/tags/chu-de-0/index.html").is_file());
}

/// A theme template that runs away (nested loops of 100,000, each under
/// tera's own limit of a range) is stopped with a located error, exit 1,
/// not a hang or an abort.
#[test]
fn a_runaway_template_is_stopped() {
    let dir = site_with("Văn bản.\n", "");
    let template = dir.path().join("themes/default/templates/tags.html");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    std::fs::write(
        &template,
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{{ frame.title }} {% endfor %}{% endfor %}",
    )
    .unwrap();
    let run = within(command().args(["check", "--lang", "en", "--root", dir.path().to_str().unwrap()]), LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Stopped by the size limit; on a machine so loaded that writing 64 MB
    // takes longer than the page time limit, by the time limit instead.
    let by_size =
        "themes/default/templates/tags.html: error[BC6005]: the template tags.html wrote a page of more than 64 MB";
    let by_time = "themes/default/templates/tags.html: error[BC6006]: the template tags.html";
    assert!(run.stderr.contains(by_size) || run.stderr.contains(by_time), "{}", run.stderr);
}

/// A template that loops without writing (10^10 rounds) cannot be
/// interrupted, but the build stops waiting for it after the page time
/// limit (here 2 s, set by `BAOCAO_PAGE_SECONDS`) and says where it is.
#[test]
fn a_template_that_loops_forever_is_reported() {
    let dir = site_with("Văn bản.\n", "");
    let template = dir.path().join("themes/default/templates/tags.html");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    std::fs::write(
        &template,
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% endfor %}{% endfor %}",
    )
    .unwrap();
    let run = within(
        command().env("BAOCAO_PAGE_SECONDS", "2").args([
            "build",
            "--lang",
            "en",
            "--root",
            dir.path().to_str().unwrap(),
        ]),
        LIMIT,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "themes/default/templates/tags.html: error[BC6006]: the template tags.html was still making a page after 2 s"
        ),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("output").exists(), "nothing was written");
}
