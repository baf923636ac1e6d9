//! App state: the analysis of the loaded corpus plus what the reader has selected. One reducer.

use crate::highlights::{segments, Segment};
use std::rc::Rc;
use tourlens_engine::{analyze, Analysis, ArticleInput};
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub title: Rc<str>,
    pub analysis: Rc<Analysis>,
    /// Index into `analysis.articles` of the article open in the reader.
    pub open_article: Option<usize>,
    /// Whether the reader shows site furniture (dimmed) or hides it.
    pub show_furniture: bool,
    /// Whether the reader marks what the engine found (places, people, dates…).
    pub show_marks: bool,
    /// The open article's blocks as marked segments, computed when it opens.
    pub open_segments: Rc<Vec<Vec<Segment>>>,
}

pub enum Action {
    OpenArticle(usize),
    CloseArticle,
    ToggleFurniture,
    ToggleMarks,
}

impl AppState {
    pub fn new(title: &str, corpus: &[ArticleInput]) -> Self {
        AppState {
            title: title.into(),
            analysis: Rc::new(analyze(corpus)),
            open_article: None,
            show_furniture: true,
            show_marks: true,
            open_segments: Rc::new(Vec::new()),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::OpenArticle(i) => match self.analysis.articles.get(i) {
                Some(article) => {
                    next.open_article = Some(i);
                    next.open_segments = Rc::new(segments(&self.analysis, article));
                }
                None => return self,
            },
            Action::CloseArticle => {
                next.open_article = None;
                next.open_segments = Rc::new(Vec::new());
            }
            Action::ToggleFurniture => next.show_furniture = !self.show_furniture,
            Action::ToggleMarks => next.show_marks = !self.show_marks,
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
}
