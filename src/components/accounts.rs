//! The stop detail: the chosen stop's heading (with "sources differ" and each source's version
//! when they tell its place or date differently), previous / next stop (also a swipe across),
//! and its accounts side by side: one column per source (stacked on narrow screens) headed by
//! the source's own outlet, headline and date (and a link to the original when its address is
//! known), with its sentences about the stop, the people met and quoted there, the figures, or
//! an explicit "not covered by this source". Each sentence opens the article at it. Choosing a
//! stop brings this detail into view.

use crate::components::claim::Claims;
use crate::components::marked::marked_with;
use crate::gesture::{self, Step};
use crate::hooks::use_app;
use crate::labels;
use crate::scroll::evidence_key;
use crate::state::{Action, AppState, Shared};
use tourlens_engine::search::Hit;
use tourlens_engine::{Account, Analysis, Span, Stop};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Brings the detail into view when the reader chose a stop and its heading is not where the
/// eye is (above the viewport, or in its lower half); focus follows when the page moved.
fn reveal(section: &NodeRef, heading: &NodeRef) {
    let (Some(section), Some(heading), Some(window)) = (
        section.cast::<web_sys::Element>(),
        heading.cast::<web_sys::HtmlElement>(),
        web_sys::window(),
    ) else {
        return;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = heading.get_bounding_client_rect().top();
    if top >= 0.0 && top <= height / 2.0 {
        return;
    }
    let reduce = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if reduce {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    section.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = heading.focus_with_options(&focus);
}

/// Whether a touch started inside a row of columns that scrolls sideways (its own swipe).
fn in_sideways_row(e: &TouchEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".account-columns").ok().flatten())
        .is_some_and(|row| row.scroll_width() > row.client_width() + 1)
}

fn stop_number(k: usize, stop: &Stop) -> String {
    if stop.onward {
        "→".to_string()
    } else {
        (k + 1).to_string()
    }
}

#[function_component(Accounts)]
pub fn accounts() -> Html {
    let state = use_app();
    let show_all = use_state(|| false);
    let section = use_node_ref();
    let heading = use_node_ref();
    let touch: std::rc::Rc<std::cell::RefCell<Option<(f64, f64)>>> = use_mut_ref(|| None);
    {
        let (section, heading) = (section.clone(), heading.clone());
        use_effect_with(state.reveal, move |reveal| {
            if *reveal > 0 {
                reveal_later(section, heading);
            }
        });
    }
    let analysis = &state.analysis;
    let Some((k, stop)) = state
        .selected_stop
        .and_then(|k| analysis.stops.get(k).map(|s| (k, s)))
    else {
        return html! {};
    };
    let choose = |to: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ChooseStop(to)))
    };
    let previous = k.checked_sub(1).map(|p| (p, &analysis.stops[p]));
    let next = analysis.stops.get(k + 1).map(|s| (k + 1, s));
    let step_button = |(to, s): (usize, &Stop), step: Step, class: &'static str| {
        let name = labels::stop_name(analysis, s);
        let number = stop_number(to, s);
        let (label, text) = match step {
            Step::Previous => (
                format!("Previous stop: {number} {name}"),
                format!("← {number} {name}"),
            ),
            Step::Next => (
                format!("Next stop: {number} {name}"),
                format!("{number} {name} →"),
            ),
        };
        html! {
            <button type="button" class={classes!("step", class)} aria-label={label} onclick={choose(to)}>{ text }</button>
        }
    };
    let ontouchstart = {
        let touch = touch.clone();
        Callback::from(move |e: TouchEvent| {
            let one = e.touches().length() == 1 && !in_sideways_row(&e);
            *touch.borrow_mut() = e
                .touches()
                .get(0)
                .filter(|_| one)
                .map(|t| (t.client_x() as f64, t.client_y() as f64));
        })
    };
    let ontouchend = {
        let (touch, state) = (touch.clone(), state.clone());
        let (prev, nxt) = (previous.map(|p| p.0), next.map(|n| n.0));
        Callback::from(move |e: TouchEvent| {
            let Some((x0, y0)) = touch.borrow_mut().take() else {
                return;
            };
            let Some(t) = e.changed_touches().get(0) else {
                return;
            };
            let to = match gesture::swipe(t.client_x() as f64 - x0, t.client_y() as f64 - y0) {
                Some(Step::Next) => nxt,
                Some(Step::Previous) => prev,
                None => None,
            };
            if let Some(to) = to {
                state.dispatch(Action::ChooseStop(to));
            }
        })
    };
    let others: Vec<&String> = stop
        .names
        .iter()
        .filter(|n| **n != labels::stop_name(analysis, stop))
        .collect();
    let shown = state.shown();
    let many = shown.len() > MANY_SOURCES;
    let columns: Vec<&Account> = stop
        .accounts
        .iter()
        .filter(|a| shown.contains(&a.article) && (a.covered || !many))
        .collect();
    let toggle_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    let uncovered: Vec<String> = stop
        .accounts
        .iter()
        .filter(|a| !a.covered && shown.contains(&a.article))
        .map(|a| format!("{} {}", a.article + 1, labels::outlet(analysis, a.article)))
        .collect();
    let position = labels::stop_position(analysis, k);
    let disputes = labels::disputes(analysis, k);
    html! {
        <section ref={section} class="accounts stop-detail" aria-labelledby="accounts-heading"
            {ontouchstart} {ontouchend}>
            <header class="accounts-head">
                <nav class="stop-steps" aria-label="Previous and next stop">
                    if let Some(p) = previous { { step_button(p, Step::Previous, "previous") } }
                    <span class="stop-position">{ position }</span>
                    if let Some(n) = next { { step_button(n, Step::Next, "next") } }
                </nav>
                <h2 id="accounts-heading" ref={heading} tabindex="-1">
                    <span class="stop-number" aria-hidden="true">{ stop_number(k, stop) }</span>
                    <span class="visually-hidden">{ if stop.onward { "Onward: ".to_string() } else { format!("Stop {}: ", k + 1) } }</span>
                    <span class="accounts-place">
                        { labels::stop_name(analysis, stop) }
                        if let Some(c) = labels::stop_country(analysis, stop) {
                            <span class="accounts-country">{ format!(", {c}") }</span>
                        }
                        if !disputes.is_empty() {
                            <span class="differs">{ format!(" · {}", labels::DIFFER) }</span>
                        }
                    </span>
                    if !stop.edited.is_empty() {
                        <span class="edited-tag">{ labels::edited(&stop.edited) }</span>
                    }
                </h2>
                <p class="accounts-facts">
                    <strong>{ labels::days_in_trip(analysis, stop) }</strong>
                    if let Some(note) = labels::date_note(stop) {
                        { format!(". {note}") }
                    }
                    if !others.is_empty() {
                        { format!(" Also named {}.", others.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }
                    }
                </p>
                if !disputes.is_empty() {
                    <div class="disputes" role="group" aria-label={labels::differs_on(analysis, k).unwrap_or_default()}>
                        { for disputes.iter().enumerate().map(|(i, &(n, d))| html! {
                            <div class="dispute">
                                <p class="dispute-topic">{ format!("Sources differ on {}:", d.topic) }</p>
                                <Claims key={n} discrepancy={n} context={format!("d{k}.{i}")} />
                            </div>
                        }) }
                    </div>
                }
                if stop.days.is_some() && !stop.onward {
                    <details class="basis">
                        <summary>{ "How the date was found" }</summary>
                        <p>{ stop.date_basis.clone() }</p>
                    </details>
                }
            </header>
            <div class="account-columns">
                { for columns.iter().take(if *show_all { usize::MAX } else { MAX_COLUMNS }).map(|a| {
                    let hits: Vec<Hit> = a.sentences.iter().flat_map(|s| state.results.within(a.article, *s).copied()).collect();
                    html! {
                        <Column key={a.article} analysis={Shared(state.analysis.clone())} stop={k} article={a.article}
                            {hits} dispatcher={state.dispatcher()} />
                    }
                }) }
            </div>
            if columns.len() > MAX_COLUMNS {
                <button type="button" class="show-all" onclick={toggle_all}>
                    { if *show_all { "Show fewer accounts".to_string() } else { format!("Show all {} accounts", columns.len()) } }
                </button>
            }
            // With many sources, those that do not report the stop are listed in one line.
            if many && !uncovered.is_empty() {
                <p class="not-covered-list">
                    { format!("Not covered by {} source{}: ", uncovered.len(), if uncovered.len() == 1 { "" } else { "s" }) }
                    { uncovered.join(", ") }
                </p>
            }
            if previous.is_some() || next.is_some() {
                <nav class="stop-steps bottom" aria-label="Previous and next stop, after the accounts">
                    if let Some(p) = previous { { step_button(p, Step::Previous, "previous") } }
                    if let Some(n) = next { { step_button(n, Step::Next, "next") } }
                </nav>
            }
        </section>
    }
}

/// Reveals after the browser has laid out the new stop (its height decides where it starts).
fn reveal_later(section: NodeRef, heading: NodeRef) {
    gloo_timers::callback::Timeout::new(0, move || reveal(&section, &heading)).forget();
}

/// Above this many sources, uncovered ones are listed in one line instead of a column each.
const MANY_SOURCES: usize = 8;

/// Accounts shown side by side before "Show all N accounts" (a corpus of hundreds of articles).
const MAX_COLUMNS: usize = 12;

/// Sentences shown before "N more sentences".
const SHOWN: usize = 4;

/// One column's props: plain values and shared pointers, so Yew skips a column whose hits did
/// not change as the user types.
#[derive(Properties, PartialEq)]
struct ColumnProps {
    analysis: Shared<Analysis>,
    stop: usize,
    article: usize,
    /// The search hits inside this account's sentences.
    hits: Vec<Hit>,
    dispatcher: UseReducerDispatcher<AppState>,
}

fn sentence(text: &str, key: String, span: Span, hits: &[Hit], open: Callback<MouseEvent>) -> Html {
    html! {
        <li>
            <q class="sentence">{ marked_with(text, span, hits) }</q>
            <button type="button" class="link in-context" onclick={open} data-evidence={key}
                aria-label="in context: show this sentence in the article">{ "in context" }</button>
        </li>
    }
}

#[function_component(Column)]
fn column(props: &ColumnProps) -> Html {
    let analysis = &props.analysis.0;
    let (Some(article), Some(account)) = (
        analysis.articles.get(props.article),
        analysis
            .stops
            .get(props.stop)
            .and_then(|s| s.accounts.get(props.article)),
    ) else {
        return html! {};
    };
    let outlet = labels::outlet(analysis, account.article);
    let open = {
        let (d, a) = (props.dispatcher.clone(), account.article);
        Callback::from(move |_| d.dispatch(Action::OpenArticle(a)))
    };
    let hits = props.hits.len();
    let url = labels::original_url(article);
    let head = html! {
        <header class="account-head">
            <p class="account-outlet"><span class="dot" aria-hidden="true"></span>
                { format!("{} {}", account.article + 1, outlet) }
                if hits > 0 { <span class="hit-count">{ labels::hits(hits) }</span> }
            </p>
            <button type="button" class="link account-headline" onclick={open}>
                <cite>{ article.headline.value.clone().unwrap_or_else(|| article.id.clone()) }</cite>
                <span class="visually-hidden">{ ": read it here" }</span>
            </button>
            <p class="account-source">
                { labels::published(article) }
                if let Some(url) = url {
                    { " · " }
                    <a class="original" href={url.to_string()} target="_blank" rel="noopener noreferrer external">
                        { format!("original on {}", labels::url_host(url)) }
                        <span aria-hidden="true">{ " ↗" }</span>
                        <span class="visually-hidden">{ " (opens a new tab)" }</span>
                    </a>
                }
            </p>
        </header>
    };
    let class = classes!(
        "account",
        format!("outlet-{}", article.outlet_index % 8),
        (!account.covered).then_some("uncovered")
    );
    if !account.covered {
        return html! {
            <article {class} aria-label={format!("{outlet}: not covered")}>
                { head }
                <p class="not-covered">{ "Not covered by this source." }</p>
            </article>
        };
    }
    let evidence = |span: Span| {
        let (d, a) = (props.dispatcher.clone(), account.article);
        Callback::from(move |_: MouseEvent| d.dispatch(Action::ShowEvidence(a, span)))
    };
    let key = |span: Span| {
        evidence_key(
            &format!("s{}", props.stop),
            account.article,
            span.start,
            span.end,
        )
    };
    let met: Vec<String> = account
        .people
        .iter()
        .filter(|p| p.met)
        .filter_map(|p| article.entities.get(p.entity))
        .map(|e| e.name.clone())
        .collect();
    let named: Vec<String> = account
        .people
        .iter()
        .filter(|p| !p.met)
        .filter_map(|p| article.entities.get(p.entity))
        .map(|e| e.name.clone())
        .collect();
    let quoted: Vec<String> = account
        .quoted
        .iter()
        .filter_map(|&e| article.entities.get(e))
        .map(|e| e.name.clone())
        .collect();
    let text = &article.text;
    html! {
        <article {class} aria-label={outlet}>
            { head }
            if let Some(d) = account.days {
                <p class="account-days">{ format!("Dates it: {}", d.human()) }</p>
            }
            <ul class="account-sentences">
                { for account.sentences.iter().take(SHOWN).map(|&span| sentence(text, key(span), span, &props.hits, evidence(span))) }
            </ul>
            if account.sentences.len() > SHOWN {
                <details class="more-sentences">
                    <summary>{ format!("{} more sentences", account.sentences.len() - SHOWN) }</summary>
                    <ul class="account-sentences">
                        { for account.sentences.iter().skip(SHOWN).map(|&span| sentence(text, key(span), span, &props.hits, evidence(span))) }
                    </ul>
                </details>
            }
            <dl class="account-facts">
                if !met.is_empty() { <dt>{ "Met" }</dt><dd>{ met.join(", ") }</dd> }
                if !named.is_empty() { <dt>{ "Also named" }</dt><dd>{ named.join(", ") }</dd> }
                if !quoted.is_empty() { <dt>{ "Quoted" }</dt><dd>{ quoted.join(", ") }</dd> }
                if !account.figures.is_empty() {
                    <dt>{ "Figures" }</dt>
                    <dd>{ account.figures.iter().filter_map(|&f| article.figures.get(f)).map(|f| f.span.of(text).to_string()).collect::<Vec<_>>().join("; ") }</dd>
                }
            </dl>
        </article>
    }
}
