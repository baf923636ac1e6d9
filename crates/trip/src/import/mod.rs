//! Import: a file (or a paste) to articles, or to the one problem that stops it, said so the
//! user can act ("report.pdf: a PDF document, not text"). Each file on its own: one bad file
//! never stops the others, and nothing reaches the trip until the caller adds what was read.
//! `read` is pure; the HTML parser is passed in (the browser's DOMParser in the app, an
//! html5ever walk in `cargo xtask build --articles`), both reading a page by the rules in
//! `page.rs`.

pub mod decode;
pub mod json;
pub mod markdown;
pub mod page;

use crate::trip::Trip;
use decode::{Encoding, Format};
use page::PageFacts;
use tourlens_engine::{ArticleInput, Meta};

/// What one file (or paste) gave.
#[derive(Debug, PartialEq)]
pub struct FileRead {
    /// The file's name, as the user knows it.
    pub file: String,
    pub result: Result<Contents, String>,
    /// Worth saying but no problem: "read as Windows-1252 (it was not UTF-8)".
    pub note: Option<String>,
}

#[derive(Debug, PartialEq)]
pub enum Contents {
    Articles(Vec<ArticleInput>),
    /// A whole trip export: its articles, edits and title.
    Trip(Box<Trip>),
}

/// A file refused before it is read (too large), or none.
pub fn refuse_by_size(bytes: u64) -> Option<String> {
    (bytes > decode::MAX_BYTES).then(|| {
        format!(
            "too large ({:.1} MB; the limit is {} MB per file)",
            bytes as f64 / 1_048_576.0,
            decode::MAX_BYTES / 1_048_576
        )
    })
}

/// Reads one file's bytes. `html` turns a page's source into its facts (the DOM parser).
pub fn read(file: &str, bytes: &[u8], html: &dyn Fn(&str) -> PageFacts) -> FileRead {
    let fail = |problem: String| FileRead {
        file: file.to_string(),
        result: Err(problem),
        note: None,
    };
    if let Some(problem) = refuse_by_size(bytes.len() as u64) {
        return fail(problem);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fail("the file is empty".into());
    }
    if let Some(kind) = decode::binary_kind(bytes) {
        return fail(format!(
            "{kind}, not text; tourlens reads .txt, .md, .html, .htm and .json"
        ));
    }
    let format = match decode::format_of(file) {
        Ok(f) => f,
        Err(problem) => return fail(problem),
    };
    let (text, encoding) = decode::decode(bytes);
    let note = (encoding == Encoding::Windows1252)
        .then(|| "read as Windows-1252 / Latin-1: it was not UTF-8".to_string());
    let result = match format {
        Format::Text => Ok(Contents::Articles(vec![ArticleInput {
            id: file.to_string(),
            text,
            meta: Meta::default(),
        }])),
        Format::Markdown => {
            let (text, meta) = markdown::to_text(&text);
            Ok(Contents::Articles(vec![ArticleInput {
                id: file.to_string(),
                text,
                meta,
            }]))
        }
        Format::Html => {
            let article = page::to_article(file, &html(&text));
            if article.text.trim().is_empty() {
                Err("no story text found in the page".into())
            } else {
                Ok(Contents::Articles(vec![article]))
            }
        }
        Format::Json => json::read(file, &text).map(|j| match j {
            json::Json::Trip(t) => Contents::Trip(t),
            json::Json::Articles(a) => Contents::Articles(a),
        }),
    };
    let result = result.and_then(|c| match &c {
        Contents::Articles(a) if a.iter().all(|a| a.text.trim().is_empty()) => {
            Err("the file is empty".into())
        }
        _ => Ok(c),
    });
    FileRead {
        file: file.to_string(),
        result,
        note,
    }
}

/// A pasted article: one paste, one article.
pub fn pasted(n: usize, text: &str) -> FileRead {
    let file = format!("pasted text {n}");
    FileRead {
        result: if text.trim().is_empty() {
            Err("the paste is empty".into())
        } else if let Some(problem) = refuse_by_size(text.len() as u64) {
            Err(problem)
        } else {
            Ok(Contents::Articles(vec![ArticleInput {
                id: file.clone(),
                text: text.to_string(),
                meta: Meta::default(),
            }]))
        },
        file,
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_html(_: &str) -> PageFacts {
        PageFacts::default()
    }

    #[test]
    fn every_bad_input_is_named() {
        let big = vec![b'a'; (decode::MAX_BYTES + 1) as usize];
        let cases: Vec<(&str, &[u8], &str)> = vec![
            ("empty.txt", b"", "the file is empty"),
            ("blank.txt", b" \n\t\n", "the file is empty"),
            ("scan.pdf", b"%PDF-1.4", "a PDF document, not text"),
            ("scan.txt", b"%PDF-1.4\n", "a PDF document, not text"),
            (
                "photo.jpg.txt",
                b"\xFF\xD8\xFF\xE0",
                "a JPEG image, not text",
            ),
            (
                "huge.txt",
                &big,
                "too large (10.0 MB; the limit is 10 MB per file)",
            ),
            ("bad.json", b"{", "not valid JSON"),
            (
                "page.html",
                b"<html></html>",
                "no story text found in the page",
            ),
            ("notes.docx", b"PK\x03\x04", "a ZIP archive"),
            ("table.csv", b"a,b\n", "unsupported type: a .csv file"),
        ];
        for (file, bytes, want) in cases {
            let got = read(file, bytes, &no_html);
            assert_eq!(got.file, file);
            match got.result {
                Err(e) => assert!(e.starts_with(want), "{file}: {e}"),
                Ok(c) => panic!("{file}: read {c:?}"),
            }
        }
    }

    #[test]
    fn latin1_is_read_and_said() {
        let got = read("old.txt", b"Caf\xE9 in Belgrade.", &no_html);
        assert_eq!(
            got.result,
            Ok(Contents::Articles(vec![ArticleInput {
                id: "old.txt".into(),
                text: "Café in Belgrade.".into(),
                meta: Meta::default()
            }]))
        );
        assert!(got.note.is_some_and(|n| n.contains("Windows-1252")));
        assert_eq!(read("new.txt", "Café".as_bytes(), &no_html).note, None);
    }

    #[test]
    fn html_goes_through_the_parser() {
        let parse = |src: &str| PageFacts {
            og_title: "From og".into(),
            text: format!("{} bytes of page", src.len()),
            ..Default::default()
        };
        let got = read("p.htm", b"<p>x</p>", &parse);
        let Ok(Contents::Articles(a)) = got.result else {
            panic!("read");
        };
        assert_eq!(a[0].meta.headline.as_deref(), Some("From og"));
        assert_eq!(a[0].text, "8 bytes of page");
    }

    /// No input makes import panic: random bytes and every prefix of tricky texts, through
    /// every reader (a fixed-seed generator, so a failure repeats).
    #[test]
    fn no_bytes_make_import_panic() {
        let tricky: &[&str] = &[
            "---\ntitle: x\ndate: 2024-13-45\n---",
            "[a](b) ![c](d) [e](f ``` **",
            "{\"tourlens_trip\": 1, \"title\": \"t\", \"articles\": [{\"id\": \"a\", \"text\": \"Erdoğan\"}]}",
            "[{\"text\": \"é\", \"date\": \"2024-05-07T\"}]",
            "<p onclick='x' style=\"y\">Erdoğan <base href=z><style>a{}</style></p>",
        ];
        let mut inputs: Vec<Vec<u8>> = Vec::new();
        for t in tricky {
            for end in 0..=t.len() {
                inputs.push(t.as_bytes()[..end].to_vec());
            }
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for n in 0..300 {
            let bytes: Vec<u8> = (0..(n % 97))
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x >> 24) as u8
                })
                .collect();
            inputs.push(bytes);
        }
        for bytes in &inputs {
            for name in ["a.txt", "a.md", "a.json", "a.html", "a"] {
                let _ = read(name, bytes, &|src| PageFacts {
                    text: page::neutralise(src),
                    json_ld: vec![src.to_string()],
                    published_time: src.to_string(),
                    ..Default::default()
                });
            }
            let text = String::from_utf8_lossy(bytes);
            let _ = markdown::to_text(&text);
            let _ = page::neutralise(&text);
        }
    }

    #[test]
    fn pastes() {
        assert!(pasted(1, "  ").result.is_err());
        assert!(matches!(
            pasted(2, "Text").result,
            Ok(Contents::Articles(_))
        ));
    }
}
