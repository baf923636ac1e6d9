//! Stage 5, entities: people (with the title or role the article gives them) and organisations,
//! and every later mention linked to them: surnames ("Fidan"), first names, descriptors ("the
//! Secretary", "the top US diplomat", "the Turkish President") and acronyms ("IDF").
//!
//! A person is a capitalised name after a title ("Turkish Foreign Minister Hakan Fidan"), or a
//! name of two or more words whose surname the article uses again or that a speech verb follows.
//! An organisation is in data/organisations.tsv or ends with an institutional noun ("State
//! Department", "Palestinian Authority", "UN General Assembly").

use crate::fold::fold;
use crate::gazetteer::Gazetteer;
use crate::lexicon::{self, is_nationality, is_opener, is_speech_verb, is_title_word};
use crate::model::{Block, BlockKind, Entity, EntityKind, EntityMention, MentionForm};
use crate::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

static ORGANISATIONS: &str = include_str!("../data/organisations.tsv");

/// Nouns that end an organisation's name.
const ORG_HEADS: &[&str] = &[
    "department",
    "ministry",
    "forces",
    "army",
    "navy",
    "authority",
    "council",
    "assembly",
    "organisation",
    "organization",
    "agency",
    "party",
    "union",
    "bank",
    "fund",
    "court",
    "commission",
    "committee",
    "office",
    "movement",
    "front",
    "brigades",
    "brigade",
    "guard",
    "news",
    "group",
    "cooperation",
    "nations",
    "alliance",
    "corporation",
    "company",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "government",
    "police",
    "service",
    "institute",
    "university",
    "foundation",
    "network",
    "times",
    "post",
    "press",
    "agency",
    "militia",
    "coalition",
    "league",
];

/// Nouns that end the name of a building or a site, never a person's ("Jackson's International
/// Airport", "Elysee Palace", "Olympic Stadium"), however often the article repeats it.
const SITE_HEADS: &[&str] = &[
    "airport",
    "terminal",
    "palace",
    "hotel",
    "stadium",
    "museum",
    "cathedral",
    "basilica",
    "church",
    "mosque",
    "temple",
    "memorial",
    "monument",
    "square",
    "bridge",
    "station",
    "hall",
    "centre",
    "center",
    "park",
];

/// Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen".
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "der", "da", "del", "di", "la",
    "le",
];

/// Descriptor heads and the role words they stand for.
const DESCRIPTORS: &[(&str, &[&str])] = &[
    ("secretary", &["secretary"]),
    (
        "diplomat",
        &[
            "secretary of state",
            "foreign minister",
            "diplomat",
            "envoy",
            "ambassador",
        ],
    ),
    (
        "official",
        &["secretary", "minister", "official", "envoy", "spokes"],
    ),
    ("envoy", &["envoy", "ambassador", "secretary of state"]),
    ("president", &["president"]),
    ("prime minister", &["prime minister"]),
    ("foreign minister", &["foreign minister"]),
    ("premier", &["prime minister", "premier"]),
    ("king", &["king"]),
    ("queen", &["queen"]),
    ("pope", &["pope"]),
    ("pontiff", &["pope"]),
    ("holy father", &["pope"]),
    ("chancellor", &["chancellor"]),
    ("taoiseach", &["taoiseach"]),
    ("emir", &["emir"]),
    ("crown prince", &["crown prince"]),
    ("vice president", &["vice president"]),
];

#[derive(Clone, Copy, Debug)]
struct Token<'t> {
    /// The word without surrounding punctuation or a possessive "’s".
    core: &'t str,
    span: Span,
    possessive: bool,
    /// Punctuation after the word (or a possessive) ends a name run.
    ends_run: bool,
    /// Text before the word in its raw form starts with an opening bracket or quote.
    opens: bool,
}

fn tokens(text: &str, block: Span) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    for w in crate::words::tokens(text, block) {
        if w.core.is_empty() {
            // A dash, bar or colon standing alone ends the name before it: "Further – Macron".
            if let Some(last) = out.last_mut() {
                last.ends_run = true;
            }
            continue;
        }
        // "captionPresident": page furniture glued to a name; the name starts at the capital.
        let glued = glued_at(w.core);
        let (core, possessive) = crate::words::unpossessed(&w.core[glued..]);
        let start = w.span.start + glued;
        out.push(Token {
            core,
            span: Span::new(start, start + core.len()),
            possessive,
            // (A title's abbreviation keeps its name: "Sen. Ted Cruz", "Gen. Mark Milley".)
            ends_run: possessive
                || (w
                    .trail()
                    .chars()
                    .any(|c| !c.is_alphanumeric() && c != '\'' && c != '’')
                    && !(w.trail() == "."
                        && crate::segment::abbreviated(core)
                        && is_title_word(core))),
            opens: !w.lead().is_empty() || glued > 0,
        });
    }
    out
}

/// Where a name glued to a lower-case word starts ("captionPresident" → 7), or 0: the left part
/// must be a plain lower-case word of four letters or more, so "McCain" and "DeSantis" stay whole.
fn glued_at(word: &str) -> usize {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for k in 1..chars.len() {
        let (prev, (at, c)) = (chars[k - 1].1, chars[k]);
        if prev.is_lowercase() && c.is_uppercase() {
            let left = &word[..at];
            let plain = left.chars().all(char::is_lowercase) && left.chars().count() >= 4;
            return if plain { at } else { 0 };
        }
    }
    0
}

/// An all-capitals word that is no title, nationality or acronym of a country: a photo agency
/// or a dateline glued in front of a name ("PA US President …", "NAIROBI Vice President …").
fn is_capitals_furniture(w: &str, gazetteer: &Gazetteer) -> bool {
    w.chars().count() >= 2
        && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        && w.chars().any(char::is_alphabetic)
        && !is_title_word(w)
        && !is_nationality(w)
        && !(w.chars().count() <= 3 && gazetteer.is_place_name(w))
}

/// A photo's file name left before its caption ("MAIN2_DSC04472616.jpg Pope Francis releases a
/// dove …"): no part of a name.
fn is_file_name(w: &str) -> bool {
    const EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "avif", "tif", "mp4"];
    w.contains('_')
        || w.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty() && EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
        })
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// "al-Sudani", "el-Sisi": a particle glued to a capitalised name.
fn glued_particle(s: &str) -> bool {
    PARTICLES.iter().any(|p| {
        s.strip_prefix(p)
            .and_then(|r| r.strip_prefix('-'))
            .is_some_and(capitalised)
    })
}

struct Organisations {
    /// Folded name or alias → canonical name.
    names: HashMap<String, String>,
}

/// Builds the organisation table now (`crate::prepare`).
pub(crate) fn prepare() {
    organisations();
}

fn organisations() -> &'static Organisations {
    static ORGS: OnceLock<Organisations> = OnceLock::new();
    ORGS.get_or_init(|| {
        let mut names = HashMap::new();
        for line in ORGANISATIONS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut cols = line.split('\t');
            let Some(name) = cols.next() else { continue };
            names.insert(fold(name), name.to_string());
            for alias in cols
                .next()
                .unwrap_or("")
                .split('|')
                .filter(|a| !a.is_empty())
            {
                names.insert(fold(alias.trim_start_matches("the ")), name.to_string());
            }
        }
        Organisations { names }
    })
}

/// What one article names: entities and their mentions.
pub struct Found {
    pub entities: Vec<Entity>,
    pub mentions: Vec<EntityMention>,
}

struct Builder {
    entities: Vec<Entity>,
    mentions: Vec<EntityMention>,
    /// Folded key (surname for people, name for organisations) → entity index.
    keys: HashMap<String, usize>,
    /// People who share a surname but not a first name ("Joe Biden", "Jill Biden"): the other
    /// entities of a key beyond the one in `keys`.
    namesakes: HashMap<String, Vec<usize>>,
}

/// Two first names of one person: equal, or one letter apart ("Antony" / "Anthony").
fn same_first_name(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return true;
    }
    let (ca, cb) = (a.chars().count(), b.chars().count());
    ca >= 4 && cb >= 4 && ca.abs_diff(cb) <= 1 && {
        let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let (long, short) = if x.len() >= y.len() { (x, y) } else { (y, x) };
        // One letter inserted or changed.
        (0..long.len()).any(|skip| {
            let rest: Vec<char> = long
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != skip)
                .map(|(_, c)| *c)
                .collect();
            rest == short
                || (long.len() == short.len()
                    && long.iter().zip(&short).filter(|(p, q)| p != q).count() == 1)
        })
    }
}

impl Builder {
    fn add(&mut self, kind: EntityKind, name: &str, role: Option<String>, key: String) -> usize {
        if let (EntityKind::Person, Some(&first)) = (kind, self.keys.get(&key)) {
            // A namesake with another first name is another person.
            let given = |n: &str| n.split(' ').next().map(str::to_string);
            let new_first = given(name).filter(|_| name.contains(' '));
            let mut pool = vec![first];
            pool.extend(self.namesakes.get(&key).into_iter().flatten().copied());
            let same = pool.iter().copied().find(|&i| {
                let e = &self.entities[i];
                match (&new_first, given(&e.name).filter(|_| e.name.contains(' '))) {
                    (Some(a), Some(b)) => same_first_name(a, &b),
                    _ => true,
                }
            });
            let i = match same {
                Some(i) => i,
                None => {
                    self.entities.push(Entity {
                        kind,
                        name: name.to_string(),
                        role,
                    });
                    let i = self.entities.len() - 1;
                    self.namesakes.entry(key).or_default().push(i);
                    return i;
                }
            };
            let e = &mut self.entities[i];
            if name.len() > e.name.len() {
                e.name = name.to_string();
            }
            if e.role.is_none() {
                e.role = role;
            }
            return i;
        }
        if let Some(&i) = self.keys.get(&key) {
            let e = &mut self.entities[i];
            if name.len() > e.name.len() {
                e.name = name.to_string();
            }
            if e.role.is_none() {
                e.role = role;
            }
            return i;
        }
        self.entities.push(Entity {
            kind,
            name: name.to_string(),
            role,
        });
        self.keys.insert(key, self.entities.len() - 1);
        self.entities.len() - 1
    }

    fn mention(&mut self, span: Span, block: usize, entity: usize, form: MentionForm) {
        if !self
            .mentions
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            self.mentions.push(EntityMention {
                span,
                block,
                entity,
                form,
            });
        }
    }
}

/// The people and organisations of one article, with every mention.
pub fn find(text: &str, blocks: &[Block], gazetteer: &Gazetteer) -> Found {
    let story: Vec<(usize, Vec<Token>)> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind.is_story() || b.kind == BlockKind::Byline)
        .map(|(i, b)| (i, tokens(text, b.span)))
        .collect();
    // How often each capitalised word stands in the article: a reused surname marks a person.
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (_, ts) in &story {
        for t in ts.iter().filter(|t| capitalised(t.core)) {
            *counts.entry(fold(t.core)).or_default() += 1;
        }
    }
    // Words the article also writes in lower case ("visit"), read once when first asked: a word
    // after a title that the article writes in lower case elsewhere is no name ("his State
    // Visit to Papua New Guinea").
    let lower_case: std::cell::OnceCell<rustc_hash::FxHashSet<&str>> = std::cell::OnceCell::new();
    let written_lower = |word: &str| {
        lower_case
            .get_or_init(|| {
                story
                    .iter()
                    .flat_map(|(_, ts)| ts.iter())
                    .filter(|t| t.core.chars().next().is_some_and(char::is_lowercase))
                    .map(|t| t.core)
                    .collect()
            })
            .contains(lower(word).as_str())
    };
    let mut b = Builder {
        entities: Vec::new(),
        mentions: Vec::new(),
        keys: HashMap::new(),
        namesakes: HashMap::new(),
    };
    for (block, ts) in &story {
        // Headlines capitalise every word, so names cannot be told from the rest there; their
        // people are found by surname once the running text has introduced them.
        let sentence = blocks[*block]
            .span
            .of(text)
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', ':']);
        if blocks[*block].kind != BlockKind::Headline
            && (sentence || !crate::clean::is_title_case(ts.iter().map(|t| t.core)))
        {
            full_names(text, *block, ts, gazetteer, &counts, &written_lower, &mut b);
        }
    }
    merge_first_names(&mut b);
    for (block, ts) in &story {
        short_names(*block, ts, &mut b);
        descriptors(text, *block, ts, &mut b);
    }
    crate::sort::sort_by_key(&mut b.mentions, |m| m.span.start);
    // An entity every mention of which went to another ("Antony", merged into "Antony Blinken")
    // is dropped, and the mentions renumbered.
    let mut index = vec![None; b.entities.len()];
    let mut entities = Vec::new();
    for (i, e) in b.entities.into_iter().enumerate() {
        if b.mentions.iter().any(|m| m.entity == i) {
            index[i] = Some(entities.len());
            entities.push(e);
        }
    }
    let mentions = b
        .mentions
        .into_iter()
        .filter_map(|m| {
            Some(EntityMention {
                entity: index[m.entity]?,
                ..m
            })
        })
        .collect();
    Found { entities, mentions }
}

/// Runs of capitalised words (with particles and "of" inside) → people and organisations.
fn full_names(
    text: &str,
    block: usize,
    ts: &[Token],
    gazetteer: &Gazetteer,
    counts: &HashMap<String, usize>,
    written_lower: &dyn Fn(&str) -> bool,
    b: &mut Builder,
) {
    let orgs = organisations();
    let mut i = 0;
    while i < ts.len() {
        if !(capitalised(ts[i].core) || glued_particle(ts[i].core)) || is_file_name(ts[i].core) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // A possessive opening the run may lead into a title: "Jordan's Foreign Minister …".
        while j < ts.len()
            && (!ts[j - 1].ends_run || (j - 1 == i && ts[i].possessive && capitalised(ts[j].core)))
            && !ts[j].opens
        {
            let w = ts[j].core;
            let next_cap = ts.get(j + 1).is_some_and(|t| capitalised(t.core));
            // "Minister for Foreign Affairs": "for" joins an office to its portfolio, only after
            // a title word (so "… asked Biden for Gaza aid" keeps Biden apart).
            let office_for = w == "for" && is_title_word(&lower(ts[j - 1].core));
            let inside = (w == "of" || office_for || PARTICLES.contains(&w)) && next_cap;
            if (capitalised(w) || glued_particle(w) || inside) && !is_file_name(w) {
                j += 1;
            } else {
                break;
            }
        }
        let mut run = &ts[i..j];
        // Sentence openers, and a participle capitalised only by opening the sentence
        // ("Visiting US Secretary of State …"), are not part of a name or title.
        let participle = |t: &Token, rest: usize| {
            let l = lower(t.core);
            rest > 2 && l.len() > 5 && l.ends_with("ing") && !is_title_word(&l)
        };
        while run.first().is_some_and(|t| {
            let furniture = run.len() > 1
                && lexicon::is_calendar_word(t.core)
                && run[1].core.chars().any(char::is_lowercase);
            // "Welcome Pope Leo XIV" on a banner: a greeting is said to a person, no part of them.
            let greeting = run.len() > 1 && GREETINGS.contains(&lower(t.core).as_str());
            ((is_opener(t.core) || participle(t, run.len()) || greeting) && !t.possessive)
                || furniture
        }) {
            run = &run[1..];
        }
        // "Russian Foreign Minister Sergey Lavrov Sunday starts his African tour": a day's name
        // after a name is the time of what follows, no part of the name.
        while run.len() > 1
            && run
                .last()
                .is_some_and(|t| crate::dates::weekday(t.core).is_some())
        {
            run = &run[..run.len() - 1];
        }
        // "the Mass of Pope Francis", "the Visit of President Ruto": a thing "of" a titled
        // person (no title before the "of") is no part of the person's name.
        if let Some(k) = run.iter().position(|t| t.core == "of") {
            let titled_after = run
                .get(k + 1)
                .is_some_and(|t| is_title_word(t.core) && !t.core.contains('-'));
            let titled_before = run[..k]
                .iter()
                .any(|t| is_title_word(t.core) || t.possessive);
            if k > 0 && titled_after && !titled_before && run.len() > k + 2 {
                run = &run[k + 1..];
            }
        }
        let next = ts.get(j);
        i = j;
        if run.is_empty() {
            continue;
        }
        let span = Span::new(run[0].span.start, run[run.len() - 1].span.end);
        let whole = span.of(text);
        // A parenthesised acronym right after an organisation: "Israel Defense Forces (IDF)".
        let acronym = next.filter(|t| {
            t.opens
                && t.core
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && t.core.len() >= 2
        });
        let known = orgs.names.get(&fold(whole)).cloned();
        if known.is_none() && gazetteer.is_place_name(whole) {
            continue;
        }
        if let Some(name) = known.or_else(|| org_by_head(run)) {
            let e = b.add(EntityKind::Organisation, &name, None, fold(&name));
            b.mention(
                span,
                block,
                e,
                if fold(&name) == fold(whole) {
                    MentionForm::Full
                } else {
                    MentionForm::Alias
                },
            );
            if let Some(a) = acronym {
                b.keys.insert(fold(a.core), e);
            }
            continue;
        }
        if gazetteer.is_place_name(whole) {
            continue;
        }
        // A photo agency or a dateline in capitals before a person: "PA US President Joe Biden".
        while run.len() > 1
            && is_capitals_furniture(run[0].core, gazetteer)
            && run[1..]
                .iter()
                .any(|t| t.core.chars().any(char::is_lowercase))
        {
            run = &run[1..];
        }
        let span = Span::new(run[0].span.start, run[run.len() - 1].span.end);
        // A country of several words opening the run is part of the title: "United States Secretary …".
        let country_words = (2..=3.min(run.len().saturating_sub(1)))
            .rev()
            .find(|&n| {
                gazetteer.is_place_name(Span::new(run[0].span.start, run[n - 1].span.end).of(text))
            })
            .unwrap_or(0);
        // Title words (and a possessive country, "Jordan's") first, then the name.
        // "Brazil Luiz Inácio Lula": a country's name glued before a name of three words or more.
        let country_words = if country_words == 0
            && run.len() >= 4
            && gazetteer.country_named(run[0].core).is_some()
            && !run[0].possessive
        {
            1
        } else {
            country_words
        };
        // A place of one word before a title is the office's: "Atlanta Mayor Andre Dickens",
        // "Texas Governor Greg Abbott"; so is the country of an office written in lower case
        // before it: "chancellor of Germany Olaf Scholz".
        let run_start = j - run.len();
        let office_of_it = run_start >= 2
            && ts[run_start - 1].core == "of"
            && is_title_word(&lower(ts[run_start - 2].core))
            && gazetteer.country_named(run[0].core).is_some();
        let country_words = if country_words == 0
            && run.len() >= 3
            && !run[0].possessive
            && ((is_title_word(&lower(run[1].core)) && gazetteer.is_place_name(run[0].core))
                || office_of_it)
        {
            1
        } else {
            country_words
        };
        // An organisation's name before a title is the title's too: "United Nations
        // Secretary-General Antonio Guterres", "African Union Commission Chairperson …".
        let country_words = if country_words == 0 {
            (2..=4.min(run.len().saturating_sub(2)))
                .rev()
                .find(|&n| {
                    orgs.names.contains_key(&fold(
                        Span::new(run[0].span.start, run[n - 1].span.end).of(text),
                    )) && is_title_word(&lower(run[n].core))
                })
                .unwrap_or(0)
        } else {
            country_words
        };
        let title_len = country_words
            + run[country_words..]
                .iter()
                .enumerate()
                .position(|(k, t)| {
                    let l = lower(t.core);
                    let title = is_title_word(&l) || is_nationality(&l) || l == "of" || l == "for";
                    // "Minister for Foreign Affairs of Japan Taro Aso": the country its office is of.
                    let of_country = k > 0
                        && run[country_words + k - 1].core == "of"
                        && gazetteer.country_named(t.core).is_some();
                    let country = t.possessive && gazetteer.is_place_name(t.core);
                    !(title || of_country || country)
                })
                .unwrap_or(run.len() - country_words);
        let (title, name) = run.split_at(title_len);
        // "Foreign Minister Ana Costa of Portugal": "of" and a place after the name belong to
        // the title, not the name.
        let of_place = name.iter().position(|t| t.core == "of").filter(|&k| {
            k > 0
                && k + 1 < name.len()
                && gazetteer.is_place_name(
                    Span::new(name[k + 1].span.start, name[name.len() - 1].span.end).of(text),
                )
        });
        let (name, of_place) = match of_place {
            Some(k) => (
                &name[..k],
                Some(Span::new(name[k + 1].span.start, name[name.len() - 1].span.end).of(text)),
            ),
            None => (name, None),
        };
        if name.is_empty() || name.iter().any(|t| t.possessive && t.span.end != span.end) {
            continue;
        }
        // "The Duchess of Cambridge", "the Duke and Duchess of Sussex", "the Governor of Texas":
        // a title of a place (a country's is a title before a name, above) with no name after
        // it is how the person is known. The whole title is the name, keyed by the place.
        if name.len() == 1
            && title.last().is_some_and(|t| t.core == "of")
            && title.iter().any(|t| is_title_word(&lower(t.core)))
            && gazetteer.is_place_name(name[0].core)
        {
            let start = j - run.len();
            // A couple's titles joined by "and" before it: "Duke and Duchess of …".
            let from = match (
                start.checked_sub(2).map(|k| &ts[k]),
                start.checked_sub(1).map(|k| &ts[k]),
            ) {
                (Some(t), Some(and))
                    if and.core == "and"
                        && !t.ends_run
                        && capitalised(t.core)
                        && is_title_word(&lower(t.core)) =>
                {
                    t.span.start
                }
                _ => span.start,
            };
            let whole = Span::new(from, span.end);
            let e = b.add(EntityKind::Person, whole.of(text), None, fold(name[0].core));
            b.mention(whole, block, e, MentionForm::Full);
            continue;
        }
        let name_span = Span::new(name[0].span.start, name[name.len() - 1].span.end);
        let titled = !title.is_empty() && title.iter().any(|t| is_title_word(t.core));
        // After a title, one word is a person even if a place shares it ("Secretary … Antony").
        let lone_place = name.len() == 1 && gazetteer.is_place_name(name[0].core) && !titled;
        // "Macron Visits Brazzaville", "Republic of Congo": an untitled run that ends in a
        // prominent place is a headline or a place, not a person.
        let ends_in_place = !titled && gazetteer.is_prominent_place(name[name.len() - 1].core);
        if ends_in_place {
            continue;
        }
        let head = lower(name[name.len() - 1].core);
        // "the Council of Heads of State": a name ends in a name, not in an office.
        if name.len() > 1 && !titled && lexicon::is_title_as_written(name[name.len() - 1].core) {
            continue;
        }
        if lone_place || ORG_HEADS.contains(&head.as_str()) || SITE_HEADS.contains(&head.as_str()) {
            continue;
        }
        // "on his State Visit to …": one word after a title, which the article writes in lower
        // case elsewhere, is a common noun, not a name.
        if titled && name.len() == 1 && written_lower(name[0].core) {
            continue;
        }
        let surname = fold(name[name.len() - 1].core);
        let reused = counts.get(&surname).copied().unwrap_or(0) >= 2;
        let speaks = next.is_some_and(|t| is_speech_verb(t.core));
        // "… Lula da Silva arrived in Beijing": a name of three words before a travel verb.
        let travels = name.len() >= 3
            && next.is_some_and(|t| {
                matches!(
                    lower(t.core).as_str(),
                    "arrived" | "landed" | "visited" | "travelled" | "traveled" | "flew" | "left"
                )
            });
        // "his Turkish counterpart, Hakan Fidan", "State Department spokesman Matthew Miller": a
        // role in lower case right before the name (a comma may stand between).
        let lead_role = if titled {
            None
        } else {
            lead_role(text, ts, j - run.len(), name_span)
        };
        // "the President of India, Droupadi Murmu": an office of a country before a comma.
        let office_of_country = office_of_country_before(text, ts, j - run.len(), gazetteer);
        // "prime minister of India Narendra Modi": the office in lower case before the country.
        let office = (office_of_it && !title.is_empty()).then(|| {
            let mut first = run_start - 2;
            while first > 0 && run_start - 2 - first < 3 {
                let t = &ts[first - 1];
                if t.ends_run || capitalised(t.core) || !is_title_word(&lower(t.core)) {
                    break;
                }
                first -= 1;
            }
            Span::new(ts[first].span.start, title[title.len() - 1].span.end)
        });
        // The mention holds the office, as it holds a title inside the run.
        let span = office.map_or(span, |office| Span::new(office.start, span.end));
        let person = titled
            || lead_role.is_some()
            || office.is_some()
            || office_of_country.is_some()
            || (name.len() >= 2 && (reused || speaks || travels));
        if !person || name.iter().all(|t| is_nationality(t.core)) {
            continue;
        }
        let role = office_of_country
            .or_else(|| office.map(|office| office.of(text).to_string()))
            .or_else(|| {
                titled.then(|| {
                    let last = title[title.len() - 1].span.end;
                    // "Sen. Ted Cruz": the abbreviation's full stop is the title's.
                    let last = if text.get(last..last + 1) == Some(".") {
                        last + 1
                    } else {
                        last
                    };
                    let title = Span::new(title[0].span.start, last);
                    match of_place {
                        Some(place) => format!("{} of {place}", title.of(text)),
                        None => title.of(text).to_string(),
                    }
                })
            })
            .or(lead_role);
        let e = b.add(EntityKind::Person, name_span.of(text), role, surname);
        b.mention(span, block, e, MentionForm::Full);
    }
}

/// Role nouns written in lower case before a name: "his counterpart, Hakan Fidan".
const LEAD_ROLES: &[&str] = &[
    "counterpart",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "premier",
    "chancellor",
    "envoy",
    "ambassador",
    "adviser",
    "advisor",
    "diplomat",
    "leader",
    "secretary",
    "commander",
    "host",
];

/// The role written in lower case right before the name at `start` ("Turkish counterpart",
/// "State Department spokesman", "foreign minister"), with the words that qualify it back to a
/// determiner or punctuation; none when the word before is no role noun.
fn lead_role(text: &str, ts: &[Token], start: usize, name: Span) -> Option<String> {
    let k = start.checked_sub(1)?;
    let noun = &ts[k];
    let between = text.get(noun.span.end..name.start)?;
    let joined = matches!(between.trim(), "" | ",");
    if !joined || noun.possessive || capitalised(noun.core) {
        return None;
    }
    if !LEAD_ROLES.contains(&lower(noun.core).as_str()) {
        return None;
    }
    let mut first = k;
    while first > 0 && k - first < 3 {
        let t = &ts[first - 1];
        let l = lower(t.core);
        let qualifies = is_title_word(&l) || is_nationality(&l) || capitalised(t.core);
        if t.ends_run && !t.possessive || !qualifies || is_opener(t.core) {
            break;
        }
        first -= 1;
    }
    Some(
        Span::new(ts[first].span.start, noun.span.end)
            .of(text)
            .to_string(),
    )
}

/// The office of a country written before a comma and the name at `start` ("the President of
/// India, Droupadi Murmu", "Prime Minister of Japan, Fumio Kishida"): title words, "of", a
/// country. None for anything else ("the people of India, Droupadi Murmu's …" has no title).
fn office_of_country_before(
    text: &str,
    ts: &[Token],
    start: usize,
    gazetteer: &Gazetteer,
) -> Option<String> {
    let country = ts.get(start.checked_sub(1)?)?;
    let name = ts.get(start)?;
    if text.get(country.span.end..name.span.start)?.trim() != ","
        || gazetteer.country_named(country.core).is_none()
    {
        return None;
    }
    let of = start.checked_sub(2)?;
    if ts[of].core != "of" || ts[of].ends_run {
        return None;
    }
    let mut first = of;
    while first > 0 && of - first < 4 {
        let t = &ts[first - 1];
        if !is_title_word(&lower(t.core)) || t.ends_run {
            break;
        }
        first -= 1;
    }
    (first < of).then(|| {
        Span::new(ts[first].span.start, country.span.end)
            .of(text)
            .to_string()
    })
}

/// An organisation named by its last word: "State Department", "Palestinian Authority".
fn org_by_head(run: &[Token]) -> Option<String> {
    let last = run.last()?;
    if run.len() < 2 || !ORG_HEADS.contains(&lower(last.core).as_str()) {
        return None;
    }
    // Leading nationality words and "X-based" are not part of the name: "US State Department",
    // "West Bank-based Palestinian Authority".
    let qualifier = |t: &Token| {
        let l = lower(t.core);
        matches!(l.as_str(), "us" | "u.s" | "uk")
            || l.ends_with("-based")
            || l.ends_with("-backed")
            || l.ends_with("-led")
    };
    let start = run.iter().rposition(qualifier).map_or(0, |p| p + 1);
    let words: Vec<&str> = run[start..].iter().map(|t| t.core).collect();
    (words.len() >= 2).then(|| words.join(" "))
}

/// A person known only by a first name ("Antony", from "Secretary of State Antony") is the
/// person of the article whose full name starts with it.
fn merge_first_names(b: &mut Builder) {
    let singles: Vec<(String, usize)> = b
        .keys
        .iter()
        .filter(|(_, &i)| {
            b.entities[i].kind == EntityKind::Person && !b.entities[i].name.contains(' ')
        })
        .map(|(k, &i)| (k.clone(), i))
        .collect();
    for (key, single) in singles {
        let full = b.entities.iter().position(|e| {
            e.kind == EntityKind::Person
                && e.name.contains(' ')
                && e.name.split(' ').next().is_some_and(|f| fold(f) == key)
        });
        if let Some(full) = full {
            b.keys.insert(key, full);
            for m in b.mentions.iter_mut().filter(|m| m.entity == single) {
                m.entity = full;
            }
            if b.entities[full].role.is_none() {
                b.entities[full].role = b.entities[single].role.clone();
            }
        }
    }
}

/// Surnames, first names and acronyms standing alone.
fn short_names(block: usize, ts: &[Token], b: &mut Builder) {
    let mut firsts: HashMap<String, usize> = b
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person && e.name.contains(' '))
        .filter_map(|(i, e)| Some((fold(e.name.split(' ').next()?), i)))
        .collect();
    // The name a person goes by inside a long name: "Lula" of "Luiz Inácio Lula da Silva".
    for (i, e) in b.entities.iter().enumerate() {
        let parts: Vec<&str> = e.name.split(' ').collect();
        if e.kind != EntityKind::Person || parts.len() < 3 {
            continue;
        }
        for inner in &parts[1..parts.len() - 1] {
            if inner.chars().count() >= 4 && capitalised(inner) {
                firsts.entry(fold(inner)).or_insert(i);
            }
        }
    }
    for t in ts.iter().filter(|t| capitalised(t.core)) {
        let key = fold(t.core);
        // A surname several people share goes to the one named most recently.
        let namesakes: Vec<usize> = b
            .keys
            .get(&key)
            .copied()
            .into_iter()
            .chain(b.namesakes.get(&key).into_iter().flatten().copied())
            .collect();
        let recent = |e: usize| {
            b.mentions
                .iter()
                .filter(|m| m.entity == e && m.span.start < t.span.start)
                .map(|m| m.span.start)
                .max()
        };
        let chosen = if namesakes.len() > 1 {
            namesakes
                .iter()
                .copied()
                .max_by_key(|&e| (recent(e), std::cmp::Reverse(e)))
        } else {
            namesakes.first().copied()
        };
        let found = chosen.or_else(|| firsts.get(&key).copied());
        if let Some(e) = found {
            let form = if b.entities[e].kind == EntityKind::Organisation {
                MentionForm::Alias
            } else {
                MentionForm::Short
            };
            b.mention(t.span, block, e, form);
        }
    }
}

/// Words of rank in a descriptor, between its opener and its office: "the top US diplomat".
pub(crate) const RANKS: &[&str] = &["top", "chief", "senior", "visiting"];

/// Words of greeting that open a line addressed to a person.
const GREETINGS: &[&str] = &[
    "welcome", "thank", "thanks", "dear", "hello", "farewell", "goodbye",
];

/// Words that tell a holder of an office as a former one.
const FORMER: &[&str] = &[
    " former ",
    " late ",
    " previous ",
    " predecessor ",
    " death ",
    " died ",
    " funeral ",
];

/// Whether the sentence around `span` tells its person as a former holder of an office.
fn told_as_former(text: &str, span: Span) -> bool {
    let start = text
        .get(..span.start)
        .and_then(|t| t.rfind(['.', '\n']))
        .map_or(0, |i| i + 1);
    let end = text
        .get(span.end..)
        .and_then(|t| t.find(['.', '\n']))
        .map_or(text.len(), |i| span.end + i);
    let words = crate::words::padded(text.get(start..end).unwrap_or(""));
    FORMER.iter().any(|f| words.contains(f))
}

/// "the Secretary", "the top US diplomat", "America's top diplomat", "the Turkish President".
fn descriptors(text: &str, block: usize, ts: &[Token], b: &mut Builder) {
    for (i, t) in ts.iter().enumerate() {
        let opener = lower(t.core);
        let starts = opener == "the" || (t.possessive && capitalised(t.core));
        if !starts {
            continue;
        }
        let mut k = i + 1;
        let mut nationality: Option<String> = t.possessive.then(|| opener.clone());
        while let Some(w) = ts.get(k) {
            let l = lower(w.core);
            // "the 87-year-old pontiff", "the new prime minister": words that describe.
            let describes = l.ends_with("-year-old")
                || matches!(
                    l.as_str(),
                    "new" | "former" | "elderly" | "frail" | "ailing"
                );
            let rank = RANKS.contains(&l.as_str());
            if rank || l == "american" || is_nationality(&l) || describes {
                if !rank && !describes {
                    nationality = Some(l);
                }
                k += 1;
            } else {
                break;
            }
        }
        let one = ts.get(k).map(|w| lower(w.core)).unwrap_or_default();
        let two = format!(
            "{one} {}",
            ts.get(k + 1).map(|w| lower(w.core)).unwrap_or_default()
        );
        let (head, used) = match DESCRIPTORS.iter().find(|(h, _)| *h == two) {
            Some(d) => (d, 2),
            None => match DESCRIPTORS.iter().find(|(h, _)| *h == one) {
                Some(d) => (d, 1),
                None => continue,
            },
        };
        if ts[k + used - 1..].first().is_some_and(|w| w.possessive) {
            continue;
        }
        // "The President of India, Droupadi Murmu": the office introduces the name that follows
        // (its role), and is no mention of its own.
        let introduces = ts.get(k + used).is_some_and(|w| w.core == "of")
            && ts.get(k + used + 1).is_some_and(|w| w.ends_run)
            && ts.get(k + used + 2).is_some_and(|w| {
                b.mentions
                    .iter()
                    .any(|m| m.span.start == w.span.start && m.form == MentionForm::Full)
            });
        if introduces {
            continue;
        }
        let span = Span::new(t.span.start, ts[k + used - 1].span.end);
        // The person of that role named most recently before the descriptor ("the Prime Minister"
        // right after "Iraqi Prime Minister … al-Sudani"), else the most mentioned.
        let recency = |e: usize| {
            b.mentions
                .iter()
                .filter(|m| m.entity == e && m.span.start < t.span.start)
                .map(|m| m.span.start)
                .max()
        };
        let mentions_of = |e: usize| b.mentions.iter().filter(|m| m.entity == e).count();
        // "The previous visit by the Pope to Turkey was made by Pope Francis in 2014", "After
        // Pope Francis' death …": a holder told only as a former one is not who "the Pope" is.
        let current = |e: usize| {
            !b.mentions
                .iter()
                .filter(|m| m.entity == e)
                .all(|m| told_as_former(text, m.span))
        };
        let best = b
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .filter_map(|(i, e)| {
                let role = e.role.as_deref().map(lower).unwrap_or_default();
                if !head.1.iter().any(|r| role.contains(r)) {
                    return None;
                }
                // A stated nationality that matches ranks first; a role with none does not contradict.
                let country = match nationality.as_deref() {
                    None => 1,
                    Some(n) if nationality_matches(n, &role) => 2,
                    Some(_) if !names_a_nationality(&role) => 1,
                    Some(_) => return None,
                };
                Some((i, country))
            })
            .max_by_key(|&(i, country)| (country, current(i), recency(i), mentions_of(i)))
            .map(|(i, _)| i);
        if let Some(e) = best {
            b.mention(span, block, e, MentionForm::Descriptor);
        }
    }
}

/// Whether a role says whose it is ("US Secretary of State", "Jordan's Foreign Minister").
fn names_a_nationality(role: &str) -> bool {
    role.split_whitespace().any(|w| {
        is_nationality(w.trim_end_matches("'s").trim_end_matches("’s"))
            || w.ends_with("'s")
            || w.ends_with("’s")
    })
}

pub(crate) fn nationality_matches(nationality: &str, role: &str) -> bool {
    let us = ["us", "u.s", "american", "america", "united states"];
    if us.contains(&nationality) {
        return us.iter().any(|n| {
            role.split_whitespace()
                .any(|w| w.trim_matches('.') == *n || w == "u.s.")
        });
    }
    // "turkish" ~ "turkey"/"turkiye", "jordan" ~ "jordan's"/"jordanian": compare stems.
    let stem: String = nationality.chars().take(4).collect();
    role.split_whitespace().any(|w| w.starts_with(&stem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;

    fn people(text: &str) -> Vec<(String, Option<String>, Vec<String>)> {
        let text = format!("A headline for the test\n{text}");
        let found = find(&text, &classify(&text), Gazetteer::bundled());
        found
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let ms = found
                    .mentions
                    .iter()
                    .filter(|m| m.entity == i)
                    .map(|m| m.span.of(&text).to_string())
                    .collect();
                (e.name.clone(), e.role.clone(), ms)
            })
            .collect()
    }

    #[test]
    fn table() {
        let s = |x: &str| Some(x.to_string());
        let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let cases: Vec<(&str, &str, Vec<(String, Option<String>, Vec<String>)>)> = vec![
            ("title, then surname", "Turkish Foreign Minister Hakan Fidan met him. Fidan said little.",
                vec![("Hakan Fidan".into(), s("Turkish Foreign Minister"), v(&["Turkish Foreign Minister Hakan Fidan", "Fidan"]))]),
            ("possessive country in the title", "Jordan's Foreign Minister Ayman Safadi queried it.",
                vec![("Ayman Safadi".into(), s("Jordan's Foreign Minister"), v(&["Jordan's Foreign Minister Ayman Safadi"]))]),
            ("a day after the name", "Turkish Foreign Minister Hakan Fidan Sunday starts his tour.",
                vec![("Hakan Fidan".into(), s("Turkish Foreign Minister"), v(&["Turkish Foreign Minister Hakan Fidan"]))]),
            ("particle", "Iraqi Prime Minister Mohammed Shiaa al-Sudani met him.",
                vec![("Mohammed Shiaa al-Sudani".into(), s("Iraqi Prime Minister"), v(&["Iraqi Prime Minister Mohammed Shiaa al-Sudani"]))]),
            ("untitled name reused", "Husam Zomlot spoke. Later Zomlot said more.",
                vec![("Husam Zomlot".into(), None, v(&["Husam Zomlot", "Zomlot"]))]),
            ("a preposition opening the sentence", "Husam Zomlot spoke. Besides Zomlot, the summit heard others.",
                vec![("Husam Zomlot".into(), None, v(&["Husam Zomlot", "Zomlot"]))]),
            ("descriptors", "US Secretary of State Antony Blinken landed. The next day the top US diplomat met the king. The Secretary urged calm.",
                vec![("Antony Blinken".into(), s("US Secretary of State"), v(&["US Secretary of State Antony Blinken", "the top US diplomat", "The Secretary"]))]),
            ("first name alone", "US Secretary of State Antony Blinken landed. The US Secretary of State Antony met Fidan.",
                vec![("Antony Blinken".into(), s("US Secretary of State"), v(&["US Secretary of State Antony Blinken", "US Secretary of State Antony"]))]),
            ("title descriptor", "President Recep Tayyip Erdogan left. Later the Turkish President stated it.",
                vec![("Recep Tayyip Erdogan".into(), s("President"), v(&["President Recep Tayyip Erdogan", "the Turkish President"]))]),
            ("places and nationalities are not people", "West Asian nations met in Tel Aviv. Arab leaders came. West Asian leaders left.", vec![]),
            ("country of several words in the title", "United States Secretary of State Antony Blinken met them.",
                vec![("Antony Blinken".into(), s("United States Secretary of State"), v(&["United States Secretary of State Antony Blinken"]))]),
            ("any country's demonym opens a title", "Indonesian President Prabowo Subianto will visit. Kazakh President Kassym-Jomart Tokayev met him.",
                vec![("Prabowo Subianto".into(), s("Indonesian President"), v(&["Indonesian President Prabowo Subianto"])),
                     ("Kassym-Jomart Tokayev".into(), s("Kazakh President"), v(&["Kazakh President Kassym-Jomart Tokayev"]))]),
            ("the country of an office in lower case before the name", "The talks went well, chancellor of Germany Olaf Scholz said. Scholz left.",
                vec![("Olaf Scholz".into(), s("chancellor of Germany"), v(&["chancellor of Germany Olaf Scholz", "Scholz"]))]),
            ("an office of two words before its country", "He met the prime minister of India Narendra Modi there.",
                vec![("Narendra Modi".into(), s("prime minister of India"), v(&["prime minister of India Narendra Modi"]))]),
            ("a city before the title is the office's", "Atlanta Mayor Andre Dickens welcomed him. Dickens spoke. Atlanta is proud.",
                vec![("Andre Dickens".into(), s("Atlanta Mayor"), v(&["Atlanta Mayor Andre Dickens", "Dickens"]))]),
            ("a greeting before a title", "The banners read: Welcome Pope Leo XIV. The Pope smiled.",
                vec![("Leo XIV".into(), s("Pope"), v(&["Pope Leo XIV", "The Pope"]))]),
            ("a former holder is not who the office is", "Pope Leo XIV prayed. The last visit was made by Pope Francis in 2014, before his death. The Pope met the president.",
                vec![("Leo XIV".into(), s("Pope"), v(&["Pope Leo XIV", "The Pope"])),
                     ("Francis".into(), s("Pope"), v(&["Pope Francis"]))]),
            ("an organisation's name in the title", "United Nations Secretary-General Antonio Guterres met them.",
                vec![("Antonio Guterres".into(), s("United Nations Secretary-General"), v(&["United Nations Secretary-General Antonio Guterres"]))]),
            ("a participle opening the sentence", "Visiting US Secretary of State Antony Blinken met them.",
                vec![("Antony Blinken".into(), s("US Secretary of State"), v(&["US Secretary of State Antony Blinken"]))]),
            ("the nearest matching person", "Israeli Prime Minister Benjamin Netanyahu spoke. Netanyahu left. Iraqi Prime Minister Mohammed al-Sudani met him. He urged the Prime Minister to act.",
                vec![("Benjamin Netanyahu".into(), s("Israeli Prime Minister"), v(&["Israeli Prime Minister Benjamin Netanyahu", "Netanyahu"])),
                     ("Mohammed al-Sudani".into(), s("Iraqi Prime Minister"), v(&["Iraqi Prime Minister Mohammed al-Sudani", "the Prime Minister"]))]),
            ("headline names are found by surname", "Blinken Meets Turkish FM for Talks\nUS Secretary of State Antony Blinken met him.",
                vec![("Antony Blinken".into(), s("US Secretary of State"), v(&["Blinken", "US Secretary of State Antony Blinken"]))]),
            ("a country after the name belongs to the title", "Foreign Minister Ana Costa of Portugal arrived. Costa spoke.",
                vec![("Ana Costa".into(), s("Foreign Minister of Portugal"), v(&["Foreign Minister Ana Costa of Portugal", "Costa"]))]),
            ("an office for a portfolio, of a country, before the name", "Minister for Foreign Affairs of Norway Kari Lund arrived. Lund spoke.",
                vec![("Kari Lund".into(), s("Minister for Foreign Affairs of Norway"), v(&["Minister for Foreign Affairs of Norway Kari Lund", "Lund"]))]),
            ("an abbreviated office before the name", "Iranian FM Hossein Amini arrived. PM Ravi Das met Amini.",
                vec![("Hossein Amini".into(), s("Iranian FM"), v(&["Iranian FM Hossein Amini", "Amini"])), ("Ravi Das".into(), s("PM"), v(&["PM Ravi Das"]))]),
            ("a role in lower case before the name", "In Ankara he met his Turkish counterpart, Hakan Fidan, for hours.",
                vec![("Hakan Fidan".into(), s("Turkish counterpart"), v(&["Hakan Fidan"]))]),
            ("a role in lower case, no comma", "Blinken later met his Turkish counterpart Hakan Fidan in Ankara.",
                vec![("Hakan Fidan".into(), s("Turkish counterpart"), v(&["Hakan Fidan"]))]),
            ("a title written in lower case", "The talks, said foreign minister Ayman Safadi, went badly.",
                vec![("Ayman Safadi".into(), s("foreign minister"), v(&["Ayman Safadi"]))]),
            ("an organisation's spokesman", "State Department spokesman Matthew Miller said so.",
                vec![("State Department".into(), None, v(&["State Department"])),
                     ("Matthew Miller".into(), s("State Department spokesman"), v(&["Matthew Miller"]))]),
            ("a role noun not right before the name is no role", "He was a leader in Ankara. Hakan Fidan was there.", vec![]),
            ("an adverb opening the sentence", "Then Foreign Minister Ana Costa spoke. Costa left.",
                vec![("Ana Costa".into(), s("Foreign Minister"), v(&["Foreign Minister Ana Costa", "Costa"]))]),
            ("a title of a place is the name, a couple's too", "The Duke and Duchess of Cambridge landed. The Governor of Texas spoke.",
                vec![("Duke and Duchess of Cambridge".into(), None, v(&["Duke and Duchess of Cambridge"])),
                     ("Governor of Texas".into(), None, v(&["Governor of Texas"]))]),
            ("a sentence glued to a name", "They left in April.Princess Anne will fly.",
                vec![("Anne".into(), s("Princess"), v(&["Princess Anne"]))]),
            ("a photo's file name before its caption", "IMG_0412.jpg Foreign Minister Ana Costa waves. Costa left.",
                vec![("Ana Costa".into(), s("Foreign Minister"), v(&["Foreign Minister Ana Costa", "Costa"]))]),
            ("an office of a country before a comma is the role", "The President of India, Smt Droupadi Murmu, landed. Murmu spoke.",
                vec![("Droupadi Murmu".into(), s("President of India"), v(&["Smt Droupadi Murmu", "Murmu"]))]),
            ("an office of a country makes the name a person's", "The Prime Minister of Japan, Taro Sato, landed.",
                vec![("Taro Sato".into(), s("Prime Minister of Japan"), v(&["Taro Sato"]))]),
            ("a form of address is no part of the name", "His Excellency Ana Costa landed. The Hon Ravi Das met Costa.",
                vec![("Ana Costa".into(), s("Excellency"), v(&["Excellency Ana Costa", "Costa"])), ("Ravi Das".into(), s("Hon"), v(&["Hon Ravi Das"]))]),
            ("a common noun after a title", "Costa's visit was short. It was his State Visit to the islands.", vec![]),
            ("a site repeated is no person", "They met at Jackson's International Airport. The International Airport was full.", vec![]),
            ("a thing of a titled person", "Crowds came to the Mass of Pope Francis. The Pope left.",
                vec![("Francis".into(), s("Pope"), v(&["Pope Francis", "The Pope"]))]),
            ("a name ends in a name, not in an office", "The Council of Heads of State met. The Council of Heads of State spoke.", vec![]),
            ("an abbreviated title keeps its name", "Sen. Ted Cruz spoke. Maj. Gen. Ana Costa left.",
                vec![("Ted Cruz".into(), s("Sen."), v(&["Sen. Ted Cruz"])), ("Ana Costa".into(), s("Maj. Gen."), v(&["Maj. Gen. Ana Costa"]))]),
        ];
        for (name, text, want) in cases {
            assert_eq!(people(text), want, "case {name}");
        }
    }

    #[test]
    fn organisations_by_list_head_noun_and_acronym() {
        let text = "A headline for the test\nIsrael Defense Forces (IDF) struck. The IDF said so. The State Department and Hamas and NATO and the UN General Assembly spoke.";
        let found = find(text, &classify(text), Gazetteer::bundled());
        let orgs: Vec<(&str, &str)> = found
            .mentions
            .iter()
            .filter(|m| found.entities[m.entity].kind == EntityKind::Organisation)
            .map(|m| (m.span.of(text), found.entities[m.entity].name.as_str()))
            .collect();
        assert_eq!(
            orgs,
            vec![
                ("Israel Defense Forces", "Israel Defense Forces"),
                ("IDF", "Israel Defense Forces"),
                ("IDF", "Israel Defense Forces"),
                ("State Department", "State Department"),
                ("Hamas", "Hamas"),
                ("NATO", "North Atlantic Treaty Organization"),
                ("UN General Assembly", "UN General Assembly"),
            ]
        );
    }
}
