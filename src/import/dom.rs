//! A saved page read with the browser's `DOMParser`: an inert document (no script runs, no
//! image, style or frame loads, nothing is inserted into the page) from which the metadata
//! and the story text are taken as plain strings. The source is first `neutralise`d (see
//! page.rs) so parsing raises no CSP report (`<x-base>` is not void: it holds the rest of
//! the page and is kept). The only browser part of import.

use tourlens_trip::import::page::{neutralise, PageFacts, BLOCKS, MAIN, NOT_STORY};
use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, SupportedType};

pub fn facts(source: &str) -> PageFacts {
    let Some(doc) = DomParser::new().ok().and_then(|p| {
        p.parse_from_string(&neutralise(source), SupportedType::TextHtml)
            .ok()
    }) else {
        return PageFacts::default();
    };
    let attr = |selector: &str, name: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute(name))
            .unwrap_or_default()
    };
    let meta = |key: &str| {
        let p = attr(&format!("meta[property=\"{key}\"]"), "content");
        if p.is_empty() {
            attr(&format!("meta[name=\"{key}\"]"), "content")
        } else {
            p
        }
    };
    PageFacts {
        title: doc.title(),
        og_title: meta("og:title"),
        og_site_name: meta("og:site_name"),
        og_url: meta("og:url"),
        published_time: meta("article:published_time"),
        time_datetime: attr("time[datetime]", "datetime"),
        canonical: attr("link[rel~=\"canonical\"]", "href"),
        json_ld: elements(&doc, "script[type=\"application/ld+json\"]")
            .iter()
            .filter_map(|e| e.text_content())
            .collect(),
        text: story_text(&doc),
    }
}

fn elements(doc: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = doc.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The story: the `<article>` with the most text, else `<main>`, else the body; one line per
/// block, white space collapsed.
fn story_text(doc: &Document) -> String {
    for e in elements(doc, NOT_STORY) {
        e.remove();
    }
    let length = |e: &Element| e.text_content().map_or(0, |t| t.len());
    let root = elements(doc, "article")
        .into_iter()
        .max_by_key(length)
        .filter(|a| length(a) > 0)
        .or_else(|| doc.query_selector(MAIN).ok().flatten())
        .or_else(|| doc.body().map(Into::into));
    let Some(root) = root else {
        return String::new();
    };
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let Ok(list) = root.query_selector_all(BLOCKS) else {
        return String::new();
    };
    let mut lines = Vec::new();
    for i in 0..list.length() {
        let Some(e) = list.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        // A block inside another block (a paragraph in a list item) is read with its parent.
        let nested = e
            .parent_element()
            .and_then(|p| p.closest(BLOCKS).ok().flatten())
            .is_some_and(|outer| root.contains(Some(&outer)));
        if nested {
            continue;
        }
        let line = collapse(&e.text_content().unwrap_or_default());
        if !line.is_empty() {
            lines.push(line);
        }
    }
    if lines.is_empty() {
        lines = root
            .text_content()
            .unwrap_or_default()
            .lines()
            .map(collapse)
            .filter(|l| !l.is_empty())
            .collect();
    }
    lines.join("\n\n")
}
