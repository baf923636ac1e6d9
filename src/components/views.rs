//! The view switcher (Trip, Compare, People & places, Articles) and the source filter chips.

use crate::hooks::use_app;
use crate::labels;
use crate::route::View;
use crate::state::{Action, AppState};
use yew::prelude::*;

#[function_component(ViewTabs)]
pub fn view_tabs() -> Html {
    let state = use_app();
    html! {
        <nav class="views" aria-label="Views">
            <ul>
                { for View::ALL.iter().filter(|&&v| !(state.read_only && v == View::Trips)).map(|&v| {
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

/// Chips shown before "All N sources": a trip of two hundred articles would otherwise open
/// on a wall of chips.
const FIRST_CHIPS: usize = 20;

/// One chip per article: its outlet colour and name; pressed = shown. Above `FIRST_CHIPS`
/// sources, the first twenty and any hidden one, and a button for the rest.
#[function_component(SourceFilter)]
pub fn source_filter() -> Html {
    let state = use_app();
    let all = use_state(|| false);
    let searching = !state.query.is_empty();
    let total = state.analysis.articles.len();
    let collapsed = total > FIRST_CHIPS && !*all;
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <div class="source-filter" role="group" aria-label="Sources shown">
            <span class="filter-label" aria-hidden="true">{ "Sources:" }</span>
            { for state.analysis.articles.iter().enumerate()
                .filter(|(i, _)| !collapsed || *i < FIRST_CHIPS || state.hidden.contains(i))
                .map(|(i, a)| html! {
                <Chip key={i} index={i} shown={!state.hidden.contains(&i)}
                    outlet={a.outlet.value.clone().unwrap_or_else(|| "Unknown outlet".into())}
                    outlet_index={a.outlet_index} headline={a.headline.value.clone().unwrap_or_default()}
                    hits={searching.then(|| state.results.hits.get(i).map_or(0, Vec::len))}
                    dispatcher={state.dispatcher()} />
            }) }
            if total > FIRST_CHIPS {
                <button type="button" class="link more-chips" aria-expanded={if *all { "true" } else { "false" }} onclick={toggle}>
                    { if *all { "Fewer sources".to_string() } else { format!("All {total} sources") } }
                </button>
            }
        </div>
    }
}

/// A chip's props: plain values, so Yew skips the chips that did not change.
#[derive(Properties, PartialEq)]
struct ChipProps {
    index: usize,
    shown: bool,
    outlet: AttrValue,
    outlet_index: usize,
    headline: AttrValue,
    /// Search hits in the article, while a search is on.
    hits: Option<usize>,
    dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component(Chip)]
fn chip(props: &ChipProps) -> Html {
    let onclick = {
        let (d, i) = (props.dispatcher.clone(), props.index);
        Callback::from(move |_| d.dispatch(Action::ToggleSource(i)))
    };
    html! {
        <button type="button" class={classes!("chip", format!("outlet-{}", props.outlet_index % 8))}
            aria-pressed={if props.shown { "true" } else { "false" }}
            title={props.headline.clone()} {onclick}>
            <span class="dot" aria-hidden="true"></span>
            { format!("{} {}", props.index + 1, props.outlet) }
            if let Some(n) = props.hits {
                <span class="chip-hits">{ format!(" · {}", labels::hits(n)) }</span>
            }
        </button>
    }
}
