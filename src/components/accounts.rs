//! The selected stop's accounts side by side: one column per source (stacked on narrow
//! screens) with its sentences about the stop, the people met and quoted there, the figures,
//! or an explicit "not covered by this source". Each sentence opens the article at it.

use crate::components::marked::marked_with;
use crate::hooks::use_app;
use crate::labels;
use crate::state::{Action, AppState, Shared};
use tourlens_engine::search::Hit;
use tourlens_engine::{Account, Analysis, Span};
use yew::prelude::*;

#[function_component(Accounts)]
pub fn accounts() -> Html {
    let state = use_app();
    let show_all = use_state(|| false);
    let analysis = &state.analysis;
    let Some((k, stop)) = state
        .selected_stop
        .and_then(|k| analysis.stops.get(k).map(|s| (k, s)))
    else {
        return html! {};
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
    html! {
        <section class="accounts" aria-labelledby="accounts-heading">
            <header class="accounts-head">
                <h2 id="accounts-heading">
                    <span class="stop-number" aria-hidden="true">{ if stop.onward { "→".to_string() } else { (k + 1).to_string() } }</span>
                    { labels::stop_name(analysis, stop) }
                    if let Some(c) = labels::stop_country(analysis, stop) {
                        <span class="accounts-country">{ format!(", {c}") }</span>
                    }
                    if !stop.edited.is_empty() {
                        <span class="edited-tag">{ labels::edited(&stop.edited) }</span>
                    }
                </h2>
                <p class="accounts-facts">
                    <strong>{ labels::stop_days(stop) }</strong>
                    if !stop.onward && stop.days.is_some() {
                        { format!(" · date {}", labels::confidence(stop.date_confidence)) }
                    }
                    if !others.is_empty() {
                        { format!(" · also named {}", others.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }
                    }
                </p>
                <details class="basis">
                    <summary>{ "How the date was found" }</summary>
                    <p>{ stop.date_basis.clone() }</p>
                </details>
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
        </section>
    }
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

fn sentence(text: &str, span: Span, hits: &[Hit], open: Callback<MouseEvent>) -> Html {
    html! {
        <li>
            <q class="sentence">{ marked_with(text, span, hits) }</q>
            <button type="button" class="link in-context" onclick={open}
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
    let head = html! {
        <header class="account-head">
            <p class="account-outlet"><span class="dot" aria-hidden="true"></span>
                { format!("{} {}", account.article + 1, outlet) }
                if hits > 0 { <span class="hit-count" title="Search hits in this account">{ format!("{hits} hits") }</span> }
            </p>
            <button type="button" class="link account-headline" onclick={open}>
                { article.headline.value.clone().unwrap_or_else(|| article.id.clone()) }
            </button>
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
                { for account.sentences.iter().take(SHOWN).map(|&span| sentence(text, span, &props.hits, evidence(span))) }
            </ul>
            if account.sentences.len() > SHOWN {
                <details class="more-sentences">
                    <summary>{ format!("{} more sentences", account.sentences.len() - SHOWN) }</summary>
                    <ul class="account-sentences">
                        { for account.sentences.iter().skip(SHOWN).map(|&span| sentence(text, span, &props.hits, evidence(span))) }
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
