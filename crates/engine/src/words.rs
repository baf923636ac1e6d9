//! Words: the one tokenizer the stages share. A text splits at white space into words; each word
//! keeps its raw form (with the punctuation around it) and its core (the letters and digits,
//! with the punctuation inside it: "U.S", "al-Sudani", "10,000", "Blinken’s"), both as spans into
//! the text. [`parts`] splits the cores further at inner punctuation, as dates and numbers are
//! read ("2024-05-08" → 2024, 05, 08; "Sept." → Sept; "06.11.2023" and "10,000" stay whole).

use crate::Span;

/// A word of the text: what stands between white space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word<'t> {
    /// As written, with the punctuation around it: "“Blinken’s," .
    pub raw: &'t str,
    pub raw_span: Span,
    /// Without the punctuation around it: "Blinken’s".
    pub core: &'t str,
    pub span: Span,
}

impl<'t> Word<'t> {
    /// The punctuation before the core: "“" of "“Blinken".
    pub(crate) fn lead(&self) -> &'t str {
        &self.raw[..self.span.start - self.raw_span.start]
    }

    /// The punctuation after the core: "," of "Blinken,".
    pub(crate) fn trail(&self) -> &'t str {
        &self.raw[self.span.end - self.raw_span.start..]
    }

    /// The core without a possessive "’s" or "'s", and whether it had one.
    pub(crate) fn unpossessed(&self) -> (&'t str, bool) {
        unpossessed(self.core)
    }

    /// Whether the core begins with a capital letter.
    pub(crate) fn is_capitalised(&self) -> bool {
        self.core.chars().next().is_some_and(char::is_uppercase)
    }
}

/// `word` without a possessive "’s" or "'s", and whether it had one. Some pages write the
/// apostrophe as an acute accent or a modifier letter: "Iran´s".
pub(crate) fn unpossessed(word: &str) -> (&str, bool) {
    ["’s", "'s", "´s", "ʼs"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|c| !c.is_empty()))
        .map_or((word, false), |c| (c, true))
}

/// Everything between white space in `text[range]`, in order: words, and punctuation standing
/// alone ("—", "|"), whose core is empty.
pub(crate) fn tokens(text: &str, range: Span) -> Vec<Word<'_>> {
    let body = range.of(text);
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in body.split_inclusive(char::is_whitespace) {
        let trimmed = raw.trim_end();
        let at = range.start + offset;
        if may_be_glued(trimmed) {
            push_glued(&mut out, trimmed, at);
        } else if !trimmed.is_empty() {
            out.push(word_at(trimmed, at));
        }
        offset += raw.len();
    }
    out
}

/// The word `raw` (what stands between white space, not empty) starting at byte `at`.
#[inline(always)]
fn word_at(raw: &str, at: usize) -> Word<'_> {
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let core = raw[lead..].trim_end_matches(|c: char| !c.is_alphanumeric());
    Word {
        raw,
        raw_span: Span::new(at, at + raw.len()),
        core,
        span: Span::new(at + lead, at + lead + core.len()),
    }
}

/// "April.Princess": two sentences glued together are two words (seldom: kept out of the
/// loop above, which runs for every word).
#[cold]
#[inline(never)]
fn push_glued<'t>(out: &mut Vec<Word<'t>>, raw: &'t str, at: usize) {
    out.extend(
        glued_pieces(raw)
            .filter(|(_, piece)| !piece.is_empty())
            .map(|(from, piece)| word_at(piece, at + from)),
    );
}

/// `s` split where a sentence glued to the one before it starts (`glued_sentence_starts`): each
/// piece with its byte offset in `s`; `s` whole when there is none.
pub(crate) fn glued_pieces(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    glued_sentence_starts(s)
        .into_iter()
        .chain([s.len()])
        .map(move |to| {
            let piece = (from, &s[from..to]);
            from = to;
            piece
        })
}

/// Cheap, for every word: a stop followed by a capital (or a closing quote, or any letter
/// beyond ASCII) somewhere inside it.
#[inline(always)]
fn may_be_glued(s: &str) -> bool {
    let b = s.as_bytes();
    (1..b.len()).any(|i| {
        matches!(b[i - 1], b'.' | b'!' | b'?')
            && (b[i].is_ascii_uppercase() || b[i] >= 0x80 || matches!(b[i], b'"' | b'\'' | b')'))
    })
}

/// Where a sentence glued to the one before it starts, in text with no white space between them
/// (pages whose paragraphs were joined: "… in April.Princess Anne will …", "… Jubilee\".The
/// Queen …"): after two lower-case letters or digits, a full stop, "!" or "?" (closing quotes
/// either side), a capital letter. Byte offsets into `s`, in order. Not "U.S.Army" or "e.g.The"
/// (one letter before the stop).
#[cold]
#[inline(never)]
pub(crate) fn glued_sentence_starts(s: &str) -> Vec<usize> {
    let closing = |c: char| matches!(c, '"' | '”' | '’' | '\'' | ')');
    let mut out = Vec::new();
    if !may_be_glued(s) {
        return out;
    }
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut b = k;
        while b > 0 && closing(chars[b - 1].1) {
            b -= 1;
        }
        let low = |i: usize| {
            chars
                .get(i)
                .is_some_and(|&(_, c)| c.is_lowercase() || c.is_ascii_digit())
        };
        if b < 2 || !low(b - 1) || !low(b - 2) {
            continue;
        }
        let mut a = k + 1;
        while chars.get(a).is_some_and(|&(_, c)| closing(c)) {
            a += 1;
        }
        if let Some(&(at, c)) = chars.get(a) {
            if c.is_uppercase() {
                out.push(at);
            }
        }
    }
    out
}

/// The words of `text[range]`, in order. Punctuation standing alone ("—", "|") is no word.
pub(crate) fn words(text: &str, range: Span) -> Vec<Word<'_>> {
    let mut out = tokens(text, range);
    out.retain(|w| !w.core.is_empty());
    out
}

/// The parts of each word's core: split at inner punctuation, except a period or comma between
/// digits ("10,000", "06.11.2023") and a period or apostrophe between letters ("U.S", "don’t").
pub(crate) fn parts(text: &str, range: Span) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    for w in words(text, range) {
        let chars: Vec<(usize, char)> = w.core.char_indices().collect();
        let mut start = 0;
        for k in 0..chars.len() {
            let (i, c) = chars[k];
            if c.is_alphanumeric() {
                continue;
            }
            let before = chars[..k].last().map(|x| x.1);
            let after = chars.get(k + 1).map(|x| x.1);
            let joins = match (before, after) {
                (Some(b), Some(a)) if b.is_ascii_digit() && a.is_ascii_digit() => {
                    matches!(c, '.' | ',')
                }
                (Some(b), Some(a)) if b.is_alphabetic() && a.is_alphabetic() => {
                    matches!(c, '.' | '\'' | '’')
                }
                _ => false,
            };
            if joins {
                continue;
            }
            if i > start {
                let s = Span::new(w.span.start + start, w.span.start + i);
                out.push((s, &w.core[start..i]));
            }
            start = i + c.len_utf8();
        }
        if w.core.len() > start {
            let s = Span::new(w.span.start + start, w.span.end);
            out.push((s, &w.core[start..]));
        }
    }
    out
}

/// The lower-case cores of a text's words, space-padded, for whole-phrase search
/// (" after visiting israel ").
pub(crate) fn padded(text: &str) -> String {
    let mut out = String::from(" ");
    for p in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
        if !p.is_empty() {
            out.push_str(&p.to_lowercase());
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_raw_and_core() {
        let text = "“Blinken’s visit,” he said — to U.S. allies (10,000).";
        let got: Vec<(&str, &str)> = words(text, Span::new(0, text.len()))
            .iter()
            .map(|w| (w.raw, w.core))
            .collect();
        assert_eq!(
            got,
            [
                ("“Blinken’s", "Blinken’s"),
                ("visit,”", "visit"),
                ("he", "he"),
                ("said", "said"),
                ("to", "to"),
                ("U.S.", "U.S"),
                ("allies", "allies"),
                ("(10,000).", "10,000"),
            ]
        );
        for w in words(text, Span::new(0, text.len())) {
            assert_eq!(w.span.of(text), w.core);
            assert_eq!(w.raw_span.of(text), w.raw);
            assert_eq!(format!("{}{}{}", w.lead(), w.core, w.trail()), w.raw);
        }
        let w = words(text, Span::new(0, text.len()))[0];
        assert_eq!(w.unpossessed(), ("Blinken", true));
    }

    #[test]
    fn parts_split_where_dates_and_numbers_do() {
        let cases: &[(&str, &[&str])] = &[
            ("2024-05-08 | 00:21", &["2024", "05", "08", "00", "21"]),
            ("Sept. 9th – 11th, 2024", &["Sept", "9th", "11th", "2024"]),
            (
                "06.11.2023 and 10,000 U.S. troops",
                &["06.11.2023", "and", "10,000", "U.S", "troops"],
            ),
            ("Al-`Ula don’t 3-6", &["Al", "Ula", "don’t", "3", "6"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = parts(text, Span::new(0, text.len()))
                .into_iter()
                .map(|(s, p)| {
                    assert_eq!(s.of(text), p);
                    p
                })
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
