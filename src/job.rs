//! An analysis job: what the worker is given (a trip's articles and edits, as JSON) and what it
//! answers (the `Analysis`, or why not). The same function runs in the worker, through the
//! wasm export `tourlens_analyze`, and on the main thread when no worker can be had.

use serde::{Deserialize, Serialize};
use tourlens_engine::{analyze_with, Analysis, ArticleInput, Edits};

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Job {
    pub articles: Vec<ArticleInput>,
    #[serde(default)]
    pub edits: Edits,
}

/// The worker's answer.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Ok(Box<Analysis>),
    Error(String),
}

/// Runs a job given as JSON; answers in JSON. Never panics: bad JSON is an `Error` answer.
pub fn run_json(job: &str) -> String {
    let answer = match serde_json::from_str::<Job>(job) {
        Ok(job) => Answer::Ok(Box::new(analyze_with(&job.articles, &job.edits))),
        Err(e) => Answer::Error(format!("the job could not be read: {e}")),
    };
    serde_json::to_string(&answer)
        .unwrap_or_else(|e| format!("{{\"error\":\"the analysis could not be written: {e}\"}}"))
}

/// The worker's entry point (the Yew app does not start in a worker: see `main`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn tourlens_analyze(job: &str) -> String {
    run_json(job)
}

/// The worker's first step of warming up: the engine reads its gazetteer and word tables, which
/// the first job needs anyway (so a job that comes at once waits for nothing it would not).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn tourlens_prepare() {
    tourlens_engine::prepare();
}

/// One warm-up pass in the worker, while the import screen is open and no job has come: the
/// engine analyses one of the bundled articles (inside the wasm already; one, so that a job
/// waits a few milliseconds at most), so the browser compiles its hot code fully before the
/// reader's articles come
/// (`worker.rs`; figures in the README's Benchmarks).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn tourlens_warm(pass: u32) {
    let articles = crate::bundled::articles();
    if let Some(article) = articles.get(pass as usize % articles.len().max(1)) {
        tourlens_engine::analyze(std::slice::from_ref(article));
    }
}

/// Reads the worker's answer.
pub fn read_answer(answer: &str) -> Result<Analysis, String> {
    match serde_json::from_str::<Answer>(answer) {
        Ok(Answer::Ok(a)) => Ok(*a),
        Ok(Answer::Error(e)) => Err(e),
        Err(e) => Err(format!("the worker's answer could not be read: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_round_trips_to_the_same_analysis() {
        let job = Job {
            articles: crate::bundled::articles(),
            edits: Edits {
                traveller: Some("Antony Blinken".into()),
                stops: vec![],
            },
        };
        let json = serde_json::to_string(&job).expect("serialises");
        let got = read_answer(&run_json(&json)).expect("analysed");
        assert_eq!(got, analyze_with(&job.articles, &job.edits));
    }

    #[test]
    fn bad_jobs_are_answers_not_panics() {
        for bad in ["", "{", "[1,2]", "{\"articles\": 3}"] {
            let err = read_answer(&run_json(bad)).expect_err(bad);
            assert!(err.starts_with("the job could not be read"), "{bad}: {err}");
        }
        assert!(read_answer("nonsense").is_err());
    }
}
