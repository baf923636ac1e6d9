//! The GeoJSON export (RFC 7946): a FeatureCollection with one Point per stop (name, country,
//! days, order, the sources that report it) and the route as a LineString through the stops
//! made, in order, plus one LineString per onward leg (`"onward": true`) from the last stop made.
//! Positions are longitude, latitude (WGS 84), five decimals; a leg that crosses the
//! antimeridian is split there (RFC 7946 §3.1.9), making the route a MultiLineString.

use crate::labels;
use geojson::{Feature, FeatureCollection, Geometry, JsonObject};
use serde_json::{json, Value};
use tourlens_engine::{Analysis, Stop};

pub fn write(analysis: &Analysis) -> Result<String, String> {
    let mut features: Vec<Feature> = analysis
        .stops
        .iter()
        .enumerate()
        .map(|(k, stop)| feature(point(analysis, stop), stop_properties(analysis, k, stop)))
        .collect();
    let made: Vec<usize> = (0..analysis.stops.len())
        .filter(|&k| !analysis.stops[k].onward)
        .collect();
    if made.len() >= 2 {
        let positions: Vec<[f64; 2]> = made
            .iter()
            .map(|&k| point(analysis, &analysis.stops[k]))
            .collect();
        let numbers: Vec<usize> = made.iter().map(|k| k + 1).collect();
        features.push(feature_line(
            &positions,
            json!({ "kind": "route", "onward": false, "stops": numbers }),
        ));
    }
    if let Some(&last) = made.last() {
        let from = point(analysis, &analysis.stops[last]);
        for (k, stop) in analysis.stops.iter().enumerate().filter(|(_, s)| s.onward) {
            features.push(feature_line(
                &[from, point(analysis, stop)],
                json!({ "kind": "route", "onward": true, "stops": [last + 1, k + 1] }),
            ));
        }
    }
    serde_json::to_string_pretty(&FeatureCollection::new(features))
        .map_err(|e| format!("the trip could not be written as GeoJSON: {e}"))
}

/// A stop's position: its place's longitude and latitude.
fn point(analysis: &Analysis, stop: &Stop) -> [f64; 2] {
    analysis
        .places
        .get(stop.place)
        .map_or([0.0, 0.0], |p| [round(p.lon), round(p.lat)])
}

fn round(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

fn stop_properties(analysis: &Analysis, k: usize, stop: &Stop) -> Value {
    let place = analysis.places.get(stop.place);
    let covering: Vec<usize> = stop.covering().collect();
    json!({
        "kind": "stop",
        "order": k + 1,
        "name": labels::stop_name(analysis, stop),
        "country": place.and_then(|p| p.country_name.clone()),
        "country_code": stop.country,
        "onward": stop.onward,
        "days": stop.days.map(|d| json!({ "start": d.start.to_string(), "end": d.end.to_string() })),
        "days_text": labels::stop_days(stop),
        "date_confidence": stop.date_confidence,
        "sources": covering.iter().map(|a| a + 1).collect::<Vec<_>>(),
        "reported_by": covering.iter().map(|&a| labels::outlet(analysis, a)).collect::<Vec<_>>(),
        "source_count": analysis.articles.len(),
        "also_named": stop.names,
        "edited": stop.edited,
    })
}

fn feature(position: [f64; 2], properties: Value) -> Feature {
    Feature {
        geometry: Some(Geometry::new_point(position)),
        properties: object(properties),
        ..Default::default()
    }
}

fn feature_line(positions: &[[f64; 2]], properties: Value) -> Feature {
    let parts = split_at_antimeridian(positions);
    let geometry = match parts.as_slice() {
        [one] => Geometry::new_line_string(one.iter().copied()),
        _ => Geometry::new_multi_line_string(parts.iter().map(|p| p.iter().copied())),
    };
    Feature {
        geometry: Some(geometry),
        properties: object(properties),
        ..Default::default()
    }
}

fn object(value: Value) -> Option<JsonObject> {
    match value {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

/// The line as parts that never cross longitude ±180: a leg whose longitudes differ by more
/// than 180° goes the short way round, ending one part at the antimeridian and starting the next
/// on its other side, at the latitude where the leg crosses it.
fn split_at_antimeridian(positions: &[[f64; 2]]) -> Vec<Vec<[f64; 2]>> {
    let mut parts = vec![Vec::new()];
    for (i, &p) in positions.iter().enumerate() {
        if let Some(&[lon0, lat0]) = i.checked_sub(1).and_then(|j| positions.get(j)) {
            let [lon1, lat1] = p;
            if (lon1 - lon0).abs() > 180.0 {
                let edge = if lon0 > 0.0 { 180.0 } else { -180.0 };
                let lon1_unwrapped = if lon0 > 0.0 {
                    lon1 + 360.0
                } else {
                    lon1 - 360.0
                };
                let t = (edge - lon0) / (lon1_unwrapped - lon0);
                let lat = round(lat0 + t * (lat1 - lat0));
                if let Some(part) = parts.last_mut() {
                    part.push([edge, lat]);
                }
                parts.push(vec![[-edge, lat]]);
            }
        }
        if let Some(part) = parts.last_mut() {
            part.push(p);
        }
    }
    parts.retain(|p| !p.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collection() -> Value {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        serde_json::from_str(&write(&analysis).expect("writes")).expect("JSON")
    }

    #[test]
    fn the_bundled_trip_as_geojson() {
        let fc = collection();
        assert_eq!(fc["type"], "FeatureCollection");
        let features = fc["features"].as_array().expect("features");
        let stops: Vec<&Value> = features
            .iter()
            .filter(|f| f["properties"]["kind"] == "stop")
            .collect();
        let names: Vec<&str> = stops
            .iter()
            .filter_map(|f| f["properties"]["name"].as_str())
            .collect();
        assert_eq!(
            names,
            ["Tel Aviv", "Amman", "Ramallah", "Cyprus", "Baghdad", "Ankara", "Japan"]
        );
        for f in &stops {
            assert_eq!(f["type"], "Feature");
            assert_eq!(f["geometry"]["type"], "Point");
            let c = f["geometry"]["coordinates"].as_array().expect("position");
            let (lon, lat) = (
                c[0].as_f64().unwrap_or(999.0),
                c[1].as_f64().unwrap_or(999.0),
            );
            assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            assert_eq!(f["properties"]["source_count"], 5);
        }
        let cyprus = &stops[3]["properties"];
        assert_eq!(cyprus["order"], 4);
        assert_eq!(cyprus["sources"], json!([1, 5]));
        assert_eq!(cyprus["reported_by"].as_array().map(Vec::len), Some(2));
        let ankara = &stops[5]["properties"];
        assert_eq!(
            ankara["days"],
            json!({ "start": "2023-11-05", "end": "2023-11-06" })
        );
        assert_eq!(ankara["country"], "Türkiye");
        // Tel Aviv is east of 34° E, north of 32° N: longitude first.
        let tel_aviv = stops[0]["geometry"]["coordinates"]
            .as_array()
            .expect("position");
        assert!(tel_aviv[0].as_f64() > Some(34.0) && tel_aviv[1].as_f64() > Some(32.0));
        let routes: Vec<&Value> = features
            .iter()
            .filter(|f| f["properties"]["kind"] == "route")
            .collect();
        assert_eq!(routes.len(), 2, "the route and the onward leg to Japan");
        assert_eq!(routes[0]["geometry"]["type"], "LineString");
        assert_eq!(routes[0]["properties"]["onward"], false);
        assert_eq!(
            routes[0]["geometry"]["coordinates"]
                .as_array()
                .map(Vec::len),
            Some(6)
        );
        assert_eq!(routes[1]["properties"]["onward"], true);
        assert_eq!(routes[1]["properties"]["stops"], json!([6, 7]));
    }

    #[test]
    fn legs_across_the_antimeridian_are_split() {
        let cases: &[(&str, &[[f64; 2]], &[&[[f64; 2]]])] = &[
            (
                "no crossing",
                &[[10.0, 1.0], [20.0, 2.0]],
                &[&[[10.0, 1.0], [20.0, 2.0]]],
            ),
            (
                "Fiji to Samoa, eastwards",
                &[[170.0, -10.0], [-170.0, -20.0]],
                &[
                    &[[170.0, -10.0], [180.0, -15.0]],
                    &[[-180.0, -15.0], [-170.0, -20.0]],
                ],
            ),
            (
                "and back",
                &[[-170.0, -20.0], [170.0, -10.0]],
                &[
                    &[[-170.0, -20.0], [-180.0, -15.0]],
                    &[[180.0, -15.0], [170.0, -10.0]],
                ],
            ),
            ("one point", &[[1.0, 2.0]], &[&[[1.0, 2.0]]]),
            ("none", &[], &[]),
        ];
        for (name, line, want) in cases {
            let got = split_at_antimeridian(line);
            let want: Vec<Vec<[f64; 2]>> = want.iter().map(|p| p.to_vec()).collect();
            assert_eq!(got, want, "{name}");
        }
    }
}
