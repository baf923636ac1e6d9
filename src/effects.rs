//! The app's dealings with the browser, as hooks the root component calls: the URL hash kept in
//! step with the state, F3, the analysis worker, storing the trips, and files dropped anywhere
//! on the page. The reducer stays pure; these carry its wishes out and report back by actions.

use crate::job;
use crate::route::Route;
use crate::state::{Action, AppState, ImportInto};
use crate::worker::{AnalysisWorker, Reply};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use tourlens_engine::Analysis;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Back, forward or a link followed inside the page restores the view, then the scroll
/// position and the claim the reader left it from (`scroll.rs`); F3 / Shift+F3 walk the search
/// hits from anywhere.
#[hook]
pub fn use_window_keys(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        crate::scroll::take_over();
        let window = web_sys::window();
        let hash = window.as_ref().map(|w| {
            let d = dispatcher.clone();
            EventListener::new(w, "hashchange", move |_| {
                d.dispatch(Action::Restore(Route::parse(&current_hash())));
                // After the restored view is drawn.
                Timeout::new(0, || {
                    crate::scroll::restore();
                })
                .forget();
            })
        });
        // Capture phase: noted before the click changes the page.
        let clicks = window.as_ref().map(|w| {
            EventListener::new_with_options(
                w,
                "click",
                EventListenerOptions::run_in_capture_phase(),
                crate::scroll::clicked,
            )
        });
        let keys = window.as_ref().map(|w| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(w, "keydown", options, move |e| {
                let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.key() == "F3" {
                    e.prevent_default();
                    dispatcher.dispatch(Action::StepHit(!key.shift_key()));
                }
            })
        });
        move || drop((hash, clicks, keys))
    });
}

/// The state's route into the hash: the first write replaces, later ones add history entries
/// after the next paint (the entry left keeps where the reader was: `scroll::leaving`). Typing
/// in the search box replaces the entry instead (one per query, not one per key), and only once
/// typing pauses: writing the URL costs the browser a few milliseconds each time. Walking the
/// hits of one article replaces it too (the passage changes, not the place).
#[hook]
pub fn use_hash(state: &UseReducerHandle<AppState>) {
    let first = use_mut_ref(|| true);
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // Each route written bumps this; a write put off to after the paint is dropped if another
    // route came meanwhile (two swipes in one frame: the first's late write would bring its stop
    // back through the `hashchange`).
    let latest: Rc<RefCell<u64>> = use_mut_ref(|| 0);
    use_effect_with(state.route(), move |route| {
        let want = route.format();
        pending.borrow_mut().take().map(Timeout::cancel);
        *latest.borrow_mut() += 1;
        let this = *latest.borrow();
        let was = Route::parse(&current_hash());
        let only_query = {
            let mut was = was.clone();
            was.query = route.query.clone();
            was == *route
        };
        let same_place = {
            let mut was = was;
            was.query = route.query.clone();
            was.passage = route.passage;
            was == *route && route.passage.is_some()
        };
        let replace = move |url: &str| {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                // The entry keeps what it held (where the reader was, `scroll.rs`).
                let kept = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                let _ = history.replace_state_with_url(&kept, "", Some(url));
            }
        };
        if current_hash() != want {
            if *first.borrow() {
                replace(&want);
            } else if only_query {
                *pending.borrow_mut() = Some(Timeout::new(300, move || replace(&want)));
            } else if same_place {
                replace(&want);
            } else {
                // After the next paint: the new history entry costs the browser a few
                // milliseconds (and a `hashchange`), which the stop chosen should not wait for.
                let latest = latest.clone();
                after_next_paint(move || {
                    if *latest.borrow() != this {
                        return;
                    }
                    crate::scroll::leaving();
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash(&want);
                    }
                });
            }
        }
        *first.borrow_mut() = false;
    });
}

/// Runs `f` in a task after the browser's next frame (a timeout set from an animation frame).
fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let task = Closure::once_into_js(f);
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = w.request_animation_frame(frame.unchecked_ref());
}

/// How long the import screen is open, with no files yet, before the worker warms up.
const WARM_AFTER_MS: u32 = 500;

/// Hands each analysis job to the worker (started once) and its answer back to the reducer.
/// Without a worker (no glue block in the page, workers refused), when it stops, or when its
/// answer cannot be read, the newest job runs here, after the next paint so the progress shows.
#[hook]
pub fn use_worker(state: &UseReducerHandle<AppState>) {
    let worker: Rc<RefCell<Option<AnalysisWorker>>> = use_mut_ref(|| None);
    let started = use_mut_ref(|| false);
    let broken = use_mut_ref(|| false);
    let newest: Rc<RefCell<Option<(u64, String)>>> = use_mut_ref(|| None);
    // Warmed once: on the import screen before the first job, or by that job.
    let warmed = use_mut_ref(|| false);
    let job = state.job();
    let dispatcher = state.dispatcher();
    let start = {
        let (worker, started, broken, newest) = (
            worker.clone(),
            started.clone(),
            broken.clone(),
            newest.clone(),
        );
        move || {
            if *started.borrow() {
                return;
            }
            *started.borrow_mut() = true;
            let (d, newest, broken) = (dispatcher.clone(), newest.clone(), broken.clone());
            *worker.borrow_mut() = AnalysisWorker::start(move |reply| {
                let failed = match reply {
                    Reply::Answer(id, out) => match job::read_answer(&out) {
                        Ok(a) => {
                            d.dispatch(Action::Analysed(id as u64, Ok(Rc::new(a))));
                            return;
                        }
                        Err(_) => Some(id as u64),
                    },
                    Reply::Failed(id) => {
                        if id.is_none() {
                            *broken.borrow_mut() = true;
                        }
                        id.map(|i| i as u64)
                    }
                };
                let last = newest.borrow().clone();
                if let Some((job, json)) = last.filter(|(job, _)| failed.is_none_or(|f| f == *job))
                {
                    here(d.clone(), job, json);
                }
            });
        }
    };
    // The import screen open: the reader's articles are coming. Half a second on (files chosen
    // in the file dialog take longer than that; files dropped at once need no warm-up), the
    // worker starts and warms up while they choose them (a reader only reading never starts
    // it); it stops warming as soon as files are being read: on two cores the warm-up would
    // slow the reading.
    let choosing = state.choosing_articles();
    let soon: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let (start, worker, warmed) = (start.clone(), worker.clone(), warmed.clone());
        use_effect_with(choosing, move |&choosing| {
            if choosing && !*warmed.borrow() {
                let worker = worker.clone();
                *soon.borrow_mut() = Some(Timeout::new(WARM_AFTER_MS, move || {
                    *warmed.borrow_mut() = true;
                    start();
                    if let Some(w) = worker.borrow().as_ref() {
                        w.warm(true);
                    }
                }));
            } else if !choosing {
                soon.borrow_mut().take().map(Timeout::cancel);
                if let Some(w) = worker.borrow().as_ref() {
                    w.warm(false);
                }
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with(job.as_ref().map(|(id, _)| *id), move |_| {
        let Some((id, trip)) = job else {
            return;
        };
        let input = job::Job {
            articles: trip.0.inputs(),
            edits: trip.0.edits.clone(),
        };
        let json = serde_json::to_string(&input).unwrap_or_default();
        *newest.borrow_mut() = Some((id, json.clone()));
        *warmed.borrow_mut() = true;
        start();
        let sent = !*broken.borrow() && worker.borrow().as_ref().is_some_and(|w| w.post(id, &json));
        if !sent {
            here(dispatcher, id, json);
        }
    });
}

/// Runs a job on the main thread, 30 ms on: time for the progress to paint first. (A timeout,
/// not `after_next_paint`: no frame comes in a hidden tab, and the job must still run there.)
fn here(dispatcher: UseReducerDispatcher<AppState>, id: u64, json: String) {
    Timeout::new(30, move || {
        let result: Result<Analysis, String> = job::read_answer(&job::run_json(&json));
        dispatcher.dispatch(Action::Analysed(id, result.map(Rc::new)));
    })
    .forget();
}

/// Mirrors the user's trips into storage: a trip written when it changed, deleted when it
/// went; the open trip remembered. A failure is reported and nothing stored is touched.
#[hook]
pub fn use_storage(state: &UseReducerHandle<AppState>) {
    let before = use_mut_ref(|| state.trips.clone());
    let trips = state.trips.clone();
    let dispatcher = state.dispatcher();
    use_effect_with(Shared(trips), move |trips| {
        let was = before.replace(trips.0.clone());
        if Rc::ptr_eq(&was, &trips.0) {
            return;
        }
        let mut failed = None;
        for (id, trip) in trips.0.iter() {
            let same = was.iter().any(|(i, t)| i == id && Rc::ptr_eq(t, trip));
            if !same {
                if let Err(e) = crate::store::save(id, trip) {
                    failed = Some(e);
                }
            }
        }
        for (id, _) in was
            .iter()
            .filter(|(i, _)| !trips.0.iter().any(|(j, _)| j == i))
        {
            if let Err(e) = crate::store::delete(id) {
                failed = Some(e);
            }
        }
        dispatcher.dispatch(Action::Stored(failed));
    });
    // A published page (read-only) leaves the trip this browser opens alone.
    use_effect_with(
        (state.trip_id.clone(), state.read_only),
        |(id, read_only)| {
            if !read_only {
                crate::store::set_current(id.as_deref())
            }
        },
    );
}

/// Compared by pointer, for effects keyed on the list of trips.
struct Shared<T>(Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

/// Reads files and hands what they hold to the reducer, with progress.
pub fn import_files(files: Vec<web_sys::File>, dispatcher: UseReducerDispatcher<AppState>) {
    if files.is_empty() {
        return;
    }
    dispatcher.dispatch(Action::Reading(0, files.len()));
    wasm_bindgen_futures::spawn_local(async move {
        let d = dispatcher.clone();
        let reads = crate::import::files::read_all(files, move |done, total| {
            d.dispatch(Action::Reading(done, total))
        })
        .await;
        dispatcher.dispatch(Action::Imported(reads));
    });
}

/// Files dropped anywhere on the page are imported (into the open trip, or a new one, as the
/// import choice says); dropping is never a navigation to the file.
#[hook]
pub fn use_drop_import(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let window = web_sys::window();
        let over = window.as_ref().map(|w| {
            EventListener::new_with_options(
                w,
                "dragover",
                EventListenerOptions::enable_prevent_default(),
                |e| {
                    e.prevent_default();
                    if let Some(dt) = e
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(|d| d.data_transfer())
                    {
                        dt.set_drop_effect("copy");
                    }
                },
            )
        });
        let drop = window.as_ref().map(|w| {
            EventListener::new_with_options(
                w,
                "drop",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    e.prevent_default();
                    let files = e
                        .dyn_ref::<web_sys::DragEvent>()
                        .and_then(|d| d.data_transfer())
                        .and_then(|dt| dt.files());
                    import_files(crate::import::files::list(files), dispatcher.clone());
                },
            )
        });
        move || {
            std::mem::drop(over);
            std::mem::drop(drop);
        }
    });
}

/// Where the import panel's choice points, for a label.
pub fn into_label(into: ImportInto) -> &'static str {
    match into {
        ImportInto::NewTrip => "a new trip",
        ImportInto::OpenTrip => "this trip",
    }
}
