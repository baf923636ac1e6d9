//! Prints each block of the given files with its kind: a quick look at what `clean` decided.

use tourlens_engine::{analyze, ArticleInput};

fn main() {
    let inputs: Vec<ArticleInput> = std::env::args()
        .skip(1)
        .map(|path| ArticleInput {
            text: String::from_utf8_lossy(&std::fs::read(&path).unwrap_or_default()).into_owned(),
            id: path,
            ..Default::default()
        })
        .collect();
    for a in analyze(&inputs).articles {
        println!("== {} | outlet {:?} ({:?}) | date {:?} ({:?}) | {} words", a.id, a.outlet.value, a.outlet.provenance, a.published.value.map(|d| d.to_string()), a.published.provenance, a.word_count);
        for f in &a.figures {
            println!("  figure {:<34} value {} {:?} unit {:?} subject {:?}", f.span.of(&a.text), f.value, f.qualifier, f.unit, f.subject);
        }
        for d in a.dates.iter().take(0) {
            println!("  date {:<24} {:?} {:?}", d.span.of(&a.text), d.resolved.map(|r| format!("{}..{}", r.start, r.end)), d.confidence);
        }
        for b in a.blocks.iter().take(0) {
            let t = b.span.of(&a.text);
            let short: String = t.chars().take(90).collect();
            println!("  {:<28} {}", format!("{:?}", b.kind), short);
        }
    }
}
