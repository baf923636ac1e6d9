//! The People & places view: people, organisations and places mentioned but not visited, with
//! their mentions per source.

use crate::hooks::use_app;
use crate::labels;
use crate::state::AppState;
use crate::tally::Row;
use yew::prelude::*;

#[function_component(Entities)]
pub fn entities() -> Html {
    let state = use_app();
    let t = &state.tally;
    html! {
        <div class="entities">
            { table(&state, "people-heading", "People", "Role", &t.people) }
            { table(&state, "orgs-heading", "Organisations", "", &t.organisations) }
            { table(&state, "places-heading", "Places mentioned, not visited", "Country", &t.places) }
        </div>
    }
}

fn table(state: &AppState, id: &str, title: &str, detail: &str, rows: &[Row]) -> Html {
    let shown = state.shown();
    let analysis = &state.analysis;
    html! {
        <section class="entity-table" aria-labelledby={id.to_string()}>
            <h2 id={id.to_string()}>{ format!("{title} ({})", rows.len()) }</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{title}, table")}>
            <table class="counts">
                <thead>
                    <tr>
                        <th scope="col">{ "Name" }</th>
                        if !detail.is_empty() { <th scope="col">{ detail }</th> }
                        { for shown.iter().map(|&a| html! {
                            <th scope="col" class={format!("outlet-{}", analysis.articles[a].outlet_index % 8)}
                                title={labels::outlet(analysis, a)}>
                                <span class="dot" aria-hidden="true"></span>{ (a + 1).to_string() }
                                <span class="visually-hidden">{ format!(" {}", labels::outlet(analysis, a)) }</span>
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr>
                            <th scope="row">{ r.name.clone() }</th>
                            if !detail.is_empty() { <td class="detail">{ r.detail.clone().unwrap_or_default() }</td> }
                            { for shown.iter().map(|&a| {
                                let n = r.per_article.get(a).copied().unwrap_or(0);
                                html! { <td class={classes!("count", (n == 0).then_some("zero"))}>{ if n == 0 { "·".to_string() } else { n.to_string() } }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
