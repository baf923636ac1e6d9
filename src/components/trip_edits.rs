//! Editing a trip of the user's: its title and traveller, undo, "back to the engine's result",
//! then its articles (`article_edits`) and its stops (`stop_edits`).

use crate::components::{
    article_edits::ArticleEdits, edit_field::EditField, stop_edits::StopEdits,
};
use crate::hooks::use_app;
use crate::state::Action;
use yew::prelude::*;

#[function_component(TripEdits)]
pub fn trip_edits() -> Html {
    let state = use_app();
    let rename = {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(Action::RenameTrip(v)))
    };
    let traveller = {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(Action::SetTraveller(v)))
    };
    let act = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };
    let given = state.trip.edits.traveller.clone();
    let found = state.analysis.traveller.as_ref().map(|t| t.name.clone());
    html! {
        <section class="edit-trip" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{ "Edit this trip" }</h2>
            <p class="hint">{ "Every correction is kept beside the articles and applied on every analysis. Edited values are marked edited." }</p>
            <div class="edit-actions">
                <button type="button" onclick={act(|| Action::Undo)} disabled={state.undo.is_empty()}>{ "Undo" }</button>
                <button type="button" onclick={act(|| Action::BackToEngine)} disabled={!state.trip.is_edited()}>{ "Back to the engine's result" }</button>
            </div>
            <div class="field">
                <label for="trip-title">{ "Title" }</label>
                <EditField id="trip-title" value={state.trip.title.clone()} onchange={rename} />
            </div>
            <div class="field">
                <label for="trip-traveller">{ "Traveller" }
                    if given.is_some() { <span class="edited-tag">{ "edited" }</span> }
                </label>
                <EditField id="trip-traveller" value={given.clone().unwrap_or_default()}
                    placeholder={found.map(|f| format!("{f} (found by the engine)")).unwrap_or_else(|| "Whose trip it is".into())}
                    onchange={traveller} />
            </div>
            <ArticleEdits />
            <StopEdits />
        </section>
    }
}
