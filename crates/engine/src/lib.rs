//! tourlens-engine: reads news articles about one trip and returns an [`Analysis`].
//!
//! The engine is pure Rust: it never touches the DOM, the clock or the network, and it
//! builds and tests on the host. Messy input is not an error: [`analyze`] always returns an
//! `Analysis`, with [`Diagnostic`]s for what the user should know. Every span it emits is a
//! byte range into the article's original text, on char boundaries.
//!
//! # Example
//! ```
//! use tourlens_engine::{analyze, ArticleInput};
//! let text = "Minister Ends Tour\nICARO Media Group\nThe minister met the president in Ankara on Monday.";
//! let analysis = analyze(&[ArticleInput { id: "a".into(), text: text.into(), ..Default::default() }]);
//! let article = &analysis.articles[0];
//! assert_eq!(article.headline.value.as_deref(), Some("Minister Ends Tour"));
//! assert_eq!(article.outlet.value.as_deref(), Some("ICARO Media Group"));
//! assert_eq!(analysis.outlets[article.outlet_index].articles, vec![0]);
//! ```

pub mod clean;
mod day;
pub mod meta;
pub mod model;
mod script;
mod span;

pub use day::Day;
pub use model::*;
pub use span::Span;

use unicode_segmentation::UnicodeSegmentation;

/// Analyses a corpus. Never panics, whatever the text.
pub fn analyze(inputs: &[ArticleInput]) -> Analysis {
    let mut diagnostics = Vec::new();
    let mut articles = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        if input.text.trim().is_empty() {
            diagnostics.push(Diagnostic { article: Some(input.id.clone()), message: "the article is empty".into() });
        }
        if let Some(first) = inputs[..i].iter().find(|o| o.text == input.text && !o.text.trim().is_empty()) {
            diagnostics.push(Diagnostic {
                article: Some(input.id.clone()),
                message: format!("the same text as {}", first.id),
            });
        }
        articles.push(analyze_article(input));
    }
    let outlets = group_outlets(&mut articles);
    Analysis { schema: SCHEMA, articles, outlets, diagnostics }
}

/// Groups articles by outlet name (case-insensitive) and sets each article's `outlet_index`.
fn group_outlets(articles: &mut [Article]) -> Vec<Outlet> {
    let mut outlets: Vec<Outlet> = Vec::new();
    for (i, article) in articles.iter_mut().enumerate() {
        let name = article.outlet.value.clone();
        let key = name.as_deref().map(str::to_lowercase);
        let existing = key.as_ref().and_then(|k| {
            outlets.iter().position(|o| o.name.as_deref().map(str::to_lowercase).as_ref() == Some(k))
        });
        article.outlet_index = match existing {
            Some(at) => {
                outlets[at].articles.push(i);
                at
            }
            None => {
                outlets.push(Outlet { name, articles: vec![i] });
                outlets.len() - 1
            }
        };
    }
    outlets
}

fn analyze_article(input: &ArticleInput) -> Article {
    let text = &input.text;
    let blocks = clean::classify(text);
    let meta = meta::read(text, &blocks, &input.meta);
    let word_count = blocks
        .iter()
        .filter(|b| b.kind.is_story())
        .map(|b| b.span.of(text).unicode_words().count())
        .sum();
    Article {
        id: input.id.clone(),
        text: text.clone(),
        headline: meta.headline,
        outlet: meta.outlet,
        outlet_index: 0,
        published: meta.published,
        url: input.meta.url.clone(),
        word_count,
        blocks,
    }
}
