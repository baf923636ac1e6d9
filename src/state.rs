//! App state: the analysis of the loaded corpus plus what the reader has selected. One reducer.

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
}

pub enum Action {
    OpenArticle(usize),
    CloseArticle,
    ToggleFurniture,
}

impl AppState {
    pub fn new(title: &str, corpus: &[ArticleInput]) -> Self {
        AppState {
            title: title.into(),
            analysis: Rc::new(analyze(corpus)),
            open_article: None,
            show_furniture: true,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::OpenArticle(i) if i < self.analysis.articles.len() => {
                next.open_article = Some(i)
            }
            Action::OpenArticle(_) => return self,
            Action::CloseArticle => next.open_article = None,
            Action::ToggleFurniture => next.show_furniture = !self.show_furniture,
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
        assert_eq!(next.reduce(Action::CloseArticle).open_article, None);
    }
}
