//! `baocao schema`: writes the JSON Schemas of the content files
//! (`fields::schema`), for editors to check them as they are typed; by
//! default into `<root>/schemas/`. `baocao init` writes the same files
//! with [`write`].

use super::{EXIT_OK, UsageError};
use crate::cli::SchemaArgs;
use crate::messages::{MessageLang, Say};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

pub fn run(args: &SchemaArgs, lang: MessageLang) -> Result<i32> {
    let root = super::site_root(&args.root)?;
    let out = match &args.out {
        Some(out) => out.clone(),
        // Said as the user would write it: `schemas/…`, not `./schemas/…`.
        None if args.root == Path::new(".") => PathBuf::from("schemas"),
        None => args.root.join("schemas"),
    };
    let languages = crate::config::peek_languages(&root);
    for path in write(&out, languages.as_deref().unwrap_or_default())? {
        println!("{}", Say::SchemaWritten { path: path.display().to_string() }.text(lang));
    }
    println!("{}", Say::SchemaLanguages { languages }.text(lang));
    Ok(EXIT_OK)
}

/// Writes `site.schema.json`, `program.schema.json` and
/// `front-matter.schema.json` into `dir`, made if missing, and returns
/// their paths. Texts take `languages` as keys (any code when empty). A
/// `dir` that is a file, or inside one, is refused (exit code 2).
pub fn write(dir: &Path, languages: &[String]) -> Result<Vec<PathBuf>> {
    // The nearest part of the path that exists must be a folder.
    if let Some(existing) = dir.ancestors().find(|p| p.exists())
        && !existing.is_dir()
    {
        bail!(UsageError(Say::SchemaDirIsFile { path: existing.display().to_string() }));
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut written = Vec::new();
    for (name, text) in crate::fields::schemas(languages) {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
