//! The theme: the built-in `default` theme embedded in the binary, with
//! the site's `themes/<name>/` files laid over it path by path.

use include_dir::{Dir, include_dir};
use std::borrow::Cow;
use std::collections::BTreeMap;

static DEFAULT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Theme files by path (`templates/base.html`, `static/style.css`,
/// `i18n/vi.yaml`).
pub struct Theme {
    files: BTreeMap<String, Cow<'static, [u8]>>,
    /// Paths the site's theme folder replaced.
    overridden: Vec<String>,
}

impl Theme {
    /// The built-in theme with `overrides` replacing files of the same path.
    pub fn new(overrides: BTreeMap<String, Vec<u8>>) -> Theme {
        let mut files = BTreeMap::new();
        collect(&DEFAULT, &mut files);
        let overridden = overrides.keys().cloned().collect();
        for (path, bytes) in overrides {
            files.insert(path, Cow::Owned(bytes));
        }
        Theme { files, overridden }
    }

    /// Files under `prefix` (`templates/`), with the prefix removed.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files.iter().filter_map(move |(p, b)| p.strip_prefix(prefix).map(|rest| (rest, b.as_ref())))
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(|b| b.as_ref())
    }

    /// A hash of what the site's theme folder changes (the built-in theme
    /// is the binary's): equal for two loads of the same files.
    pub fn fingerprint(&self) -> u64 {
        crate::hash_of(self.overridden.iter().map(|path| (path, self.get(path))).collect::<Vec<_>>())
    }

    /// Whether the site's theme folder has templates or interface strings
    /// of its own: the site's code, or words the built-in templates read
    /// (a section replaced by a string fails them); only running the
    /// templates shows what they do.
    pub fn has_own_templates_or_strings(&self) -> bool {
        self.overridden.iter().any(|p| p.starts_with("templates/") || p.starts_with("i18n/"))
    }

    /// The built-in version of a file, when the site's theme replaced it.
    pub fn built_in(&self, path: &str) -> Option<&'static [u8]> {
        if !self.overridden.iter().any(|p| p == path) {
            return None;
        }
        DEFAULT.get_file(path).map(|f| f.contents())
    }
}

fn collect(dir: &Dir<'static>, out: &mut BTreeMap<String, Cow<'static, [u8]>>) {
    for file in dir.files() {
        out.insert(file.path().to_string_lossy().replace('\\', "/"), Cow::Borrowed(file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}
