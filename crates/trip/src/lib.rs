//! tourlens-trip: a trip as the user keeps it (its articles, the ones removed, every edit), the
//! readers that turn a file into its articles (`import`), the data block a page carries a trip
//! in (`block`), and the manifest that names a folder's articles (`manifest`).
//!
//! Pure and browser-free, like the engine: it builds and tests on the host. The app uses it in
//! the browser (import, storage, "Download as one file"), and `cargo xtask build --articles` on
//! the command line, so a folder of articles becomes a trip by the same readers either way.

pub mod block;
pub mod import;
pub mod manifest;
mod trip;

pub use trip::{iso, MetaField, Offered, Outcome, Trip, FORMAT};
