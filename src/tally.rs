//! Counts for the People & places view: people, organisations and places merely mentioned (not
//! visited), each with its mentions per article. Pure and host-tested.

use tourlens_engine::{fold, Analysis, EntityKind};

/// One name and how often each article mentions it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    /// A role, or the country of a place.
    pub detail: Option<String>,
    /// Mentions per article, indexed like `Analysis::articles`.
    pub per_article: Vec<usize>,
}

impl Row {
    pub fn total(&self) -> usize {
        self.per_article.iter().sum()
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Tally {
    pub people: Vec<Row>,
    pub organisations: Vec<Row>,
    pub places: Vec<Row>,
}

/// People are merged across articles by surname, organisations by folded name; places by the
/// gazetteer entry. Sorted by articles naming them, then mentions.
pub fn tally(analysis: &Analysis) -> Tally {
    let n = analysis.articles.len();
    let mut people: Vec<(String, Row)> = Vec::new();
    let mut organisations: Vec<(String, Row)> = Vec::new();
    for (a, article) in analysis.articles.iter().enumerate() {
        for m in &article.entity_mentions {
            let Some(entity) = article.entities.get(m.entity) else {
                continue;
            };
            let (key, rows) = match entity.kind {
                EntityKind::Person => (
                    fold(entity.name.rsplit(' ').next().unwrap_or(&entity.name)),
                    &mut people,
                ),
                EntityKind::Organisation => (fold(&entity.name), &mut organisations),
            };
            let row = match rows.iter().position(|(k, _)| *k == key) {
                Some(i) => &mut rows[i].1,
                None => {
                    rows.push((
                        key,
                        Row {
                            name: entity.name.clone(),
                            detail: entity.role.clone(),
                            per_article: vec![0; n],
                        },
                    ));
                    &mut rows.last_mut().expect("just pushed").1
                }
            };
            row.per_article[a] += 1;
            if entity.name.len() > row.name.len() {
                row.name = entity.name.clone();
            }
            if row.detail.is_none() {
                row.detail = entity.role.clone();
            }
        }
    }
    // Places visited by the traveller in any article are stops, not mere mentions.
    let visited: Vec<usize> = analysis
        .articles
        .iter()
        .flat_map(|a| a.visits.iter().filter_map(|v| a.places.get(v.mention)))
        .map(|m| m.place)
        .collect();
    let mut places: Vec<(usize, Row)> = Vec::new();
    for (a, article) in analysis.articles.iter().enumerate() {
        for m in &article.places {
            let story = article
                .blocks
                .get(m.block)
                .is_some_and(|b| b.kind.is_story());
            if !story || visited.contains(&m.place) {
                continue;
            }
            let Some(place) = analysis.places.get(m.place) else {
                continue;
            };
            let row = match places.iter().position(|(k, _)| *k == m.place) {
                Some(i) => &mut places[i].1,
                None => {
                    places.push((
                        m.place,
                        Row {
                            name: place.name.clone(),
                            detail: place.country_name.clone().filter(|c| *c != place.name),
                            per_article: vec![0; n],
                        },
                    ));
                    &mut places.last_mut().expect("just pushed").1
                }
            };
            row.per_article[a] += 1;
        }
    }
    let order = |rows: Vec<Row>| {
        let mut rows = rows;
        tourlens_engine::sort::sort_by_key(&mut rows, |r| {
            (
                std::cmp::Reverse(r.per_article.iter().filter(|c| **c > 0).count()),
                std::cmp::Reverse(r.total()),
                r.name.clone(),
            )
        });
        rows
    };
    Tally {
        people: order(people.into_iter().map(|(_, r)| r).collect()),
        organisations: order(organisations.into_iter().map(|(_, r)| r).collect()),
        places: order(places.into_iter().map(|(_, r)| r).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_tally() {
        let analysis = tourlens_engine::analyze(&crate::bundled::articles());
        let t = tally(&analysis);
        let blinken = &t.people[0];
        assert_eq!(blinken.name, "Antony Blinken");
        assert_eq!(blinken.per_article.iter().filter(|c| **c > 0).count(), 5);
        // Erdogan / Erdoğan are one person.
        let erdogan: Vec<&Row> = t
            .people
            .iter()
            .filter(|r| fold(&r.name).contains("erdogan"))
            .collect();
        assert_eq!(erdogan.len(), 1, "{erdogan:?}");
        // Gaza is mentioned, never visited; Amman is a stop and not listed.
        assert!(t.places.iter().any(|r| r.name.starts_with("Gaza")));
        assert!(!t.places.iter().any(|r| r.name == "Amman"));
        assert!(t.organisations.iter().any(|r| r.name.contains("Hamas")));
        // Who each source names (#12): Fidan by the first two sources too ("his Turkish
        // counterpart, Hakan Fidan"), Netanyahu by the first ("dealing with Benjamin Netanyahu").
        let named_by = |surname: &str| -> Vec<usize> {
            let row = t
                .people
                .iter()
                .find(|r| r.name.ends_with(surname))
                .unwrap_or_else(|| panic!("{surname} not among the people"));
            (0..row.per_article.len())
                .filter(|&a| row.per_article[a] > 0)
                .collect()
        };
        assert_eq!(named_by("Fidan"), vec![0, 1, 2, 3, 4]);
        assert!(named_by("Netanyahu").contains(&0));
        // Places in their common English form, and a country's name is the country.
        let lebanon = t
            .places
            .iter()
            .find(|r| r.name == "Lebanon")
            .expect("Lebanon");
        assert_eq!(
            lebanon.detail, None,
            "Lebanon is the country, not a town of another"
        );
        assert!(t.places.iter().any(|r| r.name == "Rafah"));
    }
}
