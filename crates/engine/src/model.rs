//! The engine's input and output types: plain serde data, the one contract with the app and export.

use crate::{Day, Span};
use serde::{Deserialize, Serialize};

/// Version of the `Analysis` structure; bumped on any incompatible change.
pub const SCHEMA: u32 = 1;

/// One article as the user (or the bundle) hands it over.
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub date: Option<Day>,
    pub url: Option<String>,
}

/// Everything the engine found in a corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema: u32,
    pub articles: Vec<Article>,
    /// The outlets, in order of first appearance; `Article::outlet` indexes this.
    pub outlets: Vec<Outlet>,
    /// Things worth telling the user about the input (empty article, duplicate...). Never fatal.
    pub diagnostics: Vec<Diagnostic>,
}

/// One article and what the engine found in it. All spans index `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub text: String,
    pub headline: Field<String>,
    pub outlet: Field<String>,
    /// Index into `Analysis::outlets`: articles by the same outlet share it (and its colour).
    pub outlet_index: usize,
    pub published: Field<Day>,
    pub url: Option<String>,
    /// Words of story text (furniture excluded), by Unicode word boundaries.
    pub word_count: usize,
    /// The text split into lines-as-blocks, each classified; covers every non-blank line.
    pub blocks: Vec<Block>,
}

/// A publisher. Articles whose outlet is unknown each get an outlet of their own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    /// The outlet's name, or `None` when unknown.
    pub name: Option<String>,
    /// Indices into `Analysis::articles`.
    pub articles: Vec<usize>,
}

/// A non-blank line of the original text and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
        matches!(self, BlockKind::Headline | BlockKind::Heading | BlockKind::Paragraph)
    }
}

/// Why a line is site furniture.
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field<T> {
    pub value: Option<T>,
    pub provenance: Provenance,
    /// The text that supports the value, when it came from the article.
    pub evidence: Option<Span>,
    /// One line saying how the value was found, for the user.
    pub basis: String,
}

impl<T> Field<T> {
    pub fn unknown(basis: impl Into<String>) -> Self {
        Field { value: None, provenance: Provenance::Unknown, evidence: None, basis: basis.into() }
    }
    pub fn given(value: T, basis: impl Into<String>, evidence: Option<Span>) -> Self {
        Field { value: Some(value), provenance: Provenance::Given, evidence, basis: basis.into() }
    }
    pub fn inferred(value: T, basis: impl Into<String>, evidence: Option<Span>) -> Self {
        Field { value: Some(value), provenance: Provenance::Inferred, evidence, basis: basis.into() }
    }
}

/// Given: stated by the user or plainly by the article (a dateline, a date stamp).
/// Inferred: worked out by the engine from indirect evidence. Unknown: not found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    Given,
    Inferred,
    Unknown,
}

/// Something about the input the user should know; the analysis goes on regardless.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub article: Option<String>,
    pub message: String,
}
