//! The JSON export: the trip in its own format (`docs/trip.schema.json`: title, articles, removed,
//! edits) with the whole `Analysis` beside it under `"analysis"`. Importing the file reads the
//! trip and leaves the analysis (the engine works it out again from the same input), so it comes
//! back as the same trip. Its schema, `docs/export.schema.json`, is generated from the types and
//! pinned by a test here (`TOURLENS_BLESS=1 cargo test -p tourlens export_schema` rewrites it).

use serde::Serialize;
use tourlens_engine::Analysis;
use tourlens_trip::Trip;

/// A tourlens trip export: the trip (what tourlens imports) and everything the engine found in it.
#[derive(Serialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(title = "tourlens trip export"))]
pub struct Export<'a> {
    /// The trip: `tourlens_trip` (the format's version), title, articles, removed, edits.
    #[serde(flatten)]
    pub trip: &'a Trip,
    /// What the engine found in the trip's articles (those not removed), its edits applied.
    pub analysis: &'a Analysis,
}

pub fn write(trip: &Trip, analysis: &Analysis) -> Result<String, String> {
    serde_json::to_string_pretty(&Export { trip, analysis })
        .map_err(|e| format!("the trip could not be written as JSON: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{read, Contents};
    use tourlens_engine::{analyze_with, StopEdit, StopRef};
    use tourlens_trip::MetaField;

    /// The bundled trip with an edit of each kind of data: metadata, removal, traveller, a stop.
    fn edited_trip() -> Trip {
        let mut trip = Trip::new("Blinken <edited>", crate::bundled::articles());
        let id = trip.articles[0].id.clone();
        trip.set_meta(&id, MetaField::Outlet, "Asian Lite")
            .expect("valid");
        trip.remove(&trip.articles[1].id.clone());
        trip.set_traveller("Antony Blinken");
        trip.add_stop_edit(StopEdit::NotAStop {
            stop: StopRef {
                place: "Cyprus".into(),
                country: Some("CY".into()),
            },
        });
        trip
    }

    #[test]
    fn the_export_imports_back_as_the_same_trip() {
        let trip = edited_trip();
        let analysis = analyze_with(&trip.inputs(), &trip.edits);
        let json = write(&trip, &analysis).expect("writes");
        let back = read("export.json", json.as_bytes(), &|_| Default::default());
        let Ok(Contents::Trip(back)) = back.result else {
            panic!("not read as a trip: {:?}", back.result.err());
        };
        assert_eq!(*back, trip);
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        let again: Analysis =
            serde_json::from_value(value["analysis"].clone()).expect("the analysis reads back");
        assert_eq!(again, analysis);
        assert_eq!(
            analyze_with(&back.inputs(), &back.edits),
            analysis,
            "and analyses to the same trip"
        );
    }

    #[test]
    fn export_schema_is_current() {
        let schema = schemars::schema_for!(Export<'static>);
        let written = serde_json::to_string_pretty(&schema).expect("schema") + "\n";
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/export.schema.json");
        if std::env::var_os("TOURLENS_BLESS").is_some() {
            std::fs::write(path, &written).expect("docs/ is writable");
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == written,
            "docs/export.schema.json is not the schema of the types; rerun with TOURLENS_BLESS=1 and commit it"
        );
        let value: serde_json::Value = serde_json::from_str(&written).expect("JSON");
        for key in ["tourlens_trip", "title", "articles", "edits", "analysis"] {
            assert!(
                value["properties"].get(key).is_some(),
                "{key} in the schema"
            );
        }
    }
}
