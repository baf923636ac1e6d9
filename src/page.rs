//! The page as it was loaded: the trip it carries (a data block, `tourlens_trip::block`, read
//! before the app mounts, since mounting replaces the body it sits in), how it was built (one
//! file, or the served build that loads its wasm beside it), its options from the URL, and its
//! own address. The head stays in the document for "Download as one file" to copy.

use crate::publish::options::PageOptions;
use std::cell::RefCell;
use tourlens_trip::{block, Trip};

thread_local! {
    /// The carried trip's block text, taken before the app mounts.
    static CARRIED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// How the page was built (`<meta name="tourlens-build">`, written by `xtask/src/single.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// One file: wasm, glue and stylesheet inline.
    Single,
    /// `dist/index.html`: wasm, glue and stylesheet beside it.
    Served,
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Keeps the carried trip's block text; called before the app mounts.
pub fn keep() {
    let text = document()
        .and_then(|d| d.get_element_by_id(block::ID))
        .and_then(|e| e.text_content());
    CARRIED.with(|c| *c.borrow_mut() = text);
}

/// The trip the page carries (once: the text is given up), or why it cannot be read.
pub fn take_carried() -> Option<Result<Trip, String>> {
    CARRIED
        .with(|c| c.borrow_mut().take())
        .map(|text| block::read(&text))
}

pub fn build() -> Build {
    let single = document()
        .and_then(|d| {
            d.query_selector("meta[name=\"tourlens-build\"]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .is_some_and(|c| c == "single");
    if single {
        Build::Single
    } else {
        Build::Served
    }
}

/// The document's `<head>` as the DOM serialises it (scripts and styles byte for byte).
pub fn head_html() -> Option<String> {
    document()?.head().map(|h| h.outer_html())
}

/// The options in the page's query string.
pub fn options() -> PageOptions {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    PageOptions::parse(&search)
}

/// The page's own address without query and hash, when it is on a web server (an embed needs
/// one; a `file://` page cannot be framed by a web page).
pub fn web_address() -> Option<String> {
    let location = web_sys::window()?.location();
    let protocol = location.protocol().ok()?;
    if protocol != "http:" && protocol != "https:" {
        return None;
    }
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

/// Whether the page is inside a frame (an embed, or the embed panel's preview).
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}
