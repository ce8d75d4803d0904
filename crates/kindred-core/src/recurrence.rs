//! When meetings happen: a first meeting in a time zone, and optionally an iCalendar
//! recurrence rule (RFC 5545 `RRULE`) that repeats it.
//!
//! Kindred understands the part of `RRULE` that real groups need and refuses the rest with
//! a message naming the part: weekly (`FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH`), monthly by
//! nth weekday (`FREQ=MONTHLY;BYDAY=1MO`, `-1FR` for the last Friday), monthly by date
//! (`BYMONTHDAY=15`), months left out (`BYMONTH=1,2,3,4,5,6,7,9,10,11,12`: "except in
//! August"), `COUNT` and `UNTIL`. We expand rules ourselves over `jiff` (already our time
//! zone database) rather than pulling in a second date library with its own copy of the
//! zone data; docs/meetings.md says more.
//!
//! Local times follow RFC 5545 section 3.3.5: a meeting keeps its wall-clock time across
//! clock changes; a time that does not exist on a spring-forward night (01:30 in London)
//! happens that night at the same instant as the earlier offset would give (02:30 BST); a
//! time that happens twice on an autumn night is the first of the two.
//!
//! Expansion is bounded: a rule names at most [`MAX_COUNT`] meetings by `COUNT`, every walk
//! stops at the window asked for, and a rule that names no day for [`MAX_EMPTY_PERIODS`]
//! periods in a row is treated as finished, so no input can make the server loop.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::{AmbiguousOffset, TimeZone};

use crate::ValidationError;

/// The largest `COUNT` accepted.
pub const MAX_COUNT: u32 = 1000;
/// The largest `INTERVAL` accepted.
pub const MAX_INTERVAL: u16 = 52;
/// Periods (weeks or months) in a row with no meeting before a walk gives up.
pub const MAX_EMPTY_PERIODS: u32 = 1200;
/// The zone meetings are in unless they say otherwise.
pub const DEFAULT_TIME_ZONE: &str = "Europe/London";

const FIELD: &str = "recurrence";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Weekly,
    Monthly,
}

/// A parsed recurrence rule (without its end date, which the schedule holds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub frequency: Frequency,
    pub interval: u16,
    /// Weekly: the days of the week.
    pub weekdays: Vec<Weekday>,
    /// Monthly: the nth (1..=5) or nth-from-last (-1..=-5) weekdays.
    pub nth_weekdays: Vec<(i8, Weekday)>,
    /// Monthly: days of the month (negative counts from the end).
    pub month_days: Vec<i8>,
    /// Months the rule is limited to (empty: every month).
    pub months: Vec<i8>,
    pub count: Option<u32>,
}

/// Where a parsed `UNTIL` pointed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    Date(Date),
    Instant(Timestamp),
    Local(DateTime),
}

const DAYS: [(&str, Weekday); 7] = [
    ("MO", Weekday::Monday),
    ("TU", Weekday::Tuesday),
    ("WE", Weekday::Wednesday),
    ("TH", Weekday::Thursday),
    ("FR", Weekday::Friday),
    ("SA", Weekday::Saturday),
    ("SU", Weekday::Sunday),
];

pub fn weekday_code(day: Weekday) -> &'static str {
    DAYS.iter().find(|(_, d)| *d == day).map_or("MO", |(c, _)| c)
}

fn bad(message: impl Into<String>) -> ValidationError {
    ValidationError::new(FIELD, message)
}

fn number<T: std::str::FromStr>(key: &str, value: &str) -> Result<T, ValidationError> {
    value
        .parse()
        .map_err(|_| bad(format!("{key} must be a whole number, not {value:?}")))
}

fn parse_until(value: &str) -> Result<Until, ValidationError> {
    let err = || {
        bad(format!(
            "UNTIL must be a date such as 20270630 or 20270630T180000Z, not {value:?}"
        ))
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let date = |s: &str| -> Result<Date, ValidationError> {
        if s.len() != 8 || !digits(s) {
            return Err(err());
        }
        let (y, m, d) = (
            s[0..4].parse().map_err(|_| err())?,
            s[4..6].parse().map_err(|_| err())?,
            s[6..8].parse().map_err(|_| err())?,
        );
        Date::new(y, m, d).map_err(|_| err())
    };
    match value.split_once('T') {
        None => Ok(Until::Date(date(value)?)),
        Some((d, t)) => {
            let (t, utc) = match t.strip_suffix('Z') {
                Some(t) => (t, true),
                None => (t, false),
            };
            if t.len() != 6 || !digits(t) {
                return Err(err());
            }
            let time = Time::new(
                t[0..2].parse().map_err(|_| err())?,
                t[2..4].parse().map_err(|_| err())?,
                t[4..6].parse().map_err(|_| err())?,
                0,
            )
            .map_err(|_| err())?;
            let local = date(d)?.to_datetime(time);
            if utc {
                Ok(Until::Instant(
                    TimeZone::UTC.to_timestamp(local).map_err(|_| err())?,
                ))
            } else {
                Ok(Until::Local(local))
            }
        }
    }
}

impl Rule {
    /// Parses an `RRULE` value (with or without the `RRULE:` prefix).
    pub fn parse(text: &str) -> Result<(Rule, Option<Until>), ValidationError> {
        let text = text.trim();
        if text.len() > 300 {
            return Err(bad("is too long for a recurrence rule"));
        }
        if !text.is_ascii() {
            return Err(bad(
                "may only use letters, digits and ;=,+-: such as FREQ=WEEKLY;BYDAY=TU",
            ));
        }
        let upper = text.to_ascii_uppercase();
        let body = upper.strip_prefix("RRULE:").unwrap_or(&upper);
        if body.is_empty() {
            return Err(bad("is empty; give a rule such as FREQ=WEEKLY;BYDAY=TU"));
        }
        let mut seen = Vec::new();
        let mut frequency = None;
        let mut interval = 1u16;
        let mut byday: Vec<(Option<i8>, Weekday)> = Vec::new();
        let mut month_days = Vec::new();
        let mut months = Vec::new();
        let mut count = None;
        let mut until = None;
        for part in body.split(';') {
            let Some((key, value)) = part.split_once('=') else {
                return Err(bad(format!("{part:?} is not KEY=VALUE")));
            };
            if seen.contains(&key) {
                return Err(bad(format!("{key} is given twice")));
            }
            seen.push(key);
            match key {
                "FREQ" => {
                    frequency = Some(match value {
                        "WEEKLY" => Frequency::Weekly,
                        "MONTHLY" => Frequency::Monthly,
                        other => {
                            return Err(bad(format!(
                                "FREQ={other} is not supported; use WEEKLY or MONTHLY"
                            )));
                        }
                    });
                }
                "INTERVAL" => {
                    interval = number(key, value)?;
                    if !(1..=MAX_INTERVAL).contains(&interval) {
                        return Err(bad(format!("INTERVAL must be between 1 and {MAX_INTERVAL}")));
                    }
                }
                "BYDAY" => {
                    for item in value.split(',') {
                        let split = item.len().saturating_sub(2);
                        let (ordinal, code) = item.split_at(split);
                        let day = DAYS
                            .iter()
                            .find(|(c, _)| *c == code)
                            .map(|(_, d)| *d)
                            .ok_or_else(|| bad(format!("BYDAY: {item:?} is not a day such as TU or 1MO")))?;
                        let ordinal = if ordinal.is_empty() {
                            None
                        } else {
                            let n: i8 = number("BYDAY", ordinal.trim_start_matches('+'))?;
                            if n == 0 || !(-5..=5).contains(&n) {
                                return Err(bad(format!(
                                    "BYDAY: {item:?}: the week of the month must be 1 to 5, or -1 to -5 from the end"
                                )));
                            }
                            Some(n)
                        };
                        if !byday.contains(&(ordinal, day)) {
                            byday.push((ordinal, day));
                        }
                    }
                }
                "BYMONTHDAY" => {
                    for item in value.split(',') {
                        let n: i8 = number(key, item)?;
                        if n == 0 || !(-31..=31).contains(&n) {
                            return Err(bad("BYMONTHDAY must be 1 to 31, or -1 to -31 from the end"));
                        }
                        if !month_days.contains(&n) {
                            month_days.push(n);
                        }
                    }
                }
                "BYMONTH" => {
                    for item in value.split(',') {
                        let n: i8 = number(key, item)?;
                        if !(1..=12).contains(&n) {
                            return Err(bad("BYMONTH must list months 1 to 12"));
                        }
                        if !months.contains(&n) {
                            months.push(n);
                        }
                    }
                    months.sort_unstable();
                }
                "COUNT" => {
                    let n: u32 = number(key, value)?;
                    if !(1..=MAX_COUNT).contains(&n) {
                        return Err(bad(format!("COUNT must be between 1 and {MAX_COUNT}")));
                    }
                    count = Some(n);
                }
                "UNTIL" => until = Some(parse_until(value)?),
                "WKST" => {
                    if value != "MO" {
                        return Err(bad("WKST must be MO (weeks start on Monday)"));
                    }
                }
                other => return Err(bad(format!("{other} is not supported"))),
            }
        }
        let frequency =
            frequency.ok_or_else(|| bad("FREQ is missing; start with FREQ=WEEKLY or FREQ=MONTHLY"))?;
        if count.is_some() && until.is_some() {
            return Err(bad("give COUNT or UNTIL, not both"));
        }
        let mut rule = Rule {
            frequency,
            interval,
            weekdays: Vec::new(),
            nth_weekdays: Vec::new(),
            month_days: Vec::new(),
            months,
            count,
        };
        match frequency {
            Frequency::Weekly => {
                if !month_days.is_empty() {
                    return Err(bad("BYMONTHDAY goes with FREQ=MONTHLY"));
                }
                for (ordinal, day) in byday {
                    if ordinal.is_some() {
                        return Err(bad("a weekly rule names plain days (TU), not 1TU"));
                    }
                    rule.weekdays.push(day);
                }
                rule.weekdays.sort_by_key(|d| d.to_monday_zero_offset());
            }
            Frequency::Monthly => {
                if !byday.is_empty() && !month_days.is_empty() {
                    return Err(bad("give BYDAY or BYMONTHDAY, not both"));
                }
                for (ordinal, day) in byday {
                    let Some(n) = ordinal else {
                        return Err(bad(
                            "a monthly rule names which week: 1TU for the first Tuesday, -1FR for the last Friday",
                        ));
                    };
                    rule.nth_weekdays.push((n, day));
                }
                rule.month_days = month_days;
            }
        }
        Ok((rule, until))
    }

    /// The rule as an `RRULE` value, in a canonical order (no `UNTIL`: see [`Schedule`]).
    pub fn to_rrule(&self) -> String {
        let mut out = String::from(match self.frequency {
            Frequency::Weekly => "FREQ=WEEKLY",
            Frequency::Monthly => "FREQ=MONTHLY",
        });
        if self.interval != 1 {
            out.push_str(&format!(";INTERVAL={}", self.interval));
        }
        let list = |items: Vec<String>| items.join(",");
        if !self.weekdays.is_empty() {
            let days = self
                .weekdays
                .iter()
                .map(|d| weekday_code(*d).to_owned())
                .collect();
            out.push_str(&format!(";BYDAY={}", list(days)));
        }
        if !self.nth_weekdays.is_empty() {
            let days = self
                .nth_weekdays
                .iter()
                .map(|(n, d)| format!("{n}{}", weekday_code(*d)))
                .collect();
            out.push_str(&format!(";BYDAY={}", list(days)));
        }
        if !self.month_days.is_empty() {
            let days = self.month_days.iter().map(ToString::to_string).collect();
            out.push_str(&format!(";BYMONTHDAY={}", list(days)));
        }
        if !self.months.is_empty() {
            let months = self.months.iter().map(ToString::to_string).collect();
            out.push_str(&format!(";BYMONTH={}", list(months)));
        }
        if let Some(count) = self.count {
            out.push_str(&format!(";COUNT={count}"));
        }
        out
    }

    /// Whether the rule repeats every week on the same days (what weekly-only formats such
    /// as Meeting Guide can express).
    pub fn is_plain_weekly(&self) -> bool {
        self.frequency == Frequency::Weekly && self.interval == 1 && self.months.is_empty()
    }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn day_number(date: Date) -> i64 {
    let (y, m, d) = (
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_day_number(days: i64) -> Option<Date> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

/// One meeting produced by a schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The local date the rule gave it: its identity (iCalendar `RECURRENCE-ID`).
    pub date: Date,
    pub starts: Timestamp,
    pub ends: Timestamp,
}

/// A first meeting, how long meetings last, their zone, and how they repeat.
#[derive(Debug, Clone)]
pub struct Schedule {
    /// Local wall-clock time of the first meeting.
    pub start: DateTime,
    pub minutes: u32,
    pub zone_name: String,
    pub zone: TimeZone,
    pub rule: Option<Rule>,
    /// The last local date a meeting may fall on.
    pub ends_on: Option<Date>,
}

impl PartialEq for Schedule {
    fn eq(&self, other: &Self) -> bool {
        self.start == other.start
            && self.minutes == other.minutes
            && self.zone_name == other.zone_name
            && self.rule == other.rule
            && self.ends_on == other.ends_on
    }
}

/// Looks up an IANA zone name.
pub fn zone(name: &str) -> Result<TimeZone, ValidationError> {
    if name.is_empty() || name.len() > 64 {
        return Err(ValidationError::new(
            "timezone",
            "give an IANA zone such as Europe/London",
        ));
    }
    TimeZone::get(name).map_err(|_| {
        ValidationError::new(
            "timezone",
            format!("{name:?} is not a known time zone; give an IANA name such as Europe/London"),
        )
    })
}

impl Schedule {
    /// Checks and builds a schedule. The first meeting must exist in the zone and be a day
    /// the rule names; the end may not come before the start.
    pub fn new(
        start: DateTime,
        minutes: u32,
        zone_name: &str,
        rule: Option<(Rule, Option<Until>)>,
        ends_on: Option<Date>,
    ) -> Result<Schedule, ValidationError> {
        let zone = zone(zone_name)?;
        if !(5..=24 * 60).contains(&minutes) {
            return Err(ValidationError::new(
                "duration_minutes",
                "must be between 5 minutes and 24 hours",
            ));
        }
        if let AmbiguousOffset::Gap { .. } = zone.to_ambiguous_timestamp(start).offset() {
            return Err(ValidationError::new(
                "starts_at",
                format!(
                    "{} does not exist in {zone_name}: the clocks go forward then; choose another time",
                    start.strftime("%H:%M on %Y-%m-%d")
                ),
            ));
        }
        let (rule, until) = match rule {
            Some((rule, until)) => (Some(rule), until),
            None => (None, None),
        };
        let until_date = match until {
            None => None,
            Some(Until::Date(d)) => Some(d),
            Some(Until::Local(dt)) => Some(if dt.time() >= start.time() {
                dt.date()
            } else {
                dt.date().yesterday().map_err(|_| bad("UNTIL is out of range"))?
            }),
            Some(Until::Instant(ts)) => {
                let local = ts.to_zoned_datetime(zone.clone()).datetime();
                Some(if local.time() >= start.time() {
                    local.date()
                } else {
                    local
                        .date()
                        .yesterday()
                        .map_err(|_| bad("UNTIL is out of range"))?
                })
            }
        };
        let ends_on = match (ends_on, until_date) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(end) = ends_on
            && end < start.date()
        {
            return Err(ValidationError::new(
                "ends_on",
                "the series cannot end before it starts",
            ));
        }
        let rule = rule.map(|mut rule| {
            match rule.frequency {
                Frequency::Weekly if rule.weekdays.is_empty() => rule.weekdays.push(start.weekday()),
                Frequency::Monthly if rule.nth_weekdays.is_empty() && rule.month_days.is_empty() => {
                    rule.month_days.push(start.day());
                }
                _ => {}
            }
            rule
        });
        let schedule = Schedule {
            start,
            minutes,
            zone_name: zone_name.to_owned(),
            zone,
            rule,
            ends_on,
        };
        if schedule.rule.is_some() && !schedule.candidates(0).contains(&start.date()) {
            return Err(ValidationError::new(
                "starts_at",
                "the first meeting must fall on a day the recurrence names",
            ));
        }
        Ok(schedule)
    }

    /// A one-off meeting.
    pub fn once(start: DateTime, minutes: u32, zone_name: &str) -> Result<Schedule, ValidationError> {
        Self::new(start, minutes, zone_name, None, None)
    }

    fn start_monday(&self) -> i64 {
        let date = self.start.date();
        day_number(date) - i64::from(date.weekday().to_monday_zero_offset())
    }

    fn month_index(date: Date) -> i64 {
        i64::from(date.year()) * 12 + i64::from(date.month()) - 1
    }

    /// The dates in period `p` (weeks or months after the first), in order, before the
    /// start and end dates are applied.
    fn period_dates(&self, rule: &Rule, p: i64) -> Vec<Date> {
        let mut dates = match rule.frequency {
            Frequency::Weekly => {
                let monday = self.start_monday() + p * 7;
                rule.weekdays
                    .iter()
                    .filter_map(|d| from_day_number(monday + i64::from(d.to_monday_zero_offset())))
                    .collect::<Vec<_>>()
            }
            Frequency::Monthly => {
                let index = Self::month_index(self.start.date()) + p;
                let (Ok(year), Ok(month)) = (
                    i16::try_from(index.div_euclid(12)),
                    i8::try_from(index.rem_euclid(12) + 1),
                ) else {
                    return Vec::new();
                };
                let Ok(first) = Date::new(year, month, 1) else {
                    return Vec::new();
                };
                let mut dates: Vec<Date> = rule
                    .nth_weekdays
                    .iter()
                    .filter_map(|(n, d)| first.nth_weekday_of_month(*n, *d).ok())
                    .collect();
                let last = first.days_in_month();
                for day in &rule.month_days {
                    let day = if *day > 0 { *day } else { last + 1 + *day };
                    if (1..=last).contains(&day)
                        && let Ok(d) = Date::new(year, month, day)
                    {
                        dates.push(d);
                    }
                }
                dates
            }
        };
        if !rule.months.is_empty() {
            dates.retain(|d| rule.months.contains(&d.month()));
        }
        dates.sort_unstable();
        dates.dedup();
        dates
    }

    /// Candidate dates of period `p` within the series' start and end.
    fn candidates(&self, p: i64) -> Vec<Date> {
        let Some(rule) = &self.rule else {
            return if p == 0 {
                vec![self.start.date()]
            } else {
                Vec::new()
            };
        };
        let mut dates = self.period_dates(rule, p);
        dates.retain(|d| *d >= self.start.date() && self.ends_on.is_none_or(|end| *d <= end));
        dates
    }

    /// The period a date falls in.
    fn period_of(&self, rule: &Rule, date: Date) -> i64 {
        match rule.frequency {
            Frequency::Weekly => (day_number(date) - self.start_monday()).div_euclid(7),
            Frequency::Monthly => Self::month_index(date) - Self::month_index(self.start.date()),
        }
    }

    /// Calls `visit` with each meeting date from `from` on, in order, until it returns
    /// false, the series ends, or the rule has gone quiet for too long.
    pub fn walk_dates(&self, from: Date, mut visit: impl FnMut(Date) -> bool) {
        let Some(rule) = &self.rule else {
            if self.start.date() >= from {
                visit(self.start.date());
            }
            return;
        };
        let interval = i64::from(rule.interval);
        // With COUNT, meetings are numbered from the first, so walk from there.
        let first = if rule.count.is_some() {
            0
        } else {
            let p = self.period_of(rule, from).max(0);
            p - p.rem_euclid(interval)
        };
        let mut seen = 0u32;
        let mut empty = 0u32;
        let mut p = first;
        loop {
            if let Some(end) = self.ends_on
                && self.period_of(rule, end) < p
            {
                return;
            }
            let dates = self.candidates(p);
            if dates.is_empty() {
                empty += 1;
                if empty > MAX_EMPTY_PERIODS {
                    return;
                }
            } else {
                empty = 0;
            }
            for date in dates {
                seen += 1;
                if rule.count.is_some_and(|c| seen > c) {
                    return;
                }
                if date >= from && !visit(date) {
                    return;
                }
            }
            p += interval;
        }
    }

    /// The instant a meeting on `date` starts, by RFC 5545 section 3.3.5.
    pub fn starts_on(&self, date: Date) -> Timestamp {
        self.at(date.to_datetime(self.start.time()))
    }

    /// An instant for a local time in this schedule's zone, by RFC 5545 section 3.3.5.
    pub fn at(&self, local: DateTime) -> Timestamp {
        self.zone
            .to_ambiguous_timestamp(local)
            .compatible()
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    pub fn occurrence(&self, date: Date) -> Occurrence {
        let starts = self.starts_on(date);
        Occurrence {
            date,
            starts,
            ends: starts
                .checked_add(jiff::SignedDuration::from_mins(i64::from(self.minutes)))
                .unwrap_or(starts),
        }
    }

    /// Whether the rule gives a meeting on `date`.
    pub fn has_date(&self, date: Date) -> bool {
        let mut found = false;
        self.walk_dates(date, |d| {
            found = d == date;
            false
        });
        found
    }

    /// Meetings that have not ended by `from` and start before `until`, at most `limit`.
    pub fn occurrences(&self, from: Timestamp, until: Timestamp, limit: usize) -> Vec<Occurrence> {
        let mut out = Vec::new();
        if limit == 0 || from >= until {
            return out;
        }
        // A meeting that started the day before may still be running.
        let from_date = from
            .to_zoned_datetime(self.zone.clone())
            .date()
            .yesterday()
            .unwrap_or(self.start.date());
        self.walk_dates(from_date, |date| {
            let occurrence = self.occurrence(date);
            if occurrence.starts >= until {
                return false;
            }
            if occurrence.ends > from {
                out.push(occurrence);
            }
            out.len() < limit
        });
        out
    }

    /// The `RRULE` for calendars, with `UNTIL` in UTC as RFC 5545 asks when `DTSTART` has
    /// a zone.
    pub fn rrule(&self) -> Option<String> {
        let rule = self.rule.as_ref()?;
        let Some(end) = self.ends_on else {
            return Some(rule.to_rrule());
        };
        // RFC 5545 allows COUNT or UNTIL, not both: with an end date, the series ends at
        // whichever comes first, said with UNTIL alone.
        let mut last = end;
        if rule.count.is_some() {
            let mut final_date = None;
            self.walk_dates(self.start.date(), |d| {
                final_date = Some(d);
                true
            });
            if let Some(d) = final_date {
                last = last.min(d);
            }
        }
        let without_count = Rule {
            count: None,
            ..rule.clone()
        };
        let until = self.at(last.to_datetime(Time::MAX));
        Some(format!(
            "{};UNTIL={}",
            without_count.to_rrule(),
            until.strftime("%Y%m%dT%H%M%SZ")
        ))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
    use jiff::civil::date;
    use proptest::prelude::*;

    use super::*;

    fn schedule(start: DateTime, rule: &str) -> Schedule {
        Schedule::new(
            start,
            90,
            DEFAULT_TIME_ZONE,
            Some(Rule::parse(rule).unwrap()),
            None,
        )
        .unwrap()
    }

    fn dates(s: &Schedule, n: usize) -> Vec<String> {
        let mut out = Vec::new();
        s.walk_dates(s.start.date(), |d| {
            out.push(d.to_string());
            out.len() < n
        });
        out
    }

    fn utc(ts: Timestamp) -> String {
        ts.strftime("%Y-%m-%d %H:%M").to_string()
    }

    #[test]
    fn weekly_meetings_keep_their_local_time_across_clock_changes() {
        // Tuesdays at 19:00 across the end of British Summer Time (25 October 2026).
        let s = schedule(date(2026, 10, 13).at(19, 0, 0, 0), "FREQ=WEEKLY;BYDAY=TU");
        let got: Vec<String> = s
            .occurrences(
                date(2026, 10, 1)
                    .to_zoned_datetime(TimeZone::UTC)
                    .unwrap()
                    .timestamp(),
                date(2026, 11, 1)
                    .to_zoned_datetime(TimeZone::UTC)
                    .unwrap()
                    .timestamp(),
                10,
            )
            .into_iter()
            .map(|o| utc(o.starts))
            .collect();
        assert_eq!(got, ["2026-10-13 18:00", "2026-10-20 18:00", "2026-10-27 19:00"]);
    }

    #[test]
    fn a_meeting_at_half_past_one_on_clock_change_nights_is_handled_deliberately() {
        // Sundays at 01:30. 28 March 2027: 01:00 GMT jumps to 02:00 BST, so 01:30 does not
        // exist; RFC 5545 says read it with the offset before the gap: 02:30 BST (01:30 UTC).
        let s = schedule(date(2027, 3, 21).at(1, 30, 0, 0), "FREQ=WEEKLY;BYDAY=SU");
        assert_eq!(utc(s.starts_on(date(2027, 3, 21))), "2027-03-21 01:30");
        assert_eq!(utc(s.starts_on(date(2027, 3, 28))), "2027-03-28 01:30");
        assert_eq!(utc(s.starts_on(date(2027, 4, 4))), "2027-04-04 00:30");
        // 31 October 2027: 01:30 happens twice; the first (BST, 00:30 UTC) is the meeting.
        assert_eq!(utc(s.starts_on(date(2027, 10, 31))), "2027-10-31 00:30");
        assert_eq!(utc(s.starts_on(date(2027, 11, 7))), "2027-11-07 01:30");
    }

    #[test]
    fn a_first_meeting_that_does_not_exist_is_refused() {
        let err = Schedule::once(date(2027, 3, 28).at(1, 30, 0, 0), 60, DEFAULT_TIME_ZONE).unwrap_err();
        assert_eq!(err.field, "starts_at");
        assert!(err.message.contains("clocks go forward"), "{}", err.message);
    }

    #[test]
    fn fortnightly_and_monthly_rules() {
        let s = schedule(
            date(2026, 12, 3).at(18, 30, 0, 0),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
        );
        assert_eq!(dates(&s, 3), ["2026-12-03", "2026-12-17", "2026-12-31"]);
        let s = schedule(date(2026, 12, 7).at(10, 0, 0, 0), "FREQ=MONTHLY;BYDAY=1MO");
        assert_eq!(dates(&s, 3), ["2026-12-07", "2027-01-04", "2027-02-01"]);
        let s = schedule(date(2026, 12, 31).at(10, 0, 0, 0), "FREQ=MONTHLY;BYMONTHDAY=-1");
        assert_eq!(dates(&s, 3), ["2026-12-31", "2027-01-31", "2027-02-28"]);
        // 31st: months without one are skipped, as RFC 5545 says.
        let s = schedule(date(2026, 12, 31).at(10, 0, 0, 0), "FREQ=MONTHLY;BYMONTHDAY=31");
        assert_eq!(dates(&s, 3), ["2026-12-31", "2027-01-31", "2027-03-31"]);
    }

    #[test]
    fn the_last_friday_except_in_august() {
        let s = schedule(
            date(2027, 6, 25).at(19, 0, 0, 0),
            "FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=1,2,3,4,5,6,7,9,10,11,12",
        );
        assert_eq!(dates(&s, 3), ["2027-06-25", "2027-07-30", "2027-09-24"]);
    }

    #[test]
    fn count_and_until_end_a_series() {
        let s = schedule(date(2026, 12, 1).at(19, 0, 0, 0), "FREQ=WEEKLY;BYDAY=TU;COUNT=3");
        assert_eq!(dates(&s, 10), ["2026-12-01", "2026-12-08", "2026-12-15"]);
        let s = schedule(
            date(2026, 12, 1).at(19, 0, 0, 0),
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T190000Z",
        );
        assert_eq!(dates(&s, 10), ["2026-12-01", "2026-12-08", "2026-12-15"]);
        assert_eq!(s.rrule().unwrap(), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T235959Z");
    }

    #[test]
    fn count_and_an_end_date_become_until_alone() {
        let s = Schedule::new(
            date(2026, 12, 1).at(19, 0, 0, 0),
            60,
            DEFAULT_TIME_ZONE,
            Some(Rule::parse("FREQ=WEEKLY;BYDAY=TU;COUNT=10").unwrap()),
            Some(date(2026, 12, 10)),
        )
        .unwrap();
        // The last meeting before the end date is 8 December.
        assert_eq!(s.rrule().unwrap(), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T235959Z");
        let s = Schedule::new(
            date(2026, 12, 1).at(19, 0, 0, 0),
            60,
            DEFAULT_TIME_ZONE,
            Some(Rule::parse("FREQ=WEEKLY;BYDAY=TU;COUNT=2").unwrap()),
            Some(date(2027, 6, 1)),
        )
        .unwrap();
        assert_eq!(s.rrule().unwrap(), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261208T235959Z");
        assert_eq!(dates(&s, 10), ["2026-12-01", "2026-12-08"]);
    }

    #[test]
    fn bad_rules_name_what_is_wrong() {
        for (rule, needle) in [
            ("", "empty"),
            ("FREQ=DAILY", "not supported"),
            ("FREQ=WEEKLY;BYDAY=XX", "BYDAY"),
            ("FREQ=MONTHLY;BYDAY=TU", "which week"),
            ("FREQ=MONTHLY;BYDAY=6TU", "1 to 5"),
            ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
            ("FREQ=WEEKLY;COUNT=5000", "COUNT"),
            ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "not both"),
            ("FREQ=WEEKLY;BYHOUR=3", "BYHOUR"),
            ("FREQ=WEEKLY;FREQ=WEEKLY", "twice"),
            ("BYDAY=TU", "FREQ is missing"),
            ("FREQ=WEEKLY;UNTIL=2027", "UNTIL"),
            ("FREQ=WEEKLY;BYDAY=éA", "letters"),
            ("FREQ=WEEKLY;BYDAY=1é", "letters"),
        ] {
            let err = Rule::parse(rule).unwrap_err();
            assert_eq!(err.field, "recurrence");
            assert!(err.message.contains(needle), "{rule}: {}", err.message);
        }
        let err = Schedule::new(
            date(2026, 12, 2).at(19, 0, 0, 0),
            60,
            DEFAULT_TIME_ZONE,
            Some(Rule::parse("FREQ=WEEKLY;BYDAY=TU").unwrap()),
            None,
        )
        .unwrap_err();
        assert_eq!(err.field, "starts_at");
        let err = Schedule::new(
            date(2026, 12, 1).at(19, 0, 0, 0),
            60,
            DEFAULT_TIME_ZONE,
            None,
            Some(date(2026, 11, 1)),
        )
        .unwrap_err();
        assert_eq!(err.field, "ends_on");
        assert_eq!(zone("Mars/Olympus").unwrap_err().field, "timezone");
    }

    #[test]
    fn a_rule_that_never_happens_stops() {
        // The 31st of February never comes; the walk must end all the same.
        let s = Schedule {
            start: date(2026, 12, 31).at(10, 0, 0, 0),
            minutes: 60,
            zone_name: DEFAULT_TIME_ZONE.into(),
            zone: zone(DEFAULT_TIME_ZONE).unwrap(),
            rule: Some(Rule::parse("FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2").unwrap().0),
            ends_on: None,
        };
        assert!(dates(&s, 5).is_empty());
        let far = Timestamp::from_second(4_000_000_000).unwrap();
        assert!(s.occurrences(Timestamp::UNIX_EPOCH, far, 5).is_empty());
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in [-800_000, -1, 0, 1, 365, 20_000, 2_000_000] {
            let d = from_day_number(days).unwrap();
            assert_eq!(day_number(d), days);
        }
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(2000, 3, 1)), 11_017);
    }

    fn arb_rule() -> impl Strategy<Value = String> {
        let day = prop::sample::select(vec!["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
        prop_oneof![
            (1u16..5, prop::collection::vec(day.clone(), 1..3))
                .prop_map(|(i, d)| format!("FREQ=WEEKLY;INTERVAL={i};BYDAY={}", d.join(","))),
            (1u16..4, prop::sample::select(vec![1i8, 2, 3, 4, -1, -2]), day)
                .prop_map(|(i, n, d)| format!("FREQ=MONTHLY;INTERVAL={i};BYDAY={n}{d}")),
            (1u16..4, 1i8..32).prop_map(|(i, n)| format!("FREQ=MONTHLY;INTERVAL={i};BYMONTHDAY={n}")),
        ]
    }

    proptest! {
        #[test]
        fn parsing_never_panics(text in ".{0,80}") {
            let _ = Rule::parse(&text);
        }

        #[test]
        fn canonical_rules_parse_back_to_themselves(text in arb_rule()) {
            let (rule, _) = Rule::parse(&text).unwrap();
            let (again, _) = Rule::parse(&rule.to_rrule()).unwrap();
            prop_assert_eq!(rule, again);
        }

        /// Every meeting a rule gives is on a day it names, at the same local time, in
        /// order, and a window always returns the same meetings as a longer walk.
        #[test]
        fn expansion_keeps_local_time_and_order(
            text in arb_rule(),
            day_offset in 0i64..800,
            hour in 0i8..24,
            minute in prop::sample::select(vec![0i8, 15, 30, 45]),
        ) {
            let (rule, _) = Rule::parse(&text).unwrap();
            // Find a first meeting the rule names.
            let probe = Schedule {
                start: from_day_number(20_000 + day_offset).unwrap().at(hour, minute, 0, 0),
                minutes: 60,
                zone_name: DEFAULT_TIME_ZONE.into(),
                zone: zone(DEFAULT_TIME_ZONE).unwrap(),
                rule: Some(rule.clone()),
                ends_on: None,
            };
            let Some(first) = dates(&probe, 1).first().cloned() else { return Ok(()); };
            let first: Date = first.parse().unwrap();
            let start = first.at(hour, minute, 0, 0);
            let Ok(s) = Schedule::new(start, 60, DEFAULT_TIME_ZONE, Some((rule, None)), None) else {
                // Only a first meeting inside a spring-forward gap is refused.
                let gap = matches!(
                    zone(DEFAULT_TIME_ZONE).unwrap().to_ambiguous_timestamp(start).offset(),
                    AmbiguousOffset::Gap { .. }
                );
                prop_assert!(gap);
                return Ok(());
            };
            let all = s.occurrences(s.starts_on(first), s.starts_on(first).checked_add(jiff::SignedDuration::from_hours(24 * 800)).unwrap(), 60);
            prop_assert!(!all.is_empty());
            for pair in all.windows(2) {
                prop_assert!(pair[0].starts < pair[1].starts);
            }
            for o in &all {
                let local = o.starts.to_zoned_datetime(s.zone.clone()).datetime();
                let offset = s.zone.to_ambiguous_timestamp(o.date.to_datetime(start.time())).offset();
                let in_gap = matches!(offset, AmbiguousOffset::Gap { .. });
                if !in_gap {
                    prop_assert_eq!(local, o.date.to_datetime(start.time()));
                }
                prop_assert!(s.has_date(o.date));
            }
            // A window in the middle gives exactly the meetings of the long walk inside it.
            if all.len() > 4 {
                let window = s.occurrences(all[2].ends, all[4].starts, 100);
                prop_assert_eq!(&window[..], &all[3..4]);
            }
        }
    }
}
