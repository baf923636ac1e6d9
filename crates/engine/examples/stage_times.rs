//! Times each engine stage over the bundled corpus (1000 rounds): where the time goes.

use std::time::Instant;
use tourlens_engine::stages::{
    classify, dates, entities, figures, meta, places, quotes, sentences, Gazetteer,
};
use tourlens_engine::Meta;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/articles");
    let texts: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    let rounds = 1000;
    let mut totals = [0.0f64; 8];
    let g = Gazetteer::bundled();
    for _ in 0..rounds {
        for t in &texts {
            let s = Instant::now();
            let blocks = classify(t);
            totals[0] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = meta(t, &blocks, &Meta::default());
            totals[1] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = sentences(t, &blocks);
            totals[2] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let d = dates(t, &blocks);
            totals[3] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = figures(t, &blocks, &d);
            totals[5] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = places(t, &blocks, g);
            totals[6] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = entities(t, &blocks, g);
            totals[7] += s.elapsed().as_secs_f64();
            let s = Instant::now();
            let _ = quotes(t, &blocks, &[]);
            totals[4] += s.elapsed().as_secs_f64();
        }
    }
    for (name, total) in [
        "clean", "meta", "segment", "dates", "quotes", "figures", "places", "entities",
    ]
    .iter()
    .zip(totals)
    {
        println!(
            "{name:<8} {:>8.1} µs per corpus",
            total / rounds as f64 * 1e6
        );
    }
}
