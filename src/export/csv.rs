//! The CSV export (RFC 4180: CRLF line ends, fields quoted when they need it, UTF-8 with a byte
//! order mark so spreadsheets read the diacritics): one row per stop and one per discrepancy.
//! Fixed columns, then two per source: whether it reports the stop (or has a claim in the
//! discrepancy) and its words (the account's sentences; each claim's value and evidence).
//! A cell that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage
//! return first) gets a leading `'` (OWASP's advice on CSV injection): article text is untrusted.

use crate::labels;
use tourlens_engine::{Analysis, Article, Span};

/// The columns before the sources'.
pub const FIXED: [&str; 8] = [
    "record",
    "number",
    "stop",
    "country",
    "days",
    "kind",
    "topic",
    "reported_by",
];

pub fn write(analysis: &Analysis) -> Result<String, String> {
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut header: Vec<String> = FIXED.iter().map(|s| s.to_string()).collect();
    for a in 0..analysis.articles.len() {
        let source = format!("{} {}", a + 1, labels::outlet(analysis, a));
        header.push(format!("{source}: reports"));
        header.push(format!("{source}: words"));
    }
    let mut rows = vec![header];
    let n = analysis.articles.len();
    for (k, stop) in analysis.stops.iter().enumerate() {
        let covered = stop.covering().count();
        let mut row = vec![
            "stop".to_string(),
            (k + 1).to_string(),
            labels::stop_name(analysis, stop),
            labels::stop_country(analysis, stop).unwrap_or_default(),
            labels::stop_days(stop),
            if stop.onward { "onward" } else { "made" }.to_string(),
            String::new(),
            format!("{covered} of {n}"),
        ];
        for a in 0..n {
            match stop
                .accounts
                .iter()
                .find(|acc| acc.article == a && acc.covered)
            {
                Some(account) => {
                    row.push("yes".into());
                    row.push(words(&analysis.articles[a], &account.sentences));
                }
                None => row.extend(["no".to_string(), String::new()]),
            }
        }
        rows.push(row);
    }
    for (k, d) in analysis.discrepancies.iter().enumerate() {
        let stop = d.stop.and_then(|s| analysis.stops.get(s));
        let claimants = (0..n)
            .filter(|a| d.claims.iter().any(|c| c.article == *a))
            .count();
        let mut row = vec![
            "discrepancy".to_string(),
            (k + 1).to_string(),
            stop.map(|s| labels::stop_name(analysis, s))
                .unwrap_or_default(),
            stop.and_then(|s| labels::stop_country(analysis, s))
                .unwrap_or_default(),
            stop.map(labels::stop_days).unwrap_or_default(),
            key(&d.kind),
            d.topic.clone(),
            format!("{claimants} of {n}"),
        ];
        for a in 0..n {
            let claims: Vec<String> = d
                .claims
                .iter()
                .filter(|c| c.article == a)
                .map(|c| {
                    let evidence = words(&analysis.articles[a], &[c.evidence]);
                    if evidence.is_empty() || evidence == c.value {
                        c.value.clone()
                    } else {
                        format!("{}: “{evidence}”", c.value)
                    }
                })
                .collect();
            row.push(if claims.is_empty() { "no" } else { "yes" }.into());
            row.push(claims.join("\n"));
        }
        rows.push(row);
    }
    for row in rows {
        out.write_record(row.iter().map(|cell| guard(cell).into_owned()))
            .map_err(|e| format!("the trip could not be written as CSV: {e}"))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| format!("the trip could not be written as CSV: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| format!("the CSV is not UTF-8: {e}"))?;
    Ok(format!("\u{feff}{text}"))
}

/// An engine value as its JSON name ("figure", "coverage").
fn key(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The article's text at these spans, white space runs as one space, joined by a space.
fn words(article: &Article, spans: &[Span]) -> String {
    spans
        .iter()
        .filter_map(|s| article.text.get(s.start..s.end))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A cell a spreadsheet would read as a formula, made text with a leading apostrophe.
fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_made_text() {
        let cases: &[(&str, &str)] = &[
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("- Sputnik International", "'- Sputnik International"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("Ankara", "Ankara"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (cell, want) in cases {
            assert_eq!(guard(cell), *want, "{cell:?}");
        }
    }

    /// A minimal RFC 4180 reader, to check what the writer wrote without trusting it.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let mut rows = vec![vec![String::new()]];
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            let row = rows.last_mut().expect("a row");
            let cell = row.last_mut().expect("a cell");
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(String::new()),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    rows.push(vec![String::new()]);
                }
                (false, c) => cell.push(c),
            }
        }
        rows.pop();
        rows
    }

    #[test]
    fn the_bundled_trip_as_csv() {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        let text = write(&analysis).expect("writes");
        assert!(
            text.starts_with('\u{feff}'),
            "a byte order mark for spreadsheets"
        );
        let rows = parse(text.trim_start_matches('\u{feff}'));
        let header = &rows[0];
        assert_eq!(header.len(), FIXED.len() + 2 * 5);
        assert_eq!(header[8], "1 Asian Lite News: reports");
        assert!(
            rows.iter().all(|r| r.len() == header.len()),
            "every row has every column"
        );
        let stops: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "stop").collect();
        assert_eq!(stops.len(), analysis.stops.len());
        let cyprus = stops.iter().find(|r| r[2] == "Cyprus").expect("Cyprus");
        assert_eq!(cyprus[7], "2 of 5");
        assert_eq!(cyprus[8], "yes");
        assert!(cyprus[9].contains("Cyprus"), "{}", cyprus[9]);
        assert_eq!((cyprus[10].as_str(), cyprus[11].as_str()), ("no", ""));
        let discrepancies: Vec<&Vec<String>> =
            rows.iter().filter(|r| r[0] == "discrepancy").collect();
        assert_eq!(discrepancies.len(), analysis.discrepancies.len());
        let toll = discrepancies
            .iter()
            .find(|r| r.iter().any(|c| c.contains("9,488")))
            .expect("the death toll");
        assert_eq!(toll[5], "figure");
        assert!(
            toll.iter()
                .any(|c| c.starts_with("nearly 10,000 people: “")),
            "{toll:?}"
        );
        assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\r'));
    }
}
