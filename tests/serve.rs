//! `baocao serve` through the real binary and real sockets: pages and their
//! types, hostile requests, a live edit seen through the event stream, an
//! error shown over the last good site and gone once fixed, and `output/`
//! never written. Every wait is bounded.

mod common;

use common::{command, repo};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// The server, stopped when dropped.
struct Serving {
    child: Child,
    port: u16,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &Path) -> Serving {
    start_with(root, Stdio::null())
}

/// [`start`], its messages in English, what it says on stderr going to `stderr`.
#[allow(clippy::zombie_processes, reason = "Serving waits for it on drop; a test that panics first ends the process")]
fn start_with(root: &Path, stderr: Stdio) -> Serving {
    let mut child = command()
        .env_remove("BAOCAO_CACHE")
        .args(["--lang", "en", "serve", "--root", root.to_str().unwrap(), "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let _ = tx.send(line.unwrap_or_default());
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let line = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).expect("serve said where it is");
        if let Some(at) = line.find("http://127.0.0.1:") {
            let port = line[at + 17..].trim_end_matches(|c: char| !c.is_ascii_digit()).split('/').next().unwrap();
            return Serving { child, port: port.parse().unwrap() };
        }
    }
}

/// A response: status, headers (lower-case names), body.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` as written (no client normalises the path) and reads the answer.
fn raw(port: u16, request: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).unwrap();
    let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").expect("a whole response");
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response { status, headers, body: bytes[split + 4..].to_vec() }
}

fn get(port: u16, path: &str) -> Response {
    raw(port, &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"))
}

fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(repo().join("content")) {
        let entry = entry.unwrap();
        let target = dir.path().join("content").join(entry.path().strip_prefix(repo().join("content")).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
    dir
}

/// The event stream, read on a thread of its own: each event's name and data.
fn events(port: u16) -> std::sync::mpsc::Receiver<(String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "GET /__baocao/events HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n").unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stream);
        let (mut name, mut data) = (String::new(), String::new());
        let mut line = String::new();
        while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
            let l = line.trim_end().to_string();
            line.clear();
            if let Some(n) = l.strip_prefix("event: ") {
                name = n.into();
            } else if let Some(d) = l.strip_prefix("data: ") {
                data = d.into();
            } else if l.is_empty()
                && !name.is_empty()
                && tx.send((std::mem::take(&mut name), std::mem::take(&mut data))).is_err()
            {
                return;
            }
        }
    });
    // Listening from here on: the server said hello.
    let (name, _) = rx.recv_timeout(Duration::from_secs(30)).expect("the event stream opens");
    assert_eq!(name, "hello");
    rx
}

fn next_change(events: &std::sync::mpsc::Receiver<(String, String)>) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (name, data) = events
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("a change event within 30 s");
        if name == "change" {
            return data;
        }
    }
}

#[test]
fn serves_pages_with_their_types_and_refuses_hostile_requests() {
    let dir = site();
    let serving = start(dir.path());
    let port = serving.port;
    let home = get(port, "/");
    assert_eq!(home.status, 200);
    assert_eq!(home.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(home.header("cache-control"), Some("no-store"));
    assert!(home.header("access-control-allow-origin").is_none(), "no CORS");
    assert!(home.text().contains("__baocao/events"), "the live script is in served pages");
    let en = get(port, "/en/");
    assert_eq!(en.status, 200);
    assert!(en.text().contains("new EventSource(\"../__baocao/events\")"), "relative to the page");
    for (path, kind) in [
        ("/theme/style.css", "text/css; charset=utf-8"),
        ("/data/khuyen-cong-ha-giang-2020.json", "application/json"),
        ("/data/khuyen-cong-ha-giang-2020.csv", "text/csv; charset=utf-8"),
        ("/atom.xml", "application/atom+xml"),
        ("/en/atom.xml", "application/atom+xml"),
        ("/sitemap.xml", "application/xml"),
        ("/favicon.ico", "image/x-icon"),
    ] {
        let r = get(port, path);
        assert_eq!((r.status, r.header("content-type")), (200, Some(kind)), "{path}");
        assert!(!r.text().contains("EventSource"), "{path}: only HTML gets the script");
    }
    let svg = get(port, "/").text();
    let chart = svg
        .split("href=\"")
        .map(|s| s.split('"').next().unwrap())
        .find(|h| h.starts_with("charts/") && h.ends_with(".svg"))
        .unwrap();
    let r = get(port, &format!("/{chart}"));
    assert_eq!((r.status, r.header("content-type")), (200, Some("image/svg+xml")), "{chart}");
    let png = get(port, &format!("/{}", chart.replace(".svg", ".png")));
    assert_eq!(png.header("content-type"), Some("image/png"));
    assert!(png.body.starts_with(b"\x89PNG"));
    // A folder without its slash is sent to it, relatively.
    let r = get(port, "/en");
    assert_eq!((r.status, r.header("location")), (301, Some("en/")));
    // Unknown: the site's 404 page, with 404.
    let r = get(port, "/khong-co/");
    assert_eq!(r.status, 404);
    assert!(r.text().contains("<html"), "the 404 page");
    // Hostile paths never leave the site.
    std::fs::write(dir.path().join("secret.txt"), "do not serve").unwrap();
    for path in [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/en/..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/a%00.html",
        "/%ff",
    ] {
        let r = get(port, path);
        assert!(matches!(r.status, 400 | 404), "{path}: {}", r.status);
        assert!(!r.text().contains("do not serve") && !r.text().contains("root:"), "{path}");
    }
    // Another host (DNS rebinding) is refused; the three names of this one are not.
    let evil = raw(port, &format!("GET / HTTP/1.1\r\nHost: evil.example:{port}\r\nConnection: close\r\n\r\n"));
    assert_eq!(evil.status, 421);
    let no_host = raw(port, "GET / HTTP/1.0\r\n\r\n");
    assert_eq!(no_host.status, 421);
    for host in [format!("localhost:{port}"), format!("[::1]:{port}")] {
        let r = raw(port, &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        assert_eq!(r.status, 200, "{host}");
    }
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let r = raw(
            port,
            &format!("{method} / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        );
        assert_eq!((r.status, r.header("allow")), (405, Some("GET, HEAD")), "{method}");
    }
    let head = raw(port, &format!("HEAD / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"));
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
}

/// A copy of the example served, its event stream, and an article to edit
/// with the address of its page.
struct Editing {
    dir: tempfile::TempDir,
    serving: Serving,
    port: u16,
    events: std::sync::mpsc::Receiver<(String, String)>,
    article: PathBuf,
    path: &'static str,
}

fn editing() -> Editing {
    let dir = site();
    let serving = start(dir.path());
    let port = serving.port;
    let events = events(port);
    let article = dir.path().join("content/articles/ho-tro-hoi-cho-trien-lam.vi.md");
    Editing { dir, serving, port, events, article, path: "/bai-viet/ho-tro-hoi-cho-trien-lam/" }
}

#[test]
fn an_edit_reloads_an_error_shows_over_the_last_good_site_and_output_is_never_written() {
    let Editing { dir, serving: _serving, port, events, article, path } = editing();
    let before = get(port, path);
    assert_eq!(before.status, 200, "{path}");
    let good = std::fs::read_to_string(&article).unwrap();
    // An edit: the event comes, and the new text is served.
    std::fs::write(&article, format!("{good}\nMột câu vừa thêm để thử.\n")).unwrap();
    let change = next_change(&events);
    assert!(change.contains("\"css\":false"), "{change}");
    assert!(get(port, path).text().contains("Một câu vừa thêm để thử."));
    // An error: the overlay on every page, over the last good version.
    std::fs::write(&article, good.replacen("date:", "date: 2019-13-45\nold_date:", 1)).unwrap();
    next_change(&events);
    let broken = get(port, path).text();
    assert!(broken.contains("id=\"baocao-errors\""), "the overlay");
    assert!(broken.contains("ho-tro-hoi-cho-trien-lam.vi.md:"), "with the file and line");
    assert!(broken.contains("Một câu vừa thêm để thử."), "over the last good page");
    assert!(get(port, "/en/").text().contains("id=\"baocao-errors\""), "on every page");
    // Fixed: the overlay goes.
    std::fs::write(&article, &good).unwrap();
    next_change(&events);
    let fixed = get(port, path).text();
    assert!(!fixed.contains("baocao-errors"));
    assert!(!fixed.contains("Một câu vừa thêm để thử."));
    // A change to CSS alone swaps style sheets, no reload.
    std::fs::create_dir_all(dir.path().join("themes/default/static")).unwrap();
    let css = String::from_utf8(get(port, "/theme/style.css").body).unwrap();
    std::fs::write(dir.path().join("themes/default/static/style.css"), css + "\nbody { outline: 1px solid red }\n")
        .unwrap();
    let change = next_change(&events);
    assert!(change.contains("\"css\":true"), "{change}");
    assert!(get(port, "/theme/style.css").text().contains("outline: 1px solid red"));
    // A scratch file of an editor changes nothing.
    std::fs::write(dir.path().join("content/articles/.ho-tro.vi.md.swp"), "x").unwrap();
    std::fs::write(dir.path().join("content/articles/4913"), "").unwrap();
    assert!(events.recv_timeout(Duration::from_millis(1500)).is_err(), "no rebuild for swap files");
    assert!(!dir.path().join("output").exists(), "serve never writes output/");
    // Beside the site, only the build cache (chart PNGs, read by the next start).
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| {
        let name = e.unwrap().file_name();
        name == "content" || name == "themes" || name == ".baocao-cache"
    }));
}

/// Editors' ways of saving are one rebuild each, with the page there
/// throughout: vim's (the file renamed to a backup, a new one written, the
/// backup removed) and an atomic save (a temporary file renamed over it).
#[test]
fn an_editors_save_is_one_rebuild_and_the_page_never_goes() {
    let Editing { dir: _dir, serving: _serving, port, events, article, path } = editing();
    let good = std::fs::read_to_string(&article).unwrap();
    // vim: the gap between the rename and the new file is longer than the
    // wait after a save, as on a slow disk.
    let backup = article.with_file_name("ho-tro-hoi-cho-trien-lam.vi.md~");
    std::fs::rename(&article, &backup).unwrap();
    std::thread::sleep(Duration::from_millis(40));
    std::fs::write(&article, format!("{good}\nLưu theo cách của vim.\n")).unwrap();
    std::fs::remove_file(&backup).unwrap();
    next_change(&events);
    let page = get(port, path);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Lưu theo cách của vim."));
    assert!(events.recv_timeout(Duration::from_millis(1500)).is_err(), "one rebuild for vim's save");
    // Atomic: a temporary file written, then renamed over the article.
    let temporary = article.with_file_name(".ho-tro-hoi-cho-trien-lam.vi.md.tmp");
    std::fs::write(&temporary, format!("{good}\nLưu bằng cách đổi tên.\n")).unwrap();
    std::fs::rename(&temporary, &article).unwrap();
    next_change(&events);
    assert!(get(port, path).text().contains("Lưu bằng cách đổi tên."));
    assert!(events.recv_timeout(Duration::from_millis(1500)).is_err(), "one rebuild for an atomic save");
}

/// A site's warnings are printed once, by the first build; each rebuild
/// prints only the new ones, and counts the others.
#[test]
fn a_rebuild_prints_only_new_warnings() {
    let dir = site();
    let untranslated = |name: &str| {
        let text = format!("---\ntitle: Chưa dịch {name}\ndate: 2019-05-01\n---\nVăn bản.\n");
        std::fs::write(dir.path().join(format!("content/articles/{name}.vi.md")), text).unwrap();
    };
    untranslated("chua-dich");
    let log = dir.path().join("serve.log");
    let serving = start_with(dir.path(), Stdio::from(std::fs::File::create(&log).unwrap()));
    let events = events(serving.port);
    let article = dir.path().join("content/articles/ho-tro-hoi-cho-trien-lam.vi.md");
    let good = std::fs::read_to_string(&article).unwrap();
    for n in 1..=2 {
        std::fs::write(&article, format!("{good}\nCâu thêm số {n}.\n")).unwrap();
        next_change(&events);
    }
    // A new warning: said at once.
    untranslated("chua-dich-nua");
    next_change(&events);
    let said = std::fs::read_to_string(&log).unwrap();
    let warned = |name: &str| said.matches(&format!("content/articles/{name}.vi.md:1:1: warning")).count();
    assert_eq!(warned("chua-dich"), 1, "{said}");
    assert_eq!(warned("chua-dich-nua"), 1, "{said}");
    let repeated = said.lines().filter(|l| l.contains("as at the last build, not printed again")).count();
    assert_eq!(repeated, 3, "{said}");
    assert!(said.contains("1 warning as at the last build"), "{said}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_cleanly_and_a_first_build_with_errors_still_serves_the_errors() {
    let dir = site();
    let program = dir.path().join("content/programs/khuyen-cong-ha-giang-2020.yaml");
    let text = std::fs::read_to_string(&program).unwrap();
    std::fs::write(&program, text.replacen("indicators:", "indicators: [\n", 1)).unwrap();
    let mut serving = start(dir.path());
    let r = get(serving.port, "/");
    assert_eq!(r.status, 404, "no site yet");
    assert!(r.text().contains("id=\"baocao-errors\""), "but the errors are shown");
    assert!(r.text().contains("khuyen-cong-ha-giang-2020.yaml:"), "{}", r.text());
    // Ctrl+C: SIGINT, as the terminal sends it.
    let pid = serving.child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = serving.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop within 10 s of Ctrl+C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0), "a clean stop");
    assert!(TcpStream::connect(("127.0.0.1", serving.port)).is_err(), "the port is free again");
}
