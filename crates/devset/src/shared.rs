//! Where the shared material lives (the bundled articles, their fixture, the dev set): one
//! look-up for the build script, the engine's tests and the scorer, included by path.
//!
//! `$TOURLENS_SHARED` when set; else `shared/` beside the repository; else `shared/` beside
//! the repository this one was cloned from (CI runs on a clean clone elsewhere).

use std::path::{Path, PathBuf};

/// The shared folder for the repository at `repo`: the one holding `articles/`.
#[allow(dead_code)] // each includer uses what it needs
pub fn shared_dir_from(repo: &Path) -> Result<PathBuf, String> {
    if let Ok(dir) = std::env::var("TOURLENS_SHARED") {
        return Ok(PathBuf::from(dir));
    }
    let beside = |root: &Path| root.join("../shared");
    if beside(repo).join("articles").is_dir() {
        return Ok(beside(repo));
    }
    let origin = std::process::Command::new("git")
        .args(["remote", "get-url", "origin"])
        .current_dir(repo)
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let origin = Path::new(origin.trim_start_matches("file://"));
    if origin.is_absolute() && beside(origin).join("articles").is_dir() {
        return Ok(beside(origin));
    }
    Err(format!(
        "no shared folder (with articles/) beside {} or the repository it was cloned from; set TOURLENS_SHARED",
        repo.display()
    ))
}
