//! Command line: analyse a folder's worth of article files and print what the engine found.
//!
//!     cargo run -p tourlens-engine --example analyze -- FILES... [--json OUT.json]
//!
//! Unreadable files are reported and skipped; non-UTF-8 bytes are decoded lossily (and said so).

use std::io::Write;
use tourlens_engine::{analyze, ArticleInput, Provenance};

fn confidence(stop: &tourlens_engine::Stop) -> String {
    format!("{:?}", stop.date_confidence).to_lowercase()
}

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
    // The trip: one row per stop, one column per source (✓ covered, · not).
    let _ = write!(
        out,
        "\n{:<3} {:<16} {:<14} {:<24} {:<7}",
        "#", "stop", "country", "days", "sure"
    );
    for i in 0..analysis.articles.len() {
        let _ = write!(out, " {:>2}", i + 1);
    }
    let _ = writeln!(out, "  also named");
    for (k, stop) in analysis.stops.iter().enumerate() {
        let place = &analysis.places[stop.place];
        let (days, sure) = match (stop.onward, stop.days) {
            (true, _) => ("onward".to_string(), String::new()),
            (false, Some(r)) if r.start == r.end => (r.start.to_string(), confidence(stop)),
            (false, Some(r)) => (format!("{} – {}", r.start, r.end), confidence(stop)),
            (false, None) => ("(undated)".to_string(), String::new()),
        };
        let _ = write!(
            out,
            "{:<3} {:<16} {:<14} {:<24} {:<7}",
            k + 1,
            place.name.chars().take(16).collect::<String>(),
            place
                .country_name
                .clone()
                .unwrap_or_default()
                .chars()
                .take(14)
                .collect::<String>(),
            days,
            sure
        );
        for a in &stop.accounts {
            let _ = write!(out, " {:>2}", if a.covered { "✓" } else { "·" });
        }
        let others: Vec<&str> = stop
            .names
            .iter()
            .filter(|n| **n != place.name)
            .map(String::as_str)
            .collect();
        let _ = writeln!(out, "  {}", others.join(", "));
    }
    if !analysis.discrepancies.is_empty() {
        let _ = writeln!(out, "\nwhere the sources differ:");
    }
    for d in &analysis.discrepancies {
        let _ = writeln!(
            out,
            "  {:<9} {}",
            format!("{:?}", d.kind).to_lowercase(),
            d.topic
        );
        for c in &d.claims {
            let value: String = c.value.chars().take(70).collect();
            let _ = writeln!(out, "  {:<9}   {:>2}: {}", "", c.article + 1, value);
        }
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
