//! Moderation and crisis safety for written content: screening on write with alerts that
//! stay open until a person handles them, reports, the queue, actions (hide, restore,
//! warn, escalating suspensions, group bans) with notices and appeals, watched words, trust
//! for new accounts, moderators on duty, and the audit log.
//!
//! Kindred never contacts emergency services by itself: an alert asks a person to act.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use kindred_core::i18n::Locale;
use kindred_core::ids::{GroupId, UserId};
use kindred_core::policy::Actor;
use kindred_core::safety::Level;
use kindred_store::{
    AuditEntry, ChatLineSnapshot, NewAlert, NewSanction, OutgoingEmail, Recipient, ReportGroup, StoreError,
};
use serde::Deserialize;

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{LineView, Shell, crisis_lines, render};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/moderation", Access::SignedIn, get(show_queue)),
        Route::post("/moderation/duty", Access::Moderator, post(set_duty)),
        Route::post(
            "/moderation/alerts/{id}/handled",
            Access::SignedIn,
            post(handle_alert),
        ),
        Route::post(
            "/moderation/posts/{id}/{action}",
            Access::SignedIn,
            post(moderate_post),
        ),
        Route::post(
            "/moderation/reports/{kind}/{id}/dismiss",
            Access::SignedIn,
            post(dismiss_reports),
        ),
        Route::post(
            "/moderation/users/{user}/{action}",
            Access::SignedIn,
            post(sanction_user),
        ),
        Route::post(
            "/moderation/appeals/{id}/{action}",
            Access::Moderator,
            post(decide_appeal),
        ),
        Route::get("/moderation/words", Access::Moderator, get(show_words)),
        Route::post("/moderation/words", Access::Moderator, post(change_words)),
        Route::get("/admin/audit", Access::Admin, get(show_audit)),
        Route::get("/report/{kind}/{id}", Access::Verified, get(show_report)),
        Route::post("/report/{kind}/{id}", Access::Verified, post(send_report)),
        Route::post("/account/sanctions/{id}/appeal", Access::Verified, post(appeal)),
    ]
}

/// How long "on duty" lasts when a moderator turns it on.
const DUTY_HOURS: i64 = 8;
/// Report reasons people can pick.
pub const REPORT_REASONS: &[&str] = &[
    "risk",
    "harassment",
    "hate",
    "spam",
    "privacy",
    "misinformation",
    "other",
];

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn clean(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

fn tr_for(state: &AppState, recipient: &Recipient) -> Tr {
    let locale = recipient
        .locale
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or_default();
    Tr::new(state.i18n.clone(), locale)
}

// ---- screening on write

/// What the writer is shown after writing something the screen worried about.
#[derive(Debug, Clone)]
pub struct Signpost {
    pub urgent: bool,
    pub lines: Vec<LineView>,
}

/// Acts on what the screen found in something someone wrote (screened once, by the caller,
/// in the writer's language). `concern` and `urgent` raise an alert (urgent ones are emailed
/// at once to the group's facilitators and moderators on duty; the email carries a link,
/// never the words) and return the lines to show the writer. Nothing is blocked for it.
pub async fn alert_on(
    state: &AppState,
    tr: &Tr,
    screening: &kindred_core::safety::Screening,
    group: Option<GroupId>,
    source_kind: &str,
    source_id: &str,
    author: UserId,
) -> Result<Option<Signpost>, AppError> {
    if screening.level == Level::None {
        return Ok(None);
    }
    let mut reasons: Vec<String> = screening
        .reasons
        .iter()
        .filter_map(|r| serde_json::to_value(r.section).ok())
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    reasons.sort();
    reasons.dedup();
    let urgent = screening.level == Level::Urgent;
    let mut emails = Vec::new();
    if urgent {
        let mut recipients = match group {
            Some(g) => state.store.group_runners(g).await?,
            None => Vec::new(),
        };
        for r in state.store.on_duty(now()).await? {
            if !recipients.iter().any(|x| x.user_id == r.user_id) {
                recipients.push(r);
            }
        }
        for r in recipients.iter().filter(|r| r.user_id != author) {
            let rt = tr_for(state, r);
            emails.push(OutgoingEmail {
                recipient: r.email.clone(),
                subject: clean(rt.t("email-alert-subject")),
                body: clean(format!(
                    "{}\n\n{}/moderation\n\n{}\n",
                    rt.t1("email-alert-body", "pseudonym", r.pseudonym.clone()),
                    state.settings.public_url,
                    rt.t("email-signature")
                )),
                unsubscribe: None,
            });
        }
    }
    state
        .store
        .raise_alert(
            &NewAlert {
                group,
                source_kind: source_kind.to_owned(),
                source_id: source_id.to_owned(),
                author: Some(author),
                level: screening.level.as_str().to_owned(),
                reasons,
            },
            &emails,
        )
        .await?;
    if !emails.is_empty() {
        state.outbox_wake.notify_one();
    }
    Ok(Some(signpost(state, tr, urgent)))
}

/// The crisis lines for the writer, in their language.
pub fn signpost(state: &AppState, tr: &Tr, urgent: bool) -> Signpost {
    Signpost {
        urgent,
        lines: crisis_lines(tr, &state.settings.crisis_country),
    }
}

/// What the rules say about a piece of writing before it is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Post it.
    Open,
    /// Post it, held back until a moderator reviews it (`held` for a new account's links,
    /// `watched` for a watched word).
    Hold(&'static str),
    /// Refused, with the message id to show.
    Refuse(&'static str),
}

fn contains_word(text: &str, word: &str) -> bool {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return false;
    }
    let text = text.to_lowercase();
    text.match_indices(&word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

fn has_link(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("http://") || t.contains("https://") || t.contains("www.")
}

/// Checks suspension, rate limits, watched words and new-account trust. Returns the gate
/// and whether a watched word asks for a flag (a report for moderators).
pub async fn gate(
    state: &AppState,
    actor: &Actor,
    group: Option<GroupId>,
    text: &str,
) -> Result<(Gate, bool), AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let at = now();
    if state.store.active_suspension(user.id, at).await?.is_some() {
        return Ok((Gate::Refuse("moderation-refused-suspended"), false));
    }
    let new_account = at - user.created_at < 86_400;
    let recent = state.store.posts_by_since(user.id, at - 600).await?;
    if recent >= 30 || (new_account && recent >= 5) {
        return Ok((Gate::Refuse("moderation-refused-rate"), false));
    }
    let mut flag = false;
    let mut gate = Gate::Open;
    for w in state.store.watched_words(group).await? {
        if contains_word(text, &w.word) {
            match w.action.as_str() {
                "block" => return Ok((Gate::Refuse("moderation-refused-word"), false)),
                "hold" => gate = Gate::Hold("watched"),
                _ => flag = true,
            }
        }
    }
    // Trust grows with participation: until an account is a day old and has three posts,
    // its links wait for a moderator.
    if gate == Gate::Open && has_link(text) && !actor.is_moderator() {
        let earlier = state.store.posts_by_since(user.id, 0).await?;
        if new_account || earlier < 3 {
            gate = Gate::Hold("held");
        }
    }
    Ok((gate, flag))
}

// ---- reports

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    shell: Shell,
    kind: String,
    id: String,
    reasons: Vec<(&'static str, String)>,
    /// What is reported, when the reporter may no longer have it in front of them (a chat
    /// line, reported from a new tab): (who wrote it, the words).
    quote: Option<(String, String)>,
    done: bool,
}

/// What a report can be about, and the group it belongs to (checked: the reporter must be
/// able to see it).
async fn report_target(
    state: &AppState,
    actor: &Actor,
    kind: &str,
    id: &str,
) -> Result<Option<GroupId>, AppError> {
    match kind {
        "post" => {
            let post: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
            let r = state.store.post_ref(post).await?;
            crate::discussions::require_board_reader(state, actor, r.board).await?;
            Ok(match r.board {
                kindred_store::Board::Group(g) => Some(g),
                kindred_store::Board::Organisation(_) => None,
            })
        }
        "message" => {
            let message: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
            let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
            let (group, member, _) = match state.store.message_ref(message).await {
                Ok(found) => found,
                // Not with the facilitators: a message between members, which only its two
                // people read (and so report).
                Err(StoreError::NotFound) => {
                    let m =
                        crate::discussions::member_messages::readable_message(state, actor, message).await?;
                    return Ok(Some(m.conversation.group));
                }
                Err(err) => return Err(err.into()),
            };
            let g = state.store.get_group(group).await?;
            let runs = crate::directory::Standing::of(state, actor, &g)
                .await?
                .runs_group(actor);
            if member != user.id && !runs {
                return Err(AppError::NotFound);
            }
            Ok(Some(group))
        }
        "chat" => Ok(Some(crate::rooms::reported_line(state, actor, id).await?.group)),
        "user" => {
            let user: UserId = id.parse().map_err(|_| AppError::NotFound)?;
            state.store.get_user(user).await?;
            Ok(None)
        }
        _ => Err(AppError::NotFound),
    }
}

async fn show_report(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((kind, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let quote = if kind == "chat" {
        let found = crate::rooms::reported_line(&state, &actor, &id).await?;
        Some((found.line.name, found.line.text))
    } else {
        report_target(&state, &actor, &kind, &id).await?;
        None
    };
    let reasons = REPORT_REASONS
        .iter()
        .map(|r| (*r, shell.t(&format!("report-reason-{r}"))))
        .collect();
    Ok(render(&ReportPage {
        shell,
        kind,
        id,
        reasons,
        quote,
        done: false,
    })?
    .into_response())
}

#[derive(Debug, Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    reason: String,
}

async fn send_report(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<ReportForm>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    if kind == "chat" {
        // The room's chat goes when the meeting ends: keep what the line said, sealed.
        let found = crate::rooms::reported_line(&state, &actor, &id).await?;
        check_reason(&form)?;
        state
            .store
            .report_chat_line(
                &ChatLineSnapshot {
                    group: found.group,
                    meeting: &found.meeting,
                    line: i64::try_from(found.line.id).unwrap_or(i64::MAX),
                    author: found.author,
                    text: &found.line.text,
                    written_at: found.line.at.div_euclid(1000),
                },
                user.id,
                &form.reason,
            )
            .await?;
        return reported(shell, kind, id);
    }
    let group = report_target(&state, &actor, &kind, &id).await?;
    check_reason(&form)?;
    let reporters = state
        .store
        .report(&kind, &id, group, user.id, &form.reason)
        .await?;
    // Several independent reports hide a post while nobody is on duty to look.
    if kind == "post"
        && reporters >= state.settings.auto_hide_reports
        && state.store.on_duty(now()).await?.is_empty()
    {
        let post: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
        if state.store.post_ref(post).await?.hidden_reason.is_none() {
            state
                .store
                .moderate_post(
                    post,
                    Some("reports"),
                    &AuditEntry {
                        actor: None,
                        action: "auto_hide".into(),
                        target_kind: "post".into(),
                        target_id: id.clone(),
                        reason: format!("{reporters} reports while no moderator was on duty"),
                        detail: String::new(),
                    },
                )
                .await?;
        }
    }
    reported(shell, kind, id)
}

fn check_reason(form: &ReportForm) -> Result<(), AppError> {
    if REPORT_REASONS.contains(&form.reason.as_str()) {
        Ok(())
    } else {
        Err(AppError::Invalid(kindred_core::ValidationError::new(
            "reason",
            "choose one of the reasons",
        )))
    }
}

/// The thank-you page after a report.
fn reported(shell: Shell, kind: String, id: String) -> Result<Response, AppError> {
    Ok(render(&ReportPage {
        shell,
        kind,
        id,
        reasons: Vec::new(),
        quote: None,
        done: true,
    })?
    .into_response())
}

// ---- the queue

/// Who may moderate what: moderators everything, people who run groups their groups.
async fn scope(state: &AppState, actor: &Actor) -> Result<Option<Vec<GroupId>>, AppError> {
    if actor.is_moderator() {
        return Ok(None);
    }
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let groups = state.store.groups_run_by(user.id).await?;
    if groups.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(Some(groups))
}

async fn may_moderate_group(state: &AppState, actor: &Actor, group: Option<GroupId>) -> Result<(), AppError> {
    match scope(state, actor).await? {
        None => Ok(()),
        Some(groups) if group.is_some_and(|g| groups.contains(&g)) => Ok(()),
        Some(_) => Err(AppError::NotFound),
    }
}

#[derive(Debug)]
struct AlertLine {
    id: uuid::Uuid,
    urgent: bool,
    group: String,
    link: String,
    when: String,
    reasons: String,
}

#[derive(Debug)]
struct ReportLine {
    kind: String,
    kind_code: String,
    target_id: String,
    link: String,
    group: String,
    reporters: i64,
    reasons: String,
    post: Option<(String, String, bool)>,
    author: Option<String>,
    /// What a reported message or chat line said, and who wrote it (the queue is the only
    /// place facilitators see a message between members, and chat lines are gone from the
    /// room once the meeting ends).
    words: Option<(String, String)>,
    /// Where to dismiss the reports (posts have their own form).
    dismiss: Option<String>,
}

#[derive(Debug)]
struct AppealLine {
    id: uuid::Uuid,
    kind: String,
    reason: String,
    appeal: String,
}

#[derive(Template)]
#[template(path = "moderation.html")]
struct QueuePage {
    shell: Shell,
    is_moderator: bool,
    on_duty_until: Option<String>,
    alerts: Vec<AlertLine>,
    reports: Vec<ReportLine>,
    appeals: Vec<AppealLine>,
}

/// When something was written or done, in the reader's language (UK time).
pub(crate) fn when(tr: &Tr, at: i64) -> String {
    let Ok(ts) = jiff::Timestamp::from_second(at) else {
        return String::new();
    };
    let zone = jiff::tz::TimeZone::get("Europe/London").unwrap_or(jiff::tz::TimeZone::UTC);
    crate::meetings::when(tr, ts, &zone)
}

/// Where a piece of content can be seen.
async fn source_link(state: &AppState, kind: &str, id: &str) -> String {
    match kind {
        "post" => match id.parse::<uuid::Uuid>() {
            Ok(post) => match state.store.post_ref(post).await {
                Ok(r) => format!("/threads/{}#post-{post}", r.thread_id),
                Err(_) => String::new(),
            },
            Err(_) => String::new(),
        },
        "message" => match id.parse::<uuid::Uuid>() {
            Ok(m) => {
                // A message between members is not for the facilitators to read: an alert
                // about one leads to the facilitators' own conversation with its writer, to
                // reach out there.
                let conversation = match state.store.message_ref(m).await {
                    Ok((group, member, _)) => Some((group, member)),
                    Err(_) => state
                        .store
                        .member_message_ref(m)
                        .await
                        .ok()
                        .map(|r| (r.conversation.group, r.author)),
                };
                match conversation {
                    Some((group, member)) => match state.store.get_group(group).await {
                        Ok(g) => format!("/groups/{}/messages/{member}", g.details.slug.as_str()),
                        Err(_) => String::new(),
                    },
                    None => String::new(),
                }
            }
            Err(_) => String::new(),
        },
        "chat" => id
            .split_once('|')
            .map(|(meeting, _)| format!("/meetings/{meeting}"))
            .unwrap_or_default(),
        "user" => String::new(),
        _ => String::new(),
    }
}

async fn show_queue(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
) -> Result<Response, AppError> {
    let scope = scope(&state, &actor).await?;
    let tr = shell.tr.clone();
    let mut alerts = Vec::new();
    for a in state.store.alerts(scope.as_deref(), true, 200).await? {
        alerts.push(AlertLine {
            id: a.id,
            urgent: a.level == "urgent",
            group: a.group_name.clone().unwrap_or_default(),
            link: source_link(&state, &a.source_kind, &a.source_id).await,
            when: when(&tr, a.created_at),
            reasons: a
                .reasons
                .iter()
                .map(|r| tr.t(&format!("safety-reason-{r}")))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let mut reports = Vec::new();
    for r in state.store.open_reports(scope.as_deref()).await? {
        reports.push(report_line(&state, &tr, r).await);
    }
    let appeals = if actor.is_moderator() {
        state
            .store
            .open_appeals()
            .await?
            .into_iter()
            .map(|s| AppealLine {
                id: s.id,
                kind: tr.t(&format!("sanction-{}", s.kind)),
                reason: s.reason,
                appeal: s.appeal.unwrap_or_default(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let on_duty_until = match &actor.user {
        Some(user) if actor.is_moderator() => state
            .store
            .on_duty_until(user.id)
            .await?
            .filter(|u| *u > now())
            .map(|u| when(&tr, u)),
        _ => None,
    };
    Ok(render(&QueuePage {
        is_moderator: actor.is_moderator(),
        on_duty_until,
        alerts,
        reports,
        appeals,
        shell,
    })?
    .into_response())
}

async fn report_line(state: &AppState, tr: &Tr, r: ReportGroup) -> ReportLine {
    let mut post = None;
    let mut author = None;
    if r.target_kind == "post"
        && let Ok(id) = r.target_id.parse::<uuid::Uuid>()
        && let Ok(p) = state.store.post_ref(id).await
    {
        post = Some((id.to_string(), r.target_id.clone(), p.hidden_reason.is_some()));
        author = p.author_id.map(|a| a.to_string());
    }
    if r.target_kind == "user" {
        author = Some(r.target_id.clone());
    }
    let mut words = None;
    let mut link = source_link(state, &r.target_kind, &r.target_id).await;
    if let Ok(id) = r.target_id.parse::<uuid::Uuid>() {
        match r.target_kind.as_str() {
            "chat" => {
                if let Ok(c) = state.store.chat_report(id).await {
                    author = Some(c.author.to_string());
                    link = format!("/meetings/{}", c.meeting);
                    words = Some((c.author_name, c.text));
                }
            }
            "message" => {
                if let Ok(m) = state.store.member_message_ref(id).await {
                    // Shown here only: nobody but its two people reads the conversation.
                    author = Some(m.author.to_string());
                    link = String::new();
                    words = Some((m.author_name, m.body));
                } else if let Ok(m) = state.store.private_message(id).await {
                    author = m.author_id.map(|a| a.to_string());
                    words = Some((
                        m.author_name.unwrap_or_else(|| tr.t("board-former-member")),
                        m.body,
                    ));
                }
            }
            _ => {}
        }
    }
    let dismiss = (r.target_kind != "post")
        .then(|| format!("/moderation/reports/{}/{}/dismiss", r.target_kind, r.target_id));
    ReportLine {
        link,
        words,
        dismiss,
        kind_code: r.target_kind.clone(),
        kind: tr.t(&format!("report-kind-{}", r.target_kind)),
        target_id: r.target_id,
        group: r.group_slug.unwrap_or_default(),
        reporters: r.reporters,
        reasons: r
            .reasons
            .iter()
            .map(|x| tr.t(&format!("report-reason-{x}")))
            .collect::<Vec<_>>()
            .join(", "),
        post,
        author,
    }
}

#[derive(Debug, Deserialize)]
pub struct DutyForm {
    #[serde(default)]
    on: Option<String>,
}

async fn set_duty(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<DutyForm>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let until = form.on.is_some().then(|| now() + DUTY_HOURS * 3600);
    state.store.set_on_duty(user.id, until).await?;
    state
        .store
        .audit(&AuditEntry {
            actor: Some(user.id),
            action: if until.is_some() { "duty_on" } else { "duty_off" }.into(),
            target_kind: "user".into(),
            target_id: user.id.to_string(),
            reason: String::new(),
            detail: String::new(),
        })
        .await?;
    Ok(Redirect::to("/moderation").into_response())
}

async fn handle_alert(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let alert = state.store.alert(id).await?;
    may_moderate_group(&state, &actor, alert.group).await?;
    state
        .store
        .handle_alert(
            id,
            &AuditEntry {
                actor: actor.user.as_ref().map(|u| u.id),
                action: "alert_handled".into(),
                target_kind: alert.source_kind.clone(),
                target_id: alert.source_id.clone(),
                reason: alert.level.clone(),
                detail: String::new(),
            },
        )
        .await?;
    Ok(Redirect::to("/moderation").into_response())
}

#[derive(Debug, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    reason: String,
}

fn reason_of(form: &ActionForm) -> Result<String, AppError> {
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::Invalid(kindred_core::ValidationError::new(
            "reason",
            "say why, in up to 500 characters (the member is told)",
        )));
    }
    Ok(reason.to_owned())
}

/// Tells a member what a moderator did and why, and that they can appeal.
async fn notice(
    state: &AppState,
    user: UserId,
    what: &str,
    reason: &str,
) -> Result<Option<OutgoingEmail>, AppError> {
    let person = state.store.get_user(user).await?;
    let locale = state
        .store
        .user_locale(user)
        .await?
        .as_deref()
        .and_then(Locale::from_tag)
        .unwrap_or_default();
    let tr = Tr::new(state.i18n.clone(), locale);
    Ok(Some(OutgoingEmail {
        recipient: person.email.as_str().to_owned(),
        subject: clean(tr.t("email-moderation-subject")),
        body: clean(format!(
            "{}\n\n{}/account#standing\n\n{}\n",
            tr.t_args(
                "email-moderation-body",
                &[
                    ("pseudonym", person.pseudonym.as_str()),
                    ("what", &tr.t(&format!("sanction-{what}"))),
                    ("reason", reason),
                ],
            ),
            state.settings.public_url,
            tr.t("email-signature")
        )),
        unsubscribe: None,
    }))
}

async fn moderate_post(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let post: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let r = state.store.post_ref(post).await?;
    let group = match r.board {
        kindred_store::Board::Group(g) => Some(g),
        kindred_store::Board::Organisation(_) => None,
    };
    may_moderate_group(&state, &actor, group).await?;
    let me = actor.user.as_ref().map(|u| u.id);
    let entry = |action: &str, reason: &str| AuditEntry {
        actor: me,
        action: action.into(),
        target_kind: "post".into(),
        target_id: post.to_string(),
        reason: reason.into(),
        detail: String::new(),
    };
    match action.as_str() {
        "hide" => {
            let reason = reason_of(&form)?;
            state
                .store
                .moderate_post(post, Some("moderator"), &entry("hide", &reason))
                .await?;
            if let Some(author) = r.author_id {
                let email = notice(&state, author, "post_hidden", &reason).await?;
                state
                    .store
                    .add_sanction(
                        &NewSanction {
                            user: author,
                            kind: "post_hidden",
                            group,
                            until: None,
                            reason: &reason,
                        },
                        &entry("notify_post_hidden", &reason),
                        email.as_ref(),
                    )
                    .await?;
                state.outbox_wake.notify_one();
            }
        }
        "restore" => {
            state
                .store
                .moderate_post(post, None, &entry("restore", form.reason.trim()))
                .await?;
        }
        "dismiss" => {
            state
                .store
                .dismiss_reports(
                    "post",
                    &post.to_string(),
                    &entry("dismiss_reports", form.reason.trim()),
                )
                .await?;
        }
        _ => return Err(AppError::NotFound),
    }
    Ok(Redirect::to("/moderation").into_response())
}

/// Closes the reports about a message, chat line or member without other action (posts
/// have `moderate_post`). Those who may moderate the reports' group only; a dismissed chat
/// line's kept words go.
async fn dismiss_reports(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((kind, id)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let group = state
        .store
        .reported_group(&kind, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    may_moderate_group(&state, &actor, group).await?;
    state
        .store
        .dismiss_reports(
            &kind,
            &id,
            &AuditEntry {
                actor: actor.user.as_ref().map(|u| u.id),
                action: "dismiss_reports".into(),
                target_kind: kind.clone(),
                target_id: id.clone(),
                reason: form.reason.trim().to_owned(),
                detail: String::new(),
            },
        )
        .await?;
    Ok(Redirect::to("/moderation").into_response())
}

#[derive(Debug, Deserialize)]
pub struct SanctionForm {
    #[serde(default)]
    reason: String,
    /// For a group ban: the group's slug.
    #[serde(default)]
    group: String,
    /// When the sanction answers reports from the queue: what they are about, so they
    /// close with it.
    #[serde(default)]
    report_kind: String,
    #[serde(default)]
    report_id: String,
}

async fn sanction_user(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((user, action)): Path<(String, String)>,
    Form(form): Form<SanctionForm>,
) -> Result<Response, AppError> {
    let user: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    state.store.get_user(user).await?;
    let reason = reason_of(&ActionForm {
        reason: form.reason.clone(),
    })?;
    let me = actor.user.as_ref().map(|u| u.id);
    if me == Some(user) {
        return Err(AppError::Forbidden);
    }
    let (kind, group, until) = match action.as_str() {
        "warn" => {
            if !actor.is_moderator() && scope(&state, &actor).await?.is_none_or(|g| g.is_empty()) {
                return Err(AppError::NotFound);
            }
            ("warning", None, None)
        }
        "suspend" => {
            // Site-wide suspensions are moderators' work; they escalate: 2 weeks, 1 month,
            // then permanent.
            if !actor.is_moderator() {
                return Err(AppError::NotFound);
            }
            let before = state
                .store
                .sanctions_of(user)
                .await?
                .iter()
                .filter(|s| s.kind == "suspension")
                .count();
            let until = match before {
                0 => Some(now() + 14 * 86_400),
                1 => Some(now() + 30 * 86_400),
                _ => None,
            };
            ("suspension", None, until)
        }
        "ban" => {
            let group = state
                .store
                .get_group_by_slug(form.group.trim())
                .await
                .map_err(|_| {
                    AppError::Invalid(kindred_core::ValidationError::new(
                        "group",
                        "name the group by its slug",
                    ))
                })?;
            may_moderate_group(&state, &actor, Some(group.id)).await?;
            ("group_ban", Some(group.id), None)
        }
        _ => return Err(AppError::NotFound),
    };
    // The reports it answers, checked before anything is written.
    let answered = if form.report_kind.is_empty() {
        None
    } else {
        let group = state
            .store
            .reported_group(&form.report_kind, &form.report_id)
            .await?
            .ok_or(AppError::NotFound)?;
        may_moderate_group(&state, &actor, group).await?;
        Some((form.report_kind.clone(), form.report_id.clone()))
    };
    let email = notice(&state, user, kind, &reason).await?;
    state
        .store
        .add_sanction(
            &NewSanction {
                user,
                kind,
                group,
                until,
                reason: &reason,
            },
            &AuditEntry {
                actor: me,
                action: kind.into(),
                target_kind: "user".into(),
                target_id: user.to_string(),
                reason: reason.clone(),
                detail: until.map(|u| format!("until {u}")).unwrap_or_default(),
            },
            email.as_ref(),
        )
        .await?;
    if let Some((target_kind, target_id)) = answered {
        state
            .store
            .resolve_reports(
                &target_kind,
                &target_id,
                kind,
                &AuditEntry {
                    actor: me,
                    action: "resolve_reports".into(),
                    target_kind: target_kind.clone(),
                    target_id: target_id.clone(),
                    reason: reason.clone(),
                    detail: kind.into(),
                },
            )
            .await?;
    }
    state.outbox_wake.notify_one();
    Ok(Redirect::to("/moderation").into_response())
}

async fn decide_appeal(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<ActionForm>,
) -> Result<Response, AppError> {
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let outcome = match action.as_str() {
        "uphold" => "upheld",
        "lift" => "lifted",
        _ => return Err(AppError::NotFound),
    };
    let sanction = state
        .store
        .open_appeals()
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(AppError::NotFound)?;
    let reason = reason_of(&form)?;
    let email = notice(&state, sanction.user, &format!("appeal_{outcome}"), &reason).await?;
    state
        .store
        .decide_appeal(
            id,
            outcome,
            &AuditEntry {
                actor: actor.user.as_ref().map(|u| u.id),
                action: format!("appeal_{outcome}"),
                target_kind: "sanction".into(),
                target_id: id.to_string(),
                reason,
                detail: String::new(),
            },
            email.as_ref(),
        )
        .await?;
    state.outbox_wake.notify_one();
    Ok(Redirect::to("/moderation").into_response())
}

#[derive(Debug, Deserialize)]
pub struct AppealForm {
    #[serde(default)]
    appeal: String,
}

async fn appeal(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<AppealForm>,
) -> Result<Response, AppError> {
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let text = form.appeal.trim();
    if text.is_empty() || text.chars().count() > 2000 {
        return Err(AppError::Invalid(kindred_core::ValidationError::new(
            "appeal",
            "say why, in up to 2000 characters",
        )));
    }
    if !state.store.appeal_sanction(id, user.id, text).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/account#standing").into_response())
}

// ---- watched words

#[derive(Template)]
#[template(path = "words.html")]
struct WordsPage {
    shell: Shell,
    action: String,
    words: Vec<(String, String, String)>,
}

/// The watched-words page for the site (moderators) or a group (its managers).
pub(crate) async fn words_page(
    state: &AppState,
    shell: Shell,
    group: Option<GroupId>,
    action: String,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let words = state
        .store
        .watched_words(group)
        .await?
        .into_iter()
        .filter(|w| w.group == group)
        .map(|w| {
            (
                w.id.to_string(),
                w.word,
                tr.t(&format!("words-action-{}", w.action)),
            )
        })
        .collect();
    Ok(render(&WordsPage { shell, action, words })?.into_response())
}

#[derive(Debug, Deserialize)]
pub struct WordsForm {
    #[serde(default)]
    word: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    remove: Option<String>,
}

/// Adds or removes a watched word.
pub(crate) async fn change_word(
    state: &AppState,
    actor: &Actor,
    group: Option<GroupId>,
    form: &WordsForm,
) -> Result<(), AppError> {
    let me = actor.user.as_ref().map(|u| u.id);
    if let Some(id) = &form.remove {
        let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
        state.store.remove_watched_word(id, group).await?;
        state
            .store
            .audit(&AuditEntry {
                actor: me,
                action: "word_removed".into(),
                target_kind: "watched_word".into(),
                target_id: id.to_string(),
                reason: String::new(),
                detail: group.map(|g| g.to_string()).unwrap_or_default(),
            })
            .await?;
        return Ok(());
    }
    let word = form.word.trim();
    if word.is_empty()
        || word.chars().count() > 60
        || !["block", "hold", "flag"].contains(&form.action.as_str())
    {
        return Err(AppError::Invalid(kindred_core::ValidationError::new(
            "word",
            "give a word or phrase (up to 60 characters) and what to do: block, hold or flag",
        )));
    }
    state.store.add_watched_word(group, word, &form.action).await?;
    state
        .store
        .audit(&AuditEntry {
            actor: me,
            action: "word_added".into(),
            target_kind: "watched_word".into(),
            target_id: form.action.clone(),
            reason: String::new(),
            detail: group.map(|g| g.to_string()).unwrap_or_default(),
        })
        .await?;
    Ok(())
}

async fn show_words(State(state): State<AppState>, shell: Shell) -> Result<Response, AppError> {
    words_page(&state, shell, None, "/moderation/words".into()).await
}

async fn change_words(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<WordsForm>,
) -> Result<Response, AppError> {
    change_word(&state, &actor, None, &form).await?;
    Ok(Redirect::to("/moderation/words").into_response())
}

// ---- the audit log

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<String>,
}

pub(crate) fn page_number(page: Option<&str>) -> Result<i64, AppError> {
    match page.map(str::trim).filter(|p| !p.is_empty()) {
        None => Ok(1),
        Some(p) => p
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=100_000).contains(p))
            .ok_or_else(|| {
                AppError::Invalid(kindred_core::ValidationError::new(
                    "page",
                    "must be a whole number from 1",
                ))
            }),
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    shell: Shell,
    rows: Vec<(String, String, String, String, String)>,
    previous: Option<String>,
    next: Option<String>,
}

const AUDIT_PER_PAGE: i64 = 50;

async fn show_audit(
    State(state): State<AppState>,
    shell: Shell,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let page = page_number(query.page.as_deref())?;
    let (rows, total) = state
        .store
        .audit_log((page - 1) * AUDIT_PER_PAGE, AUDIT_PER_PAGE)
        .await?;
    let tr = shell.tr.clone();
    let rows = rows
        .into_iter()
        .map(|r| {
            (
                when(&tr, r.at),
                r.actor_name.unwrap_or_else(|| tr.t("audit-system")),
                r.entry.action,
                format!("{} {}", r.entry.target_kind, r.entry.target_id),
                r.entry.reason,
            )
        })
        .collect();
    Ok(render(&AuditPage {
        shell,
        rows,
        previous: (page > 1).then(|| format!("/admin/audit?page={}", page - 1)),
        next: (page * AUDIT_PER_PAGE < total).then(|| format!("/admin/audit?page={}", page + 1)),
    })?
    .into_response())
}
