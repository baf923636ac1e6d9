//! Dating the stops: a date in a visit's sentence dates the visit (or the list) nearest to it;
//! "the next day after visiting X" counts from X; a stop no source dates takes the days between
//! its neighbours in the order.

use super::{by_sentence, dedup, gap, group_span, groups, DateClaim, Seen};
use crate::day::Day;
use crate::model::{
    Article, BlockKind, Confidence, DateExpression, DayRange, EntityKind, Furniture, Place,
    PlaceKind, Provenance, Stop, VisitKind,
};

/// The cues of setting out for a place ("departed for South Africa on Sunday"): the day the
/// journey began, not yet a day there.
const DEPARTURES: &[&str] = &[
    "departed for",
    "departs for",
    "departing for",
    "left for",
    "leaves for",
    "leaving for",
];

/// Cues that say the traveller arrived, so a date on them is an arrival date.
pub(super) const ARRIVAL: &[&str] = &[
    "arrived",
    "arrives",
    "arriving",
    "arrival",
    "landed",
    "lands",
    "landing",
    "travelled",
    "traveled",
    "travels",
    "flew",
    "flies",
    "flying",
];

/// A list that is only named as the trip's stops takes a date from its own item alone
/// ("Jakarta from 3 to 6 September"), never from the sentence ("the tour, which started on
/// September 2, also took him to Papua New Guinea").
const OWN_ITEM_BYTES: usize = 40;

/// Verbs that tell of a plan: the day they give is the day of the telling ("the government said
/// on Tuesday", "announced Thursday he will visit").
const TOLD: &[&str] = &[
    " announced ",
    " said ",
    " says ",
    " confirmed ",
    // "Prime Minister Sogavare stated on May 23, confirming that … Wang Yi will visit …"
    " stated ",
    " revealed ",
    " disclosed ",
];

/// Dates given for visits: each date in a visit's sentence dates the list nearest to it.
pub(super) fn date_claims(
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    places: &[Place],
) -> Vec<DateClaim> {
    let mut stop_country: std::collections::HashMap<usize, &str> = Default::default();
    for (i, v) in seen.iter().enumerate() {
        if let (Some(s), Some(country)) = (assignment[i], places[v.place].country.as_deref()) {
            stop_country.entry(s).or_insert(country);
        }
    }
    let mut claims = Vec::new();
    // Visits in a list of the whole tour (three stops or more), for `implied_claims`.
    let mut in_a_tour_list = vec![false; seen.len()];
    for (a, sentence, members) in by_sentence(seen, assignment) {
        let article = &articles[a];
        // A dateline's date is when the story was filed, not when the traveller was there;
        // but a lead that tells of that stop alone, on a day gone by, what a person did there
        // ("PRETORIA, South Africa – … Obama met … Zuma … on Saturday"), dates it. ("MANILA —
        // The Chinese government on Wednesday said …" dates a statement in Beijing.)
        let person_before = |at: usize| {
            article.entity_mentions.iter().any(|m| {
                sentence.start <= m.span.start
                    && m.span.end <= at
                    && article.entities.get(m.entity).map(|e| e.kind) == Some(EntityKind::Person)
            })
        };
        let lead_of_its_own = members
            .iter()
            .all(|&j| assignment[j] == assignment[members[0]])
            && article.dates.iter().any(|d| {
                sentence.start <= d.span.start
                    && d.span.end <= sentence.end
                    && matches!(d.expression, DateExpression::Weekday { ahead: false, .. })
                    && person_before(d.span.start)
            });
        let members: Vec<usize> = members
            .into_iter()
            .filter(|&i| seen[i].kind != VisitKind::Dateline || lead_of_its_own)
            .collect();
        if members.is_empty() {
            continue;
        }
        let lists = groups(&article.text, &members, seen);
        for list in lists.iter().filter(|l| many_stops(l, assignment)) {
            for &i in list {
                in_a_tour_list[i] = true;
            }
        }
        // The dateline's own date ("CAIRO, April 30 —") is when the story was filed, even
        // when the lead it opens dates the stop.
        let lead = sentence.of(&article.text);
        // Yonhap's "SEOUL, Sept. 26 (Yonhap) --" ends its dateline with two hyphens.
        let lead_end = [" — ", " – ", " -- ", " - ", ": "]
            .iter()
            .filter_map(|d| lead.find(d))
            .min();
        let dateline_end = members
            .iter()
            .any(|&i| seen[i].kind == VisitKind::Dateline)
            .then(|| lead_end.map_or(sentence.start, |i| sentence.start + i))
            // So is a dateline of a place that is no stop: "New Delhi, May 5: Prime Minister
            // Narendra Modi, who arrived in France on Wednesday, …".
            .or_else(|| {
                let end = lead_end?;
                let words = lead.get(..end)?.split_whitespace().count();
                // A place, a comma, the date (an itinerary's "November 7: He will …" is no
                // dateline).
                let dated = article.dates.iter().any(|d| {
                    d.span.start > sentence.start
                        && d.span.end <= sentence.start + end
                        && article
                            .text
                            .get(sentence.start..d.span.start)
                            .is_some_and(|place| place.trim_end().ends_with(','))
                });
                (words <= 6 && dated).then_some(sentence.start + end)
            });
        let teaser = members.iter().all(|&i| {
            article.blocks.get(seen[i].block).map(|b| b.kind)
                == Some(BlockKind::Furniture(Furniture::RelatedStory))
        });
        // A teaser's date stands on the caption line just above it.
        let dated_here = |d: &crate::model::DateMention| {
            if teaser {
                let b = seen[members[0]].block;
                d.block + 3 >= b
                    && d.block < b
                    && article.blocks.get(d.block).map(|x| x.kind)
                        == Some(BlockKind::Furniture(Furniture::Caption))
            } else {
                // A caption's own stamp ("- Outlet, 1920, 06.11.2023") dates the page, not the photo.
                let stamp = article
                    .blocks
                    .get(d.block)
                    .and_then(|b| crate::clean::site_stamp(&article.text, b.span))
                    .and_then(|st| st.date);
                sentence.start <= d.span.start
                    && d.span.end <= sentence.end
                    && stamp != Some(d.span)
            }
        };
        let mut dated_lists: Vec<usize> = Vec::new();
        let mut first_single: Option<(&crate::model::DateMention, DayRange)> = None;
        let own_date = article.published.evidence;
        for d in article
            .dates
            .iter()
            .filter(|d| dated_here(d) && dateline_end.is_none_or(|end| d.span.start >= end))
        {
            let Some(days) = d.resolved else {
                continue; // relative dates are resolved once the order is known
            };
            if days.start == days.end && first_single.is_none() {
                first_single = Some((d, days));
            }
            let Some(g) = (0..lists.len()).min_by_key(|&g| {
                if teaser {
                    0
                } else {
                    gap(d.span, group_span(&lists[g], seen))
                }
            }) else {
                continue;
            };
            let list = &lists[g];
            // "In a statement on Monday Modi said he was “confident that my visit to Indonesia,
            // Malaysia and Singapore will …”": a quotation keeps its own time; a date outside
            // it does not date the places it names.
            let span = group_span(list, seen);
            let quoted = |s: crate::Span| {
                article
                    .quotes
                    .iter()
                    .find(|q| q.span.start <= s.start && s.end <= q.span.end)
                    .map(|q| q.span)
            };
            // And a date inside a quotation does not date places outside it ("“I'd go Friday
            // (to Istanbul), if it was appropriate,” Trump stated at a meeting … in Qatar").
            let list_quote = quoted(span);
            if list_quote != quoted(d.span) {
                continue;
            }
            let planned = list.iter().all(|&i| seen[i].onward);
            // "meet the president on Saturday morning before flying to Dar es Salaam": a date
            // the clause moves on from is not the list's.
            if d.span.end <= span.start {
                let between = article
                    .text
                    .get(d.span.end..span.start)
                    .unwrap_or("")
                    .to_lowercase();
                // "… on Tuesday … after Xi visited Paris": the visit was before that day (but
                // "on Thursday … after talks in Sarajevo" is that day's).
                let padded = format!(" {between} ");
                // "On Tuesday, Trump held talks … shortly after arriving in Riyadh": that day.
                let same_day = [
                    " shortly after ",
                    " soon after ",
                    " just after ",
                    " after arriving ",
                    " after landing ",
                ]
                .iter()
                .any(|w| padded.contains(w));
                let after_clause = !same_day
                    && padded.split(" after ").nth(1).is_some_and(|rest| {
                        let next = rest.split_whitespace().next().unwrap_or("");
                        matches!(next, "he" | "she" | "they" | "his" | "her")
                            || next.ends_with("ing")
                            || article
                                .text
                                .get(d.span.end..span.start)
                                .unwrap_or("")
                                .split(" after ")
                                .nth(1)
                                .and_then(|r| r.chars().next())
                                .is_some_and(char::is_uppercase)
                    });
                // "President Trump announced Thursday he will visit Saudi Arabia, Israel and the
                // Vatican": the day the plan was told.
                let up_to_date = crate::words::padded(
                    article.text.get(sentence.start..d.span.start).unwrap_or(""),
                );
                let up_to_date = up_to_date.strip_suffix("on ").unwrap_or(&up_to_date);
                let told_that_day = planned
                    && TOLD
                        .iter()
                        .chain(&[" told reporters "])
                        .any(|v| up_to_date.ends_with(v));
                // "Trudeau, today (on November 2) announced that he will participate in the
                // … Summit in Phnom Penh": the day the plan was told, before its telling.
                // "Biden on Thursday also defended his decision to visit Saudi Arabia": the
                // day of the decision's telling too.
                let told_after_it = (planned && TOLD.iter().any(|v| padded.contains(v)))
                    || padded.contains(" decision to ");
                if told_that_day || told_after_it {
                    continue;
                }
                let moves_on = [" before ", " then ", " and later "]
                    .iter()
                    .any(|w| padded.contains(w))
                    || after_clause;
                if moves_on {
                    continue;
                }
            }
            // "… in Doha on Tuesday before seeing the UAE leader in Abu Dhabi on Wednesday": a
            // date after "before" belongs to what comes next.
            if d.span.start >= span.end {
                let between =
                    crate::words::padded(article.text.get(span.end..d.span.start).unwrap_or(""));
                // "… greeted Putin at Pyongyang International Airport, as reported by the KCNA on
                // Wednesday": the day of the report, not of the visit.
                // "… will visit New Zealand on August 7-9, the government said on Tuesday": the
                // day a plan was told is not the plan's.
                let told_of_a_plan =
                    planned && TOLD.iter().chain(&[" told "]).any(|w| between.contains(w));
                // "He will visit Poland on March 22 and return to Japan on March 23": the day
                // of the journey home.
                let homeward = [
                    " return ",
                    " returns ",
                    " returning ",
                    " returned ",
                    " fly home ",
                    " flies home ",
                    " flew home ",
                    " fly back ",
                    " flies back ",
                    " flew back ",
                ]
                .iter()
                .any(|w| between.contains(w));
                // "… to offer condolences for Hamas's attack on October 7": the day of the event
                // the date follows, not of the visit.
                let of_an_event = [
                    " attack on ",
                    " attacks on ",
                    " attack of ",
                    " attacks of ",
                    " massacre on ",
                    " massacre of ",
                    " raid on ",
                    " bombing on ",
                    " bombings on ",
                    " assault on ",
                    " invasion on ",
                    " earthquake on ",
                    " coup on ",
                ]
                .iter()
                .any(|e| between.ends_with(e));
                // "… was in the Philippines for a three-day visit after attending the APEC
                // meeting in Thailand and met with President Marcos on Monday": a list in a
                // clause of "after …ing" that "and" ends; the date is the main clause's.
                let before_list = article
                    .text
                    .get(sentence.start..span.start)
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let after_ing = before_list.rfind(" after ").is_some_and(|at| {
                    let clause = &before_list[at + " after ".len()..];
                    clause
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.ends_with("ing"))
                        && !clause.contains([',', ';'])
                });
                let in_an_after_clause = after_ing && between.contains(" and ");
                // "… has arrived in Pyongyang after traveling to Russia for his summit with
                // Putin, the North's state media reported Wednesday": nor is the day of the
                // report after it.
                let reported_after = after_ing
                    && article
                        .text
                        .get(span.end..d.span.start)
                        .is_some_and(|t| t.contains(','))
                    && [" reported ", " said ", " says ", " reports ", " announced "]
                        .iter()
                        .any(|w| between.ends_with(w) || between.ends_with(&format!("{w}on ")));
                if between.contains(" before ")
                    || in_an_after_clause
                    || reported_after
                    || homeward
                    || of_an_event
                    || between.contains(" as reported ")
                    || between.contains(" according to ")
                    || told_of_a_plan
                {
                    continue;
                }
            }
            // The page's own date opening its story (a flattened page: "2024-06-17 Putin will
            // fly to Pyongyang …", "2023-05-04 Kishida on Wednesday met …") is when it was
            // written: not the day of a plan, nor of a visit the sentence dates itself. (Alone
            // beside a visit told as made, it is that day's news.)
            let dated_otherwise = article
                .dates
                .iter()
                .any(|o| o.span != d.span && dated_here(o) && o.resolved.is_some());
            if Some(d.span) == own_date && (planned || dated_otherwise) {
                continue;
            }
            // "next Saturday", "is due to meet … on Saturday": only what is planned.
            if matches!(d.expression, DateExpression::Weekday { ahead: true, .. }) && !planned {
                continue;
            }
            let listed = list.iter().all(|&i| seen[i].kind == VisitKind::Listed);
            let own_item = d.span.start >= group_span(list, seen).start
                && gap(d.span, group_span(list, seen)) <= OWN_ITEM_BYTES;
            if listed && !teaser && !own_item {
                continue;
            }
            // "On January 9, … the tour, during which Wang Yi visited Namibia, …, Chad and
            // Nigeria", "will visit Namibia, the Republic of Congo, Chad and Nigeria from January
            // 5 to 11": a date beside a list of three stops or more is the tour's, not each
            // one's ("from Jan. 21 through Jan. 26" right after the last item too).
            if !teaser && many_stops(list, assignment) {
                continue;
            }
            // "Apostolic Journey … in Türkiye and Lebanon (27 November to 2 December 2025)": a
            // date right after a list of two countries of the trip or more is the trip's too,
            // whichever visit the sentence tells.
            if after_the_trip_s_countries(article, d.span, places, &stop_country) {
                continue;
            }
            // "From July 2 to 6, President Xi Jinping will attend the … summit in Astana and …
            // pay state visits to Kazakhstan and Tajikistan": days that open a sentence telling
            // two stops or more are the trip's, not the first list's.
            let opens_on_several = days.start != days.end
                && lists
                    .iter()
                    .all(|l| d.span.end <= group_span(l, seen).start)
                && dedup(lists.iter().flatten().filter_map(|&i| assignment[i])).len() >= 2;
            if opens_on_several {
                continue;
            }
            // "after Ghana (July 2-3), Trinidad and Tobago (July 3-4), …": a date in brackets
            // right after a place is that place's, not another list's.
            let bracketed_after = article
                .places
                .iter()
                .rev()
                .find(|m| m.span.end <= d.span.start)
                .filter(|m| {
                    article
                        .text
                        .get(m.span.end..d.span.start)
                        .is_some_and(|b| b.trim() == "(")
                });
            if bracketed_after.is_some_and(|m| list.iter().all(|&i| seen[i].mention != m.span)) {
                continue;
            }
            dated_lists.push(g);
            for &i in list {
                let Some(stop) = assignment[i] else { continue };
                let cue_words = seen[i].cue.to_lowercase();
                claims.push(DateClaim {
                    stop,
                    article: a,
                    days,
                    confidence: if teaser {
                        Confidence::Low
                    } else {
                        d.confidence
                    },
                    span: d.span,
                    sentence,
                    // ("flew from Luanda to Lobito" is no arrival in Luanda.)
                    arrival: seen[i].kind != VisitKind::Left
                        && ARRIVAL
                            .iter()
                            .any(|w| cue_words.split([' ', '…']).any(|c| c == *w)),
                    teaser,
                    planned: seen[i].onward,
                    implied: false,
                    vague: matches!(
                        d.expression,
                        DateExpression::Weekend | DateExpression::Month { .. }
                    ),
                    guessed: guessed(article, d),
                    length: false,
                    departure: DEPARTURES.iter().any(|c| cue_words == *c),
                    left: seen[i].kind == VisitKind::Left,
                });
            }
        }
        // "… on Sunday for a day trip, before returning to Nairobi in the evening": a return
        // told beside a dated visit is that day too.
        if let Some((d, days)) = first_single {
            for (g, list) in lists.iter().enumerate() {
                if dated_lists.contains(&g) {
                    continue;
                }
                for &i in list
                    .iter()
                    .filter(|&&i| seen[i].kind == VisitKind::Returned)
                {
                    let Some(stop) = assignment[i] else { continue };
                    claims.push(DateClaim {
                        stop,
                        article: a,
                        days,
                        confidence: Confidence::Low,
                        span: d.span,
                        sentence,
                        arrival: false,
                        teaser,
                        planned: seen[i].onward,
                        implied: false,
                        vague: false,
                        guessed: false,
                        length: false,
                        departure: false,
                        left: false,
                    });
                }
            }
        }
    }
    stay_until(seen, assignment, articles, &mut claims);
    then_on_the_day_before(seen, assignment, articles, &mut claims);
    // "arrived in Chongqing on Sunday to kick off his three-day official visit to China": a
    // length followed by the name of the stop's country, when the country has other stops, is
    // the country's, not the stop's.
    let several = |country: &str| stop_country.values().filter(|&&c| c == country).count() >= 2;
    let of_its_country = |c: &DateClaim, after: usize| {
        let Some(&country) = stop_country.get(&c.stop) else {
            return false;
        };
        several(country)
            && articles[c.article].places.iter().any(|m| {
                after <= m.span.start
                    && m.span.start <= after + COUNTRY_AFTER_LENGTH
                    && m.span.end <= c.sentence.end
                    && places[m.place].kind == PlaceKind::Country
                    && places[m.place].country.as_deref() == Some(country)
            })
    };
    visit_length(articles, &mut claims, &of_its_country);
    // Dates far from the rest are about something else (an earlier trip, a teaser).
    let mut days: Vec<i64> = claims
        .iter()
        .filter(|c| c.days.start == c.days.end && !c.planned)
        .map(|c| c.days.start.ordinal())
        .collect();
    if days.is_empty() {
        days = claims.iter().map(|c| c.days.start.ordinal()).collect();
    }
    crate::sort::sort(&mut days);
    if let Some(&median) = days.get(days.len().saturating_sub(1) / 2) {
        claims.retain(|c| (c.days.start.ordinal() - median).abs() <= 14);
    }
    implied_claims(seen, assignment, articles, &in_a_tour_list, &mut claims);
    claims
}

/// Stops told only as plans, every date their sentences give lying more than a day before the
/// first day a stop was made, or more than three days after the last: another trip's ("will
/// travel to Rome for the funeral over the weekend", in a preview of a tour three weeks on;
/// "will return to the United States after his China trip to attend the … forum in San
/// Francisco from Nov. 15-17", a week after it ended). The next destination, a day or two on,
/// stays (onward).
pub(super) fn planned_beyond_the_trip(
    stops: usize,
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    claims: &[DateClaim],
) -> Vec<usize> {
    let made = || claims.iter().filter(|c| c.tier() == 3);
    let (Some(first), Some(last)) = (
        made().map(|c| c.days.start).min(),
        made().map(|c| c.days.end).max(),
    ) else {
        return Vec::new();
    };
    (0..stops)
        .filter(|&s| {
            let members: Vec<&Seen> = super::members(seen, assignment, s).collect();
            let dates: Vec<crate::day::Day> = members
                .iter()
                .flat_map(|v| {
                    articles[v.article].dates.iter().filter(|d| {
                        v.sentence.start <= d.span.start && d.span.end <= v.sentence.end
                    })
                })
                .filter_map(|d| d.resolved.map(|r| r.end))
                .collect();
            !members.is_empty()
                && members.iter().all(|v| v.onward)
                && !dates.is_empty()
                && (dates.iter().all(|d| first.ordinal() - d.ordinal() > 1)
                    || dates.iter().all(|d| d.ordinal() - last.ordinal() > 3))
        })
        .collect()
}

/// Undated pages dated too early: a page that tells stops as made was written no earlier than
/// the first day a dated article tells any of them made ("President Murmu on Saturday reached
/// Timor-Leste … after concluding her visit to New Zealand and Fiji": no earlier than Fiji's
/// first day). Returns each such page with that day, when it is later than the day inferred
/// and at most a week after the corpus's stated dates.
pub(crate) fn written_no_earlier(
    trip: &super::Trip,
    articles: &[Article],
    places: &[crate::model::Place],
    stated: Option<(crate::day::Day, crate::day::Day)>,
) -> Vec<(usize, crate::day::Day)> {
    // "On the second day of his state visit to Kenya": a country of several stops names none
    // of them (its name goes to the one most articles give).
    let names_no_stop = |place: usize| {
        let p = &places[place];
        p.kind == crate::model::PlaceKind::Country && super::of_several(&trip.stops, &p.country)
    };
    let Some((_, last)) = stated else {
        return Vec::new();
    };
    if !articles
        .iter()
        .any(|a| a.published.provenance == Provenance::Inferred)
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        if article.published.provenance != Provenance::Inferred {
            continue;
        }
        let Some(written) = article.published.value else {
            continue;
        };
        // Told as done there, not named in a list of the trip's stops.
        let told: Vec<&(Seen, Option<usize>)> = trip
            .seen
            .iter()
            .filter(|(v, _)| v.article == a && !v.onward && !v.furniture)
            .filter(|(v, _)| {
                matches!(
                    v.kind,
                    VisitKind::Arrived | VisitKind::Stayed | VisitKind::Left
                )
            })
            .collect();
        let mut stops = dedup(
            told.iter()
                .filter(|(v, _)| !names_no_stop(v.place))
                .filter_map(|(_, s)| *s),
        );
        // Such a country ("after spending three days in Ghana") was reached by its first stop.
        for (v, _) in told.iter().filter(|(v, _)| names_no_stop(v.place)) {
            let first = (0..trip.stops.len())
                .filter(|&s| {
                    !trip.stops[s].onward && trip.stops[s].country == places[v.place].country
                })
                .min_by_key(|&s| trip.stops[s].days.map(|d| d.start));
            stops.extend(first.filter(|s| !stops.contains(s)));
        }
        // The first day another article tells a stop made. Only what a page with its own date
        // says, or a date written out on a page without ("on March 26"): a weekday read from
        // an inferred date is a guess.
        let first_told = |s: usize| {
            trip.claims
                .iter()
                .filter(|c| c.stop == s && c.article != a && c.tier() == 3)
                .filter(|c| {
                    articles[c.article].published.provenance == Provenance::Given || !c.guessed
                })
                .map(|c| c.days.start)
                .min()
        };
        // With none, of a stop the articles' words put before it, twice and never after
        // ("before flying to Tunisia", "a final stop in Tunisia", beside Bangkok on the 17th):
        // the traveller was there no earlier.
        let after = |s: usize| {
            let w = |a: usize, b: usize| {
                trip.words_order
                    .get(a)
                    .and_then(|r| r.get(b))
                    .copied()
                    .unwrap_or(0)
            };
            (0..trip.stops.len())
                .filter(|&p| p != s && w(p, s) >= 2 * super::order::W_STRONG && w(s, p) == 0)
                .filter_map(first_told)
                .max()
        };
        let bound = stops
            .into_iter()
            .filter_map(|s| first_told(s).or_else(|| after(s)))
            // The earliest of them: one visit read wrongly as made cannot push the page late.
            .min();
        // Also a page dated the very day it was reached whose weekdays read better later ("arrived
        // in Tanzania on Thursday after three days in Ghana", Ghana reached that Sunday).
        if let Some(bound) = bound {
            let later = bound > written
                || (bound == written && crate::corpus::redated(article, bound) != written);
            if later && bound.ordinal() <= last.ordinal() + 7 {
                out.push((a, bound));
            }
        }
    }
    out
}

/// A weekday read on a page with no date of its own, days before the traveller is known (by
/// dates written out or stated pages) to have been at a stop the order puts earlier, is the
/// same weekday a week on, or weeks ("arrived in Tanzania Thursday", on a page guessed to be
/// from the week before Ghana's 26-28 March). `before(a, b)`: whether stop `a` comes before `b`.
pub(super) fn guessed_a_week_early(
    claims: &mut [DateClaim],
    before: &dyn Fn(usize, usize) -> bool,
) {
    // Each stop's first day known.
    let mut first: std::collections::HashMap<usize, crate::day::Day> = Default::default();
    for c in claims.iter().filter(|c| !c.guessed && c.tier() == 3) {
        let day = first.entry(c.stop).or_insert(c.days.start);
        *day = (*day).min(c.days.start);
    }
    for c in claims.iter_mut().filter(|c| c.guessed) {
        // The latest first day known of any stop before this one.
        let earlier = first
            .iter()
            .filter(|(s, _)| before(**s, c.stop))
            .map(|(_, d)| *d)
            .max();
        let Some(earlier) = earlier else { continue };
        // (A page guessed from previews weeks before may be weeks early: at most four.)
        for _ in 0..4 {
            if c.days.end.ordinal() + 1 >= earlier.ordinal() {
                break;
            }
            let (Some(start), Some(end)) = (c.days.start.plus(7), c.days.end.plus(7)) else {
                break;
            };
            c.days = DayRange { start, end };
        }
    }
}

/// Whether the place names right before `date` (a list of them, then at most an opening
/// bracket, "from" or "on") name two or more countries that hold stops of the trip.
fn after_the_trip_s_countries(
    article: &Article,
    date: crate::Span,
    places: &[Place],
    stop_country: &std::collections::HashMap<usize, &str>,
) -> bool {
    let text = &article.text;
    let mut countries: Vec<&str> = Vec::new();
    let mut end = date.start;
    for m in article
        .places
        .iter()
        .rev()
        .filter(|m| m.span.end <= date.start)
    {
        let between = text.get(m.span.end..end).unwrap_or("x");
        let glue = if end == date.start {
            between
                .split(|c: char| c.is_whitespace() || c == '(' || c == ',')
                .all(|w| w.is_empty() || matches!(w, "from" | "on"))
        } else {
            crate::trip::visits::list_glue(between, &[])
        };
        if !glue {
            break;
        }
        let Some(country) = places.get(m.place).and_then(|p| p.country.as_deref()) else {
            break;
        };
        if stop_country.values().any(|c| *c == country) && !countries.contains(&country) {
            countries.push(country);
        }
        end = m.span.start;
    }
    countries.len() >= 2
}

/// How far after a visit's length ("three-day") the country it is of may stand, in bytes
/// ("three-day official state visit to China").
const COUNTRY_AFTER_LENGTH: usize = 32;

/// "arrived in Sri Lanka on Tuesday for a two-day official visit": the visit's length, read
/// where the sentence dates it, lasts that many days from that date (as a plan, so it extends
/// the stay and never replaces what was told made). A "three-day tour" is the trip's, not the
/// stop's.
fn visit_length(
    articles: &[Article],
    claims: &mut Vec<DateClaim>,
    of_its_country: &dyn Fn(&DateClaim, usize) -> bool,
) {
    let lengths = [
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("2", 2),
        ("3", 3),
        ("4", 4),
    ];
    let mut more = Vec::new();
    // The visit starts on the first day its sentence gives: "the two-day visit to Hanoi on
    // Wednesday and Thursday" lasts from Wednesday.
    let first_of_its_sentence = |c: &DateClaim| {
        !claims.iter().any(|o| {
            o.article == c.article
                && o.sentence == c.sentence
                && o.stop == c.stop
                && o.days.start < c.days.start
        })
    };
    for c in claims
        .iter()
        .filter(|c| c.days.start == c.days.end && !c.teaser && !c.implied)
        .filter(|c| first_of_its_sentence(c))
    {
        let Some(text) = articles.get(c.article).map(|a| c.sentence.of(&a.text)) else {
            continue;
        };
        if !text.contains("-day") {
            continue;
        }
        let words = crate::words::padded(text);
        let words: Vec<&str> = words.split_whitespace().collect();
        // "left Kenya on Friday afternoon, bringing an end to their four-day state visit": the
        // day it ended, not the first of four (an ending just before the length).
        let ending = |i: usize| {
            words[i.saturating_sub(6)..i].iter().any(|w| {
                matches!(
                    *w,
                    "end"
                        | "ended"
                        | "ends"
                        | "ending"
                        | "conclude"
                        | "concludes"
                        | "concluded"
                        | "concluding"
                        | "conclusion"
                        // "is set to wrap up his two-day visit to Japan on Sunday"
                        | "wrap"
                        | "wraps"
                        | "wrapped"
                        | "wrapping"
                        // "on Tuesday wrapped-up his two-day visit"
                        | "wrapped-up"
                        | "wraps-up"
                        // "arrived in France on Wednesday on the final leg of his three-day
                        // Europe visit": the length of the whole, not of this stop.
                        | "leg"
                )
            })
        };
        let days = words.iter().enumerate().find_map(|(i, w)| {
            let (n, rest) = w.split_once('-')?;
            let (_, n) = lengths.iter().find(|(name, _)| *name == n)?;
            let visit = words[i + 1..]
                .iter()
                .take(3)
                .any(|w| matches!(*w, "visit" | "stay"));
            (rest == "day" && visit && !ending(i)).then_some((*n, *w, i))
        });
        let Some((n, length, i)) = days else { continue };
        // Where the length is written, for the country it may name.
        let at = text.to_ascii_lowercase().find(length).unwrap_or(0);
        if of_its_country(c, c.sentence.start + at + length.len()) {
            continue;
        }
        // "… on a two-day visit to Tokyo until Saturday": the day told is the last.
        let until = articles[c.article]
            .text
            .get(c.sentence.start..c.span.start)
            .map(|lead| lead.trim_end().to_ascii_lowercase())
            .is_some_and(|lead| {
                [" until", " till", " through"]
                    .iter()
                    .any(|w| lead.ends_with(w))
            });
        // "… currently on a two-day official visit to Malaysia, was accorded a welcome today":
        // a day inside the visit, not its first.
        let before = |k: usize| i.checked_sub(k).map_or("", |j| words[j]);
        let midway = (1..=4).any(|k| before(k) == "currently")
            || (before(1) == "a"
                && before(2) == "on"
                && matches!(before(3), "is" | "was" | "are" | "were"));
        if midway && !until {
            continue;
        }
        let (start, end) = if until {
            (c.days.start.plus(1 - n), Some(c.days.start))
        } else {
            (Some(c.days.start), c.days.start.plus(n - 1))
        };
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        more.push(DateClaim {
            days: DayRange { start, end },
            planned: true,
            arrival: false,
            length: true,
            departure: false,
            left: false,
            ..c.clone()
        });
    }
    claims.extend(more);
}

/// Words for where the traveller is, without its name: "will be in the island until
/// tomorrow", "He will be here till 14 December".
const HERE: &[&str] = &[
    " in the country ",
    " in the island ",
    " on the island ",
    " in the city ",
    " in the capital ",
    " be here ",
    " stay here ",
    " remain here ",
];

/// A weekday or "today" counted from a page's inferred date: as sure as that guess.
fn guessed(article: &Article, d: &crate::model::DateMention) -> bool {
    article.published.provenance == Provenance::Inferred
        && matches!(
            d.expression,
            DateExpression::Weekday { .. } | DateExpression::Deictic { .. }
        )
}

/// "upon arrival on June 15, President Christodoulides will welcome Prime Minister Modi at the
/// … Airport in Larnaca. The leaders will then proceed to Limassol …": a visit told with
/// "then" in a sentence with no date of its own follows on the last day the sentence before,
/// in the same paragraph, gives (as that sentence's visit is told: made or planned).
fn then_on_the_day_before(
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    claims: &mut Vec<DateClaim>,
) {
    let mut more = Vec::new();
    for (i, v) in seen.iter().enumerate() {
        let Some(stop) = assignment[i] else { continue };
        let article = &articles[v.article];
        // (The words first: most visits have no "then" before them.)
        let lead = article
            .text
            .get(v.sentence.start..v.mention.start)
            .unwrap_or("");
        let then_in = |lead: &str| {
            lead.as_bytes()
                .windows(4)
                .any(|w| w.eq_ignore_ascii_case(b"then"))
        };
        if !then_in(lead) || !crate::words::padded(lead).contains(" then ") {
            continue;
        }
        let within = |span: crate::Span, outer: crate::Span| {
            outer.start <= span.start && span.end <= outer.end
        };
        if article.dates.iter().any(|d| within(d.span, v.sentence))
            || claims
                .iter()
                .any(|c| c.article == v.article && c.sentence == v.sentence)
        {
            continue;
        }
        let Some(before) = article
            .sentences
            .iter()
            .rfind(|s| s.block == v.block && s.span.end <= v.sentence.start)
        else {
            continue;
        };
        let Some((d, day)) = article
            .dates
            .iter()
            .filter(|d| within(d.span, before.span))
            .filter_map(|d| Some((d, d.resolved?.end)))
            .next_back()
        else {
            continue;
        };
        more.push(DateClaim {
            stop,
            article: v.article,
            days: DayRange::day(day),
            confidence: Confidence::Low,
            span: d.span,
            sentence: v.sentence,
            arrival: false,
            teaser: false,
            planned: v.onward,
            implied: false,
            vague: false,
            guessed: guessed(article, d),
            length: false,
            departure: false,
            left: false,
        });
    }
    claims.extend(more);
}

/// The end of a stay told without the place's name ("The minister, who will be in the island
/// until tomorrow, …") dates the stop of the last visit the article told as made before it:
/// a plan, so it extends a made stay and never replaces it.
fn stay_until(
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    claims: &mut Vec<DateClaim>,
) {
    for (a, article) in articles.iter().enumerate() {
        for d in &article.dates {
            let Some(days) = d.resolved.filter(|r| r.start == r.end) else {
                continue;
            };
            let Some(sentence) = article
                .sentences
                .iter()
                .find(|s| s.span.start <= d.span.start && d.span.end <= s.span.end)
            else {
                continue;
            };
            let lead = crate::words::padded(
                article
                    .text
                    .get(sentence.span.start..d.span.start)
                    .unwrap_or(""),
            );
            let until = lead.ends_with(" until ") || lead.ends_with(" till ");
            if !until || !HERE.iter().any(|h| lead.contains(h)) {
                continue;
            }
            // A sentence with a visit of its own is dated with it.
            if seen
                .iter()
                .any(|v| v.article == a && v.sentence == sentence.span)
            {
                continue;
            }
            let last = (0..seen.len())
                .filter(|&i| {
                    let v = &seen[i];
                    v.article == a
                        && !v.onward
                        && v.kind != VisitKind::Dateline
                        && v.sentence.end <= sentence.span.start
                })
                .filter_map(|i| assignment[i].map(|stop| (seen[i].mention.start, stop)))
                .max();
            let Some((_, stop)) = last else { continue };
            claims.push(DateClaim {
                stop,
                article: a,
                days,
                confidence: d.confidence,
                span: d.span,
                sentence: sentence.span,
                arrival: false,
                teaser: false,
                planned: true,
                implied: false,
                vague: false,
                guessed: false,
                length: false,
                departure: false,
                left: false,
            });
        }
    }
}

/// Whether a list of visits names three stops or more: the tour told whole.
fn many_stops(list: &[usize], assignment: &[Option<usize>]) -> bool {
    let mut stops: Vec<usize> = list.iter().filter_map(|&i| assignment[i]).collect();
    crate::sort::sort(&mut stops);
    stops.dedup();
    stops.len() >= 3
}

/// A stop no date reaches is dated by the articles that report it as news: a visit in the
/// headline or the opening paragraphs ("Pope Francis arrives in Singapore") happened on the
/// article's own stated date (confidence low). Not a visit in a list of the whole tour
/// (`in_a_tour_list`: "… the tour, during which Wang Yi visited Namibia, the Republic of Congo,
/// Chad and Nigeria"), which is no news of the page's day.
fn implied_claims(
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    in_a_tour_list: &[bool],
    claims: &mut Vec<DateClaim>,
) {
    let dated: Vec<usize> = claims.iter().map(|c| c.stop).collect();
    for (i, v) in seen.iter().enumerate() {
        let Some(stop) = assignment[i] else { continue };
        let article = &articles[v.article];
        let stated = article.published.provenance == Provenance::Given;
        let news = !v.onward
            && !v.furniture
            && matches!(
                v.kind,
                VisitKind::Arrived | VisitKind::Stayed | VisitKind::Dateline
            );
        // The news is told first: the headline and the first half of the story (four blocks
        // at least) report what happened on the article's day.
        let story: Vec<usize> = article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind.is_story())
            .map(|(b, _)| b)
            .collect();
        let opening = story
            .iter()
            .take((story.len() / 2).max(4))
            .any(|&b| b == v.block);
        let (Some(day), true, true, true, false, false) = (
            article.published.value,
            stated,
            news,
            opening,
            dated.contains(&stop),
            in_a_tour_list[i],
        ) else {
            continue;
        };
        if claims
            .iter()
            .any(|c| c.stop == stop && c.article == v.article)
        {
            continue;
        }
        // A preview that also tells the stop as a plan ("will first visit Tokyo … the trip to
        // Japan comes as …") does not report it made.
        let told_as_a_plan = seen
            .iter()
            .zip(assignment)
            .any(|(o, s)| o.article == v.article && *s == Some(stop) && o.onward);
        if told_as_a_plan {
            continue;
        }
        claims.push(DateClaim {
            stop,
            article: v.article,
            days: DayRange::day(day),
            confidence: Confidence::Low,
            span: v.mention,
            sentence: v.sentence,
            arrival: v.kind == VisitKind::Arrived,
            teaser: false,
            planned: false,
            implied: true,
            vague: false,
            guessed: false,
            length: false,
            departure: false,
            left: false,
        });
    }
}

/// The claims a stop is dated by: those of the best tier it has (made before planned before a
/// teaser's before the article's own date), its single days if it has any, else its ranges.
pub(super) fn best_claims(claims: &[DateClaim], stop: usize) -> Vec<&DateClaim> {
    let mine: Vec<&DateClaim> = claims
        .iter()
        .filter(|c| c.stop == stop && !c.vague)
        .collect();
    let Some(tier) = mine.iter().map(|c| c.tier()).max() else {
        return Vec::new();
    };
    let mut top: Vec<&DateClaim> = mine.iter().copied().filter(|c| c.tier() == tier).collect();
    // "departed for South Africa on Sunday to attend the BRICS summit", where the summit is
    // "from August 22 to 24": setting out dates the stay at most a day before it begins (a
    // short hop lands the same day); two days or more before what dates the stay itself, it
    // was the start of the journey, by other stops.
    let stay_starts = top
        .iter()
        .filter(|c| !c.departure)
        .map(|c| c.days.start)
        .min();
    if let Some(first) = stay_starts {
        top.retain(|c| !c.departure || c.days.end.ordinal() + 1 >= first.ordinal());
    }
    // A date that dates a list of several stops ("will travel to Saudi Arabia, Qatar and the
    // UAE on May 13 until May 16") is the trip's, not the stay's at each: beside one that
    // dates this stop alone, it says nothing of it. (The end of a visit's length, moved to the
    // country's next stop, shares the date it was counted from but no list; so does a move
    // from one stop to the next: "will then travel from Washington to Philadelphia on
    // Tuesday" is the day of both.)
    let shared = |p: &DateClaim| {
        claims.iter().any(|o| {
            o.article == p.article
                && o.span == p.span
                && o.stop != p.stop
                && !o.length
                && !o.left
                && !p.left
        })
    };
    if top.iter().any(|c| !shared(c)) {
        top.retain(|c| !shared(c));
    }
    let singles: Vec<&DateClaim> = top
        .iter()
        .copied()
        .filter(|c| c.days.start == c.days.end)
        .collect();
    let mut best = if singles.is_empty() { top } else { singles };
    // "Kushida arrives in Maputo today" on a page whose date is only inferred, where a dated
    // preview said "On May 3, Kishida will arrive in Maputo": the day announced outright is
    // surer than a weekday or "today" counted from a guessed date.
    if tier == 3 && best.iter().all(|c| c.guessed) {
        let announced: Vec<&DateClaim> = mine
            .iter()
            .copied()
            .filter(|c| c.tier() == 2 && !c.guessed && c.days.start == c.days.end && !shared(c))
            .collect();
        if !announced.is_empty()
            && announced
                .iter()
                .all(|a| best.iter().all(|b| b.days != a.days))
        {
            return announced;
        }
    }
    // The days the claims from pages with a surer date span (tier 3 only).
    let mut best_sure: Option<(Day, Day)> = None;
    if tier == 3 {
        drop_days_before_arrival(&mut best);
        // A weekday counted from a guessed page date, far from every day a page with a surer
        // date gives ("arrived in Riyadh on Saturday" in an undated page, where the dated ones
        // say Tuesday), is the guess gone wrong: the comparison shows it, the stop's days do not.
        let sure = best.iter().filter(|c| !c.guessed);
        best_sure = sure
            .clone()
            .map(|c| c.days.start)
            .min()
            .zip(sure.map(|c| c.days.end).max());
        if let Some((lo, hi)) = best_sure {
            best.retain(|c| {
                !c.guessed
                    || (c.days.start.ordinal() >= lo.ordinal() - 1
                        && c.days.end.ordinal() <= hi.ordinal() + 1)
            });
        }
    }
    // A plan that continues a stay told as made extends it: "arrived in Portugal on Thursday …
    // will hold talks in Lisbon on Friday", "will be in the island until tomorrow" (a day in
    // the next two), "touched down in Johannesburg on Tuesday" with "will visit Johannesburg
    // from August 22-24" (planned days that hold the made ones and end at most three days
    // later); from any article.
    // And so does a range told as made that holds them, which the single days displaced ("in
    // Samarkand where he was on an official visit during 15−16 September" beside "on Sunday").
    if tier == 3 {
        let extends = |p: &&DateClaim| {
            let made_range = !p.planned && p.tier() == tier && p.days.start < p.days.end;
            (p.planned || made_range)
                && !p.teaser
                && !p.implied
                && !shared(p)
                // Not past the surer days by a plan counted from a guessed date: "talks in Tel
                // Aviv tomorrow" on an undated page read as of a day late.
                && (!p.guessed
                    || best_sure.is_none_or(|(_, hi)| p.days.end.ordinal() <= hi.ordinal() + 1))
                && best.iter().any(|c| {
                    let next_days = p.planned
                        && p.days.start == p.days.end
                        && p.days.start > c.days.end
                        && p.days.start.ordinal() - c.days.end.ordinal() <= 2;
                    let holds = p.days.start < p.days.end
                        && p.days.start <= c.days.start
                        && c.days.end <= p.days.end
                        && p.days.end.ordinal() - c.days.end.ordinal() <= 3;
                    next_days || holds
                })
        };
        let more: Vec<&DateClaim> = mine.iter().copied().filter(extends).collect();
        best.extend(more);
    }
    best
}

/// Whether a stop's days come only from weekdays or "today" counted from pages' guessed dates.
pub(super) fn guessed_only(claims: &[DateClaim], stop: usize) -> bool {
    let best = best_claims(claims, stop);
    !best.is_empty() && best.iter().all(|c| c.guessed)
}

/// "arrived in Riyadh on Tuesday" in two articles, "on Saturday" in a third: the traveller was
/// not there before the day most articles say they arrived. Days a few before it, told by
/// fewer articles than that arrival, are a source's slip (the comparison still shows them), not
/// the stay's start. Only with an arrival day two articles or more agree on, more than any other.
fn drop_days_before_arrival(best: &mut Vec<&DateClaim>) {
    let support = |day: crate::day::Day, arrival: bool| {
        let mut articles: Vec<usize> = best
            .iter()
            .filter(|c| c.days.start == day && (!arrival || c.arrival))
            .map(|c| c.article)
            .collect();
        crate::sort::sort(&mut articles);
        articles.dedup();
        articles.len()
    };
    let mut arrivals: Vec<(usize, crate::day::Day)> = dedup(
        best.iter()
            .filter(|c| c.arrival && c.days.start == c.days.end)
            .map(|c| c.days.start),
    )
    .into_iter()
    .map(|d| (support(d, true), d))
    .collect();
    crate::sort::sort_by(&mut arrivals, |a, b| b.0.cmp(&a.0));
    let Some(&(most, arrived)) = arrivals.first() else {
        return;
    };
    if most < 2 || arrivals.get(1).is_some_and(|next| next.0 == most) {
        return;
    }
    let slips: Vec<crate::day::Day> = dedup(best.iter().map(|c| c.days.start))
        .into_iter()
        .filter(|&d| {
            d < arrived && arrived.ordinal() - d.ordinal() <= 3 && support(d, false) < most
        })
        .collect();
    best.retain(|c| !(c.days.start == c.days.end && slips.contains(&c.days.start)));
}

/// The days a stop's best claims span.
pub(super) fn direct_days(claims: &[DateClaim], stop: usize) -> Option<DayRange> {
    let best = best_claims(claims, stop);
    let start = best.iter().map(|c| c.days.start).min()?;
    let end = best.iter().map(|c| c.days.end).max()?;
    Some(DayRange { start, end })
}

/// "The next day (after visiting X)": counted from X, or from the stop before in the order.
pub(super) fn resolve_relative(
    claims: &mut Vec<DateClaim>,
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    stops: &[Stop],
) {
    for (a, sentence, members) in by_sentence(seen, assignment) {
        let article = &articles[a];
        for d in article.dates.iter().filter(|d| {
            d.resolved.is_none() && sentence.start <= d.span.start && d.span.end <= sentence.end
        }) {
            let DateExpression::Relative { days } = d.expression else {
                continue;
            };
            let after = article
                .text
                .get(d.span.end..sentence.end)
                .unwrap_or("")
                .to_lowercase();
            // "The next day after visiting Israel, … in Jordan".
            let anchor = members.iter().copied().find(|&i| {
                let at = seen[i].mention.start.saturating_sub(d.span.end);
                after
                    .get(..at)
                    .is_some_and(|lead| lead.trim_start().starts_with("after"))
            });
            let targets: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&i| Some(i) != anchor && !seen[i].onward)
                .filter(|&i| anchor.is_none_or(|x| assignment[x] != assignment[i]))
                .collect();
            for i in targets {
                let Some(stop) = assignment[i] else { continue };
                let base = match anchor.and_then(|x| assignment[x]) {
                    Some(x) => direct_days(claims, x),
                    None if stop > 0 => direct_days(claims, stop - 1),
                    None => None,
                };
                let Some(day) = base.and_then(|r| r.end.plus(days)) else {
                    continue;
                };
                if stops.get(stop).is_none() {
                    continue;
                }
                claims.push(DateClaim {
                    stop,
                    article: a,
                    days: DayRange::day(day),
                    confidence: Confidence::Low,
                    span: d.span,
                    sentence,
                    arrival: false,
                    teaser: false,
                    planned: false,
                    implied: false,
                    vague: false,
                    guessed: false,
                    length: false,
                    departure: false,
                    left: false,
                });
            }
        }
    }
}

/// Dates each stop from its claims, then fills the undated ones from the order.
pub(super) fn date_stops(stops: &mut [Stop], claims: &[DateClaim], articles: &[Article]) {
    let outlet = |a: usize| {
        articles[a]
            .outlet
            .value
            .clone()
            .unwrap_or_else(|| format!("article {}", a + 1))
    };
    for (s, stop) in stops.iter_mut().enumerate() {
        if stop.onward {
            stop.date_basis = "announced as the next destination; not yet made".into();
            continue;
        }
        let used = best_claims(claims, s);
        if used.is_empty() {
            continue;
        }
        let start = used.iter().map(|c| c.days.start).min();
        let end = used.iter().map(|c| c.days.end).max();
        if let (Some(start), Some(end)) = (start, end) {
            stop.days = Some(DayRange { start, end });
            stop.date_confidence = used
                .iter()
                .map(|c| c.confidence)
                .max()
                .unwrap_or(Confidence::Low);
            let implied = used.iter().all(|c| c.implied);
            let mut told: Vec<String> = Vec::new();
            for c in &used {
                let t = format!(
                    "“{}” ({})",
                    c.span.of(&articles[c.article].text),
                    outlet(c.article)
                );
                if !told.contains(&t) {
                    told.push(t);
                }
            }
            stop.date_basis = if implied {
                let dates: Vec<String> = used
                    .iter()
                    .map(|c| format!("{} ({})", c.days.start.human(), outlet(c.article)))
                    .collect();
                format!(
                    "{}: no date in the text; the date of the articles that report it as news: {}",
                    DayRange { start, end }.human(),
                    dedup(dates.into_iter()).join(", ")
                )
            } else {
                format!("{}: {}", DayRange { start, end }.human(), told.join(", "))
            };
        }
    }
    // Stops no source dates: between their neighbours in the order.
    for s in 0..stops.len() {
        if stops[s].onward || stops[s].days.is_some() {
            continue;
        }
        let before = (0..s).rev().find_map(|p| Some((p, stops[p].days?)));
        let after = (s + 1..stops.len())
            .filter(|&q| !stops[q].onward)
            .find_map(|q| Some((q, stops[q].days?)));
        let mut window = match (before, after) {
            (Some((_, b)), Some((_, a))) if b.end <= a.start => Some(DayRange {
                start: b.end,
                end: a.start,
            }),
            _ => None,
        };
        let ranges: Vec<&DateClaim> = claims.iter().filter(|c| c.stop == s && c.vague).collect();
        for c in &ranges {
            window = match window {
                Some(w) => {
                    let start = w.start.max(c.days.start);
                    let end = w.end.min(c.days.end);
                    Some(if start <= end {
                        DayRange { start, end }
                    } else {
                        w
                    })
                }
                None if before.is_none() && after.is_none() => Some(c.days),
                None => None,
            };
        }
        let Some(mut days) = window else {
            stops[s].date_basis = match (before, after) {
                (Some((p, b)), _) => format!(
                    "no source dates it; after {} ({})",
                    stops[p].names[0],
                    b.human()
                ),
                _ => "no source dates it".into(),
            };
            continue;
        };
        let possible = days;
        // The day of a single-day stop just before is taken by that stop.
        if let Some(prev) = s.checked_sub(1).and_then(|p| stops[p].days) {
            if prev.start == prev.end && prev.end == days.start && days.start < days.end {
                days.start = days.start.plus(1).unwrap_or(days.start);
            }
        }
        let mut basis = String::from("no source dates it");
        if let (Some((p, b)), Some((q, a))) = (before, after) {
            basis += &format!(
                "; it comes after {} ({}) and before {} ({}) in the order",
                stops[p].names[0],
                b.human(),
                stops[q].names[0],
                a.human()
            );
        }
        for c in &ranges {
            basis += &format!(
                "; “{}” ({})",
                c.span.of(&articles[c.article].text),
                outlet(c.article)
            );
        }
        if possible != days {
            basis += &format!(
                "; so {}, less {}, which the stop before takes",
                possible.human(),
                possible.start.human()
            );
        }
        stops[s].days = Some(days);
        stops[s].date_confidence = Confidence::Low;
        stops[s].date_basis = basis;
    }
    extrapolate(stops);
}

/// Stops still undated at either end of the trip take the day of their dated neighbour and the
/// day beyond it: the next stop is reached that day or the next (confidence low).
fn extrapolate(stops: &mut [Stop]) {
    let made: Vec<usize> = (0..stops.len()).filter(|&s| !stops[s].onward).collect();
    // Forward, then backward, so a run of undated stops is filled one day at a time.
    for pass in [false, true] {
        let order: Vec<usize> = if pass {
            made.iter().rev().copied().collect()
        } else {
            made.clone()
        };
        for k in 1..order.len() {
            let (s, p) = (order[k], order[k - 1]);
            if stops[s].days.is_some() {
                continue;
            }
            let Some(near) = stops[p].days else { continue };
            let (from, to) = if pass {
                (near.start.plus(-1), Some(near.start))
            } else {
                (Some(near.end), near.end.plus(1))
            };
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            let days = DayRange {
                start: from,
                end: to,
            };
            stops[s].days = Some(days);
            stops[s].date_confidence = Confidence::Low;
            stops[s].date_basis = format!(
                "no source dates it; it comes {} {} ({}) in the order, so {}",
                if pass { "before" } else { "after" },
                stops[p].names[0],
                near.human(),
                days.human()
            );
        }
    }
}

/// Phrases that start a trip ("kicks off a tour of Central Africa on Wednesday") or end it
/// ("wrapped up his tour on Monday"): with a date and no place, they date its first or last stop.
const TRIP_START: &[&str] = &[
    "kicks off",
    "kicked off",
    "kick off",
    "begins",
    "began",
    "starts",
    "started",
    "embarks",
    "embarked",
    "sets off",
    "set off",
];
const TRIP_END: &[&str] = &[
    "wraps up",
    "wrapped up",
    "concludes",
    "concluded",
    "ends",
    "ended",
    "completes",
    "completed",
];

/// The trip's first and last days, as articles state them without a place.
pub(super) fn trip_bounds(articles: &[Article], stops: &[Stop], claims: &mut Vec<DateClaim>) {
    let made: Vec<usize> = (0..stops.len()).filter(|&s| !stops[s].onward).collect();
    let (Some(&first), Some(&last)) = (made.first(), made.last()) else {
        return;
    };
    for (a, article) in articles.iter().enumerate() {
        for sentence in &article.sentences {
            let words = crate::words::padded(sentence.span.of(&article.text));
            let trip_word = [" tour ", " trip ", " visit ", " journey "]
                .iter()
                .any(|w| words.contains(w));
            if !trip_word {
                continue;
            }
            let stop = if TRIP_START.iter().any(|p| words.contains(&format!(" {p} "))) {
                first
            } else if TRIP_END.iter().any(|p| words.contains(&format!(" {p} "))) {
                last
            } else {
                continue;
            };
            let Some(d) = article.dates.iter().find(|d| {
                sentence.span.start <= d.span.start
                    && d.span.end <= sentence.span.end
                    && d.resolved.is_some_and(|r| r.start == r.end)
            }) else {
                continue;
            };
            let Some(days) = d.resolved else { continue };
            if claims.iter().any(|c| c.stop == stop && c.tier() >= 2) {
                continue;
            }
            claims.push(DateClaim {
                stop,
                article: a,
                days,
                confidence: Confidence::Low,
                span: d.span,
                sentence: sentence.span,
                arrival: stop == first,
                teaser: false,
                planned: true,
                implied: false,
                vague: false,
                guessed: false,
                length: false,
                departure: false,
                left: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::trip::analyzed;

    /// One day, as `days_of` gives it.
    fn day(d: &str) -> Option<(String, String)> {
        days(d, d)
    }

    fn days(from: &str, to: &str) -> Option<(String, String)> {
        Some((from.to_string(), to.to_string()))
    }

    fn days_of(a: &crate::Analysis, place: &str) -> Option<(String, String)> {
        a.stops
            .iter()
            .find(|s| a.places[s.place].name == place)
            .and_then(|s| s.days)
            .map(|d| (d.start.to_string(), d.end.to_string()))
    }

    #[test]
    fn the_date_of_an_event_the_visit_answers_is_not_the_visit_s() {
        let a = analyzed(&[
            "2031-10-19\nForeign Minister Ana Costa arrived in Israel on October 19 to offer condolences for the attack on October 7.",
        ]);
        let want = Some(("2031-10-19".to_string(), "2031-10-19".to_string()));
        assert_eq!(days_of(&a, "Israel"), want);
    }

    #[test]
    fn a_dateline_elsewhere_and_the_length_of_the_whole_do_not_date_the_stop() {
        let a = analyzed(&[
            "2031-05-08\nNew Delhi, May 8: Foreign Minister Ana Costa, who arrived in Paris on Wednesday on the final leg of her three-day Europe visit, met the president.",
        ]);
        let want = Some(("2031-05-07".to_string(), "2031-05-07".to_string()));
        assert_eq!(days_of(&a, "Paris"), want);
    }

    #[test]
    fn a_wire_dateline_ended_by_two_hyphens_dates_only_the_filing() {
        let a = analyzed(&[
            "2031-05-09\nLONDON, May 7 (Yonhap) -- Foreign Minister Ana Costa, who arrived in London on Thursday, met the king.",
        ]);
        let want = Some(("2031-05-08".to_string(), "2031-05-08".to_string()));
        assert_eq!(days_of(&a, "London"), want);
    }

    #[test]
    fn a_lead_that_tells_the_stop_as_ahead_is_not_dated_by_its_day() {
        let a = analyzed(&[
            "2031-05-07\nLONDON, May 7 (Yonhap) -- King Carl expressed his anticipation for Foreign Minister Ana Costa's state visit to Britain this month as he addressed lawmakers Tuesday.",
            "2031-05-21\nForeign Minister Ana Costa arrived in London on Tuesday.",
        ]);
        let want = Some(("2031-05-20".to_string(), "2031-05-20".to_string()));
        assert_eq!(days_of(&a, "London"), want);
    }

    #[test]
    fn the_day_a_plan_was_told_is_not_the_plans() {
        let a = analyzed(&[
            "2031-05-08\nForeign Minister Ana Costa announced Thursday she will visit Paris later this month.",
            "2031-05-20\nForeign Minister Ana Costa met the president in Paris.",
        ]);
        let want = Some(("2031-05-20".to_string(), "2031-05-20".to_string()));
        assert_eq!(days_of(&a, "Paris"), want);
        // The day of a decision's telling: "on Thursday defended her decision to visit …".
        let a = analyzed(&[
            "2031-05-08\nForeign Minister Ana Costa on Thursday defended her decision to visit Paris.",
            "2031-05-20\nForeign Minister Ana Costa met the president in Paris.",
        ]);
        assert_eq!(days_of(&a, "Paris"), want);
        // "Prime Minister Sogavare stated on May 23, confirming that … Wang Yi will visit …"
        let a = analyzed(&[
            "2031-05-08\nPrime Minister Carl Berg stated on May 8, confirming that Foreign Minister Ana Costa will visit Paris.",
            "2031-05-20\nForeign Minister Ana Costa met the president in Paris.",
        ]);
        assert_eq!(days_of(&a, "Paris"), want);
        // The day told before the telling verb: "today (on May 8) announced that she will …".
        let a = analyzed(&[
            "2031-05-08\nForeign Minister Ana Costa, today (on May 8) announced that she will attend the summit in Paris.",
            "2031-05-20\nForeign Minister Ana Costa met the president in Paris.",
        ]);
        assert_eq!(days_of(&a, "Paris"), want);
    }

    #[test]
    fn the_day_of_the_journey_home_is_not_the_last_stops() {
        let a = analyzed(&[
            "2031-05-21\nPortuguese Foreign Minister Ana Costa arrived in Rome on May 21. Costa will visit Paris on May 22 and return to Portugal on May 23.",
            "2031-05-22\nPortuguese Foreign Minister Ana Costa held talks in Paris today.",
        ]);
        let want = Some(("2031-05-22".to_string(), "2031-05-22".to_string()));
        assert_eq!(days_of(&a, "Paris"), want);
        // Told when done: "visited Paris on May 22 and returned to Portugal on May 23".
        let a = analyzed(&[
            "2031-05-24\nPortuguese Foreign Minister Ana Costa visited Rome on May 21. Costa held talks in Paris on May 22 and returned to Portugal on May 23.",
        ]);
        assert_eq!(days_of(&a, "Paris"), want);
    }

    #[test]
    fn a_preview_does_not_report_the_stop_made_on_its_own_date() {
        let a = analyzed(&[
            "2031-05-26\nForeign Minister Ana Costa will first visit Tokyo. The trip to Japan comes as talks resume.",
            "2031-06-01\nForeign Minister Ana Costa held talks in Tokyo.",
        ]);
        let want = Some(("2031-06-01".to_string(), "2031-06-01".to_string()));
        assert_eq!(days_of(&a, "Tokyo"), want);
    }

    #[test]
    fn undated_pages_are_read_after_the_stops_they_tell_done() {
        let a = analyzed(&[
            // Previews: the corpus's date, which undated pages take first, lies early.
            "2031-03-10\nForeign Minister Ana Costa will visit Kenya and Tanzania later this month.",
            "2031-03-12\nForeign Minister Ana Costa is to travel to Kenya and Tanzania.",
            // Undated, but their days are written out.
            "Foreign Minister Ana Costa arrived in Nairobi on March 23.",
            "Foreign Minister Ana Costa met the president in Nairobi on March 24.",
            "2031-03-25\nForeign Minister Ana Costa toured Mombasa today.",
            "2031-03-26\nForeign Minister Ana Costa spoke in Mombasa on Tuesday.",
            // Undated: after Kenya (a country of two stops: reached by Nairobi on the 23rd).
            "Foreign Minister Ana Costa arrived in Tanzania on Thursday after three days in Kenya. Costa met the president in Dar es Salaam.",
            // Undated, and naming no earlier stop: a Thursday a week before Nairobi is a slip.
            "Foreign Minister Ana Costa spent Thursday in Dar es Salaam.",
        ]);
        assert_eq!(
            crate::trip::stop_names(&a),
            ["Nairobi", "Mombasa", "Dar es Salaam"]
        );
        let want = Some(("2031-03-27".to_string(), "2031-03-27".to_string()));
        assert_eq!(days_of(&a, "Dar es Salaam"), want);
    }

    #[test]
    fn a_plan_counted_from_a_guessed_date_does_not_extend_a_dated_stay() {
        let a = analyzed(&[
            "2031-10-17\nForeign Minister Ana Costa arrived in Paris on Thursday.",
            "2031-10-17\nForeign Minister Ana Costa met the president in Paris on Thursday.",
            "2031-10-18\nForeign Minister Ana Costa held talks in Rome on Friday.",
            "2031-10-18\nForeign Minister Ana Costa left Rome today.",
            // Undated: a preview written the day before, read as of a later day.
            "Foreign Minister Ana Costa is set to fly to Paris tomorrow. Costa is expected to hold talks with the president in Paris tomorrow.",
        ]);
        let want = Some(("2031-10-16".to_string(), "2031-10-16".to_string()));
        assert_eq!(days_of(&a, "Paris"), want);
    }

    #[test]
    fn flying_out_of_a_stop_is_no_arrival_there() {
        let a = analyzed(&[
            "2031-10-20\nForeign Minister Ana Costa arrived in Paris on Monday.",
            "2031-10-22\nForeign Minister Ana Costa flew out of Paris on Wednesday.",
            "2031-10-22\nOn Wednesday, Foreign Minister Ana Costa flew out of Paris.",
        ]);
        let want = Some(("2031-10-20".to_string(), "2031-10-22".to_string()));
        assert_eq!(days_of(&a, "Paris"), want);
    }

    #[test]
    fn a_range_told_as_made_that_holds_the_single_days_extends_them() {
        let a = analyzed(&[
            "2031-09-15\nForeign Minister Ana Costa arrived in Samarkand on Sunday.",
            "2031-09-17\nForeign Minister Ana Costa held talks in Samarkand, where she was on an official visit during 14-15 September.",
        ]);
        let want = Some(("2031-09-14".to_string(), "2031-09-15".to_string()));
        assert_eq!(days_of(&a, "Samarkand"), want);
    }

    #[test]
    fn a_range_across_a_month_is_the_trip_not_two_days_of_the_last_stop() {
        let a = analyzed(&[
            "2031-03-13\nForeign Minister Ana Costa will first visit Accra; then end the weeklong trip (March 25 to April 2) in Lusaka.",
            "2031-03-31\nForeign Minister Ana Costa arrived in Lusaka on Friday. Costa met the president in Lusaka.",
            "2031-03-27\nForeign Minister Ana Costa arrived in Accra on Sunday.",
        ]);
        let want = Some(("2031-03-28".to_string(), "2031-03-28".to_string()));
        assert_eq!(days_of(&a, "Lusaka"), want);
    }

    #[test]
    fn a_country_s_dates_go_to_its_stops_and_do_not_order_them() {
        let a = analyzed(&[
            "2031-11-20\nForeign Minister Ana Costa began an official trip to the Philippines on November 20.",
            "2031-11-21\nForeign Minister Ana Costa met the president in Manila on November 21.",
            "2031-11-21\nForeign Minister Ana Costa held talks in Manila on Friday.",
            "2031-11-22\nForeign Minister Ana Costa visited Puerto Princesa on November 22.",
            "2031-11-22\nForeign Minister Ana Costa arrived in Puerto Princesa on November 22.",
            "2031-11-22\nForeign Minister Ana Costa spoke aboard a ship in Puerto Princesa on Saturday.",
        ]);
        assert_eq!(crate::trip::stop_names(&a), ["Manila", "Puerto Princesa"]);
        assert_eq!(days_of(&a, "Manila"), days("2031-11-20", "2031-11-21"));
        assert_eq!(days_of(&a, "Puerto Princesa"), day("2031-11-22"));
    }

    #[test]
    fn a_dateline_s_lead_about_no_one_s_doing_does_not_date_the_stop() {
        let a = analyzed(&[
            "2031-11-21\nForeign Minister Ana Costa met the president in Manila on November 21.",
            "2031-11-26\nMANILA — The Chinese government on Wednesday said ties should not hurt others, days after Foreign Minister Ana Costa's visit.\n\nForeign Minister Ana Costa held talks in Manila.",
        ]);
        assert_eq!(days_of(&a, "Manila"), day("2031-11-21"));
    }

    #[test]
    fn a_date_after_a_clause_of_after_is_not_the_place_in_it() {
        let a = analyzed(&[
            "2031-11-17\nForeign Minister Ana Costa arrived in Madrid on Monday for a summit.",
            "2031-11-21\nForeign Minister Ana Costa was in Portugal for a visit after attending the summit in Madrid and met the president on Thursday.",
        ]);
        assert_eq!(days_of(&a, "Madrid"), day("2031-11-17"));
    }

    #[test]
    fn the_length_of_a_visit_to_a_country_of_several_stops_is_not_its_first_city_s() {
        let a = analyzed(&[
            "2031-04-13\nForeign Minister Ana Costa arrived in Chongqing on Sunday to kick off her three-day official visit to China.",
            "2031-04-15\nForeign Minister Ana Costa met the president in Beijing on April 15.",
        ]);
        assert_eq!(days_of(&a, "Chongqing"), day("2031-04-13"));
    }

    #[test]
    fn the_length_of_a_visit_told_at_a_city_of_a_country_of_several_stops_is_the_country_s() {
        let a = analyzed(&[
            "2031-07-06\nForeign Minister Ana Costa landed in Rio de Janeiro late on Saturday (July 5) on a four-day visit, during which she will attend a summit and make a state visit.",
            "2031-07-06\nForeign Minister Ana Costa held talks in Rio de Janeiro on July 6.",
            "2031-07-07\nForeign Minister Ana Costa addressed the summit in Rio de Janeiro on July 7.",
            "2031-07-08\nForeign Minister Ana Costa held talks in Brasília on July 8.",
        ]);
        assert_eq!(
            days_of(&a, "Rio de Janeiro"),
            days("2031-07-05", "2031-07-07")
        );
        assert_eq!(days_of(&a, "Brasília"), day("2031-07-08"));
    }

    #[test]
    fn a_visit_s_length_told_with_its_end_does_not_run_past_it() {
        // 2031-08-24 is a Sunday.
        let a = analyzed(&[
            "2031-08-23\nPresident Ana Costa held talks in Tokyo on August 23.",
            "2031-08-24\nPresident Ana Costa met lawmakers in Tokyo on Sunday.",
            "2031-08-24\nTokyo, Aug 24 President Ana Costa is set to wrap up her two-day visit to Japan on Sunday and travel to Washington for a summit.",
        ]);
        assert_eq!(days_of(&a, "Tokyo"), days("2031-08-23", "2031-08-24"));
    }

    #[test]
    fn a_visit_s_length_until_a_day_ends_on_it() {
        // 2031-08-23 is a Saturday.
        let a = analyzed(&[
            "2031-08-24\nPresident Ana Costa on Thursday set out for Japan. Ana Costa was on a two-day visit to Tokyo until Saturday.",
            "2031-08-22\nPresident Ana Costa held talks in Tokyo on Friday.",
        ]);
        assert_eq!(days_of(&a, "Tokyo"), days("2031-08-22", "2031-08-23"));
    }

    #[test]
    fn a_day_told_inside_a_visit_of_some_length_is_not_its_first() {
        let a = analyzed(&[
            "2031-08-21\nPresident Ana Costa arrived in Tokyo on Thursday for a two-day visit.",
            "2031-08-22\nPresident Ana Costa, currently on a two-day official visit to Japan, was welcomed in Tokyo today.",
        ]);
        assert_eq!(days_of(&a, "Tokyo"), days("2031-08-21", "2031-08-22"));
    }

    #[test]
    fn a_visit_told_with_then_follows_on_the_day_of_the_sentence_before() {
        let a = analyzed(&[
            "2031-06-14\nUpon arrival on June 15, the president will welcome Foreign Minister Ana Costa at the International Airport in Larnaca. The leaders will then proceed to Limassol for a roundtable with business leaders.\n\nOn June 16, Foreign Minister Ana Costa will hold talks in Nicosia.",
            "2031-06-16\nForeign Minister Ana Costa landed in Larnaca on June 15. Ana Costa was welcomed in Limassol by the diaspora. Ana Costa held talks in Nicosia on June 16.",
        ]);
        assert_eq!(days_of(&a, "Limassol"), day("2031-06-15"));
        assert_eq!(
            crate::trip::stop_names(&a),
            ["Larnaca", "Limassol", "Nicosia"]
        );
    }

    #[test]
    fn a_wire_s_copy_dated_the_day_before_its_story_reads_its_weekdays_from_the_story_s_day() {
        // 27 July 2031 is a Sunday: "on Monday" is the 28th, not the 21st, when the copy also
        // tells "later Monday".
        let told = |later: &str| {
            analyzed(&[&format!(
                "2031-07-27\nTOKYO (AFP) - Foreign Minister Ana Costa arrived in Tokyo on Monday. {later}"
            )])
        };
        let a = told("She was due later Monday to hold talks with her counterpart.");
        assert_eq!(days_of(&a, "Tokyo"), day("2031-07-28"));
        let a = told("She was due to hold talks with her counterpart.");
        assert_eq!(days_of(&a, "Tokyo"), day("2031-07-21"), "read back a week");
    }

    #[test]
    fn days_that_open_a_sentence_of_two_stops_are_the_trip_s() {
        let a = analyzed(&[
            "2031-07-01\nFrom July 2 to 6, President Ana Costa will attend the summit in Astana and pay state visits to Kazakhstan and Tajikistan.",
            "2031-07-03\nPresident Ana Costa held talks in Astana on July 3.",
            "2031-07-05\nPresident Ana Costa arrived in Dushanbe on July 4.",
        ]);
        assert_eq!(days_of(&a, "Astana"), day("2031-07-03"));
    }

    #[test]
    fn the_day_a_return_was_reported_is_not_the_day_of_the_trip_before_it() {
        let a = analyzed(&[
            "2031-09-13\nLeader Ana Costa held talks in Vladivostok on September 13.",
            "2031-09-17\nLeader Ana Costa has arrived in Lisbon after traveling to Vladivostok for her summit, state media reported on September 17.",
        ]);
        assert_eq!(days_of(&a, "Vladivostok"), day("2031-09-13"));
    }

    #[test]
    fn a_planned_move_from_one_stop_to_the_next_ends_the_first() {
        let a = analyzed(&[
            "2031-08-24\nPresident Ana Costa arrived in Washington on August 24.",
            "2031-08-25\nPresident Ana Costa held talks in Washington on August 25. She will travel from Washington to Philadelphia on August 26.",
            "2031-08-27\nPresident Ana Costa toured a shipyard in Philadelphia on August 26.",
        ]);
        assert_eq!(
            days_of(&a, "Washington, D.C."),
            days("2031-08-24", "2031-08-26")
        );
    }

    #[test]
    fn a_plan_well_after_the_trip_is_another_trip_and_the_next_destination_stays() {
        let a = analyzed(&[
            "2031-11-05\nPrime Minister Ana Costa arrived in Shanghai on November 4.",
            "2031-11-06\nPrime Minister Ana Costa met the president in Beijing on November 6.",
            "2031-11-06\nPrime Minister Ana Costa will return to the United States after her China trip to attend the forum in San Francisco from Nov. 15-17.",
            "2031-11-07\nPrime Minister Ana Costa held talks in Beijing on November 7. She will fly to Tokyo on November 9.",
        ]);
        assert_eq!(
            crate::trip::stop_names(&a),
            ["Shanghai", "Beijing", "Tokyo"],
            "San Francisco is another trip; Tokyo, two days on, the next destination"
        );
    }

    #[test]
    fn setting_out_for_a_later_stop_does_not_date_it() {
        let a = analyzed(&[
            "2031-08-20\nPresident Ana Costa departed for South Africa on Sunday to attend the summit in Johannesburg.\n\nThe summit will be held from August 22 to 24 in Johannesburg.",
            "2031-08-21\nPresident Ana Costa held talks in Nairobi on August 21.",
            "2031-08-25\nPresident Ana Costa's presence at the summit in Johannesburg marked a turn.",
        ]);
        assert_eq!(
            days_of(&a, "Johannesburg"),
            days("2031-08-22", "2031-08-24")
        );
        let order: Vec<&str> = a
            .stops
            .iter()
            .map(|s| a.places[s.place].name.as_str())
            .collect();
        assert_eq!(order, ["Nairobi", "Johannesburg"]);
        // A short hop lands the day it sets out.
        let a = analyzed(&[
            "2031-08-21\nPresident Ana Costa held talks in Nairobi on August 21 and left for Dar es Salaam on August 21.\n\nShe will meet the president in Dar es Salaam on August 22.",
            "2031-08-25\nPresident Ana Costa was welcomed in Dar es Salaam by crowds.",
        ]);
        assert_eq!(
            days_of(&a, "Dar es Salaam"),
            days("2031-08-21", "2031-08-22")
        );
    }

    #[test]
    fn a_range_after_the_trip_s_countries_is_the_trip_s_not_a_stop_s() {
        let a = analyzed(&[
            "2031-11-28\nForeign Minister Ana Costa held talks in Madrid on November 28.",
            "2031-11-30\nForeign Minister Ana Costa arrived in Lisbon on November 30.",
            "2031-11-30\nJourney of Foreign Minister Ana Costa in Spain and Portugal (27 November to 2 December 2031) – Welcome Ceremony at Lisbon International Airport\n\nForeign Minister Ana Costa was welcomed.",
        ]);
        assert_eq!(days_of(&a, "Lisbon"), day("2031-11-30"));
    }

    #[test]
    fn a_date_in_brackets_after_a_place_is_that_place_s() {
        let a = analyzed(&[
            "2031-07-02\nForeign Minister Ana Costa arrived in Accra on July 2.",
            "2031-07-03\nForeign Minister Ana Costa addressed parliament in Accra on July 3.",
            "2031-07-02\nForeign Minister Ana Costa will be in Ghana today and tomorrow.\n\nNamibia will be the final leg of Foreign Minister Ana Costa's five-nation visit after Ghana (July 2-3), Trinidad and Tobago (July 3-4), Argentina (July 4-5) and Brazil (July 5-8).",
        ]);
        assert_eq!(days_of(&a, "Accra"), days("2031-07-02", "2031-07-03"));
    }

    #[test]
    fn an_arrival_in_a_country_under_a_dateline_of_its_capital_is_at_its_first_stop() {
        let a = analyzed(&[
            "2031-04-13\nBEIJING (AP) — Foreign Minister Ana Costa arrived in China on Sunday on a visit focused on trade.",
            "2031-04-13\nForeign Minister Ana Costa arrived in Chongqing on April 13.",
            "2031-04-13\nForeign Minister Ana Costa visited a factory in Chongqing on April 13.",
            "2031-04-15\nForeign Minister Ana Costa met the premier in Beijing on April 15.",
            "2031-04-15\nForeign Minister Ana Costa held talks in Beijing on Tuesday.",
        ]);
        assert_eq!(days_of(&a, "Chongqing"), day("2031-04-13"));
        assert_eq!(days_of(&a, "Beijing"), day("2031-04-15"));
    }
}
