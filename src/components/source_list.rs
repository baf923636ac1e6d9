//! The list of sources: one entry per article with outlet, headline, date and word count.

use crate::state::{Action, AppState};
use tourlens_engine::{Article, Provenance};
use yew::prelude::*;

#[function_component(SourceList)]
pub fn source_list() -> Html {
    let state = use_context::<UseReducerHandle<AppState>>().expect("AppState context");
    let articles = &state.analysis.articles;
    html! {
        <nav class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ format!("Sources ({})", articles.len()) }</h2>
            <ul class="source-list">
                { for articles.iter().enumerate().map(|(i, a)| html! {
                    <SourceEntry index={i} article={a.clone()} open={state.open_article == Some(i)} />
                }) }
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceEntryProps {
    pub index: usize,
    pub article: Article,
    pub open: bool,
}

#[function_component(SourceEntry)]
fn source_entry(props: &SourceEntryProps) -> Html {
    let state = use_context::<UseReducerHandle<AppState>>().expect("AppState context");
    let a = &props.article;
    let onclick = {
        let index = props.index;
        Callback::from(move |_| state.dispatch(Action::OpenArticle(index)))
    };
    let outlet = a
        .outlet
        .value
        .clone()
        .unwrap_or_else(|| "Unknown outlet".into());
    let headline = a.headline.value.clone().unwrap_or_else(|| a.id.clone());
    let date = match (a.published.value, a.published.provenance) {
        (Some(d), Provenance::Inferred) => format!("{} (inferred)", d.human()),
        (Some(d), _) => d.human(),
        (None, _) => "date unknown".into(),
    };
    html! {
        <li class={classes!("source", format!("outlet-{}", a.outlet_index % 8))}>
            <button type="button" class="source-button" aria-current={props.open.then_some("true")} {onclick}>
                <span class="source-outlet"><span class="dot" aria-hidden="true"></span>{ outlet }</span>
                <span class="source-headline">{ headline }</span>
                <span class="source-facts" title={a.published.basis.clone()}>{ format!("{date} · {} words", a.word_count) }</span>
            </button>
        </li>
    }
}
