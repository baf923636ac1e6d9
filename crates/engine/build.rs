//! Writes the gazetteer's compact form (`src/gazetteer/pack.rs`) from data/places.tsv into
//! OUT_DIR/places.bin: what the engine (and so the wasm) carries instead of the TSV.

#[path = "src/gazetteer/pack.rs"]
#[allow(dead_code)]
mod pack;

fn main() {
    println!("cargo:rerun-if-changed=data/places.tsv");
    println!("cargo:rerun-if-changed=src/gazetteer/pack.rs");
    let tsv = std::fs::read_to_string("data/places.tsv").expect("data/places.tsv is readable text");
    let mut rows = pack::rows_of_tsv(&tsv);
    let bytes = pack::encode(&mut rows);
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("places.bin");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}
