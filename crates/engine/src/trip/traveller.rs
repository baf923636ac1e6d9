//! Whose trip it is: the traveller the user named, or the person named in the most articles; and,
//! once known, which of each article's place mentions say the traveller was there.

use super::visits;
use crate::fold;
use crate::model::{Article, EntityKind, EntityMention, Place, Traveller};
use std::collections::HashMap;

/// The traveller the user named; the role comes from the articles when they give one.
pub(crate) fn given(articles: &[Article], name: &str) -> (Traveller, String) {
    let key = surname_key(name);
    let role = articles
        .iter()
        .flat_map(|a| &a.entities)
        .find(|e| e.kind == EntityKind::Person && surname_key(&e.name) == key)
        .and_then(|e| e.role.clone());
    let traveller = Traveller {
        name: name.to_string(),
        role,
        basis: "given with the articles".into(),
    };
    (traveller, key)
}

/// The folded surname that keys a person across articles.
pub(crate) fn surname_key(name: &str) -> String {
    fold::fold(name.rsplit(' ').next().unwrap_or(name))
}

/// The person named in the most articles (then most often): whose trip the corpus is about.
pub(crate) fn choose(articles: &[Article]) -> Option<(Traveller, String)> {
    let mut tally: HashMap<String, (usize, usize, String, Option<String>)> = HashMap::new();
    for article in articles {
        let mut seen_here: Vec<String> = Vec::new();
        for m in &article.entity_mentions {
            let e = &article.entities[m.entity];
            if e.kind != EntityKind::Person {
                continue;
            }
            let key = surname_key(&e.name);
            let row = tally
                .entry(key.clone())
                .or_insert((0, 0, e.name.clone(), e.role.clone()));
            row.1 += 1;
            if e.name.len() > row.2.len() {
                row.2 = e.name.clone();
            }
            if row.3.is_none() {
                row.3 = e.role.clone();
            }
            if !seen_here.contains(&key) {
                seen_here.push(key);
                row.0 += 1;
            }
        }
    }
    let (key, (in_articles, mentions, name, role)) = tally
        .into_iter()
        .max_by_key(|(k, (a, m, _, _))| (*a, *m, std::cmp::Reverse(k.clone())))?;
    let basis = format!(
        "named in {in_articles} of {} articles, {mentions} times: more than anyone else",
        articles.len()
    );
    Some((Traveller { name, role, basis }, key))
}

/// Marks the article's place mentions that say the traveller was there.
pub(crate) fn find_visits(article: &mut Article, places: &[Place], traveller: &str, surname: &str) {
    let (mine, others): (Vec<EntityMention>, Vec<EntityMention>) = article
        .entity_mentions
        .iter()
        .filter(|m| article.entities[m.entity].kind == EntityKind::Person)
        .cloned()
        .partition(|m| surname_key(&article.entities[m.entity].name) == traveller);
    let info = |i: usize| places.get(i).cloned();
    article.visits = visits::find(
        &article.text,
        &article.blocks,
        &article.sentences,
        &article.places,
        &info,
        &visits::People {
            traveller: &mine,
            others: &others,
            surname,
        },
    );
}
