//! The root component: owns the reducer (started from storage, the trip the page carries and
//! the URL), provides it to every component, runs the effects (`effects.rs`: hash, keys,
//! worker, storage, dropped files; `frame.rs`: the height told to a host page) and lays out the
//! masthead and the current view.

use crate::components::{
    about::About, accounts::Accounts, compare::Compare, entities::Entities, notices::Notices,
    publish::Publish, reader::Reader, search_box::SearchBox, source_list::SourceList,
    stop_list::StopList, trip_intro::TripIntro, trip_map::TripMap, trips::Trips,
    views::SourceFilter, views::ViewTabs,
};
use crate::effects::{
    current_hash, use_drop_import, use_hash, use_storage, use_window_keys, use_worker,
};
use crate::frame::use_tell_height;
use crate::route::{Route, View};
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;
use yew::Reducible;

#[function_component(App)]
pub fn app() -> Html {
    // The trip the page carries (read-only), else the one open last time, else the bundled
    // one, at the view the link names, looking as the URL says.
    let state = use_reducer(|| {
        let mut startup = crate::store::load();
        match crate::page::take_carried() {
            Some(Ok(trip)) => startup.carried = Some(trip),
            Some(Err(why)) => startup.problems.push(why),
            None => {}
        }
        let mut fresh = AppState::start(startup);
        fresh.options = Rc::new(crate::page::options());
        let fresh = Rc::new(fresh);
        (*fresh.reduce(Action::Restore(Route::parse(&current_hash())))).clone()
    });
    use_window_keys(&state);
    use_hash(&state);
    use_worker(&state);
    use_storage(&state);
    use_drop_import(&state);
    use_tell_height(state.options.child_id.clone());
    let body = match state.view {
        // The stop detail beside the map and the list on wide screens, below them on phones.
        View::Trip => html! {
            <>
                <TripIntro />
                <div class="trip-layout">
                    <div class="trip-side">
                        <TripMap />
                        <StopList />
                    </div>
                    <Accounts />
                </div>
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
        View::Publish => html! { <Publish /> },
        View::Trips => html! { <Trips /> },
    };
    let to_trips = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetView(View::Trips)))
    };
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state.clone()}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <header class={classes!("masthead", (!state.options.header).then_some("no-header"))}>
                if state.options.header {
                    <p class="brand">{ "tourlens" }</p>
                }
                <div class={classes!("trip-heading", (!state.options.header).then_some("visually-hidden"))}>
                    <h1 class="trip-title">{ &*state.title }
                        if state.trip.is_edited() { <span class="edited-tag">{ "edited" }</span> }
                    </h1>
                    if state.view != View::Trips && !state.read_only && state.options.header {
                        <button type="button" class="new-trip" onclick={to_trips}>{ "New trip · import your articles" }</button>
                    }
                </div>
                <ViewTabs />
                <Notices />
            </header>
            // Its own bar, so it can stay in view (sticky) while the reader walks the hits.
            if state.options.search {
                <div class={classes!("search-bar", (!state.query_text.trim().is_empty()).then_some("searching"))}>
                    <SearchBox />
                </div>
            }
            <main id="main" class={classes!("view", format!("view-{}", state.view.key()))} tabindex="-1">
                { body }
            </main>
            <About />
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}
