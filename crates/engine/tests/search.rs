//! Search on the bundled five as a fact-checker uses it: a phrase finds its plural in every
//! outlet that used the term, and `=` keeps the exact form.

mod common;

use tourlens_engine::search::{run, Index, Query};

/// The articles (by seed name) with a hit, and every hit as written.
fn hits(query: &str) -> (Vec<String>, Vec<String>) {
    let (analysis, seeds) = common::bundled();
    let results = run(&Query::parse(query), &Index::new(&analysis));
    let mut articles = Vec::new();
    let mut said = Vec::new();
    for (a, found) in results.hits.iter().enumerate() {
        if !found.is_empty() {
            articles.push(seeds[a].clone());
        }
        for h in found {
            said.push(h.span.of(&analysis.articles[a].text).to_lowercase());
        }
    }
    (articles, said)
}

#[test]
fn a_phrase_finds_its_inflections_in_every_outlet_that_used_the_term() {
    let (articles, said) = hits("\"humanitarian pause\"");
    // Every one of the five uses the term, some only in the plural (001, 004).
    assert_eq!(articles.len(), 5, "{articles:?}");
    assert!(
        said.contains(&"humanitarian pauses".to_string()),
        "{said:?}"
    );
    assert!(said.contains(&"humanitarian pause".to_string()), "{said:?}");
}

#[test]
fn an_exact_phrase_finds_only_that_form() {
    let (articles, said) = hits("=\"humanitarian pause\"");
    assert!(said.iter().all(|s| s == "humanitarian pause"), "{said:?}");
    // 001 says only "humanitarian pauses".
    assert!(
        !articles.iter().any(|a| a.starts_with("001")),
        "{articles:?}"
    );
}

#[test]
fn a_word_without_its_diacritics_finds_it_with_them() {
    // Two outlets write "Erdoğan", three "Erdogan": "erdogan" finds all five.
    let (articles, said) = hits("erdogan");
    assert_eq!(articles.len(), 5, "{articles:?} {said:?}");
}
