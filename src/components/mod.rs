//! The app's components: each renders part of the state and dispatches actions; none computes.

pub mod about;
pub mod accounts;
pub mod article_edits;
pub mod claim;
pub mod compare;
pub mod edit_field;
pub mod embed_panel;
pub mod entities;
pub mod export_panel;
pub mod marked;
pub mod notices;
pub mod publish;
pub mod reader;
pub mod search_box;
pub mod source_list;
pub mod stop_edits;
pub mod stop_list;
pub mod trip_edits;
pub mod trip_intro;
pub mod trip_map;
pub mod trips;
pub mod views;
