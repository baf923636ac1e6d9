//! Stage 3, segment: sentences of the story blocks, by Unicode sentence boundaries (UAX #29,
//! from unicode-segmentation), then re-joined where a boundary fell after an abbreviation.

use crate::model::{Block, Sentence};
use crate::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that end with a period but seldom end a sentence (compared case-sensitively).
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.",
    "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "St.", "Mt.", "Jr.", "Sr.", "No.", "vs.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.",
    "U.K.", "U.N.", "E.U.", "D.C.", "a.m.", "p.m.", "e.g.", "i.e.", "etc.", "approx.",
];

/// The sentences of every story block, in text order.
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        if !block.kind.is_story() {
            continue;
        }
        let body = block.span.of(text);
        let mut pending: Option<Span> = None;
        // UAX #29 keeps "… in April.Princess Anne will …" one sentence: split it where the words do.
        // A caption's credit and date end it: "… in Seoul. Photo: 25 April 2014 Mr Obama
        // arrived in Malaysia …" is two sentences (the date is the photo's).
        let pieces = body
            .split_sentence_bound_indices()
            .flat_map(|(offset, piece)| {
                crate::words::glued_pieces(piece).map(move |(from, part)| (offset + from, part))
            })
            .flat_map(|(offset, piece)| {
                let cut = after_photo_credit(piece).unwrap_or(piece.len());
                [(offset, &piece[..cut]), (offset + cut, &piece[cut..])]
            });
        for (offset, piece) in pieces {
            let span = Span::new(
                block.span.start + offset,
                block.span.start + offset + piece.len(),
            )
            .trimmed(text);
            if span.is_empty() {
                continue;
            }
            // "“…?” Safadi asked." is one sentence: put the attribution back with its quote.
            if pending.is_none() && is_attribution(span.of(text)) {
                if let Some(prev) = out.last_mut().filter(|p: &&mut Sentence| {
                    p.block == index && ends_with_quote(p.span.of(text))
                }) {
                    prev.span = Span::new(prev.span.start, span.end);
                    continue;
                }
            }
            let joined = match pending.take() {
                Some(prev) => Span::new(prev.start, span.end),
                None => span,
            };
            if ends_with_abbreviation(joined.of(text)) && !is_last_piece(body, offset + piece.len())
            {
                pending = Some(joined);
            } else {
                out.push(Sentence {
                    span: joined,
                    block: index,
                });
            }
        }
        if let Some(rest) = pending {
            out.push(Sentence {
                span: rest,
                block: index,
            });
        }
    }
    out
}

/// Where a photo's credit line with its date ends, when more text follows it in the piece:
/// "Photo: 25 April 2014", "Picture: April 25, 2014" (a label, a day, a month, a year).
fn after_photo_credit(piece: &str) -> Option<usize> {
    const LABELS: [&str; 4] = ["Photo: ", "Photograph: ", "Picture: ", "Image: "];
    if !piece.contains(": ") {
        return None;
    }
    let (at, label) = LABELS
        .iter()
        .filter_map(|l| piece.find(l).map(|at| (at, l)))
        .min()?;
    let start = at + label.len();
    let rest = piece.get(start..)?;
    let mut end = 0;
    let mut month = false;
    for (k, word) in rest.split_inclusive(' ').take(3).enumerate() {
        end += word.len();
        let core = word.trim().trim_end_matches([',', '.']);
        month |= crate::dates::month(core).is_some();
        if k == 2 {
            let year = core.len() == 4 && core.bytes().all(|b| b.is_ascii_digit());
            let followed = !rest[end..].trim().is_empty();
            return (month && year && followed).then_some(start + end);
        }
    }
    None
}

/// A short clause such as "Safadi asked." or "he said, adding".
fn is_attribution(piece: &str) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    words.len() <= 8
        && words
            .iter()
            .any(|w| crate::lexicon::is_speech_verb(w.trim_end_matches(['.', ',', ';', ':'])))
}

fn ends_with_quote(sentence: &str) -> bool {
    sentence.ends_with(['"', '”', '’', '\'', '»'])
}

fn is_last_piece(body: &str, end: usize) -> bool {
    body.get(end..).is_none_or(|rest| rest.trim().is_empty())
}

/// Whether `word`, a full stop after it, is one of the abbreviations above ("Sen" of "Sen.").
pub(crate) fn abbreviated(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| {
        a.strip_suffix('.')
            .is_some_and(|a| a.eq_ignore_ascii_case(word))
    })
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let last = sentence.split_whitespace().last().unwrap_or("");
    let last = last.trim_start_matches(['(', '"', '“', '‘', '\'']);
    ABBREVIATIONS.contains(&last) || is_initial(last)
}

/// A single capital letter and a period, as in "John F. Kennedy".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;

    fn split(text: &str) -> Vec<String> {
        let blocks = classify(text);
        sentences(text, &blocks)
            .into_iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "plain",
                "Title Of This Story\nHe came. He saw. He left.",
                &["He came.", "He saw.", "He left."],
            ),
            (
                "sentences glued with no space (joined paragraphs), not U.S.A",
                "Title Of This Story\nThey will tour in April.Princess Anne will visit the U.S.A. then.",
                &["They will tour in April.", "Princess Anne will visit the U.S.A. then."],
            ),
            (
                "a photo's credit and date end its caption",
                "Title Of This Story\nObama and Park in Seoul. Photo: 25 April 2014 Mr Obama arrived in Malaysia from Seoul. Photo: AP",
                &["Obama and Park in Seoul.", "Photo: 25 April 2014", "Mr Obama arrived in Malaysia from Seoul.", "Photo: AP"],
            ),
            (
                "U.S. mid-sentence",
                "Title Of This Story\nThe U.S. Secretary met Fidan. Talks ended.",
                &["The U.S. Secretary met Fidan.", "Talks ended."],
            ),
            (
                "Mr. before a name",
                "Title Of This Story\nMr. Blinken arrived. He spoke.",
                &["Mr. Blinken arrived.", "He spoke."],
            ),
            (
                "Nov. date",
                "Title Of This Story\nOn Nov. 6 he left for Japan. It rained.",
                &["On Nov. 6 he left for Japan.", "It rained."],
            ),
            (
                "initial",
                "Title Of This Story\nJohn F. Kennedy flew in. Crowds cheered.",
                &["John F. Kennedy flew in.", "Crowds cheered."],
            ),
            (
                "closing quote",
                "Title Of This Story\n“We are working,” Blinken said. Then he left.",
                &["“We are working,” Blinken said.", "Then he left."],
            ),
            (
                "question in quote",
                "Title Of This Story\n\"Are we going to talk?\" Safadi asked. No answer came.",
                &["\"Are we going to talk?\" Safadi asked.", "No answer came."],
            ),
            (
                "ends with abbreviation",
                "Title Of This Story\nHe works in the U.S.",
                &["He works in the U.S."],
            ),
        ];
        for (name, text, want) in cases {
            let got = split(text);
            let got: Vec<&str> = got
                .iter()
                .map(String::as_str)
                .filter(|s| *s != "Title Of This Story")
                .collect();
            assert_eq!(got, *want, "case {name}");
        }
    }
}
