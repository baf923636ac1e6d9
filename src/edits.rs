//! Stop edits made from what the user sees: a stop of the analysis named as a `StopRef`, a
//! move up or down as an `Order` of every made stop, and each edit described in words. Pure.

use crate::labels;
use tourlens_engine::{Analysis, DayRange, StopEdit, StopRef};

/// The stop at `k` as an edit names it.
pub fn stop_ref(analysis: &Analysis, k: usize) -> Option<StopRef> {
    let stop = analysis.stops.get(k)?;
    Some(StopRef {
        place: labels::stop_name(analysis, stop),
        country: stop.country.clone(),
    })
}

/// The order with the stop at `k` moved one up (or down) among the made stops; `None` at an
/// end, or for an onward stop.
pub fn moved(analysis: &Analysis, k: usize, up: bool) -> Option<StopEdit> {
    let made: Vec<usize> = (0..analysis.stops.len())
        .filter(|&i| !analysis.stops[i].onward)
        .collect();
    let at = made.iter().position(|&i| i == k)?;
    let other = if up { at.checked_sub(1)? } else { at + 1 };
    if other >= made.len() {
        return None;
    }
    let mut order = made;
    order.swap(at, other);
    Some(StopEdit::Order {
        stops: order
            .into_iter()
            .filter_map(|i| stop_ref(analysis, i))
            .collect(),
    })
}

fn name(s: &StopRef) -> String {
    match &s.country {
        Some(c) if *c != s.place => format!("{} ({c})", s.place),
        _ => s.place.clone(),
    }
}

fn days(d: &DayRange) -> String {
    d.human()
}

/// One line for the list of edits.
pub fn describe(edit: &StopEdit) -> String {
    match edit {
        StopEdit::NotAStop { stop } => format!("{} is not a stop", name(stop)),
        StopEdit::Merge { stop, into } => format!("{} merged into {}", name(stop), name(into)),
        StopEdit::SplitOff { stop, city } => format!("{city} split off {}", name(stop)),
        StopEdit::Order { stops } => format!(
            "Order: {}",
            stops
                .iter()
                .map(|s| s.place.as_str())
                .collect::<Vec<_>>()
                .join(" → ")
        ),
        StopEdit::SetPlace { stop, place } => format!("{} is at {}", name(stop), place.name),
        StopEdit::SetDays { stop, days: d } => format!("{} took {}", name(stop), days(d)),
        StopEdit::Add { article, place, .. } => {
            format!("{} added as a stop (told by {article})", place.name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_swap_neighbours_and_stop_at_the_ends() {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        let Some(StopEdit::Order { stops }) = moved(&analysis, 1, true) else {
            panic!("an order");
        };
        let places: Vec<&str> = stops.iter().map(|s| s.place.as_str()).collect();
        let name = |k: usize| labels::stop_name(&analysis, &analysis.stops[k]);
        assert_eq!(
            places[..3],
            [name(1), name(0), name(2)],
            "the first two swapped"
        );
        assert!(!places.contains(&"Japan"), "onward stops are not ordered");
        assert_eq!(moved(&analysis, 0, true), None);
        let last = analysis
            .stops
            .iter()
            .rposition(|s| !s.onward)
            .expect("made");
        assert_eq!(moved(&analysis, last, false), None);
        let onward = analysis
            .stops
            .iter()
            .position(|s| s.onward)
            .expect("onward");
        assert_eq!(moved(&analysis, onward, true), None);
    }

    #[test]
    fn every_edit_kind_is_described() {
        let s = |p: &str| StopRef {
            place: p.into(),
            country: Some("FR".into()),
        };
        let place = tourlens_engine::PlaceRef {
            name: "Tarbes".into(),
            country: Some("FR".into()),
            lat: 43.2,
            lon: 0.07,
        };
        let day = tourlens_engine::Day::parse_iso("2024-05-07").expect("day");
        let cases: Vec<(StopEdit, &str)> = vec![
            (
                StopEdit::NotAStop { stop: s("Paris") },
                "Paris (FR) is not a stop",
            ),
            (
                StopEdit::Merge {
                    stop: s("Paris"),
                    into: s("Tarbes"),
                },
                "Paris (FR) merged into Tarbes (FR)",
            ),
            (
                StopEdit::SplitOff {
                    stop: s("France"),
                    city: "Tarbes".into(),
                },
                "Tarbes split off France (FR)",
            ),
            (
                StopEdit::Order {
                    stops: vec![s("A"), s("B")],
                },
                "Order: A → B",
            ),
            (
                StopEdit::SetPlace {
                    stop: s("France"),
                    place: place.clone(),
                },
                "France (FR) is at Tarbes",
            ),
            (
                StopEdit::SetDays {
                    stop: s("Paris"),
                    days: DayRange::day(day),
                },
                "Paris (FR) took 7 May 2024",
            ),
            (
                StopEdit::Add {
                    article: "a.txt".into(),
                    evidence: tourlens_engine::Span::new(0, 0),
                    place,
                },
                "Tarbes added as a stop (told by a.txt)",
            ),
        ];
        for (edit, want) in cases {
            assert_eq!(describe(&edit), want);
        }
    }
}
