//! The URL hash: which view, stop, article and sources are shown, so a link (also inside an
//! iframe) restores the same view and back/forward walk through it. Pure and host-tested.
//!
//! Form: `#view=trip&stop=3&hide=1,4` (1-based numbers, as the page shows them), and for a
//! passage of an open article `#view=sources&article=5&at=1200-1318` (byte offsets into its
//! text, as the engine's spans). Unknown keys and bad values are ignored: a damaged link still
//! opens the page.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Trip,
    Compare,
    Entities,
    Sources,
    /// The trip as one file, embedded, as data, printed.
    Publish,
    /// The user's trips: import, switch, edit.
    Trips,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Trip,
        View::Compare,
        View::Entities,
        View::Sources,
        View::Publish,
        View::Trips,
    ];

    pub fn key(self) -> &'static str {
        match self {
            View::Trip => "trip",
            View::Compare => "compare",
            View::Entities => "names",
            View::Sources => "sources",
            View::Publish => "publish",
            View::Trips => "trips",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Trip => "Trip",
            View::Compare => "Compare",
            View::Entities => "People & places",
            View::Sources => "Articles",
            View::Publish => "Share · export",
            View::Trips => "Your trips · import",
        }
    }
}

/// What the hash says.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    /// Index into `Analysis::stops`.
    pub stop: Option<usize>,
    /// Index into `Analysis::articles` of the article open in the reader.
    pub article: Option<usize>,
    /// Indices of articles hidden from the accounts and the comparison.
    pub hidden: Vec<usize>,
    /// The search box, as typed.
    pub query: String,
    /// A passage of the open article (start and end byte), marked and focused.
    pub passage: Option<(usize, usize)>,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let mut route = Route::default();
        let hash = hash.trim_start_matches('#');
        for pair in hash.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            let number = || {
                value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .map(|n| n - 1)
            };
            match key {
                "view" => {
                    if let Some(v) = View::ALL.iter().find(|v| v.key() == value) {
                        route.view = *v;
                    }
                }
                "stop" => route.stop = number(),
                "article" => route.article = number(),
                "q" => route.query = decode(value),
                "at" => {
                    route.passage = value
                        .split_once('-')
                        .and_then(|(s, e)| Some((s.parse().ok()?, e.parse().ok()?)))
                        .filter(|(s, e): &(usize, usize)| s < e)
                }
                "hide" => {
                    route.hidden = value
                        .split(',')
                        .filter_map(|n| n.parse::<usize>().ok().filter(|n| *n >= 1))
                        .map(|n| n - 1)
                        .collect();
                    tourlens_engine::sort::sort(&mut route.hidden);
                    route.hidden.dedup();
                }
                _ => {}
            }
        }
        route
    }

    pub fn format(&self) -> String {
        let mut parts = vec![format!("view={}", self.view.key())];
        if let Some(s) = self.stop {
            parts.push(format!("stop={}", s + 1));
        }
        if let Some(a) = self.article {
            parts.push(format!("article={}", a + 1));
            if let Some((s, e)) = self.passage {
                parts.push(format!("at={s}-{e}"));
            }
        }
        if !self.hidden.is_empty() {
            let list: Vec<String> = self.hidden.iter().map(|h| (h + 1).to_string()).collect();
            parts.push(format!("hide={}", list.join(",")));
        }
        if !self.query.is_empty() {
            parts.push(format!("q={}", encode(&self.query)));
        }
        format!("#{}", parts.join("&"))
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), UTF-8 bytes.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'*' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes percent-escapes ("+" stays a plus); bad escapes are kept as written.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let cases = [
            Route::default(),
            Route {
                view: View::Trips,
                ..Route::default()
            },
            Route {
                view: View::Compare,
                stop: Some(2),
                article: None,
                hidden: vec![0, 3],
                query: String::new(),
                passage: None,
            },
            Route {
                view: View::Sources,
                stop: Some(0),
                article: Some(4),
                hidden: vec![],
                query: "\"humanitarian pause\" OR Erdoğan -Hamas & 100%".into(),
                passage: None,
            },
            Route {
                view: View::Sources,
                stop: Some(3),
                article: Some(4),
                passage: Some((1200, 1318)),
                ..Route::default()
            },
        ];
        for r in cases {
            assert_eq!(Route::parse(&r.format()), r, "{}", r.format());
        }
    }

    #[test]
    fn damaged_links_still_open() {
        let cases: &[(&str, Route)] = &[
            ("", Route::default()),
            ("#", Route::default()),
            ("#view=nonsense&stop=zero", Route::default()),
            ("#stop=0", Route::default()),
            (
                "#view=names&stop=3&&junk&hide=2,x,2&q=a%20b%zz",
                Route {
                    view: View::Entities,
                    stop: Some(2),
                    article: None,
                    hidden: vec![1],
                    query: "a b%zz".into(),
                    passage: None,
                },
            ),
            // A passage needs start < end; a reversed, empty or half one is dropped.
            (
                "#view=sources&article=2&at=10-5",
                Route {
                    view: View::Sources,
                    article: Some(1),
                    ..Route::default()
                },
            ),
            (
                "#view=sources&article=2&at=7-",
                Route {
                    view: View::Sources,
                    article: Some(1),
                    ..Route::default()
                },
            ),
            (
                "#view=sources&article=2&at=7-9",
                Route {
                    view: View::Sources,
                    article: Some(1),
                    passage: Some((7, 9)),
                    ..Route::default()
                },
            ),
        ];
        for (hash, want) in cases {
            assert_eq!(&Route::parse(hash), want, "{hash}");
        }
    }
}
