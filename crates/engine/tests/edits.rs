//! The user's corrections, applied by the engine on every analysis: each edit kind on a made-up
//! trip, that the edited parts are marked, that edits survive adding an article, and that an edit
//! that no longer finds its stop is reported, not fatal.
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

use tourlens_engine::{
    analyze, analyze_with, Analysis, ArticleInput, Day, DayRange, Edited, Edits, PlaceRef,
    StopEdit, StopRef,
};

const WIRE: &str = "Minister Ends Balkan Tour\nThe Courier\n2024-03-14\nPortuguese Foreign Minister Ana Ribeiro arrived in Belgrade on Tuesday for talks with the president. The next day Ribeiro flew to Podgorica for talks with the prime minister, and later on Wednesday she crossed into Bosnia.\nRibeiro held talks in Sarajevo on Thursday before flying home.";
const JERUSALEM: &str = "Minister Meets Israeli Leaders\nThe Herald\n2024-03-15\nPortuguese Foreign Minister Ana Ribeiro held talks in Jerusalem on Friday with the prime minister.\nRibeiro said the talks went well.";
const TEL_AVIV: &str = "Minister Holds Press Conference\nThe Post\n2024-03-15\nPortuguese Foreign Minister Ana Ribeiro spoke to reporters in Tel Aviv on Friday after her talks.\nRibeiro said the region needed calm.";

fn corpus(texts: &[&str]) -> Vec<ArticleInput> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput {
            id: format!("{i}.txt"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect()
}

fn stops(a: &Analysis) -> Vec<String> {
    a.stops
        .iter()
        .map(|s| a.places[s.place].name.clone())
        .collect()
}

fn stop(place: &str, country: &str) -> StopRef {
    StopRef {
        place: place.into(),
        country: Some(country.into()),
    }
}

fn place(name: &str, country: &str, lat: f64, lon: f64) -> PlaceRef {
    PlaceRef {
        name: name.into(),
        country: Some(country.into()),
        lat,
        lon,
    }
}

fn edited(a: &Analysis, name: &str) -> Vec<Edited> {
    a.stops
        .iter()
        .find(|s| a.places[s.place].name == name)
        .map(|s| s.edited.clone())
        .unwrap_or_default()
}

#[test]
fn the_engine_trip_before_edits() {
    let a = analyze(&corpus(&[WIRE, JERUSALEM, TEL_AVIV]));
    assert_eq!(
        stops(&a),
        ["Belgrade", "Podgorica", "Sarajevo", "Jerusalem"]
    );
    assert!(a.stops.iter().all(|s| s.edited.is_empty()));
}

#[test]
fn each_edit_kind() {
    let inputs = corpus(&[WIRE, JERUSALEM, TEL_AVIV]);
    let wire_sentence = {
        let at = WIRE.find("Ribeiro held talks").expect("sentence");
        let end = WIRE[at..].find('.').map_or(WIRE.len(), |e| at + e + 1);
        tourlens_engine::Span::new(at, end)
    };
    let day = |d| Day::new(2024, 3, d).expect("day");
    // (name, edits, stops after, (stop, what is marked edited))
    let cases: Vec<(&str, Vec<StopEdit>, Vec<&str>, Option<(&str, Edited)>)> = vec![
        (
            "not a stop",
            vec![StopEdit::NotAStop {
                stop: stop("Podgorica", "ME"),
            }],
            vec!["Belgrade", "Sarajevo", "Jerusalem"],
            None,
        ),
        (
            "merge",
            vec![StopEdit::Merge {
                stop: stop("Podgorica", "ME"),
                into: stop("Sarajevo", "BA"),
            }],
            vec!["Belgrade", "Sarajevo", "Jerusalem"],
            Some(("Sarajevo", Edited::Merged)),
        ),
        (
            "split a city off",
            vec![StopEdit::SplitOff {
                stop: stop("Jerusalem", "IL"),
                city: "Tel Aviv".into(),
            }],
            vec!["Belgrade", "Podgorica", "Sarajevo", "Jerusalem", "Tel Aviv"],
            Some(("Tel Aviv", Edited::Split)),
        ),
        (
            "order",
            vec![StopEdit::Order {
                stops: vec![stop("Sarajevo", "BA"), stop("Podgorica", "ME")],
            }],
            vec!["Belgrade", "Sarajevo", "Podgorica", "Jerusalem"],
            Some(("Sarajevo", Edited::Order)),
        ),
        (
            "set place",
            vec![StopEdit::SetPlace {
                stop: stop("Sarajevo", "BA"),
                place: place("Mostar", "BA", 43.34, 17.81),
            }],
            vec!["Belgrade", "Podgorica", "Mostar", "Jerusalem"],
            Some(("Mostar", Edited::Place)),
        ),
        (
            "set days",
            vec![StopEdit::SetDays {
                stop: stop("Podgorica", "ME"),
                days: DayRange {
                    start: day(12),
                    end: day(13),
                },
            }],
            vec!["Belgrade", "Podgorica", "Sarajevo", "Jerusalem"],
            Some(("Podgorica", Edited::Days)),
        ),
        (
            "add a stop from a sentence",
            vec![StopEdit::Add {
                article: "0.txt".into(),
                evidence: wire_sentence,
                place: place("Mostar", "BA", 43.34, 17.81),
            }],
            vec!["Belgrade", "Podgorica", "Sarajevo", "Mostar", "Jerusalem"],
            Some(("Mostar", Edited::Added)),
        ),
    ];
    for (name, stop_edits, want, marked) in cases {
        let edits = Edits {
            traveller: None,
            stops: stop_edits,
        };
        let a = analyze_with(&inputs, &edits);
        let mut got = stops(&a);
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        // An added stop takes its place by its own evidence; where among equals is open.
        if name.starts_with("add") {
            got.sort();
            want.sort();
        }
        assert_eq!(got, want, "case {name}");
        assert!(
            a.diagnostics.iter().all(|d| !d.message.contains("edit")),
            "case {name}: {:?}",
            a.diagnostics
        );
        if let Some((stop, what)) = marked {
            assert!(
                edited(&a, stop).contains(&what),
                "case {name}: {stop} not marked {what:?}"
            );
        }
    }
    // Days the user set are the stop's days.
    let edits = Edits {
        traveller: None,
        stops: vec![StopEdit::SetDays {
            stop: stop("Podgorica", "ME"),
            days: DayRange {
                start: day(12),
                end: day(13),
            },
        }],
    };
    let a = analyze_with(&inputs, &edits);
    let podgorica = a
        .stops
        .iter()
        .find(|s| a.places[s.place].name == "Podgorica")
        .expect("stop");
    assert_eq!(
        podgorica.days,
        Some(DayRange {
            start: day(12),
            end: day(13)
        })
    );
}

#[test]
fn edits_survive_a_new_article_and_stale_ones_are_reported() {
    let edits = Edits {
        traveller: Some("Ana Ribeiro".into()),
        stops: vec![
            StopEdit::NotAStop {
                stop: stop("Podgorica", "ME"),
            },
            StopEdit::NotAStop {
                stop: stop("Lisbon", "PT"),
            },
        ],
    };
    let before = analyze_with(&corpus(&[WIRE, JERUSALEM]), &edits);
    let after = analyze_with(&corpus(&[WIRE, JERUSALEM, TEL_AVIV]), &edits);
    for a in [&before, &after] {
        assert!(!stops(a).contains(&"Podgorica".to_string()));
        assert_eq!(
            a.traveller.as_ref().map(|t| t.name.as_str()),
            Some("Ana Ribeiro")
        );
        let stale: Vec<&str> = a
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .filter(|m| m.starts_with("an edit no longer applies"))
            .collect();
        assert_eq!(stale.len(), 1, "{stale:?}");
        assert!(stale[0].contains("Lisbon"));
    }
}
