//! `baocao serve`: a live preview. The site is built into memory by the
//! incremental engine (nothing is written to `output/`), served on
//! 127.0.0.1 by tiny_http, and rebuilt when a file of `content/` or
//! `themes/` changes; pages reload through server-sent events.
//!
//! - Watching: `notify` on the folders (not the files: editors that save
//!   by writing a new file and renaming it keep being seen), debounced
//!   here: changes are gathered until they pause for 100 ms, or for 10 ms
//!   once the system says a file of the site was saved whole (closed after
//!   writing, or renamed into place: Linux tells both); reads and editors'
//!   scratch files are ignored. One rebuild at a time, and one more if
//!   changes came during it.
//! - Reloading: every HTML page served gets a few lines of script (never in
//!   `build`'s output) that listen at `__baocao/events`, by a path relative
//!   to the page, so it works under a sub-path. Each build has a version;
//!   a page whose version is not the server's reloads (after a restart
//!   too), and a change of CSS alone swaps the style sheets.
//! - Errors: a failed rebuild leaves the last good site served, with an
//!   overlay of the diagnostics on every page, in the chosen language.
//! - Security: GET and HEAD only; the Host header must name this server
//!   at 127.0.0.1, localhost or [::1] (against DNS rebinding); paths are
//!   decoded once and looked up in the in-memory site only.

use super::{EXIT_OK, UsageError, Verbosity, report};
use crate::cli::ServeArgs;
use crate::diagnostic::Diagnostic;
use crate::engine::Engine;
use crate::messages::{MessageLang, Say};
use crate::pipeline::Options;
use crate::render::views::escape;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// How long changes are gathered before a rebuild: editors save in bursts.
const DEBOUNCE: Duration = Duration::from_millis(100);
/// How long, once a file of the site is known to be saved whole: what an
/// editor does after (removing its backup, setting the file's mode) comes
/// within a millisecond or two, and anything later is one more rebuild,
/// which changes nothing the browser sees when the content did not change.
const SETTLE: Duration = Duration::from_millis(10);
/// How many ports after the one asked for are tried.
const PORTS_TRIED: u16 = 20;
/// Where pages listen for new builds (relative to the site's root).
const EVENTS: &str = "__baocao/events";

/// What the server shows: the last good site and, when the last build
/// failed, its errors.
struct Shown {
    site: Arc<crate::engine::Site>,
    /// The overlay's HTML, when the last build had errors.
    overlay: Option<String>,
    /// Changes with every build; pages carry the one they were served with.
    version: String,
}

/// The state shared by the server's threads.
struct Live {
    shown: RwLock<Arc<Shown>>,
    /// One sender per open event stream.
    listeners: Mutex<Vec<mpsc::Sender<String>>>,
    port: u16,
    lang: MessageLang,
}

pub fn run(args: &ServeArgs, lang: MessageLang, verbosity: Verbosity) -> Result<i32> {
    let root = super::site_root(&args.root)?;
    let (as_of, source_date_epoch) = super::as_of_dates(args.as_of.as_deref())?;
    let options = Options { drafts: args.drafts, as_of, source_date_epoch, ..Default::default() };
    // First of all: a Ctrl+C at any moment from here stops cleanly.
    let (stop, stopped) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop.send(());
    })
    .context("listening for Ctrl+C")?;
    let (server, port) = bind(args.port)?;
    // Watched before the first build: a save while it runs is not missed.
    // Changes into one channel; the rebuild loop gathers and debounces them.
    let (changes, changed) = mpsc::channel();
    let watched = root.join("content");
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reads (the build's own, an editor opening a file) change nothing.
        // When the watcher lost track (its queue overflowed, an error), the
        // site's folder stands for "anything": every file is looked at.
        let change = match event {
            Ok(event) if event.need_rescan() => Change { paths: vec![watched.clone()], saved: false },
            Ok(event) => match saved_whole(&event.kind) {
                Some(saved) => Change { paths: event.paths, saved },
                None => return,
            },
            Err(_) => Change { paths: vec![watched.clone()], saved: false },
        };
        let _ = changes.send(change);
    })
    .context("watching the site's files")?;
    watch(&mut watcher, &root)?;
    let mut engine = Engine::new(&root, options);
    let started = Instant::now();
    let first = engine.rebuild(&[])?;
    let epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_millis();
    let mut builds = 0u64;
    let mut version = move || {
        builds += 1;
        format!("{epoch}-{builds}")
    };
    let live = Arc::new(Live {
        shown: RwLock::new(Arc::new(shown(&engine, &first.diagnostics, lang, version()))),
        listeners: Mutex::new(Vec::new()),
        port,
        lang,
    });
    let mut terminal = Terminal { lang, verbosity, said: Default::default() };
    terminal.report(&first.diagnostics);
    let url = format!("http://127.0.0.1:{port}/");
    let taken = (args.port != 0 && port != args.port).then_some(args.port);
    println!("{}", Say::Serving { url: url.clone(), taken }.text(lang));
    if verbosity == Verbosity::Verbose {
        eprintln!("{} ms", started.elapsed().as_millis());
    }
    let _ = std::io::stdout().flush();
    let server = Arc::new(server);
    for n in 0..4 {
        let (server, live) = (server.clone(), live.clone());
        std::thread::Builder::new()
            .name(format!("http-{n}"))
            .spawn(move || {
                while let Ok(request) = server.recv() {
                    respond(&live, request);
                }
            })
            .context("starting the server")?;
    }
    if args.open {
        open_browser(&url);
    }
    let rebuilds = {
        let live = live.clone();
        let root = root.clone();
        std::thread::Builder::new()
            .name("rebuild".into())
            .spawn(move || rebuild_loop(engine, &root, changed, &live, terminal, &mut version, &mut watcher))
    }
    .context("starting the rebuilds")?;
    // Until Ctrl+C, or the rebuild loop ends (the watcher stopped).
    loop {
        if stopped.recv_timeout(Duration::from_millis(200)).is_ok() || rebuilds.is_finished() {
            break;
        }
    }
    server.unblock();
    if verbosity != Verbosity::Quiet {
        println!("{}", Say::ServeStopped.text(lang));
    }
    Ok(EXIT_OK)
}

/// The server at 127.0.0.1: on `port`, else the next free one.
fn bind(port: u16) -> Result<(tiny_http::Server, u16)> {
    let last = if port == 0 { 0 } else { port.saturating_add(PORTS_TRIED) };
    for p in port..=last {
        if let Ok(server) = tiny_http::Server::http(("127.0.0.1", p)) {
            let bound = server.server_addr().to_ip().map_or(p, |a| a.port());
            return Ok((server, bound));
        }
    }
    anyhow::bail!(UsageError(Say::NoFreePort { first: port, last }))
}

fn watch(watcher: &mut notify::RecommendedWatcher, root: &Path) -> Result<()> {
    use notify::{RecursiveMode, Watcher};
    // The root alone, to see content/ or themes/ appear; the folders whole.
    watcher.watch(root, RecursiveMode::NonRecursive).context("watching the site's folder")?;
    for folder in ["content", "themes"] {
        let path = root.join(folder);
        if path.is_dir() {
            watcher.watch(&path, RecursiveMode::Recursive).with_context(|| format!("watching {}", path.display()))?;
        }
    }
    Ok(())
}

/// Whether a changed path can change the site: inside content/ or themes/,
/// and not an editor's scratch file (swap, backup, lock, `4913`).
fn matters(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else { return false };
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let top = parts.next();
    if !matches!(top.as_deref(), Some("content" | "themes")) {
        return false;
    }
    !rel.components().skip(1).any(|c| {
        let name = c.as_os_str().to_string_lossy();
        crate::load::is_scratch_file(&name) && name != ".well-known" && name != ".htaccess"
    })
}

/// What the watcher saw: files changed, and whether the event says the
/// last of them was saved whole (of a rename, the last is the new name).
struct Change {
    paths: Vec<PathBuf>,
    saved: bool,
}

/// Of a watcher's event, whether it tells that a write is over (a file
/// closed after writing, or renamed into place), or `None` when it changes
/// nothing (a read, an open, a close after reading).
fn saved_whole(kind: &notify::EventKind) -> Option<bool> {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => Some(true),
        EventKind::Access(_) => None,
        EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => Some(true),
        _ => Some(false),
    }
}

/// The files of the site changed from `first` on, gathered until the
/// changes pause: for `debounce`, or for `settle` once a file of the site
/// was saved whole. Sorted, without repeats; empty when none matters.
fn gather(
    first: Change,
    changed: &mpsc::Receiver<Change>,
    root: &Path,
    settle: Duration,
    debounce: Duration,
) -> Vec<PathBuf> {
    // Whether `change` saved a file of the site whole; its files kept.
    // (Not a file renamed away, as vim does to keep a backup before it
    // writes the new one: the new name is what was saved.)
    let take = |change: Change, paths: &mut Vec<PathBuf>| {
        let saved = change.saved && change.paths.last().is_some_and(|p| matters(root, p));
        paths.extend(change.paths.into_iter().filter(|p| matters(root, p)));
        saved
    };
    let mut paths = Vec::new();
    let mut wait = if take(first, &mut paths) { settle } else { debounce };
    if paths.is_empty() {
        return paths;
    }
    while let Ok(more) = changed.recv_timeout(wait) {
        if take(more, &mut paths) {
            wait = settle;
        }
    }
    paths.sort();
    paths.dedup();
    paths
}

fn rebuild_loop(
    mut engine: Engine,
    root: &Path,
    changed: mpsc::Receiver<Change>,
    live: &Live,
    mut terminal: Terminal,
    version: &mut dyn FnMut() -> String,
    watcher: &mut notify::RecommendedWatcher,
) {
    let lang = live.lang;
    while let Ok(first) = changed.recv() {
        // Debounced: what comes until the changes pause (an editor saving
        // through a temporary file, a folder copied in) is one rebuild; what
        // came during the last rebuild is taken in this one.
        let paths = gather(first, &changed, root, SETTLE, DEBOUNCE);
        if paths.is_empty() {
            continue;
        }
        // A folder made or replaced (themes/ new, a folder renamed): watched anew.
        if paths.iter().any(|p| p.is_dir() || !p.exists()) {
            let _ = watch(watcher, root);
        }
        let started = Instant::now();
        let rebuild = match engine.rebuild(&paths) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}{e:#}", crate::messages::error_prefix(lang));
                continue;
            }
        };
        let ms = started.elapsed().as_millis();
        terminal.report(&rebuild.diagnostics);
        if !rebuild.ok {
            let errors = rebuild.diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!("{}", Say::RebuildFailed { errors }.text(lang));
        } else if terminal.verbosity != Verbosity::Quiet {
            println!("{}", Say::Rebuilt { ms, changed: rebuild.changed.len() }.text(lang));
        }
        let was_failing = live.shown.read().expect("never poisoned").overlay.is_some();
        if rebuild.ok && rebuild.changed.is_empty() && !was_failing {
            continue;
        }
        let css_only = rebuild.ok && !was_failing && rebuild.changed.iter().all(|p| p.ends_with(".css"));
        let next = Arc::new(shown(&engine, &rebuild.diagnostics, lang, version()));
        let message = format!("{{\"version\":\"{}\",\"css\":{css_only}}}", next.version);
        *live.shown.write().expect("never poisoned") = next;
        let mut listeners = live.listeners.lock().expect("never poisoned");
        listeners.retain(|l| l.send(message.clone()).is_ok());
    }
}

/// The terminal of `serve`, and what the last build printed in it.
struct Terminal {
    lang: MessageLang,
    verbosity: Verbosity,
    said: std::collections::BTreeSet<Diagnostic>,
}

impl Terminal {
    /// Prints a build's errors, and the warnings the last build did not
    /// give; the others were printed then, and a line counts them (a large
    /// site can have thousands, the same at every save).
    fn report(&mut self, diagnostics: &[Diagnostic]) {
        let (mut new, repeated): (Vec<Diagnostic>, Vec<Diagnostic>) =
            diagnostics.iter().cloned().partition(|d| d.is_error() || !self.said.contains(d));
        report(&mut new, self.lang, self.verbosity);
        if !repeated.is_empty() && self.verbosity != Verbosity::Quiet {
            eprintln!("{}", Say::WarningsAsBefore { count: repeated.len() }.text(self.lang));
        }
        self.said = diagnostics.iter().cloned().collect();
    }
}

/// What to show after a build: the engine's site, and the overlay of the
/// errors if there are any.
fn shown(engine: &Engine, diagnostics: &[Diagnostic], lang: MessageLang, version: String) -> Shown {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    let overlay = (!errors.is_empty()).then(|| overlay(&errors, engine.has_site(), lang));
    Shown { site: engine.files(), overlay, version }
}

/// The overlay of errors: each as the terminal prints it (file, line,
/// column, code, message, hint), escaped.
fn overlay(errors: &[&Diagnostic], has_site: bool, lang: MessageLang) -> String {
    let mut items = String::new();
    for d in errors {
        items.push_str("<li><pre>");
        items.push_str(&escape(&d.render(lang)));
        items.push_str("</pre></li>");
    }
    let html_lang = match lang {
        MessageLang::Vi => "vi",
        MessageLang::En => "en",
    };
    format!(
        "<div id=\"baocao-errors\" role=\"alert\" lang=\"{html_lang}\" style=\"position:fixed;top:0;left:0;right:0;max-height:70vh;z-index:2147483647;overflow:auto;box-shadow:0 4px 16px rgba(0,0,0,.35);\
         background:#fff;color:#1a1a1a;padding:1.5rem;font:16px/1.5 system-ui,sans-serif;border-top:6px solid #b3261e\">\
         <h2 style=\"margin:0 0 .5rem;color:#b3261e;font-size:1.25rem\">{}</h2><p style=\"margin:0 0 1rem\">{}</p>\
         <ol style=\"padding-left:1.25rem\">{items}</ol></div>",
        escape(&Say::OverlayTitle { errors: errors.len() }.text(lang)),
        escape(&Say::OverlayNote { has_site }.text(lang)),
    )
    .replace("<pre>", "<pre style=\"white-space:pre-wrap;margin:0 0 .75rem;font:14px/1.45 ui-monospace,monospace\">")
}

/// The few lines of script a served page gets: `up` is the way from the
/// page's folder to the site's root (`../../`).
fn live_script(up: &str, version: &str) -> String {
    format!(
        "<script>/* baocao serve: live reload (not in built sites) */\n(function(){{var v=\"{version}\";\
         if(!window.EventSource)return;var s=new EventSource(\"{up}{EVENTS}\");\
         s.addEventListener(\"hello\",function(e){{if(e.data!==v)location.reload();}});\
         s.addEventListener(\"change\",function(e){{var c=JSON.parse(e.data);\
         if(!c.css){{location.reload();return;}}v=c.version;\
         var l=document.querySelectorAll('link[rel=\"stylesheet\"]');for(var i=0;i<l.length;i++){{\
         var h=l[i].getAttribute(\"href\").replace(/[?&]baocao=[^&]*$/,\"\");\
         l[i].setAttribute(\"href\",h+(h.indexOf(\"?\")<0?\"?\":\"&\")+\"baocao=\"+c.version);}}}});}})();</script>\n"
    )
}

/// The site path a request's URL names, decoded once; `Err` with the
/// status for a path that is not one (400) or tries to leave the site (404).
fn site_path(url: &str) -> Result<String, u16> {
    let raw = url.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8().map_err(|_| 400u16)?;
    if decoded.contains(['\\', '\0']) || !decoded.starts_with('/') {
        return Err(400);
    }
    let rel = &decoded[1..];
    if rel.split('/').any(|part| part == ".." || part == ".") {
        return Err(404);
    }
    Ok(rel.to_string())
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

/// The `Content-Type` of an output, by its extension.
fn content_type(path: &str) -> &'static str {
    if path == "atom.xml" || path.ends_with("/atom.xml") {
        return "application/atom+xml";
    }
    match path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).as_deref() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        Some("csv") => "text/csv; charset=utf-8",
        Some("xml") => "application/xml",
        Some("atom") => "application/atom+xml",
        Some("txt") => "text/plain; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("js") => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(live: &Live, request: tiny_http::Request) {
    let method = request.method().clone();
    let head = method == tiny_http::Method::Head;
    let send = |request: tiny_http::Request, status: u16, kind: &str, body: Vec<u8>, extra: Vec<tiny_http::Header>| {
        let length = body.len();
        let mut response = tiny_http::Response::from_data(if head { Vec::new() } else { body })
            .with_status_code(status)
            .with_header(header("Cache-Control", "no-store"))
            .with_header(header("X-Content-Type-Options", "nosniff"));
        if !kind.is_empty() {
            response = response.with_header(header("Content-Type", kind));
        }
        for h in extra {
            response = response.with_header(h);
        }
        if head {
            response = response.with_header(header("Content-Length", &length.to_string()));
        }
        let _ = request.respond(response);
    };
    if !matches!(method, tiny_http::Method::Get | tiny_http::Method::Head) {
        return send(
            request,
            405,
            "text/plain; charset=utf-8",
            b"GET and HEAD only\n".to_vec(),
            vec![header("Allow", "GET, HEAD")],
        );
    }
    // Against DNS rebinding: a page of another site, resolved to 127.0.0.1, names its own host.
    let host = request.headers().iter().find(|h| h.field.equiv("Host")).map(|h| h.value.as_str().to_string());
    let port = live.port;
    let allowed = [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")];
    if !host.as_ref().is_some_and(|h| allowed.iter().any(|a| a.eq_ignore_ascii_case(h))) {
        return send(
            request,
            421,
            "text/plain; charset=utf-8",
            b"This preview answers only to 127.0.0.1 and localhost\n".to_vec(),
            vec![],
        );
    }
    let path = match site_path(request.url()) {
        Ok(p) => p,
        Err(status) => return send(request, status, "text/plain; charset=utf-8", b"Bad path\n".to_vec(), vec![]),
    };
    if path == EVENTS {
        return events(live, request);
    }
    let shown = live.shown.read().expect("never poisoned").clone();
    let file = if path.is_empty() || path.ends_with('/') { format!("{path}index.html") } else { path.clone() };
    let found = shown.site.get(file.as_str());
    if found.is_none() && shown.site.contains_key(format!("{path}/index.html").as_str()) {
        // A folder named without its slash: relative links need it.
        let last = path.rsplit('/').next().unwrap_or("");
        return send(request, 301, "", Vec::new(), vec![header("Location", &format!("{last}/"))]);
    }
    let up = "../".repeat(path.matches('/').count());
    let (status, output) = match found {
        Some(o) => (200, Some(o.clone())),
        None => (404, shown.site.get("404.html").cloned()),
    };
    let bytes = match &output {
        Some(o) => match o.bytes() {
            Ok(b) => b.into_owned(),
            Err(_) => return send(request, 404, "text/plain; charset=utf-8", b"Not found\n".to_vec(), vec![]),
        },
        // No site yet (the first build failed): the overlay alone.
        None => b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>baocao</title></head><body></body></html>"
            .to_vec(),
    };
    let kind = output.as_ref().map_or("text/html; charset=utf-8", |o| content_type(&o.path));
    let body = if kind.starts_with("text/html") { inject(bytes, &up, &shown) } else { bytes };
    send(request, status, kind, body, vec![])
}

/// The live script, and the overlay when the last build failed, put into
/// a page before `</body>`.
fn inject(page: Vec<u8>, up: &str, shown: &Shown) -> Vec<u8> {
    let mut extra = String::new();
    if let Some(overlay) = &shown.overlay {
        extra.push_str(overlay);
    }
    extra.push_str(&live_script(up, &shown.version));
    let text = String::from_utf8_lossy(&page);
    match text.rfind("</body>") {
        Some(at) => format!("{}{extra}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{extra}").into_bytes(),
    }
}

/// An event stream: `hello` with the current version, then a `change` per
/// build, and a comment every 15 s (which also finds closed connections).
fn events(live: &Live, request: tiny_http::Request) {
    let (tx, rx) = mpsc::channel();
    let version = live.shown.read().expect("never poisoned").version.clone();
    live.listeners.lock().expect("never poisoned").push(tx);
    std::thread::spawn(move || {
        let mut out = request.into_writer();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n\
                    X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
        let mut write = |text: &str| out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_ok();
        if !write(head) || !write(&format!("retry: 1000\nevent: hello\ndata: {version}\n\n")) {
            return;
        }
        loop {
            let ok = match rx.recv_timeout(Duration::from_secs(15)) {
                Ok(message) => write(&format!("event: change\ndata: {message}\n\n")),
                Err(mpsc::RecvTimeoutError::Timeout) => write(": still here\n\n"),
                Err(mpsc::RecvTimeoutError::Disconnected) => false,
            };
            if !ok {
                return;
            }
        }
    });
}

/// Opens `url` in the default browser; a failure is not an error.
fn open_browser(url: &str) {
    let (program, before): (&str, &[&str]) = if cfg!(target_os = "windows") {
        ("cmd", &["/C", "start", ""])
    } else if cfg!(target_os = "macos") {
        ("open", &[])
    } else {
        ("xdg-open", &[])
    };
    let _ = std::process::Command::new(program)
        .args(before)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_decoded_once_and_stay_inside() {
        assert_eq!(site_path("/en/articles/x/?q=1"), Ok("en/articles/x/".into()));
        assert_eq!(site_path("/ch%C3%A8/"), Ok("chè/".into()));
        for (bad, status) in [
            ("/../etc/passwd", 404),
            ("/a/%2e%2e/%2e%2e/etc/passwd", 404),
            ("/a/%2E%2E/x", 404),
            ("/a%5c..%5cx", 400),
            ("/a\\b", 400),
            ("/a%00b", 400),
            ("/%ff", 400),
            ("relative", 400),
        ] {
            assert_eq!(site_path(bad), Err(status), "{bad}");
        }
        // Decoded once: a doubly encoded dot-dot is a name, not a way up (and not found).
        assert_eq!(site_path("/%252e%252e/x"), Ok("%2e%2e/x".into()));
    }

    #[test]
    fn a_close_after_writing_and_a_rename_into_place_are_saves() {
        use notify::EventKind;
        use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind, RenameMode};
        assert_eq!(saved_whole(&EventKind::Access(AccessKind::Close(AccessMode::Write))), Some(true));
        assert_eq!(saved_whole(&EventKind::Modify(ModifyKind::Name(RenameMode::To))), Some(true));
        assert_eq!(saved_whole(&EventKind::Modify(ModifyKind::Name(RenameMode::Both))), Some(true));
        assert_eq!(saved_whole(&EventKind::Modify(ModifyKind::Name(RenameMode::From))), Some(false));
        assert_eq!(saved_whole(&EventKind::Modify(ModifyKind::Data(DataChange::Any))), Some(false));
        assert_eq!(saved_whole(&EventKind::Create(CreateKind::File)), Some(false));
        assert_eq!(saved_whole(&EventKind::Access(AccessKind::Open(AccessMode::Any))), None);
        assert_eq!(saved_whole(&EventKind::Access(AccessKind::Close(AccessMode::Read))), None);
    }

    /// Gathers from a channel fed by `feed` (which sleeps as it likes),
    /// settling in 10 ms and debouncing in 3 s.
    fn gathered(first: Change, feed: impl FnOnce(mpsc::Sender<Change>) + Send + 'static) -> Vec<PathBuf> {
        let (tx, rx) = mpsc::channel();
        let feeding = std::thread::spawn(move || feed(tx));
        let paths = gather(first, &rx, Path::new("/site"), SETTLE, Duration::from_secs(3));
        drop(rx);
        feeding.join().unwrap();
        paths
    }

    fn change(paths: &[&str], saved: bool) -> Change {
        Change { paths: paths.iter().map(PathBuf::from).collect(), saved }
    }

    #[test]
    fn a_save_is_rebuilt_without_waiting_out_the_debounce() {
        let (a, b) = ("/site/content/articles/a.vi.md", "/site/content/articles/b.vi.md");
        // Saved whole: gathered for 10 ms, so what comes a second later is the next rebuild's.
        let later = |tx: mpsc::Sender<Change>| {
            std::thread::sleep(Duration::from_secs(1));
            let _ = tx.send(change(&["/site/content/articles/b.vi.md"], false));
        };
        assert_eq!(gathered(change(&[a], true), later), [PathBuf::from(a)]);
        // A write not known to be over waits for the changes to pause.
        let soon = |tx: mpsc::Sender<Change>| {
            std::thread::sleep(Duration::from_millis(100));
            let _ = tx.send(change(&["/site/content/articles/b.vi.md"], false));
        };
        assert_eq!(gathered(change(&[a], false), soon), [PathBuf::from(a), PathBuf::from(b)]);
        // An editor's swap file closed after writing is not the article saved.
        let swap_then_soon = |tx: mpsc::Sender<Change>| {
            let _ = tx.send(change(&["/site/content/articles/.a.vi.md.swp"], true));
            std::thread::sleep(Duration::from_millis(100));
            let _ = tx.send(change(&["/site/content/articles/b.vi.md", "/site/content/articles/a.vi.md"], true));
        };
        assert_eq!(gathered(change(&[a], false), swap_then_soon), [PathBuf::from(a), PathBuf::from(b)]);
        // A file renamed to its backup is not saved: its new version is yet to come.
        let backup_then_soon = |tx: mpsc::Sender<Change>| {
            std::thread::sleep(Duration::from_millis(100));
            let _ = tx.send(change(&["/site/content/articles/b.vi.md"], false));
        };
        let renamed_away = change(&[a, "/site/content/articles/a.vi.md~"], true);
        assert_eq!(gathered(renamed_away, backup_then_soon), [PathBuf::from(a), PathBuf::from(b)]);
        // Nothing of the site: nothing to rebuild, and nothing waited for.
        assert!(gathered(change(&["/site/output/index.html"], true), |_| {}).is_empty());
    }

    #[test]
    fn scratch_files_do_not_matter() {
        let root = Path::new("/site");
        assert!(matters(root, Path::new("/site/content/articles/a.vi.md")));
        assert!(matters(root, Path::new("/site/themes/default/static/style.css")));
        for ignored in [
            "/site/output/index.html",
            "/site/content/articles/.a.vi.md.swp",
            "/site/content/articles/a.vi.md~",
            "/site/content/articles/4913",
            "/site/content/articles/#a.vi.md#",
            "/site/content/articles/.#a.vi.md",
            "/site/content/articles/a.vi.md___jb_tmp___",
            "/elsewhere/content/a.md",
        ] {
            assert!(!matters(root, Path::new(ignored)), "{ignored}");
        }
    }
}
