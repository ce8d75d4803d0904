//! Live meeting rooms: the page at `/meetings/{id}/room` and its WebSocket.
//!
//! The room itself is `kindred_core::rooms::Room`, a pure state machine; [`hub`] keeps this
//! instance's copies of the rooms its connections are in, in step with the log in the
//! database, and [`socket`] runs one connection. `docs/rooms.md` has the protocol and the
//! decisions behind it.

pub mod hub;
mod socket;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::{SignedDuration, Timestamp};
use kindred_core::groups::{Joining, MembershipStatus};
use kindred_core::ids::UserId;
use kindred_core::meetings::PlaceKind;
use kindred_core::policy::Actor;
use kindred_core::rooms::{Pid, RoomRole};
use sha2::{Digest, Sha256};

pub use hub::Rooms;

use crate::AppState;
use crate::directory::Standing;
use crate::error::AppError;
use crate::meetings::{Loaded, load_meeting};
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/meetings/{id}/room", Access::SignedIn, get(show_room)),
        Route::get("/meetings/{id}/ws", Access::SignedIn, get(socket::connect)),
        Route::get("/static/room.js", Access::Public, get(room_script)),
        Route::get("/static/room.css", Access::Public, get(room_stylesheet)),
    ]
}

/// How long after its planned end a room stays open (and its log kept) if nobody ends it.
pub(crate) const OPEN_AFTER_END: SignedDuration = SignedDuration::from_hours(2);

/// Someone allowed into a room, and as whom.
#[derive(Debug, Clone)]
pub(crate) struct Admission {
    pub room_id: String,
    pub loaded: Loaded,
    pub user: UserId,
    pub pid: Pid,
    pub name: String,
    pub role: RoomRole,
    /// Whether newcomers wait in a lobby when the room is first opened.
    pub lobby: bool,
    /// When the room's log is swept if nobody ends the meeting (Unix seconds).
    pub close_after: i64,
}

/// Why someone cannot enter a room that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Closed {
    NotOnline,
    Cancelled,
    NotYet(Timestamp),
    Over,
}

/// Decides whether the actor may enter the room of meeting `id` now.
pub(crate) async fn admit(
    state: &AppState,
    actor: &Actor,
    id: &str,
) -> Result<Result<Admission, Closed>, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let loaded = load_meeting(state, id).await?;
    let standing = Standing::of(state, actor, &loaded.group).await?;
    let runs = standing.runs_group(actor);
    if !runs {
        if !standing.is_member() {
            return Err(AppError::Forbidden);
        }
        if !state
            .store
            .has_accepted_current_agreement(loaded.group.id, user.id)
            .await?
        {
            return Err(AppError::Forbidden);
        }
    }
    let meeting = &loaded.meeting;
    let room_id = meeting.id.to_string();
    if matches!(
        loaded.series.details.place,
        PlaceKind::GroupVenue | PlaceKind::OtherVenue
    ) {
        return Ok(Err(Closed::NotOnline));
    }
    if meeting.cancelled.is_some() {
        return Ok(Err(Closed::Cancelled));
    }
    let lead = if runs {
        loaded.series.details.link_opens_minutes.max(60)
    } else {
        loaded.series.details.link_opens_minutes.max(15)
    };
    let opens = meeting
        .starts
        .checked_sub(SignedDuration::from_mins(i64::from(lead)))
        .unwrap_or(meeting.starts);
    let closes = meeting.ends.checked_add(OPEN_AFTER_END).unwrap_or(meeting.ends);
    let now = Timestamp::now();
    if now < opens {
        return Ok(Err(Closed::NotYet(opens)));
    }
    if now > closes || state.store.room_summary(&room_id).await?.is_some() {
        return Ok(Err(Closed::Over));
    }
    // The group pseudonym, from the membership already read for the decision above.
    let name = standing
        .membership()
        .filter(|m| m.status == MembershipStatus::Active)
        .and_then(|m| m.group_pseudonym.clone())
        .unwrap_or_else(|| user.pseudonym.as_str().to_owned());
    Ok(Ok(Admission {
        pid: pid_of(&room_id, user.id),
        room_id,
        user: user.id,
        name,
        role: if runs {
            RoomRole::Facilitator
        } else {
            RoomRole::Member
        },
        lobby: loaded.group.details.joining == Joining::Closed,
        close_after: closes.as_second(),
        loaded,
    }))
}

/// A live-room chat line someone reports, and who wrote it.
#[derive(Debug, Clone)]
pub(crate) struct ReportedLine {
    pub group: kindred_core::ids::GroupId,
    /// The meeting (and room) id.
    pub meeting: String,
    pub line: kindred_core::rooms::ChatLine,
    pub author: UserId,
}

/// Finds the chat line `target` (`<meeting>.<line id>`) for a report by the actor. They must
/// still belong to the group and have been let into the room; the line must still be in the
/// room's chat (it is deleted when the meeting ends) and written by someone else. Anything
/// else is 404, as if it did not exist. Read from the room's log, not this instance's copy,
/// so it answers the same on every instance.
pub(crate) async fn reported_line(
    state: &AppState,
    actor: &Actor,
    target: &str,
) -> Result<ReportedLine, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let (meeting, line) = target.rsplit_once('.').ok_or(AppError::NotFound)?;
    let line: u64 = line.parse().map_err(|_| AppError::NotFound)?;
    let loaded = load_meeting(state, meeting).await?;
    let standing = Standing::of(state, actor, &loaded.group).await?;
    if !(standing.is_member() || standing.runs_group(actor)) {
        return Err(AppError::NotFound);
    }
    let room_id = loaded.meeting.id.to_string();
    let log = state.store.room_log(&room_id, 0).await?;
    if log.ended_at.is_some() {
        return Err(AppError::NotFound);
    }
    let (Some(room), _) = hub::rebuild(&log) else {
        return Err(AppError::NotFound);
    };
    let me = pid_of(&room_id, user.id);
    if !room.participant(&me).is_some_and(|p| p.admitted) {
        return Err(AppError::NotFound);
    }
    let line = room
        .chat
        .iter()
        .find(|l| l.id == line && l.pid != me)
        .cloned()
        .ok_or(AppError::NotFound)?;
    // Pids are derived from account ids, so the writer is whoever among the people who
    // joined this meeting has the line's pid.
    let author = state
        .store
        .live_attendance(loaded.series.id, loaded.meeting.id.date)
        .await?
        .into_iter()
        .map(|(u, ..)| u)
        .find(|u| pid_of(&room_id, *u) == line.pid)
        .ok_or(AppError::NotFound)?;
    Ok(ReportedLine {
        group: loaded.group.id,
        meeting: room_id,
        line,
        author,
    })
}

/// A person's id in one room: derived, so every instance agrees, and not their account id,
/// so pages never learn it.
pub(crate) fn pid_of(room: &str, user: UserId) -> Pid {
    let digest = Sha256::digest(format!("kindred-room:{room}:{}", user.0));
    Pid(digest.iter().take(8).map(|b| format!("{b:02x}")).collect())
}

#[derive(Template)]
#[template(path = "room.html")]
struct RoomPage {
    shell: Shell,
    id: String,
    title: String,
    group_name: String,
    group_slug: String,
    when: String,
    rules_html: String,
    strings_json: String,
    facilitator: bool,
}

async fn show_room(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let admission = match admit(&state, &actor, &id).await? {
        Ok(admission) => admission,
        Err(closed) => {
            let tr = &shell.tr;
            let zone = &load_meeting(&state, &id).await?.series.details.schedule.zone;
            let message = match closed {
                Closed::NotOnline => tr.t("room-not-online"),
                Closed::Cancelled => tr.t("room-cancelled"),
                Closed::NotYet(at) => tr.t1("room-not-yet", "when", crate::meetings::when(tr, at, zone)),
                Closed::Over => tr.t("room-over"),
            };
            let page = crate::accounts::signup::MessagePage {
                title: tr.t("room-title"),
                paragraphs: vec![message],
                link: Some((format!("/meetings/{id}"), tr.t("room-back-to-meeting"))),
                shell,
            };
            return Ok(render(&page)?.into_response());
        }
    };
    let tr = shell.tr.clone();
    let loaded = &admission.loaded;
    let agreement = state.store.current_agreement(loaded.group.id).await?;
    let rules_html = format!(
        "<ul>{}</ul>",
        crate::directory::pages::agreement_lines(&tr, &agreement.body)
            .iter()
            .map(|line| format!("<li>{}</li>", escape_html(line)))
            .collect::<String>()
    );
    let page = RoomPage {
        id: admission.room_id.clone(),
        title: crate::meetings::meeting_title(&loaded.group, &loaded.series),
        group_name: loaded.group.details.name.clone(),
        group_slug: loaded.group.details.slug.as_str().to_owned(),
        when: crate::meetings::when(&tr, loaded.meeting.starts, &loaded.series.details.schedule.zone),
        rules_html,
        strings_json: script_strings(&tr),
        facilitator: admission.role == RoomRole::Facilitator,
        shell,
    };
    let mut response = render(&page)?.into_response();
    // The page's script talks to its own WebSocket; `'self'` covers ws: and wss: only in
    // newer browsers, so name the host.
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-' | '[' | ']'))
        })
        .unwrap_or("localhost");
    let csp = format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob: mediastream:; \
         connect-src 'self' ws://{host} wss://{host}; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&csp) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    Ok(response)
}

/// The `room-js-*` messages, translated, as JSON safe to put inside a `<script>` element.
fn script_strings(tr: &crate::i18n::Tr) -> String {
    // Placeholders stay as `{ $name }` for the script to fill: each variable is given
    // itself as its value.
    let map: serde_json::Map<String, serde_json::Value> = include_str!("../../locales/en/rooms.ftl")
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, _)| id.starts_with("room-js-"))
        .map(|(id, english)| {
            let names: Vec<&str> = english
                .split("{ $")
                .skip(1)
                .filter_map(|rest| rest.split_once(" }").map(|(name, _)| name))
                .collect();
            let literals: Vec<String> = names.iter().map(|n| format!("{{ ${n} }}")).collect();
            let pairs: Vec<(&str, &str)> = names
                .iter()
                .copied()
                .zip(literals.iter().map(String::as_str))
                .collect();
            (
                id.trim().to_owned(),
                serde_json::Value::String(tr.t_args(id.trim(), &pairs)),
            )
        })
        .collect();
    serde_json::Value::Object(map)
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

async fn room_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("../../static/room.js"),
    )
        .into_response()
}

async fn room_stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("../../static/room.css"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pids_are_stable_per_room_and_differ_between_rooms() {
        let user = UserId(uuid::Uuid::from_u128(7));
        assert_eq!(pid_of("a", user), pid_of("a", user));
        assert_ne!(pid_of("a", user), pid_of("b", user));
        assert_eq!(pid_of("a", user).0.len(), 16);
        assert!(!pid_of("a", user).0.contains(&user.0.simple().to_string()[..8]));
    }
}
