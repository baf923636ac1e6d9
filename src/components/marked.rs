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
    // The hit the user walked to (next / previous) stands out from the others.
    let current = state
        .current_hit
        .and(state.focus)
        .filter(|_| state.open_article == Some(article));
    pieces(
        &a.text,
        split_hits(span, state.results.within(article, span)),
        current,
    )
}

/// `span` of `text` with the given hits (of that text) marked.
pub fn marked_with(text: &str, span: Span, hits: &[Hit]) -> Html {
    pieces(text, split_hits(span, hits.iter()), None)
}

fn pieces(text: &str, pieces: Vec<(Span, Option<usize>)>, current: Option<Span>) -> Html {
    html! {
        for pieces.into_iter().map(|(piece, term)| {
            let text = piece.of(text).to_string();
            match term {
                Some(t) => html! {
                    <mark class={classes!("hit", format!("hit-{}", t % 6), (Some(piece) == current).then_some("current"))}>{ text }</mark>
                },
                None => html! { { text } },
            }
        })
    }
}
