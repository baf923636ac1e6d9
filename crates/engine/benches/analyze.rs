//! Engine throughput: `analyze` on the bundled corpus and on a ~1 MB synthetic corpus of 200
//! articles (the bundled five, each copied 40 times with its numbers and names varied so no two
//! are identical). Criterion prints time per run and MiB/s. The `search` group times what a
//! keystroke in the search box costs the engine: parsing the query, building its automaton and
//! running it over every article (the index is built once per corpus), on both corpora.
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;
use tourlens_engine::search::{run, Index, Query};
use tourlens_engine::{analyze, ArticleInput};

fn bundled() -> Vec<ArticleInput> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|p| ArticleInput {
            id: p.display().to_string(),
            text: std::fs::read_to_string(&p).unwrap_or_default(),
            ..Default::default()
        })
        .collect()
}

/// `copies` variants of each article: numbers bumped, the traveller renamed, so no duplicates.
fn synthetic(copies: usize) -> Vec<ArticleInput> {
    let base = bundled();
    let mut out = Vec::with_capacity(base.len() * copies);
    for i in 0..copies {
        for a in &base {
            let text = a
                .text
                .replace("Blinken", &format!("Traveller{i}"))
                .replace("10,000", &format!("{},000", 10 + i));
            out.push(ArticleInput {
                id: format!("{}#{i}", a.id),
                text,
                ..Default::default()
            });
        }
    }
    out
}

/// `copies` variants of each article about one trip: numbers bumped and a line added, the
/// traveller kept, so the engine follows one traveller through all of them (an import of many
/// outlets' coverage of one trip).
fn one_trip(copies: usize) -> Vec<ArticleInput> {
    let base = bundled();
    let mut out = Vec::with_capacity(base.len() * copies);
    for i in 0..copies {
        for a in &base {
            let mut text = a.text.replace("10,000", &format!("{},000", 10 + i));
            text.push_str(&format!("\n\nCopy {i} of this report."));
            out.push(ArticleInput {
                id: format!("{}#{i}", a.id),
                text,
                ..Default::default()
            });
        }
    }
    out
}

fn bytes(corpus: &[ArticleInput]) -> u64 {
    corpus.iter().map(|a| a.text.len() as u64).sum()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for (name, corpus) in [
        ("bundled-5", bundled()),
        ("synthetic-200", synthetic(40)),
        ("one-trip-200", one_trip(40)),
    ] {
        group.throughput(Throughput::Bytes(bytes(&corpus)));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{name} ({} KB)", bytes(&corpus) / 1024)),
            &corpus,
            |b, corpus| b.iter(|| analyze(corpus)),
        );
    }
    group.finish();
    let mut group = c.benchmark_group("search");
    for (name, corpus) in [("bundled-5", bundled()), ("synthetic-200", synthetic(40))] {
        let analysis = analyze(&corpus);
        let index = Index::new(&analysis);
        group.throughput(Throughput::Bytes(bytes(&corpus)));
        for q in [
            "ceasefire",
            "\"humanitarian pause\" OR hostages -Hamas",
            "negotiat*",
        ] {
            group.bench_with_input(
                BenchmarkId::new(format!("{name} ({} KB)", bytes(&corpus) / 1024), q),
                &q,
                |b, q| b.iter(|| run(&Query::parse(q), &index)),
            );
        }
        group.bench_function(BenchmarkId::new("index", name), |b| {
            b.iter(|| Index::new(&analysis))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
