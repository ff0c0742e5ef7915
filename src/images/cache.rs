//! The image cache: `.baocao-cache/images/` ([`crate::cache`]). One file
//! per processed image, named by a 128-bit hash of
//! the source's bytes, the settings and the version of this code; it
//! holds the encoded variants exactly as they were made, so a build that
//! reads them writes the same bytes as one that makes them. An index
//! remembers each source file's size, modification time and hash, so an
//! unchanged photo is not even read again. Entries no build used are
//! removed at the end of the stage. Failing to read or write the cache is
//! never an error: the image is made again.

use super::codec::{Data, Kind, Processed, Variant};
use crate::load::StaticImage;
use crate::model::ImageSettings;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hasher;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Changes whenever the processing changes what it makes: old entries
/// are then simply not found, and removed.
const VERSION: &str = "baocao-images-2";
const MAGIC: &[u8] = b"baocao image cache 1\n";
const INDEX: &str = "index.tsv";

/// A source's identity on disk: size and modification time.
type Stamp = (u64, i128);

pub struct Cache {
    /// None: no cache (`BAOCAO_CACHE=off`).
    dir: Option<PathBuf>,
    /// Static path → (stamp, key), as the last run left it.
    index: BTreeMap<String, (Stamp, String)>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Header {
    width: u32,
    height: u32,
    kind: Kind,
    /// Width, height, extension, length in bytes.
    variants: Vec<(u32, u32, String, usize)>,
}

impl Cache {
    /// The cache of the site at `root` (nothing is created yet).
    pub fn open(root: &Path) -> Cache {
        Cache::in_folder(crate::cache::folder(root, "images"))
    }

    /// The cache in `dir` (none: no cache).
    fn in_folder(dir: Option<PathBuf>) -> Cache {
        let mut index = BTreeMap::new();
        if let Some(Ok(text)) = dir.as_ref().map(|dir| std::fs::read_to_string(dir.join(INDEX))) {
            for line in text.lines() {
                let mut parts = line.splitn(4, '\t');
                let (Some(key), Some(len), Some(modified), Some(path)) =
                    (parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    continue;
                };
                if let (Ok(len), Ok(modified)) = (len.parse(), modified.parse()) {
                    index.insert(path.to_string(), ((len, modified), key.to_string()));
                }
            }
        }
        Cache { dir, index }
    }

    /// The key of a source whose size and modification time are those the
    /// index has, without reading it.
    pub fn known_key(&self, path: &str, source: &StaticImage) -> Option<&str> {
        let (stamp, key) = self.index.get(path)?;
        (*stamp == (source.len, source.modified) && source.modified != 0).then_some(key.as_str())
    }

    /// The entry of `key`, if the cache has it whole. Only its header is
    /// read: the variants stay in the file, where the output copies them from.
    pub fn get(&self, key: &str) -> Option<Processed> {
        use std::io::BufRead;
        let file = self.dir.as_ref()?.join(format!("{key}.bin"));
        let mut reader = std::io::BufReader::new(std::fs::File::open(&file).ok()?);
        let mut head = Vec::new();
        reader.read_until(b'\n', &mut head).ok()?;
        if head != MAGIC {
            return None;
        }
        head.clear();
        reader.read_until(b'\n', &mut head).ok()?;
        let header: Header = serde_json::from_slice(head.strip_suffix(b"\n")?).ok()?;
        let mut offset = (MAGIC.len() + head.len()) as u64;
        let mut variants = Vec::new();
        for (width, height, ext, len) in header.variants {
            let ext = ["jpg", "png", "webp"].into_iter().find(|e| *e == ext)?;
            let len = len as u64;
            variants.push(Variant { width, height, ext, bytes: Data::InCache { file: file.clone(), offset, len } });
            offset += len;
        }
        // Whole: as long as its header says (a cut-short entry is a miss).
        let size = reader.get_ref().metadata().ok()?.len();
        (size == offset).then_some(Processed {
            width: header.width,
            height: header.height,
            kind: header.kind,
            variants,
        })
    }

    /// Stores an entry (written aside, then renamed: a reader never sees half of one).
    pub fn put(&self, key: &str, processed: &Processed) {
        let Some(dir) = &self.dir else { return };
        let header = Header {
            width: processed.width,
            height: processed.height,
            kind: processed.kind,
            variants: processed
                .variants
                .iter()
                .map(|v| (v.width, v.height, v.ext.to_string(), v.bytes.len() as usize))
                .collect(),
        };
        let _ = crate::cache::write_atomic(dir, &format!("{key}.bin"), |file| {
            file.write_all(MAGIC)?;
            file.write_all(&serde_json::to_vec(&header).expect("a header is JSON"))?;
            file.write_all(b"\n")?;
            for v in &processed.variants {
                file.write_all(&v.bytes.read()?)?;
            }
            Ok(())
        });
    }

    /// Writes the index of this run's sources and removes every entry it
    /// did not use; returns how many were removed.
    pub fn finish(&self, used: &BTreeMap<String, (Stamp, String)>) -> usize {
        let Some(dir) = self.dir.as_ref().filter(|dir| !used.is_empty() || dir.exists()) else {
            return 0;
        };
        if used != &self.index {
            let mut text = String::new();
            for (path, ((len, modified), key)) in used {
                // A path with a tab or a line break cannot be indexed: it is read again next time.
                if !path.contains(['\t', '\n', '\r']) {
                    text.push_str(&format!("{key}\t{len}\t{modified}\t{path}\n"));
                }
            }
            let _ = crate::cache::write_atomic(dir, INDEX, |file| file.write_all(text.as_bytes()));
        }
        let keep: BTreeSet<String> = used.values().map(|(_, key)| format!("{key}.bin")).collect();
        crate::cache::remove_unused(dir, "bin", &keep)
    }
}

/// The key of a source: a hash of the code's version, the settings and the bytes.
pub fn key(bytes: &[u8], settings: &ImageSettings) -> String {
    let mut hasher = crate::cache::hasher(VERSION);
    let ImageSettings { widths, quality, webp, original } = settings;
    for w in widths {
        hasher.write(&w.to_le_bytes());
    }
    hasher.write(&[*quality, u8::from(*webp), u8::from(*original), 0xFF]);
    hasher.write(&(bytes.len() as u64).to_le_bytes());
    hasher.write(bytes);
    crate::cache::key(&hasher)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_reads_back_as_it_was_written_and_unused_ones_go() {
        let dir = tempfile::tempdir().unwrap();
        // Not `open`: the tests' environment may say `BAOCAO_CACHE=off`.
        let folder = dir.path().join(crate::cache::FOLDER).join("images");
        let cache = Cache::in_folder(Some(folder.clone()));
        let processed = Processed {
            width: 8,
            height: 4,
            kind: Kind::Png,
            variants: vec![
                Variant { width: 4, height: 2, ext: "png", bytes: Data::Made(vec![1, 2, 3]) },
                Variant { width: 4, height: 2, ext: "webp", bytes: Data::Made(vec![9]) },
            ],
        };
        let settings = ImageSettings::default();
        let (a, b) = (key(b"a", &settings), key(b"b", &settings));
        assert_ne!(a, b);
        assert_ne!(a, key(b"a", &ImageSettings { quality: 80, ..settings.clone() }));
        cache.put(&a, &processed);
        cache.put(&b, &processed);
        // Read back: where each variant's bytes are, and they are the same.
        let back = cache.get(&a).expect("an entry");
        assert_eq!((back.width, back.height, back.kind, back.variants.len()), (8, 4, Kind::Png, 2));
        for (v, w) in back.variants.iter().zip(&processed.variants) {
            assert!(matches!(v.bytes, Data::InCache { .. }));
            assert_eq!((v.width, v.height, v.ext), (w.width, w.height, w.ext));
            assert_eq!(v.bytes.read().unwrap(), w.bytes.read().unwrap());
        }
        let used = BTreeMap::from([("x.png".to_string(), ((1, 2), a.clone()))]);
        assert_eq!(cache.finish(&used), 1);
        let again = Cache::in_folder(Some(folder.clone()));
        assert!(again.get(&b).is_none() && again.get(&a).is_some());
        let source = StaticImage { path: PathBuf::new(), len: 1, modified: 2 };
        assert_eq!(again.known_key("x.png", &source), Some(a.as_str()));
        assert_eq!(again.known_key("x.png", &StaticImage { len: 5, ..source }), None);
        // A damaged entry is a miss, not an error.
        std::fs::write(folder.join(format!("{a}.bin")), b"baocao image cache 1\n{").unwrap();
        assert!(again.get(&a).is_none());
        assert!(dir.path().join(crate::cache::FOLDER).join("CACHEDIR.TAG").exists());
    }
}
