//! Compiles the bundled trip into the app: reads `assets/trip.json` (title, traveller, and the
//! articles by file name) and generates `bundled.rs`, which `include_str!`s each article from the
//! shared folder (`../shared/articles`, see `crates/devset/src/shared.rs`), and the engine's
//! analysis of them (`bundled-analysis.json`). Article text never lives in this repository.

use std::{env, fs, path::Path};

#[path = "crates/devset/src/shared.rs"]
mod shared;

#[path = "crates/trip/src/manifest.rs"]
mod manifest;

#[path = "src/synthetic.rs"]
mod synthetic;

use manifest::Manifest;

fn lit(s: &Option<String>) -> String {
    match s {
        Some(v) => format!("Some({v:?}.to_string())"),
        None => "None".into(),
    }
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest_path = repo.join("assets/trip.json");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    println!("cargo:rerun-if-env-changed=TOURLENS_SHARED");
    let raw = fs::read_to_string(&manifest_path).expect("assets/trip.json is readable");
    let manifest: Manifest = serde_json::from_str(&raw).expect("assets/trip.json is valid");
    let dir = match shared::shared_dir_from(repo) {
        Ok(shared) => shared.join("articles"),
        Err(e) => panic!("the bundled articles: {e}"),
    };
    // TOURLENS_SYNTHETIC=N builds a page whose corpus is each article N times, numbers varied
    // (the page benchmark's ~1 MB corpus); unset, the corpus is the bundled articles.
    println!("cargo:rerun-if-env-changed=TOURLENS_SYNTHETIC");
    let copies: usize = env::var("TOURLENS_SYNTHETIC")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|n| *n >= 1)
        .unwrap_or(1);
    let mut out = String::new();
    out.push_str(&format!("pub const TITLE: &str = {:?};\n", manifest.title));
    out.push_str(&format!("const COPIES: usize = {copies};\n"));
    out.push_str(
        "pub fn articles() -> Vec<tourlens_engine::ArticleInput> {\n    crate::synthetic::copies(bundled(), COPIES)\n}\n",
    );
    out.push_str("fn bundled() -> Vec<tourlens_engine::ArticleInput> {\n    vec![\n");
    for a in &manifest.articles {
        let path = dir.join(&a.file);
        assert!(
            path.is_file(),
            "assets/trip.json lists {} but it is not in {}",
            a.file,
            dir.display()
        );
        println!("cargo:rerun-if-changed={}", path.display());
        if let Some(d) = &a.date {
            assert!(
                tourlens_date_ok(d),
                "the date given for {} is not YYYY-MM-DD: {d}",
                a.file
            );
        }
        out.push_str(&format!(
            "        tourlens_engine::ArticleInput {{ id: {id:?}.to_string(), text: include_str!({path:?}).to_string(), meta: tourlens_engine::Meta {{ outlet: {o}, headline: {h}, date: {d}, url: {u}, traveller: {t} }} }},\n",
            id = a.file,
            path = path.display().to_string(),
            o = lit(&a.outlet),
            h = lit(&a.headline),
            d = a.date.as_ref().map(|d| format!("tourlens_engine::Day::parse_iso({d:?})")).unwrap_or_else(|| "None".into()),
            u = lit(&a.url),
            t = lit(&manifest.traveller),
        ));
    }
    out.push_str("    ]\n}\n");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("bundled.rs"), out).expect("OUT_DIR is writable");

    // The bundled corpus analysed here, by the same engine on the same articles, so the page
    // shows its trip without analysing it (nor reading the gazetteer) at every load.
    let base = manifest
        .articles
        .iter()
        .map(|a| tourlens_engine::ArticleInput {
            id: a.file.clone(),
            text: fs::read_to_string(dir.join(&a.file)).expect("a bundled article is readable"),
            meta: tourlens_engine::Meta {
                outlet: a.outlet.clone(),
                headline: a.headline.clone(),
                date: a.date.as_deref().and_then(tourlens_engine::Day::parse_iso),
                url: a.url.clone(),
                traveller: manifest.traveller.clone(),
            },
        })
        .collect();
    let analysis = tourlens_engine::analyze(&synthetic::copies(base, copies));
    let json = serde_json::to_string(&analysis).expect("an analysis is JSON");
    fs::write(Path::new(&out_dir).join("bundled-analysis.json"), json)
        .expect("OUT_DIR is writable");
}

fn tourlens_date_ok(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-'
}
