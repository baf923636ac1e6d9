//! Where the reader was: before the page moves to another view (a claim followed to its
//! evidence, a tab), the scroll position and the claim clicked are kept in the history entry
//! being left, so "back" returns to the same claim at the same place, also after a reload.
//! Browser glue only; components mark claims with `data-evidence` and know nothing of this.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The attribute that names a claim a reader can follow (unique on the page); components write
/// it as `data-evidence={evidence_key(..)}`.
const EVIDENCE: &str = "data-evidence";

/// The key a claim is found by: where it is shown and what it points at.
pub fn evidence_key(context: &str, article: usize, start: usize, end: usize) -> String {
    format!("{context}:{}:{start}-{end}", article + 1)
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Place {
    y: f64,
    claim: Option<String>,
}

thread_local! {
    /// The place at the last click, before the click changed anything.
    static CLICKED: RefCell<Option<Place>> = const { RefCell::new(None) };
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page restores scroll positions itself: the browser's own restoration runs before the
/// restored view is drawn and lands elsewhere.
pub fn take_over() {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// A click anywhere (capture phase, before the page reacts): notes the scroll position and the
/// claim clicked, if it was one.
pub fn clicked(event: &web_sys::Event) {
    let claim = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(&format!("[{EVIDENCE}]")).ok().flatten())
        .and_then(|e| e.get_attribute(EVIDENCE));
    let y = window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    CLICKED.with(|c| *c.borrow_mut() = Some(Place { y, claim }));
}

/// Just before a new history entry: the entry being left keeps where the reader was (as of
/// the click that led away, or now).
pub fn leaving() {
    let Some(w) = window() else { return };
    let place = CLICKED
        .with(|c| c.borrow_mut().take())
        .unwrap_or_else(|| Place {
            y: w.scroll_y().unwrap_or(0.0),
            claim: None,
        });
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"y".into(), &place.y.into());
    if let Some(claim) = &place.claim {
        let _ = js_sys::Reflect::set(&state, &"claim".into(), &JsValue::from_str(claim));
    }
    if let Ok(h) = w.history() {
        let _ = h.replace_state(&state, "");
    }
}

/// After back or forward has been drawn: the scroll position kept in the entry, and focus on
/// the claim that was followed from it. False when the entry kept nothing.
pub fn restore() -> bool {
    let Some(w) = window() else { return false };
    let Some(state) = w.history().ok().and_then(|h| h.state().ok()) else {
        return false;
    };
    let Some(y) = js_sys::Reflect::get(&state, &"y".into())
        .ok()
        .and_then(|v| v.as_f64())
    else {
        return false;
    };
    let claim = js_sys::Reflect::get(&state, &"claim".into())
        .ok()
        .and_then(|v| v.as_string());
    let found = claim.and_then(|claim| {
        w.document()?
            .query_selector(&format!("[{EVIDENCE}=\"{}\"]", claim.replace('"', "")))
            .ok()
            .flatten()
    });
    // A claim among "more sentences" is shown again (its list was closed when the view was).
    if let Some(closed) = found
        .as_ref()
        .and_then(|e| e.closest("details:not([open])").ok().flatten())
    {
        let _ = closed.set_attribute("open", "");
    }
    w.scroll_to_with_x_and_y(0.0, y);
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
    true
}
