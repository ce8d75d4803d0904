//! iCalendar feeds: a group's meetings, one meeting, and a person's own feed behind a
//! secret, revocable link. A series is one `VEVENT` with `RRULE`; cancelled meetings are
//! `EXDATE`s; moved meetings are extra `VEVENT`s with `RECURRENCE-ID`; `SEQUENCE` goes up
//! with every change; every `TZID` used has its `VTIMEZONE`.
//!
//! Join links never go into calendar files (they are copied into calendar services and
//! kept forever); the event's URL leads to the meeting page, where members see the link.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use kindred_core::groups::Group;
use kindred_core::ical::{self, Writer};
use kindred_core::ids::GroupId;
use kindred_core::meetings::{Exception, ExceptionKind, Meeting, Series};
use kindred_core::policy::Actor;

use super::{Sight, days, load_meeting, meeting_title, now, venue_of, venue_visible};
use crate::AppState;
use crate::directory::load_group;
use crate::error::AppError;

/// The site's host name without a port, for UIDs (so a port change keeps them).
fn host(state: &AppState) -> String {
    let url = &state.settings.public_url;
    let authority = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split('/')
        .next()
        .unwrap_or("kindred");
    authority
        .rsplit_once(':')
        .map_or(authority, |(h, _)| h)
        .to_owned()
}

fn uid(state: &AppState, series: &Series) -> String {
    format!("{}@{}", series.id, host(state))
}

fn location(group: &Group, series: &Series, sight: Sight) -> Option<String> {
    let venue = venue_of(group, series).filter(|_| venue_visible(group, sight))?;
    let mut text = format!("{}, {}", venue.name, venue.address);
    if let Some(pc) = venue.postcode {
        text.push_str(&format!(", {pc}"));
    }
    Some(text)
}

fn common(w: &mut Writer, group: &Group, series: &Series, sight: Sight, url: &str) {
    w.text("SUMMARY", &meeting_title(group, series));
    w.line("SEQUENCE", &series.sequence.to_string());
    if let Some(place) = location(group, series, sight) {
        w.text("LOCATION", &place);
    }
    w.text("DESCRIPTION", &group.details.summary);
    w.line("URL", url);
}

fn group_url(state: &AppState, group: &Group) -> String {
    format!(
        "{}/groups/{}",
        state.settings.public_url,
        group.details.slug.as_str()
    )
}

/// Writes a series (with its exceptions) as events.
fn write_series(
    w: &mut Writer,
    state: &AppState,
    group: &Group,
    series: &Series,
    exceptions: &[Exception],
    sight: Sight,
) {
    let s = &series.details.schedule;
    let tzid = format!("TZID={}", s.zone_name);
    let stamp =
        ical::utc(jiff::Timestamp::from_second(series.updated_at).unwrap_or(jiff::Timestamp::UNIX_EPOCH));
    // Exceptions for dates the rule no longer gives (the series ended) are left out.
    let exceptions: Vec<&Exception> = exceptions.iter().filter(|e| s.has_date(e.date)).collect();
    // A one-off meeting that moved is simply at its new time.
    let moved_once = if s.rule.is_none() {
        exceptions.iter().find_map(|e| match &e.kind {
            ExceptionKind::Moved { to, .. } => Some(*to),
            ExceptionKind::Cancelled { .. } => None,
        })
    } else {
        None
    };
    w.line("BEGIN", "VEVENT");
    w.line("UID", &uid(state, series));
    w.line("DTSTAMP", &stamp);
    w.line(
        &format!("DTSTART;{tzid}"),
        &ical::local(moved_once.unwrap_or(s.start)),
    );
    w.line("DURATION", &format!("PT{}M", s.minutes));
    if let Some(rule) = s.rrule() {
        w.line("RRULE", &rule);
        for e in &exceptions {
            if matches!(e.kind, ExceptionKind::Cancelled { .. }) {
                w.line(
                    &format!("EXDATE;{tzid}"),
                    &ical::local(e.date.to_datetime(s.start.time())),
                );
            }
        }
    } else if exceptions
        .iter()
        .any(|e| matches!(e.kind, ExceptionKind::Cancelled { .. }))
    {
        w.line("STATUS", "CANCELLED");
    }
    common(w, group, series, sight, &group_url(state, group));
    w.line("END", "VEVENT");
    for e in exceptions.iter().filter(|_| s.rule.is_some()) {
        if let ExceptionKind::Moved { to, .. } = &e.kind {
            w.line("BEGIN", "VEVENT");
            w.line("UID", &uid(state, series));
            w.line("DTSTAMP", &stamp);
            w.line(
                &format!("RECURRENCE-ID;{tzid}"),
                &ical::local(e.date.to_datetime(s.start.time())),
            );
            w.line(&format!("DTSTART;{tzid}"), &ical::local(*to));
            w.line("DURATION", &format!("PT{}M", s.minutes));
            common(w, group, series, sight, &group_url(state, group));
            w.line("END", "VEVENT");
        }
    }
}

/// Writes one meeting as a single event (a download).
fn write_one(
    w: &mut Writer,
    state: &AppState,
    group: &Group,
    series: &Series,
    meeting: &Meeting,
    sight: Sight,
) {
    let s = &series.details.schedule;
    let tzid = format!("TZID={}", s.zone_name);
    let local = meeting.starts.to_zoned_datetime(s.zone.clone()).datetime();
    w.line("BEGIN", "VEVENT");
    w.line(
        "UID",
        &format!("{}-{}@{}", series.id, meeting.id.date, host(state)),
    );
    w.line("DTSTAMP", &ical::utc(now()));
    w.line(&format!("DTSTART;{tzid}"), &ical::local(local));
    w.line("DURATION", &format!("PT{}M", s.minutes));
    if meeting.cancelled.is_some() {
        w.line("STATUS", "CANCELLED");
    }
    let url = format!("{}/meetings/{}", state.settings.public_url, meeting.id);
    common(w, group, series, sight, &url);
    w.line("END", "VEVENT");
}

/// The zones a calendar uses, each defined from the earliest start to ten years ahead.
fn write_zones(w: &mut Writer, series: &[&Series]) {
    let mut zones: BTreeMap<&str, (&jiff::tz::TimeZone, jiff::Timestamp)> = BTreeMap::new();
    for s in series {
        let sch = &s.details.schedule;
        let start = sch
            .at(sch.start)
            .checked_sub(days(400))
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        zones
            .entry(sch.zone_name.as_str())
            .and_modify(|(_, from)| *from = (*from).min(start))
            .or_insert((&sch.zone, start));
    }
    let until = now().checked_add(days(3660)).unwrap_or(jiff::Timestamp::MAX);
    for (name, (zone, from)) in zones {
        ical::write_timezone(w, name, zone, from, until.max(from));
    }
}

fn calendar_response(body: String, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "private, max-age=300".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// Writes a whole calendar of series.
pub(crate) async fn calendar_of(
    state: &AppState,
    name: &str,
    entries: &[(Group, Sight)],
) -> Result<String, AppError> {
    let ids: Vec<GroupId> = entries.iter().map(|(g, _)| g.id).collect();
    let series = state.store.series_of_groups(&ids).await?;
    let series_ids: Vec<_> = series.iter().map(|s| s.id).collect();
    let exceptions = if series_ids.is_empty() {
        Default::default()
    } else {
        state.store.exceptions_of(&series_ids).await?
    };
    let mut w = Writer::new();
    ical::begin_calendar(&mut w, name);
    let refs: Vec<&Series> = series.iter().collect();
    write_zones(&mut w, &refs);
    for s in &series {
        if let Some((group, sight)) = entries.iter().find(|(g, _)| g.id == s.group_id) {
            let ex = exceptions.get(&s.id).map_or(&[][..], Vec::as_slice);
            write_series(&mut w, state, group, s, ex, *sight);
        }
    }
    w.line("END", "VCALENDAR");
    Ok(w.finish())
}

pub async fn group_calendar(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let sight = Sight::of(&state, &actor, &group).await?;
    let name = group.details.name.clone();
    let body = calendar_of(&state, &name, &[(group, sight)]).await?;
    Ok(calendar_response(body, &format!("{slug}.ics")))
}

pub async fn meeting_calendar(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    let sight = Sight::of(&state, &actor, &loaded.group).await?;
    let mut w = Writer::new();
    ical::begin_calendar(&mut w, &meeting_title(&loaded.group, &loaded.series));
    write_zones(&mut w, &[&loaded.series]);
    write_one(
        &mut w,
        &state,
        &loaded.group,
        &loaded.series,
        &loaded.meeting,
        sight,
    );
    w.line("END", "VCALENDAR");
    Ok(calendar_response(w.finish(), "meeting.ics"))
}

/// A person's feed: every group they are an active member of. The token in the path is
/// the only credential (calendar programs cannot sign in); only its hash is stored.
pub async fn personal_calendar(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let token = token.strip_suffix(".ics").unwrap_or(&token);
    if !crate::tokens::looks_like_token(token) {
        return Err(AppError::NotFound);
    }
    let user = state
        .store
        .user_by_calendar_token(&crate::tokens::hash_token(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let mut entries = Vec::new();
    for (slug, _, membership) in state.store.groups_of(user).await? {
        if membership.status == kindred_core::groups::MembershipStatus::Active {
            let group = load_group(&state, &slug).await?;
            entries.push((
                group,
                Sight {
                    member: true,
                    runs: membership.role.runs_group(),
                },
            ));
        }
    }
    let body = calendar_of(&state, "Kindred", &entries).await?;
    Ok(calendar_response(body, "kindred.ics"))
}
