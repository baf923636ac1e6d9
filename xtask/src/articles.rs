//! `cargo xtask build --articles DIR`: a folder of articles to a trip, read file by file by the
//! app's own readers (`tourlens_trip::import::read`; saved pages through `page.rs`, the host's
//! twin of the browser's DOMParser walk), so the command line and the browser's import agree.
//!
//! The folder's `trip.json` (the manifest, `tourlens_trip::manifest`: title, traveller, and the
//! articles by file name with optional outlet, headline, date and URL) says what to read; without
//! one, every `.txt`, `.md`, `.html` and `.htm` file in name order, except notes about the folder
//! (names in capitals: `README.md`, `SOURCES.md`), titled by the folder's name. A file that
//! cannot be used stops the build, named with its problem.

use crate::Result;
use std::path::Path;
use tourlens_engine::Day;
use tourlens_trip::import::{read, Contents};
use tourlens_trip::manifest::{Manifest, FILE};
use tourlens_trip::{Offered, Outcome, Trip};

pub fn trip(dir: &Path) -> Result<Trip> {
    let manifest = match std::fs::read_to_string(dir.join(FILE)) {
        Ok(raw) => Some(
            serde_json::from_str::<Manifest>(&raw)
                .map_err(|e| format!("{}: {e}", dir.join(FILE).display()))?,
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{}: {e}", dir.join(FILE).display()).into()),
    };
    let files: Vec<String> = match &manifest {
        Some(m) => m.articles.iter().map(|a| a.file.clone()).collect(),
        None => {
            let mut names: Vec<String> = std::fs::read_dir(dir)
                .map_err(|e| format!("{}: {e}", dir.display()))?
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| is_article(n))
                .collect();
            names.sort();
            names
        }
    };
    if files.is_empty() {
        return Err(format!(
            "{}: no articles (.txt, .md, .html, .htm) and no {FILE}",
            dir.display()
        )
        .into());
    }
    let title = manifest
        .as_ref()
        .map(|m| m.title.clone())
        .unwrap_or_else(|| {
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Trip".into())
        });
    let mut problems = Vec::new();
    let mut offered = Vec::new();
    for (n, name) in files.iter().enumerate() {
        let bytes = match std::fs::read(dir.join(name)) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                continue;
            }
        };
        let got = read(name, &bytes, &crate::page::facts);
        if let Some(note) = &got.note {
            eprintln!("{name}: {note}");
        }
        match got.result {
            Ok(Contents::Articles(articles)) => {
                for mut article in articles {
                    if let Some(entry) = manifest.as_ref().and_then(|m| m.articles.get(n)) {
                        let meta = &mut article.meta;
                        meta.outlet = entry.outlet.clone().or(meta.outlet.take());
                        meta.headline = entry.headline.clone().or(meta.headline.take());
                        meta.url = entry.url.clone().or(meta.url.take());
                        if let Some(d) = &entry.date {
                            meta.date = Some(Day::parse_iso(d).ok_or_else(|| {
                                format!("{FILE}: the date given for {name} is not YYYY-MM-DD: {d}")
                            })?);
                        }
                    }
                    offered.push(Offered {
                        source: name.clone(),
                        article,
                    });
                }
            }
            Ok(Contents::Trip(_)) => problems.push(format!(
                "{name}: a whole tourlens trip; import it in the browser instead"
            )),
            Err(problem) => problems.push(format!("{name}: {problem}")),
        }
    }
    let mut trip = Trip::new(&title, Vec::new());
    for (o, outcome) in trip.add(offered) {
        if let Outcome::Duplicate(of) = outcome {
            problems.push(format!(
                "{}: a duplicate: the same text is already in the trip as “{of}”",
                o.source
            ));
        }
    }
    if !problems.is_empty() {
        return Err(format!(
            "{} cannot be used:\n  {}",
            dir.display(),
            problems.join("\n  ")
        )
        .into());
    }
    if let Some(t) = manifest.and_then(|m| m.traveller) {
        trip.set_traveller(&t);
    }
    Ok(trip)
}

/// An article's file: a kind the readers take, and no note about the folder (`README.md`).
fn is_article(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    let kind = matches!(
        ext.to_ascii_lowercase().as_str(),
        "txt" | "md" | "html" | "htm"
    );
    let note = stem.chars().any(char::is_alphabetic) && !stem.chars().any(char::is_lowercase);
    kind && !note && !name.starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared;

    #[test]
    fn article_files() {
        let cases: &[(&str, bool)] = &[
            ("01_euronews.txt", true),
            ("story.MD", true),
            ("page.htm", true),
            ("SOURCES.md", false),
            ("README.md", false),
            ("truth.json", false),
            ("trip.json", false),
            ("notes", false),
            (".hidden.txt", false),
            ("2024.txt", true),
        ];
        for (name, want) in cases {
            assert_eq!(is_article(name), *want, "{name}");
        }
    }

    #[test]
    fn a_dev_set_folder_is_the_trip_the_browser_imports() {
        let shared = shared::shared_dir_from(&crate::root()).expect("the shared folder");
        let dir = shared.join("devset/xi-europe-2024-05");
        let trip = trip(&dir).expect("a trip");
        assert_eq!(trip.title, "xi-europe-2024-05");
        let ids: Vec<&str> = trip.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.len(), 6, "{ids:?}: the .txt files, not SOURCES.md");
        assert!(ids.iter().all(|i| i.ends_with(".txt")));
        let text = std::fs::read_to_string(dir.join(ids[0])).expect("readable");
        assert_eq!(trip.articles[0].text, text);
    }

    #[test]
    fn a_manifest_names_the_articles_and_overrides() {
        let dir = std::env::temp_dir().join(format!("tourlens-articles-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).expect("write");
        write("a.txt", "Halvorsen arrived in Tunis on Sunday.");
        write(
            "b.md",
            "---\ntitle: From front matter\n---\nHalvorsen left for Valletta.",
        );
        write("c.txt", "Not listed, not read.");
        write(
            FILE,
            r#"{"title": "Halvorsen's tour", "traveller": "Ola Halvorsen",
                "articles": [{"file": "b.md", "outlet": "Oslo Daily", "date": "2025-03-16"}, {"file": "a.txt"}]}"#,
        );
        let trip = trip(&dir).expect("a trip");
        assert_eq!(trip.title, "Halvorsen's tour");
        assert_eq!(trip.edits.traveller.as_deref(), Some("Ola Halvorsen"));
        let ids: Vec<&str> = trip.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b.md", "a.txt"]);
        let b = &trip.articles[0].meta;
        assert_eq!(b.headline.as_deref(), Some("From front matter"));
        assert_eq!(b.outlet.as_deref(), Some("Oslo Daily"));
        assert_eq!(b.date.map(|d| d.to_string()).as_deref(), Some("2025-03-16"));
        write("a.txt", "");
        let err = super::trip(&dir).expect_err("an empty file").to_string();
        assert!(err.contains("a.txt: the file is empty"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
