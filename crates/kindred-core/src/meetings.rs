//! Meetings: a group's series (one meeting or a recurring run), where they happen, the
//! agenda format they follow, exceptions to the run, and replies (RSVP) with a waitlist.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use serde::{Deserialize, Serialize};

use crate::ValidationError;
use crate::groups::codes;
use crate::ids::{FormatId, GroupId, SeriesId};
use crate::recurrence::{DEFAULT_TIME_ZONE, Occurrence, Rule, Schedule};

codes!(
    /// Where a series meets.
    PlaceKind, "place" {
        GroupVenue = "group_venue",
        OtherVenue = "other_venue",
        Online = "online",
        Hybrid = "hybrid",
    }
);

codes!(
    /// What a segment of an agenda is for; the live room runs each kind its own way.
    SegmentKind, "segments" {
        OpenSharing = "open_sharing",
        GoRound = "go_round",
        Topic = "topic",
        Reading = "reading",
        Break = "break",
        CheckOut = "check_out",
    }
);

codes!(
    /// A member's reply to one meeting.
    Reply, "reply" {
        Going = "going",
        Waitlisted = "waitlisted",
        NotGoing = "not_going",
    }
);

#[allow(clippy::derivable_impls, reason = "the enum is made by a macro")]
impl Default for PlaceKind {
    fn default() -> Self {
        PlaceKind::GroupVenue
    }
}

/// A venue other than the group's usual one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MeetingVenue {
    pub name: String,
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    /// Step-free access, hearing loop, toilets, parking: in the organiser's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directions: Option<String>,
}

/// How to join online. Shown only to members, and only from a while before the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OnlineAccess {
    /// An `https://` link to the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// A phone number to dial in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dial_in: Option<String>,
}

/// The default for how long before the start members see the join link.
pub const DEFAULT_LINK_OPENS_MINUTES: u32 = 30;

/// A series as organisers send it (JSON API and the form).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesInput {
    /// A title, if meetings in this series differ from the group's name.
    #[serde(default)]
    pub title: Option<String>,
    /// Local date and time of the first meeting: `2026-12-01T19:00`.
    pub starts_at: String,
    #[serde(default = "default_minutes")]
    pub duration_minutes: u32,
    /// IANA time zone; default `Europe/London`.
    #[serde(default)]
    pub timezone: Option<String>,
    /// An iCalendar `RRULE` value; leave out for a one-off meeting.
    #[serde(default)]
    pub recurrence: Option<String>,
    /// The last date a meeting may fall on: `2027-07-31`.
    #[serde(default)]
    pub ends_on: Option<String>,
    pub place: PlaceKind,
    #[serde(default)]
    pub venue: Option<MeetingVenue>,
    #[serde(default)]
    pub online: Option<OnlineAccess>,
    /// How many minutes before the start members see the join link (default 30).
    #[serde(default)]
    pub link_opens_minutes: Option<u32>,
    /// Places per meeting; more replies go on a waitlist. Leave out for no limit.
    #[serde(default)]
    pub capacity: Option<u32>,
    /// `builtin:open-sharing`, ... or the id of a format the group made.
    #[serde(default)]
    pub format: Option<String>,
}

fn default_minutes() -> u32 {
    90
}

impl Default for SeriesInput {
    /// A one-off meeting at the group's venue, 90 minutes long (the same defaults as JSON).
    fn default() -> Self {
        Self {
            title: None,
            starts_at: String::new(),
            duration_minutes: default_minutes(),
            timezone: None,
            recurrence: None,
            ends_on: None,
            place: PlaceKind::GroupVenue,
            venue: None,
            online: None,
            link_opens_minutes: None,
            capacity: None,
            format: None,
        }
    }
}

/// Which agenda format a series follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormatRef {
    Builtin(&'static str),
    Group(FormatId),
}

impl FormatRef {
    pub fn parse(text: &str) -> Result<FormatRef, ValidationError> {
        if let Some(key) = text.strip_prefix("builtin:") {
            return builtin_formats()
                .iter()
                .find(|f| f.key == key)
                .map(|f| FormatRef::Builtin(f.key))
                .ok_or_else(|| {
                    ValidationError::new("format", format!("there is no built-in format {key:?}"))
                });
        }
        text.parse().map(FormatRef::Group).map_err(|_| {
            ValidationError::new(
                "format",
                "give builtin:<name> or the id of one of the group's formats",
            )
        })
    }
}

impl std::fmt::Display for FormatRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatRef::Builtin(key) => write!(f, "builtin:{key}"),
            FormatRef::Group(id) => write!(f, "{id}"),
        }
    }
}

/// Checked series details, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesDetails {
    pub title: Option<String>,
    pub schedule: Schedule,
    pub place: PlaceKind,
    pub venue: Option<MeetingVenue>,
    pub online: Option<OnlineAccess>,
    pub link_opens_minutes: u32,
    pub capacity: Option<u32>,
    pub format: Option<FormatRef>,
}

fn parse_local(field: &'static str, text: &str) -> Result<DateTime, ValidationError> {
    let text = text.trim();
    // Accept a space or a T, seconds or none; never an offset: the zone says that.
    let normal = text.replacen(' ', "T", 1);
    normal.parse::<DateTime>().map_err(|_| {
        ValidationError::new(
            field,
            "give a local date and time such as 2026-12-01T19:00 (no offset)",
        )
    })
}

pub fn parse_date(field: &'static str, text: &str) -> Result<Date, ValidationError> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| ValidationError::new(field, "give a date such as 2027-07-31"))
}

fn short(field: &'static str, value: Option<&str>, max: usize) -> Result<Option<String>, ValidationError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().count() > max {
        return Err(ValidationError::new(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    if value.chars().any(|c| c.is_control() && c != '\n') {
        return Err(ValidationError::new(field, "must not contain control characters"));
    }
    Ok(Some(value.to_owned()))
}

/// Checks a join link: `https://` (or `http://` for a local test), a host, no spaces.
pub fn check_join_url(url: &str) -> Result<String, ValidationError> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest)
            if !rest.is_empty()
                && url.len() <= 500
                && !rest.starts_with('/')
                && !url
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<') =>
        {
            Ok(url.to_owned())
        }
        _ => Err(ValidationError::new(
            "online.join_url",
            "give a full https:// link to the call",
        )),
    }
}

fn check_phone(phone: &str) -> Result<String, ValidationError> {
    let phone = phone.trim();
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if (5..=20).contains(&digits)
        && phone.len() <= 60
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-,#*pw".contains(c))
    {
        Ok(phone.to_owned())
    } else {
        Err(ValidationError::new(
            "online.dial_in",
            "give a phone number (digits, spaces, + ( ) - and , for pauses)",
        ))
    }
}

impl SeriesInput {
    /// Checks everything that needs no database. `group_has_venue` says whether the group
    /// lists a venue of its own.
    pub fn check(&self, group_has_venue: bool) -> Result<SeriesDetails, ValidationError> {
        let title = short("title", self.title.as_deref(), 120)?;
        if title.as_deref().is_some_and(|t| t.contains('\n')) {
            return Err(ValidationError::new("title", "must be one line"));
        }
        let start = parse_local("starts_at", &self.starts_at)?;
        let zone = self.timezone.as_deref().map(str::trim).filter(|z| !z.is_empty());
        let zone = zone.unwrap_or(DEFAULT_TIME_ZONE);
        let rule = match self
            .recurrence
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            Some(text) => Some(Rule::parse(text)?),
            None => None,
        };
        let ends_on = match self.ends_on.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            Some(text) => Some(parse_date("ends_on", text)?),
            None => None,
        };
        let schedule = Schedule::new(start, self.duration_minutes, zone, rule, ends_on)?;
        let venue = match &self.venue {
            Some(v) if !v.name.trim().is_empty() || !v.address.trim().is_empty() => Some(MeetingVenue {
                name: short("venue.name", Some(&v.name), 120)?
                    .ok_or_else(|| ValidationError::new("venue.name", "is required"))?,
                address: short("venue.address", Some(&v.address), 300)?
                    .ok_or_else(|| ValidationError::new("venue.address", "is required"))?,
                postcode: short("venue.postcode", v.postcode.as_deref(), 12)?,
                accessibility: short("venue.accessibility", v.accessibility.as_deref(), 1000)?,
                directions: short("venue.directions", v.directions.as_deref(), 1000)?,
            }),
            _ => None,
        };
        let online = match &self.online {
            Some(o) => {
                let join_url = match o.join_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
                    Some(u) => Some(check_join_url(u)?),
                    None => None,
                };
                let dial_in = match o.dial_in.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
                    Some(p) => Some(check_phone(p)?),
                    None => None,
                };
                (join_url.is_some() || dial_in.is_some()).then_some(OnlineAccess { join_url, dial_in })
            }
            None => None,
        };
        match self.place {
            PlaceKind::GroupVenue if !group_has_venue => {
                return Err(ValidationError::new(
                    "place",
                    "the group lists no venue; choose another venue or online",
                ));
            }
            PlaceKind::OtherVenue if venue.is_none() => {
                return Err(ValidationError::new(
                    "venue.name",
                    "give the venue's name and address",
                ));
            }
            PlaceKind::Hybrid if venue.is_none() && !group_has_venue => {
                return Err(ValidationError::new(
                    "venue.name",
                    "give the venue's name and address",
                ));
            }
            PlaceKind::Online | PlaceKind::Hybrid if online.is_none() => {
                return Err(ValidationError::new(
                    "online.join_url",
                    "give a link to the call or a dial-in number",
                ));
            }
            _ => {}
        }
        let (venue, online) = match self.place {
            PlaceKind::GroupVenue => (None, None),
            PlaceKind::OtherVenue => (venue, None),
            PlaceKind::Online => (None, online),
            PlaceKind::Hybrid => (venue, online),
        };
        let link_opens_minutes = self.link_opens_minutes.unwrap_or(DEFAULT_LINK_OPENS_MINUTES);
        if link_opens_minutes > 7 * 24 * 60 {
            return Err(ValidationError::new(
                "link_opens_minutes",
                "must be at most a week (10080)",
            ));
        }
        if let Some(c) = self.capacity
            && !(1..=10_000).contains(&c)
        {
            return Err(ValidationError::new("capacity", "must be between 1 and 10000"));
        }
        let format = match self.format.as_deref().map(str::trim).filter(|f| !f.is_empty()) {
            Some(text) => Some(FormatRef::parse(text)?),
            None => None,
        };
        Ok(SeriesDetails {
            title,
            schedule,
            place: self.place,
            venue,
            online,
            link_opens_minutes,
            capacity: self.capacity,
            format,
        })
    }
}

/// A stored series.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: SeriesId,
    pub group_id: GroupId,
    pub details: SeriesDetails,
    /// Bumped on every change, for iCalendar `SEQUENCE`.
    pub sequence: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A change to one meeting of a series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExceptionKind {
    Cancelled { reason: String },
    Moved { to: DateTime, note: Option<String> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    /// The date the rule gave the meeting.
    pub date: Date,
    pub kind: ExceptionKind,
}

/// Identifies one meeting: its series and the date the rule gave it. Written
/// `<series id>-<YYYY-MM-DD>` in URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MeetingRef {
    pub series: SeriesId,
    pub date: Date,
}

impl std::fmt::Display for MeetingRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.series, self.date)
    }
}

impl std::str::FromStr for MeetingRef {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ValidationError::new("id", "not a meeting id");
        if s.len() != 47 || !s.is_char_boundary(36) || s.as_bytes()[36] != b'-' {
            return Err(err());
        }
        Ok(MeetingRef {
            series: s[..36].parse().map_err(|_| err())?,
            date: s[37..].parse().map_err(|_| err())?,
        })
    }
}

/// One meeting of a series, with its exception applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: MeetingRef,
    pub starts: Timestamp,
    pub ends: Timestamp,
    pub cancelled: Option<String>,
    /// Set when the meeting was moved from its usual time.
    pub moved_note: Option<String>,
    pub moved: bool,
}

impl Series {
    fn meeting(&self, occurrence: Occurrence, exceptions: &[Exception]) -> Meeting {
        let id = MeetingRef {
            series: self.id,
            date: occurrence.date,
        };
        let mut meeting = Meeting {
            id,
            starts: occurrence.starts,
            ends: occurrence.ends,
            cancelled: None,
            moved_note: None,
            moved: false,
        };
        match exceptions
            .iter()
            .find(|e| e.date == occurrence.date)
            .map(|e| &e.kind)
        {
            Some(ExceptionKind::Cancelled { reason }) => meeting.cancelled = Some(reason.clone()),
            Some(ExceptionKind::Moved { to, note }) => {
                let schedule = &self.details.schedule;
                meeting.starts = schedule.at(*to);
                meeting.ends = meeting
                    .starts
                    .checked_add(jiff::SignedDuration::from_mins(i64::from(schedule.minutes)))
                    .unwrap_or(meeting.starts);
                meeting.moved = true;
                meeting.moved_note = note.clone();
            }
            None => {}
        }
        meeting
    }

    /// Meetings that have not ended by `from` and start before `until` (moved meetings
    /// where they now fall), cancelled ones included, in start order.
    pub fn meetings(
        &self,
        exceptions: &[Exception],
        from: Timestamp,
        until: Timestamp,
        limit: usize,
    ) -> Vec<Meeting> {
        let schedule = &self.details.schedule;
        let in_window = |m: &Meeting| m.ends > from && m.starts < until;
        // Only moves to a date near the window matter (a meeting moves by days, not years),
        // which also keeps the cost of many moves small.
        let zone = &schedule.zone;
        let lo = from
            .to_zoned_datetime(zone.clone())
            .date()
            .yesterday()
            .unwrap_or(Date::MIN);
        let hi = until
            .to_zoned_datetime(zone.clone())
            .date()
            .tomorrow()
            .unwrap_or(Date::MAX);
        let moved: Vec<&Exception> = exceptions
            .iter()
            .filter(|e| matches!(&e.kind, ExceptionKind::Moved { to, .. } if (lo..=hi).contains(&to.date())))
            .collect();
        // Enough of the rule's meetings that moving some away still leaves `limit`.
        let mut out: Vec<Meeting> = schedule
            .occurrences(from, until, limit + moved.len())
            .into_iter()
            .map(|o| self.meeting(o, exceptions))
            .filter(|m| in_window(m))
            .collect();
        // A meeting moved into the window from a date outside it.
        for e in moved {
            if !out.iter().any(|m| m.id.date == e.date) && schedule.has_date(e.date) {
                let m = self.meeting(schedule.occurrence(e.date), exceptions);
                if in_window(&m) {
                    out.push(m);
                }
            }
        }
        out.sort_by_key(|m| m.starts);
        out.truncate(limit);
        out
    }

    /// One meeting by its date, if the rule gives one.
    pub fn meeting_on(&self, date: Date, exceptions: &[Exception]) -> Option<Meeting> {
        let schedule = &self.details.schedule;
        schedule
            .has_date(date)
            .then(|| self.meeting(schedule.occurrence(date), exceptions))
    }

    /// The next meeting that is not cancelled and has not ended by `now`.
    pub fn next_meeting(&self, exceptions: &[Exception], now: Timestamp) -> Option<Meeting> {
        let horizon = now
            .checked_add(jiff::SignedDuration::from_hours(24 * 800))
            .unwrap_or(now);
        let mut from = now;
        for _ in 0..20 {
            let batch = self.meetings(exceptions, from, horizon, 8);
            let last = batch.last()?;
            if let Some(m) = batch.iter().find(|m| m.cancelled.is_none()) {
                return Some(m.clone());
            }
            from = last.ends;
        }
        None
    }

    /// The join link and dial-in, if a member may see them at `now`.
    pub fn online_visible(&self, meeting: &Meeting, now: Timestamp) -> bool {
        let opens = meeting
            .starts
            .checked_sub(jiff::SignedDuration::from_mins(i64::from(
                self.details.link_opens_minutes,
            )))
            .unwrap_or(meeting.starts);
        meeting.cancelled.is_none() && now >= opens && now < meeting.ends
    }
}

/// One part of a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Segment {
    pub name: String,
    pub minutes: u32,
    pub kind: SegmentKind,
    /// Words the facilitator reads, or the reading itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
}

/// An agenda: ordered segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FormatInput {
    pub name: String,
    pub segments: Vec<Segment>,
}

pub const MAX_SEGMENTS: usize = 30;

impl FormatInput {
    pub fn check(&self) -> Result<FormatInput, ValidationError> {
        let name = short("name", Some(&self.name), 80)?
            .ok_or_else(|| ValidationError::new("name", "is required"))?;
        if self.segments.is_empty() {
            return Err(ValidationError::new(
                "segments",
                "a format needs at least one segment",
            ));
        }
        if self.segments.len() > MAX_SEGMENTS {
            return Err(ValidationError::new(
                "segments",
                format!("at most {MAX_SEGMENTS} segments"),
            ));
        }
        let mut segments = Vec::new();
        for s in &self.segments {
            let seg_name = short("segments", Some(&s.name), 80)?
                .ok_or_else(|| ValidationError::new("segments", "every segment needs a name"))?;
            if !(1..=240).contains(&s.minutes) {
                return Err(ValidationError::new(
                    "segments",
                    "each segment lasts 1 to 240 minutes",
                ));
            }
            let script = match s.script.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                Some(t) if t.chars().count() > 5000 => {
                    return Err(ValidationError::new(
                        "segments",
                        "a script is at most 5000 characters",
                    ));
                }
                Some(t) => Some(t.to_owned()),
                None => None,
            };
            segments.push(Segment {
                name: seg_name,
                minutes: s.minutes,
                kind: s.kind,
                script,
            });
        }
        Ok(FormatInput { name, segments })
    }

    pub fn total_minutes(&self) -> u32 {
        self.segments.iter().map(|s| s.minutes).sum()
    }
}

/// A built-in format.
#[derive(Debug, Clone)]
pub struct BuiltinFormat {
    pub key: &'static str,
    pub format: FormatInput,
}

fn seg(name: &str, minutes: u32, kind: SegmentKind, script: Option<&str>) -> Segment {
    Segment {
        name: name.to_owned(),
        minutes,
        kind,
        script: script.map(str::to_owned),
    }
}

/// The formats every group can use or copy.
pub fn builtin_formats() -> &'static [BuiltinFormat] {
    use SegmentKind::*;
    static FORMATS: std::sync::OnceLock<Vec<BuiltinFormat>> = std::sync::OnceLock::new();
    FORMATS.get_or_init(|| {
        let welcome = "Welcome, everyone. What is said here stays here. Speak from your own experience, \
                       listen without advice unless it is asked for, and pass whenever you like.";
        vec![
            BuiltinFormat {
                key: "open-sharing",
                format: FormatInput {
                    name: "Open sharing".into(),
                    segments: vec![
                        seg("Welcome and group agreement", 5, Reading, Some(welcome)),
                        seg("Open sharing", 70, OpenSharing, None),
                        seg("Close", 5, CheckOut, None),
                    ],
                },
            },
            BuiltinFormat {
                key: "topic-meeting",
                format: FormatInput {
                    name: "Topic meeting".into(),
                    segments: vec![
                        seg("Welcome", 5, Reading, Some(welcome)),
                        seg("Introduce the topic", 10, Topic, None),
                        seg("Discussion", 50, Topic, None),
                        seg("Break", 10, Break, None),
                        seg("Check-out", 15, CheckOut, None),
                    ],
                },
            },
            BuiltinFormat {
                key: "recovery-five-part",
                format: FormatInput {
                    name: "Five-part recovery meeting".into(),
                    segments: vec![
                        seg("Opening and welcome", 5, Reading, Some(welcome)),
                        seg("Readings", 10, Reading, None),
                        seg("Chair's share", 15, OpenSharing, None),
                        seg("Sharing round", 45, GoRound, None),
                        seg("Closing", 5, CheckOut, None),
                    ],
                },
            },
            BuiltinFormat {
                key: "carers-drop-in",
                format: FormatInput {
                    name: "Carers' drop-in".into(),
                    segments: vec![
                        seg("Arrivals and tea", 15, Break, None),
                        seg("Introductions", 10, GoRound, None),
                        seg("Information slot", 15, Topic, None),
                        seg("Open conversation", 40, OpenSharing, None),
                        seg("What's next for you", 10, CheckOut, None),
                    ],
                },
            },
            BuiltinFormat {
                key: "check-in-check-out",
                format: FormatInput {
                    name: "Check-in / check-out round".into(),
                    segments: vec![
                        seg(
                            "Check-in round",
                            15,
                            GoRound,
                            Some("One word or a few sentences: how are you arriving today?"),
                        ),
                        seg("Open sharing", 55, OpenSharing, None),
                        seg(
                            "Check-out round",
                            15,
                            CheckOut,
                            Some("What are you taking away, and what will you do next?"),
                        ),
                    ],
                },
            },
        ]
    })
}

pub fn builtin_format(key: &str) -> Option<&'static BuiltinFormat> {
    builtin_formats().iter().find(|f| f.key == key)
}

/// A reply and what it became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyOutcome {
    pub reply: Reply,
    /// Someone moved up from the waitlist because of this reply.
    pub promoted: bool,
}

/// What a "going" reply becomes given the places left.
pub fn place_for(capacity: Option<u32>, going_already: i64) -> Reply {
    match capacity {
        Some(c) if going_already >= i64::from(c) => Reply::Waitlisted,
        _ => Reply::Going,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
    use jiff::civil::date;

    use super::*;

    fn input(place: PlaceKind) -> SeriesInput {
        SeriesInput {
            starts_at: "2026-12-01T19:00".into(),
            duration_minutes: 90,
            recurrence: Some("FREQ=WEEKLY;BYDAY=TU".into()),
            place,
            ..SeriesInput::default()
        }
    }

    fn series(details: SeriesDetails) -> Series {
        Series {
            id: SeriesId::new_random(),
            group_id: GroupId::new_random(),
            details,
            sequence: 0,
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn meeting_ids_round_trip() {
        let r = MeetingRef {
            series: SeriesId::new_random(),
            date: date(2026, 12, 1),
        };
        assert_eq!(r.to_string().parse::<MeetingRef>().unwrap(), r);
        for bad in [
            "",
            "x",
            "not-a-uuid-at-all-but-47-chars-long-0000-2026-12",
            &format!("{}-2026-13-01", r.series),
        ] {
            assert!(bad.parse::<MeetingRef>().is_err(), "{bad}");
        }
    }

    #[test]
    fn places_need_their_details() {
        assert_eq!(
            input(PlaceKind::GroupVenue).check(false).unwrap_err().field,
            "place"
        );
        assert!(input(PlaceKind::GroupVenue).check(true).is_ok());
        assert_eq!(
            input(PlaceKind::Online).check(true).unwrap_err().field,
            "online.join_url"
        );
        assert_eq!(
            input(PlaceKind::OtherVenue).check(true).unwrap_err().field,
            "venue.name"
        );
        let mut online = input(PlaceKind::Online);
        online.online = Some(OnlineAccess {
            join_url: Some("javascript:alert(1)".into()),
            dial_in: None,
        });
        assert_eq!(online.check(true).unwrap_err().field, "online.join_url");
        online.online = Some(OnlineAccess {
            join_url: Some("https://meet.example.org/abc".into()),
            dial_in: Some("0800 000 000".into()),
        });
        let details = online.check(false).unwrap();
        assert!(details.venue.is_none());
        let mut bad = input(PlaceKind::GroupVenue);
        bad.format = Some("builtin:nope".into());
        assert_eq!(bad.check(true).unwrap_err().field, "format");
        bad.format = Some("builtin:open-sharing".into());
        assert!(bad.check(true).is_ok());
        bad.starts_at = "tomorrow".into();
        assert_eq!(bad.check(true).unwrap_err().field, "starts_at");
    }

    #[test]
    fn exceptions_cancel_and_move_meetings() {
        let s = series(input(PlaceKind::GroupVenue).check(true).unwrap());
        let exceptions = vec![
            Exception {
                date: date(2026, 12, 8),
                kind: ExceptionKind::Cancelled {
                    reason: "Venue closed".into(),
                },
            },
            Exception {
                date: date(2026, 12, 15),
                kind: ExceptionKind::Moved {
                    to: date(2026, 12, 17).at(18, 0, 0, 0),
                    note: None,
                },
            },
        ];
        let from = Timestamp::from_second(1_764_000_000).unwrap(); // 24 Nov 2025
        let until = date(2026, 12, 31)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp();
        let all = s.meetings(&exceptions, from, until, 10);
        let summary: Vec<(String, bool, bool)> = all
            .iter()
            .map(|m| (m.starts.to_string(), m.cancelled.is_some(), m.moved))
            .collect();
        assert_eq!(
            summary,
            [
                ("2026-12-01T19:00:00Z".to_owned(), false, false),
                ("2026-12-08T19:00:00Z".to_owned(), true, false),
                ("2026-12-17T18:00:00Z".to_owned(), false, true),
                ("2026-12-22T19:00:00Z".to_owned(), false, false),
                ("2026-12-29T19:00:00Z".to_owned(), false, false),
            ]
        );
        let after_first = all[0].ends;
        let next = s.next_meeting(&exceptions, after_first).unwrap();
        assert_eq!(next.id.date, date(2026, 12, 15), "the cancelled one is skipped");
        // A window that starts after the first meeting still sees the moved one.
        let later: Vec<Date> = s
            .meetings(&exceptions, after_first, until, 2)
            .iter()
            .map(|m| m.id.date)
            .collect();
        assert_eq!(later, [date(2026, 12, 8), date(2026, 12, 15)]);
        assert!(s.meeting_on(date(2026, 12, 2), &exceptions).is_none());
    }

    #[test]
    fn the_join_link_opens_shortly_before_the_start() {
        let mut input = input(PlaceKind::Online);
        input.online = Some(OnlineAccess {
            join_url: Some("https://meet.example.org/abc".into()),
            dial_in: None,
        });
        input.link_opens_minutes = Some(15);
        let s = series(input.check(false).unwrap());
        let m = s.meeting_on(date(2026, 12, 1), &[]).unwrap();
        let minutes = |n: i64| m.starts.checked_add(jiff::SignedDuration::from_mins(n)).unwrap();
        assert!(!s.online_visible(&m, minutes(-16)));
        assert!(s.online_visible(&m, minutes(-15)));
        assert!(s.online_visible(&m, minutes(89)));
        assert!(!s.online_visible(&m, minutes(90)));
    }

    #[test]
    fn built_in_formats_are_valid() {
        assert_eq!(builtin_formats().len(), 5);
        for f in builtin_formats() {
            assert_eq!(f.format.check().unwrap(), f.format, "{}", f.key);
            assert_eq!(
                FormatRef::parse(&format!("builtin:{}", f.key)).unwrap(),
                FormatRef::Builtin(f.key)
            );
        }
        let bad = FormatInput {
            name: "x".into(),
            segments: vec![],
        };
        assert_eq!(bad.check().unwrap_err().field, "segments");
    }

    #[test]
    fn the_waitlist_starts_when_places_run_out() {
        assert_eq!(place_for(None, 1000), Reply::Going);
        assert_eq!(place_for(Some(2), 1), Reply::Going);
        assert_eq!(place_for(Some(2), 2), Reply::Waitlisted);
    }
}
