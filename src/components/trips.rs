//! The "Your trips" view: the trips kept in this browser (the bundled one always first: open
//! or copy it), the import (files, a drop anywhere, a paste; into a new trip or this one), and,
//! for a trip of the user's, its edits (`trip_edits`).

use crate::components::trip_edits::TripEdits;
use crate::effects::{import_files, into_label};
use crate::hooks::use_app;
use crate::state::{Action, ImportInto};
use yew::prelude::*;

#[function_component(Trips)]
pub fn trips() -> Html {
    let state = use_app();
    let confirm_delete = use_state(|| None::<String>);
    let paste = use_node_ref();
    let open = |id: Option<String>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::OpenTrip(id.clone())))
    };
    let copy = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::CopyTrip))
    };
    let on_files = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                import_files(
                    crate::import::files::list(input.files()),
                    state.dispatcher(),
                );
                input.set_value("");
            }
        })
    };
    let choose = |into: ImportInto| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::ImportInto(into)))
    };
    let add_paste = {
        let (state, paste) = (state.clone(), paste.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste.cast::<web_sys::HtmlTextAreaElement>() {
                state.dispatch(Action::Paste(area.value()));
                area.set_value("");
            }
        })
    };
    let bundled = state.is_bundled();
    let bundled_count = crate::bundled::articles().len();
    html! {
        <div class="trips-view">
            <section class="trip-list" aria-labelledby="trips-heading">
                <h2 id="trips-heading">{ "Your trips" }</h2>
                <p class="hint">{ "Kept in this browser only: nothing is sent anywhere." }</p>
                <ul>
                    <li class={classes!("trip-entry", bundled.then_some("open"))}>
                        <span class="trip-name">{ crate::bundled::TITLE }</span>
                        <span class="trip-facts">{ format!("{bundled_count} articles · bundled, cannot be changed") }</span>
                        <span class="trip-actions">
                            if bundled { <span class="open-tag">{ "open" }</span> }
                            else { <button type="button" onclick={open(None)} aria-label={format!("Open {}", crate::bundled::TITLE)}>{ "Open" }</button> }
                            if bundled { <button type="button" onclick={copy.clone()}>{ "Copy to edit" }</button> }
                        </span>
                    </li>
                    { for state.trips.iter().map(|(id, trip)| {
                        let is_open = state.trip_id.as_deref() == Some(id.as_str());
                        let asking = confirm_delete.as_deref() == Some(id.as_str());
                        let ask = {
                            let (c, id) = (confirm_delete.clone(), id.clone());
                            Callback::from(move |_: MouseEvent| c.set(Some(id.clone())))
                        };
                        let cancel = {
                            let c = confirm_delete.clone();
                            Callback::from(move |_: MouseEvent| c.set(None))
                        };
                        let delete = {
                            let (state, c, id) = (state.clone(), confirm_delete.clone(), id.clone());
                            Callback::from(move |_: MouseEvent| { c.set(None); state.dispatch(Action::DeleteTrip(id.clone())) })
                        };
                        let n = trip.count();
                        html! {
                            <li key={id.clone()} class={classes!("trip-entry", is_open.then_some("open"))}>
                                <span class="trip-name">{ trip.title.clone() }
                                    if trip.is_edited() { <span class="edited-tag">{ "edited" }</span> }
                                </span>
                                <span class="trip-facts">{ format!("{n} article{}", if n == 1 { "" } else { "s" }) }</span>
                                <span class="trip-actions">
                                    if is_open { <span class="open-tag">{ "open" }</span> }
                                    else { <button type="button" onclick={open(Some(id.clone()))} aria-label={format!("Open {}", trip.title)}>{ "Open" }</button> }
                                    if asking {
                                        <button type="button" class="danger" onclick={delete} aria-label={format!("Really delete {}", trip.title)}>{ "Really delete" }</button>
                                        <button type="button" onclick={cancel}>{ "Keep it" }</button>
                                    } else {
                                        <button type="button" onclick={ask} aria-label={format!("Delete {}", trip.title)}>{ "Delete" }</button>
                                    }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <section class="import" aria-labelledby="import-heading">
                <h2 id="import-heading">{ "Import articles" }</h2>
                <fieldset class="import-into">
                    <legend>{ "Add them to" }</legend>
                    <label><input type="radio" name="import-into" checked={state.import_into == ImportInto::NewTrip || bundled}
                        onchange={choose(ImportInto::NewTrip)} />{ " a new trip" }</label>
                    <label><input type="radio" name="import-into" disabled={bundled}
                        checked={state.import_into == ImportInto::OpenTrip && !bundled}
                        onchange={choose(ImportInto::OpenTrip)} />
                        { format!(" this trip ({})", if bundled { "the bundled trip cannot be changed".to_string() } else { state.title.to_string() }) }</label>
                </fieldset>
                <label class="file-pick" for="import-files">{ "Choose files" }</label>
                <input id="import-files" type="file" multiple=true accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.json" onchange={on_files} />
                <p class="hint">{ format!("…or drop them anywhere on this page: they go to {}. ", into_label(if bundled { ImportInto::NewTrip } else { state.import_into })) }
                    { "Plain text (.txt), Markdown (.md), saved web pages (.html, .htm: the story and its headline, outlet and date are read from the page; nothing of it runs or loads), JSON (a tourlens trip, or a list of {headline, outlet, date, url, text})." }</p>
                <label for="paste-article">{ "Or paste one article" }</label>
                <textarea id="paste-article" ref={paste} rows="5" placeholder="Paste the text of one article: headline, outlet and date lines first if you have them."></textarea>
                <button type="button" onclick={add_paste}>{ "Add pasted article" }</button>
            </section>
            if bundled {
                <section class="edit-trip" aria-labelledby="edit-heading">
                    <h2 id="edit-heading">{ "Edit this trip" }</h2>
                    <p>{ "The bundled trip cannot be changed. Copy it to correct its articles, traveller and stops." }</p>
                    <button type="button" onclick={copy}>{ "Copy to edit" }</button>
                </section>
            } else {
                <TripEdits />
            }
        </div>
    }
}
