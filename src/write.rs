//! The only stage that writes: puts rendered outputs into the output folder
//! atomically. Files go into a fresh folder beside the output, which is
//! swapped in only once complete; a failed or interrupted build leaves the
//! previous output as it was.

use crate::render::Output;
use anyhow::{Context, Result, bail};
use std::path::{Component, Path, PathBuf};

/// Marks a folder as made by baocao (see `cmd::build`): only such a folder,
/// or an empty one, is replaced by a build.
pub const MARKER: &str = ".baocao-output";

/// Writes `outputs` as the new content of `dir`.
pub fn write_site(outputs: &[Output], dir: &Path) -> Result<()> {
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = dir.file_name().context("the output folder has no name")?.to_string_lossy().into_owned();
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let staging = parent.join(format!(".{name}.baocao-new"));
    let retired = parent.join(format!(".{name}.baocao-old"));
    for leftover in [&staging, &retired] {
        if leftover.exists() {
            std::fs::remove_dir_all(leftover)
                .with_context(|| format!("removing the leftover {}", leftover.display()))?;
        }
    }
    std::fs::create_dir(&staging).with_context(|| format!("creating {}", staging.display()))?;
    for output in outputs {
        let path = inside(&staging, &output.path)?;
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
        }
        std::fs::write(&path, &output.bytes).with_context(|| format!("writing {}", path.display()))?;
    }
    let marker = staging.join(MARKER);
    std::fs::write(&marker, "This folder is made by `baocao build`, which replaces all of it on every build.\n")
        .with_context(|| format!("writing {}", marker.display()))?;
    if dir.exists() {
        swap(&staging, dir, &retired)?;
        std::fs::remove_dir_all(&staging)
            .with_context(|| format!("removing the previous site from {}", staging.display()))?;
    } else {
        std::fs::rename(&staging, dir).with_context(|| format!("moving the new site into {}", dir.display()))?;
    }
    Ok(())
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
/// (and the previous one put back if that fails); the previous site ends at `new`.
fn swap_by_renames(new: &Path, dir: &Path, retired: &Path) -> Result<()> {
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

    #[test]
    fn paths_stay_inside() {
        let base = Path::new("/tmp/out");
        assert!(inside(base, "a/b.html").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../x", ""] {
            assert!(inside(base, bad).is_err(), "{bad}");
        }
    }
}
