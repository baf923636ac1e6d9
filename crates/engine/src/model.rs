//! The engine's input and output types: plain serde data, the one contract with the app and export.

use crate::{Day, Span};
use serde::{Deserialize, Serialize};

/// Version of the `Analysis` structure; bumped on any incompatible change.
pub const SCHEMA: u32 = 4;

/// One article as the user (or the bundle) hands it over.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleInput {
    /// Stable identifier, e.g. the file name.
    pub id: String,
    /// The article's text, exactly as received.
    pub text: String,
    /// Metadata the user gave; each field overrides what the engine would infer.
    #[serde(default)]
    pub meta: Meta,
}

/// Metadata overrides; every field is optional.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The outlet's name.
    pub outlet: Option<String>,
    /// The headline.
    pub headline: Option<String>,
    /// The publication day.
    pub date: Option<Day>,
    /// The address of the original page.
    pub url: Option<String>,
    /// Whose trip it is ("Antony Blinken"), when the user knows; the engine picks otherwise.
    #[serde(default)]
    pub traveller: Option<String>,
}

/// What the user corrected about a trip, kept as data beside its articles and applied by
/// [`crate::analyze_with`] on every analysis, so the corrections survive re-analysis and new
/// articles. Per-article corrections (outlet, headline, date, URL) go in each article's [`Meta`].
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Edits {
    /// Whose trip it is, when the user says so: overrides the engine's choice.
    #[serde(default)]
    pub traveller: Option<String>,
    /// Corrections to the stops, applied in order; later ones see the result of earlier ones.
    #[serde(default)]
    pub stops: Vec<StopEdit>,
}

/// A stop as the user saw it, named by its place and country rather than by its position, so an
/// edit still finds its stop after the articles change.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StopRef {
    /// The stop's place name as shown ("Tel Aviv", "Cyprus").
    pub place: String,
    /// ISO 3166-1 alpha-2 of the stop's country.
    pub country: Option<String>,
}

/// A place the user chose from the gazetteer (or typed with coordinates).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// The place's name as shown.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

/// One correction to the stops.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum StopEdit {
    /// The engine's stop is not a stop of the trip.
    NotAStop {
        /// The stop.
        stop: StopRef,
    },
    /// `stop` and `into` are one stop: `stop`'s accounts join `into`.
    Merge {
        /// The stop that is another name of `into`.
        stop: StopRef,
        /// The stop it joins.
        into: StopRef,
    },
    /// A city told inside `stop` is a stop of its own (a day trip from a base).
    SplitOff {
        /// The stop that holds the city.
        stop: StopRef,
        /// The city's name, as the stop's visits give it.
        city: String,
    },
    /// The stops in this order (stops not listed keep their place relative to the listed ones).
    Order {
        /// The stops, first to last.
        stops: Vec<StopRef>,
    },
    /// The stop is at this place.
    SetPlace {
        /// The stop.
        stop: StopRef,
        /// Where it was.
        place: PlaceRef,
    },
    /// The stop took these days.
    SetDays {
        /// The stop.
        stop: StopRef,
        /// The days it took.
        days: DayRange,
    },
    /// A stop the engine missed, told by a passage of an article (its id).
    Add {
        /// The article's id.
        article: String,
        /// The passage that tells the stop.
        evidence: Span,
        /// Where the stop was.
        place: PlaceRef,
    },
}

/// Everything the engine found in a corpus.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The `SCHEMA` this analysis was written with.
    pub schema: u32,
    /// Every article, in input order.
    pub articles: Vec<Article>,
    /// The outlets, in order of first appearance; `Article::outlet` indexes this.
    pub outlets: Vec<Outlet>,
    /// Every place any article names, in order of first mention; `PlaceMention::place` indexes this.
    pub places: Vec<Place>,
    /// The person whose trip the corpus is about.
    pub traveller: Option<Traveller>,
    /// The trip: its stops merged across sources, in trip order, onward legs last.
    pub stops: Vec<Stop>,
    /// Where the sources tell the trip differently.
    pub discrepancies: Vec<Discrepancy>,
    /// Things worth telling the user about the input (empty article, duplicate...). Never fatal.
    pub diagnostics: Vec<Diagnostic>,
}

/// One article and what the engine found in it. All spans index `text`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The article's id, as given.
    pub id: String,
    /// The text, exactly as given.
    pub text: String,
    /// The headline.
    pub headline: Field<String>,
    /// The outlet.
    pub outlet: Field<String>,
    /// Index into `Analysis::outlets`: articles by the same outlet share it (and its colour).
    pub outlet_index: usize,
    /// The publication day.
    pub published: Field<Day>,
    /// The address of the original page, when known.
    pub url: Option<String>,
    /// Words of story text (furniture excluded), by Unicode word boundaries.
    pub word_count: usize,
    /// The text split into lines-as-blocks, each classified; covers every non-blank line.
    pub blocks: Vec<Block>,
    /// The sentences of the story blocks, in text order.
    pub sentences: Vec<Sentence>,
    /// Every date expression, story and furniture alike (check the block's kind), in text order.
    pub dates: Vec<DateMention>,
    /// Quoted statements in the story text, in text order.
    pub quotes: Vec<Quote>,
    /// Numbers with what they count, in the story text, in text order.
    pub figures: Vec<Figure>,
    /// Place names, story and furniture alike, in text order.
    pub places: Vec<PlaceMention>,
    /// Places the text says the traveller was at (or is heading to), with the evidence.
    pub visits: Vec<Visit>,
    /// Place mentions whose visit the text says the traveller put off or cancelled
    /// ("Zelenskyy postpones visit to Saudi Arabia"): indexes into `places`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub put_off: Vec<usize>,
    /// People and organisations the article names.
    pub entities: Vec<Entity>,
    /// Every mention of those entities (full name, surname, title, acronym), in text order.
    pub entity_mentions: Vec<EntityMention>,
}

impl Article {
    /// Whether block `block` of this article is story text (not furniture, not past the end).
    pub fn in_story(&self, block: usize) -> bool {
        self.blocks.get(block).is_some_and(|b| b.kind.is_story())
    }
}

/// A person or organisation named in an article.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Person or organisation.
    pub kind: EntityKind,
    /// The fullest form the article gives: "Hakan Fidan", "Israel Defense Forces".
    pub name: String,
    /// The title or role the article gives a person: "Turkish Foreign Minister".
    pub role: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
/// What an entity is.
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation (a government body, a party, an agency…).
    Organisation,
}

/// Where an entity is named, and how.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityMention {
    /// Where the mention stands.
    pub span: Span,
    /// Index into `Article::blocks`.
    pub block: usize,
    /// Index into `Article::entities`.
    pub entity: usize,
    /// How the entity is named there.
    pub form: MentionForm,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
/// How an entity is named at a mention.
pub enum MentionForm {
    /// The name as introduced, with or without its title: "Turkish Foreign Minister Hakan Fidan".
    Full,
    /// A later short form: "Fidan", "Antony".
    Short,
    /// A title or description standing for the person: "the Secretary", "the top US diplomat".
    Descriptor,
    /// An acronym or alias of an organisation: "IDF", "NATO".
    Alias,
}

/// The person whose trip the corpus is about.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traveller {
    /// The name shown: the full name most articles give.
    pub name: String,
    /// The office or role the articles give them most often.
    pub role: Option<String>,
    /// How the engine chose this person, for the user.
    pub basis: String,
}

/// The text says the traveller was at a place: a stop of the trip as this article tells it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    /// Index into `Article::places` of the place mention.
    pub mention: usize,
    /// The sentence (or heading) that says so.
    pub evidence: Span,
    /// What in the text makes it a visit: "landed in", "section heading", "visits to".
    pub cue: String,
    /// How the text relates the traveller to the place.
    pub kind: VisitKind,
    /// An announced next destination ("rushed to Japan"), not a stop reported as made.
    pub onward: bool,
    /// Told by a photo caption or a related-story teaser, not by the story: it supports a stop
    /// the story reports but makes none of its own.
    pub furniture: bool,
}

/// How a visit is told.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitKind {
    /// "arrived in", "landed at", "travelled to", "heads to".
    Arrived,
    /// "visited", "talks in", "In Ankara, Blinken met …", "the Hanoi visit".
    Stayed,
    /// "left", "departed from", "took off from", "arrived from" (the place before).
    Left,
    /// "returned to", "back in": the trip's home, or a second stay.
    Returned,
    /// Named among the trip's stops: "includes stops in …", "the third stop".
    Listed,
    /// A section heading that is the place.
    Heading,
    /// The wire dateline of a story about the traveller.
    Dateline,
}

/// One stop of the trip, merged across sources: a country, or a city when a source names one.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stop {
    /// Index into `Analysis::places` of the most precise place any source gives.
    pub place: usize,
    /// ISO 3166-1 alpha-2 of the stop's country (or territory): the key sources are merged by.
    pub country: Option<String>,
    /// Every name the sources use for it, as written, most precise first.
    pub names: Vec<String>,
    /// The days the stop took, when the sources (or the order) tell.
    pub days: Option<DayRange>,
    /// How sure the days are.
    pub date_confidence: Confidence,
    /// How the days were worked out, for the user.
    pub date_basis: String,
    /// An announced next destination, not a stop reported as made.
    pub onward: bool,
    /// One account per article, in article order (uncovered ones included).
    pub accounts: Vec<Account>,
    /// What of this stop the user's [`Edits`] changed (empty: all the engine's own result).
    #[serde(default)]
    pub edited: Vec<Edited>,
}

impl Stop {
    /// The articles (indices into `Analysis::articles`) whose account reports this stop, in
    /// article order.
    pub fn covering(&self) -> impl Iterator<Item = usize> + '_ {
        self.accounts
            .iter()
            .filter(|a| a.covered)
            .map(|a| a.article)
    }
}

/// A part of a stop that comes from the user's edits, so the app can mark it as edited.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edited {
    /// The stop was added by the user.
    Added,
    /// Other stops were merged into it.
    Merged,
    /// It was split off another stop.
    Split,
    /// Its place in the order.
    Order,
    /// Its place.
    Place,
    /// Its days.
    Days,
}

/// What one article says about one stop.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// Index into `Analysis::articles`.
    pub article: usize,
    /// False when the article does not report this stop ("not covered").
    pub covered: bool,
    /// Indices into `Article::visits` of the visits that tell this stop.
    pub visits: Vec<usize>,
    /// The sentences the article devotes to the stop, in text order: story sentences only (no
    /// section heading, no caption or related-story teaser; a visit those tell is in `visits`).
    pub sentences: Vec<Span>,
    /// The days this article gives for the stop, if any.
    pub days: Option<DayRange>,
    /// People named in those sentences (the traveller excluded), and whether they were met.
    pub people: Vec<PersonThere>,
    /// Indices into `Article::quotes` of the quotes in those sentences that are about the visit
    /// (they tell it or its scene, or name the traveller), not a section's background.
    pub quotes: Vec<usize>,
    /// Indices into `Article::entities` of the people quoted in `quotes`, once each, in order.
    #[serde(default)]
    pub quoted: Vec<usize>,
    /// Indices into `Article::figures` of the figures in sentences about the visit that name no
    /// place outside the stop.
    pub figures: Vec<usize>,
}

/// A person an account names at a stop.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonThere {
    /// Index into `Article::entities`.
    pub entity: usize,
    /// A meeting word (met, talks, conferred) stands in the sentence that names them.
    pub met: bool,
}

/// A point on which sources tell the trip differently.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// What kind of disagreement.
    pub kind: DiscrepancyKind,
    /// What it is about, for the user: "arrival in Ankara", "number of people".
    pub topic: String,
    /// Index into `Analysis::stops`, when it is about one stop.
    pub stop: Option<usize>,
    /// Each source's version, with its evidence.
    pub claims: Vec<Claim>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
/// What sources disagree on.
pub enum DiscrepancyKind {
    /// The same quantity told with different numbers or hedges.
    Figure,
    /// A stop dated differently.
    Date,
    /// A stop placed in different cities.
    Place,
    /// A stop only some sources report.
    Coverage,
    /// A person only one source quotes.
    Quoted,
    /// An event the traveller attends named differently ("the G7 summit" / "a meeting of G7
    /// foreign ministers").
    Event,
}

/// One source's version of a disputed point.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index into `Analysis::articles`.
    pub article: usize,
    /// The value as the source tells it: "nearly 10,000 people", "Sunday 5 Nov 2023".
    pub value: String,
    /// Where the source says it.
    pub evidence: Span,
}

/// A place as the gazetteer knows it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The name, as the gazetteer gives it.
    pub name: String,
    /// Country, region or city.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 of the country the place is in (or is).
    pub country: Option<String>,
    /// That country's name, for display.
    pub country_name: Option<String>,
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
    /// Inhabitants, when known (0 otherwise).
    pub population: u64,
    /// The first-level division the place lies in (or is), GeoNames' key: "GB.SCT".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<String>,
}

/// A place name in an article and the place the engine took it to mean.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceMention {
    /// Where the name stands.
    pub span: Span,
    /// Index into `Article::blocks`.
    pub block: usize,
    /// Index into `Analysis::places`.
    pub place: usize,
    /// Why this place and not another of the same name, for the user.
    pub basis: String,
}

/// What kind of place a gazetteer entry is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A country or territory with its own ISO code.
    Country,
    /// A region or territory: West Bank, Gaza Strip, Middle East, Kurdistan.
    Region,
    /// A city, town or landmark.
    City,
}

/// A number and what it counts: "nearly 10,000 people", "$20 billion deal", "four days".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// From the qualifier (if any) to the unit or subject.
    pub span: Span,
    /// Index into `Article::blocks`.
    pub block: usize,
    /// The number, scaled: "$20 billion" is 20e9, "a third" is 0.333…, "hundreds" is 100.
    pub value: f64,
    /// How it is hedged ("nearly", "at least").
    pub qualifier: Option<Qualifier>,
    /// A unit of measure, singular: "day", "hour", "USD", "percent".
    pub unit: Option<String>,
    /// What is counted, as written: "people", "Palestinians", "aid trucks", "slots".
    pub subject: Option<String>,
}

/// How a figure is hedged.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// nearly, almost, just under
    Nearly,
    /// over, more than, upward of
    Over,
    /// at least
    AtLeast,
    /// roughly, about, around, some, approximately, an estimated
    About,
    /// up to, as many as
    UpTo,
    /// fewer than, less than, under
    Under,
    /// "hundreds of", "dozens of": an order of magnitude, not a count
    Several,
}

/// A quoted statement and, when the text attributes it, who said it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The words inside the quote marks.
    pub span: Span,
    /// Index into `Article::blocks` of the block the quote starts in.
    pub block: usize,
    /// Who said it, when the text attributes it.
    pub speaker: Option<Speaker>,
}

/// Who a quote is attributed to, as the text names them.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The name as written ("Matthew Miller", "Blinken", "Turkey"); titles dropped.
    pub name: String,
    /// Where the name stands, when it stands next to the quote (a pronoun's antecedent does not).
    pub span: Option<Span>,
    /// How the attribution was read, for the user.
    pub basis: String,
}

/// A date expression in the text and, when it could be worked out, the days it means.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// Where the expression stands.
    pub span: Span,
    /// Index into `Article::blocks`.
    pub block: usize,
    /// What the expression says.
    pub expression: DateExpression,
    /// The days it means, when they could be worked out.
    pub resolved: Option<DayRange>,
    /// How sure the resolution is.
    pub confidence: Confidence,
}

/// What a date expression says, before resolution.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateExpression {
    /// "November 5, 2023", "Nov 6", "06.11.2023", "6 November".
    Absolute {
        /// The year, when given.
        year: Option<i32>,
        /// 1–12.
        month: u32,
        /// 1–31.
        day: u32,
    },
    /// "October", "October 2023".
    Month {
        /// The year, when given.
        year: Option<i32>,
        /// 1–12.
        month: u32,
    },
    /// "from 3 to 6 September", "September 6-9", "Jan. 4-11", "30 Nov - 2 Dec 2023".
    Range {
        /// The year, when given.
        year: Option<i32>,
        /// The first day's month, 1–12.
        month: u32,
        /// The first day.
        day: u32,
        /// The last day's month.
        end_month: u32,
        /// The last day.
        end_day: u32,
        /// Told as what will happen ("he will visit … from 3 to 6 September"): the next such days.
        ahead: bool,
    },
    /// "on Monday", "Saturday morning", "later on Sunday", "next Tuesday" (0 = Monday).
    Weekday {
        /// 0 = Monday … 6 = Sunday.
        weekday: u32,
        /// "morning", "evening"…
        part: Option<PartOfDay>,
        /// Told as to come ("next Monday", "will meet on Monday").
        ahead: bool,
        /// "next Monday", "coming Monday": on the article's own weekday, the one a week on
        /// (where "will meet on Tuesday" in Tuesday's paper is that day).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        next: bool,
        /// The day of the month written beside it: "Thursday (12)".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day: Option<u32>,
    },
    /// "over the weekend".
    Weekend,
    /// "the next day" (+1), "the day before" (-1): relative to the date the narrative is at.
    Relative {
        /// Days from the narrative's day.
        days: i64,
    },
    /// "yesterday" (-1), "today" (0): relative to the article's own date.
    Deictic {
        /// Days from the article's own date.
        days: i64,
    },
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
/// A part of a day a weekday is told with.
pub enum PartOfDay {
    /// "Monday morning".
    Morning,
    /// "Monday afternoon".
    Afternoon,
    /// "Monday evening".
    Evening,
    /// "Monday night".
    Night,
}

/// Inclusive range of days; one day when `start == end`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DayRange {
    /// The first day.
    pub start: Day,
    /// The last day (the first, for one day).
    pub end: Day,
}

impl DayRange {
    /// One day.
    pub fn day(day: Day) -> Self {
        DayRange {
            start: day,
            end: day,
        }
    }

    /// As a reader writes it: "5 Nov 2023", "5–6 Nov 2023", "30 Nov – 1 Dec 2023",
    /// "31 Dec 2023 – 1 Jan 2024".
    pub fn human(&self) -> String {
        let (a, b) = (self.start.human(), self.end.human());
        if self.start == self.end {
            return a;
        }
        let (x, y): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
        match (x.as_slice(), y.as_slice()) {
            ([d1, m1, y1], [d2, m2, y2]) if y1 == y2 && m1 == m2 => format!("{d1}–{d2} {m1} {y1}"),
            ([d1, m1, y1], [d2, m2, y2]) if y1 == y2 => format!("{d1} {m1} – {d2} {m2} {y1}"),
            _ => format!("{a} – {b}"),
        }
    }
}

/// How sure a resolved value is. High: stated in full. Medium: needs the article's own date
/// (a weekday, a day without year). Low: needs a date the engine inferred, or the narrative.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Needs a date the engine inferred, or the narrative.
    Low,
    /// Needs the article's own date.
    Medium,
    /// Stated in full.
    High,
}

/// One sentence of story text.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence stands.
    pub span: Span,
    /// Index into `Article::blocks` of the block (paragraph, heading) it belongs to.
    pub block: usize,
}

/// A publisher. Articles whose outlet is unknown each get an outlet of their own.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    /// The outlet's name, or `None` when unknown.
    pub name: Option<String>,
    /// Indices into `Analysis::articles`.
    pub articles: Vec<usize>,
}

/// A non-blank line of the original text and what it is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The line, trimmed.
    pub span: Span,
    /// What the line is.
    pub kind: BlockKind,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
/// What a line of an article is.
pub enum BlockKind {
    /// The article's title.
    Headline,
    /// A short line naming the outlet right under the headline ("ICARO Media Group").
    Byline,
    /// A section heading scoping the paragraphs below it ("Jordan", "Further escalation").
    Heading,
    /// Story text.
    Paragraph,
    /// Site furniture: kept, shown dimmed, never analysed as story.
    Furniture(Furniture),
}

impl BlockKind {
    /// True for text that belongs to the story (headline, headings, paragraphs).
    pub fn is_story(&self) -> bool {
        matches!(
            self,
            BlockKind::Headline | BlockKind::Heading | BlockKind::Paragraph
        )
    }
}

/// Why a line is site furniture.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Furniture {
    /// Site chrome above the headline (section labels, slogans, site name).
    Masthead,
    /// Photo caption or credit ("© AFP 2023 / ...", "... - Outlet, 1920, 06.11.2023").
    Caption,
    /// A teaser for another story, with its section label.
    RelatedStory,
    /// Calls to action: subscribe, share, comment, log in, "ALSO READ", "Watch:".
    Prompt,
    /// Attribution boilerplate: "Source link", "(With inputs from agencies)".
    Attribution,
    /// Text in another script than the article's, or with no letters at all.
    Leftover,
}

/// A value the engine reports about an article, with where it came from.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The value, when there is one.
    pub value: Option<T>,
    /// Where it came from.
    pub provenance: Provenance,
    /// The text that supports the value, when it came from the article.
    pub evidence: Option<Span>,
    /// One line saying how the value was found, for the user.
    pub basis: String,
}

impl<T> Field<T> {
    /// No value, with why.
    pub fn unknown(basis: impl Into<String>) -> Self {
        Field {
            value: None,
            provenance: Provenance::Unknown,
            evidence: None,
            basis: basis.into(),
        }
    }
    /// A value the user or the text states plainly.
    pub fn given(value: T, basis: impl Into<String>, evidence: Option<Span>) -> Self {
        Field {
            value: Some(value),
            provenance: Provenance::Given,
            evidence,
            basis: basis.into(),
        }
    }
    /// A value the engine worked out.
    pub fn inferred(value: T, basis: impl Into<String>, evidence: Option<Span>) -> Self {
        Field {
            value: Some(value),
            provenance: Provenance::Inferred,
            evidence,
            basis: basis.into(),
        }
    }
}

/// Given: stated by the user or plainly by the article (a dateline, a date stamp).
/// Inferred: worked out by the engine from indirect evidence. Unknown: not found.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Stated by the user or plainly by the article.
    Given,
    /// Worked out by the engine.
    Inferred,
    /// Not found.
    Unknown,
}

/// Something about the input the user should know; the analysis goes on regardless.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The article it is about, by id; none for the corpus.
    pub article: Option<String>,
    /// What to tell the user, in words.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::DayRange;
    use crate::Day;

    #[test]
    fn day_ranges_read_naturally() {
        let d = |y, m, day| Day::new(y, m, day).expect("day");
        let r = |a, b| DayRange { start: a, end: b };
        let cases = [
            (DayRange::day(d(2023, 11, 5)), "5 Nov 2023"),
            (r(d(2023, 11, 5), d(2023, 11, 6)), "5–6 Nov 2023"),
            (r(d(2023, 11, 30), d(2023, 12, 1)), "30 Nov – 1 Dec 2023"),
            (
                r(d(2023, 12, 31), d(2024, 1, 1)),
                "31 Dec 2023 – 1 Jan 2024",
            ),
        ];
        for (range, want) in cases {
            assert_eq!(range.human(), want);
        }
    }
}
