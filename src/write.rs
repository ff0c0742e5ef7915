//! The only stage that writes: puts rendered outputs into the output folder
//! atomically. Files go into a fresh staging folder beside the output,
//! which is swapped in only once complete; a failed or interrupted build
//! leaves the previous output as it was, and a failed one removes its
//! staging folder (a killed one leaves it for the next build to remove).
//!
//! One build at a time: [`OutputLock`] is an advisory lock on a file beside
//! the output, held for the whole build and released by the kernel when
//! the process ends, however it ends.

use crate::render::{Body, Output};
use anyhow::{Context, Result, bail};
use std::fs::File;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

/// Marks a folder as made by baocao (see `cmd::build`): only such a folder,
/// or an empty one, is replaced by a build.
pub const MARKER: &str = ".baocao-output";

/// The files beside an output folder `dir`: `.<name>.baocao-<what>`.
fn beside(dir: &Path, what: &str) -> Result<PathBuf> {
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = dir.file_name().context("the output folder has no name")?.to_string_lossy().into_owned();
    Ok(parent.join(format!(".{name}.baocao-{what}")))
}

/// The exclusive right to write one output folder. The lock file is
/// removed when the lock is dropped (a killed build leaves it, unlocked).
#[derive(Debug)]
pub struct OutputLock {
    dir: PathBuf,
    path: PathBuf,
    _file: File,
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // Still locked here: a build that opened the file meanwhile finds,
        // once it has the lock, that the file is gone, and opens it again.
        // Elsewhere (Windows) a removed file that another process holds open
        // lingers, and a new one could be locked beside it: it stays.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether `file` is still the file at `path` (and not one removed by the
/// build that held the lock before).
#[cfg(unix)]
fn still_there(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), path.metadata()) {
        (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
        _ => false,
    }
}

/// Elsewhere an open file cannot be removed by another process.
#[cfg(not(unix))]
fn still_there(_: &File, _: &Path) -> bool {
    true
}

/// What happened when a build asked for the lock.
pub enum Locked {
    Now(OutputLock),
    /// Another build held it; this one waited this long.
    AfterWaiting(OutputLock, Duration),
    /// Another build still held it after the longest wait.
    Busy,
}

impl OutputLock {
    /// Takes the lock of the output folder `dir`, waiting up to `wait` for
    /// another build to finish; `on_wait` is called once if it must wait.
    pub fn take(dir: &Path, wait: Duration, on_wait: impl FnOnce()) -> Result<Locked> {
        let path = beside(dir, "lock")?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        // Our own name: anything but a plain file there (a link, a folder) is refused.
        if let Ok(meta) = path.symlink_metadata()
            && !meta.file_type().is_file()
        {
            bail!("{} is not a plain file; remove it, then build again", path.display());
        }
        let open = || {
            File::options()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
                .with_context(|| format!("opening the lock file {}", path.display()))
        };
        let mut file = open()?;
        let started = Instant::now();
        let mut on_wait = Some(on_wait);
        loop {
            match file.try_lock() {
                Ok(()) if !still_there(&file, &path) => file = open()?,
                Ok(()) => {
                    let lock = OutputLock { dir: dir.to_path_buf(), path, _file: file };
                    return Ok(if on_wait.is_none() {
                        Locked::AfterWaiting(lock, started.elapsed())
                    } else {
                        Locked::Now(lock)
                    });
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    if started.elapsed() >= wait {
                        return Ok(Locked::Busy);
                    }
                    if let Some(f) = on_wait.take() {
                        f();
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("locking {}", path.display()));
                }
            }
        }
    }
}

/// A staging folder being filled; removed on drop unless committed.
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    committed: bool,
    /// The folders made so far.
    folders: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    /// The previous site, whose unchanged files are linked, not written again.
    previous: Previous,
}

impl crate::render::Sink for Staging {
    fn put(&self, output: Output) -> Result<()> {
        self.write(&output)
    }
}

impl Staging {
    /// A fresh staging folder for the output folder the lock is for.
    pub fn begin(lock: &OutputLock) -> Result<Staging> {
        let target = lock.dir.clone();
        let dir = beside(&target, "new")?;
        let retired = beside(&target, "old")?;
        for leftover in [&dir, &retired] {
            // Left by a build that was killed: never a site anyone reads.
            if leftover.symlink_metadata().is_ok() {
                std::fs::remove_dir_all(leftover)
                    .with_context(|| format!("removing the leftover {}", leftover.display()))?;
            }
        }
        std::fs::create_dir(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let previous = Previous::of(&target, &dir);
        Ok(Staging { dir, target, committed: false, folders: Default::default(), previous })
    }

    /// Writes one output file into the staging folder, creating each
    /// folder once (the set of folders made is the one lock writes share).
    pub fn write(&self, output: &Output) -> Result<()> {
        let path = inside(&self.dir, &output.path)?;
        let mut missing = Vec::new();
        {
            let mut made = self.folders.lock().expect("never poisoned");
            let mut folder = path.parent();
            while let Some(f) = folder.filter(|f| *f != self.dir.as_path()) {
                if !made.insert(f.to_path_buf()) {
                    break;
                }
                missing.push(f.to_path_buf());
                folder = f.parent();
            }
            // Parents first; made under the lock, so no writer finds a folder
            // in the set that is not there yet.
            for folder in missing.iter().rev() {
                match std::fs::create_dir(folder) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && folder.is_dir() => {}
                    Err(e) => return Err(disk_error(e, folder)),
                }
            }
        }
        match &output.body {
            Body::Bytes(bytes) if self.previous.link_if_same(&output.path, bytes, &path) => Ok(()),
            Body::Bytes(bytes) => fresh(&path)
                .and_then(|mut f| std::io::Write::write_all(&mut f, bytes))
                .map_err(|e| disk_error(e, &path)),
            // Copied by the kernel where it can (copy_file_range on Linux):
            // never through our memory. Not a hard link: an edit of the
            // source in place would change the published site.
            Body::Copy { from, .. } => copy_fresh(from, &path).map(drop).map_err(|e| disk_error(e, &path)),
            // No data written: a cached rebuild of a site with a hundred
            // photos makes links, not 13 MB of copies.
            Body::Cached { from, len } => std::fs::hard_link(from, &path)
                .or_else(|_| crate::render::same_length(copy_fresh(from, &path)?, *len))
                .map_err(|e| disk_error(e, &path)),
        }
    }

    /// Adds the marker and swaps the staging folder in for the output.
    pub fn commit(self) -> Result<()> {
        self.commit_with(Swap::Native)
    }

    /// [`Staging::commit`], with the way the folders are swapped chosen:
    /// tests run the two-rename fallback of Windows and macOS through the
    /// same code on Linux.
    pub(crate) fn commit_with(mut self, how: Swap) -> Result<()> {
        let marker = self.dir.join(MARKER);
        std::fs::write(&marker, "This folder is made by `baocao build`, which replaces all of it on every build.\n")
            .map_err(|e| disk_error(e, &marker))?;
        let retired = beside(&self.target, "old")?;
        if self.target.symlink_metadata().is_ok() {
            match how {
                Swap::Native => swap(&self.dir, &self.target, &retired)?,
                Swap::Renames => swap_by_renames(&self.dir, &self.target, &retired)?,
            }
            // The staging folder now holds the previous site.
            self.committed = true;
            remove_tree(&self.dir)
                .with_context(|| format!("removing the previous site from {}", self.dir.display()))?;
        } else {
            std::fs::rename(&self.dir, &self.target)
                .with_context(|| format!("moving the new site into {}", self.target.display()))?;
            self.committed = true;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// The previous site, as the staging folder is filled: a file the new
/// site has byte for byte the same at the same place is linked into the
/// staging folder instead of written again. A rebuild after one edit then
/// writes (and the removal of the previous site frees) only what changed;
/// the files that did not change keep their dates, so a sync to the host
/// (rsync, FTP mirroring) sends only the changed ones.
///
/// Only where that is safe: on Unix (where a file's links are counted), for
/// a plain file with no other link (never one shared with the image cache
/// or anything outside), in folders that are plain folders of the previous
/// site all the way up (never through a link to elsewhere), owned by
/// whoever builds and with the permissions a file written now would have
/// (a file someone made writable by others is not kept). Anything else,
/// or a file system without links (FAT on a USB stick), is written.
struct Previous {
    /// The previous site's folder, and the owner and permissions a file
    /// written now gets (those of the staging folder just made, without
    /// its execute bits); none on Windows or without a previous site.
    site: Option<(PathBuf, (u32, u32))>,
    /// Folders of the previous site known to be plain folders (true) or not.
    folders: std::sync::Mutex<std::collections::HashMap<PathBuf, bool>>,
    /// Links failed once: the file system has none; write everything.
    no_links: std::sync::atomic::AtomicBool,
}

impl Previous {
    fn of(target: &Path, staging: &Path) -> Previous {
        let plain_folder = target.symlink_metadata().is_ok_and(|m| m.is_dir());
        Previous {
            site: fresh_owner_and_mode(staging).filter(|_| plain_folder).map(|fresh| (target.to_path_buf(), fresh)),
            folders: Default::default(),
            no_links: Default::default(),
        }
    }

    /// Links the previous site's file at `rel` to `to` if it holds exactly
    /// `bytes`; false when it does not, or cannot be used.
    fn link_if_same(&self, rel: &str, bytes: &[u8], to: &Path) -> bool {
        use std::sync::atomic::Ordering::Relaxed;
        let Some((dir, fresh)) = &self.site else { return false };
        if self.no_links.load(Relaxed) {
            return false;
        }
        let Ok(old) = inside(dir, rel) else { return false };
        if !old.parent().is_some_and(|f| self.plain_folder(dir, f)) {
            return false;
        }
        let Some(read) = same_file_content(&old, bytes, *fresh) else { return false };
        match std::fs::hard_link(&old, to) {
            // The name is looked up again to link: what it links must be the
            // file that was read, unchanged since, and shared with no one else.
            Ok(()) if read.is_linked_at(to) => true,
            Ok(()) => {
                let _ = std::fs::remove_file(to);
                false
            }
            // Two outputs at one path (which the render reports): written.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => false,
            Err(_) => {
                self.no_links.store(true, Relaxed);
                false
            }
        }
    }

    /// Whether `folder` (inside `dir`) and each folder above it up to `dir`
    /// is a plain folder, not a link.
    fn plain_folder(&self, dir: &Path, folder: &Path) -> bool {
        if folder == dir {
            return true;
        }
        if let Some(&known) = self.folders.lock().expect("never poisoned").get(folder) {
            return known;
        }
        let plain = folder.symlink_metadata().is_ok_and(|m| m.is_dir())
            && folder.parent().is_some_and(|up| self.plain_folder(dir, up));
        self.folders.lock().expect("never poisoned").insert(folder.to_path_buf(), plain);
        plain
    }
}

/// A file of the previous site as it was read: which file, and its
/// modification time and length then.
#[derive(Debug, PartialEq)]
#[cfg_attr(not(unix), allow(dead_code))]
struct ReadFile {
    dev: u64,
    ino: u64,
    modified: (i64, i64),
    len: u64,
}

#[cfg(unix)]
fn fresh_owner_and_mode(staging: &Path) -> Option<(u32, u32)> {
    use std::os::unix::fs::MetadataExt;
    staging.metadata().ok().map(|m| (m.uid(), m.mode() & 0o666))
}

#[cfg(not(unix))]
fn fresh_owner_and_mode(_: &Path) -> Option<(u32, u32)> {
    None
}

#[cfg(unix)]
impl ReadFile {
    fn of(meta: &std::fs::Metadata) -> ReadFile {
        use std::os::unix::fs::MetadataExt;
        ReadFile { dev: meta.dev(), ino: meta.ino(), modified: (meta.mtime(), meta.mtime_nsec()), len: meta.len() }
    }

    /// Whether `to` is now a second name of this file, unchanged, and its only other one.
    fn is_linked_at(&self, to: &Path) -> bool {
        use std::os::unix::fs::MetadataExt;
        to.symlink_metadata().is_ok_and(|m| m.is_file() && m.nlink() == 2 && ReadFile::of(&m) == *self)
    }
}

#[cfg(not(unix))]
impl ReadFile {
    fn is_linked_at(&self, _: &Path) -> bool {
        false
    }
}

/// The file at `path` if it is a plain file with one link, owned and
/// permitted as `fresh` (owner, mode), that holds exactly `bytes`.
#[cfg(unix)]
fn same_file_content(path: &Path, bytes: &[u8], fresh: (u32, u32)) -> Option<ReadFile> {
    use std::io::Read;
    use std::os::unix::fs::MetadataExt;
    // The name itself (a link to a file is linked as a link: never),
    // then the opened file, which must be the same one: what is read is
    // what is linked.
    let named = path.symlink_metadata().ok()?;
    let usual = (named.uid(), named.mode() & 0o7777) == fresh;
    if !named.is_file() || named.nlink() != 1 || named.len() != bytes.len() as u64 || !usual {
        return None;
    }
    let mut file = File::open(path).ok()?;
    let read = ReadFile::of(&file.metadata().ok()?);
    if read != ReadFile::of(&named) {
        return None;
    }
    let mut buffer = [0u8; 64 * 1024];
    let mut rest = bytes;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return rest.is_empty().then_some(read),
            Ok(n) if n <= rest.len() && buffer[..n] == rest[..n] => rest = &rest[n..],
            Ok(_) => return None,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

#[cfg(not(unix))]
fn same_file_content(_: &Path, _: &[u8], _: (u32, u32)) -> Option<ReadFile> {
    None
}

/// Removes a folder and all it holds, as `remove_dir_all` does (links are
/// removed, never followed), its subfolders on all cores: the previous
/// site of a large build is tens of thousands of files, and removing them
/// one after the other took most of the time after the render.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    use rayon::prelude::*;
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.par_iter().try_for_each(|entry| {
        let kind = entry.file_type()?;
        if kind.is_dir() {
            remove_tree(&entry.path())
        } else {
            // A link to a folder is removed as a folder on Windows.
            std::fs::remove_file(entry.path())
                .or_else(|e| if kind.is_symlink() { std::fs::remove_dir(entry.path()) } else { Err(e) })
        }
    })?;
    std::fs::remove_dir(dir)
}

/// A new file at `path` in the staging folder. Never one opened where it
/// is: a file there already (two outputs at one path, which the render
/// reports) may be a link to the image cache, which must not be written
/// through. It is unlinked and the file made anew.
fn fresh(path: &Path) -> std::io::Result<File> {
    let create = || File::options().write(true).create_new(true).open(path);
    match create() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(path)?;
            create()
        }
        other => other,
    }
}

/// Copies `from` into a [`fresh`] file at `to`; returns the bytes copied.
fn copy_fresh(from: &Path, to: &Path) -> std::io::Result<u64> {
    std::io::copy(&mut File::open(from)?, &mut fresh(to)?)
}

/// An I/O error of a write, saying so plainly when the disk is full.
fn disk_error(e: std::io::Error, path: &Path) -> anyhow::Error {
    if e.kind() == std::io::ErrorKind::StorageFull {
        anyhow::Error::new(DiskFull { path: path.to_path_buf() })
    } else {
        anyhow::Error::new(e).context(format!("writing {}", path.display()))
    }
}

/// The disk filled up while writing the site.
#[derive(Debug)]
pub struct DiskFull {
    pub path: PathBuf,
}

impl std::fmt::Display for DiskFull {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the disk is full (writing {})", self.path.display())
    }
}

impl std::error::Error for DiskFull {}

/// How the new site is swapped in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Swap {
    /// In one step where the system can (Linux), else by two renames.
    Native,
    /// By two renames, as on Windows and macOS (where `Native` is this);
    /// chosen by the tests, to run that path on Linux.
    #[cfg_attr(not(test), allow(dead_code))]
    Renames,
}

/// Puts `new` in the place of `dir` in one step, leaving the previous
/// content at `new`: a build killed at any moment leaves either the whole
/// previous site or the whole new one, never a mix or nothing.
#[cfg(target_os = "linux")]
fn swap(new: &Path, dir: &Path, retired: &Path) -> Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, new, CWD, dir, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        // The file system cannot exchange: fall back to two renames.
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => swap_by_renames(new, dir, retired),
        Err(e) => Err(std::io::Error::from(e)).with_context(|| format!("swapping the new site into {}", dir.display())),
    }
}

#[cfg(not(target_os = "linux"))]
fn swap(new: &Path, dir: &Path, retired: &Path) -> Result<()> {
    swap_by_renames(new, dir, retired)
}

/// Two renames: the previous site is moved aside, then the new one moved in
/// (and the previous one put back if that fails); the previous site ends at
/// `new`. Used where the system cannot exchange two folders in one step
/// (Windows, macOS, some file systems): a build killed between the two
/// renames leaves the previous site at `.<name>.baocao-old`.
pub(crate) fn swap_by_renames(new: &Path, dir: &Path, retired: &Path) -> Result<()> {
    std::fs::rename(dir, retired).with_context(|| format!("moving the previous {} aside", dir.display()))?;
    if let Err(e) = std::fs::rename(new, dir) {
        let _ = std::fs::rename(retired, dir);
        return Err(e).with_context(|| format!("moving the new site into {}", dir.display()));
    }
    std::fs::rename(retired, new).with_context(|| format!("moving {} away", retired.display()))?;
    Ok(())
}

/// `base/rel`, refusing any path that could leave `base`.
fn inside(base: &Path, rel: &str) -> Result<PathBuf> {
    let rel_path = Path::new(rel);
    if rel.is_empty() || !rel_path.components().all(|c| matches!(c, Component::Normal(_))) {
        bail!("refusing to write `{rel}`: it would leave the output folder");
    }
    Ok(base.join(rel_path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_tree_is_removed_whole_and_its_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let (tree, outside) = (dir.path().join("old"), dir.path().join("kept"));
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("photo.jpg"), b"x").unwrap();
        for i in 0..50 {
            let folder = tree.join(format!("bai-viet/bai-{i}/sub"));
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(folder.join("index.html"), b"<p>").unwrap();
        }
        std::os::unix::fs::symlink(&outside, tree.join("link-to-folder")).unwrap();
        std::os::unix::fs::symlink(outside.join("photo.jpg"), tree.join("bai-viet/link.jpg")).unwrap();
        remove_tree(&tree).unwrap();
        assert!(!tree.exists());
        assert_eq!(std::fs::read(outside.join("photo.jpg")).unwrap(), b"x", "what a link led to is kept");
    }

    #[test]
    fn paths_stay_inside() {
        let base = Path::new("/tmp/out");
        assert!(inside(base, "a/b.html").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../x", ""] {
            assert!(inside(base, bad).is_err(), "{bad}");
        }
    }

    fn site(dir: &Path, page: &str) -> Vec<Output> {
        let _ = dir;
        vec![Output::new("index.html", page.as_bytes().to_vec()), Output::new("a/b/c.txt", b"c".to_vec())]
    }

    /// The exchange and the two-rename fallback (what Windows and macOS
    /// use) both leave the new site in place and the old one at `new`;
    /// both through `commit`, as a build runs them.
    #[test]
    fn both_swaps_replace_the_output_whole() {
        for how in [Swap::Native, Swap::Renames] {
            let tmp = tempfile::tempdir().unwrap();
            let out = tmp.path().join("out");
            let Locked::Now(lock) = OutputLock::take(&out, Duration::ZERO, || {}).unwrap() else { panic!() };
            for page in ["one", "two", "three"] {
                let staging = Staging::begin(&lock).unwrap();
                let staged = staging.dir.clone();
                for o in site(&out, page) {
                    staging.write(&o).unwrap();
                }
                staging.commit_with(how).unwrap();
                assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), page, "{how:?}");
                assert_eq!(std::fs::read_to_string(out.join("a/b/c.txt")).unwrap(), "c");
                assert!(out.join(MARKER).is_file());
                // Nothing left beside it: no staging folder, no previous site.
                assert!(!staged.exists() && !beside(&out, "old").unwrap().exists(), "{how:?}");
            }
        }
        for by_renames in [false, true] {
            let tmp = tempfile::tempdir().unwrap();
            let out = tmp.path().join("out");
            let lock = match OutputLock::take(&out, Duration::ZERO, || {}).unwrap() {
                Locked::Now(l) => l,
                _ => panic!("the lock is free"),
            };
            let first = Staging::begin(&lock).unwrap();
            for o in site(&out, "one") {
                first.write(&o).unwrap();
            }
            first.commit().unwrap();
            assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "one");
            let staging = Staging::begin(&lock).unwrap();
            for o in site(&out, "two") {
                staging.write(&o).unwrap();
            }
            if by_renames {
                let retired = beside(&out, "old").unwrap();
                swap_by_renames(&staging.dir, &out, &retired).unwrap();
                assert_eq!(std::fs::read_to_string(staging.dir.join("index.html")).unwrap(), "one");
                assert!(!retired.exists());
            } else {
                staging.commit().unwrap();
            }
            assert_eq!(std::fs::read_to_string(out.join("index.html")).unwrap(), "two");
            assert_eq!(std::fs::read_to_string(out.join("a/b/c.txt")).unwrap(), "c");
        }
    }

    #[test]
    fn a_write_never_goes_through_a_link_into_the_cache() {
        let tmp = tempfile::tempdir().unwrap();
        let cached = tmp.path().join("entry.360.jpg");
        std::fs::write(&cached, b"the cache's bytes").unwrap();
        let out = tmp.path().join("out");
        let Locked::Now(lock) = OutputLock::take(&out, Duration::ZERO, || {}).unwrap() else { panic!() };
        let staging = Staging::begin(&lock).unwrap();
        let linked = Output { path: "static/a.360.jpg".into(), body: Body::Cached { from: cached.clone(), len: 17 } };
        staging.write(&linked).unwrap();
        // Two outputs at one path (the render reports it): the second is a new file.
        staging.write(&Output::new("static/a.360.jpg", b"other".to_vec())).unwrap();
        assert_eq!(std::fs::read(&cached).unwrap(), b"the cache's bytes");
        assert_eq!(std::fs::read(staging.dir.join("static/a.360.jpg")).unwrap(), b"other");
        staging.write(&linked).unwrap();
        let copied =
            Output { path: "static/a.360.jpg".into(), body: Body::Copy { from: tmp.path().join("out.txt"), len: 3 } };
        std::fs::write(tmp.path().join("out.txt"), b"abc").unwrap();
        staging.write(&copied).unwrap();
        assert_eq!(std::fs::read(&cached).unwrap(), b"the cache's bytes");
    }

    /// Builds `outputs` into `out`, as `build` does.
    fn publish(out: &Path, outputs: &[Output]) {
        let Locked::Now(lock) = OutputLock::take(out, Duration::ZERO, || {}).unwrap() else { panic!() };
        let staging = Staging::begin(&lock).unwrap();
        outputs.iter().for_each(|o| staging.write(o).unwrap());
        staging.commit().unwrap();
    }

    #[cfg(unix)]
    fn inode(path: &Path) -> (u64, u64) {
        use std::os::unix::fs::MetadataExt;
        let m = path.symlink_metadata().unwrap();
        (m.ino(), m.nlink())
    }

    /// An unchanged file is the previous site's file (the same inode, its
    /// date kept), a changed one a new file; each has one link after the
    /// swap, and every file holds what the new site says.
    #[cfg(unix)]
    #[test]
    fn an_unchanged_file_is_linked_from_the_previous_site() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let file = |rel: &str, text: &str| Output::new(rel, text.as_bytes().to_vec());
        publish(&out, &[file("same.html", "same"), file("a/b/changed.html", "one"), file("a/longer.html", "ab")]);
        let (same, changed, longer) =
            (inode(&out.join("same.html")), inode(&out.join("a/b/changed.html")), inode(&out.join("a/longer.html")));
        // The same length but other bytes, and another length.
        publish(
            &out,
            &[
                file("same.html", "same"),
                file("a/b/changed.html", "two"),
                file("a/longer.html", "abc"),
                file("new.html", "new"),
            ],
        );
        assert_eq!(inode(&out.join("same.html")), same, "linked, not written");
        assert_ne!(inode(&out.join("a/b/changed.html")).0, changed.0);
        assert_ne!(inode(&out.join("a/longer.html")).0, longer.0);
        for (rel, text) in
            [("same.html", "same"), ("a/b/changed.html", "two"), ("a/longer.html", "abc"), ("new.html", "new")]
        {
            assert_eq!(std::fs::read_to_string(out.join(rel)).unwrap(), text);
            assert_eq!(inode(&out.join(rel)).1, 1, "{rel}: one link");
        }
    }

    /// Nothing outside the previous site is ever linked into the new one: not
    /// a file the previous site shares with another place, not a file behind
    /// a link to a file, not a file in a folder that is a link to elsewhere.
    #[cfg(unix)]
    #[test]
    fn nothing_outside_the_previous_site_is_linked_into_the_new_one() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir_all(elsewhere.join("folder")).unwrap();
        for f in ["shared.html", "target.html", "folder/inside.html"] {
            std::fs::write(elsewhere.join(f), "text").unwrap();
        }
        let outputs: Vec<Output> = ["shared.html", "link.html", "folder/inside.html", "plain.html"]
            .iter()
            .map(|rel| Output::new(*rel, b"text".to_vec()))
            .collect();
        publish(&out, &outputs);
        // Someone changes the published folder by hand.
        std::fs::remove_file(out.join("shared.html")).unwrap();
        std::fs::hard_link(elsewhere.join("shared.html"), out.join("shared.html")).unwrap();
        std::fs::remove_file(out.join("link.html")).unwrap();
        std::os::unix::fs::symlink(elsewhere.join("target.html"), out.join("link.html")).unwrap();
        std::fs::remove_dir_all(out.join("folder")).unwrap();
        std::os::unix::fs::symlink(elsewhere.join("folder"), out.join("folder")).unwrap();
        let plain = inode(&out.join("plain.html"));
        publish(&out, &outputs);
        assert_eq!(inode(&out.join("plain.html")), plain, "the plain file is linked");
        for rel in ["shared.html", "link.html", "folder/inside.html"] {
            let meta = out.join(rel).symlink_metadata().unwrap();
            assert!(meta.is_file(), "{rel}: a plain file");
            assert_eq!(inode(&out.join(rel)).1, 1, "{rel}: shares nothing");
            assert!(out.join(rel).parent().unwrap().symlink_metadata().unwrap().is_dir());
        }
        // What is elsewhere is as it was, with its own links only.
        assert_eq!(inode(&elsewhere.join("shared.html")).1, 1);
        assert_eq!(inode(&elsewhere.join("folder/inside.html")).1, 1);
        assert_eq!(std::fs::read_to_string(elsewhere.join("target.html")).unwrap(), "text");
    }

    /// A previous file someone made writable by others (or executable) is
    /// not kept: the new one is written, with the permissions of a new file.
    #[cfg(unix)]
    #[test]
    fn a_file_with_other_permissions_is_written_again() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let outputs = [Output::new("open.html", b"text".to_vec()), Output::new("usual.html", b"text".to_vec())];
        publish(&out, &outputs);
        let mode = |rel: &str| out.join(rel).symlink_metadata().unwrap().permissions().mode() & 0o7777;
        let usual_mode = mode("usual.html");
        std::fs::set_permissions(out.join("open.html"), std::fs::Permissions::from_mode(0o666 | 0o111)).unwrap();
        let (open, usual) = (inode(&out.join("open.html")), inode(&out.join("usual.html")));
        publish(&out, &outputs);
        assert_eq!(inode(&out.join("usual.html")), usual, "linked");
        assert_ne!(inode(&out.join("open.html")).0, open.0, "written again");
        assert_eq!(mode("open.html"), usual_mode);
    }

    /// After linking, the new name must be the file that was read, unchanged,
    /// with no third name: else the link is undone and the file written.
    #[cfg(unix)]
    #[test]
    fn a_link_is_kept_only_to_the_file_that_was_read() {
        let tmp = tempfile::tempdir().unwrap();
        let (old, new) = (tmp.path().join("old"), tmp.path().join("new"));
        std::fs::write(&old, "text").unwrap();
        let read = same_file_content(&old, b"text", fresh_owner_and_mode(tmp.path()).unwrap()).unwrap();
        assert!(same_file_content(&old, b"texT", fresh_owner_and_mode(tmp.path()).unwrap()).is_none());
        std::fs::hard_link(&old, &new).unwrap();
        assert!(read.is_linked_at(&new));
        // A third name made meanwhile.
        std::fs::hard_link(&old, tmp.path().join("third")).unwrap();
        assert!(!read.is_linked_at(&new));
        std::fs::remove_file(tmp.path().join("third")).unwrap();
        // Written to in place meanwhile (a later time).
        let file = std::fs::OpenOptions::new().write(true).open(&old).unwrap();
        file.set_modified(std::time::SystemTime::now() + Duration::from_secs(5)).unwrap();
        assert!(!read.is_linked_at(&new));
        // Another file at the name.
        std::fs::remove_file(&new).unwrap();
        std::fs::write(&new, "text").unwrap();
        assert!(!read.is_linked_at(&new));
    }

    #[test]
    fn a_dropped_staging_folder_is_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let Locked::Now(lock) = OutputLock::take(&out, Duration::ZERO, || {}).unwrap() else { panic!() };
        let staging = Staging::begin(&lock).unwrap();
        let dir = staging.dir.clone();
        staging.write(&Output::new("x.html", Vec::new())).unwrap();
        assert!(dir.exists());
        drop(staging);
        assert!(!dir.exists());
        assert!(!out.exists());
    }

    #[test]
    fn a_second_lock_waits_then_gives_up() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let Locked::Now(_held) = OutputLock::take(&out, Duration::ZERO, || {}).unwrap() else { panic!() };
        let mut told = false;
        let second = OutputLock::take(&out, Duration::from_millis(200), || told = true).unwrap();
        assert!(matches!(second, Locked::Busy));
        assert!(told, "the waiting build says so");
    }
}
