//! Stages 10–11, itinerary: merges the articles' visits into the trip's stops, orders them by the
//! weight of the evidence and dates them.
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

use crate::model::{
    Account, Article, BlockKind, Confidence, DateExpression, DayRange, Furniture, Place, PlaceKind,
    Stop,
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
}

/// The trip, with what the later stages need to build accounts and compare.
pub(crate) struct Trip {
    pub stops: Vec<Stop>,
    /// For each seen visit, the stop it tells (None when it was dropped).
    pub seen: Vec<(Seen, Option<usize>)>,
    pub claims: Vec<DateClaim>,
}

/// Cues that say the traveller arrived, so a date on them is an arrival date.
const ARRIVAL: &[&str] = &[
    "arrived",
    "arrives",
    "arriving",
    "arrival",
    "landed",
    "lands",
    "landing",
    "travelled",
    "traveled",
    "travels",
    "flew",
    "flies",
    "flying",
];

/// Words that say a visit comes after the one told before it.
const SEQUENCE: &[&str] = &[
    "next",
    "then",
    "later",
    "afterwards",
    "subsequently",
    "finally",
    "from there",
    "moved on",
    "went on",
    "continued on",
];

/// Phrases that put a visit at the end of the trip.
const LAST: &[&str] = &[
    "end of his tour",
    "end of her tour",
    "end of the tour",
    "end of his trip",
    "end of her trip",
    "end of the trip",
    "last leg",
    "final leg",
    "last stop",
    "final stop",
    "concluded",
    "concluding",
    "ended in",
    "ended a",
    "ended his",
    "ended her",
    "wound up",
    "wrapped up",
    "wraps up",
    "rounded off",
];

/// Phrases that put a visit at the start.
const FIRST: &[&str] = &[
    "began in",
    "started in",
    "first stop",
    "kicked off",
    "began his",
    "began her",
    "started his",
    "started her",
];

/// Words that may stand between the places of one list.
const LIST_GLUE: &[&str] = &[
    "and", "the", "occupied", "then", "to", "finally", "on", "also", "before", "after", "or",
];

/// Weights of the evidence on order.
const W_DATE: i64 = 10;
const W_STRONG: i64 = 2;
const W_WEAK: i64 = 1;

/// Up to this many stops the order is exact; above it, by dates and first appearance.
const EXACT_MAX: usize = 16;

pub(crate) fn build(articles: &[Article], places: &[Place]) -> Trip {
    let seen = collect(articles, places);
    let (keys, assignment) = align(&seen, places);
    let mut stops: Vec<Stop> = keys
        .iter()
        .enumerate()
        .map(|(s, key)| {
            let members: Vec<&Seen> = seen
                .iter()
                .zip(&assignment)
                .filter(|(_, a)| **a == Some(s))
                .map(|(v, _)| v)
                .collect();
            new_stop(key, &members, articles, places)
        })
        .collect();
    let mut claims = date_claims(&seen, &assignment, articles);
    let order = order_stops(&stops, &seen, &assignment, &claims, articles);
    // Renumber everything by the order.
    let mut rank = vec![0; stops.len()];
    for (position, &s) in order.iter().enumerate() {
        rank[s] = position;
    }
    let assignment: Vec<Option<usize>> = assignment.iter().map(|a| a.map(|s| rank[s])).collect();
    for c in &mut claims {
        c.stop = rank[c.stop];
    }
    let mut ordered: Vec<Option<Stop>> = stops.drain(..).map(Some).collect();
    let mut stops: Vec<Stop> = order.iter().filter_map(|&s| ordered[s].take()).collect();
    resolve_relative(&mut claims, &seen, &assignment, articles, &stops);
    date_stops(&mut stops, &claims, articles);
    for (k, stop) in stops.iter_mut().enumerate() {
        stop.accounts = (0..articles.len())
            .map(|a| {
                let visits: Vec<usize> = seen
                    .iter()
                    .zip(&assignment)
                    .filter(|(v, s)| v.article == a && **s == Some(k))
                    .map(|(v, _)| v.visit)
                    .collect();
                Account {
                    article: a,
                    covered: !visits.is_empty(),
                    visits,
                    sentences: Vec::new(),
                    days: None,
                    people: Vec::new(),
                    quotes: Vec::new(),
                    figures: Vec::new(),
                }
            })
            .collect();
    }
    Trip {
        stops,
        seen: seen.into_iter().zip(assignment).collect(),
        claims,
    }
}

/// Every visit whose place has a country.
fn collect(articles: &[Article], places: &[Place]) -> Vec<Seen> {
    let mut out = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for (v, visit) in article.visits.iter().enumerate() {
            let Some(mention) = article.places.get(visit.mention) else {
                continue;
            };
            if places
                .get(mention.place)
                .is_none_or(|p| p.country.is_none())
            {
                continue;
            }
            out.push(Seen {
                article: a,
                visit: v,
                place: mention.place,
                mention: mention.span,
                sentence: visit.evidence,
                block: mention.block,
                onward: visit.onward,
                furniture: visit.furniture,
                cue: visit.cue.clone(),
            });
        }
    }
    out
}

/// What identifies a stop: its country, and its city when the country holds several stops.
#[derive(Clone, Debug, PartialEq)]
struct Key {
    country: String,
    city: Option<usize>,
}

/// Assigns each visit to a stop key; stops come out in order of first appearance.
fn align(seen: &[Seen], places: &[Place]) -> (Vec<Key>, Vec<Option<usize>>) {
    let country_of = |v: &Seen| places[v.place].country.clone().unwrap_or_default();
    // Countries, in order of first story visit.
    let mut countries: Vec<String> = Vec::new();
    for v in seen.iter().filter(|v| !v.furniture) {
        let c = country_of(v);
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    let mut keys: Vec<Key> = Vec::new();
    let mut assignment = vec![None; seen.len()];
    for country in &countries {
        let here: Vec<usize> = (0..seen.len())
            .filter(|&i| country_of(&seen[i]) == *country)
            .collect();
        // Cities one article gives as separate story visits in this country.
        let mut split: Vec<usize> = Vec::new();
        let articles: Vec<usize> = dedup(here.iter().map(|&i| seen[i].article));
        for a in articles {
            let cities: Vec<usize> = dedup(
                here.iter()
                    .map(|&i| &seen[i])
                    .filter(|v| v.article == a && !v.furniture && !v.onward)
                    .filter(|v| places[v.place].kind == PlaceKind::City)
                    .map(|v| v.place),
            );
            for &c in &cities {
                let apart = cities
                    .iter()
                    .any(|&o| o != c && distance_km(&places[o], &places[c]) > 10.0);
                if apart && !split.contains(&c) {
                    split.push(c);
                }
            }
        }
        if split.is_empty() {
            keys.push(Key {
                country: country.clone(),
                city: None,
            });
            let k = keys.len() - 1;
            for &i in &here {
                assignment[i] = Some(k);
            }
            continue;
        }
        // One stop per city; other names of the country go to the city most articles visit.
        let first = keys.len();
        for &c in &split {
            keys.push(Key {
                country: country.clone(),
                city: Some(c),
            });
        }
        let support = |c: usize| {
            dedup(
                here.iter()
                    .filter(|&&i| seen[i].place == c)
                    .map(|&i| seen[i].article),
            )
            .len()
        };
        let main = (0..split.len())
            .max_by_key(|&j| (support(split[j]), std::cmp::Reverse(j)))
            .unwrap_or(0);
        for &i in &here {
            let p = &places[seen[i].place];
            let j = if let Some(j) = split.iter().position(|&c| c == seen[i].place) {
                j
            } else if p.kind == PlaceKind::City {
                (0..split.len())
                    .min_by(|&x, &y| {
                        distance_km(&places[split[x]], p)
                            .total_cmp(&distance_km(&places[split[y]], p))
                    })
                    .unwrap_or(main)
            } else {
                main
            };
            assignment[i] = Some(first + j);
        }
    }
    // A stop only furniture tells is no stop (teasers may be about other trips).
    for k in 0..keys.len() {
        let by_story = (0..seen.len()).any(|i| assignment[i] == Some(k) && !seen[i].furniture);
        if !by_story {
            for a in assignment.iter_mut().filter(|a| **a == Some(k)) {
                *a = None;
            }
        }
    }
    (keys, assignment)
}

fn dedup<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// Great-circle distance, by the haversine formula.
fn distance_km(a: &Place, b: &Place) -> f64 {
    let (p1, p2) = (a.lat.to_radians(), b.lat.to_radians());
    let dp = p2 - p1;
    let dl = (b.lon - a.lon).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn precision(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::City => 2,
        PlaceKind::Region => 1,
        PlaceKind::Country => 0,
    }
}

fn new_stop(key: &Key, members: &[&Seen], articles: &[Article], places: &[Place]) -> Stop {
    let candidates: Vec<usize> = match key.city {
        Some(city) => vec![city],
        None => dedup(members.iter().map(|v| v.place)),
    };
    let visited_by =
        |p: usize| dedup(members.iter().filter(|v| v.place == p).map(|v| v.article)).len();
    let named_by = |p: usize| {
        articles
            .iter()
            .filter(|a| a.places.iter().any(|m| m.place == p))
            .count()
    };
    let place = candidates
        .iter()
        .copied()
        .max_by_key(|&p| {
            (
                precision(places[p].kind),
                visited_by(p),
                named_by(p),
                places[p].population,
                std::cmp::Reverse(p),
            )
        })
        .unwrap_or(0);
    let mut names: Vec<(u8, String)> = Vec::new();
    for v in members {
        let written = v.mention.of(&articles[v.article].text).to_string();
        let written = written
            .strip_prefix("the ")
            .map(str::to_string)
            .unwrap_or(written);
        if !written.is_empty() && !names.iter().any(|(_, n)| *n == written) {
            let rank = if v.place == place {
                3
            } else {
                precision(places[v.place].kind)
            };
            names.push((rank, written));
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.0));
    let mut names: Vec<String> = names.into_iter().map(|(_, n)| n).collect();
    if !names.contains(&places[place].name) {
        names.insert(0, places[place].name.clone());
    }
    Stop {
        place,
        country: Some(key.country.clone()),
        names,
        days: None,
        date_confidence: Confidence::Low,
        date_basis: String::new(),
        onward: members.iter().all(|v| v.onward),
        accounts: Vec::new(),
    }
}

/// Runs of visits in one sentence that form one list ("Jordan, the West Bank, and Iraq").
fn groups(text: &str, members: &[usize], seen: &[Seen]) -> Vec<Vec<usize>> {
    let mut sorted = members.to_vec();
    sorted.sort_by_key(|&i| seen[i].mention.start);
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in sorted {
        let joins = out.last().and_then(|g| g.last()).is_some_and(|&p| {
            let between = text
                .get(seen[p].mention.end..seen[i].mention.start)
                .unwrap_or("")
                .to_lowercase();
            between
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| LIST_GLUE.contains(&w))
        });
        match out.last_mut() {
            Some(g) if joins => g.push(i),
            _ => out.push(vec![i]),
        }
    }
    out
}

fn group_span(group: &[usize], seen: &[Seen]) -> Span {
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
fn gap(a: Span, b: Span) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// The visits (indices into `seen`) that tell each sentence, per article, in text order.
fn by_sentence(seen: &[Seen], assignment: &[Option<usize>]) -> Vec<(usize, Span, Vec<usize>)> {
    let mut out: Vec<(usize, Span, Vec<usize>)> = Vec::new();
    for (i, v) in seen.iter().enumerate() {
        if assignment[i].is_none() || v.cue == "section heading" {
            continue;
        }
        match out
            .iter_mut()
            .find(|(a, s, _)| *a == v.article && *s == v.sentence)
        {
            Some((_, _, members)) => members.push(i),
            None => out.push((v.article, v.sentence, vec![i])),
        }
    }
    out
}

/// Dates given for visits: each date in a visit's sentence dates the list nearest to it.
fn date_claims(
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
) -> Vec<DateClaim> {
    let mut claims = Vec::new();
    for (a, sentence, members) in by_sentence(seen, assignment) {
        let article = &articles[a];
        let members: Vec<usize> = members.into_iter().filter(|&i| !seen[i].onward).collect();
        if members.is_empty() {
            continue;
        }
        let lists = groups(&article.text, &members, seen);
        let teaser = members.iter().all(|&i| {
            article.blocks.get(seen[i].block).map(|b| b.kind)
                == Some(BlockKind::Furniture(Furniture::RelatedStory))
        });
        // A teaser's date stands on the caption line just above it.
        let dated_here = |d: &crate::model::DateMention| {
            if teaser {
                let b = seen[members[0]].block;
                d.block + 3 >= b
                    && d.block < b
                    && article.blocks.get(d.block).map(|x| x.kind)
                        == Some(BlockKind::Furniture(Furniture::Caption))
            } else {
                // A caption's own stamp ("- Outlet, 1920, 06.11.2023") dates the page, not the photo.
                let stamp = article
                    .blocks
                    .get(d.block)
                    .and_then(|b| crate::clean::site_stamp(&article.text, b.span))
                    .and_then(|st| st.date);
                sentence.start <= d.span.start
                    && d.span.end <= sentence.end
                    && stamp != Some(d.span)
            }
        };
        for d in article.dates.iter().filter(|d| dated_here(d)) {
            if matches!(d.expression, DateExpression::Weekday { ahead: true, .. }) {
                continue;
            }
            let Some(days) = d.resolved else {
                continue; // relative dates are resolved once the order is known
            };
            let Some(list) = lists.iter().min_by_key(|g| {
                if teaser {
                    0
                } else {
                    gap(d.span, group_span(g, seen))
                }
            }) else {
                continue;
            };
            for &i in list {
                let Some(stop) = assignment[i] else { continue };
                let cue_words = seen[i].cue.to_lowercase();
                claims.push(DateClaim {
                    stop,
                    article: a,
                    days,
                    confidence: if teaser {
                        Confidence::Low
                    } else {
                        d.confidence
                    },
                    span: d.span,
                    sentence,
                    arrival: ARRIVAL
                        .iter()
                        .any(|w| cue_words.split([' ', '…']).any(|c| c == *w)),
                    teaser,
                });
            }
        }
    }
    // Dates far from the rest are about something else (an earlier trip, a teaser).
    let mut days: Vec<i64> = claims
        .iter()
        .filter(|c| c.days.start == c.days.end)
        .map(|c| c.days.start.ordinal())
        .collect();
    days.sort();
    if let Some(&median) = days.get(days.len().saturating_sub(1) / 2) {
        claims.retain(|c| (c.days.start.ordinal() - median).abs() <= 14);
    }
    claims
}

/// The single-day dates of each stop (not from teasers), as a range.
fn direct_days(claims: &[DateClaim], stop: usize) -> Option<DayRange> {
    let singles = claims
        .iter()
        .filter(|c| c.stop == stop && !c.teaser && c.days.start == c.days.end);
    let mut range: Option<DayRange> = None;
    for c in singles {
        range = Some(match range {
            None => c.days,
            Some(r) => DayRange {
                start: r.start.min(c.days.start),
                end: r.end.max(c.days.end),
            },
        });
    }
    range
}

fn has_phrase(words: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| words.contains(&format!(" {p} ")))
}

/// Lower-case words of a text, space-padded, for whole-phrase search.
fn padded_words(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!(" {} ", words.join(" "))
}

/// Orders the stops: made stops by the weight of the evidence, onward legs after them.
fn order_stops(
    stops: &[Stop],
    seen: &[Seen],
    assignment: &[Option<usize>],
    claims: &[DateClaim],
    articles: &[Article],
) -> Vec<usize> {
    let n = stops.len();
    let mut w = vec![vec![0i64; n]; n];
    let made: Vec<usize> = (0..n).filter(|&s| !stops[s].onward).collect();
    // Dates.
    for &a in &made {
        for &b in &made {
            if let (Some(x), Some(y)) = (direct_days(claims, a), direct_days(claims, b)) {
                if x.end < y.start {
                    w[a][b] += W_DATE;
                }
            }
        }
    }
    for (a, article) in articles.iter().enumerate() {
        let visits: Vec<usize> = (0..seen.len())
            .filter(|&i| seen[i].article == a && !seen[i].onward && !seen[i].furniture)
            .filter(|&i| assignment[i].is_some_and(|s| !stops[s].onward))
            .collect();
        let stop_of = |i: usize| assignment[i].unwrap_or(0);
        // Section headings, in order.
        let headings: Vec<usize> = dedup(
            visits
                .iter()
                .filter(|&&i| seen[i].cue == "section heading")
                .map(|&i| stop_of(i)),
        );
        for pair in headings.windows(2) {
            w[pair[0]][pair[1]] += W_STRONG;
        }
        // Lists: "travel from A to B, C and D" in order; any other list weakly.
        for (_, sentence, members) in by_sentence(seen, assignment)
            .into_iter()
            .filter(|(x, _, _)| *x == a)
        {
            let members: Vec<usize> = members.into_iter().filter(|i| visits.contains(i)).collect();
            let words = padded_words(sentence.of(&article.text));
            for list in groups(&article.text, &members, seen) {
                let from = ["travel from", "took him from", "took her from"];
                let weight = if from.contains(&seen[list[0]].cue.as_str()) {
                    W_STRONG
                } else {
                    W_WEAK
                };
                let stops_in: Vec<usize> = dedup(list.iter().map(|&i| stop_of(i)));
                for pair in stops_in.windows(2) {
                    w[pair[0]][pair[1]] += weight;
                }
            }
            // "After visiting X, … Y": X before the sentence's other stops.
            let lower = sentence.of(&article.text).to_lowercase();
            for &i in &members {
                let at = seen[i].mention.start.saturating_sub(sentence.start);
                let lead = lower.get(..at).unwrap_or("").trim_end();
                if [
                    "after visiting",
                    "after leaving",
                    "after departing",
                    "after his visit to",
                    "after her visit to",
                ]
                .iter()
                .any(|p| lead.ends_with(p))
                {
                    for &j in &members {
                        if stop_of(j) != stop_of(i) {
                            w[stop_of(i)][stop_of(j)] += W_STRONG;
                        }
                    }
                }
            }
            // Position phrases: the visit nearest before the phrase (else the first after it).
            for (phrases, last) in [(LAST, true), (FIRST, false)] {
                let Some(phrase_at) = phrases
                    .iter()
                    .filter_map(|p| lower.find(p))
                    .min()
                    .map(|x| sentence.start + x)
                else {
                    continue;
                };
                if !has_phrase(&words, phrases) && !phrases.iter().any(|p| lower.contains(p)) {
                    continue;
                }
                let before = members
                    .iter()
                    .filter(|&&i| seen[i].mention.end <= phrase_at)
                    .max_by_key(|&&i| seen[i].mention.start);
                let after = members
                    .iter()
                    .filter(|&&i| seen[i].mention.start >= phrase_at)
                    .min_by_key(|&&i| seen[i].mention.start);
                let Some(&i) = before.or(after) else { continue };
                let s = stop_of(i);
                for &o in &dedup(visits.iter().map(|&j| stop_of(j))) {
                    if o != s {
                        if last {
                            w[o][s] += W_STRONG;
                        } else {
                            w[s][o] += W_STRONG;
                        }
                    }
                }
            }
        }
        // "Next", "then", "later": after the stop of the visit told just before — earlier in
        // the same sentence when the word stands between them, else in the sentence before.
        for (k, &i) in visits.iter().enumerate() {
            if seen[i].cue == "section heading" {
                continue;
            }
            let told_before = visits[..k]
                .iter()
                .rev()
                .find(|&&j| seen[j].cue != "section heading" && stop_of(j) != stop_of(i));
            let in_sentence = told_before.filter(|&&j| seen[j].sentence == seen[i].sentence);
            let from = in_sentence.map_or(seen[i].sentence.start, |&j| seen[j].mention.end);
            let lead = padded_words(article.text.get(from..seen[i].mention.start).unwrap_or(""));
            let words = padded_words(seen[i].sentence.of(&article.text));
            let sequenced = match in_sentence {
                Some(_) => has_phrase(&lead, SEQUENCE),
                None => has_phrase(&words, SEQUENCE) && !has_phrase(&lead, &["after visiting"]),
            };
            if !sequenced {
                continue;
            }
            let previous = in_sentence.or_else(|| {
                visits[..k].iter().rev().find(|&&j| {
                    seen[j].sentence != seen[i].sentence && seen[j].cue != "section heading"
                })
            });
            if let Some(&j) = previous {
                if stop_of(j) != stop_of(i) {
                    w[stop_of(j)][stop_of(i)] += W_STRONG;
                }
            }
        }
    }
    let mut order = kemeny(&made, &w);
    order.extend((0..n).filter(|&s| stops[s].onward));
    order
}

/// The order of `items` that maximises the weight of the pairs it keeps (ties: first appearance).
fn kemeny(items: &[usize], w: &[Vec<i64>]) -> Vec<usize> {
    let n = items.len();
    if n > EXACT_MAX {
        // Too many for the exact order: greedy, by net weight.
        let mut rest = items.to_vec();
        let mut out = Vec::new();
        while !rest.is_empty() {
            let best = (0..rest.len())
                .max_by_key(|&k| {
                    let net: i64 = rest.iter().map(|&o| w[rest[k]][o] - w[o][rest[k]]).sum();
                    (net, std::cmp::Reverse(k))
                })
                .unwrap_or(0);
            out.push(rest.remove(best));
        }
        return out;
    }
    let full = (1usize << n) - 1;
    let mut best = vec![i64::MIN; full + 1];
    let mut choice = vec![usize::MAX; full + 1];
    best[0] = 0;
    for mask in 0..full {
        if best[mask] == i64::MIN {
            continue;
        }
        for j in 0..n {
            if mask & (1 << j) != 0 {
                continue;
            }
            let gain: i64 = (0..n)
                .filter(|&i| mask & (1 << i) != 0)
                .map(|i| w[items[i]][items[j]])
                .sum();
            let next = mask | (1 << j);
            if best[mask] + gain > best[next] {
                best[next] = best[mask] + gain;
                choice[next] = j;
            }
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut mask = full;
    while mask != 0 {
        let j = choice[mask];
        if j == usize::MAX {
            break;
        }
        out.push(items[j]);
        mask &= !(1 << j);
    }
    out.reverse();
    out
}

/// "The next day (after visiting X)": counted from X, or from the stop before in the order.
fn resolve_relative(
    claims: &mut Vec<DateClaim>,
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    stops: &[Stop],
) {
    for (a, sentence, members) in by_sentence(seen, assignment) {
        let article = &articles[a];
        for d in article.dates.iter().filter(|d| {
            d.resolved.is_none() && sentence.start <= d.span.start && d.span.end <= sentence.end
        }) {
            let DateExpression::Relative { days } = d.expression else {
                continue;
            };
            let after = article
                .text
                .get(d.span.end..sentence.end)
                .unwrap_or("")
                .to_lowercase();
            // "The next day after visiting Israel, … in Jordan".
            let anchor = members.iter().copied().find(|&i| {
                let at = seen[i].mention.start.saturating_sub(d.span.end);
                after
                    .get(..at)
                    .is_some_and(|lead| lead.trim_start().starts_with("after"))
            });
            let targets: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| Some(i) != anchor && !seen[i].onward)
                .filter(|&i| anchor.is_none_or(|x| assignment[x] != assignment[i]))
                .collect();
            for i in targets {
                let Some(stop) = assignment[i] else { continue };
                let base = match anchor.and_then(|x| assignment[x]) {
                    Some(x) => direct_days(claims, x),
                    None if stop > 0 => direct_days(claims, stop - 1),
                    None => None,
                };
                let Some(day) = base.and_then(|r| r.end.plus(days)) else {
                    continue;
                };
                if stops.get(stop).is_none() {
                    continue;
                }
                claims.push(DateClaim {
                    stop,
                    article: a,
                    days: DayRange::day(day),
                    confidence: Confidence::Low,
                    span: d.span,
                    sentence,
                    arrival: false,
                    teaser: false,
                });
            }
        }
    }
}

/// "5 Nov 2023", "5–6 Nov 2023", "30 Nov–1 Dec 2023".
pub(crate) fn human_range(r: DayRange) -> String {
    let (a, b) = (r.start.human(), r.end.human());
    if r.start == r.end {
        return a;
    }
    let (a_parts, b_parts): (Vec<&str>, Vec<&str>) =
        (a.split(' ').collect(), b.split(' ').collect());
    match (a_parts.as_slice(), b_parts.as_slice()) {
        ([d1, m1, y1], [d2, m2, y2]) if y1 == y2 && m1 == m2 => format!("{d1}–{d2} {m1} {y1}"),
        ([d1, m1, y1], [d2, m2, y2]) if y1 == y2 => format!("{d1} {m1}–{d2} {m2} {y1}"),
        _ => format!("{a}–{b}"),
    }
}

/// Dates each stop from its claims, then fills the undated ones from the order.
fn date_stops(stops: &mut [Stop], claims: &[DateClaim], articles: &[Article]) {
    let outlet = |a: usize| {
        articles[a]
            .outlet
            .value
            .clone()
            .unwrap_or_else(|| format!("article {}", a + 1))
    };
    for (s, stop) in stops.iter_mut().enumerate() {
        if stop.onward {
            stop.date_basis = "announced as the next destination; not yet made".into();
            continue;
        }
        let mine: Vec<&DateClaim> = claims.iter().filter(|c| c.stop == s).collect();
        let singles: Vec<&DateClaim> = mine
            .iter()
            .copied()
            .filter(|c| c.days.start == c.days.end)
            .collect();
        let direct: Vec<&DateClaim> = singles.iter().copied().filter(|c| !c.teaser).collect();
        let used = if direct.is_empty() { singles } else { direct };
        if used.is_empty() {
            continue;
        }
        let start = used.iter().map(|c| c.days.start).min();
        let end = used.iter().map(|c| c.days.end).max();
        if let (Some(start), Some(end)) = (start, end) {
            stop.days = Some(DayRange { start, end });
            stop.date_confidence = used
                .iter()
                .map(|c| c.confidence)
                .max()
                .unwrap_or(Confidence::Low);
            let mut told: Vec<String> = Vec::new();
            for c in &used {
                let t = format!(
                    "“{}” ({})",
                    c.span.of(&articles[c.article].text),
                    outlet(c.article)
                );
                if !told.contains(&t) {
                    told.push(t);
                }
            }
            stop.date_basis = format!(
                "{}: {}",
                human_range(DayRange { start, end }),
                told.join(", ")
            );
        }
    }
    // Stops no source dates: between their neighbours in the order.
    for s in 0..stops.len() {
        if stops[s].onward || stops[s].days.is_some() {
            continue;
        }
        let before = (0..s).rev().find_map(|p| Some((p, stops[p].days?)));
        let after = (s + 1..stops.len())
            .filter(|&q| !stops[q].onward)
            .find_map(|q| Some((q, stops[q].days?)));
        let mut window = match (before, after) {
            (Some((_, b)), Some((_, a))) if b.end <= a.start => Some(DayRange {
                start: b.end,
                end: a.start,
            }),
            _ => None,
        };
        let ranges: Vec<&DateClaim> = claims
            .iter()
            .filter(|c| c.stop == s && c.days.start != c.days.end)
            .collect();
        for c in &ranges {
            window = match window {
                Some(w) => {
                    let start = w.start.max(c.days.start);
                    let end = w.end.min(c.days.end);
                    Some(if start <= end {
                        DayRange { start, end }
                    } else {
                        w
                    })
                }
                None if before.is_none() && after.is_none() => Some(c.days),
                None => None,
            };
        }
        let Some(mut days) = window else {
            stops[s].date_basis = match (before, after) {
                (Some((p, b)), _) => format!(
                    "no source dates it; after {} ({})",
                    stops[p].names[0],
                    human_range(b)
                ),
                _ => "no source dates it".into(),
            };
            continue;
        };
        let possible = days;
        // The day of a single-day stop just before is taken by that stop.
        if let Some(prev) = s.checked_sub(1).and_then(|p| stops[p].days) {
            if prev.start == prev.end && prev.end == days.start && days.start < days.end {
                days.start = days.start.plus(1).unwrap_or(days.start);
            }
        }
        let mut basis = String::from("no source dates it");
        if let (Some((p, b)), Some((q, a))) = (before, after) {
            basis += &format!(
                "; it comes after {} ({}) and before {} ({}) in the order",
                stops[p].names[0],
                human_range(b),
                stops[q].names[0],
                human_range(a)
            );
        }
        for c in &ranges {
            basis += &format!(
                "; “{}” ({})",
                c.span.of(&articles[c.article].text),
                outlet(c.article)
            );
        }
        if possible != days {
            basis += &format!(
                "; so {}, less {}, which the stop before takes",
                human_range(possible),
                possible.start.human()
            );
        }
        stops[s].days = Some(days);
        stops[s].date_confidence = Confidence::Low;
        stops[s].date_basis = basis;
    }
}

#[cfg(test)]
mod tests {
    use super::kemeny;

    #[test]
    fn kemeny_keeps_the_heaviest_pairs() {
        // 0 → 1 → 2 strongly, 2 → 0 weakly: the weak vote loses.
        let mut w = vec![vec![0; 3]; 3];
        w[0][1] = 2;
        w[1][2] = 2;
        w[2][0] = 1;
        assert_eq!(kemeny(&[0, 1, 2], &w), vec![0, 1, 2]);
        // No evidence at all: first appearance.
        let w = vec![vec![0; 3]; 3];
        assert_eq!(kemeny(&[0, 1, 2], &w), vec![0, 1, 2]);
        // A date outweighs two weak list votes.
        let mut w = vec![vec![0; 2]; 2];
        w[1][0] = 2;
        w[0][1] = 10;
        assert_eq!(kemeny(&[0, 1], &w), vec![0, 1]);
    }
}
