//! "Download as one file": the page as one self-contained HTML file that carries the open trip
//! and opens on it. Where the page's own bytes come from depends on how it was opened:
//!
//! - as a single file (`tourlens.html`, or a file downloaded from one; its head says
//!   `<meta name="tourlens-build" content="single">`): its own `<head>`, which holds the
//!   stylesheet and the one module script with the wasm inlined, byte for byte as the CSP's
//!   hashes expect (the worker's glue is that script's own beginning: `worker.rs`);
//! - as the served build (`dist/index.html`, which loads its wasm and stylesheet beside it):
//!   the single file the build put beside it, `tourlens.html`, fetched from the page's server.
//!
//! Either way the trip goes in as a data block (`tourlens_trip::block`), which no CSP governs,
//! so the file runs under the same policy. Pure: the browser parts are `download.rs`'s.

use tourlens_trip::{block, Trip};

/// What marks a single-file build (as written by `xtask/src/single.rs`, as the DOM gives it back).
const MARKER: &str = "name=\"tourlens-build\" content=\"single\"";

/// The single file beside the served page.
pub const BESIDE: &str = "tourlens.html";

const NOSCRIPT: &str =
    "<noscript>tourlens needs JavaScript and WebAssembly to analyse the articles in your browser.</noscript>";

/// The file from a single-file page's `<head>`, as serialised by the DOM.
pub fn from_head(head: &str, trip: &Trip) -> Result<String, String> {
    if !head.contains(MARKER) {
        return Err("this page is not a single-file build".into());
    }
    let page = format!(
        "<!doctype html>\n<html lang=\"en\">\n{head}\n<body>\n{NOSCRIPT}\n</body>\n</html>\n"
    );
    block::carry(&page, trip)
}

/// The file from the single file the build put beside a served page (its text as fetched).
pub fn from_single_file(file: &str, trip: &Trip) -> Result<String, String> {
    if !file.contains(MARKER) {
        return Err(format!(
            "{BESIDE} beside this page is not a tourlens single file"
        ));
    }
    block::carry(file, trip)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tourlens_engine::{ArticleInput, Meta};

    const HEAD: &str = "<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-x'\">\n<meta name=\"tourlens-build\" content=\"single\">\n<title>tourlens</title>\n<style>:root{}</style>\n<script type=\"module\">initSync({})</script>\n</head>";

    fn trip() -> Trip {
        Trip::new(
            "Xi in Europe",
            vec![ArticleInput {
                id: "a.txt".into(),
                text: "Xi arrived in Paris. </script><script>x()</script>".into(),
                meta: Meta::default(),
            }],
        )
    }

    #[test]
    fn a_single_file_page_is_rebuilt_from_its_head() {
        let file = from_head(HEAD, &trip()).expect("a file");
        assert!(file.starts_with("<!doctype html>\n<html lang=\"en\">\n<head>"));
        assert!(
            file.contains("<script type=\"module\">initSync({})</script>"),
            "the script as it was"
        );
        assert!(file.contains("<title>Xi in Europe · tourlens</title>"));
        assert_eq!(
            file.matches("<script").count(),
            2,
            "module, trip: nothing from the text"
        );
        assert!(file.trim_end().ends_with("</body>\n</html>"));
        let again = from_single_file(&file, &trip()).expect("and again");
        assert_eq!(again, file, "a downloaded file downloads the same");
    }

    #[test]
    fn what_is_not_a_single_file_is_refused() {
        let served = HEAD.replace("content=\"single\"", "content=\"served\"");
        assert!(from_head(&served, &trip()).is_err());
        assert!(from_single_file("<html><body>Not found</body></html>", &trip()).is_err());
    }
}
