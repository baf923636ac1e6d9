//! Stages 9–11, the trip: whose trip it is, where the traveller went (visits), the stops those
//! visits make, their order and days, each source's account of each stop, and where the sources
//! differ. One file per job, in the order they run:
//! `traveller` → `visits` → `home` → `group` → `order` → `dating` → `accounts` → `compare`.
//!
//! - **Alignment.** Visits are merged by country (a city, its region and its country are one
//!   stop: Ramallah ⊂ West Bank ⊂ PS). A country becomes several stops only when one article
//!   puts the traveller in two of its cities (a day trip from a base); different cities named by
//!   different articles are one stop told differently (Jerusalem / Tel Aviv), a discrepancy. The
//!   stop is shown at the most precise place: a city before a region before a country, then the
//!   one most articles give as a visit, then the one most articles name at all.
//! - **Order.** Every piece of evidence votes on pairs of stops: dates (weight 10), section
//!   headings in order, "next", "then", "later", "after visiting X", a list after "travel from"
//!   (2 each), any other list (1), "the end of his tour", "last leg", "began in" (2 against every
//!   other stop of that article). The order is the one that agrees with the most weight
//!   (a Kemeny ranking, exact by dynamic programming over subsets up to 16 stops).
//! - **Dates.** A date in a visit's sentence dates the visit (or the list) nearest to it; the
//!   stop spans its single-day dates. "The next day after visiting X" counts from X. A stop no
//!   source dates gets the days between its neighbours in the order, narrowed by ranges ("over
//!   the weekend"), and not the day already taken by a single-day stop before it (confidence low).

mod accounts;
mod compare;
mod dating;
pub(crate) mod edits;
mod group;
mod home;
mod order;
mod put_off;
mod traveller;
pub(crate) mod visits;

pub(crate) use accounts::fill as fill_accounts;
pub(crate) use compare::find as discrepancies;
pub(crate) use dating::written_no_earlier;
pub(crate) use home::home_of_roles;
pub(crate) use traveller::{
    choose as choose_traveller, find_visits, given as given_traveller, surname, surname_key,
    TravellerKey,
};

use crate::model::{
    Account, Article, Confidence, DayRange, Edited, Place, PlaceKind, Stop, StopEdit, VisitKind,
};
use crate::Span;

/// A visit, seen from the corpus.
#[derive(Clone, Debug)]
pub(crate) struct Seen {
    pub article: usize,
    /// Index into `Article::visits`.
    pub visit: usize,
    /// Index into `Analysis::places`.
    pub place: usize,
    pub mention: Span,
    pub sentence: Span,
    pub block: usize,
    pub onward: bool,
    pub furniture: bool,
    pub cue: String,
    pub kind: crate::model::VisitKind,
}

/// A date one article gives for one stop.
#[derive(Clone, Debug)]
pub(crate) struct DateClaim {
    pub stop: usize,
    pub article: usize,
    pub days: DayRange,
    pub confidence: Confidence,
    /// The date expression as written.
    pub span: Span,
    /// The sentence it dates.
    pub sentence: Span,
    /// The visit's cue says the traveller arrived ("landed in", "traveled to").
    pub arrival: bool,
    /// From a teaser's date line: the date a related story was published.
    pub teaser: bool,
    /// Told as what will happen ("he will visit Jakarta from 3 to 6 September").
    pub planned: bool,
    /// No date in the text: the article's own date, for a visit it reports as news.
    pub implied: bool,
    /// A span that only bounds the stop ("over the weekend", "in October"): it narrows the days
    /// the order allows, and never dates a stop by itself.
    pub vague: bool,
    /// Counted from a page's inferred date by a weekday or "today": as sure as that guess.
    pub guessed: bool,
    /// Made from a visit's length ("landed in Rio on Saturday on a four-day visit": to Tuesday).
    pub length: bool,
    /// Set out for the stop ("left for Maputo on Tuesday"): when the journey there began.
    pub departure: bool,
    /// Told as leaving the stop ("travel from Washington to Philadelphia on Tuesday").
    pub left: bool,
}

impl DateClaim {
    /// How much a claim is worth beside others for the same stop: what was reported made
    /// outranks what was planned, a teaser's date line and the article's own date.
    pub(super) fn tier(&self) -> u8 {
        match (self.implied, self.teaser, self.planned) {
            (false, false, false) => 3,
            (false, false, true) => 2,
            (false, true, _) => 1,
            (true, _, _) => 0,
        }
    }
}

/// The trip, with what the later stages need to build accounts and compare.
pub(crate) struct Trip {
    pub stops: Vec<Stop>,
    /// For each seen visit, the stop it tells (None when it was dropped).
    pub seen: Vec<(Seen, Option<usize>)>,
    pub claims: Vec<DateClaim>,
    /// Edits that no longer find what they change, for the user.
    pub unapplied: Vec<String>,
    /// `words_order[a][b]`: the weight of the articles' words that put stop `a` before `b`.
    pub words_order: Vec<Vec<i64>>,
}

/// Besides the visits stage's list glue, "or" joins visits already found into one list, and so
/// do the words of a country's long form found by its short name ("Namibia, the Republic of
/// Congo, Chad and Nigeria").
pub(super) const MORE_GLUE: &[&str] = &["or", "republic", "of"];

/// `home`: the traveller's own country. Trips leave from home and return to it ("left
/// Washington for Tokyo"), which is no stop unless the whole trip is at home.
pub(crate) fn build(
    articles: &[Article],
    places: &[Place],
    home: Option<&str>,
    edits: &[StopEdit],
    edit_places: &[Option<usize>],
) -> Trip {
    let mut seen = group::collect(articles, places);
    let home_country = home;
    let home = home::Home::find(&seen, places, home);
    if seen
        .iter()
        .any(|v| !v.furniture && !home.is(&places[v.place]))
    {
        seen.retain(|v| !home.is(&places[v.place]) || v.cue == edits::ADDED);
    }
    // "… a summit of the G7 that he hosts in Hiroshima starting May 19", in a Japanese prime
    // minister's tour of Africa: a plan at home, after a trip abroad, is what follows the trip,
    // not a leg of it. (A trip at home keeps its planned stops, and so does a stop at home an
    // article tells as made: Anchorage, on the way back from Hanoi.)
    if let Some(h) = home_country {
        let in_home = |v: &Seen| places[v.place].country.as_deref() == Some(h);
        let made = |v: &Seen| !v.onward && !v.furniture;
        if seen.iter().any(|v| made(v) && !in_home(v))
            && !seen.iter().any(|v| made(v) && in_home(v))
        {
            seen.retain(|v| !(v.onward && in_home(v)) || v.cue == edits::ADDED);
        }
    }
    let (keys, assignment) = group::align(&seen, places, articles);
    let stops: Vec<Option<Stop>> = keys
        .iter()
        .enumerate()
        .map(|(s, key)| {
            let members: Vec<&Seen> = members(&seen, &assignment, s).collect();
            Some(group::new_stop(key, &members, articles, places))
        })
        .collect();
    // The user's corrections to what the stops are.
    let mut draft = edits::Draft {
        stops,
        assignment,
        places,
        unapplied: Vec::new(),
    };
    let split = |place: usize, members: &[&Seen]| {
        let key = group::Key::at(places[place].country.clone().unwrap_or_default(), place);
        group::new_stop(&key, members, articles, places)
    };
    draft.apply_grouping(edits, edit_places, &seen, &split);
    let mut unapplied = draft.unapplied;
    let (mut stops, renumber) = compact(draft.stops);
    let mut assignment = renumbered(&draft.assignment, &renumber);
    let mut claims = dating::date_claims(&seen, &assignment, articles, places);
    group::apart_by_days(
        &mut stops,
        &mut assignment,
        &seen,
        articles,
        places,
        &mut claims,
    );
    // "Trump will travel to Rome for Pope Francis's funeral over the weekend", in a preview of
    // a Gulf tour three weeks on: a plan dated before the trip's first day, or well after its
    // last, is another trip; so is a visit planned that a page says was put off, and an event
    // at home that one page tells, in a trip abroad.
    let mut earlier =
        dating::planned_beyond_the_trip(stops.len(), &seen, &assignment, articles, &claims);
    earlier.extend(put_off::stops_put_off(
        &stops,
        &seen,
        &assignment,
        articles,
        places,
        &claims,
    ));
    earlier.extend(home::told_once_at_home(
        stops.len(),
        &seen,
        &assignment,
        places,
        home_country,
    ));
    let (mut stops, assignment) = if earlier.is_empty() {
        (stops, assignment)
    } else {
        let (kept, renumber) = compact(
            stops
                .into_iter()
                .enumerate()
                .map(|(s, stop)| (!earlier.contains(&s)).then_some(stop))
                .collect(),
        );
        claims.retain(|c| renumber[c.stop].is_some());
        for c in &mut claims {
            c.stop = renumber[c.stop].unwrap_or(c.stop);
        }
        (kept, renumbered(&assignment, &renumber))
    };
    // Weekdays counted from a guessed page date ("pledged on last Saturday", on a page dated like
    // the corpus) would make the order that shows them a week early: those falling before a
    // stop the articles' words put earlier (an itinerary's Fiji before its last, Timor-Leste)
    // move on a week first (`guessed_a_week_early`).
    // What the words alone say of the order: for that, for the order, and kept with the trip.
    let phrases = order::phrase_weights(&stops, &seen, &assignment, articles);
    if (0..stops.len()).any(|s| dating::guessed_only(&claims, s)) {
        let before = order::words_before(&phrases);
        dating::guessed_a_week_early(&mut claims, &|a, b| before[a][b]);
    }
    let for_order = claims_for_order(&seen, &assignment, &claims, &stops, places);
    let mut order = order::order_stops(&stops, &seen, &assignment, &for_order, &phrases, places);
    let moved = edits::apply_order(edits, &stops, places, &mut order, &mut unapplied);
    for s in moved {
        if !stops[s].edited.contains(&Edited::Order) {
            stops[s].edited.push(Edited::Order);
        }
    }
    // Renumber everything by the order.
    let mut rank = vec![0; stops.len()];
    for (position, &s) in order.iter().enumerate() {
        rank[s] = position;
    }
    let assignment: Vec<Option<usize>> = assignment.iter().map(|a| a.map(|s| rank[s])).collect();
    for c in &mut claims {
        c.stop = rank[c.stop];
    }
    let mut words_order = vec![vec![0; phrases.len()]; phrases.len()];
    for (a, row) in phrases.iter().enumerate() {
        for (b, weight) in row.iter().enumerate() {
            words_order[rank[a]][rank[b]] = *weight;
        }
    }
    let mut ordered: Vec<Option<Stop>> = stops.drain(..).map(Some).collect();
    let mut stops: Vec<Stop> = order.iter().filter_map(|&s| ordered[s].take()).collect();
    let assignment = to_the_country_ends(&seen, assignment, &mut claims, &stops, places);
    to_the_country_s_stops(&seen, &assignment, &mut claims, &stops, places);
    dating::resolve_relative(&mut claims, &seen, &assignment, articles, &stops);
    dating::guessed_a_week_early(&mut claims, &|a, b| a < b);
    dating::trip_bounds(articles, &stops, &mut claims);
    dating::date_stops(&mut stops, &claims, articles);
    edits::apply_days(edits, &mut stops, places, &mut unapplied);
    for (k, stop) in stops.iter_mut().enumerate() {
        stop.accounts = (0..articles.len())
            .map(|a| {
                let visits: Vec<usize> = members(&seen, &assignment, k)
                    .filter(|v| v.article == a)
                    .map(|v| v.visit)
                    .collect();
                Account {
                    article: a,
                    covered: !visits.is_empty(),
                    visits,
                    sentences: Vec::new(),
                    days: None,
                    people: Vec::new(),
                    quotes: Vec::new(),
                    quoted: Vec::new(),
                    figures: Vec::new(),
                }
            })
            .collect();
    }
    Trip {
        stops,
        seen: seen.into_iter().zip(assignment).collect(),
        claims,
        unapplied,
        words_order,
    }
}

/// The verbs of arriving in and leaving a country, for `to_the_country_ends`.
const ARRIVING: &[&str] = &[
    "arrived", "arrives", "arriving", "landed", "lands", "landing", "touched", "reached",
];
const LEAVING: &[&str] = &[
    "left",
    "leaves",
    "leaving",
    "departed",
    "departs",
    "departing",
];

/// "Arrived in Kenya on Monday" or "left Kenya on Friday", in a country of several stops: a
/// crossing of the country's border, told by its name alone (seen visit `visit`).
struct Crossing {
    visit: usize,
    arrival: bool,
    /// No visit of the stop it was given shares its sentence, so the sentence's dates are the
    /// crossing's alone.
    alone: bool,
}

/// The crossings of the countries of several stops (`stops`, in any order).
fn crossings(
    seen: &[Seen],
    assignment: &[Option<usize>],
    stops: &[Stop],
    places: &[Place],
) -> Vec<Crossing> {
    let mut found = Vec::new();
    for (i, v) in seen.iter().enumerate() {
        let place = &places[v.place];
        let (Some(s), PlaceKind::Country, false) = (assignment[i], place.kind, v.onward) else {
            continue;
        };
        // Only the crossing itself: not "arrived in Belgrade from France, where he held talks
        // with Macron" (the talks were at the first stop).
        let verb = v.cue.split([' ', '…']).next().unwrap_or("");
        let arrival = match v.kind {
            VisitKind::Arrived if ARRIVING.contains(&verb) => true,
            VisitKind::Left if LEAVING.contains(&verb) => false,
            _ => continue,
        };
        if !of_several(stops, &place.country) {
            continue;
        }
        // (A dateline is where the story was filed: "BEIJING (AP) — Scholz arrived in China on
        // Sunday" names no stop of China.)
        let alone = !seen.iter().enumerate().any(|(j, o)| {
            j != i
                && o.article == v.article
                && o.sentence == v.sentence
                && assignment[j] == Some(s)
                && o.kind != VisitKind::Dateline
        });
        found.push(Crossing {
            visit: i,
            arrival,
            alone,
        });
    }
    found
}

/// The country has two stops or more (onward ones aside).
pub(super) fn of_several(stops: &[Stop], country: &Option<String>) -> bool {
    country.is_some()
        && stops
            .iter()
            .filter(|stop| !stop.onward && stop.country == *country)
            .count()
            >= 2
}

/// The sentences that name a stop only by its country's name, in a country of several stops,
/// by (stop, article, sentence): their dates are the country's, not that stop's.
fn told_by_country(
    seen: &[Seen],
    assignment: &[Option<usize>],
    stops: &[Stop],
    places: &[Place],
) -> std::collections::HashSet<(usize, usize, Span)> {
    let mut told = std::collections::HashSet::new();
    for (article, sentence, members) in by_sentence(seen, assignment) {
        for s in dedup(members.iter().filter_map(|&j| assignment[j])) {
            // (A dateline is where the story was filed, no stop the sentence names.)
            let named: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&j| assignment[j] == Some(s) && seen[j].kind != VisitKind::Dateline)
                .collect();
            let by_country = !named.is_empty()
                && named
                    .iter()
                    .all(|&j| places[seen[j].place].kind == PlaceKind::Country);
            if by_country && of_several(stops, &stops[s].country) {
                told.insert((s, article, sentence));
            }
        }
    }
    told
}

/// The claims the order reads: all but those a country's name alone makes. "Arrived in the
/// Philippines on Sunday" goes to the country's stop most articles give (Puerto Princesa, on
/// the last day), and would put that stop first; the arrival was at the first of its stops,
/// which the order must find from the rest.
fn claims_for_order(
    seen: &[Seen],
    assignment: &[Option<usize>],
    claims: &[DateClaim],
    stops: &[Stop],
    places: &[Place],
) -> Vec<DateClaim> {
    let told = told_by_country(seen, assignment, stops, places);
    claims
        .iter()
        .filter(|c| !told.contains(&(c.stop, c.article, c.sentence)))
        .cloned()
        .collect()
}

/// Once the stops are in order, a date a country's name alone gives goes to the country's
/// stop whose own days hold it, else to the first stop if it falls before them all or the last
/// if after; a range, each end so ("a three-day official trip to the Philippines from November
/// 20 to 22": the 20th is Manila's, the 22nd Puerto Princesa's). A date between two stops'
/// days stays where it is.
fn to_the_country_s_stops(
    seen: &[Seen],
    assignment: &[Option<usize>],
    claims: &mut Vec<DateClaim>,
    stops: &[Stop],
    places: &[Place],
) {
    let told = told_by_country(seen, assignment, stops, places);
    // "landed in Rio de Janeiro late on Saturday on a four-day visit": a visit's length, in a
    // country of several stops, is the country's too (the state visit to Brasília ends it).
    let is_told = |c: &DateClaim| {
        told.contains(&(c.stop, c.article, c.sentence))
            || (c.length && of_several(stops, &stops[c.stop].country))
    };
    if !claims.iter().any(is_told) {
        return;
    }
    let own: Vec<DateClaim> = claims.iter().filter(|c| !is_told(c)).cloned().collect();
    let own_days: Vec<Option<DayRange>> = (0..stops.len())
        .map(|k| dating::direct_days(&own, k))
        .collect();
    let mut moved: Vec<DateClaim> = Vec::new();
    for c in claims.iter_mut().filter(|c| is_told(c)) {
        let here: Vec<usize> = (0..stops.len())
            .filter(|&k| !stops[k].onward && stops[k].country == stops[c.stop].country)
            .collect();
        let dated: Vec<(usize, DayRange)> = here
            .iter()
            .filter_map(|&k| Some((k, own_days[k]?)))
            .collect();
        if dated.is_empty() {
            continue;
        }
        let stop_of = |d: crate::day::Day| {
            let holding: Vec<usize> = dated
                .iter()
                .filter(|(_, r)| r.start <= d && d <= r.end)
                .map(|&(k, _)| k)
                .collect();
            if !holding.is_empty() {
                // A day two stops' days hold stays where it is.
                (holding.len() == 1).then(|| holding[0])
            } else if dated.iter().all(|(_, r)| d < r.start) {
                here.first().copied()
            } else if dated.iter().all(|(_, r)| d > r.end) {
                here.last().copied()
            } else {
                None
            }
        };
        let (from, to) = (stop_of(c.days.start), stop_of(c.days.end));
        match (from, to) {
            (Some(x), Some(y)) if x == y => c.stop = x,
            (Some(x), Some(y)) => {
                let mut end = c.clone();
                end.stop = y;
                end.days.start = end.days.end;
                c.stop = x;
                c.days.end = c.days.start;
                moved.push(end);
            }
            _ => {}
        }
    }
    claims.extend(moved);
}

/// A crossing is at the country's first stop in the trip's order if an arrival, at its last if
/// a leaving, not at the stop most articles give (where a country's name alone goes), with the
/// dates its sentence gives. (A sentence that also names a stop of the country keeps its dates
/// there.)
fn to_the_country_ends(
    seen: &[Seen],
    mut assignment: Vec<Option<usize>>,
    claims: &mut Vec<DateClaim>,
    stops: &[Stop],
    places: &[Place],
) -> Vec<Option<usize>> {
    use std::collections::HashMap;
    let mut moved: HashMap<(usize, usize, Span), usize> = HashMap::new();
    for c in crossings(seen, &assignment, stops, places) {
        let v = &seen[c.visit];
        let Some(s) = assignment[c.visit] else {
            continue;
        };
        let here: Vec<usize> = (0..stops.len())
            .filter(|&k| !stops[k].onward && stops[k].country == places[v.place].country)
            .collect();
        let target = if c.arrival { here.first() } else { here.last() };
        let Some(&target) = target else { continue };
        assignment[c.visit] = Some(target);
        if c.alone {
            moved.insert((s, v.article, v.sentence), target);
        }
    }
    if moved.is_empty() {
        return assignment;
    }
    let told = |c: &DateClaim| moved.get(&(c.stop, c.article, c.sentence)).copied();
    // "… arrived in Kenya for a four-day visit on the evening of Monday": the length is the
    // country's, not its first stop's.
    claims.retain(|c| !(told(c).is_some() && c.planned && c.days.start < c.days.end));
    for c in claims.iter_mut() {
        if let Some(target) = told(c) {
            c.stop = target;
        }
    }
    assignment
}

/// The seen visits assigned to stop `s`.
pub(super) fn members<'a>(
    seen: &'a [Seen],
    assignment: &'a [Option<usize>],
    s: usize,
) -> impl Iterator<Item = &'a Seen> + 'a {
    seen.iter()
        .zip(assignment)
        .filter(move |(_, a)| **a == Some(s))
        .map(|(v, _)| v)
}

/// The stops kept (`Some`), in their order, and where each old index went.
fn compact(stops: Vec<Option<Stop>>) -> (Vec<Stop>, Vec<Option<usize>>) {
    let mut renumber = vec![None; stops.len()];
    let mut kept = Vec::new();
    for (k, stop) in stops.into_iter().enumerate() {
        if let Some(stop) = stop {
            renumber[k] = Some(kept.len());
            kept.push(stop);
        }
    }
    (kept, renumber)
}

/// Each seen visit's stop, by `compact`'s new numbering (none for a stop dropped).
fn renumbered(assignment: &[Option<usize>], renumber: &[Option<usize>]) -> Vec<Option<usize>> {
    assignment
        .iter()
        .map(|a| a.and_then(|k| renumber[k]))
        .collect()
}

pub(super) fn dedup<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Great-circle distance between two places.
pub(super) fn distance_km(a: &Place, b: &Place) -> f64 {
    crate::geo::km(a.lat, a.lon, b.lat, b.lon)
}

pub(super) fn precision(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::City => 2,
        PlaceKind::Region => 1,
        PlaceKind::Country => 0,
    }
}

/// Runs of visits in one sentence that form one list ("Jordan, the West Bank, and Iraq").
pub(super) fn groups(text: &str, members: &[usize], seen: &[Seen]) -> Vec<Vec<usize>> {
    let mut sorted = members.to_vec();
    crate::sort::sort_by_key(&mut sorted, |&i| seen[i].mention.start);
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in sorted {
        let joins = out.last().and_then(|g| g.last()).is_some_and(|&p| {
            let between = text.get(seen[p].mention.end..seen[i].mention.start);
            visits::list_glue(between.unwrap_or(""), MORE_GLUE)
        });
        match out.last_mut() {
            Some(g) if joins => g.push(i),
            _ => out.push(vec![i]),
        }
    }
    out
}

pub(super) fn group_span(group: &[usize], seen: &[Seen]) -> Span {
    let start = group
        .iter()
        .map(|&i| seen[i].mention.start)
        .min()
        .unwrap_or(0);
    let end = group
        .iter()
        .map(|&i| seen[i].mention.end)
        .max()
        .unwrap_or(0);
    Span::new(start, end.max(start))
}

/// Bytes between two spans (0 when they touch or overlap).
pub(super) fn gap(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The visits (indices into `seen`) that tell each sentence, per article, in text order.
pub(super) fn by_sentence(
    seen: &[Seen],
    assignment: &[Option<usize>],
) -> Vec<(usize, Span, Vec<usize>)> {
    let mut out: Vec<(usize, Span, Vec<usize>)> = Vec::new();
    // Where each (article, sentence) stands in `out`: a linear search made this quadratic in
    // the visits of the whole corpus.
    let mut at: std::collections::HashMap<(usize, Span), usize> = std::collections::HashMap::new();
    for (i, v) in seen.iter().enumerate() {
        if assignment[i].is_none() || v.kind == VisitKind::Heading {
            continue;
        }
        match at.get(&(v.article, v.sentence)) {
            Some(&k) => out[k].2.push(i),
            None => {
                at.insert((v.article, v.sentence), out.len());
                out.push((v.article, v.sentence, vec![i]));
            }
        }
    }
    out
}

pub(super) fn has_phrase(words: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| words.contains(&format!(" {p} ")))
}

/// The names of an analysis's stops, in its order.
#[cfg(test)]
pub(crate) fn stop_names(a: &crate::Analysis) -> Vec<&str> {
    a.stops
        .iter()
        .map(|s| a.places[s.place].name.as_str())
        .collect()
}

/// A corpus of `texts` as given: each text's first line is its headline.
#[cfg(test)]
pub(crate) fn analyzed_as_given(texts: &[&str]) -> crate::Analysis {
    let inputs: Vec<crate::ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| crate::ArticleInput {
            id: format!("{i}"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    crate::analyze(&inputs)
}

/// The analysis of `texts`, each under a headline of its own: the trip stages' tests.
#[cfg(test)]
pub(crate) fn analyzed(texts: &[&str]) -> crate::Analysis {
    let headed: Vec<String> = texts
        .iter()
        .map(|t| format!("A Headline For The Story Here\n{t}"))
        .collect();
    analyzed_as_given(&headed.iter().map(String::as_str).collect::<Vec<_>>())
}
