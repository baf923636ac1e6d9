//! The article reader: the full text as the engine split it, furniture dimmed or hidden, the
//! source's own outlet, headline and date (each with how it was found, one tap away) and a link
//! to the original when its address is known. A passage the reader followed (evidence, a search
//! hit) is marked word for word and focused; a tap on a mark says what the engine found there.

use crate::components::marked::marked;
use crate::highlights::{around, Mark, Segment};
use crate::hooks::use_app;
use crate::labels;
use crate::state::{Action, AppState};
use tourlens_engine::{BlockKind, Field, Furniture, Provenance, Span};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Brings the passage into view and, unless the reader is typing in the search box (walking
/// hits with Enter), moves focus to it.
fn show_passage() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = document
        .get_element_by_id("focus")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let searching = document
        .active_element()
        .and_then(|a| a.closest("[role=search]").ok().flatten())
        .is_some();
    if !searching {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

#[function_component(Reader)]
pub fn reader() -> Html {
    let state = use_app();
    let note = use_state(|| None::<String>);
    // Evidence the user followed is brought into view; a newly opened article starts at its top.
    {
        let note = note.clone();
        use_effect_with(
            (state.open_article, state.focus),
            move |(article, focus)| {
                note.set(None);
                if focus.is_some() {
                    show_passage();
                } else if article.is_some() {
                    if let Some(el) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id("reader"))
                    {
                        let options = web_sys::ScrollIntoViewOptions::new();
                        options.set_block(web_sys::ScrollLogicalPosition::Start);
                        el.scroll_into_view_with_scroll_into_view_options(&options);
                    }
                }
            },
        );
    }
    let Some(article) = state
        .open_article
        .and_then(|i| state.analysis.articles.get(i))
    else {
        return html! {
            <section class="reader empty" aria-label="Article">
                <p>{ "Choose a source to read it as the engine sees it: story text, headings, and site furniture dimmed." }</p>
            </section>
        };
    };
    let index = state.open_article.unwrap_or(0);
    let headline_block = article.blocks.iter().enumerate().find(|(_, b)| {
        b.kind == BlockKind::Headline
            && article.headline.value.as_deref() == Some(b.span.of(&article.text).trim())
    });
    let close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::CloseArticle))
    };
    let toggle = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleFurniture))
    };
    let toggle_marks = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ToggleMarks))
    };
    // A tap (or click) on a mark shows what the engine found there: no hover needed.
    let onclick = {
        let note = note.clone();
        Callback::from(move |e: MouseEvent| {
            let found = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("mark[data-note]").ok().flatten())
                .and_then(|m| m.get_attribute("data-note"));
            if found.is_some() {
                note.set(found);
            }
        })
    };
    // Blocks the passage runs through: Some(true) for its first (which carries the id the page
    // scrolls to and focuses), Some(false) for the others, None for the rest.
    let touches = |b: &tourlens_engine::Block| {
        state
            .focus
            .is_some_and(|f| f.start < b.span.end && b.span.start < f.end)
    };
    let first_focused = article.blocks.iter().position(touches);
    let in_passage = |i: usize| touches(&article.blocks[i]).then_some(Some(i) == first_focused);
    let url = labels::original_url(article);
    html! {
        <section id="reader" class={classes!("reader", format!("outlet-{}", article.outlet_index % 8))} aria-label="Article">
            <button type="button" class="back" onclick={close}>{ "← All sources" }</button>
            <header class="article-head">
                <div class="article-outlet"><span class="dot" aria-hidden="true"></span>
                    { article.outlet.value.clone().unwrap_or_else(|| "Unknown outlet".into()) }
                    { provenance_tag(&article.outlet) }
                </div>
                // The headline line itself (with its search hits) when the text has one.
                if let Some((i, b)) = headline_block {
                    <h2>{ passage_marked(&state, index, b.span, None, in_passage(i)) }</h2>
                } else {
                    <h2>{ article.headline.value.clone().unwrap_or_else(|| article.id.clone()) }</h2>
                }
                <div class="article-facts">
                    { "Published " }
                    { article.published.value.map(|d| d.human()).unwrap_or_else(|| "date unknown".into()) }
                    { provenance_tag(&article.published) }
                    { format!(" · {} words · file {}", article.word_count, article.id) }
                    if let Some(url) = url {
                        { " · " }
                        <a class="original" href={url.to_string()} target="_blank" rel="noopener noreferrer external">
                            { format!("Original on {}", labels::url_host(url)) }
                            <span aria-hidden="true">{ " ↗" }</span>
                            <span class="visually-hidden">{ " (opens a new tab)" }</span>
                        </a>
                    }
                </div>
                <div class="toggles">
                    <label class="toggle">
                        <input type="checkbox" checked={state.show_furniture} onchange={toggle} />
                        { " Show site furniture" }
                    </label>
                    <label class="toggle">
                        <input type="checkbox" checked={state.show_marks} onchange={toggle_marks} />
                        { " Mark what the engine found" }
                    </label>
                </div>
                if state.show_marks {
                    <ul class="legend" aria-label="Marks">
                        { for Mark::ALL.iter().map(|m| html! { <li><mark class={classes!("hl", format!("hl-{}", m.name()))}>{ m.name() }</mark></li> }) }
                    </ul>
                    <p class="legend-hint">{ "Tap or click a mark to see what the engine found there." }</p>
                }
            </header>
            <div class="article-body" {onclick}>
                { for article.blocks.iter().enumerate()
                    .filter(|(_, b)| b.kind != BlockKind::Headline)
                    .filter(|(_, b)| state.show_furniture || !matches!(b.kind, BlockKind::Furniture(_)))
                    .map(|(i, b)| block(&state, index, b.kind, b.span, state.show_marks.then(|| state.open_segments.get(i)).flatten(), in_passage(i))) }
            </div>
            <p class={classes!("mark-note", note.is_none().then_some("empty"))} role="status">
                if let Some(n) = &*note {
                    <span class="mark-note-label">{ "Found here: " }</span>{ n.clone() }
                }
            </p>
        </section>
    }
}

/// One block; story blocks show their marked segments when given, and the search hits; the
/// followed passage, when it runs through the block, wrapped word for word. Text is only ever
/// text.
fn block(
    state: &AppState,
    a: usize,
    kind: BlockKind,
    span: Span,
    segments: Option<&Vec<Segment>>,
    first: Option<bool>,
) -> Html {
    let segs = match kind {
        BlockKind::Heading | BlockKind::Paragraph => segments.map(Vec::as_slice),
        _ => None,
    };
    let body = passage_marked(state, a, span, segs, first);
    match kind {
        BlockKind::Heading => html! { <h3>{ body }</h3> },
        BlockKind::Byline => html! { <p class="byline">{ body }</p> },
        BlockKind::Headline | BlockKind::Paragraph => html! { <p>{ body }</p> },
        BlockKind::Furniture(f) => html! {
            <p class="furniture">
                <span class="furniture-kind">{ furniture_label(f) }</span>{ body }
            </p>
        },
    }
}

/// `span` as its segments (or as one plain run), with the passage in focus wrapped in one mark;
/// `first` says whether this block holds the passage's start (None: the passage is not here).
fn passage_marked(
    state: &AppState,
    a: usize,
    span: Span,
    segments: Option<&[Segment]>,
    first: Option<bool>,
) -> Html {
    let plain = [Segment {
        span,
        mark: None,
        note: None,
    }];
    let segs = segments.unwrap_or(&plain);
    let Some(passage) = state.focus.filter(|_| first.is_some()) else {
        return html! { for segs.iter().map(|s| segment(state, a, s)) };
    };
    let [before, inside, after] = around(segs, passage);
    html! {
        <>
            { for before.iter().map(|s| segment(state, a, s)) }
            if first == Some(true) {
                <mark id="focus" class="passage" tabindex="-1">{ for inside.iter().map(|s| segment(state, a, s)) }</mark>
            } else {
                <mark class="passage">{ for inside.iter().map(|s| segment(state, a, s)) }</mark>
            }
            { for after.iter().map(|s| segment(state, a, s)) }
        </>
    }
}

fn segment(state: &AppState, article: usize, s: &Segment) -> Html {
    let text = marked(state, article, s.span);
    match s.mark {
        Some(m) => {
            html! { <mark class={classes!("hl", format!("hl-{}", m.name()))} title={s.note.clone()} data-note={s.note.clone()}>{ text }</mark> }
        }
        None => html! { { text } },
    }
}

fn furniture_label(f: Furniture) -> &'static str {
    match f {
        Furniture::Masthead => "masthead",
        Furniture::Caption => "caption",
        Furniture::RelatedStory => "related story",
        Furniture::Prompt => "prompt",
        Furniture::Attribution => "attribution",
        Furniture::Leftover => "leftover",
    }
}

/// "given", "inferred" or "unknown", and how: one tap opens the engine's basis.
fn provenance_tag<T>(field: &Field<T>) -> Html {
    let (label, class) = match field.provenance {
        Provenance::Given => ("given", "given"),
        Provenance::Inferred => ("inferred", "inferred"),
        Provenance::Unknown => ("unknown", "unknown"),
    };
    html! {
        <details class={classes!("tip", "prov", class)}>
            <summary>{ label }</summary>
            <span class="tip-text">{ field.basis.clone() }</span>
        </details>
    }
}
