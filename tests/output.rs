//! The output folder: what a build refuses to replace (files, sockets,
//! pipes, dangling links), what it follows (a link to a folder), two builds
//! at once, and a disk that fills up. Nothing is ever half written.

mod common;

use common::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// A small valid site, with `articles` articles.
fn site(root: &Path, articles: usize, title: &str) {
    let files = [
        ("content/site.yaml", format!("title: {{ vi: {title}, en: {title} }}\nlanguages: [vi, en]\n")),
        (
            "content/programs/p.yaml",
            "title: Chương trình\nsummary: Tóm tắt\nowner: Sở\nperiod: { start: 2018, end: 2020 }\nindicators:\n  - id: models\n    title: Mô hình\n    unit: mô hình\n    target: 10\n"
                .to_string(),
        ),
    ];
    for (path, text) in files {
        put(root, path, text.as_bytes());
    }
    for i in 0..articles {
        let body = "Đoạn văn về khuyến công, chè và thảo quả. ".repeat(30);
        put(
            root,
            &format!("content/articles/bai-{i:04}.vi.md"),
            format!("---\ntitle: Bài {i}\ndate: 2019-01-02\ntags: [Chè]\n---\n{body}\n").as_bytes(),
        );
    }
}

fn put(root: &Path, path: &str, bytes: &[u8]) {
    let file = root.join(path);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, bytes).unwrap();
}

/// What a build left in `dir` besides the output and the build cache.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("baocao") && n != ".baocao-cache")
        .collect()
}

#[test]
fn what_is_not_a_folder_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    site(&root, 1, "Thử");
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "keep me").unwrap();
    let socket_path = dir.path().join("sock");
    let _socket = std::os::unix::net::UnixListener::bind(&socket_path).unwrap();
    let fifo = dir.path().join("fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for target in [&file, &socket_path, &fifo] {
        let run = baocao(&["build", "--root", root.to_str().unwrap(), "--output", target.to_str().unwrap()]);
        assert_eq!(run.code, 2, "{}: {}", target.display(), run.stderr);
        assert!(run.stderr.contains("it is a file, not a folder"), "{}", run.stderr);
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
    assert!(std::fs::symlink_metadata(&socket_path).unwrap().file_type().is_socket_like());
    assert!(leftovers(dir.path()).is_empty(), "{:?}", leftovers(dir.path()));
}

trait SocketLike {
    fn is_socket_like(&self) -> bool;
}

impl SocketLike for std::fs::FileType {
    fn is_socket_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_socket()
    }
}

#[test]
fn a_link_to_a_folder_is_followed_and_a_dangling_link_refused() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    site(&root, 1, "Thử");
    let web = dir.path().join("www");
    std::fs::create_dir(&web).unwrap();
    std::os::unix::fs::symlink(&web, root.join("output")).unwrap();
    // A link that leads out of the site is followed only when asked for.
    let run = baocao(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("refusing to build outside the site folder"), "{}", run.stderr);
    assert!(std::fs::read_dir(&web).unwrap().next().is_none(), "nothing written before --output");
    let output = root.join("output");
    let explicit = ["build", "--root", root.to_str().unwrap(), "--output", output.to_str().unwrap()];
    let run = baocao(&explicit);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::symlink_metadata(root.join("output")).unwrap().file_type().is_symlink(), "the link stays");
    assert!(web.join("index.html").is_file(), "the site is built where the link points");
    // A second build replaces it there again.
    assert_eq!(baocao(&explicit).code, 0);
    assert!(web.join("index.html").is_file());
    assert!(leftovers(dir.path()).is_empty() && leftovers(&root).is_empty());

    std::fs::remove_file(root.join("output")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), root.join("output")).unwrap();
    let run = baocao(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("is a symbolic link to something that does not exist"), "{}", run.stderr);
    assert!(!dir.path().join("nowhere").exists());
}

/// Two builds into one output, started at several staggers: each finishes
/// (the second waits for the first), and the output is always one whole
/// site, the same as a build on its own.
#[test]
fn two_builds_at_once_never_mix() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    site(&root, 600, "Thử");
    let out = root.join("output");
    build(&root, &out, &[]);
    let whole = tree(&out);
    let mut waited = 0;
    for stagger_ms in [0u64, 10, 40, 120] {
        let start = || {
            command()
                .args(["build", "--root", root.to_str().unwrap()])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let first = start();
        std::thread::sleep(Duration::from_millis(stagger_ms));
        let second = start();
        // Each child's output is read on its own thread: a build waiting
        // on a full pipe while holding the lock would stall the other.
        let waiting: Vec<_> =
            [first, second].map(|child| std::thread::spawn(move || child.wait_with_output().unwrap())).into();
        for handle in waiting {
            let run = Run::from(handle.join().unwrap());
            assert_eq!(run.code, 0, "stagger {stagger_ms} ms: {}", run.stderr);
            waited += usize::from(run.stderr.contains("Another build is writing"));
        }
        let now = tree(&out);
        assert_eq!(now.len(), whole.len(), "stagger {stagger_ms} ms: {} files, not {}", now.len(), whole.len());
        assert!(now == whole, "stagger {stagger_ms} ms: the output differs from a build on its own");
        assert!(leftovers(&root).is_empty(), "{:?}", leftovers(&root));
    }
    assert!(waited > 0, "no build ever had to wait for another: the test proved nothing");
}

/// A build that fills the disk fails with exit 3, says how much space the
/// site needs, removes its staging folder and leaves the previous site.
/// The disk is a 600 KB tmpfs in a mount namespace of the test's own.
#[test]
fn a_full_disk_leaves_the_previous_site_and_no_staging_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    site(&root, 2, "Thử");
    let bin = env!("CARGO_BIN_EXE_baocao");
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    // Too big for what is left once the first site is on the disk.
    let noise: Vec<u8> = (0..700_000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    let big = root.join("big.bin");
    std::fs::write(&big, noise).unwrap();
    let script = format!(
        r#"set -u
mount -t tmpfs -o size=600k tmpfs '{disk}' || exit 90
'{bin}' build --root '{root}' --output '{disk}/out' >/dev/null 2>&1 || exit 91
sha1=$(cd '{disk}/out' && find . -type f | sort | xargs sha1sum | sha1sum)
mkdir -p '{root}/content/static' && cp '{big}' '{root}/content/static/big.bin'
'{bin}' build --root '{root}' --output '{disk}/out' 2>'{dir}/stderr'
echo "code=$?"
sha2=$(cd '{disk}/out' && find . -type f | sort | xargs sha1sum | sha1sum)
[ "$sha1" = "$sha2" ] && echo same
ls -a '{disk}'
"#,
        disk = disk.display(),
        bin = bin,
        root = root.display(),
        big = big.display(),
        dir = dir.path().display(),
    );
    let out = Command::new("unshare")
        .env("BAOCAO_LANG", "en")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", &script])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the test's own tmpfs could not be made: {out:?}");
    let stderr = std::fs::read_to_string(dir.path().join("stderr")).unwrap();
    assert!(stdout.contains("code=3"), "{stdout}\n{stderr}");
    assert!(stdout.contains("same"), "the previous site changed: {stdout}");
    assert!(!stdout.contains("baocao-new"), "the staging folder was left: {stdout}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert!(stderr.contains("the site needs about 1 MB"), "{stderr}");
}

/// The chart counts `--verbose` prints.
fn chart_work(run: &Run) -> (usize, usize, usize) {
    let line = run.stderr.lines().find(|l| l.starts_with("Chart PNGs:")).unwrap_or_else(|| panic!("{}", run.stderr));
    let numbers: Vec<usize> = line.split(' ').filter_map(|w| w.parse().ok()).collect();
    assert_eq!(numbers.len(), 3, "{line}");
    (numbers[0], numbers[1], numbers[2])
}

#[test]
fn chart_pngs_are_drawn_once_and_every_build_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_tree(&repo().join("content"), &root.join("content"));
    let out = |n: usize| dir.path().join(format!("out{n}"));
    // A build with `--verbose`, `BAOCAO_CACHE` set to `cache` if given.
    let build_with = |n: usize, cache: Option<&std::ffi::OsStr>| {
        let mut command = command();
        match cache {
            Some(cache) => command.env("BAOCAO_CACHE", cache),
            None => command.env_remove("BAOCAO_CACHE"),
        };
        let output = out(n);
        let args = ["build", "--verbose", "--root", root.to_str().unwrap(), "--output", output.to_str().unwrap()];
        let run = Run::from(command.args(args).output().unwrap());
        assert_eq!(run.code, 0, "{}", run.stderr);
        chart_work(&run)
    };
    let build_verbose = |n: usize| build_with(n, None);
    let (drawn, cached, removed) = build_verbose(1);
    let pngs = tree(&out(1)).keys().filter(|p| p.starts_with("charts/") && p.ends_with(".png")).count();
    assert!(drawn > 0 && drawn <= pngs && (cached, removed) == (0, 0), "{drawn} {cached} {removed} of {pngs}");
    let store = root.join(".baocao-cache/charts");
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), drawn);
    // The next build draws nothing.
    assert_eq!(build_verbose(2), (0, drawn, 0));
    // Without the cache, or with a damaged entry, the same bytes.
    let entry = std::fs::read_dir(&store).unwrap().next().unwrap().unwrap().path();
    std::fs::write(&entry, b"\x89PNG\r\n\x1a\nnot a whole png").unwrap();
    assert_eq!(build_verbose(3), (1, drawn - 1, 0));
    std::fs::remove_dir_all(root.join(".baocao-cache")).unwrap();
    assert_eq!(build_verbose(4), (drawn, 0, 0));
    let first = tree(&out(1));
    for n in 2..=4 {
        assert!(first == tree(&out(n)), "build {n} differs from the first");
    }
    // A figure changed: only the charts that show it are drawn again, and
    // the entries they replace are removed.
    let program = root.join("content/programs/khuyen-cong-ha-giang-2020.yaml");
    let yaml = std::fs::read_to_string(&program).unwrap();
    std::fs::write(&program, yaml.replacen("{ year: 2019, value: 6 }", "{ year: 2019, value: 7 }", 1)).unwrap();
    let (again, cached, removed) = build_verbose(5);
    assert!(again > 0 && again < drawn && cached == drawn - again && removed == again, "{again} {cached} {removed}");
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), drawn);
    // `BAOCAO_CACHE` puts the cache elsewhere, or (`off`) nowhere.
    let elsewhere = dir.path().join("cache");
    assert_eq!(build_with(6, Some(elsewhere.as_os_str())), (drawn, 0, 0));
    assert_eq!(std::fs::read_dir(elsewhere.join("charts")).unwrap().count(), drawn);
    std::fs::remove_dir_all(root.join(".baocao-cache")).unwrap();
    assert_eq!(build_with(7, Some("off".as_ref())), (drawn, 0, 0));
    assert!(!root.join(".baocao-cache").exists());
    assert!(tree(&out(5)) == tree(&out(7)));
}
