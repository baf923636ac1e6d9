//! tourlens: the browser app. Mounts the root component; everything else is in the modules.
//! The same wasm runs in the analysis worker, where there is no window and `main` does nothing:
//! the worker calls the `tourlens_analyze` export (`job.rs`).

mod app;
mod bundled;
mod components;
mod download;
mod edits;
mod effects;
mod export;
mod frame;
mod geo;
mod gesture;
mod highlights;
mod hooks;
mod import;
mod job;
mod labels;
mod page;
mod publish;
mod route;
mod scroll;
mod state;
mod store;
mod synthetic;
mod tally;
mod timing;
mod worker;

fn main() {
    if web_sys::window().is_none() {
        return;
    }
    worker::keep_glue();
    page::keep();
    frame::apply(&page::options());
    yew::Renderer::<app::App>::new().render();
}
