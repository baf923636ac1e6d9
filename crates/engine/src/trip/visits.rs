//! Stage 9 (first part), visits: which place mentions say the traveller was there, not merely
//! named it. A visit needs the traveller in the scene (the paragraph or the one before) and a cue:
//! a section heading that is a place; a visit verb or noun right before the place ("landed in",
//! "travelled to", "visits to", "next stop was", "departed"); a meeting word followed by
//! in/to/at ("talks in", "a news conference in", "meetings with Arab leaders in"); a sentence
//! opening "In Ankara, Blinken …"; or a list continued from such a cue or named as the stops.
//! When another person is the subject ("Netanyahu met envoys in Tel Aviv"), it is not the
//! traveller's visit. Regions with no country (Middle East, West Asia) are never stops. A future
//! clause ("rushed to", "is set to attend … in Japan") makes the visit an onward leg.
//! A photo caption or a related-story teaser that names the traveller can also tell a visit
//! ("Blinken boards his aircraft to depart Baghdad"); such visits are marked `furniture` and only
//! support stops the story itself reports.

use crate::model::{
    Block, BlockKind, EntityMention, Furniture, Place, PlaceMention, Sentence, Visit,
};
use crate::Span;

/// Cues that stand right before the place (or its list): (words, cue as reported).
const DIRECT: &[&str] = &[
    "arrived in",
    "arrived at",
    "arrives in",
    "arriving in",
    "arrival in",
    "landed in",
    "lands in",
    "landing in",
    "travelled to",
    "traveled to",
    "travels to",
    "travelling to",
    "traveling to",
    "flew to",
    "fly to",
    "took him from",
    "took her from",
    "took him to",
    "took her to",
    "take him to",
    "take her to",
    "flew into",
    "flies to",
    "flying to",
    "flying into",
    "moved on to",
    "went on to",
    "continued to",
    "continued on to",
    "visited",
    "visiting",
    "visit to",
    "visits to",
    "trip to",
    "tour of",
    "stop was",
    "stop was the",
    "stopover in",
    "departed",
    "depart",
    "departs",
    "departing",
    "left",
    "began in",
    "started in",
    "ended in",
    "crossed into",
    "went to",
    "headed to",
    "heading to",
    "rushed to",
    "travel from",
    "travel to",
    "onward to",
    "next stop",
    "leg in",
    "in",
    "to",
    "at",
];

/// Words that make a following in/to/at a visit: "talks in", "news conference in".
const MEETING: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "talks",
    "talked",
    "discussions",
    "conferred",
    "conference",
    "visit",
    "visits",
    "visited",
    "trip",
    "tour",
    "touring",
    "stop",
    "stopover",
    "arrival",
    "arrived",
    "landed",
    "reception",
    "leaders",
    "attend",
    "summit",
    "spent",
    "spend",
    "spending",
];

/// Words naming the stops of a trip: "Israel, Jordan … were the stopovers".
const STOP_NOUNS: &[&str] = &["stopovers", "stops", "itinerary", "destinations"];

/// Clauses about what is still to come.
const ONWARD: &[&str] = &[
    "rushed to",
    "set to",
    "is to",
    "will",
    "due to",
    "heading to",
    "heads to",
    "onward",
    "next heads",
    "before rushing",
];

/// Words that may stand between places of one list: "Jordan, the occupied West Bank, and Iraq".
const LIST_GLUE: &[&str] = &[
    "and", "the", "occupied", "then", "to", "finally", "on", "also", "before", "after",
];

/// True when the text between two places holds only list glue (commas and the words above, plus
/// `extra`): they stand in one list.
pub(crate) fn list_glue(between: &str, extra: &[&str]) -> bool {
    between
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| LIST_GLUE.contains(&w) || extra.contains(&w))
}

/// The people of one article, seen from the trip.
pub struct People<'a> {
    /// Mentions of the traveller.
    pub traveller: &'a [EntityMention],
    /// Mentions of everyone else.
    pub others: &'a [EntityMention],
    /// The traveller's surname as written ("Blinken"), to find them in captions and teasers.
    pub surname: &'a str,
}

pub fn find(
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    places: &[PlaceMention],
    place_info: &dyn Fn(usize) -> Option<Place>,
    people: &People,
) -> Vec<Visit> {
    let (traveller, others, surname) = (people.traveller, people.others, people.surname);
    let mut out: Vec<Visit> = Vec::new();
    let in_scene = |block: usize| {
        let previous_story = (0..block).rev().find(|&b| blocks[b].kind.is_story());
        traveller
            .iter()
            .any(|m| m.block == block || Some(m.block) == previous_story)
    };
    for (k, mention) in places.iter().enumerate() {
        let Some(block) = blocks.get(mention.block) else {
            continue;
        };
        let furniture = matches!(
            block.kind,
            BlockKind::Furniture(Furniture::Caption | Furniture::RelatedStory)
        );
        if furniture && !names_word(block.span.of(text), surname) {
            continue;
        }
        if !(block.kind.is_story() || furniture) || block.kind == BlockKind::Headline {
            continue;
        }
        let Some(place) = place_info(mention.place) else {
            continue;
        };
        if place.country.is_none() {
            continue; // Middle East, West Asia: regions, not stops
        }
        if block.kind == BlockKind::Heading && block.span.of(text).trim() == mention.span.of(text) {
            out.push(Visit {
                mention: k,
                evidence: block.span,
                cue: "section heading".into(),
                onward: false,
                furniture: false,
            });
            continue;
        }
        if !furniture && !in_scene(mention.block) {
            continue;
        }
        // Furniture has no sentences of its own: the caption or teaser line is the sentence.
        let own = Sentence {
            span: block.span,
            block: mention.block,
        };
        let sentence = if furniture {
            &own
        } else {
            match sentences
                .iter()
                .find(|s| s.span.start <= mention.span.start && mention.span.end <= s.span.end)
            {
                Some(sentence) => sentence,
                None => continue,
            }
        };
        let before = text
            .get(sentence.span.start..mention.span.start)
            .unwrap_or("");
        let clause_start = sentence.span.start + before.rfind([';', '—']).map_or(0, |i| i + 1);
        let clause = text
            .get(clause_start..mention.span.start)
            .unwrap_or("")
            .to_lowercase();
        let Some(cue) = cue_before(&clause, text, sentence.span, mention.span, places, k) else {
            continue;
        };
        // Another person as the subject of the cue is not the traveller's visit. The subject is the
        // first person the sentence names before the verb ("Aoyama is due to meet Ruto … before
        // flying to" is Aoyama's); the verb is the cue's first word ("met" of "met … in"), found
        // in an ASCII-lowercased copy, which keeps byte offsets.
        let verb = cue.split([' ', '…']).find(|w| !w.is_empty()).unwrap_or("");
        let head = text
            .get(sentence.span.start..mention.span.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let cue_at = sentence.span.start + head.rfind(verb).unwrap_or(head.len());
        let subject = traveller
            .iter()
            .chain(others)
            .filter(|m| m.span.start >= sentence.span.start && m.span.end <= cue_at)
            .min_by_key(|m| m.span.start);
        if furniture {
            // Title-case teasers capitalise every word: the traveller must be named before the
            // cue ("Blinken Holds Press Conference in Tel Aviv", not "… Talks With Blinken").
            if !names_word(text.get(sentence.span.start..cue_at).unwrap_or(""), surname) {
                continue;
            }
        } else if subject.is_some_and(|m| others.iter().any(|o| o.span == m.span))
            || named_other_before_verb(text, sentence.span.start, cue_at, traveller, places)
        {
            continue;
        }
        // Whole words only: "his tour" must not read as "is to".
        let padded = |t: &str| {
            format!(
                " {} ",
                t.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        let (sentence_words, clause_words) = (
            padded(&sentence.span.of(text).to_lowercase()),
            padded(&clause),
        );
        let onward = ONWARD.iter().any(|o| {
            sentence_words.contains(&format!(" {o} "))
                && clause_words.contains(&format!(" {} ", o.split(' ').next().unwrap_or(o)))
        });
        out.push(Visit {
            mention: k,
            evidence: sentence.span,
            cue,
            onward,
            furniture,
        });
    }
    out
}

/// True when `word` stands in `text` as a whole word ("Blinken", not "Blinkenship").
fn names_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// "Netanyahu met envoys in …": a capitalised name right before the cue's verb (at `verb_at`)
/// that is neither the traveller, a place nor a sentence opener.
fn named_other_before_verb(
    text: &str,
    sentence_start: usize,
    verb_at: usize,
    traveller: &[EntityMention],
    places: &[PlaceMention],
) -> bool {
    let before_verb = text.get(sentence_start..verb_at).unwrap_or("");
    let Some(word) = before_verb.split_whitespace().rev().find(|w| {
        !w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
            .ends_with("ly")
    }) else {
        return false;
    };
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    // "al-Sudani": a name behind a lower-case particle is still a name.
    let name = bare
        .split_once('-')
        .filter(|(p, rest)| p.len() <= 3 && rest.starts_with(char::is_uppercase))
        .map_or(bare, |(_, rest)| rest);
    if !name.chars().next().is_some_and(char::is_uppercase) || crate::lexicon::is_opener(name) {
        return false;
    }
    let at = sentence_start + before_verb.rfind(word).unwrap_or(0);
    let inside = |s: Span| s.start <= at && at < s.end;
    !traveller.iter().any(|m| inside(m.span)) && !places.iter().any(|p| inside(p.span))
}

/// The cue that makes the place at `places[k]` a visit, reading the clause before it.
fn cue_before(
    clause: &str,
    text: &str,
    sentence: Span,
    at: Span,
    places: &[PlaceMention],
    k: usize,
) -> Option<String> {
    let words: Vec<&str> = clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .collect();
    // "In Ankara, Blinken met …": the sentence opens with the place.
    if words.len() == 1
        && words[0] == "in"
        && text
            .get(at.end..sentence.end)
            .is_some_and(|r| r.starts_with(','))
    {
        return Some("in <place>, at the opening of the sentence".into());
    }
    // A list: skip back over earlier places of the same list to its cue.
    let mut list_start = at.start;
    let mut j = k;
    while j > 0 {
        let prev = &places[j - 1];
        let glue = list_glue(text.get(prev.span.end..list_start).unwrap_or(""), &[]);
        if prev.span.start < sentence.start || !glue {
            break;
        }
        list_start = prev.span.start;
        j -= 1;
    }
    let lead = text
        .get(sentence.start..list_start)
        .unwrap_or("")
        .to_lowercase();
    let lead_words: Vec<&str> = lead
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let lead_tail = |n: usize| lead_words[lead_words.len().saturating_sub(n)..].join(" ");
    for cue in DIRECT {
        let n = cue.split(' ').count();
        if lead_tail(n) != *cue {
            continue;
        }
        // A bare preposition counts only after a meeting word within the last eight words.
        if matches!(*cue, "in" | "to" | "at") {
            let window =
                &lead_words[lead_words.len().saturating_sub(8)..lead_words.len().saturating_sub(1)];
            if !window.iter().any(|w| MEETING.contains(w)) {
                continue;
            }
            // "leaders of" lists are covered below; "ambassador to", "troops in" never count.
            // "leaders" is what was met, not the meeting: report the meeting word itself.
            let meeting = window
                .iter()
                .rev()
                .find(|w| MEETING.contains(w) && **w != "leaders")
                .or_else(|| window.iter().rev().find(|w| MEETING.contains(w)));
            return Some(format!("{} … {cue}", meeting.unwrap_or(&"")));
        }
        return Some((*cue).to_string());
    }
    // "holding discussions with the leaders of Palestine, Israel …"
    if lead_tail(2) == "leaders of"
        && lead_words
            .iter()
            .rev()
            .take(8)
            .any(|w| MEETING.contains(w) && *w != "leaders")
    {
        return Some("met the leaders of".into());
    }
    // "Israel, Jordan, the West Bank, Iraq and Turkiye were the stopovers …"
    let rest = text.get(at.end..sentence.end).unwrap_or("").to_lowercase();
    if lead.trim().is_empty() || lead_words.iter().all(|w| LIST_GLUE.contains(w)) {
        let first_clause = rest.split([';']).next().unwrap_or("");
        if let Some(noun) = STOP_NOUNS.iter().find(|n| {
            first_clause
                .split_whitespace()
                .take(12)
                .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == **n)
        }) {
            return Some(format!("listed as the {noun}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{analyze, ArticleInput};

    fn visits(text: &str) -> Vec<(String, bool)> {
        let text = format!("A Headline For The Test\n{text}");
        let a = analyze(&[ArticleInput {
            id: "t".into(),
            text: text.clone(),
            ..Default::default()
        }]);
        let article = &a.articles[0];
        article
            .visits
            .iter()
            .map(|v| {
                (
                    article.places[v.mention].span.of(&text).to_string(),
                    v.onward,
                )
            })
            .collect()
    }

    #[test]
    fn table() {
        let intro = "US Secretary of State Antony Blinken toured the region this week, and Blinken spoke often.";
        let cases: &[(&str, &str, &[(&str, bool)])] = &[
            ("landed in", "On Monday Blinken landed in Ankara for talks.", &[("Ankara", false)]),
            ("list after travel from", "A busy weekend saw him travel from Israel to Jordan, the occupied West Bank, Cyprus, and Iraq.", &[("Israel", false), ("Jordan", false), ("occupied West Bank", false), ("Cyprus", false), ("Iraq", false)]),
            ("meeting word then in", "Blinken referred to the meeting at a news conference in Baghdad.", &[("Baghdad", false)]),
            ("sentence opens with the place", "In Ankara, Blinken met his Turkish counterpart.", &[("Ankara", false)]),
            ("another person's visit", "Netanyahu met numerous envoys in Tel Aviv. Iraqi Prime Minister Mohammed al-Sudani visited Tehran.", &[]),
            ("object is not the subject", "Blinken is due to meet President William Ruto before flying to Nairobi.", &[("Nairobi", true)]),
            ("appositive subject", "Additionally, the Iraqi Prime Minister, Mohammed Shia al-Sudani, visited Tehran.", &[]),
            ("leaders met in a list", "Blinken's visit to Turkey follows strained meetings with Arab leaders in Iraq, Palestine, and Jordan over the weekend.", &[("Turkey", false), ("Iraq", false), ("Palestine", false), ("Jordan", false)]),
            ("mere mentions", "Blinken urged more aid into Gaza and warned Lebanon and Iran.", &[]),
            ("onward", "Blinken wrapped up on Monday and rushed to Japan to attend the G7 summit.", &[("Japan", true)]),
            ("set to attend", "Blinken is set to attend a meeting of G7 foreign ministers in Japan.", &[("Japan", true)]),
            ("named stops", "Israel, Jordan, the West Bank, Iraq and Turkiye were the stopovers made by Blinken.", &[("Israel", false), ("Jordan", false), ("West Bank", false), ("Iraq", false), ("Turkiye", false)]),
            ("his tour is no future", "Talks in Ankara marked the end of his tour, which also included visits to Amman.", &[("Ankara", false), ("Amman", false)]),
            ("regions are not stops", "Blinken concluded his tour in West Asia.", &[]),
            ("ambassador to is no visit", "Blinken spoke to the ambassador to Israel.", &[]),
            ("spent a day in", "Blinken had spent Tuesday in Riyadh.", &[("Riyadh", false)]),
        ];
        for (name, text, want) in cases {
            let want: Vec<(String, bool)> = want.iter().map(|(p, o)| (p.to_string(), *o)).collect();
            assert_eq!(visits(&format!("{intro} {text}")), want, "case {name}");
        }
    }
}
