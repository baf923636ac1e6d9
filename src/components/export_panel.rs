//! The export panel: the trip as one HTML file, its data (JSON, GeoJSON, CSV), printing it,
//! and, on a published (read-only) page, an editable copy. Buttons hand the work to
//! `download.rs` and show what it said.

use crate::download;
use crate::export::Format;
use crate::hooks::use_app;
use crate::route::View;
use crate::state::Action;
use yew::prelude::*;

#[function_component(ExportPanel)]
pub fn export_panel() -> Html {
    let state = use_app();
    // What the last download said: (done, words).
    let said = use_state(|| None::<(bool, String)>);
    let busy = use_state(|| false);
    let waiting = state.pending.is_some();
    let one_file = {
        let (state, said, busy) = (state.clone(), said.clone(), busy.clone());
        Callback::from(move |_: MouseEvent| {
            let (trip, said, busy) = (state.trip.clone(), said.clone(), busy.clone());
            busy.set(true);
            said.set(Some((true, "Preparing the file…".into())));
            wasm_bindgen_futures::spawn_local(async move {
                let result = download::single_file(&trip).await;
                busy.set(false);
                said.set(Some(match result {
                    Ok(done) => (true, done),
                    Err(why) => (false, format!("The file could not be made: {why}.")),
                }));
            });
        })
    };
    let data = |format: Format| {
        let (state, said) = (state.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            said.set(Some(
                match download::export(format, &state.trip, &state.analysis) {
                    Ok(done) => (true, done),
                    Err(why) => (false, format!("The file could not be made: {why}.")),
                },
            ))
        })
    };
    let print = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetView(View::Trip));
            // After the trip view has rendered.
            gloo_timers::callback::Timeout::new(50, || {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            })
            .forget();
        })
    };
    let edit_copy = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::EditCopy))
    };
    html! {
        <section class="export-panel" aria-labelledby="export-heading">
            <h2 id="export-heading">{ "Download" }</h2>
            <h3>{ "As one file" }</h3>
            <p class="hint">{ "This trip as one HTML page: articles, edits and title inside, like tourlens.html. It opens in any browser, from a USB stick or an email, with no network at all, and shows the trip read-only: readers search, select stops and compare sources, and cannot change it." }</p>
            <button type="button" class="primary" onclick={one_file} disabled={*busy}>{ "Download as one file" }</button>
            <h3>{ "The data" }</h3>
            <ul class="formats">
                { for Format::ALL.iter().map(|&f| html! {
                    <li>
                        <button type="button" onclick={data(f)} disabled={waiting}>{ format!("Download {}", f.label()) }</button>
                        <span class="hint">{ f.what() }</span>
                    </li>
                }) }
            </ul>
            <p class="export-said" role="status" aria-live="polite">
                if let Some((done, words)) = &*said {
                    <span class={classes!("notice", if *done { "done" } else { "problem" })}>{ words.clone() }</span>
                }
            </p>
            <h3>{ "On paper" }</h3>
            <p class="hint">{ "Printing the Trip view gives the stop list, the map and the selected stop's accounts, without the page's controls." }</p>
            <button type="button" onclick={print}>{ "Print the trip" }</button>
            if state.read_only {
                <h3>{ "Edit" }</h3>
                <p class="hint">{ "This page shows a published trip. To correct it or add articles, make a copy among your own trips in this browser." }</p>
                <button type="button" onclick={edit_copy}>{ "Make an editable copy" }</button>
            }
        </section>
    }
}
