//! The stop list: the trip in order, each stop with its days, country, one dot per source
//! (filled: it reports the stop) and "sources differ" where they tell its place or date
//! differently. Choosing a stop shows its detail (brought into view); hovering highlights the
//! stop on the map too.

use crate::hooks::use_app;
use crate::labels;
use crate::state::Action;
use yew::prelude::*;

/// A count as a bar up to 48 px long, relative to the largest.
fn bar_width(n: usize, max: usize) -> usize {
    if max == 0 {
        0
    } else {
        (n * 48).div_ceil(max)
    }
}

#[function_component(StopList)]
pub fn stop_list() -> Html {
    let state = use_app();
    let analysis = &state.analysis;
    if analysis.stops.is_empty() {
        return html! {
            <section class="stops" aria-labelledby="stops-heading">
                <h2 id="stops-heading">{ "Stops" }</h2>
                <p class="empty-note">{ "No stop found: no article says where the traveller was." }</p>
            </section>
        };
    }
    let shown = state.shown();
    let max_hits = state.hits_per_stop.iter().copied().max().unwrap_or(0);
    html! {
        <section class="stops" aria-labelledby="stops-heading">
            <h2 id="stops-heading">{ "Stops" }</h2>
            <ol class="stop-list">
                { for analysis.stops.iter().enumerate().map(|(k, stop)| {
                    let select = {
                        let state = state.clone();
                        Callback::from(move |_| state.dispatch(Action::ChooseStop(k)))
                    };
                    let enter = {
                        let state = state.clone();
                        Callback::from(move |_: ()| state.dispatch(Action::HoverStop(Some(k))))
                    };
                    let leave = {
                        let state = state.clone();
                        Callback::from(move |_: ()| state.dispatch(Action::HoverStop(None)))
                    };
                    let selected = state.selected_stop == Some(k);
                    let hovered = state.hover_stop == Some(k);
                    let reporting: Vec<String> = stop.accounts.iter()
                        .filter(|a| a.covered && shown.contains(&a.article))
                        .map(|a| labels::outlet(analysis, a.article)).collect();
                    html! {
                        <li class={classes!("stop", stop.onward.then_some("onward"), selected.then_some("selected"), hovered.then_some("hovered"))}>
                            <button type="button" class="stop-button" aria-current={selected.then_some("true")}
                                onclick={select}
                                onmouseenter={enter.reform(|_: MouseEvent| ())} onmouseleave={leave.reform(|_: MouseEvent| ())}
                                onfocus={enter.reform(|_: FocusEvent| ())} onblur={leave.reform(|_: FocusEvent| ())}>
                                <span class="stop-number" aria-hidden="true">{ if stop.onward { "→".to_string() } else { (k + 1).to_string() } }</span>
                                <span class="visually-hidden">{ if stop.onward { "Onward:".to_string() } else { format!("Stop {}:", k + 1) } }</span>
                                <span class="stop-main">
                                    <span class="stop-name">{ labels::stop_name(analysis, stop) }</span>
                                    if let Some(c) = labels::stop_country(analysis, stop) {
                                        <span class="stop-country">{ c }</span>
                                    }
                                    if !stop.edited.is_empty() {
                                        <span class="edited-tag">{ labels::edited(&stop.edited) }</span>
                                    }
                                    if let Some(d) = labels::differs_on(analysis, k) {
                                        <span class="differs" aria-hidden="true">{ labels::DIFFER }</span>
                                        <span class="visually-hidden">{ format!(", {d}") }</span>
                                    }
                                </span>
                                <span class="stop-days">
                                    { labels::stop_days(stop) }
                                    if !stop.onward && stop.date_confidence == tourlens_engine::Confidence::Low && stop.days.is_some() {
                                        <span class="inferred-mark" aria-hidden="true">{ "≈" }</span>
                                    }
                                </span>
                                <span class="visually-hidden">{ format!(", reported by {} of {} sources", reporting.len(), shown.len()) }</span>
                                if let Some(&n) = state.hits_per_stop.get(k).filter(|_| !state.query.is_empty()) {
                                    <span class={classes!("stop-hits", (n == 0).then_some("none"))}>
                                        <svg class="bar" width="48" height="8" aria-hidden="true"><rect width={bar_width(n, max_hits).to_string()} height="8" rx="2" /></svg>
                                        { labels::hits(n) }
                                    </span>
                                }
                                <span class="stop-dots" aria-hidden="true">
                                    { for stop.accounts.iter().filter(|a| shown.contains(&a.article)).map(|a| {
                                        let outlet = analysis.articles[a.article].outlet_index % 8;
                                        html! { <span class={classes!("dot", format!("outlet-{outlet}"), (!a.covered).then_some("absent"))}></span> }
                                    }) }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if analysis.stops.iter().any(|s| !s.onward && s.days.is_some() && s.date_confidence == tourlens_engine::Confidence::Low) {
                <p class="stops-note">{ "≈ dated from the order of the stops, not by any source. Each stop's detail says how its date was found." }</p>
            }
        </section>
    }
}
