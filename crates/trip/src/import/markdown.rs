//! Markdown to the plain lines the engine reads: headings, quotes and list items keep their
//! words without the marks, links keep their text, images and code fences go. A front matter
//! block (`---` … `---`) gives the headline, outlet, date and URL. Pure.

use tourlens_engine::{Day, Meta};

pub fn to_text(md: &str) -> (String, Meta) {
    let mut meta = Meta::default();
    let mut body = md;
    if let Some(rest) = md
        .strip_prefix("---\n")
        .or_else(|| md.strip_prefix("---\r\n"))
    {
        if let Some(end) = rest.find("\n---") {
            for line in rest[..end].lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value
                    .trim()
                    .trim_matches(|c| c == '"' || c == '\'')
                    .to_string();
                if value.is_empty() {
                    continue;
                }
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" | "headline" => meta.headline = Some(value),
                    "outlet" | "source" | "publisher" | "site" => meta.outlet = Some(value),
                    "date" | "published" => meta.date = value.get(..10).and_then(Day::parse_iso),
                    "url" | "link" | "canonical" => meta.url = Some(value),
                    _ => {}
                }
            }
            body = rest[end + 4..].trim_start_matches(['-', '\r', '\n']);
        }
    }
    let mut out = String::with_capacity(body.len());
    let mut fenced = false;
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if !fenced && (t.chars().all(|c| c == '-' || c == '*' || c == '_') && t.len() >= 3) {
            out.push('\n');
            continue;
        }
        let t = if fenced { t } else { strip_marks(t) };
        out.push_str(&inline(t));
        out.push('\n');
    }
    (out, meta)
}

fn strip_marks(line: &str) -> &str {
    let l = line.trim_start_matches('#').trim_start();
    let l = l.trim_start_matches('>').trim_start();
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = l.strip_prefix(bullet) {
            return rest;
        }
    }
    l
}

/// Links to their text, images dropped, emphasis and code marks removed.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('[') {
        let image = rest[..at].ends_with('!');
        let close = rest[at..].find("](").map(|c| at + c);
        let end = close.and_then(|c| rest[c..].find(')').map(|e| c + e));
        match (close, end) {
            (Some(c), Some(e)) => {
                out.push_str(&rest[..if image { at - 1 } else { at }]);
                if !image {
                    out.push_str(&rest[at + 1..c]);
                }
                rest = &rest[e + 1..];
            }
            _ => {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_go_and_words_stay() {
        let cases: &[(&str, &str)] = &[
            ("# Xi in Paris\n", "Xi in Paris\n"),
            ("> quoted line\n", "quoted line\n"),
            ("- a **bold** item\n", "a bold item\n"),
            (
                "See [the report](https://x.org/a) here.\n",
                "See the report here.\n",
            ),
            ("![photo](p.jpg)Caption\n", "Caption\n"),
            ("a [bracket without link\n", "a [bracket without link\n"),
            ("```\ncode()\n```\n", "code()\n"),
            ("---\n", "\n"),
        ];
        for (md, text) in cases {
            assert_eq!(to_text(md).0, *text, "{md:?}");
        }
    }

    #[test]
    fn front_matter_gives_metadata() {
        let md = "---\ntitle: \"Xi visits Serbia\"\nsource: Wire\ndate: 2024-05-08T10:00:00Z\nurl: https://x.org/a\n---\n\nBody line.\n";
        let (text, meta) = to_text(md);
        assert_eq!(text, "Body line.\n");
        assert_eq!(meta.headline.as_deref(), Some("Xi visits Serbia"));
        assert_eq!(meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(meta.date, Day::parse_iso("2024-05-08"));
        assert_eq!(meta.url.as_deref(), Some("https://x.org/a"));
    }
}
