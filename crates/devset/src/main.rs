//! `cargo xtask score`: runs the engine on the bundled five and every trip of the dev set and
//! prints the score table (per trip: traveller, stop P/R/F1, order, dates, geocoding, coverage;
//! then the dev set's means). `--misses` lists what went wrong under each trip.

use tourlens_devset::{bundled, devset, means, run, shared_dir, table};

fn main() {
    let misses = std::env::args().any(|a| a == "--misses");
    let shared = match shared_dir() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("score: {e}");
            std::process::exit(2);
        }
    };
    let cases = match (bundled(&shared), devset(&shared)) {
        (Ok(b), Ok(d)) => std::iter::once(b).chain(d).collect::<Vec<_>>(),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("score: {e}");
            std::process::exit(2);
        }
    };
    let rows: Vec<(String, tourlens_devset::Score)> =
        cases.iter().map(|c| (c.name.clone(), run(c).1)).collect();
    let dev: Vec<&tourlens_devset::Score> = rows.iter().skip(1).map(|(_, s)| s).collect();
    print!("{}", table(&rows, &means(&dev)));
    if misses {
        for (name, s) in &rows {
            if !s.misses.is_empty() {
                println!("\n{name}:");
                for m in &s.misses {
                    println!("  {m}");
                }
            }
        }
    }
}
