//! Fuzz target: any bytes, read as articles (split at a NUL into up to four, decoded lossily, the
//! first line of each also given as a traveller and a stop edit), must analyse without a panic,
//! and every span the analysis holds must lie on char boundaries of its article.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tourlens_engine::{analyze_with, ArticleInput, Edits, PlaceRef, StopEdit, StopRef};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let inputs: Vec<ArticleInput> = text
        .split('\0')
        .take(4)
        .enumerate()
        .map(|(i, t)| ArticleInput {
            id: format!("{i}"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    let first = text.lines().next().unwrap_or("").chars().take(40).collect::<String>();
    let edits = Edits {
        traveller: (data.len() % 3 == 0).then(|| first.clone()),
        stops: vec![
            StopEdit::NotAStop { stop: StopRef { place: first.clone(), country: None } },
            StopEdit::Add {
                article: "0".into(),
                // Built as a literal, as a trip file's JSON builds it: the span may be inverted
                // (13 bytes: 6..0), which the engine must take as an edit that no longer applies.
                evidence: tourlens_engine::Span { start: data.len() % 7, end: data.len() % 13 },
                place: PlaceRef { name: first.clone(), country: Some("FR".into()), lat: 1.0, lon: 2.0 },
            },
        ],
    };
    let analysis = analyze_with(&inputs, &edits);
    for article in &analysis.articles {
        let t = &article.text;
        let ok = |s: tourlens_engine::Span| s.start <= s.end && t.get(s.start..s.end).is_some();
        assert!(article.blocks.iter().all(|b| ok(b.span)));
        assert!(article.sentences.iter().all(|s| ok(s.span)));
        assert!(article.places.iter().all(|p| ok(p.span)));
        assert!(article.visits.iter().all(|v| ok(v.evidence)));
        assert!(article.dates.iter().all(|d| ok(d.span)));
        assert!(article.figures.iter().all(|f| ok(f.span)));
        assert!(article.quotes.iter().all(|q| ok(q.span)));
        assert!(article.entity_mentions.iter().all(|m| ok(m.span)));
    }
    for stop in &analysis.stops {
        for account in &stop.accounts {
            let t = &analysis.articles[account.article].text;
            assert!(account.sentences.iter().all(|s| t.get(s.start..s.end).is_some()));
        }
    }
});
