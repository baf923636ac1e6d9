//! The stop list: the trip in order, each stop with its days, country, which sources report it
//! (a dot per source, filled where it does; above twenty sources a bar and "187 of 200") and
//! "sources differ" where they tell its place or date differently. Choosing a stop shows its
//! detail (brought into view); hovering highlights the stop on the map too.

use crate::hooks::use_app;
use crate::labels;
use crate::state::{Action, AppState};
use std::rc::Rc;
use tourlens_engine::Confidence;
use yew::prelude::*;

/// Above this many shown sources a stop's dots become one bar with a count: two hundred dots
/// in a row are neither readable nor cheap to draw.
pub const MANY_DOTS: usize = 20;

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
    let hidden = |article: usize| state.hidden.contains(&article);
    let shown = state.shown_count();
    let max_hits = state.hits_per_stop.iter().copied().max().unwrap_or(0);
    html! {
        <section class="stops" aria-labelledby="stops-heading">
            <h2 id="stops-heading">{ "Stops" }</h2>
            <ol class="stop-list">
                { for analysis.stops.iter().enumerate().map(|(k, stop)| {
                    let accounts = stop.accounts.iter().filter(|a| !hidden(a.article));
                    let reporting = accounts.clone().filter(|a| a.covered).count();
                    let dots: Vec<(usize, bool)> = if shown > MANY_DOTS {
                        Vec::new()
                    } else {
                        accounts.map(|a| (analysis.articles[a.article].outlet_index % 8, a.covered)).collect()
                    };
                    let hits = state.hits_per_stop.get(k).filter(|_| !state.query.is_empty())
                        .map(|&n| (n, bar_width(n, max_hits)));
                    html! {
                        <StopRow key={k} index={k} onward={stop.onward}
                            selected={state.selected_stop == Some(k)} hovered={state.hover_stop == Some(k)}
                            name={labels::stop_name(analysis, stop)}
                            country={labels::stop_country(analysis, stop).map(AttrValue::from)}
                            edited={(!stop.edited.is_empty()).then(|| AttrValue::from(labels::edited(&stop.edited)))}
                            differs={labels::differs_on(analysis, k).map(AttrValue::from)}
                            days={labels::days_in_trip(analysis, stop)}
                            inferred={!stop.onward && stop.date_confidence == Confidence::Low && stop.days.is_some()}
                            {hits} {reporting} {shown} dots={Rc::new(dots)}
                            dispatcher={state.dispatcher()} />
                    }
                }) }
            </ol>
            if analysis.stops.iter().any(|s| !s.onward && s.days.is_some() && s.date_confidence == Confidence::Low) {
                <p class="stops-note">{ "≈ dated from the order of the stops, not by any source. Each stop's detail says how its date was found." }</p>
            }
        </section>
    }
}

/// A row's props: plain values, so choosing or hovering a stop redraws two rows, not all.
#[derive(Properties, PartialEq)]
struct StopRowProps {
    index: usize,
    onward: bool,
    selected: bool,
    hovered: bool,
    name: AttrValue,
    country: Option<AttrValue>,
    /// What of the stop was edited, when something was.
    edited: Option<AttrValue>,
    /// What the sources tell differently, when they do.
    differs: Option<AttrValue>,
    days: AttrValue,
    /// Dated from the order of the stops, not by a source.
    inferred: bool,
    /// Search hits at the stop and their bar's width, while a search is on.
    hits: Option<(usize, usize)>,
    /// Shown sources that report the stop, of `shown`.
    reporting: usize,
    shown: usize,
    /// Each shown source's colour and whether it reports the stop, in source order; empty
    /// above `MANY_DOTS` sources (then a bar).
    dots: Rc<Vec<(usize, bool)>>,
    dispatcher: UseReducerDispatcher<AppState>,
}

#[function_component(StopRow)]
fn stop_row(props: &StopRowProps) -> Html {
    let (k, d) = (props.index, props.dispatcher.clone());
    let select = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::ChooseStop(k)))
    };
    let enter = {
        let d = d.clone();
        Callback::from(move |_: ()| d.dispatch(Action::HoverStop(Some(k))))
    };
    let leave = Callback::from(move |_: ()| d.dispatch(Action::HoverStop(None)));
    html! {
        <li class={classes!("stop", props.onward.then_some("onward"), props.selected.then_some("selected"), props.hovered.then_some("hovered"))}>
            <button type="button" class="stop-button" aria-current={props.selected.then_some("true")}
                onclick={select}
                onmouseenter={enter.reform(|_: MouseEvent| ())} onmouseleave={leave.reform(|_: MouseEvent| ())}
                onfocus={enter.reform(|_: FocusEvent| ())} onblur={leave.reform(|_: FocusEvent| ())}>
                <span class="stop-number" aria-hidden="true">{ if props.onward { "→".to_string() } else { (k + 1).to_string() } }</span>
                <span class="visually-hidden">{ if props.onward { "Onward:".to_string() } else { format!("Stop {}:", k + 1) } }</span>
                <span class="stop-main">
                    <span class="stop-name">{ props.name.clone() }</span>
                    if let Some(c) = &props.country {
                        <span class="stop-country">{ c.clone() }</span>
                    }
                    if let Some(e) = &props.edited {
                        <span class="edited-tag">{ e.clone() }</span>
                    }
                    if let Some(d) = &props.differs {
                        <span class="differs" aria-hidden="true">{ labels::DIFFER }</span>
                        <span class="visually-hidden">{ format!(", {d}") }</span>
                    }
                </span>
                <span class="stop-days">
                    { props.days.clone() }
                    if props.inferred {
                        <span class="inferred-mark" aria-hidden="true">{ "≈" }</span>
                    }
                </span>
                <span class="visually-hidden">{ format!(", reported by {} of {} sources", props.reporting, props.shown) }</span>
                if let Some((n, width)) = props.hits {
                    <span class={classes!("stop-hits", (n == 0).then_some("none"))}>
                        <svg class="bar" width="48" height="8" aria-hidden="true"><rect width={width.to_string()} height="8" rx="2" /></svg>
                        { labels::hits(n) }
                    </span>
                }
                if props.shown > MANY_DOTS {
                    <span class="stop-dots stop-share" aria-hidden="true">
                        <svg class="bar" width="48" height="8">
                            <rect class="track" width="48" height="8" rx="2" />
                            <rect width={bar_width(props.reporting, props.shown).to_string()} height="8" rx="2" />
                        </svg>
                        { format!("{} of {}", props.reporting, props.shown) }
                    </span>
                } else {
                    <span class="stop-dots" aria-hidden="true">
                        { for props.dots.iter().map(|&(outlet, covered)| html! {
                            <span class={classes!("dot", OUTLET[outlet], (!covered).then_some("absent"))}></span>
                        }) }
                    </span>
                }
            </button>
        </li>
    }
}

/// The outlet colour classes, so a dot's class is not formatted anew on every render.
const OUTLET: [&str; 8] = [
    "outlet-0", "outlet-1", "outlet-2", "outlet-3", "outlet-4", "outlet-5", "outlet-6", "outlet-7",
];
