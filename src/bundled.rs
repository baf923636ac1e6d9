//! The bundled corpus, compiled into the wasm from assets/articles (see build.rs).

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
