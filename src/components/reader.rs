//! The article reader: the full text as the engine split it, furniture dimmed or hidden.

use crate::components::marked::marked;
use crate::highlights::{Mark, Segment};
use crate::hooks::use_app;
use crate::state::{Action, AppState};
use tourlens_engine::{BlockKind, Field, Furniture, Provenance, Span};
use yew::prelude::*;

#[function_component(Reader)]
pub fn reader() -> Html {
    let state = use_app();
    // Evidence the user followed is brought into view; a newly opened article starts at its top.
    use_effect_with((state.open_article, state.focus), |(article, focus)| {
        let document = web_sys::window().and_then(|w| w.document());
        let (id, block) = match focus {
            Some(_) => ("focus", web_sys::ScrollLogicalPosition::Center),
            None if article.is_some() => ("reader", web_sys::ScrollLogicalPosition::Start),
            None => return,
        };
        if let Some(el) = document.and_then(|d| d.get_element_by_id(id)) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(block);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
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
    let headline_block = article.blocks.iter().find(|b| {
        b.kind == BlockKind::Headline
            && article.headline.value.as_deref() == Some(b.span.of(&article.text).trim())
    });
    let headline_focused = headline_block.is_some_and(|b| {
        state
            .focus
            .is_some_and(|f| f.start < b.span.end && b.span.start < f.end)
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
    html! {
        <section id="reader" class={classes!("reader", format!("outlet-{}", article.outlet_index % 8))} aria-label="Article">
            <button type="button" class="back" onclick={close}>{ "← All sources" }</button>
            <header class="article-head">
                <p class="article-outlet"><span class="dot" aria-hidden="true"></span>
                    { article.outlet.value.clone().unwrap_or_else(|| "Unknown outlet".into()) }
                    { provenance_tag(&article.outlet) }
                </p>
                // The headline line itself (with its search hits) when the text has one.
                if let Some(b) = headline_block {
                    if headline_focused {
                        <div id="focus" class="focus"><h2>{ marked(&state, index, b.span) }</h2></div>
                    } else {
                        <h2>{ marked(&state, index, b.span) }</h2>
                    }
                } else {
                    <h2>{ article.headline.value.clone().unwrap_or_else(|| article.id.clone()) }</h2>
                }
                <p class="article-facts">
                    { "Published " }
                    { article.published.value.map(|d| d.human()).unwrap_or_else(|| "date unknown".into()) }
                    { provenance_tag(&article.published) }
                    { format!(" · {} words · file {}", article.word_count, article.id) }
                </p>
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
                }
            </header>
            <div class="article-body">
                { for article.blocks.iter().enumerate()
                    .filter(|(_, b)| b.kind != BlockKind::Headline)
                    .filter(|(_, b)| state.show_furniture || !matches!(b.kind, BlockKind::Furniture(_)))
                    .map(|(i, b)| {
                        let focused = state.focus.is_some_and(|f| f.start < b.span.end && b.span.start < f.end);
                        let html = block(&state, state.open_article.unwrap_or(0), b.kind, b.span, state.show_marks.then(|| state.open_segments.get(i)).flatten());
                        if focused {
                            html! { <div id="focus" class="focus" aria-label="The passage you followed">{ html }</div> }
                        } else {
                            html
                        }
                    }) }
            </div>
        </section>
    }
}

/// One block; story blocks show their marked segments when given, and the search hits. Text is
/// only ever text.
fn block(
    state: &AppState,
    a: usize,
    kind: BlockKind,
    span: Span,
    segments: Option<&Vec<Segment>>,
) -> Html {
    let body = match (kind, segments) {
        (BlockKind::Heading | BlockKind::Paragraph, Some(segs)) => {
            html! { for segs.iter().map(|s| segment(state, a, s)) }
        }
        _ => marked(state, a, span),
    };
    let text = marked(state, a, span);
    match kind {
        BlockKind::Heading => html! { <h3>{ body }</h3> },
        BlockKind::Byline => html! { <p class="byline">{ text }</p> },
        BlockKind::Headline | BlockKind::Paragraph => html! { <p>{ body }</p> },
        BlockKind::Furniture(f) => html! {
            <p class="furniture" title={format!("Site furniture: {}", furniture_label(f))}>
                <span class="furniture-kind">{ furniture_label(f) }</span>{ text }
            </p>
        },
    }
}

fn segment(state: &AppState, article: usize, s: &Segment) -> Html {
    let text = marked(state, article, s.span);
    match s.mark {
        Some(m) => {
            html! { <mark class={classes!("hl", format!("hl-{}", m.name()))} title={s.note.clone()}>{ text }</mark> }
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

fn provenance_tag<T>(field: &Field<T>) -> Html {
    let (label, class) = match field.provenance {
        Provenance::Given => ("given", "prov given"),
        Provenance::Inferred => ("inferred", "prov inferred"),
        Provenance::Unknown => ("unknown", "prov unknown"),
    };
    html! { <span class={class} title={field.basis.clone()}>{ label }</span> }
}
