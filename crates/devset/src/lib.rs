//! The dev-set scorer: loads real trips (articles plus `truth.json`) from `../shared` and scores
//! the engine's `Analysis` against them with the rules of `../shared/devset/README.md`.
//!
//! Article text is never copied into the repository: every trip is read from the shared folder,
//! found by [`shared_dir`].
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

use serde_json::Value;
use std::path::{Path, PathBuf};
use tourlens_engine::{analyze, fold, Analysis, ArticleInput, Day};

mod shared;

/// Where the shared material lives: `$TOURLENS_SHARED`, else `../shared` beside the repository,
/// else `../shared` beside the repository this one was cloned from (CI runs on a clean clone).
pub fn shared_dir() -> Result<PathBuf, String> {
    shared::shared_dir_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// One trip to score: its articles and what a careful reader found in them.
pub struct Case {
    pub name: String,
    pub inputs: Vec<ArticleInput>,
    pub truth: Value,
}

/// Every `.txt` of a folder, in name order, as the engine's input (id: the file name).
pub fn read_articles(dir: &Path) -> Result<Vec<ArticleInput>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok(ArticleInput {
                id: p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                text: String::from_utf8_lossy(&bytes).into_owned(),
                ..Default::default()
            })
        })
        .collect()
}

fn read_json(path: &Path) -> Result<Value, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))
}

/// The bundled five (`articles/` with `fixtures/seeds-truth.json`).
pub fn bundled(shared: &Path) -> Result<Case, String> {
    Ok(Case {
        name: "bundled (blinken-mideast-2023-11)".into(),
        inputs: read_articles(&shared.join("articles"))?,
        truth: read_json(&shared.join("fixtures/seeds-truth.json"))?,
    })
}

/// Every trip of `devset/`, in name order.
pub fn devset(shared: &Path) -> Result<Vec<Case>, String> {
    let root = shared.join("devset");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("truth.json").is_file())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|d| {
            Ok(Case {
                name: d
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                inputs: read_articles(d)?,
                truth: read_json(&d.join("truth.json"))?,
            })
        })
        .collect()
}

/// How the engine did on one trip, by the dev set's rules.
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub traveller: String,
    pub traveller_ok: bool,
    /// True stops (onward legs aside), engine stops counted for precision, true stops found.
    pub truths: usize,
    pub claimed: usize,
    pub found: usize,
    /// Pairs of found stops in the true order / all such pairs.
    pub order: (usize, usize),
    /// Found stops whose days share a day with the truth.
    pub dated: usize,
    /// Found stops within 25 km of the true city.
    pub near: usize,
    /// (stop, article) pairs of `mentioned_by` that the accounts cover / all of them.
    pub coverage: (usize, usize),
    /// What went wrong, one line each, for the reader of the table.
    pub misses: Vec<String>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.found, self.claimed)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.truths)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn order(&self) -> f64 {
        ratio(self.order.0, self.order.1)
    }
    pub fn dates(&self) -> f64 {
        ratio(self.dated, self.found)
    }
    pub fn geocoding(&self) -> f64 {
        ratio(self.near, self.found)
    }
    pub fn coverage(&self) -> f64 {
        ratio(self.coverage.0, self.coverage.1)
    }
}

/// Great-circle distance in km (haversine).
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// Levenshtein distance of two short words.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Titles a name may carry and still be the traveller's.
const TITLES: &[&str] = &[
    "king",
    "queen",
    "pope",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "general",
    "chancellor",
    "premier",
    "prince",
    "princess",
    "foreign",
    "state",
    "of",
    "the",
    "us",
    "u.s.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "his",
    "holiness",
    "majesty",
    "emperor",
    "sheikh",
    "pm",
    "chinese",
    "french",
    "british",
    "american",
];

/// The dev set's traveller rule: every word of the engine's name is a word of the true name (one
/// typo allowed) or a title, and the true surname is there.
pub fn traveller_right(engine: &str, truth: &str) -> bool {
    let (name, role) = match truth.split_once(" (") {
        Some((n, r)) => (n, r.trim_end_matches(')')),
        None => (truth, ""),
    };
    let words = |s: &str| -> Vec<String> {
        fold(s)
            .split(|c: char| !c.is_alphanumeric() && c != '.')
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches('.').to_string())
            .collect()
    };
    let (true_words, role_words, got) = (words(name), words(role), words(engine));
    let Some(surname) = true_words.last() else {
        return false;
    };
    let near = |w: &str, t: &str| w == t || (t.chars().count() > 3 && edits(w, t) <= 1);
    !got.is_empty()
        && got.iter().all(|w| {
            true_words.iter().any(|t| near(w, t))
                || TITLES.contains(&w.as_str())
                || role_words.contains(w)
        })
        && got.iter().any(|w| near(w, surname))
}

/// A true stop, as `truth.json` gives it.
struct TrueStop {
    place: String,
    country: String,
    lat: f64,
    lon: f64,
    dates: Vec<Day>,
    mentioned_by: Vec<String>,
}

fn true_stops(truth: &Value) -> Vec<TrueStop> {
    truth["stops"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| !s["onward"].as_bool().unwrap_or(false))
        .map(|s| TrueStop {
            place: s["place"].as_str().unwrap_or("").to_string(),
            country: s["country"].as_str().unwrap_or("").to_string(),
            lat: s["lat"].as_f64().unwrap_or(0.0),
            lon: s["lon"].as_f64().unwrap_or(0.0),
            dates: s["dates"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|d| d.as_str().and_then(Day::parse_iso))
                .collect(),
            mentioned_by: s["mentioned_by"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|m| m.trim_end_matches(".txt").to_string())
                .collect(),
        })
        .collect()
}

/// Scores one analysis against its truth.
pub fn score(analysis: &Analysis, truth: &Value) -> Score {
    let mut out = Score::default();
    let true_traveller = truth["traveler"].as_str().unwrap_or("");
    out.traveller = analysis
        .traveller
        .as_ref()
        .map(|t| t.name.clone())
        .unwrap_or_default();
    out.traveller_ok = traveller_right(&out.traveller, true_traveller);
    if !out.traveller_ok {
        out.misses.push(format!(
            "traveller: {:?}, not {true_traveller:?}",
            out.traveller
        ));
    }
    let truths = true_stops(truth);
    let stops = &analysis.stops;
    let place = |s: usize| &analysis.places[stops[s].place];
    // Candidate pairs (true, engine, distance): within 50 km, or the engine stop's name is the
    // true place or country. Matched one to one, nearest first.
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for (t, ts) in truths.iter().enumerate() {
        for s in 0..stops.len() {
            let p = place(s);
            let d = km(ts.lat, ts.lon, p.lat, p.lon);
            let named = fold(&p.name) == fold(&ts.place) || fold(&p.name) == fold(&ts.country);
            if d <= 50.0 || named {
                pairs.push((t, s, d));
            }
        }
    }
    pairs.sort_by(|a, b| a.2.total_cmp(&b.2));
    let mut matched: Vec<Option<usize>> = vec![None; truths.len()];
    let mut used = vec![false; stops.len()];
    for (t, s, _) in pairs {
        if matched[t].is_none() && !used[s] {
            matched[t] = Some(s);
            used[s] = true;
        }
    }
    out.truths = truths.len();
    // An engine stop counts against precision unless it is an announced onward leg.
    out.claimed = (0..stops.len())
        .filter(|&s| used[s] || !stops[s].onward)
        .count();
    out.found = matched.iter().flatten().count();
    for (t, ts) in truths.iter().enumerate() {
        let Some(s) = matched[t] else {
            out.misses.push(format!("missed stop {}", ts.place));
            continue;
        };
        let p = place(s);
        if km(ts.lat, ts.lon, p.lat, p.lon) <= 25.0 {
            out.near += 1;
        } else {
            out.misses.push(format!(
                "{} placed at {} ({:.0} km)",
                ts.place,
                p.name,
                km(ts.lat, ts.lon, p.lat, p.lon)
            ));
        }
        let overlap = stops[s]
            .days
            .is_some_and(|r| ts.dates.iter().any(|d| r.start <= *d && *d <= r.end));
        if overlap {
            out.dated += 1;
        } else {
            out.misses.push(format!(
                "{} dated {}, truth {}",
                ts.place,
                stops[s].days.map(|r| r.human()).unwrap_or("—".into()),
                ts.dates
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            ));
        }
    }
    for s in (0..stops.len()).filter(|&s| !used[s] && !stops[s].onward) {
        out.misses.push(format!("extra stop {}", place(s).name));
    }
    let found: Vec<(usize, usize)> = matched
        .iter()
        .enumerate()
        .filter_map(|(t, s)| Some((t, (*s)?)))
        .collect();
    for (i, &(ti, si)) in found.iter().enumerate() {
        for &(tj, sj) in &found[i + 1..] {
            out.order.1 += 1;
            if (ti < tj) == (si < sj) {
                out.order.0 += 1;
            } else {
                out.misses.push(format!(
                    "order: {} before {}",
                    truths[ti.min(tj)].place,
                    truths[ti.max(tj)].place
                ));
            }
        }
    }
    let article_of = |id: &str| {
        analysis
            .articles
            .iter()
            .position(|a| a.id.trim_end_matches(".txt") == id)
    };
    for (t, ts) in truths.iter().enumerate() {
        for id in &ts.mentioned_by {
            out.coverage.1 += 1;
            let covered = matched[t]
                .zip(article_of(id))
                .is_some_and(|(s, a)| stops[s].accounts.get(a).is_some_and(|x| x.covered));
            if covered {
                out.coverage.0 += 1;
            } else {
                out.misses.push(format!("{} not covered by {id}", ts.place));
            }
        }
    }
    out
}

/// Analyses and scores a case.
pub fn run(case: &Case) -> (Analysis, Score) {
    let analysis = analyze(&case.inputs);
    let score = score(&analysis, &case.truth);
    (analysis, score)
}

/// Means over trips: F1, order, dates, geocoding, coverage, and travellers right.
#[derive(Clone, Copy, Debug)]
pub struct Means {
    pub f1: f64,
    pub order: f64,
    pub dates: f64,
    pub geocoding: f64,
    pub coverage: f64,
    pub travellers: usize,
    pub trips: usize,
}

pub fn means(scores: &[&Score]) -> Means {
    let n = scores.len().max(1) as f64;
    let mean = |f: fn(&Score) -> f64| scores.iter().map(|s| f(s)).sum::<f64>() / n;
    Means {
        f1: mean(Score::f1),
        order: mean(Score::order),
        dates: mean(Score::dates),
        geocoding: mean(Score::geocoding),
        coverage: mean(Score::coverage),
        travellers: scores.iter().filter(|s| s.traveller_ok).count(),
        trips: scores.len(),
    }
}

/// The score table: one row per trip, then the dev set's means.
pub fn table(rows: &[(String, Score)], dev: &Means) -> String {
    let mut out = format!(
        "{:<36} {:<26} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6}\n",
        "trip", "traveller", "P", "R", "F1", "order", "dates", "geo", "cover"
    );
    for (name, s) in rows {
        let who = format!(
            "{}{}",
            if s.traveller_ok { "✓ " } else { "✗ " },
            s.traveller
        );
        out += &format!(
            "{:<36} {:<26} {:>5.2} {:>5.2} {:>5.2} {:>6.2} {:>6.2} {:>6.2} {:>6.2}\n",
            name,
            who.chars().take(26).collect::<String>(),
            s.precision(),
            s.recall(),
            s.f1(),
            s.order(),
            s.dates(),
            s.geocoding(),
            s.coverage()
        );
    }
    out += &format!(
        "{:<36} {:<26} {:>5} {:>5} {:>5.2} {:>6.2} {:>6.2} {:>6.2} {:>6.2}\n",
        "dev-set mean",
        format!("{}/{} right", dev.travellers, dev.trips),
        "",
        "",
        dev.f1,
        dev.order,
        dev.dates,
        dev.geocoding,
        dev.coverage
    );
    out
}

#[cfg(test)]
mod tests {
    use super::traveller_right;

    #[test]
    fn traveller_rule() {
        let cases = [
            (
                "Vice President Kamala Harris",
                "Kamala Harris (Vice President of the United States)",
                true,
            ),
            (
                "DETROIT — Vice President Kamala Harris",
                "Kamala Harris (Vice President of the United States)",
                false,
            ),
            (
                "Anthony Blinken",
                "Antony Blinken (US Secretary of State)",
                true,
            ),
            ("Pope Francis", "Pope Francis", true),
            ("Francis", "Pope Francis", true),
            (
                "Brazil Luiz Inácio Lula",
                "Luiz Inácio Lula da Silva (President of Brazil)",
                false,
            ),
            (
                "Jill Biden",
                "Joe Biden (President of the United States)",
                false,
            ),
            ("Xi Jinping", "Xi Jinping (President of China)", true),
            ("", "Xi Jinping (President of China)", false),
        ];
        for (got, truth, want) in cases {
            assert_eq!(traveller_right(got, truth), want, "{got} / {truth}");
        }
    }
}
