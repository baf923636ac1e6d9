//! Hooks the components share: the app state from its context.

use crate::state::AppState;
use yew::prelude::*;

/// The app's state and its dispatcher (the reducer handle the root component provides).
#[hook]
pub fn use_app() -> UseReducerHandle<AppState> {
    use_context::<UseReducerHandle<AppState>>()
        .expect("the root component provides the app state to every component")
}
