//! The embed: the code a producer pastes into a CMS (an `<iframe>` sized by width, and a small
//! script for the host page that sets the iframe's height from the page's messages), and those
//! messages. The page tells its host its content height whenever it changes, in two forms:
//!
//! - plain: the object `{ "tourlens": "height", "height": 812 }` (CSS pixels), posted to the parent;
//! - pym.js: the string `pymxPYMx<id>xPYMxheightxPYMx812` (pym.js's own message), sent when
//!   the page was given pym.js's `childId`, so a CMS that loads pym.js sizes it unchanged.
//!
//! The host script sizes every `iframe[data-tourlens]` from either form, matched by the frame
//! the message came from. Pure: text in, text out.

use super::options::PageOptions;
use crate::route::Route;

/// What the embed code says: where the page is, its title for screen readers, how it looks
/// and where it opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    /// The page's address on the producer's site (query and hash are the embed's own).
    pub url: String,
    /// The iframe's accessible name.
    pub title: String,
    pub options: PageOptions,
    /// The view, stop and query it opens at.
    pub route: Route,
    /// The iframe's height before the page says its own (CSS pixels).
    pub initial_height: u32,
}

/// The address in the code until the producer gives the page's.
pub const PLACEHOLDER: &str = "https://your-site.example/path/to/trip.html";

/// The host page's script: sizes each `iframe[data-tourlens]` to the height its page posts.
/// ES5, no dependency, idempotent when pasted twice.
pub const HOST_SCRIPT: &str = r#"<script>
(function () {
  if (window.tourlensFrames) return;
  window.tourlensFrames = true;
  window.addEventListener("message", function (e) {
    var d = e.data, h = NaN, m;
    if (d && typeof d === "object" && d.tourlens === "height") h = Number(d.height);
    else if (typeof d === "string" && (m = /^pymxPYMx[^]*xPYMxheightxPYMx(\d+)$/.exec(d))) h = Number(m[1]);
    if (!(h > 0 && h < 100000)) return;
    var frames = document.querySelectorAll("iframe[data-tourlens]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(h) + "px";
    }
  });
})();
</script>"#;

impl Embed {
    /// The iframe's `src`: the page's address (a placeholder while there is none) with the
    /// options and the route.
    pub fn src(&self) -> String {
        let base = self
            .url
            .trim()
            .split(['?', '#'])
            .next()
            .filter(|b| !b.is_empty())
            .unwrap_or(PLACEHOLDER);
        format!("{base}{}{}", self.options.query(), self.route.format())
    }

    /// The `<iframe>`: full width, its height set by the host script, lazily loaded.
    pub fn iframe(&self) -> String {
        format!(
            "<iframe data-tourlens src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{}\" style=\"display:block;width:100%;border:0\"></iframe>",
            attribute(&self.src()),
            attribute(&self.title),
            self.initial_height
        )
    }

    /// What to paste: the iframe, then the host script.
    pub fn code(&self) -> String {
        format!("{}\n{HOST_SCRIPT}\n", self.iframe())
    }

    /// For a host page that already loads pym.js: its own embed markup, nothing else.
    pub fn pym_code(&self) -> String {
        format!(
            "<div data-pym-src=\"{}\" data-pym-title=\"{}\"></div>\n",
            attribute(&self.src()),
            attribute(&self.title)
        )
    }
}

/// Text safe in a double-quoted HTML attribute.
fn attribute(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The content height as pym.js says it, for the frame pym.js named `child_id`.
pub fn pym_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

/// A height message, in either form: the plain object's fields (`tourlens`, `height`) or a
/// pym.js string. What the preview (a host inside the page) reads, as the host script does.
pub fn read_height(plain: Option<(&str, f64)>, text: Option<&str>) -> Option<u32> {
    let h = match (plain, text) {
        (Some(("height", h)), _) => h,
        (_, Some(t)) => {
            let rest = t.strip_prefix("pymxPYMx")?;
            let (_, number) = rest.rsplit_once("xPYMxheightxPYMx")?;
            if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            number.parse().ok()?
        }
        _ => return None,
    };
    (h > 0.0 && h < 100_000.0).then(|| h.ceil() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::options::Theme;
    use crate::route::View;

    fn embed() -> Embed {
        Embed {
            url: "https://news.example/graphics/xi-europe.html?old=1#view=names".into(),
            title: "Xi's \"European\" tour: map & sources".into(),
            options: PageOptions {
                theme: Theme::Dark,
                header: false,
                ..PageOptions::default()
            },
            route: Route {
                view: View::Compare,
                stop: Some(1),
                query: "Macron <b>".into(),
                ..Route::default()
            },
            initial_height: 700,
        }
    }

    #[test]
    fn the_iframe_code() {
        let e = embed();
        assert_eq!(
            e.src(),
            "https://news.example/graphics/xi-europe.html?theme=dark&header=off#view=compare&stop=2&q=Macron%20%3Cb%3E"
        );
        assert_eq!(
            e.iframe(),
            "<iframe data-tourlens src=\"https://news.example/graphics/xi-europe.html?theme=dark&amp;header=off#view=compare&amp;stop=2&amp;q=Macron%20%3Cb%3E\" title=\"Xi's &quot;European&quot; tour: map &amp; sources\" loading=\"lazy\" width=\"100%\" height=\"700\" style=\"display:block;width:100%;border:0\"></iframe>"
        );
        let code = e.code();
        assert!(code.starts_with("<iframe data-tourlens ") && code.contains(HOST_SCRIPT));
        assert!(e.pym_code().starts_with("<div data-pym-src=\"https://news.example/graphics/xi-europe.html?theme=dark&amp;header=off#view=compare"));
        let hostile = Embed {
            url: "\"><script>alert(1)</script>".into(),
            title: "</iframe><script>".into(),
            ..embed()
        };
        assert!(
            !hostile.iframe().contains("<script"),
            "{}",
            hostile.iframe()
        );
    }

    #[test]
    fn height_messages_in_both_forms() {
        assert_eq!(
            pym_message("map-1", 812),
            "pymxPYMxmap-1xPYMxheightxPYMx812"
        );
        let cases: &[(Option<(&str, f64)>, Option<&str>, Option<u32>)] = &[
            (Some(("height", 811.2)), None, Some(812)),
            (Some(("width", 811.0)), None, None),
            (Some(("height", -5.0)), None, None),
            (Some(("height", f64::NAN)), None, None),
            (None, Some("pymxPYMxmap-1xPYMxheightxPYMx812"), Some(812)),
            (None, Some("pymxPYMxmap-1xPYMxwidthxPYMx812"), None),
            (None, Some("pymxPYMxmap-1xPYMxheightxPYMx"), None),
            (None, Some("pymxPYMxmap-1xPYMxheightxPYMx1e9"), None),
            (None, Some("height 812"), None),
            (None, None, None),
        ];
        for (plain, text, want) in cases {
            assert_eq!(read_height(*plain, *text), *want, "{plain:?} {text:?}");
        }
    }
}
