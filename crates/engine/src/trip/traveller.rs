//! Whose trip it is: the traveller the user named, or the person the corpus follows (named in
//! the most articles and the subject of their travel verbs); and, once known, which of each
//! article's place mentions say the traveller was there.
//!
//! One person may be spelt several ways across outlets (Antony / Anthony Blinken, Gaddafi /
//! Qaddafi, Zelensky / Zelenskyy): surnames that differ by one letter, a doubled letter or a
//! -y / -iy ending are one person, and so is a name given in either order (Toshimitsu Motegi /
//! Motegi Toshimitsu). A spouse or running mate named beside the traveller in every
//! article is not the traveller: the person who arrives, visits and leaves is. The name shown is
//! the full name most articles give, with a title of office kept when it is part of how the
//! person is known ("Pope Francis", "King Charles III").

use super::visits;
use crate::fold;
use crate::model::{Article, EntityKind, EntityMention, Place, Traveller};
use std::collections::HashMap;

/// The traveller's surname and first name, with their spellings, folded: what marks a mention
/// as the traveller's ("Biden" and "Joe Biden", not "Jill Biden").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TravellerKey {
    keys: Vec<String>,
    firsts: Vec<String>,
    /// `keys` and `firsts` normalised once (`normal`): `is` runs for every person mention.
    normal_keys: Vec<String>,
    normal_firsts: Vec<String>,
    /// Whether a surname is hyphenated ("Amir-Abdollahian"), so two words may spell it.
    joinable: bool,
}

impl TravellerKey {
    fn new(keys: Vec<String>, firsts: Vec<String>) -> TravellerKey {
        TravellerKey {
            joinable: keys.iter().any(|k| k.contains('-')),
            normal_keys: keys.iter().map(|k| normal(k)).collect(),
            normal_firsts: firsts.iter().map(|f| normal(f)).collect(),
            keys,
            firsts,
        }
    }

    /// Whether `span` of `article` names the traveller (a mention of them lies inside it).
    pub(crate) fn named_in(&self, article: &Article, span: crate::Span) -> bool {
        article.entity_mentions.iter().any(|t| {
            span.start <= t.span.start
                && t.span.end <= span.end
                && article
                    .entities
                    .get(t.entity)
                    .is_some_and(|e| self.is(&e.name))
        })
    }

    /// Whether a person's name (any form) is the traveller's.
    pub(crate) fn is(&self, name: &str) -> bool {
        // A surname of two words is one name however it is joined: "Amir Abdollahian",
        // "Amir-Abdollahian", "Amirabdollahian" (the first name, if any, before both words).
        // (Only for a hyphenated surname: `is` runs for every person mention.)
        let words: Vec<&str> = if self.joinable {
            name.split_whitespace().collect()
        } else {
            Vec::new()
        };
        if let [before @ .., a, b] = words.as_slice() {
            let joined = normal(&fold::fold(&format!("{a}{b}")));
            if self.normal_keys.iter().any(|k| same_normal(k, &joined)) {
                return self.first_fits(before.first().map(|f| fold::fold(f)));
            }
        }
        let key = surname_key(name);
        let surname = self.keys.contains(&key) || {
            let key = normal(&key);
            self.normal_keys.iter().any(|k| same_normal(k, &key))
        };
        surname && self.first_fits(first_name(name))
    }

    /// Whether a folded first name (none: any) fits the traveller's, when theirs is known.
    fn first_fits(&self, first: Option<String>) -> bool {
        match first {
            Some(f) if !self.firsts.is_empty() => {
                self.firsts.contains(&f) || {
                    let f = normal(&f);
                    self.normal_firsts.iter().any(|g| same_normal(g, &f))
                }
            }
            _ => true,
        }
    }
}

/// The folded first word of a name of two words or more; none in a title of a place ("Duke of
/// Cambridge", "Duke and Duchess of Cambridge": one traveller, keyed by the place).
fn first_name(name: &str) -> Option<String> {
    if name.contains(" of ") {
        return None;
    }
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next().map(|_| fold::fold(first))
}

/// The names a person goes by before the surname, folded: "Luiz Inácio Lula da Silva" is also
/// "Lula da Silva" (a particle in lower case is no name of its own).
fn given_names(name: &str) -> Vec<String> {
    let Some(first) = first_name(name) else {
        return Vec::new();
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let surname = surname(name);
    let mut out = vec![first];
    for w in words.iter().skip(1).take_while(|w| **w != surname) {
        let named = w.chars().next().is_some_and(char::is_uppercase);
        let w = fold::fold(w);
        if named && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// Titles of office that are part of a person's name when they go by one name: "Pope Francis".
const NAMED_BY_TITLE: &[&str] = &[
    "pope",
    "king",
    "queen",
    "emperor",
    "empress",
    "prince",
    "princess",
    "sultan",
    "emir",
    "sheikh",
    "cardinal",
    "patriarch",
];

/// Roles of a companion rather than of the person travelling.
const COMPANION_ROLES: &[&str] = &[
    "first lady",
    "lady",
    "wife",
    "husband",
    "spouse",
    "second gentleman",
    "running mate",
    "son",
    "daughter",
];

/// Verbs whose subject is travelling: the person a corpus follows is their subject.
const TRAVEL_VERBS: &[&str] = &[
    "arrive",
    "arrived",
    "arrives",
    "arriving",
    "landed",
    "lands",
    "visit",
    "visited",
    "visits",
    "visiting",
    "travel",
    "travelled",
    "traveled",
    "travels",
    "flew",
    "flies",
    "fly",
    "toured",
    "tours",
    "depart",
    "departed",
    "departs",
    "left",
    "leaves",
    "heads",
    "headed",
    "concluded",
    "concludes",
    "wrapped",
    "began",
    "begins",
    "kicked",
    "returned",
    "returns",
    "stopped",
];

/// The traveller the user named; the role comes from the articles when they give one.
pub(crate) fn given(articles: &[Article], name: &str) -> (Traveller, TravellerKey) {
    let key = TravellerKey::new(vec![surname_key(name)], given_names(name));
    let role = articles
        .iter()
        .flat_map(|a| &a.entities)
        .find(|e| e.kind == EntityKind::Person && key.is(&e.name))
        .and_then(|e| e.role.clone());
    let traveller = Traveller {
        name: name.to_string(),
        role,
        basis: "given with the articles".into(),
    };
    (traveller, key)
}

/// The folded surname that keys a person across articles.
pub(crate) fn surname_key(name: &str) -> String {
    fold::fold(surname(name))
}

/// The word a person goes by, as written: the last, but a regnal number is no surname
/// ("Charles III" is known by "Charles").
pub(crate) fn surname(name: &str) -> &str {
    let mut words = name.split(' ').rev();
    let last = words.next().unwrap_or(name);
    match words.next() {
        Some(before) if crate::lexicon::is_regnal_number(last) => before,
        _ => last,
    }
}

/// A surname with doubled letters single, hyphens dropped and a -iy / -yy ending as -y:
/// "zelenskyy" → "zelensky", "amir-abdollahian" → "amirabdollahian".
fn normal(key: &str) -> String {
    let mut out = String::new();
    for c in key.chars().filter(|&c| c != '-') {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    match out.strip_suffix("iy") {
        Some(stem) => format!("{stem}y"),
        None => out,
    }
}

/// Two surnames of one person, spelt differently: equal once normalised, or (six letters or
/// more) one letter apart ("gaddafi" / "qaddafi").
fn same_surname(a: &str, b: &str) -> bool {
    a == b || same_normal(&normal(a), &normal(b))
}

/// `same_surname` of two surnames already normalised.
fn same_normal(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        // Linear and without allocating: `is` runs for every person mention of the corpus.
        return a.len() >= 6 && b.len() >= 6 && one_edit_apart(a.as_bytes(), b.as_bytes());
    }
    let (ca, cb) = (a.chars().count(), b.chars().count());
    ca >= 6 && cb >= 6 && ca.abs_diff(cb) <= 1 && edits(a, b) <= 1
}

/// Whether two different byte strings are one insertion, deletion or substitution apart.
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        a.get(p + 1..) == b.get(p + 1..)
    } else {
        a.get(p..) == b.get(p + 1..)
    }
}

/// Levenshtein distance.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// One person as the corpus names them.
#[derive(Default)]
struct Candidate {
    keys: Vec<String>,
    firsts: Vec<String>,
    /// Articles that name them; articles where they are the subject of a travel verb.
    articles: Vec<usize>,
    travelling: Vec<usize>,
    mentions: usize,
    /// Full names as introduced, with the articles that give each and whether a companion's
    /// role (first lady, wife…) came with it.
    forms: Vec<(String, Vec<usize>, bool)>,
    roles: Vec<(String, usize)>,
    /// Where they are first named: (article, offset).
    first_named: Option<(usize, usize)>,
    /// Their full names' letters alone, folded ("kimjongun"): spellings that join a name's
    /// syllables otherwise are one name.
    letters: Vec<String>,
}

impl Candidate {
    fn absorb(&mut self, other: Candidate) {
        self.first_named = match (self.first_named, other.first_named) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        for k in other.keys {
            if !self.keys.contains(&k) {
                self.keys.push(k);
            }
        }
        for f in other.firsts {
            if !self.firsts.contains(&f) {
                self.firsts.push(f);
            }
        }
        for a in other.articles {
            if !self.articles.contains(&a) {
                self.articles.push(a);
            }
        }
        for a in other.travelling {
            if !self.travelling.contains(&a) {
                self.travelling.push(a);
            }
        }
        for l in other.letters {
            if !self.letters.contains(&l) {
                self.letters.push(l);
            }
        }
        self.mentions += other.mentions;
        for (form, arts, companion) in other.forms {
            for a in arts {
                add_form(&mut self.forms, &form, a, companion);
            }
        }
        for (role, n) in other.roles {
            match self.roles.iter_mut().find(|(r, _)| *r == role) {
                Some(slot) => slot.1 += n,
                None => self.roles.push((role, n)),
            }
        }
    }

    /// Whether `other` is this person spelt another way: one surname, and first names that
    /// agree where both are given.
    fn same_person(&self, other: &Candidate) -> bool {
        let surname = self
            .keys
            .iter()
            .any(|k| other.keys.iter().any(|o| same_surname(k, o)));
        let firsts = self.firsts.is_empty()
            || other.firsts.is_empty()
            || self
                .firsts
                .iter()
                .any(|f| other.firsts.iter().any(|g| f == g || same_surname(f, g)));
        // "Toshimitsu Motegi" and "Motegi Toshimitsu": one person, the name in either order.
        let swapped = |a: &Candidate, b: &Candidate| {
            a.keys
                .iter()
                .any(|k| b.firsts.iter().any(|f| same_surname(k, f)))
        };
        // "Kim Jong Un" and "Kim Jong-un": one name, however its given name's syllables are joined.
        let same_letters = || self.letters.iter().any(|l| other.letters.contains(l));
        (surname && firsts) || (swapped(self, other) && swapped(other, self)) || same_letters()
    }

    /// A companion's role (first lady, wife…) and no other: not the one travelling.
    fn companion(&self) -> bool {
        self.roles.iter().all(|(r, _)| is_companion(r)) && !self.roles.is_empty()
    }

    /// The office given most often, a principal's before a companion's, its forms counted
    /// together ("Foreign Minister", "Chinese Foreign Minister", "China's Foreign Minister"); named
    /// by its commonest form that says whose office it is, so that "the Chinese Foreign Minister"
    /// is known as theirs and their home is known (a form given once may be someone else's office
    /// taken for theirs).
    fn role(&self) -> Option<String> {
        let of_role: Vec<String> = self.roles.iter().map(|(r, _)| office_of(r)).collect();
        let mut offices: Vec<(&str, usize)> = Vec::new();
        for (o, (_, n)) in of_role.iter().zip(&self.roles) {
            match offices.iter_mut().find(|(k, _)| k == o) {
                Some(slot) => slot.1 += n,
                None => offices.push((o, *n)),
            }
        }
        let (office, _) = offices
            .iter()
            .max_by_key(|(o, n)| (!is_companion(o), *n, o.len()))?;
        self.roles
            .iter()
            .zip(&of_role)
            .filter(|(_, o)| o.as_str() == *office)
            .map(|(role, _)| role)
            .max_by_key(|(r, n)| {
                (
                    *n > 1 && super::home::home_country(r).is_some(),
                    *n,
                    r.len(),
                )
            })
            .map(|(r, _)| r.clone())
    }

    /// The full name most articles give (ties: the plainer spelling), a title of office kept when the
    /// person goes by one name.
    fn name(&self) -> String {
        let best = self
            .forms
            .iter()
            .max_by_key(|(f, arts, companion)| {
                (
                    f.contains(' '),
                    !companion,
                    arts.len(),
                    // Among spellings as common, the plainer one ("Zelensky", "Antony").
                    std::cmp::Reverse(f.len()),
                    std::cmp::Reverse(f.clone()),
                )
            })
            .map(|(f, _, _)| f.clone())
            .unwrap_or_default();
        if best.contains(' ') {
            return best;
        }
        let role = self.role().unwrap_or_default();
        match role
            .split_whitespace()
            .rev()
            .find(|w| NAMED_BY_TITLE.contains(&w.to_lowercase().as_str()))
        {
            Some(title) => format!("{title} {best}"),
            None => best,
        }
    }
}

/// A role without the words before its title that say whose it is: "South Korea's President" →
/// "president", "US Secretary of State" → "secretary of state"; "Minister of Foreign Affairs of
/// China" stays whole.
fn office_of(role: &str) -> String {
    let words: Vec<String> = role
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect();
    let title = words
        .iter()
        .position(|w| crate::lexicon::is_title_word(w))
        .unwrap_or(0);
    let whose = words[..title]
        .iter()
        .rposition(|w| crate::lexicon::is_nationality(w) || w.ends_with("'s") || w.ends_with("’s"));
    words[whose.map_or(0, |n| n + 1)..].join(" ")
}

fn is_companion(role: &str) -> bool {
    let role = role.to_lowercase();
    COMPANION_ROLES.iter().any(|c| role.contains(c))
}

fn add_form(
    forms: &mut Vec<(String, Vec<usize>, bool)>,
    form: &str,
    article: usize,
    companion: bool,
) {
    match forms.iter_mut().find(|(f, _, _)| f == form) {
        Some((_, arts, c)) => {
            if !arts.contains(&article) {
                arts.push(article);
            }
            *c |= companion;
        }
        None => forms.push((form.to_string(), vec![article], companion)),
    }
}

/// Whether the mention at `m` is the subject of a travel verb in its sentence: the person named
/// last before the verb, within a few words ("Xi arrived in Belgrade", "Joe Biden, who landed").
fn travels(article: &Article, m: &EntityMention) -> bool {
    let Some(sentence) = article
        .sentences
        .iter()
        .find(|s| s.span.start <= m.span.start && m.span.end <= s.span.end)
    else {
        return false;
    };
    // The next person named after this one, in the sentence, ends this one's clause.
    let next_person = article
        .entity_mentions
        .iter()
        .filter(|o| article.entities[o.entity].kind == EntityKind::Person)
        .filter(|o| o.span.start >= m.span.end && o.span.end <= sentence.span.end)
        .map(|o| o.span.start)
        .min()
        .unwrap_or(sentence.span.end);
    let after = article.text.get(m.span.end..next_person).unwrap_or("");
    after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| TRAVEL_VERBS.contains(&w.to_lowercase().as_str()))
}

/// The person the corpus follows: named in the most articles and the subject of their travel
/// verbs, then named most often; companions (a spouse, a running mate) after principals; then
/// the one named first.
pub(crate) fn choose(articles: &[Article]) -> Option<(Traveller, TravellerKey)> {
    let mut people: HashMap<String, Candidate> = HashMap::new();
    for (a, article) in articles.iter().enumerate() {
        for m in &article.entity_mentions {
            let e = &article.entities[m.entity];
            if e.kind != EntityKind::Person {
                continue;
            }
            let key = surname_key(&e.name);
            let first = first_name(&e.name);
            let id = format!("{key} {}", first.clone().unwrap_or_default());
            let c = people.entry(id).or_insert_with(|| Candidate {
                keys: vec![key],
                firsts: given_names(&e.name),
                ..Default::default()
            });
            c.mentions += 1;
            let at = (a, m.span.start);
            c.first_named = Some(c.first_named.map_or(at, |f| f.min(at)));
            if !c.articles.contains(&a) {
                c.articles.push(a);
            }
            if !c.travelling.contains(&a) && travels(article, m) {
                c.travelling.push(a);
            }
            // (A full name's letters once, when the form is new.)
            if e.name.contains(' ') && !c.forms.iter().any(|(f, _, _)| *f == e.name) {
                let letters: String = fold::fold(&e.name)
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                if !c.letters.contains(&letters) {
                    c.letters.push(letters);
                }
            }
            if e.name.contains(' ') || c.forms.is_empty() {
                let companion = e.role.as_deref().is_some_and(is_companion);
                add_form(&mut c.forms, &e.name, a, companion);
            }
            if let Some(role) = &e.role {
                match c.roles.iter_mut().find(|(r, _)| r == role) {
                    Some(slot) => slot.1 += 1,
                    None => c.roles.push((role.clone(), 1)),
                }
            }
        }
    }
    // Spellings of one name are one person: the rarer joins the commoner; a surname alone
    // joins the commonest full name with it.
    let mut list: Vec<Candidate> = people.into_values().collect();
    crate::sort::sort_by_key(&mut list, |c| {
        (
            c.firsts.is_empty(),
            std::cmp::Reverse(c.mentions),
            c.keys[0].clone(),
            c.firsts.clone(),
        )
    });
    let mut merged: Vec<Candidate> = Vec::new();
    for c in list {
        match merged.iter_mut().find(|m| m.same_person(&c)) {
            Some(m) => m.absorb(c),
            None => merged.push(c),
        }
    }
    let best = merged.into_iter().max_by_key(|c| {
        (
            c.articles.len() + c.travelling.len(),
            !c.companion(),
            c.mentions,
            // Named as often: the one the story names first.
            std::cmp::Reverse(c.first_named),
            std::cmp::Reverse(c.keys[0].clone()),
        )
    })?;
    let basis = format!(
        "named in {} of {} articles ({} times), and the one arriving, visiting or leaving in {}",
        best.articles.len(),
        articles.len(),
        best.mentions,
        best.travelling.len()
    );
    let traveller = Traveller {
        name: best.name(),
        role: best.role(),
        basis,
    };
    Some((traveller, TravellerKey::new(best.keys, best.firsts)))
}

/// Marks the article's place mentions that say the traveller was there.
pub(crate) fn find_visits(
    article: &mut Article,
    places: &[Place],
    traveller: &TravellerKey,
    surname: &str,
    role: Option<&str>,
) {
    let (mut mine, mut others): (Vec<EntityMention>, Vec<EntityMention>) = article
        .entity_mentions
        .iter()
        .filter(|m| article.entities[m.entity].kind == EntityKind::Person)
        .cloned()
        .partition(|m| traveller.is(&article.entities[m.entity].name));
    let (theirs, someone_elses) = role_mentions(article, traveller, role);
    mine.extend(theirs);
    others.extend(someone_elses);
    crate::sort::sort_by_key(&mut mine, |m| m.span.start);
    let info = |i: usize| places.get(i).cloned();
    (article.visits, article.put_off) = visits::find(
        &article.text,
        &article.blocks,
        &article.sentences,
        &article.places,
        &info,
        &visits::People {
            traveller: &mine,
            others: &others,
            surname,
            published: article.published.value,
            dates: &article.dates,
            quotes: &article.quotes,
        },
    );
}

/// Other names for an office, as descriptors use them: "Iran's top diplomat".
const OFFICE_SYNONYMS: &[(&str, &[&str])] = &[
    ("foreign minister", &["diplomat"]),
    ("secretary of state", &["diplomat"]),
    ("foreign secretary", &["diplomat"]),
    ("prime minister", &["premier"]),
];

/// "The prime minister travelled to Scotland", "the pope's plane", "Iran's top diplomat arrived
/// in Kuwait", "the Iranian foreign minister": the traveller's office, as the corpus knows it,
/// stands for them in an article that names them. A descriptor with a nationality must match
/// the traveller's ("the Qatari foreign minister" is someone else: returned second, so a visit
/// of theirs is not the traveller's); one without is theirs only when the article gives the
/// office to no one else.
fn role_mentions(
    article: &Article,
    traveller: &TravellerKey,
    role: Option<&str>,
) -> (Vec<EntityMention>, Vec<EntityMention>) {
    let nothing = (Vec::new(), Vec::new());
    let Some(role) = role else {
        return nothing;
    };
    let role_words: Vec<String> = role
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // The office without its nationality: "US Secretary of State" → "secretary of state".
    let is_nation = |w: &String| crate::lexicon::is_nationality(w) || w.ends_with("'s");
    let office: Vec<String> = role_words
        .iter()
        .skip_while(|w| is_nation(w) || w.as_str() == "sir")
        .cloned()
        .collect();
    if office.is_empty() || !office.iter().any(|w| crate::lexicon::is_title_word(w)) {
        return nothing;
    }
    let office = office.join(" ");
    let role_has_nation = role_words.iter().any(is_nation);
    let role_lower = role.to_lowercase();
    let someone_else = article.entities.iter().any(|e| {
        e.kind == EntityKind::Person
            && !traveller.is(&e.name)
            && e.role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().contains(&office))
    });
    let Some(entity) = article
        .entities
        .iter()
        .position(|e| e.kind == EntityKind::Person && traveller.is(&e.name))
    else {
        return nothing;
    };
    let mut heads: Vec<Vec<&str>> = vec![office.split(' ').collect()];
    for (o, others) in OFFICE_SYNONYMS {
        if *o == office {
            heads.extend(others.iter().map(|h| h.split(' ').collect::<Vec<_>>()));
        }
    }
    let (mut theirs, mut someone_elses) = (Vec::new(), Vec::new());
    for (block, b) in article.blocks.iter().enumerate() {
        if !b.kind.is_story() {
            continue;
        }
        let ws = crate::words::words(&article.text, b.span);
        // Each word without a possessive, and whether it had one; lower-cased only where asked.
        let core = |k: usize| ws.get(k).map(|w| w.unpossessed());
        let lower = |k: usize| core(k).map(|(c, _)| c.to_lowercase()).unwrap_or_default();
        for i in 0..ws.len() {
            // "the …", "Iran's …", "Iranian …".
            let Some((first, possessive)) = core(i) else {
                continue;
            };
            let mut nation = None;
            if !first.eq_ignore_ascii_case("the") || possessive {
                if !ws[i].is_capitalised() {
                    continue;
                }
                let l = lower(i);
                if !(possessive || crate::lexicon::is_nationality(&l))
                    || crate::lexicon::is_title_word(&l)
                {
                    continue;
                }
                nation = Some(l);
            }
            let mut j = i + 1;
            while let Some((w, false)) = core(j) {
                if crate::entities::RANKS
                    .iter()
                    .any(|m| w.eq_ignore_ascii_case(m))
                {
                    j += 1;
                } else if nation.is_none() && crate::lexicon::is_nationality(&lower(j)) {
                    nation = Some(lower(j));
                    j += 1;
                } else {
                    break;
                }
            }
            let Some(head) = heads.iter().find(|h| {
                h.iter().enumerate().all(|(k, word)| {
                    core(j + k).is_some_and(|(w, possessive)| {
                        w.eq_ignore_ascii_case(word) && (!possessive || k + 1 == h.len())
                    })
                })
            }) else {
                continue;
            };
            let fits = match &nation {
                Some(n) => role_has_nation && crate::entities::nationality_matches(n, &role_lower),
                None => !someone_else,
            };
            let mention = EntityMention {
                span: crate::Span::new(ws[i].span.start, ws[j + head.len() - 1].span.end),
                block,
                entity,
                form: crate::model::MentionForm::Descriptor,
            };
            if fits {
                theirs.push(mention);
            } else if nation.is_some() && role_has_nation {
                // Of another country than the traveller's office says; when the office names
                // none ("Pope"), "the Argentine pope" may be theirs and is left alone.
                someone_elses.push(mention);
            }
        }
    }
    (theirs, someone_elses)
}

#[cfg(test)]
mod tests {
    use super::{normal, same_surname};

    #[test]
    fn spellings_of_one_surname() {
        let cases = [
            ("blinken", "blinken", true),
            ("gaddafi", "qaddafi", true),
            ("zelensky", "zelenskyy", true),
            ("zelenskiy", "zelensky", true),
            ("biden", "bidon", false),
            ("harris", "morris", false),
            ("erdogan", "erdogans", true),
            ("erdogan", "edrogan", false),
            ("lukashenko", "lukashenka", true),
            ("lukashenko", "lukashenkava", false),
            ("modiji", "modi", false),
            ("zelenskyy", "zełensky", true),
            ("xi", "li", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_surname(a, b), want, "{a} / {b}");
        }
        assert_eq!(normal("zelenskyy"), "zelensky");
    }

    #[test]
    fn every_given_name_fits() {
        let name = "Luiz Inácio Lula da Silva";
        let key =
            super::TravellerKey::new(vec![super::surname_key(name)], super::given_names(name));
        for (other, want) in [
            ("Lula da Silva", true),
            ("Inácio Lula da Silva", true),
            ("Silva", true),
            ("Marina Silva", false),
        ] {
            assert_eq!(key.is(other), want, "{other}");
        }
    }

    #[test]
    fn a_surname_of_two_words_however_joined() {
        let key = super::TravellerKey::new(
            vec![super::surname_key("Hossein Amir-Abdollahian")],
            vec![crate::fold::fold("Hossein")],
        );
        for (name, want) in [
            ("Hossein Amir-Abdollahian", true),
            ("Amir-Abdollahian", true),
            ("Amir Abdollahian", true),
            ("Amirabdollahian", true),
            ("Hossein Amir Abdollahian", true),
            ("Ali Amir Abdollahian", false),
            ("Abdollahian", false),
            ("Ali Bagheri-Kani", false),
        ] {
            assert_eq!(key.is(name), want, "{name}");
        }
    }

    #[test]
    fn the_office_stands_for_the_traveller_with_a_nationality_that_fits() {
        let texts = [
            "Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Doha on Monday. \
             Amir-Abdollahian met the emir.",
            "Iran´s top diplomat arrived in Kuwait on Wednesday, the third leg of a Gulf tour.\n\n\
             The Qatari foreign minister arrived in Baghdad on Wednesday for other talks.\n\n\
             Hossein Amir-Abdollahian´s tour will also take in the United Arab Emirates.",
        ];
        let analysis = analyzed(&texts);
        let stops: Vec<(&str, bool)> = analysis
            .stops
            .iter()
            .map(|s| {
                (
                    analysis.places[s.place].name.as_str(),
                    s.accounts[1].covered,
                )
            })
            .collect();
        assert!(stops.contains(&("Kuwait", true)), "{stops:?}");
        assert!(
            stops.iter().all(|(name, _)| *name != "Baghdad"),
            "{stops:?}"
        );
    }

    #[test]
    fn the_office_keeps_the_nationality_its_forms_give() {
        // "Foreign Minister" four times, "Chinese Foreign Minister" twice: one office, named with
        // whose it is, so a headline's "Chinese Foreign Minister" is the traveller.
        let texts = [
            "Wang in Samoa\n27 May 2022\n\nForeign Minister Wang Yi arrived in Samoa on Friday. \
             Wang met the prime minister. Wang spoke. Wang left.",
            "Wang in Tonga\n31 May 2022\n\nChinese Foreign Minister Wang Yi arrived in Tonga on \
             Tuesday. Wang met the king.",
            "Chinese Foreign Minister arrives in Fiji\n28 May 2022\n\nThe minister, Wang Yi, \
             spoke to reporters.",
        ];
        // Each text's first line is its headline.
        let analysis = crate::trip::analyzed_as_given(&texts);
        let role = analysis.traveller.as_ref().and_then(|t| t.role.clone());
        assert_eq!(role.as_deref(), Some("Chinese Foreign Minister"));
        let fiji = analysis
            .stops
            .iter()
            .find(|s| analysis.places[s.place].name == "Fiji")
            .map(|s| (s.accounts[2].covered, s.days.map(|d| d.start.to_string())));
        assert_eq!(fiji, Some((true, Some("2022-05-28".to_string()))));
    }

    use crate::trip::analyzed;

    fn traveller(texts: &[&str]) -> String {
        analyzed(texts)
            .traveller
            .map(|t| t.name)
            .unwrap_or_default()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str], &str)] = &[
            (
                "spellings merge and the commonest full name shows",
                &[
                    "Secretary of State Antony Blinken arrived in Amman on Sunday. Blinken met the king.",
                    "Secretary of State Anthony Blinken landed in Doha. Blinken spoke to reporters.",
                    "US Secretary of State Antony Blinken visited Cairo. Later Blinken flew home.",
                ],
                "Antony Blinken",
            ),
            (
                "a name further in is a given name too: Luiz Inácio Lula da Silva is Lula da Silva",
                &[
                    "President Luiz Inácio Lula da Silva arrived in Luanda on Thursday. Lula spoke.",
                    "President Lula da Silva arrived in Lobito on Friday. Lula spoke.",
                    "Prime Minister Ana Costa arrived in Lobito on Friday. Costa met Lula da Silva.",
                    "Prime Minister Ana Costa landed in Luanda on Thursday. Costa spoke.",
                ],
                "Lula da Silva",
            ),
            (
                "a regnal number is no surname: King Charles III is King Charles",
                &[
                    "King Charles III and Queen Camilla arrived in Sydney on Friday. King Charles III spoke.",
                    "King Charles addressed parliament in Canberra. Queen Camilla sat on the stage. King Charles left.",
                    "King Charles III landed in Samoa on Wednesday with Queen Camilla. King Charles III met chiefs.",
                ],
                "Charles III",
            ),
            (
                "a couple known by the title of a place",
                &[
                    "The Duke and Duchess of Cambridge landed in Belize on Saturday. Prince William spoke.",
                    "The Duke and Duchess of Cambridge arrived in Jamaica. The Duchess of Cambridge wore blue.",
                    "The Duke of Cambridge visited Nassau with Kate Middleton.",
                ],
                "Duke and Duchess of Cambridge",
            ),
            (
                "the companion in every article is not the traveller",
                &[
                    "President Joe Biden arrived in Hanoi with first lady Jill Biden. Jill Biden toured a school while Biden met leaders.",
                    "First lady Jill Biden joined President Joe Biden, who landed in Delhi. Joe Biden held talks.",
                ],
                "Joe Biden",
            ),
            (
                "the running mate beside the candidate",
                &[
                    "Vice President Kamala Harris arrived in Detroit with her running mate Tim Walz. Harris spoke. Walz waved.",
                    "Running mate Tim Walz stood by as Vice President Kamala Harris landed in Atlanta. Harris met voters.",
                ],
                "Kamala Harris",
            ),
            (
                "furniture glued to the name",
                &[
                    "NAIROBI — Vice President Jane Mwangi arrived in Nairobi on Monday. Mwangi met the president.",
                    "Image captionVice President Jane Mwangi visited Mombasa. Mwangi toured the port.",
                    "PA US Vice President Jane Mwangi landed in Kisumu, officials said. On Monday Vice President Mwangi left.",
                ],
                "Jane Mwangi",
            ),
            (
                "a title of office that is the name",
                &[
                    "Pope Francis arrived in Jakarta on Tuesday. Francis met the president.",
                    "Pope Francis landed in Dili. Francis celebrated Mass.",
                ],
                "Pope Francis",
            ),
            (
                "a country glued to the name, an office with a hyphen",
                &[
                    "Brazil Luiz Inácio Lula da Silva arrived in Beijing on Thursday. Lula met Xi Jinping.",
                    "President Luiz Inácio Lula da Silva landed in Abu Dhabi. Lula held talks.",
                    "UN Secretary-General Maria Santos visited Shanghai with Lula on Friday.",
                ],
                "Luiz Inácio Lula da Silva",
            ),
            (
                "a name ending like an acronym, its syllables joined or not, against the host",
                &[
                    "North Korean leader Kim Jong Un arrived in Vladivostok. President Vladimir Putin met him.",
                    "North Korean leader Kim Jong-un saw a plant in Komsomolsk-on-Amur with President Vladimir Putin.",
                    "President Vladimir Putin said North Korean leader Kim Jong-un would see the port.",
                    "North Korean leader Kim Jong Un met President Vladimir Putin in Vladivostok.",
                ],
                "Kim Jong Un",
            ),
            (
                "spellings with -y, -yy and -iy",
                &[
                    "Ukrainian President Volodymyr Zelensky arrived in Washington. Zelensky met senators.",
                    "President Volodymyr Zelenskyy landed in Ottawa. Zelenskyy spoke to parliament.",
                    "President Volodymyr Zelenskiy flew to Berlin. Zelenskiy met the chancellor.",
                ],
                "Volodymyr Zelensky",
            ),
            (
                "the host named as often is not the one arriving",
                &[
                    "President Emmanuel Macron hosted President Xi Jinping in Paris. Xi arrived on Sunday; Macron greeted Xi.",
                    "President Xi Jinping arrived in Belgrade from France, where Macron had hosted him. Xi met Vucic.",
                ],
                "Xi Jinping",
            ),
            (
                "a name in either order is one person; the host named in more articles is not",
                &[
                    "Foreign Minister Kenji Sato arrived in Colombo on Thursday. Sato met Foreign Relations Minister Ravi Perera.",
                    "Foreign Minister Sato Kenji arrived in Sri Lanka. Foreign Relations Minister Ravi Perera welcomed him.",
                    "Sato Kenji will visit Sri Lanka today and meet Foreign Relations Minister Ravi Perera.",
                ],
                // The order most articles give.
                "Sato Kenji",
            ),
        ];
        for (name, texts, want) in cases {
            assert_eq!(traveller(texts), *want, "case {name}");
        }
    }
}
