//! Byte ranges into an article's original text: every span the engine emits is one of these.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original text, always on char boundaries.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it holds no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or "" when it does not fit `text` (never panics).
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span shrunk to exclude leading and trailing white space of `text`.
    pub fn trimmed(&self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail >= s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// Lines of `text` as spans (without their line terminator, `\r` included), in order.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    text.split('\n').map(move |line| {
        let span = Span::new(start, start + line.len());
        start += line.len() + 1;
        let end = if line.ends_with('\r') {
            span.end - 1
        } else {
            span.end
        };
        Span::new(span.start, end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_cover_text_without_terminators() {
        let text = "a\r\nbc\n\nd";
        let got: Vec<&str> = lines(text).map(|s| s.of(text)).collect();
        assert_eq!(got, ["a", "bc", "", "d"]);
    }

    #[test]
    fn trimmed_keeps_char_boundaries() {
        let text = "  Erdoğan  ";
        let s = Span::new(0, text.len()).trimmed(text);
        assert_eq!(s.of(text), "Erdoğan");
        assert_eq!(Span::new(0, 2).trimmed(text).of(text), "");
    }

    #[test]
    fn of_out_of_range_is_empty() {
        assert_eq!(Span::new(3, 99).of("abc"), "");
        assert_eq!(Span::new(1, 2).of("ğ"), "");
    }
}
