//! tourlens: the browser app. Mounts the root component; everything else is in the modules.

mod app;
mod bundled;
mod components;
mod geo;
mod highlights;
mod labels;
mod listen;
mod route;
mod state;
mod synthetic;
mod tally;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
