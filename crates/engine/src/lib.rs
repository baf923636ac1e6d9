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

#![warn(missing_docs, unreachable_pub)]

mod clean;
mod corpus;
mod dates;
mod day;
mod entities;
mod figures;
mod fold;
mod gazetteer;
mod geo;
mod lexicon;
mod meta;
mod model;
mod places;
mod quotes;
mod script;
pub mod search;
mod segment;
pub mod sort;
mod span;
mod trip;
mod words;

pub use day::Day;
pub use fold::fold;
pub use model::{
    Account, Analysis, Article, ArticleInput, Block, BlockKind, Claim, Confidence, DateExpression,
    DateMention, DayRange, Diagnostic, Discrepancy, DiscrepancyKind, Edited, Edits, Entity,
    EntityKind, EntityMention, Field, Figure, Furniture, MentionForm, Meta, Outlet, PartOfDay,
    PersonThere, Place, PlaceKind, PlaceMention, PlaceRef, Provenance, Qualifier, Quote, Sentence,
    Speaker, Stop, StopEdit, StopRef, Traveller, Visit, VisitKind, SCHEMA,
};
pub use span::Span;

/// The stages one at a time, for the stage-timing example and the gazetteer benchmark only;
/// [`analyze`] is the engine's interface.
#[doc(hidden)]
pub mod stages {
    pub use crate::clean::classify;
    pub use crate::dates::extract as dates;
    pub use crate::entities::find as entities;
    pub use crate::figures::extract as figures;
    pub use crate::gazetteer::Gazetteer;
    pub use crate::meta::read as meta;
    pub use crate::places::find as places;
    pub use crate::quotes::extract as quotes;
    pub use crate::segment::sentences;
}

/// A place a user may choose (to set a stop's place, or to add a stop), with its country's
/// name to show beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceChoice {
    /// The place, as an edit names it.
    pub place: PlaceRef,
    /// Its country's name, unless the place is the country.
    pub country_name: Option<String>,
}

/// Places whose name (or another of their names) starts with `query`, any case and any
/// diacritics, most prominent first: for a user choosing a place.
pub fn find_places(query: &str, limit: usize) -> Vec<PlaceChoice> {
    let gazetteer = gazetteer::Gazetteer::bundled();
    gazetteer
        .search(query, limit)
        .into_iter()
        .map(|e| PlaceChoice {
            place: PlaceRef {
                name: e.name.clone(),
                country: e.country.clone(),
                lat: e.lat,
                lon: e.lon,
            },
            country_name: e
                .country
                .as_deref()
                .and_then(|c| gazetteer.country(c))
                .map(|c| c.name.clone())
                .filter(|c| *c != e.name),
        })
        .collect()
}

/// Reads the engine's bundled data now (the gazetteer and its name index, the organisations, the
/// visit cues) instead of at the first analysis, which otherwise pays for it: for a caller that
/// wants to do it ahead of time, or to time it apart from the analysis. Idempotent and cheap
/// after the first call.
pub fn prepare() {
    gazetteer::Gazetteer::bundled();
    entities::prepare();
    trip::visits::prepare();
}

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
    let doubted = corpus::doubt_site_dates(&mut articles);
    let anchor = corpus::anchor(&articles);
    let stated = corpus::stated_days(&articles);
    for article in &mut articles {
        corpus::date_article(article, anchor, stated);
    }
    for (a, line) in doubted {
        corpus::tell_site_date(&mut articles[a].published, line);
    }
    let outlets = corpus::group_outlets(&mut articles);
    let mut places = corpus::number_places(&mut articles, gazetteer::Gazetteer::bundled());
    corpus::link_people(&mut articles);
    let edit_places = trip::edits::places(&edits.stops, &mut places);
    let given = edits
        .traveller
        .clone()
        .or_else(|| inputs.iter().find_map(|i| i.meta.traveller.clone()));
    let traveller = match given.filter(|n| !n.trim().is_empty()) {
        Some(name) => Some(trip::given_traveller(&articles, name.trim())),
        None => trip::choose_traveller(&articles),
    };
    let (mut stops, mut discrepancies) = (Vec::new(), Vec::new());
    if let Some((who, key)) = &traveller {
        let surname = trip::surname(&who.name);
        for article in &mut articles {
            trip::find_visits(article, &places, key, surname, who.role.as_deref());
        }
        let not_added = trip::edits::add_visits(&edits.stops, &edit_places, &mut articles);
        // The traveller's home country, by the roles the articles give them.
        let roles: Vec<String> = articles
            .iter()
            .flat_map(|a| &a.entities)
            .filter(|e| e.kind == EntityKind::Person && key.is(&e.name))
            .filter_map(|e| e.role.clone())
            .chain(who.role.clone())
            .collect();
        let home = trip::home_of_roles(roles.iter().map(String::as_str));
        let mut trip = trip::build(
            &articles,
            &places,
            home.as_deref(),
            &edits.stops,
            &edit_places,
        );
        // Undated pages the trip shows were written later than inferred: dated again, their
        // visits read again, and the trip built once more.
        let later = trip::written_no_earlier(&trip, &articles, &places, stated);
        if !later.is_empty() {
            for &(a, day) in &later {
                corpus::redate(&mut articles[a], day);
                trip::find_visits(&mut articles[a], &places, key, surname, who.role.as_deref());
            }
            // The user's added stops in those articles, added again (not twice elsewhere).
            let (again, again_places): (Vec<StopEdit>, Vec<Option<usize>>) = edits
                .stops
                .iter()
                .zip(&edit_places)
                .filter(|(e, _)| {
                    matches!(e, StopEdit::Add { article, .. }
                        if later.iter().any(|&(a, _)| articles[a].id == *article))
                })
                .map(|(e, p)| (e.clone(), *p))
                .unzip();
            trip::edits::add_visits(&again, &again_places, &mut articles);
            trip = trip::build(
                &articles,
                &places,
                home.as_deref(),
                &edits.stops,
                &edit_places,
            );
        }
        for message in not_added.into_iter().chain(trip.unapplied.drain(..)) {
            diagnostics.push(Diagnostic {
                article: None,
                message: format!("an edit no longer applies: {message}"),
            });
        }
        trip::fill_accounts(&mut trip, &articles, &places, key);
        discrepancies = trip::discrepancies(&trip, &articles, &places, key);
        stops = trip.stops;
    }
    if traveller.is_some() && stops.iter().all(|s| s.onward) && !articles.is_empty() {
        let message = if stops.is_empty() {
            "no stop found: no article says where the traveller was".to_string()
        } else {
            format!(
                "no stop made yet: the articles tell only plans ({} planned)",
                stops.len()
            )
        };
        diagnostics.push(Diagnostic {
            article: None,
            message,
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

fn analyze_article(input: &ArticleInput) -> Article {
    let text = &input.text;
    let blocks = clean::classify(text);
    let meta = meta::read(text, &blocks, &input.meta);
    let sentences = segment::sentences(text, &blocks);
    let dates = dates::extract(text, &blocks);
    let figures = figures::extract(text, &blocks, &dates);
    let mut found_places = places::find(text, &blocks, gazetteer::Gazetteer::bundled());
    let found_entities = entities::find(text, &blocks, gazetteer::Gazetteer::bundled());
    places::drop_surnames(&mut found_places, text, &found_entities);
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
        .map(|b| words::words(text, b.span).len())
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
        put_off: Vec::new(),
        entities: found_entities.entities,
        entity_mentions: found_entities.mentions,
    }
}
