//! The search box: a query over all sources, how it was read, the hits per term in their
//! colours, "n of m" with previous / next (Enter, Shift+Enter, F3).

use crate::hooks::use_app;
use crate::labels;
use crate::state::Action;
use yew::prelude::*;

#[function_component(SearchBox)]
pub fn search_box() -> Html {
    let state = use_app();
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                state.dispatch(Action::Search(input.value()));
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                state.dispatch(Action::StepHit(!e.shift_key()));
            }
        })
    };
    let step = |forward: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::StepHit(forward)))
    };
    let total = state.results.total();
    let articles = state.results.hits.iter().filter(|h| !h.is_empty()).count();
    let per_term = state.results.per_term(state.query.terms.len());
    let status = if state.query_text.trim().is_empty() {
        String::new()
    } else if total == 0 {
        "No hits".to_string()
    } else if let Some(n) = state.current_hit {
        format!("{} of {total}", n + 1)
    } else {
        format!(
            "{} in {articles} article{}",
            labels::hits(total),
            if articles == 1 { "" } else { "s" }
        )
    };
    html! {
        <div role="search" class="search" aria-label="Search all sources">
            <div class="search-row">
                <label for="search-input" class="visually-hidden">{ "Search all sources" }</label>
                <input id="search-input" type="search" placeholder="Search all sources: ceasefire, \"humanitarian pause\", Erdogan…"
                    value={state.query_text.to_string()} {oninput} {onkeydown} autocomplete="off" spellcheck="false"
                    aria-describedby="search-reading" />
                <button type="button" onclick={step(false)} disabled={total == 0} aria-label="Previous hit (Shift+Enter)">{ "↑" }</button>
                <button type="button" onclick={step(true)} disabled={total == 0} aria-label="Next hit (Enter or F3)">{ "↓" }</button>
                <output class="search-status" aria-live="polite" for="search-input">{ status }</output>
            </div>
            <p id="search-reading" class={classes!("search-reading", state.query_text.trim().is_empty().then_some("empty"))}>
                { state.query.reading.clone() }
                if !state.query.terms.is_empty() {
                    <span class="search-terms">
                        { for state.query.terms.iter().enumerate().map(|(i, t)| html! {
                            <mark class={classes!("hit", format!("hit-{}", i % 6))}>{ format!("{} {}", t.label, per_term.get(i).copied().unwrap_or(0)) }</mark>
                        }) }
                    </span>
                }
            </p>
        </div>
    }
}
