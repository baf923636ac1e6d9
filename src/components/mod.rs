//! The app's components: each renders part of the state and dispatches actions; none computes.

pub mod about;
pub mod accounts;
pub mod compare;
pub mod entities;
pub mod marked;
pub mod reader;
pub mod search_box;
pub mod source_list;
pub mod stop_list;
pub mod trip_map;
pub mod views;
