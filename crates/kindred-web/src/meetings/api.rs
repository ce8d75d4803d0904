//! The meetings JSON API, and the actions the pages share with it.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::AmbiguousOffset;
use kindred_core::ValidationError;
use kindred_core::groups::{Group, GroupStatus};
use kindred_core::ids::{FormatId, UserId};
use kindred_core::meetings::{
    Exception, ExceptionKind, FormatInput, FormatRef, MeetingVenue, OnlineAccess, PlaceKind, Reply, Segment,
    SeriesInput, builtin_formats,
};
use kindred_core::policy::Actor;
use kindred_store::StoreError;
use serde::{Deserialize, Serialize};

use super::emails::{Notice, compose};
use super::{Loaded, MeetingItem, ReplyNumbers, Sight, days, format_name, item, load_meeting, now};
use crate::AppState;
use crate::directory::{Standing, load_group};
use crate::error::{AppError, ErrorBody};
use crate::i18n::Tr;

fn invalid(field: &'static str, message: impl Into<String>) -> AppError {
    AppError::Invalid(ValidationError::new(field, message))
}

/// Only the people running a group may change its meetings; anyone else learns nothing.
pub(super) async fn require_runs(state: &AppState, actor: &Actor, group: &Group) -> Result<(), AppError> {
    if Standing::of(state, actor, group).await?.runs_group(actor) {
        Ok(())
    } else if actor.user.is_some() {
        Err(AppError::Forbidden)
    } else {
        Err(AppError::NotFound)
    }
}

/// Checks a series (the format must be built in or the group's own) and stores it.
pub(super) async fn create_series_action(
    state: &AppState,
    group: &Group,
    input: &SeriesInput,
) -> Result<kindred_core::meetings::Series, AppError> {
    let details = input.check(group.details.venue.is_some())?;
    if let Some(FormatRef::Group(id)) = details.format {
        match state.store.get_format(id).await {
            Ok(f) if f.group_id == group.id => {}
            Ok(_) | Err(StoreError::NotFound) => {
                return Err(invalid("format", "the group has no such format"));
            }
            Err(err) => return Err(err.into()),
        }
    }
    Ok(state.store.create_series(group.id, &details).await?)
}

fn check_open(loaded: &Loaded) -> Result<(), AppError> {
    if loaded.group.details.status == GroupStatus::Closed {
        return Err(AppError::NotFound);
    }
    if loaded.meeting.ends <= now() {
        return Err(invalid("id", "this meeting is over"));
    }
    Ok(())
}

/// Records a reply for an active member of the group.
pub(super) async fn reply_action(
    state: &AppState,
    actor: &Actor,
    tr: &Tr,
    loaded: &Loaded,
    going: bool,
) -> Result<Reply, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    if !Sight::of(state, actor, &loaded.group).await?.member {
        return Err(AppError::Forbidden);
    }
    check_open(loaded)?;
    if going && loaded.meeting.cancelled.is_some() {
        return Err(invalid("id", "this meeting is cancelled"));
    }
    let token = crate::tokens::new_token().0;
    state
        .store
        .prepare_meeting_emails(user.id, &token, tr.tag())
        .await?;
    let compose_promoted = |r: &kindred_store::Recipient| compose(state, loaded, r, Notice::Promoted);
    let reply = state
        .store
        .reply_to_meeting(
            loaded.series.id,
            loaded.meeting.id.date,
            user.id,
            going,
            loaded.series.details.capacity,
            &compose_promoted,
        )
        .await?;
    state.outbox_wake.notify_one();
    state.reminders_wake.notify_one();
    Ok(reply)
}

pub(super) fn check_note(
    field: &'static str,
    text: &str,
    required: bool,
) -> Result<Option<String>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return if required {
            Err(invalid(field, "is required"))
        } else {
            Ok(None)
        };
    }
    if text.chars().count() > 300 {
        return Err(invalid(field, "must be at most 300 characters"));
    }
    Ok(Some(text.to_owned()))
}

/// Cancels or moves one meeting and tells everyone who replied going or is waiting.
pub(super) async fn exception_action(
    state: &AppState,
    actor: &Actor,
    loaded: &Loaded,
    kind: ExceptionKind,
) -> Result<(), AppError> {
    require_runs(state, actor, &loaded.group).await?;
    check_open(loaded)?;
    if loaded.meeting.cancelled.is_some() {
        return Err(invalid("id", "this meeting is already cancelled"));
    }
    let exception = Exception {
        date: loaded.meeting.id.date,
        kind,
    };
    let mut others: Vec<Exception> = loaded
        .exceptions
        .iter()
        .filter(|e| e.date != exception.date)
        .cloned()
        .collect();
    others.push(exception.clone());
    let after = loaded
        .series
        .meeting_on(exception.date, &others)
        .ok_or(AppError::NotFound)?;
    let changed = Loaded {
        meeting: after,
        exceptions: others,
        ..loaded.clone()
    };
    let notice = match exception.kind {
        ExceptionKind::Cancelled { .. } => Notice::Cancelled,
        ExceptionKind::Moved { .. } => Notice::Moved,
    };
    let recipients = state
        .store
        .meeting_recipients(
            loaded.series.id,
            exception.date,
            &[Reply::Going, Reply::Waitlisted],
        )
        .await?;
    let emails: Vec<_> = recipients
        .iter()
        .map(|r| compose(state, &changed, r, notice))
        .collect();
    state
        .store
        .set_exception(loaded.series.id, &exception, &emails)
        .await?;
    state.outbox_wake.notify_one();
    Ok(())
}

/// Parses a new local start for a moved meeting; it must exist in the series' zone.
pub(super) fn parse_move(loaded: &Loaded, text: &str) -> Result<DateTime, AppError> {
    let to: DateTime = text
        .trim()
        .replacen(' ', "T", 1)
        .parse()
        .map_err(|_| invalid("starts_at", "give a local date and time such as 2026-12-03T19:00"))?;
    let zone = &loaded.series.details.schedule.zone;
    if let AmbiguousOffset::Gap { .. } = zone.to_ambiguous_timestamp(to).offset() {
        return Err(invalid(
            "starts_at",
            "that time does not exist: the clocks go forward then",
        ));
    }
    if loaded.series.details.schedule.at(to) <= now() {
        return Err(invalid("starts_at", "move the meeting to a time in the future"));
    }
    Ok(to)
}

pub(super) async fn attendance_action(
    state: &AppState,
    actor: &Actor,
    loaded: &Loaded,
    present: &[UserId],
) -> Result<(), AppError> {
    require_runs(state, actor, &loaded.group).await?;
    if loaded.meeting.starts > now() {
        return Err(invalid(
            "present",
            "attendance can be recorded once the meeting has started",
        ));
    }
    let members = state
        .store
        .group_members(loaded.group.id, kindred_core::groups::MembershipStatus::Active)
        .await?;
    for id in present {
        if !members.iter().any(|m| m.user_id == *id) {
            return Err(invalid(
                "present",
                "everyone marked present must be a member of the group",
            ));
        }
    }
    state
        .store
        .set_attendance(loaded.series.id, loaded.meeting.id.date, present)
        .await?;
    Ok(())
}

/// A meeting as the reader may see it, with their reply and (for facilitators) numbers.
pub(super) async fn full_item(
    state: &AppState,
    actor: &Actor,
    loaded: &Loaded,
) -> Result<MeetingItem, AppError> {
    let sight = Sight::of(state, actor, &loaded.group).await?;
    let formats = state.store.group_formats(loaded.group.id).await?;
    let mut view = item(
        state,
        &loaded.group,
        &loaded.series,
        &loaded.meeting,
        sight,
        format_name(&formats, &loaded.series),
        now(),
    );
    if let Some(user) = &actor.user {
        view.my_reply = state
            .store
            .my_reply(loaded.series.id, loaded.meeting.id.date, user.id)
            .await?;
    }
    if sight.runs {
        let counts = state
            .store
            .reply_counts(loaded.series.id, loaded.meeting.id.date)
            .await?;
        view.replies = Some(ReplyNumbers {
            going: counts.going,
            waitlisted: counts.waitlisted,
            not_going: counts.not_going,
            capacity: loaded.series.details.capacity,
        });
    }
    Ok(view)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MeetingsQuery {
    /// RFC 3339 instant or a date (`2026-12-01`): meetings not yet ended then. Default now.
    pub from: Option<String>,
    /// The cursor a previous page gave as `next_after`: meetings after its last one.
    pub after: Option<String>,
    /// 1 to 100 (default 20).
    pub limit: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeetingList {
    pub items: Vec<MeetingItem>,
    /// Pass as `after` for the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_after: Option<String>,
}

fn parse_from(text: Option<&str>) -> Result<Timestamp, AppError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(now());
    };
    if let Ok(ts) = text.parse::<Timestamp>() {
        return Ok(ts);
    }
    text.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
        .map(|z| z.timestamp())
        .ok_or_else(|| invalid("from", "give an RFC 3339 time or a date such as 2026-12-01"))
}

fn parse_limit(text: Option<&str>) -> Result<usize, AppError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(20),
        Some(t) => t
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=100).contains(n))
            .ok_or_else(|| invalid("limit", "must be between 1 and 100")),
    }
}

/// Upcoming meetings of a group, cancelled ones included (marked), in time order.
pub(super) async fn group_meetings(
    state: &AppState,
    actor: &Actor,
    group: &Group,
    from: Timestamp,
    limit: usize,
) -> Result<(Vec<MeetingItem>, bool), AppError> {
    group_meetings_after(state, actor, group, from, None, limit).await
}

/// A page cursor: the start and id of the last meeting shown. Meetings are ordered by
/// (start, id), so no meeting is repeated or skipped between pages, even when two series
/// meet at the same time.
fn parse_after(text: &str) -> Result<(Timestamp, kindred_core::meetings::MeetingRef), AppError> {
    let bad = || invalid("after", "give the next_after value of the previous page");
    let (at, id) = text.trim().split_once('_').ok_or_else(bad)?;
    Ok((at.parse().map_err(|_| bad())?, id.parse().map_err(|_| bad())?))
}

async fn group_meetings_after(
    state: &AppState,
    actor: &Actor,
    group: &Group,
    from: Timestamp,
    after: Option<(Timestamp, kindred_core::meetings::MeetingRef)>,
    limit: usize,
) -> Result<(Vec<MeetingItem>, bool), AppError> {
    let sight = Sight::of(state, actor, group).await?;
    let series = state.store.series_of_groups(&[group.id]).await?;
    let ids: Vec<_> = series.iter().map(|s| s.id).collect();
    let exceptions = state.store.exceptions_of(&ids).await?;
    let formats = state.store.group_formats(group.id).await?;
    let until = from.checked_add(days(super::HORIZON_DAYS)).unwrap_or(from);
    let mut all = Vec::new();
    for s in &series {
        let ex = exceptions.get(&s.id).map_or(&[][..], Vec::as_slice);
        // With a cursor, meetings starting at the cursor's instant may still be due.
        let window_from = after.map_or(from, |(at, _)| at);
        for m in s.meetings(ex, window_from, until, limit + 2) {
            if after.is_none_or(|(at, id)| (m.starts, m.id) > (at, id)) {
                all.push((m, s));
            }
        }
    }
    all.sort_by_key(|(m, _)| (m.starts, m.id));
    let more = all.len() > limit;
    all.truncate(limit);
    let now = now();
    Ok((
        all.iter()
            .map(|(m, s)| item(state, group, s, m, sight, format_name(&formats, s), now))
            .collect(),
        more,
    ))
}

#[utoipa::path(get, path = "/api/v1/groups/{slug}/meetings", tag = "meetings",
    params(("slug" = String, Path), MeetingsQuery),
    responses((status = 200, body = MeetingList), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list_meetings(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Query(query): Query<MeetingsQuery>,
) -> Result<Json<MeetingList>, AppError> {
    let from = parse_from(query.from.as_deref())?;
    let after = query
        .after
        .as_deref()
        .filter(|a| !a.trim().is_empty())
        .map(parse_after)
        .transpose()?;
    let limit = parse_limit(query.limit.as_deref())?;
    let group = load_group(&state, &slug).await?;
    let (items, more) = group_meetings_after(&state, &actor, &group, from, after, limit).await?;
    let next_after = if more {
        items.last().map(|m| format!("{}_{}", m.starts_at, m.id))
    } else {
        None
    };
    Ok(Json(MeetingList { items, next_after }))
}

/// A series as the API shows it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SeriesView {
    pub id: String,
    pub group: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub starts_local: String,
    pub duration_minutes: u32,
    pub timezone: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<String>,
    pub place: PlaceKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<MeetingVenue>,
    /// The people running the group only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<OnlineAccess>,
    pub link_opens_minutes: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// iCalendar `SEQUENCE`: goes up with every change.
    pub sequence: i64,
    pub upcoming: Vec<MeetingItem>,
}

async fn series_view(
    state: &AppState,
    actor: &Actor,
    series: &kindred_core::meetings::Series,
) -> Result<SeriesView, AppError> {
    let group = state.store.get_group(series.group_id).await?;
    let sight = Sight::of(state, actor, &group).await?;
    let exceptions = state
        .store
        .exceptions_of(&[series.id])
        .await?
        .remove(&series.id)
        .unwrap_or_default();
    let formats = state.store.group_formats(group.id).await?;
    let now = now();
    let upcoming = series
        .meetings(
            &exceptions,
            now,
            now.checked_add(days(super::HORIZON_DAYS)).unwrap_or(now),
            5,
        )
        .iter()
        .map(|m| {
            item(
                state,
                &group,
                series,
                m,
                sight,
                format_name(&formats, series),
                now,
            )
        })
        .collect();
    let d = &series.details;
    Ok(SeriesView {
        id: series.id.to_string(),
        group: group.details.slug.as_str().to_owned(),
        title: d.title.clone(),
        starts_local: d.schedule.start.strftime("%Y-%m-%dT%H:%M").to_string(),
        duration_minutes: d.schedule.minutes,
        timezone: d.schedule.zone_name.clone(),
        recurrence: d
            .schedule
            .rule
            .as_ref()
            .map(kindred_core::recurrence::Rule::to_rrule),
        ends_on: d.schedule.ends_on.map(|e| e.to_string()),
        place: d.place,
        venue: super::venue_of(&group, series).filter(|_| super::venue_visible(&group, sight)),
        online: d.online.clone().filter(|_| sight.runs),
        link_opens_minutes: d.link_opens_minutes,
        capacity: d.capacity,
        format: d.format.map(|f| f.to_string()),
        sequence: series.sequence,
        upcoming,
    })
}

#[utoipa::path(post, path = "/api/v1/groups/{slug}/series", tag = "meetings",
    params(("slug" = String, Path)), request_body = SeriesInput,
    responses((status = 201, body = SeriesView), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create_series(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Json(input): Json<SeriesInput>,
) -> Result<(StatusCode, Json<SeriesView>), AppError> {
    let group = load_group(&state, &slug).await?;
    require_runs(&state, &actor, &group).await?;
    let series = create_series_action(&state, &group, &input).await?;
    Ok((
        StatusCode::CREATED,
        Json(series_view(&state, &actor, &series).await?),
    ))
}

fn parse_series_id(id: &str) -> Result<kindred_core::ids::SeriesId, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

#[utoipa::path(get, path = "/api/v1/series/{id}", tag = "meetings", params(("id" = String, Path)),
    responses((status = 200, body = SeriesView), (status = 404, body = ErrorBody)))]
pub async fn get_series(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Json<SeriesView>, AppError> {
    let series = state.store.get_series(parse_series_id(&id)?).await?;
    Ok(Json(series_view(&state, &actor, &series).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EndSeries {
    /// The last date a meeting may fall on.
    pub last_date: String,
}

pub(super) async fn end_action(
    state: &AppState,
    actor: &Actor,
    id: &str,
    last_date: &str,
) -> Result<kindred_core::meetings::Series, AppError> {
    let series = state.store.get_series(parse_series_id(id)?).await?;
    let group = state.store.get_group(series.group_id).await?;
    require_runs(state, actor, &group).await?;
    let date = kindred_core::meetings::parse_date("last_date", last_date)?;
    let today = now()
        .to_zoned_datetime(series.details.schedule.zone.clone())
        .date();
    if date < today {
        return Err(invalid(
            "last_date",
            "choose today or a later date: past meetings stay on record",
        ));
    }
    match state.store.end_series(series.id, date).await {
        Err(StoreError::Invalid(e)) => Err(invalid("last_date", e.message)),
        other => Ok(other?),
    }
}

#[utoipa::path(post, path = "/api/v1/series/{id}/end", tag = "meetings", params(("id" = String, Path)),
    request_body = EndSeries,
    responses((status = 200, body = SeriesView), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn end_series(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Json(body): Json<EndSeries>,
) -> Result<Json<SeriesView>, AppError> {
    let series = end_action(&state, &actor, &id, &body.last_date).await?;
    Ok(Json(series_view(&state, &actor, &series).await?))
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}", tag = "meetings", params(("id" = String, Path)),
    responses((status = 200, body = MeetingItem), (status = 404, body = ErrorBody)))]
pub async fn get_meeting(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Json<MeetingItem>, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    Ok(Json(full_item(&state, &actor, &loaded).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplyInput {
    pub going: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReplyView {
    /// `going`, `waitlisted` (no place left yet: you move up automatically) or `not_going`.
    pub reply: Reply,
}

#[utoipa::path(put, path = "/api/v1/meetings/{id}/reply", tag = "meetings", params(("id" = String, Path)),
    request_body = ReplyInput,
    responses((status = 200, body = ReplyView), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn reply(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: crate::pages::Shell,
    Path(id): Path<String>,
    Json(body): Json<ReplyInput>,
) -> Result<Json<ReplyView>, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    let reply = reply_action(&state, &actor, &shell.tr, &loaded, body.going).await?;
    Ok(Json(ReplyView { reply }))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelInput {
    /// Shown to members.
    pub reason: String,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/cancel", tag = "meetings", params(("id" = String, Path)),
    request_body = CancelInput,
    responses((status = 200, body = MeetingItem), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Json(body): Json<CancelInput>,
) -> Result<Json<MeetingItem>, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    require_runs(&state, &actor, &loaded.group).await?;
    let reason = check_note("reason", &body.reason, true)?.unwrap_or_default();
    exception_action(&state, &actor, &loaded, ExceptionKind::Cancelled { reason }).await?;
    let loaded = load_meeting(&state, &id).await?;
    Ok(Json(full_item(&state, &actor, &loaded).await?))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveInput {
    /// New local start, e.g. `2026-12-03T19:00`.
    pub starts_at: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[utoipa::path(post, path = "/api/v1/meetings/{id}/move", tag = "meetings", params(("id" = String, Path)),
    request_body = MoveInput,
    responses((status = 200, body = MeetingItem), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn move_meeting(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Json(body): Json<MoveInput>,
) -> Result<Json<MeetingItem>, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    require_runs(&state, &actor, &loaded.group).await?;
    let to = parse_move(&loaded, &body.starts_at)?;
    let note = check_note("note", body.note.as_deref().unwrap_or_default(), false)?;
    exception_action(&state, &actor, &loaded, ExceptionKind::Moved { to, note }).await?;
    let loaded = load_meeting(&state, &id).await?;
    Ok(Json(full_item(&state, &actor, &loaded).await?))
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Members who were there.
    pub present: Vec<UserId>,
}

#[utoipa::path(get, path = "/api/v1/meetings/{id}/attendance", tag = "meetings", params(("id" = String, Path)),
    responses((status = 200, body = Attendance), (status = 404, body = ErrorBody)))]
pub async fn get_attendance(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Json<Attendance>, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    if !Sight::of(&state, &actor, &loaded.group).await?.runs {
        return Err(AppError::NotFound);
    }
    Ok(Json(Attendance {
        present: state
            .store
            .attendance(loaded.series.id, loaded.meeting.id.date)
            .await?,
    }))
}

#[utoipa::path(put, path = "/api/v1/meetings/{id}/attendance", tag = "meetings", params(("id" = String, Path)),
    request_body = Attendance,
    responses((status = 200, body = Attendance), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn set_attendance(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Json(body): Json<Attendance>,
) -> Result<Json<Attendance>, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    attendance_action(&state, &actor, &loaded, &body.present).await?;
    Ok(Json(Attendance {
        present: state
            .store
            .attendance(loaded.series.id, loaded.meeting.id.date)
            .await?,
    }))
}

/// An agenda format: built in (`builtin:<key>`) or the group's own (its id).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FormatView {
    pub id: String,
    pub name: String,
    pub built_in: bool,
    pub total_minutes: u32,
    pub segments: Vec<Segment>,
}

pub(super) fn builtin_views() -> Vec<FormatView> {
    builtin_formats()
        .iter()
        .map(|f| FormatView {
            id: format!("builtin:{}", f.key),
            name: f.format.name.clone(),
            built_in: true,
            total_minutes: f.format.total_minutes(),
            segments: f.format.segments.clone(),
        })
        .collect()
}

pub(super) fn group_view(f: &kindred_store::GroupFormat) -> FormatView {
    FormatView {
        id: f.id.to_string(),
        name: f.format.name.clone(),
        built_in: false,
        total_minutes: f.format.total_minutes(),
        segments: f.format.segments.clone(),
    }
}

#[utoipa::path(get, path = "/api/v1/groups/{slug}/formats", tag = "meetings", params(("slug" = String, Path)),
    responses((status = 200, body = Vec<FormatView>), (status = 404, body = ErrorBody)))]
pub async fn list_formats(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Vec<FormatView>>, AppError> {
    let group = load_group(&state, &slug).await?;
    let mut all = builtin_views();
    all.extend(state.store.group_formats(group.id).await?.iter().map(group_view));
    Ok(Json(all))
}

/// A new format: give `name` and `segments`, or `copy_from` (a format id) to start from
/// a copy.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFormat {
    #[serde(default)]
    pub copy_from: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub segments: Option<Vec<Segment>>,
}

pub(super) async fn copy_format_action(
    state: &AppState,
    group: &Group,
    from: &str,
) -> Result<kindred_store::GroupFormat, AppError> {
    let source = match FormatRef::parse(from.trim()).map_err(|_| invalid("copy_from", "no such format"))? {
        FormatRef::Builtin(key) => kindred_core::meetings::builtin_format(key)
            .map(|f| f.format.clone())
            .ok_or_else(|| invalid("copy_from", "no such format"))?,
        FormatRef::Group(id) => match state.store.get_format(id).await {
            Ok(f) if f.group_id == group.id => f.format,
            Ok(_) | Err(StoreError::NotFound) => return Err(invalid("copy_from", "no such format")),
            Err(err) => return Err(err.into()),
        },
    };
    // A copy gets a name no other format of the group has: "Open sharing (2)", "(3)" ...
    let taken: Vec<String> = state
        .store
        .group_formats(group.id)
        .await?
        .into_iter()
        .map(|f| f.format.name)
        .collect();
    let base: String = source.name.chars().take(70).collect();
    let name = (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(base);
    let mut copy = source;
    copy.name = name;
    Ok(state.store.create_format(group.id, &copy).await?)
}

#[utoipa::path(post, path = "/api/v1/groups/{slug}/formats", tag = "meetings", params(("slug" = String, Path)),
    request_body = NewFormat,
    responses((status = 201, body = FormatView), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn create_format(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Json(body): Json<NewFormat>,
) -> Result<(StatusCode, Json<FormatView>), AppError> {
    let group = load_group(&state, &slug).await?;
    require_runs(&state, &actor, &group).await?;
    let created = match (&body.copy_from, &body.name, &body.segments) {
        (Some(from), None, None) => copy_format_action(&state, &group, from).await?,
        (None, Some(name), Some(segments)) => {
            let input = FormatInput {
                name: name.clone(),
                segments: segments.clone(),
            }
            .check()?;
            state.store.create_format(group.id, &input).await?
        }
        _ => return Err(invalid("copy_from", "give copy_from, or name and segments")),
    };
    Ok((StatusCode::CREATED, Json(group_view(&created))))
}

pub(super) async fn load_format(
    state: &AppState,
    actor: &Actor,
    id: &str,
) -> Result<(kindred_store::GroupFormat, Group), AppError> {
    let id: FormatId = id.parse().map_err(|_| AppError::NotFound)?;
    let format = state.store.get_format(id).await?;
    let group = state.store.get_group(format.group_id).await?;
    require_runs(state, actor, &group).await?;
    Ok((format, group))
}

#[utoipa::path(put, path = "/api/v1/formats/{id}", tag = "meetings", params(("id" = String, Path)),
    request_body = FormatInput,
    responses((status = 200, body = FormatView), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn update_format(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Json(body): Json<FormatInput>,
) -> Result<Json<FormatView>, AppError> {
    let (format, _) = load_format(&state, &actor, &id).await?;
    let input = body.check()?;
    Ok(Json(group_view(
        &state.store.update_format(format.id, &input).await?,
    )))
}

/// The signed-in person's upcoming meetings: every group they belong to, with replies.
pub(super) async fn my_upcoming(
    state: &AppState,
    actor: &Actor,
    limit: usize,
) -> Result<Vec<MeetingItem>, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let groups: Vec<_> = state
        .store
        .groups_of(user.id)
        .await?
        .into_iter()
        .filter(|(_, _, m)| m.status == kindred_core::groups::MembershipStatus::Active)
        .map(|(slug, _, _)| slug)
        .collect();
    let now = now();
    let mut all = Vec::new();
    for slug in groups {
        let group = load_group(state, &slug).await?;
        let (items, _) = group_meetings(state, actor, &group, now, limit).await?;
        all.extend(items);
    }
    all.sort_by(|a, b| a.starts_at.cmp(&b.starts_at));
    all.truncate(limit);
    let today = now
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .yesterday()
        .unwrap_or_default();
    let replies = state.store.replies_of(user.id, today).await?;
    for m in &mut all {
        m.my_reply = replies
            .iter()
            .find(|(s, d, _)| m.id == format!("{s}-{d}"))
            .map(|(_, _, r)| *r);
    }
    Ok(all)
}

#[utoipa::path(get, path = "/api/v1/me/meetings", tag = "meetings",
    responses((status = 200, body = MeetingList), (status = 401, body = ErrorBody)))]
pub async fn my_meetings(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
) -> Result<Json<MeetingList>, AppError> {
    Ok(Json(MeetingList {
        items: my_upcoming(&state, &actor, 50).await?,
        next_after: None,
    }))
}
