//! The open trip's articles, each with what the engine read (headline, outlet, date) and, on
//! "Edit", its outlet, headline, date and URL to correct; remove and restore.

use crate::components::edit_field::EditField;
use crate::hooks::use_app;
use crate::state::Action;
use tourlens_trip::MetaField;
use yew::prelude::*;

#[function_component(ArticleEdits)]
pub fn article_edits() -> Html {
    let state = use_app();
    let editing = use_state(|| None::<String>);
    let trip = &state.trip;
    let by_id: std::collections::HashMap<&str, usize> = state
        .analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    html! {
        <section class="article-edits" aria-labelledby="article-edits-heading">
            <h3 id="article-edits-heading">{ format!("Articles ({})", trip.articles.len()) }</h3>
            <ul>
                { for trip.articles.iter().map(|a| {
                    let id = a.id.clone();
                    let removed = trip.removed.contains(&id);
                    let found = by_id.get(id.as_str()).and_then(|&i| state.analysis.articles.get(i));
                    let headline = found.and_then(|f| f.headline.value.clone()).or_else(|| a.meta.headline.clone()).unwrap_or_else(|| id.clone());
                    let outlet = found.and_then(|f| f.outlet.value.clone()).unwrap_or_else(|| "unknown outlet".into());
                    let date = found.and_then(|f| f.published.value).map(|d| d.human()).unwrap_or_else(|| "date unknown".into());
                    let edited = trip.edited_fields(&id);
                    let is_editing = editing.as_deref() == Some(id.as_str());
                    let toggle = {
                        let (e, id) = (editing.clone(), id.clone());
                        Callback::from(move |_: MouseEvent| e.set(if is_editing { None } else { Some(id.clone()) }))
                    };
                    let remove = {
                        let (state, id) = (state.clone(), id.clone());
                        Callback::from(move |_: MouseEvent| state.dispatch(if removed { Action::RestoreArticle(id.clone()) } else { Action::RemoveArticle(id.clone()) }))
                    };
                    let reset = {
                        let (state, id) = (state.clone(), id.clone());
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::ResetMeta(id.clone())))
                    };
                    html! {
                        <li key={id.clone()} class={classes!("article-edit", removed.then_some("removed"))}>
                            <div class="article-edit-head">
                                <span class="ae-headline">{ headline.clone() }</span>
                                <span class="ae-facts">{ format!("{outlet} · {date} · {id}") }
                                    if !edited.is_empty() { <span class="edited-tag">{ format!("edited: {}", edited.iter().map(|f| f.label().to_lowercase()).collect::<Vec<_>>().join(", ")) }</span> }
                                    if removed { <span class="removed-tag">{ "removed" }</span> }
                                </span>
                                <span class="ae-actions">
                                    <button type="button" onclick={toggle} aria-expanded={if is_editing { "true" } else { "false" }}
                                        aria-label={format!("Edit {headline}")}>{ "Edit" }</button>
                                    <button type="button" onclick={remove} aria-label={format!("{} {headline}", if removed { "Restore" } else { "Remove" })}>
                                        { if removed { "Restore" } else { "Remove" } }</button>
                                </span>
                            </div>
                            if is_editing {
                                <div class="meta-fields" role="group" aria-label={format!("Metadata of {id}")}>
                                    { for MetaField::ALL.iter().map(|&field| {
                                        let input_id = format!("meta-{}-{}", field.label().to_lowercase(), slug(&id));
                                        let change = {
                                            let (state, id) = (state.clone(), id.clone());
                                            Callback::from(move |v: String| state.dispatch(Action::SetMeta(id.clone(), field, v)))
                                        };
                                        let engine = match field {
                                            MetaField::Outlet => found.and_then(|f| f.outlet.value.clone()),
                                            MetaField::Headline => found.and_then(|f| f.headline.value.clone()),
                                            MetaField::Date => found.and_then(|f| f.published.value).map(|d| tourlens_trip::iso(&d)),
                                            MetaField::Url => found.and_then(|f| f.url.clone()),
                                        };
                                        let kind = match field { MetaField::Date => "date", MetaField::Url => "url", _ => "text" };
                                        html! {
                                            <div class="field">
                                                <label for={input_id.clone()}>{ field.label() }
                                                    if edited.contains(&field) { <span class="edited-tag">{ "edited" }</span> }
                                                </label>
                                                <EditField id={input_id} kind={kind} value={field.get(&a.meta).unwrap_or_default()}
                                                    placeholder={engine.unwrap_or_default()} onchange={change} />
                                            </div>
                                        }
                                    }) }
                                    <button type="button" onclick={reset} disabled={edited.is_empty()}>{ "Back to the engine's result" }</button>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// An id usable in an element id.
fn slug(id: &str) -> String {
    id.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}
