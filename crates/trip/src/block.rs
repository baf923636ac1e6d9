//! The trip a page carries: a data block, `<script type="application/json" id="tourlens-trip">`,
//! that the page reads at start and the browser never runs (a Content-Security-Policy governs
//! scripts, not data blocks, so the page's hashes stay valid whatever trip it carries). Written
//! by the app's "Download as one file" and by `cargo xtask build --articles`; read by the app.

use crate::import::json::{self, Json};
use crate::Trip;

/// The block's element id.
pub const ID: &str = "tourlens-trip";

const OPEN: &str = "<script type=\"application/json\" id=\"tourlens-trip\">";
const CLOSE: &str = "</script>";

/// The block for `trip`. Its JSON has every `<` written as `\u003c` (the same string to a JSON
/// reader), so no article text can end the element (`</script>`) or open a comment in it.
pub fn block(trip: &Trip) -> Result<String, String> {
    let json =
        serde_json::to_string(trip).map_err(|e| format!("the trip could not be written: {e}"))?;
    Ok(format!("{OPEN}{}{CLOSE}", json.replace('<', "\\u003c")))
}

/// `page` (a whole HTML document) carrying `trip`: the block it had replaced, or a new one put
/// before `</body>`; the page's `<title>` becomes the trip's.
pub fn carry(page: &str, trip: &Trip) -> Result<String, String> {
    let block = block(trip)?;
    let page = match page.find(OPEN) {
        Some(start) => {
            let end = page[start..]
                .find(CLOSE)
                .map(|e| start + e + CLOSE.len())
                .ok_or("the page's trip block is not closed")?;
            format!("{}{block}{}", &page[..start], &page[end..])
        }
        None => {
            let at = page.rfind("</body>").ok_or("the page has no </body>")?;
            format!("{}{block}\n{}", &page[..at], &page[at..])
        }
    };
    Ok(with_title(
        &page,
        &format!("{} · tourlens", trip.title.trim()),
    ))
}

/// The trip in a block's text (as the page reads it). A damaged block is an error, said so.
pub fn read(text: &str) -> Result<Trip, String> {
    match json::read("the page's trip", text) {
        Ok(Json::Trip(trip)) => Ok(*trip),
        Ok(Json::Articles(_)) => Err("the page's trip block holds articles, not a trip".into()),
        Err(e) => Err(format!("the trip this page carries could not be read: {e}")),
    }
}

/// `page` with its `<title>` text replaced (escaped as HTML text).
fn with_title(page: &str, title: &str) -> String {
    let (Some(open), Some(close)) = (page.find("<title>"), page.find("</title>")) else {
        return page.to_string();
    };
    if close < open {
        return page.to_string();
    }
    let escaped = title
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("{}<title>{escaped}{}", &page[..open], &page[close..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use tourlens_engine::{ArticleInput, Meta};

    fn trip(text: &str) -> Trip {
        Trip::new(
            "Xi & Europe <2024>",
            vec![ArticleInput {
                id: "a.txt".into(),
                text: text.into(),
                meta: Meta::default(),
            }],
        )
    }

    const PAGE: &str =
        "<!doctype html><html><head><title>tourlens</title></head><body><p>x</p></body></html>";

    #[test]
    fn nothing_in_the_text_can_end_the_block() {
        let hostile = "</script><script>alert(1)</script> <!-- </SCRIPT > \u{2028}";
        let b = block(&trip(hostile)).expect("writes");
        let inner = &b[OPEN.len()..b.len() - CLOSE.len()];
        assert!(!inner.contains('<'), "{inner}");
        assert_eq!(read(inner).expect("reads").articles[0].text, hostile);
    }

    #[test]
    fn a_page_carries_one_trip_and_its_title() {
        let once = carry(PAGE, &trip("First.")).expect("carries");
        assert!(once.contains("<title>Xi &amp; Europe &lt;2024&gt; · tourlens</title>"));
        assert!(once.ends_with("</script>\n</body></html>"));
        let twice = carry(&once, &trip("Second.")).expect("carries again");
        assert_eq!(
            twice.matches(OPEN).count(),
            1,
            "the block is replaced, not added"
        );
        let start = twice.find(OPEN).expect("block") + OPEN.len();
        let end = start + twice[start..].find(CLOSE).expect("closed");
        assert_eq!(
            read(&twice[start..end]).expect("reads").articles[0].text,
            "Second."
        );
    }

    #[test]
    fn bad_pages_and_blocks_are_errors() {
        let cases: &[(&str, &str)] = &[
            (
                "",
                "the trip this page carries could not be read: not valid JSON",
            ),
            (
                "[{\"text\": \"x\"}]",
                "the page's trip block holds articles",
            ),
            (
                "{\"tourlens_trip\": 9}",
                "the trip this page carries could not be read: a trip from a newer",
            ),
        ];
        for (text, want) in cases {
            let got = read(text).expect_err(text);
            assert!(got.starts_with(want), "{text}: {got}");
        }
        assert!(carry("<html>no body", &trip("x")).is_err());
        let open_block = format!("<body>{OPEN}{{</body>");
        assert!(carry(&open_block, &trip("x")).is_err());
    }
}
