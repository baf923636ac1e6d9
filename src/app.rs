//! The root component: owns the reducer, lays out the source list and the reader.

use crate::components::{about::About, reader::Reader, source_list::SourceList};
use crate::{bundled, state::AppState};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(bundled::TITLE, &bundled::articles()));
    let layout_class = classes!("layout", state.open_article.is_some().then_some("reading"));
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state.clone()}>
            <header class="masthead">
                <p class="brand">{ "tourlens" }</p>
                <h1 class="trip-title">{ &*state.title }</h1>
            </header>
            <main class={layout_class}>
                <SourceList />
                <Reader />
            </main>
            <About />
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}
