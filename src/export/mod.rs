//! The trip's data for other tools, as files: JSON (the trip and its whole analysis; it imports
//! back as the same trip), GeoJSON (the stops as points and the route, RFC 7946) and CSV (stop ×
//! source coverage and the discrepancies, with each source's words). Pure: the trip and its
//! analysis in, text out; saving the file is `download.rs`'s.

pub mod csv;
pub mod geojson;
pub mod json;

use tourlens_engine::Analysis;
use tourlens_trip::Trip;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    GeoJson,
    Csv,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Json, Format::GeoJson, Format::Csv];

    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::GeoJson => "GeoJSON",
            Format::Csv => "CSV",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::GeoJson => "geojson",
            Format::Csv => "csv",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::GeoJson => "application/geo+json",
            Format::Csv => "text/csv;charset=utf-8",
        }
    }

    /// What the file holds, for the user.
    pub fn what(self) -> &'static str {
        match self {
            Format::Json => "the trip (articles, edits, title) and everything the engine found; tourlens imports it back as the same trip",
            Format::GeoJson => "the stops as points (name, country, days, order, the sources that report each) and the route as a line, onward legs flagged; for GIS and map tools",
            Format::Csv => "one row per stop (which sources report it, in their words) and one per discrepancy (each source's version); for spreadsheets",
        }
    }
}

/// The file's text.
pub fn build(format: Format, trip: &Trip, analysis: &Analysis) -> Result<String, String> {
    match format {
        Format::Json => json::write(trip, analysis),
        Format::GeoJson => geojson::write(analysis),
        Format::Csv => csv::write(analysis),
    }
}

/// A file name from the trip's title: "xi-jinping-in-europe-2024.csv" (diacritics folded,
/// anything but letters and digits a hyphen, at most 60 characters before the extension).
pub fn file_name(title: &str, extension: &str) -> String {
    let folded = tourlens_engine::fold(title);
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() {
        "tourlens-trip"
    } else {
        slug
    };
    format!("{slug}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names() {
        let cases: &[(&str, &str)] = &[
            (
                "Blinken's Middle East tour, 3–6 November 2023",
                "blinken-s-middle-east-tour-3-6-november-2023.csv",
            ),
            ("Erdoğan à Paris", "erdogan-a-paris.csv"),
            ("  ", "tourlens-trip.csv"),
            ("../../etc/passwd", "etc-passwd.csv"),
            ("東京", "tourlens-trip.csv"),
        ];
        for (title, want) in cases {
            assert_eq!(file_name(title, "csv"), *want, "{title}");
        }
        assert!(file_name(&"a ".repeat(100), "html").len() <= 65);
    }
}
