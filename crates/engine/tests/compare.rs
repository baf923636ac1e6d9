//! Discrepancies a fact-checker would sign, with made-up articles in several forms: hedges that
//! agree are no disagreement, each figure discrepancy names what it counts, and an event the
//! traveller attends named at different levels is one.

use tourlens_engine::{analyze, Analysis, ArticleInput, DiscrepancyKind};

fn trip(texts: &[&str]) -> Analysis {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput {
            id: format!("{i}.txt"),
            text: format!("Minister On Tour\nOutlet {i}\n{t}"),
            ..Default::default()
        })
        .collect();
    analyze(&inputs)
}

/// The discrepancies of one kind: (topic, the claims' values).
fn of_kind(a: &Analysis, kind: DiscrepancyKind) -> Vec<(String, Vec<String>)> {
    a.discrepancies
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| {
            (
                d.topic.clone(),
                d.claims.iter().map(|c| c.value.clone()).collect(),
            )
        })
        .collect()
}

const OPENING: &str = "Foreign Minister Ana Costa of Portugal arrived in Amman on Monday.";

#[test]
fn hedged_figures_agree_when_their_ranges_meet() {
    let cases: &[(&str, &str, &str, bool)] = &[
        (
            "almost vs exact",
            "Costa met the king for almost two and a half hours.",
            "The meeting lasted two and a half hours, Costa said.",
            false,
        ),
        (
            "about vs exact",
            "Costa met the king for about three hours.",
            "Costa met the king for three hours.",
            false,
        ),
        (
            "different numbers",
            "Costa spent three days touring the region.",
            "Costa spent four days touring the region.",
            true,
        ),
        (
            "nearly vs over",
            "The war has killed nearly 10,000 people in Gaza, Costa said.",
            "The war has killed over 10,000 people in Gaza, Costa said.",
            true,
        ),
        (
            "at least vs nearly",
            "The war has killed at least 9,488 people in Gaza, Costa said.",
            "The war has killed nearly 10,000 people in Gaza, Costa said.",
            false,
        ),
    ];
    for (name, one, two, disagree) in cases {
        let a = trip(&[&format!("{OPENING} {one}"), &format!("{OPENING} {two}")]);
        let figures = of_kind(&a, DiscrepancyKind::Figure);
        assert_eq!(!figures.is_empty(), *disagree, "case {name}: {figures:?}");
    }
}

#[test]
fn a_figure_discrepancy_names_what_it_counts() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "a toll, where it happened",
            "Israel's strikes on Gaza have killed nearly 10,000 people, Costa said.",
            "Over 10,000 people have died in Israel's assault on Gaza, Costa said.",
            "the Gaza death toll told differently",
        ),
        (
            "the tour's length",
            "Costa spent three days on a tour of the region.",
            "Costa spent four days touring the region.",
            "the length of the tour told differently",
        ),
        (
            "a meeting's length",
            "Costa met the king for two hours.",
            "The meeting with Costa lasted three hours.",
            "the length of the meeting told differently",
        ),
        (
            "a crowd",
            "Costa was greeted by 500 protesters in Amman.",
            "Costa was greeted by 700 protesters in Amman.",
            "the number of protesters in Amman told differently",
        ),
    ];
    for (name, one, two, topic) in cases {
        let a = trip(&[&format!("{OPENING} {one}"), &format!("{OPENING} {two}")]);
        let topics: Vec<String> = of_kind(&a, DiscrepancyKind::Figure)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(topics, vec![topic.to_string()], "case {name}");
    }
}

#[test]
fn an_event_named_at_different_levels_is_a_discrepancy() {
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "a summit or a ministers' meeting",
            "Costa then flew to Tokyo to attend the G7 summit.",
            "Costa is set to attend a meeting of G7 foreign ministers in Tokyo.",
            &["G7 summit", "meeting of G7 foreign ministers"],
        ),
        (
            "ministers' meeting written before",
            "Costa will join the NATO foreign ministers' meeting in Brussels.",
            "Costa heads to Brussels for a NATO summit.",
            &["NATO foreign ministers' meeting", "NATO summit"],
        ),
        (
            "the same level is no discrepancy",
            "Costa flew on to the G7 summit.",
            "Costa will attend the G7 summit in Tokyo.",
            &[],
        ),
        (
            "someone else's event is not the trip's",
            "Costa flew home. The G7 summit opened in Tokyo.",
            "Costa flew home. A meeting of G7 foreign ministers met in Tokyo.",
            &[],
        ),
    ];
    for (name, one, two, want) in cases {
        let a = trip(&[&format!("{OPENING} {one}"), &format!("{OPENING} {two}")]);
        let events = of_kind(&a, DiscrepancyKind::Event);
        let got: Vec<String> = events.iter().flat_map(|(_, v)| v.clone()).collect();
        assert_eq!(got, *want, "case {name}: {events:?}");
    }
}
