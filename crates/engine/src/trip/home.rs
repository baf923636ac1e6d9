//! The traveller's home: where the trip starts and ends, which is no stop. It is the country a
//! role names as theirs ("US Secretary of State" → US, "Britain's Prime Minister" → GB) with its
//! capital, any place the traveller only leaves from or returns to ("depart Rome", "returned
//! to Rome", "before he returns to Washington"), and a place in the home country only left
//! ("before leaving Istanbul"): a role with no nationality (Pope, King, UN
//! Secretary-General) still has a home. The rest of the home country stays in the trip: a stop
//! on the way back (Anchorage) and a trip at home (a campaign swing, a royal tour) have stops.

use super::Seen;
use crate::gazetteer::Gazetteer;
use crate::model::{Place, PlaceKind, VisitKind};

/// The country a role names as the traveller's own: "US Secretary of State" → US, "Japanese
/// Prime Minister" → JP.
pub(crate) fn home_country(role: &str) -> Option<String> {
    // An office that is a state's own: the Pope is the Vatican's.
    if role
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("pope") || w.eq_ignore_ascii_case("pontiff"))
    {
        return Some("VA".to_string());
    }
    let words: Vec<String> = role
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .trim_end_matches('.')
                .to_lowercase()
        })
        .collect();
    let demonyms = crate::lexicon::demonyms();
    // A demonym of two words first: "South Korean President" is South Korea's ("Korean" alone
    // is no one country's).
    let two = words
        .windows(2)
        .find_map(|w| demonyms.get(format!("{} {}", w[0], w[1]).as_str()));
    two.or_else(|| words.iter().find_map(|w| demonyms.get(w.as_str())))
        .map(|iso| iso.to_string())
        .filter(|iso| iso != "-")
}

/// The country a traveller's roles name most often as theirs ("Britain's Prime Minister",
/// "British Prime Minister", "UK Prime Minister" → GB).
pub(crate) fn home_of_roles<'a>(roles: impl Iterator<Item = &'a str>) -> Option<String> {
    let gazetteer = Gazetteer::bundled();
    let mut votes: Vec<(String, usize)> = Vec::new();
    for role in roles {
        let by_demonym = home_country(role);
        // "Britain's Prime Minister", "Kenya's President": a possessive country.
        let by_country = || {
            role.split_whitespace().find_map(|w| {
                let w = w.trim_end_matches("'s").trim_end_matches("’s");
                (w != role.trim() || role.contains('\'') || role.contains('’'))
                    .then(|| gazetteer.country_named(w))
                    .flatten()
            })
        };
        if let Some(iso) = by_demonym.or_else(by_country) {
            match votes.iter_mut().find(|(c, _)| *c == iso) {
                Some(v) => v.1 += 1,
                None => votes.push((iso, 1)),
            }
        }
    }
    votes.into_iter().max_by_key(|(_, n)| *n).map(|(c, _)| c)
}

/// Home is this close to the home capital or to a home place (Downing Street is London).
const HOME_KM: f64 = 30.0;

/// Where the trip starts and ends.
pub(super) struct Home {
    country: Option<String>,
    /// Points that are home: the home capital, places only left from or returned to.
    points: Vec<(f64, f64)>,
}

impl Home {
    pub(super) fn find(seen: &[Seen], places: &[Place], country: Option<&str>) -> Home {
        let mut points = Vec::new();
        if let Some(capital) = country.and_then(|c| Gazetteer::bundled().country(c)) {
            points.push((capital.lat, capital.lon));
        }
        // A place the trip leaves from and returns to is where the traveller lives, not a stop:
        // Rome for the Pope.
        for p in super::dedup(seen.iter().map(|v| v.place)) {
            let told: Vec<&Seen> = seen.iter().filter(|v| v.place == p).collect();
            let returned = told.iter().any(|v| v.kind == VisitKind::Returned);
            let left = told.iter().any(|v| v.kind == VisitKind::Left);
            // "… before flying back to Rome. The papal plane is set to land in Rome at 10.15pm":
            // a landing still to come, beside a return, is that return.
            let arrived = told
                .iter()
                .any(|v| v.kind == VisitKind::Arrived && !(returned && v.onward));
            let stayed_but_filed = told.iter().any(|v| {
                matches!(
                    v.kind,
                    VisitKind::Stayed | VisitKind::Listed | VisitKind::Heading
                )
            });
            let stayed = stayed_but_filed || told.iter().any(|v| v.kind == VisitKind::Dateline);
            // The trip starts and ends there ("depart Rome … returned to Rome"), or it is only
            // gone back to ("before he returns to Washington"); "landed in Nairobi … before
            // returning to Nairobi" is a base the trip comes back to, not home.
            // In the home country, a place only left from is where the trip set out ("said
            // before leaving Istanbul"), stories filed there besides ("MONTREAL (AP) — Carney is
            // heading to Paris and London", "departs Montreal, on route to Paris").
            let at_home = country.is_some() && places[p].country.as_deref() == country;
            // With no home country known (a King, a Pope), a country only left from is where
            // the trip set out ("He had left Britain without his wife").
            // Not when a place in it is told as visited ("From Kenya, he will travel to
            // Tanzania" after "touched down in Nairobi").
            let visited_inside = || {
                seen.iter().any(|v| {
                    places[v.place].country == places[p].country
                        && !matches!(v.kind, VisitKind::Left | VisitKind::Returned)
                })
            };
            let unknown_home_country =
                country.is_none() && places[p].kind == PlaceKind::Country && !visited_inside();
            let set_out = ((at_home && !stayed_but_filed) || (unknown_home_country && !stayed))
                && left
                && !arrived
                && !returned;
            if (returned && (left || !arrived) && !stayed) || set_out {
                points.push((places[p].lat, places[p].lon));
            }
        }
        Home {
            country: country.map(str::to_string),
            points,
        }
    }

    /// Whether a place is home: the home country itself, or a place within a few kilometres of
    /// a home point (a division counts by its seat: "returning to England" is London).
    pub(super) fn is(&self, place: &Place) -> bool {
        let own_country = place.kind == PlaceKind::Country
            && self.country.is_some()
            && place.country == self.country;
        own_country
            || self
                .points
                .iter()
                .any(|&(lat, lon)| crate::geo::km(lat, lon, place.lat, place.lon) <= HOME_KM)
    }
}

/// Stops at home that one article alone tells, and not as a journey (no arriving or leaving),
/// in a trip abroad that three articles or more tell: the traveller back home ("Speaking at a
/// public event in Bhubaneswar, PM Narendra Modi said …", in one of 21 pages on his tour of
/// Cyprus, Canada and Croatia) or an event at home ("the G7 summit in Hiroshima"), not a leg.
/// A leg at home is travelled to: "arrived in Iqaluit on Tuesday", after Paris.
pub(super) fn told_once_at_home(
    stops: usize,
    seen: &[Seen],
    assignment: &[Option<usize>],
    places: &[Place],
    country: Option<&str>,
) -> Vec<usize> {
    let Some(country) = country else {
        return Vec::new();
    };
    let told: Vec<(bool, usize)> = (0..stops)
        .map(|s| {
            let members: Vec<&Seen> = super::members(seen, assignment, s).collect();
            let travelled = |v: &&Seen| matches!(v.kind, VisitKind::Arrived | VisitKind::Left);
            let at_home = !members.is_empty()
                && members
                    .iter()
                    .all(|v| places[v.place].country.as_deref() == Some(country))
                && !members.iter().any(travelled);
            (
                at_home,
                super::dedup(members.iter().map(|v| v.article)).len(),
            )
        })
        .collect();
    if !told
        .iter()
        .any(|&(at_home, articles)| !at_home && articles >= 3)
    {
        return Vec::new();
    }
    (0..stops).filter(|&s| told[s] == (true, 1)).collect()
}

#[cfg(test)]
mod tests {
    use super::{home_country, home_of_roles};

    #[test]
    fn roles_name_the_home_country_by_demonym_or_possessive() {
        let cases: &[(&[&str], Option<&str>)] = &[
            (
                &[
                    "Prime Minister",
                    "Britain's Prime Minister",
                    "British Prime Minister",
                ],
                Some("GB"),
            ),
            (&["Kenya's President"], Some("KE")),
            (&["Pope"], Some("VA")),
            (&["King"], None),
            (&["French President", "President"], Some("FR")),
        ];
        for (roles, want) in cases {
            assert_eq!(
                home_of_roles(roles.iter().copied()).as_deref(),
                *want,
                "{roles:?}"
            );
        }
    }

    #[test]
    fn a_home_city_the_trip_sets_out_from_is_no_stop_though_stories_are_filed_there() {
        let a = crate::trip::analyzed_as_given(&[
            "Smith Heads to Europe\nMONTREAL (AP) — Canadian Prime Minister Jo Smith is heading to Paris on Monday to seek alliances. Smith is purposely making his first foreign trip to the capital of the country that shaped Canada.\n\nThe trip to France is a bit of a homecoming for Smith.",
            "Smith Sets Off\nCanadian Prime Minister Jo Smith departs Montreal, on route to Paris, France on Sunday, March 16, 2031.",
            "Smith in Paris\nCanadian Prime Minister Jo Smith met the French president in Paris on Monday.",
            "Smith in the North\nCanadian Prime Minister Jo Smith arrived in Iqaluit on Tuesday.",
        ]);
        assert_eq!(crate::trip::stop_names(&a), ["Paris", "Iqaluit"]);
    }

    #[test]
    fn an_event_at_home_one_page_tells_is_no_leg_of_a_trip_abroad() {
        let paris = [
            "Smith in Paris\nCanadian Prime Minister Jo Smith arrived in Paris on Monday.",
            "Smith and Macron\nCanadian Prime Minister Jo Smith met the French president in Paris on Monday.",
            "Smith in Europe\nCanadian Prime Minister Jo Smith held talks in Paris on Tuesday.",
        ];
        let home = "Smith back\nSpeaking at a public event in Toronto, Canadian Prime Minister Jo Smith said the talks had gone well.";
        let a = crate::trip::analyzed_as_given(&[paris[0], paris[1], paris[2], home]);
        assert_eq!(crate::trip::stop_names(&a), ["Paris"]);
        // Told by two pages, it is a leg; so is a journey there that one page tells.
        let a = crate::trip::analyzed_as_given(&[paris[0], paris[1], paris[2], home, home]);
        assert_eq!(crate::trip::stop_names(&a), ["Paris", "Toronto"]);
        let flew =
            "Smith in Toronto\nCanadian Prime Minister Jo Smith arrived in Toronto on Wednesday.";
        let a = crate::trip::analyzed_as_given(&[paris[0], paris[1], paris[2], flew]);
        assert_eq!(crate::trip::stop_names(&a), ["Paris", "Toronto"]);
    }

    #[test]
    fn a_role_names_the_home_country() {
        let cases = [
            ("US Secretary of State", Some("US")),
            ("U.S. Secretary of State", Some("US")),
            ("Japanese Prime Minister", Some("JP")),
            ("Portuguese Foreign Minister", Some("PT")),
            ("South Korean President", Some("KR")),
            ("North Korean leader", Some("KP")),
            ("Secretary of State", None),
            ("EU foreign policy chief", None),
        ];
        for (role, want) in cases {
            assert_eq!(home_country(role).as_deref(), want, "{role}");
        }
    }
}
