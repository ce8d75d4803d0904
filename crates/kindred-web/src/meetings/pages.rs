//! Meeting pages: one meeting (reply, calendar, and the facilitator's tools), a new
//! series, "my meetings" with the personal calendar link, and unsubscribing.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::groups::MembershipStatus;
use kindred_core::ids::UserId;
use kindred_core::meetings::{
    ExceptionKind, FormatRef, MeetingVenue, OnlineAccess, PlaceKind, Reply, SeriesInput,
};
use kindred_core::policy::Actor;
use serde::Deserialize;

use super::api::{
    attendance_action, builtin_views, check_note, create_series_action, end_action, exception_action,
    full_item, group_view, my_upcoming, parse_move, reply_action, require_runs,
};
use super::{Sight, load_meeting, now, when};
use crate::AppState;
use crate::accounts::{CurrentUser, FormErrors};
use crate::directory::load_group;
use crate::error::AppError;
use crate::pages::{Shell, render};

/// One line of an agenda.
#[derive(Debug, Clone)]
pub struct AgendaLine {
    pub name: String,
    pub minutes: u32,
    pub kind: String,
    pub script: String,
}

#[derive(Debug, Clone)]
pub struct MemberTick {
    pub id: String,
    pub name: String,
    pub present: bool,
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct MeetingPage {
    shell: Shell,
    errors: FormErrors,
    id: String,
    series_id: String,
    starts_at: String,
    title: String,
    group_name: String,
    group_slug: String,
    when: String,
    zone_note: String,
    duration: u32,
    cancelled: bool,
    cancel_reason: String,
    moved: bool,
    moved_note: String,
    over: bool,
    place: String,
    venue: Option<MeetingVenue>,
    online: Option<OnlineAccess>,
    online_note: String,
    format_name: String,
    agenda: Vec<AgendaLine>,
    signed_in: bool,
    member: bool,
    runs: bool,
    my_reply: String,
    numbers: String,
    members: Vec<MemberTick>,
    started: bool,
    repeats: bool,
    /// Online or hybrid, and the reader may enter its live room (when it is open).
    room_link: bool,
    /// The live room's aggregates after the meeting, for the people running the group.
    room_summary: Vec<String>,
}

async fn meeting_page(
    state: &AppState,
    actor: &Actor,
    shell: Shell,
    id: &str,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let loaded = load_meeting(state, id).await?;
    let sight = Sight::of(state, actor, &loaded.group).await?;
    let view = full_item(state, actor, &loaded).await?;
    let tr = shell.tr.clone();
    let series = &loaded.series;
    let zone = &series.details.schedule.zone;
    let now = now();
    let agenda = match series.details.format {
        Some(FormatRef::Builtin(key)) => {
            kindred_core::meetings::builtin_format(key).map(|f| f.format.clone())
        }
        Some(FormatRef::Group(fid)) => state.store.get_format(fid).await.ok().map(|f| f.format),
        None => None,
    };
    let members = if sight.runs && loaded.meeting.starts <= now {
        let present = state.store.attendance(series.id, loaded.meeting.id.date).await?;
        state
            .store
            .group_members(loaded.group.id, MembershipStatus::Active)
            .await?
            .into_iter()
            .map(|m| MemberTick {
                id: m.user_id.to_string(),
                name: m.name,
                present: present.contains(&m.user_id),
            })
            .collect()
    } else {
        Vec::new()
    };
    let numbers = view.replies.as_ref().map_or_else(String::new, |r| {
        let mut text = tr.t_counts(
            "meeting-numbers",
            &[("going", r.going), ("waiting", r.waitlisted)],
        );
        if let Some(c) = r.capacity {
            text.push(' ');
            text.push_str(&tr.t1("meeting-capacity", "capacity", i64::from(c)));
        }
        text
    });
    let online_note = match &view.online_opens_at {
        Some(opens) => opens
            .parse::<jiff::Timestamp>()
            .map(|t| tr.t1("meeting-link-later", "when", when(&tr, t, zone)))
            .unwrap_or_default(),
        None if series.details.online.is_some() && !sight.member => tr.t("meeting-link-members"),
        None => String::new(),
    };
    let online_place = matches!(series.details.place, PlaceKind::Online | PlaceKind::Hybrid);
    let room_open_until = loaded
        .meeting
        .ends
        .checked_add(crate::rooms::OPEN_AFTER_END)
        .unwrap_or(loaded.meeting.ends);
    let room_summary = if sight.runs && online_place {
        state
            .store
            .room_summary(&loaded.meeting.id.to_string())
            .await?
            .map(|(_, summary)| room_summary_lines(&tr, &summary))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let status = errors.status();
    let page = MeetingPage {
        room_link: online_place
            && sight.member
            && loaded.meeting.cancelled.is_none()
            && now < room_open_until
            && room_summary.is_empty(),
        room_summary,
        errors,
        id: view.id.clone(),
        series_id: series.id.to_string(),
        starts_at: view.starts_at.clone(),
        title: view.title.clone(),
        group_name: loaded.group.details.name.clone(),
        group_slug: view.group.clone(),
        when: when(&tr, loaded.meeting.starts, zone),
        zone_note: tr.t1("meeting-zone", "zone", series.details.schedule.zone_name.clone()),
        duration: series.details.schedule.minutes,
        cancelled: view.cancelled,
        cancel_reason: view.cancel_reason.clone().unwrap_or_default(),
        moved: view.moved,
        moved_note: view.moved_note.clone().unwrap_or_default(),
        over: loaded.meeting.ends <= now,
        place: tr.t(&format!("meeting-place-{}", series.details.place.as_str())),
        venue: view.venue.clone(),
        online: view.online.clone(),
        online_note,
        format_name: agenda.as_ref().map(|a| a.name.clone()).unwrap_or_default(),
        agenda: agenda
            .map(|a| {
                a.segments
                    .into_iter()
                    .map(|s| AgendaLine {
                        name: s.name,
                        minutes: s.minutes,
                        kind: tr.t(&format!("segment-{}", s.kind.as_str())),
                        script: s.script.unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        signed_in: actor.user.is_some(),
        member: sight.member,
        runs: sight.runs,
        my_reply: view
            .my_reply
            .map(|r| tr.t(&format!("meeting-reply-{}", r.as_str())))
            .unwrap_or_default(),
        numbers,
        members,
        started: loaded.meeting.starts <= now,
        repeats: series.details.schedule.rule.is_some(),
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

/// The live room's summary in words: aggregates only.
fn room_summary_lines(tr: &crate::i18n::Tr, summary: &serde_json::Value) -> Vec<String> {
    let number = |key: &str| summary.get(key).and_then(serde_json::Value::as_i64).unwrap_or(0);
    let mut lines = vec![tr.t_args(
        "meeting-room-summary",
        &[
            ("minutes", &number("minutes").to_string()),
            ("people", &number("participants").to_string()),
            ("turns", &number("turns").to_string()),
            ("messages", &number("chat_messages").to_string()),
        ],
    )];
    if let Some(balance) = summary.get("balance").and_then(serde_json::Value::as_f64) {
        lines.push(tr.t1("meeting-room-balance", "balance", format!("{:.2}", balance)));
    }
    for share in summary
        .get("shares")
        .and_then(|s| s.as_array())
        .into_iter()
        .flatten()
    {
        let name = share.get("name").and_then(|v| v.as_str()).unwrap_or("");
        let percent = share
            .get("share")
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(0.0)
            * 100.0;
        lines.push(tr.t_args(
            "meeting-room-share",
            &[("name", name), ("percent", &format!("{percent:.0}"))],
        ));
    }
    lines
}

pub async fn show_meeting(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    meeting_page(&state, &actor, shell, &id, FormErrors::default()).await
}

/// Shows a field problem on the meeting page, or passes other errors on.
async fn back_with(
    state: &AppState,
    actor: &Actor,
    shell: Shell,
    id: &str,
    result: Result<(), AppError>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/meetings/{id}")).into_response()),
        Err(AppError::Invalid(e)) => {
            let mut errors = FormErrors::default();
            errors.add(e.field, super::field_message(&shell.tr, e.field));
            meeting_page(state, actor, shell, id, errors).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Deserialize)]
pub struct ReplyForm {
    reply: String,
}

pub async fn reply_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
    Form(form): Form<ReplyForm>,
) -> Result<Response, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    let going = match form.reply.parse::<Reply>() {
        Ok(Reply::Going) => true,
        Ok(Reply::NotGoing) => false,
        _ => return Err(AppError::BadRequest("reply must be going or not_going".into())),
    };
    let result = reply_action(&state, &actor, &shell.tr, &loaded, going)
        .await
        .map(|_| ());
    back_with(&state, &actor, shell, &id, result).await
}

#[derive(Debug, Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
}

pub async fn cancel_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
    Form(form): Form<CancelForm>,
) -> Result<Response, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    require_runs(&state, &actor, &loaded.group).await?;
    let result = match check_note("reason", &form.reason, true) {
        Ok(reason) => {
            let reason = reason.unwrap_or_default();
            exception_action(&state, &actor, &loaded, ExceptionKind::Cancelled { reason }).await
        }
        Err(e) => Err(e),
    };
    back_with(&state, &actor, shell, &id, result).await
}

#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    note: String,
}

pub async fn move_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    require_runs(&state, &actor, &loaded.group).await?;
    let result = async {
        let to = parse_move(&loaded, &form.starts_at)?;
        let note = check_note("note", &form.note, false)?;
        exception_action(&state, &actor, &loaded, ExceptionKind::Moved { to, note }).await
    }
    .await;
    back_with(&state, &actor, shell, &id, result).await
}

pub async fn attendance_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let loaded = load_meeting(&state, &id).await?;
    let mut present = Vec::new();
    for (name, value) in &form {
        if name == "present" {
            present.push(
                value
                    .parse::<UserId>()
                    .map_err(|_| AppError::BadRequest("present: not a member id".into()))?,
            );
        }
    }
    let result = attendance_action(&state, &actor, &loaded, &present).await;
    back_with(&state, &actor, shell, &id, result).await
}

#[derive(Debug, Deserialize)]
pub struct EndForm {
    #[serde(default)]
    last_date: String,
    #[serde(default)]
    back: String,
}

pub async fn end_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
    Form(form): Form<EndForm>,
) -> Result<Response, AppError> {
    let result = end_action(&state, &actor, &id, &form.last_date).await;
    let back = form
        .back
        .parse::<kindred_core::meetings::MeetingRef>()
        .ok()
        .map(|r| r.to_string());
    match (result, back) {
        (Ok(series), _) => {
            let group = state.store.get_group(series.group_id).await?;
            Ok(Redirect::to(&format!("/groups/{}", group.details.slug.as_str())).into_response())
        }
        (Err(err @ AppError::Invalid(_)), Some(back)) => {
            back_with(&state, &actor, shell, &back, Err(err)).await
        }
        (Err(err), _) => Err(err),
    }
}

/// The new-series form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SeriesForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    duration: String,
    #[serde(default)]
    repeat: String,
    #[serde(default)]
    week: String,
    #[serde(default)]
    except_month: String,
    #[serde(default)]
    ends_on: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    venue_name: String,
    #[serde(default)]
    venue_address: String,
    #[serde(default)]
    venue_postcode: String,
    #[serde(default)]
    venue_access: String,
    #[serde(default)]
    venue_directions: String,
    #[serde(default)]
    join_url: String,
    #[serde(default)]
    dial_in: String,
    #[serde(default)]
    link_opens: String,
    #[serde(default)]
    capacity: String,
    #[serde(default)]
    format: String,
}

impl SeriesForm {
    /// Builds the API input: the repeat choice becomes an iCalendar rule.
    fn input(&self) -> Result<SeriesInput, (&'static str, String)> {
        let date: jiff::civil::Date = self
            .date
            .trim()
            .parse()
            .map_err(|_| ("date", "give the date of the first meeting".to_owned()))?;
        let day = kindred_core::recurrence::weekday_code(date.weekday());
        // The 29th to 31st are in a "fifth week" most months lack: that is the last one.
        let nth = match (date.day() - 1) / 7 + 1 {
            _ if self.week.trim() == "-1" => -1,
            5 => -1,
            n => n,
        };
        let mut rule = match self.repeat.as_str() {
            "" | "once" => None,
            "weekly" => Some(format!("FREQ=WEEKLY;BYDAY={day}")),
            "fortnightly" => Some(format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={day}")),
            "monthly_day" => Some(format!("FREQ=MONTHLY;BYDAY={nth}{day}")),
            "monthly_date" => Some(format!("FREQ=MONTHLY;BYMONTHDAY={}", date.day())),
            _ => return Err(("repeat", "choose how often the meeting repeats".into())),
        };
        if let (Some(r), Ok(month)) = (&mut rule, self.except_month.trim().parse::<u8>())
            && (1..=12).contains(&month)
        {
            let months: Vec<String> = (1..=12u8)
                .filter(|m| *m != month)
                .map(|m| m.to_string())
                .collect();
            r.push_str(&format!(";BYMONTH={}", months.join(",")));
        }
        let number = |field: &'static str, text: &str| -> Result<Option<u32>, (&'static str, String)> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            text.parse()
                .map(Some)
                .map_err(|_| (field, "give a whole number".to_owned()))
        };
        let place: PlaceKind = self
            .place
            .parse()
            .map_err(|_| ("place", "choose where the meeting happens".to_owned()))?;
        let opt = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Ok(SeriesInput {
            title: opt(&self.title),
            starts_at: format!("{}T{}", date, self.time.trim()),
            duration_minutes: number("duration", &self.duration)?.unwrap_or(90),
            timezone: None,
            recurrence: rule,
            ends_on: opt(&self.ends_on),
            place,
            venue: Some(MeetingVenue {
                name: self.venue_name.clone(),
                address: self.venue_address.clone(),
                postcode: opt(&self.venue_postcode),
                accessibility: opt(&self.venue_access),
                directions: opt(&self.venue_directions),
            }),
            online: Some(OnlineAccess {
                join_url: opt(&self.join_url),
                dial_in: opt(&self.dial_in),
            }),
            link_opens_minutes: number("link_opens", &self.link_opens)?,
            capacity: number("capacity", &self.capacity)?,
            format: opt(&self.format),
        })
    }
}

/// Maps an API field to the form field that holds it.
fn form_field(field: &'static str) -> &'static str {
    match field {
        "starts_at" => "time",
        "recurrence" => "repeat",
        "duration_minutes" => "duration",
        "venue.name" => "venue_name",
        "venue.address" => "venue_address",
        "venue.postcode" => "venue_postcode",
        "venue.accessibility" => "venue_access",
        "venue.directions" => "venue_directions",
        "online.join_url" => "join_url",
        "online.dial_in" => "dial_in",
        "link_opens_minutes" => "link_opens",
        other => other,
    }
}

#[derive(Debug, Clone)]
pub struct Option2 {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "series_new.html")]
struct NewSeriesPage {
    shell: Shell,
    errors: FormErrors,
    slug: String,
    group_name: String,
    form: SeriesForm,
    selects: Vec<SelectBox>,
}

#[derive(Debug, Clone)]
pub struct SelectBox {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<Option2>,
}

async fn new_series_page(
    state: &AppState,
    shell: Shell,
    group: &kindred_core::groups::Group,
    form: SeriesForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let options = |values: &[(&str, String)], current: &str| -> Vec<Option2> {
        values
            .iter()
            .map(|(v, label)| Option2 {
                value: (*v).to_owned(),
                label: label.clone(),
                selected: *v == current,
            })
            .collect()
    };
    let repeats = options(
        &["once", "weekly", "fortnightly", "monthly_day", "monthly_date"]
            .map(|v| (v, tr.t(&format!("series-repeat-{v}")))),
        &form.repeat,
    );
    let weeks = options(
        &[("", tr.t("series-week-same")), ("-1", tr.t("series-week-last"))],
        &form.week,
    );
    let mut month_values = vec![(String::new(), tr.t("series-except-none"))];
    month_values.extend((1..=12).map(|m| (m.to_string(), tr.t(&format!("month-long-{m}")))));
    let months: Vec<Option2> = month_values
        .iter()
        .map(|(v, l)| Option2 {
            value: v.clone(),
            label: l.clone(),
            selected: *v == form.except_month,
        })
        .collect();
    let places = options(
        &PlaceKind::ALL
            .iter()
            .map(|p| (p.as_str(), tr.t(&format!("meeting-place-{}", p.as_str()))))
            .collect::<Vec<_>>(),
        &form.place,
    );
    let mut format_values = vec![(String::new(), tr.t("series-format-none"))];
    format_values.extend(builtin_views().into_iter().map(|f| (f.id, f.name)));
    format_values.extend(
        state
            .store
            .group_formats(group.id)
            .await?
            .iter()
            .map(group_view)
            .map(|f| (f.id, f.name)),
    );
    let formats: Vec<Option2> = format_values
        .iter()
        .map(|(v, l)| Option2 {
            value: v.clone(),
            label: l.clone(),
            selected: *v == form.format,
        })
        .collect();
    let status = errors.status();
    let page = NewSeriesPage {
        errors,
        slug: group.details.slug.as_str().to_owned(),
        group_name: group.details.name.clone(),
        form,
        selects: vec![
            SelectBox {
                name: "repeat",
                label: tr.t("series-repeat-label"),
                options: repeats,
            },
            SelectBox {
                name: "week",
                label: tr.t("series-week-label"),
                options: weeks,
            },
            SelectBox {
                name: "except_month",
                label: tr.t("series-except-label"),
                options: months,
            },
            SelectBox {
                name: "place",
                label: tr.t("series-place-label"),
                options: places,
            },
            SelectBox {
                name: "format",
                label: tr.t("series-format-label"),
                options: formats,
            },
        ],
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show_new_series(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    require_runs(&state, &actor, &group).await?;
    let form = SeriesForm {
        time: "19:00".into(),
        duration: "90".into(),
        repeat: "weekly".into(),
        place: if group.details.venue.is_some() {
            "group_venue".into()
        } else {
            "online".into()
        },
        link_opens: "30".into(),
        ..SeriesForm::default()
    };
    new_series_page(&state, shell, &group, form, FormErrors::default()).await
}

pub async fn create_series_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(slug): Path<String>,
    Form(form): Form<SeriesForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    require_runs(&state, &actor, &group).await?;
    let problem = match form.input() {
        Err(problem) => problem,
        Ok(input) => match create_series_action(&state, &group, &input).await {
            Ok(series) => {
                let now = now();
                let first = series
                    .meetings(
                        &[],
                        now,
                        now.checked_add(super::days(super::HORIZON_DAYS)).unwrap_or(now),
                        1,
                    )
                    .into_iter()
                    .next();
                let to = match first {
                    Some(m) => format!("/meetings/{}", m.id),
                    None => format!("/groups/{slug}"),
                };
                return Ok(Redirect::to(&to).into_response());
            }
            Err(AppError::Invalid(e)) => (form_field(e.field), e.message),
            Err(other) => return Err(other),
        },
    };
    let mut errors = FormErrors::default();
    errors.add(problem.0, super::field_message(&shell.tr, problem.0));
    new_series_page(&state, shell, &group, form, errors).await
}

/// A meeting in a list.
#[derive(Debug, Clone)]
pub struct MeetingLine {
    pub id: String,
    pub starts_at: String,
    pub title: String,
    pub group_name: String,
    pub when: String,
    pub cancelled: bool,
    pub reply: String,
}

#[derive(Template)]
#[template(path = "my_meetings.html")]
struct MyMeetingsPage {
    shell: Shell,
    meetings: Vec<MeetingLine>,
    new_link: String,
    has_link: bool,
    emails_on: bool,
}

async fn my_meetings_page(
    state: &AppState,
    actor: &Actor,
    shell: Shell,
    new_link: String,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let tr = shell.tr.clone();
    let items = my_upcoming(state, actor, 50).await?;
    let meetings = items
        .iter()
        .map(|m| {
            let zone = kindred_core::recurrence::zone(&m.timezone).unwrap_or(jiff::tz::TimeZone::UTC);
            MeetingLine {
                id: m.id.clone(),
                starts_at: m.starts_at.clone(),
                title: m.title.clone(),
                group_name: m.group_name.clone(),
                when: m
                    .starts_at
                    .parse::<jiff::Timestamp>()
                    .map(|t| when(&tr, t, &zone))
                    .unwrap_or_default(),
                cancelled: m.cancelled,
                reply: m
                    .my_reply
                    .map(|r| tr.t(&format!("meeting-reply-{}", r.as_str())))
                    .unwrap_or_default(),
            }
        })
        .collect();
    let page = MyMeetingsPage {
        meetings,
        has_link: state.store.has_calendar_token(user.id).await?,
        emails_on: state.store.meeting_emails_on(user.id).await?,
        new_link,
        shell,
    };
    Ok(render(&page)?.into_response())
}

pub async fn show_my_meetings(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
) -> Result<Response, AppError> {
    my_meetings_page(&state, &actor, shell, String::new()).await
}

/// Makes a new secret calendar link (the old one stops working) and shows it once.
pub async fn new_calendar_link(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    CurrentUser(user): CurrentUser,
    shell: Shell,
) -> Result<Response, AppError> {
    let (token, hash) = crate::tokens::new_token();
    state.store.set_calendar_token(user.id, Some(&hash)).await?;
    let link = format!("{}/calendar/{token}.ics", state.settings.public_url);
    my_meetings_page(&state, &actor, shell, link).await
}

pub async fn revoke_calendar_link(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    state.store.set_calendar_token(user.id, None).await?;
    Ok(Redirect::to("/my/meetings").into_response())
}

#[derive(Debug, Deserialize)]
pub struct EmailsForm {
    #[serde(default)]
    on: String,
}

pub async fn set_meeting_emails(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Form(form): Form<EmailsForm>,
) -> Result<Response, AppError> {
    state.store.set_meeting_emails(user.id, form.on == "yes").await?;
    Ok(Redirect::to("/my/meetings").into_response())
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct UnsubscribePage {
    shell: Shell,
    token: String,
    done: bool,
}

pub async fn show_unsubscribe(shell: Shell, Path(token): Path<String>) -> Result<Response, AppError> {
    if !crate::tokens::looks_like_token(&token) {
        return Err(AppError::NotFound);
    }
    Ok(render(&UnsubscribePage {
        shell,
        token,
        done: false,
    })?
    .into_response())
}

/// One click turns meeting emails off (also RFC 8058 one-click from mail programs).
pub async fn unsubscribe(
    State(state): State<AppState>,
    shell: Shell,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !crate::tokens::looks_like_token(&token) || !state.store.unsubscribe(&token).await? {
        return Err(AppError::NotFound);
    }
    Ok(render(&UnsubscribePage {
        shell,
        token: String::new(),
        done: true,
    })?
    .into_response())
}
