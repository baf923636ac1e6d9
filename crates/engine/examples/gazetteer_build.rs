//! Times reading the bundled gazetteer (its compact form, `gazetteer/pack.rs`) and building its
//! name index, which the first analysis pays; and the same from the TSV it is made from.
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

use tourlens_engine::stages::Gazetteer;

fn median_ms(mut run: impl FnMut() -> Gazetteer) -> (f64, usize) {
    let mut times = Vec::new();
    let mut n = 0;
    for _ in 0..7 {
        let t = std::time::Instant::now();
        let g = run();
        times.push(t.elapsed().as_secs_f64() * 1e3);
        n = g.entries.len();
        std::hint::black_box(g);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    (times[3], n)
}

fn main() {
    let (packed, n) = median_ms(Gazetteer::unpack);
    println!("gazetteer from its compact form + index build: median {packed:.1} ms ({n} places)");
    let tsv = include_str!("../data/places.tsv");
    let (text, n) = median_ms(|| Gazetteer::parse(tsv));
    println!("gazetteer from places.tsv + index build:      median {text:.1} ms ({n} places)");
}
