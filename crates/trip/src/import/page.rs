//! A saved web page's metadata and story text, as read from its DOM (`dom.rs`), turned into an
//! article: headline from `og:title`, JSON-LD `headline`, `<title>`; outlet from
//! `og:site_name`, JSON-LD `publisher`; date from `article:published_time`, JSON-LD
//! `datePublished`, `<time datetime>`; URL from the canonical link, `og:url`, JSON-LD `url`.
//! Only http(s) URLs are kept. Pure, so it is tested on the host.

use serde_json::Value;
use tourlens_engine::{ArticleInput, Day, Meta};

/// Elements that never hold story text, dropped before the text is taken (CSS selectors: the
/// browser's `DOMParser` walk and the host's html5ever walk both use these).
pub const NOT_STORY: &str =
    "script,style,noscript,template,iframe,frame,object,embed,svg,math,canvas,\
    form,button,select,textarea,nav,aside,footer,body > header,[hidden],[aria-hidden=true],x-style";

/// The elements read as one line each; a block inside another is read with its parent.
pub const BLOCKS: &str = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,dt,dd,td,th";

/// Where the story is: the `<article>` with the most text, else this, else the body.
pub const MAIN: &str = "main, [role=main]";

/// What the page says about itself, each as found (empty when absent).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageFacts {
    pub title: String,
    pub og_title: String,
    pub og_site_name: String,
    pub og_url: String,
    pub published_time: String,
    pub time_datetime: String,
    pub canonical: String,
    /// The text of each `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// The story text, one block (paragraph, heading, list item) per line.
    pub text: String,
}

/// The page's source with what the parser would check against the page's Content-Security-
/// Policy renamed out of reach: `<base>` and `<style>` elements and `on…`, `style` and `srcdoc`
/// attributes become `x-…`. A parsed document shares the page's policy: left as they are, they
/// would raise CSP violation reports (nothing would run either way). Tag scanning honours quotes.
pub fn neutralise(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 64);
    let b = source.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    let starts = |at: usize, word: &str| {
        b.get(at..at + word.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(word.as_bytes()))
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        // Element names: <base, <style, </style.
        let name_at = if b.get(i + 1) == Some(&b'/') {
            i + 2
        } else {
            i + 1
        };
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let mut marks = Vec::new();
        if starts(name_at, "base") || starts(name_at, "style") {
            marks.push(name_at);
        }
        // Attributes, up to the tag's end.
        let mut j = name_at;
        let mut quote = None;
        while j < b.len() {
            let c = b[j];
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == b'"' || c == b'\'' => quote = Some(c),
                None if c == b'>' => break,
                None if (c.is_ascii_whitespace() || c == b'/')
                    && (starts(j + 1, "on")
                        || starts(j + 1, "style")
                        || starts(j + 1, "srcdoc")) =>
                {
                    marks.push(j + 1)
                }
                None => {}
            }
            j += 1;
        }
        for m in marks {
            out.push_str(&source[copied..m]);
            out.push_str("x-");
            copied = m;
        }
        i = j.max(i + 1);
    }
    out.push_str(&source[copied..]);
    out
}

/// What JSON-LD says about the article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    publisher: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

pub fn to_article(id: &str, facts: &PageFacts) -> ArticleInput {
    let ld = facts
        .json_ld
        .iter()
        .filter_map(|s| serde_json::from_str::<Value>(s).ok())
        .find_map(|v| news_article(&v))
        .unwrap_or_default();
    let some = |s: &str| {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        (!s.is_empty()).then_some(s)
    };
    let outlet = some(&facts.og_site_name).or(ld.publisher.clone());
    let headline = some(&facts.og_title)
        .or(ld.headline.clone())
        .or_else(|| some(&facts.title).map(|t| without_site(&t, outlet.as_deref())));
    let date = [
        facts.published_time.as_str(),
        ld.published.as_deref().unwrap_or(""),
        facts.time_datetime.as_str(),
    ]
    .into_iter()
    .find_map(|d| d.trim().get(..10).and_then(Day::parse_iso));
    let url = [
        facts.canonical.as_str(),
        facts.og_url.as_str(),
        ld.url.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .map(str::trim)
    .find(|u| u.starts_with("https://") || u.starts_with("http://"))
    .map(str::to_string);
    ArticleInput {
        id: id.to_string(),
        text: facts.text.clone(),
        meta: Meta {
            outlet,
            headline,
            date,
            url,
            traveller: None,
        },
    }
}

/// "Headline | Site" or "Headline - Site" → "Headline", when the site is the outlet.
fn without_site(title: &str, outlet: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some((head, site)) = title.rsplit_once(sep) {
            let same = match outlet {
                Some(o) => o.eq_ignore_ascii_case(site.trim()),
                None => true,
            };
            if same {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The first NewsArticle (or Article, Report…) in a JSON-LD value, `@graph` and lists included.
fn news_article(v: &Value) -> Option<LinkedData> {
    match v {
        Value::Array(items) => items.iter().find_map(news_article),
        Value::Object(o) => {
            if let Some(graph) = o.get("@graph") {
                if let Some(found) = news_article(graph) {
                    return Some(found);
                }
            }
            let types: Vec<&str> = match o.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !types
                .iter()
                .any(|t| t.ends_with("Article") || *t == "Report")
            {
                return None;
            }
            let text = |key: &str| match o.get(key) {
                Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
                _ => None,
            };
            let publisher = match o.get("publisher") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Object(p)) => p.get("name").and_then(Value::as_str).map(str::to_string),
                Some(Value::Array(ps)) => ps
                    .iter()
                    .find_map(|p| p.get("name").and_then(Value::as_str))
                    .map(str::to_string),
                _ => None,
            };
            let url = text("url").or_else(|| match o.get("mainEntityOfPage") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Object(m)) => m.get("@id").and_then(Value::as_str).map(str::to_string),
                _ => None,
            });
            Some(LinkedData {
                headline: text("headline").or_else(|| text("name")),
                publisher,
                published: text("datePublished").or_else(|| text("dateCreated")),
                url,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_policy_would_check_is_renamed() {
        let cases: &[(&str, &str)] = &[
            ("<p onclick=\"x()\">a</p>", "<p x-onclick=\"x()\">a</p>"),
            (
                "<IMG SRC=x ONERROR=alert(1)>",
                "<IMG SRC=x x-ONERROR=alert(1)>",
            ),
            ("<svg/onload=x>", "<svg/x-onload=x>"),
            (
                "<div title=\"a onclick=b\" style='c'>",
                "<div title=\"a onclick=b\" x-style='c'>",
            ),
            (
                "<base href=x><style>p{}</style>",
                "<x-base href=x><x-style>p{}</x-style>",
            ),
            (
                "<iframe srcdoc=\"<script>\">",
                "<iframe x-srcdoc=\"<script>\">",
            ),
            ("a < b and 3<4 online", "a < b and 3<4 online"),
            ("<p>Erdoğan onward</p>", "<p>Erdoğan onward</p>"),
            ("<a href=x", "<a href=x"),
        ];
        for (html, want) in cases {
            assert_eq!(neutralise(html), *want, "{html}");
        }
    }

    fn facts() -> PageFacts {
        PageFacts {
            text: "Story.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn metadata_by_precedence() {
        let ld = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2024-05-06T08:00:00+02:00",
             "publisher":{"@type":"Organization","name":"LD Outlet"},"mainEntityOfPage":{"@id":"https://ld.example/a"}}]}"#;
        let cases: Vec<(&str, PageFacts, Meta)> = vec![
            (
                "title only, site suffix dropped when it is the outlet",
                PageFacts {
                    title: "Xi lands in Paris | The Daily".into(),
                    og_site_name: "The Daily".into(),
                    ..facts()
                },
                Meta {
                    outlet: Some("The Daily".into()),
                    headline: Some("Xi lands in Paris".into()),
                    ..Default::default()
                },
            ),
            (
                "og over JSON-LD over title",
                PageFacts {
                    title: "T".into(),
                    og_title: "OG headline".into(),
                    og_site_name: "OG Site".into(),
                    published_time: "2024-05-07T10:00:00Z".into(),
                    canonical: "https://c.example/a".into(),
                    json_ld: vec![ld.into()],
                    ..facts()
                },
                Meta {
                    outlet: Some("OG Site".into()),
                    headline: Some("OG headline".into()),
                    date: Day::parse_iso("2024-05-07"),
                    url: Some("https://c.example/a".into()),
                    traveller: None,
                },
            ),
            (
                "JSON-LD alone (in a @graph)",
                PageFacts {
                    json_ld: vec!["not json".into(), ld.into()],
                    ..facts()
                },
                Meta {
                    outlet: Some("LD Outlet".into()),
                    headline: Some("LD headline".into()),
                    date: Day::parse_iso("2024-05-06"),
                    url: Some("https://ld.example/a".into()),
                    traveller: None,
                },
            ),
            (
                "time element, and a javascript: URL refused",
                PageFacts {
                    time_datetime: "2024-05-09".into(),
                    canonical: "javascript:alert(1)".into(),
                    ..facts()
                },
                Meta {
                    date: Day::parse_iso("2024-05-09"),
                    ..Default::default()
                },
            ),
            (
                "a bad date is no date",
                PageFacts {
                    published_time: "yesterday".into(),
                    ..facts()
                },
                Meta::default(),
            ),
        ];
        for (name, f, want) in cases {
            assert_eq!(to_article("p.html", &f).meta, want, "{name}");
        }
    }
}
