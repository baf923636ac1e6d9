//! Stage 2, meta: headline, outlet and publication date, each given, inferred or unknown.

use crate::clean::site_stamp;
use crate::model::{Block, BlockKind, DateExpression, Field, Furniture, Meta};
use crate::{Day, Span};

/// News agencies as they sign wire datelines: "ANKARA, Turkey (AP) —".
const WIRE_AGENCIES: &[(&str, &str)] = &[
    ("AP", "Associated Press"),
    ("AFP", "Agence France-Presse"),
    ("Reuters", "Reuters"),
    ("dpa", "dpa"),
    ("UPI", "United Press International"),
    ("Xinhua", "Xinhua"),
    ("TASS", "TASS"),
    ("ANI", "ANI"),
    ("PTI", "Press Trust of India"),
    ("IANS", "IANS"),
    ("AA", "Anadolu Agency"),
];

/// What meta found for one article.
pub struct ArticleMeta {
    pub headline: Field<String>,
    pub outlet: Field<String>,
    pub published: Field<Day>,
}

/// The headline, outlet and date of one article, the user's metadata first.
pub fn read(text: &str, blocks: &[Block], given: &Meta) -> ArticleMeta {
    ArticleMeta {
        headline: headline(text, blocks, given),
        outlet: outlet(text, blocks, given),
        published: published(text, blocks, given),
    }
}

fn headline(text: &str, blocks: &[Block], given: &Meta) -> Field<String> {
    if let Some(h) = given.headline.as_ref().filter(|h| !h.trim().is_empty()) {
        return Field::given(h.trim().to_string(), "from the article's metadata", None);
    }
    match blocks.iter().find(|b| b.kind == BlockKind::Headline) {
        Some(b) => Field::inferred(
            b.span.of(text).to_string(),
            "the first title-like line",
            Some(b.span),
        ),
        None => Field::unknown("no title-like line at the top"),
    }
}

fn outlet(text: &str, blocks: &[Block], given: &Meta) -> Field<String> {
    if let Some(o) = given.outlet.as_ref().filter(|o| !o.trim().is_empty()) {
        return Field::given(o.trim().to_string(), "from the article's metadata", None);
    }
    // The site's own stamp on its captions ("- Sputnik International, 1920, 06.11.2023").
    if let Some(stamp) = blocks.iter().find_map(|b| site_stamp(text, b.span)) {
        return Field::inferred(
            stamp.outlet.of(text).to_string(),
            "the site's stamp on its captions",
            Some(stamp.outlet),
        );
    }
    // A wire dateline in the first story paragraph: "ANKARA, Turkey (AP) —".
    if let Some((span, name)) = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .take(1)
        .find_map(|b| wire_agency(text, b.span))
    {
        return Field::inferred(
            name.to_string(),
            "the wire agency in the dateline",
            Some(span),
        );
    }
    // "...reports Asian Lite News" closing a standfirst.
    if let Some(span) = blocks
        .iter()
        .filter(|b| b.kind.is_story())
        .take(4)
        .find_map(|b| reports_tail(text, b.span))
    {
        return Field::inferred(
            span.of(text).to_string(),
            "\"…reports <outlet>\" in the standfirst",
            Some(span),
        );
    }
    if let Some(b) = blocks.iter().find(|b| b.kind == BlockKind::Byline) {
        let line = b.span.of(text);
        if !line.starts_with("By ") {
            return Field::inferred(
                line.to_string(),
                "the line under the headline",
                Some(b.span),
            );
        }
    }
    Field::unknown("no outlet named in the text")
}

/// "(AP) —" or "(Reuters) -" within the first 120 bytes of a paragraph.
fn wire_agency(text: &str, at: Span) -> Option<(Span, &'static str)> {
    let para = at.of(text);
    let cut = (0..=para.len().min(120))
        .rev()
        .find(|&i| para.is_char_boundary(i))?;
    let head = &para[..cut];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let inside = &head[open + 1..close];
    let after = head[close + 1..].trim_start();
    if !after.starts_with(['—', '–', '-']) {
        return None;
    }
    let (_, name) = WIRE_AGENCIES.iter().find(|(abbr, _)| *abbr == inside)?;
    Some((Span::new(at.start + open + 1, at.start + close), name))
}

/// The outlet named by a trailing "reports X" (X: one to five capitalised words).
fn reports_tail(text: &str, at: Span) -> Option<Span> {
    let line = at.of(text);
    let lower = line.to_lowercase();
    // to_lowercase can change byte lengths outside ASCII; only use the index when it is the same text.
    if lower.len() != line.len() {
        return None;
    }
    let idx = lower.rfind("reports ")?;
    if idx > 0
        && lower[..idx]
            .chars()
            .last()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    // Checked: equal lengths do not guarantee equal char boundaries ("İ" grows, "ẞ" shrinks).
    let name = line
        .get(idx + "reports ".len()..)?
        .trim_end_matches(['.', ' ']);
    let n = name.split_whitespace().count();
    let capitalised = name
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !(1..=5).contains(&n) || !capitalised {
        return None;
    }
    let start = at.start + idx + "reports ".len();
    Some(Span::new(start, start + name.len()))
}

fn published(text: &str, blocks: &[Block], given: &Meta) -> Field<Day> {
    if let Some(d) = given.date {
        return Field::given(d, "from the article's metadata", None);
    }
    // A date stamp on a caption before the story starts belongs to this article;
    // stamps further down belong to related-story teasers.
    let first_story = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Paragraph)
        .unwrap_or(blocks.len());
    for b in &blocks[..first_story] {
        if b.kind != BlockKind::Furniture(Furniture::Caption) {
            continue;
        }
        if let Some(date_span) = site_stamp(text, b.span).and_then(|s| s.date) {
            if let Some(day) = dotted_day(date_span.of(text)) {
                return Field::given(day, "the date stamp on the lead photo", Some(date_span));
            }
        }
    }
    if let Some((day, span, basis)) = header_date(text, blocks) {
        return Field::given(day, basis, Some(span));
    }
    Field::unknown("no date stamp or dateline")
}

/// The basis of a date read from an unlabelled date line at the top of a page: the page's own
/// date, or a site's banner of the day it was stored (`corpus::doubt_site_dates`).
pub(crate) const DATE_LINE: &str = "the date line under the headline";

/// Labels that introduce a date line: "Published: Friday, 16 February 2024", "Updated May 7".
const DATE_LABELS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last updated",
    "first published",
    "publication",
    "date",
];

/// A full date (year, month, day) in one block, with its span.
fn full_date_in(text: &str, block: Span) -> Option<(Day, Span)> {
    let probe = [Block {
        span: block,
        kind: BlockKind::Paragraph,
    }];
    crate::dates::extract(text, &probe)
        .into_iter()
        .find_map(|m| match m.expression {
            DateExpression::Absolute {
                year: Some(y),
                month,
                day,
            } => Day::new(y, month, day).map(|d| (d, m.span)),
            _ => None,
        })
}

/// The article's own date from its header: a date line under the headline ("2024-05-07",
/// "May 07, 2024 05:15 pm | Updated …", "11 September 2024 - 10:15 By …", "AFP , Wednesday 1 Mar
/// 2023"), a labelled line ("Published May 10, 2024 | 11:36 PM", "Publication: 06.01.2024"), then
/// the headline itself ("Press review of Monday, March 06, 2023: …"). Dates in the story are
/// background (an anniversary, the day a war began) and never date the article.
fn header_date(text: &str, blocks: &[Block]) -> Option<(Day, Span, &'static str)> {
    let words = |b: &Block| b.span.of(text).split_whitespace().count();
    // The header ends at the first paragraph of running text.
    let first_story = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Paragraph && words(b) >= 15)
        .unwrap_or(blocks.len());
    let labelled = |b: &Block| {
        let line = b.span.of(text).trim_start();
        let head: Vec<String> = line
            .split_whitespace()
            .take(5)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        // The label opens the line, or follows a short by-line: "Sumaira FH Published May 10".
        let at = head.iter().position(|w| DATE_LABELS.contains(&w.as_str()));
        let byline_before = |n: usize| {
            line.split_whitespace()
                .take(n)
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        at.is_some_and(|n| n == 0 || (n <= 3 && byline_before(n)))
            && line.split_whitespace().count() <= 16
    };
    // A date line is short: a date, perhaps a time, a zone, a by-line or a label.
    let date_line = |b: &Block| b.kind != BlockKind::Headline && words(b) <= 14;
    let header = blocks.iter().take(first_story.min(16));
    for b in header.filter(|b| date_line(b) || labelled(b)) {
        if let Some((day, span)) = full_date_in(text, b.span) {
            let basis = if labelled(b) {
                "the article's “Published” line"
            } else {
                DATE_LINE
            };
            return Some((day, span, basis));
        }
    }
    // A labelled line just after the standfirst.
    for b in blocks
        .iter()
        .skip(first_story)
        .take(4)
        .filter(|b| labelled(b))
    {
        if let Some((day, span)) = full_date_in(text, b.span) {
            return Some((day, span, "the article's “Published” line"));
        }
    }
    // A page flattened into one paragraph: its date line opens the story ("2025-04-23
    // WASHINGTON: …", "Published 23 April 2025 WASHINGTON — …"), a label at most before it.
    if let Some(first) = blocks.get(first_story) {
        if let Some((day, span)) = full_date_in(text, first.span) {
            let before = text.get(first.span.start..span.start).unwrap_or("").trim();
            let label = before.trim_end_matches(':').to_lowercase();
            if before.is_empty() || DATE_LABELS.contains(&label.as_str()) {
                return Some((day, span, "the date opening the story"));
            }
        }
    }
    let headline = blocks.iter().find(|b| b.kind == BlockKind::Headline)?;
    full_date_in(text, headline.span).map(|(d, s)| (d, s, "the date in the headline"))
}

/// A wire dateline opening the story: "Singapore, Sep 11 (PTI) –", "Edinburgh, July 8, (PA
/// Media) –", "Tel Aviv [Israel], January 9 :", "MOSCOW (UrduPoint News / Sputnik - 01st June,
/// 2023)". The month and day, and the year when it is given.
pub(crate) fn dateline(text: &str, blocks: &[Block]) -> Option<(Option<i32>, u32, u32, Span)> {
    let first = blocks.iter().find(|b| {
        b.kind == BlockKind::Paragraph && b.span.of(text).split_whitespace().count() >= 8
    })?;
    let line = first.span.of(text);
    // The dateline ends at its dash or colon, within the first few words.
    let end = line
        .char_indices()
        .take_while(|(i, _)| *i < 90)
        .find(|(_, c)| matches!(c, '–' | '—' | ':' | ')'))
        .map(|(i, _)| i)?;
    let head = Span::new(first.span.start, first.span.start + end);
    let probe = [Block {
        span: head,
        kind: BlockKind::Paragraph,
    }];
    // The dateline starts with a capitalised place, never with the story's subject.
    if !line.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let Some(m) = crate::dates::extract(text, &probe).into_iter().next() else {
        return agency_dateline(text, first.span);
    };
    let DateExpression::Absolute { year, month, day } = m.expression else {
        return None;
    };
    // Before the date: the place alone ("Tel Aviv [Israel],", "NEW DELHI,"), ending in a comma,
    // or the place and the agency's bracket the date closes ("MOSCOW (UrduPoint News / Sputnik -
    // 01st June, 2023)").
    let before = text.get(first.span.start..m.span.start)?.trim_end();
    let (place, agency) = before.split_once(" (").unwrap_or((before, ""));
    let bracketed = !agency.is_empty()
        && agency.ends_with(['-', '–', '—', ','])
        && agency.split_whitespace().count() <= 6;
    let words: Vec<&str> = place.split_whitespace().collect();
    let placelike = (before.ends_with(',') && agency.is_empty() || bracketed)
        && (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.trim_start_matches(['[', '('])
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
    placelike.then_some((year, month, day, m.span))
}

/// The Spanish, Portuguese, French and Italian agencies' dateline: the place, the day and the
/// month written small, perhaps the year, then the agency in brackets ("PANAMÁ, 1 feb
/// (Xinhua) --", "San Salvador, 3 feb (EFE).-", "PARIS, 2 févr. 2025 (AFP) -"). The month
/// stands between a day and the agency's bracket, so a word like "mayo" or "mar" is read as one
/// only there.
fn agency_dateline(text: &str, first: Span) -> Option<(Option<i32>, u32, u32, Span)> {
    let line = first.of(text);
    let (place, rest) = line.get(..line.find(" (")?)?.split_once(", ")?;
    let words: Vec<&str> = place.split_whitespace().collect();
    if !(1..=5).contains(&words.len())
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let parts: Vec<&str> = rest.split_whitespace().collect();
    let (day, month, year) = match parts.as_slice() {
        [d, m] => (d, m, None),
        [d, m, y] => (
            d,
            m,
            Some(
                y.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))?,
            ),
        ),
        _ => return None,
    };
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month = month_in_a_dateline(month.trim_end_matches('.'))?;
    let start = first.start + place.len() + 2;
    Some((year, month, day, Span::new(start, start + rest.len())))
}

/// A month as the agencies of other languages write it in a dateline, whole or cut short,
/// any case: English, Spanish, Portuguese, French, Italian.
fn month_in_a_dateline(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &[
            "jan", "january", "ene", "enero", "janeiro", "janv", "janvier", "gen", "gennaio",
        ],
        &[
            "feb",
            "february",
            "febrero",
            "fev",
            "fevereiro",
            "févr",
            "fevr",
            "février",
            "febbraio",
        ],
        &["mar", "march", "marzo", "março", "mars"],
        &["apr", "april", "abr", "abril", "avr", "avril", "aprile"],
        &["may", "mayo", "mai", "maio", "mag", "maggio"],
        &["jun", "june", "junio", "junho", "juin", "giu", "giugno"],
        &[
            "jul", "july", "julio", "julho", "juil", "juillet", "lug", "luglio",
        ],
        &["aug", "august", "ago", "agosto", "août", "aout"],
        &[
            "sep",
            "sept",
            "september",
            "septiembre",
            "setiembre",
            "set",
            "setembro",
            "septembre",
            "settembre",
        ],
        &[
            "oct", "october", "octubre", "out", "outubro", "octobre", "ott", "ottobre",
        ],
        &["nov", "november", "noviembre", "novembro", "novembre"],
        &[
            "dec",
            "december",
            "dic",
            "diciembre",
            "dez",
            "dezembro",
            "déc",
            "décembre",
            "dicembre",
        ],
    ];
    let word = word.to_lowercase();
    (1..=12u32)
        .zip(MONTHS)
        .find_map(|(m, names)| names.contains(&word.as_str()).then_some(m))
}

/// `dd.mm.yyyy` as a calendar day.
fn dotted_day(s: &str) -> Option<Day> {
    let mut parts = s.split('.');
    let d = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let y = parts.next()?.parse().ok()?;
    Day::new(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;
    use crate::model::Provenance;

    fn meta(text: &str) -> ArticleMeta {
        read(text, &classify(text), &Meta::default())
    }

    const STORY: &str =
        "The minister travelled to the capital on Monday and met the president for talks on trade.";

    #[test]
    fn outlet_table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("byline", "Minister Tours the Region\nICARO Media Group\n{STORY}", Some("ICARO Media Group")),
            ("reports tail", "Minister Tours the Region\n\nWhile talks went on, little changed…reports Asian Lite News\n\n{STORY}", Some("Asian Lite News")),
            ("site stamp", "- Daily Planet, 1920\nMinister Tours the Region\n{STORY}", Some("Daily Planet")),
            ("wire dateline", "Minister Tours the Region\nANKARA, Turkey (AP) — {STORY}", Some("Associated Press")),
            ("by-line is a person", "Minister Tours the Region\nBy Jane Doe\n{STORY}", None),
            ("nothing", "Minister Tours the Region\n{STORY}", None),
        ];
        for (name, text, want) in cases {
            let text = text.replace("{STORY}", STORY);
            assert_eq!(meta(&text).outlet.value.as_deref(), *want, "case {name}");
        }
    }

    #[test]
    fn lead_stamp_dates_the_article_but_teaser_stamps_do_not() {
        let text = format!(
            "Minister Tours the Region\nThe minister boards. - Daily Planet, 1920, 06.11.2023\n{STORY}\nA photo - Daily Planet, 1920, 19.10.2023\nWorld\nOther Story\n"
        );
        let p = meta(&text).published;
        assert_eq!(
            p.value.map(|d| d.to_string()).as_deref(),
            Some("2023-11-06")
        );
        assert_eq!(p.provenance, Provenance::Given);

        let teaser_only = format!("Minister Tours the Region\n{STORY}\nA photo - Daily Planet, 1920, 19.10.2023\nWorld\nOther Story\n");
        assert_eq!(meta(&teaser_only).published.provenance, Provenance::Unknown);
    }

    #[test]
    fn a_published_line_dates_the_article() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Minister Tours the Region\nPublished: Friday, 16 February 2024\n{STORY}", Some("2024-02-16")),
            ("Minister Tours the Region\nUpdated Feb. 16, 2024 10:42 AM\n{STORY}", Some("2024-02-16")),
            ("Minister Tours the Region\nPublished on Monday\n{STORY}", None),
            ("Minister Tours the Region\n{STORY}\nThe report was published on 3 March 2021 by the ministry.", None),
        ];
        for (text, want) in cases {
            let text = text.replace("{STORY}", STORY);
            let p = meta(&text).published;
            assert_eq!(p.value.map(|d| d.to_string()).as_deref(), *want, "{text}");
            if want.is_some() {
                assert_eq!(p.provenance, Provenance::Given);
            }
        }
    }

    #[test]
    fn a_date_opening_a_flattened_page_dates_it() {
        let story = "The White House has confirmed that the minister will travel to Ghana and Kenya on May 13, officials said on Tuesday.";
        for (lead, want) in [
            ("2025-04-23 WASHINGTON: ", Some("2025-04-23")),
            ("date 2025-04-23 WASHINGTON: ", Some("2025-04-23")),
            ("Published: 23 April 2025 WASHINGTON — ", Some("2025-04-23")),
            ("On 23 April 2025, in Washington, ", None),
        ] {
            let text = format!("{lead}{story}");
            let p = meta(&text).published;
            assert_eq!(p.value.map(|d| d.to_string()).as_deref(), want, "{lead}");
        }
    }

    #[test]
    fn header_dates_table() {
        // (name, header lines between the headline and the story, the article's date)
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "iso line under outlet",
                "The Daily Planet\n2024-05-07",
                Some("2024-05-07"),
            ),
            (
                "time and update",
                "May 07, 2024 05:15 pm | Updated 05:15 pm IST - Tourmalet Pass, France",
                Some("2024-05-07"),
            ),
            (
                "label after by-line",
                "Jane R Roe Published May 10, 2024 | 11:36 PM",
                Some("2024-05-10"),
            ),
            ("iso with time", "2024-05-08 | 00:21", Some("2024-05-08")),
            (
                "date then by-line",
                "11 September 2024 - 10:15 By Jane Roe",
                Some("2024-09-11"),
            ),
            (
                "agency and weekday",
                "AFP , Wednesday 1 Mar 2023",
                Some("2023-03-01"),
            ),
            (
                "dotted publication stamp",
                "Publication: 06.01.2024 - 15:33",
                Some("2024-01-06"),
            ),
            ("weekday only is no date", "Published on Monday", None),
            ("nothing above the story", "", None),
        ];
        let story = "The minister arrived on Tuesday for talks with the president, a visit that coincides with the 25th anniversary of the bombing of May 7, 1999, officials said.";
        for (name, header, want) in cases {
            let text = format!("Minister Arrives for Talks on Trade\n{header}\n{story}");
            let p = meta(&text).published;
            assert_eq!(
                p.value.map(|d| d.to_string()).as_deref(),
                *want,
                "case {name}"
            );
            if want.is_some() {
                assert_eq!(p.provenance, Provenance::Given, "case {name}");
            }
        }
        // The headline's own date, when the header has none.
        let text = format!("Press review of Monday, March 06, 2023: talks go on\n{story}");
        assert_eq!(
            meta(&text)
                .published
                .value
                .map(|d| d.to_string())
                .as_deref(),
            Some("2023-03-06")
        );
    }

    #[test]
    fn wire_datelines_date_the_article_in_the_corpus_year() {
        use crate::{analyze, ArticleInput};
        let dated = "Minister Tours the Region\nThe Courier\n2024-09-10\nThe minister flew to the capital on Monday for talks with the president on trade and aid.";
        let cases: &[(&str, Option<&str>)] = &[
            ("Singapore, Sep 11 (PTI) The minister arrived in Singapore on Wednesday on the last leg of the tour.", Some("2024-09-11")),
            ("NEW DELHI, June 21 (Reuters) - The minister met the prime minister in New Delhi for talks on trade.", Some("2024-06-21")),
            ("Tel Aviv [Israel], September 9 : The minister held a private meeting with the prime minister.", Some("2024-09-09")),
            ("Edinburgh, September 8, (PA Media) – The minister met the first minister in Edinburgh for talks.", Some("2024-09-08")),
            ("MOSCOW (UrduPoint News / Sputnik - 01st June, 2023) The minister said Thursday that the talks in Tokyo had gone well.", Some("2023-06-01")),
            ("The minister wrapped up his visit on Monday (Sep 9) and flew home after the talks ended.", Some("2024-09-10")),
            ("PANAMÁ, 1 feb (Xinhua) -- El secretario de Estado arribó hoy sábado a Panamá en su primer viaje oficial.", Some("2024-02-01")),
            ("San Salvador, 3 feb (EFE).- El secretario de Estado llegó este lunes a El Salvador para reunirse con el presidente.", Some("2024-02-03")),
            ("PARIS, 2 févr. 2025 (AFP) - Le ministre est arrivé dimanche à Paris pour une visite de deux jours.", Some("2025-02-02")),
            // No day and month there: the page takes the corpus's day, as one with no dateline.
            ("Panamá, el sábado (Xinhua) -- El secretario de Estado arribó hoy a Panamá en su primer viaje oficial.", Some("2024-09-10")),
            ("Lima, 3 mayores (EFE).- El secretario de Estado llegó este lunes a Lima para reunirse con el presidente.", Some("2024-09-10")),
        ];
        for (story, want) in cases {
            let text = format!("Minister Ends the Tour of the Region\n{story}");
            let a = analyze(&[
                ArticleInput {
                    id: "a".into(),
                    text: dated.into(),
                    ..Default::default()
                },
                ArticleInput {
                    id: "b".into(),
                    text: text.clone(),
                    ..Default::default()
                },
            ]);
            let got = a.articles[1].published.value.map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "{story}");
        }
    }

    #[test]
    fn reports_tail_survives_case_changes_that_shift_boundaries() {
        // "İ" lowercases to 3 bytes and "ẞ" to 2: the same total length, but the index found in
        // the lowercased line is one byte off in the original.
        // Before the fix this sliced into the middle of "Ä" and panicked.
        let _ = meta("Title Line Here\nİ reports Ärzte Newsẞ");
    }

    #[test]
    fn metadata_overrides_inference() {
        let text = format!("Minister Tours the Region\nICARO Media Group\n{STORY}");
        let given = Meta {
            outlet: Some("The Courier".into()),
            headline: Some("Own Title".into()),
            date: Day::new(2024, 1, 2),
            url: None,
            traveller: None,
        };
        let m = read(&text, &classify(&text), &given);
        assert_eq!(m.outlet.value.as_deref(), Some("The Courier"));
        assert_eq!(m.headline.value.as_deref(), Some("Own Title"));
        assert_eq!(m.published.provenance, Provenance::Given);
    }
}
