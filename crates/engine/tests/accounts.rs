//! Accounts hold only what is about the stop: story sentences (no section heading, no photo
//! caption or teaser), "Quoted" as the people with a quote about the visit (once each; no
//! organisation, capital or background speaker), figures the account's own sentences give about
//! the stop (not another place's toll). Made-up articles in several forms.

use tourlens_engine::{analyze, Analysis, ArticleInput};

fn trip(text: &str) -> Analysis {
    analyze(&[ArticleInput {
        id: "a.txt".into(),
        text: text.into(),
        ..Default::default()
    }])
}

/// What the one article's account of the stop at `place` holds: its sentences, the people
/// quoted, the figures as written.
fn account(a: &Analysis, place: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let stop = a
        .stops
        .iter()
        .find(|s| a.places[s.place].name == place)
        .unwrap_or_else(|| panic!("no stop {place} in {:?}", names(a)));
    let article = &a.articles[0];
    let account = &stop.accounts[0];
    let text = |s: tourlens_engine::Span| s.of(&article.text).to_string();
    (
        account.sentences.iter().map(|&s| text(s)).collect(),
        account
            .quoted
            .iter()
            .map(|&e| article.entities[e].name.clone())
            .collect(),
        account
            .figures
            .iter()
            .map(|&f| text(article.figures[f].span))
            .collect(),
    )
}

fn names(a: &Analysis) -> Vec<String> {
    a.stops
        .iter()
        .map(|s| a.places[s.place].name.clone())
        .collect()
}

const SECTIONED: &str = "Minister Ends Regional Tour\nThe Daily Example\n\
Foreign Minister Ana Costa of Portugal visited Rabat and Tunis this week.\n\
Rabat\n\
In Rabat, Costa met Prime Minister Aziz Akhannouch, who said the talks were \"frank and useful\".\n\
Costa said \"we agreed on more than we expected\" after the two-hour meeting.\n\
Background: the ministry said \"nothing changes\" and at least 3,000 migrants crossed to Spain last month.\n\
Tunis\n\
Photo: Costa arrives in Tunis on Tuesday. © Example Agency\n\
Costa arrived in Tunis on Tuesday and held talks with President Kais Saied for three hours.\n\
Costa said \"Tunisia is a partner\" and \"we will be back\".\n";

#[test]
fn section_headings_are_no_account_sentences() {
    let a = trip(SECTIONED);
    for place in ["Rabat", "Tunis"] {
        let (sentences, _, _) = account(&a, place);
        assert!(!sentences.is_empty(), "{place}");
        assert!(
            sentences.iter().all(|s| s != place),
            "{place}: {sentences:?}"
        );
    }
}

#[test]
fn quoted_is_people_about_the_visit_once_each() {
    let a = trip(SECTIONED);
    let cases: &[(&str, &[&str])] = &[
        // The ministry's background quote under the heading is not the visit's.
        ("Rabat", &["Aziz Akhannouch", "Ana Costa"]),
        // Two quotes by one person: listed once.
        ("Tunis", &["Ana Costa"]),
    ];
    for (place, want) in cases {
        let (_, quoted, _) = account(&a, place);
        assert_eq!(quoted, *want, "{place}");
    }
}

#[test]
fn figures_are_the_stops_own() {
    let a = trip(SECTIONED);
    let cases: &[(&str, &[&str])] = &[
        // The migrants crossing to Spain are the background's and another place's.
        ("Rabat", &["two-hour"]),
        ("Tunis", &["three hours"]),
    ];
    for (place, want) in cases {
        let (_, _, figures) = account(&a, place);
        assert_eq!(figures, *want, "{place}");
    }
}

#[test]
fn a_figure_about_another_place_in_a_visit_sentence_is_not_the_stops() {
    let a = trip(
        "Minister In Amman\nThe Daily Example\n\
         Foreign Minister Ana Costa arrived in Amman on Monday, where she said at least 9,000 people had died in Gaza.\n\
         In Amman, Costa met King Abdullah for almost two hours, and they discussed the war in Gaza.\n",
    );
    let (_, _, figures) = account(&a, "Amman");
    assert_eq!(figures, vec!["almost two hours"]);
}

#[test]
fn a_caption_tells_the_visit_but_is_no_sentence() {
    let a = trip(SECTIONED);
    let (sentences, _, _) = account(&a, "Tunis");
    assert!(
        sentences
            .iter()
            .all(|s| !s.contains("Photo") && !s.contains('©')),
        "{sentences:?}"
    );
    // The caption's visit still counts among the account's visits.
    let stop = a
        .stops
        .iter()
        .find(|s| a.places[s.place].name == "Tunis")
        .expect("Tunis");
    let article = &a.articles[0];
    let caption = stop.accounts[0]
        .visits
        .iter()
        .any(|&v| article.visits[v].furniture);
    assert!(caption, "the caption's visit is among the account's visits");
}

#[test]
fn a_tours_span_dates_no_one_account() {
    // A preview's "from Jan. 21 through Jan. 26" after four countries is the tour's span: no
    // account of one stop says it dates that stop; a page's own day for one stop does.
    let a = tourlens_engine::analyze(&[
        ArticleInput {
            id: "preview.txt".into(),
            text: "Minister to tour West Africa\nThe Daily Example\n2031-01-18\nForeign Minister Ana Costa will travel to Cape Verde, Ivory Coast, Nigeria and Angola from Jan. 21 through Jan. 26, the ministry said in a statement.\n".into(),
            ..Default::default()
        },
        ArticleInput {
            id: "abidjan.txt".into(),
            text: "Costa in Abidjan\nThe Daily Example\n2031-01-23\nForeign Minister Ana Costa arrived in Abidjan on Monday for talks with the president.\n".into(),
            ..Default::default()
        },
    ]);
    let stop = a
        .stops
        .iter()
        .find(|s| a.places[s.place].name == "Abidjan")
        .unwrap_or_else(|| panic!("no stop Abidjan in {:?}", names(&a)));
    assert!(stop.accounts[0].covered, "the preview tells the stop");
    assert_eq!(
        stop.accounts[0].days, None,
        "the tour's span is not the stop's"
    );
    assert!(stop.accounts[1].days.is_some(), "the arrival's day is");
}
