//! Helpers shared by the integration tests: run the real binary, read an
//! output tree, check its links.

#![allow(dead_code)] // each test file uses a different subset

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (the example site).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What a run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// The binary, with its messages in English unless a test asks for
/// another language (`--lang vi` wins over `BAOCAO_LANG`), and without
/// the build cache, which would be written beside the site's `content/`
/// (the repository's, for the example and the fixtures: tests write to
/// temporary folders only). A test of the cache removes `BAOCAO_CACHE`.
pub fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_baocao"));
    command.env("BAOCAO_LANG", "en").env("BAOCAO_CACHE", "off");
    command
}

/// Runs `baocao` with `args`; a site in a temporary folder is built with
/// the build cache, as a user's is.
pub fn baocao(args: &[&str]) -> Run {
    let mut command = command();
    let root = args.iter().position(|a| *a == "--root").and_then(|i| args.get(i + 1));
    if root.is_some_and(|root| !Path::new(root).starts_with(repo())) {
        command.env_remove("BAOCAO_CACHE");
    }
    Run::from(command.args(args).output().expect("running baocao"))
}

/// Builds the site at `root` into `out`, with extra arguments; panics on failure.
pub fn build(root: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["build", "--root", root.to_str().unwrap(), "--output", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = baocao(&args);
    assert_eq!(run.code, 0, "build of {} failed:\n{}", root.display(), run.stderr);
    run
}

/// Copies the folder `from` to `to`, folders and files.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file below `dir`: relative `/`-separated path → bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            out.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    out
}

pub fn text(tree: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(tree.get(path).unwrap_or_else(|| panic!("no {path} in the output")).clone()).unwrap()
}

/// Values of `attr="…"` in an HTML or XML text.
pub fn attributes<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        let end = rest.find('"').expect("attribute closes");
        out.push(&rest[..end]);
        rest = &rest[end..];
    }
    out
}

/// Checks every `href` and `src` of every HTML page: internal links are
/// relative and reach a file of the tree; absolute links under `base_url`
/// reach one too. Returns the number of links checked.
pub fn check_links(tree: &BTreeMap<String, Vec<u8>>, base_url: Option<&str>) -> usize {
    let mut checked = 0;
    let mut broken = Vec::new();
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html") || p.ends_with(".xml")) {
        let html = String::from_utf8(bytes.clone()).unwrap();
        let folder = path.rsplit_once('/').map_or("", |(f, _)| f);
        for link in attributes(&html, "href").into_iter().chain(attributes(&html, "src")) {
            let link = link.replace("&amp;", "&");
            let target = if let Some(rest) = base_url.and_then(|b| link.strip_prefix(b)) {
                rest.to_string()
            } else if link.starts_with("https://")
                || link.starts_with("http://")
                || link.starts_with("mailto:")
                || link.starts_with('#')
            {
                continue;
            } else {
                assert!(!link.starts_with('/'), "{path}: the link {link} starts with /");
                if path.ends_with(".xml") {
                    continue; // feeds without base_url: relative to the feed, checked below for HTML only
                }
                join(folder, &link)
            };
            let target = target.split(['#', '?']).next().unwrap().to_string();
            let file = if target.is_empty() || target.ends_with('/') { format!("{target}index.html") } else { target };
            checked += 1;
            if !tree.contains_key(&file) {
                broken.push(format!("{path}: {link} → {file}"));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    checked
}

fn join(folder: &str, link: &str) -> String {
    let mut parts: Vec<&str> = if folder.is_empty() { Vec::new() } else { folder.split('/').collect() };
    let trailing = link.ends_with('/') || link.is_empty() || link == ".";
    for seg in link.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                assert!(parts.pop().is_some(), "{link} from {folder} climbs above the site");
            }
            s => parts.push(s),
        }
    }
    let mut joined = parts.join("/");
    if trailing && !joined.is_empty() {
        joined.push('/');
    }
    joined
}

/// Checks that every `.xml` file (feeds, sitemap) is well-formed XML.
pub fn check_xml(tree: &BTreeMap<String, Vec<u8>>) -> usize {
    let mut count = 0;
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".xml")) {
        let mut reader = quick_xml::Reader::from_reader(bytes.as_slice());
        let mut buf = Vec::new();
        let mut depth = 0i32;
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Start(_)) => depth += 1,
                Ok(quick_xml::events::Event::End(_)) => depth -= 1,
                Ok(quick_xml::events::Event::GeneralRef(r)) => {
                    let name: &str = &r;
                    let known = ["amp", "lt", "gt", "quot", "apos"].contains(&name) || name.starts_with('#');
                    assert!(known, "{path}: XML has no entity &{name};");
                }
                Ok(_) => {}
                Err(e) => panic!("{path} is not well-formed XML: {e}"),
            }
            buf.clear();
        }
        assert_eq!(depth, 0, "{path}: unbalanced elements");
        count += 1;
    }
    count
}

/// Writes `files` (path from `root`, text) into `root`.
pub fn write_files(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }
}

/// Runs `command` and fails if it takes longer than `limit`: a guard
/// against hangs, not a speed test. Output is read as it comes, so a
/// chatty child never stalls on a full pipe.
pub fn within(command: &mut Command, limit: std::time::Duration) -> Run {
    use std::io::Read;
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starting baocao");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("{command:?} did not finish within {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Run { code: status.code().unwrap_or(-1), stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() }
}
