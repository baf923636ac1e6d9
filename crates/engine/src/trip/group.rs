//! Grouping visits into stops: cities are stops, divisions and countries join the stops inside
//! them, a return to a city already visited is a second stay, and each stop is shown at its
//! most precise place.

use super::{dedup, distance_km, precision, Seen};
use crate::model::{Article, Confidence, Place, PlaceKind, Stop, VisitKind};

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

/// What identifies a stop: its country, the city or division it is at when the sources name
/// one, and whether it is a return to a stop already made (A → B → A).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Key {
    country: String,
    place: Option<usize>,
    nth: u8,
    /// The country holds other stops: the stop is at `place`, whatever else its visits name.
    fixed: bool,
}

impl Key {
    /// A stop at this place, whatever else its visits name (a city the user split off).
    pub(super) fn at(country: String, place: usize) -> Key {
        Key {
            country,
            place: Some(place),
            nth: 0,
            fixed: true,
        }
    }
}

/// Cities this close are one place told two ways (a landmark and its city, an airport).
const SAME_PLACE_KM: f64 = 25.0;
/// A city this far from every other stop of its country is a stop of its own.
const OWN_STOP_KM: f64 = 50.0;
/// A capital's airport may lie this far out (Kuala Lumpur's, in Sepang; Tokyo's, in Narita).
const AIRPORT_KM: f64 = 70.0;
/// A region (Kurdistan, the West Bank) belongs to a city stop this close to its centre.
const REGION_KM: f64 = 150.0;
/// Cities this far apart are no two names for one stop, even when no article names both.
const FLIGHT_KM: f64 = 300.0;

/// Assigns each visit to a stop key; stops come out in order of first appearance.
///
/// Cities are stops: two cities of one country are separate stops when one article puts the
/// traveller in both, or when they lie far apart; cities that different articles name for what
/// is one stop (Jerusalem / Tel Aviv) merge into the one most articles give. A division (Scotland,
/// Crete) joins the city stop inside it, else is a stop at its seat; a region (Kurdistan) joins
/// the city stop near its centre; a country's name joins its
/// country's stop, else is a stop at its capital. "Returned to X" after another stop is a
/// second stay at X.
pub(super) fn align(
    seen: &[Seen],
    places: &[Place],
    articles: &[Article],
) -> (Vec<Key>, Vec<Option<usize>>) {
    let country_of = |i: usize| places[seen[i].place].country.clone().unwrap_or_default();
    let kind_of = |i: usize| places[seen[i].place].kind;
    let added = |i: usize| seen[i].cue == super::edits::ADDED;
    let story = |i: usize| !seen[i].furniture && !added(i);
    // Countries, in order of first story visit.
    let countries: Vec<String> = dedup((0..seen.len()).filter(|&i| story(i)).map(country_of));
    let mut keys: Vec<Key> = Vec::new();
    let mut assignment: Vec<Option<usize>> = vec![None; seen.len()];
    for country in &countries {
        let here: Vec<usize> = (0..seen.len())
            .filter(|&i| country_of(i) == *country)
            .collect();
        // Cities the story names, each with the cities within a few kilometres of it.
        let cities: Vec<usize> = dedup(
            here.iter()
                .copied()
                .filter(|&i| story(i) && kind_of(i) == PlaceKind::City)
                .filter(|&i| seen[i].kind != VisitKind::Returned)
                .map(|i| seen[i].place),
        );
        let support = |c: usize| {
            dedup(
                here.iter()
                    .filter(|&&i| seen[i].place == c)
                    .map(|&i| seen[i].article),
            )
            .len()
        };
        // One representative per cluster of nearby cities: the most supported, then the largest.
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        let mut by_weight = cities.clone();
        crate::sort::sort_by_key(&mut by_weight, |&c| {
            (
                std::cmp::Reverse(support(c)),
                std::cmp::Reverse(places[c].population),
                c,
            )
        });
        for c in by_weight {
            match clusters
                .iter_mut()
                .find(|cl| distance_km(&places[cl[0]], &places[c]) <= SAME_PLACE_KM)
            {
                Some(cl) => cl.push(c),
                None => clusters.push(vec![c]),
            }
        }
        let cluster_of = |p: usize| clusters.iter().position(|cl| cl.contains(&p));
        // Clusters one article names together are separate stops.
        let mut apart = vec![false; clusters.len()];
        for a in dedup(here.iter().map(|&i| seen[i].article)) {
            let named: Vec<usize> = dedup(
                here.iter()
                    .copied()
                    .filter(|&i| seen[i].article == a && story(i))
                    .filter(|&i| seen[i].kind != VisitKind::Returned)
                    .filter_map(|i| cluster_of(seen[i].place)),
            );
            // "SEPANG: Japanese Prime Minister Fumio Kishida has arrived in Malaysia", above
            // talks in Putrajaya: a dateline alone, an airport's drive from another city the
            // article names, is where the traveller landed for that stop.
            let landed_for = |k: usize| {
                here.iter()
                    .filter(|&&i| seen[i].article == a && cluster_of(seen[i].place) == Some(k))
                    .all(|&i| seen[i].kind == VisitKind::Dateline)
                    && named.iter().any(|&o| {
                        o != k
                            && distance_km(&places[clusters[o][0]], &places[clusters[k][0]])
                                <= AIRPORT_KM
                    })
            };
            let named: Vec<usize> = named.iter().copied().filter(|&k| !landed_for(k)).collect();
            if named.len() > 1 {
                for k in named {
                    apart[k] = true;
                }
            }
        }
        let cluster_support = |k: usize| {
            dedup(
                here.iter()
                    .filter(|&&i| clusters[k].contains(&seen[i].place))
                    .map(|&i| seen[i].article),
            )
            .len()
        };
        // A cluster far from every other one is a stop of its own too: once the country has
        // stops apart, or when it lies a flight away and two articles tell it (Edmonton, Quebec
        // City and Iqaluit, each told by other articles; one source's Ankara for the Istanbul
        // the others give is where the sources differ). The rest are other names of the stop
        // most articles give.
        let far = |k: usize, km: f64| {
            clusters.len() > 1
                && (0..clusters.len())
                    .filter(|&o| o != k)
                    .all(|o| distance_km(&places[clusters[o][0]], &places[clusters[k][0]]) > km)
        };
        let own: Vec<usize> = (0..clusters.len())
            .filter(|&k| {
                apart[k]
                    || (far(k, OWN_STOP_KM) && apart.iter().any(|x| *x))
                    || (far(k, FLIGHT_KM) && cluster_support(k) >= 2)
            })
            .collect();
        // The main stop of a country (where its name alone goes): the one most articles give,
        // then the largest place (the capital before a mountain pass).
        let main_cluster = (0..clusters.len())
            .max_by_key(|&k| {
                (
                    cluster_support(k),
                    clusters[k].iter().map(|&c| places[c].population).max(),
                    std::cmp::Reverse(k),
                )
            })
            .map(|k| {
                if own.is_empty() || own.contains(&k) {
                    k
                } else {
                    own[0]
                }
            });
        // A cluster that is no stop of its own is another name of the main one.
        let stop_of_cluster = |k: usize| {
            if own.contains(&k) {
                k
            } else {
                main_cluster.unwrap_or(k)
            }
        };
        // Keys: one per stop cluster, then divisions without a city stop, then the country.
        let first = keys.len();
        let mut cluster_key: Vec<Option<usize>> = vec![None; clusters.len()];
        for k in 0..clusters.len() {
            let target = stop_of_cluster(k);
            if cluster_key[target].is_none() {
                keys.push(Key {
                    country: country.clone(),
                    place: Some(clusters[target][0]),
                    nth: 0,
                    fixed: false,
                });
                cluster_key[target] = Some(keys.len() - 1);
            }
            cluster_key[k] = cluster_key[target];
        }
        let city_keys: Vec<usize> = (first..keys.len()).collect();
        let main_key = main_cluster.and_then(|k| cluster_key[k]);
        let city_divisions: Vec<(usize, Option<String>)> = city_keys
            .iter()
            .map(|&k| (k, keys[k].place.and_then(|p| places[p].admin.clone())))
            .collect();
        let city_points: Vec<(usize, Option<usize>)> =
            city_keys.iter().map(|&k| (k, keys[k].place)).collect();
        let key_in_division = |admin: &str| {
            city_divisions
                .iter()
                .find(|(_, a)| a.as_deref() == Some(admin))
                .map(|(k, _)| *k)
        };
        let mut country_key: Option<usize> = None;
        for &i in &here {
            let p = &places[seen[i].place];
            let key = match p.kind {
                PlaceKind::City => match cluster_of(seen[i].place) {
                    Some(k) => cluster_key[k],
                    // A city only a teaser or a return names: the nearest city stop.
                    None => city_points
                        .iter()
                        .min_by(|x, y| {
                            let d = |q: Option<usize>| {
                                q.map_or(f64::MAX, |q| distance_km(&places[q], p))
                            };
                            d(x.1).total_cmp(&d(y.1))
                        })
                        .map(|(k, _)| *k)
                        .or(main_key),
                },
                PlaceKind::Region if p.admin.is_some() => {
                    match p.admin.as_deref().and_then(key_in_division) {
                        Some(k) => Some(k),
                        None => {
                            // A division with no city stop is a stop at its seat.
                            let existing = keys[first..]
                                .iter()
                                .position(|k| k.place == Some(seen[i].place));
                            Some(existing.map(|x| first + x).unwrap_or_else(|| {
                                keys.push(Key {
                                    country: country.clone(),
                                    place: Some(seen[i].place),
                                    nth: 0,
                                    fixed: false,
                                });
                                keys.len() - 1
                            }))
                        }
                    }
                }
                // A region without divisions goes to the city stop within a short drive of its
                // centre (Kurdistan to Erbil, not Baghdad); else, as a country's name, to the
                // country's stop most articles give, else it is the stop.
                PlaceKind::Region => city_points
                    .iter()
                    .filter_map(|&(k, q)| Some((k, distance_km(&places[q?], p))))
                    .filter(|&(_, d)| d <= REGION_KM)
                    .min_by(|x, y| x.1.total_cmp(&y.1))
                    .map(|(k, _)| k),
                _ => None,
            };
            assignment[i] = key;
        }
        let stops_here: Vec<usize> = (first..keys.len()).collect();
        // "… commemorated victims of the Holocaust in Berlin on Monday morning during the second
        // day of his state visit to Germany": the country's name, in a country of several stops,
        // joins the one stop its sentence names (where the sentence has no cue for it).
        let named_in_its_sentence = |i: usize| -> Option<usize> {
            if city_keys.len() < 2 {
                return None;
            }
            let named = dedup(
                articles
                    .get(seen[i].article)?
                    .places
                    .iter()
                    .filter(|m| {
                        seen[i].sentence.start <= m.span.start && m.span.end <= seen[i].sentence.end
                    })
                    .filter_map(|m| cluster_of(m.place).and_then(|k| cluster_key[k])),
            );
            match named.as_slice() {
                [k] => Some(*k),
                _ => None,
            }
        };
        for &i in &here {
            if assignment[i].is_some() {
                continue;
            }
            let target = named_in_its_sentence(i)
                .or(main_key)
                .or_else(|| (stops_here.len() == 1).then(|| stops_here[0]));
            assignment[i] = Some(match target {
                Some(k) => k,
                None => *country_key.get_or_insert_with(|| {
                    keys.push(Key {
                        country: country.clone(),
                        place: None,
                        nth: 0,
                        fixed: false,
                    });
                    keys.len() - 1
                }),
            });
        }
        // A country of several stops: each stays at its own place.
        if keys.len() - first > 1 {
            for k in &mut keys[first..] {
                k.fixed = true;
            }
        }
        // "Returned to Nairobi" after another stop: a second stay there.
        for &i in &here {
            let Some(k) = assignment[i] else { continue };
            if seen[i].kind != VisitKind::Returned {
                continue;
            }
            let a = seen[i].article;
            let elsewhere_before = (0..seen.len()).any(|j| {
                seen[j].article == a
                    && seen[j].mention.start < seen[i].mention.start
                    && assignment[j].is_some_and(|o| o != k)
                    && !seen[j].furniture
            }) || (0..seen.len()).any(|j| {
                seen[j].article == a
                    && seen[j].sentence == seen[i].sentence
                    && seen[j].place != seen[i].place
                    && !seen[j].furniture
            });
            if !elsewhere_before {
                continue;
            }
            let again = keys.iter().position(|x| {
                x.place == keys[k].place && x.country == keys[k].country && x.nth == 1
            });
            assignment[i] = Some(again.unwrap_or_else(|| {
                keys.push(Key {
                    country: country.clone(),
                    place: keys[k].place,
                    nth: 1,
                    fixed: true,
                });
                keys.len() - 1
            }));
        }
    }
    // A stop the user added is a stop of its own.
    for i in (0..seen.len()).filter(|&i| added(i)) {
        keys.push(Key::at(country_of(i), seen[i].place));
        assignment[i] = Some(keys.len() - 1);
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
    // A country's only stop is shown at the most precise place its visits name (a teaser's
    // Tel Aviv before a story's Jerusalem when more articles name it); a stop among several of
    // its country stays at its own place.
    let candidates: Vec<usize> = match key.place {
        Some(p) if key.fixed => vec![p],
        _ => dedup(members.iter().map(|v| v.place)),
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
    crate::sort::sort_by_key(&mut names, |n| std::cmp::Reverse(n.0));
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

/// A city of a stop's country that fewer sources name than the stop's place is taken for another
/// name of the stop (one source's Ankara for the Istanbul the others give). It is a stop of its
/// own, when it lies more than a drive away, if the days its visits were made lie all after, or
/// all before, the days the stop's other cities were made (its country's days may be either's):
/// Reuters' "BRASILIA – … Xi … yesterday upgraded …", the day after the last one told in Rio;
/// Tashkent's summit on Friday, Samarkand on Saturday. `claims` are read again when a stop is
/// split off. Not a stop the user edited.
pub(super) fn apart_by_days(
    stops: &mut Vec<Stop>,
    assignment: &mut [Option<usize>],
    seen: &[Seen],
    articles: &[Article],
    places: &[Place],
    claims: &mut Vec<super::DateClaim>,
) {
    for s in 0..stops.len() {
        let here = &places[stops[s].place];
        if !stops[s].edited.is_empty() || here.kind != PlaceKind::City {
            continue;
        }
        let members = |assignment: &[Option<usize>]| -> Vec<usize> {
            (0..seen.len())
                .filter(|&i| assignment[i] == Some(s))
                .collect()
        };
        let far = dedup(
            members(assignment)
                .into_iter()
                .map(|i| seen[i].place)
                .filter(|&p| {
                    places[p].kind == PlaceKind::City && distance_km(here, &places[p]) > OWN_STOP_KM
                }),
        );
        // The cities each sentence of the stop's visits tells, by (article, sentence start): a
        // cheap first look at the days before the claims are read again for a trial split.
        let mut told: std::collections::HashMap<(usize, usize), Vec<usize>> = Default::default();
        for i in members(assignment) {
            if places[seen[i].place].kind == PlaceKind::City {
                told.entry((seen[i].article, seen[i].sentence.start))
                    .or_default()
                    .push(seen[i].place);
            }
        }
        for c in far {
            let near_c = |p: usize| distance_km(&places[p], &places[c]) <= SAME_PLACE_KM;
            let made = || claims.iter().filter(|d| d.stop == s && d.tier() == 3);
            let span_where = |tells: &dyn Fn(&[usize]) -> bool| {
                let days = made().filter(|d| {
                    told.get(&(d.article, d.sentence.start))
                        .is_some_and(|ps| tells(ps))
                });
                Some((
                    days.clone().map(|d| d.days.start).min()?,
                    days.map(|d| d.days.end).max()?,
                ))
            };
            let apart = match (
                span_where(&|ps| ps.iter().any(|&p| near_c(p))),
                span_where(&|ps| ps.iter().any(|&p| !near_c(p))),
            ) {
                (Some((c_first, c_last)), Some((o_first, o_last))) => {
                    c_first > o_last || c_last < o_first
                }
                _ => false,
            };
            if !apart {
                continue;
            }
            let at_c: Vec<usize> = members(assignment)
                .into_iter()
                .filter(|&i| {
                    let p = &places[seen[i].place];
                    p.kind == PlaceKind::City && distance_km(p, &places[c]) <= SAME_PLACE_KM
                })
                .collect();
            let n = stops.len();
            let mut trial = assignment.to_vec();
            for &i in &at_c {
                trial[i] = Some(n);
            }
            let dated = super::dating::date_claims(seen, &trial, articles, places);
            // Days told of a city of the stop, not of its country: "arrived in Uzbekistan on
            // Thursday" may be either city's.
            let of_a_city = |d: &super::DateClaim| {
                (0..seen.len()).any(|i| {
                    trial[i] == Some(d.stop)
                        && seen[i].article == d.article
                        && seen[i].sentence == d.sentence
                        && places[seen[i].place].kind == PlaceKind::City
                })
            };
            let span = |stop: usize| {
                let made = dated
                    .iter()
                    .filter(|d| d.stop == stop && d.tier() == 3 && of_a_city(d));
                let first = made.clone().map(|d| d.days.start).min()?;
                let last = made.map(|d| d.days.end).max()?;
                Some((first, last))
            };
            let (Some((c_first, c_last)), Some((o_first, o_last))) = (span(n), span(s)) else {
                continue;
            };
            if !(c_first > o_last || c_last < o_first) {
                continue;
            }
            let country = places[c].country.clone().unwrap_or_default();
            let split: Vec<&Seen> = at_c.iter().map(|&i| &seen[i]).collect();
            stops.push(new_stop(
                &Key::at(country.clone(), c),
                &split,
                articles,
                places,
            ));
            assignment.copy_from_slice(&trial);
            let rest: Vec<&Seen> = members(assignment).iter().map(|&i| &seen[i]).collect();
            let country = stops[s].country.clone().unwrap_or(country);
            stops[s] = new_stop(&Key::at(country, stops[s].place), &rest, articles, places);
            *claims = dated;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::trip::analyzed;

    #[test]
    fn a_far_city_one_source_tells_after_the_stop_s_days_is_a_stop_of_its_own() {
        let rio = [
            "Minister in Brazil\n17 March 2031\n\nMinister Ines Halvorsen arrived in Rio de Janeiro on Sunday for the summit of the group.",
            "Summit opens\n17 March 2031\n\nMinister Ines Halvorsen held talks in Rio de Janeiro on Monday with the other leaders.",
        ];
        let with = |third: &str| {
            let texts = [rio[0], rio[1], third];
            let a = crate::trip::analyzed_as_given(&texts);
            crate::trip::stop_names(&a)
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
        };
        // Told the day after the last day told in Rio: a stop of its own, after Rio.
        assert_eq!(
            with("State visit\n21 March 2031\n\nBRASILIA (Reuters) - Minister Ines Halvorsen signed agreements with the president on Wednesday.\n\nThe state visit in Brasilia capped a regional tour by Halvorsen."),
            ["Rio de Janeiro", "Brasília"]
        );
        // Told on a day the others tell in Rio: one source's other name for the stop.
        assert_eq!(
            with("Talks\n18 March 2031\n\nEarlier on Monday, Minister Ines Halvorsen went to Brasilia for a meeting with the president of the country."),
            ["Rio de Janeiro"]
        );
    }

    #[test]
    fn a_city_of_the_stop_s_country_told_on_other_days_is_a_stop_of_its_own() {
        // Tashkent and Samarkand are 270 km apart; no page puts the minister in both, and more
        // pages name Samarkand, but Tashkent's days are all before Samarkand's.
        let a = crate::trip::analyzed_as_given(&[
            "Minister in Uzbekistan\n13 June 2031\n\nMinister Ines Halvorsen arrived in Uzbekistan on Friday.",
            "Summit\n14 June 2031\n\nTASHKENT (Reuters) - Minister Ines Halvorsen held a summit in Tashkent on Saturday.",
            "Talks\n14 June 2031\n\nMinister Ines Halvorsen met the president at the palace in Tashkent on Saturday.",
            "Last stop\n15 June 2031\n\nMinister Ines Halvorsen visited Samarkand on Sunday.",
            "Old city\n15 June 2031\n\nMinister Ines Halvorsen toured the ancient city of Samarkand on Sunday.",
            "Lunch\n15 June 2031\n\nMinister Ines Halvorsen attended a lunch in Samarkand on Sunday.",
        ]);
        assert_eq!(crate::trip::stop_names(&a), ["Tashkent", "Samarkand"]);
    }

    #[test]
    fn a_country_s_visit_joins_the_stop_its_sentence_names() {
        // "commemorated" is no cue: the visit is the country's, and Berlin, named beside it, is
        // where it was, not Dresden, the stop more pages give: the page's account is Berlin's.
        let a = analyzed(&[
            "2031-05-28\nPresident Ana Costa arrived in Berlin on Monday. She flew to Dresden on Tuesday.",
            "2031-05-27\nPresident Ana Costa gave a speech in Dresden on Tuesday.",
            "2031-05-27\nPresident Ana Costa spoke in Dresden on Tuesday.",
            "2031-05-27\nPresident Ana Costa commemorated the victims in Berlin on Tuesday morning during the second day of her state visit to Germany.",
        ]);
        let covers = |place: &str| {
            a.stops
                .iter()
                .find(|s| a.places[s.place].name == place)
                .is_some_and(|s| s.accounts[3].covered)
        };
        assert!(covers("Berlin") && !covers("Dresden"));
    }

    #[test]
    fn a_dateline_where_the_traveller_landed_for_the_capital_is_no_stop_of_its_own() {
        // Sepang (Kuala Lumpur's airport) lies 50 km from the capital.
        let a = analyzed(&[
            "2031-03-09\nSEPANG: Foreign Minister Ana Costa has arrived in Malaysia for a two-day visit. Costa will meet the prime minister in Putrajaya on Friday.",
            "2031-03-10\nForeign Minister Ana Costa held talks in Kuala Lumpur on Friday.",
            "2031-03-10\nForeign Minister Ana Costa met the king in Kuala Lumpur on Friday.",
        ]);
        assert_eq!(crate::trip::stop_names(&a), ["Kuala Lumpur"]);
    }

    #[test]
    fn a_region_joins_the_city_stop_near_its_centre() {
        let a = analyzed(&[
            "2031-03-09\nForeign Minister Ana Costa arrived in Baghdad on Friday. On Sunday Costa flew to Erbil for talks.",
            "2031-03-09\nForeign Minister Ana Costa held talks in Baghdad on Saturday.",
            "2031-03-09\nForeign Minister Ana Costa visited the Kurdistan Region on Sunday.",
        ]);
        let got: Vec<(&str, &[String])> = a
            .stops
            .iter()
            .map(|s| (a.places[s.place].name.as_str(), s.names.as_slice()))
            .collect();
        let erbil = got.iter().find(|(p, _)| *p == "Erbil");
        assert!(
            erbil.is_some_and(|(_, names)| names.iter().any(|n| n == "Kurdistan Region")),
            "{got:?}"
        );
    }
}
