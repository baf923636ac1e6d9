//! Times parsing the bundled gazetteer and building its name index (what the first analysis pays).

fn main() {
    let data = include_str!("../data/places.tsv");
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let g = tourlens_engine::stages::Gazetteer::parse(data);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(g);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "gazetteer parse + index build: median {:.1} ms (of {:?})",
        times[2], times
    );
}
