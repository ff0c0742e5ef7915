//! The only stage that writes: puts rendered outputs into the output folder
//! atomically. Files go into a fresh folder beside the output, which is
//! swapped in only once complete; a failed or interrupted build leaves the
//! previous output as it was.

use crate::render::Output;
use anyhow::{Context, Result, bail};
use std::path::{Component, Path, PathBuf};

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
    if dir.exists() {
        std::fs::rename(dir, &retired).with_context(|| format!("moving the previous {} aside", dir.display()))?;
    }
    if let Err(e) = std::fs::rename(&staging, dir) {
        // Put the previous site back before reporting.
        let _ = std::fs::rename(&retired, dir);
        return Err(e).with_context(|| format!("moving the new site into {}", dir.display()));
    }
    if retired.exists() {
        std::fs::remove_dir_all(&retired).with_context(|| format!("removing {}", retired.display()))?;
    }
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
