//! Command line: analyse a folder's worth of article files and print what the engine found.
//!
//!     cargo run -p tourlens-engine --example analyze -- FILES... [--json OUT.json]
//!
//! Unreadable files are reported and skipped; non-UTF-8 bytes are decoded lossily (and said so).

use std::io::Write;
use tourlens_engine::{analyze, ArticleInput, Provenance};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut json_out = None;
    while let Some(arg) = args.next() {
        if arg == "--json" {
            json_out = args.next();
        } else {
            files.push(arg);
        }
    }
    if files.is_empty() {
        eprintln!("usage: analyze FILES... [--json OUT.json]");
        std::process::exit(2);
    }
    let mut inputs = Vec::new();
    for path in &files {
        match std::fs::read(path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                if std::str::from_utf8(&bytes).is_err() {
                    eprintln!("{path}: not valid UTF-8; invalid bytes replaced with U+FFFD");
                }
                inputs.push(ArticleInput {
                    id: path.clone(),
                    text,
                    ..Default::default()
                });
            }
            Err(e) => eprintln!("{path}: cannot read ({e}); skipped"),
        }
    }
    let analysis = analyze(&inputs);
    let out = std::io::stdout();
    let mut out = out.lock();
    let tag = |p: Provenance| match p {
        Provenance::Given => "given",
        Provenance::Inferred => "inferred",
        Provenance::Unknown => "unknown",
    };
    let _ = writeln!(
        out,
        "{:<4} {:<24} {:<22} {:>6}  headline",
        "#", "outlet", "published", "words"
    );
    for (i, a) in analysis.articles.iter().enumerate() {
        let outlet = a.outlet.value.clone().unwrap_or_else(|| "(unknown)".into());
        let date = a
            .published
            .value
            .map(|d| format!("{} ({})", d, tag(a.published.provenance)))
            .unwrap_or_else(|| "(unknown)".into());
        let headline: String = a
            .headline
            .value
            .clone()
            .unwrap_or_default()
            .chars()
            .take(60)
            .collect();
        let _ = writeln!(
            out,
            "{:<4} {:<24} {:<22} {:>6}  {}",
            i + 1,
            outlet.chars().take(24).collect::<String>(),
            date,
            a.word_count,
            headline
        );
    }
    match &analysis.traveller {
        Some(t) => {
            let _ = writeln!(
                out,
                "\ntraveller: {}{} — {}",
                t.name,
                t.role
                    .as_ref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default(),
                t.basis
            );
        }
        None => {
            let _ = writeln!(out, "\ntraveller: none found");
        }
    }
    let _ = writeln!(
        out,
        "\nvisits, per source (stops merged across sources come with the align stage):"
    );
    for (i, a) in analysis.articles.iter().enumerate() {
        let mut seen: Vec<String> = Vec::new();
        for v in &a.visits {
            let place = &analysis.places[a.places[v.mention].place];
            let label = format!("{}{}", place.name, if v.onward { " (onward)" } else { "" });
            if !seen.contains(&label) {
                seen.push(label);
            }
        }
        let _ = writeln!(
            out,
            "  {:<4} {}",
            i + 1,
            if seen.is_empty() {
                "(none)".to_string()
            } else {
                seen.join(" → ")
            }
        );
    }
    for d in &analysis.diagnostics {
        eprintln!(
            "note: {}: {}",
            d.article.as_deref().unwrap_or("corpus"),
            d.message
        );
    }
    if let Some(path) = json_out {
        match serde_json::to_string_pretty(&analysis).map(|json| std::fs::write(&path, json)) {
            Ok(Ok(())) => eprintln!("wrote {path}"),
            Ok(Err(e)) => eprintln!("cannot write {path}: {e}"),
            Err(e) => eprintln!("cannot serialise the analysis: {e}"),
        }
    }
}
