//! The bundled corpus, compiled into the wasm from ../shared/articles by build.rs (assets/trip.json
//! lists it), and its analysis, made by the same engine when the app was built.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The analysis of `articles()`, made by the build (the same engine on the same articles: equal
/// to analysing them here, as a test checks); None if it cannot be read, and the page analyses.
pub fn analysis() -> Option<tourlens_engine::Analysis> {
    serde_json::from_str(include_str!(concat!(
        env!("OUT_DIR"),
        "/bundled-analysis.json"
    )))
    .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_analysis_made_by_the_build_is_the_engines_analysis_of_the_bundle() {
        let made = super::analysis().expect("the build's analysis reads back");
        assert_eq!(made, tourlens_engine::analyze(&super::articles()));
        assert!(!made.stops.is_empty());
    }
}
