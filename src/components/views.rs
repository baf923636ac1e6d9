//! The view switcher (Trip, Compare, People & places, Articles) and the source filter chips.

use crate::route::View;
use crate::state::{Action, AppState};
use yew::prelude::*;

#[function_component(ViewTabs)]
pub fn view_tabs() -> Html {
    let state = use_context::<UseReducerHandle<AppState>>().expect("AppState context");
    html! {
        <nav class="views" aria-label="Views">
            <ul>
                { for View::ALL.iter().map(|&v| {
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_| state.dispatch(Action::SetView(v)))
                    };
                    let current = state.view == v;
                    html! {
                        <li><button type="button" class={classes!("view-tab", current.then_some("current"))}
                            aria-current={current.then_some("page")} {onclick}>{ v.label() }</button></li>
                    }
                }) }
            </ul>
        </nav>
    }
}

/// One chip per article: its outlet colour and name; pressed = shown.
#[function_component(SourceFilter)]
pub fn source_filter() -> Html {
    let state = use_context::<UseReducerHandle<AppState>>().expect("AppState context");
    html! {
        <div class="source-filter" role="group" aria-label="Sources shown">
            <span class="filter-label" aria-hidden="true">{ "Sources:" }</span>
            { for state.analysis.articles.iter().enumerate().map(|(i, a)| {
                let shown = !state.hidden.contains(&i);
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |_| state.dispatch(Action::ToggleSource(i)))
                };
                let outlet = a.outlet.value.clone().unwrap_or_else(|| "Unknown outlet".into());
                html! {
                    <button type="button" class={classes!("chip", format!("outlet-{}", a.outlet_index % 8))}
                        aria-pressed={if shown { "true" } else { "false" }}
                        title={a.headline.value.clone().unwrap_or_default()} {onclick}>
                        <span class="dot" aria-hidden="true"></span>
                        { format!("{} {}", i + 1, outlet) }
                        if !state.query.is_empty() {
                            <span class="chip-hits">{ format!(" · {} hits", state.results.hits.get(i).map_or(0, Vec::len)) }</span>
                        }
                    </button>
                }
            }) }
        </div>
    }
}
