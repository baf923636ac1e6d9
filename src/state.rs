//! App state: the open trip, its analysis and what the reader has selected, plus the user's
//! trips, the import in progress and the messages for the user. One reducer; the URL hash
//! mirrors `route()` and restores it. The bundled trip is analysed here; any other trip by a
//! job the app hands to the worker (`pending`), whose answer comes back as `Analysed`.

use crate::highlights::{segments, Segment};
use crate::import::{Contents, FileRead};
use crate::publish::options::PageOptions;
use crate::route::{Route, View};
use crate::tally::{tally, Tally};
use std::rc::Rc;
use tourlens_engine::search::{self, Index, Query, Results};
use tourlens_engine::{analyze, Analysis, PlaceRef, Span, StopEdit};
use tourlens_trip::{MetaField, Offered, Outcome, Trip};
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
    /// Counts the times the reader chose a stop (list, map, previous / next, swipe): each time,
    /// the stop detail is brought into view. Restoring a link or starting never counts.
    pub reveal: u32,
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
    /// The open trip's id among the user's trips; `None`: the bundled trip.
    pub trip_id: Option<String>,
    /// The open trip: its articles and edits (the bundled one is read-only).
    pub trip: Rc<Trip>,
    /// The user's trips, by id: the truth while the page is open; storage mirrors it.
    pub trips: Rc<Vec<(String, Rc<Trip>)>>,
    /// The analysis being worked out, while the one shown is not the open trip's.
    pub pending: Option<Pending>,
    /// Messages for the user, newest last.
    pub notices: Rc<Vec<Notice>>,
    /// Why the trips are not being stored, while they are not.
    pub unsaved: Option<Rc<str>>,
    /// Earlier versions of the open trip, newest last: what "Undo" returns to.
    pub undo: Rc<Vec<Rc<Trip>>>,
    /// Where imported articles go.
    pub import_into: ImportInto,
    /// Pastes so far, to name each ("pasted text 3").
    pub pastes: usize,
    /// The places found for "set its place" / "add a stop", with a label each.
    pub place_results: Rc<Vec<(PlaceRef, String)>>,
    /// The trip the page carries (a published page: "Download as one file", `cargo xtask build
    /// --articles`), in place of the bundled one; `None`: the bundled trip.
    pub carried: Option<Rc<Trip>>,
    /// A published page: its trip can be read, searched and compared, not changed or replaced,
    /// until the reader makes an editable copy.
    pub read_only: bool,
    /// How the page looks, from its URL (theme, accent, header and search shown).
    pub options: Rc<PageOptions>,
    next_job: u64,
}

/// Work under way for the open trip.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// The analysis job's number (0 while files are still being read).
    pub job: u64,
    pub stage: Stage,
    /// The trip the job analyses.
    pub trip: Shared<Trip>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stage {
    /// Files being read: done of total.
    Reading(usize, usize),
    /// The engine at work on this many articles.
    Analysing(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something could not be done; nothing was changed by it.
    Problem,
    /// Done, with something worth knowing.
    Note,
    Done,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ImportInto {
    /// A new trip of the imported articles.
    #[default]
    NewTrip,
    /// The open trip (not the bundled one).
    OpenTrip,
}

/// What the page starts with: what the browser's storage held (see `store.rs`) and the trip
/// the page carries, if any (`page.rs`).
#[derive(Default)]
pub struct Startup {
    pub trips: Vec<(String, Trip)>,
    pub current: Option<String>,
    pub problems: Vec<String>,
    pub carried: Option<Trip>,
}

/// Trip ids ("trip-12") in the order they were made.
pub fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
    let n = |s: &str| s.rsplit('-').next().and_then(|n| n.parse::<u64>().ok());
    n(a).cmp(&n(b)).then(a.cmp(b))
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
            && self.reveal == o.reveal
            && self.hidden == o.hidden
            && self.open_article == o.open_article
            && self.focus == o.focus
            && self.show_furniture == o.show_furniture
            && self.show_marks == o.show_marks
            && self.query_text == o.query_text
            && self.current_hit == o.current_hit
            && Rc::ptr_eq(&self.trip, &o.trip)
            && Rc::ptr_eq(&self.trips, &o.trips)
            && Rc::ptr_eq(&self.notices, &o.notices)
            && Rc::ptr_eq(&self.undo, &o.undo)
            && Rc::ptr_eq(&self.place_results, &o.place_results)
            && self.trip_id == o.trip_id
            && self.pending == o.pending
            && self.unsaved == o.unsaved
            && self.import_into == o.import_into
            && self.pastes == o.pastes
            && self.carried.as_ref().map(Rc::as_ptr) == o.carried.as_ref().map(Rc::as_ptr)
            && self.read_only == o.read_only
            && Rc::ptr_eq(&self.options, &o.options)
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
    /// The reader chose a stop to read about: selected, shown on the trip view and brought into
    /// view.
    ChooseStop(usize),
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
    /// Files are being read: done of total.
    Reading(usize, usize),
    /// Files (or a paste) read: add what they hold, report the rest.
    Imported(Vec<FileRead>),
    /// A paste to import as one article.
    Paste(String),
    ImportInto(ImportInto),
    /// The answer to an analysis job.
    Analysed(u64, Result<Rc<Analysis>, String>),
    /// Open a trip (`None`: the bundled one).
    OpenTrip(Option<String>),
    /// A new trip that starts as a copy of the open one (the way to edit the bundled trip).
    CopyTrip,
    DeleteTrip(String),
    RenameTrip(String),
    SetTraveller(String),
    SetMeta(String, MetaField, String),
    ResetMeta(String),
    RemoveArticle(String),
    RestoreArticle(String),
    EditStop(StopEdit),
    /// Undo one stop edit (by its place in the list).
    DropStopEdit(usize),
    /// The open trip as it was before the last change.
    Undo,
    /// Every edit of the open trip undone: the engine's own result.
    BackToEngine,
    /// Search the gazetteer for a place ("set its place", "add a stop").
    SearchPlace(String),
    /// On a published page: a copy of its trip among the reader's own trips, to edit.
    EditCopy,
    DismissNotices,
    /// Storing the trips failed (why), or works again (`None`).
    Stored(Option<String>),
}

impl Action {
    /// Whether a read-only page takes this action: reading, searching, selecting, comparing,
    /// and making an editable copy; not importing or editing.
    fn reads_only(&self) -> bool {
        match self {
            Action::SetView(v) => *v != View::Trips,
            Action::SelectStop(_)
            | Action::ChooseStop(_)
            | Action::HoverStop(_)
            | Action::ToggleSource(_)
            | Action::OpenArticle(_)
            | Action::ShowEvidence(..)
            | Action::CloseArticle
            | Action::ToggleFurniture
            | Action::ToggleMarks
            | Action::Restore(_)
            | Action::Search(_)
            | Action::StepHit(_)
            | Action::Analysed(..)
            | Action::DismissNotices
            | Action::Stored(_)
            | Action::EditCopy => true,
            Action::Reading(..)
            | Action::Imported(_)
            | Action::Paste(_)
            | Action::ImportInto(_)
            | Action::OpenTrip(_)
            | Action::CopyTrip
            | Action::DeleteTrip(_)
            | Action::RenameTrip(_)
            | Action::SetTraveller(_)
            | Action::SetMeta(..)
            | Action::ResetMeta(_)
            | Action::RemoveArticle(_)
            | Action::RestoreArticle(_)
            | Action::EditStop(_)
            | Action::DropStopEdit(_)
            | Action::Undo
            | Action::BackToEngine
            | Action::SearchPlace(_) => false,
        }
    }
}

/// The bundled trip's analysis: the build's (`bundled::analysis`), else made now. Each step is
/// a User Timing measure (`timing`), which the page benchmark reads.
fn bundled_analysis(trip: &Trip) -> Analysis {
    crate::timing::measured(crate::timing::READ, crate::bundled::analysis).unwrap_or_else(|| {
        crate::timing::measured(crate::timing::PREPARE, tourlens_engine::prepare);
        crate::timing::measured(crate::timing::ANALYZE, || analyze(&trip.inputs()))
    })
}

impl AppState {
    /// The bundled trip with the analysis the build made of it; analysed here only if that
    /// cannot be read.
    pub fn bundled() -> Self {
        let trip = Trip::new(crate::bundled::TITLE, crate::bundled::articles());
        let analysis = bundled_analysis(&trip);
        Self::with_analysis(trip, analysis)
    }

    /// The page at start: the trip it carries, read-only (its analysis pending); else the trip
    /// open last time (its analysis pending); else the bundled one.
    pub fn start(startup: Startup) -> Self {
        let trips: Vec<(String, Rc<Trip>)> = startup
            .trips
            .into_iter()
            .map(|(id, t)| (id, Rc::new(t)))
            .collect();
        let open = startup
            .current
            .filter(|_| startup.carried.is_none())
            .and_then(|id| trips.iter().find(|(t, _)| *t == id).cloned());
        let mut state = match (&startup.carried, &open) {
            (Some(carried), _) => Self::with_analysis(carried.clone(), analyze(&[])),
            (None, Some((_, trip))) => Self::with_analysis((**trip).clone(), analyze(&[])),
            (None, None) => Self::bundled(),
        };
        if let Some(carried) = startup.carried {
            state.carried = Some(state.trip.clone());
            state.read_only = true;
            state.selected_stop = None;
            drop(carried);
            state.analyse();
        }
        state.trips = Rc::new(trips);
        state.notices = Rc::new(
            startup
                .problems
                .into_iter()
                .map(|text| Notice {
                    kind: NoticeKind::Problem,
                    text,
                })
                .collect(),
        );
        if let Some((id, trip)) = open {
            state.trip_id = Some(id);
            state.trip = trip;
            state.import_into = ImportInto::OpenTrip;
            state.analyse();
        }
        state
    }

    fn with_analysis(trip: Trip, analysis: Analysis) -> Self {
        let index = Shared(Rc::new(Index::new(&analysis)));
        let title: Rc<str> = trip.title.as_str().into();
        AppState {
            trip_id: None,
            trip: Rc::new(trip),
            trips: Rc::new(Vec::new()),
            pending: None,
            notices: Rc::new(Vec::new()),
            unsaved: None,
            undo: Rc::new(Vec::new()),
            import_into: ImportInto::NewTrip,
            pastes: 0,
            place_results: Rc::new(Vec::new()),
            carried: None,
            read_only: false,
            options: Rc::new(PageOptions::default()),
            next_job: 1,
            query_text: "".into(),
            query: Rc::new(Query::default()),
            results: Rc::new(Results::default()),
            hits_per_stop: Rc::new(Vec::new()),
            current_hit: None,
            index,
            title,
            tally: Rc::new(tally(&analysis)),
            selected_stop: (!analysis.stops.is_empty()).then_some(0),
            analysis: Rc::new(analysis),
            view: View::Trip,
            hover_stop: None,
            reveal: 0,
            hidden: Vec::new(),
            open_article: None,
            focus: None,
            show_furniture: true,
            show_marks: true,
            open_segments: Rc::new(Vec::new()),
        }
    }

    /// Whether the open trip is the page's own (the bundled one, or the one the page carries):
    /// it is never changed, only copied.
    pub fn is_bundled(&self) -> bool {
        self.trip_id.is_none()
    }

    /// The page's own trip: the one it carries, else the bundled one.
    pub fn home(&self) -> Rc<Trip> {
        self.carried.clone().unwrap_or_else(|| {
            Rc::new(Trip::new(crate::bundled::TITLE, crate::bundled::articles()))
        })
    }

    /// The import screen is open and nothing is being read or analysed: the reader is choosing
    /// their articles.
    pub fn choosing_articles(&self) -> bool {
        self.view == View::Trips && !self.read_only && self.pending.is_none()
    }

    /// The job to hand to the worker, while one is waiting: its number and the trip.
    pub fn job(&self) -> Option<(u64, Shared<Trip>)> {
        self.pending
            .as_ref()
            .filter(|p| p.job > 0)
            .map(|p| (p.job, p.trip.clone()))
    }

    /// Starts an analysis job for the open trip (the app hands it to the worker).
    fn analyse(&mut self) {
        let job = self.next_job;
        self.next_job += 1;
        self.pending = Some(Pending {
            job,
            stage: Stage::Analysing(self.trip.count()),
            trip: Shared(self.trip.clone()),
        });
    }

    /// Shows a finished analysis: selection, hidden sources and search carried over where
    /// they still fit.
    fn show(&mut self, analysis: Rc<Analysis>) {
        self.index = Shared(Rc::new(Index::new(&analysis)));
        self.tally = Rc::new(tally(&analysis));
        self.selected_stop = self
            .selected_stop
            .filter(|s| *s < analysis.stops.len())
            .or((!analysis.stops.is_empty()).then_some(0));
        self.hover_stop = None;
        self.hidden.retain(|h| *h < analysis.articles.len());
        if self.hidden.len() >= analysis.articles.len() {
            self.hidden.clear();
        }
        self.open_article = None;
        self.focus = None;
        self.open_segments = Rc::new(Vec::new());
        self.analysis = analysis;
        let query = self.query_text.to_string();
        self.search(&query);
    }

    /// Stores a copy of `trip`, titled "Copy of …", among the user's trips and opens it.
    fn open_copy(&mut self, trip: &Trip) {
        let mut copy = trip.clone();
        copy.title = format!("Copy of {}", copy.title);
        let id = self.new_trip_id();
        let copy = Rc::new(copy);
        self.put_trip(id.clone(), copy.clone());
        self.open_trip(Some(id), copy);
    }

    /// Opens a trip: shown empty until its analysis arrives.
    fn open_trip(&mut self, id: Option<String>, trip: Rc<Trip>) {
        self.title = trip.title.as_str().into();
        self.trip = trip;
        self.trip_id = id;
        self.undo = Rc::new(Vec::new());
        self.selected_stop = None;
        self.hidden.clear();
        self.place_results = Rc::new(Vec::new());
        self.import_into = if self.is_bundled() {
            ImportInto::NewTrip
        } else {
            ImportInto::OpenTrip
        };
        if self.is_bundled() && self.carried.is_none() {
            self.pending = None;
            self.show(Rc::new(bundled_analysis(&self.trip)));
        } else {
            self.show(Rc::new(analyze(&[])));
            self.analyse();
        }
    }

    /// Changes the open trip (never the bundled one): kept for undo, stored, re-analysed when
    /// what the engine reads changed. False when nothing changed.
    fn change_trip(&mut self, change: impl FnOnce(&mut Trip)) -> bool {
        let Some(id) = self.trip_id.clone() else {
            return false;
        };
        let mut trip = (*self.trip).clone();
        change(&mut trip);
        if trip == *self.trip {
            return false;
        }
        let reanalyse = trip.reads_differently(&self.trip);
        let mut undo = (*self.undo).clone();
        undo.push(self.trip.clone());
        if undo.len() > 100 {
            undo.remove(0);
        }
        self.undo = Rc::new(undo);
        self.put_trip(id, Rc::new(trip));
        if reanalyse {
            self.analyse();
        }
        true
    }

    /// Makes `trip` the open trip with this id, in the list of trips too.
    fn put_trip(&mut self, id: String, trip: Rc<Trip>) {
        let mut trips = (*self.trips).clone();
        match trips.iter_mut().find(|(t, _)| *t == id) {
            Some(entry) => entry.1 = trip.clone(),
            None => trips.push((id.clone(), trip.clone())),
        }
        self.trips = Rc::new(trips);
        self.title = trip.title.as_str().into();
        self.trip = trip;
        self.trip_id = Some(id);
    }

    fn new_trip_id(&self) -> String {
        let n = self
            .trips
            .iter()
            .filter_map(|(id, _)| id.strip_prefix("trip-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("trip-{}", n + 1)
    }

    fn say(&mut self, kind: NoticeKind, text: String) {
        let mut notices = (*self.notices).clone();
        notices.push(Notice { kind, text });
        self.notices = Rc::new(notices);
    }

    /// Adds what the files hold to the open trip or a new one; every file gets its message.
    /// When nothing could be added, no trip changes.
    fn import(&mut self, reads: Vec<FileRead>) {
        self.notices = Rc::new(Vec::new());
        let into_open = self.import_into == ImportInto::OpenTrip && !self.is_bundled();
        let mut base: Option<Trip> = None;
        let mut offered = Vec::new();
        for read in reads {
            if let Some(note) = &read.note {
                self.say(NoticeKind::Note, format!("{}: {note}", read.file));
            }
            match read.result {
                Err(problem) => self.say(NoticeKind::Problem, format!("{}: {problem}", read.file)),
                Ok(Contents::Articles(articles)) => {
                    offered.extend(articles.into_iter().map(|article| Offered {
                        source: read.file.clone(),
                        article,
                    }))
                }
                Ok(Contents::Trip(trip)) => {
                    if into_open || base.is_some() {
                        if trip.is_edited() {
                            self.say(
                                NoticeKind::Note,
                                format!(
                                    "{}: a whole trip; its articles are added, its edits are not",
                                    read.file
                                ),
                            );
                        }
                        offered.extend(trip.inputs().into_iter().map(|article| Offered {
                            source: read.file.clone(),
                            article,
                        }));
                    } else {
                        // The new trip is this one as it was exported: its articles (removed
                        // ones too), edits and title; other files' articles join it.
                        base = Some(*trip);
                    }
                }
            }
        }
        let mut trip = if into_open {
            (*self.trip).clone()
        } else {
            base.unwrap_or_else(|| Trip::new("", Vec::new()))
        };
        let carried = if into_open { 0 } else { trip.articles.len() };
        let outcomes = trip.add(offered);
        let added = carried
            + outcomes
                .iter()
                .filter(|(_, o)| *o == Outcome::Added)
                .count();
        for (o, outcome) in &outcomes {
            if let Outcome::Duplicate(of) = outcome {
                let what = if o.source == o.article.id {
                    String::new()
                } else {
                    format!(" ({})", o.article.id)
                };
                self.say(
                    NoticeKind::Problem,
                    format!(
                        "{}{what}: a duplicate: the same text is already in the trip as “{of}”",
                        o.source
                    ),
                );
            }
        }
        if added == 0 {
            self.say(
                NoticeKind::Problem,
                "Nothing was added: the trip is as it was.".into(),
            );
            return;
        }
        if trip.title.trim().is_empty() {
            trip.title = format!(
                "Your trip {}",
                self.new_trip_id().trim_start_matches("trip-")
            );
        }
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if into_open {
            self.say(
                NoticeKind::Done,
                format!(
                    "{added} article{} added to “{}”.",
                    plural(added),
                    trip.title
                ),
            );
            self.change_trip(|t| *t = trip);
        } else {
            self.say(
                NoticeKind::Done,
                format!(
                    "New trip “{}” with {added} article{}.",
                    trip.title,
                    plural(added)
                ),
            );
            let id = self.new_trip_id();
            let trip = Rc::new(trip);
            self.put_trip(id.clone(), trip.clone());
            self.open_trip(Some(id), trip);
        }
        if self.view != View::Trips {
            self.view = View::Trip;
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
            passage: self
                .focus
                .filter(|_| self.view == View::Sources && self.open_article.is_some())
                .map(|f| (f.start, f.end)),
        }
    }

    /// A passage of article `a` from a link, if it lies inside the text on character boundaries.
    fn passage(&self, a: usize, (start, end): (usize, usize)) -> Option<Span> {
        let text = &self.analysis.articles.get(a)?.text;
        (start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end))
        .then(|| Span::new(start, end))
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

    /// How many sources are shown (`shown().len()` without the list).
    pub fn shown_count(&self) -> usize {
        (0..self.analysis.articles.len())
            .filter(|a| !self.hidden.contains(a))
            .count()
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
        if self.read_only && !action.reads_only() {
            return self;
        }
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
            Action::ChooseStop(s) if s < self.analysis.stops.len() => {
                next.selected_stop = Some(s);
                next.view = View::Trip;
                next.reveal = self.reveal.wrapping_add(1);
            }
            Action::ChooseStop(_) => return self,
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
                    None if self.shown_count() > 1 => {
                        next.hidden.push(a);
                        tourlens_engine::sort::sort(&mut next.hidden);
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
                next.view = if self.read_only && route.view == View::Trips {
                    View::Trip
                } else {
                    route.view
                };
                // While the analysis is pending (a stored or carried trip at start), the link's
                // stop and sources are kept as they are; `show` fits them to the analysis.
                let waiting = self.pending.is_some();
                next.selected_stop = route
                    .stop
                    .filter(|s| waiting || *s < self.analysis.stops.len())
                    .or(self.selected_stop);
                next.hidden = route
                    .hidden
                    .into_iter()
                    .filter(|h| waiting || *h < self.analysis.articles.len())
                    .collect();
                if !waiting && next.hidden.len() >= self.analysis.articles.len() {
                    next.hidden.clear();
                }
                next.focus = None;
                match route.article {
                    Some(a) if route.view == View::Sources => {
                        if next.open(a) {
                            next.focus = route.passage.and_then(|p| self.passage(a, p));
                        }
                    }
                    _ => {
                        next.open_article = None;
                        next.open_segments = Rc::new(Vec::new());
                    }
                }
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
            Action::Reading(done, total) => {
                next.pending = Some(Pending {
                    job: 0,
                    stage: Stage::Reading(done, total),
                    trip: Shared(self.trip.clone()),
                });
            }
            Action::Imported(reads) => {
                if next.pending.as_ref().is_some_and(|p| p.job == 0) {
                    next.pending = None;
                }
                next.import(reads);
                if next.import_into == ImportInto::NewTrip && !next.is_bundled() {
                    next.import_into = ImportInto::OpenTrip;
                }
            }
            Action::Paste(text) => {
                next.pastes += 1;
                next.import(vec![crate::import::pasted(next.pastes, &text)]);
            }
            Action::ImportInto(into) => next.import_into = into,
            Action::Analysed(job, result) => {
                if self.pending.as_ref().map(|p| p.job) != Some(job) {
                    return self;
                }
                next.pending = None;
                match result {
                    Ok(analysis) => next.show(analysis),
                    Err(why) => next.say(
                        NoticeKind::Problem,
                        format!("The trip could not be analysed: {why}"),
                    ),
                }
            }
            Action::OpenTrip(id) => {
                if id == self.trip_id {
                    return self;
                }
                let trip = match &id {
                    None => self.home(),
                    Some(id) => match self.trips.iter().find(|(t, _)| t == id) {
                        Some((_, t)) => t.clone(),
                        None => return self,
                    },
                };
                next.open_trip(id, trip);
            }
            Action::CopyTrip => next.open_copy(&self.trip),
            Action::DeleteTrip(id) => {
                let mut trips = (*self.trips).clone();
                trips.retain(|(t, _)| *t != id);
                next.trips = Rc::new(trips);
                if self.trip_id.as_deref() == Some(id.as_str()) {
                    next.open_trip(None, self.home());
                }
            }
            Action::RenameTrip(title) => {
                let title = title.trim().to_string();
                if title.is_empty() || !next.change_trip(|t| t.title = title) {
                    return self;
                }
            }
            Action::SetTraveller(name) => {
                if !next.change_trip(|t| t.set_traveller(&name)) {
                    return self;
                }
            }
            Action::SetMeta(id, field, value) => {
                let mut problem = None;
                next.change_trip(|t| {
                    if let Err(e) = t.set_meta(&id, field, &value) {
                        problem = Some(e);
                    }
                });
                if let Some(p) = problem {
                    next.say(NoticeKind::Problem, format!("{id}: {p}"));
                }
            }
            Action::ResetMeta(id) => {
                if !next.change_trip(|t| t.reset_meta(&id)) {
                    return self;
                }
            }
            Action::RemoveArticle(id) => {
                if self.trip.count() <= 1 {
                    next.say(
                        NoticeKind::Problem,
                        "The last article of a trip cannot be removed; delete the trip instead."
                            .into(),
                    );
                } else if !next.change_trip(|t| t.remove(&id)) {
                    return self;
                }
            }
            Action::RestoreArticle(id) => {
                if !next.change_trip(|t| t.restore(&id)) {
                    return self;
                }
            }
            Action::EditStop(edit) => {
                if !next.change_trip(|t| t.add_stop_edit(edit)) {
                    return self;
                }
            }
            Action::DropStopEdit(at) => {
                if !next.change_trip(|t| t.remove_stop_edit(at)) {
                    return self;
                }
            }
            Action::Undo => {
                let mut undo = (*self.undo).clone();
                let (Some(before), Some(id)) = (undo.pop(), self.trip_id.clone()) else {
                    return self;
                };
                let reanalyse = before.reads_differently(&self.trip);
                next.undo = Rc::new(undo);
                next.put_trip(id, before);
                if reanalyse {
                    next.analyse();
                }
            }
            Action::BackToEngine => {
                if !next.change_trip(Trip::back_to_engine) {
                    return self;
                }
            }
            Action::SearchPlace(query) => {
                let found = tourlens_engine::find_places(&query, 8)
                    .into_iter()
                    .map(|c| {
                        let label = match &c.country_name {
                            Some(country) => format!("{}, {country}", c.place.name),
                            None => c.place.name.clone(),
                        };
                        (c.place, label)
                    })
                    .collect();
                next.place_results = Rc::new(found);
            }
            Action::EditCopy => {
                next.read_only = false;
                next.open_copy(&self.trip);
                next.view = View::Trips;
            }
            Action::DismissNotices => next.notices = Rc::new(Vec::new()),
            Action::Stored(why) => {
                let why: Option<Rc<str>> = why.map(|w| w.as_str().into());
                if why == self.unsaved {
                    return self;
                }
                if let Some(w) = &why {
                    next.say(
                        NoticeKind::Problem,
                        format!("Your trips could not be stored: {w}. Your work stays open in this tab; what was stored before is kept."),
                    );
                }
                next.unsaved = why;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::bundled())
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
    fn choosing_a_stop_shows_it_and_asks_for_it_to_be_brought_into_view() {
        let s = state().reduce(Action::SetView(View::Compare));
        assert_eq!(s.reveal, 0);
        let chosen = s.reduce(Action::ChooseStop(4));
        assert_eq!(
            (chosen.view, chosen.selected_stop, chosen.reveal),
            (View::Trip, Some(4), 1)
        );
        let again = chosen.reduce(Action::ChooseStop(4));
        assert_eq!(
            again.reveal, 2,
            "choosing the same stop again brings it back into view"
        );
        let selected = again.reduce(Action::SelectStop(2));
        assert_eq!(
            selected.reveal, 2,
            "a selection that is not a choice does not scroll"
        );
        let restored = selected.reduce(Action::Restore(Route::parse("#view=trip&stop=6")));
        assert_eq!((restored.selected_stop, restored.reveal), (Some(5), 2));
        let nowhere = restored.clone().reduce(Action::ChooseStop(99));
        assert!(Rc::ptr_eq(&restored, &nowhere));
    }

    #[test]
    fn a_passage_is_in_the_link_and_a_link_to_a_passage_opens_it() {
        let s = state();
        let span = s.analysis.articles[4].sentences[3].span;
        let shown = s.clone().reduce(Action::ShowEvidence(4, span));
        let route = shown.route();
        assert_eq!(route.passage, Some((span.start, span.end)));
        assert!(route
            .format()
            .ends_with(&format!("&at={}-{}", span.start, span.end)));
        let opened = state().reduce(Action::Restore(Route::parse(&route.format())));
        assert_eq!((opened.open_article, opened.focus), (Some(4), Some(span)));
        // A passage outside the text or off a character boundary is ignored; the article opens.
        let text = &s.analysis.articles[4].text;
        let inside = text
            .char_indices()
            .find(|(_, c)| c.len_utf8() > 1)
            .map(|(i, _)| i + 1);
        for bad in [
            format!(
                "#view=sources&article=5&at={}-{}",
                text.len(),
                text.len() + 10
            ),
            format!(
                "#view=sources&article=5&at={}-{}",
                inside.unwrap_or(usize::MAX - 1),
                inside.unwrap_or(usize::MAX - 1) + 3
            ),
        ] {
            let r = state().reduce(Action::Restore(Route::parse(&bad)));
            assert_eq!((r.open_article, r.focus), (Some(4), None), "{bad}");
        }
        // Back to the trip: no passage in the link.
        let back = shown.reduce(Action::Restore(Route::parse("#view=trip&stop=4")));
        assert_eq!((back.focus, back.route().passage), (None, None));
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
        tourlens_engine::sort::sort(&mut sorted);
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

    fn read(file: &str, text: &str) -> FileRead {
        crate::import::read(file, text.as_bytes(), &|_| Default::default())
    }

    /// The state after the worker answered its pending job (the analysis done here).
    fn analysed(s: Rc<AppState>) -> Rc<AppState> {
        let Some((job, trip)) = s.job() else {
            return s;
        };
        let a = tourlens_engine::analyze_with(&trip.0.inputs(), &trip.0.edits);
        s.reduce(Action::Analysed(job, Ok(Rc::new(a))))
    }

    #[test]
    fn an_import_makes_a_new_trip_and_its_analysis_comes_from_the_job() {
        let s = state().reduce(Action::Imported(vec![
            read(
                "a.txt",
                "Minister Ends Tour\nThe minister met the president in Ankara on Monday.",
            ),
            read("b.pdf", "%PDF-1.4"),
        ]));
        assert_eq!(s.trip_id.as_deref(), Some("trip-1"));
        assert_eq!(s.trips.len(), 1);
        assert!(s
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Problem && n.text.starts_with("b.pdf: a PDF document")));
        assert!(
            s.analysis.articles.is_empty(),
            "shown empty until the job answers"
        );
        let stale = s.clone().reduce(Action::Analysed(999, Err("old".into())));
        assert!(
            Rc::ptr_eq(&s, &stale),
            "an answer to another job is ignored"
        );
        let done = analysed(s);
        assert!(done.pending.is_none());
        assert_eq!(done.analysis.articles.len(), 1);
    }

    #[test]
    fn a_failed_import_changes_no_trip() {
        let s = state().reduce(Action::Imported(vec![read("empty.txt", "")]));
        assert!(s.is_bundled());
        assert!(s.trips.is_empty());
        assert!(s
            .notices
            .iter()
            .any(|n| n.text == "empty.txt: the file is empty"));
        assert!(s
            .notices
            .iter()
            .any(|n| n.text.starts_with("Nothing was added")));
    }

    #[test]
    fn the_bundled_trip_is_read_only_and_copies() {
        let s = state();
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::SetTraveller("X".into()))
        ));
        let copy = s.reduce(Action::CopyTrip);
        assert_eq!(copy.trip_id.as_deref(), Some("trip-1"));
        assert!(copy.title.starts_with("Copy of "));
        let edited = analysed(copy).reduce(Action::SetTraveller("Hakan Fidan".into()));
        assert_eq!(edited.trip.edits.traveller.as_deref(), Some("Hakan Fidan"));
        assert!(
            edited.pending.is_some(),
            "an edit the engine reads re-analyses"
        );
        let undone = edited.reduce(Action::Undo);
        assert_eq!(undone.trip.edits.traveller, None);
        assert_eq!(
            undone.trips[0].1.edits.traveller, None,
            "the list of trips follows"
        );
    }

    #[test]
    fn adding_to_the_open_trip_names_duplicates_and_keeps_the_rest() {
        let s = state().reduce(Action::Imported(vec![read("a.txt", "Text one.")]));
        let s = analysed(s).reduce(Action::ImportInto(ImportInto::OpenTrip));
        let s = s.reduce(Action::Imported(vec![
            read("b.txt", "Text  one."),
            read("c.txt", "Text two."),
        ]));
        assert_eq!(s.trip.articles.len(), 2);
        assert!(s
            .notices
            .iter()
            .any(|n| n.text.contains("b.txt: a duplicate") && n.text.contains("“a.txt”")));
        assert_eq!(s.undo.len(), 1);
    }

    #[test]
    fn a_damaged_store_opens_the_bundled_trip_with_its_message() {
        let s = AppState::start(Startup {
            trips: vec![],
            current: Some("trip-1".into()),
            problems: vec!["A stored trip (trip-1) is damaged".into()],
            ..Default::default()
        });
        assert!(s.is_bundled());
        assert_eq!(s.analysis.articles.len(), 5);
        assert_eq!(s.notices.len(), 1);
        let kept = AppState::start(Startup {
            trips: vec![(
                "trip-1".into(),
                Trip::new("Mine", crate::bundled::articles()),
            )],
            current: Some("trip-1".into()),
            problems: vec![],
            ..Default::default()
        });
        assert_eq!(kept.trip_id.as_deref(), Some("trip-1"));
        assert!(
            kept.job().is_some(),
            "the stored trip is analysed by the worker"
        );
    }

    #[test]
    fn a_carried_trip_opens_read_only_at_its_link_and_copies_to_edit() {
        let mut carried = Trip::new("Published", crate::bundled::articles());
        carried.set_traveller("Antony Blinken");
        let stored = vec![("trip-4".to_string(), Trip::new("Mine", vec![]))];
        let s = Rc::new(AppState::start(Startup {
            trips: stored,
            current: Some("trip-4".into()),
            carried: Some(carried.clone()),
            ..Default::default()
        }));
        assert!(s.read_only && s.is_bundled());
        assert_eq!(
            *s.trip, carried,
            "the carried trip, not the one stored as open"
        );
        assert_eq!(
            s.job().map(|(_, t)| (*t.0).clone()),
            Some(carried.clone()),
            "analysed with its edits"
        );
        let s = s.reduce(Action::Restore(Route::parse("#view=compare&stop=4&hide=2")));
        assert_eq!(
            (s.view, s.selected_stop, s.hidden.clone()),
            (View::Compare, Some(3), vec![1]),
            "kept while the analysis is pending"
        );
        let s = analysed(s);
        assert_eq!((s.selected_stop, s.hidden.clone()), (Some(3), vec![1]));
        // Reading, searching and selecting work; importing and editing do not.
        let s = s
            .reduce(Action::Search("ceasefire".into()))
            .reduce(Action::SelectStop(1));
        assert!(s.results.total() > 0);
        assert_eq!(s.selected_stop, Some(1));
        for action in [
            Action::SetView(View::Trips),
            Action::Paste("Text.".into()),
            Action::Imported(vec![read("a.txt", "Another text.")]),
            Action::SetTraveller("X".into()),
            Action::CopyTrip,
            Action::OpenTrip(Some("trip-4".into())),
        ] {
            let same = s.clone().reduce(action);
            assert!(Rc::ptr_eq(&s, &same));
        }
        assert_eq!(
            s.clone()
                .reduce(Action::Restore(Route::parse("#view=trips")))
                .view,
            View::Trip
        );
        let copy = s.reduce(Action::EditCopy);
        assert!(!copy.read_only);
        assert_eq!(copy.trip_id.as_deref(), Some("trip-5"));
        assert_eq!(copy.trip.edits, carried.edits);
        assert_eq!(copy.view, View::Trips);
        assert_eq!(
            copy.home().title,
            "Published",
            "the page's own trip stays the carried one"
        );
    }

    #[test]
    fn deleting_the_open_trip_opens_the_bundled_one() {
        let s = analysed(state().reduce(Action::CopyTrip));
        let s = s.reduce(Action::DeleteTrip("trip-1".into()));
        assert!(s.is_bundled());
        assert!(s.trips.is_empty());
        assert_eq!(s.analysis.articles.len(), 5);
    }
}
