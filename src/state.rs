//! App state: the analysis of the loaded corpus plus what the reader has selected. One reducer;
//! the URL hash mirrors `route()` and restores it.

use crate::highlights::{segments, Segment};
use crate::route::{Route, View};
use crate::tally::{tally, Tally};
use std::rc::Rc;
use tourlens_engine::search::{self, Index, Query, Results};
use tourlens_engine::{analyze, Analysis, ArticleInput, Span};
use yew::Reducible;

#[derive(Clone, Debug)]
pub struct AppState {
    pub title: Rc<str>,
    pub analysis: Rc<Analysis>,
    /// People, organisations and places mentioned, counted per article.
    pub tally: Rc<Tally>,
    pub view: View,
    /// Index into `analysis.stops` of the stop whose accounts are shown.
    pub selected_stop: Option<usize>,
    /// The stop under the pointer, in the list or on the map.
    pub hover_stop: Option<usize>,
    /// Indices of articles hidden from the accounts and the comparison.
    pub hidden: Vec<usize>,
    /// Index into `analysis.articles` of the article open in the reader.
    pub open_article: Option<usize>,
    /// A passage of the open article to bring into view and mark (evidence the user followed).
    pub focus: Option<Span>,
    /// Whether the reader shows site furniture (dimmed) or hides it.
    pub show_furniture: bool,
    /// Whether the reader marks what the engine found (places, people, dates…).
    pub show_marks: bool,
    /// The open article's blocks as marked segments, computed when it opens.
    pub open_segments: Rc<Vec<Vec<Segment>>>,
    /// The search box as typed, the query as read, and what it found (per article, per stop).
    pub query_text: Rc<str>,
    pub query: Rc<Query>,
    pub results: Rc<Results>,
    pub hits_per_stop: Rc<Vec<usize>>,
    /// The hit the user walked to with next / previous, counted across the corpus.
    pub current_hit: Option<usize>,
    /// The articles folded for searching, built once.
    index: Shared<Index>,
}

/// States are equal when they show the same thing: shared parts by pointer (never walking the
/// corpus; Yew compares the context value on every render), the rest by value.
impl PartialEq for AppState {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &o.analysis)
            && Rc::ptr_eq(&self.tally, &o.tally)
            && Rc::ptr_eq(&self.open_segments, &o.open_segments)
            && Rc::ptr_eq(&self.query, &o.query)
            && Rc::ptr_eq(&self.results, &o.results)
            && Rc::ptr_eq(&self.hits_per_stop, &o.hits_per_stop)
            && self.index == o.index
            && self.title == o.title
            && self.view == o.view
            && self.selected_stop == o.selected_stop
            && self.hover_stop == o.hover_stop
            && self.hidden == o.hidden
            && self.open_article == o.open_article
            && self.focus == o.focus
            && self.show_furniture == o.show_furniture
            && self.show_marks == o.show_marks
            && self.query_text == o.query_text
            && self.current_hit == o.current_hit
    }
}

/// Shared data, equal when it is the same allocation: a prop or state comparison never walks
/// the corpus (the analysis) or the search index.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared")
    }
}

pub enum Action {
    SetView(View),
    SelectStop(usize),
    HoverStop(Option<usize>),
    ToggleSource(usize),
    OpenArticle(usize),
    /// Opens an article in the reader at a passage: a stop account's sentence, a claim's evidence.
    ShowEvidence(usize, Span),
    CloseArticle,
    ToggleFurniture,
    ToggleMarks,
    /// The URL hash changed (a link was opened, back or forward was pressed).
    Restore(Route),
    /// The search box changed.
    Search(String),
    /// Walk to the next (true) or previous hit across the corpus, opening its article.
    StepHit(bool),
}

impl AppState {
    pub fn new(title: &str, corpus: &[ArticleInput]) -> Self {
        let analysis = analyze(corpus);
        let index = Shared(Rc::new(Index::new(&analysis)));
        AppState {
            query_text: "".into(),
            query: Rc::new(Query::default()),
            results: Rc::new(Results::default()),
            hits_per_stop: Rc::new(Vec::new()),
            current_hit: None,
            index,
            title: title.into(),
            tally: Rc::new(tally(&analysis)),
            selected_stop: (!analysis.stops.is_empty()).then_some(0),
            analysis: Rc::new(analysis),
            view: View::Trip,
            hover_stop: None,
            hidden: Vec::new(),
            open_article: None,
            focus: None,
            show_furniture: true,
            show_marks: true,
            open_segments: Rc::new(Vec::new()),
        }
    }

    /// What the URL hash should say.
    pub fn route(&self) -> Route {
        Route {
            view: self.view,
            stop: self.selected_stop,
            article: if self.view == View::Sources {
                self.open_article
            } else {
                None
            },
            hidden: self.hidden.clone(),
            query: self.query_text.to_string(),
        }
    }

    /// Every hit in reading order: (article, span).
    pub fn hit_at(&self, n: usize) -> Option<(usize, Span)> {
        let mut n = n;
        for (a, hits) in self.results.hits.iter().enumerate() {
            if n < hits.len() {
                return Some((a, hits[n].span));
            }
            n -= hits.len();
        }
        None
    }

    fn search(&mut self, text: &str) {
        self.query_text = text.into();
        let query = Query::parse(text);
        let results = search::run(&query, &self.index.0);
        self.hits_per_stop = Rc::new(results.per_stop(&self.analysis));
        self.results = Rc::new(results);
        self.query = Rc::new(query);
        self.current_hit = None;
    }

    /// Articles shown in the accounts and the comparison, in order.
    pub fn shown(&self) -> Vec<usize> {
        (0..self.analysis.articles.len())
            .filter(|a| !self.hidden.contains(a))
            .collect()
    }

    fn open(&mut self, i: usize) -> bool {
        match self.analysis.articles.get(i) {
            Some(article) => {
                if self.open_article != Some(i) {
                    self.open_segments = Rc::new(segments(&self.analysis, article));
                }
                self.open_article = Some(i);
                self.view = View::Sources;
                true
            }
            None => false,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetView(view) => next.view = view,
            Action::SelectStop(s) if s < self.analysis.stops.len() => {
                next.selected_stop = Some(s);
                if next.view != View::Trip && next.view != View::Compare {
                    next.view = View::Trip;
                }
            }
            Action::SelectStop(_) => return self,
            Action::HoverStop(s) => {
                if s == self.hover_stop {
                    return self;
                }
                next.hover_stop = s.filter(|s| *s < self.analysis.stops.len());
            }
            Action::ToggleSource(a) if a < self.analysis.articles.len() => {
                match next.hidden.iter().position(|h| *h == a) {
                    Some(at) => {
                        next.hidden.remove(at);
                    }
                    // Never hide the last source shown.
                    None if self.shown().len() > 1 => {
                        next.hidden.push(a);
                        next.hidden.sort();
                    }
                    None => return self,
                }
            }
            Action::ToggleSource(_) => return self,
            Action::OpenArticle(i) => {
                next.focus = None;
                if !next.open(i) {
                    return self;
                }
            }
            Action::ShowEvidence(i, span) => {
                if !next.open(i) {
                    return self;
                }
                next.focus = Some(span);
            }
            Action::CloseArticle => {
                next.open_article = None;
                next.focus = None;
                next.open_segments = Rc::new(Vec::new());
            }
            Action::ToggleFurniture => next.show_furniture = !self.show_furniture,
            Action::ToggleMarks => next.show_marks = !self.show_marks,
            Action::Restore(route) => {
                if route == self.route() {
                    return self;
                }
                next.view = route.view;
                next.selected_stop = route
                    .stop
                    .filter(|s| *s < self.analysis.stops.len())
                    .or(self.selected_stop);
                next.hidden = route
                    .hidden
                    .into_iter()
                    .filter(|h| *h < self.analysis.articles.len())
                    .collect();
                if next.hidden.len() >= self.analysis.articles.len() {
                    next.hidden.clear();
                }
                match route.article {
                    Some(a) if route.view == View::Sources => {
                        next.open(a);
                    }
                    _ => {
                        next.open_article = None;
                        next.open_segments = Rc::new(Vec::new());
                    }
                }
                next.focus = None;
                if route.query != *self.query_text {
                    next.search(&route.query);
                }
            }
            Action::Search(text) => {
                if *text == *self.query_text {
                    return self;
                }
                next.search(&text);
            }
            Action::StepHit(forward) => {
                let total = self.results.total();
                if total == 0 {
                    return self;
                }
                let n = match (self.current_hit, forward) {
                    (None, true) => 0,
                    (None, false) => total - 1,
                    (Some(c), true) => (c + 1) % total,
                    (Some(c), false) => (c + total - 1) % total,
                };
                let Some((article, span)) = self.hit_at(n) else {
                    return self;
                };
                next.open(article);
                next.focus = Some(span);
                next.current_hit = Some(n);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::new("t", &crate::bundled::articles()))
    }

    #[test]
    fn bundled_corpus_is_analysed() {
        assert_eq!(state().analysis.articles.len(), 5);
    }

    #[test]
    fn opening_an_article_that_does_not_exist_changes_nothing() {
        let s = state();
        let next = s.clone().reduce(Action::OpenArticle(99));
        assert!(Rc::ptr_eq(&s, &next));
        let next = next.reduce(Action::OpenArticle(2));
        assert_eq!(next.open_article, Some(2));
        assert_eq!(
            next.open_segments.len(),
            next.analysis.articles[2].blocks.len()
        );
        let closed = next.reduce(Action::CloseArticle);
        assert_eq!(closed.open_article, None);
        assert!(closed.open_segments.is_empty());
    }

    #[test]
    fn the_first_stop_is_selected_and_selection_follows() {
        let s = state();
        assert_eq!(s.selected_stop, Some(0));
        let next = s.reduce(Action::SelectStop(3));
        assert_eq!(next.selected_stop, Some(3));
        let same = next.clone().reduce(Action::SelectStop(99));
        assert!(
            Rc::ptr_eq(&next, &same),
            "a stop that does not exist changes nothing"
        );
    }

    #[test]
    fn evidence_opens_the_reader_at_the_passage() {
        let s = state();
        let span = s.analysis.articles[4].sentences[3].span;
        let next = s.reduce(Action::ShowEvidence(4, span));
        assert_eq!(next.view, View::Sources);
        assert_eq!(next.open_article, Some(4));
        assert_eq!(next.focus, Some(span));
    }

    #[test]
    fn the_route_round_trips_and_bad_routes_are_clamped() {
        let s = state()
            .reduce(Action::SelectStop(2))
            .reduce(Action::ToggleSource(1))
            .reduce(Action::SetView(View::Compare));
        let route = s.route();
        assert_eq!(Route::parse(&route.format()), route);
        let restored = state().reduce(Action::Restore(route.clone()));
        assert_eq!(restored.route(), route);
        let wild = state().reduce(Action::Restore(Route::parse(
            "#view=sources&stop=40&article=9&hide=1,2,3,4,5",
        )));
        assert_eq!(wild.selected_stop, Some(0));
        assert_eq!(wild.open_article, None);
        assert!(wild.hidden.is_empty(), "hiding every source shows them all");
    }

    #[test]
    fn search_counts_and_walks_every_hit_in_order() {
        let s = state().reduce(Action::Search("ceasefire".into()));
        let total = s.results.total();
        assert!(total >= 5, "{total} hits");
        assert_eq!(s.route().query, "ceasefire");
        let mut seen = Vec::new();
        let mut walk = s.clone();
        for _ in 0..total {
            walk = walk.reduce(Action::StepHit(true));
            seen.push((walk.open_article, walk.focus));
        }
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted, "hits are walked in reading order");
        assert_eq!(
            walk.reduce(Action::StepHit(true)).current_hit,
            Some(0),
            "and around"
        );
        assert_eq!(
            s.clone().reduce(Action::StepHit(false)).current_hit,
            Some(total - 1)
        );
        assert!(s.hits_per_stop.iter().sum::<usize>() > 0);
    }

    #[test]
    fn the_last_source_cannot_be_hidden() {
        let mut s = state();
        for a in 0..5 {
            s = s.reduce(Action::ToggleSource(a));
        }
        assert_eq!(s.shown().len(), 1);
    }
}
