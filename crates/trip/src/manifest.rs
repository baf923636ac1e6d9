//! A trip's manifest: its title, whose trip it is, and its articles by file name, each with
//! optional overrides of what the engine would infer (outlet, headline, date, URL). One format
//! for the bundled trip (`assets/trip.json`, compiled in by `build.rs`) and for a folder given to
//! `cargo xtask build --articles DIR` (its `trip.json`). Depends on serde alone, so `build.rs`
//! includes this file by path.

use serde::Deserialize;

/// The manifest's file name in a folder of articles.
#[allow(dead_code)] // build.rs reads assets/trip.json by its own path
pub const FILE: &str = "trip.json";

#[derive(Debug, Deserialize)]
pub struct Manifest {
    pub title: String,
    /// Whose trip it is, when known; the engine picks the traveller otherwise.
    #[serde(default)]
    pub traveller: Option<String>,
    pub articles: Vec<Entry>,
}

/// One article: its file, and what the engine should take instead of what it infers.
#[derive(Debug, Deserialize)]
pub struct Entry {
    pub file: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}
