//! User Timing around the engine's work on the main thread: `performance.measure("tourlens:analyze")`
//! (and the others below) show in the browser's profiler, and the page benchmark reads it to compare the engine with
//! compromise on the same corpus. Outside a window (tests, the worker) the work simply runs.

/// The measures' names (read by `tests/e2e/bench-page.mjs`): reading the analysis the build made
/// of the bundled corpus; else the engine reading its data (gazetteer, word lists), once per
/// page, and the analysis of a corpus.
pub const READ: &str = "tourlens:read-analysis";
pub const PREPARE: &str = "tourlens:prepare";
pub const ANALYZE: &str = "tourlens:analyze";

/// Runs `work` (off the wasm target there is no browser to record in).
#[cfg(not(target_arch = "wasm32"))]
pub fn measured<T>(_name: &str, work: impl FnOnce() -> T) -> T {
    work()
}

/// Runs `work`, recorded as the User Timing measure `name` when there is a window.
#[cfg(target_arch = "wasm32")]
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    // Timing is best effort: a browser that refuses a mark still gets its analysis.
    let marked = performance.as_ref().is_some_and(|p| p.mark(&start).is_ok());
    let out = work();
    if let (Some(p), true) = (performance, marked) {
        let _ = p.measure_with_start_mark(name, &start);
    }
    out
}
