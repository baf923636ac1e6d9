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
    let analysis = analyze(&inputs);
    for a in &analysis.articles {
        println!(
            "== {} | outlet {:?} ({:?}) | date {:?} ({:?}) | {} words",
            a.id,
            a.outlet.value,
            a.outlet.provenance,
            a.published.value.map(|d| d.to_string()),
            a.published.provenance,
            a.word_count
        );
        let names: Vec<String> = a
            .places
            .iter()
            .map(|p| format!("{}→{}", p.span.of(&a.text), analysis.places[p.place].name))
            .collect();
        println!(
            "  places: {}",
            names.join(", ").chars().take(0).collect::<String>()
        );
        for v in &a.visits {
            println!(
                "  visit {:<22} onward {} cue {:?}",
                a.places[v.mention].span.of(&a.text),
                v.onward,
                v.cue
            );
        }
        for q in a.quotes.iter().take(0) {
            let t: String = q.span.of(&a.text).chars().take(50).collect();
            println!(
                "  quote {:<52} <- {:?}",
                t,
                q.speaker.as_ref().map(|s| s.name.as_str())
            );
        }
        for (i, e) in a.entities.iter().enumerate().take(0) {
            let ms: Vec<&str> = a
                .entity_mentions
                .iter()
                .filter(|m| m.entity == i)
                .map(|m| m.span.of(&a.text))
                .collect();
            if !ms.is_empty() {
                println!(
                    "  {:?} {} [{}] <- {:?}",
                    e.kind,
                    e.name,
                    e.role.clone().unwrap_or_default(),
                    ms
                );
            }
        }
        for f in a.figures.iter().take(0) {
            println!(
                "  figure {:<34} value {} {:?} unit {:?} subject {:?}",
                f.span.of(&a.text),
                f.value,
                f.qualifier,
                f.unit,
                f.subject
            );
        }
        for d in a.dates.iter().take(0) {
            println!(
                "  date {:<24} {:?} {:?}",
                d.span.of(&a.text),
                d.resolved.map(|r| format!("{}..{}", r.start, r.end)),
                d.confidence
            );
        }
        for b in a.blocks.iter().take(0) {
            let t = b.span.of(&a.text);
            let short: String = t.chars().take(90).collect();
            println!("  {:<28} {}", format!("{:?}", b.kind), short);
        }
    }
}
