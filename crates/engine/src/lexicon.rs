//! Closed word lists the stages share, all lower case: one list per idea, so that the quotes,
//! segment and entities stages cannot drift apart.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Verbs that attribute speech or a stated position.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "asked",
    "asks",
    "queried",
    "told",
    "tells",
    "stated",
    "states",
    "stating",
    "noted",
    "wrote",
    "insisted",
    "replied",
    "declared",
    "warned",
    "warning",
    "stressed",
    "explained",
    "urged",
    "admitted",
    "admits",
    "acknowledged",
    "announced",
    "claimed",
    "described",
    "called",
    "calling",
    "accused",
    "accusing",
    "demanded",
    "referred",
    "pressed",
    "emphasized",
    "emphasised",
    "argued",
    "tweeted",
    "posted",
    "continued",
];

/// Words that make a title or role: "US Secretary of State", "Jordan's Foreign Minister".
pub(crate) const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    // "Minister for Foreign Affairs", "Secretary for Home Affairs".
    "affairs",
    // "Foreign Relations Minister Dinesh Gunawardena".
    "relations",
    // Abbreviated offices, as South Asian papers write them: "PM Narendra Modi", "Iranian FM
    // Mohammad Javad Zarif", "EAM S Jaishankar".
    "pm",
    "fm",
    "eam",
    "defence",
    "defense",
    "interior",
    "finance",
    "secretary",
    "state",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "king",
    "queen",
    "prince",
    "crown",
    "emir",
    "sheikh",
    "sultan",
    "chancellor",
    "senator",
    "sen",
    "governor",
    "gov",
    "mayor",
    "chief",
    "deputy",
    "pope",
    "premier",
    "mr",
    "maj",
    "capt",
    "sgt",
    "prof",
    "rev",
    "pres",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "adm",
    "commander",
    "leader",
    "speaker",
    "representative",
    "rep",
    "head",
    "director",
    "chairman",
    "chair",
    "ceo",
    "justice",
    "judge",
    "special",
    "high",
    "commissioner",
    "department",
    "authority",
    "top",
    "former",
    "acting",
    "national",
    "security",
    "adviser",
    "advisor",
    "u.s.",
    "first",
    "lady",
    "sir",
    "dame",
    // Forms of address: "His Excellency Emmanuel Macron", "Hon. James Marape", "His Royal
    // Highness Prince William": no part of the name.
    "excellency",
    "holiness",
    "majesty",
    "highness",
    "royal",
    "hon",
    // India's: Shrimati, Shri.
    "smt",
    "shri",
    "honourable",
    "honorable",
    "lord",
    "cardinal",
    "archbishop",
    "bishop",
    "emperor",
    "empress",
    "princess",
    "duke",
    "duchess",
    "taoiseach",
    "tanaiste",
    "chancellor",
    "secretary-general",
    "vice-president",
    "president-elect",
    "director-general",
    "un",
    "nato",
    "eu",
];

/// Nationality adjectives, demonyms and compass words that open a title or a group's name.
pub(crate) const NATIONALITIES: &[&str] = &[
    "us",
    "u.s",
    "american",
    "british",
    "uk",
    "turkish",
    "israeli",
    "iraqi",
    "jordanian",
    "egyptian",
    "palestinian",
    "iranian",
    "saudi",
    "syrian",
    "lebanese",
    "qatari",
    "emirati",
    "cypriot",
    "greek",
    "russian",
    "ukrainian",
    "chinese",
    "japanese",
    "indian",
    "pakistani",
    "french",
    "german",
    "italian",
    "spanish",
    "portuguese",
    "polish",
    "serbian",
    "bosnian",
    "croatian",
    "kenyan",
    "nigerian",
    "south",
    "african",
    "canadian",
    "mexican",
    "brazilian",
    "argentine",
    "australian",
    "korean",
    "north",
    "afghan",
    "yemeni",
    "libyan",
    "tunisian",
    "moroccan",
    "algerian",
    "sudanese",
    "ethiopian",
    "somali",
    "european",
    "arab",
    "kurdish",
    "montenegrin",
    "albanian",
    "hungarian",
    "romanian",
    "bulgarian",
    "dutch",
    "belgian",
    "swiss",
    "austrian",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "irish",
    "scottish",
    "welsh",
    "tanzanian",
    "ghanaian",
    "bahraini",
    "omani",
    "kuwaiti",
    "azerbaijani",
    "armenian",
    "georgian",
    "west",
    "east",
    "western",
    "eastern",
    "northern",
    "southern",
    "asian",
    "muslim",
    "christian",
    "jewish",
    "sunni",
    "shiite",
    "shia",
    "middle",
    "gulf",
    "latin",
    "nordic",
    "balkan",
    "central",
    // Shorter than the data's "kazakhstani", "uzbekistani", "tadzhik", "kirghiz".
    "kazakh",
    "uzbek",
    "tajik",
    "kyrgyz",
    "u.s",
];

/// Words that open sentences and are no part of a name ("The", "In", "However", "It").
pub(crate) const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "while",
    "when",
    "despite",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "then",
    "finally",
    "afterwards",
    "notably",
    "also",
    "but",
    "and",
    "furthermore",
    "additionally",
    "according",
    "as",
    "with",
    "since",
    "although",
    "hours",
    "just",
    "truth",
    "it",
    "he",
    "she",
    "they",
    "this",
    "that",
    "these",
    "those",
    "there",
    "we",
    "i",
    "you",
    "its",
    "their",
    "his",
    "her",
    "under",
    "from",
    "for",
    "to",
    "if",
    "following",
    "unlike",
    "like",
    "besides",
    "beside",
    "alongside",
    "apart",
    "except",
    "both",
    "among",
    "amid",
    "other",
    "another",
    "some",
    "many",
    "several",
    "all",
    "each",
    "every",
    "most",
];

fn has(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
        // (Lower-casing the word matters, and allocates, only beyond ASCII.)
        || (!word.is_ascii() && list.contains(&word.to_lowercase().as_str()))
}

pub(crate) fn is_speech_verb(word: &str) -> bool {
    has(SPEECH_VERBS, word)
}

/// "II", "III", "XIV": a regnal number after a sovereign's or a pope's name.
pub(crate) fn is_regnal_number(word: &str) -> bool {
    word.len() >= 2 && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

pub(crate) fn is_title_word(word: &str) -> bool {
    has(TITLE_WORDS, word)
}

/// Verbs of a headline spelt like a town: "Tours" (France).
const VERBS_NAMED_LIKE_PLACES: &[&str] = &["tours"];

pub(crate) fn is_verb_named_like_a_place(word: &str) -> bool {
    VERBS_NAMED_LIKE_PLACES.contains(&word.to_lowercase().as_str())
}

/// Titles written as an acronym: a title only in capitals ("UN", "EU"), a name in "Kim Jong Un".
const ACRONYM_TITLES: &[&str] = &["un", "nato", "eu"];

/// Whether a word as written is a title word: an acronym's letters written as a name are a name.
pub(crate) fn is_title_as_written(word: &str) -> bool {
    let l = word.to_lowercase();
    is_title_word(&l)
        && !(ACRONYM_TITLES.contains(&l.as_str()) && word.chars().any(char::is_lowercase))
}

/// Demonyms → ISO2 ("indonesian" → ID), generated by tools/gazetteer/build.mjs.
const DEMONYMS: &str = include_str!("../data/demonyms.tsv");

/// The demonyms of one word or more, lower case, with their country's ISO2 ("-" for none).
pub(crate) fn demonyms() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DEMONYMS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(d, iso)| (d.trim_end_matches('.'), iso))
            .collect()
    })
}

/// A nationality adjective: the list above, or a country's demonym of one word
/// ("Indonesian", "Vietnamese", "Angolan"), unless the data gives the country's own name
/// ("Djibouti", "Gibraltar", "Vatican").
pub(crate) fn is_nationality(word: &str) -> bool {
    has(NATIONALITIES, word) || is_demonym(word)
}

/// A country's demonym of one word, compared in lower case (on the stack for the ASCII words a
/// demonym can be: this runs for every capitalised word of a name or a cue's lead).
fn is_demonym(word: &str) -> bool {
    let found = |lower: &str| {
        let lower = lower.trim_end_matches('.');
        demonyms().contains_key(lower)
            && !matches!(lower, "djibouti" | "gibraltar" | "vatican" | "eu")
    };
    let mut buf = [0u8; 24];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(found)
        }
        // Longer than any demonym of one word.
        None => false,
        Some(_) => found(&word.to_lowercase()),
    }
}

/// Day and month names ("on Monday President Biden …" starts no name with "Monday").
pub(crate) fn is_calendar_word(word: &str) -> bool {
    const CALENDAR: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    has(CALENDAR, word)
}

pub(crate) fn is_opener(word: &str) -> bool {
    has(OPENERS, word)
}
