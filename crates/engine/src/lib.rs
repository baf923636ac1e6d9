//! tourlens-engine: reads news articles about one trip and returns an [`Analysis`].
//!
//! The engine is pure Rust: it never touches the DOM, the clock or the network, and it
//! builds and tests on the host. Messy input is not an error: [`analyze`] always returns an
//! `Analysis`, with [`Diagnostic`]s for what the user should know. Every span it emits is a
//! byte range into the article's original text, on char boundaries.
//!
//! # Example
//! ```
//! use tourlens_engine::{analyze, ArticleInput};
//! let text = "Minister Ends Tour\nICARO Media Group\nThe minister met the president in Ankara on Monday.";
//! let analysis = analyze(&[ArticleInput { id: "a".into(), text: text.into(), ..Default::default() }]);
//! let article = &analysis.articles[0];
//! assert_eq!(article.headline.value.as_deref(), Some("Minister Ends Tour"));
//! assert_eq!(article.outlet.value.as_deref(), Some("ICARO Media Group"));
//! assert_eq!(analysis.outlets[article.outlet_index].articles, vec![0]);
//! ```

mod accounts;
pub mod clean;
mod compare;
pub mod dates;
mod day;
pub mod entities;
pub mod figures;
pub mod fold;
pub mod gazetteer;
mod itinerary;
mod lexicon;
pub mod meta;
pub mod model;
pub mod places;
pub mod quotes;
mod script;
pub mod search;
pub mod segment;
mod span;
pub mod visits;

pub use day::Day;
pub use model::*;
pub use span::Span;

use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// Analyses a corpus. Never panics, whatever the text.
pub fn analyze(inputs: &[ArticleInput]) -> Analysis {
    analyze_with(inputs, &Edits::default())
}

/// Analyses a corpus and applies the user's corrections. Never panics, whatever the text or the
/// edits; an edit that no longer finds its stop is reported in `diagnostics`.
pub fn analyze_with(inputs: &[ArticleInput], edits: &Edits) -> Analysis {
    let mut diagnostics = Vec::new();
    let mut articles = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        if input.text.trim().is_empty() {
            diagnostics.push(Diagnostic {
                article: Some(input.id.clone()),
                message: "the article is empty".into(),
            });
        }
        if let Some(first) = inputs[..i]
            .iter()
            .find(|o| o.text == input.text && !o.text.trim().is_empty())
        {
            diagnostics.push(Diagnostic {
                article: Some(input.id.clone()),
                message: format!("the same text as {}", first.id),
            });
        }
        articles.push(analyze_article(input));
    }
    let anchor = corpus_anchor(&articles);
    for article in &mut articles {
        date_article(article, anchor);
    }
    let outlets = group_outlets(&mut articles);
    let places = number_places(&mut articles, gazetteer::Gazetteer::bundled());
    let given = edits
        .traveller
        .clone()
        .or_else(|| inputs.iter().find_map(|i| i.meta.traveller.clone()));
    let traveller = match given.filter(|n| !n.trim().is_empty()) {
        Some(name) => Some(given_traveller(&articles, name.trim())),
        None => choose_traveller(&articles),
    };
    let (mut stops, mut discrepancies) = (Vec::new(), Vec::new());
    if let Some((who, key)) = &traveller {
        let surname = who.name.rsplit(' ').next().unwrap_or(&who.name);
        for article in &mut articles {
            find_visits(article, &places, key, surname);
        }
        let home = who.role.as_deref().and_then(itinerary::home_country);
        let mut trip = itinerary::build(&articles, &places, home.as_deref());
        accounts::fill(&mut trip, &articles, key);
        discrepancies = compare::find(&trip, &articles, &places);
        stops = trip.stops;
    }
    if traveller.is_some() && stops.iter().all(|s| s.onward) && !articles.is_empty() {
        diagnostics.push(Diagnostic {
            article: None,
            message: "no stop found: no article says where the traveller was".into(),
        });
    }
    Analysis {
        schema: SCHEMA,
        articles,
        outlets,
        places,
        traveller: traveller.map(|(t, _)| t),
        stops,
        discrepancies,
        diagnostics,
    }
}

/// The traveller the user named; the role comes from the articles when they give one.
fn given_traveller(articles: &[Article], name: &str) -> (Traveller, String) {
    let key = surname_key(name);
    let role = articles
        .iter()
        .flat_map(|a| &a.entities)
        .find(|e| e.kind == EntityKind::Person && surname_key(&e.name) == key)
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
    fold::fold(name.rsplit(' ').next().unwrap_or(name))
}

/// The person named in the most articles (then most often): whose trip the corpus is about.
fn choose_traveller(articles: &[Article]) -> Option<(Traveller, String)> {
    let mut tally: HashMap<String, (usize, usize, String, Option<String>)> = HashMap::new();
    for article in articles {
        let mut seen_here: Vec<String> = Vec::new();
        for m in &article.entity_mentions {
            let e = &article.entities[m.entity];
            if e.kind != EntityKind::Person {
                continue;
            }
            let key = surname_key(&e.name);
            let row = tally
                .entry(key.clone())
                .or_insert((0, 0, e.name.clone(), e.role.clone()));
            row.1 += 1;
            if e.name.len() > row.2.len() {
                row.2 = e.name.clone();
            }
            if row.3.is_none() {
                row.3 = e.role.clone();
            }
            if !seen_here.contains(&key) {
                seen_here.push(key);
                row.0 += 1;
            }
        }
    }
    let (key, (in_articles, mentions, name, role)) = tally
        .into_iter()
        .max_by_key(|(k, (a, m, _, _))| (*a, *m, std::cmp::Reverse(k.clone())))?;
    let basis = format!(
        "named in {in_articles} of {} articles, {mentions} times: more than anyone else",
        articles.len()
    );
    Some((Traveller { name, role, basis }, key))
}

/// Marks the article's place mentions that say the traveller was there.
fn find_visits(article: &mut Article, places: &[Place], traveller: &str, surname: &str) {
    let (mine, others): (Vec<EntityMention>, Vec<EntityMention>) = article
        .entity_mentions
        .iter()
        .filter(|m| article.entities[m.entity].kind == EntityKind::Person)
        .cloned()
        .partition(|m| surname_key(&article.entities[m.entity].name) == traveller);
    let info = |i: usize| places.get(i).cloned();
    article.visits = visits::find(
        &article.text,
        &article.blocks,
        &article.sentences,
        &article.places,
        &info,
        &visits::People {
            traveller: &mine,
            others: &others,
            surname,
        },
    );
}

/// Replaces gazetteer entry ids in place mentions by indices into a corpus-wide place list.
fn number_places(articles: &mut [Article], gazetteer: &gazetteer::Gazetteer) -> Vec<Place> {
    let mut seen: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut places = Vec::new();
    for mention in articles.iter_mut().flat_map(|a| a.places.iter_mut()) {
        let Some(entry) = gazetteer.entries.get(mention.place) else {
            continue;
        };
        mention.place = *seen.entry(mention.place).or_insert_with(|| {
            places.push(Place {
                name: entry.name.clone(),
                kind: entry.kind,
                country: entry.country.clone(),
                country_name: entry
                    .country
                    .as_deref()
                    .and_then(|c| gazetteer.country(c))
                    .map(|c| c.name.clone()),
                lat: entry.lat,
                lon: entry.lon,
                population: entry.population,
            });
            places.len() - 1
        });
    }
    places
}

/// Groups articles by outlet name (case-insensitive) and sets each article's `outlet_index`.
fn group_outlets(articles: &mut [Article]) -> Vec<Outlet> {
    let mut outlets: Vec<Outlet> = Vec::new();
    for (i, article) in articles.iter_mut().enumerate() {
        let name = article.outlet.value.clone();
        let key = name.as_deref().map(str::to_lowercase);
        let existing = key.as_ref().and_then(|k| {
            outlets
                .iter()
                .position(|o| o.name.as_deref().map(str::to_lowercase).as_ref() == Some(k))
        });
        article.outlet_index = match existing {
            Some(at) => {
                outlets[at].articles.push(i);
                at
            }
            None => {
                outlets.push(Outlet {
                    name,
                    articles: vec![i],
                });
                outlets.len() - 1
            }
        };
    }
    outlets
}

fn analyze_article(input: &ArticleInput) -> Article {
    let text = &input.text;
    let blocks = clean::classify(text);
    let meta = meta::read(text, &blocks, &input.meta);
    let sentences = segment::sentences(text, &blocks);
    let dates = dates::extract(text, &blocks);
    let figures = figures::extract(text, &blocks, &dates);
    let found_places = places::find(text, &blocks, gazetteer::Gazetteer::bundled());
    let found_entities = entities::find(text, &blocks, gazetteer::Gazetteer::bundled());
    let people: Vec<(Span, String)> = found_entities
        .mentions
        .iter()
        .filter(|m| found_entities.entities[m.entity].kind == EntityKind::Person)
        .map(|m| (m.span, found_entities.entities[m.entity].name.clone()))
        .collect();
    let quotes = quotes::extract(text, &blocks, &people);
    let word_count = blocks
        .iter()
        .filter(|b| b.kind.is_story())
        .map(|b| b.span.of(text).unicode_words().count())
        .sum();
    Article {
        id: input.id.clone(),
        text: text.clone(),
        headline: meta.headline,
        outlet: meta.outlet,
        outlet_index: 0,
        published: meta.published,
        url: input.meta.url.clone(),
        word_count,
        blocks,
        sentences,
        dates,
        quotes,
        figures,
        places: found_places
            .into_iter()
            .map(|f| PlaceMention {
                span: f.span,
                block: f.block,
                place: f.entry as usize,
                basis: f.basis,
            })
            .collect(),
        visits: Vec::new(),
        entities: found_entities.entities,
        entity_mentions: found_entities.mentions,
    }
}

/// The day the corpus as a whole is told from: the median of the articles' own stated dates.
fn corpus_anchor(articles: &[Article]) -> Option<Day> {
    let mut given: Vec<Day> = articles
        .iter()
        .filter(|a| a.published.provenance == Provenance::Given)
        .filter_map(|a| a.published.value)
        .collect();
    given.sort();
    given.get(given.len().saturating_sub(1) / 2).copied()
}

/// Resolves an article's dates; infers its publication date when it states none.
fn date_article(article: &mut Article, anchor: Option<Day>) {
    if let (Provenance::Given, Some(day)) = (article.published.provenance, article.published.value)
    {
        dates::resolve(
            &mut article.dates,
            Some(dates::Reference { day, stated: true }),
        );
        return;
    }
    let reference = anchor.map(|day| dates::Reference { day, stated: false });
    dates::resolve(&mut article.dates, reference);
    // The article was written no earlier than the latest past date its story mentions.
    let latest = article
        .dates
        .iter()
        .filter(|m| {
            article
                .blocks
                .get(m.block)
                .is_some_and(|b| b.kind.is_story())
        })
        .filter(|m| !matches!(m.expression, DateExpression::Weekday { ahead: true, .. }))
        .filter(|m| anchor.is_some() || m.confidence == Confidence::High)
        .filter_map(|m| Some((m.resolved?.end, m.span)))
        .filter(|(day, _)| anchor.is_none_or(|a| day.ordinal() - a.ordinal() <= 14))
        .max_by_key(|(day, _)| *day);
    article.published = match (anchor, latest) {
        (Some(a), Some((day, span))) if day > a => Field::inferred(
            day,
            format!(
                "no date of its own; it mentions {}, after the corpus's {}",
                day.human(),
                a.human()
            ),
            Some(span),
        ),
        (Some(a), _) => Field::inferred(
            a,
            format!("no date of its own; dated like the corpus ({})", a.human()),
            None,
        ),
        (None, Some((day, span))) => Field::inferred(
            day,
            format!(
                "no date of its own; the latest date it mentions is {}",
                day.human()
            ),
            Some(span),
        ),
        (None, None) => return,
    };
    if let Some(day) = article.published.value.filter(|d| Some(*d) != anchor) {
        dates::resolve(
            &mut article.dates,
            Some(dates::Reference { day, stated: false }),
        );
    }
}
