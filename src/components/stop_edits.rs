//! The open trip's stops with the corrections the engine cannot make itself: move up or down,
//! not a stop, merge into another, split a city off, set the place (gazetteer search) and the
//! days; add a stop from a sentence of an article; the list of edits, each undoable.

use crate::components::edit_field::EditField;
use crate::edits::{describe, moved, stop_ref};
use crate::hooks::use_app;
use crate::labels;
use crate::state::Action;
use tourlens_engine::{Day, DayRange, PlaceRef, StopEdit};
use yew::prelude::*;

#[function_component(StopEdits)]
pub fn stop_edits() -> Html {
    let state = use_app();
    let open = use_state(|| None::<usize>);
    let split = use_state(String::new);
    let days = use_state(|| (String::new(), String::new()));
    let add_article = use_state(|| 0usize);
    let add_sentence = use_state(|| 0usize);
    // Which place search the results belong to: a stop's (its index) or the new stop's (None).
    let searching = use_state(|| None::<Option<usize>>);
    let analysis = &state.analysis;
    let edit = |e: StopEdit| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::EditStop(e.clone())))
    };
    let search = |target: Option<usize>| {
        let (state, searching) = (state.clone(), searching.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                searching.set(Some(target));
                state.dispatch(Action::SearchPlace(i.value()));
            }
        })
    };
    let place_buttons = |target: Option<usize>, make: &dyn Fn(PlaceRef) -> StopEdit| -> Html {
        if *searching != Some(target) {
            return html! {};
        }
        html! {
            <ul class="place-results" aria-label="Places found">
                { for state.place_results.iter().map(|(p, label)| html! {
                    <li><button type="button" onclick={edit(make(p.clone()))}>{ label.clone() }</button></li>
                }) }
            </ul>
        }
    };
    let articles = &analysis.articles;
    let chosen = articles.get(*add_article);
    html! {
        <section class="stop-edits" aria-labelledby="stop-edits-heading">
            <h3 id="stop-edits-heading">{ "Stops" }</h3>
            if state.pending.is_some() { <p class="hint">{ "Analysing: the stops below are from before the last change." }</p> }
            <ol class="stop-edit-list">
                { for analysis.stops.iter().enumerate().map(|(k, stop)| {
                    let Some(me) = stop_ref(analysis, k) else { return html! {} };
                    let name = labels::stop_name(analysis, stop);
                    let is_open = *open == Some(k);
                    let toggle = {
                        let o = open.clone();
                        Callback::from(move |_: MouseEvent| o.set(if is_open { None } else { Some(k) }))
                    };
                    let up = moved(analysis, k, true);
                    let down = moved(analysis, k, false);
                    let move_button = |m: Option<StopEdit>, label: &str, arrow: &str| match m {
                        Some(m) => html! { <button type="button" onclick={edit(m)} aria-label={format!("Move {name} {label}")}>{ arrow.to_string() }</button> },
                        None => html! { <button type="button" disabled=true aria-label={format!("Move {name} {label}")}>{ arrow.to_string() }</button> },
                    };
                    let split_input = {
                        let s = split.clone();
                        Callback::from(move |v: String| s.set(v))
                    };
                    let day_input = |first: bool| {
                        let d = days.clone();
                        Callback::from(move |v: String| {
                            let (a, b) = (*d).clone();
                            d.set(if first { (v, b) } else { (a, v) });
                        })
                    };
                    let range = Day::parse_iso(&days.0).map(|start| DayRange {
                        start,
                        end: Day::parse_iso(&days.1).filter(|e| *e >= start).unwrap_or(start),
                    });
                    html! {
                        <li class={classes!("stop-edit", (!stop.edited.is_empty()).then_some("edited"))}>
                            <div class="stop-edit-head">
                                <span class="se-name">{ format!("{} {name}", if stop.onward { "→".to_string() } else { (k + 1).to_string() }) }
                                    <span class="se-days">{ format!(" · {}", labels::stop_days(stop)) }</span>
                                    if !stop.edited.is_empty() { <span class="edited-tag">{ labels::edited(&stop.edited) }</span> }
                                </span>
                                <span class="se-actions">
                                    { move_button(up, "up", "↑") }
                                    { move_button(down, "down", "↓") }
                                    <button type="button" onclick={edit(StopEdit::NotAStop { stop: me.clone() })} aria-label={format!("{name} is not a stop")}>{ "Not a stop" }</button>
                                    <button type="button" onclick={toggle} aria-expanded={if is_open { "true" } else { "false" }} aria-label={format!("More edits of {name}")}>{ "More…" }</button>
                                </span>
                            </div>
                            if is_open {
                                <div class="stop-edit-more">
                                    <div class="field">
                                        <span class="field-label">{ "Merge into" }</span>
                                        <span class="choices">
                                            { for analysis.stops.iter().enumerate().filter(|(j, _)| *j != k).filter_map(|(j, _)| stop_ref(analysis, j)).map(|into| {
                                                let label = format!("Merge {name} into {}", into.place);
                                                html! { <button type="button" onclick={edit(StopEdit::Merge { stop: me.clone(), into: into.clone() })} aria-label={label}>{ into.place.clone() }</button> }
                                            }) }
                                        </span>
                                    </div>
                                    <div class="field">
                                        <label for={format!("split-{k}")}>{ "Split a city off" }</label>
                                        <EditField id={format!("split-{k}")} value={split.to_string()} placeholder="City name" onchange={split_input} />
                                        <button type="button" disabled={split.trim().is_empty()}
                                            onclick={edit(StopEdit::SplitOff { stop: me.clone(), city: split.trim().to_string() })}>{ "Split off" }</button>
                                    </div>
                                    <div class="field">
                                        <label for={format!("place-{k}")}>{ "Set its place" }</label>
                                        <input id={format!("place-{k}")} type="search" placeholder="Search places: Tarbes, Sao Paulo…" oninput={search(Some(k))} autocomplete="off" />
                                        { place_buttons(Some(k), &|p| StopEdit::SetPlace { stop: me.clone(), place: p }) }
                                    </div>
                                    <div class="field">
                                        <span class="field-label">{ "Set its days" }</span>
                                        <label for={format!("from-{k}")} class="visually-hidden">{ "First day" }</label>
                                        <EditField id={format!("from-{k}")} kind="date" value={days.0.clone()} onchange={day_input(true)} />
                                        <label for={format!("to-{k}")} class="visually-hidden">{ "Last day" }</label>
                                        <EditField id={format!("to-{k}")} kind="date" value={days.1.clone()} onchange={day_input(false)} />
                                        if let Some(r) = range {
                                            <button type="button" onclick={edit(StopEdit::SetDays { stop: me.clone(), days: r })}>{ "Set days" }</button>
                                        } else {
                                            <button type="button" disabled=true>{ "Set days" }</button>
                                        }
                                    </div>
                                </div>
                            }
                        </li>
                    }
                }) }
            </ol>
            <h4>{ "Add a stop the engine missed" }</h4>
            <div class="add-stop">
                <div class="field">
                    <label for="add-article">{ "Article" }</label>
                    <select id="add-article" onchange={{
                        let (a, s) = (add_article.clone(), add_sentence.clone());
                        Callback::from(move |e: Event| if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                            a.set(sel.value().parse().unwrap_or(0)); s.set(0);
                        })
                    }}>
                        { for articles.iter().enumerate().map(|(i, a)| html! {
                            <option value={i.to_string()} selected={i == *add_article}>{ format!("{} {}", i + 1, a.headline.value.clone().unwrap_or_else(|| a.id.clone())) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="add-sentence">{ "The sentence that tells it" }</label>
                    <select id="add-sentence" onchange={{
                        let s = add_sentence.clone();
                        Callback::from(move |e: Event| if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                            s.set(sel.value().parse().unwrap_or(0));
                        })
                    }}>
                        { for chosen.into_iter().flat_map(|a| a.sentences.iter().enumerate().map(move |(i, s)| (a, i, s))).map(|(a, i, s)| {
                            let text: String = s.span.of(&a.text).chars().take(110).collect();
                            html! { <option value={i.to_string()} selected={i == *add_sentence}>{ text }</option> }
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="add-place">{ "Where" }</label>
                    <input id="add-place" type="search" placeholder="Search places" oninput={search(None)} autocomplete="off" />
                    if let Some((a, s)) = chosen.and_then(|a| a.sentences.get(*add_sentence).map(|s| (a, s))) {
                        { place_buttons(None, &|p| StopEdit::Add { article: a.id.clone(), evidence: s.span, place: p }) }
                    }
                </div>
            </div>
            <h4>{ "Your stop edits" }</h4>
            // What the engine could not apply (the stop or the city is no longer there), in its words.
            { for analysis.diagnostics.iter().filter(|d| d.article.is_none() && d.message.starts_with("an edit")).map(|d| html! {
                <p class="notice note engine-note">{ format!("Not applied: {}", d.message.trim_start_matches("an edit no longer applies: ")) }</p>
            }) }
            if state.trip.edits.stops.is_empty() {
                <p class="hint">{ "None: the stops are the engine's result." }</p>
            } else {
                <ol class="edit-log">
                    { for state.trip.edits.stops.iter().enumerate().map(|(i, e)| {
                        let undo = {
                            let state = state.clone();
                            Callback::from(move |_: MouseEvent| state.dispatch(Action::DropStopEdit(i)))
                        };
                        html! { <li><span>{ describe(e) }</span> <button type="button" class="link" onclick={undo} aria-label={format!("Undo: {}", describe(e))}>{ "undo" }</button></li> }
                    }) }
                </ol>
            }
        </section>
    }
}
