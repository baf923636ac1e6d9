//! Words the page shows for engine values: a stop's name, country and days, an outlet's name,
//! how a date was found, what the trip compares, where sources differ about a stop, counts of
//! hits, the link to an original article. Pure, so the components only render.

use tourlens_engine::{
    Analysis, Article, Claim, Confidence, Discrepancy, DiscrepancyKind, Edited, Stop,
};

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

/// Whether the trip is told only as plans (a preview): no stop made, some planned.
fn planned_only(analysis: &Analysis) -> bool {
    !analysis.stops.is_empty() && analysis.stops.iter().all(|s| s.onward)
}

/// A stop's days as the stop list and detail show them: "planned" where the whole trip is
/// still a plan, else `stop_days`.
pub fn days_in_trip(analysis: &Analysis, stop: &Stop) -> String {
    if planned_only(analysis) {
        "planned".into()
    } else {
        stop_days(stop)
    }
}

/// Where stop `k` stands: "Stop 2 of 6", "Onward, after the trip", or "Planned stop 1 of 3
/// (not yet made)" in a trip told only as plans.
pub fn stop_position(analysis: &Analysis, k: usize) -> String {
    let made = analysis.stops.iter().filter(|s| !s.onward).count();
    match analysis.stops.get(k) {
        Some(_) if planned_only(analysis) => format!(
            "Planned stop {} of {} (not yet made)",
            k + 1,
            analysis.stops.len()
        ),
        Some(s) if s.onward => "Onward, after the trip".into(),
        _ => format!("Stop {} of {made}", k + 1),
    }
}

/// How a stop's days were found, as a sentence: "Worked out from a weekday a source names,
/// counted from the article's own date." None when there is nothing dated to explain.
pub fn date_note(stop: &Stop) -> Option<&'static str> {
    if stop.onward || stop.days.is_none() {
        return None;
    }
    Some(match stop.date_confidence {
        Confidence::High => "A source states the date in full.",
        Confidence::Medium => {
            "Worked out from a weekday or a day and month a source names, counted from the article's own date."
        }
        Confidence::Low => {
            "Inferred from the order of the stops or from an article date the engine worked out; no source states it."
        }
    })
}

/// "1 hit", "3 hits".
pub fn hits(n: usize) -> String {
    format!("{n} hit{}", if n == 1 { "" } else { "s" })
}

/// What the trip view compares: "6 stops, then onward to Japan · 5 sources".
pub fn trip_summary(analysis: &Analysis, sources: usize) -> String {
    let made = analysis.stops.iter().filter(|s| !s.onward).count();
    let onward: Vec<String> = analysis
        .stops
        .iter()
        .filter(|s| s.onward)
        .map(|s| stop_name(analysis, s))
        .collect();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut out = plural(made, "stop", "stops");
    if made == 0 && !onward.is_empty() {
        // A trip told only as plans (a preview): what is planned, not "0 stops, then onward".
        out = format!("Planned: {} (no stop made yet)", onward.join(", "));
    } else if !onward.is_empty() {
        out.push_str(&format!(", then onward to {}", onward.join(" and ")));
    }
    out.push_str(&format!(" · {}", plural(sources, "source", "sources")));
    out
}

/// The discrepancies about stop `k` that concern the stop itself: where it was and when.
pub fn disputes(analysis: &Analysis, k: usize) -> Vec<(usize, &Discrepancy)> {
    analysis
        .discrepancies
        .iter()
        .enumerate()
        .filter(|(_, d)| d.stop == Some(k))
        .filter(|(_, d)| matches!(d.kind, DiscrepancyKind::Place | DiscrepancyKind::Date))
        .collect()
}

/// A disputed fact's claims from the sources shown, grouped by the value they give (as the
/// first of them writes it; case does not part values), in the order the values first appear:
/// with two hundred sources, "Jerusalem: 80 sources" reads where 120 rows would not.
pub fn claims_by_value(
    claims: &[Claim],
    shown: impl Fn(usize) -> bool,
) -> Vec<(&str, Vec<&Claim>)> {
    // Each group keyed by its value in lower case, folded once.
    let mut groups: Vec<(String, &str, Vec<&Claim>)> = Vec::new();
    for c in claims.iter().filter(|c| shown(c.article)) {
        let key = c.value.to_lowercase();
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, group)) => group.push(c),
            None => groups.push((key, &c.value, vec![c])),
        }
    }
    groups.into_iter().map(|(_, v, g)| (v, g)).collect()
}

/// "77 more sources say “Jerusalem”", under the first claims of a value.
pub fn more_saying(n: usize, value: &str) -> String {
    if n == 1 {
        format!("1 more source says “{value}”")
    } else {
        format!("{n} more sources say “{value}”")
    }
}

/// The flag shown beside a stop that sources tell differently.
pub const DIFFER: &str = "sources differ";

/// "sources differ on the place and the date" — what of stop `k` is disputed; None if nothing.
pub fn differs_on(analysis: &Analysis, k: usize) -> Option<String> {
    let d = disputes(analysis, k);
    let place = d.iter().any(|(_, d)| d.kind == DiscrepancyKind::Place);
    let date = d.iter().any(|(_, d)| d.kind == DiscrepancyKind::Date);
    match (place, date) {
        (true, true) => Some(format!("{DIFFER} on the place and the date")),
        (true, false) => Some(format!("{DIFFER} on the place")),
        (false, true) => Some(format!("{DIFFER} on the date")),
        (false, false) => None,
    }
}

/// A stop's name on the map: "Tel Aviv · sources differ" when its place or date is disputed.
pub fn map_label(analysis: &Analysis, k: usize, stop: &Stop) -> String {
    let name = stop_name(analysis, stop);
    if disputes(analysis, k).is_empty() {
        name
    } else {
        format!("{name} · {DIFFER}")
    }
}

/// The original article's address, when it is a web address a reader can follow (http or
/// https, no spaces or control characters); anything else (`javascript:`, `data:`, a file
/// path, a bare word) is not linked.
pub fn original_url(article: &Article) -> Option<&str> {
    let url = article.url.as_deref()?.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host_ok = rest
        .split(['/', '?', '#'])
        .next()
        .is_some_and(|h| !h.is_empty());
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (host_ok && clean).then_some(url)
}

/// The site an address is on, to show beside the link: "www.example.com".
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host)
}

/// An article's date as the page shows it: "6 Nov 2023", "6 Nov 2023 (inferred)", "date unknown".
pub fn published(article: &Article) -> String {
    match (article.published.value, article.published.provenance) {
        (Some(d), tourlens_engine::Provenance::Inferred) => format!("{} (inferred)", d.human()),
        (Some(d), _) => d.human(),
        (None, _) => "date unknown".into(),
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
    let covered = stop.covering().count();
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
    let differs = differs_on(analysis, k)
        .map(|d| format!(", {d}"))
        .unwrap_or_default();
    format!(
        "{number}: {}{country}, {}, reported by {covered} of {} sources{differs}{edited}",
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
    fn only_web_addresses_are_linked() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "https://www.example.com/world/story-1",
                Some("https://www.example.com/world/story-1"),
            ),
            (
                "  http://example.org/a?b=c#d ",
                Some("http://example.org/a?b=c#d"),
            ),
            ("HTTPS://EXAMPLE.COM", Some("HTTPS://EXAMPLE.COM")),
            ("javascript:alert(1)", None),
            ("JavaScript://example.com/%0Aalert(1)", None),
            ("data:text/html,<b>x</b>", None),
            ("file:///etc/passwd", None),
            ("//example.com/x", None),
            ("example.com/x", None),
            ("https://", None),
            ("https:///path", None),
            ("https://exa mple.com", None),
            ("https://example.com/a\nb", None),
            ("https://example.com/\u{7}", None),
            ("", None),
        ];
        for (url, want) in cases {
            let article = Article {
                url: Some(url.to_string()),
                ..blank()
            };
            assert_eq!(original_url(&article), *want, "{url:?}");
        }
        assert_eq!(original_url(&blank()), None, "no address, no link");
        assert_eq!(
            url_host("https://user@www.example.com:8080/a/b?c"),
            "www.example.com:8080"
        );
        assert_eq!(url_host("http://example.org"), "example.org");
    }

    #[test]
    fn claims_group_by_the_value_they_give() {
        let claim = |article: usize, value: &str| Claim {
            article,
            value: value.into(),
            evidence: tourlens_engine::Span { start: 0, end: 1 },
        };
        let claims = [
            claim(0, "Jerusalem"),
            claim(1, "Tel Aviv"),
            claim(2, "jerusalem"),
            claim(3, "Jerusalem"),
            claim(4, "Tel Aviv"),
        ];
        let groups: Vec<(&str, Vec<usize>)> = claims_by_value(&claims, |a| a != 3)
            .into_iter()
            .map(|(v, cs)| (v, cs.iter().map(|c| c.article).collect()))
            .collect();
        assert_eq!(
            groups,
            vec![("Jerusalem", vec![0, 2]), ("Tel Aviv", vec![1, 4])],
            "first-seen order, case folded, hidden sources left out"
        );
        assert!(claims_by_value(&claims, |_| false).is_empty());
    }

    fn blank() -> Article {
        tourlens_engine::analyze(&[tourlens_engine::ArticleInput {
            id: "a".into(),
            text: "A story.".into(),
            ..Default::default()
        }])
        .articles
        .remove(0)
    }

    #[test]
    fn counts_and_summaries_read_as_words() {
        let cases: &[(usize, &str)] = &[
            (0, "0 hits"),
            (1, "1 hit"),
            (2, "2 hits"),
            (1000, "1000 hits"),
        ];
        for (n, want) in cases {
            assert_eq!(hits(*n), *want);
        }
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        assert_eq!(
            trip_summary(&analysis, 5),
            "6 stops, then onward to Japan · 5 sources"
        );
        assert_eq!(
            trip_summary(&tourlens_engine::analyze(&[]), 1),
            "0 stops · 1 source"
        );
        let preview = tourlens_engine::analyze(&[tourlens_engine::ArticleInput {
            id: "a".into(),
            text: "Ministers to tour\n\nJanuary 11, 2020\n\nForeign Minister Omar Haddad will visit Iran, Saudi Arabia and Oman from Monday.\n".into(),
            ..Default::default()
        }]);
        assert_eq!(
            trip_summary(&preview, 1),
            "Planned: Iran, Saudi Arabia, Oman (no stop made yet) · 1 source",
            "a trip told only as plans"
        );
        assert_eq!(
            stop_position(&preview, 1),
            "Planned stop 2 of 3 (not yet made)"
        );
        assert_eq!(days_in_trip(&preview, &preview.stops[0]), "planned");
        let bundled = tourlens_engine::analyze(&crate::bundled::articles());
        assert_eq!(stop_position(&bundled, 1), "Stop 2 of 6");
        assert_eq!(stop_position(&bundled, 6), "Onward, after the trip");
        assert_eq!(days_in_trip(&bundled, &bundled.stops[6]), "onward");
    }

    #[test]
    fn dates_are_explained_in_sentences() {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        for stop in &analysis.stops {
            match date_note(stop) {
                None => assert!(stop.onward || stop.days.is_none()),
                Some(note) => {
                    assert!(
                        note.starts_with(char::is_uppercase) && note.ends_with('.'),
                        "{note}"
                    );
                    assert!(!note.contains("day the article dates"), "{note}");
                }
            }
        }
    }

    #[test]
    fn stops_that_sources_tell_differently_are_flagged_everywhere() {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        let flagged: Vec<usize> = (0..analysis.stops.len())
            .filter(|&k| differs_on(&analysis, k).is_some())
            .collect();
        let expected: Vec<usize> = analysis
            .discrepancies
            .iter()
            .filter(|d| matches!(d.kind, DiscrepancyKind::Place | DiscrepancyKind::Date))
            .filter_map(|d| d.stop)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert!(
            !expected.is_empty(),
            "the bundled trip has place and date discrepancies"
        );
        assert_eq!(flagged, expected);
        for k in 0..analysis.stops.len() {
            let s = &analysis.stops[k];
            let label = map_label(&analysis, k, s);
            let description = stop_description(&analysis, k, s);
            assert_eq!(
                label.ends_with(" · sources differ"),
                flagged.contains(&k),
                "{label}"
            );
            assert_eq!(
                description.contains("sources differ on the"),
                flagged.contains(&k),
                "{description}"
            );
        }
    }

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
