//! Prints everything the engine found in the given files, article by article: meta, blocks and
//! their kinds, places (visits marked), people and organisations, dates, figures and quotes.
//! A reading aid for working on the stages; `analyze` is the user-facing command.

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
    let short = |s: &str, n: usize| s.chars().take(n).collect::<String>();
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
        for b in &a.blocks {
            println!(
                "  block  {:<26} {}",
                format!("{:?}", b.kind),
                short(b.span.of(&a.text), 80)
            );
        }
        for (k, p) in a.places.iter().enumerate() {
            let visit = a.visits.iter().find(|v| v.mention == k);
            let tag = match visit {
                Some(v) if v.onward => format!("onward ({})", v.cue),
                Some(v) => format!("visit ({})", v.cue),
                None => "mention".into(),
            };
            println!(
                "  place  {:<22} → {:<24} {tag}",
                p.span.of(&a.text),
                analysis.places[p.place].name
            );
        }
        for (i, e) in a.entities.iter().enumerate() {
            let said: Vec<&str> = a
                .entity_mentions
                .iter()
                .filter(|m| m.entity == i)
                .map(|m| m.span.of(&a.text))
                .collect();
            if !said.is_empty() {
                println!(
                    "  {:<6} {} [{}] ← {:?}",
                    format!("{:?}", e.kind).to_lowercase(),
                    e.name,
                    e.role.clone().unwrap_or_default(),
                    said
                );
            }
        }
        for d in &a.dates {
            let when = d
                .resolved
                .map(|r| format!("{}..{}", r.start, r.end))
                .unwrap_or_else(|| "unresolved".into());
            println!(
                "  date   {:<24} {when} ({:?})",
                d.span.of(&a.text),
                d.confidence
            );
        }
        for f in &a.figures {
            println!(
                "  figure {:<34} value {} {:?} unit {:?} subject {:?}",
                f.span.of(&a.text),
                f.value,
                f.qualifier,
                f.unit,
                f.subject
            );
        }
        for q in &a.quotes {
            println!(
                "  quote  {:<52} ← {:?}",
                short(q.span.of(&a.text), 50),
                q.speaker.as_ref().map(|s| s.name.as_str())
            );
        }
    }
}
