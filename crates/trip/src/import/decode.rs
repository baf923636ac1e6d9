//! Bytes to text: what kind of file it is (by its name, then by its first bytes, so a PDF
//! renamed `.txt` is still told apart), and its encoding: UTF-8 (with or without BOM), UTF-16
//! with a BOM, else Windows-1252 (which covers Latin-1), said so to the user. Pure.

/// The file kinds tourlens reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

/// Files larger than this are refused before they are read (a news article is a few KB; a
/// saved page with inline scripts a few MB).
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// The format a file name says, or the problem with it.
pub fn format_of(name: &str) -> Result<Format, String> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "txt" | "text" => Ok(Format::Text),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" | "xhtml" => Ok(Format::Html),
        "json" => Ok(Format::Json),
        "" => Err(unsupported("a file without an extension")),
        other => Err(unsupported(&format!("a .{other} file"))),
    }
}

fn unsupported(what: &str) -> String {
    format!("unsupported type: {what}; tourlens reads .txt, .md, .html, .htm and .json")
}

/// Binary content, named: magic numbers of common formats, else NUL or control bytes.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (
            b"PK\x03\x04",
            "a ZIP archive (a Word or OpenDocument file is one)",
        ),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\x7FELF", "a program"),
        (b"MZ", "a Windows program"),
    ];
    if let Some((_, name)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(name);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return None; // UTF-16 with a BOM has NUL bytes and is text.
    }
    let head = &bytes[..bytes.len().min(4096)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    (head.contains(&0) || control * 20 > head.len().max(1)).then_some("binary data, not text")
}

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
}

/// Decodes text: UTF-8 when it is valid UTF-8, UTF-16 with a BOM, else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), Encoding::Utf8);
    }
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], c.get(1).copied().unwrap_or(0)];
                if be {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return (utf16(false), Encoding::Utf16);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return (utf16(true), Encoding::Utf16);
    }
    (
        bytes.iter().map(|&b| windows_1252(b)).collect(),
        Encoding::Windows1252,
    )
}

/// One Windows-1252 byte as a char (WHATWG's table: Latin-1 except 0x80–0x9F).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name() {
        let cases: &[(&str, Result<Format, &str>)] = &[
            ("a.txt", Ok(Format::Text)),
            ("A.TXT", Ok(Format::Text)),
            ("notes.md", Ok(Format::Markdown)),
            ("page.htm", Ok(Format::Html)),
            ("page.html", Ok(Format::Html)),
            ("trip.json", Ok(Format::Json)),
            ("report.docx", Err("a .docx file")),
            ("README", Err("a file without an extension")),
        ];
        for (name, want) in cases {
            match (format_of(name), want) {
                (Ok(f), Ok(w)) => assert_eq!(f, *w, "{name}"),
                (Err(e), Err(w)) => assert!(e.contains(w), "{name}: {e}"),
                (got, _) => panic!("{name}: {got:?}"),
            }
        }
    }

    #[test]
    fn binaries_are_named() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"%PDF-1.7\n%\xE2\xE3", Some("a PDF document")),
            (b"\xFF\xD8\xFF\xE0\x00\x10JFIF", Some("a JPEG image")),
            (b"Plain text\nwith lines.\n", None),
            (b"caf\xE9 cr\xE8me", None),
            (b"\xFF\xFEa\x00b\x00", None),
            (b"abc\x00def", Some("binary data, not text")),
            (b"", None),
        ];
        for (bytes, want) in cases {
            assert_eq!(binary_kind(bytes), *want, "{bytes:?}");
        }
    }

    #[test]
    fn encodings_are_told() {
        let cases: &[(&[u8], &str, Encoding)] = &[
            (b"Erdo\xC4\x9Fan", "Erdoğan", Encoding::Utf8),
            (b"\xEF\xBB\xBFWith BOM", "With BOM", Encoding::Utf8),
            (
                b"caf\xE9 \x93quoted\x94 \x80 5",
                "café “quoted” € 5",
                Encoding::Windows1252,
            ),
            (b"\xFF\xFEh\x00\xE9\x00", "hé", Encoding::Utf16),
            (b"\xFE\xFF\x00h\x00\xE9", "hé", Encoding::Utf16),
            (b"\xFF\xFEh", "h", Encoding::Utf16),
        ];
        for (bytes, text, enc) in cases {
            let (got, e) = decode(bytes);
            assert_eq!((got.as_str(), e), (*text, *enc), "{bytes:?}");
        }
    }
}
