//! The list of sources: one entry per article with outlet, headline, date and word count.

use crate::hooks::use_app;
use crate::state::{Action, AppState};
use tourlens_engine::Article;
use yew::prelude::*;

#[function_component(SourceList)]
pub fn source_list() -> Html {
    let state = use_app();
    let articles = &state.analysis.articles;
    html! {
        <nav class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ format!("Sources ({})", articles.len()) }</h2>
            <ul class="source-list">
                { for articles.iter().enumerate().map(|(i, a)| html! {
                    {{
                        let (outlet, headline, facts) = entry_props(a);
                        html! {
                            <SourceEntry index={i} open={state.open_article == Some(i)}
                                hits={state.results.hits.get(i).map_or(0, Vec::len)}
                                outlet={outlet} outlet_index={a.outlet_index} headline={headline} facts={facts}
                                basis={a.published.basis.clone()} dispatcher={state.dispatcher()} />
                        }
                    }}
                }) }
            </ul>
        </nav>
    }
}

/// One entry's props: plain values, so Yew skips entries that did not change.
#[derive(Properties, PartialEq)]
pub struct SourceEntryProps {
    pub index: usize,
    pub open: bool,
    /// Search hits in this article.
    pub hits: usize,
    pub outlet: AttrValue,
    pub outlet_index: usize,
    pub headline: AttrValue,
    pub facts: AttrValue,
    pub basis: AttrValue,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component(SourceEntry)]
fn source_entry(props: &SourceEntryProps) -> Html {
    let onclick = {
        let (index, dispatcher) = (props.index, props.dispatcher.clone());
        Callback::from(move |_| dispatcher.dispatch(Action::OpenArticle(index)))
    };
    html! {
        <li class={classes!("source", format!("outlet-{}", props.outlet_index % 8))}>
            <button type="button" class="source-button" aria-current={props.open.then_some("true")} {onclick}>
                <span class="source-outlet"><span class="dot" aria-hidden="true"></span>{ props.outlet.clone() }
                    if props.hits > 0 { <span class="hit-count">{ crate::labels::hits(props.hits) }</span> }
                </span>
                <span class="source-headline">{ props.headline.clone() }</span>
                <span class="source-facts" title={props.basis.clone()}>{ props.facts.clone() }</span>
            </button>
        </li>
    }
}

/// What an entry shows for an article.
fn entry_props(a: &Article) -> (String, String, String) {
    let outlet = a
        .outlet
        .value
        .clone()
        .unwrap_or_else(|| "Unknown outlet".into());
    let headline = a.headline.value.clone().unwrap_or_else(|| a.id.clone());
    let date = crate::labels::published(a);
    (outlet, headline, format!("{date} · {} words", a.word_count))
}
