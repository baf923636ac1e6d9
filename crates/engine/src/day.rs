//! Calendar days (no time of day, no time zone): the unit every date in an Analysis is told in.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid proleptic Gregorian calendar day. Serialised as `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

impl Day {
    /// The day, or `None` when it does not exist (31 April, 29 February 2023, month 13...).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.month as u32
    }
    /// The day of the month, 1–31.
    pub fn day(&self) -> u32 {
        self.day as u32
    }

    /// The day as a reader writes it: "6 Nov 2023".
    pub fn human(&self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = MONTHS.get(self.month as usize - 1).copied().unwrap_or("?");
        format!("{} {} {}", self.day, month, self.year)
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's civil-days algorithm.
    pub fn ordinal(&self) -> i64 {
        let (m, d) = (self.month as i64, self.day as i64);
        let y = self.year as i64 - if m <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01.
    pub fn from_ordinal(z: i64) -> Option<Day> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Day::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    /// The day `n` days later (earlier when negative).
    pub fn plus(&self, n: i64) -> Option<Day> {
        Day::from_ordinal(self.ordinal().checked_add(n)?)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.ordinal() + 3).rem_euclid(7) as u32
    }

    /// Parses `"YYYY-MM-DD"`.
    pub fn parse_iso(s: &str) -> Option<Day> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Day::new(y, m, d)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let s = String::deserialize(d)?;
        Day::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a calendar day: {s:?}")))
    }
}

/// In a JSON Schema, a day is a string `YYYY-MM-DD` (RFC 3339 `full-date`).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Day {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar day, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_days_that_do_not_exist() {
        for (y, m, d) in [
            (2023, 2, 29),
            (2023, 4, 31),
            (2023, 13, 1),
            (2023, 0, 1),
            (2023, 1, 0),
        ] {
            assert_eq!(Day::new(y, m, d), None, "{y}-{m}-{d}");
        }
        assert!(Day::new(2024, 2, 29).is_some());
    }

    #[test]
    fn ordinal_round_trips_and_weekdays() {
        for (y, m, d, weekday) in [
            (1970, 1, 1, 3),
            (2023, 11, 6, 0),
            (2023, 11, 5, 6),
            (2000, 2, 29, 1),
            (1969, 12, 31, 2),
        ] {
            let day = Day::new(y, m, d).expect("valid");
            assert_eq!(Day::from_ordinal(day.ordinal()), Some(day));
            assert_eq!(day.weekday(), weekday, "{day}");
        }
        let nov6 = Day::new(2023, 11, 6).expect("valid");
        assert_eq!(
            nov6.plus(-37).map(|d| d.to_string()).as_deref(),
            Some("2023-09-30")
        );
        assert_eq!(nov6.plus(i64::MAX), None);
    }

    #[test]
    fn iso_round_trip() {
        let day = Day::parse_iso("2023-11-06").expect("valid");
        assert_eq!(day.to_string(), "2023-11-06");
        assert_eq!(day.human(), "6 Nov 2023");
        assert_eq!(Day::parse_iso("2023-11"), None);
    }
}
