//! The user's corrections to the stops, applied on every analysis: a stop that is not one, two
//! stops that are one, a city split off, the order, a stop's place or days, a stop the engine
//! missed. Edits name stops by place and country (`StopRef`), so they still find their stop
//! after re-analysis or new articles; one that no longer does is reported, never fatal.

use super::{dedup, Seen};
use crate::fold::fold;
use crate::model::{
    Article, Confidence, DayRange, Edited, Place, PlaceKind, PlaceMention, Stop, StopEdit, StopRef,
    Visit, VisitKind,
};
use crate::Span;

/// The cue of a visit the user added.
pub(crate) const ADDED: &str = "added by the user";

/// The places edits bring (a stop's new place, an added stop's place), appended to the corpus's
/// places; for each edit, the index of its place.
pub(crate) fn places(edits: &[StopEdit], places: &mut Vec<Place>) -> Vec<Option<usize>> {
    edits
        .iter()
        .map(|e| {
            let p = match e {
                StopEdit::SetPlace { place, .. } | StopEdit::Add { place, .. } => place,
                _ => return None,
            };
            let country_name = p
                .country
                .as_deref()
                .and_then(|c| crate::gazetteer::Gazetteer::bundled().country(c))
                .map(|c| c.name.clone());
            places.push(Place {
                name: p.name.clone(),
                kind: PlaceKind::City,
                country: p.country.clone(),
                country_name,
                lat: p.lat,
                lon: p.lon,
                population: 0,
                admin: None,
            });
            Some(places.len() - 1)
        })
        .collect()
}

/// A stop the user added is a visit told by the passage they chose: it goes into the article
/// like any other, so it is grouped, dated and accounted for. Returns what could not be added.
pub(crate) fn add_visits(
    edits: &[StopEdit],
    edit_places: &[Option<usize>],
    articles: &mut [Article],
) -> Vec<String> {
    let mut unapplied = Vec::new();
    for (i, e) in edits.iter().enumerate() {
        let StopEdit::Add {
            article, evidence, ..
        } = e
        else {
            continue;
        };
        let Some(place) = edit_places.get(i).copied().flatten() else {
            continue;
        };
        let Some(a) = articles.iter_mut().find(|a| a.id == *article) else {
            unapplied.push(format!(
                "a stop added from {article}: that article is not in the trip"
            ));
            continue;
        };
        let valid =
            evidence.start < evidence.end && a.text.get(evidence.start..evidence.end).is_some();
        let Some(block) = a
            .blocks
            .iter()
            .position(|b| b.span.start <= evidence.start && evidence.start < b.span.end)
            .filter(|_| valid)
        else {
            unapplied.push(format!(
                "a stop added from {article}: the passage is no longer in its text"
            ));
            continue;
        };
        a.places.push(PlaceMention {
            span: Span::new(evidence.start, evidence.end),
            block,
            place,
            basis: ADDED.into(),
        });
        a.visits.push(Visit {
            mention: a.places.len() - 1,
            evidence: *evidence,
            cue: ADDED.into(),
            kind: VisitKind::Stayed,
            onward: false,
            furniture: false,
        });
    }
    unapplied
}

/// Whether `stop` is the stop `r` names: its place (or another of its names) and its country.
fn names(stop: &Stop, places: &[Place], r: &StopRef) -> bool {
    let want = fold(&r.place);
    let shown = places.get(stop.place).map(|p| fold(&p.name));
    let named =
        shown.as_deref() == Some(want.as_str()) || stop.names.iter().any(|n| fold(n) == want);
    named && (r.country.is_none() || r.country == stop.country)
}

/// The stops of the trip while edits apply to them: removed ones stay (indices hold) as `None`.
pub(super) struct Draft<'a> {
    pub stops: Vec<Option<Stop>>,
    pub assignment: Vec<Option<usize>>,
    pub places: &'a [Place],
    pub unapplied: Vec<String>,
}

impl Draft<'_> {
    fn find(&self, r: &StopRef) -> Option<usize> {
        self.stops
            .iter()
            .position(|s| s.as_ref().is_some_and(|s| names(s, self.places, r)))
    }

    fn missing(&mut self, what: String) {
        self.unapplied
            .push(format!("{what}: no stop of that name any more"));
    }

    fn mark(&mut self, s: usize, edited: Edited) {
        if let Some(stop) = self.stops[s].as_mut() {
            if !stop.edited.contains(&edited) {
                stop.edited.push(edited);
            }
        }
    }

    /// Not a stop, merge, split off and set place: the edits on what the stops are.
    pub(super) fn apply_grouping(
        &mut self,
        edits: &[StopEdit],
        edit_places: &[Option<usize>],
        seen: &[Seen],
        new_stop: &dyn Fn(usize, &[&Seen]) -> Stop,
    ) {
        for (i, e) in edits.iter().enumerate() {
            match e {
                StopEdit::NotAStop { stop } => match self.find(stop) {
                    Some(s) => {
                        self.stops[s] = None;
                        for a in self.assignment.iter_mut().filter(|a| **a == Some(s)) {
                            *a = None;
                        }
                    }
                    None => self.missing(format!("{} is not a stop", stop.place)),
                },
                StopEdit::Merge { stop, into } => match (self.find(stop), self.find(into)) {
                    (Some(s), Some(t)) if s != t => {
                        let moved: Vec<String> = self.stops[s]
                            .as_ref()
                            .map(|x| x.names.clone())
                            .unwrap_or_default();
                        self.stops[s] = None;
                        for a in self.assignment.iter_mut().filter(|a| **a == Some(s)) {
                            *a = Some(t);
                        }
                        if let Some(target) = self.stops[t].as_mut() {
                            for n in moved {
                                if !target.names.contains(&n) {
                                    target.names.push(n);
                                }
                            }
                        }
                        self.mark(t, Edited::Merged);
                    }
                    _ => self.missing(format!("{} merged into {}", stop.place, into.place)),
                },
                StopEdit::SplitOff { stop, city } => {
                    let Some(s) = self.find(stop) else {
                        self.missing(format!("{city} split off {}", stop.place));
                        continue;
                    };
                    let want = fold(city);
                    let members: Vec<usize> = (0..seen.len())
                        .filter(|&v| self.assignment[v] == Some(s))
                        .filter(|&v| fold(&self.places[seen[v].place].name) == want)
                        .collect();
                    if members.is_empty() {
                        self.unapplied.push(format!(
                            "{city} split off {}: no source puts the traveller in {city} there",
                            stop.place
                        ));
                        continue;
                    }
                    let refs: Vec<&Seen> = members.iter().map(|&v| &seen[v]).collect();
                    let mut split = new_stop(seen[members[0]].place, &refs);
                    split.edited.push(Edited::Split);
                    self.stops.push(Some(split));
                    let k = self.stops.len() - 1;
                    for v in members {
                        self.assignment[v] = Some(k);
                    }
                }
                StopEdit::SetPlace { stop, place } => {
                    let (Some(s), Some(p)) =
                        (self.find(stop), edit_places.get(i).copied().flatten())
                    else {
                        self.missing(format!("{} is at {}", stop.place, place.name));
                        continue;
                    };
                    if let Some(x) = self.stops[s].as_mut() {
                        x.place = p;
                        x.country = place.country.clone().or(x.country.clone());
                        x.names.retain(|n| *n != place.name);
                        x.names.insert(0, place.name.clone());
                    }
                    self.mark(s, Edited::Place);
                }
                StopEdit::Add { .. } => {
                    // The visit was added to its article; its stop is the one that holds it.
                    let Some(p) = edit_places.get(i).copied().flatten() else {
                        continue;
                    };
                    let found = (0..seen.len())
                        .find(|&v| seen[v].cue == ADDED && seen[v].place == p)
                        .and_then(|v| self.assignment[v]);
                    if let Some(s) = found {
                        self.mark(s, Edited::Added);
                    }
                }
                StopEdit::Order { .. } | StopEdit::SetDays { .. } => {}
            }
        }
    }
}

/// The stops in the order the user gave: the ones it names take their places among themselves
/// in its order; the others keep theirs. `order` is the engine's order (stop indices).
pub(super) fn apply_order(
    edits: &[StopEdit],
    stops: &[Stop],
    places: &[Place],
    order: &mut [usize],
    unapplied: &mut Vec<String>,
) -> Vec<usize> {
    let mut moved = Vec::new();
    for e in edits {
        let StopEdit::Order { stops: refs } = e else {
            continue;
        };
        // Each reference takes the next stop of its name not taken yet (A → B → A).
        let mut wanted: Vec<usize> = Vec::new();
        for r in refs {
            match order
                .iter()
                .copied()
                .find(|&s| names(&stops[s], places, r) && !wanted.contains(&s))
            {
                Some(s) => wanted.push(s),
                None => unapplied.push(format!(
                    "the order of the stops: {} is no longer a stop",
                    r.place
                )),
            }
        }
        let slots: Vec<usize> = (0..order.len())
            .filter(|&k| wanted.contains(&order[k]))
            .collect();
        let before: Vec<usize> = slots.iter().map(|&k| order[k]).collect();
        for (slot, s) in slots.iter().zip(&wanted) {
            order[*slot] = *s;
        }
        for (a, b) in before.iter().zip(&wanted) {
            if a != b {
                moved.push(*b);
            }
        }
    }
    dedup(moved.into_iter())
}

/// Days the user set.
pub(super) fn apply_days(
    edits: &[StopEdit],
    stops: &mut [Stop],
    places: &[Place],
    unapplied: &mut Vec<String>,
) {
    for e in edits {
        let StopEdit::SetDays { stop, days } = e else {
            continue;
        };
        match stops.iter_mut().find(|s| names(s, places, stop)) {
            Some(s) => {
                let days: DayRange = *days;
                s.days = Some(days);
                s.date_confidence = Confidence::High;
                s.date_basis = format!("{}: set by the user", days.human());
                if !s.edited.contains(&Edited::Days) {
                    s.edited.push(Edited::Days);
                }
            }
            None => unapplied.push(format!(
                "{} took {}: no stop of that name any more",
                stop.place,
                days.human()
            )),
        }
    }
}
