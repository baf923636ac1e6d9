//! Grouping visits into stops: visits merge by country (a city, its region and its country are one
//! stop), a country splits into several stops when one article puts the traveller in two of its
//! cities, and each stop is shown at its most precise place.

use super::{dedup, distance_km, precision, Seen};
use crate::model::{Article, Confidence, Place, PlaceKind, Stop};

/// Every visit whose place has a country.
pub(super) fn collect(articles: &[Article], places: &[Place]) -> Vec<Seen> {
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
                kind: visit.kind,
            });
        }
    }
    out
}

/// What identifies a stop: its country, and its city when the country holds several stops.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Key {
    country: String,
    city: Option<usize>,
}

/// Assigns each visit to a stop key; stops come out in order of first appearance.
pub(super) fn align(seen: &[Seen], places: &[Place]) -> (Vec<Key>, Vec<Option<usize>>) {
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

pub(super) fn new_stop(
    key: &Key,
    members: &[&Seen],
    articles: &[Article],
    places: &[Place],
) -> Stop {
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
        edited: Vec::new(),
    }
}
