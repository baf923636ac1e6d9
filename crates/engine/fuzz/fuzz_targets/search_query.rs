//! Fuzz target: any bytes as a search query, parsed and run over a small corpus and over itself,
//! must never panic, and every hit must be a span on char boundaries of its article.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tourlens_engine::search::{run, Index, Query};
use tourlens_engine::{analyze, Analysis, ArticleInput};

const CORPUS: &str = "Blinken Ends Tour\nThe Herald\n2023-11-06\nUS Secretary of State Antony Blinken landed in Ankara on Monday for talks on a cease-fire and humanitarian pauses in Gaza with Türkiye's Hakan Fidan. “We are working on it,” Blinken said.";

fn fixed() -> &'static (Analysis, Index) {
    static FIXED: OnceLock<(Analysis, Index)> = OnceLock::new();
    FIXED.get_or_init(|| {
        let a = analyze(&[ArticleInput { id: "a".into(), text: CORPUS.into(), ..Default::default() }]);
        let index = Index::new(&a);
        (a, index)
    })
}

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    let query = Query::parse(&q);
    let (analysis, index) = fixed();
    let results = run(&query, index);
    for (a, hits) in results.hits.iter().enumerate() {
        let t = &analysis.articles[a].text;
        assert!(hits.iter().all(|h| t.get(h.span.start..h.span.end).is_some()));
    }
    let _ = results.per_stop(analysis);
    // The query text as its own article.
    let own = analyze(&[ArticleInput { id: "q".into(), text: q.to_string(), ..Default::default() }]);
    let own_index = Index::new(&own);
    let _ = run(&query, &own_index);
});
