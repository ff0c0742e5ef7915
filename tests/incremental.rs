//! The incremental engine (`serve`'s) against full builds: random sequences
//! of edits, additions, renames and deletions of every kind of source file,
//! each followed by an incremental rebuild whose site must equal, byte for
//! byte, a full build of the same files. An edit that breaks the site must
//! leave the last good site served, and the fix must bring the engine back
//! in line.

mod common;

use baocao::engine::Engine;
use baocao::pipeline::{self, Options};
use baocao::render::Collect;
use common::{copy_tree, repo};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A small deterministic generator (xorshift), so that a failure names its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn options() -> Options {
    Options { as_of: baocao::date::Date::parse("2020-12-31"), ..Default::default() }
}

fn printed(diagnostics: &[baocao::diagnostic::Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(|d| d.render(baocao::messages::MessageLang::En)).collect()
}

/// A full build, in memory: its diagnostics as printed, and path → bytes
/// when it has no errors. Each time, `check` must find what it finds.
fn full_build(root: &Path) -> (Vec<String>, Option<BTreeMap<String, Vec<u8>>>) {
    let sink = Arc::new(Collect::default());
    let outcome = pipeline::run_into(root, &options(), sink.clone()).unwrap();
    let said = printed(&outcome.diagnostics);
    checks_as_it_builds(root, &outcome);
    if outcome.has_errors() || outcome.rendered.is_none() {
        return (said, None);
    }
    drop(outcome);
    let outputs = Arc::into_inner(sink).unwrap().into_sorted();
    (said, Some(outputs.into_iter().map(|o| (o.path.clone(), o.bytes().unwrap().into_owned())).collect()))
}

/// `check` lays the site out without making its pages (`paths_only`):
/// it must say what the build `built` said, and lay out the same paths,
/// but for the search index's files, which it does not make (they are
/// named by what they hold: `tim-kiem/search-<hash>.js`).
fn checks_as_it_builds(root: &Path, built: &pipeline::Outcome) {
    let checked = pipeline::run(root, &Options { paths_only: true, ..options() }).unwrap();
    assert_eq!(printed(&checked.diagnostics), printed(&built.diagnostics), "check says what build says");
    let index = |p: &str| p.rsplit('/').next().is_some_and(|f| f.starts_with("search-") && f.ends_with(".js"));
    let paths = |o: &pipeline::Outcome| -> Option<Vec<String>> {
        Some(o.rendered.as_ref()?.files.iter().map(|(p, _)| p.to_string()).filter(|p| !index(p)).collect())
    };
    assert_eq!(paths(&checked), paths(built), "check lays out the paths build makes");
    let pages = |o: &pipeline::Outcome| o.rendered.as_ref().map(|r| (r.pages, r.charts));
    assert_eq!(pages(&checked), pages(built), "check counts the pages and charts build makes");
    if let Some(built) = &built.rendered {
        assert!(built.files.iter().any(|(p, _)| index(p)), "the build makes a search index");
    }
}

/// The example and every fixture site, then the example with links to
/// outputs of every kind (a chart, its PNG, a feed, the sitemap, the 404
/// page) and to one that is not there: `check` finds what `build` finds.
#[test]
fn check_finds_what_build_finds() {
    let mut sites = vec![repo()];
    for entry in std::fs::read_dir(repo().join("tests/fixtures")).unwrap() {
        let site = entry.unwrap().path().join("site");
        if site.join("content").is_dir() {
            sites.push(site);
        }
    }
    assert!(sites.len() >= 4, "{sites:?}");
    for site in &sites {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&site.join("content"), &dir.path().join("content"));
        if site.join("themes").is_dir() {
            copy_tree(&site.join("themes"), &dir.path().join("themes"));
        }
        let (said, built) = full_build(dir.path());
        assert!(built.is_some(), "{site:?}: {said:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("content"), &dir.path().join("content"));
    let (_, built) = full_build(dir.path());
    let built = built.unwrap();
    let first = |ending: &str| built.keys().find(|p| p.ends_with(ending)).cloned().unwrap();
    let links: Vec<String> = [first(".svg"), first(".png"), first("atom.xml"), "sitemap.xml".into(), "404.html".into()]
        .into_iter()
        .chain(["charts/khong-co.svg".to_string()])
        .map(|p| format!("- [{p}](/{p})\n"))
        .collect();
    let article = "---\ntitle: Liên kết\ndate: 2020-01-01\ntranslations: none\n---\n".to_string() + &links.concat();
    write(&dir.path().join("content/articles/lien-ket.vi.md"), &article);
    let (said, built) = full_build(dir.path());
    assert!(built.is_none(), "the link to a chart that is not there is an error");
    // Interface strings of the site's own, one section replaced by a
    // string: the built-in templates fail on it, in `check` too.
    let strings = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("content"), &strings.path().join("content"));
    write(&strings.path().join("themes/default/i18n/vi.yaml"), "not_found: Không tìm thấy\n");
    let (broken, built) = full_build(strings.path());
    assert!(built.is_none(), "{broken:?}");
    assert!(broken.iter().any(|s| s.contains("themes/default/templates")), "{broken:?}");
    let nowhere: Vec<&String> = said.iter().filter(|s| s.contains("leads to no page")).collect();
    assert_eq!(nowhere.len(), 1, "{said:?}");
    assert!(nowhere[0].contains("khong-co.svg"), "{said:?}");
}

/// The example site in a temporary folder, and an engine that built it.
fn example_engine() -> (tempfile::TempDir, Engine) {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("content"), &dir.path().join("content"));
    let mut engine = Engine::new(dir.path(), options());
    assert!(engine.rebuild(&[]).unwrap().ok);
    (dir, engine)
}

/// A programme file without its figures for 2020.
fn without_2020_figures(text: &str) -> String {
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains("{ year: 2020, value:")).collect();
    kept.join("\n") + "\n"
}

fn served(engine: &Engine) -> BTreeMap<String, Vec<u8>> {
    engine.files().iter().map(|(p, o)| (p.to_string(), o.bytes().unwrap().into_owned())).collect()
}

fn files_in(dir: &Path, ending: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.map(|e| e.unwrap().path()).filter(|p| p.to_string_lossy().ends_with(ending)).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Writes a file so that its size or time always changes, as an editor would.
fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Replaces the first line starting with `key:` in the front matter.
fn set_front(text: &str, key: &str, value: &str) -> String {
    let mut done = false;
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            if !done && l.starts_with(&format!("{key}:")) {
                done = true;
                format!("{key}: {value}")
            } else {
                l.to_string()
            }
        })
        .collect();
    let mut out = lines.join("\n") + "\n";
    if !done {
        out = out.replacen("---\n", &format!("---\n{key}: {value}\n"), 1);
    }
    out
}

/// One random change to the site; returns what it did and the paths it touched.
fn change(root: &Path, rng: &mut Rng, step: usize) -> (String, Vec<PathBuf>) {
    let content = root.join("content");
    let articles = files_in(&content.join("articles"), ".md");
    let pages = files_in(&content.join("pages"), ".md");
    let programs = files_in(&content.join("programs"), ".yaml");
    let article = rng.pick(&articles).clone();
    let name = article.file_name().unwrap().to_string_lossy().into_owned();
    match rng.below(15) {
        0 | 1 => {
            let text = read(&article) + &format!("\nMột đoạn mới, bước {step}.\n");
            write(&article, &text);
            (format!("body of {name}"), vec![article])
        }
        2 => {
            let text = set_front(&read(&article), "title", &format!("\"Tiêu đề mới {step}\""));
            write(&article, &text);
            (format!("title of {name}"), vec![article])
        }
        3 => {
            let day = 1 + rng.below(28);
            let text = set_front(&read(&article), "date", &format!("2019-0{}-{day:02}", 1 + rng.below(9)));
            write(&article, &text);
            (format!("date of {name}"), vec![article])
        }
        4 => {
            // Some the vocabulary lacks: warned about where first seen.
            let tags = rng.pick(&[
                "[Chè]",
                "[Khuyến công, Đào tạo nghề]",
                "[Tea]",
                "[Hội chợ, Chè, Chủ đề lạ]",
                "[Chủ đề lạ]",
            ]);
            let text = set_front(&read(&article), "tags", tags);
            write(&article, &text);
            (format!("tags of {name} to {tags}"), vec![article])
        }
        5 => {
            let text = set_front(&read(&article), "summary", &format!("\"Tóm tắt mới {step}\""));
            write(&article, &text);
            (format!("summary of {name}"), vec![article])
        }
        6 => {
            let lang = if name.ends_with(".en.md") { "en" } else { "vi" };
            let new = content.join("articles").join(format!("bai-moi-{step}.{lang}.md"));
            let text = set_front(&read(&article), "title", &format!("\"Bài mới {step}\""));
            write(&new, &text);
            (format!("new article bai-moi-{step} from {name}"), vec![new])
        }
        7 => {
            let lang = if name.ends_with(".en.md") { "en" } else { "vi" };
            let new = content.join("articles").join(format!("doi-ten-{step}.{lang}.md"));
            std::fs::rename(&article, &new).unwrap();
            (format!("rename {name}"), vec![article, new])
        }
        8 if articles.len() > 4 => {
            std::fs::remove_file(&article).unwrap();
            (format!("delete {name}"), vec![article])
        }
        9 => {
            let program = rng.pick(&programs).clone();
            let text = read(&program);
            // A progress value, changed: the first `value:` line.
            let changed = text.replacen("value: ", &format!("value: {}", 1 + rng.below(3)), 1);
            write(&program, &changed);
            (format!("a figure of {}", program.display()), vec![program])
        }
        14 => {
            // The last year's figures taken back: the programme's page was
            // last changed earlier (its date in the sitemap).
            let program = rng.pick(&programs).clone();
            write(&program, &without_2020_figures(&read(&program)));
            (format!("the 2020 figures of {}", program.display()), vec![program])
        }
        10 => {
            let page = rng.pick(&pages).clone();
            let text = read(&page);
            let changed = if rng.below(2) == 0 {
                set_front(&text, "menu", &rng.below(9).to_string())
            } else {
                set_front(&text, "title", &format!("\"Trang {step}\""))
            };
            write(&page, &changed);
            (format!("menu or title of {}", page.display()), vec![page])
        }
        11 => {
            let site = content.join("site.yaml");
            let text = read(&site);
            let changed = match rng.below(2) {
                0 => set_front(&format!("---\n{text}"), "per_page", &(2 + rng.below(4)).to_string())
                    .trim_start_matches("---\n")
                    .to_string(),
                _ => text + &format!("# comment {step}\n"),
            };
            write(&site, &changed);
            ("site.yaml".into(), vec![site])
        }
        12 => {
            let css = root.join("themes/default/static/extra.css");
            let over = root.join("themes/default/i18n/en.yaml");
            if rng.below(2) == 0 {
                write(&css, &format!("body {{ margin: {step}px }}\n"));
                ("theme static file".into(), vec![css])
            } else {
                write(&over, &format!("footer:\n  built_with: \"Made with baocao, step {step}.\"\n"));
                ("theme interface strings".into(), vec![over])
            }
        }
        _ => {
            let file = content.join("static").join(format!("tep-{}.txt", rng.below(3)));
            if file.exists() && rng.below(2) == 0 {
                std::fs::remove_file(&file).unwrap();
                (format!("delete static {}", file.display()), vec![file])
            } else {
                write(&file, &format!("tệp {step}\n"));
                (format!("static {}", file.display()), vec![file])
            }
        }
    }
}

/// The engine's site against a full build's, after `said` was said.
fn compare(engine: &Engine, root: &Path, said: Option<&[String]>, what: &str) {
    let (full_said, full) = full_build(root);
    if let Some(said) = said {
        assert_eq!(said, full_said, "{what}: the same diagnostics as a full build");
    }
    let Some(full) = full else {
        assert!(said.is_some(), "{what}: a good site builds");
        return;
    };
    let got = served(engine);
    let missing: Vec<&String> = full.keys().filter(|k| !got.contains_key(*k)).collect();
    let extra: Vec<&String> = got.keys().filter(|k| !full.contains_key(*k)).collect();
    let differ: Vec<&String> =
        full.iter().filter(|(k, v)| got.get(*k).is_some_and(|g| g != *v)).map(|(k, _)| k).collect();
    assert!(
        missing.is_empty() && extra.is_empty() && differ.is_empty(),
        "after {what}: missing {missing:?}, extra {extra:?}, different {differ:?}"
    );
}

#[test]
fn random_changes_rebuild_to_what_a_full_build_makes() {
    let (mut partial, mut compared) = (0, 0);
    for seed in [0x9e3779b97f4a7c15u64, 0xdeadbeef] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        copy_tree(&repo().join("content"), &root.join("content"));
        let mut engine = Engine::new(root, options());
        let first = engine.rebuild(&[]).unwrap();
        assert!(first.ok, "{:?}", first.diagnostics);
        assert_eq!(first.rendered_jobs, first.jobs, "the first build renders every job");
        compare(&engine, root, Some(&printed(&first.diagnostics)), "the first build");
        let mut rng = Rng(seed);
        for step in 0..12 {
            let (what, touched) = change(root, &mut rng, step);
            let rebuild = engine.rebuild(&touched).unwrap();
            let what = format!("seed {seed:#x}, step {step}: {what}");
            if !rebuild.ok {
                // Some random changes break the site (a link to a deleted
                // article): the last good site is kept.
                assert!(rebuild.changed.is_empty(), "{what}");
                let (full_said, full) = full_build(root);
                assert_eq!(printed(&rebuild.diagnostics), full_said, "{what}: the same diagnostics");
                assert!(full.is_none(), "{what}: a full build fails too");
                continue;
            }
            compare(&engine, root, Some(&printed(&rebuild.diagnostics)), &what);
            compared += 1;
            partial += usize::from(rebuild.rendered_jobs < rebuild.jobs);
        }
    }
    // Else the test would prove little: most changes must have built, and
    // many of them without rendering every page.
    assert!(compared >= 14 && partial >= 6, "{compared} rebuilds compared, {partial} of them partial");
}

/// Figures taken back or changed in place: the sitemap's date of the
/// programme page follows its latest figure (and only then is the sitemap
/// made again).
#[test]
fn a_programme_edit_rebuilds_what_shows_its_figures() {
    let (dir, mut engine) = example_engine();
    let root = dir.path();
    let program = root.join("content/programs/khuyen-cong-ha-giang-2020.yaml");
    let text = read(&program);
    let sitemap = |engine: &Engine| String::from_utf8(served(engine)["sitemap.xml"].clone()).unwrap();
    let before = sitemap(&engine);
    // A figure changed in place: the same dates.
    write(&program, &text.replacen("{ year: 2019, value: 6 }", "{ year: 2019, value: 7 }", 1));
    let changed = engine.rebuild(std::slice::from_ref(&program)).unwrap();
    assert!(changed.ok, "{:?}", changed.diagnostics);
    assert!(!changed.changed.iter().any(|p| p == "sitemap.xml"), "{:?}", changed.changed);
    compare(&engine, root, Some(&printed(&changed.diagnostics)), "a figure changed");
    // The last year's figures taken back: the page was last changed a year earlier.
    write(&program, &without_2020_figures(&text));
    let taken_back = engine.rebuild(std::slice::from_ref(&program)).unwrap();
    assert!(taken_back.ok, "{:?}", taken_back.diagnostics);
    assert!(taken_back.changed.iter().any(|p| p == "sitemap.xml"), "{:?}", taken_back.changed);
    assert_ne!(sitemap(&engine), before);
    compare(&engine, root, Some(&printed(&taken_back.diagnostics)), "the 2020 figures taken back");
}

#[test]
fn a_broken_edit_keeps_the_last_good_site_then_the_fix_catches_up() {
    let (dir, mut engine) = example_engine();
    let root = dir.path();
    let before = served(&engine);
    let article = root.join("content/articles/ho-tro-hoi-cho-trien-lam.vi.md");
    let good = read(&article);
    write(&article, &set_front(&good, "date", "2019-13-45"));
    let broken = engine.rebuild(std::slice::from_ref(&article)).unwrap();
    assert!(!broken.ok && broken.diagnostics.iter().any(|d| d.is_error()));
    assert_eq!(served(&engine), before, "the last good site is still served");
    // Fixed with a body edit as well: the engine must render what changed
    // since the last good build, not since the broken one.
    write(&article, &(good + "\nThêm một câu.\n"));
    let fixed = engine.rebuild(std::slice::from_ref(&article)).unwrap();
    assert!(fixed.ok, "{:?}", fixed.diagnostics);
    assert!(fixed.rendered_jobs < fixed.jobs / 2, "{} of {} jobs", fixed.rendered_jobs, fixed.jobs);
    assert!(fixed.changed.iter().any(|p| p.contains("ho-tro-hoi-cho")), "{:?}", fixed.changed);
    compare(&engine, root, Some(&printed(&fixed.diagnostics)), "the fix");
    // Nothing changed: nothing is rendered.
    let idle = engine.rebuild(&[]).unwrap();
    assert_eq!((idle.rendered_jobs, idle.changed.len()), (0, 0), "{:?}", idle.changed);
}

/// A topic's page 2 in Vietnamese links its English page 2 while there is
/// one. An English article leaving the topic takes that page away, though
/// nothing on the Vietnamese page changed: the page must be made again.
#[test]
fn a_topic_page_follows_the_other_languages_page_count() {
    let (dir, mut engine) = example_engine();
    let root = dir.path();
    let page2 = "chu-de/khuyen-cong/page/2/index.html";
    let links_english = |engine: &Engine| {
        String::from_utf8(served(engine)[page2].clone()).unwrap().contains("en/tags/khuyen-cong/page/2/")
    };
    assert!(links_english(&engine), "the example's topic has a second page in both languages");
    let article = root.join("content/articles/bao-bi-thuong-hieu-san-pham-chu-luc.en.md");
    let text = read(&article);
    assert!(text.contains("tags: [Industrial promotion, "), "the example article is in the topic");
    write(&article, &text.replacen("tags: [Industrial promotion, ", "tags: [", 1));
    let rebuild = engine.rebuild(std::slice::from_ref(&article)).unwrap();
    assert!(rebuild.ok, "{:?}", rebuild.diagnostics);
    assert!(!served(&engine).contains_key("en/tags/khuyen-cong/page/2/index.html"), "one English page is left");
    assert!(!links_english(&engine), "{:?}", rebuild.changed);
    compare(&engine, root, Some(&printed(&rebuild.diagnostics)), "an English article out of the topic");
}
