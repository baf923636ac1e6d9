//! A `.json` file: a tourlens trip export (`{"tourlens_trip": 1, …}`) or a plain list of
//! articles (`[{headline, outlet, date, url, text}]`, or such a list under `"articles"`). A
//! malformed file or an item without text is refused with the place it went wrong. Pure.

use crate::trip::{Trip, FORMAT};
use serde::Deserialize;
use serde_json::Value;
use tourlens_engine::{ArticleInput, Day, Meta};

/// What a JSON file holds.
#[derive(Debug, PartialEq)]
pub enum Json {
    Trip(Box<Trip>),
    Articles(Vec<ArticleInput>),
}

/// One item of a plain list.
#[derive(Deserialize)]
struct Plain {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    headline: Option<String>,
    #[serde(default, alias = "source", alias = "publisher")]
    outlet: Option<String>,
    #[serde(default, alias = "published")]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default, alias = "body")]
    text: Option<String>,
}

pub fn read(file: &str, text: &str) -> Result<Json, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "not valid JSON ({} at line {}, column {})",
            category(&e),
            e.line(),
            e.column()
        )
    })?;
    if let Some(version) = value.get("tourlens_trip") {
        return match version.as_u64() {
            // Read again from the text, not from `value`: a trip is read from text in the store
            // too, and one reading of `Trip` is compiled instead of two (#14).
            Some(v) if v == u64::from(FORMAT) => serde_json::from_str::<Trip>(text)
                .map(|t| Json::Trip(Box::new(t.repaired())))
                .map_err(|e| format!("a tourlens trip, but damaged: {e}")),
            Some(v) if v > u64::from(FORMAT) => Err(format!(
                "a trip from a newer tourlens (format {v}); this one reads format {FORMAT}"
            )),
            _ => Err("a tourlens trip, but its format number is not one".into()),
        };
    }
    let items = match &value {
        Value::Array(items) => items,
        Value::Object(o) => match o.get("articles") {
            Some(Value::Array(items)) => items,
            _ => return Err("neither a tourlens trip nor a list of articles".into()),
        },
        _ => return Err("neither a tourlens trip nor a list of articles".into()),
    };
    if items.is_empty() {
        return Err("the list of articles is empty".into());
    }
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let mut out = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let plain: Plain = serde_json::from_value(item.clone())
            .map_err(|e| format!("item {} is not an article: {e}", n + 1))?;
        let text = plain
            .text
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| format!("item {} has no text (each article needs a \"text\")", n + 1))?;
        let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        out.push(ArticleInput {
            id: clean(plain.id).unwrap_or_else(|| format!("{stem} #{}", n + 1)),
            text,
            meta: Meta {
                headline: clean(plain.headline),
                outlet: clean(plain.outlet),
                date: plain
                    .date
                    .and_then(|d| d.trim().get(..10).and_then(Day::parse_iso)),
                url: clean(plain.url)
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                traveller: None,
            },
        });
    }
    Ok(Json::Articles(out))
}

fn category(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "it ends too early",
        serde_json::error::Category::Syntax => "a syntax error",
        serde_json::error::Category::Data => "unexpected data",
        serde_json::error::Category::Io => "a read error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lists_and_trips() {
        let list = r#"[{"headline":" H ","outlet":"O","date":"2024-05-07","url":"javascript:x","text":"Body."},
                       {"text":"Second."}]"#;
        let Ok(Json::Articles(a)) = read("list.json", list) else {
            panic!("a list");
        };
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].meta.headline.as_deref(), Some("H"));
        assert_eq!(a[0].meta.date, Day::parse_iso("2024-05-07"));
        assert_eq!(a[0].meta.url, None, "only http(s) URLs");
        assert_eq!(a[1].id, "list #2");
        let wrapped = r#"{"articles":[{"text":"x"}]}"#;
        assert!(matches!(read("w.json", wrapped), Ok(Json::Articles(_))));
        let trip = serde_json::to_string(&Trip::new("Mine", a)).expect("serialises");
        let Ok(Json::Trip(t)) = read("trip.json", &trip) else {
            panic!("a trip");
        };
        assert_eq!(t.title, "Mine");
    }

    #[test]
    fn bad_json_says_where_and_what() {
        let cases: &[(&str, &str)] = &[
            (
                "{\"headline\": \"x\",\n  text: 1}",
                "not valid JSON (a syntax error at line 2",
            ),
            ("[{\"headline\": \"x\"", "not valid JSON (it ends too early"),
            ("[]", "the list of articles is empty"),
            ("[{\"headline\":\"x\"}]", "item 1 has no text"),
            ("[{\"text\": 5}]", "item 1 is not an article"),
            ("42", "neither a tourlens trip nor a list of articles"),
            (
                "{\"tourlens_trip\": 7}",
                "a trip from a newer tourlens (format 7)",
            ),
            (
                "{\"tourlens_trip\": 1, \"title\": 3}",
                "a tourlens trip, but damaged",
            ),
        ];
        for (text, want) in cases {
            let got = read("f.json", text).expect_err(text);
            assert!(got.starts_with(want), "{text}: {got}");
        }
    }
}
