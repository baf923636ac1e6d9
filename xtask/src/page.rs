//! A saved web page's facts read on the host, for `build --articles`: the same walk as the
//! app's `DOMParser` reader (`src/import/dom.rs`), by the same selectors (`NOT_STORY`, `BLOCKS`,
//! `MAIN` in `tourlens_trip::import::page`), over an html5ever parse (`scraper`). What becomes
//! of the facts (headline, outlet, date, URL, text) is the app's own `page::to_article`.

use scraper::{ElementRef, Html, Node, Selector};
use tourlens_trip::import::page::{neutralise, PageFacts, BLOCKS, MAIN, NOT_STORY};

fn selector(css: &str) -> Selector {
    // The selectors are constants of this program: a bad one is a bug, caught by the tests.
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e}"))
}

pub fn facts(source: &str) -> PageFacts {
    let doc = Html::parse_document(&neutralise(source));
    let attr = |css: &str, name: &str| {
        doc.select(&selector(css))
            .next()
            .and_then(|e| e.value().attr(name))
            .unwrap_or_default()
            .to_string()
    };
    let meta = |key: &str| {
        let p = attr(&format!("meta[property=\"{key}\"]"), "content");
        if p.is_empty() {
            attr(&format!("meta[name=\"{key}\"]"), "content")
        } else {
            p
        }
    };
    let title = doc
        .select(&selector("title"))
        .next()
        .map(|t| collapse(&t.text().collect::<String>()))
        .unwrap_or_default();
    PageFacts {
        title,
        og_title: meta("og:title"),
        og_site_name: meta("og:site_name"),
        og_url: meta("og:url"),
        published_time: meta("article:published_time"),
        time_datetime: attr("time[datetime]", "datetime"),
        canonical: attr("link[rel~=\"canonical\"]", "href"),
        json_ld: doc
            .select(&selector("script[type=\"application/ld+json\"]"))
            .map(|e| e.text().collect())
            .collect(),
        text: story_text(&doc),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `e` without what is never story text (the browser removes those elements first).
fn text(e: ElementRef, not_story: &Selector) -> String {
    let mut out = String::new();
    for child in e.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(child) {
                    if !not_story.matches(&el) {
                        out.push_str(&text(el, not_story));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The story: the `<article>` with the most text, else `<main>`, else the body; one line per
/// block, white space collapsed.
fn story_text(doc: &Html) -> String {
    let (not_story, blocks) = (selector(NOT_STORY), selector(BLOCKS));
    let removed = |e: &ElementRef| {
        not_story.matches(e)
            || e.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| not_story.matches(&a))
    };
    let length = |e: &ElementRef| text(*e, &not_story).len();
    let root = doc
        .select(&selector("article"))
        .filter(|a| !removed(a))
        .max_by_key(length)
        .filter(|a| length(a) > 0)
        .or_else(|| doc.select(&selector(MAIN)).find(|m| !removed(m)))
        .or_else(|| doc.select(&selector("body")).next());
    let Some(root) = root else {
        return String::new();
    };
    let mut lines = Vec::new();
    for e in root.select(&blocks) {
        if removed(&e) {
            continue;
        }
        // A block inside another block (a paragraph in a list item) is read with its parent.
        let nested = e
            .ancestors()
            .take_while(|a| a.id() != root.id())
            .filter_map(ElementRef::wrap)
            .any(|a| blocks.matches(&a));
        if nested {
            continue;
        }
        let line = collapse(&text(e, &not_story));
        if !line.is_empty() {
            lines.push(line);
        }
    }
    if lines.is_empty() {
        lines = text(root, &not_story)
            .lines()
            .map(collapse)
            .filter(|l| !l.is_empty())
            .collect();
    }
    lines.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selectors_parse() {
        for css in [NOT_STORY, BLOCKS, MAIN] {
            assert!(Selector::parse(css).is_ok(), "{css}");
        }
    }

    #[test]
    fn a_saved_page_as_the_browser_reads_it() {
        let page = include_str!("../../tests/e2e/pages/wire-story.html");
        let f = facts(page);
        let article = tourlens_trip::import::page::to_article("wire-story.html", &f);
        assert_eq!(
            article.meta.headline.as_deref(),
            Some("Minister Halvorsen arrives in Valletta for trade talks")
        );
        assert_eq!(article.meta.outlet.as_deref(), Some("The Harbour Ledger"));
        assert_eq!(
            article.meta.date.map(|d| d.to_string()).as_deref(),
            Some("2025-03-14")
        );
        assert!(article.text.contains("arrived in Valletta on Friday"));
        for furniture in ["All rights reserved", "Subscribe"] {
            assert!(!article.text.contains(furniture), "{furniture}");
        }
    }

    #[test]
    fn blocks_nested_and_removed() {
        let page = "<html><head><title> A  title </title></head><body><nav><p>Menu</p></nav>\
            <article><h1>Head</h1><ul><li><p>Item one</p></li></ul><p>Body <script>x()</script>text.</p>\
            <aside><p>Related</p></aside></article><footer><p>Footer</p></footer></body></html>";
        let f = facts(page);
        assert_eq!(f.title, "A title");
        assert_eq!(f.text, "Head\n\nItem one\n\nBody text.");
    }
}
