//! The build cache: `.baocao-cache/` beside `content/` (never in the
//! output, ignored by git). Each kind of work keeps its own folder in it:
//! `images/` (resized photos, [`crate::images::cache`]) and `charts/`
//! (chart PNGs, [`crate::render::ChartStore`]). What the folders share is
//! here: where they are, how an entry is written so that no reader ever
//! sees half of one, how a key is made, and how unused entries go.
//!
//! The cache only ever saves time. A build with it writes the same bytes
//! as one without; failing to read or write it is never an error.

use std::hash::Hasher;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The cache folder's name, beside `content/`.
pub const FOLDER: &str = ".baocao-cache";

/// The crates whose bytes the cache keeps, with their versions (from
/// Cargo.lock, by build.rs): part of every key.
const MAKERS: &str = env!("BAOCAO_MAKERS");

/// The folder of one kind of entry (nothing is created yet): in
/// `.baocao-cache/` beside `content/`, or where the environment variable
/// `BAOCAO_CACHE` says; none when it says `off` (every build then does
/// all the work: the tests' builds of the fixtures in the repository).
pub fn folder(root: &Path, kind: &str) -> Option<PathBuf> {
    match std::env::var_os("BAOCAO_CACHE") {
        Some(value) if value == "off" => None,
        Some(value) if !value.is_empty() => Some(PathBuf::from(value).join(kind)),
        _ => Some(root.join(FOLDER).join(kind)),
    }
}

/// A hasher for keys: what `version` names (the code that makes the
/// entry) and the versions of the crates it uses are already in it.
pub fn hasher(version: &str) -> siphasher::sip128::SipHasher13 {
    let mut hasher = siphasher::sip128::SipHasher13::new();
    hasher.write(version.as_bytes());
    hasher.write(&[0xFF]);
    hasher.write(MAKERS.as_bytes());
    hasher.write(&[0xFF]);
    hasher
}

/// A key as it names a file: 32 hex digits. The cache holds the site's own
/// work, so a 128-bit SipHash against accidents is enough: no adversary
/// chooses the inputs.
pub fn key(hasher: &siphasher::sip128::SipHasher13) -> String {
    format!("{:032x}", siphasher::sip128::Hasher128::finish128(hasher).as_u128())
}

/// Whether `text` could be a [`key`]: 32 hex digits, so a key read back
/// from an index names a file in the cache's folder and nowhere else.
pub fn is_key(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Creates `dir`, with a tag beside it that tells backup tools to skip the cache.
pub fn create(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let tag = dir.parent().unwrap_or(dir).join("CACHEDIR.TAG");
    if !tag.exists() {
        std::fs::write(
            tag,
            "Signature: 8a477f597d28d172789f06886806bc55\n# baocao's build cache: made again by the next build when removed.\n",
        )?;
    }
    Ok(())
}

/// Writes `dir/name` aside, then renames it into place: a reader sees the
/// old entry, the new one, or none; never half of one. Two writers of the
/// same entry (two threads, two builds) each use a file of their own.
pub fn write_atomic(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    create(dir)?;
    let temp = dir.join(format!("{name}.{}-{}.tmp", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    let result = (|| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&temp)?);
        write(&mut file)?;
        file.flush()?;
        std::fs::rename(&temp, dir.join(name))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Removes every file of `dir` that the cache says is `unused`, and
/// temporary files a killed build left; returns the names of the
/// former, sorted.
pub fn remove_unused(dir: &Path, unused: impl Fn(&str) -> bool) -> Vec<String> {
    let mut removed = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let unused = !name.ends_with(".tmp") && unused(&name);
        // A temporary file of this process is being written now by another thread.
        let left = name.ends_with(".tmp") && !name.contains(&format!(".{}-", std::process::id()));
        if (unused || left) && std::fs::remove_file(entry.path()).is_ok() {
            // Only entries are counted.
            if unused {
                removed.push(name);
            }
        }
    }
    removed.sort();
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn only_what_key_makes_is_a_key() {
        assert!(is_key(&key(&hasher("v"))));
        for bad in ["", "../../../../etc/passwd0000000000", "0123456789ABCDEF0123456789abcdef", "0123456789abcdef"] {
            assert!(!is_key(bad), "{bad}");
        }
    }

    #[test]
    fn an_entry_is_whole_or_absent_and_unused_ones_go() {
        let dir = tempfile::tempdir().unwrap();
        let charts = dir.path().join(FOLDER).join("charts");
        write_atomic(&charts, "a.png", |f| f.write_all(b"one")).unwrap();
        write_atomic(&charts, "b.png", |f| f.write_all(b"two")).unwrap();
        // A writer that fails leaves nothing behind, not even its temporary file.
        let failed = write_atomic(&charts, "c.png", |f| {
            f.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read(charts.join("a.png")).unwrap(), b"one");
        let names = |d: &Path| -> BTreeSet<String> {
            std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
        };
        assert_eq!(names(&charts), BTreeSet::from(["a.png".to_string(), "b.png".to_string()]));
        assert!(dir.path().join(FOLDER).join("CACHEDIR.TAG").exists());
        // A temporary file a killed build left goes too, but is not counted.
        std::fs::write(charts.join("b.png.1-0.tmp"), b"").unwrap();
        assert_eq!(remove_unused(&charts, |name| name.ends_with(".png") && name != "a.png"), ["b.png"]);
        assert_eq!(names(&charts), BTreeSet::from(["a.png".to_string()]));
    }

    #[test]
    fn keys_differ_by_version_and_input() {
        let (mut a, mut b, c) = (hasher("x-1"), hasher("x-1"), hasher("x-2"));
        a.write(b"svg");
        b.write(b"svh");
        assert_ne!(key(&a), key(&b));
        assert_ne!(key(&hasher("x-1")), key(&c));
        assert_eq!(key(&a).len(), 32);
        assert!(MAKERS.contains("resvg@") && MAKERS.contains("image@"), "{MAKERS}");
    }
}
