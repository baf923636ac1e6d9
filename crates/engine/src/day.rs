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
        Some(Day { year, month: month as u8, day: day as u8 })
    }

    pub fn year(&self) -> i32 {
        self.year
    }
    pub fn month(&self) -> u32 {
        self.month as u32
    }
    pub fn day(&self) -> u32 {
        self.day as u32
    }

    /// The day as a reader writes it: "6 Nov 2023".
    pub fn human(&self) -> String {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let month = MONTHS.get(self.month as usize - 1).copied().unwrap_or("?");
        format!("{} {} {}", self.day, month, self.year)
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
        Day::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a calendar day: {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_days_that_do_not_exist() {
        for (y, m, d) in [(2023, 2, 29), (2023, 4, 31), (2023, 13, 1), (2023, 0, 1), (2023, 1, 0)] {
            assert_eq!(Day::new(y, m, d), None, "{y}-{m}-{d}");
        }
        assert!(Day::new(2024, 2, 29).is_some());
    }

    #[test]
    fn iso_round_trip() {
        let day = Day::parse_iso("2023-11-06").expect("valid");
        assert_eq!(day.to_string(), "2023-11-06");
        assert_eq!(day.human(), "6 Nov 2023");
        assert_eq!(Day::parse_iso("2023-11"), None);
    }
}
