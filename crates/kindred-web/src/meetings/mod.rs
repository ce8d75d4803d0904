//! Meetings: series and their exceptions, replies with a waitlist, attendance, agenda
//! formats, calendars (iCalendar), reminders, and the Meeting Guide feed.
//!
//! Who sees what: meeting times are as public as the group; the venue follows the group's
//! venue setting; the join link and dial-in number only ever reach members, and on pages
//! only from `link_opens_minutes` before the start. Facilitators see reply numbers;
//! members see only their own reply.

pub(crate) mod api;
mod calendar;
mod emails;
pub(crate) mod feed;
mod formats;
mod pages;
pub mod reminders;

use axum::routing::{get, post, put};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use kindred_core::groups::{Group, VenueVisibility};
use kindred_core::meetings::{
    Exception, Meeting, MeetingRef, MeetingVenue, OnlineAccess, PlaceKind, Reply, Series,
};
use kindred_core::policy::Actor;
use serde::Serialize;

use crate::AppState;
use crate::directory::Standing;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        // Pages (work without JavaScript).
        Route::get("/meetings/{id}", Access::Public, get(pages::show_meeting)),
        Route::post("/meetings/{id}/reply", Access::Verified, post(pages::reply_form)),
        Route::post(
            "/meetings/{id}/cancel",
            Access::SignedIn,
            post(pages::cancel_form),
        ),
        Route::post("/meetings/{id}/move", Access::SignedIn, post(pages::move_form)),
        Route::post(
            "/meetings/{id}/attendance",
            Access::SignedIn,
            post(pages::attendance_form),
        ),
        Route::post("/series/{id}/end", Access::SignedIn, post(pages::end_form)),
        Route::get(
            "/groups/{slug}/meetings/new",
            Access::SignedIn,
            get(pages::show_new_series),
        ),
        Route::post(
            "/groups/{slug}/meetings/new",
            Access::SignedIn,
            post(pages::create_series_form),
        ),
        Route::get(
            "/groups/{slug}/formats",
            Access::SignedIn,
            get(formats::show_formats),
        ),
        Route::post(
            "/groups/{slug}/formats",
            Access::SignedIn,
            post(formats::copy_format_form),
        ),
        Route::get(
            "/formats/{id}/edit",
            Access::SignedIn,
            get(formats::show_edit_format),
        ),
        Route::post(
            "/formats/{id}/edit",
            Access::SignedIn,
            post(formats::edit_format_form),
        ),
        Route::get("/my/meetings", Access::SignedIn, get(pages::show_my_meetings)),
        Route::post("/my/calendar", Access::SignedIn, post(pages::new_calendar_link)),
        Route::post(
            "/my/calendar/revoke",
            Access::SignedIn,
            post(pages::revoke_calendar_link),
        ),
        Route::post(
            "/my/meeting-emails",
            Access::SignedIn,
            post(pages::set_meeting_emails),
        ),
        Route::get(
            "/unsubscribe/{token}",
            Access::Public,
            get(pages::show_unsubscribe),
        ),
        Route::post("/unsubscribe/{token}", Access::Public, post(pages::unsubscribe)),
        // Calendars and feeds.
        Route::get(
            "/groups/{slug}/calendar.ics",
            Access::Public,
            get(calendar::group_calendar),
        ),
        Route::get(
            "/meetings/{id}/calendar.ics",
            Access::Public,
            get(calendar::meeting_calendar),
        ),
        Route::get(
            "/calendar/{token}",
            Access::Public,
            get(calendar::personal_calendar),
        ),
        Route::get(
            "/feeds/meeting-guide.json",
            Access::Public,
            get(feed::meeting_guide),
        ),
        // JSON API.
        Route::get(
            "/api/v1/groups/{slug}/meetings",
            Access::Public,
            get(api::list_meetings),
        ),
        Route::post(
            "/api/v1/groups/{slug}/series",
            Access::Verified,
            post(api::create_series),
        ),
        Route::get("/api/v1/series/{id}", Access::Public, get(api::get_series)),
        Route::post("/api/v1/series/{id}/end", Access::Verified, post(api::end_series)),
        Route::get("/api/v1/meetings/{id}", Access::Public, get(api::get_meeting)),
        Route::put("/api/v1/meetings/{id}/reply", Access::Verified, put(api::reply)),
        Route::post(
            "/api/v1/meetings/{id}/cancel",
            Access::Verified,
            post(api::cancel),
        ),
        Route::post(
            "/api/v1/meetings/{id}/move",
            Access::Verified,
            post(api::move_meeting),
        ),
        Route::get(
            "/api/v1/meetings/{id}/attendance",
            Access::SignedIn,
            get(api::get_attendance),
        ),
        Route::put(
            "/api/v1/meetings/{id}/attendance",
            Access::Verified,
            put(api::set_attendance),
        ),
        Route::get(
            "/api/v1/groups/{slug}/formats",
            Access::Public,
            get(api::list_formats),
        ),
        Route::post(
            "/api/v1/groups/{slug}/formats",
            Access::Verified,
            post(api::create_format),
        ),
        Route::put("/api/v1/formats/{id}", Access::Verified, put(api::update_format)),
        Route::get("/api/v1/me/meetings", Access::SignedIn, get(api::my_meetings)),
    ]
}

/// A meeting with everything needed to decide what to show.
#[derive(Debug, Clone)]
pub(crate) struct Loaded {
    pub group: Group,
    pub series: Series,
    pub exceptions: Vec<Exception>,
    pub meeting: Meeting,
}

pub(crate) fn parse_ref(id: &str) -> Result<MeetingRef, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

/// Loads one meeting; an id the rule does not give is not found.
pub(crate) async fn load_meeting(state: &AppState, id: &str) -> Result<Loaded, AppError> {
    let id = parse_ref(id)?;
    let series = state.store.get_series(id.series).await?;
    let group = state.store.get_group(series.group_id).await?;
    let exceptions = state
        .store
        .exceptions_of(&[series.id])
        .await?
        .remove(&series.id)
        .unwrap_or_default();
    let meeting = series
        .meeting_on(id.date, &exceptions)
        .ok_or(AppError::NotFound)?;
    Ok(Loaded {
        group,
        series,
        exceptions,
        meeting,
    })
}

/// How long ahead lists and calendars look.
pub(crate) const HORIZON_DAYS: i64 = 400;

pub(crate) fn now() -> Timestamp {
    Timestamp::now()
}

pub(crate) fn days(n: i64) -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(24 * n)
}

/// "Tue 3 Dec, 19:00" in the reader's language, in the meeting's zone.
pub(crate) fn when(tr: &Tr, at: Timestamp, zone: &TimeZone) -> String {
    let local = at.to_zoned_datetime(zone.clone());
    let weekday = tr.t(&format!("weekday-{}", local.weekday().to_sunday_zero_offset()));
    let month = tr.t(&format!("month-{}", local.month()));
    tr.t_args(
        "meeting-when",
        &[
            ("weekday", &weekday),
            ("day", &local.day().to_string()),
            ("month", &month),
            ("time", &local.strftime("%H:%M").to_string()),
        ],
    )
}

/// A form problem in the reader's language. Pages say what to do with the field; the JSON
/// API keeps the detailed English message for developers.
pub(crate) fn field_message(tr: &Tr, field: &str) -> String {
    let id = format!("meeting-error-{field}");
    if tr.has(&id) {
        tr.t(&id)
    } else {
        tr.t("meeting-error-other")
    }
}

/// What one person may see of a meeting.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sight {
    pub member: bool,
    pub runs: bool,
}

impl Sight {
    pub(crate) async fn of(state: &AppState, actor: &Actor, group: &Group) -> Result<Sight, AppError> {
        let standing = Standing::of(state, actor, group).await?;
        Ok(Sight {
            member: standing.is_member() || standing.runs_group(actor),
            runs: standing.runs_group(actor),
        })
    }
}

/// Reply numbers, for the people running the group.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReplyNumbers {
    pub going: i64,
    pub waitlisted: i64,
    pub not_going: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
}

/// One meeting as the API shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MeetingItem {
    /// `<series id>-<YYYY-MM-DD>`: the series and the date its rule gave this meeting.
    pub id: String,
    pub series_id: String,
    pub group: String,
    pub group_name: String,
    pub title: String,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// Wall-clock start in `timezone`.
    pub local_start: String,
    pub timezone: String,
    pub cancelled: bool,
    /// Why it was cancelled (members only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancel_reason: Option<String>,
    pub moved: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_note: Option<String>,
    pub place: PlaceKind,
    /// Where, if the reader may know (the group's venue may be for members only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<MeetingVenue>,
    /// The join link and dial-in: members only, from `online_opens_at`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<OnlineAccess>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online_opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<String>,
    /// The reader's own reply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_reply: Option<Reply>,
    /// Facilitators and organisers only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replies: Option<ReplyNumbers>,
    pub url: String,
    pub calendar_url: String,
}

pub(crate) fn meeting_title(group: &Group, series: &Series) -> String {
    series
        .details
        .title
        .clone()
        .unwrap_or_else(|| group.details.name.clone())
}

/// The venue a meeting uses, if it has one.
pub(crate) fn venue_of(group: &Group, series: &Series) -> Option<MeetingVenue> {
    let own = || {
        group.details.venue.as_ref().map(|v| MeetingVenue {
            name: v.name.clone(),
            address: v.address.clone(),
            postcode: v.postcode.clone(),
            accessibility: None,
            directions: None,
        })
    };
    match series.details.place {
        PlaceKind::GroupVenue => own(),
        PlaceKind::OtherVenue => series.details.venue.clone(),
        PlaceKind::Hybrid => series.details.venue.clone().or_else(own),
        PlaceKind::Online => None,
    }
}

/// Whether the reader may know where a meeting is: the group's venue setting rules every
/// venue its meetings use.
pub(crate) fn venue_visible(group: &Group, sight: Sight) -> bool {
    sight.member || group.details.venue_visibility == VenueVisibility::Public
}

pub(crate) fn format_name(state_formats: &[kindred_store::GroupFormat], series: &Series) -> Option<String> {
    use kindred_core::meetings::FormatRef;
    match series.details.format? {
        FormatRef::Builtin(key) => kindred_core::meetings::builtin_format(key).map(|f| f.format.name.clone()),
        FormatRef::Group(id) => state_formats
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.format.name.clone()),
    }
}

pub(crate) fn item(
    state: &AppState,
    group: &Group,
    series: &Series,
    meeting: &Meeting,
    sight: Sight,
    format: Option<String>,
    now: Timestamp,
) -> MeetingItem {
    let zone = &series.details.schedule.zone;
    let base = &state.settings.public_url;
    let online_visible = sight.member && series.online_visible(meeting, now);
    let opens = meeting
        .starts
        .checked_sub(jiff::SignedDuration::from_mins(i64::from(
            series.details.link_opens_minutes,
        )))
        .unwrap_or(meeting.starts);
    MeetingItem {
        id: meeting.id.to_string(),
        series_id: series.id.to_string(),
        group: group.details.slug.as_str().to_owned(),
        group_name: group.details.name.clone(),
        title: meeting_title(group, series),
        starts_at: meeting.starts.to_string(),
        ends_at: meeting.ends.to_string(),
        local_start: meeting
            .starts
            .to_zoned_datetime(zone.clone())
            .datetime()
            .strftime("%Y-%m-%dT%H:%M")
            .to_string(),
        timezone: series.details.schedule.zone_name.clone(),
        cancelled: meeting.cancelled.is_some(),
        cancel_reason: meeting.cancelled.clone().filter(|_| sight.member),
        moved: meeting.moved,
        moved_note: meeting.moved_note.clone().filter(|_| sight.member),
        place: series.details.place,
        venue: venue_of(group, series).filter(|_| venue_visible(group, sight)),
        online: series.details.online.clone().filter(|_| online_visible),
        online_opens_at: (series.details.online.is_some()
            && sight.member
            && !online_visible
            && meeting.cancelled.is_none()
            && now < meeting.ends)
            .then(|| opens.to_string()),
        format,
        recurrence: series.details.schedule.rrule(),
        my_reply: None,
        replies: None,
        url: format!("{base}/meetings/{}", meeting.id),
        calendar_url: format!("{base}/meetings/{}/calendar.ics", meeting.id),
    }
}

/// The next meeting of each group (not cancelled, not over), for search results.
pub async fn next_meetings(
    state: &AppState,
    groups: &[kindred_core::ids::GroupId],
) -> Result<std::collections::HashMap<kindred_core::ids::GroupId, (Timestamp, TimeZone)>, AppError> {
    let series = state.store.series_of_groups(groups).await?;
    let ids: Vec<_> = series.iter().map(|s| s.id).collect();
    let exceptions = if ids.is_empty() {
        Default::default()
    } else {
        state.store.exceptions_of(&ids).await?
    };
    let now = now();
    let mut out: std::collections::HashMap<_, (Timestamp, TimeZone)> = std::collections::HashMap::new();
    for s in &series {
        let ex = exceptions.get(&s.id).map_or(&[][..], Vec::as_slice);
        if let Some(m) = s.next_meeting(ex, now) {
            let better = out.get(&s.group_id).is_none_or(|(t, _)| m.starts < *t);
            if better {
                out.insert(s.group_id, (m.starts, s.details.schedule.zone.clone()));
            }
        }
    }
    Ok(out)
}

/// A meeting line on the group page.
#[derive(Debug, Clone)]
pub struct UpcomingLine {
    pub id: String,
    pub starts_at: String,
    pub title: String,
    pub when: String,
    pub cancelled: bool,
}

/// The group's next few meetings, for its page.
pub async fn upcoming_for_group(
    state: &AppState,
    actor: &Actor,
    group: &Group,
    tr: &Tr,
    limit: usize,
) -> Result<Vec<UpcomingLine>, AppError> {
    let (items, _) = api::group_meetings(state, actor, group, now(), limit).await?;
    Ok(items
        .into_iter()
        .map(|m| {
            let zone = kindred_core::recurrence::zone(&m.timezone).unwrap_or(TimeZone::UTC);
            UpcomingLine {
                when: m
                    .starts_at
                    .parse::<Timestamp>()
                    .map(|t| when(tr, t, &zone))
                    .unwrap_or_default(),
                starts_at: m.starts_at.clone(),
                id: m.id,
                title: m.title,
                cancelled: m.cancelled,
            }
        })
        .collect())
}
