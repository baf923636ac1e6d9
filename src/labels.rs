//! Words the page shows for engine values: a stop's name, country and days, an outlet's name,
//! a confidence. Pure, so the components only render.

use tourlens_engine::{Analysis, Confidence, DiscrepancyKind, Edited, Stop};

pub fn stop_name(analysis: &Analysis, stop: &Stop) -> String {
    analysis
        .places
        .get(stop.place)
        .map(|p| p.name.clone())
        .or_else(|| stop.names.first().cloned())
        .unwrap_or_else(|| "?".into())
}

/// The country a stop is in, unless the stop is the country itself.
pub fn stop_country(analysis: &Analysis, stop: &Stop) -> Option<String> {
    let place = analysis.places.get(stop.place)?;
    place.country_name.clone().filter(|c| *c != place.name)
}

/// "5 Nov 2023", "5–6 Nov 2023", "30 Nov – 1 Dec 2023", "onward", "date unknown".
pub fn stop_days(stop: &Stop) -> String {
    if stop.onward {
        return "onward".into();
    }
    stop.days
        .map(|d| d.human())
        .unwrap_or_else(|| "date unknown".into())
}

pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "stated in full",
        Confidence::Medium => "a weekday or day the article dates",
        Confidence::Low => "inferred",
    }
}

pub fn outlet(analysis: &Analysis, article: usize) -> String {
    analysis
        .articles
        .get(article)
        .and_then(|a| a.outlet.value.clone())
        .unwrap_or_else(|| "Unknown outlet".into())
}

/// "Stop 3: Ramallah, Palestine, 5 Nov 2023, reported by 5 of 5 sources" — for screen readers.
pub fn stop_description(analysis: &Analysis, k: usize, stop: &Stop) -> String {
    let covered = stop.accounts.iter().filter(|a| a.covered).count();
    let country = stop_country(analysis, stop)
        .map(|c| format!(", {c}"))
        .unwrap_or_default();
    let number = if stop.onward {
        "Onward".to_string()
    } else {
        format!("Stop {}", k + 1)
    };
    let edited = if stop.edited.is_empty() {
        String::new()
    } else {
        format!(", {}", edited(&stop.edited))
    };
    format!(
        "{number}: {}{country}, {}, reported by {covered} of {} sources{edited}",
        stop_name(analysis, stop),
        stop_days(stop),
        stop.accounts.len()
    )
}

/// A map marker's accessible name: its visible number and label first ("4 Cyprus"), then the
/// description.
pub fn marker_name(analysis: &Analysis, k: usize, stop: &Stop) -> String {
    let number = if stop.onward {
        "→".to_string()
    } else {
        (k + 1).to_string()
    };
    format!(
        "{number} {}: {}",
        stop_name(analysis, stop),
        stop_description(analysis, k, stop)
    )
}

pub fn discrepancy_kind(kind: DiscrepancyKind) -> &'static str {
    match kind {
        DiscrepancyKind::Figure => "Figures",
        DiscrepancyKind::Date => "Dates",
        DiscrepancyKind::Place => "Places",
        DiscrepancyKind::Coverage => "Stops not everyone reports",
        DiscrepancyKind::Quoted => "Quoted by one source only",
        DiscrepancyKind::Event => "Events named differently",
    }
}

/// "edited: place, days": what of a stop the user's edits changed.
pub fn edited(parts: &[Edited]) -> String {
    let words: Vec<&str> = parts
        .iter()
        .map(|p| match p {
            Edited::Added => "added",
            Edited::Merged => "merged",
            Edited::Split => "split off",
            Edited::Order => "order",
            Edited::Place => "place",
            Edited::Days => "days",
        })
        .collect();
    format!("edited: {}", words.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_are_described_for_screen_readers() {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        let s = &analysis.stops[2];
        assert_eq!(
            stop_description(&analysis, 2, s),
            "Stop 3: Ramallah, Palestine, 5 Nov 2023, reported by 5 of 5 sources"
        );
        let onward = analysis
            .stops
            .iter()
            .position(|s| s.onward)
            .expect("onward");
        assert!(stop_description(&analysis, onward, &analysis.stops[onward])
            .starts_with("Onward: Japan"));
    }
}
