//! Stage 6, dates: date expressions, absolute and relative, and the days they mean.
//! Never reads the clock: relative dates are resolved against the article's own date, or,
//! when it has none, against the dates the rest of the corpus establishes.

use crate::model::{
    Block, BlockKind, Confidence, DateExpression, DateMention, DayRange, PartOfDay,
};
use crate::{Day, Span};

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// A word and its byte span in the text.
#[derive(Clone, Copy)]
struct Word<'t> {
    text: &'t str,
    span: Span,
}

/// The month a capitalised name or abbreviation names ("June", "Aug").
pub(crate) fn month(w: &str) -> Option<u32> {
    // Capitalised only: "may" and "march" are also verbs.
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, m)| *m)
}

pub(crate) fn weekday(w: &str) -> Option<u32> {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    WEEKDAYS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, d)| *d)
}

/// A line that is only a date, with perhaps its weekday: a site's date banner ("Tue. Mar 21st,
/// 2023", "Tuesday, 21 March 2023"), no headline.
pub(crate) fn only_a_date(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let weekday_or_short = |w: &str| {
        weekday(w).is_some()
            || (w.len() == 3
                && WEEKDAYS
                    .iter()
                    .any(|(name, _)| name.starts_with(&w.to_lowercase())))
    };
    let numeric = |w: &str| day_number(w).is_some() || (w.len() == 4 && w.parse::<u32>().is_ok());
    words.iter().any(|w| month(w).is_some())
        && words.iter().any(|w| numeric(w))
        && words
            .iter()
            .all(|w| month(w).is_some() || weekday_or_short(w) || numeric(w))
}

fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // "5th", "3rd"
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|y| (1900..=2100).contains(y))
}

fn dotted(w: &str) -> Option<(i32, u32, u32)> {
    let mut parts = w.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || d.len() != 2 || m.len() != 2 || y.len() != 4 {
        return None;
    }
    let (d, m, y) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    Day::new(y, m, d).map(|_| (y, m, d))
}

fn part_of_day(w: &str) -> Option<PartOfDay> {
    [
        ("morning", PartOfDay::Morning),
        ("afternoon", PartOfDay::Afternoon),
        ("evening", PartOfDay::Evening),
        ("night", PartOfDay::Night),
    ]
    .into_iter()
    .find(|(name, _)| name.eq_ignore_ascii_case(w))
    .map(|(_, part)| part)
}

/// Finds the date expressions in every block (story and furniture), unresolved.
pub fn extract(text: &str, blocks: &[Block]) -> Vec<DateMention> {
    let mut out = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let words: Vec<Word> = crate::words::parts(text, block.span)
            .into_iter()
            .map(|(span, text)| Word { text, span })
            .collect();
        let gap = |k: usize| {
            let (a, b) = (words.get(k), words.get(k + 1));
            match (a, b) {
                (Some(a), Some(b)) => text.get(a.span.end..b.span.start).unwrap_or(" "),
                // After the block's last word: the rest of the block ("on Friday (13).").
                (Some(a), None) => text.get(a.span.end..block.span.end).unwrap_or(" "),
                _ => " ",
            }
        };
        // A headline, or a line written like one (no full stop, a few words: a page whose
        // headline the site's furniture displaced).
        let line = block.span.of(text).trim_end();
        let title_like = block.kind == BlockKind::Headline
            || (line.split_whitespace().count() <= 20
                && !line.ends_with(['.', '!', '?', '"', '”']));
        let mut i = 0;
        while i < words.len() {
            match expression_at(&words, i, &gap, |at| {
                future_clause(text, block.span.start, at)
                    || fronted_before_future(text, block.span, at)
                    || (title_like && headline_plan(text, block.span, at))
            }) {
                Some((expression, used)) => {
                    let mut span = Span::new(words[i].span.start, words[i + used - 1].span.end);
                    // "Thursday (12)" ends at its closing bracket.
                    if let DateExpression::Weekday { day: Some(_), .. } = expression {
                        span.end += gap(i + used - 1).find(')').map_or(0, |k| k + 1);
                    }
                    out.push(DateMention {
                        span,
                        block: index,
                        expression,
                        resolved: None,
                        confidence: Confidence::Low,
                    });
                    i += used;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The date expression starting at word `i`, and how many words it takes.
fn expression_at<'t>(
    words: &[Word],
    i: usize,
    gap: &dyn Fn(usize) -> &'t str,
    future: impl Fn(usize) -> bool,
) -> Option<(DateExpression, usize)> {
    let w = |k: usize| words.get(i + k).map(|w| w.text).unwrap_or("");
    let is = |k: usize, word: &str| w(k).eq_ignore_ascii_case(word);
    // The text between word i+k and the next one.
    let between = |k: usize| gap(i + k).trim();
    // (And the minus sign: "during 15−16 September".)
    let dash = |k: usize| matches!(between(k), "-" | "–" | "—" | "−");
    // "2024-05-08", "2023/09/11": an ISO date (a date line under a headline).
    if let (Some(y), true) = (year(w(0)), matches!(between(0), "-" | "/")) {
        let (m, d) = (w(1).parse::<u32>().ok(), w(2).parse::<u32>().ok());
        if let (Some(month), Some(day), true) = (m, d, between(1) == between(0)) {
            if w(1).len() == 2 && w(2).len() == 2 && Day::new(y, month, day).is_some() {
                return Some((
                    DateExpression::Absolute {
                        year: Some(y),
                        month,
                        day,
                    },
                    3,
                ));
            }
        }
    }
    // "06/22/2023" (month first) or "22/06/2023" (day first), "20-11-2022" too: read when only
    // one reading is a day, or when a weekday just before names it ("Thursday, 06/22/2023").
    if let (true, true, Some(y)) = (
        matches!(between(0), "/" | "-"),
        between(1) == between(0),
        year(w(2)),
    ) {
        let number = |k: usize| {
            let t = w(k);
            ((1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u32>().ok())
                .flatten()
        };
        if let (Some(a), Some(b)) = (number(0), number(1)) {
            let told = i
                .checked_sub(1)
                .and_then(|k| weekday(words[k].text))
                .filter(|_| gap(i - 1).trim() == ",");
            let readings: Vec<Day> = [Day::new(y, a, b), Day::new(y, b, a)]
                .into_iter()
                .flatten()
                .filter(|d| told.is_none_or(|t| d.weekday() == t))
                .collect();
            if let Some(d) = readings
                .first()
                .filter(|d| readings.iter().all(|r| r == *d))
            {
                return Some((
                    DateExpression::Absolute {
                        year: Some(y),
                        month: d.month(),
                        day: d.day(),
                    },
                    3,
                ));
            }
        }
    }
    // "3-6 September", "from 3 to 6 September 2024", "Sept 6th – 9th", "Jan. 4-11".
    let range_end = |k: usize| -> Option<(u32, usize)> {
        if dash(k) {
            day_number(w(k + 1)).map(|d| (d, 1))
        } else if is(k + 1, "to") || is(k + 1, "and") {
            day_number(w(k + 2)).map(|d| (d, 2))
        } else {
            None
        }
    };
    if let Some(day) = day_number(w(0)) {
        if let Some((end_day, used)) = range_end(0) {
            if let Some(month) = month(w(1 + used)) {
                let y = year(w(2 + used));
                if end_day >= day {
                    return Some((
                        DateExpression::Range {
                            year: y,
                            month,
                            day,
                            end_month: month,
                            end_day,
                            ahead: future(words[i].span.start),
                        },
                        2 + used + usize::from(y.is_some()),
                    ));
                }
            }
        }
    }
    if let (Some(month), Some(day)) = (month(w(0)), day_number(w(1))) {
        if let Some((end_day, used)) = range_end(1) {
            let y = year(w(2 + used));
            if end_day >= day {
                return Some((
                    DateExpression::Range {
                        year: y,
                        month,
                        day,
                        end_month: month,
                        end_day,
                        ahead: future(words[i].span.start),
                    },
                    2 + used + usize::from(y.is_some()),
                ));
            }
        }
    }
    if let Some((year, month, day)) = dotted(w(0)) {
        return Some((
            DateExpression::Absolute {
                year: Some(year),
                month,
                day,
            },
            1,
        ));
    }
    // "March 25 to April 2", "30 Nov - 2 Dec 2023": a range across a month's end.
    // (Read lazily: this runs for every word.)
    let month_day = |k: usize| match month(w(k)) {
        Some(m) => day_number(w(k + 1)).map(|d| (m, d)),
        None => day_number(w(k)).and_then(|d| month(w(k + 1)).map(|m| (m, d))),
    };
    if let Some((first_month, day)) = month_day(0) {
        let next = if dash(1) {
            Some(2)
        } else if is(2, "to") || is(2, "through") || is(2, "until") {
            Some(3)
        } else {
            None
        };
        let end = next.and_then(|n| {
            month_day(n)
                .filter(|&(m, _)| m != first_month)
                .map(|(m, d)| (m, d, n + 2))
        });
        if let Some((end_month, end_day, used)) = end {
            let y = year(w(used));
            return Some((
                DateExpression::Range {
                    year: y,
                    month: first_month,
                    day,
                    end_month,
                    end_day,
                    ahead: future(words[i].span.start),
                },
                used + usize::from(y.is_some()),
            ));
        }
    }
    if let Some(month) = month(w(0)) {
        if let Some(day) = day_number(w(1)) {
            return Some(match year(w(2)) {
                Some(y) => (
                    DateExpression::Absolute {
                        year: Some(y),
                        month,
                        day,
                    },
                    3,
                ),
                None => (
                    DateExpression::Absolute {
                        year: None,
                        month,
                        day,
                    },
                    2,
                ),
            });
        }
        if let Some(y) = year(w(1)) {
            return Some((
                DateExpression::Month {
                    year: Some(y),
                    month,
                },
                2,
            ));
        }
        // A bare "May"/"March" is too often something else.
        if month != 5 && !(month == 3 && w(0).len() == 5) && w(0).len() > 3 {
            return Some((DateExpression::Month { year: None, month }, 1));
        }
        return None;
    }
    if let (Some(day), Some(month)) = (day_number(w(0)), month(w(1))) {
        return Some(match year(w(2)) {
            Some(y) => (
                DateExpression::Absolute {
                    year: Some(y),
                    month,
                    day,
                },
                3,
            ),
            None => (
                DateExpression::Absolute {
                    year: None,
                    month,
                    day,
                },
                2,
            ),
        });
    }
    let previous = |word: &str| i > 0 && words[i - 1].text.eq_ignore_ascii_case(word);
    if let Some(weekday) = weekday(w(0)) {
        // "on Thursday (12)": the day of the month in brackets, as South Asian papers write it.
        let day = day_number(w(1))
            .filter(|_| between(0) == "(" && gap(i + 1).trim_start().starts_with(')'));
        // "on Thursday (June 13)", "Thursday (13 June)": the date in brackets beside it.
        let dated = (between(0) == "(" && gap(i + 2).trim_start().starts_with(')'))
            .then(|| match (month(w(1)), day_number(w(2))) {
                (Some(_), Some(d)) => Some(d),
                _ => day_number(w(1)).filter(|_| month(w(2)).is_some()),
            })
            .flatten();
        let day = day.or(dated);
        let part = part_of_day(w(1));
        let next = previous("next") || previous("coming");
        let ahead = next || future(words[i].span.start);
        return Some((
            DateExpression::Weekday {
                weekday,
                part,
                ahead,
                next,
                day,
            },
            if dated.is_some() {
                3
            } else if part.is_some() || day.is_some() {
                2
            } else {
                1
            },
        ));
    }
    if (is(0, "next") || is(0, "following")) && is(1, "day") && previous("the") {
        return Some((DateExpression::Relative { days: 1 }, 2));
    }
    // (Not "will stay in Tuvalu for the day before leaving for Guam": "before" opens a clause.)
    let for_the_day = is(0, "day") && is(1, "before") && w(2).ends_with("ing");
    if ((is(0, "previous") && is(1, "day")) || (is(0, "day") && is(1, "before")))
        && previous("the")
        && !for_the_day
    {
        return Some((DateExpression::Relative { days: -1 }, 2));
    }
    if is(0, "weekend") && (previous("the") || previous("this") || previous("last")) {
        return Some((DateExpression::Weekend, 1));
    }
    if is(0, "yesterday") || (is(0, "last") && is(1, "night")) {
        return Some((
            DateExpression::Deictic { days: -1 },
            if is(0, "last") { 2 } else { 1 },
        ));
    }
    if is(0, "today") || is(0, "tonight") {
        return Some((DateExpression::Deictic { days: 0 }, 1));
    }
    // "arrived in the country this afternoon".
    if is(0, "this") && (is(1, "morning") || is(1, "afternoon") || is(1, "evening")) {
        return Some((DateExpression::Deictic { days: 0 }, 2));
    }
    // "will be in the island until tomorrow".
    if is(0, "tomorrow") {
        return Some((DateExpression::Deictic { days: 1 }, 1));
    }
    None
}

/// Phrases that put what follows in the future: "is due to meet … on Saturday".
const FUTURE_CUES: &[&str] = &[
    " will ",
    "’ll ",
    "'ll ",
    " is due to ",
    " are due to ",
    " is set to ",
    " are set to ",
    " is expected to ",
    " are expected to ",
    " plans to ",
    " is scheduled to ",
    " is to ",
    " is expected in ",
    " are expected in ",
    " is expected at ",
    " is due in ",
    " heads to ",
    " heads for ",
    // "He departs Saturday for Japan": a journey in the present tense is a timetable.
    " departs ",
    " leaves for ",
    " flies to ",
    " travels to ",
    // "… the Nato summit which starts on Tuesday in Lithuania": an event's timetable.
    " starts ",
    " begins ",
];

/// A headline's "to" + verb is its future: "Austin to pay 2-day visit to India from Sunday".
fn headline_plan(text: &str, line: Span, at: usize) -> bool {
    let before = format!(
        " {} ",
        text.get(line.start..at).unwrap_or("").to_lowercase()
    );
    [
        " to visit ",
        " to pay ",
        " to travel ",
        " to meet ",
        " to hold ",
        " to attend ",
        " to arrive ",
        " to tour ",
        " to make ",
        " to go ",
        " to head ",
        " to fly ",
    ]
    .iter()
    .any(|cue| before.contains(cue))
}

/// Whether the clause before byte `at` (back to the last sentence end in the block) speaks of the future.
pub(crate) fn future_clause(text: &str, block_start: usize, at: usize) -> bool {
    let before = text.get(block_start..at).unwrap_or("");
    let clause_start = before
        .rfind(['.', '!', '?', ';'])
        .map(|i| i + 1)
        .unwrap_or(0);
    let clause = format!(" {} ", before[clause_start..].to_lowercase());
    // "with Starmer expected to travel … on Monday": a bare "expected to", "due to", "set to"
    // looks ahead too, unless the clause put it in the past ("was due to spend …").
    let last_part = clause.rsplit([',', ';']).next().unwrap_or(&clause);
    let last_part = format!(" {} ", last_part.trim());
    // So does an event "scheduled from Sept. 10 to 13" (not "scheduled for Tuesday": a page
    // telling a meeting on Tuesday as ahead is read from a later Monday by its weekdays).
    let bare = [
        " expected to ",
        " due to ",
        " set to ",
        " scheduled to ",
        " scheduled from ",
    ]
    .iter()
    .any(|cue| last_part.contains(cue))
        && ![" was ", " were ", " had "]
            .iter()
            .any(|p| last_part.contains(p));
    // "Biden is spending two days in Jerusalem … before meeting Palestinian President Mahmoud
    // Abbas on Friday": what comes after a stay told in the present is still ahead; so is a
    // journey in the present after it ("Steinmeier is holding a state banquet … on Sunday
    // evening before the two presidents travel on Monday to … Dresden").
    let after_the_present = clause.find(" before ").is_some_and(|i| {
        let (head, tail) = clause.split_at(i);
        let mut words = tail[" before ".len()..].split_whitespace();
        let first = words.next().unwrap_or("");
        let journey = std::iter::once(first).chain(words.take(3)).any(|w| {
            matches!(
                w,
                "travel" | "travels" | "fly" | "flies" | "head" | "heads" | "leave" | "leaves"
            )
        });
        ((first.len() > 4 && first.ends_with("ing")) || journey)
            && [" is ", " are "].iter().any(|p| head.contains(p))
    });
    FUTURE_CUES.iter().any(|cue| clause.contains(cue)) || bare || after_the_present
}

/// Whether the date at byte `at` stands in a phrase put before its sentence's main clause ("After
/// a glittering arrival ceremony Thursday morning at the palace, Obama is scheduled to …", or
/// the date alone: "Monday morning, the Pope will travel …"): such a phrase takes the main
/// clause's time, which comes after its comma.
pub(crate) fn fronted_before_future(text: &str, block: Span, at: usize) -> bool {
    let before = text.get(block.start..at).unwrap_or("");
    let sentence_start = before.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    // "… on Monday, March 8": the weekday's comma belongs to the date.
    let written = before[sentence_start..].trim();
    let written = match written.strip_suffix(',') {
        Some(head) if head.rsplit(' ').next().and_then(weekday).is_some() => head,
        _ => written,
    };
    let opening = written.to_lowercase();
    // "Monday morning, Pope Francis will travel to Port Louis", "On Friday, he will fly …": a
    // sentence that opens with its date takes the time of the clause after the comma too.
    let fronted = (["after ", "before ", "following ", "during "]
        .iter()
        .any(|w| opening.starts_with(w))
        || opening.is_empty()
        || opening == "on")
        && !opening.contains(',');
    if !fronted {
        return false;
    }
    let after = text.get(at..block.end).unwrap_or("");
    let sentence = &after[..after.find(['.', '!', '?']).unwrap_or(after.len())];
    let Some(comma) = sentence.find(',') else {
        return false;
    };
    future_clause(sentence, comma + 1, sentence.len())
}

/// The reference an article's relative dates are resolved against.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reference {
    pub day: Day,
    /// Whether the reference is the article's own stated date (otherwise inferred).
    pub stated: bool,
}

/// Resolves every mention against `reference`; mentions it cannot resolve stay `None`.
pub(crate) fn resolve(mentions: &mut [DateMention], reference: Option<Reference>) {
    let relative_confidence = |r: &Reference| {
        if r.stated {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    };
    let mut narrative: Option<(usize, Day)> = None;
    for m in mentions.iter_mut() {
        let (resolved, confidence) = match (m.expression, reference) {
            (
                DateExpression::Absolute {
                    year: Some(y),
                    month,
                    day,
                },
                _,
            ) => (Day::new(y, month, day).map(DayRange::day), Confidence::High),
            (
                DateExpression::Absolute {
                    year: None,
                    month,
                    day,
                },
                Some(r),
            ) => (
                day_near(r.day, month, day).map(DayRange::day),
                relative_confidence(&r),
            ),
            (
                DateExpression::Range {
                    year,
                    month,
                    day,
                    end_month,
                    end_day,
                    ahead,
                },
                r,
            ) => {
                let start = match (year, r) {
                    (Some(y), _) => Day::new(y, month, day),
                    (None, Some(r)) if ahead => day_ahead(r.day, month, day),
                    (None, Some(r)) => day_near(r.day, month, day),
                    (None, None) => None,
                };
                let end = start.and_then(|s| {
                    let y = if end_month < month {
                        s.year() + 1
                    } else {
                        s.year()
                    };
                    Day::new(y, end_month, end_day)
                });
                let confidence = match (year, r) {
                    (Some(_), _) => Confidence::High,
                    (None, Some(r)) => relative_confidence(&r),
                    (None, None) => Confidence::Low,
                };
                match (start, end) {
                    (Some(start), Some(end)) if start <= end => {
                        (Some(DayRange { start, end }), confidence)
                    }
                    _ => (None, confidence),
                }
            }
            (DateExpression::Month { year, month }, r) => {
                let y = year.or_else(|| {
                    r.map(|r| {
                        if month > r.day.month() {
                            r.day.year() - 1
                        } else {
                            r.day.year()
                        }
                    })
                });
                let range = y.and_then(|y| {
                    Some(DayRange {
                        start: Day::new(y, month, 1)?,
                        end: last_of_month(y, month)?,
                    })
                });
                (
                    range,
                    if year.is_some() {
                        Confidence::High
                    } else {
                        Confidence::Low
                    },
                )
            }
            (
                DateExpression::Weekday {
                    weekday,
                    ahead,
                    next,
                    day,
                    ..
                },
                Some(r),
            ) => {
                // "Friday (13)": the Friday that is the 13th, within a week of the reference.
                let pinned = day.and_then(|n| {
                    (-7..=7)
                        .filter_map(|k| r.day.plus(k))
                        .find(|d| d.weekday() == weekday && d.day() == n)
                });
                let back = (r.day.weekday() as i64 - weekday as i64).rem_euclid(7);
                let forward = (weekday as i64 - r.day.weekday() as i64).rem_euclid(7);
                let offset = if !ahead {
                    -back
                } else if forward == 0 && next {
                    7
                } else {
                    forward
                };
                match pinned {
                    Some(d) => (Some(DayRange::day(d)), Confidence::High),
                    None => (
                        r.day.plus(offset).map(DayRange::day),
                        relative_confidence(&r),
                    ),
                }
            }
            (DateExpression::Weekend, Some(r)) => {
                // The weekend on or before the reference day.
                let to_saturday = (r.day.weekday() as i64 - 5).rem_euclid(7);
                let start = r.day.plus(-to_saturday);
                (
                    start.and_then(|s| {
                        Some(DayRange {
                            start: s,
                            end: s.plus(1)?,
                        })
                    }),
                    relative_confidence(&r),
                )
            }
            (DateExpression::Deictic { days }, Some(r)) => {
                (r.day.plus(days).map(DayRange::day), relative_confidence(&r))
            }
            // Only within the same block: across sections the narrative may have moved on.
            (DateExpression::Relative { days }, _) => match narrative {
                Some((block, day)) if block == m.block => {
                    (day.plus(days).map(DayRange::day), Confidence::Low)
                }
                _ => (None, Confidence::Low),
            },
            _ => (None, Confidence::Low),
        };
        m.resolved = resolved;
        m.confidence = confidence;
        if let Some(range) = resolved {
            narrative = Some((m.block, range.end));
        }
    }
    // "on Wednesday, May 21", "Monday 20 May": the date right after a weekday says which day it
    // is (when the writer slipped, the weekday would give another).
    for k in 1..mentions.len() {
        let (before, after) = mentions.split_at_mut(k);
        let (weekday, date) = (&mut before[k - 1], &after[0]);
        if matches!(weekday.expression, DateExpression::Weekday { .. })
            && matches!(date.expression, DateExpression::Absolute { .. })
            && date.span.start >= weekday.span.end
            && date.span.start - weekday.span.end <= 2
            && date.resolved.is_some()
        {
            weekday.resolved = date.resolved;
            weekday.confidence = date.confidence;
        }
    }
}

/// `month`/`day` in the year that puts it nearest before (or shortly after) `reference`.
pub(crate) fn day_near(reference: Day, month: u32, day: u32) -> Option<Day> {
    let this_year = Day::new(reference.year(), month, day)?;
    // A month ahead of the article is more likely last year's ("December 25" read in January).
    if this_year.ordinal() - reference.ordinal() > 31 {
        Day::new(reference.year() - 1, month, day)
    } else {
        Some(this_year)
    }
}

/// `month`/`day` on or after `reference`, within a year: a date told as still to come. A date
/// less than a month before the reference is this year's all the same: the page's date is often
/// that of a later copy or only a guess ("set to visit Atlanta from May 20 to 21" on a page dated
/// the 21st is no visit a year later).
fn day_ahead(reference: Day, month: u32, day: u32) -> Option<Day> {
    let this_year = Day::new(reference.year(), month, day)?;
    if reference.ordinal() - this_year.ordinal() > 31 {
        Day::new(reference.year() + 1, month, day)
    } else {
        Some(this_year)
    }
}

fn last_of_month(year: i32, month: u32) -> Option<Day> {
    let next = if month == 12 {
        Day::new(year + 1, 1, 1)
    } else {
        Day::new(year, month + 1, 1)
    }?;
    next.plus(-1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;

    fn resolved(text: &str, reference: &str) -> Vec<(String, Option<String>, Confidence)> {
        let text = format!("A Headline For The Test\n{text}");
        let blocks = classify(&text);
        let mut mentions = extract(&text, &blocks);
        let day = Day::parse_iso(reference).map(|day| Reference { day, stated: true });
        resolve(&mut mentions, day);
        mentions
            .iter()
            .map(|m| {
                let r = m.resolved.map(|r| {
                    if r.start == r.end {
                        r.start.to_string()
                    } else {
                        format!("{}..{}", r.start, r.end)
                    }
                });
                (m.span.of(&text).to_string(), r, m.confidence)
            })
            .collect()
    }

    #[test]
    fn table() {
        use Confidence::*;
        let nov6 = "2023-11-06"; // a Monday
        let cases: &[(&str, &str, &str, &[(&str, Option<&str>, Confidence)])] = &[
            (
                "month day year",
                "It happened on November 5, 2023 in Baghdad.",
                nov6,
                &[("November 5, 2023", Some("2023-11-05"), High)],
            ),
            (
                "a weekday with its day of the month in brackets",
                "He arrived on Thursday (12) and will meet the minister on Friday (13).",
                "2019-12-13",
                &[
                    ("Thursday (12)", Some("2019-12-12"), High),
                    ("Friday (13)", Some("2019-12-13"), High),
                ],
            ),
            (
                "a weekday with its date in brackets, read a week late",
                "He arrived in Wellington on Thursday (June 13) for talks.",
                "2024-06-20",
                &[("Thursday (June 13)", Some("2024-06-13"), High)],
            ),
            (
                "a headline's plan",
                "Defence Secretary Jane Roe to pay 2-day visit to India from Sunday\nShe met the minister on Friday.",
                "2023-06-03",
                &[
                    ("Sunday", Some("2023-06-04"), Medium),
                    ("Friday", Some("2023-06-02"), Medium),
                ],
            ),
            (
                "tomorrow",
                "He will be in the country until tomorrow.",
                "2019-12-13",
                &[("tomorrow", Some("2019-12-14"), Medium)],
            ),
            (
                "the bracketed day picks the week, last in its block too",
                "Talks follow on Friday (20).",
                "2019-12-13",
                &[("Friday (20)", Some("2019-12-20"), High)],
            ),
            (
                "a bracketed number that is no day of that weekday is left alone",
                "He arrived on Thursday (14) with 21 officials.",
                "2019-12-13",
                &[("Thursday (14)", Some("2019-12-12"), Medium)],
            ),
            (
                "month day, year from reference",
                "He arrived on November 3 in Israel.",
                nov6,
                &[("November 3", Some("2023-11-03"), Medium)],
            ),
            (
                "abbreviated month",
                "He left on Monday (Nov 6) for Japan.",
                nov6,
                &[("Monday (Nov 6)", Some("2023-11-06"), High)],
            ),
            (
                "dotted stamp",
                "Sputnik International, 1920, 06.11.2023",
                nov6,
                &[("06.11.2023", Some("2023-11-06"), High)],
            ),
            (
                "day month",
                "Talks on 6 November 2023 ended.",
                nov6,
                &[("6 November 2023", Some("2023-11-06"), High)],
            ),
            (
                "weekday is the last one on or before",
                "The IDF said on Tuesday it struck.",
                nov6,
                &[("Tuesday", Some("2023-10-31"), Medium)],
            ),
            (
                "weekday with part of day",
                "Turkey withdrew its ambassador on Saturday morning.",
                nov6,
                &[("Saturday morning", Some("2023-11-04"), Medium)],
            ),
            (
                "later on Sunday",
                "He traveled to Turkiye later on Sunday amid protests.",
                nov6,
                &[("Sunday", Some("2023-11-05"), Medium)],
            ),
            (
                "next weekday looks ahead",
                "They meet again next Monday.",
                nov6,
                &[("Monday", Some("2023-11-13"), Medium)],
            ),
            (
                "a plan on the paper's own weekday is that day",
                "He is due to meet the emir on Monday before flying home.",
                nov6,
                &[("Monday", Some("2023-11-06"), Medium)],
            ),
            (
                "a contracted will looks ahead",
                "He’ll meet the king on Saturday. She'll fly home on Thursday.",
                nov6,
                &[
                    ("Saturday", Some("2023-11-11"), Medium),
                    ("Thursday", Some("2023-11-09"), Medium),
                ],
            ),
            (
                "future clause looks ahead",
                "He is due to meet the king on Saturday morning. He met the emir on Saturday.",
                nov6,
                &[
                    ("Saturday morning", Some("2023-11-11"), Medium),
                    ("Saturday", Some("2023-11-04"), Medium),
                ],
            ),
            (
                "a departure in the present tense looks ahead",
                "He departs Saturday for Japan. He left Saturday for Oman, where the summit began on Sunday and the fair starts on Sunday.",
                nov6,
                &[
                    ("Saturday", Some("2023-11-11"), Medium),
                    ("Saturday", Some("2023-11-04"), Medium),
                    ("Sunday", Some("2023-11-05"), Medium),
                    ("Sunday", Some("2023-11-12"), Medium),
                ],
            ),
            (
                "a fronted phrase takes its main clause's time",
                "After a welcome ceremony Thursday morning at the palace, he is scheduled to \
                 address parliament. After talks on Saturday, he flew home. He is expected in \
                 Tanzania on Monday.",
                nov6,
                &[
                    ("Thursday morning", Some("2023-11-09"), Medium),
                    ("Saturday", Some("2023-11-04"), Medium),
                    ("Monday", Some("2023-11-06"), Medium),
                ],
            ),
            (
                "what comes after a stay told in the present is ahead",
                "He is spending two days in Jerusalem before meeting Abbas on Friday. He spent a day in Amman before meeting the king on Friday.",
                nov6,
                &[
                    ("Friday", Some("2023-11-10"), Medium),
                    ("Friday", Some("2023-11-03"), Medium),
                ],
            ),
            (
                "a journey in the present after a stay told in the present is ahead",
                "The president is holding a banquet at his palace before the two presidents travel on Friday to Dresden.",
                nov6,
                &[("Friday", Some("2023-11-10"), Medium)],
            ),
            (
                "a sentence opening with its date takes the time of its main clause",
                "Wednesday morning, the Pope will travel to Port Louis. On Friday, he flew home.",
                nov6,
                &[
                    ("Wednesday morning", Some("2023-11-08"), Medium),
                    ("Friday", Some("2023-11-03"), Medium),
                ],
            ),
            (
                "slashed dates, month or day first, when only one reading is a day",
                "Thursday, 06/22/2023. Signed 22/06/2023. Publié le 20-11-2022. Filed 03/04/2023. \
                 Monday, 03/04/2023.",
                nov6,
                &[
                    ("Thursday", Some("2023-06-22"), High),
                    ("06/22/2023", Some("2023-06-22"), High),
                    ("22/06/2023", Some("2023-06-22"), High),
                    ("20-11-2022", Some("2022-11-20"), High),
                    ("Monday", Some("2023-04-03"), High),
                    ("03/04/2023", Some("2023-04-03"), High),
                ],
            ),
            (
                "weekend",
                "Strained meetings over the weekend.",
                nov6,
                &[("weekend", Some("2023-11-04..2023-11-05"), Medium)],
            ),
            (
                "the next day, same paragraph",
                "He landed on November 3. The next day he met the king.",
                nov6,
                &[
                    ("November 3", Some("2023-11-03"), Medium),
                    ("next day", Some("2023-11-04"), Low),
                ],
            ),
            (
                "'for the day before leaving' is no date",
                "He will stay in Tuvalu for the day before leaving for Guam. The day before, he met the king.",
                nov6,
                &[("day before", None, Low)],
            ),
            (
                "the next day, no anchor in paragraph",
                "The next day he met the king.",
                nov6,
                &[("next day", None, Low)],
            ),
            (
                "month alone",
                "Biden's October meeting was cancelled.",
                nov6,
                &[("October", Some("2023-10-01..2023-10-31"), Low)],
            ),
            (
                "december read in january is last year",
                "On December 28 he flew.",
                "2024-01-03",
                &[("December 28", Some("2023-12-28"), Medium)],
            ),
            (
                "may the verb is no month",
                "He may travel to March fields; may 5 people come.",
                nov6,
                &[],
            ),
            (
                "no reference: only full dates resolve",
                "On Monday, and on November 5, 2023.",
                "",
                &[
                    ("Monday", None, Low),
                    ("November 5, 2023", Some("2023-11-05"), High),
                ],
            ),
            (
                "yesterday",
                "He said yesterday that talks went well.",
                nov6,
                &[("yesterday", Some("2023-11-05"), Medium)],
            ),
            (
                "this afternoon",
                "He arrived in the country this afternoon and leaves this evening.",
                nov6,
                &[
                    ("this afternoon", Some("2023-11-06"), Medium),
                    ("this evening", Some("2023-11-06"), Medium),
                ],
            ),
            (
                "iso date line",
                "2024-05-08 | 00:21 and 2023/09/11, not 2024-5-8",
                nov6,
                &[
                    ("2024-05-08", Some("2024-05-08"), High),
                    ("2023/09/11", Some("2023-09-11"), High),
                ],
            ),
            (
                "day ranges",
                "He will visit Jakarta from 3 to 6 September, Port Moresby on September 6-9 and Dili on Sept 9th – 11th 2024. He was in Samarkand during 15−16 September.",
                "2024-04-13",
                &[
                    ("3 to 6 September", Some("2024-09-03..2024-09-06"), Medium),
                    ("September 6-9", Some("2024-09-06..2024-09-09"), Medium),
                    ("Sept 9th – 11th 2024", Some("2024-09-09..2024-09-11"), High),
                    ("15−16 September", Some("2023-09-15..2023-09-16"), Medium),
                ],
            ),
            (
                "a range across a month's end",
                "The trip (March 25 to April 2) ends in Lusaka; the summit runs 30 Nov - 2 Dec 2023.",
                "2023-03-13",
                &[
                    ("March 25 to April 2", Some("2023-03-25..2023-04-02"), Medium),
                    ("30 Nov - 2 Dec 2023", Some("2023-11-30..2023-12-02"), High),
                ],
            ),
            (
                "a weekday right before a date is that date",
                "He toured the plant on Wednesday, May 21, and left on Thursday, 22 May.",
                "2024-05-23",
                &[
                    ("Wednesday", Some("2024-05-21"), Medium),
                    ("May 21", Some("2024-05-21"), Medium),
                    ("Thursday", Some("2024-05-22"), Medium),
                    ("22 May", Some("2024-05-22"), Medium),
                ],
            ),
            (
                "a range told ahead is next year's only when it is well past",
                "He is set to visit Atlanta from May 20 to 21. He will tour Paris from 5 to 7 January.",
                "2024-05-22",
                &[
                    ("May 20 to 21", Some("2024-05-20..2024-05-21"), Medium),
                    ("5 to 7 January", Some("2025-01-05..2025-01-07"), Medium),
                ],
            ),
            (
                "a range runs forward only",
                "Scores of 9-3 in May, and Jan. 4-11.",
                "2024-01-05",
                &[("Jan. 4-11", Some("2024-01-04..2024-01-11"), Medium)],
            ),
            (
                "a bare expected to looks ahead, a past one does not",
                "The visit was his first stop, with him expected to travel on Monday. He was due to leave on Saturday.",
                "2024-07-07",
                &[
                    ("Monday", Some("2024-07-08"), Medium),
                    ("Saturday", Some("2024-07-06"), Medium),
                ],
            ),
            (
                "invalid day",
                "On February 30 nothing happened.",
                nov6,
                &[("February 30", None, Medium)],
            ),
        ];
        for (name, text, reference, want) in cases {
            let got = resolved(text, reference);
            let want: Vec<(String, Option<String>, Confidence)> = want
                .iter()
                .map(|(s, r, c)| (s.to_string(), r.map(str::to_string), *c))
                .collect();
            assert_eq!(got, want, "case {name}");
        }
    }
}
