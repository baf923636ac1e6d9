//! Stage 1, clean: classify each line as story (headline, heading, paragraph) or site furniture.
//! Nothing is deleted: every non-blank line becomes a `Block` with its span in the original text.

use crate::model::{Block, BlockKind, Furniture};
use crate::script::{self, Script};
use crate::span::{self, Span};

/// Lines that are calls to action or comment/login chrome, matched on the lower-cased line start.
const PROMPT_PREFIXES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "your email address will not be published",
    "required fields are marked",
    "also read",
    "read also",
    "read more",
    "related:",
    "related articles",
    "related stories",
    "watch:",
    "listen:",
    "subscribe to",
    "sign up for",
    "share this",
    "share on",
    "click here",
    "follow us",
    "download the app",
    "to participate in the discussion",
    "log in or register",
    "you may also like",
    "most read",
];

/// Lines that are chrome only when they stand alone.
const PROMPT_LINES: &[&str] = &[
    "subscribe",
    "loader",
    "chats",
    "newsfeed",
    "comments",
    "advertisement",
    "share",
    "log in",
    "print",
    "email",
    "trending",
    "recommended",
    // A page's accessibility link, stored as text above its headline.
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "jump to content",
];

/// Attribution boilerplate, matched on the lower-cased line start.
const ATTRIBUTION_PREFIXES: &[&str] = &[
    "source link",
    "(with inputs from",
    "with inputs from",
    "(source:",
];

/// A site stamp: " - Outlet, 1920, 06.11.2023" at the end of a caption, or "- Outlet, 1920" alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SiteStamp {
    pub outlet: Span,
    /// The `dd.mm.yyyy` part, when present.
    pub date: Option<Span>,
}

/// Finds a site stamp at the end of `line` (whose span in the text is `at`).
pub(crate) fn site_stamp(text: &str, at: Span) -> Option<SiteStamp> {
    let line = at.of(text);
    let dash = if line.starts_with("- ") {
        Some(0)
    } else {
        line.rfind(" - ").map(|i| i + 1)
    }?;
    let rest_start = dash + 2;
    let rest = line.get(rest_start..)?;
    let parts: Vec<&str> = rest.split(", ").collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let name = parts[0].trim();
    let looks_like_name = !name.is_empty()
        && name.split_whitespace().count() <= 5
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    let number = parts[1].trim();
    if !looks_like_name || number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let name_start = at.start + rest_start + (parts[0].len() - parts[0].trim_start().len());
    let outlet = Span::new(name_start, name_start + name.len());
    let date = match parts.get(2) {
        Some(d) if is_dotted_date(d.trim()) => {
            let d_start = at.start + line.len() - d.len() + (d.len() - d.trim_start().len());
            Some(Span::new(d_start, d_start + d.trim().len()))
        }
        Some(_) => return None,
        None => None,
    };
    Some(SiteStamp { outlet, date })
}

/// `dd.mm.yyyy`, digits only (validity is checked where the date is read).
fn is_dotted_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[2] == b'.'
        && b[5] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 5 || c.is_ascii_digit())
}

fn words(s: &str) -> usize {
    crate::words::words(s, Span::new(0, s.len())).len()
}

fn ends_like_sentence(s: &str) -> bool {
    without_closers(s).ends_with(['.', '!', '?', ':', ';', ',', '…'])
}

/// A line without the closing quotes and brackets at its end ("… he said.”" → "… he said.").
fn without_closers(s: &str) -> &str {
    s.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
}

/// Headlines and teasers capitalise (nearly) every word: at least four words, seven in ten
/// capitalised. A capitalised neighbour says nothing about names in such a line.
pub(crate) fn is_title_case<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = words
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 4 && caps * 10 >= words.len() * 7
}

fn capitalised_share(s: &str) -> f32 {
    let ws: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if ws.is_empty() {
        return 0.0;
    }
    let caps = ws
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    caps as f32 / ws.len() as f32
}

/// Furniture judged from one line alone.
fn line_furniture(line: &str, article_script: Option<Script>) -> Option<Furniture> {
    let lower = line.to_lowercase();
    let lower = lower.trim();
    if ATTRIBUTION_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return Some(Furniture::Attribution);
    }
    if PROMPT_LINES.contains(&lower) || PROMPT_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return Some(Furniture::Prompt);
    }
    // A short line that carries a web address is a link prompt ("Follow our coverage at https://…").
    if (lower.contains("http://") || lower.contains("https://") || lower.contains("www."))
        && words(line) <= 15
    {
        return Some(Furniture::Prompt);
    }
    if line.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("photo:")
        || lower.starts_with("credit:")
    {
        return Some(Furniture::Caption);
    }
    let census = script::census(line);
    let letters: usize = census.iter().map(|(_, n)| n).sum();
    if letters == 0 {
        return Some(Furniture::Leftover);
    }
    if let (Some(own), Some((top, n))) = (article_script, census.first()) {
        if *top != own && *n * 2 > letters {
            return Some(Furniture::Leftover);
        }
    }
    None
}

/// Classifies every non-blank line of `text`.
pub fn classify(text: &str) -> Vec<Block> {
    let article_script = script::dominant(text);
    let spans: Vec<Span> = span::lines(text)
        .map(|s| s.trimmed(text))
        .filter(|s| !s.is_empty())
        .collect();
    let mut kinds: Vec<Option<BlockKind>> = spans
        .iter()
        .map(|s| {
            if let Some(stamp) = site_stamp(text, *s) {
                // "- Outlet, 1920" alone is the site's name bar; with text before it, a caption.
                let bare = s.of(text).starts_with("- ") && stamp.date.is_none();
                return Some(BlockKind::Furniture(if bare {
                    Furniture::Masthead
                } else {
                    Furniture::Caption
                }));
            }
            line_furniture(s.of(text), article_script).map(BlockKind::Furniture)
        })
        .collect();

    mark_related_stories(text, &spans, &mut kinds);
    mark_video_teasers(text, &spans, &mut kinds);
    let headline = find_headline(text, &spans, &kinds);
    if let Some(h) = headline {
        for k in kinds.iter_mut().take(h) {
            if k.is_none() {
                *k = Some(BlockKind::Furniture(Furniture::Masthead));
            }
        }
        kinds[h] = Some(BlockKind::Headline);
        if let Some(next) = (h + 1..spans.len()).find(|&i| kinds[i].is_none()) {
            // A line written twice ("Perdana Menteri Kanada Justin Trudeau", a photo's alt text
            // and its caption) is the photo's, not a by-line.
            if next == h + 1 {
                let line = spans[next].of(text).trim();
                if spans
                    .get(next + 1)
                    .is_some_and(|s| s.of(text).trim() == line)
                {
                    kinds[next] = Some(BlockKind::Furniture(Furniture::Caption));
                    kinds[next + 1] = Some(BlockKind::Furniture(Furniture::Caption));
                } else if is_byline(spans[next].of(text)) {
                    kinds[next] = Some(BlockKind::Byline);
                }
            }
        }
    }
    for i in 0..spans.len() {
        if kinds[i].is_some() {
            continue;
        }
        let line = spans[i].of(text);
        let next_is_story = (i + 1..spans.len())
            .find(|&j| !matches!(kinds[j], Some(BlockKind::Furniture(_))))
            .is_some_and(|j| kinds[j].is_none() && words(spans[j].of(text)) > 12);
        let heading = words(line) <= 8 && !ends_like_sentence(line) && next_is_story;
        kinds[i] = Some(if heading {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        });
    }
    spans
        .into_iter()
        .zip(kinds)
        .map(|(span, kind)| Block {
            span,
            kind: kind.unwrap_or(BlockKind::Paragraph),
        })
        .collect()
}

/// After a caption: a one- or two-word section label, then the teaser's title.
fn mark_related_stories(text: &str, spans: &[Span], kinds: &mut [Option<BlockKind>]) {
    let caption = Some(BlockKind::Furniture(Furniture::Caption));
    let related = Some(BlockKind::Furniture(Furniture::RelatedStory));
    for i in 1..spans.len() {
        if kinds[i].is_some() || kinds[i - 1] != caption {
            continue;
        }
        let label = spans[i].of(text);
        if words(label) > 2 || ends_like_sentence(label) {
            continue;
        }
        kinds[i] = related;
        if let Some(title) = spans.get(i + 1) {
            let t = title.of(text);
            if kinds[i + 1].is_none() && !ends_like_sentence(t) && words(t) <= 25 {
                kinds[i + 1] = related;
            }
        }
    }
}

/// A video's running time alone on a line ("01:23"): the line before it is the video's title, a
/// teaser of another story ("US Secretary of State Blinken arrives in Egypt", under a story
/// about Angola).
fn mark_video_teasers(text: &str, spans: &[Span], kinds: &mut [Option<BlockKind>]) {
    let running_time = |s: &str| {
        let parts: Vec<&str> = s.trim().split(':').collect();
        (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut teaser = |k: usize| {
        let title = spans[k].of(text);
        if kinds[k].is_none() && !ends_like_sentence(title) && words(title) <= 25 {
            kinds[k] = Some(BlockKind::Furniture(Furniture::RelatedStory));
        }
    };
    for i in 1..spans.len() {
        if running_time(spans[i].of(text)) {
            teaser(i - 1);
            // The list's last title, its running time cut off with the page.
            if i + 2 == spans.len() {
                teaser(i + 1);
            }
        }
    }
}

/// The first title-like line among the first few that are not furniture.
fn find_headline(text: &str, spans: &[Span], kinds: &[Option<BlockKind>]) -> Option<usize> {
    // A line ending like a sentence, closing quotes and brackets aside ("… he said.”").
    let ends_clause = |line: &str| without_closers(line).ends_with(['.', ':', ';', ',']);
    // Lines above the headline are the site's (name, sections, date): short. A paragraph of the
    // story ends the search, so a page stored without its headline has none rather than a later
    // paragraph's taking the part (and everything above it made the masthead).
    let candidates: Vec<usize> = (0..spans.len())
        .filter(|&i| kinds[i].is_none())
        .take(6)
        .take_while(|&i| {
            let line = spans[i].of(text);
            let n = words(line);
            n <= 60 && !(n >= 20 && ends_clause(line))
        })
        .collect();
    // A site's date banner above the story is no headline ("Tue. Mar 21st, 2023").
    let candidates: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| !crate::dates::only_a_date(spans[i].of(text)))
        .collect();
    let title_like = |i: usize| {
        let line = spans[i].of(text);
        let n = words(line);
        (3..=30).contains(&n) && !ends_clause(line)
    };
    // A long first line is still the headline when the outlet's name or a date line follows it.
    let labelled_long = |i: usize| {
        let line = spans[i].of(text);
        let next = spans.get(i + 1).map(|s| s.of(text)).unwrap_or("");
        (3..=60).contains(&words(line))
            && !line.trim_end().ends_with(['.', ':', ';', ','])
            && (is_byline(next) || next.chars().all(|c| !c.is_alphabetic()))
            && !next.is_empty()
    };
    candidates
        .first()
        .copied()
        .filter(|&i| labelled_long(i))
        .or_else(|| candidates.iter().copied().find(|&i| title_like(i)))
        .or_else(|| {
            candidates
                .first()
                .copied()
                .filter(|&i| words(spans[i].of(text)) <= 30)
        })
}

/// A short line of capitalised words with no sentence punctuation: "ICARO Media Group", "By Jane Doe".
fn is_byline(line: &str) -> bool {
    // "The Hans India (IANS)", "Mint (livemint.com)": the part before a bracket names the outlet.
    let line = match line.split_once(" (") {
        Some((name, rest)) if rest.ends_with(')') && !name.is_empty() => name,
        _ => line,
    };
    let n = words(line);
    (1..=6).contains(&n)
        && !ends_like_sentence(line)
        && !line.chars().any(|c| c.is_ascii_digit())
        && (line.starts_with("By ") || capitalised_share(line) >= 0.99)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        classify(text)
            .into_iter()
            .map(|b| (b.span.of(text).to_string(), b.kind))
            .collect()
    }

    fn kind_of(text: &str, line: &str) -> BlockKind {
        kinds(text)
            .into_iter()
            .find(|(l, _)| l == line)
            .map(|(_, k)| k)
            .unwrap_or_else(|| panic!("no block {line:?}"))
    }

    const STORY: &str =
        "The minister travelled to the capital on Monday and met the president for talks on trade.";

    #[test]
    fn table() {
        use crate::model::Furniture as F;
        use BlockKind::{Byline, Furniture, Heading, Headline, Paragraph};
        use F::{Attribution, Caption, Leftover, Masthead, Prompt, RelatedStory};
        let cases: &[(&str, &str, &str, BlockKind)] = &[
            ("headline first", "Minister Tours the Region Amid Crisis\n\n{STORY}", "Minister Tours the Region Amid Crisis", Headline),
            ("byline under headline", "Minister Tours the Region\nICARO Media Group\n{STORY}", "ICARO Media Group", Byline),
            ("a line written twice under the headline is a photo's", "Minister Tours the Region\nMinistra Ana Costa\nMinistra Ana Costa\n{STORY}", "Ministra Ana Costa", Furniture(Caption)),
            ("comment prompt", "Title Of The Story Here\n{STORY}\nLeave a Reply", "Leave a Reply", Furniture(Prompt)),
            ("also read", "Title Of The Story Here\n{STORY}\nALSO READ: Something Else Entirely", "ALSO READ: Something Else Entirely", Furniture(Prompt)),
            ("link line", "Title Of The Story Here\n{STORY}\nFollow AP's coverage of Europe at https://example.org/europe", "Follow AP's coverage of Europe at https://example.org/europe", Furniture(Prompt)),
            ("source link", "Title Of The Story Here\n{STORY}\nSource link", "Source link", Furniture(Attribution)),
            ("agency inputs", "Title Of The Story Here\n{STORY}\n(With inputs from agencies)", "(With inputs from agencies)", Furniture(Attribution)),
            ("credit", "Title Of The Story Here\n© AFP 2023 / JANE DOE The minister boards a plane\n{STORY}", "© AFP 2023 / JANE DOE The minister boards a plane", Furniture(Caption)),
            ("stamped caption", "Title Of The Story Here\nThe minister boards a plane. - Daily Planet, 1920, 06.11.2023\n{STORY}", "The minister boards a plane. - Daily Planet, 1920, 06.11.2023", Furniture(Caption)),
            ("teaser label", "Title Of The Story Here\n{STORY}\nA photo - Daily Planet, 1920, 01.11.2023\nWorld\nAnother Story Title Here\n{STORY}", "World", Furniture(RelatedStory)),
            ("teaser title", "Title Of The Story Here\n{STORY}\nA photo - Daily Planet, 1920, 01.11.2023\nWorld\nAnother Story Title Here\n{STORY}", "Another Story Title Here", Furniture(RelatedStory)),
            ("a video's title, above its running time", "Title Of The Story Here\n{STORY}\nThe Minister Arrives In Egypt\n01:23\nThe Minister Warns Of A Decisive Moment\n1:05:09", "The Minister Arrives In Egypt", Furniture(RelatedStory)),
            ("the last video's title, its running time cut off", "Title Of The Story Here\n{STORY}\nThe Minister Warns Of A Decisive Moment\n01:05\nThe Minister Arrives In Egypt", "The Minister Arrives In Egypt", Furniture(RelatedStory)),
            ("a skip link above the headline", "Skip to main content\nTitle Of The Story Here\n{STORY}", "Title Of The Story Here", Headline),
            ("masthead above headline", "World\nGet the latest news from around the world.\nTitle Of The Story Here\n{STORY}", "World", Furniture(Masthead)),
            ("no headline stored: the story's paragraphs stay the story", "The minister called on Monday here for more support to the army in the fight against the insurgents in the north.\n{STORY}\nThe minister arrived on Monday. (Agency)", "The minister arrived on Monday. (Agency)", Paragraph),
            ("no headline stored: a quotation's close is no headline", "The minister called on Monday here for more support to the army in the fight against the insurgents in the north.\nThe army cannot do it alone, said the minister, calling the allies \"essential\"", "The minister called on Monday here for more support to the army in the fight against the insurgents in the north.", Paragraph),
            ("other script", "Title Of The Story Here\n{STORY}\nЗаголовок открываемого материала", "Заголовок открываемого материала", Furniture(Leftover)),
            ("no letters", "Title Of The Story Here\n{STORY}\n0", "0", Furniture(Leftover)),
            ("section heading", "Title Of The Story Here\n{STORY}\n\nJordan\n\n{STORY}", "Jordan", Heading),
            ("colon line is story", "Title Of The Story Here\n{STORY}\nHe said:\n{STORY}", "He said:", Paragraph),
        ];
        for (name, text, line, want) in cases {
            let text = text.replace("{STORY}", STORY);
            assert_eq!(kind_of(&text, line), *want, "case {name}");
        }
    }

    #[test]
    fn stamp_parts() {
        let text = "Blinken boards. - Sputnik International, 1920, 06.11.2023";
        let s = site_stamp(text, Span::new(0, text.len())).expect("stamp");
        assert_eq!(s.outlet.of(text), "Sputnik International");
        assert_eq!(s.date.map(|d| d.of(text)), Some("06.11.2023"));
        let bare = "- Sputnik International, 1920";
        let s = site_stamp(bare, Span::new(0, bare.len())).expect("stamp");
        assert_eq!(s.outlet.of(bare), "Sputnik International");
        assert_eq!(s.date, None);
        let prose = "Israel - Hamas war, he said, 12";
        assert!(site_stamp(prose, Span::new(0, prose.len())).is_none());
    }

    #[test]
    fn every_block_is_a_trimmed_nonblank_line() {
        let text = "  Title Of The Story Here  \r\n\r\n  body text here.\n";
        for b in classify(text) {
            let s = b.span.of(text);
            assert!(!s.is_empty() && s.trim() == s, "{s:?}");
        }
    }
}
