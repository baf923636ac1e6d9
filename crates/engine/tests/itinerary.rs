//! Itinerary tests: the trip (stops, order, days, onward legs, coverage, accounts, discrepancies)
//! of the bundled five against seeds-truth.json, and of each made-up trip under tests/trips/
//! against its expected.json. The trips differ in form (wire datelines, a one-stop article, a day
//! trip from a base city, other travellers and regions) so the rules are not tuned to one corpus.
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

mod common;

use common::{bundled, km, read_json, root, sorted_strings};
use serde_json::Value;
use std::path::PathBuf;
use tourlens_engine::{analyze, Analysis, ArticleInput, DiscrepancyKind, PlaceKind, Stop};

fn days_text(stop: &Stop) -> Option<String> {
    stop.days.map(|r| {
        if r.start == r.end {
            r.start.to_string()
        } else {
            format!("{}..{}", r.start, r.end)
        }
    })
}

fn covered_by(stop: &Stop, names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = stop
        .accounts
        .iter()
        .filter(|a| a.covered)
        .map(|a| names[a.article].clone())
        .collect();
    out.sort();
    out
}

fn kind(name: &str) -> DiscrepancyKind {
    match name {
        "figure" => DiscrepancyKind::Figure,
        "date" => DiscrepancyKind::Date,
        "place" => DiscrepancyKind::Place,
        "coverage" => DiscrepancyKind::Coverage,
        "event" => DiscrepancyKind::Event,
        _ => DiscrepancyKind::Quoted,
    }
}

/// Each expected discrepancy: one of that kind whose claims include, for every listed source, a
/// value containing the listed words.
fn missing_discrepancies(analysis: &Analysis, names: &[String], want: &Value) -> Vec<String> {
    let mut missing = Vec::new();
    for expected in want.as_array().into_iter().flatten() {
        let k = kind(expected["kind"].as_str().unwrap_or(""));
        let claims = expected["claims"].as_object().expect("claims");
        let topic = expected["topic"].as_str().unwrap_or("");
        let found = analysis.discrepancies.iter().any(|d| {
            d.kind == k
                && d.topic.contains(topic)
                && claims.iter().all(|(source, words)| {
                    d.claims.iter().any(|c| {
                        names[c.article] == *source
                            && c.value.contains(words.as_str().unwrap_or("\u{0}"))
                    })
                })
        });
        if !found {
            missing.push(format!("{expected}"));
        }
    }
    missing
}

#[test]
fn bundled_trip_is_the_fixture_trip() {
    let truth = common::seeds_truth();
    let (analysis, seeds) = bundled();
    let want = truth["stops"].as_array().expect("stops");
    let got: Vec<String> = analysis
        .stops
        .iter()
        .map(|s| analysis.places[s.place].name.clone())
        .collect();
    println!("stops: {}", got.join(" → "));
    assert_eq!(
        analysis.stops.len(),
        want.len(),
        "exactly the fixture's stops: {got:?}"
    );
    for (stop, w) in analysis.stops.iter().zip(want) {
        let place = &analysis.places[stop.place];
        let name = w["place"].as_str().unwrap_or("");
        assert_eq!(place.name, name, "stop {} in order", w["order"]);
        let distance = km(
            place.lat,
            place.lon,
            w["lat"].as_f64().unwrap_or(0.0),
            w["lon"].as_f64().unwrap_or(0.0),
        );
        // A city within 25 km; a country stop is drawn at the country's own point.
        let tolerance = if place.kind == PlaceKind::City {
            25.0
        } else {
            250.0
        };
        assert!(
            distance < tolerance,
            "{name}: {distance:.0} km from the fixture's point"
        );
        let onward = w["onward"].as_bool().unwrap_or(false);
        assert_eq!(stop.onward, onward, "{name}: onward");
        let dates: Vec<&str> = w["dates"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let want_days = match dates.as_slice() {
            [] => None,
            [one] => Some(one.to_string()),
            [first, .., last] => Some(format!("{first}..{last}")),
        };
        assert_eq!(
            days_text(stop),
            want_days,
            "{name}: days ({})",
            stop.date_basis
        );
        let mentioned = sorted_strings(&w["mentioned_by"]);
        assert_eq!(covered_by(stop, &seeds), mentioned, "{name}: coverage");
        for account in stop.accounts.iter().filter(|a| a.covered) {
            assert!(
                !account.sentences.is_empty(),
                "{name}: {} covers it but tells nothing",
                seeds[account.article]
            );
        }
    }
    let expected = read_json(&root().join("crates/engine/tests/golden/itinerary-bundled.json"));
    let missing = missing_discrepancies(&analysis, &seeds, &expected["discrepancies"]);
    assert!(
        missing.is_empty(),
        "discrepancies not found:\n{}",
        missing.join("\n")
    );
    // And agreements that must not be shown as disagreements (a hedge within a few percent).
    let wrongly = missing_discrepancies(&analysis, &seeds, &expected["not_discrepancies"]);
    assert_eq!(
        wrongly.len(),
        expected["not_discrepancies"].as_array().map_or(0, Vec::len),
        "an agreement shown as a discrepancy"
    );
    // People quoted by one source only: exactly the fixture's.
    let mut quoted: Vec<String> = analysis
        .discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::Quoted)
        .map(|d| d.topic.split(':').next().unwrap_or("").to_string())
        .collect();
    quoted.sort();
    let mut want_quoted: Vec<String> = truth["people_quoted_only_by_one_source"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|s| s.split(" (").next().unwrap_or(s).to_string())
        .collect();
    want_quoted.sort();
    assert_eq!(quoted, want_quoted, "people quoted by one source only");
}

#[test]
fn bundled_accounts_tell_who_was_met_and_quoted_there() {
    let (analysis, seeds) = bundled();
    let sputnik = seeds
        .iter()
        .position(|s| s.starts_with("004"))
        .expect("004");
    let account = |place: &str| {
        let stop = analysis
            .stops
            .iter()
            .find(|s| analysis.places[s.place].name == place)
            .unwrap_or_else(|| panic!("no stop {place}"));
        &stop.accounts[sputnik]
    };
    let article = &analysis.articles[sputnik];
    let met = |place: &str| -> Vec<String> {
        account(place)
            .people
            .iter()
            .filter(|p| p.met)
            .map(|p| article.entities[p.entity].name.clone())
            .collect()
    };
    assert!(
        met("Cyprus").contains(&"Nikos Christodoulides".to_string()),
        "{:?}",
        met("Cyprus")
    );
    assert!(
        met("Ramallah").contains(&"Mahmoud Abbas".to_string()),
        "{:?}",
        met("Ramallah")
    );
    // Biden's cancelled meeting in Jordan is someone else's: he is named there, not met.
    assert!(
        !met("Amman").contains(&"Joe Biden".to_string()),
        "{:?}",
        met("Amman")
    );
    let quoted_in_amman: Vec<&str> = account("Amman")
        .quotes
        .iter()
        .map(|&q| article.quotes[q].span.of(&article.text))
        .collect();
    assert!(
        quoted_in_amman
            .iter()
            .any(|q| q.contains("Stop this madness")),
        "{quoted_in_amman:?}"
    );
    // "Quoted" is the people with a quote about the stop, once each: not the IDF, Washington or
    // the UN's agencies of the Israel section's background, and Blinken once.
    let quoted = |place: &str| -> Vec<&str> {
        account(place)
            .quoted
            .iter()
            .map(|&e| article.entities[e].name.as_str())
            .collect()
    };
    assert_eq!(
        quoted("Tel Aviv"),
        vec!["Antony Blinken", "Benjamin Netanyahu"]
    );
    // Figures are the account's own: Gaza's toll is no figure of the Israel stop.
    let figures = |place: &str| -> Vec<&str> {
        account(place)
            .figures
            .iter()
            .map(|&f| article.figures[f].span.of(&article.text))
            .collect()
    };
    assert!(figures("Tel Aviv").is_empty(), "{:?}", figures("Tel Aviv"));
    // Headings and captions are no account sentences.
    let sentences = |place: &str| -> Vec<&str> {
        account(place)
            .sentences
            .iter()
            .map(|s| s.of(&article.text))
            .collect()
    };
    for place in ["Tel Aviv", "Baghdad", "Amman", "Ramallah", "Ankara"] {
        let told = sentences(place);
        assert!(!told.is_empty(), "{place}");
        assert!(
            told.iter()
                .all(|s| s.split_whitespace().count() > 3 && !s.contains('©')),
            "{place}: {told:?}"
        );
    }
    // The section under the Iraq heading is Baghdad's, not Cyprus's (which opens its own scene).
    let cyprus: Vec<&str> = account("Cyprus")
        .sentences
        .iter()
        .map(|s| s.of(&article.text))
        .collect();
    assert!(cyprus.iter().all(|s| !s.contains("Baghdad")), "{cyprus:?}");
    // An article that does not report a stop says so.
    let icaro = seeds
        .iter()
        .position(|s| s.starts_with("003"))
        .expect("003");
    let cyprus_stop = analysis
        .stops
        .iter()
        .find(|s| analysis.places[s.place].name == "Cyprus")
        .expect("Cyprus");
    assert!(!cyprus_stop.accounts[icaro].covered);
    assert!(cyprus_stop.accounts[icaro].sentences.is_empty());
}

#[test]
fn own_trips_match_their_expectations() {
    let dir = root().join("crates/engine/tests/trips");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("trips dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(folders.len() >= 2, "at least two trips of our own");
    for folder in folders {
        let trip = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("trip folder")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let names: Vec<String> = files
            .iter()
            .map(|f| {
                f.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or("")
                    .to_string()
            })
            .collect();
        let inputs: Vec<ArticleInput> = files
            .iter()
            .zip(&names)
            .map(|(f, n)| ArticleInput {
                id: n.clone(),
                text: std::fs::read_to_string(f).expect("article"),
                ..Default::default()
            })
            .collect();
        let analysis = analyze(&inputs);
        let want = read_json(&folder.join("expected.json"));
        assert_eq!(
            analysis.traveller.as_ref().map(|t| t.name.as_str()),
            want["traveller"].as_str(),
            "{trip}: traveller"
        );
        let got: Vec<String> = analysis
            .stops
            .iter()
            .map(|s| analysis.places[s.place].name.clone())
            .collect();
        let want_stops = want["stops"].as_array().expect("stops");
        let want_names: Vec<&str> = want_stops
            .iter()
            .filter_map(|s| s["place"].as_str())
            .collect();
        assert_eq!(got, want_names, "{trip}: stops in order");
        for (stop, w) in analysis.stops.iter().zip(want_stops) {
            let name = w["place"].as_str().unwrap_or("");
            assert_eq!(
                stop.country.as_deref(),
                w["country"].as_str(),
                "{trip} {name}: country"
            );
            assert_eq!(
                days_text(stop).as_deref(),
                w["days"].as_str(),
                "{trip} {name}: days ({})",
                stop.date_basis
            );
            assert_eq!(
                stop.onward,
                w["onward"].as_bool().unwrap_or(false),
                "{trip} {name}: onward"
            );
            let want_cover = sorted_strings(&w["covered_by"]);
            assert_eq!(
                covered_by(stop, &names),
                want_cover,
                "{trip} {name}: coverage"
            );
        }
        let missing = missing_discrepancies(&analysis, &names, &want["discrepancies"]);
        assert!(
            missing.is_empty(),
            "{trip}: discrepancies not found:\n{}",
            missing.join("\n")
        );
        // No disagreement on figures, dates or places beyond the expected ones.
        let strict = |k: DiscrepancyKind| {
            matches!(
                k,
                DiscrepancyKind::Figure | DiscrepancyKind::Date | DiscrepancyKind::Place
            )
        };
        let found: Vec<&String> = analysis
            .discrepancies
            .iter()
            .filter(|d| strict(d.kind))
            .map(|d| &d.topic)
            .collect();
        let expected = want["discrepancies"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| strict(kind(d["kind"].as_str().unwrap_or(""))))
            .count();
        assert_eq!(
            found.len(),
            expected,
            "{trip}: unexpected discrepancies {found:?}"
        );
    }
}
