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
    Analysis { schema: SCHEMA, articles, diagnostics }
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
        published: meta.published,
        url: input.meta.url.clone(),
        word_count,
        blocks,
    }
}
