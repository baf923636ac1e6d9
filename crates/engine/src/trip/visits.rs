//! Stage 9 (first part), visits: which place mentions say the traveller was there (or will be),
//! not merely named it.
//!
//! A visit needs the traveller in the scene and a cue. The scene is the sentence's paragraph or
//! the one before it; a headline, a photo caption or a related-story teaser counts when it names
//! the traveller. The cue says how the traveller relates to the place:
//! - **arrived**: "arrived in", "landed at", "touched down in", "reached";
//! - **stayed**: "visited", "visit to", "toured", "stop in", "was in", "In Ankara, Blinken met …",
//!   a meeting or event word followed by in / at ("talks in", "a speech at the cathedral in"),
//!   "the Hanoi visit";
//! - **left**: "left", "departed from", "took off from", "wrapped up his visit to";
//!   and the place he came **from** ("arrived in Belgrade from France");
//! - **returned**: "returned to", "back in": a trip's home, or a second stay;
//! - **listed**: the trip's stops named together ("includes stops in Greece, Jordan …", "his
//!   subsequent stops are: Amman, Jordan; Doha, Qatar", "Jordan, the third stop of his tour");
//! - **heading**: a section heading that is the place; **dateline**: "Vanimo: Pope Francis …",
//!   "JAKARTA (Reuters) –" over a story about the traveller.
//!
//! Words may stand between a cue and its place: "arrived in the Angolan capital Luanda", "went to
//! European Union candidate Serbia". A clause about the future ("will visit", "heads next to",
//! "is due in", "left for") makes the visit planned (`onward`). Not visits: another person's
//! (the subject is someone else, unless the traveller is who they welcome or host), a topic
//! ("the war in Ukraine", "aid to Gaza", "tensions in"), a denial ("did not visit", "cancelled",
//! "skipping"), a possibility ("might head to", "could stop in"), another occasion (a year or
//! an earlier month of its own, "last year", "several times", "Since taking office, he has
//! made trips to …"), an earlier trip ("The Africa trip follows his visits to Moscow and Kiev":
//! the article's other mentions of those places too), and regions with no country (Middle
//! East, West Asia).

use crate::lexicon;
use crate::model::{
    Block, BlockKind, EntityMention, Furniture, Place, PlaceKind, PlaceMention, Sentence, Visit,
    VisitKind,
};
use crate::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Cues that stand right before the place (or its list), longest first where one contains
/// another, with the kind of visit each tells.
const CUES: &[(&str, VisitKind)] = &[
    // arrivals
    ("arrived in", VisitKind::Arrived),
    ("arrived at", VisitKind::Arrived),
    ("arrives in", VisitKind::Arrived),
    ("arrives at", VisitKind::Arrived),
    ("arriving in", VisitKind::Arrived),
    ("arriving at", VisitKind::Arrived),
    ("arrive in", VisitKind::Arrived),
    // "arrived Nigeria yesterday" (as Nigerian, Ghanaian and Indian papers write it)
    ("arrived", VisitKind::Arrived),
    ("arrives", VisitKind::Arrived),
    ("arrival in", VisitKind::Arrived),
    ("arrival at", VisitKind::Arrived),
    ("landed in", VisitKind::Arrived),
    ("landed at", VisitKind::Arrived),
    ("lands in", VisitKind::Arrived),
    ("land in", VisitKind::Arrived),
    ("landing in", VisitKind::Arrived),
    ("touched down in", VisitKind::Arrived),
    ("touched down at", VisitKind::Arrived),
    ("touches down in", VisitKind::Arrived),
    ("reached", VisitKind::Arrived),
    ("flew into", VisitKind::Arrived),
    ("flies into", VisitKind::Arrived),
    ("flying into", VisitKind::Arrived),
    ("crossed into", VisitKind::Arrived),
    ("is due in", VisitKind::Arrived),
    ("was due in", VisitKind::Arrived),
    ("due in", VisitKind::Arrived),
    ("expected in", VisitKind::Arrived),
    // movement towards a place
    ("travelled to", VisitKind::Arrived),
    ("traveled to", VisitKind::Arrived),
    ("travels to", VisitKind::Arrived),
    ("travelling to", VisitKind::Arrived),
    ("traveling to", VisitKind::Arrived),
    ("travel to", VisitKind::Arrived),
    ("travelling on to", VisitKind::Arrived),
    ("traveling on to", VisitKind::Arrived),
    ("flew to", VisitKind::Arrived),
    ("fly to", VisitKind::Arrived),
    ("flies to", VisitKind::Arrived),
    ("flying to", VisitKind::Arrived),
    ("went to", VisitKind::Arrived),
    ("goes to", VisitKind::Arrived),
    ("go to", VisitKind::Arrived),
    ("came to", VisitKind::Arrived),
    ("comes to", VisitKind::Arrived),
    ("headed to", VisitKind::Arrived),
    ("heads to", VisitKind::Arrived),
    ("heading to", VisitKind::Arrived),
    ("heading for", VisitKind::Arrived),
    ("heads for", VisitKind::Arrived),
    ("head to", VisitKind::Arrived),
    // "he will make his way to Belgium".
    ("make his way to", VisitKind::Arrived),
    ("make her way to", VisitKind::Arrived),
    ("made his way to", VisitKind::Arrived),
    ("made her way to", VisitKind::Arrived),
    ("makes his way to", VisitKind::Arrived),
    ("makes her way to", VisitKind::Arrived),
    ("heads next to", VisitKind::Arrived),
    ("moved on to", VisitKind::Arrived),
    ("move on to", VisitKind::Arrived),
    ("moving on to", VisitKind::Arrived),
    ("went on to", VisitKind::Arrived),
    ("continued to", VisitKind::Arrived),
    ("continued on to", VisitKind::Arrived),
    ("onward to", VisitKind::Arrived),
    ("en route to", VisitKind::Arrived),
    ("bound for", VisitKind::Arrived),
    ("departed for", VisitKind::Arrived),
    ("departs for", VisitKind::Arrived),
    ("depart to", VisitKind::Arrived),
    ("departs to", VisitKind::Arrived),
    ("departing for", VisitKind::Arrived),
    ("left for", VisitKind::Arrived),
    ("leaves for", VisitKind::Arrived),
    ("leave for", VisitKind::Arrived),
    ("leaving for", VisitKind::Arrived),
    ("set off for", VisitKind::Arrived),
    ("rushed to", VisitKind::Arrived),
    // "will proceed to Austria for a two-day visit"
    ("proceed to", VisitKind::Arrived),
    ("proceeds to", VisitKind::Arrived),
    ("proceeded to", VisitKind::Arrived),
    ("proceeding to", VisitKind::Arrived),
    ("took him to", VisitKind::Listed),
    ("led him to", VisitKind::Listed),
    ("led her to", VisitKind::Listed),
    ("brought him to", VisitKind::Listed),
    ("took her to", VisitKind::Listed),
    ("take him to", VisitKind::Listed),
    ("take her to", VisitKind::Listed),
    ("taking him to", VisitKind::Listed),
    ("taking her to", VisitKind::Listed),
    ("takes him to", VisitKind::Listed),
    ("takes her to", VisitKind::Listed),
    ("took him from", VisitKind::Left),
    ("took her from", VisitKind::Left),
    ("travel from", VisitKind::Left),
    ("flew from", VisitKind::Left),
    // stays
    ("visited", VisitKind::Stayed),
    ("visiting", VisitKind::Stayed),
    ("visits", VisitKind::Stayed),
    ("visit", VisitKind::Stayed),
    ("visit to", VisitKind::Stayed),
    ("visits to", VisitKind::Stayed),
    ("visit of", VisitKind::Stayed),
    ("visit in", VisitKind::Stayed),
    ("toured", VisitKind::Stayed),
    ("tours", VisitKind::Stayed),
    ("touring", VisitKind::Stayed),
    ("tour", VisitKind::Stayed),
    ("tour of", VisitKind::Stayed),
    ("tour to", VisitKind::Stayed),
    ("trip to", VisitKind::Stayed),
    ("trips to", VisitKind::Stayed),
    ("journey to", VisitKind::Stayed),
    ("stop in", VisitKind::Stayed),
    ("stop at", VisitKind::Stayed),
    ("stopped in", VisitKind::Stayed),
    ("stopped at", VisitKind::Stayed),
    ("stopover in", VisitKind::Stayed),
    ("stop was", VisitKind::Stayed),
    // "Erdoğan's last stop will be the United Arab Emirates"
    ("stop will be", VisitKind::Stayed),
    ("stop will be the", VisitKind::Stayed),
    ("stop was the", VisitKind::Stayed),
    ("next stop", VisitKind::Stayed),
    ("leg in", VisitKind::Stayed),
    ("stage in", VisitKind::Stayed),
    ("was in", VisitKind::Stayed),
    ("has been in", VisitKind::Stayed),
    ("had been in", VisitKind::Stayed),
    ("is in", VisitKind::Stayed),
    ("will be in", VisitKind::Stayed),
    ("while in", VisitKind::Stayed),
    ("began in", VisitKind::Stayed),
    ("started in", VisitKind::Stayed),
    ("kicked off his tour", VisitKind::Stayed),
    ("kicked off her tour", VisitKind::Stayed),
    ("ended in", VisitKind::Stayed),
    ("wrapping up in", VisitKind::Stayed),
    ("wrapped up in", VisitKind::Stayed),
    ("wraps up in", VisitKind::Stayed),
    // departures
    ("departed", VisitKind::Left),
    ("departed from", VisitKind::Left),
    ("depart", VisitKind::Left),
    ("depart from", VisitKind::Left),
    ("departs", VisitKind::Left),
    ("departs from", VisitKind::Left),
    ("departing", VisitKind::Left),
    ("departing from", VisitKind::Left),
    ("departure from", VisitKind::Left),
    ("left", VisitKind::Left),
    ("leaves", VisitKind::Left),
    ("leaving", VisitKind::Left),
    ("leave", VisitKind::Left),
    ("took off from", VisitKind::Left),
    // (Read without their "of", which goes with the modifiers before the place: "the capital of".)
    ("flew out", VisitKind::Left),
    ("flying out", VisitKind::Left),
    ("wrapped up his visit to", VisitKind::Left),
    ("wrapped up her visit to", VisitKind::Left),
    ("concluded his visit to", VisitKind::Left),
    ("concluded her visit to", VisitKind::Left),
    ("concludes his visit to", VisitKind::Left),
    ("concludes her visit to", VisitKind::Left),
    ("completed his visit to", VisitKind::Left),
    ("ended his visit to", VisitKind::Left),
    ("ends his visit to", VisitKind::Left),
    // "Belgrade, after France, is the second stop": the stop before
    ("after", VisitKind::Left),
    ("after leaving", VisitKind::Left),
    ("after visiting", VisitKind::Left),
    // and the `LOOKED_BACK_ON` cues ("following a visit to"), also left
    // returns
    ("returned to", VisitKind::Returned),
    ("returns to", VisitKind::Returned),
    ("return to", VisitKind::Returned),
    ("returning to", VisitKind::Returned),
    ("flew back to", VisitKind::Returned),
    ("flying back to", VisitKind::Returned),
    ("back to", VisitKind::Returned),
    ("back in", VisitKind::Returned),
    // the trip's stops named together
    ("stops in", VisitKind::Listed),
    ("stops at", VisitKind::Listed),
    ("stops are", VisitKind::Listed),
    ("stops were", VisitKind::Listed),
    ("stops include", VisitKind::Listed),
    ("stops included", VisitKind::Listed),
    ("stopovers in", VisitKind::Listed),
    ("included stops in", VisitKind::Listed),
    ("includes stops in", VisitKind::Listed),
    ("destinations are", VisitKind::Listed),
    ("nations of", VisitKind::Listed),
];

/// Cues of a visit told as the one before the sentence's others, looked back on: "arrived
/// in Sri Lanka following a visit to Moscow". Visits left (`all_cues` reads them so); the order
/// puts them first.
pub(super) const LOOKED_BACK_ON: &[&str] = &[
    "following a visit to",
    "following his visit to",
    "following her visit to",
    "following visits to",
    "following a trip to",
    "following a stop in",
    "after a visit to",
    "after his visit to",
    "after her visit to",
    "after visits to",
    "after a trip to",
    "after a stop in",
    "fresh from",
];

/// `CUES` with the `LOOKED_BACK_ON` cues, as visits left.
fn all_cues() -> impl Iterator<Item = (&'static str, VisitKind)> {
    CUES.iter()
        .copied()
        .chain(LOOKED_BACK_ON.iter().map(|c| (*c, VisitKind::Left)))
}

/// Cues that need a trip word in their sentence: "the tour, which includes Angola, Congo …".
const TRIP_CUES: &[(&str, VisitKind)] = &[
    ("includes", VisitKind::Listed),
    ("included", VisitKind::Listed),
    ("including", VisitKind::Listed),
    ("include", VisitKind::Listed),
    ("also includes", VisitKind::Listed),
];

/// What a state or a division is called before "of" and its name: "the Kingdom of Saudi Arabia".
const STATE_FORMS: &[&str] = &[
    "kingdom",
    "republic",
    "state",
    "states",
    "emirate",
    "sultanate",
    "principality",
    "city",
    "province",
    "region",
    "island",
    "islands",
    "commonwealth",
    "federation",
    "union",
    "duchy",
    "county",
    "district",
    "governorate",
    "prefecture",
    "territory",
    "municipality",
];

/// Words naming a trip: a trip cue counts only in a sentence that has one.
const TRIP_WORDS: &[&str] = &[
    "tour",
    "trip",
    "visit",
    "visits",
    "journey",
    "itinerary",
    "stops",
    "stop",
    "mission",
    "voyage",
    "swing",
    "stopovers",
    "leg",
];

/// Meeting and event words that make a following in / at a visit ("talks in", "a speech at …").
const MEETING: &[&str] = &[
    // "follows their earlier encounter in Gabon": an earlier one is another occasion.
    "encounter",
    "met",
    "meet",
    "meets",
    "talked",
    "discussions",
    "conferred",
    "visited",
    "touring",
    "arrived",
    "landed",
    "leaders",
    "attend",
    "attended",
    "attending",
    "spent",
    "spend",
    "spends",
    "spending",
    "addressed",
    "addresses",
    "addressing",
    "spoke",
    "speaks",
    "speaking",
    "welcomed",
    "welcomes",
    "welcome",
    "received",
    "receives",
    "hosted",
    "hosts",
    "greeted",
    "greets",
    "held",
    "holds",
    "hold",
    "stayed",
    "staying",
    "prayed",
    // and every event noun (`EVENT_NOUNS`) and venue (`VENUES`): "a speech at a cathedral in
    // Ballina"
];

/// Cue words that are nouns, not verbs: the word before them is no subject ("at Joint Base …",
/// "a visit to").
const NOUN_CUES: &[&str] = &[
    "leg", "stage", "journey",
    // and every event noun (`EVENT_NOUNS`) and venue (`VENUES`)
];

/// Nouns of meetings and events: meeting words ("talks in") and noun cues ("a visit to") both.
const EVENT_NOUNS: &[&str] = &[
    "visit",
    "visits",
    "trip",
    "tour",
    "talks",
    "summit",
    "conference",
    "briefing",
    "speech",
    "address",
    "remarks",
    "ceremony",
    "mass",
    "memorial",
    "wreath",
    "dinner",
    "banquet",
    "parade",
    "walkabout",
    "rally",
    "reception",
    "meeting",
    "meetings",
    "stop",
    "stopover",
    "engagements",
    "pilgrimage",
    "arrival",
    "stay",
    "appearance",
];

/// Places a visit happens at: as common nouns they are meeting words ("a speech at a cathedral
/// in Ballina"); capitalised, they are part of a name ("Joint Base", "European Parliament").
const VENUES: &[&str] = &[
    "base",
    "airbase",
    "airport",
    "palace",
    "cathedral",
    "basilica",
    "shrine",
    "church",
    "mosque",
    "temple",
    "hotel",
    "stadium",
    "campus",
    "castle",
    "parliament",
    "monument",
    "hospice",
    "hospital",
    "school",
    "camp",
];

/// A meeting word, an event noun or a venue.
fn is_meeting(w: &str) -> bool {
    MEETING.contains(&w) || EVENT_NOUNS.contains(&w) || VENUES.contains(&w)
}

/// A cue word that is a noun: an event noun, a venue, or one of `NOUN_CUES`.
fn is_noun_cue(w: &str) -> bool {
    NOUN_CUES.contains(&w) || EVENT_NOUNS.contains(&w) || VENUES.contains(&w)
}

/// Nouns of a topic: a preposition after them names what is talked about, not where.
const TOPICS: &[&str] = &[
    "war",
    "wars",
    "conflict",
    "conflicts",
    "crisis",
    "crises",
    "situation",
    "aid",
    "assistance",
    "attack",
    "attacks",
    "violence",
    "fighting",
    "bombing",
    "bombardment",
    "invasion",
    "aggression",
    "occupation",
    "influence",
    "investment",
    "investments",
    "tensions",
    "ties",
    "relations",
    "role",
    "escalation",
    "escalations",
    "ceasefire",
    "cease-fire",
    "peace",
    "security",
    "hostilities",
    "elections",
    "election",
    "stability",
    "efforts",
    "interests",
    "presence",
    "operations",
    "interference",
    "policy",
    "strategy",
    "sanctions",
    "rebellion",
    "unrest",
    "protests",
    "developments",
    "events",
    "regime",
    "regimes",
    "downfall",
    "collapse",
    "issues",
    "stance",
    "forces",
    "troops",
    "embassy",
    "ambassador",
    "envoy",
    "consulate",
    "border",
    "militants",
    "rebels",
    "hostages",
    "refugees",
    "civilians",
    "casualties",
    // "the loss of life in Israel and Gaza"
    "life",
    "lives",
    "deaths",
    "toll",
    "people",
    "population",
    "economy",
    "future",
    "reconstruction",
    "governance",
    "humanitarian",
    "disputes",
    "offensive",
    "killing",
    "killings",
    "strikes",
    "airstrikes",
    "genocide",
];

/// Words that may stand between a cue and its place: "arrived in the Angolan capital Luanda",
/// "went to European Union candidate Serbia", "visit to the holy city of".
const MODIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "capital",
    "city",
    "town",
    "village",
    "island",
    "port",
    "state",
    "province",
    "region",
    "county",
    "co",
    "nation",
    "country",
    "kingdom",
    "republic",
    "candidate",
    "ally",
    "partner",
    "neighbour",
    "neighbor",
    "neighbouring",
    "neighboring",
    "member",
    "hometown",
    "birthplace",
    "seat",
    "coastal",
    "coast",
    "remote",
    "small",
    "tiny",
    "holy",
    "ancient",
    "historic",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "of",
    "its",
    "his",
    "her",
    "their",
    "resort",
    "border",
    "frontier",
    "war-torn",
    "oil-rich",
    "gulf",
    "city-state",
    "nearby",
    "neighbouring",
    "fellow",
    "family",
    "ancestral",
    "commercial",
    "financial",
    "economic",
    "metropolis",
    "megacity",
    "hub",
    "latter",
    "former",
    "respectively",
];

/// Words that may stand between places of one list: "Jordan, the occupied West Bank, and Iraq".
const LIST_GLUE: &[&str] = &[
    "and", "the", "occupied", "then", "to", "finally", "also", "as", "well", "later", "followed",
    "by",
];

/// Words that put a clause in the future: what follows is planned, whatever other verbs say.
const FUTURE: &[&str] = &[
    "will",
    // "He’ll then attend …" (the contraction, split off by `words::padded`)
    "ll",
    "would",
    "shall",
    "is to",
    "are to",
    "is due",
    "are due",
    "is set to",
    "are set to",
    "is expected to",
    "are expected to",
    "is expected in",
    "is scheduled",
    "are scheduled",
    // "she is then scheduled to make a stop in Madrid"
    "scheduled to",
    "slated to",
    "plans to",
    "planned to",
    "is planning",
    "next stop will",
    // "said they were so excited to be visiting Belize, Jamaica and the Bahamas in March"
    "to be visiting",
    "to be travelling",
    "to be traveling",
    "to be touring",
    // "King Charles III says he 'looks forward' to Yoon's upcoming visit to Britain"
    "upcoming",
    // "helping him to better prepare for his crucial first summit in Washington"
    "prepare for",
    "prepares for",
    "preparing for",
    "forthcoming",
    "anticipation for",
    "looks forward to",
    "look forward to",
    "looking forward to",
];

/// Movement towards a place not yet reached, in any tense: "rushed to Japan", "left for Tokyo",
/// "heads next to Serbia", "is en route to Dili".
const UNDER_WAY: &[&str] = &[
    "heading to",
    "heading for",
    "heads for",
    "heads to",
    "heads next",
    "next heads",
    "is headed",
    "are headed",
    "onward",
    "en route",
    "bound for",
    "departs for",
    "departed for",
    "left for",
    "leaves for",
    "leave for",
    "rushed to",
    "rushing",
    "set off for",
    "ahead of",
];

/// Verbs in the past: a clause that has one tells what was done ("Before leaving Luanda, he
/// thanked …", "He was due to spend a few hours in Brazzaville before travelling to Kinshasa").
const PAST: &[&str] = &[
    "was", "were", "had", "did", "met", "went", "flew", "left", "took", "made", "spent", "held",
    "told", "said", "came", "saw", "gave", "led", "began", "brought", "won", "got", "drove",
    "spoke", "sat", "stood", "ate",
];

/// Words that deny or cancel a visit in its clause.
const DENIALS: &[&str] = &[
    "not",
    "never",
    "cancelled",
    "canceled",
    "cancel",
    "postponed",
    "postpone",
    "postpones",
    "postponing",
    "scrapped",
    "scraps",
    "delayed",
    "supposed",
    "skipping",
    "skipped",
    "skip",
    "shirking",
    "instead",
    "without",
    "unable",
    "refused",
    "declined",
    "avoid",
    "avoided",
];

/// Words that put a meeting in the past, before this trip: "the last summit at Bali", "his
/// previous visit to Hanoi" (but "the last leg", "the final stop" are this trip's).
const BEFORE_THIS_TRIP: &[&str] = &["last", "previous", "earlier", "former", "past", "prior"];

/// Ordinal words of a stop's place in the trip ("the third stop", "the final leg").
const ORDINALS: &[(&str, i64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("last", i64::MAX),
    ("final", i64::MAX),
];

/// The words `ordinal_near` reads: letters, digits and hyphens.
fn ordinal_words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
}

/// The place in the trip a sentence gives the visit at `at`: "Jordan, the third stop of his
/// tour" → 3, "the last leg" → `i64::MAX`, "the first leg of" → 1.
pub(crate) fn ordinal_near(text: &str, sentence: Span, at: Span) -> Option<i64> {
    let after = text.get(at.end..sentence.end).unwrap_or("");
    let before = text.get(sentence.start..at.start).unwrap_or("");

    // The ordinal, then its noun within three words: "third stop", "second of nine stops".
    let find = |ws: &[String]| {
        (0..ws.len()).find_map(|k| {
            let (_, n) = ORDINALS.iter().find(|(o, _)| *o == ws[k])?;
            ws[k + 1..(k + 4).min(ws.len())]
                .iter()
                .any(|w| {
                    matches!(
                        w.as_str(),
                        "stop" | "stops" | "leg" | "stage" | "destination" | "stopover"
                    )
                })
                .then_some(*n)
        })
    };
    // Right after the place ("Jordan, the third stop"), or in the words just before it.
    // Only those words are read (and lower-cased), not the whole sentence.
    let head: Vec<String> = ordinal_words(after)
        .take(6)
        .map(str::to_lowercase)
        .collect();
    find(&head).or_else(|| {
        let mut tail: Vec<String> = ordinal_words(before)
            .rev()
            .take(4)
            .map(str::to_lowercase)
            .collect();
        tail.reverse();
        find(&tail)
    })
}

/// True when the text between two places holds only list glue (commas, semicolons, colons and
/// the words above, plus `extra`): they stand in one list.
pub(crate) fn list_glue(between: &str, extra: &[&str]) -> bool {
    between
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '-' | '–'))
        .filter(|w| !w.is_empty())
        .all(|w| LIST_GLUE.contains(&w) || extra.contains(&w))
}

/// Small words of English that other languages written in Latin letters do not share ("in",
/// "a", "on" and "per" they do): a text that has none is in another language.
const ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "to", "at", "for", "with", "by", "from", "is", "was", "were", "will",
    "has", "have", "had", "his", "her", "he", "she", "they", "their", "its", "after", "before",
    "an", "that", "this", "which", "who", "be", "been", "would", "said",
];

fn english_words(text: &str) -> impl Iterator<Item = bool> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| ENGLISH_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)))
}

fn has_english_words(sentence: &str) -> bool {
    english_words(sentence).any(|e| e)
}

/// Whether an article is written in English: one word in twenty at least is one of English's
/// small words (a page in Italian, German or Indonesian has almost none; one in English has
/// one in four or five). A text of under forty words is too short to tell, and taken for
/// English ("Minister in Lima … arrived in Lima on Wednesday." has none of them).
fn in_english(text: &str) -> bool {
    let (mut words, mut small) = (0usize, 0usize);
    for e in english_words(text) {
        words += 1;
        small += usize::from(e);
    }
    words < 40 || small * 20 >= words
}

/// The people of one article, seen from the trip.
pub(crate) struct People<'a> {
    /// Mentions of the traveller.
    pub traveller: &'a [EntityMention],
    /// Mentions of everyone else.
    pub others: &'a [EntityMention],
    /// The traveller's surname as written ("Blinken"), to find them in captions and teasers.
    pub surname: &'a str,
    /// The day the article was written, when known: a visit told with another year is another
    /// occasion ("In 2021, he visited ground zero"), and one told in an earlier month ("in
    /// March during his visit to India", in May) too.
    pub published: Option<crate::day::Day>,
    /// The article's dates, as the date reader found them.
    pub dates: &'a [crate::model::DateMention],
    /// The article's quotations.
    pub quotes: &'a [crate::model::Quote],
}

/// Where a place mention is told: the unit of text that says so.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    Story,
    Headline,
    Furniture,
}

pub(crate) fn find(
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    places: &[PlaceMention],
    place_info: &dyn Fn(usize) -> Option<Place>,
    people: &People,
) -> (Vec<Visit>, Vec<usize>) {
    let (traveller, others, surname) = (people.traveller, people.others, people.surname);
    let year = people.published.map(|d| d.year());
    let mut out: Vec<Visit> = Vec::new();
    let mut put_off_at: Vec<usize> = Vec::new();
    // Places the article tells as an earlier trip's ("The Africa trip follows his visits to
    // Moscow and Kiev"): its other mentions of them are that trip's too.
    let mut earlier_trip: Vec<usize> = Vec::new();
    // A headline that names the traveller sets the scene for the opening paragraphs of an
    // article whose text never names them ("Miller Arrives In Singapore … The trip also took her
    // to Indonesia").
    let headline_names = blocks
        .iter()
        .any(|b| b.kind == BlockKind::Headline && names_word(b.span.of(text), surname));
    let named_in_text = traveller.iter().any(|m| {
        blocks
            .get(m.block)
            .is_some_and(|b| b.kind != BlockKind::Headline)
    });
    let opening: Vec<usize> = (0..blocks.len())
        .filter(|&b| blocks[b].kind == BlockKind::Paragraph)
        .take(3)
        .collect();
    // "After landing in Beijing on Thursday, he went straight into a closed-door meeting …",
    // then "… when Blinken is scheduled to hold talks …": a first paragraph told of "he" or
    // "she" is the scene of the traveller the next paragraph names (another person named as
    // the subject is still theirs, as anywhere).
    let pronoun_lead = opening.first().copied().filter(|&first| {
        let lead = crate::words::padded(&blocks[first].span.of(text).to_lowercase());
        let told_of_someone = [" he ", " she "].iter().any(|p| lead.contains(p));
        let next_names_them = opening.get(1).is_some_and(|&next| {
            traveller.iter().any(|m| m.block == next)
                || names_word(blocks[next].span.of(text), surname)
        });
        told_of_someone && next_names_them
    });
    let in_scene = |block: usize| {
        let previous_story = (0..block).rev().find(|&b| blocks[b].kind.is_story());
        traveller
            .iter()
            .any(|m| m.block == block || Some(m.block) == previous_story)
            || (headline_names && !named_in_text && opening.contains(&block))
            || pronoun_lead == Some(block)
    };
    // (Read only when a sentence has no English word: rare in a page in English.)
    let english = std::cell::OnceCell::new();
    for (k, mention) in places.iter().enumerate() {
        let Some(block) = blocks.get(mention.block) else {
            continue;
        };
        let unit = match block.kind {
            BlockKind::Headline => Unit::Headline,
            BlockKind::Furniture(Furniture::Caption | Furniture::RelatedStory) => Unit::Furniture,
            BlockKind::Heading | BlockKind::Paragraph => Unit::Story,
            _ => continue,
        };
        // A headline or caption tells the traveller's visit when it names them, by surname or by
        // their office ("Chinese Foreign Minister arrives in Fiji").
        if unit != Unit::Story
            && !names_word(block.span.of(text), surname)
            && !traveller.iter().any(|m| m.block == mention.block)
        {
            continue;
        }
        let Some(place) = place_info(mention.place) else {
            continue;
        };
        if place.country.is_none() {
            continue; // Middle East, West Asia: regions, not stops
        }
        // "the Red Sea city of Jeddah", "the Black Sea resort of Sochi": a place that names
        // where the next one lies is no visit of its own.
        let after = text.get(mention.span.end..).unwrap_or("");
        // "visited the San Diego-based littoral combat ship USS Tulsa": where a thing is from.
        if [
            "-based",
            "-born",
            "-headquartered",
            "-registered",
            "-flagged",
        ]
        .iter()
        .any(|k| after.starts_with(k))
        {
            continue;
        }
        // "as US-Russia talks open in Saudi Arabia", "the India-Japan summit": two countries
        // joined by a hyphen name what is theirs, no visit to either (not two cities: "landed
        // at Paris-Orly Airport").
        let country =
            |m: &PlaceMention| place_info(m.place).is_some_and(|p| p.kind == PlaceKind::Country);
        let hyphen = |a: &PlaceMention, b: &PlaceMention| {
            country(a)
                && country(b)
                && text
                    .get(a.span.end..b.span.start)
                    .is_some_and(|between| matches!(between, "-" | "–"))
        };
        let paired = places.get(k + 1).is_some_and(|next| hyphen(mention, next))
            || k.checked_sub(1)
                .and_then(|p| places.get(p))
                .is_some_and(|last| hyphen(last, mention));
        if paired {
            continue;
        }
        if OF_A_PLACE.iter().any(|k| after.starts_with(k))
            && places.get(k + 1).is_some_and(|next| {
                next.span.start
                    <= mention.span.end + after.find(" of ").map_or(0, |i| i + " of ".len()) + 4
            })
        {
            continue;
        }
        // "as they arrive at Joint Base Andrews in Maryland": a division right after a place of
        // its country and "in" says where that place lies; it is no visit of its own.
        let locates_the_last = place.kind == PlaceKind::Region
            && place.admin.is_some()
            && k.checked_sub(1)
                .and_then(|p| places.get(p))
                .is_some_and(|last| {
                    text.get(last.span.end..mention.span.start) == Some(" in ")
                        && place_info(last.place).is_some_and(|q| {
                            q.kind == PlaceKind::City && q.country == place.country
                        })
                });
        if locates_the_last {
            continue;
        }
        let visit = |kind: VisitKind, cue: &str, evidence: Span, onward: bool| Visit {
            mention: k,
            evidence,
            cue: cue.to_string(),
            kind,
            onward,
            furniture: unit == Unit::Furniture,
        };
        if block.kind == BlockKind::Heading && block.span.of(text).trim() == mention.span.of(text) {
            // "ANKARA" on a line of its own above the story's first paragraph: where the story
            // was filed (an agency's dateline), no section of the trip. A standfirst may come
            // first, a line with no full stop (Anadolu's "… ahead of summit with Japanese Premier
            // Ishiba Shigeru", then "ISTANBUL"), or a few such lines (its bulleted highlights).
            let above: Vec<&Block> = blocks[..mention.block]
                .iter()
                .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading))
                .collect();
            let standfirst = |b: &Block| {
                b.kind == BlockKind::Paragraph
                    && !b
                        .span
                        .of(text)
                        .trim_end()
                        .ends_with(['.', '!', '?', '"', '”'])
            };
            let filed_at = !mention.span.of(text).chars().any(char::is_lowercase)
                && above.len() <= 3
                && above.iter().all(|b| standfirst(b));
            if filed_at {
                continue;
            }
            out.push(visit(
                VisitKind::Heading,
                "section heading",
                block.span,
                false,
            ));
            continue;
        }
        if unit == Unit::Story && !in_scene(mention.block) {
            continue;
        }
        // "Washington, London, Paris, Brussels, Warsaw: Zelenskyy has already visited …": a
        // list of cities of other countries opening a paragraph is no dateline.
        let a_list_of_cities = || {
            places.get(k + 1).is_some_and(|next| {
                text.get(mention.span.end..next.span.start)
                    .is_some_and(|between| between.trim() == ",")
                    && place_info(next.place).is_some_and(|q| {
                        q.kind == PlaceKind::City
                            && q.country.is_some()
                            && q.country != place.country
                    })
            })
        };
        // "Vanimo: Pope Francis …", "JAKARTA (Reuters) –": where the story was filed.
        if unit == Unit::Story
            && (mention.span.start == block.span.start
                && is_dateline(text, mention.span, block.span)
                && !a_list_of_cities()
                || dated_dateline(text, block.span, mention.span))
            && traveller.iter().any(|m| m.block == mention.block)
        {
            out.push(visit(VisitKind::Dateline, "dateline", block.span, false));
            continue;
        }
        // Headlines and furniture have no sentences of their own: the line is the sentence.
        let sentence = if unit == Unit::Story {
            match sentences
                .iter()
                .find(|s| s.span.start <= mention.span.start && mention.span.end <= s.span.end)
            {
                Some(s) => s.span,
                None => continue,
            }
        } else {
            block.span
        };
        // "Settimana prossima summit in Svizzera": in an article not in English, a sentence
        // with no English word of its own matches an English cue by chance.
        if !has_english_words(sentence.of(text)) && !*english.get_or_init(|| in_english(text)) {
            continue;
        }
        let before = text.get(sentence.start..mention.span.start).unwrap_or("");
        let clause_start = sentence.start + clause_offset(before);
        let Some((cue, kind)) = cue_before(text, clause_start, sentence, mention.span, places, k)
        else {
            continue;
        };
        let clause = text.get(clause_start..mention.span.start).unwrap_or("");
        // "Most recently the two countries held talks in Dushanbe … in June 2019": a sentence
        // that does not name the traveller and sets its event in a month of another year.
        let names_traveller = traveller
            .iter()
            .any(|m| sentence.start <= m.span.start && m.span.end <= sentence.end);
        let rest = text.get(mention.span.end..sentence.end).unwrap_or("");
        let rest_words = crate::words::padded(rest);
        // "At a news conference in Istanbul before starting his tour": before the trip.
        let before_the_trip = BEFORE_SETTING_OUT.iter().any(|p| rest_words.contains(p));
        // The words after the place, to the end of its clause.
        let rest_of_clause = clause_after(rest);
        let padded_clause = crate::words::padded(clause);
        // "The United States called an impromptu meeting with the leaders of Japan, South
        // Korea …": meeting leaders puts the traveller in their countries only when the
        // sentence is about the traveller.
        // Nor when they met at a gathering: "Before summit opened, Biden met individually with
        // the leaders of Iraq, Egypt and the United Arab Emirates".
        let at_a_gathering = || {
            let words = crate::words::padded(sentence.of(text));
            [" summit ", " sidelines ", " conference ", " forum "]
                .iter()
                .any(|w| words.contains(w))
        };
        if cue == "met the leaders of" && (!names_traveller || at_a_gathering()) {
            continue;
        }
        if follows_an_earlier_trip(clause) {
            earlier_trip.push(mention.place);
            continue;
        }
        // The cue's first word: "summit" of "summit … in".
        let cue_head = cue.split([' ', '…']).next().unwrap_or("");
        // "Zelenskyy postpones visit to Saudi Arabia", "A planned visit to the eastern city of
        // Goma was cancelled": no visit, but what the article says of the place, when the
        // traveller is the one who put it off (kept apart, for the stops other pages plan).
        let put_off =
            (puts_off(clause, rest) || called_off_as_told(rest_of_clause)) && !negated(clause);
        if (denied(clause) && !put_off)
            || hypothetical(clause, &padded_clause)
            || before_the_trip
            || another_time(clause, year)
            || (unit == Unit::Story && then_of_another_time(text, sentences, sentence, year))
            || (unit == Unit::Story && on_that_trip(text, sentences, sentence, year))
            // "He was scheduled to visit Tunisia in August last year": the clause after the place.
            || another_time(rest_of_clause, year)
            // "… the visit to China, 10 days ago, and …": a time set off by commas after it (a
            // few words, not a clause: "Bergen, where the army stood last year").
            || rest
                .trim_start()
                .strip_prefix(',')
                .and_then(|tail| tail.split([',', '.', ';']).next())
                .is_some_and(|aside| aside.split_whitespace().count() <= 4 && another_time(aside, year))
            || (!names_traveller && in_a_month_of_another_year(rest, year))
            || dated_another_year_after(text, mention.span, sentence, people.dates, year)
            // "The first India-Nordic summit took place in Stockholm, Sweden, in 2018" (but not
            // a relative clause after: "… travel north to Mosul, where the army had to empty the
            // streets … last year").
            || (!names_traveller && another_time(before_a_relative_clause(rest), year))
            // "… follows Hanoi avoiding a Ukraine Peace Summit in Switzerland last weekend"
            || (!names_traveller && in_a_time_gone_by(rest_of_clause))
            // "A planned visit to the eastern city of Goma was cancelled": after the place.
            || (called_off(rest_of_clause) && !put_off)
            || a_crowd_s(clause, surname)
            // "Modi had visited Russia earlier this year", "Mr Modi's visit to Moscow last month
            // coincided with …": a time gone by, right after the place.
            || long_gone_after(rest_of_clause)
            // "Last month, External Affairs Minister S. Jaishankar had met … in Vientiane": a
            // sentence about someone else that opens on a time gone by.
            || (!names_traveller && long_gone_after(before))
            || owns_a_cause(rest_of_clause)
            || refuelling(&padded_clause)
            // "the families of UK citizens held hostage in Gaza": captives' place, not a visit.
            || [" held hostage ", " held captive ", " taken hostage ", " kept hostage "]
                .iter()
                .any(|w| padded_clause.contains(w))
            // "the release of Israeli captives still held in Gaza"
            || ([" held in ", " held at "].iter().any(|w| padded_clause.ends_with(w))
                && [" captives ", " hostages ", " prisoners ", " detainees "]
                    .iter()
                    .any(|w| padded_clause.contains(w)))
            // "Xi's visit comes almost two weeks after the United States slapped a levy": a time
            // after another event, whose subject the place is.
            || (cue == "after" && a_while_after(&padded_clause))
            || a_topic_listed(&padded_clause)
            || at_a_distance(rest_of_clause)
            || (EVENT_NOUNS.contains(&cue_head)
                && !TRIP_NOUNS.contains(&cue_head)
                && a_later_event(clause, rest, people.published))
            // "Is it in our interest to accelerate when it comes to Taiwan?": a topic.
            || padded_clause.ends_with(" it comes to ")
            // "pressed Xi on the importance of the upcoming COP15 summit in Montréal": a topic.
            || padded_clause.contains(" importance of ")
            // "Since assuming his fifth term in early May, Putin has made trips to China …"
            || looks_back_on_a_career(before)
            || counted_among_earlier_trips(before)
            || in_an_earlier_month(clause, rest_of_clause, people.published)
            || when_of_an_earlier_month(before, people.published)
            || reported_of_another(text, clause_start, mention.span.start, traveller, surname)
            || someone_elses(text, sentence.start, mention.span.start, traveller, surname)
            || invites_another(text, clause_start, mention.span.start, traveller, surname)
            || a_file_photo(sentence.of(text), year)
            // "the Chinese president had agreed to back a peace conference in Switzerland": an
            // event supported is a topic.
            || SUPPORTED.iter().any(|w| padded_clause.contains(w))
            // "Before Scholz's visit, Washington had accused China …": a place that opens a
            // clause of its own and acts.
            || acts_after_a_comma(before, rest)
            || acts_after_as(before, rest)
            || names_a_topic(rest)
            || (cue == "including" && members_of_a_group(before))
            || done_by_no_one_named(text, people.quotes, traveller, cue_head, mention.span.start)
            || ((unit == Unit::Furniture || credited(block.span.of(text)))
                && of_another_day(sentence, people.dates, people.published))
        {
            continue;
        }
        // Another person as the subject of the cue is not the traveller's visit, unless the
        // traveller is whom they welcome or host ("Erdogan welcomes Blinken in Istanbul").
        let verb = cue.split([' ', '…']).find(|w| !w.is_empty()).unwrap_or("");
        let head = text
            .get(sentence.start..mention.span.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        let cue_at = sentence.start + head.rfind(verb).unwrap_or(head.len());
        // The subject: the first person the sentence names before the cue, unless the traveller
        // is named nearer to it ("Miller said that Blinken would visit …").
        let before_cue: Vec<&EntityMention> = traveller
            .iter()
            .chain(others)
            .filter(|m| m.span.start >= sentence.start && m.span.end <= cue_at)
            .collect();
        let nearest = before_cue.iter().max_by_key(|m| m.span.start);
        // "Kishida visited Ukraine …, while Chinese leader President Xi Jinping held talks in
        // Moscow": a clause of contrast has a subject of its own.
        let contrast = head
            .rfind(" while ")
            .or_else(|| head.rfind(" whereas "))
            .map(|i| sentence.start + i);
        let subject = if nearest.is_some_and(|m| traveller.iter().any(|t| t.span == m.span)) {
            nearest.copied()
        } else if let Some(c) = contrast.filter(|&c| nearest.is_some_and(|m| m.span.start > c)) {
            before_cue
                .iter()
                .filter(|m| m.span.start > c)
                .min_by_key(|m| m.span.start)
                .copied()
        } else {
            before_cue.iter().min_by_key(|m| m.span.start).copied()
        };
        // "coincides with the stay of the Chinese President Xi Jinping in Moscow": the visit
        // of someone else, named after the cue.
        // (Right after the cue word: "the stay of the …", not "the summit of the SCO, with …".)
        let of_another = others.iter().any(|m| {
            m.span.start >= cue_at + verb.len()
                && m.span.end <= mention.span.start
                && text
                    .get(cue_at + verb.len()..m.span.start)
                    .is_some_and(|between| {
                        let words = crate::words::padded(between);
                        words.starts_with(" of ") && words.split_whitespace().count() <= 2
                    })
        });
        // "a state of the nation address in Moscow by Russian President Vladimir Putin": an
        // event someone else gives.
        let by_another = rest
            .trim_start()
            .strip_prefix("by ")
            .is_some_and(|after_by| {
                let at = mention.span.end + (rest.len() - after_by.len());
                others.iter().any(|m| {
                    m.span.start >= at && m.span.start <= at + 40 && m.span.end <= sentence.end
                })
            });
        // "During the course of a press conference in Calgary on Sunday, Canada's Minister of
        // Foreign Affairs Anita Anand said …": a phrase set before its clause, no one named
        // before it, belongs to that clause's subject, someone else (in a sentence that names
        // no traveller: "At the Élysée in Paris, Macron welcomed Carney" is the traveller's).
        let opens_a_phrase = head.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "during" | "at" | "in" | "on" | "following" | "after" | "amid"
            )
        }) && !head
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "he" | "she" | "they" | "his" | "her" | "their"));
        let fronted_for_another = opens_a_phrase
            && before_cue.is_empty()
            && !names_traveller
            && rest.find(", ").is_some_and(|comma| {
                let after = mention.span.end + comma + 2;
                let first = traveller
                    .iter()
                    .chain(others)
                    .filter(|m| m.span.start >= after && m.span.end <= sentence.end)
                    .min_by_key(|m| m.span.start);
                comma <= 40
                    && first.is_some_and(|m| {
                        m.span.start <= after + 60 && !traveller.iter().any(|t| t.span == m.span)
                    })
            });
        if of_another || by_another || fronted_for_another {
            continue;
        }
        // "Prime Minister Narendra Modi, US President Joe Biden, Japanese Prime Minister Fumio
        // Kishida and Australia's newly-elected Prime Minister Anthony Albanese met in Tokyo":
        // the traveller is one of the subjects.
        let among_subjects = one_list_of_subjects(text, sentence.start, cue_at)
            && traveller
                .iter()
                .any(|t| t.span.start >= sentence.start && t.span.end <= cue_at);
        let traveller_is_object = traveller
            .iter()
            .any(|m| m.span.start >= cue_at && m.span.end <= mention.span.start)
            || names_word(text.get(cue_at..mention.span.start).unwrap_or(""), surname);
        // "In Tehran, officials said …", "In Tehran on Monday": an opening place is the
        // traveller's when what follows speaks of them (by name, office or pronoun).
        if unit == Unit::Story && cue.ends_with(OPENING) {
            let after = text.get(mention.span.end..sentence.end).unwrap_or("");
            let of_them =
                names_the_traveller(after, mention.span.end, sentence.end, traveller, surname)
                    || says_any(
                        after,
                        &[" he ", " she ", " they ", " his ", " her ", " their "],
                    );
            if !of_them {
                continue;
            }
        }
        // Where the line names the traveller before the place by their office ("Chinese Foreign
        // Minister arrives in Fiji"): the end of that name.
        let named_before = (unit != Unit::Story)
            .then(|| {
                traveller
                    .iter()
                    .filter(|m| m.block == mention.block && m.span.end <= mention.span.start)
                    .map(|m| m.span.end)
                    .max()
            })
            .flatten();
        if unit != Unit::Story {
            // Title-case lines capitalise every word: the traveller must be named before the
            // place ("Blinken Holds Press Conference in Tel Aviv", "Erdogan Welcomes Blinken
            // in Istanbul", not "… Talks With Blinken").
            // "In Niamey, Antonio Guterres salutes …": an opening place, the traveller right after.
            let opening_then_traveller = cue.ends_with(OPENING)
                && names_word(
                    &rest
                        .split_whitespace()
                        .take(4)
                        .collect::<Vec<_>>()
                        .join(" "),
                    surname,
                );
            if !opening_then_traveller
                && named_before.is_none()
                && !names_word(
                    text.get(sentence.start..mention.span.start).unwrap_or(""),
                    surname,
                )
            {
                continue;
            }
        } else if !traveller_is_object
            && !among_subjects
            && (subject.is_some_and(|m| others.iter().any(|o| o.span == m.span))
                || (!is_noun_cue(verb)
                    && (named_other_before_verb(text, sentence.start, cue_at, traveller, places)
                        || companion_before_verb(text, sentence.start, cue_at, traveller)))
                || a_delegation_before_verb(text, sentence.start, cue_at, traveller))
        {
            continue;
        }
        // A place the traveller left for is still ahead ("left Belgrade for Athens").
        // "In Singapore, Motegi is slated to pay a call …": the verb after an opening place (but
        // "While in Hanoi, Blinken will meet …" is said while there).
        let opening_ahead = cue.ends_with(OPENING)
            && !cue.starts_with("while")
            && !cue.starts_with("once")
            && speaks_of_future(&rest_words);
        // "After his visit to South Africa, he will travel to Greece": both lie ahead.
        let looking_back_ahead = (cue.starts_with("after ") || cue.starts_with("following "))
            && text
                .get(sentence.start..mention.span.start)
                .is_some_and(|lead| lead.trim().len() <= cue.len() + 2)
            && speaks_of_future(&rest_words);
        let onward = planned(
            text,
            sentence,
            clause_start,
            mention.span,
            unit,
            surname,
            named_before,
        ) || cue.ends_with(" for")
            || opening_ahead
            || looking_back_ahead;
        if put_off {
            put_off_at.push(k);
        } else {
            out.push(visit(kind, &cue, sentence, onward));
        }
    }
    out.retain(|v| !earlier_trip.contains(&places[v.mention].place));
    put_off_at.retain(|&k| !earlier_trip.contains(&places[k].place));
    // "TAIPEI (TVBS News) — Chinese Premier Li Qiang …, arriving in Wellington, New Zealand":
    // a dateline whose own lead has the traveller arrive in another country only is the
    // newsroom's. So is one whose country the article never names again, when its lead has the
    // traveller at another country's place: "MOSCOW (UrduPoint News / Sputnik - 01st June, 2023) US
    // Secretary of Defense Lloyd Austin said Thursday … on the sidelines of a conference in
    // Singapore".
    let country = |v: &Visit| place_info(places[v.mention].place).and_then(|p| p.country);
    // Nothing else in the dateline's country: not "17th June 2024 – (Canberra) Chinese Premier
    // Li Qiang … urging them to increase their visits to China … between China and Australia".
    let named_once = |d: &Visit| {
        let home = country(d);
        home.is_some()
            && places
                .iter()
                .filter(|m| place_info(m.place).and_then(|p| p.country) == home)
                .count()
                == 1
    };
    // Nor any visit there, made or ahead: "New Delhi: External affairs minister S Jaishankar met
    // US secretary of state Antony Blinken in Tokyo on Sunday … the Quad Leaders Summit, which
    // will be hosted by India this year".
    let no_visit_in_its_country = |d: &Visit| {
        let home = country(d);
        home.is_some() && out.iter().all(|v| std::ptr::eq(v, d) || country(v) != home)
    };
    // "DUBAI: The UAE agreed Sunday … during German Chancellor Olaf Scholz's visit to Abu
    // Dhabi": a city of the dateline's country, far from it.
    let far_in_its_country = |v: &Visit, d: &Visit| {
        let (Some(p), Some(q)) = (
            place_info(places[v.mention].place),
            place_info(places[d.mention].place),
        ) else {
            return false;
        };
        p.kind == PlaceKind::City
            && q.kind == PlaceKind::City
            && p.country.is_some()
            && p.country == q.country
            && crate::geo::km(p.lat, p.lon, q.lat, q.lon) > 50.0
    };
    let a_country = |v: &Visit| {
        place_info(places[v.mention].place).is_some_and(|p| p.kind == PlaceKind::Country)
    };
    let newsrooms: Vec<usize> = out
        .iter()
        .filter(|d| d.kind == VisitKind::Dateline)
        .filter(|d| {
            let lead = |kinds: &[VisitKind]| -> Vec<&Visit> {
                out.iter()
                    .filter(|v| {
                        kinds.contains(&v.kind)
                            && !v.onward
                            && places[v.mention].block == places[d.mention].block
                    })
                    .collect()
            };
            let abroad = |v: &&Visit| country(v) != country(d);
            // (Not "KUWAIT CITY: … arrived in Kuwait …, after talks in Muscat".)
            let arrivals = lead(&[VisitKind::Arrived]);
            let mut there = lead(&[VisitKind::Arrived, VisitKind::Stayed]);
            let nothing_made_in_the_lead = there.is_empty();
            // A lead that names no place ("CANBERRA—Trudeau on Nov 12 told Southeast Asian
            // leaders …") is told where the next paragraph that names one says ("… the summit
            // in Cambodia").
            if there.is_empty() {
                let made = |v: &&Visit| {
                    matches!(v.kind, VisitKind::Arrived | VisitKind::Stayed) && !v.onward
                };
                let next = out
                    .iter()
                    .filter(made)
                    .map(|v| places[v.mention].block)
                    .filter(|&b| b > places[d.mention].block)
                    .min();
                there = out
                    .iter()
                    .filter(made)
                    .filter(|v| Some(places[v.mention].block) == next)
                    .collect();
            }
            // "SEOUL — President Yoon will have a summit with Xi Jinping on the sidelines of the
            // APEC summit in Peru": a lead with nothing made that has the traveller go abroad.
            let going = || {
                let going: Vec<&Visit> = out
                    .iter()
                    .filter(|v| {
                        v.onward
                            && v.kind != VisitKind::Dateline
                            && places[v.mention].block == places[d.mention].block
                    })
                    .collect();
                // ("ISTANBUL: … Zelensky will visit Turkiye on Tuesday for talks … in the capital
                // Ankara": a city of its country far from the dateline, with the country.)
                !going.is_empty()
                    && going
                        .iter()
                        .all(|v| abroad(v) || far_in_its_country(v, d) || a_country(v))
                    && going.iter().any(|v| abroad(v) || far_in_its_country(v, d))
            };
            (!arrivals.is_empty() && arrivals.iter().all(abroad))
                || (nothing_made_in_the_lead && going())
                || (!there.is_empty()
                    && there.iter().all(abroad)
                    && (named_once(d) || no_visit_in_its_country(d)))
                // ("Dubai, Dec 6: Putin began a trip … to Saudi Arabia and the United Arab
                // Emirates … Putin landed in Abu Dhabi": the country's name with its city.)
                || (there.iter().any(|v| far_in_its_country(v, d))
                    && there
                        .iter()
                        .all(|v| abroad(v) || far_in_its_country(v, d) || a_country(v)))
        })
        .map(|d| d.mention)
        .collect();
    out.retain(|v| !(v.kind == VisitKind::Dateline && newsrooms.contains(&v.mention)));
    // "New Delhi [India], August 18 : Prime Minister Narendra Modi will visit …": the dateline
    // of a story that tells only what is planned is where the newsroom is, not a stop.
    let mut told = out
        .iter()
        .filter(|v| v.kind != VisitKind::Dateline)
        .peekable();
    if told.peek().is_some() && told.all(|v| v.onward) {
        out.retain(|v| v.kind != VisitKind::Dateline);
    }
    (out, put_off_at)
}

/// What tells that a place came before the trip began ("before starting his tour"), read in
/// the words after it (padded: lower case, one space between words).
const BEFORE_SETTING_OUT: &[&str] = &[
    " before starting his tour ",
    " before starting her tour ",
    " before starting the tour ",
    " before starting his trip ",
    " before starting her trip ",
    " before starting the trip ",
    " before embarking on ",
    " before setting off on ",
];

/// What makes a place the setting of the next: "the Red Sea city of Jeddah".
const OF_A_PLACE: &[&str] = &[
    " city of ",
    " port of ",
    " port city of ",
    " town of ",
    " resort of ",
    " resort town of ",
    " island of ",
    " village of ",
];

/// How the cue of a place that opens its sentence ends ("In Ankara, Blinken met …").
const OPENING: &str = ", at the opening of the sentence";

/// Whether words (`words::padded`) speak of the future ("will", "is slated to", "heads to").
fn speaks_of_future(padded: &str) -> bool {
    FUTURE
        .iter()
        .chain(UNDER_WAY)
        .any(|o| padded.contains(&format!(" {o} ")))
}

/// Whether the words before `at` in its clause speak of the future ("will", "is due to", "heads
/// next to", "left for"); in a headline, "Blinken to make surprise stop in …" does too.
fn planned(
    text: &str,
    sentence: Span,
    clause_start: usize,
    at: Span,
    unit: Unit,
    surname: &str,
    named_end: Option<usize>,
) -> bool {
    // Whole words only: "his tour" must not read as "is to".
    let padded = crate::words::padded;
    let clause = padded(text.get(clause_start..at.start).unwrap_or(""));
    // "…, having visited Istanbul on Friday": what the future clause looks back on is done.
    if clause.contains(" having ") {
        return false;
    }
    // "Biden on Thursday also defended his decision to visit Saudi Arabia": a decision is a
    // plan, whatever the tense of what is said of it.
    if speaks_of_future(&clause) || clause.contains(" decision to ") {
        return true;
    }
    let has = |list: &[&str]| list.iter().any(|o| clause.contains(&format!(" {o} ")));
    // "in a headline is "to visit", in a past clause it is done; in the present, "to travel to"
    // and "to visit" still lie ahead.
    let past = clause.split(' ').any(|w| {
        PAST.contains(&w)
            || (w.len() > 4 && w.ends_with("ed") && !matches!(w, "need" | "based" | "led"))
    });
    if !past
        && has(&[
            "to travel",
            "to visit",
            "to make",
            "to arrive",
            "due to",
            "due in",
            "expected in",
        ])
    {
        return true;
    }
    if unit == Unit::Headline {
        let line = padded(sentence.of(text));
        let name = padded(surname);
        // After the surname, or after the office that names them ("Chinese Foreign Minister to
        // visit Fiji").
        let after_office = named_end.map(|end| padded(text.get(end..sentence.end).unwrap_or("")));
        let after_name = line
            .find(name.trim_end())
            .map(|i| &line[i + name.trim_end().len()..])
            .or(after_office.as_deref())
            .unwrap_or("");
        // "Trudeau headed to Southeast Asia, Tunisia": a headline's "is headed".
        return [" to ", " headed to ", " headed for "]
            .iter()
            .any(|w| after_name.starts_with(w));
    }
    false
}

/// The words after a place to the end of its clause: to the first comma, semicolon or full
/// stop, but past the comma of a date's year ("in Johannesburg on November 23, 2025") and past
/// the place's country between commas ("in New Delhi, India, in September").
fn clause_after(rest: &str) -> &str {
    let mut from = 0;
    if let Some(qualifier) = rest.strip_prefix(", ") {
        let name = qualifier.split(',').next().unwrap_or("");
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let words = name.split(' ').count();
        if qualifier.len() > name.len() && words <= 3 && name.split(' ').all(capitalised) {
            from = 2 + name.len() + 1;
        }
    }
    // "… in New Delhi, India, in September": a time after the place, set off by a comma.
    if let Some(time) = rest[from..].strip_prefix(", ") {
        let mut words = time.split(|c: char| !c.is_alphanumeric());
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let year = second.len() == 4 && second.bytes().all(|b| b.is_ascii_digit());
        if matches!(first, "in" | "last") && (crate::dates::month(second).is_some() || year) {
            from = rest.len() - time.len();
        }
    }
    while let Some(k) = rest[from..].find([',', ';', '.']).map(|k| from + k) {
        let after = &rest[k + 1..];
        let year = after
            .trim_start()
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && !after
                .trim_start()
                .as_bytes()
                .get(4)
                .is_some_and(u8::is_ascii_digit);
        let day_before = rest[..k]
            .trim_end()
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_digit());
        if !(rest.as_bytes()[k] == b',' && year && day_before) {
            return &rest[..k];
        }
        from = k + 1;
    }
    rest
}

/// The runs of letters and digits of a text: its words and numbers, without punctuation.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A clause about another occasion than this trip: a year of its own ("In 2021, he visited
/// ground zero"), or a meeting put in the past ("the last summit at Bali").
fn another_time(clause: &str, year: Option<i32>) -> bool {
    let words: Vec<String> = words_of(clause).map(str::to_lowercase).collect();
    let dated_elsewhere = words.iter().enumerate().any(|(i, w)| {
        // "1600 GMT" is a time of day, not a year.
        let clock = words.get(i + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "gmt" | "utc" | "hours" | "hrs" | "local" | "cet" | "est"
            )
        });
        let other_year = w.len() == 4
            && !clock
            && w.parse::<i32>().is_ok_and(|y| {
                (1900..=2100).contains(&y) && year.is_some_and(|own| (y - own).abs() >= 1)
            });
        let since = i > 0 && matches!(words[i - 1].as_str(), "since" | "from" | "until");
        other_year && !since
    });
    let earlier_meeting = words.windows(2).any(|pair| {
        BEFORE_THIS_TRIP.contains(&pair[0].as_str())
            && is_meeting(pair[1].as_str())
            && !matches!(pair[1].as_str(), "stop" | "stopover")
    }) || words
        .windows(3)
        .any(|p| p[1] == "last" && p[2] == "year" && !matches!(p[0].as_str(), "since" | "from"))
        || words.first().is_some_and(|w| w == "last") && words.get(1).is_some_and(|w| w == "year")
        || words.windows(2).any(|p| p[0] == "years" && p[1] == "ago")
        // "… as was the case with the visit to China, 10 days ago": weeks or months ago, or ten
        // days or more, is another occasion (a stop of the trip may be "two days ago").
        || words.windows(3).any(|p| {
            p[2] == "ago"
                && (matches!(p[1].as_str(), "weeks" | "months")
                    || (p[1] == "days" && p[0].parse::<u32>().is_ok_and(|n| n >= 10)))
        })
        // "since he first met Xi on the sidelines of the Group of 20 summit in Indonesia a year
        // ago"
        || words
            .windows(3)
            .any(|p| matches!(p[0].as_str(), "a" | "one") && p[1] == "year" && p[2] == "ago")
        // "… to convene a summit with Central Asian nations next year": another occasion.
        || words.windows(2).any(|p| p[0] == "next" && p[1] == "year")
        // "They are expected to visit Canada later in the year": another trip.
        || words.windows(3).any(|p| p[0] == "later" && p[1] == "this" && p[2] == "year")
        || words.windows(4).any(|p| p[0] == "later" && p[1] == "in" && p[2] == "the" && p[3] == "year")
        // "the Ministerial Roundtable, which was recently held in Singapore": an event before.
        || words.windows(2).any(|p| {
            p[0] == "recently" && matches!(p[1].as_str(), "held" | "hosted" | "concluded" | "took")
        })
        // "has visited Israel several times"
        || words.windows(2).any(|p| {
            matches!(p[0].as_str(), "several" | "many" | "numerous" | "multiple") && p[1] == "times"
        });
    dated_elsewhere || earlier_meeting
}

/// "The previous big tour … took place in 2018. Then, the country's top diplomat visited
/// Angola, …": a sentence that opens on the time the sentence before set, when that was another
/// time than this trip's ("… reached an understanding in October 2024. This was followed by a
/// meeting between Modi and Xi in Kazan").
fn then_of_another_time(
    text: &str,
    sentences: &[Sentence],
    sentence: Span,
    year: Option<i32>,
) -> bool {
    const THEN: &[&str] = &[
        "then,",
        "back then,",
        "at the time,",
        "at that time,",
        "that year,",
        "on that trip,",
        "on that tour,",
        "on that occasion,",
        "during that visit,",
        "during that trip,",
        "this was followed by ",
        "that was followed by ",
        "it was followed by ",
    ];
    let opening = text
        .get(sentence.start..sentence.end.min(sentence.start + 24))
        .unwrap_or("")
        .to_ascii_lowercase();
    THEN.iter().any(|t| opening.starts_with(t))
        && another_time_before(text, sentences, sentence, year, 1)
}

/// Whether one of the `n` sentences before `sentence` sets another time than this trip's.
fn another_time_before(
    text: &str,
    sentences: &[Sentence],
    sentence: Span,
    year: Option<i32>,
    n: usize,
) -> bool {
    sentences
        .iter()
        .rev()
        .filter(|s| s.span.end <= sentence.start)
        .take(n)
        .any(|before| another_time(before.span.of(text), year))
}

/// "In his first trip to Africa as Chancellor in May 2022, Scholz said … This was in light of
/// the war. Scholz also visited Niger and South Africa during that trip.": a sentence that
/// tells "that trip", when one of the two before it set another time, tells that trip's places.
fn on_that_trip(text: &str, sentences: &[Sentence], sentence: Span, year: Option<i32>) -> bool {
    const THAT: &[&str] = &[
        " during that trip",
        " on that trip",
        " during that visit",
        " on that visit",
        " during that tour",
        " on that tour",
    ];
    let lower = sentence.of(text).to_ascii_lowercase();
    THAT.iter().any(|t| lower.contains(t))
        && another_time_before(text, sentences, sentence, year, 2)
}

/// "The Africa trip follows his visits to Moscow and Kiev", "… followed his trip to Russia and
/// Ukraine": the trip the story is about comes after another, whose places are not its stops.
/// (A meeting it follows is this trip's: "Blinken's visit to Turkey follows strained meetings
/// with Arab leaders in Iraq".)
fn follows_an_earlier_trip(clause: &str) -> bool {
    const VERBS: &[&str] = &[
        " follows ",
        " followed ",
        " comes after ",
        " came after ",
        " comes on the heels of ",
        " came on the heels of ",
    ];
    const TRIPS: &[&str] = &[
        "visit to ",
        "visits to ",
        "trip to ",
        "trips to ",
        "tour of ",
        "tour to ",
    ];
    // Cheap first: most clauses have none of the verbs.
    if !clause.contains("follow") && !clause.contains("came") && !clause.contains("comes") {
        return false;
    }
    let padded = crate::words::padded(clause);
    // "comes nearly six weeks after his high-profile trip to Moscow": a time between the verb and
    // "after", a word before the trip.
    let spaced = [" comes ", " came "].iter().flat_map(|verb| {
        padded.match_indices(verb).filter_map(|(at, _)| {
            let rest = &padded[at + verb.len() - 1..];
            let after = rest.find(" after ")?;
            (rest[..after].split_whitespace().count() <= 4)
                .then(|| &padded[at + verb.len() - 1 + after + " after ".len()..])
        })
    });
    let plain = VERBS.iter().flat_map(|verb| {
        padded
            .match_indices(verb)
            .map(|(at, _)| &padded[at + verb.len()..])
    });
    plain.chain(spaced).any(|after| {
        let after = ["his ", "her ", "a ", "the "]
            .iter()
            .find_map(|whose| after.strip_prefix(whose))
            .unwrap_or(after);
        // Or one word before the trip: "high-profile trip to".
        let one_word_on = after.split_once(' ').map_or("", |(_, rest)| rest);
        // The place, or one listed after it ("… visits to Moscow and Kiev").
        // Not a clause of this trip's own after it ("The trip follows visits to the other
        // devolved nations, having stopped in Belfast earlier that day"): no verb between.
        TRIPS.iter().any(|trip| {
            [after, one_word_on].iter().any(|a| {
                a.strip_prefix(trip).is_some_and(|list| {
                    let words: Vec<&str> = list.split_whitespace().collect();
                    words.len() <= 8
                        && !words
                            .iter()
                            .any(|w| w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
                })
            })
        })
    })
}

/// "… which Kishida announced in March during his visit to India", in a May article: a month
/// named alone (no day), before the article's, in the visit's clause, is another occasion; so
/// is "this spring" or "this summer" once it is over. Not when the clause also gives a day ("in
/// April … on May 1").
fn in_an_earlier_month(clause: &str, after: &str, published: Option<crate::day::Day>) -> bool {
    let Some(own) = published else {
        return false;
    };
    let words: Vec<&str> = words_of(clause).chain(words_of(after)).collect();
    let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    if words.iter().any(|w| day(w)) {
        return false;
    }
    // "… a summit in Italy this spring", in a November article: a season over before it.
    let season_over = |w: &str| {
        match w {
            "spring" => Some(5),
            "summer" => Some(8),
            _ => None,
        }
        .is_some_and(|last_month| last_month < own.month())
    };
    // "… after the visit to the United States in December", in a February article: a later
    // month, told as done, is last year's.
    // (Read only when a later month is named: this runs for many visits.)
    let ahead = || {
        words.iter().any(|w| {
            matches!(
                *w,
                "will" | "would" | "plans" | "planned" | "expected" | "due" | "scheduled" | "next"
            )
        }) || speaks_of_future(&crate::words::padded(clause))
    };
    words.windows(2).any(|p| {
        (matches!(p[0], "in" | "during")
            && p[1].chars().next().is_some_and(char::is_uppercase)
            && crate::dates::month(p[1])
                .is_some_and(|m| m < own.month() || (m > own.month() && !ahead())))
            || (p[0] == "this" && season_over(p[1]))
    })
}

/// "… in six months since December, when Yoon paid a state visit to the Netherlands", in a June
/// article: a clause of "when" right after a month named alone takes that month, another
/// occasion when it is not the article's own (a later month, told as done, is last year's).
/// "Last October when Modi met with Chinese President Xi Jinping … at a summit in Russia": a
/// month told as last is always another occasion, with a comma or without.
fn when_of_an_earlier_month(before: &str, published: Option<crate::day::Day>) -> bool {
    if let Some((head, _)) = before.rsplit_once(" when ") {
        if let [.., last, month] = words_of(head).collect::<Vec<&str>>().as_slice() {
            if last.eq_ignore_ascii_case("last")
                && month.starts_with(char::is_uppercase)
                && crate::dates::month(month).is_some()
            {
                return true;
            }
        }
    }
    let Some(own) = published else {
        return false;
    };
    let Some((head, clause)) = before.rsplit_once(", when ") else {
        return false;
    };
    if [" will ", " would "]
        .iter()
        .any(|w| crate::words::padded(clause).contains(w))
    {
        return false;
    }
    let words: Vec<&str> = words_of(head).collect();
    match words.as_slice() {
        [.., "in" | "since" | "during", month] => crate::dates::month(month)
            .is_some_and(|m| month.starts_with(char::is_uppercase) && m != own.month()),
        _ => false,
    }
}

/// "… last weekend", "last month", "last year": a time before this trip, for a sentence that
/// does not name the traveller.
fn in_a_time_gone_by(rest_of_clause: &str) -> bool {
    says_any(
        rest_of_clause,
        &[
            " last weekend ",
            " last month ",
            " last spring ",
            " last summer ",
            " last autumn ",
            " last fall ",
            " last winter ",
            " last year ",
            " earlier this month ",
            " earlier this year ",
        ],
    )
}

/// "… Moscow last month coincided": a time of another trip right after the place (not "last
/// weekend", which may be this trip's).
fn long_gone_after(rest_of_clause: &str) -> bool {
    // Cheap first: most clauses go on otherwise.
    let start = rest_of_clause.trim_start();
    let opens = |w: &str| {
        start
            .get(..w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    };
    if !(opens("last ") || opens("earlier ")) {
        return false;
    }
    let lead = crate::words::padded(start);
    [" last month ", " last year ", " earlier this year "]
        .iter()
        .any(|t| lead.starts_with(t))
}

/// `rest` up to a relative clause or a semicolon: what is told of the place itself.
fn before_a_relative_clause(rest: &str) -> &str {
    let cut = [" where ", " which ", " who ", " when ", ";"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()
        .unwrap_or(rest.len());
    &rest[..cut]
}

/// Whether `text`, padded (lower case, one space between words), holds one of `phrases`.
fn says_any(text: &str, phrases: &[&str]) -> bool {
    let padded = crate::words::padded(text);
    phrases.iter().any(|p| padded.contains(p))
}

/// The words before a cue are one list of people, the traveller among them: names and their
/// titles (capitalised), commas, "and" and a few small words ("Australia's newly-elected Prime
/// Minister"); no verb, no "who".
fn one_list_of_subjects(text: &str, sentence_start: usize, cue_at: usize) -> bool {
    let Some(head) = text.get(sentence_start..cue_at) else {
        return false;
    };
    let small = ["and", "of", "the", "s", "his", "her", "their"];
    (head.contains(',') || head.contains(" and "))
        && head
            .split(|c: char| c.is_whitespace() || c == ',' || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || small.contains(&w)
                    || (w.contains('-') && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            })
}

/// "… the progress made in Sweden's bid to join Nato": a place that owns a cause or a quarrel
/// is what is talked about, not where. (Not "in Egypt's capital", "in Kenya's coastal city".)
fn owns_a_cause(rest_of_clause: &str) -> bool {
    let Some(after) = ["'s ", "’s "]
        .iter()
        .find_map(|s| rest_of_clause.strip_prefix(s))
    else {
        return false;
    };
    let noun = after
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    [
        "bid",
        "membership",
        "accession",
        "application",
        "candidacy",
        "war",
        "invasion",
        "offensive",
        "sovereignty",
        "economy",
        "nuclear",
        "security",
        "interests",
        "stance",
        "position",
        "policy",
        "concerns",
        "future",
    ]
    .contains(&noun.to_lowercase().as_str())
}

/// A clause that ends in a span of time and "after" ("two weeks after (the)", "shortly after").
fn a_while_after(padded_clause: &str) -> bool {
    let lead = padded_clause.trim_end();
    let lead = lead.strip_suffix(" the").unwrap_or(lead);
    let Some(lead) = lead.strip_suffix(" after") else {
        return false;
    };
    let last = lead.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "hours"
            | "minutes"
            | "moments"
            | "shortly"
            | "soon"
            | "immediately"
            | "just"
    )
}

/// A stop on the way for fuel is no visit: "Air Force One touched down at Osan Air Base …
/// after a refueling stop in Anchorage", "a technical stop in Lisbon", "refuelled in Shannon".
/// `padded`: the clause before the place, padded (`words::padded`).
fn refuelling(padded: &str) -> bool {
    let last: Vec<&str> = padded.split_whitespace().rev().take(4).collect();
    last.iter().any(|w| w.starts_with("refuel"))
        || padded.ends_with(" technical stop in ")
        || padded.ends_with(" technical stop at ")
        || padded.ends_with(" technical stopover in ")
        || padded.ends_with(" fuel stop in ")
}

/// A visit called off after the place is named: "A planned visit to the eastern city of Goma
/// was cancelled", "the stop in Goma has been called off". (Not "not" or "without" there: "a
/// visit to Goma without his aides" is made.)
fn called_off(rest_of_clause: &str) -> bool {
    says_any(
        rest_of_clause,
        &[
            " cancelled ",
            " canceled ",
            " called off ",
            " scrapped ",
            " postponed ",
            " shelved ",
            " axed ",
        ],
    )
}

/// "he was postponing his planned visit to Saudi Arabia", "has scrapped a trip to …": words
/// right before the place (its last few, no comma between) that put the visit off; or, after
/// it, "… intended to visit Saudi Arabia … but delayed the trip".
fn puts_off(clause: &str, rest: &str) -> bool {
    let tail = clause.rsplit([',', ';']).next().unwrap_or(clause);
    let last: Vec<&str> = tail.split_whitespace().rev().take(7).collect();
    let near = last.into_iter().rev().collect::<Vec<_>>().join(" ");
    let words = crate::words::padded(&near.to_lowercase());
    let later = crate::words::padded(&rest.to_lowercase());
    PUT_OFF.iter().any(|w| words.contains(w))
        || later.split(" but ").skip(1).any(|after| {
            let turn: Vec<&str> = after.split_whitespace().take(4).collect();
            let turn = crate::words::padded(&turn.join(" "));
            PUT_OFF
                .iter()
                .chain(&[" delayed "])
                .any(|w| turn.contains(w))
                && [" trip ", " visit ", " tour ", " it "]
                    .iter()
                    .any(|w| turn.contains(w))
        })
}

/// What puts a visit off, read in lower-case padded words.
const PUT_OFF: &[&str] = &[
    " postpone ",
    " postpones ",
    " postponed ",
    " postponing ",
    " cancel ",
    " cancels ",
    " cancelled ",
    " canceled ",
    " cancelling ",
    " canceling ",
    " called off ",
    " calls off ",
    " call off ",
    " calling off ",
    " scrapped ",
    " scraps ",
    " scrapping ",
    " shelved ",
    " put off ",
    " puts off ",
    " putting off ",
];

/// "did not postpone", "never cancelled": a denial of the putting off.
fn negated(clause: &str) -> bool {
    clause
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| w == "not" || w == "never" || w.ends_with("n't") || w.ends_with("n’t"))
}

/// "A planned visit to the eastern city of Goma was cancelled": the visit itself put off, told
/// after the place (not "… comes five days after his administration canceled oil leases").
fn called_off_as_told(rest_of_clause: &str) -> bool {
    let words = crate::words::padded(&rest_of_clause.to_lowercase());
    [
        " was ",
        " were ",
        " has been ",
        " had been ",
        " have been ",
        " is ",
        " is being ",
    ]
    .iter()
    .any(|be| {
        words.match_indices(be).any(|(at, _)| {
            let next = &words[at + be.len() - 1..];
            PUT_OFF.iter().any(|w| next.starts_with(w))
        })
    })
}

/// "will also visit the Federated States of Micronesia via video": a visit over a screen is no
/// stop (the first words after the place say so).
fn at_a_distance(rest_of_clause: &str) -> bool {
    const REMOTE: &[&str] = &[
        " via video ",
        " by video ",
        " video link ",
        " videoconference ",
        " video conference ",
        " video call ",
        " virtually ",
    ];
    let after = crate::words::padded(rest_of_clause);
    let first: Vec<&str> = after.split_whitespace().take(4).collect();
    let first = format!(" {} ", first.join(" "));
    REMOTE.iter().any(|r| first.contains(r))
}

/// The event nouns that are the trip itself, whenever its stops are: not events of their own.
const TRIP_NOUNS: &[&str] = &["visit", "visits", "trip", "tour", "stop", "stopover"];

/// "preparing the next G-7 summit scheduled in May in Hiroshima", "In preparation for the Group
/// of Seven summit in Hiroshima, western Japan, in May", in a January article: an event months
/// ahead (a month named alone, two to six after the article's) or "the next" one is another
/// occasion than this trip.
fn a_later_event(clause: &str, rest: &str, published: Option<crate::day::Day>) -> bool {
    fn split(t: &str) -> Vec<&str> {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect()
    }
    let in_clause = split(clause);
    // "the next G-7 summit": "next" among the last few words before the place.
    let next = in_clause
        .iter()
        .rev()
        .take(5)
        .any(|w| w.eq_ignore_ascii_case("next"));
    // "… on Sunday and Monday, days before a massive military parade in nearby Beijing": an
    // event that times the trip, told in days or weeks from it.
    let timed_by = in_clause.windows(2).rev().take(8).any(|p| {
        matches!(p[0], "days" | "weeks" | "months" | "hours") && matches!(p[1], "before" | "after")
    });
    if timed_by {
        return true;
    }
    let Some(own) = published else {
        return next;
    };
    let words: Vec<&str> = in_clause
        .into_iter()
        .chain(split(rest.split(['.', ';']).next().unwrap_or("")))
        .collect();
    let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let months_ahead = words.windows(2).any(|p| {
        matches!(p[0], "in" | "for")
            && crate::dates::month(p[1])
                .is_some_and(|m| (2..=6).contains(&((m + 12 - own.month()) % 12)))
    });
    next || (months_ahead && !words.iter().any(|w| day(w)))
}

/// "the 17th BRICS summit, comprised of 11 nations, including Brazil, China, Russia": the
/// members of a group, listed after the words that make it up, are no stops.
fn members_of_a_group(before: &str) -> bool {
    let Some(at) = before.rfind(" including ") else {
        return false;
    };
    let words = crate::words::padded(&before[..at]);
    let last: Vec<&str> = words.split_whitespace().rev().take(6).collect();
    let said = |w: &str| last.contains(&w);
    (said("of") && (said("comprised") || said("composed") || said("consisting") || said("made")))
        || said("members")
        || said("member")
}

/// "met Gulf leaders involved in the Gaza ceasefire talks": a place that qualifies a topic
/// noun right after it ("the Ukraine war") is what the topic is of, not where anything was.
fn names_a_topic(rest: &str) -> bool {
    rest.split_whitespace()
        .next()
        .is_some_and(|w| TOPICS.contains(&w) && w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// "“… they are violating a whole series of things, traveling to Iran, helping countries
/// that …,” he said": a doing (a cue in "-ing") inside a quotation that names neither the
/// speaker ("I", "we") nor the traveller before it is something done, not a visit made.
fn done_by_no_one_named(
    text: &str,
    quotes: &[crate::model::Quote],
    traveller: &[EntityMention],
    cue_head: &str,
    at: usize,
) -> bool {
    if !cue_head.ends_with("ing") {
        return false;
    }
    let Some(quote) = quotes
        .iter()
        .find(|q| q.span.start <= at && at < q.span.end)
    else {
        return false;
    };
    let before = text.get(quote.span.start..at).unwrap_or("");
    // ("US" is no "us".)
    let first_person = words_of(before).any(|w| {
        matches!(
            w,
            "I" | "we" | "We" | "me" | "us" | "my" | "My" | "our" | "Our"
        )
    });
    let traveller_named = traveller
        .iter()
        .any(|m| quote.span.start <= m.span.start && m.span.end <= at);
    !first_person && !traveller_named
}

/// "held talks with Macron on key issues including North Korea", "topics, such as regional and
/// international affairs, including Ukraine": places listed as what is talked about. The words
/// (`words::padded`) after the topic's list word must be names and "and" / "or" only.
fn a_topic_listed(padded_clause: &str) -> bool {
    const NOUNS: &[&str] = &[
        "issues",
        "topics",
        "affairs",
        "matters",
        "subjects",
        "questions",
        "concerns",
        "challenges",
        "crises",
        "areas",
        "hotspots",
    ];
    let words: Vec<&str> = padded_clause.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let (list_word, after) = match *w {
            "including" | "notably" | "especially" | "particularly" | "like" => (i, i + 1),
            "such" if words.get(i + 1) == Some(&"as") => (i, i + 2),
            _ => return false,
        };
        list_word > 0
            && NOUNS.contains(&words[list_word - 1])
            && words.len() - after <= 6
            && words[after..]
                .iter()
                .all(|x| matches!(*x, "and" | "or" | "the") || !is_cue_word(x))
    })
}

/// "Since assuming his fifth term as president in early May, Putin has made trips to China,
/// Belarus and Uzbekistan": a sentence that opens with "Since …" and tells what has been done
/// since looks back on other trips. ("Since arriving in Amman, Blinken has met …" is this
/// trip's: the arrival is in the "since" phrase, not after it.)
fn looks_back_on_a_career(before: &str) -> bool {
    let opening = before.trim_start();
    if !(opening.starts_with("Since ") || opening.starts_with("since ")) {
        return false;
    }
    let padded = crate::words::padded(before);
    [" has ", " have ", " had "]
        .iter()
        .any(|w| padded.contains(w))
        && !padded.starts_with(" since arriving ")
        && !padded.starts_with(" since landing ")
}

/// "It is only the third trip the Russian leader has taken outside the former Soviet Union since
/// he invaded Ukraine, following visits to Iran and China": visits after a count of the
/// traveller's trips are the earlier ones counted.
fn counted_among_earlier_trips(before: &str) -> bool {
    let words: Vec<String> = words_of(before).map(str::to_lowercase).collect();
    let Some(counted) = words.iter().position(|w| {
        ORDINALS
            .iter()
            .any(|&(o, n)| o == w.as_str() && (2..=7).contains(&n))
    }) else {
        return false;
    };
    let trip = |w: &String| matches!(w.as_str(), "trip" | "visit" | "tour" | "journey");
    // "… following visits to Iran and": the list the place stands in.
    let following = words
        .iter()
        .rposition(|w| matches!(w.as_str(), "following" | "after"))
        .filter(|&f| f > counted && words.len() - f <= 10);
    words[counted + 1..].iter().take(3).any(trip)
        && following.is_some_and(|f| {
            words
                .get(f + 1)
                .is_some_and(|w| matches!(w.as_str(), "visits" | "trips"))
        })
}

/// "Kishida reacts as he leaves the 10 Downing Street, in London, on May 5, 2022", in a 2023
/// story: a whole date of another year written right after the place (a few words on, in its
/// sentence) dates that visit to another occasion.
fn dated_another_year_after(
    text: &str,
    place: Span,
    sentence: Span,
    dates: &[crate::model::DateMention],
    year: Option<i32>,
) -> bool {
    let Some(own) = year else {
        return false;
    };
    dates
        .iter()
        .find(|d| d.span.start >= place.end && d.span.end <= sentence.end)
        .is_some_and(|d| {
            let close = text
                .get(place.end..d.span.start)
                .is_some_and(|between| between.len() <= 24);
            close
                && matches!(d.expression, crate::model::DateExpression::Absolute { year: Some(y), .. } if y != own)
        })
}

/// "… in June 2019", "on 12 June 2019": a time of another year than the article's.
fn in_a_month_of_another_year(rest: &str, year: Option<i32>) -> bool {
    let Some(own) = year else {
        return false;
    };
    let words: Vec<&str> = words_of(rest).collect();
    let month = |w: &str| crate::dates::month(w).is_some();
    let other_year = |w: &str| {
        w.parse::<i32>()
            .is_ok_and(|y| (1900..=2100).contains(&y) && y != own)
    };
    let day = |w: &str| w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    words.iter().enumerate().any(|(i, w)| {
        let at = |k: usize| words.get(i + k).copied().unwrap_or("");
        matches!(w.to_lowercase().as_str(), "in" | "on" | "during")
            && ((month(at(1)) && other_year(at(2)))
                || (day(at(1)) && month(at(2)) && other_year(at(3))))
    })
}

/// "Tehran announced that Saudi Arabia and Iran will convene a conference in Riyadh": a
/// reported clause whose subject is someone (or somewhere) else than the traveller.
fn reported_of_another(
    text: &str,
    clause_start: usize,
    at: usize,
    traveller: &[EntityMention],
    surname: &str,
) -> bool {
    let clause = text.get(clause_start..at).unwrap_or("");
    let Some(that) = clause.rfind(" that ") else {
        return false;
    };
    let after = &clause[that + " that ".len()..];
    let first = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    let pronoun = matches!(
        first.to_lowercase().as_str(),
        "he" | "she" | "they" | "it" | "the"
    );
    let names_traveller = names_the_traveller(after, clause_start + that, at, traveller, surname);
    first.chars().next().is_some_and(char::is_uppercase) && !pronoun && !names_traveller
}

/// "… shakes hands with Chinese President Xi Jinping at a summit in Bali, Indonesia, in this
/// file photo from November 2022": the caption of a picture from another year is of another
/// occasion (not "File photo of … in the Oval Office … on Nov. 13", this trip's, in a wrap-up).
fn a_file_photo(sentence: &str, year: Option<i32>) -> bool {
    let lower = sentence.to_ascii_lowercase();
    [
        "file photo",
        "file picture",
        "file image",
        "archive photo",
        "archive picture",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && another_time(sentence, year)
}

/// What makes an event a cause supported, not attended ("agreed to back a peace conference in").
const SUPPORTED: &[&str] = &[
    " back a ",
    " back the ",
    " backing a ",
    " backing the ",
    " support a ",
    " support the ",
    " supporting a ",
    " supporting the ",
];

/// "Before Scholz's visit, Washington had accused China": a place right after a comma that a
/// verb follows ("had", "has", a past in -ed) is the subject of its own clause, no visit.
fn acts_after_a_comma(before: &str, rest: &str) -> bool {
    let Some(verb) = rest.split_whitespace().next() else {
        return false;
    };
    before.trim_end().ends_with(',')
        && (matches!(verb, "had" | "has" | "have")
            || (verb.len() > 4
                && verb.ends_with("ed")
                && verb.chars().all(|c| c.is_ascii_lowercase())))
}

/// "Taiwan's Lai visits Palau as China fumes over Pacific tour": a place right after "as" that
/// a verb follows is the subject of a clause of its own, no visit (not "as well as China").
fn acts_after_as(before: &str, rest: &str) -> bool {
    let Some(verb) = rest.split_whitespace().next() else {
        return false;
    };
    let before = crate::words::padded(&before.to_lowercase());
    before.ends_with(" as ")
        && ![
            " well as ",
            " far as ",
            " such as ",
            " known as ",
            " same as ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
        && (matches!(verb, "had" | "has" | "have")
            || (verb.len() > 3
                && verb.chars().all(|c| c.is_ascii_lowercase())
                && (verb.ends_with("ed") || verb.ends_with('s'))))
}

/// A line that ends on a photo's credit in brackets: "… Thursday, May 4, 2023. (Yves
/// Herman/Pool via AP)" is a caption, even where the page gives it as a paragraph.
fn credited(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(')')
        && line.rfind('(').is_some_and(|open| {
            let credit = &line[open..];
            words_of(credit).any(|w| {
                matches!(
                    w,
                    "AP" | "AFP" | "Reuters" | "REUTERS" | "Getty" | "Pool" | "Photo" | "Xinhua"
                )
            })
        })
}

/// "Zelenskyy is seen in a car during a visit at a military air base in Soesterberg,
/// Netherlands, Thursday, May 4, 2023", the caption of a story of 13 May: a photo's date (one
/// written out, as the date reader found it) more than three days before the page's is another
/// occasion.
fn of_another_day(
    caption: Span,
    dates: &[crate::model::DateMention],
    published: Option<crate::day::Day>,
) -> bool {
    let Some(own) = published else {
        return false;
    };
    dates.iter().any(|d| {
        caption.start <= d.span.start
            && d.span.end <= caption.end
            && matches!(d.expression, crate::model::DateExpression::Absolute { .. })
            && d.resolved
                .is_some_and(|shot| own.ordinal() - shot.end.ordinal() > 3)
    })
}

/// "Modi invited Singapore's semiconductor companies to participate in the exhibition … held
/// in Greater Noida": the ones invited go there, not the one inviting (not "invited Blinken
/// to", "invited him to", nor "was invited to").
fn invites_another(
    text: &str,
    clause_start: usize,
    at: usize,
    traveller: &[EntityMention],
    surname: &str,
) -> bool {
    let clause = text.get(clause_start..at).unwrap_or("");
    let lower = clause.to_ascii_lowercase();
    let Some(invite) = [" invited ", " invites ", " inviting "]
        .iter()
        .filter_map(|w| lower.find(w).map(|i| i + w.len()))
        .min()
    else {
        return false;
    };
    let Some(to) = lower[invite..].find(" to ").map(|i| invite + i) else {
        return false;
    };
    let invited = clause[invite..to].trim();
    // "invited him to": a pronoun may be the traveller.
    !matches!(invited, "" | "him" | "her" | "them")
        && !names_the_traveller(
            invited,
            clause_start + invite,
            clause_start + to,
            traveller,
            surname,
        )
}

/// Whether `words` (the text from byte `start` to `end`) name the traveller: the surname, or one
/// of their mentions (an office, "the pope") starting there.
fn names_the_traveller(
    words: &str,
    start: usize,
    end: usize,
    traveller: &[EntityMention],
    surname: &str,
) -> bool {
    names_word(words, surname)
        || traveller
            .iter()
            .any(|m| m.span.start >= start && m.span.start < end)
}

/// "Some people traveled from neighboring Poland … to hear the French president speak": a
/// clause whose subject is a crowd tells the crowd's journey, not the traveller's (not "Crowds
/// cheered as the president arrived in …": the traveller named before the place).
fn a_crowd_s(clause: &str, surname: &str) -> bool {
    const CROWDS: &[&str] = &[
        "people",
        "crowds",
        "fans",
        "supporters",
        "residents",
        "visitors",
        "pilgrims",
        "protesters",
        "spectators",
        "onlookers",
        "thousands",
        "hundreds",
    ];
    let words: Vec<String> = words_of(clause).take(3).map(str::to_lowercase).collect();
    let traveller_before = || {
        let lower = clause.to_lowercase();
        (!surname.is_empty() && clause.contains(surname))
            || words_of(&lower).any(crate::lexicon::is_title_word)
    };
    words.iter().any(|w| CROWDS.contains(&w.as_str())) && !traveller_before()
}

/// "David Keating, a 41-year-old plumber who came from Britain": a relative clause of someone
/// the words before "who" show is not the traveller (not "Francis, who flew from Rome").
fn someone_elses(
    text: &str,
    sentence_start: usize,
    at: usize,
    traveller: &[EntityMention],
    surname: &str,
) -> bool {
    let before = text.get(sentence_start..at).unwrap_or("");
    let Some(who) = before.rfind(" who ") else {
        return false;
    };
    // No other verb between "who" and the place: "… who came from", "who flew in from".
    let after_who = &before[who + " who ".len()..];
    // Or further on, where the clause goes on to the other's tour: "Wang Yi who visited Ivory
    // Coast, the last stop of an African tour which took him to Egypt, Tunisia and Togo".
    let took_them = || {
        let words = crate::words::padded(after_who);
        [" took him ", " took her ", " taking him ", " taking her "]
            .iter()
            .any(|w| words.contains(w))
            && !names_the_traveller(after_who, sentence_start + who, at, traveller, surname)
    };
    // A report set inside: "who Russian state media report is in Moscow".
    let words: Vec<&str> = words_of(after_who).collect();
    let reported = words
        .iter()
        .rposition(|w| {
            matches!(
                *w,
                "report" | "reports" | "reported" | "say" | "says" | "said"
            )
        })
        .map_or(after_who.split_whitespace().count(), |r| {
            words.len() - r - 1
        });
    if reported > 4 && !took_them() {
        return false;
    }
    // The antecedent: the words after the last comma or quotation mark ("David Keating, a
    // 41-year-old plumber"), or before it when "who" follows it ("Francis, who").
    let head = before[..who].trim_end_matches([',', ' ']);
    let cut = |s: &str| {
        s.rfind([',', '“', '”', '"', '(', ';'])
            .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8))
    };
    let from = if before[..who].trim_end().ends_with(',') {
        cut(head)
    } else {
        cut(&before[..who])
    };
    // Only the name right before "who": "… comes in the wake of that of Chinese Foreign
    // Minister Wang Yi who …", not the sentence's start, which names the traveller. (Not
    // "… thanked everyone who welcomed them in Nairobi": no name.)
    let named = before[..who]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let from = [" of ", " by ", " with ", " than ", " and "]
        .iter()
        .filter_map(|w| before[from..who].rfind(w).map(|i| from + i + w.len()))
        .max()
        .filter(|_| named)
        .unwrap_or(from);
    let antecedent = &before[from..who];
    let names_traveller = names_the_traveller(
        antecedent,
        sentence_start + from,
        sentence_start + who,
        traveller,
        surname,
    );
    !antecedent.trim().is_empty() && !names_traveller
}

/// A denial or cancellation in the clause: "did not visit", "cancelled his trip to", "skipping".
/// A clause that tells a visit only as a possibility: "he might head to Istanbul", "had hinted
/// that he could stop in Istanbul", "hinted at possibly flying to Turkey". Not a plan: a stop
/// may come of it, but the articles do not say one will. ("may" in lower case only: "in May".)
/// (`words`: the clause padded, as `crate::words::padded` gives it.)
fn hypothetical(clause: &str, words: &str) -> bool {
    // "Trump had invited Prime Minister Narendra Modi to visit the US": asked, not yet agreed
    // (the place right after "to visit"; not "… following the summit in Calgary").
    let invited = || {
        (words.ends_with(" to visit ") || words.ends_with(" to visit the "))
            && [" invited ", " invites ", " inviting ", " invitation "]
                .iter()
                .any(|w| words.contains(w))
            && ![" accepted ", " accepts ", " accepting "]
                .iter()
                .any(|w| words.contains(w))
    };
    // "he was ready for a stopover in Iran", "I had an idea of landing in Tehran", "would
    // certainly have been welcomed in Tehran": a visit thought of, not made.
    let thought_of = || {
        [
            " was ready for ",
            " were ready for ",
            " an idea of ",
            " would have ",
            " would certainly have ",
            " thought of ",
        ]
        .iter()
        .any(|w| words.contains(w))
    };
    invited()
        || thought_of()
        || clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(w, "might" | "could" | "may" | "whether")
                || [
                    "possibly",
                    "perhaps",
                    "hinted",
                    "floated",
                    "mulling",
                    "considering",
                ]
                .iter()
                .any(|h| w.eq_ignore_ascii_case(h))
        })
}

fn denied(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| DENIALS.contains(&w) || w.ends_with("n't") || w.ends_with("n’t"))
        // "That leaves no time for Trudeau to attend … COP27, in Egypt", "has no plans to visit".
        || {
            let words = crate::words::padded(&lower);
            // "he had turned down an invitation … for a dinner meeting in Washington"
            [
                " no time ",
                " no plans ",
                " no plan ",
                " turned down ",
                " turn down ",
                " turns down ",
                " turning down ",
            ]
                .iter()
                .any(|p| words.contains(p))
        }
}

/// A wire dateline: the place opens the paragraph and capitalised words, digits and bracketed
/// agencies lead to a colon, a dash or a closing bracket ("Vanimo:", "KNOCK, Ireland (OSV News)
/// —", "Tel Aviv [Israel], January 9 :", "Singapore, Sep 11 (PTI)").
fn is_dateline(text: &str, place: Span, block: Span) -> bool {
    let rest = text.get(place.end..block.end).unwrap_or("");
    let mut depth = 0i32;
    for (i, c) in rest.char_indices() {
        if i > 80 {
            return false;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth == 0 && c == ')' {
                    return true;
                }
            }
            ':' | '—' | '–' if depth == 0 => return true,
            '-' if depth == 0 && rest[i..].starts_with("- ") && i > 0 => return true,
            c if depth == 0 && c.is_lowercase() => {
                // A lower-case word outside brackets ends the dateline, unless it is a month's
                // abbreviation ("Sep 11") or the ordinal of a day ("10th").
                let word_start = rest[..i]
                    .char_indices()
                    .rfind(|(_, ch)| !ch.is_alphanumeric())
                    .map_or(0, |(p, ch)| p + ch.len_utf8());
                let first = rest[word_start..].chars().next().unwrap_or(' ');
                if !(first.is_uppercase() || first.is_ascii_digit()) {
                    return false;
                }
            }
            _ => {}
        }
    }
    false
}

/// A dateline after the day: "17th June 2024 – (Canberra) Chinese Premier Li Qiang …": a date
/// opens the paragraph, then a dash and the place in brackets.
fn dated_dateline(text: &str, block: Span, place: Span) -> bool {
    let before = text.get(block.start..place.start).unwrap_or("");
    let after = text.get(place.end..block.end).unwrap_or("");
    let Some(head) = before
        .strip_suffix('(')
        .map(str::trim_end)
        .and_then(|h| h.strip_suffix(['–', '—', '-']))
    else {
        return false;
    };
    let head = head.trim();
    after.starts_with(')')
        && (2..=5).contains(&head.split_whitespace().count())
        && head.chars().next().is_some_and(|c| c.is_ascii_digit())
        && head
            .split_whitespace()
            .any(|w| crate::dates::month(w).is_some())
}

/// Where the last clause of `before` starts: after its last semicolon or em dash.
fn clause_offset(before: &str) -> usize {
    before
        .char_indices()
        .rfind(|(_, c)| matches!(c, ';' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8())
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
    // Past adverbs and auxiliaries: "Omar Haddad, had already visited".
    let Some(word) = before_verb.split_whitespace().rev().find(|w| {
        let l = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        !l.ends_with("ly")
            && !matches!(
                l.as_str(),
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "will"
                    | "would"
                    | "also"
                    | "then"
                    | "already"
                    | "later"
                    | "since"
                    | "just"
                    | "once"
                    | "recently"
            )
    }) else {
        return false;
    };
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    // "al-Sudani": a name behind a lower-case particle is still a name.
    let name = bare
        .split_once('-')
        .filter(|(p, rest)| p.len() <= 3 && rest.starts_with(char::is_uppercase))
        .map_or(bare, |(_, rest)| rest);
    if !name.chars().next().is_some_and(char::is_uppercase)
        || lexicon::is_opener(name)
        || lexicon::is_title_word(name)
        || lexicon::is_calendar_word(name)
        || (name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
    {
        return false;
    }
    let at = sentence_start + before_verb.rfind(word).unwrap_or(0);
    let inside = |s: Span| s.start <= at && at < s.end;
    // "King Charles III and Queen Camilla arrived in Apia": the traveller shares the subject.
    let joint = traveller.iter().any(|m| {
        m.span.start >= sentence_start && m.span.end <= at && {
            let gap = text.get(m.span.end..at).unwrap_or("").to_lowercase();
            let gap: Vec<&str> = gap.split_whitespace().collect();
            gap.first() == Some(&"and") && gap.len() <= 3
        }
    });
    !joint && !traveller.iter().any(|m| inside(m.span)) && !places.iter().any(|p| inside(p.span))
}

/// People of the traveller's party who act on their own: "his deputy met … in Doha".
const COMPANIONS: &[&str] = &[
    "deputy",
    "deputies",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "wife",
    "husband",
];

/// The words of the sentence (from `sentence_start`) before the verb at `verb_at`, after their
/// last comma or semicolon: the verb's clause, with where it starts.
fn clause_before_verb(text: &str, sentence_start: usize, verb_at: usize) -> (&str, usize) {
    let before_verb = text.get(sentence_start..verb_at).unwrap_or("");
    let clause_at = before_verb.rfind([',', ';']).map_or(0, |i| i + 1);
    (&before_verb[clause_at..], sentence_start + clause_at)
}

/// "Meanwhile, his deputy for political issues met … in Doha": the subject of the cue's verb
/// (at `verb_at`), in its clause, is one of the traveller's party ("his deputy", "her aides"),
/// and the traveller is not named in that clause ("Blinken and his aides met …" is his).
fn companion_before_verb(
    text: &str,
    sentence_start: usize,
    verb_at: usize,
    traveller: &[EntityMention],
) -> bool {
    let (clause, from) = clause_before_verb(text, sentence_start, verb_at);
    let words = crate::words::padded(clause);
    let companion = [" his ", " her ", " their "].iter().any(|p| {
        words.match_indices(p).any(|(at, _)| {
            let next = words[at + p.len()..].split(' ').next().unwrap_or("");
            COMPANIONS.contains(&next)
        })
    });
    companion
        && !traveller
            .iter()
            .any(|m| m.span.start >= from && m.span.end <= verb_at)
}

/// "… noting that the Russian delegation plans to leave for Moscow on Wednesday, while the US
/// delegation will stay in Saudi Arabia": the subject of the cue's verb (at `verb_at`), in its
/// clause, is a delegation a nationality names, and the sentence does not name the traveller
/// before the verb (not "The aircraft carrying Ishiba, his wife …, and the Japanese delegation
/// landed at …").
fn a_delegation_before_verb(
    text: &str,
    sentence_start: usize,
    verb_at: usize,
    traveller: &[EntityMention],
) -> bool {
    let words: Vec<&str> = clause_before_verb(text, sentence_start, verb_at)
        .0
        .split_whitespace()
        .collect();
    let named = words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        matches!(w, "delegation" | "delegations")
            && i.checked_sub(1)
                .and_then(|p| words.get(p))
                .is_some_and(|n| {
                    n.chars().next().is_some_and(char::is_uppercase)
                        && !matches!(*n, "His" | "Her" | "Their" | "The" | "A")
                })
    });
    named
        && !traveller
            .iter()
            .any(|m| m.span.start >= sentence_start && m.span.end <= verb_at)
}

/// Lower-case words of `s` without surrounding punctuation or a possessive, each with whether
/// it was written with a capital.
fn lead_words(s: &str) -> Vec<(String, bool)> {
    crate::words::words(s, Span::new(0, s.len()))
        .iter()
        .map(|w| (w.unpossessed().0.to_lowercase(), w.is_capitalised()))
        .collect()
}

/// A cue table as a map from the cue to its kind (the first entry wins, as in the list), with
/// its longest cue in words.
type CueTable = (HashMap<&'static str, VisitKind>, usize);

/// Builds the cue tables now (`crate::prepare`).
pub(crate) fn prepare() {
    cue_tables();
}

/// `all_cues` and `TRIP_CUES` as maps, built once.
fn cue_tables() -> &'static (CueTable, CueTable) {
    static TABLES: OnceLock<(CueTable, CueTable)> = OnceLock::new();
    TABLES.get_or_init(|| {
        let table = |list: &mut dyn Iterator<Item = (&'static str, VisitKind)>| {
            let mut map = HashMap::new();
            let mut most = 0;
            for (cue, kind) in list {
                map.entry(cue).or_insert(kind);
                most = most.max(cue.split(' ').count());
            }
            (map, most)
        };
        (
            table(&mut all_cues()),
            table(&mut TRIP_CUES.iter().copied()),
        )
    })
}

/// The cue that makes the place at `places[k]` a visit, reading the clause before it (and, for
/// "the Hanoi visit" and "Jordan, the third stop", the words after it).
fn cue_before(
    text: &str,
    clause_start: usize,
    sentence: Span,
    at: Span,
    places: &[PlaceMention],
    k: usize,
) -> Option<(String, VisitKind)> {
    // A list: skip back over earlier places of the same list to its cue. "Amman, Jordan; Doha,
    // Qatar": a city and its country stand in a list too. "Congo's capital Brazzaville": the
    // country before the city's descriptor belongs to the city.
    let mut list_start = at.start;
    let mut j = k;
    while j > 0 {
        let prev = &places[j - 1];
        let between = text.get(prev.span.end..list_start).unwrap_or("");
        let descriptor = {
            let b = lead_words(between);
            !b.is_empty()
                && between.trim_start().starts_with(['\'', '’'])
                && b.iter().all(|(w, _)| MODIFIERS.contains(&w.as_str()))
        };
        if prev.span.start < sentence.start || !(list_glue(between, &[]) || descriptor) {
            break;
        }
        list_start = prev.span.start;
        j -= 1;
    }
    // "visited Carlingford and Dundalk": a capitalised name the gazetteer lacks stands in the
    // list as well; the cue is before it.
    loop {
        let lead = text.get(sentence.start..list_start).unwrap_or("");
        let trimmed = lead.trim_end();
        // The glue must be a word of its own: "and", not the end of "Brand".
        let glue_end = if let Some(r) = trimmed.strip_suffix(',') {
            r.trim_end()
        } else if let Some(r) = trimmed
            .strip_suffix("and")
            .or_else(|| trimmed.strip_suffix('&'))
            .filter(|r| r.ends_with(char::is_whitespace))
        {
            r.trim_end()
        } else {
            break;
        };
        let name_start = glue_end
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let name = &glue_end[name_start..];
        let capitalised = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lexicon::is_opener(name)
            && !lexicon::is_title_word(name);
        if !capitalised || name_start == 0 {
            break;
        }
        list_start = sentence.start + name_start;
    }
    // A list may span clauses ("Amman, Jordan; Doha, Qatar"): its cue is in the clause it opens.
    let clause_start = if list_start < clause_start {
        let before = text.get(sentence.start..list_start).unwrap_or("");
        sentence.start + clause_offset(before)
    } else {
        clause_start
    };
    let lead_text = text.get(clause_start..list_start).unwrap_or("");
    let mut words = lead_words(lead_text);
    // When it happened may stand inside the cue: "before traveling on Saturday to", "arrived
    // late on Sunday in": the words of a date are no part of it.
    let mut timed: Vec<(String, bool)> = Vec::with_capacity(words.len());
    for (w, capital) in words.drain(..) {
        let time_word = lexicon::is_calendar_word(&w)
            || matches!(w.as_str(), "morning" | "afternoon" | "evening" | "night")
            || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()));
        // "led him, respectively, to", "will also visit": words that add nothing to the cue.
        if matches!(
            w.as_str(),
            "respectively" | "also" | "eventually" | "finally"
        ) {
            continue;
        }
        // "travelled by car to Dundalk", "flew by helicopter to": how, not where.
        let means = matches!(
            w.as_str(),
            "car" | "helicopter" | "road" | "train" | "plane" | "motorcade" | "boat" | "air"
        ) && timed.last().is_some_and(|(p, _)| p == "by");
        if means {
            timed.pop();
            continue;
        }
        if time_word {
            // The "on", "late", "early" that led into it go too.
            while timed.last().is_some_and(|(p, _)| {
                matches!(p.as_str(), "on" | "late" | "early" | "this" | "next")
            }) {
                timed.pop();
            }
            continue;
        }
        timed.push((w, capital));
    }
    words = timed;
    // "In Ankara, Blinken met …", "Later in Belgrade and Budapest, …", "While in Hanoi, …".
    let rest = text.get(at.end..sentence.end).unwrap_or("");
    let opening = [
        "in",
        "later in",
        "earlier in",
        "while in",
        "once in",
        "then in",
    ];
    let said = words
        .iter()
        .map(|(w, _)| w.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if opening.contains(&said.as_str())
        && (rest.trim_start().starts_with(',') || rest.trim_start().starts_with("on "))
    {
        return Some((format!("{said} <place>{OPENING}"), VisitKind::Stayed));
    }
    // "holding discussions with the leaders of Palestine, Israel …"
    let raw_tail = |n: usize| -> String {
        words[words.len().saturating_sub(n)..]
            .iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if raw_tail(2) == "leaders of"
        && words
            .iter()
            .rev()
            .take(8)
            .any(|(w, _)| is_meeting(w.as_str()) && w != "leaders")
    {
        return Some(("met the leaders of".into(), VisitKind::Stayed));
    }
    // "including Jesus of Nazareth": a name before "of" and the place (no "Kingdom of") makes
    // the place part of a name, no item of the trip's list.
    let named_of = words.len() >= 2 && words[words.len() - 1].0 == "of" && {
        let (w, capital) = &words[words.len() - 2];
        *capital && !STATE_FORMS.contains(&w.as_str()) && !lexicon::is_title_word(w)
    };
    // Words between the cue and the place: "the Angolan capital", "European Union candidate".
    while let Some((w, capital)) = words.last() {
        let is_modifier = MODIFIERS.contains(&w.as_str())
            || lexicon::is_nationality(w)
            || (*capital && !lexicon::is_title_word(w) && words.len() > 1 && !is_cue_word(w));
        if !is_modifier {
            break;
        }
        words.pop();
    }
    let tail = |n: usize| -> String {
        words[words.len().saturating_sub(n)..]
            .iter()
            .map(|(w, _)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Longest cue first: "departed from" before "departed". Each tail of the lead (its last n
    // words) is looked up in the cue tables, longest first.
    let (cues, trip_cues) = cue_tables();
    let longest = |table: &HashMap<&'static str, VisitKind>, most: usize| {
        (1..=words.len().min(most)).rev().find_map(|n| {
            let t = tail(n);
            table
                .get_key_value(t.as_str())
                .map(|(cue, kind)| (n, *cue, *kind))
        })
    };
    let mut best: Option<(usize, &str, VisitKind)> = longest(&cues.0, cues.1);
    // Cues that tell a trip only in a sentence about one; the sentence's words are read only
    // when such a cue would win.
    let trip_best = longest(&trip_cues.0, trip_cues.1);
    if let Some(t) = trip_best.filter(|t| best.is_none_or(|(m, _, _)| t.0 > m) && !named_of) {
        let has_trip_word = lead_words(sentence.of(text))
            .iter()
            .any(|(w, _)| TRIP_WORDS.contains(&w.as_str()));
        if has_trip_word {
            best = Some(t);
        }
    }
    if let Some((_, cue, kind)) = best {
        // "after Israel's attacks": a possessive place is no stop told by "after"; nor one that
        // does something ("sidetracked after North Korea launched a ballistic missile").
        let possessive = rest.starts_with("'s") || rest.starts_with("’s");
        let acts = rest.split_whitespace().next().is_some_and(|w| {
            w.len() > 3 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase())
        });
        // "came after U.S. president Donald Trump escalated tensions": the place names an
        // office's country.
        let office = rest
            .trim_start_matches('.')
            .split_whitespace()
            .next()
            .is_some_and(lexicon::is_title_word);
        // "the second largest arms supplier after the United States": a rank, no time.
        let ranked = || {
            words.iter().rev().skip(1).take(5).any(|(w, _)| {
                (w.len() > 5 && w.ends_with("est"))
                    || matches!(
                        w.as_str(),
                        "second" | "third" | "fourth" | "biggest" | "only"
                    )
            })
        };
        if !(cue == "after" && (possessive || acts || office || ranked())) {
            return Some((cue.to_string(), kind));
        }
    }
    // A meeting or event word, then in / at, with no topic between: "talks in", "a speech at
    // St Muredach's Cathedral in", not "the war in".
    if let Some((prep, _)) = words.last() {
        if matches!(prep.as_str(), "in" | "at") {
            let near = &words[words.len().saturating_sub(8)..words.len() - 1];
            // "met the first and deputy first ministers as well as … representatives at
            // Stormont": a meeting's object may be long, so long as no topic stands in it.
            let far = &words[words.len().saturating_sub(16)..words.len() - 1];
            let long_meeting = far.iter().rposition(|(w, _)| {
                matches!(
                    w.as_str(),
                    "met"
                        | "meet"
                        | "meets"
                        | "meeting"
                        | "talks"
                        | "held"
                        | "welcomed"
                        // "will welcome Prime Minister Modi at the “Glafkos Clerides”
                        // International Airport in Larnaca"
                        | "welcome"
                        | "welcomes"
                        | "received"
                        | "hosted"
                        | "greeted"
                )
            });
            // No other verb may stand between: "his visit to France, authorities searched the
            // European Parliament office … in Brussels" is not his.
            // (A name is no verb: "Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi".)
            let clean = long_meeting.is_some_and(|m| {
                far[m + 1..]
                    .iter()
                    .all(|(w, capital)| !(w.ends_with("ed") && w.len() > 4 && !capital))
            });
            // A venue's name ("the Australian Parliament") is no meeting word of its own.
            let meeting_word = |(w, capital): &(String, bool)| {
                is_meeting(w.as_str()) && !(*capital && VENUES.contains(&w.as_str()))
            };
            let window = if near.iter().any(meeting_word) || !clean {
                near
            } else {
                far
            };
            if let Some(m) = window.iter().rposition(|(w, capital)| {
                // A venue is a common noun ("a military base"); "Joint Base", "European
                // Parliament" are names.
                is_meeting(w.as_str()) && !(*capital && VENUES.contains(&w.as_str()))
            }) {
                let between = &window[m + 1..];
                // "ceasefire discussions concerning the conflicts in Gaza": what is talked about.
                let topical = between.iter().any(|(w, _)| {
                    TOPICS.contains(&w.as_str())
                        || matches!(w.as_str(), "concerning" | "regarding" | "about")
                });
                // "the rush to evacuate civilians from Kabul airport in Afghanistan": a venue
                // left behind, by others, is no venue of the visit.
                let left_behind = VENUES.contains(&window[m].0.as_str())
                    && window[..m]
                        .iter()
                        .rev()
                        .skip_while(|(_, capital)| *capital)
                        .take(2)
                        .any(|(w, _)| w == "from");
                if !topical && !left_behind {
                    let meeting = &window[m].0;
                    // "leaders" is what was met, not the meeting: report the meeting word itself.
                    let shown = window
                        .iter()
                        .rev()
                        .find(|(w, _)| is_meeting(w.as_str()) && w != "leaders")
                        .map_or(meeting.as_str(), |(w, _)| w.as_str());
                    let kind = if matches!(shown, "arrived" | "arrival" | "landed") {
                        VisitKind::Arrived
                    } else {
                        VisitKind::Stayed
                    };
                    return Some((format!("{shown} … {prep}"), kind));
                }
            }
        }
        // "inviting Xi to the Tourmalet Pass", "a warm welcome to Stormont": the traveller is
        // brought there.
        if prep == "to" {
            let hosted = words.iter().rev().skip(1).take(8).find(|(w, _)| {
                matches!(
                    w.as_str(),
                    "invited"
                        | "inviting"
                        | "invites"
                        | "invite"
                        | "welcome"
                        | "welcomed"
                        | "welcomes"
                        | "brought"
                        | "brings"
                        | "escorted"
                        | "accompanied"
                )
            });
            // Not goods let in: "he welcomes humanitarian aid to the Gaza Strip".
            let goods = words.iter().rev().skip(1).take(4).any(|(w, _)| {
                matches!(
                    w.as_str(),
                    "aid"
                        | "assistance"
                        | "supplies"
                        | "deliveries"
                        | "shipments"
                        | "trucks"
                        | "goods"
                        | "fuel"
                        | "investment"
                        | "investments"
                )
            });
            if let Some((verb, _)) = hosted.filter(|_| !goods) {
                return Some((format!("{verb} … to"), VisitKind::Arrived));
            }
        }
        // "left Belgrade for Athens": the next place.
        if prep == "for" {
            let left = words.iter().rev().skip(1).take(6).find(|(w, _)| {
                matches!(
                    w.as_str(),
                    "left" | "leaves" | "leaving" | "departed" | "departs" | "departing" | "off"
                )
            });
            if let Some((verb, _)) = left {
                return Some((format!("{verb} … for"), VisitKind::Arrived));
            }
        }
        // "arrived in Belgrade from France", "flew from Port Moresby to Vanimo".
        // (No clause of its own between the verb and "from": not "arrives in Saudi Arabia … as
        // it tries to distance itself from Russia".)
        if prep == "from" {
            let own_clause = words
                .iter()
                .rev()
                .take_while(|(w, _)| {
                    !matches!(
                        w.as_str(),
                        "as" | "while"
                            | "because"
                            | "which"
                            | "who"
                            | "itself"
                            | "himself"
                            | "herself"
                            | "themselves"
                            | "away"
                    )
                })
                .count();
            let moved = words.iter().rev().take(own_clause).any(|(w, _)| {
                matches!(
                    w.as_str(),
                    "arrived"
                        | "arrives"
                        | "arriving"
                        | "flew"
                        | "flies"
                        | "travelled"
                        | "traveled"
                        | "came"
                        | "landed"
                        | "returned"
                        | "drove"
                )
            });
            // "arrived … on a chartered Royal Jet aircraft from Abu Dhabi": where the aircraft
            // was hired, not where the traveller was.
            let hired =
                words.iter().rev().skip(1).take(4).any(|(w, _)| {
                    matches!(w.as_str(), "chartered" | "hired" | "leased" | "rented")
                });
            if moved && !hired {
                return Some(("came from".into(), VisitKind::Left));
            }
        }
    }
    let rest_words = lead_words(rest);
    // "the Hanoi visit", "Biden's Brazzaville trip", "Ends Ireland Tour".
    if let Some((w, _)) = rest_words.first() {
        if matches!(
            w.as_str(),
            "visit" | "trip" | "tour" | "stop" | "leg" | "stay"
        ) && !rest.trim_start().starts_with(',')
        {
            // "Following their Atlanta visit, they will journey to Washington": the one before.
            if words
                .last()
                .is_some_and(|(w, _)| matches!(w.as_str(), "following" | "after"))
            {
                return Some((format!("after the <place> {w}"), VisitKind::Left));
            }
            return Some((format!("<place> {w}"), VisitKind::Stayed));
        }
    }
    // "said in Samarkand where he was on an official visit": the place the clause after it puts
    // the traveller in, on a visit.
    if rest_words.first().is_some_and(|(w, _)| w == "where")
        && rest_words
            .get(1)
            .is_some_and(|(w, _)| matches!(w.as_str(), "he" | "she" | "they"))
        && rest_words
            .get(2)
            .is_some_and(|(w, _)| matches!(w.as_str(), "was" | "is" | "were" | "are"))
        && rest_words
            .iter()
            .skip(3)
            .take(4)
            .any(|(w, _)| matches!(w.as_str(), "visit" | "tour" | "trip"))
    {
        return Some(("where he was on a visit".into(), VisitKind::Stayed));
    }
    // "Jordan, the third stop of his tour"; "Belgrade, after France, is the second stop".
    if ordinal_near(text, sentence, at).is_some()
        && rest_words
            .iter()
            .take(6)
            .any(|(w, _)| matches!(w.as_str(), "stop" | "leg" | "stage" | "destination"))
    {
        return Some(("named as a stop of the trip".into(), VisitKind::Listed));
    }
    // "Israel, Jordan, the West Bank, Iraq and Turkiye were the stopovers …"
    if words.is_empty() || words.iter().all(|(w, _)| LIST_GLUE.contains(&w.as_str())) {
        let first_clause = rest.split([';']).next().unwrap_or("");
        let named = lead_words(first_clause);
        if let Some(noun) = ["stopovers", "stops", "itinerary", "destinations"]
            .iter()
            .find(|n| named.iter().take(12).any(|(w, _)| w == *n))
        {
            return Some((format!("listed as the {noun}"), VisitKind::Listed));
        }
    }
    None
}

/// A word that is (part of) a cue: it must not be skipped as a modifier.
fn is_cue_word(w: &str) -> bool {
    all_cues()
        .chain(TRIP_CUES.iter().copied())
        .any(|(c, _)| c.split(' ').any(|p| p == w))
}

#[cfg(test)]
mod tests {
    use crate::{analyze, ArticleInput, VisitKind};

    /// (place as written, planned, kind) of every visit in a one-article corpus.
    fn visits(text: &str) -> Vec<(String, bool, VisitKind)> {
        let text = format!("A Headline For The Test\n2023-11-06\n{text}");
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
                    v.kind,
                )
            })
            .collect()
    }

    #[test]
    fn an_english_cue_in_a_sentence_of_another_language_is_no_visit() {
        // Italian: "summit in" is English only by chance.
        let italian = "Dal 15 al 19 novembre la premier Giorgia Meloni sarà in missione ufficiale \
            in Asia, con tappe in Giappone e Corea del Sud. L'obiettivo di questa visita è \
            rafforzare le relazioni politiche ed economiche dell'Italia con questi partner \
            strategici. Settimana prossima summit in Svizzera per la premier Meloni.";
        assert_eq!(visits(italian), vec![]);
        // In English, a sentence without the small words is read as ever.
        let english = "Secretary of State Antony Blinken toured the region this week, and he \
            spoke often of the war. Blinken departs Tokyo Sunday morning aboard Air Force One.";
        assert_eq!(
            visits(english),
            vec![("Tokyo".into(), false, VisitKind::Left)]
        );
    }

    #[test]
    fn a_first_paragraph_told_of_he_is_the_scene_of_the_traveller_named_next() {
        let beijing_told_by_the_first = |lead: &str, next: &str| {
            let first = format!(
                "The Blink in Beijing: the stage for tough talks\nArchyde\n{lead}\n\n{next}"
            );
            let a = crate::trip::analyzed_as_given(&[
                &first,
                "Blinken in Shanghai\nThe Courier\nUS Secretary of State Antony Blinken arrived in Shanghai on Wednesday.",
                "Blinken meets Xi\nThe Courier\nUS Secretary of State Antony Blinken met President Xi Jinping in Beijing on Friday.",
            ]);
            let beijing = a.stops.iter().find(|s| a.places[s.place].name == "Beijing");
            beijing.is_some_and(|s| s.accounts[0].covered)
        };
        let lead = "After landing in Beijing on Thursday, he went straight into a closed-door meeting with academics.";
        assert!(beijing_told_by_the_first(
            lead,
            "A number of topics are expected to be discussed when Blinken holds talks on Friday."
        ));
        // Not a paragraph told of no one in particular.
        assert!(!beijing_told_by_the_first(
            "After landing in Beijing on Thursday, the delegation went straight into a meeting.",
            "A number of topics are expected to be discussed when Blinken holds talks on Friday."
        ));
        // Not when the next paragraph names no traveller: "he" may be anyone.
        assert!(!beijing_told_by_the_first(
            lead,
            "A number of topics are expected to be discussed at the talks on Friday."
        ));
    }

    #[test]
    fn an_agency_s_place_line_above_the_story_is_where_it_was_filed() {
        let a = crate::trip::analyzed_as_given(&[
            "Blinken kicks off Asia trip\nAnadolu Agency\nANKARA\n\nUS Secretary of State Antony Blinken arrived in Vietnam on Sunday on the first leg of his tour of Southeast Asia, officials said.\n\nJakarta\n\nBlinken then flew to Indonesia, where he met the president and the foreign minister at some length.",
        ]);
        assert_eq!(crate::trip::stop_names(&a), ["Vietnam", "Jakarta"]);
        // Below a standfirst (no full stop), as Anadolu sets it; a paragraph above is the story.
        let anadolu = "Blinken visits Vietnam for talks\nAnadolu Agency\nBlinken wants closer ties with Hanoi ahead of talks with the Vietnamese leadership\n\nISTANBUL\n\nUS Secretary of State Antony Blinken arrived in Vietnam on Sunday on the first leg of his tour of Southeast Asia, officials said.";
        let a = crate::trip::analyzed_as_given(&[anadolu]);
        assert_eq!(crate::trip::stop_names(&a), ["Vietnam"]);
        let highlights = "Blinken visits Vietnam for talks\nAnadolu Agency\n- Blinken wants closer ties with Hanoi\n\n- He will also visit Jakarta, meet President Prabowo\n\nISTANBUL\n\nUS Secretary of State Antony Blinken arrived in Vietnam on Sunday on the first leg of his tour of Southeast Asia, officials said.";
        let a = crate::trip::analyzed_as_given(&[highlights]);
        assert_eq!(crate::trip::stop_names(&a), ["Vietnam", "Jakarta"]);
        let a = crate::trip::analyzed_as_given(&[
            anadolu,
            "Blinken in Istanbul\nThe Courier\nUS Secretary of State Antony Blinken met the minister on Saturday, officials said.\n\nISTANBUL\n\nBlinken then flew to Vietnam, where he met the president and the foreign minister at some length.",
        ]);
        let mut names = crate::trip::stop_names(&a);
        crate::sort::sort_by_key(&mut names, |n| *n);
        assert_eq!(
            names,
            ["Istanbul", "Vietnam"],
            "the second page's heading is a stop"
        );
    }

    #[test]
    fn table() {
        use VisitKind::*;
        let intro = "US Secretary of State Antony Blinken toured the region this week, and Blinken spoke often.";
        let cases: &[(&str, &str, &[(&str, bool, VisitKind)])] = &[
            ("landed in", "On Monday Blinken landed in Ankara for talks.", &[("Ankara", false, Arrived)]),
            ("welcomed … in, a long way apart", "Blinken was welcomed by Prime Minister Anthony Albanese to the Australian Parliament in Canberra for talks.", &[("Canberra", false, Stayed)]),
            ("wrapping up in", "Blinken has concluded his tour, wrapping up in the west coast city of Perth.", &[("Perth", false, Stayed)]),
            ("a newsroom's dateline", "\nTAIPEI (TVBS News) — Blinken embarked on a tour, arriving in Wellington, New Zealand, on Thursday.", &[("Wellington", false, Arrived), ("New Zealand", false, Arrived)]),
            ("a list of cities is no dateline", "\nWashington, London, Paris, Brussels, Warsaw: Blinken has already visited some of his most important allies.", &[]),
            ("a newsroom's dateline, the lead ahead abroad", "Blinken arrived in Lima on Thursday.\nSEOUL, November 5 (AJP) - President Yoon Suk Yeol will have a summit with Blinken on the sidelines of the APEC summit in Peru, the presidential office said on Friday. The talks come as Beijing tries to mend ties with South Korea.", &[("Lima", false, Arrived), ("Peru", true, Stayed)]),
            ("a newsroom's dateline, the lead ahead to another city of its country", "\nISTANBUL: Blinken will visit Turkiye on Tuesday for talks with President Recep Tayyip Erdogan in the capital Ankara, the ministry said on Monday.\n\nBlinken arrived in Abu Dhabi on Sunday.", &[("Turkiye", true, Stayed), ("Ankara", true, Stayed), ("Abu Dhabi", false, Arrived)]),
            ("a newsroom's dateline, another city and its country", "\nDubai, Dec 6: Blinken began a trip on Wednesday to Saudi Arabia and the United Arab Emirates. Blinken landed in Abu Dhabi, the capital of the Emirates.", &[("Saudi Arabia", false, Stayed), ("United Arab Emirates", false, Stayed), ("Abu Dhabi", false, Arrived), ("Emirates", false, Arrived)]),
            ("a newsroom's dateline, another city", "\nDUBAI: The UAE agreed Sunday an energy deal with Germany during Blinken's visit to Abu Dhabi on the second leg of his tour.", &[("Abu Dhabi", false, Stayed)]),
            ("a newsroom's dateline, its country named but not visited", "\nNew Delhi: External affairs minister S Jaishankar met Blinken in Tokyo on Sunday. The Quad summit will be hosted by India this year.", &[("Tokyo", false, Stayed)]),
            ("a newsroom's dateline, the lead elsewhere", "\nMOSCOW (UrduPoint News / Sputnik - 01st June, 2023) Blinken said Thursday it is unfortunate that the Chinese side decided against the meeting at the conference in Singapore.", &[("Singapore", false, Stayed)]),
            ("a dateline after the day", "\n17th June 2024 – (Canberra) Blinken urged the members of parliament to visit China.", &[("Canberra", false, Dateline)]),
            ("this trip's stops after 'follows visits to'", "Blinken's trip follows visits to the other devolved nations, having stopped in Belfast earlier that day.", &[("Belfast", false, Stayed)]),
            ("an earlier trip's places", "Blinken's Asia trip follows his visits to Moscow and Kiev. Blinken met the president in Moscow. Blinken landed in Tokyo.", &[("Tokyo", false, Arrived)]),
            ("an earlier month in another clause", "Blinken is expected in Seoul on Monday, hot on the heels of a Chinese envoy, who included Seoul on his tour in March.", &[("Seoul", true, Arrived)]),
            ("a plan of last year", "Blinken landed in Cairo. He was scheduled to visit Tunisia in August last year, but the plan was dropped. Blinken is in Cairo for the first time since last year.", &[("Cairo", false, Arrived), ("Cairo", false, Stayed)]),
            ("trips since taking office", "Since assuming his fifth term in early May, Blinken has made trips to China, Belarus and Uzbekistan. Since arriving in Hanoi, Blinken has met the president in Hanoi.", &[("Hanoi", false, Arrived), ("Hanoi", false, Stayed)]),
            ("a summit of others last weekend", "Blinken landed in Hanoi. The visit follows Hanoi avoiding a peace summit in Switzerland last weekend.", &[("Hanoi", false, Arrived)]),
            ("a venue left behind", "Blinken's trip was overshadowed by the rush to evacuate civilians from Kabul airport in Afghanistan.", &[]),
            ("a verb far before 'from'", "Blinken arrives in Cairo on Saturday for a two-day trip to three nations, as his country tries to distance itself from Russia.", &[("Cairo", false, Arrived)]),
            ("a caption in the present tense", "Blinken speaks at the National Assembly in Seoul, Wednesday.", &[("Seoul", false, Stayed)]),
            ("a day before the opening 'in'", "On Wednesday, in Amman, Blinken once again apologized.", &[("Amman", false, Stayed)]),
            ("a place that owns a cause", "The leaders, meeting in Helsinki, welcomed the progress made in Sweden's bid to join Nato.", &[("Helsinki", false, Stayed)]),
            ("someone else's relative clause", "Blinken arrived in Fatima. “I’m delighted,” said David Keating, a 41-year-old plumber who came from Britain with a group.", &[("Fatima", false, Arrived)]),
            ("a public appearance in", "Before Blinken made his public appearance in Fatima on Friday, he met survivors.", &[("Fatima", false, Stayed)]),
            ("the traveller's relative clause", "Blinken, who flew in from Cairo, spoke.", &[("Cairo", false, Left)]),
            ("a later month told as done", "Blinken arrived in Tokyo. It is only his second trip abroad, after the visit to the United States in December.", &[("Tokyo", false, Arrived)]),
            ("a season over before the article", "Blinken met the president in Tokyo; the two men had met at a summit in Italy this spring.", &[("Tokyo", false, Stayed)]),
            ("to be visiting, in a later month", "Blinken said he was so excited to be visiting Belize, Jamaica and the Bahamas in December.", &[("Belize", true, Stayed), ("Jamaica", true, Stayed), ("Bahamas", true, Stayed)]),
            ("a year of its own, after the place's country", "Blinken arrived in Oslo. The first Nordic summit took place in Stockholm, Sweden, in 2018. He will travel to Bergen, where the army stood last year.", &[("Oslo", false, Arrived), ("Bergen", true, Arrived)]),
            ("an opening place that speaks of others", "Blinken landed in Doha. In Tehran, officials said little. In Tehran on Monday. In Riyadh, he met the king.", &[("Doha", false, Arrived), ("Riyadh", false, Stayed)]),
            ("an earlier encounter", "Blinken met Marape in Port Moresby. The meeting follows their earlier encounter in Gabon.", &[("Port Moresby", false, Stayed)]),
            ("later in the year", "Blinken will visit Ireland on Monday. He is expected to visit Canada later in the year.", &[("Ireland", true, Stayed)]),
            ("last summer", "Blinken met the premier in Tokyo. Talks in Osaka last summer had set the agenda.", &[("Tokyo", false, Stayed)]),
            ("a clause of 'when' after a month told as last", "Blinken landed in Tokyo. A thaw began last October when Blinken met the minister at a summit in Russia.", &[("Tokyo", false, Arrived)]),
            ("a clause of 'when' after an earlier month", "Blinken landed in Tokyo. It is his first state visit in six months since December, when Blinken paid a state visit to the Netherlands.", &[("Tokyo", false, Arrived)]),
            ("a list of a summit next year", "Blinken landed in Astana. As part of this visit, Korea intends to convene a six-party summit with Central Asian nations next year, including Kazakhstan, Uzbekistan, Tajikistan, and Kyrgyzstan.", &[("Astana", false, Arrived)]),
            ("a visit in an earlier month", "Blinken met the president in Tokyo, where he set out a plan he had announced in March during his visit to India.", &[("Tokyo", false, Stayed)]),
            ("arrived with no preposition; has been in", "Blinken arrived Jordan yesterday. After Amman, Blinken has been in Cairo since Monday.", &[("Jordan", false, Arrived), ("Amman", false, Left), ("Cairo", false, Stayed)]),
            ("a possibility only", "Blinken earlier had hinted that he could stop in Ankara. He said he might head to Amman on Friday, and hinted at possibly flying to Turkey.", &[]),
            ("someone else's, with a report inside", "Blinken landed in Abu Dhabi. The ousted Syrian president – who Russian state media report is in Moscow having been granted asylum – fled the country.", &[("Abu Dhabi", false, Arrived)]),
            ("a visit put off", "Blinken postpones visit to Saudi Arabia. Blinken scraps Qatar trip. Blinken was supposed to fly to Oman on Wednesday. Blinken delayed the trip to Kuwait.", &[]),
            ("two places joined by a hyphen", "Blinken will visit Saudi Arabia after US-Russia talks. Erdogan met Blinken in Ankara as US–Russia talks opened. Blinken's plane landed at Paris-Orly Airport.", &[("Saudi Arabia", true, Stayed), ("Ankara", false, Stayed), ("Paris", false, Arrived), ("Orly", false, Arrived)]),
            ("a regime or events where they are", "Blinken welcomed the fall of Assad's regime in Syria, shortly after arriving in the United Arab Emirates for a visit unrelated to events in Syria.", &[("United Arab Emirates", false, Arrived)]),
            ("a topic after a meeting word", "Blinken's visit comes as Qatar facilitated ceasefire discussions concerning the conflicts in Gaza and Ukraine.", &[]),
            ("a subject shared with someone", "Blinken and Dina Powell arrived in Amman on Monday.", &[("Amman", false, Arrived)]),
            ("land in", "Blinken and his wife land in Cairo for the last leg.", &[("Cairo", false, Arrived)]),
            ("a list joined by 'followed by'", "Blinken began with a visit to Amman, followed by Cairo and then Doha.", &[("Amman", false, Stayed), ("Cairo", false, Stayed), ("Doha", false, Stayed)]),
            ("taking him to", "Blinken will tour the region this week, taking him to Amman and Cairo.", &[("Amman", true, Listed), ("Cairo", true, Listed)]),
            ("list after travel from", "A busy weekend saw him travel from Israel to Jordan, the occupied West Bank, Cyprus, and Iraq.", &[("Israel", false, Left), ("Jordan", false, Left), ("occupied West Bank", false, Left), ("Cyprus", false, Left), ("Iraq", false, Left)]),
            ("meeting word then in", "Blinken referred to the meeting at a news conference in Baghdad.", &[("Baghdad", false, Stayed)]),
            ("sentence opens with the place", "In Ankara, Blinken met his Turkish counterpart.", &[("Ankara", false, Stayed)]),
            ("an opening place, then a plan", "In Ankara, Blinken is slated to meet his Turkish counterpart.", &[("Ankara", true, Stayed)]),
            ("another person's visit", "Netanyahu met numerous envoys in Tel Aviv. Iraqi Prime Minister Mohammed al-Sudani visited Tehran.", &[]),
            ("object is not the subject", "Blinken is due to meet President William Ruto before flying to Nairobi.", &[("Nairobi", true, Arrived)]),
            ("appositive subject", "Additionally, the Iraqi Prime Minister, Mohammed Shia al-Sudani, visited Tehran.", &[]),
            ("leaders met in a list", "Blinken's visit to Turkey follows strained meetings with Arab leaders in Iraq, Palestine, and Jordan over the weekend.", &[("Turkey", false, Stayed), ("Iraq", false, Stayed), ("Palestine", false, Stayed), ("Jordan", false, Stayed)]),
            ("mere mentions", "Blinken urged more aid into Gaza and warned Lebanon and Iran.", &[]),
            ("onward", "Blinken wrapped up on Monday and rushed to Japan to attend the G7 summit.", &[("Japan", true, Arrived)]),
            ("a visit looked back on from a plan", "After his visit to Baghdad, Blinken will travel to Ankara.", &[("Baghdad", true, Left), ("Ankara", true, Arrived)]),
            ("a place that sets the next", "Blinken landed in the Red Sea city of Jeddah on Monday.", &[("Jeddah", false, Arrived)]),
            ("before the trip began", "At a news conference in Washington before starting his tour, Blinken spoke of Gaza.", &[]),
            ("a long name is no verb", "Blinken is scheduled to meet President Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi on Friday.", &[("Abu Dhabi", true, Stayed)]),
            ("the visit before, looked back on", "Blinken arrived in Ankara following a visit to Baghdad.", &[("Ankara", false, Arrived), ("Baghdad", false, Left)]),
            ("scheduled, with a word between", "Blinken is then scheduled to make a stop in Tokyo from Saturday.", &[("Tokyo", true, Stayed)]),
            ("someone else's meeting, told in a sentence that opens on a time gone by", "Last month, External Affairs Minister S. Jaishankar had met Erywan Pehin Yusof, Foreign Minister of Brunei on the sidelines of ASEAN meetings in Vientiane. Blinken arrived in Tokyo on Thursday.", &[("Tokyo", false, Arrived)]),
            ("a file photo's caption", "Prime Minister Li Wei (left) shakes hands with Blinken at a summit in Bali, Indonesia, in this file photo from November 2022. Blinken arrived in Tokyo on Thursday.", &[("Tokyo", false, Arrived)]),
            ("a file photo of this trip", "File photo of Blinken arriving in Ankara on Nov. 3. Blinken arrived in Tokyo on Sunday.", &[("Ankara", false, Arrived), ("Tokyo", false, Arrived)]),
            ("others invited to an event", "Blinken invited Japan's chip makers to participate in the exhibition set to be held in Osaka from December 11-13. Blinken's hosts invited him to the palace in Kyoto.", &[("Kyoto", false, Stayed)]),
            ("an event recently held", "The leaders underscored the role of the Ministerial Roundtable, which was recently held in Singapore on 26 August 2023, as a key platform. Blinken arrived in Tokyo on Thursday.", &[("Tokyo", false, Arrived)]),
            ("another occasion, its date's year after a comma", "Secretary of State Antony Blinken arrives for the second day of the G20 summit in Johannesburg on November 23, 2022. Blinken arrived in Tokyo on Thursday.", &[("Tokyo", false, Arrived)]),
            ("another occasion, told in a month of another year", "Blinken arrived in Ankara on Monday. Most recently the two countries held talks in Baku, in June 2022, when their presidents met.", &[("Ankara", false, Arrived)]),
            ("set to attend", "Blinken is set to attend a meeting of G7 foreign ministers in Japan.", &[("Japan", true, Stayed)]),
            ("named stops", "Israel, Jordan, the West Bank, Iraq and Turkiye were the stopovers made by Blinken.", &[("Israel", false, Listed), ("Jordan", false, Listed), ("West Bank", false, Listed), ("Iraq", false, Listed), ("Turkiye", false, Listed)]),
            ("his tour is no future", "Talks in Ankara marked the end of his tour, which also included visits to Amman.", &[("Ankara", false, Stayed), ("Amman", false, Stayed)]),
            ("regions are not stops", "Blinken concluded his tour in West Asia.", &[]),
            ("ambassador to is no visit", "Blinken spoke to the ambassador to Israel.", &[]),
            ("spent a day in", "Blinken had spent Tuesday in Riyadh.", &[("Riyadh", false, Stayed)]),
            ("a topic is no stop", "Blinken's trip was dominated by trade disputes and Russia's war in Ukraine. Blinken held talks on the situation in Gaza.", &[]),
            ("words between cue and place", "Blinken arrived in the Jordanian capital Amman and then went to European Union candidate Serbia.", &[("Amman", false, Arrived), ("Serbia", false, Arrived)]),
            ("departed from, then the next", "Blinken departed from Budapest on Friday and left Belgrade for Athens.", &[("Budapest", false, Left), ("Belgrade", false, Left), ("Athens", true, Arrived)]),
            ("came from", "Blinken arrived in Belgrade from France on Tuesday.", &[("Belgrade", false, Arrived), ("France", false, Left)]),
            ("a trip some weeks before", "His visit to Kyiv comes nearly six weeks after his high-profile trip to Moscow.", &[("Kyiv", false, Stayed)]),
            ("a visit gone by, earlier this year", "Blinken had visited Russia earlier this year, drawing criticism.", &[]),
            ("a visit gone by, right after the place", "Blinken's visit to Moscow last month coincided with a strike.", &[]),
            ("goods welcomed to", "Blinken said that he welcomes humanitarian aid to the Gaza Strip.", &[]),
            ("hostages held in", "Blinken met the families of citizens held hostage in Gaza.", &[]),
            ("an aircraft hired from", "Blinken arrived at Joint Base Andrews on a chartered Royal Jet aircraft from Abu Dhabi.", &[("Joint Base Andrews", false, Arrived)]),
            ("heads next", "Blinken is on a trip to Europe. He heads next to Serbia and Hungary.", &[("Serbia", true, Arrived), ("Hungary", true, Arrived)]),
            ("itinerary with countries", "His subsequent stops are: Amman, Jordan; Doha, Qatar; and Cairo, Egypt.", &[("Amman", false, Listed), ("Jordan", false, Listed), ("Doha", false, Listed), ("Qatar", false, Listed), ("Cairo", false, Listed), ("Egypt", false, Listed)]),
            ("tour includes", "Blinken's current tour includes Turkey, Greece and Jordan.", &[("Turkey", false, Listed), ("Greece", false, Listed), ("Jordan", false, Listed)]),
            ("ordinal stop", "Blinken arrived on Sunday in Jordan, the third stop of his tour.", &[("Jordan", false, Arrived)]),
            ("ordinal after the place", "Belgrade, after France, is the second stop on Blinken's tour.", &[("Belgrade", false, Listed), ("France", false, Left)]),
            ("a while after another event", "Blinken's visit comes almost two weeks after the United States -- Vietnam's biggest export market -- slapped a 46 percent levy on its goods.", &[]),
            ("place visit compound", "Blinken's Hanoi visit ended early.", &[("Hanoi", false, Stayed)]),
            ("loss of life in", "Blinken met the leaders in Cairo. The leaders said that the loss of life in Israel and Gaza over the last few days was truly tragic.", &[("Cairo", false, Stayed)]),
            ("where he was on a visit", "“Uzbekistan is a very important partner for us,” Blinken said in Samarkand where he was on an official visit during 15 to 16 September. Reporters in Tashkent, where they were on a break, waited.", &[("Samarkand", false, Stayed)]),
            ("proceed to", "Following his visit to Moscow, Blinken will proceed to Austria for a two-day visit. He proceeded to Vienna.", &[("Moscow", true, Left), ("Austria", true, Arrived), ("Vienna", false, Arrived)]),
            ("place visit looked back on", "Following their Atlanta visit, the Rutos will journey to Washington on May 23. After the Hanoi visit he flew home.", &[("Atlanta", true, Left), ("Washington", true, Stayed), ("Hanoi", false, Left)]),
            ("host welcomes the traveller", "President Recep Tayyip Erdogan welcomed Blinken in Istanbul.", &[("Istanbul", false, Stayed)]),
            ("denied", "Blinken did not travel to Israel and cancelled his visit to Lebanon.", &[]),
            ("skipping a summit", "Blinken is skipping the summit in Jakarta.", &[]),
            ("one of the subjects", "Prime Minister Narendra Modi, US Secretary of State Antony Blinken, Japanese Prime Minister Fumio Kishida and Australia's newly-elected Prime Minister Anthony Albanese met in Tokyo on Tuesday.", &[("Tokyo", false, Stayed)]),
            ("one of the subjects, first", "Antony Blinken, Narendra Modi and Fumio Kishida met in Tokyo on Tuesday.", &[("Tokyo", false, Stayed)]),
            ("where a thing is from", "Blinken visited the San Diego-based littoral combat ship USS Tulsa at the naval base in Singapore on Monday.", &[("Singapore", false, Stayed)]),
            ("flew out of", "Blinken flew out of Jordan on Friday.", &[("Jordan", false, Left)]),
            ("when it comes to", "Blinken said Europe should not follow others when it comes to Taiwan.", &[]),
            ("a refuelling stop", "Blinken arrived in Amman after a refueling stop in Anchorage.", &[("Amman", false, Arrived)]),
            ("called off after the place", "Blinken arrived in Amman. A planned visit to the northern city of Irbid was cancelled.", &[("Amman", false, Arrived)]),
            ("returns home", "Blinken will return to Washington on Friday.", &[("Washington", true, Returned)]),
            ("while in", "While in Hanoi, Blinken will meet the general secretary.", &[("Hanoi", false, Stayed)]),
            ("past narrative is done", "Before leaving Luanda, Blinken thanked the president. Blinken was due to spend only a few hours in Brazzaville before travelling to Kinshasa.", &[("Luanda", false, Left), ("Brazzaville", false, Stayed), ("Kinshasa", false, Arrived)]),
            ("a time of day is no year", "Blinken landed in Brazzaville just before 1600 GMT, after visiting Angola and Gabon.", &[("Brazzaville", false, Arrived), ("Angola", false, Left), ("Gabon", false, Left)]),
            ("first stop, then the rest", "He will first stop in Gabon, before heading to Angola then Congo.", &[("Gabon", true, Stayed), ("Angola", true, Arrived), ("Congo", true, Arrived)]),
            ("a date inside the cue", "Blinken was due to spend a few hours in Brazzaville before traveling on Saturday to Kinshasa.", &[("Brazzaville", false, Stayed), ("Kinshasa", false, Arrived)]),
            ("an unknown name in the list", "Blinken visited Glenmorrow and Dundalk, then travelled by car to Dublin.", &[("Dundalk", false, Stayed), ("Dublin", false, Arrived)]),
            ("respectively", "His previous stops led him, respectively, to Turkey, Greece and Jordan.", &[("Turkey", false, Listed), ("Greece", false, Listed), ("Jordan", false, Listed)]),
            ("a venue", "Blinken delivered remarks at a military base in Anchorage on Monday.", &[("Anchorage", false, Stayed)]),
            ("another's reported plan", "Tehran announced that Saudi Arabia and Iran will convene an Islamic Cooperation conference in Riyadh.", &[]),
            ("invited to", "President Macron made a point of inviting Blinken to the Tourmalet Pass near the Spanish border.", &[("Tourmalet Pass", false, Arrived)]),
            ("a long object of a meeting", "Blinken met the first and deputy first ministers as well as executive and opposition representatives at Stormont.", &[("Stormont", false, Stayed)]),
            ("another verb between", "During the last day of his visit to France, authorities searched the office of a lawmaker in Brussels.", &[("France", false, Stayed)]),
            ("a spokesman says where", "Spokesman Matthew Miller said that Blinken would visit Turkey, Greece and Jordan within a week.", &[("Turkey", true, Stayed), ("Greece", true, Stayed), ("Jordan", true, Stayed)]),
            ("a day name after the place", "Blinken will meet the prime minister in the latter's family hometown of Chania Saturday, having visited Istanbul Friday.", &[("Chania", true, Stayed), ("Istanbul", false, Stayed)]),
            ("a visit over a screen", "Blinken will also visit Micronesia via video. Blinken flew to Tonga.", &[("Tonga", false, Arrived)]),
            ("places listed as topics", "Blinken started a trip to Europe in Paris, where he held talks Monday with Macron on key issues including North Korea and Iran. During his trip, Blinken will discuss topics such as regional affairs, including Ukraine.", &[("Paris", false, Stayed)]),
            ("the next summit, a summit months ahead", "Blinken is preparing the next summit in Hiroshima. In preparation for the summit in Kyoto, Japan, in March, Blinken will hold talks.", &[]),
            ("a summit this month", "Blinken attended the summit in Jakarta, Indonesia, in November.", &[("Jakarta", false, Stayed), ("Indonesia", false, Stayed)]),
            ("followed by, in the year the sentence before set", "Blinken landed in Tokyo. Last year, both sides reached an understanding in October 2024. This was followed by a meeting between Blinken and Xi in Kazan, Russia, where they agreed to talk.", &[("Tokyo", false, Arrived)]),
            ("a stop thought of", "Blinken landed in Abu Dhabi. Blinken told the president he was ready for a stopover in Iran, and said he had an idea of landing in Tehran.", &[("Abu Dhabi", false, Arrived)]),
            ("visits after a count of trips", "Blinken landed in Abu Dhabi. It is only the third trip Blinken has taken since the war began, following visits to Iran and China.", &[("Abu Dhabi", false, Arrived)]),
            ("an event that times the trip", "Blinken will attend the summit in Tianjin on Sunday and Monday, days before a massive military parade in nearby Beijing.", &[("Tianjin", true, Stayed)]),
            ("a whole date of another year after the place", "Blinken reacts as he leaves the 10 Downing Street, in London, on May 5, 2022 following a meeting.", &[]),
            ("an earlier month after the place's country", "Blinken had met the president at the G20 Summit in New Delhi, India, in September.", &[]),
            ("that trip, in the year a sentence before set", "Blinken landed in Abuja. In his first trip to Africa in May 2022, Blinken spoke of gas. This was in light of the war. Blinken also visited Niger and South Africa during that trip.", &[("Abuja", false, Arrived)]),
            ("then, in the year the sentence before set", "Blinken's previous tour of Africa took place in 2018. Then, Blinken visited Angola and Namibia. Then, Blinken flew to Accra.", &[("Accra", false, Arrived)]),
            ("another year", "In 2021, Blinken visited ground zero in New York and traveled to Shanksville.", &[]),
            ("an earlier summit", "Blinken recalled the language agreed during the last summit at Bali on Ukraine.", &[]),
            ("the last leg is this trip", "On Monday, in the last leg of his trip, Blinken landed in Ankara.", &[("Ankara", false, Arrived)]),
            ("a name of a place in a trip's list", "The trip takes in places the Bible names, including Jesus of Nazareth and the land of Abraham, said Blinken.", &[]),
            ("a port in a trip's list", "Blinken's tour takes in Jordan's capital, including the Red Sea port of Aqaba.", &[("Jordan", false, Stayed), ("Aqaba", false, Listed)]),
            ("spends the weekend in", "Blinken spends the weekend in Amman with the king.", &[("Amman", false, Stayed)]),
            ("make his way to", "On Friday, Blinken will make his way to Cairo.", &[("Cairo", true, Arrived)]),
            ("leaders met, in a sentence about someone else", "Washington called a meeting with the leaders of Japan, Australia and Canada.", &[]),
            ("leaders met at a gathering", "Before the summit opened, Blinken met with the leaders of Iraq, Egypt and Jordan.", &[]),
            ("leaders met on a tour", "Blinken spent four days touring the region, holding discussions with the leaders of Iraq and Jordan.", &[("Iraq", false, Stayed), ("Jordan", false, Stayed)]),
            ("no time to attend", "That leaves no time for Blinken to attend the climate conference in Egypt.", &[]),
            ("the importance of a summit is a topic", "Blinken pressed Fidan on the importance of the upcoming summit in Geneva.", &[]),
            ("an upcoming visit is ahead", "The king said he looks forward to Blinken's upcoming visit to Norway.", &[("Norway", true, Stayed)]),
            ("a caption of an earlier day", "Blinken is seen in a car during a visit at a military air base in Soesterberg, Netherlands, Thursday, October 26, 2023. (Yves Herman/Pool via AP)\nBlinken arrived in Tokyo on Sunday.", &[("Tokyo", false, Arrived)]),
            ("a caption of the page's day", "Blinken is seen in a car during a visit at a military air base in Soesterberg, Netherlands, Saturday, November 4, 2023. (Yves Herman/Pool via AP)", &[("Netherlands", false, Stayed)]),
            ("a place that acts after a comma", "Before Blinken's visit, Washington had accused China of supporting the arms sector.", &[]),
            ("the members of a group", "Blinken made a brief stop in Lima before continuing his trip to Brazil, where he will attend a summit comprised of 11 nations, including Brazil, China, Russia and India.", &[("Lima", false, Stayed), ("Brazil", false, Stayed)]),
            ("the countries of a tour", "Blinken began a tour of three nations, including Brazil and Chile.", &[("Brazil", false, Listed), ("Chile", false, Listed)]),
            ("a place that qualifies a topic", "Blinken met Gulf leaders involved in the Gaza ceasefire talks.", &[]),
            ("a crowd's journey", "Some people traveled from neighboring Poland and the Czech Republic to hear the president speak. Blinken spoke in Dresden. Crowds cheered as the secretary arrived in Leipzig.", &[("Dresden", false, Stayed), ("Leipzig", false, Arrived)]),
            ("days and weeks ago", "Blinken landed in Lisbon, as was the case with the visit to China, 10 days ago, and to Brazil weeks ago. He had met the king in Rabat two days ago.", &[("Lisbon", false, Arrived), ("Rabat", false, Stayed)]),
            ("a year ago", "Blinken has raised the case since he first met Xi on the sidelines of the Group of 20 summit in Indonesia a year ago. Blinken landed in Tokyo.", &[("Tokyo", false, Arrived)]),
            ("welcome … in, with a venue's name between", "President Christodoulides will welcome Blinken at the “Glafkos Clerides” International Airport in Larnaca.", &[("Larnaca", true, Stayed)]),
            ("a phrase set before another's clause", "During a press conference in Calgary on Sunday, Canada's Foreign Minister Anita Anand said the summit would focus on trade. At a dinner in Ottawa, Prime Minister Mark Carney welcomed Blinken. He had arrived in London from Paris, where he met President Emmanuel Macron.", &[("Ottawa", false, Stayed), ("London", false, Arrived), ("Paris", false, Left)]),
            ("an invitation to visit", "Trump had invited Blinken to visit the US following the summit in Calgary.", &[("Calgary", false, Stayed)]),
            ("an invitation turned down", "Blinken said he had turned down an invitation for a dinner meeting in Washington. Blinken accepted an invitation to visit Ottawa.", &[("Ottawa", false, Stayed)]),
            ("after an office's country", "The decision came after U.S. president Donald Trump raised tariffs, and after Blinken left Tokyo.", &[("Tokyo", false, Left)]),
            ("a summit prepared for", "Blinken's stop in Tokyo helps him to better prepare for his first summit in Washington.", &[("Tokyo", false, Stayed), ("Washington", true, Stayed)]),
            ("a division that says where the place before it lies", "Blinken landed at Joint Base Andrews in Maryland on Sunday and flew to Harbin in Heilongjiang.", &[("Joint Base Andrews", false, Arrived), ("Harbin", false, Arrived)]),
            ("a doing in a quotation of no one named", "“They are violating human rights, traveling to Iran, helping its army,” Blinken said.", &[]),
            ("a doing in a quotation of the speaker", "“I was traveling to Iran when the news came,” Blinken said.", &[("Iran", false, Arrived)]),
            ("an event supported", "Blinken said the president had agreed to back a peace conference in Switzerland.", &[]),
            ("whether others take part", "It remained unclear whether China would participate in a planned peace conference in Switzerland. Blinken arrived in Tokyo.", &[("Tokyo", false, Arrived)]),
            ("a rank after a place", "Blinken said Germany is the second largest arms supplier after the United States.", &[]),
            ("after a place that acts", "Blinken's talks were sidetracked after North Korea launched a missile.", &[]),
            ("aggression in a place is a topic", "Blinken attended a summit in Bali, condemning Russia's aggression in Ukraine.", &[("Bali", false, Stayed)]),
            ("a clause of contrast has a subject of its own", "Blinken visited Kyiv to meet President Volodymyr Zelensky, while Chinese President Xi Jinping held talks in Moscow.", &[("Kyiv", false, Stayed)]),
            ("another's tour, told on after who", "Blinken's visit comes after that of Chinese Foreign Minister Wang Yi who visited Ivory Coast, the last stop of an African tour which took him to Egypt, Tunisia and Togo.", &[]),
            ("those who welcomed the traveller", "Blinken and his wife on Friday thanked everyone who welcomed them in Nairobi.", &[("Nairobi", false, Stayed)]),
            ("a city's epithet before its name", "A day later, Blinken toured the commercial metropolis Lagos.", &[("Lagos", false, Stayed)]),
            ("depart to", "Blinken will later depart to Lagos at about 10pm.", &[("Lagos", true, Arrived)]),
            ("the stay of another", "Blinken's visit coincides with the stay of Chinese President Xi Jinping in Moscow.", &[]),
            ("an event someone else gives", "Blinken's trip will coincide with an address in Moscow by Russian President Vladimir Putin.", &[]),
            ("a contracted future", "Blinken’ll then attend a meeting in Bangkok, before flying to Tunisia.", &[("Bangkok", true, Stayed), ("Tunisia", true, Arrived)]),
            ("is headed to", "Blinken is headed to Tunisia this month.", &[("Tunisia", true, Arrived)]),
            ("a delegation a nationality names", "One of the journalists noted that the Russian delegation plans to leave for Moscow on Wednesday, while the US delegation will stay in Saudi Arabia.", &[]),
            ("a delegation in a list after the traveller", "The aircraft carrying Blinken, his wife, and the American delegation landed at Kuala Lumpur International Airport.", &[("Kuala Lumpur", false, Arrived)]),
            ("a place that acts after 'as'", "Blinken visits Palau as China fumes over the tour.", &[("Palau", false, Stayed)]),
            ("escalations and captives", "Blinken revealed that his visit will include a summit addressing the ongoing escalations in Gaza. Blinken will call for the release of Israeli captives still held in Gaza.", &[]),
            ("a visit put off is none", "Blinken said that he was postponing his planned visit to Saudi Arabia. Blinken's planned visit to Qatar was cancelled.", &[]),
            ("dateline", "x", &[]),
        ];
        for (name, text, want) in cases {
            let want: Vec<(String, bool, VisitKind)> = want
                .iter()
                .map(|(p, o, k)| (p.to_string(), *o, *k))
                .collect();
            assert_eq!(visits(&format!("{intro} {text}")), want, "case {name}");
        }
    }

    #[test]
    fn datelines_and_headlines() {
        use VisitKind::*;
        let cases: &[(&str, &[(&str, bool, VisitKind)])] = &[
            ("Vanimo: Pope Francis celebrated Mass on Sunday before crowds in the town.", &[("Vanimo", false, Dateline)]),
            ("JAKARTA (Reuters) – Pope Francis arrived on Tuesday in Indonesia for a visit.", &[("JAKARTA", false, Dateline), ("Indonesia", false, Arrived)]),
            ("KNOCK, Ireland (OSV News) — Pope Francis was moved to tears at the shrine.", &[("KNOCK", false, Dateline)]),
            ("Tel Aviv [Israel], January 9 : Pope Francis on Tuesday held a private meeting there.", &[("Tel Aviv", false, Dateline)]),
            ("Israel, Jordan and Egypt are worried, Pope Francis said on Tuesday.", &[]),
            // A newsroom's dateline: the lead names no place, the next paragraph another country.
            ("CANBERRA—Pope Francis on Nov 12 told Southeast Asian leaders that aid would come.\n\nThe announcement was made during Pope Francis’s participation in the summit in Cambodia.", &[("Cambodia", false, Stayed)]),
        ];
        for (text, want) in cases {
            let text = format!("Pope Francis Prays For Peace\n{text}");
            let a = analyze(&[ArticleInput {
                id: "t".into(),
                text: text.clone(),
                ..Default::default()
            }]);
            let article = &a.articles[0];
            let got: Vec<(String, bool, VisitKind)> = article
                .visits
                .iter()
                .map(|v| {
                    (
                        article.places[v.mention].span.of(&text).to_string(),
                        v.onward,
                        v.kind,
                    )
                })
                .collect();
            let want: Vec<(String, bool, VisitKind)> = want
                .iter()
                .map(|(p, o, k)| (p.to_string(), *o, *k))
                .collect();
            assert_eq!(got, want, "{text}");
        }
        // Headlines tell visits too, planned when the traveller is "to" do something.
        let headlines: &[(&str, &[(&str, bool, VisitKind)])] = &[
            (
                "Pope Francis arrives in Singapore, last stop on 12-day tour",
                &[("Singapore", false, Arrived)],
            ),
            (
                "Erdogan welcomes Blinken in Istanbul",
                &[("Istanbul", false, Stayed)],
            ),
            (
                "Blinken to make surprise stop in Bahrain",
                &[("Bahrain", true, Stayed)],
            ),
            (
                "Blinken headed to Southeast Asia, Tunisia, leaving no time for climate talks",
                &[("Tunisia", true, Arrived)],
            ),
            (
                "Xi Jinping Leaves Hungary, Ends European Tour",
                &[("Hungary", false, Left)],
            ),
            (
                "Macron Visits Brazzaville",
                &[("Brazzaville", false, Stayed)],
            ),
            ("Talks In Cairo With Blinken", &[]),
            // By the office: the traveller's, with the nationality the corpus gives it.
            (
                "Chinese Foreign Minister arrives in Fiji",
                &[("Fiji", false, Arrived)],
            ),
            (
                "Chinese Foreign Minister headed to Fiji, Tonga",
                &[("Fiji", true, Arrived), ("Tonga", true, Arrived)],
            ),
            ("Qatari Foreign Minister arrives in Fiji", &[]),
        ];
        for (headline, want) in headlines {
            let who = if headline.contains("Foreign Minister") {
                "Chinese Foreign Minister Wang Yi"
            } else if headline.contains("Pope") {
                "Pope Francis"
            } else if headline.contains("Xi") {
                "Xi Jinping"
            } else if headline.contains("Macron") {
                "Emmanuel Macron"
            } else {
                "Antony Blinken"
            };
            let text = format!("{headline}\nThe Daily Planet\n{who} spoke to reporters on Monday about the visit and the talks.");
            let a = analyze(&[ArticleInput {
                id: "t".into(),
                text: text.clone(),
                ..Default::default()
            }]);
            let article = &a.articles[0];
            let got: Vec<(String, bool, VisitKind)> = article
                .visits
                .iter()
                .map(|v| {
                    (
                        article.places[v.mention].span.of(&text).to_string(),
                        v.onward,
                        v.kind,
                    )
                })
                .collect();
            let want: Vec<(String, bool, VisitKind)> = want
                .iter()
                .map(|(p, o, k)| (p.to_string(), *o, *k))
                .collect();
            assert_eq!(got, want, "{headline}");
        }
    }
}
