//! Stage 11 (second part), compare: where the sources tell the trip differently. Stops only some
//! sources report; a stop placed in different cities; a stop dated differently (arrival days that
//! differ, or single days with nothing in common); the same quantity told with different numbers
//! or hedges ("nearly 10,000" / "over 10,000" / "at least 9,488"); people only one source quotes.
//! Every claim carries the source's own words as evidence.

use super::Trip;
use crate::model::{
    Article, Claim, Discrepancy, DiscrepancyKind, EntityKind, Figure, Place, PlaceKind,
};
use crate::Span;

/// Subjects that count people: figures about them are compared with each other.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "palestinians",
    "israelis",
    "civilians",
    "children",
    "women",
    "dead",
    "killed",
    "deaths",
    "lives",
    "victims",
    "casualties",
    "residents",
    "refugees",
    "protesters",
    "demonstrators",
    "hostages",
    "soldiers",
    "troops",
];

/// Two figures whose values differ by at most this ratio may be the same quantity.
const SAME_QUANTITY: f64 = 1.5;

pub(crate) fn find(trip: &Trip, articles: &[Article], places: &[Place]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    if articles.len() < 2 {
        return out;
    }
    coverage(trip, articles, &mut out);
    place_names(trip, places, &mut out);
    dates(trip, articles, &mut out);
    figures(articles, &mut out);
    quoted(trip, articles, &mut out);
    out
}

fn stop_name(trip: &Trip, s: usize) -> String {
    trip.stops
        .get(s)
        .and_then(|st| st.names.first())
        .cloned()
        .unwrap_or_default()
}

fn coverage(trip: &Trip, articles: &[Article], out: &mut Vec<Discrepancy>) {
    for (s, stop) in trip.stops.iter().enumerate() {
        let covering: Vec<usize> = stop
            .accounts
            .iter()
            .filter(|a| a.covered)
            .map(|a| a.article)
            .collect();
        if covering.len() == articles.len() {
            continue;
        }
        let claims = covering
            .iter()
            .filter_map(|&a| {
                let (v, _) = trip
                    .seen
                    .iter()
                    .find(|(v, st)| v.article == a && *st == Some(s) && !v.furniture)?;
                Some(Claim {
                    article: a,
                    value: format!("reports {}", v.mention.of(&articles[a].text)),
                    evidence: v.sentence,
                })
            })
            .collect();
        out.push(Discrepancy {
            kind: DiscrepancyKind::Coverage,
            topic: format!(
                "{}{}: reported by {} of {} sources",
                stop_name(trip, s),
                if stop.onward { " (onward)" } else { "" },
                covering.len(),
                articles.len()
            ),
            stop: Some(s),
            claims,
        });
    }
}

fn place_names(trip: &Trip, places: &[Place], out: &mut Vec<Discrepancy>) {
    for s in 0..trip.stops.len() {
        let mut claims: Vec<Claim> = Vec::new();
        let mut cities: Vec<usize> = Vec::new();
        for (v, stop) in &trip.seen {
            if *stop != Some(s)
                || places
                    .get(v.place)
                    .is_none_or(|p| p.kind != PlaceKind::City)
            {
                continue;
            }
            if !cities.contains(&v.place) {
                cities.push(v.place);
            }
            if !claims
                .iter()
                .any(|c| c.article == v.article && c.value.ends_with(&places[v.place].name))
            {
                claims.push(Claim {
                    article: v.article,
                    value: format!(
                        "{}{}",
                        if v.furniture {
                            "related-story teaser: "
                        } else {
                            ""
                        },
                        places[v.place].name
                    ),
                    evidence: v.sentence,
                });
            }
        }
        if cities.len() > 1 {
            let names: Vec<&str> = cities.iter().map(|&c| places[c].name.as_str()).collect();
            out.push(Discrepancy {
                kind: DiscrepancyKind::Place,
                topic: format!(
                    "where the stop in {} was: {}",
                    country_label(trip, s, places),
                    names.join(" or ")
                ),
                stop: Some(s),
                claims,
            });
        }
    }
}

fn country_label(trip: &Trip, s: usize, places: &[Place]) -> String {
    let stop = &trip.stops[s];
    places
        .get(stop.place)
        .and_then(|p| p.country_name.clone())
        .unwrap_or_else(|| stop_name(trip, s))
}

fn weekday_name(day: crate::Day) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    .get(day.weekday() as usize)
    .copied()
    .unwrap_or("")
}

fn dates(trip: &Trip, articles: &[Article], out: &mut Vec<Discrepancy>) {
    for s in 0..trip.stops.len() {
        let singles: Vec<_> = trip
            .claims
            .iter()
            .filter(|c| c.stop == s && c.tier() == 3 && c.days.start == c.days.end)
            .collect();
        let claim = |c: &super::DateClaim| Claim {
            article: c.article,
            value: format!(
                "“{}”: {} {}",
                c.span.of(&articles[c.article].text),
                weekday_name(c.days.start),
                c.days.start.human()
            ),
            evidence: c.sentence,
        };
        // Arrival days.
        let arrivals: Vec<_> = singles.iter().filter(|c| c.arrival).collect();
        let mut days: Vec<_> = arrivals.iter().map(|c| c.days.start).collect();
        days.sort();
        days.dedup();
        let by_articles = {
            let mut a: Vec<usize> = arrivals.iter().map(|c| c.article).collect();
            a.sort();
            a.dedup();
            a.len()
        };
        if days.len() > 1 && by_articles > 1 {
            out.push(Discrepancy {
                kind: DiscrepancyKind::Date,
                topic: format!("the day of arrival in {}", stop_name(trip, s)),
                stop: Some(s),
                claims: arrivals.iter().map(|c| claim(c)).collect(),
            });
        }
    }
}

/// Hours in one of each unit of time.
const DURATIONS: &[(&str, f64)] = &[
    ("minute", 1.0 / 60.0),
    ("hour", 1.0),
    ("day", 24.0),
    ("week", 168.0),
    ("month", 730.0),
    ("year", 8766.0),
];

/// What a figure measures, for grouping, and its value in that measure: a length of time (in
/// hours), a count of people, or a unit with its subject ("USD deal"; a bare sum is not compared).
fn measure(f: &Figure) -> Option<(String, f64)> {
    if let Some(unit) = &f.unit {
        if let Some((_, hours)) = DURATIONS.iter().find(|(u, _)| u == unit) {
            return Some(("time".into(), f.value * hours));
        }
        let subject = f.subject.as_deref()?.to_lowercase();
        return Some((format!("{unit} {subject}"), f.value));
    }
    let subject = f.subject.as_deref()?.to_lowercase();
    let head = subject.rsplit(' ').next().unwrap_or(&subject).to_string();
    if PEOPLE.contains(&head.as_str()) {
        Some(("people".into(), f.value))
    } else {
        Some((head, f.value))
    }
}

fn topic_of(measure: &str) -> String {
    match measure {
        "people" => "a number of people".into(),
        "time" => "a length of time".into(),
        other => format!("a number of {other}"),
    }
}

fn figures(articles: &[Article], out: &mut Vec<Discrepancy>) {
    // (measure, article, figure index, value in that measure)
    let mut all: Vec<(String, usize, usize, f64)> = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for (i, f) in article.figures.iter().enumerate() {
            let story = article
                .blocks
                .get(f.block)
                .is_some_and(|b| b.kind.is_story());
            if !story || f.value <= 0.0 || f.value.fract() != 0.0 && f.unit.is_none() {
                continue;
            }
            if let Some((m, v)) = measure(f) {
                all.push((m, a, i, v));
            }
        }
    }
    let mut measures: Vec<String> = all.iter().map(|x| x.0.clone()).collect();
    measures.sort();
    measures.dedup();
    let value = |x: &(String, usize, usize, f64)| x.3;
    for m in measures {
        let mut group: Vec<&(String, usize, usize, f64)> =
            all.iter().filter(|x| x.0 == m).collect();
        group.sort_by(|x, y| value(x).total_cmp(&value(y)));
        // Clusters of values no more than SAME_QUANTITY apart, neighbour to neighbour.
        let mut clusters: Vec<Vec<&(String, usize, usize, f64)>> = Vec::new();
        for x in group {
            match clusters.last_mut() {
                Some(c)
                    if c.last()
                        .is_some_and(|p| value(x) <= value(p) * SAME_QUANTITY) =>
                {
                    c.push(x)
                }
                _ => clusters.push(vec![x]),
            }
        }
        for cluster in clusters {
            let mut sources: Vec<usize> = cluster.iter().map(|x| x.1).collect();
            sources.sort();
            sources.dedup();
            if sources.len() < 2 {
                continue;
            }
            let told = |x: &&(String, usize, usize, f64)| {
                let f = &articles[x.1].figures[x.2];
                (f.value.to_bits(), f.qualifier)
            };
            let first = told(&cluster[0]);
            if cluster.iter().all(|x| told(x) == first) {
                continue;
            }
            let claims = cluster
                .iter()
                .map(|x| {
                    let article = &articles[x.1];
                    let f = &article.figures[x.2];
                    Claim {
                        article: x.1,
                        value: f.span.of(&article.text).to_string(),
                        evidence: sentence_of(article, f.span),
                    }
                })
                .collect();
            out.push(Discrepancy {
                kind: DiscrepancyKind::Figure,
                topic: format!("{} told differently", topic_of(&m)),
                stop: None,
                claims,
            });
        }
    }
}

fn sentence_of(article: &Article, span: Span) -> Span {
    article
        .sentences
        .iter()
        .find(|s| s.span.start <= span.start && span.start < s.span.end)
        .map(|s| s.span)
        .unwrap_or(span)
}

fn quoted(trip: &Trip, articles: &[Article], out: &mut Vec<Discrepancy>) {
    // (surname key, name, article, quote)
    let mut speakers: Vec<(String, String, usize, usize)> = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for (q, quote) in article.quotes.iter().enumerate() {
            let Some(speaker) = &quote.speaker else {
                continue;
            };
            let key = super::surname_key(&speaker.name);
            let person = article
                .entities
                .iter()
                .find(|e| e.kind == EntityKind::Person && super::surname_key(&e.name) == key);
            if let Some(person) = person {
                speakers.push((key, person.name.clone(), a, q));
            }
        }
    }
    let mut keys: Vec<&String> = speakers.iter().map(|s| &s.0).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let mine: Vec<&(String, String, usize, usize)> =
            speakers.iter().filter(|s| &s.0 == key).collect();
        let mut sources: Vec<usize> = mine.iter().map(|s| s.2).collect();
        sources.dedup();
        if sources.len() != 1 {
            continue;
        }
        let (_, name, a, _) = mine[0];
        let stop = trip.stops.iter().position(|st| {
            st.accounts
                .get(*a)
                .is_some_and(|acc| mine.iter().any(|m| acc.quotes.contains(&m.3)))
        });
        out.push(Discrepancy {
            kind: DiscrepancyKind::Quoted,
            topic: format!(
                "{name}: quoted by one source only ({} quote{})",
                mine.len(),
                if mine.len() == 1 { "" } else { "s" }
            ),
            stop,
            claims: mine
                .iter()
                .map(|m| {
                    let span = articles[m.2].quotes[m.3].span;
                    let words = span.of(&articles[m.2].text);
                    let mut value: String = words.chars().take(90).collect();
                    if value.len() < words.len() {
                        value.push('…');
                    }
                    Claim {
                        article: m.2,
                        value: format!("“{value}”"),
                        evidence: sentence_of(&articles[m.2], span),
                    }
                })
                .collect(),
        });
    }
}
