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

    /// The CSS rules of `text` at its top level: (selector, body), comments dropped.
    fn rules(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let selector = rest[..open]
                .rsplit("*/")
                .next()
                .unwrap_or_default()
                .trim()
                .to_string();
            let mut depth = 1;
            let mut end = open + 1;
            for (i, c) in rest[open + 1..].char_indices() {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                if depth == 0 {
                    end = open + 1 + i;
                    break;
                }
            }
            out.push((selector, rest[open + 1..end].to_string()));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        out
    }

    /// The custom properties a rule body sets.
    fn properties(body: &str) -> Vec<(String, String)> {
        body.split(';')
            .filter_map(|d| d.split_once(':'))
            .map(|(k, v)| {
                let k = k.rsplit("*/").next().unwrap_or_default();
                (k.trim().to_string(), v.trim().to_string())
            })
            .filter(|(k, _)| k.starts_with("--"))
            .collect()
    }

    /// `?theme=dark` and `?theme=light` repeat the system's dark and light values: every custom
    /// property a `prefers-color-scheme: dark` block sets, forced to the same value, and back.
    #[test]
    fn forced_themes_agree_with_the_system_ones() {
        let css = include_str!("../../assets/styles.css");
        let (mut light, mut dark, mut forced_dark, mut forced_light) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (selector, body) in rules(css) {
            match selector.as_str() {
                ":root" => light.extend(properties(&body)),
                ":root[data-theme=\"dark\"]" => forced_dark.extend(properties(&body)),
                s if s.contains("prefers-color-scheme: dark") => {
                    for (inner, inner_body) in rules(&body) {
                        match inner.as_str() {
                            ":root" => dark.extend(properties(&inner_body)),
                            ":root[data-theme=\"light\"]" => {
                                forced_light.extend(properties(&inner_body))
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        assert!(dark.len() >= 30, "{} dark values found", dark.len());
        for (name, value) in &dark {
            let forced = forced_dark.iter().find(|(n, _)| n == name).map(|(_, v)| v);
            assert_eq!(forced, Some(value), "{name} under ?theme=dark");
            let light_value = light.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v);
            let forced = forced_light.iter().find(|(n, _)| n == name).map(|(_, v)| v);
            assert!(light_value.is_some(), "{name} has a light value");
            assert_eq!(forced, light_value, "{name} under ?theme=light");
        }
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
