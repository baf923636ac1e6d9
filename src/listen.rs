//! A DOM event listener that lives as long as its value: added when made, removed when dropped,
//! so an effect returns it (or its drop) as its cleanup. Never passive: handlers may prevent
//! the default (F3, the wheel).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Event, EventTarget};

pub struct Listener {
    target: EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(target: &EventTarget, event: &'static str, f: impl FnMut(Event) + 'static) -> Self {
        let callback = Closure::<dyn FnMut(Event)>::new(f);
        let options = AddEventListenerOptions::new();
        options.set_passive(false);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            callback.as_ref().unchecked_ref(),
            &options,
        );
        Listener {
            target: target.clone(),
            event,
            callback,
        }
    }

    /// A listener on the window (none when there is no window).
    pub fn on_window(event: &'static str, f: impl FnMut(Event) + 'static) -> Option<Self> {
        web_sys::window().map(|w| Self::new(&w, event, f))
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(
            self.event,
            self.callback.as_ref().unchecked_ref(),
        );
    }
}
