//! The root component: owns the reducer, keeps the URL hash in step with the state (a link
//! restores the view; back and forward walk through it) and lays out the current view.

use crate::bundled;
use crate::components::{
    about::About, accounts::Accounts, compare::Compare, entities::Entities, reader::Reader,
    search_box::SearchBox, source_list::SourceList, stop_list::StopList, trip_map::TripMap,
    views::SourceFilter, views::ViewTabs,
};
use crate::listen::Listener;
use crate::route::{Route, View};
use crate::state::{Action, AppState};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::Reducible;

/// A pending `setTimeout`: its id and the callback it will run.
type Timer = (i32, Closure<dyn FnMut()>);

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

#[function_component(App)]
pub fn app() -> Html {
    // The state starts from the link: a deep link renders its view at once.
    let state = use_reducer(|| {
        let fresh = Rc::new(AppState::new(bundled::TITLE, &bundled::articles()));
        (*fresh.reduce(Action::Restore(Route::parse(&current_hash())))).clone()
    });
    // Back, forward, or a link followed inside the page.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Listener::on_window("hashchange", move |_| {
                dispatcher.dispatch(Action::Restore(Route::parse(&current_hash())));
            });
            move || drop(listener)
        });
    }
    // F3 / Shift+F3 walk the search hits from anywhere on the page.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Listener::on_window("keydown", move |e| {
                let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.key() == "F3" {
                    e.prevent_default();
                    dispatcher.dispatch(Action::StepHit(!key.shift_key()));
                }
            });
            move || drop(listener)
        });
    }
    // The state's route into the hash: the first write replaces, later ones add history entries.
    // Typing in the search box replaces the entry instead (one per query, not one per key), and
    // only once typing pauses: writing the URL costs the browser a few milliseconds each time.
    {
        let first = use_mut_ref(|| true);
        let pending: Rc<std::cell::RefCell<Option<Timer>>> = use_mut_ref(|| None);
        use_effect_with(state.route(), move |route| {
            let want = route.format();
            if let Some(w) = web_sys::window() {
                if let Some((id, _)) = pending.borrow_mut().take() {
                    w.clear_timeout_with_handle(id);
                }
                let only_query = {
                    let mut was = Route::parse(&current_hash());
                    was.query = route.query.clone();
                    was == *route
                };
                let replace = move |url: &str| {
                    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(url),
                        );
                    }
                };
                if current_hash() != want {
                    if *first.borrow() {
                        replace(&want);
                    } else if only_query {
                        let later = Closure::<dyn FnMut()>::new(move || replace(&want));
                        if let Ok(id) = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                            later.as_ref().unchecked_ref(),
                            300,
                        ) {
                            *pending.borrow_mut() = Some((id, later));
                        }
                    } else {
                        let _ = w.location().set_hash(&want);
                    }
                }
            }
            *first.borrow_mut() = false;
        });
    }
    let body = match state.view {
        View::Trip => html! {
            <>
                <div class="trip-overview">
                    <StopList />
                    <TripMap />
                </div>
                <SourceFilter />
                <Accounts />
            </>
        },
        View::Compare => html! { <><SourceFilter /><Compare /></> },
        View::Entities => html! { <><SourceFilter /><Entities /></> },
        View::Sources => html! {
            <div class={classes!("layout", state.open_article.is_some().then_some("reading"))}>
                <SourceList />
                <Reader />
            </div>
        },
    };
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state.clone()}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class="masthead">
                <p class="brand">{ "tourlens" }</p>
                <h1 class="trip-title">{ &*state.title }</h1>
                <ViewTabs />
                <SearchBox />
            </header>
            <main id="main" class={classes!("view", format!("view-{}", state.view.key()))} tabindex="-1">
                { body }
            </main>
            <About />
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}
