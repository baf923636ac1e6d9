//! Stage 11 (second part), compare: where the sources tell the trip differently. Stops only some
//! sources report; a stop placed in different cities; a stop dated differently (arrival days that
//! differ, or single days with nothing in common); the same quantity told with different numbers
//! or hedges ("nearly 10,000" / "over 10,000" / "at least 9,488"), named by what it counts ("the
//! Gaza death toll"); an event the traveller attends named differently ("the G7 summit" / "a
//! meeting of G7 foreign ministers"); people only one source quotes. Every claim carries the
//! source's own words as evidence.
//!
//! Figures agree when the ranges their words allow meet: "almost two and a half hours" and "two
//! and a half hours" agree (a hedge within a few percent); "nearly 10,000" and "over 10,000" do
//! not.

use super::{TravellerKey, Trip};
use crate::model::{
    Article, Claim, Discrepancy, DiscrepancyKind, EntityKind, Figure, Place, PlaceKind, Qualifier,
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

pub(crate) fn find(
    trip: &Trip,
    articles: &[Article],
    places: &[Place],
    traveller: &TravellerKey,
) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    if articles.len() < 2 {
        return out;
    }
    coverage(trip, articles, &mut out);
    place_names(trip, places, &mut out);
    dates(trip, articles, &mut out);
    figures(articles, &mut out);
    events(articles, traveller, &mut out);
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
        let covering: Vec<usize> = stop.covering().collect();
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
        crate::sort::sort(&mut days);
        days.dedup();
        let by_articles = {
            let mut a: Vec<usize> = arrivals.iter().map(|c| c.article).collect();
            crate::sort::sort(&mut a);
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

/// The range of values a figure's words allow: an exact number within rounding (3 %), "nearly"
/// up to it, "over" above it, "about" either side.
fn range(f: &Figure, value: f64) -> (f64, f64) {
    match f.qualifier {
        None => (value * 0.97, value * 1.03),
        Some(Qualifier::Nearly) => (value * 0.9, value),
        Some(Qualifier::Over) => (value * 1.0001, value * 1.25),
        Some(Qualifier::AtLeast) => (value, value * 1.25),
        Some(Qualifier::About) => (value * 0.9, value * 1.1),
        Some(Qualifier::UpTo) => (value * 0.75, value),
        Some(Qualifier::Under) => (value * 0.75, value * 0.9999),
        Some(Qualifier::Several) => (value, value * 10.0),
    }
}

/// Words that say what a count of people is a count of.
const PEOPLE_EVENTS: &[(&[&str], &str)] = &[
    (
        &["died", "killed", "dead", "deaths", "death", "toll", "lives"],
        "death toll",
    ),
    (&["injured", "wounded"], "number of injured"),
    (&["displaced", "fled", "evacuated"], "number displaced"),
    (&["detained", "arrested"], "number detained"),
    (&["hostages", "captives"], "number of hostages"),
];

/// Words that say what a length of time is the length of: a meeting (under a day) or the trip.
const MEETING_WORDS: &[&str] = &["meeting", "met", "talks", "lasted", "session", "call"];
const TRIP_WORDS: &[&str] = &[
    "tour", "trip", "visit", "touring", "campaign", "journey", "talks", "spent", "shuttle",
];

/// What a group of figures counts, for the reader: "the Gaza death toll", "the length of the
/// tour", "the number of protesters". `told` are the claims' (article, figure) pairs.
fn topic_of(measure: &str, told: &[(usize, usize)], articles: &[Article]) -> String {
    let sentences: Vec<(usize, Span)> = told
        .iter()
        .map(|&(a, f)| (a, sentence_of(&articles[a], articles[a].figures[f].span)))
        .collect();
    let words = |a: usize, s: Span| -> Vec<String> {
        crate::words::words(&articles[a].text, s)
            .iter()
            .map(|w| w.core.to_lowercase())
            .collect()
    };
    let all_say = |list: &[&str]| {
        sentences
            .iter()
            .any(|&(a, s)| words(a, s).iter().any(|w| list.contains(&w.as_str())))
    };
    match measure {
        "people" => {
            let event = PEOPLE_EVENTS
                .iter()
                .find(|(cue, _)| all_say(cue))
                .map(|(_, name)| *name);
            let place = common_place(&sentences, articles);
            // Who is counted, as the first source words it ("protesters"), else "people".
            let who = told
                .iter()
                .filter_map(|&(a, f)| articles[a].figures[f].subject.as_deref())
                .filter_map(|s| s.rsplit(' ').next())
                .map(str::to_lowercase)
                .find(|w| PEOPLE.contains(&w.as_str()))
                .unwrap_or_else(|| "people".into());
            match (place, event) {
                (Some(p), Some(e)) => format!("the {p} {e}"),
                (None, Some(e)) => format!("the {e}"),
                (Some(p), None) => format!("the number of {who} in {p}"),
                (None, None) => format!("the number of {who}"),
            }
        }
        "time" => {
            let hours: Vec<f64> = told
                .iter()
                .filter_map(|&(a, f)| measure_of(&articles[a].figures[f]))
                .collect();
            let short = hours.iter().all(|h| *h < 24.0);
            if short && all_say(MEETING_WORDS) {
                "the length of the meeting".into()
            } else if !short && all_say(TRIP_WORDS) {
                "the length of the tour".into()
            } else {
                "a length of time".into()
            }
        }
        other => match common_place(&sentences, articles) {
            Some(p) => format!("the number of {other} in {p}"),
            None => format!("the number of {other}"),
        },
    }
}

fn measure_of(f: &Figure) -> Option<f64> {
    measure(f).filter(|(m, _)| m == "time").map(|(_, v)| v)
}

/// A place every claim's sentence names, as the first source writes it; of several, the one
/// most often written after "in", "on" or "at" (where it happened, not who did it).
fn common_place(sentences: &[(usize, Span)], articles: &[Article]) -> Option<String> {
    let in_sentence = |a: usize, s: Span| -> Vec<(usize, Span)> {
        articles[a]
            .places
            .iter()
            .filter(|m| s.start <= m.span.start && m.span.end <= s.end)
            .map(|m| (m.place, m.span))
            .collect()
    };
    let (first_a, first_s) = *sentences.first()?;
    let mut best: Option<(usize, String)> = None;
    for (place, span) in in_sentence(first_a, first_s) {
        let everywhere = sentences
            .iter()
            .all(|&(a, s)| in_sentence(a, s).iter().any(|(p, _)| *p == place));
        if !everywhere {
            continue;
        }
        let located = sentences
            .iter()
            .flat_map(|&(a, s)| {
                in_sentence(a, s)
                    .into_iter()
                    .filter(move |(p, _)| *p == place)
                    .map(move |(_, m)| (a, m))
            })
            .filter(|&(a, m)| {
                let before = articles[a].text.get(..m.start).unwrap_or("");
                let prev = before.split_whitespace().next_back().unwrap_or("");
                matches!(prev.to_lowercase().as_str(), "in" | "on" | "at")
            })
            .count();
        if best.as_ref().is_none_or(|(n, _)| located > *n) {
            best = Some((located, span.of(&articles[first_a].text).to_string()));
        }
    }
    best.map(|(_, name)| name)
}

fn figures(articles: &[Article], out: &mut Vec<Discrepancy>) {
    // (measure, article, figure index, value in that measure)
    let mut all: Vec<(String, usize, usize, f64)> = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        for (i, f) in article.figures.iter().enumerate() {
            let story = article.in_story(f.block);
            if !story || f.value <= 0.0 || f.value.fract() != 0.0 && f.unit.is_none() {
                continue;
            }
            if let Some((m, v)) = measure(f) {
                all.push((m, a, i, v));
            }
        }
    }
    let mut measures: Vec<String> = all.iter().map(|x| x.0.clone()).collect();
    crate::sort::sort(&mut measures);
    measures.dedup();
    let value = |x: &(String, usize, usize, f64)| x.3;
    for m in measures {
        let mut group: Vec<&(String, usize, usize, f64)> =
            all.iter().filter(|x| x.0 == m).collect();
        crate::sort::sort_by(&mut group, |x, y| value(x).total_cmp(&value(y)));
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
            crate::sort::sort(&mut sources);
            sources.dedup();
            if sources.len() < 2 {
                continue;
            }
            // A discrepancy when two sources' ranges do not meet.
            let ranges: Vec<(usize, (f64, f64))> = cluster
                .iter()
                .map(|x| (x.1, range(&articles[x.1].figures[x.2], value(x))))
                .collect();
            let disagree = ranges.iter().any(|(a, (lo, hi))| {
                ranges
                    .iter()
                    .any(|(b, (lo2, hi2))| a != b && (hi < lo2 || hi2 < lo))
            });
            if !disagree {
                continue;
            }
            let told: Vec<(usize, usize)> = cluster.iter().map(|x| (x.1, x.2)).collect();
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
                topic: format!("{} told differently", topic_of(&m, &told, articles)),
                stop: None,
                claims,
            });
        }
    }
}

/// Nouns for an event a group holds.
const EVENT_NOUNS: &[&str] = &[
    "summit",
    "meeting",
    "conference",
    "gathering",
    "session",
    "talks",
    "forum",
    "ministerial",
];

/// Words for who attends a group's event: "foreign ministers", "leaders", "heads of state".
const ATTENDEES: &[&str] = &[
    "foreign",
    "finance",
    "defence",
    "defense",
    "trade",
    "health",
    "energy",
    "interior",
    "ministers",
    "minister",
    "leaders",
    "heads",
    "state",
    "of",
];

/// An organisation's event as one source names it: who attends it, and the words as written.
struct Event {
    organisation: String,
    /// "foreign ministers", "leaders"
    level: String,
    article: usize,
    words: Span,
    sentence: Span,
}

/// An event of a group the traveller attends, named at different levels by different sources:
/// "the G7 summit" (leaders) / "a meeting of G7 foreign ministers".
fn events(articles: &[Article], traveller: &TravellerKey, out: &mut Vec<Discrepancy>) {
    let mut found: Vec<Event> = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        let text = &article.text;
        for m in &article.entity_mentions {
            let Some(org) = article.entities.get(m.entity) else {
                continue;
            };
            if org.kind != EntityKind::Organisation {
                continue;
            }
            let sentence = sentence_of(article, m.span);
            if !traveller.named_in(article, sentence) {
                continue;
            }
            if let Some((level, words)) = event_at(text, sentence, m.span) {
                found.push(Event {
                    organisation: org.name.clone(),
                    level,
                    article: a,
                    words,
                    sentence,
                });
            }
        }
    }
    let mut organisations: Vec<&str> = found.iter().map(|e| e.organisation.as_str()).collect();
    crate::sort::sort(&mut organisations);
    organisations.dedup();
    for org in organisations {
        let mine: Vec<&Event> = found.iter().filter(|e| e.organisation == org).collect();
        let mut levels: Vec<&str> = mine.iter().map(|e| e.level.as_str()).collect();
        crate::sort::sort(&mut levels);
        levels.dedup();
        let mut sources: Vec<usize> = mine.iter().map(|e| e.article).collect();
        crate::sort::sort(&mut sources);
        sources.dedup();
        if levels.len() < 2 || sources.len() < 2 {
            continue;
        }
        let as_written = mine[0].words.of(&articles[mine[0].article].text);
        let short = as_written
            .split_whitespace()
            .find(|w| w.chars().any(char::is_uppercase))
            .unwrap_or(org);
        out.push(Discrepancy {
            kind: DiscrepancyKind::Event,
            topic: format!(
                "what the {short} meeting was: {}",
                levels
                    .iter()
                    .map(|l| if *l == "leaders" {
                        "a summit of leaders".to_string()
                    } else {
                        format!("a meeting of {l}")
                    })
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            stop: None,
            claims: mine
                .iter()
                .map(|e| Claim {
                    article: e.article,
                    value: e.words.of(&articles[e.article].text).to_string(),
                    evidence: e.sentence,
                })
                .collect(),
        });
    }
}

/// The event named around an organisation's mention, if any: "G7 summit", "G7 foreign
/// ministers' meeting", "a meeting of G7 foreign ministers", "summit of NATO leaders"; with who
/// attends it ("leaders" for a summit named without attendees) and its words.
fn event_at(text: &str, sentence: Span, org: Span) -> Option<(String, Span)> {
    // The mention must lie inside its sentence (a mention the segmenter put across a sentence
    // end has none).
    if !(sentence.start <= org.start && org.end <= sentence.end) {
        return None;
    }
    let word_spans = |from: usize, to: usize| -> Vec<Span> {
        crate::words::words(text, Span::new(from, to))
            .iter()
            .map(|w| w.span)
            .collect()
    };
    let bare = |s: Span| {
        s.of(text)
            .trim_end_matches(['\'', '’'])
            .trim_end_matches("'s")
            .to_lowercase()
    };
    let after = word_spans(org.end, sentence.end);
    let before = word_spans(sentence.start, org.start);
    let mut attendees: Vec<String> = Vec::new();
    let mut end = org.end;
    let mut noun: Option<String> = None;
    for w in after.iter().take(5) {
        let l = bare(*w);
        if EVENT_NOUNS.contains(&l.as_str()) {
            noun = Some(l);
            end = w.end;
            break;
        }
        if !ATTENDEES.contains(&l.as_str()) {
            break;
        }
        attendees.push(l);
        end = w.end;
        if w.end < text.len() && text[w.end..].starts_with([',', '.', ';']) {
            break;
        }
    }
    let mut start = org.start;
    if noun.is_none() {
        // "a meeting of G7 …", "summit of NATO …"
        if let [.., n, of] = before.as_slice() {
            let n_l = bare(*n);
            if bare(*of) == "of" && EVENT_NOUNS.contains(&n_l.as_str()) {
                noun = Some(n_l);
                start = n.start;
            }
        }
    }
    let noun = noun?;
    while attendees
        .last()
        .is_some_and(|w| w == "of" || w == "state" && attendees.len() == 1)
    {
        attendees.pop();
    }
    let level = if attendees.iter().any(|w| w.starts_with("minister")) {
        attendees
            .iter()
            .map(|w| {
                if w == "minister" {
                    "ministers"
                } else {
                    w.as_str()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else if attendees.iter().any(|w| w == "leaders" || w == "heads") || noun == "summit" {
        "leaders".to_string()
    } else {
        return None;
    };
    Some((level, Span::new(start, end)))
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
    crate::sort::sort(&mut keys);
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
