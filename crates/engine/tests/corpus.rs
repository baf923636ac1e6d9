//! Corpus-level behaviour: outlets grouped, diagnostics for empty and duplicate articles.

use tourlens_engine::{analyze, ArticleInput};

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
