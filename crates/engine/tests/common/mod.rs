//! What the golden and itinerary tests share: the repository root, JSON fixtures, the bundled
//! corpus with its fixture (seed) names, and great-circle distance.
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

use serde_json::Value;
use std::path::{Path, PathBuf};
use tourlens_engine::{analyze, Analysis, ArticleInput};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[path = "../../../devset/src/shared.rs"]
mod shared;

/// The shared folder: the bundled articles, their fixture and the dev set (never copied here).
pub fn shared() -> PathBuf {
    shared::shared_dir_from(&root()).unwrap_or_else(|e| panic!("{e}"))
}

pub fn read_json(path: &Path) -> Value {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The expected extraction of the bundled five (`shared/fixtures/seeds-truth.json`).
#[allow(dead_code)] // each test binary compiles this module
pub fn seeds_truth() -> Value {
    read_json(&shared().join("fixtures/seeds-truth.json"))
}

/// The bundled five (as `assets/trip.json` lists them), analysed, with their file names (the
/// fixture's keys).
pub fn bundled() -> (Analysis, Vec<String>) {
    let manifest = read_json(&root().join("assets/trip.json"));
    let mut inputs = Vec::new();
    let mut names = Vec::new();
    for entry in manifest["articles"].as_array().expect("manifest articles") {
        let file = entry["file"].as_str().expect("file");
        let text = std::fs::read_to_string(shared().join("articles").join(file)).expect("article");
        inputs.push(ArticleInput {
            id: file.into(),
            text,
            ..Default::default()
        });
        names.push(file.to_string());
    }
    (analyze(&inputs), names)
}

/// Great-circle distance in km (haversine).
#[allow(dead_code)] // each test binary compiles this module; search.rs and others do not use it
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// A JSON array of strings, sorted.
#[allow(dead_code)] // each test binary compiles this module; golden.rs does not use it
pub fn sorted_strings(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    out.sort();
    out
}
