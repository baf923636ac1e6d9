//! Stage 8, quotes: quoted statements in the story text and their speakers where the text
//! attributes them ("…,” Blinken said; Safadi queried; according to …; he added).
//! Speakers are read from the words around the quote; a pronoun takes the last speaker named.

use crate::lexicon;
use crate::model::{Block, Quote, Speaker};
use crate::Span;

const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "from", "to", "of", "by", "with", "for", "into", "across", "over", "about",
    "against", "than", "between",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "He", "She", "They"];

/// A word with its byte span in the text: `raw` as written, punctuation and all.
use crate::words::{tokens as words, Word};

fn bare(w: &str) -> &str {
    let w = w.trim_matches(|c: char| {
        !c.is_alphanumeric() && c != '.' && c != '-' && c != '\'' && c != '’'
    });
    let w = w.trim_end_matches(['.', '\'']);
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

fn is_capitalised(w: &str) -> bool {
    bare(w).chars().next().is_some_and(char::is_uppercase)
}

fn is_speech_verb(w: &str) -> bool {
    lexicon::is_speech_verb(bare(w))
}

/// Quote mark roles, from the mark and the characters around it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    Open,
    Close,
}

fn role(c: char, prev: Option<char>, next: Option<char>) -> Option<Mark> {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p));
    let space_after = next.is_none_or(char::is_whitespace);
    match c {
        '“' | '„' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' if space_before && !space_after => Some(Mark::Open),
        '"' => Some(Mark::Close),
        _ => None,
    }
}

/// The quotes in one block: (words inside the marks, where the opening mark is, where the closing mark ends).
fn quoted(text: &str, block: Span) -> Vec<(Span, usize, usize)> {
    let body = block.of(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark position, text start)
    let mut seen_mark = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let Some(mark) = role(c, prev, next) else {
            continue;
        };
        match (mark, open) {
            (Mark::Open, None) => open = Some((i, i + c.len_utf8())),
            (Mark::Close, Some((at, start))) => {
                out.push((
                    Span::new(block.start + start, block.start + i),
                    block.start + at,
                    block.start + i + c.len_utf8(),
                ));
                open = None;
            }
            // A closing mark with no opener, first in its paragraph: the quote began the paragraph.
            (Mark::Close, None) if !seen_mark => out.push((
                Span::new(block.start, block.start + i),
                block.start,
                block.start + i + c.len_utf8(),
            )),
            _ => {}
        }
        seen_mark = true;
    }
    if let Some((at, start)) = open {
        out.push((
            Span::new(block.start + start, block.end),
            block.start + at,
            block.end,
        ));
    }
    out.into_iter()
        .map(|(s, open_at, close_end)| (s.trimmed(text), open_at, close_end))
        .filter(|(s, _, _)| !s.is_empty())
        .collect()
}

/// The name at the end of `run` (capitalised words), titles and possessives dropped.
fn name_of(run: &[Word]) -> Option<(String, Span)> {
    let from = run
        .iter()
        .rposition(|w| {
            (lexicon::is_title_word(bare(w.raw))
                || lexicon::is_nationality(bare(w.raw))
                || bare(w.raw) == "The")
                || w.raw.ends_with("’s")
                || w.raw.ends_with("'s")
        })
        .map_or(0, |p| p + 1);
    let run = &run[from..];
    let first = run.first()?;
    let last = run.last()?;
    let name = run
        .iter()
        .map(|w| bare(w.raw))
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()).then(|| {
        (
            name,
            Span::new(
                first.raw_span.start,
                first.raw_span.start + (last.raw_span.end - first.raw_span.start)
                    - trailing_punct(last.raw),
            ),
        )
    })
}

fn trailing_punct(w: &str) -> usize {
    w.len() - w.trim_end_matches(|c: char| !c.is_alphanumeric()).len()
}

/// Capitalised words ending at index `end` (inclusive), going back.
fn run_ending_at<'a, 't>(ws: &'a [Word<'t>], end: usize) -> &'a [Word<'t>] {
    let mut start = end + 1;
    while start > 0
        && is_capitalised(ws[start - 1].raw)
        && (start == end + 1 || !ws[start - 1].raw.ends_with(','))
    {
        start -= 1;
    }
    &ws[start..=end]
}

/// Capitalised words starting at index `start`, going forward (stopping after a comma).
fn run_starting_at<'a, 't>(ws: &'a [Word<'t>], start: usize) -> &'a [Word<'t>] {
    let mut end = start;
    while end < ws.len() && is_capitalised(ws[end].raw) {
        end += 1;
        if ws[end - 1].raw.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    &ws[start..end]
}

enum Found {
    Name(String, Span, &'static str),
    Pronoun(&'static str),
}

/// "…,” Blinken said", "…,” said Blinken", "…” he added", "…,” as per Husam Zomlot".
fn after(text: &str, from: usize, until: usize) -> Option<Found> {
    let ws = words(text, Span::new(from, until));
    let end = ws
        .iter()
        .position(|w| w.raw.ends_with(['.', '!', '?']))
        .map_or(ws.len(), |p| p + 1);
    let ws = &ws[..end.min(16)];
    let first = ws.first()?;
    let lower = bare(first.raw).to_lowercase();
    if lower == "according" || lower == "as" {
        let skip = if ws
            .get(1)
            .is_some_and(|w| matches!(bare(w.raw), "to" | "per"))
        {
            2
        } else {
            return None;
        };
        let (name, span) = name_of(run_starting_at(ws, skip))?;
        return Some(Found::Name(
            name,
            span,
            "named after the quote (according to …)",
        ));
    }
    if is_speech_verb(first.raw) {
        let (name, span) = name_of(run_starting_at(ws, 1))?;
        return Some(Found::Name(name, span, "named after the quote (said X)"));
    }
    let verb = ws.iter().position(|w| is_speech_verb(w.raw))?;
    // "… was also urged by Egyptian Foreign Minister Sameh Shoukry."
    if ws.get(verb + 1).is_some_and(|w| w.raw == "by") {
        let (name, span) = name_of(run_starting_at(ws, verb + 2))?;
        return Some(Found::Name(
            name,
            span,
            "named after the quote (urged by X)",
        ));
    }
    if verb > 9 {
        return None;
    }
    if verb == 0 || ws[..verb].iter().any(|w| w.raw.ends_with(['.', '!', '?'])) {
        return None;
    }
    if verb == 1 && PRONOUNS.contains(&bare(ws[0].raw)) {
        return Some(Found::Pronoun(
            "a pronoun after the quote (he said): the last speaker named",
        ));
    }
    let (name, span) =
        name_of(run_ending_at(ws, verb - 1)).filter(|_| is_capitalised(ws[verb - 1].raw))?;
    Some(Found::Name(name, span, "named after the quote (X said)"))
}

/// The words of the sentence that runs up to byte `at` in `block`.
/// Starts no earlier than `not_before` (the end of the paragraph's previous quote).
fn sentence_before(text: &str, block: Span, at: usize, not_before: usize) -> Vec<Word<'_>> {
    let head = text.get(block.start..at).unwrap_or("");
    let sentence_start = head
        .rfind(['.', '!', '?'])
        .map(|i| block.start + i + 1)
        .unwrap_or(block.start);
    words(text, Span::new(sentence_start.max(not_before).min(at), at))
}

/// In the same sentence before the quote: "Blinken admitted that … “…”", "X said: “…”",
/// "According to the Turkish foreign ministry, … “…”".
fn before(
    ws: &[Word],
    titled: &dyn Fn(&[Word]) -> Option<String>,
    people: &[(Span, String)],
) -> Option<Found> {
    if ws.len() > 2 && bare(ws[0].raw) == "According" && bare(ws[1].raw) == "to" {
        let until = ws
            .iter()
            .position(|w| w.raw.ends_with(','))
            .map_or(ws.len().min(8), |p| p + 1);
        let skip = if matches!(bare(ws[2].raw), "the" | "a" | "an") {
            3
        } else {
            2
        };
        let phrase: Vec<&str> = ws[skip.min(until)..until]
            .iter()
            .map(|w| bare(w.raw))
            .collect();
        // "According to State Department spokesman Matthew Miller,": the name, not the titles.
        let tail = &ws[skip.min(until)..until];
        if tail.last().is_some_and(|w| is_capitalised(w.raw)) {
            if let Some((name, span)) = name_of(run_ending_at(tail, tail.len() - 1)) {
                return Some(Found::Name(
                    name,
                    span,
                    "the source named with \"according to\"",
                ));
            }
        }
        if !phrase.is_empty() {
            let span = Span::new(
                ws[skip.min(until)].raw_span.start,
                ws[until - 1].raw_span.end - trailing_punct(ws[until - 1].raw),
            );
            return Some(Found::Name(
                phrase.join(" "),
                span,
                "the source named with \"according to\"",
            ));
        }
    }
    if let Some(found) = owner_of_speech_noun(ws) {
        return Some(found);
    }
    if let Some(verb) = ws.iter().rposition(|w| is_speech_verb(w.raw)) {
        let mut end = verb;
        while end > 0
            && (bare(ws[end - 1].raw).ends_with("ly")
                || matches!(
                    bare(ws[end - 1].raw),
                    "has" | "had" | "have" | "also" | "then" | "later"
                ))
        {
            end -= 1;
        }
        if end > 0 {
            let prev = ws[end - 1].raw;
            // ", accusing it of …": a participle after a comma belongs to the sentence's subject.
            if prev.ends_with(',') && bare(ws[verb].raw).ends_with("ing") {
                return subject(&ws[..end]).map(|(name, span)| {
                    Found::Name(name, span, "the subject of the quoting sentence")
                });
            }
            // "… met Prime Minister Aziz Akhannouch, who said …": the person the clause is about.
            if bare(prev) == "who" && end >= 2 && ws[end - 2].raw.ends_with(',') {
                let word = ws[end - 2].raw_span;
                if let Some((span, name)) = people
                    .iter()
                    .find(|(m, _)| m.end > word.start && m.end <= word.end)
                {
                    return Some(Found::Name(
                        name.clone(),
                        *span,
                        "the person a \"who said\" clause is about",
                    ));
                }
                if let Some((name, span)) = name_of(run_ending_at(ws, end - 2)) {
                    return Some(Found::Name(
                        name,
                        span,
                        "the person a \"who said\" clause is about",
                    ));
                }
            }
            if PRONOUNS.contains(&bare(prev)) {
                // A name earlier in the same sentence ("Netanyahu underscored … that he told …").
                return Some(match subject(&ws[..end - 1]) {
                    Some((name, span)) => Found::Name(
                        name,
                        span,
                        "a pronoun before the quote, read as the sentence's subject",
                    ),
                    None => Found::Pronoun(
                        "a pronoun before the quote (he said that …): the last speaker named",
                    ),
                });
            }
            // A person the entities stage found right before the verb: "the top US diplomat pressed".
            let word = ws[end - 1].raw_span;
            if let Some((span, name)) = people
                .iter()
                .find(|(m, _)| m.end > word.start && m.end <= word.end)
            {
                return Some(Found::Name(
                    name.clone(),
                    *span,
                    "a person the article names, right before the verb",
                ));
            }
            // A common-noun subject: "the heads of the UN’s agencies … urged": the phrase as written.
            if !is_capitalised(prev) && !PRONOUNS.contains(&bare(prev)) {
                if let Some(phrase) = noun_phrase_before(ws, end) {
                    return Some(phrase);
                }
            }
            if is_capitalised(prev) {
                let run = run_ending_at(ws, end - 1);
                if let Some((name, span)) = name_of(run) {
                    return Some(Found::Name(name, span, "named before the quote (X said …)"));
                }
                // "the Turkish President stated": the person this article introduced with that title.
                if let Some(name) = titled(run) {
                    return Some(Found::Name(
                        name,
                        run[0].raw_span,
                        "a title, read as the person the article gave it to",
                    ));
                }
            }
        }
    }
    None
}

/// Nouns that carry what someone said: "the administration's proposal for “…”".
const SPEECH_NOUNS: &[&str] = &[
    "proposal",
    "call",
    "calls",
    "plan",
    "demand",
    "demands",
    "statement",
    "words",
    "pledge",
    "promise",
    "warning",
    "description",
    "phrase",
    "slogan",
    "appeal",
    "message",
    "offer",
];

/// "the Biden administration’s proposal for “…”": the owner of a speech noun just before the quote.
fn owner_of_speech_noun(ws: &[Word]) -> Option<Found> {
    let n = ws.len();
    let noun_at = (n.saturating_sub(3)..n)
        .rev()
        .find(|&i| SPEECH_NOUNS.contains(&bare(ws[i].raw).to_lowercase().as_str()))?;
    if ws[noun_at + 1..]
        .iter()
        .any(|w| !matches!(bare(w.raw), "for" | "of" | "to"))
        || noun_at == 0
    {
        return None;
    }
    let owner = &ws[noun_at - 1];
    if !(owner.raw.ends_with("’s") || owner.raw.ends_with("'s")) {
        return None;
    }
    // Back to the determiner: "the Biden administration’s".
    let start = (noun_at.saturating_sub(5)..noun_at)
        .rev()
        .find(|&i| matches!(bare(ws[i].raw).to_lowercase().as_str(), "the" | "a" | "an"))
        .map_or(noun_at - 1, |i| i + 1);
    let words: Vec<&str> = ws[start..noun_at].iter().map(|w| bare(w.raw)).collect();
    let span = Span::new(
        ws[start].raw_span.start,
        owner.raw_span.end - trailing_punct(owner.raw) - "’s".len().min(owner.raw.len()),
    );
    Some(Found::Name(
        words.join(" "),
        span,
        "the owner of the proposal or call the quote names",
    ))
}

/// "the heads of the UN’s major humanitarian agencies and global charities" before the verb at
/// `verb`: from the last determiner (at most 12 words back) to the verb.
fn noun_phrase_before(ws: &[Word], verb: usize) -> Option<Found> {
    let from = verb.saturating_sub(12);
    let det = (from..verb).find(|&i| matches!(bare(ws[i].raw), "the" | "The"))?;
    if det + 1 >= verb
        || ws[det..verb]
            .iter()
            .any(|w| w.raw.ends_with([',', ';', ':']) || is_speech_verb(w.raw))
    {
        return None;
    }
    let words: Vec<&str> = ws[det + 1..verb].iter().map(|w| w.raw).collect();
    let span = Span::new(ws[det + 1].raw_span.start, ws[verb - 1].raw_span.end);
    Some(Found::Name(
        words.join(" "),
        span,
        "the subject of the quoting verb, as written",
    ))
}

/// The first capitalised run that is not an opener, a date word or after a preposition.
fn subject(ws: &[Word]) -> Option<(String, Span)> {
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i].raw;
        let after_preposition =
            i > 0 && PREPOSITIONS.contains(&bare(ws[i - 1].raw).to_lowercase().as_str());
        if is_capitalised(w) && !lexicon::is_opener(bare(w)) && !after_preposition {
            let run = run_starting_at(ws, i);
            if let Some(found) = name_of(run) {
                return Some(found);
            }
            i += run.len().max(1);
            continue;
        }
        i += 1;
    }
    None
}

/// The quotes of every story block, with speakers where the text attributes them.
/// `people`: every mention of a person (full name, surname, descriptor) with the person's full
/// name, from the entities stage; speakers are reported by full name where one is known.
pub fn extract(text: &str, blocks: &[Block], people: &[(Span, String)]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<String> = None;
    let mut previous_story: Option<Span> = None;
    for (index, block) in blocks.iter().enumerate() {
        if !block.kind.is_story() || block.kind == crate::BlockKind::Headline {
            continue;
        }
        let found = quoted(text, block.span);
        let mut paragraph_speaker: Option<Speaker> = None;
        let mut previous_close = block.span.start;
        for (k, &(span, open_at, close_end)) in found.iter().enumerate() {
            let next_open = found.get(k + 1).map(|n| n.1).unwrap_or(block.span.end);
            let titled = |run: &[Word]| titled_person(text, run, open_at);
            let mut lead_in = sentence_before(text, block.span, open_at, previous_close);
            previous_close = close_end;
            // A quote opening its paragraph after "…, saying:" is attributed by that line.
            if lead_in.is_empty() {
                if let Some(prev) = previous_story.filter(|p| p.of(text).trim_end().ends_with(':'))
                {
                    lead_in = sentence_before(text, prev, prev.end, prev.start);
                }
            }
            let attribution = after(text, close_end, next_open.max(close_end))
                .or_else(|| before(&lead_in, &titled, people))
                .or_else(|| {
                    paragraph_speaker.clone().map(|s| {
                        Found::Name(
                            s.name,
                            Span::new(0, 0),
                            "the speaker of the paragraph's previous quote",
                        )
                    })
                })
                .or_else(|| {
                    subject(&lead_in).map(|(name, span)| {
                        Found::Name(name, span, "the subject of the quoting sentence")
                    })
                });
            let speaker = match attribution {
                Some(Found::Name(name, span, basis)) => {
                    // "Blinken" said it: report the person as the article introduced them.
                    let full = people.iter().find(|(m, _)| {
                        !span.is_empty() && m.start < span.end && span.start < m.end
                    });
                    Some(Speaker {
                        name: full.map_or(name, |(_, n)| n.clone()),
                        span: (!span.is_empty()).then_some(span),
                        basis: basis.into(),
                    })
                }
                Some(Found::Pronoun(basis)) => last_speaker.clone().map(|name| Speaker {
                    name,
                    span: None,
                    basis: basis.into(),
                }),
                None => None,
            };
            if let Some(s) = &speaker {
                last_speaker = Some(s.name.clone());
                paragraph_speaker = Some(s.clone());
            }
            out.push(Quote {
                span,
                block: index,
                speaker,
            });
        }
        previous_story = Some(block.span);
    }
    out
}

/// For a run of titles only ("Turkish President"), the name that most recently followed its
/// last title word earlier in the text ("President Recep Tayyip Erdogan").
fn titled_person(text: &str, run: &[Word], before: usize) -> Option<String> {
    let title = bare(run.last()?.raw);
    let ws = words(text, Span::new(0, before));
    ws.iter()
        .enumerate()
        .rev()
        .filter(|(_, w)| bare(w.raw) == title && !w.raw.ends_with(','))
        .find_map(|(i, _)| {
            let next = ws.get(i + 1)?;
            if !is_capitalised(next.raw)
                || (lexicon::is_title_word(bare(next.raw))
                    || lexicon::is_nationality(bare(next.raw)))
            {
                return None;
            }
            name_of(run_starting_at(&ws, i + 1)).map(|(name, _)| name)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let text = format!("A Headline For The Test\n{text}");
        extract(&text, &classify(&text), &[])
            .into_iter()
            .map(|q| (q.span.of(&text).to_string(), q.speaker.map(|s| s.name)))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, &[(&str, Option<&str>)])] = &[
            ("X said after", "“We are working on it,” Blinken said.", &[("We are working on it,", Some("Blinken"))]),
            ("title dropped", "\"Hold them accountable,\" State Department spokesperson Matthew Miller said.", &[("Hold them accountable,", Some("Matthew Miller"))]),
            ("said X", "“We will go on,” said Prime Minister Jane Doe.", &[("We will go on,", Some("Jane Doe"))]),
            ("possessive title", "\"Are we going to talk?\" Jordan's Foreign Minister Ayman Safadi queried.", &[("Are we going to talk?", Some("Ayman Safadi"))]),
            ("pronoun takes last speaker", "“First,” Blinken said. “Second,” he added.", &[("First,", Some("Blinken")), ("Second,", Some("Blinken"))]),
            ("orphan closing mark", "“Earlier words,” Safadi said.\nStop this madness,” he said.", &[("Earlier words,", Some("Safadi")), ("Stop this madness,", Some("Safadi"))]),
            ("named before with colon", "The Turkish president, Recep Tayyip Erdoğan, said: “We have written him off.”", &[("We have written him off.", Some("Recep Tayyip Erdoğan"))]),
            ("verb before", "After the meeting, Blinken admitted that his efforts were still “a work in progress”.", &[("a work in progress", Some("Blinken"))]),
            ("adverb before verb", "Erdogan publicly saying he had “written off” the talks.", &[("written off", Some("Erdogan"))]),
            ("according to", "The talks were tense \"because there are differences,\" as per Husam Zomlot, the envoy.", &[("because there are differences,", Some("Husam Zomlot"))]),
            ("mixed marks", "He called it a \"good, productive, candid” one.", &[("good, productive, candid", None)]),
            ("subject fallback", "Notably, Turkey has accused Israel of a “massacre.”", &[("massacre.", Some("Turkey"))]),
            ("second quote after a pronoun", "“Stop this madness,” he said, addressing Antony Blinken, underscoring that Israel was “committing war crimes.”", &[("Stop this madness,", None), ("committing war crimes.", None)]),
            ("according to drops titles", "According to State Department spokesman Matthew Miller, he said Palestinians must not be “forcibly displaced.”", &[("forcibly displaced.", Some("Matthew Miller"))]),
            ("owner of a proposal", "He sought support for the Biden administration’s proposal for “humanitarian pauses” in the war.", &[("humanitarian pauses", Some("Biden administration"))]),
            ("common-noun subject", "In a statement, the heads of the UN’s agencies and charities urged an “immediate ceasefire” in Gaza.", &[("immediate ceasefire", Some("heads of the UN’s agencies and charities"))]),
            ("unclosed runs to paragraph end", "Miller said: “It is not over\nNext paragraph.", &[("It is not over", Some("Miller"))]),
            ("a who-said clause", "In Rabat, Costa met Prime Minister Aziz Akhannouch, who said the talks were “frank and useful”.", &[("frank and useful", Some("Aziz Akhannouch"))]),
        ];
        for (name, text, want) in cases {
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(q, s)| (q.to_string(), s.map(str::to_string)))
                .collect();
            assert_eq!(quotes(text), want, "case {name}");
        }
    }
}
