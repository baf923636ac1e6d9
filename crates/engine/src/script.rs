//! Writing systems of letters, to tell an article's own script from leftovers in another.

/// The writing system a letter belongs to, coarsely.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Cjk,
    Other,
}

/// The script of `c`, or `None` when `c` is not a letter.
pub(crate) fn of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    let cp = c as u32;
    Some(match cp {
        0x0041..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF => Script::Cjk,
        _ => Script::Other,
    })
}

/// Letter counts per script in `s`, most frequent first.
pub(crate) fn census(s: &str) -> Vec<(Script, usize)> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for script in s.chars().filter_map(of) {
        match counts.iter_mut().find(|(k, _)| *k == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    crate::sort::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.1));
    counts
}

/// The script most letters of `s` are written in.
pub(crate) fn dominant(s: &str) -> Option<Script> {
    census(s).first().map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_are_latin_and_cyrillic_is_not() {
        assert_eq!(dominant("Erdoğan Türkiye"), Some(Script::Latin));
        assert_eq!(
            dominant("Заголовок открываемого материала"),
            Some(Script::Cyrillic)
        );
        assert_eq!(dominant("1920, 06.11.2023"), None);
    }
}
