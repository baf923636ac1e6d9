//! Corpus-level behaviour: outlets grouped, diagnostics for empty and duplicate articles, people
//! one article introduces found where another names them bare, places named as articles write them.

use tourlens_engine::{analyze, Analysis, ArticleInput, EntityKind};

fn input(id: &str, text: &str) -> ArticleInput {
    ArticleInput {
        id: id.into(),
        text: text.into(),
        ..Default::default()
    }
}

const A: &str =
    "Minister Ends Tour\nICARO Media Group\nThe minister met the president in Ankara on Monday.";
const B: &str = "Another Headline For Us\nIcaro Media Group\nThe minister flew home on Tuesday after the talks.";
const C: &str =
    "Third Headline Right Here\nThe minister spoke to reporters about the visit on Tuesday.";

#[test]
fn articles_by_one_outlet_share_it_and_unknown_outlets_do_not() {
    let analysis = analyze(&[
        input("a", A),
        input("c1", C),
        input("b", B),
        input("c2", &C.replace("Third", "Fourth")),
    ]);
    let idx: Vec<usize> = analysis.articles.iter().map(|a| a.outlet_index).collect();
    assert_eq!(idx, vec![0, 1, 0, 2]);
    assert_eq!(analysis.outlets[0].articles, vec![0, 2]);
    assert_eq!(analysis.outlets[1].name, None);
}

#[test]
fn empty_and_duplicate_articles_are_reported_and_kept() {
    let analysis = analyze(&[input("a", A), input("empty", "  \n "), input("again", A)]);
    assert_eq!(analysis.articles.len(), 3);
    let messages: Vec<(Option<&str>, &str)> = analysis
        .diagnostics
        .iter()
        .map(|d| (d.article.as_deref(), d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        vec![
            (Some("empty"), "the article is empty"),
            (Some("again"), "the same text as a")
        ]
    );
}

/// For each article, the people it names: (name, the mentions as written).
fn people(analysis: &Analysis) -> Vec<Vec<(String, Vec<String>)>> {
    analysis
        .articles
        .iter()
        .map(|a| {
            a.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Person)
                .map(|(i, e)| {
                    let said = a
                        .entity_mentions
                        .iter()
                        .filter(|m| m.entity == i)
                        .map(|m| m.span.of(&a.text).to_string())
                        .collect();
                    (e.name.clone(), said)
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_person_one_article_introduces_is_found_where_another_names_them_bare() {
    let cases: &[(&str, &[&str], &[(&str, &[&str])])] = &[
        (
            "the full name, then the surname",
            &[
                "Talks In Ankara\nOutlet One\nIsraeli Prime Minister Benjamin Netanyahu said no.",
                "Erdogan Speaks\nOutlet Two\nHe had written off dealing with Benjamin Netanyahu. Netanyahu did not reply.",
            ],
            &[("Benjamin Netanyahu", &["Benjamin Netanyahu", "Netanyahu"])],
        ),
        (
            "in other letters",
            &[
                "Talks In Ankara\nOutlet One\nTurkish President Recep Tayyip Erdoğan spoke.",
                "Talks Again\nOutlet Two\nIt was up to Recep Tayyip Erdogan now.",
            ],
            &[("Recep Tayyip Erdoğan", &["Recep Tayyip Erdogan"])],
        ),
        (
            "a surname alone, with no full name, is not enough",
            &[
                "Talks In Ankara\nOutlet One\nIsraeli Prime Minister Benjamin Netanyahu said no.",
                "Talks Again\nOutlet Two\nThe Netanyahu government said no.",
            ],
            &[],
        ),
    ];
    for (name, texts, want) in cases {
        let inputs: Vec<ArticleInput> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| input(&i.to_string(), t))
            .collect();
        let got = &people(&analyze(&inputs))[1];
        let want: Vec<(String, Vec<String>)> = want
            .iter()
            .map(|(n, ms)| (n.to_string(), ms.iter().map(|m| m.to_string()).collect()))
            .collect();
        assert_eq!(got, &want, "case {name}");
    }
}

#[test]
fn places_are_named_as_the_articles_write_them() {
    // GeoNames writes the city "Rafaḩ"; the articles write "Rafah". A name without romanisation
    // marks ("Türkiye") stays as the gazetteer has it.
    let analysis = analyze(&[
        input("a", "Aid At The Border\nOutlet One\nTrucks entered Gaza through the Rafah crossing on Monday."),
        input("b", "Talks In Ankara\nOutlet Two\nThe talks in Turkiye went on. Rafah stayed closed."),
    ]);
    let names: Vec<&str> = analysis.places.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Rafah"), "{names:?}");
    assert!(names.contains(&"Türkiye"), "{names:?}");
}
