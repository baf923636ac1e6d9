//! The compare view: the coverage matrix (stops × sources) and the discrepancies, each with
//! every source's wording; an entry opens the article at its evidence.

use crate::components::claim::Claims;
use crate::hooks::use_app;
use crate::labels;
use crate::state::Action;
use tourlens_engine::DiscrepancyKind;
use yew::prelude::*;

#[function_component(Compare)]
pub fn compare() -> Html {
    let state = use_app();
    let analysis = &state.analysis;
    let shown = state.shown();
    let kinds = [
        DiscrepancyKind::Place,
        DiscrepancyKind::Date,
        DiscrepancyKind::Figure,
        DiscrepancyKind::Event,
        DiscrepancyKind::Coverage,
        DiscrepancyKind::Quoted,
    ];
    html! {
        <div class="compare">
            <section class="coverage" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">{ "Which source reports which stop" }</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Coverage table: stops by source">
                <table class="matrix">
                    <thead>
                        <tr>
                            <th scope="col">{ "Stop" }</th>
                            { for shown.iter().map(|&a| html! {
                                <th scope="col" class={format!("outlet-{}", analysis.articles[a].outlet_index % 8)}
                                    title={analysis.articles[a].headline.value.clone().unwrap_or_default()}>
                                    <span class="dot" aria-hidden="true"></span>{ format!("{} {}", a + 1, labels::outlet(analysis, a)) }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for analysis.stops.iter().enumerate().map(|(k, stop)| {
                            let select = {
                                let state = state.clone();
                                Callback::from(move |_| state.dispatch(Action::SelectStop(k)))
                            };
                            html! {
                                <tr class={classes!((state.selected_stop == Some(k)).then_some("selected"))}>
                                    <th scope="row">
                                        <button type="button" class="link" onclick={select}>
                                            { format!("{} {}", if stop.onward { "→".to_string() } else { (k + 1).to_string() }, labels::stop_name(analysis, stop)) }
                                        </button>
                                        <span class="matrix-days">{ labels::stop_days(stop) }</span>
                                    </th>
                                    { for shown.iter().map(|&a| {
                                        let covered = stop.accounts.get(a).is_some_and(|x| x.covered);
                                        html! {
                                            <td class={classes!(covered.then_some("yes"))}>
                                                if covered { <span aria-hidden="true">{ "●" }</span><span class="visually-hidden">{ "reports it" }</span> }
                                                else { <span aria-hidden="true">{ "–" }</span><span class="visually-hidden">{ "not covered" }</span> }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                </div>
            </section>
            <section class="discrepancies" aria-labelledby="discrepancies-heading">
                <h2 id="discrepancies-heading">{ format!("Where the sources differ ({})", analysis.discrepancies.len()) }</h2>
                { for kinds.iter().map(|&kind| {
                    let items: Vec<_> = analysis.discrepancies.iter().enumerate().filter(|(_, d)| d.kind == kind).collect();
                    if items.is_empty() {
                        return html! {};
                    }
                    html! {
                        <section class="discrepancy-group">
                            <h3>{ labels::discrepancy_kind(kind) }</h3>
                            <ul class="discrepancy-list">
                                { for items.iter().map(|&(n, d)| html! {
                                    <li class="discrepancy">
                                        <p class="discrepancy-topic">{ capitalise(&d.topic) }
                                            if let Some((k, stop)) = d.stop.and_then(|k| analysis.stops.get(k).map(|s| (k, s))) {
                                                { " · " }
                                                <button type="button" class="link discrepancy-stop" onclick={{
                                                    let state = state.clone();
                                                    Callback::from(move |_| state.dispatch(Action::ChooseStop(k)))
                                                }}>
                                                    { if stop.onward { format!("onward: {}", labels::stop_name(analysis, stop)) } else { format!("stop {}: {}", k + 1, labels::stop_name(analysis, stop)) } }
                                                </button>
                                            }
                                        </p>
                                        <Claims key={n} discrepancy={n} context={format!("c{n}")} />
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }
                }) }
            </section>
        </div>
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
