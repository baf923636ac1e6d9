//! Import in the browser: files read one after another (`files.rs`) and saved pages parsed by
//! the browser's `DOMParser` (`dom.rs`). The readers themselves are tourlens-trip's
//! (`tourlens_trip::import`), re-exported here, so the command line reads files the same way.

pub mod dom;
pub mod files;

pub use tourlens_trip::import::*;
