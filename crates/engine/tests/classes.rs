//! The classes of mistakes real coverage of unseen trips showed, one table each, with made-up
//! articles in several forms: home and trips at home, several cities of one country, the city
//! rather than the country, topics that are no stops, and coverage by lists and headlines.
//! (Publication dates and travellers have their tables in `meta` and `trip::traveller`.)

use tourlens_engine::{analyze, Analysis, ArticleInput};

fn trip(texts: &[&str]) -> Analysis {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput {
            id: format!("{i}.txt"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    analyze(&inputs)
}

/// The stops' places, onward legs marked with "→".
fn stops(a: &Analysis) -> Vec<String> {
    a.stops
        .iter()
        .map(|s| {
            let name = a.places[s.place].name.clone();
            if s.onward {
                format!("→{name}")
            } else {
                name
            }
        })
        .collect()
}

fn check(cases: &[(&str, &[&str], &[&str])]) {
    assert!(!cases.is_empty());
    for (name, texts, want) in cases {
        let a = trip(texts);
        assert_eq!(stops(&a), *want, "case {name}");
    }
}

#[test]
fn home_is_no_stop_and_a_trip_at_home_has_stops() {
    check(&[
        (
            "a role with no nationality: the return home is no stop",
            &[
                "Pope Begins Asian Tour\nThe Herald\n2024-09-03\nPope Francis departed Rome on Monday and arrived in Jakarta on Tuesday for a three-day visit.\nFrancis met the president in Jakarta.",
                "Pope Ends Tour\nThe Courier\n2024-09-13\nPope Francis left Singapore on Friday and returned to Rome in the evening, ending a trip that took him to Jakarta and Singapore.\nThe pontiff landed in Rome just before 7 pm.",
            ],
            &["Jakarta", "Singapore"],
        ),
        (
            "a stop on the way home, inside the home country",
            &[
                "President Ends Asia Trip\nThe Post\n2023-09-11\nUS President Joe Biden left Hanoi on Monday and stopped in Anchorage on his way back to Washington.\nBiden spoke at a military base in Anchorage.",
                "Biden In Vietnam\nThe Times\n2023-09-10\nUS President Joe Biden arrived in Hanoi on Sunday for talks.",
            ],
            &["Hanoi", "Anchorage"],
        ),
        (
            "a campaign swing at home: every city is a stop, the capital is home",
            &[
                "Prime Minister Tours The Nations\nThe Record\n2024-07-08\nBritish Prime Minister Jane Holloway left Downing Street on Sunday and flew to Edinburgh for talks with the first minister.\nOn Monday Holloway travelled to Belfast and then to Cardiff before returning to London.",
            ],
            &["Edinburgh", "Belfast", "Cardiff"],
        ),
    ]);
}

#[test]
fn several_cities_of_one_country() {
    check(&[
        (
            "a capital, then a mountain pass",
            &[
                "Leader Visits France\nThe Gazette\n2024-05-07\nChinese President Wen Hao held talks in Paris on Monday. On Tuesday the French president hosted Wen at the Tourmalet Pass near the Spanish border.",
                "Wen In Belgrade\nThe Daily\n2024-05-08\nChinese President Wen Hao arrived in Belgrade on Tuesday evening from France.",
            ],
            &["Paris", "Col du Tourmalet", "Belgrade"],
        ),
        (
            "a day trip from a base and back (A → B → A)",
            &[
                "Minister Tours Kenya\nThe Courier\n2025-11-16\nJapanese Prime Minister Kenji Sato landed in Nairobi on Friday. Sato flew to Mombasa on Sunday for a day trip to the port, before returning to Nairobi in the evening.",
            ],
            &["Nairobi", "Mombasa", "Nairobi"],
        ),
        (
            "two names of one stop (different articles, no day apart)",
            &[
                "Minister In Israel\nThe Herald\n2024-03-15\nPortuguese Foreign Minister Ana Costa held talks in Jerusalem on Friday.",
                "Minister Speaks\nThe Post\n2024-03-15\nPortuguese Foreign Minister Ana Costa spoke to reporters in Tel Aviv on Friday.",
            ],
            &["Jerusalem"],
        ),
    ]);
}

#[test]
fn a_stop_is_placed_at_its_city() {
    // (a stop's name as told, the place it is placed at, how far from it at most in km)
    let cases: &[(&str, &str, (f64, f64))] = &[
        ("Minister Visits Gabon\nThe Courier\n2023-03-02\nFrench President Anne Morel arrived in Gabon on Wednesday for a forest summit.", "Gabon", (0.39, 9.45)),
        ("Minister Visits Scotland\nThe Courier\n2024-07-07\nUS Secretary of State Ann Miller arrived in Scotland on Sunday for talks with the first minister.", "Scotland", (55.95, -3.19)),
        ("Minister Visits Crete\nThe Courier\n2024-01-06\nUS Secretary of State Ann Miller held talks with the prime minister in Hania on Saturday.", "Chaniá", (35.51, 24.02)),
        ("Pope Visits Knock\nThe Courier\n2023-04-14\nPope Leo prayed at Knock Shrine on Friday and met pilgrims there.", "Knock Shrine", (53.79, -8.92)),
    ];
    for (text, place, (lat, lon)) in cases {
        let a = trip(&[text]);
        let stop = a
            .stops
            .first()
            .unwrap_or_else(|| panic!("no stop in {text}"));
        let p = &a.places[stop.place];
        let km = ((p.lat - lat).powi(2) + (p.lon - lon).powi(2)).sqrt() * 111.0;
        assert_eq!(&stop.names[0], place, "{text}");
        assert!(
            km < 25.0,
            "{place} placed {km:.0} km from its city ({}, {})",
            p.lat,
            p.lon
        );
    }
}

#[test]
fn topics_others_and_cancellations_are_no_stops() {
    check(&[
        (
            "the subject of the talks",
            &["Xi In Paris\nThe Herald\n2024-05-06\nChinese President Wen Hao held talks in Paris on Monday on the war in Ukraine and the conflict in Gaza, and urged aid for Lebanon."],
            &["Paris"],
        ),
        (
            "where someone else is",
            &["Minister In Amman\nThe Herald\n2024-01-07\nUS Secretary of State Ann Miller arrived in Amman on Sunday. The foreign minister of Jordan, Omar Haddad, had visited Cairo a day earlier, and protesters rallied in Beirut."],
            &["Amman"],
        ),
        (
            "postponed or cancelled",
            &["Minister In Amman\nThe Herald\n2024-01-07\nUS Secretary of State Ann Miller arrived in Amman on Sunday. She postponed her visit to Riyadh and did not travel to Beirut."],
            &["Amman"],
        ),
        (
            "another occasion",
            &["Minister In Amman\nThe Herald\n2024-01-07\nUS Secretary of State Ann Miller arrived in Amman on Sunday. In 2021, Miller visited Baghdad, and she recalled the last summit at Bali."],
            &["Amman"],
        ),
    ]);
}

#[test]
fn coverage_by_lists_headlines_and_legs() {
    let a = trip(&[
        "Minister Arrives In Jakarta\nThe Herald\n2024-09-03\nUS Secretary of State Ann Miller arrived in Jakarta on Tuesday. Miller will also visit Singapore and Dili over the next ten days.",
        "Miller Arrives In Singapore, Last Stop On Tour\nThe Post\n2024-09-11\nThe trip also took her to Indonesia and Timor-Leste.",
        "Tour Ends\nThe Times\n2024-09-12\nOn the last leg of her tour, US Secretary of State Ann Miller held talks in Singapore on Wednesday.",
    ]);
    assert_eq!(stops(&a), ["Jakarta", "Dili", "Singapore"]);
    for stop in &a.stops {
        let covered: Vec<usize> = stop
            .accounts
            .iter()
            .filter(|c| c.covered)
            .map(|c| c.article)
            .collect();
        let name = &a.places[stop.place].name;
        let want: &[usize] = match name.as_str() {
            "Jakarta" => &[0, 1],
            "Dili" => &[0, 1],
            _ => &[0, 1, 2],
        };
        assert_eq!(covered, want, "{name}");
    }
}
