//! The analysis worker: a classic Web Worker made from a `blob:` URL that holds the
//! wasm-bindgen glue (the served page's data block `#tourlens-worker-glue`, or in a single file
//! the module script's text up to its inlined wasm; kept before the app mounts) and a
//! few lines that answer jobs; the page posts it its own compiled `WebAssembly.Module`, so
//! nothing is fetched and it works from `file://` under the page's CSP (`worker-src blob:`).
//! A module worker would not: Chromium refuses module workers from `blob:` URLs of a
//! `file://` page. Jobs are numbered; the page keeps only the answer to the newest.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker};

/// Runs in the worker after the glue: instantiate the posted module, then answer each job.
/// Asked to warm up (`warm`: a number of passes), it reads the engine's tables
/// (`tourlens_prepare`, which the first job would do anyway), then runs `tourlens_warm` that
/// many times, one pass a task, and stops when told (`warm: 0`) or at the first job: a job waits
/// one pass at most.
const WORKER_MAIN: &str = r#"
let warming = 0;
let prepared = false;
const warm = () => {
  if (warming <= 0) return;
  try {
    if (prepared) { warming -= 1; tourlens_warm(warming); } else { prepared = true; tourlens_prepare(); }
  } catch (err) { warming = 0; return; }
  setTimeout(warm, 0);
};
self.onmessage = (e) => {
  const m = e.data;
  if (m.module) {
    try { initSync({ module: m.module }); self.postMessage({ ready: true }); }
    catch (err) { self.postMessage({ failed: String(err) }); }
    return;
  }
  if ('warm' in m) {
    warming = m.warm;
    if (warming > 0) setTimeout(warm, 0);
    return;
  }
  warming = 0;
  try { self.postMessage({ id: m.id, out: tourlens_analyze(m.job) }); }
  catch (err) { self.postMessage({ id: m.id, failed: String(err) }); }
};
"#;

/// Warm-up passes, one bundled article each: V8 runs new wasm code in its baseline compiler and
/// compiles a function fully once it has run enough; on this machine the engine's passes over
/// the five bundled articles fall from ~50 ms to their steady ~14 ms by the twelfth (README,
/// Benchmarks): sixty single articles. (Twelve passes over all five save as much, but a job
/// that comes during one waits longer.)
const WARM_PASSES: u32 = 60;

thread_local! {
    /// The glue block's text, taken before Yew mounts (mounting clears the body it sits in).
    static GLUE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Where a single file's module script leaves the glue for the inlined wasm (as
/// `xtask/src/single.rs` writes it).
const WASM_AFTER_GLUE: &str = "\nconst wasmDeflated = ";

/// Keeps the worker's glue; called before the app mounts. The served page's data block, else
/// (a single file) the module script's text up to its wasm: the build wrote that glue as a
/// classic script, for the worker.
pub fn keep_glue() {
    let document = web_sys::window().and_then(|w| w.document());
    let block = || {
        document
            .as_ref()?
            .get_element_by_id("tourlens-worker-glue")?
            .text_content()
    };
    let module = || {
        let text = document
            .as_ref()?
            .query_selector("script[type=\"module\"]")
            .ok()??
            .text_content()?;
        text.get(..text.find(WASM_AFTER_GLUE)?).map(str::to_string)
    };
    let text = block().or_else(module);
    GLUE.with(|g| *g.borrow_mut() = text);
}

/// The worker's glue, as kept.
pub fn glue() -> Option<String> {
    GLUE.with(|g| g.borrow().clone())
}

/// What the worker said.
pub enum Reply {
    /// The answer to job `id` (the `job::Answer` JSON).
    Answer(f64, String),
    /// Job `id` failed in the worker (a trap), or (`None`) the worker stopped; the page
    /// analyses the job itself.
    Failed(Option<f64>),
}

pub struct AnalysisWorker {
    worker: Worker,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl AnalysisWorker {
    /// The worker, or `None` when the page has no glue or workers are refused.
    pub fn start(on_reply: impl Fn(Reply) + 'static) -> Option<AnalysisWorker> {
        let on_reply = std::rc::Rc::new(on_reply);
        let glue = glue()?;
        let parts = js_sys::Array::of2(&JsValue::from_str(&glue), &JsValue::from_str(WORKER_MAIN));
        let options = BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let worker = Worker::new(&url).ok()?;
        let failed = on_reply.clone();
        let onerror =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                failed(Reply::Failed(None));
            });
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let get = |k: &str| js_sys::Reflect::get(&data, &JsValue::from_str(k)).ok();
            let id = get("id").and_then(|v| v.as_f64());
            if get("ready").is_some_and(|v| v.is_truthy()) {
                let _ = Url::revoke_object_url(&url);
            } else if let Some(out) = get("out").and_then(|v| v.as_string()) {
                on_reply(Reply::Answer(id.unwrap_or(-1.0), out));
            } else if get("failed").is_some_and(|v| !v.is_undefined()) {
                on_reply(Reply::Failed(id));
            }
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        let init = js_sys::Object::new();
        js_sys::Reflect::set(&init, &"module".into(), &wasm_bindgen::module()).ok()?;
        worker.post_message(&init).ok()?;
        Some(AnalysisWorker {
            worker,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }

    /// Asks the idle worker to warm up (see `WARM_PASSES`), or to stop; a job stops it too.
    pub fn warm(&self, on: bool) {
        let message = js_sys::Object::new();
        let passes = if on { WARM_PASSES } else { 0 };
        if js_sys::Reflect::set(&message, &"warm".into(), &JsValue::from(passes)).is_ok() {
            let _ = self.worker.post_message(&message);
        }
    }

    /// Sends job `id` (a `job::Job` as JSON). False when it could not be sent.
    pub fn post(&self, id: u64, job: &str) -> bool {
        let message = js_sys::Object::new();
        js_sys::Reflect::set(&message, &"id".into(), &JsValue::from_f64(id as f64)).is_ok()
            && js_sys::Reflect::set(&message, &"job".into(), &JsValue::from_str(job)).is_ok()
            && self.worker.post_message(&message).is_ok()
    }
}

impl Drop for AnalysisWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
