//! The app's components, one file each; they render state and dispatch actions, nothing more.

pub mod about;
pub mod reader;
pub mod source_list;
