//! The trip view's first lines, on the first screen of a phone: what is compared ("6 stops,
//! then onward to Japan · 5 sources"), whose trip it is (and how that was found, one tap away),
//! the sources with their colours (chips that also hide or show a source), and what a stop's
//! coloured dots mean.

use crate::components::stop_list::MANY_DOTS;
use crate::components::views::SourceFilter;
use crate::hooks::use_app;
use crate::labels;
use yew::prelude::*;

#[function_component(TripIntro)]
pub fn trip_intro() -> Html {
    let state = use_app();
    let analysis = &state.analysis;
    let shown = state.shown_count();
    html! {
        <section class="trip-intro" aria-labelledby="trip-summary">
            <div class="trip-summary-row">
                <h2 id="trip-summary" class="trip-summary">{ labels::trip_summary(analysis, analysis.articles.len()) }</h2>
                if let Some(t) = &analysis.traveller {
                    <details class="tip traveller-tip">
                        <summary>{ format!("Traveller: {}", t.name) }</summary>
                        <p>{ t.basis.clone() }</p>
                    </details>
                }
            </div>
            if !analysis.stops.is_empty() && shown > MANY_DOTS {
                <p class="dot-key">{ "A stop's bar is the share of the sources shown that report it." }</p>
            } else if !analysis.stops.is_empty() {
                <p class="dot-key">
                    { "Each source has a colour. A stop's dots are the sources in this order: " }
                    <span class="key-item"><span class="dot outlet-key" aria-hidden="true"></span>{ "filled, it reports the stop" }</span>
                    { "; " }
                    <span class="key-item"><span class="dot outlet-key absent" aria-hidden="true"></span>{ "hollow, it does not" }</span>
                    { "." }
                </p>
            }
            <SourceFilter />
        </section>
    }
}
