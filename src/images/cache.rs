//! The image cache: `.baocao-cache/images/` ([`crate::cache`]). Each
//! processed image has an entry named by a 128-bit hash of the source's
//! bytes, the settings and the version of this code: a header
//! (`KEY.bin`: sizes and variants) and each variant exactly as it was
//! encoded (`KEY.720.jpg`), which the output links to (or copies), so a
//! build that uses them writes the same bytes as one that makes them. An index
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
const VERSION: &str = "baocao-images-3";
const MAGIC: &[u8] = b"baocao image cache 2\n";
const INDEX: &str = "index.tsv";

/// A source's identity on disk: size and modification time.
type Stamp = (u64, i128);

pub struct Cache {
    /// None: no cache (`BAOCAO_CACHE=off`).
    dir: Option<PathBuf>,
    /// A hash of the code's version and the settings: the index holds
    /// only what was made with these (other settings make other images).
    made_with: String,
    /// Static path → what the last run knew of it.
    index: BTreeMap<String, Indexed>,
}

/// What the index knows of a source: enough to link its variants
/// without reading it, nor even its entry's header.
#[derive(Clone, PartialEq, Eq)]
pub struct Indexed {
    stamp: Stamp,
    key: String,
    header: Header,
}

impl Indexed {
    /// What to index of a source whose image is `processed`, if that is
    /// an entry of the cache (without a cache, nothing is).
    pub fn new(source: &StaticImage, key: String, processed: &Processed) -> Option<Indexed> {
        Some(Indexed { stamp: (source.len, source.modified), key, header: Header::of_entry(processed)? })
    }
}

#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Header {
    width: u32,
    height: u32,
    kind: Kind,
    /// Width, height, extension, length in bytes, and the modification
    /// time of its file (output files are links to them: an edit of one
    /// in place makes the entry a miss, never a published change).
    variants: Vec<(u32, u32, String, usize, i128)>,
}

impl Cache {
    /// The cache of the site at `root`, for images made with `settings`
    /// (nothing is created yet).
    pub fn open(root: &Path, settings: &ImageSettings) -> Cache {
        Cache::in_folder(crate::cache::folder(root, "images"), settings)
    }

    /// The cache in `dir` (none: no cache).
    fn in_folder(dir: Option<PathBuf>, settings: &ImageSettings) -> Cache {
        let made_with = key(b"", settings);
        let mut index = BTreeMap::new();
        if let Some(Ok(text)) = dir.as_ref().map(|dir| std::fs::read_to_string(dir.join(INDEX))) {
            for line in text.lines() {
                let mut parts = line.splitn(6, '\t');
                let (Some(with), Some(key), Some(len), Some(modified), Some(header), Some(path)) =
                    (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
                else {
                    continue;
                };
                // Another version or other settings; or not a key (a line
                // written by hand could name a file outside the cache).
                if with != made_with || !crate::cache::is_key(key) {
                    continue;
                }
                if let (Ok(len), Ok(modified), Ok(header)) =
                    (len.parse(), modified.parse(), serde_json::from_str(header))
                {
                    index.insert(path.to_string(), Indexed { stamp: (len, modified), key: key.to_string(), header });
                }
            }
        }
        Cache { dir, made_with, index }
    }

    /// The entry and key of a source whose size and modification time
    /// are those the index has, without reading the source or the header.
    pub fn known(&self, path: &str, source: &StaticImage) -> Option<(Processed, &str)> {
        let known = self.index.get(path)?;
        if known.stamp != (source.len, source.modified) || source.modified == 0 {
            return None;
        }
        Some((self.entry(&known.key, known.header.clone())?, known.key.as_str()))
    }

    /// The entry of `key`, if the cache has it whole. Only its header is
    /// read; the output links to the variants' files.
    pub fn get(&self, key: &str) -> Option<Processed> {
        let text = std::fs::read(self.dir.as_ref()?.join(format!("{key}.bin"))).ok()?;
        let header = serde_json::from_slice(text.strip_prefix(MAGIC)?.strip_suffix(b"\n")?).ok()?;
        self.entry(key, header)
    }

    /// The entry of `key` that `header` tells of, if each of its
    /// variants' files is there as the header says: as long, and not
    /// written since (a cut-short or changed file is a miss).
    fn entry(&self, key: &str, header: Header) -> Option<Processed> {
        let dir = self.dir.as_ref()?;
        let mut variants = Vec::new();
        for (width, height, ext, len, modified) in header.variants {
            let ext = ["jpg", "png", "webp"].into_iter().find(|e| *e == ext)?;
            let file = dir.join(variant_name(key, width, ext));
            let len = len as u64;
            let meta = file.metadata().ok()?;
            (meta.len() == len && crate::load::modified_nanos(&meta) == modified).then_some(())?;
            variants.push(Variant { width, height, ext, bytes: Data::InCache { file, len, modified } });
        }
        Some(Processed { width: header.width, height: header.height, kind: header.kind, variants })
    }

    /// Stores an entry: its variants' files first, then its header, each
    /// written aside and renamed (a reader never sees half of one, and a
    /// header only once its variants are there). Returns the entry as
    /// [`Cache::get`] would (the output then links to its files), if it
    /// could be stored.
    pub fn put(&self, key: &str, processed: &Processed) -> Option<Processed> {
        let dir = self.dir.as_ref()?;
        let mut times = Vec::new();
        for v in &processed.variants {
            let name = variant_name(key, v.width, v.ext);
            let written = crate::cache::write_atomic(dir, &name, |file| file.write_all(&v.bytes.read()?));
            match written.and_then(|()| std::fs::metadata(dir.join(&name))) {
                Ok(meta) => times.push(crate::load::modified_nanos(&meta)),
                Err(_) => return None,
            }
        }
        let header = Header::of(processed, &times);
        crate::cache::write_atomic(dir, &format!("{key}.bin"), |file| {
            file.write_all(MAGIC)?;
            file.write_all(&serde_json::to_vec(&header).expect("a header is JSON"))?;
            file.write_all(b"\n")
        })
        .ok()?;
        self.entry(key, header)
    }

    /// Writes the index of this run's sources and removes every entry it
    /// did not use; returns how many were removed.
    pub fn finish(&self, used: &BTreeMap<String, Indexed>) -> usize {
        let Some(dir) = self.dir.as_ref().filter(|dir| !used.is_empty() || dir.exists()) else {
            return 0;
        };
        if used != &self.index {
            let mut text = String::new();
            for (path, Indexed { stamp: (len, modified), key, header }) in used {
                // A path with a tab or a line break cannot be indexed: it is read again next time.
                if !path.contains(['\t', '\n', '\r']) {
                    // JSON escapes tabs and line breaks: one field.
                    let header = serde_json::to_string(header).expect("a header is JSON");
                    let with = &self.made_with;
                    text.push_str(&format!("{with}\t{key}\t{len}\t{modified}\t{header}\t{path}\n"));
                }
            }
            let _ = crate::cache::write_atomic(dir, INDEX, |file| file.write_all(text.as_bytes()));
        }
        // An entry's files all start with its key and a dot.
        let keys: BTreeSet<&str> = used.values().map(|known| known.key.as_str()).collect();
        let removed = crate::cache::remove_unused(dir, |name| {
            let entry = [".bin", ".jpg", ".png", ".webp"].iter().any(|ext| name.ends_with(ext));
            entry && !name.split_once('.').is_some_and(|(key, _)| keys.contains(key))
        });
        // An entry is counted once, by its header.
        removed.iter().filter(|name| name.ends_with(".bin")).count()
    }
}

impl Header {
    /// The header of `processed`, whose variants' files were last written at `times`.
    fn of(processed: &Processed, times: &[i128]) -> Header {
        Header {
            width: processed.width,
            height: processed.height,
            kind: processed.kind,
            variants: processed
                .variants
                .iter()
                .zip(times)
                .map(|(v, time)| (v.width, v.height, v.ext.to_string(), v.bytes.len() as usize, *time))
                .collect(),
        }
    }

    /// The header of an entry read from the cache: its variants are its files.
    fn of_entry(processed: &Processed) -> Option<Header> {
        let times: Option<Vec<i128>> = processed
            .variants
            .iter()
            .map(|v| match v.bytes {
                Data::InCache { modified, .. } => Some(modified),
                Data::Made(_) => None,
            })
            .collect();
        Some(Header::of(processed, &times?))
    }
}

/// The file of an entry's variant: `KEY.720.jpg`.
fn variant_name(key: &str, width: u32, ext: &str) -> String {
    format!("{key}.{width}.{ext}")
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
        let settings = ImageSettings::default();
        let cache = Cache::in_folder(Some(folder.clone()), &settings);
        let processed = Processed {
            width: 8,
            height: 4,
            kind: Kind::Png,
            variants: vec![
                Variant { width: 4, height: 2, ext: "png", bytes: Data::Made(vec![1, 2, 3]) },
                Variant { width: 4, height: 2, ext: "webp", bytes: Data::Made(vec![9]) },
            ],
        };
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
        let source = StaticImage { path: PathBuf::new(), len: 1, modified: 2 };
        // Only an entry of the cache is indexed.
        assert!(Indexed::new(&source, a.clone(), &processed).is_none());
        let indexed = Indexed::new(&source, a.clone(), &back).expect("an entry");
        let used = BTreeMap::from([("x.png".to_string(), indexed)]);
        assert_eq!(cache.finish(&used), 1);
        let again = Cache::in_folder(Some(folder.clone()), &settings);
        // Other settings make other images: the index knows none of them.
        let other = ImageSettings { widths: vec![200], ..settings.clone() };
        assert!(Cache::in_folder(Some(folder.clone()), &other).known("x.png", &source).is_none());
        assert!(again.get(&b).is_none() && again.get(&a).is_some());
        // The unused entry went whole, its variants with its header.
        let mut names: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, [format!("{a}.4.png"), format!("{a}.4.webp"), format!("{a}.bin"), INDEX.to_string()]);
        let (known, known_key) = again.known("x.png", &source).expect("known by its size and time");
        assert_eq!((known, known_key), (again.get(&a).unwrap(), a.as_str()));
        assert!(again.known("x.png", &StaticImage { len: 5, ..source.clone() }).is_none());
        assert!(again.known("y.png", &source).is_none());
        // A damaged entry is a miss, not an error: a variant cut short,
        // changed in place (as an output file linked to it could be: the
        // same length, another time), or a bad header.
        let variant = folder.join(format!("{a}.4.png"));
        let written = std::fs::metadata(&variant).unwrap().modified().unwrap();
        std::fs::write(&variant, [1, 2]).unwrap();
        assert!(again.get(&a).is_none() && again.known("x.png", &source).is_none());
        std::fs::write(&variant, [7, 8, 9]).unwrap();
        let file = std::fs::File::options().write(true).open(&variant).unwrap();
        file.set_modified(written + std::time::Duration::from_secs(1)).unwrap();
        assert!(again.get(&a).is_none() && again.known("x.png", &source).is_none());
        // As it was written (its time too): whole again.
        std::fs::write(&variant, [1, 2, 3]).unwrap();
        file.set_modified(written).unwrap();
        assert!(again.get(&a).is_some() && again.known("x.png", &source).is_some());
        std::fs::write(folder.join(format!("{a}.bin")), b"baocao image cache 2\n{").unwrap();
        assert!(again.get(&a).is_none());
        assert!(dir.path().join(crate::cache::FOLDER).join("CACHEDIR.TAG").exists());
        // An index line whose key is not one (written by hand, to name a
        // file outside the cache) is not read.
        let index = std::fs::read_to_string(folder.join(INDEX)).unwrap();
        std::fs::write(folder.join(INDEX), index.replace(&format!("\t{a}\t"), "\t../../x\t")).unwrap();
        assert!(Cache::in_folder(Some(folder.clone()), &settings).index.is_empty());
        std::fs::write(folder.join(INDEX), index).unwrap();
        assert_eq!(Cache::in_folder(Some(folder.clone()), &settings).index.len(), 1);
    }
}
