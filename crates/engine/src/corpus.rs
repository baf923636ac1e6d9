//! Corpus passes, run once every article has been read: the corpus's anchor date and the dates of
//! articles that state none, outlets grouped (one outlet, one colour), and place mentions numbered
//! into one corpus-wide list.

use crate::model::{Article, Confidence, DateExpression, Field, Outlet, Place, Provenance};
use crate::{dates, gazetteer, meta, Day};

/// Replaces gazetteer entry ids in place mentions by indices into a corpus-wide place list.
pub(crate) fn number_places(
    articles: &mut [Article],
    gazetteer: &gazetteer::Gazetteer,
) -> Vec<Place> {
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
                admin: entry.admin.clone(),
            });
            places.len() - 1
        });
    }
    places
}

/// Groups articles by outlet name (case-insensitive) and sets each article's `outlet_index`.
pub(crate) fn group_outlets(articles: &mut [Article]) -> Vec<Outlet> {
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

/// The day the corpus as a whole is told from: the median of the articles' own stated dates.
pub(crate) fn anchor(articles: &[Article]) -> Option<Day> {
    let mut given: Vec<Day> = articles
        .iter()
        .filter(|a| a.published.provenance == Provenance::Given)
        .filter_map(|a| a.published.value)
        .collect();
    given.sort();
    given.get(given.len().saturating_sub(1) / 2).copied()
}

/// Resolves an article's dates; infers its publication date when it states none.
pub(crate) fn date_article(article: &mut Article, anchor: Option<Day>) {
    if article.published.provenance != Provenance::Given {
        // A wire dateline ("Singapore, Sep 11 (PTI) –") gives the day; the year, when it does
        // not, is the one that puts the day nearest the corpus's.
        if let Some((year, month, day, span)) = meta::dateline(&article.text, &article.blocks) {
            let found = match (year, anchor) {
                (Some(y), _) => Day::new(y, month, day).map(|d| (d, "the dateline")),
                (None, Some(a)) => dates::day_near(a, month, day)
                    .map(|d| (d, "the dateline, in the corpus's year")),
                (None, None) => None,
            };
            if let Some((day, basis)) = found {
                article.published = Field::given(day, basis, Some(span));
            }
        }
    }
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
    // An inferred date a day or two before a weekday the story tells as past ("left Hungary on
    // Friday" in an article that mentions Thursday's news conference) is too early: the article
    // was written on that weekday at least.
    if let Some(day) = article.published.value {
        let bump = article
            .dates
            .iter()
            .filter(|m| {
                article
                    .blocks
                    .get(m.block)
                    .is_some_and(|b| b.kind.is_story())
            })
            .filter_map(|m| match m.expression {
                DateExpression::Weekday {
                    weekday,
                    ahead: false,
                    ..
                } => Some((weekday as i64 - day.weekday() as i64).rem_euclid(7)),
                _ => None,
            })
            .filter(|&d| (1..=2).contains(&d))
            .max();
        if let Some(later) = bump.and_then(|d| day.plus(d)) {
            article.published.value = Some(later);
            article.published.basis += &format!(
                "; a day its story tells as past falls after it, so {}",
                later.human()
            );
        }
    }
    if let Some(day) = article.published.value.filter(|d| Some(*d) != anchor) {
        dates::resolve(
            &mut article.dates,
            Some(dates::Reference { day, stated: false }),
        );
    }
}
