//! The gazetteer's compact form, the one the wasm carries: the rows of data/places.tsv sorted by
//! country, division and latitude, stored column by column. Text columns stay text (sorted, the
//! countries and divisions repeat and compress to almost nothing); coordinates are hundredths of a
//! degree as zigzag deltas from the row before, populations thousands, both as LEB128 varints.
//! Written by the engine's build script (which includes this file), read at the first analysis.
//! Self-contained on purpose: the build script cannot use the crate it builds.

/// One place as the TSV has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row<'a> {
    /// C country, R region, A division, K capital, S / L seat or landmark, c city.
    pub(crate) code: u8,
    pub(crate) name: &'a str,
    /// Other names, `|`-separated; `-` for none.
    pub(crate) aliases: &'a str,
    /// ISO 3166-1 alpha-2, or `-`.
    pub(crate) country: &'a str,
    /// Hundredths of a degree.
    pub(crate) lat: i32,
    pub(crate) lon: i32,
    /// Thousands.
    pub(crate) population: u64,
    /// First-level division ("GB.SCT"), or `-`.
    pub(crate) admin: &'a str,
}

const MAGIC: &[u8; 5] = b"TLGZ1";

/// The rows of a places.tsv text; comments, blank and malformed lines are skipped (a population
/// that is not a number reads as 0, as it always has).
pub(crate) fn rows_of_tsv(tsv: &str) -> Vec<Row<'_>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, name, aliases, country, lat, lon, population, admin] = cols[..] else {
                return None;
            };
            let [code] = code.as_bytes() else {
                return None;
            };
            Some(Row {
                code: *code,
                name,
                aliases,
                country,
                lat: hundredths(lat)?,
                lon: hundredths(lon)?,
                population: population.parse().unwrap_or(0),
                admin,
            })
        })
        .collect()
}

/// "34.53" → 3453. None for what is not a number or not a coordinate.
fn hundredths(text: &str) -> Option<i32> {
    let value: f64 = text.parse().ok()?;
    let h = (value * 100.0).round();
    (h.is_finite() && h.abs() <= 18_000.0).then_some(h as i32)
}

/// The compact form of `rows` (sorted here: the order is part of the format's compression).
// Written by the build script; the crate itself only reads (and its tests round-trip).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn encode(rows: &mut [Row<'_>]) -> Vec<u8> {
    #[allow(clippy::disallowed_methods)] // runs in the build script, not in the wasm
    rows.sort_by(|a, b| {
        (a.country, a.admin, a.lat, a.lon, a.name).cmp(&(b.country, b.admin, b.lat, b.lon, b.name))
    });
    let mut out = MAGIC.to_vec();
    put(&mut out, rows.len() as u64);
    let codes: Vec<u8> = rows.iter().map(|r| r.code).collect();
    put_block(&mut out, &codes);
    let text_columns: [fn(&Row<'_>) -> String; 4] = [
        |r| r.name.to_string(),
        |r| r.aliases.to_string(),
        |r| r.country.to_string(),
        |r| r.admin.to_string(),
    ];
    for column in text_columns {
        let text: Vec<String> = rows.iter().map(column).collect();
        put_block(&mut out, text.join("\n").as_bytes());
    }
    for column in [|r: &Row<'_>| r.lat, |r: &Row<'_>| r.lon] {
        let mut block = Vec::new();
        let mut before = 0i64;
        for r in rows.iter() {
            let now = i64::from(column(r));
            let delta = now - before;
            put(&mut block, ((delta << 1) ^ (delta >> 63)) as u64);
            before = now;
        }
        put_block(&mut out, &block);
    }
    let mut block = Vec::new();
    for r in rows.iter() {
        put(&mut block, r.population);
    }
    put_block(&mut out, &block);
    out
}

/// The rows of a compact form, in its order; None when it is not one (wrong magic, a block cut
/// short, a column of another length, text that is not UTF-8).
pub(crate) fn decode(bytes: &[u8]) -> Option<Vec<Row<'_>>> {
    let mut at = bytes.strip_prefix(MAGIC.as_slice())?;
    let n = usize::try_from(take(&mut at)?).ok()?;
    let codes = take_block(&mut at)?;
    let mut text = [""; 4];
    for t in &mut text {
        *t = std::str::from_utf8(take_block(&mut at)?).ok()?;
    }
    let columns: Vec<Vec<&str>> = text
        .iter()
        .map(|t| {
            if n == 0 {
                Vec::new()
            } else {
                t.split('\n').collect()
            }
        })
        .collect();
    let mut numbers = [Vec::new(), Vec::new(), Vec::new()];
    for (k, column) in numbers.iter_mut().enumerate() {
        let mut block = take_block(&mut at)?;
        let mut before = 0i64;
        while !block.is_empty() {
            let v = take(&mut block)?;
            column.push(if k < 2 {
                before += ((v >> 1) as i64) ^ -((v & 1) as i64);
                i32::try_from(before).ok()?;
                before
            } else {
                i64::try_from(v).ok()?
            });
        }
    }
    if codes.len() != n
        || columns.iter().any(|c| c.len() != n)
        || numbers.iter().any(|c| c.len() != n)
    {
        return None;
    }
    Some(
        (0..n)
            .map(|i| Row {
                code: codes[i],
                name: columns[0][i],
                aliases: columns[1][i],
                country: columns[2][i],
                lat: numbers[0][i] as i32,
                lon: numbers[1][i] as i32,
                population: numbers[2][i] as u64,
                admin: columns[3][i],
            })
            .collect(),
    )
}

// Written by the build script; the crate itself only reads (and its tests round-trip).
#[cfg_attr(not(test), allow(dead_code))]
fn put(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

// Written by the build script; the crate itself only reads (and its tests round-trip).
#[cfg_attr(not(test), allow(dead_code))]
fn put_block(out: &mut Vec<u8>, block: &[u8]) {
    put(out, block.len() as u64);
    out.extend_from_slice(block);
}

fn take(at: &mut &[u8]) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = at.split_first()?;
        *at = rest;
        v |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(v);
        }
    }
    None
}

fn take_block<'a>(at: &mut &'a [u8]) -> Option<&'a [u8]> {
    let len = usize::try_from(take(at)?).ok()?;
    if len > at.len() {
        return None;
    }
    let (block, rest) = at.split_at(len);
    *at = rest;
    Some(block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const TSV: &str = include_str!("../../data/places.tsv");

    #[test]
    fn the_compact_form_reads_back_every_row_of_the_tsv() {
        let mut rows = rows_of_tsv(TSV);
        let n = TSV.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(rows.len(), n, "every line of places.tsv is a row");
        let bytes = encode(&mut rows);
        assert_eq!(decode(&bytes), Some(rows));
        assert!(bytes.len() < TSV.len() * 3 / 4, "{} bytes", bytes.len());
    }

    #[test]
    fn coordinates_keep_their_hundredths_either_side_of_zero() {
        let tsv = "c\tSydney\t-\tAU\t-33.87\t151.21\t4627\tAU.02\nc\tLima\t-\tPE\t-12.05\t-77.04\t7737\tPE.15\nC\tNowhere\t-\t-\t0\t0\t0\t-\n";
        let mut rows = rows_of_tsv(tsv);
        let bytes = encode(&mut rows);
        let back = decode(&bytes).expect("reads back");
        let sydney = back.iter().find(|r| r.name == "Sydney").expect("Sydney");
        assert_eq!(
            (sydney.lat, sydney.lon, sydney.population),
            (-3387, 15121, 4627)
        );
        assert_eq!(
            f64::from(sydney.lat) / 100.0,
            "-33.87".parse::<f64>().unwrap()
        );
        let lima = back.iter().find(|r| r.name == "Lima").expect("Lima");
        assert_eq!((lima.lat, lima.lon), (-1205, -7704));
        assert_eq!(back.len(), 3);
    }

    #[test]
    fn what_is_not_a_compact_form_is_refused() {
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"places.tsv"), None);
        let mut rows = rows_of_tsv(TSV);
        let bytes = encode(&mut rows[..50]);
        for cut in [5, 6, 40, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        assert!(decode(&bytes).is_some());
    }

    proptest! {
        #[test]
        fn any_bytes_are_read_or_refused_without_a_panic(tail in proptest::collection::vec(any::<u8>(), 0..400)) {
            let mut bytes = MAGIC.to_vec();
            bytes.extend(tail);
            let _ = decode(&bytes);
        }
    }
}
