//! The page's options in its URL's query string, for an embed or a link:
//! `?theme=dark&accent=0f766e&header=off&search=off`. The view, stop and query are the hash's
//! (`route.rs`); these say how the page looks. pym.js's `childId` (the id a pym.js host gives
//! its frame) is read too, to answer in its messages. Pure: unknown keys and bad values are
//! ignored, so a damaged link still opens the page.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// The reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Auto (the reader's setting)",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// A colour, `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `0f766e`, `#0f766e`, `%230f766e` or the short `#f60`; anything else is no colour.
    pub fn parse(s: &str) -> Option<Rgb> {
        let s = s.trim();
        let s = s
            .strip_prefix("%23")
            .or_else(|| s.strip_prefix('#'))
            .unwrap_or(s);
        if !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(s.get(i..i + 1)?, 16).ok();
        let pair = |i: usize| u8::from_str_radix(s.get(i..i + 2)?, 16).ok();
        match s.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// `#0f766e`, for CSS and colour inputs.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Text on this colour: near-black or white, whichever stands out more.
    pub fn ink(self) -> Rgb {
        let (dark, light) = (Rgb(0x1c, 0x19, 0x17), Rgb(0xff, 0xff, 0xff));
        if self.contrast(dark) >= self.contrast(light) {
            dark
        } else {
            light
        }
    }
}

/// How the page looks, from its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageOptions {
    pub theme: Theme,
    /// The accent colour (stop markers, the route, the selected stop), instead of the page's.
    pub accent: Option<Rgb>,
    /// The brand and the trip's title (a host page has its own headline); the view tabs stay.
    pub header: bool,
    /// The search box.
    pub search: bool,
    /// The id a pym.js host gave this frame (`childId`): its height messages carry it.
    pub child_id: Option<String>,
}

impl Default for PageOptions {
    fn default() -> Self {
        PageOptions {
            theme: Theme::Auto,
            accent: None,
            header: true,
            search: true,
            child_id: None,
        }
    }
}

impl PageOptions {
    /// Reads `location.search` ("?theme=dark&…", with or without the "?").
    pub fn parse(search: &str) -> PageOptions {
        let mut options = PageOptions::default();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let off = matches!(value, "off" | "0" | "false" | "no" | "hide");
            match key {
                "theme" => {
                    if let Some(t) = Theme::ALL.into_iter().find(|t| t.key() == value) {
                        options.theme = t;
                    }
                }
                "accent" => options.accent = Rgb::parse(value).or(options.accent),
                "header" => options.header = !off,
                "search" => options.search = !off,
                "childId" => {
                    let fits = !value.is_empty()
                        && value.len() <= 64
                        && value
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
                    if fits {
                        options.child_id = Some(value.to_string());
                    }
                }
                _ => {}
            }
        }
        options
    }

    /// The query string that gives these options ("" for the defaults; never the pym.js id,
    /// which its host adds).
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if self.theme != Theme::Auto {
            parts.push(format!("theme={}", self.theme.key()));
        }
        if let Some(a) = self.accent {
            parts.push(format!("accent={}", &a.css()[1..]));
        }
        if !self.header {
            parts.push("header=off".to_string());
        }
        if !self.search {
            parts.push("search=off".to_string());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_from_urls() {
        let cases: &[(&str, PageOptions)] = &[
            ("", PageOptions::default()),
            ("?", PageOptions::default()),
            ("?theme=purple&accent=red&header=maybe&junk", PageOptions::default()),
            (
                "?theme=dark&accent=%230F766E&header=off&search=0",
                PageOptions {
                    theme: Theme::Dark,
                    accent: Some(Rgb(0x0f, 0x76, 0x6e)),
                    header: false,
                    search: false,
                    child_id: None,
                },
            ),
            (
                "initialWidth=375&childId=tourlens-map_1&parentTitle=A%20page&theme=light&accent=f60",
                PageOptions {
                    theme: Theme::Light,
                    accent: Some(Rgb(0xff, 0x66, 0x00)),
                    child_id: Some("tourlens-map_1".into()),
                    ..PageOptions::default()
                },
            ),
            (
                "?childId=a%22b&childId=",
                PageOptions::default(),
            ),
        ];
        for (search, want) in cases {
            assert_eq!(&PageOptions::parse(search), want, "{search}");
        }
    }

    #[test]
    fn options_round_trip() {
        for theme in Theme::ALL {
            let o = PageOptions {
                theme,
                accent: Some(Rgb(1, 2, 255)),
                header: theme != Theme::Dark,
                search: theme == Theme::Dark,
                child_id: None,
            };
            assert_eq!(PageOptions::parse(&o.query()), o, "{}", o.query());
        }
        assert_eq!(PageOptions::default().query(), "");
    }

    #[test]
    fn colours() {
        let cases: &[(&str, Option<&str>)] = &[
            ("0f766e", Some("#0f766e")),
            ("#ABC", Some("#aabbcc")),
            ("%23c2410c", Some("#c2410c")),
            ("c2410", None),
            ("red", None),
            ("#12345g", None),
            ("ff0000;background:url(x)", None),
            ("é1é", None),
        ];
        for (s, want) in cases {
            assert_eq!(Rgb::parse(s).map(Rgb::css).as_deref(), *want, "{s}");
        }
        // Ink on an accent always reads (WCAG AA for large text, 3:1, at the least).
        for accent in ["c2410c", "fb923c", "ffff00", "000080", "777777", "0f766e"] {
            let a = Rgb::parse(accent).expect("colour");
            assert!(a.contrast(a.ink()) >= 3.0, "{accent}");
        }
        assert_eq!(Rgb(255, 255, 0).ink(), Rgb(0x1c, 0x19, 0x17));
        assert_eq!(Rgb(0, 0, 128).ink(), Rgb(255, 255, 255));
    }
}
