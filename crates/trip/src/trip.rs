//! A trip as the user keeps it: its articles, the ones removed, and every edit, as data. The
//! same structure is the trip export format (`docs/trip.schema.json`), what the browser stores,
//! and what a `.json` file imports. Pure: the reducer changes a trip only through these methods.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use tourlens_engine::{ArticleInput, Day, Edits, Meta, StopEdit};

/// The export format's version (`"tourlens_trip": 1`).
pub const FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Trip {
    /// Always [`FORMAT`]; what marks a JSON file as a tourlens trip.
    pub tourlens_trip: u32,
    pub title: String,
    /// Every article, removed ones included, each with its metadata as the engine should take
    /// it: what the file gave, with the user's corrections over it.
    pub articles: Vec<ArticleInput>,
    /// Ids of articles the user removed: kept, so they can be restored, but not analysed.
    #[serde(default)]
    pub removed: Vec<String>,
    /// The user's corrections the engine applies on every analysis (traveller, stops).
    #[serde(default)]
    pub edits: Edits,
    /// For each article whose metadata the user corrected, the metadata as imported: what
    /// "back to the engine's result" restores and what tells an edited field.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub imported_meta: BTreeMap<String, Meta>,
}

/// A metadata field the user can correct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaField {
    Outlet,
    Headline,
    Date,
    Url,
}

impl MetaField {
    pub const ALL: [MetaField; 4] = [
        MetaField::Outlet,
        MetaField::Headline,
        MetaField::Date,
        MetaField::Url,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MetaField::Outlet => "Outlet",
            MetaField::Headline => "Headline",
            MetaField::Date => "Date",
            MetaField::Url => "URL",
        }
    }

    /// The field's value in `meta`, as the user edits it ("2024-05-07" for a date).
    pub fn get(self, meta: &Meta) -> Option<String> {
        match self {
            MetaField::Outlet => meta.outlet.clone(),
            MetaField::Headline => meta.headline.clone(),
            MetaField::Date => meta.date.map(|d| iso(&d)),
            MetaField::Url => meta.url.clone(),
        }
    }
}

/// A day as `YYYY-MM-DD`.
pub fn iso(d: &Day) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// One article offered to a trip, and the file (or paste) it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Offered {
    pub source: String,
    pub article: ArticleInput,
}

/// What became of an offered article.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Added,
    /// The same text is already in the trip, as this article (its headline or id).
    Duplicate(String),
}

impl Trip {
    pub fn new(title: &str, articles: Vec<ArticleInput>) -> Trip {
        Trip {
            tourlens_trip: FORMAT,
            title: title.to_string(),
            articles,
            removed: Vec::new(),
            edits: Edits::default(),
            imported_meta: BTreeMap::new(),
        }
    }

    /// What the engine analyses: the articles not removed, in order.
    pub fn inputs(&self) -> Vec<ArticleInput> {
        self.articles
            .iter()
            .filter(|a| !self.removed.contains(&a.id))
            .cloned()
            .collect()
    }

    /// How many articles the engine analyses (those not removed).
    pub fn count(&self) -> usize {
        self.articles
            .iter()
            .filter(|a| !self.removed.contains(&a.id))
            .count()
    }

    /// Whether `other` gives the engine other input than this trip (articles or edits).
    pub fn reads_differently(&self, other: &Trip) -> bool {
        self.articles != other.articles
            || self.removed != other.removed
            || self.edits != other.edits
    }

    pub fn article(&self, id: &str) -> Option<&ArticleInput> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Adds the offered articles in order; an article whose text is already in the trip (or
    /// earlier in the same offer) is not added and is named as a duplicate. Ids are made unique.
    pub fn add(&mut self, offered: Vec<Offered>) -> Vec<(Offered, Outcome)> {
        let mut out = Vec::with_capacity(offered.len());
        // Each text's key once (a 200-article import compared every pair before).
        let mut keys: std::collections::HashMap<String, usize> = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (text_key(&a.text), i))
            .collect();
        for o in offered {
            let key = text_key(&o.article.text);
            if let Some(same) = keys.get(&key).and_then(|&i| self.articles.get(i)) {
                let name = same
                    .meta
                    .headline
                    .clone()
                    .unwrap_or_else(|| same.id.clone());
                let removed = if self.removed.contains(&same.id) {
                    " (removed; restore it instead)"
                } else {
                    ""
                };
                out.push((o, Outcome::Duplicate(format!("{name}{removed}"))));
                continue;
            }
            let mut article = o.article.clone();
            article.id = self.unique_id(&article.id);
            keys.insert(key, self.articles.len());
            self.articles.push(article);
            out.push((o, Outcome::Added));
        }
        out
    }

    fn unique_id(&self, wanted: &str) -> String {
        let wanted = if wanted.trim().is_empty() {
            "article"
        } else {
            wanted.trim()
        };
        if self.article(wanted).is_none() {
            return wanted.to_string();
        }
        (2..)
            .map(|n| format!("{wanted} ({n})"))
            .find(|id| self.article(id).is_none())
            .unwrap_or_default()
    }

    /// Sets (or, with an empty value, clears) a metadata field of an article. A date must be
    /// `YYYY-MM-DD`; the error says so and nothing changes.
    pub fn set_meta(&mut self, id: &str, field: MetaField, value: &str) -> Result<(), String> {
        let value = value.trim();
        let Some(at) = self.articles.iter().position(|a| a.id == id) else {
            return Err(format!("no article {id} in this trip"));
        };
        let text = (!value.is_empty()).then(|| value.to_string());
        let mut meta = self.articles[at].meta.clone();
        match field {
            MetaField::Outlet => meta.outlet = text,
            MetaField::Headline => meta.headline = text,
            MetaField::Url => meta.url = text,
            MetaField::Date => {
                meta.date = match text {
                    None => None,
                    Some(t) => Some(Day::parse_iso(&t).ok_or_else(|| {
                        format!("“{t}” is not a date: write it as YYYY-MM-DD, e.g. 2024-05-07")
                    })?),
                }
            }
        }
        if meta == self.articles[at].meta {
            return Ok(());
        }
        let before = self.articles[at].meta.clone();
        self.imported_meta.entry(id.to_string()).or_insert(before);
        self.articles[at].meta = meta;
        if self.imported_meta.get(id) == Some(&self.articles[at].meta) {
            self.imported_meta.remove(id);
        }
        Ok(())
    }

    /// The fields of an article the user changed.
    pub fn edited_fields(&self, id: &str) -> Vec<MetaField> {
        let (Some(now), Some(was)) = (self.article(id), self.imported_meta.get(id)) else {
            return Vec::new();
        };
        MetaField::ALL
            .into_iter()
            .filter(|f| f.get(&now.meta) != f.get(was))
            .collect()
    }

    /// Back to the metadata as imported, for one article.
    pub fn reset_meta(&mut self, id: &str) {
        if let Some(was) = self.imported_meta.remove(id) {
            if let Some(a) = self.articles.iter_mut().find(|a| a.id == id) {
                a.meta = was;
            }
        }
    }

    pub fn remove(&mut self, id: &str) {
        if self.article(id).is_some() && !self.removed.iter().any(|r| r == id) {
            self.removed.push(id.to_string());
        }
    }

    pub fn restore(&mut self, id: &str) {
        self.removed.retain(|r| r != id);
    }

    pub fn set_traveller(&mut self, name: &str) {
        let name = name.trim();
        self.edits.traveller = (!name.is_empty()).then(|| name.to_string());
    }

    pub fn add_stop_edit(&mut self, edit: StopEdit) {
        // Two orders in a row: the second says all the first did.
        if let (Some(StopEdit::Order { .. }), StopEdit::Order { .. }) =
            (self.edits.stops.last(), &edit)
        {
            self.edits.stops.pop();
        }
        self.edits.stops.push(edit);
    }

    pub fn remove_stop_edit(&mut self, at: usize) {
        if at < self.edits.stops.len() {
            self.edits.stops.remove(at);
        }
    }

    /// Whether anything of the engine's result is overridden (traveller, stops, metadata).
    pub fn is_edited(&self) -> bool {
        self.edits != Edits::default() || !self.imported_meta.is_empty()
    }

    /// Every correction undone: the engine's own result on the same articles.
    pub fn back_to_engine(&mut self) {
        self.edits = Edits::default();
        for id in self.imported_meta.keys().cloned().collect::<Vec<_>>() {
            self.reset_meta(&id);
        }
    }

    /// The trip as read back from storage or a file, made consistent: unknown removed ids and
    /// originals of articles that are gone are dropped, ids made unique.
    pub fn repaired(mut self) -> Trip {
        let mut seen: Vec<String> = Vec::new();
        for a in &mut self.articles {
            let mut id = a.id.clone();
            let mut n = 2;
            while seen.contains(&id) {
                id = format!("{} ({n})", a.id);
                n += 1;
            }
            a.id = id.clone();
            seen.push(id);
        }
        self.removed.retain(|r| seen.contains(r));
        self.imported_meta.retain(|id, _| seen.contains(id));
        self.tourlens_trip = FORMAT;
        self
    }
}

/// Text compared for duplicates: white space runs as one space, trimmed.
fn text_key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> ArticleInput {
        ArticleInput {
            id: id.into(),
            text: text.into(),
            meta: Meta::default(),
        }
    }

    fn offered(id: &str, text: &str) -> Offered {
        Offered {
            source: id.into(),
            article: article(id, text),
        }
    }

    #[test]
    fn duplicates_are_named_and_not_added() {
        let mut trip = Trip::new("t", vec![article("a.txt", "One  text.\n")]);
        let out = trip.add(vec![
            offered("b.txt", "One text."),
            offered("a.txt", "Another text."),
            offered("c.txt", "Another\ntext."),
        ]);
        let outcomes: Vec<&Outcome> = out.iter().map(|(_, o)| o).collect();
        assert_eq!(
            outcomes,
            [
                &Outcome::Duplicate("a.txt".into()),
                &Outcome::Added,
                &Outcome::Duplicate("a.txt (2)".into()),
            ]
        );
        assert_eq!(trip.articles.len(), 2);
        assert_eq!(trip.articles[1].id, "a.txt (2)", "ids stay unique");
    }

    #[test]
    fn a_removed_duplicate_says_restore_it() {
        let mut trip = Trip::new("t", vec![article("a", "Text.")]);
        trip.remove("a");
        assert!(trip.inputs().is_empty());
        let out = trip.add(vec![offered("b", "Text.")]);
        assert_eq!(
            out[0].1,
            Outcome::Duplicate("a (removed; restore it instead)".into())
        );
        trip.restore("a");
        assert_eq!(trip.inputs().len(), 1);
    }

    #[test]
    fn meta_edits_are_marked_and_go_back() {
        let mut trip = Trip::new("t", vec![article("a", "Text.")]);
        trip.articles[0].meta.outlet = Some("From the page".into());
        let cases: &[(MetaField, &str, Option<&str>)] = &[
            (MetaField::Outlet, "Reuters", Some("Reuters")),
            (MetaField::Headline, "A headline", Some("A headline")),
            (MetaField::Date, " 2024-05-07 ", Some("2024-05-07")),
            (
                MetaField::Url,
                "https://example.org/a",
                Some("https://example.org/a"),
            ),
        ];
        for (field, value, want) in cases {
            trip.set_meta("a", *field, value).expect("valid");
            assert_eq!(
                field.get(&trip.articles[0].meta).as_deref(),
                *want,
                "{field:?}"
            );
        }
        assert_eq!(trip.edited_fields("a"), MetaField::ALL.to_vec());
        assert!(trip.set_meta("a", MetaField::Date, "7 May").is_err());
        assert_eq!(trip.articles[0].meta.date, Day::parse_iso("2024-05-07"));
        trip.reset_meta("a");
        assert_eq!(
            trip.articles[0].meta.outlet.as_deref(),
            Some("From the page")
        );
        assert!(trip.edited_fields("a").is_empty());
        assert!(!trip.is_edited());
    }

    #[test]
    fn setting_a_field_back_by_hand_is_no_edit() {
        let mut trip = Trip::new("t", vec![article("a", "Text.")]);
        trip.set_meta("a", MetaField::Outlet, "X").expect("valid");
        trip.set_meta("a", MetaField::Outlet, "").expect("valid");
        assert!(trip.imported_meta.is_empty());
    }

    #[test]
    fn back_to_engine_clears_every_edit() {
        let mut trip = Trip::new("t", vec![article("a", "Text.")]);
        trip.set_traveller("Xi Jinping");
        trip.set_meta("a", MetaField::Headline, "H").expect("valid");
        trip.add_stop_edit(StopEdit::NotAStop {
            stop: Default::default(),
        });
        assert!(trip.is_edited());
        trip.back_to_engine();
        assert!(!trip.is_edited());
        assert_eq!(trip.articles[0].meta, Meta::default());
    }

    #[test]
    fn consecutive_orders_collapse() {
        let mut trip = Trip::new("t", vec![]);
        trip.add_stop_edit(StopEdit::Order { stops: vec![] });
        trip.add_stop_edit(StopEdit::Order { stops: vec![] });
        assert_eq!(trip.edits.stops.len(), 1);
    }

    #[test]
    fn the_schema_names_every_field_the_format_writes() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../docs/trip.schema.json")).expect("schema");
        let mut trip = Trip::new("t", vec![article("a", "x")]);
        trip.set_meta("a", MetaField::Outlet, "O").expect("valid");
        trip.removed.push("a".into());
        let written = serde_json::to_value(&trip).expect("serialises");
        let (Some(fields), Some(known)) = (written.as_object(), schema["properties"].as_object())
        else {
            panic!("objects");
        };
        assert!(fields.len() >= 6);
        for key in fields.keys() {
            assert!(known.contains_key(key), "{key} is not in the schema");
        }
        for key in schema["required"].as_array().expect("required") {
            assert!(fields.contains_key(key.as_str().unwrap_or("")), "{key}");
        }
        let meta_known = schema["$defs"]["meta"]["properties"]
            .as_object()
            .expect("meta");
        let meta = written["articles"][0]["meta"]
            .as_object()
            .expect("meta written");
        assert!(meta.keys().all(|k| meta_known.contains_key(k)));
    }

    #[test]
    fn the_format_round_trips_and_repairs() {
        let mut trip = Trip::new("t", vec![article("a", "x"), article("a", "y")]);
        trip.removed.push("gone".into());
        let json = serde_json::to_string(&trip).expect("serialises");
        assert!(json.starts_with("{\"tourlens_trip\":1,"));
        let back: Trip = serde_json::from_str(&json).expect("parses");
        let fixed = back.repaired();
        assert_eq!(fixed.articles[1].id, "a (2)");
        assert!(fixed.removed.is_empty());
    }
}
