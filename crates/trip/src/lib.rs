//! tourlens-trip: a trip as the user keeps it (its articles, the ones removed, every edit), the
//! readers that turn a file into its articles (`import`), and the data block a page carries a
//! trip in (`block`).
//!
//! Pure and browser-free, like the engine: it builds and tests on the host. The app uses it in
//! the browser (import, storage, "Download as one file"), and `cargo xtask build --articles` on
//! the command line, so a folder of articles becomes a trip by the same readers either way.

pub mod block;
pub mod import;
mod trip;

pub use trip::{iso, MetaField, Offered, Outcome, Trip, FORMAT};
