//! tourlens: the browser app. Mounts the root component; everything else is in the modules.

mod app;
mod bundled;
mod components;
mod highlights;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
