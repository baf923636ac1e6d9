//! The page and the page around it. Its look from the URL applied to the document (theme and
//! accent as attributes and custom properties on `<html>`, set through the CSSOM, which the
//! CSP's `style-src` does not govern); inside a frame, its content height told to the host
//! whenever it changes (`publish::embed`'s two forms); and, for the embed panel's preview, the
//! height a framed page tells this one.

use crate::publish::embed;
use crate::publish::options::{PageOptions, Theme};
use gloo_events::EventListener;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Applies the theme and the accent to `<html>`, and marks a framed page (whose height follows
/// its content, so nothing may be sized by the viewport's height: see styles.css).
pub fn apply(options: &PageOptions) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if options.theme != Theme::Auto {
        let _ = root.set_attribute("data-theme", options.theme.key());
    }
    if let (Some(accent), Some(html)) = (options.accent, root.dyn_ref::<web_sys::HtmlElement>()) {
        let style = html.style();
        let _ = style.set_property("--accent", &accent.css());
        let _ = style.set_property("--accent-ink", &accent.ink().css());
        let _ = root.set_attribute("data-accent", "");
    }
    if crate::page::is_framed() {
        let _ = root.set_attribute("data-framed", "");
    }
}

/// Inside a frame: posts the content height to the parent on every change of `<html>`'s size
/// (a `ResizeObserver`), in the plain form and, given a pym.js id, pym.js's.
#[hook]
pub fn use_tell_height(child_id: Option<String>) {
    use_effect_with((), move |_| {
        let observer = start_telling(child_id);
        move || {
            if let Some((o, _)) = observer {
                o.disconnect();
            }
        }
    });
}

type Telling = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

fn start_telling(child_id: Option<String>) -> Option<Telling> {
    if !crate::page::is_framed() {
        return None;
    }
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    let root = window.document()?.document_element()?;
    let measured = root.clone();
    let last = Rc::new(std::cell::Cell::new(0u32));
    let tell = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| {
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height == 0 || height == last.get() {
            return;
        }
        last.set(height);
        let plain = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&plain, &"tourlens".into(), &"height".into());
        let _ = js_sys::Reflect::set(&plain, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&plain, "*");
        if let Some(id) = &child_id {
            let _ = parent.post_message(&JsValue::from_str(&embed::pym_message(id, height)), "*");
        }
    });
    let observer = web_sys::ResizeObserver::new(tell.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some((observer, tell))
}

/// The height the page framed in `frame` tells this one (the embed panel's preview), as the
/// host script reads it; `None` until it has told.
#[hook]
pub fn use_framed_height(frame: NodeRef) -> Option<u32> {
    let height = use_state(|| None::<u32>);
    {
        let height = height.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "message", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    let from_frame = frame
                        .cast::<web_sys::HtmlIFrameElement>()
                        .and_then(|f| f.content_window())
                        .zip(e.source())
                        .is_some_and(|(w, s)| JsValue::from(w) == JsValue::from(s));
                    if !from_frame {
                        return;
                    }
                    let data = e.data();
                    let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
                    let kind = get("tourlens").and_then(|v| v.as_string());
                    let h = get("height").and_then(|v| v.as_f64());
                    let plain = kind.as_deref().zip(h);
                    if let Some(h) = embed::read_height(plain, data.as_string().as_deref()) {
                        height.set(Some(h));
                    }
                })
            });
            move || drop(listener)
        });
    }
    *height
}
