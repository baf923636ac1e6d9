//! The embed panel: the page's address and how the embed looks and opens (theme, accent, header,
//! search, view, stop, query), the code to paste (`publish::embed`), and a preview: this page in
//! an iframe with those options, sized by the height it tells, as a host page would size it.

use crate::frame::use_framed_height;
use crate::hooks::use_app;
use crate::labels;
use crate::publish::embed::Embed;
use crate::publish::options::{Rgb, Theme};
use crate::route::{Route, View};
use yew::prelude::*;

/// The views an embed can open at.
const VIEWS: [View; 4] = [View::Trip, View::Compare, View::Entities, View::Sources];

/// Preview widths, in CSS pixels (`None`: the panel's width).
const WIDTHS: [Option<u32>; 4] = [Some(320), Some(375), Some(600), None];

#[function_component(EmbedPanel)]
pub fn embed_panel() -> Html {
    let state = use_app();
    let own = use_memo((), |_| crate::page::web_address());
    let embed = {
        let (own, title) = (own.clone(), state.title.clone());
        use_state(move || Embed {
            url: (*own).clone().unwrap_or_default(),
            title: format!("{title}: the stops and each source's account (tourlens)"),
            options: Default::default(),
            route: Route::default(),
            initial_height: 720,
        })
    };
    let preview = use_state(|| false);
    let width = use_state(|| None::<u32>);
    let copied = use_state(|| None::<String>);
    let frame = use_node_ref();
    let framed_height = use_framed_height(frame.clone());

    let set = |change: fn(&mut Embed, String)| {
        let embed = embed.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| {
                    if i.type_() == "checkbox" {
                        i.checked().to_string()
                    } else {
                        i.value()
                    }
                })
                .or_else(|| {
                    e.target_dyn_into::<web_sys::HtmlSelectElement>()
                        .map(|s| s.value())
                })
                .unwrap_or_default();
            let mut next = (*embed).clone();
            change(&mut next, value);
            embed.set(next);
        })
    };
    let copy = {
        let (code, copied) = (embed.code(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            match clipboard {
                Some(c) => {
                    let (copied, promise) = (copied.clone(), c.write_text(&code));
                    wasm_bindgen_futures::spawn_local(async move {
                        let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                        copied.set(Some(if done {
                            "Copied.".into()
                        } else {
                            "The browser did not allow copying: select the code and copy it (Ctrl+C or ⌘C).".into()
                        }));
                    });
                }
                None => copied.set(Some("Select the code and copy it (Ctrl+C or ⌘C).".into())),
            }
        })
    };
    let toggle_preview = {
        let preview = preview.clone();
        Callback::from(move |_: MouseEvent| preview.set(!*preview))
    };
    let choose_width = {
        let width = width.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                width.set(s.value().parse().ok());
            }
        })
    };
    let analysis = &state.analysis;
    let code = embed.code();
    let pym = embed.pym_code();
    let preview_src = own.as_ref().as_ref().map(|url| {
        Embed {
            url: url.clone(),
            ..(*embed).clone()
        }
        .src()
    });
    let accent = embed.options.accent;
    html! {
        <section class="embed-panel" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ "Embed" }</h2>
            <p class="hint">{ "Paste the code into your CMS: the iframe fills the width it is given and the script beside it sets its height to the page's, as readers switch views and open accounts. The iframe shows the page at the address below: put this trip's file there first (Download as one file)." }</p>
            <div class="field">
                <label for="embed-url">{ "Page address" }</label>
                <input id="embed-url" type="url" value={embed.url.clone()} placeholder={crate::publish::embed::PLACEHOLDER}
                    onchange={set(|e, v| e.url = v)} />
            </div>
            <div class="field">
                <label for="embed-title">{ "Title for screen readers" }</label>
                <input id="embed-title" type="text" value={embed.title.clone()} onchange={set(|e, v| e.title = v)} />
            </div>
            <div class="field">
                <label for="embed-theme">{ "Theme" }</label>
                <select id="embed-theme" onchange={set(|e, v| e.options.theme = Theme::ALL.into_iter().find(|t| t.key() == v).unwrap_or_default())}>
                    { for Theme::ALL.iter().map(|t| html! {
                        <option value={t.key()} selected={embed.options.theme == *t}>{ t.label() }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <span class="field-label" id="embed-accent-label">{ "Accent colour" }</span>
                <label class="check"><input type="checkbox" checked={accent.is_some()}
                    onchange={set(|e, v| e.options.accent = if v == "true" { Some(Rgb(0x0f, 0x76, 0x6e)) } else { None })} />{ " its own" }</label>
                if let Some(a) = accent {
                    <input type="color" aria-labelledby="embed-accent-label" value={a.css()} onchange={set(|e, v| e.options.accent = Rgb::parse(&v))} />
                }
            </div>
            <div class="field">
                <span class="field-label">{ "Show" }</span>
                <label class="check"><input type="checkbox" checked={embed.options.header} onchange={set(|e, v| e.options.header = v == "true")} />{ " header (brand and title)" }</label>
                <label class="check"><input type="checkbox" checked={embed.options.search} onchange={set(|e, v| e.options.search = v == "true")} />{ " search" }</label>
            </div>
            <div class="field">
                <label for="embed-view">{ "Opens at" }</label>
                <select id="embed-view" onchange={set(|e, v| e.route.view = VIEWS.into_iter().find(|w| w.key() == v).unwrap_or_default())}>
                    { for VIEWS.iter().map(|v| html! {
                        <option value={v.key()} selected={embed.route.view == *v}>{ v.label() }</option>
                    }) }
                </select>
                <select id="embed-stop" aria-label="Stop selected" onchange={set(|e, v| e.route.stop = v.parse().ok())}>
                    <option value="" selected={embed.route.stop.is_none()}>{ "the first stop" }</option>
                    { for analysis.stops.iter().enumerate().map(|(k, s)| html! {
                        <option value={k.to_string()} selected={embed.route.stop == Some(k)}>
                            { format!("{} {}", if s.onward { "→".to_string() } else { (k + 1).to_string() }, labels::stop_name(analysis, s)) }
                        </option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="embed-query">{ "Search for" }</label>
                <input id="embed-query" type="text" value={embed.route.query.clone()} placeholder="nothing" onchange={set(|e, v| e.route.query = v)} />
            </div>
            <label for="embed-code" class="code-label">{ "Code to paste" }</label>
            <textarea id="embed-code" class="code" readonly=true rows="6" value={code}></textarea>
            <div class="edit-actions">
                <button type="button" onclick={copy}>{ "Copy code" }</button>
                <span role="status" aria-live="polite" class="hint">{ (*copied).clone().unwrap_or_default() }</span>
            </div>
            <details class="embed-more">
                <summary>{ "Host page with pym.js, and the height messages" }</summary>
                <p class="hint">{ "A page that already loads pym.js needs only its own embed markup:" }</p>
                <label for="embed-pym" class="visually-hidden">{ "Embed markup for pym.js" }</label>
                <textarea id="embed-pym" class="code" readonly=true rows="2" value={pym}></textarea>
                <p class="hint">{ "The page posts its content height to the page around it whenever it changes: as the object {\"tourlens\": \"height\", \"height\": 812} (CSS pixels), and, when pym.js gave it a childId, as pym.js's own message pymxPYMx<id>xPYMxheightxPYMx812." }</p>
            </details>
            <h3>{ "Preview" }</h3>
            if let Some(src) = preview_src {
                <div class="edit-actions">
                    <button type="button" onclick={toggle_preview} aria-expanded={preview.to_string()}>
                        { if *preview { "Hide preview" } else { "Show preview" } }
                    </button>
                    <label for="embed-width">{ "Width" }</label>
                    <select id="embed-width" onchange={choose_width}>
                        { for WIDTHS.iter().map(|w| html! {
                            <option value={w.map(|w| w.to_string()).unwrap_or_default()} selected={*width == *w}>
                                { w.map(|w| format!("{w} px")).unwrap_or_else(|| "this panel's".into()) }
                            </option>
                        }) }
                    </select>
                    if let Some(h) = framed_height {
                        <span class="hint" role="status">{ format!("height told: {h} px") }</span>
                    }
                </div>
                if *preview {
                    <div class="preview-frame">
                        <iframe ref={frame} class="preview" src={src} title="Preview of the embed"
                            width={width.map(|w| w.to_string()).unwrap_or_else(|| "100%".into())}
                            height={framed_height.unwrap_or(embed.initial_height).to_string()}></iframe>
                    </div>
                }
            } else {
                <p class="hint">{ "The preview needs this page on a web server: a page opened from a file cannot be framed by a web page." }</p>
            }
        </section>
    }
}
