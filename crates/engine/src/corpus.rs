//! Corpus passes, run once every article has been read: the corpus's anchor date and the dates of
//! articles that state none, outlets grouped (one outlet, one colour), place mentions numbered
//! into one corpus-wide list (named as the articles write them), and people one article
//! introduces linked where another names them bare.

use crate::fold::Folded;
use crate::model::{
    Article, Confidence, DateExpression, DateMention, Entity, EntityKind, EntityMention, Field,
    MentionForm, Outlet, Place, Provenance,
};
use crate::{dates, fold, gazetteer, meta, Day, Span};

/// Replaces gazetteer entry ids in place mentions by indices into a corpus-wide place list.
pub(crate) fn number_places(
    articles: &mut [Article],
    gazetteer: &gazetteer::Gazetteer,
) -> Vec<Place> {
    read_short_forms_as_the_corpus_does(articles, gazetteer);
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
    write_names_as_the_articles_do(articles, &mut places);
    places
}

/// A place written by another of its names that is also how another place's name the corpus
/// writes ends, and no other's, is that place: "Congo" (the Republic of the Congo's other name)
/// beside "Democratic Republic of Congo" is the DR Congo, unless the corpus writes "Republic of
/// the Congo" too. (Only another name: "Sudan" beside "South Sudan" is Sudan.)
fn read_short_forms_as_the_corpus_does(articles: &mut [Article], gazetteer: &gazetteer::Gazetteer) {
    let mut written: Vec<(String, usize)> = articles
        .iter()
        .flat_map(|a| a.places.iter().map(|m| (fold(m.span.of(&a.text)), m.place)))
        .collect();
    crate::sort::sort(&mut written);
    written.dedup();
    // (the other name, the place it is given to, the place the corpus means by it)
    let mut read: Vec<(&str, usize, usize)> = Vec::new();
    for (form, own) in &written {
        let Some(entry) = gazetteer.entries.get(*own) else {
            continue;
        };
        if fold(&entry.name) == *form {
            continue;
        }
        let tail = format!(" {form}");
        let mut fits = written
            .iter()
            .filter(|(w, _)| w.ends_with(&tail))
            .map(|(_, p)| *p);
        let Some(other) = fits.next() else {
            continue;
        };
        let same_kind = gazetteer
            .entries
            .get(other)
            .is_some_and(|o| o.kind == entry.kind);
        if other != *own && same_kind && fits.all(|p| p == other) {
            read.push((form, *own, other));
        }
    }
    for article in articles.iter_mut() {
        let text = &article.text;
        for m in article.places.iter_mut() {
            if !read.iter().any(|r| r.1 == m.place) {
                continue;
            }
            let form = fold(m.span.of(text));
            if let Some(r) = read.iter().find(|r| r.1 == m.place && r.0 == form) {
                m.place = r.2;
            }
        }
    }
}

/// A place whose gazetteer name carries romanisation marks ("Rafaḩ", "Ḩalab") is shown the way
/// the articles write it ("Rafah") when they write the same letters without the marks.
fn write_names_as_the_articles_do(articles: &[Article], places: &mut [Place]) {
    let marked = |name: &str| {
        name.chars().any(|c| {
            matches!(c, '\u{1E00}'..='\u{1EFF}' | '\u{02B0}'..='\u{02FF}')
                || "āēīōūĀĒĪŌŪ".contains(c)
        })
    };
    let mut forms: Vec<Vec<(&str, usize)>> = vec![Vec::new(); places.len()];
    for article in articles {
        for m in &article.places {
            let Some(place) = places.get(m.place) else {
                continue;
            };
            let written = m.span.of(&article.text);
            if !marked(&place.name) || written == place.name || fold(written) != fold(&place.name) {
                continue;
            }
            match forms[m.place].iter_mut().find(|(f, _)| *f == written) {
                Some((_, n)) => *n += 1,
                None => forms[m.place].push((written, 1)),
            }
        }
    }
    for (place, forms) in places.iter_mut().zip(forms) {
        if let Some((form, _)) = forms
            .iter()
            .max_by_key(|(f, n)| (*n, std::cmp::Reverse(*f)))
        {
            place.name = form.to_string();
        }
    }
}

/// People one article introduces (a full name, found by its title or role) and another names
/// without anything that marks a person ("dealing with Benjamin Netanyahu"): the full name, and
/// the surname after it, become mentions of that person in the other article too.
pub(crate) fn link_people(articles: &mut [Article]) {
    let mut known: Vec<String> = Vec::new();
    for e in articles.iter().flat_map(|a| &a.entities) {
        if e.kind == EntityKind::Person
            && e.name.split(' ').count() >= 2
            && !known.iter().any(|k| fold(k) == fold(&e.name))
        {
            known.push(e.name.clone());
        }
    }
    let surname = |name: &str| fold(name.rsplit(' ').next().unwrap_or(name));
    for article in articles.iter_mut() {
        let mut folded: Option<Folded> = None;
        for name in &known {
            let key = surname(name);
            let named = article
                .entities
                .iter()
                .any(|e| e.kind == EntityKind::Person && surname(&e.name) == key);
            if named {
                continue;
            }
            let folded = folded.get_or_insert_with(|| Folded::new(&article.text));
            let full = fold(name);
            let mut found: Vec<(Span, usize, MentionForm)> = Vec::new();
            let story = |at: usize| {
                article
                    .blocks
                    .iter()
                    .position(|b| b.span.start <= at && at < b.span.end)
                    .filter(|&b| article.blocks[b].kind.is_story())
            };
            let free = |span: Span| {
                !article
                    .entity_mentions
                    .iter()
                    .any(|m| m.span.start < span.end && span.start < m.span.end)
                    && !article
                        .places
                        .iter()
                        .any(|m| m.span.start < span.end && span.start < m.span.end)
            };
            for (at, _) in folded.text.match_indices(full.as_str()) {
                let Some(span) = whole_words(&article.text, folded, at, at + full.len()) else {
                    continue;
                };
                if let (Some(block), true) = (story(span.start), free(span)) {
                    found.push((span, block, MentionForm::Full));
                }
            }
            let Some(first) = found.first().map(|f| f.0.end) else {
                continue;
            };
            for (at, _) in folded.text.match_indices(key.as_str()) {
                let Some(span) = whole_words(&article.text, folded, at, at + key.len()) else {
                    continue;
                };
                let capital = span.of(&article.text).starts_with(char::is_uppercase);
                let inside = found
                    .iter()
                    .any(|f| f.0.start <= span.start && span.end <= f.0.end);
                if span.start >= first && capital && !inside && free(span) {
                    if let Some(block) = story(span.start) {
                        found.push((span, block, MentionForm::Short));
                    }
                }
            }
            let entity = article.entities.len();
            article.entities.push(Entity {
                kind: EntityKind::Person,
                name: name.clone(),
                role: None,
            });
            for (span, block, form) in found {
                article.entity_mentions.push(EntityMention {
                    span,
                    block,
                    entity,
                    form,
                });
            }
        }
        crate::sort::sort_by_key(&mut article.entity_mentions, |m| m.span.start);
    }
}

/// The original span of the folded range `start..end` when it stands as whole words (no letter
/// or digit right before or after it).
fn whole_words(text: &str, folded: &Folded, start: usize, end: usize) -> Option<Span> {
    let span = folded.original(start, end)?;
    let before = text.get(..span.start)?.chars().next_back();
    let after = text.get(span.end..)?.chars().next();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    (!word(before) && !word(after)).then_some(span)
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

/// The day the corpus as a whole is told from: the median of the articles' own stated dates;
/// when no page states its date, the latest day (with its year) any story tells as gone by (a
/// photo caption's "February 3, 2023"): the coverage was written no earlier. Not the median
/// of those: "13 Italian airmen were killed in Congo on 11 November 1961" is background.
pub(crate) fn anchor(articles: &[Article]) -> Option<Day> {
    let mut given: Vec<Day> = articles
        .iter()
        .filter(|a| a.published.provenance == Provenance::Given)
        .filter_map(|a| a.published.value)
        .collect();
    crate::sort::sort(&mut given);
    if let Some(&day) = given.get(given.len().saturating_sub(1) / 2) {
        return Some(day);
    }
    articles
        .iter()
        .flat_map(|a| {
            a.dates
                .iter()
                .filter(|m| a.in_story(m.block) && !told_ahead(a, m))
                .filter_map(|m| match m.expression {
                    DateExpression::Absolute {
                        year: Some(y),
                        month,
                        day,
                    } => Day::new(y, month, day),
                    _ => None,
                })
        })
        .max()
}

/// A date its paragraph tells as ahead ("… and will continue until June 20").
fn told_ahead(article: &Article, m: &DateMention) -> bool {
    article.blocks.get(m.block).is_some_and(|b| {
        dates::future_clause(&article.text, b.span.start, m.span.start)
            // "After a farewell ceremony … on Monday, March 8, Pope Francis will take the
            // flight back": a phrase put before a future clause is future too.
            || dates::fronted_before_future(&article.text, b.span, m.span.start)
    })
}

/// A day as an article tells it: year (when given), month, day.
type Told = (Option<i32>, u32, u32);

/// A page's date read from a bare line at its top ("Tue. Mar 21st, 2023") may be the site's
/// banner of the day the page was stored, not the page's own. Doubted, and the page dated like
/// an undated one, when the line is more than two weeks after every day the other articles tell
/// (their own dates, datelines and the days their stories name; two articles at least) while
/// its own story tells its news by weekday ("the Mass scheduled for later on Wednesday") and
/// names no day near the line's. Returns the doubted pages with the line's day, for their basis.
pub(crate) fn doubt_site_dates(articles: &mut [Article]) -> Vec<(usize, Day)> {
    // The days each article tells (year, month, day; the year read near the line when not
    // given): its story's, its own stated date, its dateline's. Read once, when a line is in
    // question.
    let told_by = |a: &Article| -> Vec<Told> {
        let story = a
            .dates
            .iter()
            .filter(|m| a.in_story(m.block))
            .filter_map(|m| match m.expression {
                DateExpression::Absolute { year, month, day }
                | DateExpression::Range {
                    year,
                    end_month: month,
                    end_day: day,
                    ..
                } => Some((year, month, day)),
                _ => None,
            });
        let own = a
            .published
            .value
            .filter(|_| a.published.provenance == Provenance::Given)
            .map(|d| (Some(d.year()), d.month(), d.day()));
        let dateline = meta::dateline(&a.text, &a.blocks).map(|(y, m, d, _)| (y, m, d));
        story.chain(own).chain(dateline).collect()
    };
    let near = |told: &[Told], line: Day| -> Vec<Day> {
        told.iter()
            .filter_map(|&(year, month, day)| match year {
                Some(y) => Day::new(y, month, day),
                None => dates::day_near(line, month, day),
            })
            .collect()
    };
    let mut told: Option<Vec<Vec<Told>>> = None;
    let mut doubted = Vec::new();
    for i in 0..articles.len() {
        let a = &articles[i];
        let Some(line) = a.published.value else {
            continue;
        };
        if a.published.provenance != Provenance::Given || a.published.basis != meta::DATE_LINE {
            continue;
        }
        let tells_weekdays = a
            .dates
            .iter()
            .any(|m| a.in_story(m.block) && matches!(m.expression, DateExpression::Weekday { .. }));
        if !tells_weekdays {
            continue;
        }
        let told = told.get_or_insert_with(|| articles.iter().map(told_by).collect());
        let weeks_after = |days: &[Day]| days.iter().all(|d| line.ordinal() - d.ordinal() > 14);
        // At least two other articles tell days: one page's June dateline is no proof that a
        // September date line is a site's.
        let others: Vec<Vec<Day>> = (0..articles.len())
            .filter(|&j| j != i)
            .map(|j| near(&told[j], line))
            .filter(|days| !days.is_empty())
            .collect();
        let own: Vec<Day> = near(&told[i], line)
            .into_iter()
            .filter(|d| *d != line)
            .collect();
        if others.len() >= 2 && others.iter().all(|d| weeks_after(d)) && weeks_after(&own) {
            doubted.push((i, line));
        }
    }
    // The line is no date the story tells either.
    for &(i, line) in &doubted {
        let a = &mut articles[i];
        if let Some(at) = a.published.evidence {
            a.dates
                .retain(|m| m.span.end <= at.start || at.end <= m.span.start);
        }
        a.published = Field::unknown(site_date(line));
    }
    doubted
}

fn site_date(line: Day) -> String {
    format!(
        "the date at its top ({}) is weeks after every day the other articles tell: a site's date, not the page's",
        line.human()
    )
}

/// Says why a page dated after its site's date was doubted, beside how it was dated instead.
pub(crate) fn tell_site_date(published: &mut Field<Day>, line: Day) {
    if published.provenance != Provenance::Unknown {
        published.basis = format!("{}; {}", published.basis, site_date(line));
    }
}

/// The first and last of the articles' own stated dates.
pub(crate) fn stated_days(articles: &[Article]) -> Option<(Day, Day)> {
    let given = articles
        .iter()
        .filter(|a| a.published.provenance == Provenance::Given)
        .filter_map(|a| a.published.value);
    Some((given.clone().min()?, given.max()?))
}

/// The day an undated page was written, no earlier than `bound`: the day of the week from there
/// that its weekdays fit best, each day further costing a quarter of a misfit: near the bound
/// unless the weekdays clearly say otherwise ("on Saturday reached Timor-Leste", five days on,
/// against "earlier on Friday" two days back).
pub(crate) fn redated(article: &Article, bound: Day) -> Day {
    weekday_misfit(article)
        .and_then(|misfit| {
            (0..=6)
                .filter_map(|k| bound.plus(k))
                .min_by_key(|&d| 4 * misfit(d) + (d.ordinal() - bound.ordinal()))
        })
        .unwrap_or(bound)
}

/// How badly day `d` fits the weekdays an article's story tells (0: outright), or `None` when
/// it tells none.
fn weekday_misfit(article: &Article) -> Option<impl Fn(Day) -> i64> {
    let told: Vec<(i64, bool)> = article
        .dates
        .iter()
        .filter(|m| article.in_story(m.block))
        .filter_map(|m| match m.expression {
            DateExpression::Weekday {
                weekday,
                ahead,
                day: None,
                ..
            } => Some((weekday as i64, ahead)),
            _ => None,
        })
        .collect();
    if told.is_empty() {
        return None;
    }
    let weekdays =
        |ahead: bool| -> Vec<i64> { told.iter().filter(|t| t.1 == ahead).map(|t| t.0).collect() };
    let (ahead, gone_by) = (weekdays(true), weekdays(false));
    // The latest day gone by is told in that day's paper or the next day's alike (earlier ones
    // are further back as a matter of course); the nearest day ahead is soon.
    Some(move |d: Day| -> i64 {
        let today = d.weekday() as i64;
        let back = gone_by
            .iter()
            .map(|weekday| (today - weekday).rem_euclid(7));
        let latest = back.clone().min().map_or(0, |b| (b - 1).max(0));
        // A weekday gone by that would be tomorrow's ("talks on Tuesday and Wednesday" read in
        // Tuesday's paper) does not fit.
        let tomorrows = i64::from(back.clone().any(|b| b == 6));
        // The lead tells the latest news: its weekday is that day or the day before, too
        // ("Buhari and Guterres, Wednesday, met …", then "On Monday, Guterres visited …" is
        // Wednesday's or Thursday's paper, not Monday's).
        let lead = back.clone().next().map_or(0, |b| (b - 1).max(0));
        let coming = ahead
            .iter()
            .map(|weekday| (weekday - today).rem_euclid(7))
            .min()
            .unwrap_or(0);
        latest + lead + tomorrows + coming
    })
}

/// The day from `first - 1` to `last` (and `day` itself) that the weekdays `article`'s story
/// tells fit outright, when `day` does not; `None` when the story tells none. Not beyond the
/// stated dates: a page written days before all of them ("arrived on Friday" a week before the
/// one dated page) reads its weekdays back from the corpus's day, as before.
fn fit_weekdays(article: &Article, day: Day, first: Day, last: Day) -> Option<Day> {
    let cost = weekday_misfit(article)?;
    let from = first.plus(-1)?.min(day);
    let to = last.max(day);
    let days = (0..=(to.ordinal() - from.ordinal()).min(60)).filter_map(|k| from.plus(k));
    let best = days.min_by_key(|&d| (cost(d), (d.ordinal() - day.ordinal()).abs()))?;
    // Only a day the weekdays fit outright moves it: a near fit is no better than the corpus's.
    (best != day && cost(best) == 0 && cost(day) > 0).then_some(best)
}

/// "Tokyo, July 27 (AFP) … Blinken arrived in Japan on Sunday … were due later Sunday to hold
/// talks": a story that tells "later" or "earlier" on the weekday after its own date was written
/// on that day where it happened (a wire dates its copy in its own time zone), and its weekdays
/// are read from there, not from the week before.
fn story_day_after(article: &Article, day: Day) -> Option<Day> {
    let next = day.plus(1)?;
    let text = article.text.to_ascii_lowercase();
    let same_day = text
        .match_indices("later ")
        .chain(text.match_indices("earlier "))
        .any(|(at, w)| {
            // (The lower-cased copy keeps the text's byte offsets; the weekday is read as written.)
            let rest = &article.text[at + w.len()..];
            let rest = rest.strip_prefix("on ").unwrap_or(rest);
            rest.split(|c: char| !c.is_alphabetic())
                .next()
                .and_then(dates::weekday)
                .is_some_and(|w| w == next.weekday())
        });
    same_day.then_some(next)
}

/// Resolves an article's dates; infers its publication date when it states none.
pub(crate) fn date_article(article: &mut Article, anchor: Option<Day>, stated: Option<(Day, Day)>) {
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
        let day = story_day_after(article, day).unwrap_or(day);
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
        .filter(|m| article.in_story(m.block))
        .filter(|m| !matches!(m.expression, DateExpression::Weekday { ahead: true, .. }))
        // "… which started on Wednesday and will continue until June 20": a day ahead.
        .filter(|m| !told_ahead(article, m))
        .filter(|m| anchor.is_some() || m.confidence == Confidence::High)
        // With nothing else to go by, only a day with its year: "a synod of bishops in October
        // 2019" is no sign of when a page was written.
        .filter(|m| {
            anchor.is_some()
                || matches!(m.expression, DateExpression::Absolute { year: Some(_), .. })
        })
        .filter_map(|m| Some((m.resolved?.end, m.span)))
        .filter(|(day, _)| anchor.is_none_or(|a| day.ordinal() - a.ordinal() <= 14))
        .max_by_key(|(day, _)| *day);
    // And no later than the day before the earliest day it tells as still ahead, in words that
    // give the day ("will tour sub-Saharan Africa from July 25 to 28", read beside pages written
    // after the trip): a preview is read from before its plan, not from the corpus's day.
    let earliest_ahead = anchor
        .and_then(|a| {
            article
                .dates
                .iter()
                .filter(|m| article.in_story(m.block))
                .filter_map(|m| match m.expression {
                    // Its first day in the corpus's year when it gives none (read as ahead of
                    // the corpus's day, it was put in the next year).
                    DateExpression::Absolute { year, month, day }
                    | DateExpression::Range {
                        year, month, day, ..
                    } => Some((Day::new(year.unwrap_or(a.year()), month, day)?, m)),
                    _ => None,
                })
                .filter(|(day, _)| *day <= a && a.ordinal() - day.ordinal() <= 14)
                .filter(|(_, m)| told_ahead(article, m))
                .map(|(day, m)| (day, m.span))
                .min_by_key(|(day, _)| *day)
        })
        // Unless it tells a day gone by after it (a weekday read from the corpus's day proves
        // nothing here: it is read from the very day in question).
        .filter(|(day, _)| {
            !article.dates.iter().any(|m| {
                article.in_story(m.block)
                    && matches!(m.expression, DateExpression::Absolute { .. })
                    && !told_ahead(article, m)
                    && m.resolved.is_some_and(|r| r.end >= *day)
            })
        });
    if let (Some(a), Some((day, span))) = (anchor, earliest_ahead) {
        if let Some(before) = day.plus(-1) {
            article.published = Field::inferred(
                before,
                format!(
                    "no date of its own; it tells {} as ahead, on or before the corpus's {}",
                    day.human(),
                    a.human()
                ),
                Some(span),
            );
            dates::resolve(
                &mut article.dates,
                Some(dates::Reference {
                    day: before,
                    stated: false,
                }),
            );
            return;
        }
    }
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
    // The weekdays the story tells fix its day better than the corpus's median: of the days the
    // corpus's own dates run over (and the day before), the one the latest weekday told
    // as past is nearest before and the nearest weekday ahead nearest after ("met Zuma on
    // Saturday" → Saturday's paper; "stood in Mandela's cell on Sunday … is expected in
    // Tanzania on Monday" → Monday's). Ties keep the day nearest the one inferred above.
    if let (Some(day), Some((first, last))) = (article.published.value, stated) {
        if let Some(fitted) = fit_weekdays(article, day, first, last) {
            article.published.value = Some(fitted);
            article.published.basis +=
                &format!("; the weekdays its story tells fit {} best", fitted.human());
        }
    }
    if let Some(day) = article.published.value.filter(|d| Some(*d) != anchor) {
        dates::resolve(
            &mut article.dates,
            Some(dates::Reference { day, stated: false }),
        );
    }
}

/// Dates an undated page again, no earlier than `day` (`trip::written_no_earlier`), and reads
/// its relative dates from there.
pub(crate) fn redate(article: &mut Article, bound: Day) {
    let day = redated(article, bound);
    article.published.value = Some(day);
    article.published.basis += &format!(
        "; no earlier than {}, when another article has the traveller at a stop it tells as made",
        bound.human()
    );
    if day != bound {
        article.published.basis += &format!("; its weekdays fit {}", day.human());
    }
    dates::resolve(
        &mut article.dates,
        Some(dates::Reference { day, stated: false }),
    );
}

#[cfg(test)]
mod tests {
    use crate::{analyze, ArticleInput};

    fn published(texts: &[&str]) -> Vec<String> {
        let inputs: Vec<ArticleInput> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| ArticleInput {
                id: format!("{i}"),
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        analyze(&inputs)
            .articles
            .iter()
            .map(|a| a.published.value.map(|d| d.to_string()).unwrap_or_default())
            .collect()
    }

    /// A page with its own date `d`, telling an arrival in `place`.
    fn dated(d: &str, place: &str) -> String {
        format!("The Minister Tours Africa\n{d}\n\nMinister Ines Halvorsen arrived in {place} on the tour.")
    }

    #[test]
    fn an_undated_preview_is_read_from_before_the_days_it_tells_ahead() {
        // The corpus's day is 27-28 July; the preview tells 25-28 July as still ahead, so it
        // was written by the 24th (and its "On Wednesday" is the 27th, not 3 August).
        let got = published(&[
            &dated("27 July 2022", "Cotonou"),
            &dated("28 July 2022", "Bissau"),
            "Minister to Tour Africa\n\nMinister Ines Halvorsen will tour Africa from July 25 to 28, \
             taking her to Cameroon, Benin and Guinea-Bissau, her office announced Thursday. On \
             Wednesday, the minister will travel to Benin.",
        ]);
        assert_eq!(got[2], "2022-07-24");
        // Unless a day it tells as gone by is later: then the plan was told looking back.
        let got = published(&[
            &dated("27 July 2022", "Cotonou"),
            &dated("28 July 2022", "Bissau"),
            "Minister in Africa\n\nMinister Ines Halvorsen, who landed in Cotonou on July 27, will \
             tour the region from July 25 to 28.",
        ]);
        assert_ne!(got[2], "2022-07-24");
        // An event "scheduled from" its days is ahead too, told in a clause of its own.
        let got = published(&[
            &dated("27 July 2022", "Cotonou"),
            &dated("28 July 2022", "Bissau"),
            "Minister to Tour Africa\n\nMinister Ines Halvorsen would attend the Africa Forum, \
             scheduled from July 25 to 28.",
        ]);
        assert_eq!(got[2], "2022-07-24");
    }

    #[test]
    fn an_undated_page_at_a_stop_told_to_come_last_is_read_after_the_others() {
        // Tunis has no day of its own on a dated page, but two previews put it after Quito
        // (14 March): the undated page there was written no earlier, and its Saturday is the
        // 15th, not the 8th.
        let got = published(&[
            "Minister to Tour\n10 March 2031\n\nMinister Ines Halvorsen will attend a summit in Lima on March 12, then talks in Quito on March 14, before flying to Tunis.",
            "Minister to Tour\n10 March 2031\n\nMinister Ines Halvorsen will visit Quito and make a final stop in Tunis.",
            "Minister in Lima\n12 March 2031\n\nMinister Ines Halvorsen arrived in Lima on Wednesday.",
            "Minister in Quito\n14 March 2031\n\nMinister Ines Halvorsen held talks in Quito on Friday.",
            "Minister in Tunis\n\nMinister Ines Halvorsen arrived in Tunis on Saturday.",
        ]);
        assert_eq!(got[4], "2031-03-15");
    }

    #[test]
    fn an_undated_page_is_dated_by_its_weekdays_within_the_stated_dates() {
        // Stated: Wednesday 10 and Tuesday 16 June 2020. "Met … on Saturday" is Saturday's paper.
        let got = published(&[
            &dated("10 June 2020", "Accra"),
            "Halvorsen in Kenya\n\nNAIROBI, Kenya – Minister Ines Halvorsen met the president on Saturday.",
            &dated("16 June 2020", "Kigali"),
        ]);
        assert_eq!(got[1], "2020-06-13");
        // One stated date, and a page about a Friday before it: not moved past the stated day.
        let got = published(&[
            &dated("24 October 2024", "Apia"),
            "The King Lands\n\nMinister Ines Halvorsen arrived in Sydney on Friday evening.",
        ]);
        assert_eq!(got[1], "2024-10-24");
    }

    #[test]
    fn a_day_ahead_is_no_date_of_writing() {
        let got = published(&[
            &dated("12 June 2020", "Accra"),
            "Halvorsen in Lagos\n\nMinister Ines Halvorsen arrived in Lagos on 13 June, and her tour will continue until June 20.",
        ]);
        assert_eq!(got[1], "2020-06-13");
    }

    #[test]
    fn a_day_in_a_phrase_before_a_plan_is_no_date_of_writing() {
        // "After a farewell ceremony … on Monday, June 15, she will fly home": a preview.
        let got = published(&[
            &dated("12 June 2020", "Accra"),
            "Halvorsen to tour\n\nMinister Ines Halvorsen arrived in Lagos on 12 June.\n\nAfter a farewell ceremony at the airport on Monday, June 15, Halvorsen will fly home.",
        ]);
        assert_eq!(got[1], "2020-06-12");
    }

    #[test]
    fn the_lead_weekday_is_the_latest_news() {
        // Stated: Saturday 30 April to Wednesday 4 May 2022. The lead's "Wednesday" is the news;
        // "On Monday" further down is background: Wednesday's paper, not Monday's.
        let got = published(&[
            &dated("30 April 2022", "Dakar"),
            &dated("3 May 2022", "Niamey"),
            &dated("4 May 2022", "Abuja"),
            "Halvorsen in Abuja\n\nThe president and Minister Ines Halvorsen, Wednesday, met at the State House.\n\nOn Monday, Halvorsen visited a camp in the north.",
        ]);
        assert_eq!(got[3], "2022-05-04");
    }

    #[test]
    fn a_site_date_banner_weeks_after_the_story_is_no_date_of_the_page() {
        // Two pages tell the trip's days (31 January, 3 February 2023); the third page's only
        // date is its site's banner seven weeks on, and it tells its news by weekday.
        let banner = "Tue. Mar 21st, 2023\n\nHuge crowds have started gathering at the main airport in Kinshasa to take part in the open-air Mass that Pope Francis leads later on Wednesday.";
        let pages = [
            "Pope Arrives in Kinshasa\n\nPope Francis arrived in Kinshasa, the capital of the Democratic Republic of Congo, on January 31, 2023, at the start of his journey.",
            "Pope Leaves for Juba\n\nKINSHASA, Feb 3 (Reuters) - Pope Francis flew out of the country on Friday, heading for Juba, where he will remain until Sunday.",
            banner,
        ];
        let inputs: Vec<ArticleInput> = pages
            .iter()
            .map(|t| ArticleInput {
                id: t.to_string(),
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        let a = analyze(&inputs);
        let page = &a.articles[2];
        // Dated like the corpus, whose only stated year is the first page's.
        assert_eq!(
            page.published.value.map(|d| d.to_string()).as_deref(),
            Some("2023-01-31")
        );
        assert!(
            page.published.basis.contains("a site's date"),
            "{}",
            page.published.basis
        );
        // The banner is no headline, and no date its story tells.
        assert_eq!(page.headline.value, None);
        assert!(page.dates.iter().all(|m| m.span.start > 20));
        // Alone, or beside one other page, the line is the page's date.
        assert_eq!(published(&[banner]), ["2023-03-21"]);
        assert_eq!(published(&[pages[0], banner])[1], "2023-03-21");
    }

    #[test]
    fn with_no_page_dated_the_corpus_is_told_from_the_latest_day_it_names() {
        // Not from "11 November 1961", the background one page names.
        let got = published(&[
            "Pope in Kinshasa\n\nPope Francis prayed at the memorial for the Italian airmen who were killed in Congo on 11 November 1961.",
            "Pope Visits Congo\n\nPope Francis waves before his meeting with the bishops at their conference in Kinshasa, Democratic Republic of the Congo February 3, 2023.",
        ]);
        assert_eq!(got, ["2023-02-03", "2023-02-03"]);
    }

    #[test]
    fn a_country_of_several_stops_dates_no_undated_page_later() {
        // "On the second day of her state visit to Kenya … on Tuesday": Kenya's name goes to
        // Mombasa (most articles give it), but names no stop: the page is of the week's Tuesday
        // (28 October, or the next day's paper), not dated again after Mombasa's first day.
        let got = published(&[
            "Vold Arrives\n\nOctober 27, 2031\n\nNorwegian Prime Minister Ingrid Vold arrived in Nairobi on Monday for a state visit to Kenya, her first to Africa.",
            "Vold at the Coast\n\nOctober 30, 2031\n\nNorwegian Prime Minister Ingrid Vold visited the port of Mombasa on Thursday, where Norwegian firms build a terminal in Kenya.",
            "Vold Leaves\n\nOctober 31, 2031\n\nNorwegian Prime Minister Ingrid Vold left Mombasa on Friday afternoon, ending her state visit to Kenya after four days. Her visit had begun in Nairobi, where she signed a trade pact with President William Ruto.",
            "Vold Honours Veterans\n\nOn the second day of her state visit to Kenya, Norwegian Prime Minister Ingrid Vold honoured war veterans on Tuesday at a cemetery.",
            "Vold Meets Fishermen\n\nOctober 30, 2031\n\nNorwegian Prime Minister Ingrid Vold met local fishermen in Mombasa on Thursday to hear about the new terminal.",
        ]);
        assert!(got[3].as_str() < "2031-10-30", "{}", got[3]);
    }

    #[test]
    fn a_short_name_is_the_country_the_corpus_names_in_full() {
        let countries = |text: &str| -> Vec<String> {
            let a = analyze(&[ArticleInput {
                id: "a".into(),
                text: text.into(),
                ..Default::default()
            }]);
            let article = &a.articles[0];
            article
                .places
                .iter()
                .filter(|m| m.span.of(&article.text) == "Congo")
                .map(|m| a.places[m.place].name.clone())
                .collect()
        };
        assert_eq!(
            countries("Pope in Africa\n\nPope Francis arrived in the Democratic Republic of Congo. Congo's bishops met him."),
            ["DR Congo"]
        );
        // Both named in full: "Congo" keeps its own bearer.
        assert_eq!(
            countries("Macron in Africa\n\nMacron flew from the Republic of the Congo to the Democratic Republic of Congo. In Congo he met the president."),
            ["Republic of the Congo"]
        );
    }

    #[test]
    fn a_month_ahead_is_no_date_of_writing() {
        let got = published(&[
            "Pope Visits the Amazon\n\nPope Francis arrived on Jan 18 and will call a synod of bishops in October 2019.",
        ]);
        assert_eq!(got, [""]);
        let got =
            published(&["Pope Visits the Amazon\n\nPope Francis arrived on 18 January 2018."]);
        assert_eq!(got, ["2018-01-18"]);
    }
}
