//! A disputed fact's claims, as the stop detail and the compare view show them: each source,
//! the value it gives, and its own words, which open the article at them. Grouped by value,
//! with the first three of each value shown when there are many ("77 more sources say
//! Jerusalem" shows the rest).

use crate::components::marked::marked;
use crate::hooks::use_app;
use crate::labels;
use crate::scroll::evidence_key;
use crate::state::{Action, AppState};
use tourlens_engine::Claim;
use yew::prelude::*;

/// Above this many claims from the sources shown, each value shows its first `PER_VALUE`.
const MANY_CLAIMS: usize = 8;
const PER_VALUE: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    /// Index into `Analysis::discrepancies`.
    pub discrepancy: usize,
    /// Makes the claims' evidence keys unique on the page (see `claim_item`).
    pub context: AttrValue,
}

/// The claims of one discrepancy from the sources shown, as a list.
#[function_component(Claims)]
pub fn claims(props: &ClaimsProps) -> Html {
    let state = use_app();
    let all = use_state(|| false);
    let Some(d) = state.analysis.discrepancies.get(props.discrepancy) else {
        return html! {};
    };
    let groups = labels::claims_by_value(&d.claims, |a| !state.hidden.contains(&a));
    let total: usize = groups.iter().map(|(_, g)| g.len()).sum();
    let cap = if *all || total <= MANY_CLAIMS {
        usize::MAX
    } else {
        PER_VALUE
    };
    let toggle = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <ul class="claims">
            { for groups.iter().map(|(value, group)| html! {
                <>
                    { for group.iter().take(cap).map(|c| claim_item(&state, c, &props.context)) }
                    if group.len() > cap {
                        <li class="claims-more">
                            <button type="button" class="link" onclick={toggle.clone()} aria-expanded="false">
                                { labels::more_saying(group.len() - cap, value) }
                            </button>
                        </li>
                    }
                </>
            }) }
            if *all && total > MANY_CLAIMS {
                <li class="claims-more">
                    <button type="button" class="link" onclick={toggle} aria-expanded="true">
                        { format!("Show {PER_VALUE} of each") }
                    </button>
                </li>
            }
        </ul>
    }
}

/// The claim as a list item; `context` makes its evidence key unique on the page (back returns
/// to this claim, not to the same words shown elsewhere).
fn claim_item(state: &UseReducerHandle<AppState>, c: &Claim, context: &str) -> Html {
    let analysis = &state.analysis;
    let Some(article) = analysis.articles.get(c.article) else {
        return html! {};
    };
    let open = {
        let state = state.clone();
        let (a, span) = (c.article, c.evidence);
        Callback::from(move |_| state.dispatch(Action::ShowEvidence(a, span)))
    };
    let key = evidence_key(context, c.article, c.evidence.start, c.evidence.end);
    let outlet = labels::outlet(analysis, c.article);
    html! {
        <li class={classes!("claim", format!("outlet-{}", article.outlet_index % 8))}>
            <span class="claim-source"><span class="dot" aria-hidden="true"></span>{ format!("{} {}", c.article + 1, outlet) }</span>
            <span class="claim-value">{ c.value.clone() }</span>
            <button type="button" class="link claim-evidence" onclick={open} data-evidence={key}>
                <q>{ marked(state, c.article, c.evidence) }</q>
                <span class="visually-hidden">{ format!(" (Show in {outlet})") }</span>
            </button>
        </li>
    }
}
