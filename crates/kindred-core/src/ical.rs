//! Writing iCalendar (RFC 5545): escaped, folded content lines, and `VTIMEZONE`
//! components built from the zone database so every `TZID` a calendar uses is defined in
//! it. Output is checked by a parser that is not this code (Python `icalendar`, in
//! `scripts/test`).

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Weekday};
use jiff::tz::{Offset, TimeZone};

use crate::recurrence::weekday_code;

/// Escapes a TEXT value (RFC 5545 section 3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A calendar being written: content lines, folded at 75 octets, ended with CRLF.
#[derive(Debug, Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes `NAME:value` (value already escaped where it is TEXT).
    pub fn line(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.out.push_str("\r\n ");
                width = 1;
            }
            self.out.push(c);
            width += len;
        }
        self.out.push_str("\r\n");
    }

    pub fn text(&mut self, name: &str, value: &str) {
        self.line(name, &escape(value));
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// `20261201T190000`
pub fn local(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

/// `20261201T190000Z`
pub fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn offset(o: Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.abs();
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    if s == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{s:02}")
    }
}

/// How a transition recurs: month, weekday, which one (1..4 or -1 for the last), time.
fn yearly_pattern(local: DateTime) -> (i8, Weekday, i8, jiff::civil::Time) {
    let date = local.date();
    let nth = if date.day() + 7 > date.days_in_month() {
        -1
    } else {
        (date.day() - 1) / 7 + 1
    };
    (date.month(), date.weekday(), nth, local.time())
}

/// Writes a `VTIMEZONE` for `zone` valid from `from` to `until`. Transitions that follow
/// a yearly pattern are written once with an `RRULE` (the last one open-ended, so calendar
/// programs stay right beyond `until`); any others are written one by one.
pub fn write_timezone(w: &mut Writer, name: &str, zone: &TimeZone, from: Timestamp, until: Timestamp) {
    w.line("BEGIN", "VTIMEZONE");
    w.line("TZID", name);
    let transitions: Vec<_> = zone
        .following(from)
        .take_while(|t| t.timestamp() < until)
        .collect();
    if transitions.is_empty() {
        let info = zone.to_offset_info(from);
        let o = offset(info.offset());
        w.line("BEGIN", "STANDARD");
        w.line("DTSTART", "19700101T000000");
        w.line("TZOFFSETFROM", &o);
        w.line("TZOFFSETTO", &o);
        w.text("TZNAME", info.abbreviation());
        w.line("END", "STANDARD");
        w.line("END", "VTIMEZONE");
        return;
    }
    // Group transitions by what they do and when in the year they happen.
    struct Run {
        kind: &'static str,
        from: String,
        to: String,
        name: String,
        first: DateTime,
        last: Timestamp,
        count: usize,
        pattern: (i8, Weekday, i8, jiff::civil::Time),
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut before = zone.to_offset(from);
    for t in &transitions {
        let local = t
            .timestamp()
            .to_zoned_datetime(TimeZone::fixed(before))
            .datetime();
        let kind = if t.dst().is_dst() { "DAYLIGHT" } else { "STANDARD" };
        let pattern = yearly_pattern(local);
        let (from_o, to_o) = (offset(before), offset(t.offset()));
        let name = t.abbreviation().to_owned();
        let continues = runs.iter_mut().rev().find(|r| r.kind == kind).filter(|r| {
            r.from == from_o
                && r.to == to_o
                && r.name == name
                && r.pattern == pattern
                && local.year() == r.first.year() + i16::try_from(r.count).unwrap_or(i16::MAX)
        });
        match continues {
            Some(run) => {
                run.last = t.timestamp();
                run.count += 1;
            }
            None => runs.push(Run {
                kind,
                from: from_o,
                to: to_o,
                name,
                first: local,
                last: t.timestamp(),
                count: 1,
                pattern,
            }),
        }
        before = t.offset();
    }
    // The last run of each kind carries on past `until`.
    let mut last_of_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, run) in runs.iter().enumerate() {
        last_of_kind.insert(run.kind, i);
    }
    for (i, run) in runs.iter().enumerate() {
        w.line("BEGIN", run.kind);
        w.line("DTSTART", &local(run.first));
        w.line("TZOFFSETFROM", &run.from);
        w.line("TZOFFSETTO", &run.to);
        w.text("TZNAME", &run.name);
        let open_ended = last_of_kind.get(run.kind) == Some(&i);
        if run.count > 1 || open_ended {
            let (month, weekday, nth, _) = run.pattern;
            let mut rule = format!("FREQ=YEARLY;BYMONTH={month};BYDAY={nth}{}", weekday_code(weekday));
            if !open_ended {
                rule.push_str(&format!(";UNTIL={}", utc(run.last)));
            }
            w.line("RRULE", &rule);
        }
        w.line("END", run.kind);
    }
    w.line("END", "VTIMEZONE");
}

/// Starts a calendar.
pub fn begin_calendar(w: &mut Writer, name: &str) {
    w.line("BEGIN", "VCALENDAR");
    w.line("VERSION", "2.0");
    w.line("PRODID", "-//Kindred//Kindred meetings//EN");
    w.line("CALSCALE", "GREGORIAN");
    w.line("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", name);
}

/// A date as `YYYYMMDD`.
pub fn date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_folded() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut w = Writer::new();
        w.text("DESCRIPTION", &"é".repeat(100));
        let out = w.finish();
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "é".repeat(100)));
    }

    #[test]
    fn london_has_a_yearly_rule_for_each_change() {
        let zone = TimeZone::get("Europe/London").unwrap();
        let from = Timestamp::from_second(1_767_225_600).unwrap(); // 2026-01-01
        let until = Timestamp::from_second(1_893_456_000).unwrap(); // 2030-01-01
        let mut w = Writer::new();
        write_timezone(&mut w, "Europe/London", &zone, from, until);
        let out = w.finish();
        assert!(out.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"), "{out}");
        assert!(out.contains("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"), "{out}");
        assert_eq!(out.matches("BEGIN:DAYLIGHT").count(), 1);
    }

    #[test]
    fn a_zone_without_changes_still_gets_a_definition() {
        let mut w = Writer::new();
        let zone = TimeZone::get("Asia/Kolkata").unwrap();
        write_timezone(
            &mut w,
            "Asia/Kolkata",
            &zone,
            Timestamp::UNIX_EPOCH
                .checked_add(jiff::SignedDuration::from_hours(500_000))
                .unwrap(),
            Timestamp::from_second(1_893_456_000).unwrap(),
        );
        let out = w.finish();
        assert!(out.contains("TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530"), "{out}");
    }
}
