//! The bundled corpus, compiled into the wasm from ../shared/articles by build.rs (assets/trip.json lists it).

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
