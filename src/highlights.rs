//! Splits an article's blocks into text segments, each plain or marked with what the engine found
//! there (place, visit, person, organisation, date, figure) and a one-line explanation. Pure: the
//! reducer calls it when an article opens; the reader only renders the segments.

use tourlens_engine::search::Hit;
use tourlens_engine::{Analysis, Article, Confidence, EntityKind, Span};

/// What a marked segment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Place,
    /// A place the text says the traveller was at.
    Visit,
    Person,
    Organisation,
    Date,
    Figure,
}

impl Mark {
    /// CSS class suffix and legend label.
    pub fn name(self) -> &'static str {
        match self {
            Mark::Place => "place",
            Mark::Visit => "visit",
            Mark::Person => "person",
            Mark::Organisation => "organisation",
            Mark::Date => "date",
            Mark::Figure => "figure",
        }
    }

    pub const ALL: [Mark; 6] = [
        Mark::Visit,
        Mark::Place,
        Mark::Person,
        Mark::Organisation,
        Mark::Date,
        Mark::Figure,
    ];
}

/// A run of a block's text, marked or not.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub span: Span,
    pub mark: Option<Mark>,
    /// What the engine made of it, for a tooltip.
    pub note: Option<String>,
}

/// The segments of every block of `article`, in block order. Overlapping marks: the earlier start
/// wins, then the longer.
pub fn segments(analysis: &Analysis, article: &Article) -> Vec<Vec<Segment>> {
    let mut marks: Vec<(Span, Mark, String)> = Vec::new();
    for (k, m) in article.places.iter().enumerate() {
        let Some(place) = analysis.places.get(m.place) else {
            continue;
        };
        let visit = article.visits.iter().find(|v| v.mention == k);
        let country = place
            .country_name
            .as_deref()
            .filter(|c| *c != place.name)
            .map(|c| format!(", {c}"))
            .unwrap_or_default();
        let note = match visit {
            Some(v) if v.onward => {
                format!("{}{country}: onward destination ({})", place.name, v.cue)
            }
            Some(v) => format!("{}{country}: visited ({})", place.name, v.cue),
            None => format!("{}{country}: mentioned; {}", place.name, m.basis),
        };
        marks.push((
            m.span,
            if visit.is_some() {
                Mark::Visit
            } else {
                Mark::Place
            },
            note,
        ));
    }
    for m in &article.entity_mentions {
        let Some(e) = article.entities.get(m.entity) else {
            continue;
        };
        let (mark, note) = match e.kind {
            EntityKind::Person => (
                Mark::Person,
                match &e.role {
                    Some(role) => format!("{} ({role})", e.name),
                    None => e.name.clone(),
                },
            ),
            EntityKind::Organisation => (Mark::Organisation, e.name.clone()),
        };
        marks.push((m.span, mark, note));
    }
    for d in &article.dates {
        let when = match d.resolved {
            Some(r) if r.start == r.end => r.start.human(),
            Some(r) => format!("{} – {}", r.start.human(), r.end.human()),
            None => "not resolved".into(),
        };
        let sure = match d.confidence {
            Confidence::High => "stated in full",
            Confidence::Medium => "from the article's date",
            Confidence::Low => "inferred",
        };
        marks.push((d.span, Mark::Date, format!("{when} ({sure})")));
    }
    for f in &article.figures {
        let mut note = format!("{}", f.value);
        if let Some(q) = f.qualifier {
            note = format!("{q:?} {note}").to_lowercase();
        }
        if let Some(u) = &f.unit {
            note.push_str(&format!(" {u}"));
        }
        if let Some(s) = &f.subject {
            note.push_str(&format!(" — {s}"));
        }
        marks.push((f.span, Mark::Figure, note));
    }
    tourlens_engine::sort::sort_by(&mut marks, |a, b| {
        a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end))
    });
    article
        .blocks
        .iter()
        .map(|block| {
            let mut out = Vec::new();
            let mut at = block.span.start;
            for (span, mark, note) in marks
                .iter()
                .filter(|(s, _, _)| s.start >= block.span.start && s.end <= block.span.end)
            {
                if span.start < at || span.is_empty() {
                    continue; // overlaps an earlier mark
                }
                if span.start > at {
                    out.push(Segment {
                        span: Span::new(at, span.start),
                        mark: None,
                        note: None,
                    });
                }
                out.push(Segment {
                    span: *span,
                    mark: Some(*mark),
                    note: Some(note.clone()),
                });
                at = span.end;
            }
            if at < block.span.end {
                out.push(Segment {
                    span: Span::new(at, block.span.end),
                    mark: None,
                    note: None,
                });
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tourlens_engine::{analyze, ArticleInput};

    fn analysed(text: &str) -> Analysis {
        analyze(&[ArticleInput {
            id: "a".into(),
            text: text.into(),
            ..Default::default()
        }])
    }

    #[test]
    fn segments_cover_each_block_exactly_and_in_order() {
        let analysis = analyze(&crate::bundled::articles());
        for article in &analysis.articles {
            for (block, segs) in article.blocks.iter().zip(segments(&analysis, article)) {
                let joined: String = segs.iter().map(|s| s.span.of(&article.text)).collect();
                assert_eq!(joined, block.span.of(&article.text), "{}", article.id);
                assert!(segs.windows(2).all(|w| w[0].span.end == w[1].span.start));
            }
        }
    }

    #[test]
    fn marks_say_what_the_engine_found() {
        let text = "Minister Tour Ends Today\nTurkish Foreign Minister Hakan Fidan met Blinken in Ankara on Monday, November 6, 2023, for nearly two hours.";
        let analysis = analysed(text);
        let article = &analysis.articles[0];
        let marked: Vec<(&str, Mark)> = segments(&analysis, article)
            .concat()
            .iter()
            .filter_map(|s| Some((s.span.of(text), s.mark?)))
            .collect();
        assert!(
            marked.contains(&("Turkish Foreign Minister Hakan Fidan", Mark::Person)),
            "{marked:?}"
        );
        assert!(
            marked.contains(&("nearly two hours", Mark::Figure)),
            "{marked:?}"
        );
        assert!(
            marked
                .iter()
                .any(|(t, m)| t.starts_with("November 6") && *m == Mark::Date),
            "{marked:?}"
        );
        assert!(
            marked
                .iter()
                .any(|(t, m)| *t == "Ankara" && matches!(m, Mark::Place | Mark::Visit)),
            "{marked:?}"
        );
    }
}

/// A block's segments cut where a passage (the evidence a reader followed) starts and ends:
/// what comes before it, the passage itself, what comes after. A marked segment the passage's
/// edge runs through is cut in two, both halves keeping their mark, so exactly the passage's
/// words can be wrapped. Segments must be in order and contiguous.
pub fn around(segments: &[Segment], passage: Span) -> [Vec<Segment>; 3] {
    let mut parts: [Vec<Segment>; 3] = Default::default();
    for s in segments {
        let cuts = [
            (s.span.start, s.span.end.min(passage.start), 0),
            (
                s.span.start.max(passage.start),
                s.span.end.min(passage.end),
                1,
            ),
            (s.span.start.max(passage.end), s.span.end, 2),
        ];
        for (start, end, part) in cuts {
            if start < end {
                parts[part].push(Segment {
                    span: Span::new(start, end),
                    ..s.clone()
                });
            }
        }
    }
    parts
}

/// `span` cut at the search hits inside it: (piece, term of the hit or None), in order. Hits
/// must be in text order and not overlap (the search returns them so).
pub fn split_hits<'h>(
    span: Span,
    hits: impl Iterator<Item = &'h Hit>,
) -> Vec<(Span, Option<usize>)> {
    let mut out = Vec::new();
    let mut at = span.start;
    for h in hits {
        let (start, end) = (h.span.start.max(at), h.span.end.min(span.end));
        if start >= end {
            continue;
        }
        if start > at {
            out.push((Span::new(at, start), None));
        }
        out.push((Span::new(start, end), Some(h.term)));
        at = end;
    }
    if at < span.end || out.is_empty() {
        out.push((Span::new(at, span.end), None));
    }
    out
}

#[cfg(test)]
mod split_tests {
    use super::*;

    #[test]
    fn a_passage_cuts_the_segments_at_its_edges() {
        let seg = |s, e, m: Option<Mark>| Segment {
            span: Span::new(s, e),
            mark: m,
            note: m.map(|_| "n".to_string()),
        };
        let block = [
            seg(0, 5, None),
            seg(5, 12, Some(Mark::Person)),
            seg(12, 20, None),
            seg(20, 30, Some(Mark::Date)),
        ];
        let spans = |v: &[Segment]| {
            v.iter()
                .map(|s| (s.span.start, s.span.end, s.mark))
                .collect::<Vec<_>>()
        };
        let cases: &[(&str, Span, [Vec<(usize, usize, Option<Mark>)>; 3])] = &[
            (
                "inside one plain run and through a mark",
                Span::new(3, 8),
                [
                    vec![(0, 3, None)],
                    vec![(3, 5, None), (5, 8, Some(Mark::Person))],
                    vec![
                        (8, 12, Some(Mark::Person)),
                        (12, 20, None),
                        (20, 30, Some(Mark::Date)),
                    ],
                ],
            ),
            (
                "exactly one mark",
                Span::new(20, 30),
                [
                    vec![(0, 5, None), (5, 12, Some(Mark::Person)), (12, 20, None)],
                    vec![(20, 30, Some(Mark::Date))],
                    vec![],
                ],
            ),
            (
                "the whole block and beyond",
                Span::new(0, 40),
                [
                    vec![],
                    vec![
                        (0, 5, None),
                        (5, 12, Some(Mark::Person)),
                        (12, 20, None),
                        (20, 30, Some(Mark::Date)),
                    ],
                    vec![],
                ],
            ),
            (
                "outside the block",
                Span::new(50, 60),
                [
                    vec![
                        (0, 5, None),
                        (5, 12, Some(Mark::Person)),
                        (12, 20, None),
                        (20, 30, Some(Mark::Date)),
                    ],
                    vec![],
                    vec![],
                ],
            ),
        ];
        for (name, passage, want) in cases {
            let got = around(&block, *passage);
            for part in 0..3 {
                assert_eq!(spans(&got[part]), want[part], "{name}, part {part}");
            }
        }
    }

    #[test]
    fn hits_cut_a_span_into_pieces() {
        let hit = |s, e, t| Hit {
            span: Span::new(s, e),
            term: t,
        };
        let hits = [hit(2, 4, 0), hit(6, 9, 1), hit(20, 22, 0)];
        assert_eq!(
            split_hits(Span::new(0, 10), hits.iter()),
            vec![
                (Span::new(0, 2), None),
                (Span::new(2, 4), Some(0)),
                (Span::new(4, 6), None),
                (Span::new(6, 9), Some(1)),
                (Span::new(9, 10), None),
            ]
        );
        // A hit that straddles the span's edge is cut to it; no hits: the span whole.
        assert_eq!(
            split_hits(Span::new(3, 7), hits.iter()),
            vec![
                (Span::new(3, 4), Some(0)),
                (Span::new(4, 6), None),
                (Span::new(6, 7), Some(1))
            ]
        );
        assert_eq!(
            split_hits(Span::new(10, 12), [].iter()),
            vec![(Span::new(10, 12), None)]
        );
    }
}
