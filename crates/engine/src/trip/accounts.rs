//! Stage 11 (first part), accounts: for every stop and every article, the sentences that article
//! devotes to the stop, with the people named and met there, the quotes and the figures.
//!
//! A sentence belongs to a stop when it tells a visit to it; when it stands in the paragraphs under
//! a section heading that is the stop (until the next heading, and unless the paragraph opens a
//! scene at another stop); or when it continues the scene of a sentence about that stop alone (the
//! rest of its paragraph, and the next paragraph when that opens with "He", "They", "The meeting"…).
//! Section headings and site furniture (captions, teasers) are no account sentences: a visit they
//! tell stays among the account's visits.
//!
//! What an account quotes and counts is narrower than what it tells: quotes and figures count in
//! sentences about this stop alone that tell the visit or its scene, or name the traveller (a
//! section's background paragraphs do not: "At least 9,488 Palestinians have died…" under the
//! heading "Israel"); a figure also not when its sentence names a place outside the stop ("strikes
//! on Gaza" at the Israel stop). "Quoted" lists the people (not organisations or capitals) with a
//! quote in those sentences, once each.

use super::Trip;
use crate::model::VisitKind;
use crate::model::{Article, BlockKind, DayRange, EntityKind, PersonThere, Place};
use crate::Span;

/// Words that make the people of a sentence people the traveller met.
const MEETING: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "talks",
    "talked",
    "conferred",
    "discussions",
    "discussed",
    "counterpart",
    "hosted",
    "received",
    "welcomed",
    "greeted",
];

/// Openings that carry the scene of the paragraph before into the next one.
const CARRY: &[&str] = &[
    "he ",
    "she ",
    "they ",
    "the meeting",
    "the talks",
    "the visit",
    "during ",
    "there ",
    "the two ",
    "both ",
];

pub(crate) fn fill(
    trip: &mut Trip,
    articles: &[Article],
    places: &[Place],
    traveller: &super::TravellerKey,
) {
    // The places each stop was told by: a place outside them marks a figure as someone else's.
    let stop_places: Vec<Vec<usize>> = (0..trip.stops.len())
        .map(|s| {
            let mut p: Vec<usize> = trip
                .seen
                .iter()
                .filter(|(_, stop)| *stop == Some(s))
                .map(|(v, _)| v.place)
                .collect();
            p.push(trip.stops[s].place);
            p
        })
        .collect();
    for (a, article) in articles.iter().enumerate() {
        let told = sentences_by_stop(trip, a, article);
        let days: Vec<Option<DayRange>> = (0..trip.stops.len())
            .map(|s| account_days(trip, s, a))
            .collect();
        let names_traveller = |sentence: Span| traveller.named_in(article, sentence);
        for (s, stop) in trip.stops.iter_mut().enumerate() {
            let Some(account) = stop.accounts.get_mut(a) else {
                continue;
            };
            let mut sentences: Vec<Span> = told
                .iter()
                .filter(|(stop, _, _)| *stop == s)
                .map(|(_, span, _)| *span)
                .collect();
            crate::sort::sort(&mut sentences);
            sentences.dedup();
            // Quotes, figures and people count only in sentences about this stop alone: a list
            // ("from Israel to Jordan, … and Iraq") is told at every stop it names.
            let own: Vec<Span> = sentences
                .iter()
                .copied()
                .filter(|x| told.iter().all(|(other, t, _)| t != x || *other == s))
                .collect();
            // Of those, the ones about the visit: a section's background does not quote or count.
            let about: Vec<Span> = own
                .iter()
                .copied()
                .filter(|x| {
                    names_traveller(*x)
                        || told
                            .iter()
                            .any(|(o, t, why)| *o == s && t == x && *why != Why::Section)
                })
                .collect();
            let inside =
                |spans: &[Span], at: usize| spans.iter().any(|x| x.start <= at && at < x.end);
            // A place outside the stop in the figure's own clause makes it another place's figure.
            let elsewhere = |clause: Span| {
                article.places.iter().any(|m| {
                    clause.start <= m.span.start
                        && m.span.end <= clause.end
                        && !stop_places[s].contains(&m.place)
                        && places
                            .get(m.place)
                            .is_some_and(|p| p.country != stop.country)
                })
            };
            account.quotes = (0..article.quotes.len())
                .filter(|&q| inside(&about, article.quotes[q].span.start))
                .collect();
            account.figures = (0..article.figures.len())
                .filter(|&f| {
                    let at = article.figures[f].span.start;
                    about
                        .iter()
                        .find(|x| x.start <= at && at < x.end)
                        .is_some_and(|x| !elsewhere(clause(&article.text, *x, at)))
                })
                .collect();
            let mut quoted: Vec<usize> = Vec::new();
            for &q in &account.quotes {
                let Some(speaker) = article.quotes[q].speaker.as_ref() else {
                    continue;
                };
                let person = article
                    .entities
                    .iter()
                    .position(|e| e.kind == EntityKind::Person && e.name == speaker.name);
                if let Some(p) = person.filter(|p| !quoted.contains(p)) {
                    quoted.push(p);
                }
            }
            account.quoted = quoted;
            let mut people: Vec<PersonThere> = Vec::new();
            for m in &article.entity_mentions {
                let Some(entity) = article.entities.get(m.entity) else {
                    continue;
                };
                if entity.kind != EntityKind::Person || traveller.is(&entity.name) {
                    continue;
                }
                let Some(sentence) = own
                    .iter()
                    .find(|x| x.start <= m.span.start && m.span.start < x.end)
                else {
                    continue;
                };
                // Met: a meeting word in a sentence that also names the traveller ("Blinken met
                // …", "the top US diplomat conferred with …"), not anyone's meeting.
                let words = sentence.of(&article.text).to_lowercase();
                let met = names_traveller(*sentence)
                    && words
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| MEETING.contains(&w));
                match people.iter_mut().find(|p| p.entity == m.entity) {
                    Some(p) => p.met |= met,
                    None => people.push(PersonThere {
                        entity: m.entity,
                        met,
                    }),
                }
            }
            account.people = people;
            account.days = days[s];
            account.covered = !sentences.is_empty() || !account.visits.is_empty();
            account.sentences = sentences;
        }
    }
}

/// The clause of `sentence` around the byte `at`: from the last comma, semicolon, colon or dash
/// (or "but", "while") before it to the first after it.
fn clause(text: &str, sentence: Span, at: usize) -> Span {
    let inner = sentence.of(text);
    let at = at.saturating_sub(sentence.start).min(inner.len());
    // With the space after, so "9,000" and "10:30" do not end a clause.
    let marks: &[&str] = &[", ", "; ", ": ", " – ", " — ", " but ", " while "];
    let (before, after) = (inner.get(..at).unwrap_or(""), inner.get(at..).unwrap_or(""));
    let start = marks
        .iter()
        .filter_map(|m| before.rfind(m).map(|i| i + m.len()))
        .max()
        .unwrap_or(0);
    let end = marks
        .iter()
        .filter_map(|m| after.find(m))
        .min()
        .map_or(inner.len(), |i| at + i);
    Span::new(sentence.start + start, sentence.start + end)
}

/// The days an article gives a stop: its single-day dates, else its ranges.
fn account_days(trip: &Trip, stop: usize, article: usize) -> Option<DayRange> {
    let mine: Vec<DayRange> = trip
        .claims
        .iter()
        .filter(|c| c.stop == stop && c.article == article && !c.teaser)
        .map(|c| c.days)
        .collect();
    let singles: Vec<DayRange> = mine.iter().copied().filter(|d| d.start == d.end).collect();
    let pool = if singles.is_empty() { mine } else { singles };
    let start = pool.iter().map(|d| d.start).min()?;
    let end = pool.iter().map(|d| d.end).max()?;
    Some(DayRange { start, end })
}

/// Why a sentence is in a stop's account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Why {
    /// It tells a visit to the stop.
    Told,
    /// It carries on the scene of a sentence that does.
    Scene,
    /// It stands under the stop's section heading.
    Section,
}

/// (stop, sentence, why) for one article.
fn sentences_by_stop(trip: &Trip, a: usize, article: &Article) -> Vec<(usize, Span, Why)> {
    let text = &article.text;
    let mut out: Vec<(usize, Span, Why)> = Vec::new();
    // Stops each sentence tells a visit to (onward legs included; they are told there too).
    let visits_in = |sentence: Span| -> Vec<(usize, bool)> {
        let mut stops: Vec<(usize, bool)> = Vec::new();
        for (v, stop) in &trip.seen {
            if v.article != a || v.furniture || v.kind == VisitKind::Heading {
                continue;
            }
            if let Some(s) = stop {
                if sentence.start <= v.mention.start && v.mention.end <= sentence.end {
                    let listed = v.kind == VisitKind::Listed;
                    if !stops.iter().any(|(x, _)| x == s) {
                        stops.push((*s, listed));
                    }
                }
            }
        }
        stops
    };
    let heading_stop = |block: usize| {
        trip.seen
            .iter()
            .find(|(v, _)| v.article == a && v.block == block && v.kind == VisitKind::Heading)
            .and_then(|(_, s)| *s)
    };
    let mut section: Option<usize> = None;
    let mut scene: Option<usize> = None;
    let mut last_block: Option<usize> = None;
    for (b, block) in article.blocks.iter().enumerate() {
        match block.kind {
            BlockKind::Heading => {
                section = heading_stop(b);
                scene = None;
                continue;
            }
            BlockKind::Paragraph => {}
            _ => continue,
        }
        let sentences: Vec<Span> = article
            .sentences
            .iter()
            .filter(|s| s.block == b)
            .map(|s| s.span)
            .collect();
        // A paragraph that opens a scene elsewhere leaves the section for it.
        let opens_elsewhere = sentences.iter().find_map(|&s| {
            let v = visits_in(s);
            match v.as_slice() {
                [(stop, false)] if Some(*stop) != section => Some(*stop),
                _ => None,
            }
        });
        let carried = last_block
            .is_some_and(|l| l + 1 == b || only_furniture_between(article, l, b))
            && sentences.first().is_some_and(|s| {
                let opening = s.of(text).to_lowercase();
                CARRY.iter().any(|c| opening.starts_with(c)) && visits_in(*s).is_empty()
            });
        if !carried {
            scene = None;
        }
        for &sentence in &sentences {
            let here = visits_in(sentence);
            for (stop, _) in &here {
                out.push((*stop, sentence, Why::Told));
            }
            match here.as_slice() {
                [(stop, false)] => scene = Some(*stop),
                [] => {}
                _ => scene = None,
            }
            if here.is_empty() {
                if let Some(s) = scene {
                    out.push((s, sentence, Why::Scene));
                } else if let Some(s) = section.filter(|_| opens_elsewhere.is_none()) {
                    out.push((s, sentence, Why::Section));
                }
            }
        }
        last_block = Some(b);
    }
    out
}

fn only_furniture_between(article: &Article, from: usize, to: usize) -> bool {
    article.blocks.get(from + 1..to).is_some_and(|between| {
        between
            .iter()
            .all(|b| matches!(b.kind, BlockKind::Furniture(_)))
    })
}
