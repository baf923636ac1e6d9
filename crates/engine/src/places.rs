//! Place mentions: gazetteer matches in an article, each resolved to one place. Among places that
//! share a name, one within 100 km of another city the article names wins, then one in a country
//! the article names, then the more prominent kind (country,
//! region, capital, seat, city), then the larger population. A name used as part of a person's
//! or organisation's name ("Michael Jordan", "Israel Defense Forces") is not a place mention. A
//! place the words put some distance from a city ("Oyo, 400 kilometers north of Brazzaville")
//! is no namesake far from there: with none near, it stands for that city's country.

use crate::clean::is_title_case;
use crate::entities;
use crate::fold::Folded;
use crate::gazetteer::{Gazetteer, NameMatch, Rank};
use crate::lexicon;
use crate::model::{Block, BlockKind, EntityKind, MentionForm, PlaceKind};
use crate::Span;

/// A namesake this close to another city the article names is the place meant.
const NEIGHBOUR_KM: f64 = 100.0;
/// A place of a city's name this far from the city named after it is not that city's district.
const DISTRICT_KM: f64 = 25.0;

/// A place mention before corpus-level numbering: the gazetteer entry id.
pub struct Found {
    pub span: Span,
    pub block: usize,
    pub entry: u32,
    pub basis: String,
}

/// Words that may stand capitalised right before a place name without making it a person's name.
const BEFORE_OK: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "on",
    "for",
    "with",
    "of",
    "the",
    "and",
    "but",
    "both",
    "including",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "new",
    "greater",
    "upper",
    "lower",
    "old",
    "saint",
    "st",
    "san",
    "santa",
    "port",
    "fort",
    "mount",
    "lake",
    "cape",
    "occupied",
    "visiting",
    "leaving",
    "after",
    "before",
    "while",
    "as",
    "like",
    "unlike",
    "across",
    "into",
    "via",
    "near",
    "outside",
    "inside",
    "then",
    "today",
];

/// Words in lower case that tell a name as a division: "the region of Khabarovsk", "Amur
/// region".
const DIVISION_WORDS: &[&str] = &[
    "region",
    "province",
    "state",
    "krai",
    "oblast",
    "prefecture",
    "governorate",
];

/// Capitalised words that may follow a place name and still leave it a place.
const AFTER_OK: &[&str] = &[
    "international",
    "airport",
    "city",
    "province",
    "region",
    "governorate",
    "district",
    "state",
    "county",
    "valley",
    "river",
    "sea",
    "bay",
    "port",
    "border",
    "crossing",
    "camp",
    "and",
    "or",
    "on",
    "in",
    "to",
    "for",
    "with",
    "after",
    "as",
    "is",
    "was",
    "has",
    "says",
    "said",
    // and day and month names (`lexicon::is_calendar_word`), with "May", which the lexicon
    // leaves out as it is also a verb
    "may",
];

/// The capitalised words right before and after `span` (empty when there is none), lower-cased:
/// what makes a name of a place name ("Antony" + "Blinken", "Samoa" + "Observer").
fn neighbours(text: &str, span: Span) -> (String, String) {
    let capitalised = |w: Option<&str>| {
        w.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(str::to_lowercase)
            .unwrap_or_default()
    };
    let before = capitalised(text.get(..span.start).and_then(|t| {
        (!t.ends_with(|c: char| !c.is_whitespace() || c == '\n'))
            .then(|| t.split_whitespace().next_back())
            .flatten()
    }));
    let after = capitalised(text.get(span.end..).and_then(|t| {
        (!t.starts_with(|c: char| !c.is_whitespace() || c == '\n'))
            .then(|| t.split_whitespace().next())
            .flatten()
    }));
    (before, after)
}

/// Every place name in an article, each resolved to one gazetteer entry, with the reason.
pub fn find(text: &str, blocks: &[Block], gazetteer: &Gazetteer) -> Vec<Found> {
    let folded = Folded::new(text);
    let mut matches: Vec<(usize, NameMatch)> = Vec::new();
    // Forms the running text shows to be parts of names ("Antony" of "Antony Blinken"): in
    // title-case lines, where every word is capitalised, they are dropped too.
    let mut name_parts: Vec<(&str, (String, String))> = Vec::new();
    let mut title_case_matches: Vec<(usize, NameMatch)> = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let title_case = is_title_case(block.span.of(text).split_whitespace())
            || block.kind == BlockKind::Headline;
        for m in gazetteer.find(text, &folded, block.span) {
            let single_word = !m.span.of(text).contains(' ');
            if names_a_street(text, block.span, m.span) {
                continue;
            }
            // "Wraps Up Balkan Tour", "Somali forces": a word the lexicon knows as an adjective
            // of a people or region is no division of that name (Turkmenistan's Balkan).
            // (The divisions first: the candidates are cheaper to read than the lexicon.)
            if single_word
                && m.candidates
                    .iter()
                    .all(|id| gazetteer.entries[*id as usize].rank == Rank::Division)
                && crate::lexicon::is_nationality(m.span.of(text))
            {
                continue;
            }
            // "the Studio of Paul VI Hall", "King Charles III": a name before a regnal number is
            // a sovereign's or a pope's, in any line.
            // (Read only for a name of one word.)
            let after = || text.get(m.span.end..block.span.end).unwrap_or("");
            let regnal = || {
                after()
                    .strip_prefix(' ')
                    .and_then(|after| after.split([' ', ',', '.', '\'', '’']).next())
                    .is_some_and(crate::lexicon::is_regnal_number)
            };
            // "the South China Sea", "the Philippine Sea": a sea named after a country.
            let sea = || {
                let after = after();
                after.starts_with(" Sea") && !after[4..].starts_with(char::is_alphanumeric)
            };
            // "brought for treatment to the Yulin, which is equipped with an operating room": a
            // city's name alone after "the" is a thing named after it (a ship), not the city.
            let a_thing_so_named = || {
                text.get(block.span.start..m.span.start)
                    .is_some_and(|b| b.ends_with(" the ") || b == "the ")
                    && after().starts_with([',', '.', ')'])
                    && m.candidates
                        .iter()
                        .all(|id| gazetteer.entries[*id as usize].kind == PlaceKind::City)
            };
            // "the town of East Palestine in Ohio": a country's name after a capitalised point
            // of the compass the gazetteer does not join to it is another place's name.
            let a_town_so_named = || {
                text.get(block.span.start..m.span.start).is_some_and(|b| {
                    ["East ", "West ", "North ", "South "]
                        .iter()
                        .any(|c| b.ends_with(c))
                }) && m
                    .candidates
                    .first()
                    .is_some_and(|id| gazetteer.entries[*id as usize].kind == PlaceKind::Country)
            };
            // "the Bay of Bengal Initiative": a word for a feature of the land or sea before "of"
            // and a name begins a longer name (not the Philippine town of Bay).
            let a_feature_of = || {
                matches!(
                    m.span.of(text),
                    "Bay" | "Gulf" | "Cape" | "Lake" | "Mount" | "Strait" | "Straits" | "Isle"
                ) && after()
                    .strip_prefix(" of ")
                    .is_some_and(|name| name.starts_with(char::is_uppercase))
            };
            if single_word
                && (regnal() || sea() || a_thing_so_named() || a_town_so_named() || a_feature_of())
            {
                continue;
            }
            // "Arrives in Philadelphia, Tours Hanwha Philly Shipyard": in a title-case line, a
            // verb spelt like a town, with words after it, is the verb.
            if title_case
                && single_word
                && crate::lexicon::is_verb_named_like_a_place(m.span.of(text))
                && after().starts_with(' ')
            {
                continue;
            }
            if title_case {
                title_case_matches.push((index, m));
            } else if single_word && part_of_a_name(text, block.span, m.span, gazetteer) {
                name_parts.push((m.span.of(text), neighbours(text, m.span)));
            } else {
                matches.push((index, m));
            }
        }
    }
    matches.extend(title_case_matches.into_iter().filter(|(_, m)| {
        // Dropped when the line writes the same name: "Antony Blinken Lands in Amman",
        // not "King Charles arrives in Samoa" beside "told the Samoa Observer".
        let (before, after) = neighbours(text, m.span);
        !name_parts.iter().any(|(form, (b, a))| {
            *form == m.span.of(text)
                && ((!a.is_empty() && *a == after) || (!b.is_empty() && *b == before))
        })
    }));
    crate::sort::sort_by_key(&mut matches, |(_, m)| m.span.start);
    // Countries the article names: a same-named city in one of them is the likelier reading.
    let named_countries: Vec<&str> = matches
        .iter()
        .filter_map(|(_, m)| m.candidates.first())
        .map(|&id| &gazetteer.entries[id as usize])
        .filter(|e| e.kind == PlaceKind::Country)
        .filter_map(|e| e.country.as_deref())
        .collect();
    // Divisions the article names ("Co Louth", "Texas"): a city in one of them is likelier too.
    // With the name that named each: a name is no context for itself ("Hanover", a parish of
    // Jamaica before it is Germany's Hannover, does not make itself Jamaica's).
    let named_divisions: Vec<(&str, &str)> = matches
        .iter()
        .filter_map(|(_, m)| Some((m.span.of(text), m.candidates.first()?)))
        .map(|(name, &id)| (name, &gazetteer.entries[id as usize]))
        .filter(|(_, e)| e.rank == Rank::Division)
        .filter_map(|(name, e)| Some((name, e.admin.as_deref()?)))
        .collect();
    // Cities the article names (each read as its most prominent place): a namesake within an
    // hour's drive of one is the place meant ("tea with the king in Windsor" beside London).
    // Not a city in the outlet's name: "Dayton Daily News (Associated Press)" makes no London
    // of Ohio of "visiting Paris and London".
    let named_cities: Vec<(&str, f64, f64)> = matches
        .iter()
        .filter(|(b, _)| blocks.get(*b).is_some_and(|b| b.kind != BlockKind::Byline))
        .filter_map(|(_, m)| {
            let e = &gazetteer.entries[*m.candidates.first()? as usize];
            (e.kind == PlaceKind::City).then(|| (m.span.of(text), e.lat, e.lon))
        })
        .collect();
    matches
        .iter()
        .enumerate()
        .filter_map(|(i, (block, m))| {
            let n = m.candidates.len();
            let entry_of = |id: &u32| &gazetteer.entries[*id as usize];
            // "Palestine, Texas", "Carlingford, Co Louth": the place named right after a comma
            // says which of the places of this name is meant.
            // "Palestine, Texas", "Atlanta (Georgia)": two names joined as place and qualifier.
            let joined = |a: &NameMatch, b: &NameMatch| {
                text.get(a.span.end..b.span.start)
                    .is_some_and(|between| between.trim() == "," || between.trim() == "(")
            };
            let qualifier = matches
                .get(i + 1)
                .and_then(|(_, next)| joined(m, next).then_some(next));
            let by_qualifier = qualifier.and_then(|q| {
                m.candidates.iter().find(|id| {
                    let e = entry_of(id);
                    q.candidates.iter().any(|qid| {
                        let qe = entry_of(qid);
                        (qe.kind == PlaceKind::Country
                            && qe.country == e.country
                            && e.kind != PlaceKind::Country)
                            || (qe.admin.is_some()
                                && qe.admin == e.admin
                                && qe.rank == Rank::Division)
                    })
                })
            });
            // "Aguado House in San Miguel, Manila": a city's name qualified by a city of its
            // country that no place of that name lies in is a district of that city, no place of
            // its own (not a list: "Berlin, Paris and Rome", "Washington, London, Paris").
            // (`other_first`: the other name stands before this one.)
            let in_a_list =
                |other: Option<&(usize, NameMatch)>, this: &NameMatch, other_first: bool| {
                    other.is_some_and(|(_, other)| {
                        let (x, y) = if other_first {
                            (other, this)
                        } else {
                            (this, other)
                        };
                        text.get(x.span.end..y.span.start).is_some_and(|between| {
                            matches!(between.trim(), "," | "and" | ", and" | "or")
                        })
                    })
                };
            let district_of = qualifier.is_some_and(|q| {
                let Some(qe) = q.candidates.first().map(entry_of) else {
                    return false;
                };
                qe.kind == PlaceKind::City
                    && !in_a_list(matches.get(i + 2), q, false)
                    && !in_a_list(i.checked_sub(1).and_then(|p| matches.get(p)), m, true)
                    && {
                        let mut of_its_country = m
                            .candidates
                            .iter()
                            .map(entry_of)
                            .filter(|e| e.kind == PlaceKind::City && e.country == qe.country)
                            .peekable();
                        of_its_country.peek().is_some()
                            && of_its_country
                                .all(|e| crate::geo::km(e.lat, e.lon, qe.lat, qe.lon) > DISTRICT_KM)
                    }
            });
            if district_of {
                return None;
            }
            let first = m.candidates.first()?;
            // A country's name is the country unless the text qualifies it ("Lebanon, Ohio"); so
            // is a region's ("Asia" beside the Philippines is no town of Antique province).
            let country_first = matches!(entry_of(first).rank, Rank::Country | Rank::Region);
            let in_context = |id: &u32| {
                let e = entry_of(id);
                e.kind != PlaceKind::Country
                    && (e
                        .country
                        .as_deref()
                        .is_some_and(|c| named_countries.contains(&c))
                        || e.admin.as_deref().is_some_and(|a| {
                            named_divisions.iter().any(|&(name, division)| {
                                division == a && !name.eq_ignore_ascii_case(m.span.of(text))
                            })
                        }))
            };
            // Context never trades a place for a namesake several times smaller ("Washington"
            // in an article about Britain is still the capital; Lebanon's Tripoli is no village).
            // Of those, the one spelled as written, accents and all: "San José" in an article
            // that names Costa Rica and the United States is Costa Rica's capital.
            let written = m.span.of(text);
            let spelled = |id: &&u32| !written.is_ascii() && entry_of(id).name == written;
            let by_context = m
                .candidates
                .iter()
                .filter(|id| in_context(id))
                .find(spelled)
                .or_else(|| m.candidates.iter().find(|id| in_context(id)))
                .filter(|id| {
                    let (c, f) = (entry_of(id), entry_of(first));
                    c.population.saturating_mul(8) >= f.population
                })
                .filter(|_| n > 1 && !country_first);
            let name = m.span.of(text);
            let near_a_named_city = |e: &crate::gazetteer::Entry| {
                named_cities
                    .iter()
                    .find(|(other, lat, lon)| {
                        // Not itself, as written anywhere ("BETHLEHEM, West Bank").
                        !other.eq_ignore_ascii_case(name)
                            && crate::geo::km(*lat, *lon, e.lat, e.lon) < NEIGHBOUR_KM
                    })
                    .map(|(other, _, _)| *other)
            };
            // Only when the most prominent is not itself near one (Putrajaya the city, beside
            // Kuala Lumpur, not the territory of that name).
            let by_neighbour =
                (n > 1 && !country_first && near_a_named_city(entry_of(first)).is_none())
                    .then(|| {
                        m.candidates
                            .iter()
                            .filter(|&id| id != first)
                            // A division by its seat: "Cape Coast in the Central Region" is Ghana's.
                            .filter(|&id| {
                                let e = entry_of(id);
                                e.kind == PlaceKind::City || e.rank == Rank::Division
                            })
                            .find_map(|id| near_a_named_city(entry_of(id)).map(|other| (id, other)))
                    })
                    .flatten();
            // "Atlanta, Georgia": the qualifier itself is the division that placed the city,
            // not the country of that name.
            let qualifying = (n > 1)
                .then(|| i.checked_sub(1))
                .flatten()
                .and_then(|p| matches.get(p))
                .filter(|(_, prev)| joined(prev, m))
                .and_then(|(_, prev)| {
                    m.candidates.iter().find(|qid| {
                        let qe = entry_of(qid);
                        qe.rank == Rank::Division
                            && qe.admin.is_some()
                            && prev.candidates.iter().any(|id| {
                                let e = entry_of(id);
                                e.kind == PlaceKind::City && e.admin == qe.admin
                            })
                    })
                });
            // "the Far Eastern region of Khabarovsk", "the Khabarovsk region": a name told as a
            // division is the division of that name, not its seat.
            let told_as_division = n > 1 && {
                let line = blocks.get(*block).map_or(0, |b| b.span.start);
                let before = text.get(line..m.span.start).unwrap_or("").to_lowercase();
                let after = text.get(m.span.end..).unwrap_or("");
                let word_after = after
                    .strip_prefix(' ')
                    .and_then(|a| a.split(|c: char| !c.is_alphanumeric()).next())
                    .unwrap_or("");
                DIVISION_WORDS.iter().any(|w| {
                    before.strip_suffix(" of ").is_some_and(|b| b.ends_with(w)) || word_after == *w
                })
            };
            let as_division = told_as_division
                .then(|| {
                    m.candidates
                        .iter()
                        .find(|id| entry_of(id).rank == Rank::Division)
                })
                .flatten();
            let entry = *by_qualifier
                .or(as_division)
                .or(qualifying)
                .or(by_neighbour.map(|(id, _)| id))
                .or(by_context)
                .unwrap_or(first);
            let e = entry_of(&entry);
            // A small town far from every country the article names is more likely an unknown
            // place of the same name ("Carlingford" in an article about Ireland is not the
            // Sydney suburb).
            let near_named = named_countries.iter().any(|c| {
                gazetteer
                    .country(c)
                    .is_some_and(|k| crate::geo::km(k.lat, k.lon, e.lat, e.lon) < 2500.0)
            });
            // So is a division with a name many countries give one ("Central Province" in an
            // article about Papua New Guinea is not Zambia's).
            let generic_division = e.rank == Rank::Division
                && e.name
                    .trim_end_matches(" Province")
                    .trim_end_matches(" Region")
                    .trim_end_matches(" District")
                    .split([' ', '-'])
                    .all(|w| {
                        matches!(
                            w,
                            "Central"
                                | "Northern"
                                | "Southern"
                                | "Eastern"
                                | "Western"
                                | "North"
                                | "South"
                                | "East"
                                | "West"
                                | "Upper"
                                | "Lower"
                        )
                    });
            let stray = by_qualifier.is_none()
                && ((e.rank <= Rank::Seat && e.population < 100_000)
                    || (generic_division && by_neighbour.is_none()))
                && !named_countries.is_empty()
                && !near_named;
            if stray {
                return None;
            }
            // "Oyo, stronghold of the Congolese head of state, 400 kilometers north of
            // Brazzaville": a place the words put that far from a city is not a namesake far
            // from there (Nigeria's Oyo). The one meant is not in the gazetteer; it lies in
            // that city's country, which the mention then stands for.
            // (Read only for a city no qualifier placed: this runs for every mention.)
            let placed_elsewhere = (by_qualifier.is_none() && e.kind == PlaceKind::City)
                .then(|| {
                    matches[i + 1..]
                        .iter()
                        .take_while(|(b, _)| b == block)
                        .take(4)
                        .find_map(|(_, next)| {
                            let km = distance_before(text.get(m.span.end..next.span.start)?)?;
                            let other = entry_of(next.candidates.first()?);
                            let far = crate::geo::km(other.lat, other.lon, e.lat, e.lon)
                                > 2.0 * km + 100.0;
                            (other.kind == PlaceKind::City && far).then_some((other, km))
                        })
                })
                .flatten();
            if let Some((other, km)) = placed_elsewhere {
                let country = other.country.as_deref()?;
                let country_of = |iso: Option<&str>| {
                    iso.and_then(|c| gazetteer.country(c))
                        .map_or(String::new(), |c| c.name.clone())
                };
                return Some(Found {
                    span: m.span,
                    block: *block,
                    entry: gazetteer.country_id(country)?,
                    basis: format!(
                        "{km:.0} km from {}, the words say: a place in {}, not {} in {}",
                        other.name,
                        country_of(Some(country)),
                        e.name,
                        country_of(e.country.as_deref())
                    ),
                });
            }
            let basis = match (n, by_qualifier, by_context) {
                (1, _, _) => "the only place of that name".to_string(),
                _ if qualifying.is_some() => {
                    format!("{n} places share the name; this one, as the place before it says")
                }
                (_, Some(_), _) => {
                    format!("{n} places share the name; this one, as the words after it say")
                }
                _ if by_neighbour.is_some() => format!(
                    "{n} places share the name; this one is near {}, which the article names",
                    by_neighbour.map_or("", |(_, other)| other)
                ),
                (_, _, Some(_)) => format!(
                    "{n} places share the name; this one is in {}, which the article names",
                    e.country
                        .as_deref()
                        .and_then(|c| gazetteer.country(c))
                        .map_or("a country", |c| c.name.as_str())
                ),
                _ => format!("{n} places share the name; this is the most prominent"),
            };
            Some(Found {
                span: m.span,
                block: *block,
                entry,
                basis,
            })
        })
        .collect()
}

/// The distance the words between two places set one from the other, in km: "…, 400 kilometers
/// north of " (the words must end so, and stay within the sentence).
fn distance_before(between: &str) -> Option<f64> {
    if between.len() > 200 || !between.trim_end().ends_with(" of") || between.contains(". ") {
        return None;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    let n = words.len();
    if n < 4 || words[n - 1] != "of" {
        return None;
    }
    let direction = words[n - 2].to_ascii_lowercase();
    let compass = direction
        .trim_start_matches("north")
        .trim_start_matches("south")
        .trim_start_matches('-')
        .trim_start_matches("east")
        .trim_start_matches("west");
    if !compass.is_empty() || direction.is_empty() {
        return None;
    }
    let factor = match words[n - 3]
        .trim_end_matches(',')
        .to_ascii_lowercase()
        .as_str()
    {
        "km" | "kilometers" | "kilometres" => 1.0,
        "miles" | "mi" => 1.609,
        _ => return None,
    };
    let number: String = words[n - 4].chars().filter(|c| *c != ',').collect();
    number.parse::<f64>().ok().map(|v| v * factor)
}

/// "the Vasco da Gama Garden", "Washington Square": a place's name that names a street, a square,
/// a park or a bridge, somewhere else.
fn names_a_street(text: &str, block: Span, span: Span) -> bool {
    let after = text.get(span.end..block.end).unwrap_or("");
    let next = after
        .strip_prefix(' ')
        .and_then(|a| a.split([' ', ',', '.', ';', ':']).next())
        .unwrap_or("");
    next.chars().next().is_some_and(char::is_uppercase)
        && [
            "garden",
            "gardens",
            "park",
            "square",
            "bridge",
            "street",
            "road",
            "avenue",
            "boulevard",
            "lane",
        ]
        .contains(&next.to_lowercase().as_str())
}

/// "Michael Jordan", "Jordan Peterson", "Israel Defense Forces": a capitalised word right next to
/// the name (no punctuation between) that is neither a function word nor a place continuation.
fn part_of_a_name(text: &str, block: Span, span: Span, gazetteer: &Gazetteer) -> bool {
    let before = text.get(block.start..span.start).unwrap_or("");
    let after = text.get(span.end..block.end).unwrap_or("");
    // "a visit to the [USS Arizona] memorial": a bracket before the word is no break in the name.
    let prev = before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(' ').next())
        .unwrap_or("")
        .trim_start_matches(['[', '(']);
    // "Vernon Jordan." : punctuation after the next word does not separate it from this one.
    let next = after
        .strip_prefix(' ')
        .and_then(|a| a.split(' ').next())
        .unwrap_or("");
    let next = next
        .strip_suffix("’s")
        .or_else(|| next.strip_suffix("'s"))
        .unwrap_or(next);
    let next = next.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '’', '"', '”']);
    let capitalised_word = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let sentence_start =
        before.trim_end().is_empty() || before.trim_end().ends_with(['.', '!', '?', ':', '"', '“']);
    let prev_is_name = capitalised_word(prev)
        && !BEFORE_OK.contains(&prev.to_lowercase().as_str())
        && !(sentence_start && before.trim_end() == prev);
    let next_is_name = capitalised_word(next)
        && !AFTER_OK.contains(&next.to_lowercase().as_str())
        && !lexicon::is_calendar_word(next);
    // "Elmendorf-Richardson", "Richardson-Smith": a capitalised word joined by a hyphen. Not
    // when the other word is a place too ("the Lebanon-Israel border", "US-China talks").
    let partner = |w: &str| capitalised_word(w) && !gazetteer.is_place_name(w);
    let joined_before = before.ends_with('-')
        && partner(
            before
                .trim_end_matches('-')
                .rsplit([' ', '-'])
                .next()
                .unwrap_or(""),
        );
    let joined_after = after.starts_with('-')
        && partner(
            after
                .trim_start_matches('-')
                .split([' ', '-'])
                .next()
                .unwrap_or(""),
        );
    let joined = joined_before || joined_after;
    // "Image: Michael Kappeler/dpa": a photographer, the agency after a slash (not "Kyiv/Moscow").
    let credited = after
        .strip_prefix(' ')
        .and_then(|a| a.split(' ').next())
        .and_then(|w| w.split_once('/'))
        .is_some_and(|(surname, _)| partner(surname));
    // "Jackson's International Airport" (in Port Moresby): named after a person, not the place.
    let airport_of_a_person = ["’s ", "'s "].iter().any(|p| {
        after.strip_prefix(p).is_some_and(|rest| {
            rest.starts_with("International Airport") || rest.starts_with("Airport")
        })
    });
    // "Porto da Praia" (Praia's port), "Santiago de Compostela": a Romance "of" and a name
    // that is no country make a longer name (not "Santiago de Chile").
    let romance_of = {
        let mut words = after.split_whitespace();
        let connector = words.next().unwrap_or("");
        let name = words
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '’', '"', '”']);
        after.starts_with(' ')
            && matches!(
                connector,
                "da" | "do" | "dos" | "das" | "de" | "del" | "di" | "du" | "des"
            )
            && capitalised_word(name)
            && gazetteer.country_named(name).is_none()
    };
    prev_is_name || next_is_name || joined || credited || airport_of_a_person || romance_of
}

/// A person's surname standing alone is no small place of that name ("Obama said", with Obama
/// in Fukui): the people finder's short mention of a person named in full. A name right after
/// "in", "at", "to", "from" stays a place ("the university in Leuven", where "KU Leuven" read as
/// a person).
pub(crate) fn drop_surnames(found: &mut Vec<Found>, text: &str, people: &entities::Found) {
    found.retain(|p| {
        let name = p.span.of(text);
        let before = text.get(..p.span.start).unwrap_or("").trim_end();
        let word_before = before.rsplit(|c: char| !c.is_alphanumeric()).next();
        let after_preposition = word_before.is_some_and(|b| {
            ["in", "at", "to", "from"]
                .iter()
                .any(|w| b.eq_ignore_ascii_case(w))
        });
        after_preposition
            || !people.mentions.iter().any(|m| {
                let person = &people.entities[m.entity];
                person.kind == EntityKind::Person
                    && m.form == MentionForm::Short
                    && m.span == p.span
                    && person.name.contains(' ')
                    && person.name.rsplit(' ').next() == Some(name)
            })
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::classify;

    fn places(text: &str) -> Vec<(String, String)> {
        let text = format!("A headline for the test\n{text}");
        let g = Gazetteer::bundled();
        find(&text, &classify(&text), g)
            .into_iter()
            .map(|f| {
                (
                    f.span.of(&text).to_string(),
                    g.entries[f.entry as usize].name.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_headline_keeps_a_place_the_text_names_an_outlet_by() {
        let found = |text: &str| {
            find(text, &classify(text), Gazetteer::bundled())
                .into_iter()
                .map(|f| f.span.of(text).to_string())
                .collect::<Vec<_>>()
        };
        let text = "King Charles arrives in Samoa; titles planned\nThe King spoke, he told the Samoa Observer.";
        assert_eq!(found(text), ["Samoa"]);
        let text = "Michael Jordan Arrives Today\nThe late Michael Jordan spoke to reporters.";
        assert_eq!(found(text), Vec::<String>::new());
        let text = "Lee Arrives in Philadelphia, Tours Hanwha Shipyard\nHe spoke to reporters.";
        assert_eq!(found(text), ["Philadelphia"], "a headline's verb");
        let text = "Macron in Tours\nHe spoke to reporters.";
        assert_eq!(found(text), ["Tours"], "the town, ending the line");
    }

    #[test]
    fn a_surname_alone_is_no_small_place() {
        let found = |text: &str| {
            let blocks = classify(text);
            let mut found = find(text, &blocks, Gazetteer::bundled());
            drop_surnames(
                &mut found,
                text,
                &entities::find(text, &blocks, Gazetteer::bundled()),
            );
            found
                .into_iter()
                .map(|f| f.span.of(text).to_string())
                .collect::<Vec<_>>()
        };
        let text = "Obama lands in Tokyo\nPresident Barack Obama arrived in Tokyo. Later Obama headed to dinner, and Obama said little.";
        assert_eq!(found(text), ["Tokyo", "Tokyo"]);
        let text = "Obama visits Obama\nPresident Barack Obama spoke. Obama then arrived in Obama, the town.";
        assert_eq!(found(text), ["Obama"], "after 'in' it is the place");
    }

    #[test]
    fn a_name_told_as_a_division_is_the_division() {
        let rank = |text: &str| {
            let text = format!("A headline for the test\n{text}");
            let g = Gazetteer::bundled();
            find(&text, &classify(&text), g)
                .into_iter()
                .map(|f| g.entries[f.entry as usize].rank)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            rank("The city lies in Russia's Far Eastern region of Khabarovsk."),
            [Rank::Country, Rank::Division]
        );
        assert_eq!(rank("He flew to the Khabarovsk region."), [Rank::Division]);
        assert_ne!(rank("He flew to Khabarovsk."), [Rank::Division], "the city");
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, &[(&str, &str)])] = &[
            ("plain", "He flew from Israel to Jordan and on to Baghdad.", &[("Israel", "Israel"), ("Jordan", "Jordan"), ("Baghdad", "Baghdad")]),
            ("a Russian ë written yo; a venue", "He went by train to Artyom after the Vostochny Cosmodrome.", &[("Artyom", "Artëm"), ("Vostochny Cosmodrome", "Vostochny Cosmodrome")]),
            ("a photo's credit glued to its caption", "Macron called for unity in DresdenImage: Ludovic Marin/AFP", &[("Dresden", "Dresden")]),
            ("a photographer named like a place", "He will also be visiting GhanaImage: Michael Kappeler/dpa/picture alliance", &[("Ghana", "Ghana")]),
            ("English names and typed umlauts", "He flew from Cologne to Muenster and Hanover in Germany, then to Gothenburg.", &[("Cologne", "Köln"), ("Muenster", "Münster"), ("Hanover", "Hannover"), ("Germany", "Germany"), ("Gothenburg", "Göteborg")]),
            ("a street or a park named after a place", "He went to the Vasco da Gama Garden, then to Lisbon.", &[("Lisbon", "Lisbon")]),
            ("person's name", "The late Michael Jordan spoke to Vernon Jordan.", &[]),
            ("a ship's name in brackets, a ship named after a city", "He laid a wreath at the [USS Arizona] memorial and watched the rescued brought to the Yulin, which has an operating room, in Koror.", &[("Koror", "Koror")]),
            ("a town named like a country, a feature's name", "He visited the town of East Palestine in Ohio before the Bay of Bengal summit in Bangkok.", &[("Ohio", "Ohio"), ("Bangkok", "Bangkok")]),
            ("a city whose name begins with 'The'", "He flew to The Hague, then to Paris.", &[("The Hague", "The Hague"), ("Paris", "Paris")]),
            ("a district of a city", "They met at the house in San Miguel, Manila, on Monday.", &[("Manila", "Manila")]),
            ("a list of cities of one country", "She toured Osaka, Tokyo and Kyoto.", &[("Osaka", "Osaka"), ("Tokyo", "Tokyo"), ("Kyoto", "Kyoto")]),
            ("a sea named after a country", "Harris To Visit South China Sea Island. She left the Philippines.", &[("Philippines", "Philippines")]),
            ("a name before a regnal number, in a line of capitals", "POPE FRANCIS MEETS ZELENSKY AT THE STUDIO OF Paul VI Hall In Vatican City.", &[("Vatican City", "Vatican City")]),
            ("a longer name with a Romance 'of'", "He saw the Porto da Praia, then Santiago de Chile.", &[("Praia", "Praia"), ("Santiago", "Santiago"), ("Chile", "Chile")]),
            ("a country's other name that is an English word", "His visit to the Big Island. Island life was calm.", &[]),
            ("organisation", "Israel Defense Forces said so.", &[]),
            ("an airport named after a person", "He landed at Jackson’s International Airport in Port Moresby.", &[("Port Moresby", "Port Moresby")]),
            ("a division's name many countries give, far from every named country", "In Papua New Guinea he will visit a park in Central Province.", &[("Papua New Guinea", "Papua New Guinea")]),
            ("airport keeps the city", "He left Baghdad International Airport at night.", &[("Baghdad", "Baghdad")]),
            ("sentence start", "Jordan hosted the talks.", &[("Jordan", "Jordan")]),
            ("possessive surname", "Antony Blinken’s next stop was Amman.", &[("Amman", "Amman")]),
            ("name part in a caption", "Antony Blinken spoke.\nUS Secretary of State Antony Blinken Boards Plane in Baghdad", &[("US", "United States"), ("Baghdad", "Baghdad")]),
            ("pronouns are not places", "We know it. It is so.", &[]),
            ("context picks the city", "In Lebanon, the talks moved to Tripoli.", &[("Lebanon", "Lebanon"), ("Tripoli", "Tripoli")]),
            ("a place put far from its namesake", "He flew on to Oyo, 400 kilometers north of Brazzaville, on Sunday.", &[("Oyo", "Republic of the Congo"), ("Brazzaville", "Brazzaville")]),
            ("a place put near its namesake", "He flew on to Oyo, 50 km north of Ibadan.", &[("Oyo", "Oyo"), ("Ibadan", "Ibadan")]),
            ("a small namesake does not", "In Britain, he set off for the summit in Washington.", &[("Britain", "United Kingdom"), ("Washington", "Washington, D.C.")]),
            ("a country is the country", "He met leaders from Lebanon and Palestine in Washington.", &[("Lebanon", "Lebanon"), ("Palestine", "Palestine"), ("Washington", "Washington, D.C.")]),
            ("two places joined by a hyphen", "Fire erupted on the volatile Lebanon-Israel border.", &[("Lebanon", "Lebanon"), ("Israel", "Israel")]),
            ("two countries joined before a noun", "US-China talks resumed.", &[("US", "United States"), ("China", "China")]),
            ("a hyphenated surname is no place", "She met Maria Okonkwo-Jordan later.", &[]),
            ("a region's adjective is no division of that name", "He wrapped up his Balkan tour in Sarajevo.", &[("Sarajevo", "Sarajevo")]),
            ("a capital named like its country, with \"City\"", "In Panama City, he praised Panama.", &[("Panama City", "Panamá"), ("Panama", "Panama")]),
            ("a name spelled with its accent, where both countries are named", "The United States and Costa Rica signed a deal at the palace in San José.", &[("United States", "United States"), ("Costa Rica", "Costa Rica"), ("San José", "San José")]),
            ("a common noun is no place", "Talks Aimed at Strengthening the Japan-U.S. Alliance", &[("Japan", "Japan"), ("U.S", "United States")]),
        ];
        for (name, text, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(places(text), want, "case {name}");
        }
        // "Atlanta, Georgia": the division of the city before it; "Tbilisi, Georgia": the country.
        let g = Gazetteer::bundled();
        for (text, iso) in [
            ("He toured Atlanta, Georgia, on Monday.", "US"),
            ("He toured Tbilisi, Georgia, on Monday.", "GE"),
            ("He went on to Georgia and Armenia.", "GE"),
        ] {
            let text = format!("A headline for the test\n{text}");
            let found = find(&text, &classify(&text), g);
            let georgia = found
                .iter()
                .find(|f| f.span.of(&text) == "Georgia")
                .map(|f| g.entries[f.entry as usize].country.as_deref());
            assert_eq!(georgia, Some(Some(iso)), "{text}");
        }
        // The context case must pick Lebanon's Tripoli, not Libya's capital.
        let text = "A headline for the test\nIn Lebanon, the talks moved to Tripoli.";
        let found = find(text, &classify(text), g);
        assert_eq!(
            g.entries[found[1].entry as usize].country.as_deref(),
            Some("LB")
        );
        assert!(found[1].basis.contains("Lebanon"), "{}", found[1].basis);
        // A namesake near another city the article names: England's Windsor beside London,
        // not Ontario's, eight times its size.
        let text =
            "A headline for the test\nAfter talks in London, he had tea with the king in Windsor.";
        let found = find(text, &classify(text), g);
        assert_eq!(
            g.entries[found[1].entry as usize].country.as_deref(),
            Some("GB"),
            "{}",
            found[1].basis
        );
        assert!(found[1].basis.contains("near London"), "{}", found[1].basis);
        // Not a city in the outlet's name: Dayton's paper makes no London of Ohio.
        let text = "A headline for the test\nDayton Daily News (Associated Press)\nIt was his last stop after visiting Paris and London for meetings with leaders there.";
        let blocks = classify(text);
        assert_eq!(blocks[1].kind, BlockKind::Byline);
        let found = find(text, &blocks, g);
        let london = found
            .iter()
            .map(|f| &g.entries[f.entry as usize])
            .find(|e| e.name == "London");
        assert_eq!(london.and_then(|e| e.country.as_deref()), Some("GB"));
        // A region's name is the region, whatever country the article names.
        let text = "A headline for the test\nIn the Philippines, he wrapped up his tour of Asia.";
        let found = find(text, &classify(text), g);
        let asia = &g.entries[found[1].entry as usize];
        assert_eq!((asia.name.as_str(), asia.kind), ("Asia", PlaceKind::Region));
        // A division by its seat: Ghana's Central Region beside Cape Coast, though Uganda's is
        // bigger and the article names Uganda.
        let text = "A headline for the test
After Uganda's law passed, she went to Cape Coast in the Central Region.";
        let found = find(text, &classify(text), g);
        let region = &g.entries[found[2].entry as usize];
        assert_eq!(
            (region.name.as_str(), region.country.as_deref()),
            ("Central", Some("GH")),
            "{}",
            found[2].basis
        );
        // A place is no neighbour of itself written in capitals: Bethlehem beside Jerusalem.
        let text = "A headline for the test
BETHLEHEM, West Bank — He drove from Jerusalem to Bethlehem in the United States' motorcade.";
        let found = find(text, &classify(text), g);
        let towns: Vec<Option<&str>> = found
            .iter()
            .filter(|f| f.span.of(text).eq_ignore_ascii_case("bethlehem"))
            .map(|f| g.entries[f.entry as usize].country.as_deref())
            .collect();
        assert!(
            !towns.is_empty() && towns.iter().all(|c| *c == Some("PS")),
            "{towns:?}"
        );
    }
}
