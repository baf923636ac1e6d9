//! One source's version of a disputed fact, as the stop detail and the compare view show it:
//! the source, the value it gives, and its own words, which open the article at them.

use crate::components::marked::marked;
use crate::labels;
use crate::scroll::evidence_key;
use crate::state::{Action, AppState};
use tourlens_engine::Claim;
use yew::prelude::*;

/// The claim as a list item; `context` makes its evidence key unique on the page (back returns
/// to this claim, not to the same words shown elsewhere).
pub fn claim_item(state: &UseReducerHandle<AppState>, c: &Claim, context: &str) -> Html {
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
