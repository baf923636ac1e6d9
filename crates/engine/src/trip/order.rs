//! Ordering the stops: every piece of evidence votes on pairs of stops, and the order is the one
//! that agrees with the most weight (a Kemeny ranking, exact by dynamic programming).

use super::dating::direct_days;
use super::{by_sentence, dedup, groups, has_phrase, DateClaim, Seen};
use crate::model::VisitKind;
use crate::model::{Article, DayRange, Stop};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// Words that say a visit comes after the one told before it.
pub(super) const SEQUENCE: &[&str] = &[
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
    "before heading",
    "before traveling",
    "before travelling",
    "before flying",
    "before leaving",
    "before moving",
    "ahead of travelling",
    "ahead of traveling",
];

/// Phrases that put a visit at the end of the trip.
pub(super) const LAST: &[&str] = &[
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
pub(super) const FIRST: &[&str] = &[
    "began in",
    "started in",
    "first stop",
    "kicked off",
    "began his",
    "began her",
    "started his",
    "started her",
];

/// Weights of the evidence on order.
/// Days that do not overlap outweigh five articles' phrases ("Tokyo, the first stop of her
/// tour", after a stopover at home the day before).
pub(super) const W_DATE: i64 = 20;

pub(super) const W_STRONG: i64 = 2;

/// Two stops whose days overlap: the one that began first, a little stronger than a phrase.
pub(super) const W_OVERLAP: i64 = 3;

pub(super) const W_WEAK: i64 = 1;

/// Up to this many stops the order is exact; above it, by dates and first appearance.
pub(super) const EXACT_MAX: usize = 16;

/// Orders the stops: made stops by the weight of the evidence (`phrases`: what the words alone
/// say, from `phrase_weights`, besides the dates), onward legs after them.
pub(super) fn order_stops(
    stops: &[Stop],
    seen: &[Seen],
    assignment: &[Option<usize>],
    claims: &[DateClaim],
    phrases: &[Vec<i64>],
    places: &[crate::model::Place],
) -> Vec<usize> {
    let n = stops.len();
    let mut w = vec![vec![0i64; n]; n];
    let made: Vec<usize> = (0..n).filter(|&s| !stops[s].onward).collect();
    // Each stop's days, read once.
    let days: Vec<Option<DayRange>> = (0..n).map(|s| direct_days(claims, s)).collect();
    // "Pope Francis arrived in Baghdad on Friday": a stop whose first day is an arrival at its
    // own city (not at its country's name, which may stand for another of its stops).
    let arrived_first: Vec<bool> = (0..n)
        .map(|s| {
            days[s].is_some_and(|d| {
                claims.iter().any(|c| {
                    c.stop == s
                        && c.arrival
                        && c.days.start == d.start
                        && super::members(seen, assignment, s).any(|v| {
                            v.article == c.article
                                && v.sentence == c.sentence
                                && v.kind == VisitKind::Arrived
                                && places[v.place].kind == crate::model::PlaceKind::City
                        })
                })
            })
        })
        .collect();
    // Dates.
    for &a in &made {
        for &b in &made {
            if let (Some(x), Some(y)) = (days[a], days[b]) {
                if x.end < y.start {
                    w[a][b] += W_DATE;
                } else if x.start < y.start && x.end <= y.end {
                    // Overlapping days: the one that began first (Belfast on Sunday evening
                    // and Monday, Cardiff on Monday).
                    w[a][b] += W_OVERLAP;
                } else if x.start < y.start && arrived_first[a] {
                    // Days around another's, from an arrival there: a base the traveller
                    // arrived at first and left from last (Baghdad 5–8 March, Najaf the 6th).
                    w[a][b] += W_OVERLAP;
                }
            }
        }
    }
    for (row, add) in w.iter_mut().zip(phrases) {
        for (x, y) in row.iter_mut().zip(add) {
            *x += y;
        }
    }
    let mut order = kemeny(&made, &w);
    order.extend((0..n).filter(|&s| stops[s].onward));
    order
}

/// `before[a][b]`: whether the articles' words put stop `a` before stop `b`, directly or through
/// others ("Fiji, Tonga, Vanuatu, Papua New Guinea and Timor-Leste": Fiji before Timor-Leste),
/// from `phrase_weights`.
pub(super) fn words_before(w: &[Vec<i64>]) -> Vec<Vec<bool>> {
    let n = w.len();
    let mut before: Vec<Vec<bool>> = (0..n)
        .map(|a| (0..n).map(|b| w[a][b] > w[b][a]).collect())
        .collect();
    // Warshall's closure.
    for k in 0..n {
        let through = before[k].clone();
        for (a, row) in before.iter_mut().enumerate() {
            if row[k] {
                for (b, after) in through.iter().enumerate() {
                    if *after && a != b {
                        row[b] = true;
                    }
                }
            }
        }
    }
    before
}

/// What the articles' words say of the order, dates aside: `w[a][b]` is the weight of the
/// phrases, lists, headings and ordinals that put stop `a` before stop `b`.
pub(super) fn phrase_weights(
    stops: &[Stop],
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
) -> Vec<Vec<i64>> {
    let n = stops.len();
    let mut w = vec![vec![0i64; n]; n];
    let sentences = by_sentence(seen, assignment);
    for (a, article) in articles.iter().enumerate() {
        // Planned visits count too: an itinerary announced is told in its order.
        let visits: Vec<usize> = (0..seen.len())
            .filter(|&i| seen[i].article == a && !seen[i].furniture)
            .filter(|&i| assignment[i].is_some_and(|s| !stops[s].onward))
            .collect();
        let stop_of = |i: usize| assignment[i].unwrap_or(0);
        // Section headings, in order.
        let headings: Vec<usize> = dedup(
            visits
                .iter()
                .filter(|&&i| seen[i].kind == VisitKind::Heading)
                .map(|&i| stop_of(i)),
        );
        for pair in headings.windows(2) {
            w[pair[0]][pair[1]] += W_STRONG;
        }
        // Lists: "travel from A to B, C and D" in order; any other list weakly.
        for (_, sentence, members) in sentences.iter().filter(|(x, _, _)| *x == a) {
            let sentence = *sentence;
            let members: Vec<usize> = members
                .iter()
                .copied()
                .filter(|i| visits.contains(i))
                .collect();
            let words = crate::words::padded(sentence.of(&article.text));
            for list in groups(&article.text, &members, seen) {
                let from = ["travel from", "took him from", "took her from", "flew from"];
                let span = super::group_span(&list, seen);
                let inside =
                    crate::words::padded(article.text.get(span.start..span.end).unwrap_or(""));
                // A list told in sequence ("Angola then Congo and finally the DRC", "…,
                // respectively, to Turkey, Greece …") is in order; one looking back ("after
                // visiting Jordan, Turkey and Greece") often is not.
                let sequenced = has_phrase(&inside, &["then", "finally", "later"])
                    || has_phrase(&words, &["respectively"])
                    || from.contains(&seen[list[0]].cue.as_str());
                let weight = if sequenced {
                    W_STRONG
                } else if seen[list[0]].kind == VisitKind::Left {
                    0
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
                if LOOKING_BACK
                    .iter()
                    .chain(super::visits::LOOKED_BACK_ON)
                    .any(|p| lead.ends_with(p))
                    || after_someone_did(lead)
                    // "After his address in Belfast, Mr Biden travelled to Dublin": inside a
                    // fronted clause of "after".
                    || (lead.starts_with("after ") && !lead.contains(','))
                {
                    before_the_others(&mut w, stop_of(i), members.iter().map(|&j| stop_of(j)));
                }
            }
            // Position phrases: the visit nearest before the phrase (else the first after it).
            for last in [true, false] {
                let Some((phrase_at, phrase_end)) = first_phrase(&lower, last)
                    .map(|(at, end)| (sentence.start + at, sentence.start + end))
                else {
                    continue;
                };
                let before = members
                    .iter()
                    .filter(|&&i| seen[i].mention.end <= phrase_at)
                    .max_by_key(|&&i| seen[i].mention.start);
                let after = members
                    .iter()
                    .filter(|&&i| seen[i].mention.start >= phrase_at)
                    .min_by_key(|&&i| seen[i].mention.start);
                // "… embarked for China to attend the SCO Summit after concluding his visit to
                // Japan": what was concluded came before the sentence's other stops.
                let lead = lower.get(..phrase_at - sentence.start).unwrap_or("");
                if last && (lead.ends_with(" after ") || lead == "after ") {
                    if let Some(&i) = after {
                        before_the_others(&mut w, stop_of(i), members.iter().map(|&j| stop_of(j)));
                    }
                    continue;
                }
                // "… and make a final stop in Tunisia": the stop named right after the phrase.
                let named_after = after.is_some_and(|&j| {
                    let between = article
                        .text
                        .get(phrase_end..seen[j].mention.start)
                        .unwrap_or("");
                    let words: Vec<&str> = between.split_whitespace().collect();
                    words.len() <= 4
                        && words.first().is_some_and(|w| {
                            matches!(*w, "in" | "at" | "to" | "will" | "was" | "is")
                        })
                });
                // "Lai arrived in Palau on Dec. 5. It was the last stop on his tour, which
                // included the Marshall Islands and Tuvalu": "It" is the stop told just before.
                let told_just_before = || {
                    visits
                        .iter()
                        .filter(|&&j| seen[j].sentence.end <= sentence.start)
                        .max_by_key(|&&j| seen[j].mention.start)
                };
                let of_it = before.is_none()
                    && !named_after
                    && ["it ", "this ", "that "]
                        .iter()
                        .any(|p| lead.starts_with(p));
                let chosen = if named_after {
                    after
                } else if of_it {
                    told_just_before()
                } else {
                    before.or(after)
                };
                let Some(&i) = chosen else {
                    continue;
                };
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
            if seen[i].kind == VisitKind::Heading {
                continue;
            }
            let told_before = visits[..k]
                .iter()
                .rev()
                .find(|&&j| seen[j].kind != VisitKind::Heading && stop_of(j) != stop_of(i));
            let in_sentence = told_before.filter(|&&j| seen[j].sentence == seen[i].sentence);
            let from = in_sentence.map_or(seen[i].sentence.start, |&j| seen[j].mention.end);
            let lead =
                crate::words::padded(article.text.get(from..seen[i].mention.start).unwrap_or(""));
            let words = crate::words::padded(seen[i].sentence.of(&article.text));
            // The first stop of its sentence follows the one told before only when the word
            // comes before it, or when it is the sentence's only stop ("Bangkok was next"):
            // "… summit in Phnom Penh, before heading to Bali" puts Bali after Phnom Penh, not
            // Phnom Penh after the headline's Tunisia.
            let alone = || {
                !visits.iter().any(|&j| {
                    seen[j].sentence == seen[i].sentence
                        && seen[j].kind != VisitKind::Heading
                        && stop_of(j) != stop_of(i)
                })
            };
            let sequenced = match in_sentence {
                Some(_) => has_phrase(&lead, SEQUENCE),
                None => {
                    (has_phrase(&lead, SEQUENCE) || (has_phrase(&words, SEQUENCE) && alone()))
                        && !has_phrase(&lead, &["after visiting"])
                }
            };
            if !sequenced {
                continue;
            }
            let previous = in_sentence.or_else(|| {
                visits[..k].iter().rev().find(|&&j| {
                    seen[j].sentence != seen[i].sentence && seen[j].kind != VisitKind::Heading
                })
            });
            if let Some(&j) = previous {
                if stop_of(j) != stop_of(i) {
                    w[stop_of(j)][stop_of(i)] += W_STRONG;
                }
            }
        }
    }
    ordinals(stops, seen, assignment, articles, &mut w);
    w
}

/// A strong vote for stop `s` before each other stop its sentence tells.
fn before_the_others(w: &mut [Vec<i64>], s: usize, others: impl Iterator<Item = usize>) {
    for o in others {
        if o != s {
            w[s][o] += W_STRONG;
        }
    }
}

/// Where the first phrase of `LAST` (or of `FIRST`, when `last` is false) stands in `lower` as
/// whole words, start and end: "ended a" is not in "attended a". One pass of an automaton per
/// list, built once.
fn first_phrase(lower: &str, last: bool) -> Option<(usize, usize)> {
    let phrases = if last { LAST } else { FIRST };
    static AUTOMATA: OnceLock<Option<[AhoCorasick; 2]>> = OnceLock::new();
    let automata = AUTOMATA
        .get_or_init(|| Some([AhoCorasick::new(LAST).ok()?, AhoCorasick::new(FIRST).ok()?]));
    let whole = |at: usize, end: usize| {
        let before = lower.get(..at).and_then(|b| b.chars().next_back());
        let after = lower.get(end..).and_then(|a| a.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let found = |at: usize, end: usize, p: &str| whole(at, end) && of_the_trip(lower, p, at);
    match automata {
        Some(automata) => automata[usize::from(!last)]
            .find_overlapping_iter(lower)
            .filter(|m| {
                phrases
                    .get(m.pattern().as_usize())
                    .is_some_and(|p| found(m.start(), m.end(), p))
            })
            .map(|m| (m.start(), m.end()))
            .min(),
        // (Unreachable: the lists are small and plain.)
        None => phrases
            .iter()
            .flat_map(|p| lower.match_indices(p))
            .filter(|(at, p)| found(*at, at + p.len(), p))
            .map(|(at, p)| (at, at + p.len()))
            .min(),
    }
}

/// "The tour began in Tokyo", "he ended in Lagos", not "Arab Spring protests began in Tunisia":
/// a phrase of beginning or ending with no subject of its own (the trip's words, or a pronoun)
/// tells something else's start or end.
fn of_the_trip(lower: &str, phrase: &str, at: usize) -> bool {
    if !matches!(phrase, "began in" | "started in" | "ended in") {
        return true;
    }
    let before = lower.get(..at).unwrap_or("").split_whitespace().next_back();
    matches!(
        before.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())),
        Some(
            "tour"
                | "trip"
                | "visit"
                | "journey"
                | "leg"
                | "swing"
                | "he"
                | "she"
                | "they"
                | "it"
                | "which"
                | "that"
                | "and"
        )
    )
}

/// What stands right before a place the traveller had been to before the sentence's others
/// ("After visiting Jordan, …"), besides the cues `visits::LOOKED_BACK_ON`.
const LOOKING_BACK: &[&str] = &["after visiting", "after leaving", "after departing"];

/// "after Xi visited Paris", "after he left Luanda": the place was before the sentence's others.
fn after_someone_did(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let n = words.len();
    n >= 3
        && words[n - 3] == "after"
        && matches!(
            words[n - 1],
            "visited" | "left" | "toured" | "departed" | "leaving" | "visiting"
        )
}

/// "Jordan, the third stop of his tour", "first stop in Gabon", "the last leg": a stop's place in
/// the trip as an article gives it, against the other stops that article places or names.
fn ordinals(
    stops: &[Stop],
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    w: &mut [Vec<i64>],
) {
    for (a, article) in articles.iter().enumerate() {
        let told: Vec<usize> = (0..seen.len())
            .filter(|&i| seen[i].article == a && !seen[i].furniture)
            .filter(|&i| assignment[i].is_some_and(|s| !stops[s].onward))
            .collect();
        let mut placed: Vec<(usize, i64)> = Vec::new();
        for &i in &told {
            // "after three days in Kenya, the second leg": the place looked back on is not the
            // one the ordinal names.
            if seen[i].kind == VisitKind::Left {
                continue;
            }
            let lead = article
                .text
                .get(seen[i].sentence.start..seen[i].mention.start)
                .unwrap_or("")
                .to_lowercase();
            if lead.contains("after ") {
                continue;
            }
            if let Some(n) =
                super::visits::ordinal_near(&article.text, seen[i].sentence, seen[i].mention)
            {
                let s = assignment[i].unwrap_or(0);
                if !placed.iter().any(|(x, _)| *x == s) {
                    placed.push((s, n));
                }
            }
        }
        let others: Vec<usize> = dedup(told.iter().filter_map(|&i| assignment[i]));
        for &(s, n) in &placed {
            for &o in &others {
                if o == s {
                    continue;
                }
                match placed.iter().find(|(x, _)| *x == o) {
                    Some(&(_, m)) if m < n => w[o][s] += W_STRONG,
                    Some(&(_, m)) if m > n => w[s][o] += W_STRONG,
                    Some(_) => {}
                    None if n == 1 => w[s][o] += W_STRONG,
                    None if n == i64::MAX => w[o][s] += W_STRONG,
                    None => {}
                }
            }
        }
    }
}

/// The order of `items` that maximises the weight of the pairs it keeps (ties: first appearance).
pub(super) fn kemeny(items: &[usize], w: &[Vec<i64>]) -> Vec<usize> {
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

#[cfg(test)]
mod tests {
    use super::kemeny;
    use crate::trip::analyzed;

    #[test]
    fn a_weekday_counted_from_a_guessed_date_does_not_make_the_order() {
        // The itinerary lists Tunis last; the page about Tunis has no date of its own, so its
        // "on Saturday" is counted from a guess (8 March, before Lima). The order comes first
        // without it, and the Saturday is then the one after Quito.
        let texts = [
            "Minister to Tour\n10 March 2031\n\nMinister Ines Halvorsen will visit Lima, Quito and Tunis from March 12 to 16, her office said.",
            "Minister in Lima\n12 March 2031\n\nMinister Ines Halvorsen arrived in Lima on Wednesday.",
            "Minister in Quito\n14 March 2031\n\nMinister Ines Halvorsen held talks in Quito on Friday.",
            "Minister pledges help\n\nDuring a visit to Tunis, Minister Ines Halvorsen pledged on Saturday to fund new schools.",
        ];
        let stops = |texts: &[&str]| -> Vec<(String, String)> {
            let a = crate::trip::analyzed_as_given(texts);
            a.stops
                .iter()
                .map(|s| {
                    (
                        a.places[s.place].name.clone(),
                        s.days.map(|d| d.start.to_string()).unwrap_or_default(),
                    )
                })
                .collect()
        };
        let want = [
            ("Lima", "2031-03-12"),
            ("Quito", "2031-03-14"),
            ("Tunis", "2031-03-15"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(p, d)| (p.to_string(), d.to_string()))
            .collect();
        assert_eq!(stops(&texts), want);
        // A guessed Wednesday two days before Quito is no surer: Tunis stays after Quito, on no
        // day before it.
        let wednesday = texts[3].replace("on Saturday", "on Wednesday");
        let got = stops(&[texts[0], texts[1], texts[2], &wednesday]);
        let names: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(names, ["Lima", "Quito", "Tunis"]);
        assert!(got[2].1.as_str() > "2031-03-14", "{got:?}");
    }

    #[test]
    fn a_base_arrived_at_first_comes_first() {
        // Baghdad from the arrival on the 5th to talks on the 8th, around Najaf and Erbil; one
        // list in another order.
        let texts = [
            "Foreign Minister Ana Costa visited Najaf on Saturday, March 6, 2021.",
            "Foreign Minister Ana Costa flew from Najaf to Erbil on Sunday, March 7, 2021, for talks.",
            "Foreign Minister Ana Costa arrived in Baghdad on Friday, March 5, 2021.",
            "Foreign Minister Ana Costa held talks in Baghdad on Monday, March 8, 2021, at the end of her visit.",
            "Foreign Minister Ana Costa met the president in Baghdad on Monday, March 8, 2021.",
            "Foreign Minister Ana Costa met the prime minister in Baghdad on Monday, March 8, 2021.",
            "Foreign Minister Ana Costa has visited Najaf, Erbil and Baghdad this week.",
        ];
        let a = analyzed(&texts);
        let got: Vec<&str> = a
            .stops
            .iter()
            .filter(|s| !s.onward)
            .map(|s| a.places[s.place].name.as_str())
            .collect();
        assert_eq!(got, ["Baghdad", "Najaf", "Erbil"]);
    }

    /// The stops, in the order found.
    fn order(texts: &[&str]) -> Vec<String> {
        let a = analyzed(texts);
        a.stops
            .iter()
            .map(|s| a.places[s.place].name.clone())
            .collect()
    }

    #[test]
    fn the_words_of_order_go_with_the_place_they_tell() {
        // "… and made a final stop in Santiago": the place after the phrase is last, not the one
        // before it.
        let got = order(&[
            "Foreign Minister Ana Costa travelled to Lima, met leaders in Quito and made a final stop in Santiago.",
            "Foreign Minister Ana Costa has visited Santiago, Quito and Lima.",
        ]);
        assert_eq!(got.last().map(String::as_str), Some("Santiago"));
        // "Costa arrived in Quito. It was the last stop on her tour, which included Lima and
        // Santiago": "It" is the stop told just before, not the places after the phrase.
        let got = order(&[
            "Foreign Minister Ana Costa arrived in Quito on Friday. It was the last stop on her tour, which included Lima and Santiago.",
            "Foreign Minister Ana Costa has visited Lima and Santiago.",
        ]);
        assert_eq!(got.last().map(String::as_str), Some("Quito"));
        // "… a summit in Lima, before flying to Quito": Quito after Lima; Lima not after the
        // stop told in the sentence before ("attended a" is no "ended a" either).
        let got = order(&[
            "Foreign Minister Ana Costa arrived in Santiago. Costa attended a summit in Lima, before flying to Quito.",
            "Foreign Minister Ana Costa has visited Lima and Santiago.",
        ]);
        assert_eq!(got.first().map(String::as_str), Some("Lima"));
        // "After her address in Lima, Costa travelled to Quito": inside a fronted "after".
        let got = order(&[
            "After her address in Lima, Foreign Minister Ana Costa travelled to Quito.",
            "Foreign Minister Ana Costa has visited Quito and Lima.",
        ]);
        assert_eq!(got, ["Lima", "Quito"]);
        // "… left for Quito after concluding her visit to Lima": what was concluded came first.
        let got = order(&[
            "Costa Leaves for Ecuador After Concluding Peru Visit\nLima [Peru], March 30: Foreign Minister Ana Costa on Saturday embarked for Ecuador to attend a summit after concluding her visit to Peru.",
            "Foreign Minister Ana Costa has visited Quito and Lima.",
        ]);
        assert_eq!(got, ["Lima", "Quito"]);
        // "Protests began in Tunisia": another thing's beginning, not the trip's.
        let got = order(&[
            "Foreign Minister Ana Costa visited Egypt and Tunisia. Costa said the protests began in Tunisia, leading to elections.",
        ]);
        assert_eq!(got, ["Egypt", "Tunisia"]);
    }

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
