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

/// Names in `dir` that baocao could have left behind.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("baocao"))
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
