//! Text with the search hits marked: one colour per query term. Text is only ever text.

use crate::highlights::split_hits;
use crate::state::AppState;
use tourlens_engine::search::Hit;
use tourlens_engine::Span;
use yew::prelude::*;

/// `span` of article `article`'s text, with the current search's hits inside it marked.
pub fn marked(state: &AppState, article: usize, span: Span) -> Html {
    let Some(a) = state.analysis.articles.get(article) else {
        return html! {};
    };
    pieces(
        &a.text,
        split_hits(span, state.results.within(article, span)),
    )
}

/// `span` of `text` with the given hits (of that text) marked.
pub fn marked_with(text: &str, span: Span, hits: &[Hit]) -> Html {
    pieces(text, split_hits(span, hits.iter()))
}

fn pieces(text: &str, pieces: Vec<(Span, Option<usize>)>) -> Html {
    html! {
        for pieces.into_iter().map(|(piece, term)| {
            let text = piece.of(text).to_string();
            match term {
                Some(t) => html! { <mark class={classes!("hit", format!("hit-{}", t % 6))}>{ text }</mark> },
                None => html! { { text } },
            }
        })
    }
}
