//! Stage 12, search: a small query language over all sources, read leniently, matched with one
//! Aho-Corasick automaton per query over a folded copy of every article built once.
//!
//! - `ceasefire hostages`: articles with both words; every hit is marked.
//! - `"humanitarian pause"`: a phrase (across line breaks too).
//! - `ceasefire OR truce`: either.
//! - `-Hamas`: leaves out articles that name it.
//! - `negotiat*`: any word starting so.
//! - `=pause`, `="humanitarian pause"`: exactly that form of each word.
//!
//! Case and diacritics never matter ("erdogan" finds "Erdoğan", "turkiye" finds "Türkiye");
//! matches stand on word boundaries; a word also finds its hyphen and spacing variants
//! ("ceasefire" finds "cease-fire" and "cease fire") and its plural and simple inflections, as
//! readers expect ("pause" finds "pauses", "paused", "pausing"; "pauses" finds "pause"), each word
//! of a phrase too ("humanitarian pause" finds "humanitarian pauses"), unless the term starts
//! with `=`. A query never fails: an unbalanced quote is closed at the end, a lone "-", "*", "="
//! or "OR" is ignored, and `Query::reading` says how it was read.

use crate::fold::fold_char;
use crate::{Analysis, Span};
use aho_corasick::{AhoCorasick, MatchKind};

/// One thing to find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Folded words (one for a word, several for a phrase).
    pub words: Vec<String>,
    /// `word*`: any word that starts with the last word.
    pub prefix: bool,
    /// `=word`: only the form written, not its plural or other inflections.
    pub exact: bool,
    /// As the user wrote it, for the legend.
    pub label: String,
}

/// A parsed query: clauses that must all hold (each a set of alternatives), terms that must not.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Query {
    /// Every positive term, in order; its index is its colour.
    pub terms: Vec<Term>,
    /// Each clause lists indices into `terms`; an article must match one term of every clause.
    pub clauses: Vec<Vec<usize>>,
    /// Terms no hit article may contain ("-Hamas").
    pub excluded: Vec<Term>,
    /// How the query was read, in words: shown under the search box.
    pub reading: String,
}

impl Query {
    /// Whether the query asks for nothing.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.excluded.is_empty()
    }

    /// Reads a query; never fails.
    pub fn parse(input: &str) -> Query {
        let mut notes: Vec<String> = Vec::new();
        // Tokens: (negated, phrase?, exact?, text)
        let mut tokens: Vec<(bool, bool, bool, String)> = Vec::new();
        let mut chars = input.chars().peekable();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() {
                chars.next();
                continue;
            }
            let mut negated = false;
            if c == '-' {
                chars.next();
                negated = true;
                if chars.peek().is_none_or(|c| c.is_whitespace()) {
                    notes.push("a lone “-” was ignored".into());
                    continue;
                }
            }
            let mut exact = false;
            if chars.peek() == Some(&'=') {
                chars.next();
                exact = true;
                if chars.peek().is_none_or(|c| c.is_whitespace()) {
                    notes.push("a lone “=” was ignored".into());
                    continue;
                }
            }
            if chars.peek() == Some(&'"') || chars.peek() == Some(&'“') {
                chars.next();
                let mut phrase = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '"' || c == '”' || c == '“' {
                        closed = true;
                        break;
                    }
                    phrase.push(c);
                }
                if !closed {
                    notes.push("the open quote was closed at the end".into());
                }
                tokens.push((negated, true, exact, phrase));
                continue;
            }
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' || c == '“' {
                    break;
                }
                word.push(c);
                chars.next();
            }
            tokens.push((negated, false, exact, word));
        }
        let mut query = Query::default();
        let mut join_next = false;
        for (k, (negated, phrase, exact, text)) in tokens.iter().enumerate() {
            if !phrase && !exact && text == "OR" {
                let has_left = query.clauses.last().is_some_and(|c| !c.is_empty())
                    && !tokens.get(k.wrapping_sub(1)).is_some_and(|t| t.0);
                let has_right = tokens.get(k + 1).is_some_and(|t| !t.0);
                if has_left && has_right {
                    join_next = true;
                } else {
                    notes.push("an “OR” with nothing on one side was ignored".into());
                }
                continue;
            }
            let Some(term) = term(text, *phrase, *exact) else {
                if !text.trim().is_empty() {
                    notes.push(format!(
                        "“{}” has no letters or digits and was ignored",
                        text.trim()
                    ));
                }
                continue;
            };
            if *negated {
                query.excluded.push(term);
                join_next = false;
                continue;
            }
            query.terms.push(term);
            let index = query.terms.len() - 1;
            match query.clauses.last_mut() {
                Some(clause) if join_next => clause.push(index),
                _ => query.clauses.push(vec![index]),
            }
            join_next = false;
        }
        query.reading = reading(&query, &notes);
        query
    }
}

/// A term from a word or phrase: folded words; "*" at the end of the last makes it a prefix.
fn term(text: &str, phrase: bool, exact: bool) -> Option<Term> {
    let mut prefix = false;
    let mut body = text.trim();
    if let Some(stripped) = body.strip_suffix('*') {
        prefix = true;
        body = stripped;
    }
    let mut folded = String::new();
    for c in body.chars() {
        fold_char(c, &mut folded);
    }
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|w| w.trim_matches(|c: char| c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return None;
    }
    // A word written with a hyphen is the same word as its joined form ("cease-fire").
    let words = if phrase { words } else { vec![words.join("")] };
    let label = if phrase {
        format!("“{}”", body.trim())
    } else {
        body.to_string()
    };
    Some(Term {
        label: if exact { format!("={label}") } else { label },
        words: words.iter().map(|w| w.replace('-', "")).collect(),
        prefix,
        exact,
    })
}

/// The forms a word is read in: itself, its plural, third person, past and -ing forms, and for a
/// regular plural or inflected form its base ("pauses" → "pause" → "paused" …). Words of three
/// letters or fewer are taken as written ("US", "war", "UN").
fn forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let n = word.chars().count();
    if n <= 3 || !word.chars().all(|c| c.is_alphabetic()) {
        return out;
    }
    let consonant = |c: Option<char>| c.is_some_and(|c| !"aeiou".contains(c));
    let mut bases = vec![word.to_string()];
    let strip = |suffix: &str| word.strip_suffix(suffix).filter(|b| b.chars().count() >= 3);
    if let Some(b) = strip("ies") {
        bases.push(format!("{b}y"));
    } else if let Some(b) = strip("es")
        .filter(|b| b.ends_with(['s', 'x', 'z']) || b.ends_with("ch") || b.ends_with("sh"))
    {
        // "buses" → "bus", but "pauses" → "pause": both are read.
        bases.push(b.to_string());
        bases.push(format!("{b}e"));
    } else if let Some(b) = strip("s")
        .filter(|_| !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is"))
    {
        bases.push(b.to_string());
    }
    // "crisis" → "crises", "analysis" → "analyses".
    if let Some(b) = strip("is") {
        out.push(format!("{b}es"));
    }
    if let Some(b) = strip("ied") {
        bases.push(format!("{b}y"));
    } else if let Some(b) = strip("ed") {
        bases.push(b.to_string());
        bases.push(format!("{b}e"));
    }
    if let Some(b) = strip("ing") {
        bases.push(b.to_string());
        bases.push(format!("{b}e"));
    }
    for base in bases {
        let last = base.chars().last();
        let stem_y = base
            .strip_suffix('y')
            .filter(|s| consonant(s.chars().last()));
        let mut add = |f: String| {
            if !out.contains(&f) {
                out.push(f);
            }
        };
        add(base.clone());
        match stem_y {
            Some(s) => {
                add(format!("{s}ies"));
                add(format!("{s}ied"));
            }
            None if base.ends_with(['s', 'x', 'z'])
                || base.ends_with("ch")
                || base.ends_with("sh") =>
            {
                add(format!("{base}es"));
                add(format!("{base}ed"));
            }
            None if last == Some('e') => {
                add(format!("{base}s"));
                add(format!("{base}d"));
            }
            None => {
                add(format!("{base}s"));
                add(format!("{base}ed"));
            }
        }
        match base.strip_suffix('e').filter(|s| !s.ends_with('e')) {
            Some(s) => add(format!("{s}ing")),
            None => add(format!("{base}ing")),
        }
    }
    out
}

/// Phrases with more combinations of forms than this inflect only their last word.
const MAX_PHRASE_FORMS: usize = 64;

fn reading(q: &Query, notes: &[String]) -> String {
    if q.is_empty() {
        return if notes.is_empty() {
            String::new()
        } else {
            format!("Nothing to search for ({})", notes.join("; "))
        };
    }
    let show = |t: &Term| {
        format!(
            "{}{}",
            t.label.trim_end_matches('*'),
            if t.prefix { "…" } else { "" }
        )
    };
    let clauses: Vec<String> = q
        .clauses
        .iter()
        .map(|c| {
            c.iter()
                .map(|&i| show(&q.terms[i]))
                .collect::<Vec<_>>()
                .join(" or ")
        })
        .collect();
    let mut out = if clauses.is_empty() {
        "Articles".to_string()
    } else {
        format!("Articles with {}", clauses.join(" and "))
    };
    if !q.excluded.is_empty() {
        let ex: Vec<String> = q.excluded.iter().map(show).collect();
        out += &format!(", without {}", ex.join(" or "));
    }
    if !notes.is_empty() {
        out += &format!(" ({})", notes.join("; "));
    }
    out
}

/// Every article folded once for searching: lower case, no diacritics, every run of white space
/// one space, with the way back to the original bytes.
pub struct Index {
    texts: Vec<String>,
    origins: Vec<Vec<(u32, u32)>>,
}

impl Index {
    /// The corpus folded for searching; built once per analysis.
    pub fn new(analysis: &Analysis) -> Index {
        let mut texts = Vec::with_capacity(analysis.articles.len());
        let mut origins = Vec::with_capacity(analysis.articles.len());
        for article in &analysis.articles {
            let (text, origin) = search_form(&article.text);
            texts.push(text);
            origins.push(origin);
        }
        Index { texts, origins }
    }
}

fn search_form(original: &str) -> (String, Vec<(u32, u32)>) {
    let mut text = String::with_capacity(original.len());
    let mut origin: Vec<(u32, u32)> = Vec::with_capacity(original.len());
    let mut buf = String::new();
    for (at, c) in original.char_indices() {
        let span = (at as u32, (at + c.len_utf8()) as u32);
        buf.clear();
        fold_char(c, &mut buf);
        for f in buf.chars() {
            if f.is_whitespace() {
                if text.ends_with(' ') {
                    continue;
                }
                text.push(' ');
                origin.push(span);
            } else {
                let before = text.len();
                text.push(f);
                origin.extend(std::iter::repeat_n(span, text.len() - before));
            }
        }
    }
    (text, origin)
}

/// A hit: where, and which term (its colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Where the hit stands in its article.
    pub span: Span,
    /// Which of the query's terms it is (index into `Query::terms`).
    pub term: usize,
}

/// What a query found.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Results {
    /// Per article (in `Analysis::articles` order): its hits in text order; empty when the
    /// article does not match the query.
    pub hits: Vec<Vec<Hit>>,
}

impl Results {
    /// The number of hits in every article.
    pub fn total(&self) -> usize {
        self.hits.iter().map(Vec::len).sum()
    }

    /// Hits per stop: those in the sentences each stop's accounts devote to it.
    pub fn per_stop(&self, analysis: &Analysis) -> Vec<usize> {
        analysis
            .stops
            .iter()
            .map(|stop| {
                stop.accounts
                    .iter()
                    .map(|a| {
                        a.sentences
                            .iter()
                            .map(|s| self.within(a.article, *s).count())
                            .sum::<usize>()
                    })
                    .sum()
            })
            .collect()
    }

    /// Hits per term (its colour), across every article.
    pub fn per_term(&self, terms: usize) -> Vec<usize> {
        let mut out = vec![0; terms];
        for h in self.hits.iter().flatten() {
            if let Some(n) = out.get_mut(h.term) {
                *n += 1;
            }
        }
        out
    }

    /// The hits of one article that fall in `span`.
    pub fn within(&self, article: usize, span: Span) -> impl Iterator<Item = &Hit> {
        self.hits
            .get(article)
            .into_iter()
            .flatten()
            .filter(move |h| span.start <= h.span.start && h.span.end <= span.end)
    }
}

/// The patterns for a term: its words joined by a space or a hyphen; a single word also with a
/// hyphen or a space at any point inside it ("ceasefire" → "cease-fire", "cease fire").
fn patterns(term: &Term) -> Vec<String> {
    let inflect = !term.exact && !term.prefix;
    let per_word: Vec<Vec<String>> = term
        .words
        .iter()
        .map(|w| if inflect { forms(w) } else { vec![w.clone()] })
        .collect();
    let combinations: usize = per_word.iter().map(Vec::len).product();
    // Every combination of the words' forms (only the last word's when there are too many).
    let mut phrases: Vec<Vec<String>> = vec![Vec::new()];
    let last = per_word.len().saturating_sub(1);
    for (i, options) in per_word.iter().enumerate() {
        let options: &[String] = if combinations > MAX_PHRASE_FORMS && i != last {
            &term.words[i..=i]
        } else {
            options
        };
        phrases = phrases
            .into_iter()
            .flat_map(|p| {
                options.iter().map(move |o| {
                    let mut p = p.clone();
                    p.push(o.clone());
                    p
                })
            })
            .collect();
    }
    let mut out = Vec::new();
    for words in phrases {
        out.push(words.join(" "));
        if words.len() > 1 {
            out.push(words.join("-"));
            out.push(words.join(""));
        } else if let Some(word) = words.first() {
            let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
            if word.chars().count() <= 24 {
                for b in bounds {
                    out.push(format!("{}-{}", &word[..b], &word[b..]));
                    out.push(format!("{} {}", &word[..b], &word[b..]));
                }
            }
        }
    }
    out
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Runs a query over the index. Matching is built once per query.
pub fn run(query: &Query, index: &Index) -> Results {
    let mut results = Results {
        hits: vec![Vec::new(); index.texts.len()],
    };
    if query.is_empty() {
        return results;
    }
    // Positive terms first, then excluded ones (their ids follow).
    let all: Vec<&Term> = query.terms.iter().chain(&query.excluded).collect();
    let mut owner: Vec<usize> = Vec::new();
    let mut pats: Vec<String> = Vec::new();
    for (t, term) in all.iter().enumerate() {
        for p in patterns(term) {
            owner.push(t);
            pats.push(p);
        }
    }
    // Every match, overlapping: a longer pattern that fails the word boundary ("erdogan s" of
    // "erdogans", read in "Erdoğan stated") must not hide the shorter one that holds.
    let Ok(automaton) = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(&pats)
    else {
        return results;
    };
    for (a, text) in index.texts.iter().enumerate() {
        let origin = &index.origins[a];
        let mut valid: Vec<(usize, usize, usize)> = Vec::new(); // (term, start, end)
        for m in automaton.find_overlapping_iter(text) {
            let t = owner[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            if is_word_char(text[..start].chars().next_back()) {
                continue;
            }
            if all[t].prefix {
                // Extend to the end of the word.
                end += text[end..]
                    .char_indices()
                    .find(|(_, c)| !c.is_alphanumeric())
                    .map_or(text.len() - end, |(i, _)| i);
            } else if is_word_char(text[end..].chars().next()) {
                continue;
            }
            valid.push((t, start, end));
        }
        // Leftmost-longest among the matches that stand on word boundaries.
        crate::sort::sort_by_key(&mut valid, |&(t, s, e)| (s, std::cmp::Reverse(e), t));
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for (t, s, e) in valid {
            if found.last().is_none_or(|&(_, _, end)| s >= end) {
                found.push((t, s, e));
            }
        }
        let positive = query.terms.len();
        if found.iter().any(|(t, _, _)| *t >= positive) {
            continue;
        }
        let matches_clause = |c: &Vec<usize>| found.iter().any(|(t, _, _)| c.contains(t));
        if !query.clauses.iter().all(matches_clause) {
            continue;
        }
        if query.clauses.is_empty() {
            continue; // only exclusions: nothing to mark
        }
        results.hits[a] = found
            .into_iter()
            .filter_map(|(t, s, e)| {
                let first = origin.get(s)?;
                let last = origin.get(e.checked_sub(1)?)?;
                Some(Hit {
                    span: Span::new(first.0 as usize, last.1 as usize),
                    term: t,
                })
            })
            .collect();
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, ArticleInput};

    fn corpus(texts: &[&str]) -> Analysis {
        analyze(
            &texts
                .iter()
                .enumerate()
                .map(|(i, t)| ArticleInput {
                    id: format!("a{i}"),
                    text: format!("A Headline Here\n{t}"),
                    ..Default::default()
                })
                .collect::<Vec<_>>(),
        )
    }

    /// The hit texts per article.
    fn found(analysis: &Analysis, q: &str) -> Vec<Vec<String>> {
        let results = run(&Query::parse(q), &Index::new(analysis));
        results
            .hits
            .iter()
            .zip(&analysis.articles)
            .map(|(hits, a)| {
                hits.iter()
                    .map(|h| h.span.of(&a.text).to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_longer_form_that_fails_the_word_boundary_does_not_hide_the_word() {
        // "erdogans" read as "erdogan s" would swallow "Erdoğan s|tated".
        let a = corpus(&["President Erdoğan stated that the talks failed."]);
        assert_eq!(found(&a, "erdogan"), vec![vec!["Erdoğan".to_string()]]);
        assert_eq!(found(&a, "talk"), vec![vec!["talks".to_string()]]);
    }

    #[test]
    fn the_query_language() {
        let a = corpus(&[
            "Erdoğan called for a cease-fire. Türkiye hosted the talks.",
            "The humanitarian\npause was rejected; a ceasefire, too. Hamas said no.",
            "A cease fire and hostages. Negotiators negotiated.",
        ]);
        let cases: &[(&str, &str, &[&[&str]])] = &[
            ("diacritics both ways", "erdogan", &[&["Erdoğan"], &[], &[]]),
            ("folded query", "TURKIYE", &[&["Türkiye"], &[], &[]]),
            (
                "hyphen and spacing variants",
                "ceasefire",
                &[&["cease-fire"], &["ceasefire"], &["cease fire"]],
            ),
            (
                "hyphenated query",
                "cease-fire",
                &[&["cease-fire"], &["ceasefire"], &["cease fire"]],
            ),
            (
                "phrase across a line break",
                "\"humanitarian pause\"",
                &[&[], &["humanitarian\npause"], &[]],
            ),
            (
                "and",
                "ceasefire hostages",
                &[&[], &[], &["cease fire", "hostages"]],
            ),
            (
                "or",
                "hostages OR erdogan",
                &[&["Erdoğan"], &[], &["hostages"]],
            ),
            (
                "exclusion",
                "ceasefire -hamas",
                &[&["cease-fire"], &[], &["cease fire"]],
            ),
            (
                "prefix",
                "negotiat*",
                &[&[], &[], &["Negotiators", "negotiated"]],
            ),
            (
                "word boundary: a word inside another is no hit",
                "ostage",
                &[&[], &[], &[]],
            ),
            (
                "a word finds its plural",
                "hostage",
                &[&[], &[], &["hostages"]],
            ),
            (
                "a plural finds the singular",
                "pauses",
                &[&[], &["pause"], &[]],
            ),
            (
                "each word of a phrase is inflected",
                "\"humanitarian pauses\"",
                &[&[], &["humanitarian\npause"], &[]],
            ),
            (
                "a past form finds the others",
                "negotiated",
                &[&[], &[], &["negotiated"]],
            ),
            ("exact form only", "=pauses", &[&[], &[], &[]]),
            (
                "exact phrase",
                "=\"humanitarian pause\"",
                &[&[], &["humanitarian\npause"], &[]],
            ),
            (
                "short words are taken as written",
                "hamas",
                &[&[], &["Hamas"], &[]],
            ),
            (
                "unbalanced quote",
                "\"humanitarian pause",
                &[&[], &["humanitarian\npause"], &[]],
            ),
            ("lone minus", "- hostages", &[&[], &[], &["hostages"]]),
            ("dangling OR", "OR hostages OR", &[&[], &[], &["hostages"]]),
            ("empty", "", &[&[], &[], &[]]),
            ("only punctuation", "\"\" * -", &[&[], &[], &[]]),
        ];
        for (name, q, want) in cases {
            let want: Vec<Vec<String>> = want
                .iter()
                .map(|v| v.iter().map(|s| s.to_string()).collect())
                .collect();
            assert_eq!(found(&a, q), want, "case {name}: {q:?}");
        }
    }

    #[test]
    fn forms_of_a_word() {
        let cases: &[(&str, &[&str])] = &[
            ("pause", &["pause", "pauses", "paused", "pausing"]),
            ("pauses", &["pauses", "pause", "paused", "pausing"]),
            ("talk", &["talk", "talks", "talked", "talking"]),
            (
                "ceasefire",
                &["ceasefire", "ceasefires", "ceasefired", "ceasefiring"],
            ),
            (
                "country",
                &["country", "countries", "countried", "countrying"],
            ),
            ("crisis", &["crisis", "crises"]),
            ("visited", &["visited", "visit", "visits", "visiting"]),
            ("buses", &["buses", "bus"]),
            ("war", &["war"]),
        ];
        for (word, want) in cases {
            let got = forms(word);
            for w in *want {
                assert!(got.contains(&w.to_string()), "{word}: {w} not in {got:?}");
            }
        }
    }

    #[test]
    fn the_reading_says_how_a_query_was_read() {
        let cases = [
            (
                "ceasefire OR truce -hamas",
                "Articles with ceasefire or truce, without hamas",
            ),
            (
                "\"humanitarian pause",
                "Articles with “humanitarian pause” (the open quote was closed at the end)",
            ),
            (
                "- erdogan",
                "Articles with erdogan (a lone “-” was ignored)",
            ),
            ("negotiat*", "Articles with negotiat…"),
            (
                "OR",
                "Nothing to search for (an “OR” with nothing on one side was ignored)",
            ),
            ("", ""),
        ];
        for (q, want) in cases {
            assert_eq!(Query::parse(q).reading, want, "{q:?}");
        }
        // Several terms get their own colours.
        assert_eq!(Query::parse("a b OR c").terms.len(), 3);
        assert_eq!(Query::parse("a b OR c").clauses, vec![vec![0], vec![1, 2]]);
    }

    #[test]
    fn hits_map_back_to_the_original_text() {
        let a = corpus(&["  Ankara’s   talks\twith  FIDAN  "]);
        let r = run(
            &Query::parse("\"ankara's talks with fidan\""),
            &Index::new(&a),
        );
        let hit = r.hits[0][0];
        assert_eq!(
            hit.span.of(&a.articles[0].text),
            "Ankara’s   talks\twith  FIDAN"
        );
    }
}
