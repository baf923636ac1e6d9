//! Stage 7, figures: numbers with what they count, normalised to value, qualifier, unit and
//! subject ("nearly 10,000 people", "At least 9,488 Palestinians", "a $20 billion deal",
//! "two-and-a-half hours", "a third of the slots"). Numbers that are dates, years or parts of
//! names (F-16, G7) are not figures.

use crate::model::{Block, DateMention, Figure, Qualifier};
use crate::Span;

const CARDINALS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("third", 1.0 / 3.0),
    ("quarter", 0.25),
    ("fifth", 0.2),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
];

/// Order-of-magnitude plurals: "hundreds of demonstrators".
const SEVERAL: &[(&str, f64)] = &[
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
];

/// Units of measure: (as written, singular).
const UNITS: &[(&str, &str)] = &[
    ("second", "second"),
    ("seconds", "second"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("week", "week"),
    ("weeks", "week"),
    ("month", "month"),
    ("months", "month"),
    ("year", "year"),
    ("years", "year"),
    ("percent", "percent"),
    ("per", "percent"),
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("miles", "mile"),
    ("dollars", "USD"),
    ("euros", "EUR"),
    ("pounds", "GBP"),
];

/// Qualifiers, longest first: (words, qualifier).
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::Over),
    (&["at", "least"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["fewer", "than"], Qualifier::Under),
    (&["less", "than"], Qualifier::Under),
    (&["just", "under"], Qualifier::Nearly),
    (&["an", "estimated"], Qualifier::About),
    (&["upward", "of"], Qualifier::Over),
    (&["upwards", "of"], Qualifier::Over),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["over"], Qualifier::Over),
    (&["roughly"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["under"], Qualifier::Under),
];

/// Words that end a subject: "10,000 people, including", "400 people in the camp".
const STOP: &[&str] = &[
    "of",
    "on",
    "in",
    "to",
    "who",
    "that",
    "which",
    "were",
    "was",
    "is",
    "are",
    "have",
    "has",
    "had",
    "from",
    "and",
    "or",
    "including",
    "for",
    "at",
    "by",
    "with",
    "as",
    "after",
    "before",
    "since",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "will",
    "would",
    "could",
    "than",
    "per",
    "into",
    "between",
    "among",
    "against",
    "during",
    "without",
    "within",
    "like",
    "about",
    "over",
    "under",
];

#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    raw: &'t str,
    /// Without surrounding punctuation (a leading "$" is kept).
    core: &'t str,
    span: Span,
    /// Punctuation right after the word ends a phrase ("people," "days.").
    ends_phrase: bool,
}

/// The words of a block as figures read them: a currency sign before the number and a percent
/// sign after it are part of its core ("$20", "40%").
fn words(text: &str, block: Span) -> Vec<Word<'_>> {
    crate::words::words(text, block)
        .into_iter()
        .map(|w| {
            let lead = w.lead();
            let currency = lead
                .chars()
                .next_back()
                .filter(|c| matches!(c, '$' | '€' | '£'))
                .map_or(0, char::len_utf8);
            let percent = usize::from(w.trail().starts_with('%'));
            let start = w.span.start - currency;
            let end = w.span.end + percent;
            Word {
                raw: w.raw,
                core: &text[start..end],
                span: Span::new(start, end),
                ends_phrase: end < w.raw_span.end,
            }
        })
        .collect()
}

fn lookup(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
}

/// Digits with thousands separators or a decimal point: "10,000", "9,488", "2.5", "$20", "40%".
fn digits(w: &str) -> Option<(f64, Option<&'static str>)> {
    let (currency, rest) = match w.chars().next()? {
        '$' => (Some("USD"), &w[1..]),
        '€' => (Some("EUR"), &w['€'.len_utf8()..]),
        '£' => (Some("GBP"), &w['£'.len_utf8()..]),
        _ => (None, w),
    };
    let (rest, percent) = match rest.strip_suffix('%') {
        Some(r) => (r, true),
        None => (rest, false),
    };
    if rest.is_empty()
        || !rest.chars().next()?.is_ascii_digit()
        || !rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let value: f64 = rest.replace(',', "").parse().ok()?;
    Some((value, if percent { Some("percent") } else { currency }))
}

/// "two-and-a-half", "two-and-a-half-hours" (the unit glued on), "two".
fn hyphenated(w: &str) -> Option<(f64, Option<&'static str>)> {
    let parts: Vec<&str> = w.split('-').collect();
    let whole = lookup(CARDINALS, parts.first()?)?;
    match parts.as_slice() {
        [_] => Some((whole, None)),
        [_, "and", "a", "half", rest @ ..] => {
            Some((whole + 0.5, rest.first().and_then(|u| unit(u))))
        }
        [_, u] => unit(u).map(|u| (whole, Some(u))), // "four-day"
        _ => None,
    }
}

fn unit(w: &str) -> Option<&'static str> {
    UNITS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, u)| *u)
}

/// The figures in the story blocks; numbers inside `dates` are left to the dates stage.
pub fn extract(text: &str, blocks: &[Block], dates: &[DateMention]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        if !block.kind.is_story() || block.kind == crate::BlockKind::Headline {
            continue;
        }
        let ws = words(text, block.span);
        let mut i = 0;
        while i < ws.len() {
            let in_date = dates
                .iter()
                .any(|d| d.span.start <= ws[i].span.start && ws[i].span.end <= d.span.end);
            match if in_date { None } else { figure_at(&ws, i) } {
                Some((mut figure, used)) => {
                    figure.block = index;
                    out.push(figure);
                    i += used.max(1);
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The number starting at word `i`: (value, unit glued to it, words used).
fn number_at(
    ws: &[Word],
    i: usize,
) -> Option<(f64, Option<&'static str>, usize, Option<Qualifier>)> {
    let w = ws[i].core;
    let next = ws.get(i + 1).map(|w| w.core).unwrap_or("");
    if let Some(several) = lookup(SEVERAL, w).filter(|_| next.eq_ignore_ascii_case("of")) {
        return Some((several, None, 2, Some(Qualifier::Several)));
    }
    // "monthlong", "month-long", "month long": one month.
    for period in ["day", "week", "month", "year"] {
        let rest = w
            .get(..period.len())
            .filter(|p| p.eq_ignore_ascii_case(period))
            .and_then(|_| w.get(period.len()..));
        let glued =
            rest.is_some_and(|r| r.eq_ignore_ascii_case("long") || r.eq_ignore_ascii_case("-long"));
        if glued || (w.eq_ignore_ascii_case(period) && next.eq_ignore_ascii_case("long")) {
            return Some((1.0, unit(period), if glued { 1 } else { 2 }, None));
        }
    }
    // "a third", "a half", "a dozen"; "two and a half"
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        let v = lookup(FRACTIONS, next)
            .or_else(|| lookup(CARDINALS, next).filter(|_| next.eq_ignore_ascii_case("dozen")))?;
        return Some((v, None, 2, None));
    }
    let (mut value, mut glued, mut used) = match digits(w) {
        Some((v, u)) => (v, u, 1),
        None => {
            let (v, u) = hyphenated(w)?;
            (v, u, 1)
        }
    };
    // "two and a half hours"
    let at = |k: usize| ws.get(i + k).map(|w| w.core).unwrap_or("");
    if digits(w).is_none()
        && at(1).eq_ignore_ascii_case("and")
        && at(2).eq_ignore_ascii_case("a")
        && at(3).eq_ignore_ascii_case("half")
    {
        value += 0.5;
        used = 4;
    }
    if let Some(scale) = lookup(SCALES, at(used)) {
        value *= scale;
        used += 1;
    }
    if glued.is_none() {
        if let Some(u) = unit(at(used)) {
            glued = Some(u);
            used += 1;
        }
    }
    Some((value, glued, used, None))
}

fn figure_at(ws: &[Word], i: usize) -> Option<(Figure, usize)> {
    let raw = ws[i].raw;
    // Names and codes: F-16, G7, COVID-19.
    if raw.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && raw.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (value, unit, used, several) = number_at(ws, i)?;
    // A bare four-digit year ("in 2023") or a lone small word-number with nothing counted is noise.
    let core = ws[i].core;
    if core.len() == 4
        && core.chars().all(|c| c.is_ascii_digit())
        && (1900.0..=2100.0).contains(&value)
    {
        return None;
    }
    let qualifier = several.or_else(|| qualifier_before(ws, i).map(|(q, _)| q));
    let start_word = qualifier_before(ws, i).map_or(i, |(_, n)| i - n);
    let mut end = i + used - 1;
    let mut subject = None;
    if unit.is_none() || unit.is_some_and(|u| matches!(u, "USD" | "EUR" | "GBP")) {
        let (s, last) = subject_after(
            ws,
            end + 1,
            several.is_some() || matches!(ws[i].core, "a" | "an" | "A" | "An"),
        );
        if let Some(last) = last {
            end = last;
        }
        subject = s;
    }
    let is_word_number = digits(core).is_none();
    let fraction = matches!(core, "a" | "an" | "A" | "An");
    if is_word_number && !fraction && unit.is_none() && subject.is_none() {
        return None; // "one of the region's critics", "a half-hearted"
    }
    // "one asks": "one" counts a singular noun, so a plural-looking word after it is a verb.
    let first_subject_word = subject
        .as_deref()
        .and_then(|s| s.split(' ').next())
        .unwrap_or("");
    if core.eq_ignore_ascii_case("one")
        && first_subject_word.ends_with('s')
        && !first_subject_word.ends_with("ss")
    {
        return None;
    }
    let span = Span::new(ws[start_word].span.start, ws[end].span.end);
    Some((
        Figure {
            span,
            block: 0,
            value,
            qualifier,
            unit: unit.map(str::to_string),
            subject,
        },
        end + 1 - i,
    ))
}

/// The qualifier words right before word `i`, and how many words they are.
fn qualifier_before(ws: &[Word], i: usize) -> Option<(Qualifier, usize)> {
    QUALIFIERS.iter().find_map(|(phrase, q)| {
        let n = phrase.len();
        let start = i.checked_sub(n)?;
        let matches = phrase.iter().enumerate().all(|(k, p)| {
            ws[start + k].core.eq_ignore_ascii_case(p) && (k + 1 == n || !ws[start + k].ends_phrase)
        });
        (matches && !ws[start + n - 1].ends_phrase).then_some((*q, n))
    })
}

/// Up to three words naming what is counted; after "a third" or "hundreds" an "of the" is skipped.
fn subject_after(ws: &[Word], from: usize, through_of: bool) -> (Option<String>, Option<usize>) {
    let mut k = from;
    if through_of && ws.get(k).is_some_and(|w| w.core.eq_ignore_ascii_case("of")) {
        k += 1;
        if ws.get(k).is_some_and(|w| {
            matches!(
                w.core.to_lowercase().as_str(),
                "the" | "its" | "their" | "those"
            )
        }) {
            k += 1;
        }
    }
    let mut taken: Vec<&Word> = Vec::new();
    while let Some(w) = ws.get(k) {
        let lower = w.core.to_lowercase();
        // After the first word, a verb-looking word ends the subject: "demonstrators protested".
        let verb_like = !taken.is_empty() && (lower.ends_with("ed") || lower.ends_with("ing"));
        if taken.len() == 3
            || verb_like
            || STOP.contains(&lower.as_str())
            || digits(w.core).is_some()
            || !w.core.chars().next().is_some_and(char::is_alphabetic)
        {
            break;
        }
        taken.push(w);
        k += 1;
        if w.ends_phrase {
            break;
        }
    }
    match (taken.first(), taken.last()) {
        (Some(_), Some(_)) => (
            Some(taken.iter().map(|w| w.core).collect::<Vec<_>>().join(" ")),
            Some(k - 1),
        ),
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;
    use crate::dates;

    fn figures(
        text: &str,
    ) -> Vec<(
        String,
        f64,
        Option<Qualifier>,
        Option<String>,
        Option<String>,
    )> {
        let text = format!("A Headline For The Test\n{text}");
        let blocks = classify(&text);
        let d = dates::extract(&text, &blocks);
        extract(&text, &blocks, &d)
            .into_iter()
            .map(|f| {
                (
                    f.span.of(&text).to_string(),
                    (f.value * 1000.0).round() / 1000.0,
                    f.qualifier,
                    f.unit,
                    f.subject,
                )
            })
            .collect()
    }

    #[test]
    fn table() {
        use Qualifier::*;
        let s = |x: &str| Some(x.to_string());
        let cases: Vec<(
            &str,
            &str,
            Vec<(&str, f64, Option<Qualifier>, Option<String>, Option<String>)>,
        )> = vec![
            (
                "qualified count",
                "the deaths of nearly 10,000 people, including children.",
                vec![(
                    "nearly 10,000 people",
                    10000.0,
                    Some(Nearly),
                    None,
                    s("people"),
                )],
            ),
            (
                "at least, capitalised",
                "At least 9,488 Palestinians have died.",
                vec![(
                    "At least 9,488 Palestinians",
                    9488.0,
                    Some(AtLeast),
                    None,
                    s("Palestinians"),
                )],
            ),
            (
                "more than",
                "over 10,000 people, including more than a third who are children.",
                vec![
                    ("over 10,000 people", 10000.0, Some(Over), None, s("people")),
                    ("more than a third", 0.333, Some(Over), None, None),
                ],
            ),
            (
                "from ... to roughly",
                "from 100 on Friday to roughly 30 in subsequent days.",
                vec![
                    ("100", 100.0, None, None, None),
                    ("roughly 30", 30.0, Some(About), None, None),
                ],
            ),
            (
                "money with scale",
                "a $20 billion deal for F-16 fighter jets.",
                vec![("$20 billion deal", 20e9, None, s("USD"), s("deal"))],
            ),
            (
                "hyphenated duration",
                "for almost two-and-a-half-hours, on Monday",
                vec![(
                    "almost two-and-a-half-hours",
                    2.5,
                    Some(Nearly),
                    s("hour"),
                    None,
                )],
            ),
            (
                "spaced duration",
                "The meeting lasted for two and a half hours, but",
                vec![("two and a half hours", 2.5, None, s("hour"), None)],
            ),
            (
                "word duration",
                "Blinken spent the last four days talking.",
                vec![("four days", 4.0, None, s("day"), None)],
            ),
            (
                "fraction of",
                "reserving a third of the slots for fighters.",
                vec![("a third of the slots", 0.333, None, None, s("slots"))],
            ),
            (
                "several",
                "hundreds of demonstrators protested outside.",
                vec![(
                    "hundreds of demonstrators",
                    100.0,
                    Some(Several),
                    None,
                    s("demonstrators"),
                )],
            ),
            (
                "aid trucks",
                "It sent 100 aid trucks into Gaza.",
                vec![("100 aid trucks", 100.0, None, None, s("aid trucks"))],
            ),
            (
                "dates and years are not figures",
                "On November 5, 2023 and in 2024 nothing.",
                vec![],
            ),
            (
                "names are not figures",
                "The G7 and F-16 jets and COVID-19.",
                vec![],
            ),
            (
                "word number with nothing counted",
                "Turkey has been one of the critics.",
                vec![],
            ),
            ("generic one", "At the end, one asks the question.", vec![]),
            (
                "word number before a preposition",
                "He depicted the conflict as one between barbarism and civilization.",
                vec![],
            ),
            (
                "month long",
                "during its month long assault and its monthlong war.",
                vec![
                    ("month long", 1.0, None, s("month"), None),
                    ("monthlong", 1.0, None, s("month"), None),
                ],
            ),
            (
                "percent",
                "Prices rose 40% last year.",
                vec![("40%", 40.0, None, s("percent"), None)],
            ),
        ];
        for (name, text, want) in cases {
            let want: Vec<_> = want
                .into_iter()
                .map(|(a, b, c, d, e)| (a.to_string(), b, c, d, e))
                .collect();
            assert_eq!(figures(text), want, "case {name}");
        }
    }
}
