//! Prints, for one dev-set trip (or all), each article's headline, outlet and date as the engine
//! reads them beside the truth, then the trip table: a developer's look at where the engine goes wrong.
//!
//!     cargo run --release -p tourlens-devset --example inspect -- [TRIP-NAME-PART]

use tourlens_devset::{bundled, devset, run, shared_dir};

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    let show_visits = std::env::args().any(|a| a == "--visits");
    let shared = shared_dir().expect("shared dir");
    let mut cases = devset(&shared).expect("devset");
    cases.insert(0, bundled(&shared).expect("bundled"));
    for case in cases.iter().filter(|c| c.name.contains(&filter)) {
        let (analysis, _) = run(case);
        println!("== {}", case.name);
        for a in &analysis.articles {
            let key = a.id.trim_end_matches(".txt");
            let t = &case.truth["articles"][key];
            let t = if t.is_null() {
                &case.truth["articles"][&a.id]
            } else {
                t
            };
            println!(
                "{:<28} date {:<10} {:<9} truth {:<10} | outlet {:?} truth {:?}",
                key.chars().take(28).collect::<String>(),
                a.published
                    .value
                    .map(|d| d.to_string())
                    .unwrap_or("-".into()),
                format!("{:?}", a.published.provenance),
                t["published"]
                    .as_str()
                    .or(t["published_inferred"].as_str())
                    .unwrap_or("-"),
                a.outlet.value.as_deref().unwrap_or("-"),
                t["outlet"].as_str().unwrap_or("-"),
            );
            println!("    basis: {}", a.published.basis);
            if show_visits {
                for v in &a.visits {
                    let m = &a.places[v.mention];
                    println!(
                        "    visit {:<20} {:<28} {}{}| {}",
                        m.span.of(&a.text),
                        v.cue,
                        if v.onward { "onward " } else { "" },
                        if v.furniture { "furniture " } else { "" },
                        v.evidence.of(&a.text).chars().take(110).collect::<String>()
                    );
                }
            }
        }
        match &analysis.traveller {
            Some(t) => println!("traveller: {} ({:?}) — {}", t.name, t.role, t.basis),
            None => println!("traveller: none"),
        }
        for (k, s) in analysis.stops.iter().enumerate() {
            let p = &analysis.places[s.place];
            let cov: String = s
                .accounts
                .iter()
                .map(|a| if a.covered { '✓' } else { '·' })
                .collect();
            println!(
                "{:>2} {:<18} {:<3} {:<24} {:<6} {} {}{}",
                k + 1,
                p.name,
                s.country.as_deref().unwrap_or("-"),
                s.days.map(|d| d.human()).unwrap_or("-".into()),
                format!("{:?}", s.date_confidence),
                cov,
                if s.onward { "onward " } else { "" },
                s.names.join(" / ")
            );
            println!("      {}", s.date_basis);
        }
        println!();
    }
}
