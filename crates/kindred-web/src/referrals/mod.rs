//! Referrals with a closed loop. A verified referrer (or a referrer's system through FHIR,
//! `fhir/referrals.rs`) refers a person to a group; the person gets an invitation (email, or
//! a printable code) and decides, consenting item by item to what the referrer is told; the
//! group's runners accept, waitlist or decline with a reason; the referrer follows each
//! referral on a timeline showing only what consent allows.
//!
//! - referrer: `/groups/{slug}/refer`, `/referrals`, `/referrals/{id}`
//! - person: `/invitation` (enter the code), `/my/referrals` (change or withdraw consent)
//! - runners: `/groups/{slug}/referrals`
//! - administrators: `/admin/referrers`, `/admin/api-tokens` (`admin.rs`)
//!
//! The rules (state machines, consent, codes) are in `kindred_core::referrals`.
//! Decisions: `docs/referrals.md`.

mod admin;
mod invitation;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use kindred_core::accounts::Email;
use kindred_core::groups::{Group, GroupStatus, MembershipStatus};
use kindred_core::i18n::Locale;
use kindred_core::ids::{GroupId, UserId};
use kindred_core::policy::Actor;
use kindred_core::referrals::{GroupDecision, Milestone, PersonStatus, code_from_bytes};
use kindred_store::{NewReferral, OutgoingEmail, Referral};
use serde::Deserialize;

use crate::AppState;
use crate::accounts::FormErrors;
use crate::directory::{Standing, load_group};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::moderation::{page_number, when};
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub use admin::{REFERRALS_SCOPE, issue_token};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/groups/{slug}/refer", Access::Verified, get(show_refer)),
        Route::post("/groups/{slug}/refer", Access::Verified, post(send_referral)),
        Route::get("/referrals", Access::Verified, get(show_referrals)),
        Route::get("/referrals/{id}", Access::Verified, get(show_referral)),
        Route::get("/groups/{slug}/referrals", Access::SignedIn, get(show_inbox)),
        Route::post("/groups/{slug}/referrals/{id}", Access::SignedIn, post(decide)),
        Route::get("/invitation", Access::Public, get(invitation::show_enter_code)),
        Route::post("/invitation", Access::Public, post(invitation::show_invitation)),
        Route::post("/invitation/answer", Access::Verified, post(invitation::answer)),
        Route::get(
            "/my/referrals",
            Access::SignedIn,
            get(invitation::show_my_referrals),
        ),
        Route::post(
            "/my/referrals/{id}",
            Access::SignedIn,
            post(invitation::change_consent),
        ),
        Route::get("/admin/referrers", Access::Admin, get(admin::show_referrers)),
        Route::post("/admin/referrers", Access::Admin, post(admin::add_referrer)),
        Route::post(
            "/admin/referrers/{user}/remove",
            Access::Admin,
            post(admin::remove_referrer),
        ),
        Route::get("/admin/api-tokens", Access::Admin, get(admin::show_tokens)),
        Route::post("/admin/api-tokens", Access::Admin, post(admin::create_token)),
        Route::post(
            "/admin/api-tokens/{id}/revoke",
            Access::Admin,
            post(admin::revoke_token),
        ),
    ]
}

const PER_PAGE: i64 = 20;
pub const NOTE_MAX_CHARS: usize = 2_000;

/// Who is referring.
#[derive(Debug, Clone)]
pub struct Sender {
    pub user: Option<UserId>,
    pub token: Option<uuid::Uuid>,
    pub organisation: String,
    pub name: String,
}

/// A fresh invitation code.
fn new_code() -> String {
    let mut bytes = [0u8; kindred_core::referrals::CODE_LEN];
    // The OS random source failing is unrecoverable for a server that issues secrets.
    #[expect(clippy::expect_used, reason = "no safe way to go on without randomness")]
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    code_from_bytes(&bytes)
}

/// Makes a referral and queues its invitation email (if there is an address), together.
/// Returns the referral and its invitation code, which is shown once and never stored.
pub async fn refer(
    state: &AppState,
    group: &Group,
    sender: &Sender,
    contact: Option<&Email>,
    note: Option<&str>,
    intent: &str,
    locale: Locale,
) -> Result<(Referral, String), AppError> {
    if group.details.status == GroupStatus::Closed {
        return Err(AppError::Invalid(kindred_core::ValidationError::new(
            "group",
            "is closed and takes no referrals",
        )));
    }
    let code = new_code();
    let tr = Tr::new(state.i18n.clone(), locale);
    let invitation = contact.map(|email| OutgoingEmail {
        recipient: email.as_str().to_owned(),
        // No group name in the subject: it may say more about the person than they want
        // a shared inbox to show.
        subject: tr.t1(
            "referral-email-subject",
            "organisation",
            sender.organisation.clone(),
        ),
        // Without the invisible direction marks Fluent puts around values, so the code and
        // the address copy cleanly out of right-to-left mail.
        body: strip_isolation(&tr.t_args(
            "referral-email-body",
            &[
                ("organisation", &sender.organisation),
                ("group", &group.details.name),
                ("url", &format!("{}/invitation", state.settings.public_url)),
                ("code", &code),
            ],
        )),
        unsubscribe: None,
    });
    let referral = state
        .store
        .create_referral(NewReferral {
            group: group.id,
            referrer_user: sender.user,
            api_token: sender.token,
            referrer_org: &sender.organisation,
            referrer_name: &sender.name,
            intent,
            contact: contact.map(Email::as_str),
            note,
            code: &code,
            invitation,
        })
        .await?;
    state.outbox_wake.notify_one();
    Ok((referral, code))
}

fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// One line of a referral's timeline, as the referrer may see it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub at: i64,
    pub milestone: Milestone,
    pub text: String,
}

/// What the referrer may see of a referral, oldest first: the referral, the group's
/// decision, the person's answer, and (each behind its own consent) joining, the first
/// meeting, still attending after six weeks and wellbeing check-ins.
pub async fn timeline(state: &AppState, tr: &Tr, r: &Referral) -> Result<Vec<Entry>, AppError> {
    let mut out = Vec::new();
    let mut joined_event = false;
    for e in state.store.referral_events(r.id).await? {
        let (milestone, text) = match e.kind.as_str() {
            "referred" => (
                Milestone::Referred,
                tr.t1("referral-event-referred", "organisation", r.referrer_org.clone()),
            ),
            "consent_changed" => (Milestone::ConsentChanged, tr.t("referral-event-consent")),
            "joined" => {
                joined_event = true;
                (Milestone::Joined, tr.t("referral-event-joined"))
            }
            kind => match kind.split_once(':') {
                Some(("group", d)) => {
                    let Ok(decision) = d.parse::<GroupDecision>() else {
                        continue;
                    };
                    let text = if e.detail.is_empty() {
                        tr.t(&format!("referral-event-group-{d}"))
                    } else {
                        tr.t1(
                            &format!("referral-event-group-{d}-reason"),
                            "reason",
                            e.detail.clone(),
                        )
                    };
                    (Milestone::Group(decision), text)
                }
                Some(("person", p)) => {
                    let Ok(status) = p.parse::<PersonStatus>() else {
                        continue;
                    };
                    (
                        Milestone::Person(status),
                        tr.t(&format!("referral-event-person-{p}")),
                    )
                }
                _ => continue,
            },
        };
        out.push(Entry {
            at: e.at,
            milestone,
            text,
        });
    }
    let facts = state.store.referral_facts(r).await?;
    if !joined_event && let Some(at) = facts.joined_at {
        out.push(Entry {
            at,
            milestone: Milestone::Joined,
            text: tr.t("referral-event-joined"),
        });
    }
    let day = |date: &str| {
        jiff::civil::Date::strptime("%Y-%m-%d", date)
            .ok()
            .map_or(r.created_at, |d| {
                d.duration_since(jiff::civil::date(1970, 1, 1)).as_secs()
            })
    };
    if let Some(date) = &facts.first_attended {
        out.push(Entry {
            at: day(date),
            milestone: Milestone::AttendedFirst,
            text: tr.t("referral-event-attended"),
        });
    }
    if let Some(date) = &facts.six_weeks {
        out.push(Entry {
            at: day(date),
            milestone: Milestone::StillAttendingSixWeeks,
            text: tr.t("referral-event-six-weeks"),
        });
    }
    if r.consent.wellbeing
        && let Some(person) = r.person_id
    {
        // Only check-ins about this group, made since the referral.
        for c in state.store.checkins_of(person).await? {
            if c.at >= r.created_at && c.group_id == Some(r.group_id) {
                out.push(Entry {
                    at: c.at,
                    milestone: Milestone::WellbeingShared,
                    text: tr.t_args(
                        "referral-event-wellbeing",
                        &[
                            ("life", &c.scores.life_satisfaction.to_string()),
                            ("worthwhile", &c.scores.worthwhile.to_string()),
                            ("happy", &c.scores.happiness.to_string()),
                            ("anxious", &c.scores.anxiety.to_string()),
                        ],
                    ),
                });
            }
        }
    }
    // The one filter every view goes through: what the person's consent allows now.
    out.retain(|e| e.milestone.visible_under(r.consent));
    out.sort_by_key(|e| e.at);
    Ok(out)
}

/// Whether the person's membership is active (the referrer's "joined", with consent).
pub fn joined_visible(entries: &[Entry]) -> bool {
    entries.iter().any(|e| e.milestone == Milestone::Joined)
}

// ---- the referrer's pages

async fn referrer_of(state: &AppState, actor: &Actor) -> Result<(UserId, kindred_store::Referrer), AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let referrer = state.store.referrer(user.id).await?.ok_or(AppError::Forbidden)?;
    Ok((user.id, referrer))
}

#[derive(Template)]
#[template(path = "refer.html")]
struct ReferPage {
    shell: Shell,
    slug: String,
    group: String,
    summary: String,
    referrer: bool,
    errors: FormErrors,
    email: String,
    note: String,
    lang: String,
    languages: Vec<(&'static str, String)>,
    /// After sending: the code to give the person, and whether an email went.
    sent: Option<(String, bool)>,
}

fn languages(tr: &Tr) -> Vec<(&'static str, String)> {
    Locale::ALL
        .iter()
        .map(|l| (l.tag(), tr.t(&format!("language-{}", l.tag()))))
        .collect()
}

async fn show_refer(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let referrer = match &actor.user {
        Some(u) => state.store.referrer(u.id).await?.is_some(),
        None => false,
    };
    let languages = languages(&shell.tr);
    let status = if referrer {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::FORBIDDEN
    };
    Ok((
        status,
        render(&ReferPage {
            lang: shell.tr.locale.tag().to_owned(),
            shell,
            slug,
            group: group.details.name.clone(),
            summary: group.details.summary.clone(),
            referrer,
            errors: FormErrors::default(),
            email: String::new(),
            note: String::new(),
            languages,
            sent: None,
        })?,
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
pub struct ReferForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    lang: String,
}

async fn send_referral(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<ReferForm>,
) -> Result<Response, AppError> {
    let (user, referrer) = referrer_of(&state, &actor).await?;
    let group = load_group(&state, &slug).await?;
    state
        .limits
        .check(crate::ratelimit::Door::ReferralsByPerson, &user.to_string())
        .map_err(AppError::TooManyRequests)?;
    let mut errors = FormErrors::default();
    let email = match form.email.trim() {
        "" => None,
        typed => match Email::parse(typed) {
            Ok(e) => Some(e),
            Err(_) => {
                errors.add("email", shell.t("referral-error-email"));
                None
            }
        },
    };
    let note = form.note.trim();
    if note.chars().count() > NOTE_MAX_CHARS || note.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        errors.add("note", shell.t("referral-error-note"));
    }
    if group.details.status == GroupStatus::Closed {
        errors.add("email", shell.t("referral-error-closed"));
    }
    let locale = Locale::ALL
        .iter()
        .copied()
        .find(|l| l.tag() == form.lang)
        .unwrap_or(shell.tr.locale);
    if !errors.is_empty() {
        let languages = languages(&shell.tr);
        return Ok((
            errors.status(),
            render(&ReferPage {
                shell,
                slug,
                group: group.details.name.clone(),
                summary: group.details.summary.clone(),
                referrer: true,
                errors,
                email: form.email,
                note: form.note,
                lang: locale.tag().to_owned(),
                languages,
                sent: None,
            })?,
        )
            .into_response());
    }
    let name = actor
        .user
        .as_ref()
        .map(|u| u.pseudonym.as_str().to_owned())
        .unwrap_or_default();
    let sender = Sender {
        user: Some(user),
        token: None,
        organisation: referrer.organisation.clone(),
        name,
    };
    let note = (!note.is_empty()).then_some(note);
    let (_, code) = refer(&state, &group, &sender, email.as_ref(), note, "order", locale).await?;
    let languages = languages(&shell.tr);
    Ok(render(&ReferPage {
        shell,
        slug,
        group: group.details.name.clone(),
        summary: group.details.summary.clone(),
        referrer: true,
        errors: FormErrors::default(),
        email: String::new(),
        note: String::new(),
        lang: locale.tag().to_owned(),
        languages,
        sent: Some((code, email.is_some())),
    })?
    .into_response())
}

/// A referral as the referrer's list shows it.
#[derive(Debug, Clone)]
struct ReferralLine {
    id: String,
    group: String,
    made: String,
    latest: String,
}

#[derive(Template)]
#[template(path = "referrals.html")]
struct ReferralsPage {
    shell: Shell,
    organisation: String,
    lines: Vec<ReferralLine>,
    page: i64,
    pages: i64,
}

#[derive(Debug, Deserialize)]
pub struct PageQuery {
    page: Option<String>,
}

async fn group_name(state: &AppState, id: GroupId) -> String {
    state
        .store
        .get_group(id)
        .await
        .map(|g| g.details.name)
        .unwrap_or_default()
}

async fn show_referrals(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let (user, referrer) = referrer_of(&state, &actor).await?;
    let page = page_number(q.page.as_deref())?;
    let (found, total) = state
        .store
        .referrals_by(user, (page - 1) * PER_PAGE, PER_PAGE)
        .await?;
    let mut lines = Vec::new();
    for r in found
        .into_iter()
        .filter(|r| r.referrer_org == referrer.organisation)
    {
        let entries = timeline(&state, &shell.tr, &r).await?;
        lines.push(ReferralLine {
            id: r.id.to_string(),
            group: group_name(&state, r.group_id).await,
            made: when(&shell.tr, r.created_at),
            latest: entries.last().map(|e| e.text.clone()).unwrap_or_default(),
        });
    }
    Ok(render(&ReferralsPage {
        shell,
        organisation: referrer.organisation,
        lines,
        page,
        pages: (total + PER_PAGE - 1) / PER_PAGE,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "referral.html")]
struct ReferralPage {
    shell: Shell,
    group: String,
    slug: String,
    made: String,
    entries: Vec<(String, String)>,
    shared: Vec<String>,
}

async fn show_referral(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (user, referrer) = referrer_of(&state, &actor).await?;
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let r = state.store.referral(id).await?;
    // Theirs, and made for the organisation they refer for now: someone who moves on does
    // not keep following their old organisation's patients.
    if r.referrer_user_id != Some(user) || r.referrer_org != referrer.organisation {
        return Err(AppError::NotFound);
    }
    let group = state.store.get_group(r.group_id).await?;
    let entries = timeline(&state, &shell.tr, &r)
        .await?
        .into_iter()
        .map(|e| (when(&shell.tr, e.at), e.text))
        .collect();
    let shared = r
        .consent
        .items()
        .iter()
        .map(|i| shell.t(&format!("referral-shared-{}", i.as_str())))
        .collect();
    Ok(render(&ReferralPage {
        made: when(&shell.tr, r.created_at),
        shell,
        group: group.details.name.clone(),
        slug: group.details.slug.as_str().to_owned(),
        entries,
        shared,
    })?
    .into_response())
}

// ---- the group's inbox

/// A referral as the runners see it.
#[derive(Debug, Clone)]
struct InboxLine {
    id: String,
    from: String,
    made: String,
    note: Option<String>,
    person: String,
    group_status: String,
    reason: Option<String>,
    open: bool,
    /// The reason field's id: `field-reason` on the line whose form was refused (the
    /// error summary links there), else unique per line.
    reason_id: String,
    failed: bool,
}

#[derive(Template)]
#[template(path = "group_referrals.html")]
struct InboxPage {
    shell: Shell,
    slug: String,
    group: String,
    lines: Vec<InboxLine>,
    page: i64,
    pages: i64,
    errors: FormErrors,
    /// The reason typed in the form that was refused.
    typed: String,
}

async fn runs(state: &AppState, actor: &Actor, slug: &str) -> Result<Group, AppError> {
    let group = load_group(state, slug).await?;
    if !Standing::of(state, actor, &group).await?.runs_group(actor) {
        return Err(AppError::NotFound);
    }
    Ok(group)
}

/// A refused decision: which referral's form, and the reason typed.
type Refused = Option<(uuid::Uuid, String)>;

async fn inbox(
    state: &AppState,
    shell: Shell,
    group: Group,
    page: i64,
    errors: FormErrors,
    refused: Refused,
) -> Result<Response, AppError> {
    let (found, total) = state
        .store
        .referrals_to_group(group.id, (page - 1) * PER_PAGE, PER_PAGE)
        .await?;
    let mut lines = Vec::new();
    for r in found {
        lines.push(InboxLine {
            id: r.id.to_string(),
            from: format!("{} ({})", r.referrer_name, r.referrer_org),
            made: when(&shell.tr, r.created_at),
            // The note is about the person: the group reads it once they have said yes.
            note: if r.person_status == PersonStatus::Accepted {
                state.store.referral_note(&r).await?
            } else {
                None
            },
            person: shell.t(&format!("referral-person-{}", r.person_status.as_str())),
            group_status: shell.t(&format!("referral-group-{}", r.group_status.as_str())),
            reason: r.group_reason.clone(),
            open: matches!(r.group_status, GroupDecision::Pending | GroupDecision::Waitlisted),
            failed: refused.as_ref().is_some_and(|(id, _)| *id == r.id),
            reason_id: if refused.as_ref().is_some_and(|(id, _)| *id == r.id) {
                "field-reason".to_owned()
            } else {
                format!("field-reason-{}", r.id)
            },
        });
    }
    let status = errors.status();
    Ok((
        status,
        render(&InboxPage {
            shell,
            slug: group.details.slug.as_str().to_owned(),
            group: group.details.name.clone(),
            lines,
            page,
            pages: (total + PER_PAGE - 1) / PER_PAGE,
            errors,
            typed: refused.map(|(_, typed)| typed).unwrap_or_default(),
        })?,
    )
        .into_response())
}

async fn show_inbox(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let group = runs(&state, &actor, &slug).await?;
    let page = page_number(q.page.as_deref())?;
    inbox(&state, shell, group, page, FormErrors::default(), None).await
}

#[derive(Debug, Deserialize)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

/// Makes the referred person a member when both sides have said yes (the person having
/// accepted the group's agreement when they accepted the invitation).
pub async fn settle(state: &AppState, r: &Referral) -> Result<(), AppError> {
    // Read again: the other side may have answered meanwhile.
    let r = state.store.referral(r.id).await?;
    let Some(person) = r.person_id else { return Ok(()) };
    if r.person_status != PersonStatus::Accepted || r.group_status != GroupDecision::Accepted {
        return Ok(());
    }
    match state.store.membership(r.group_id, person).await? {
        Some(m) if m.status == MembershipStatus::Pending => {
            state
                .store
                .set_membership_status(
                    r.group_id,
                    person,
                    &[MembershipStatus::Pending],
                    MembershipStatus::Active,
                    None,
                )
                .await?;
        }
        None => {
            let agreement = state.store.current_agreement(r.group_id).await?;
            state
                .store
                .join_group(
                    r.group_id,
                    person,
                    MembershipStatus::Active,
                    agreement.version,
                    &[],
                    None,
                )
                .await?;
        }
        Some(_) => {}
    }
    if state
        .store
        .membership(r.group_id, person)
        .await?
        .is_some_and(|m| m.status == MembershipStatus::Active)
    {
        state.store.referral_joined(r.id).await?;
    }
    Ok(())
}

async fn decide(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((slug, id)): Path<(String, String)>,
    Form(form): Form<DecideForm>,
) -> Result<Response, AppError> {
    let group = runs(&state, &actor, &slug).await?;
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let r = state.store.referral(id).await?;
    if r.group_id != group.id {
        return Err(AppError::NotFound);
    }
    let decision: GroupDecision = form
        .decision
        .parse()
        .ok()
        .filter(|d| *d != GroupDecision::Pending)
        .ok_or_else(|| AppError::BadRequest("decision must be accepted, waitlisted or declined".into()))?;
    let reason = form.reason.trim();
    let needs_reason = matches!(decision, GroupDecision::Waitlisted | GroupDecision::Declined);
    if (needs_reason && reason.is_empty()) || reason.chars().count() > 500 {
        let mut errors = FormErrors::default();
        errors.add("reason", shell.t("referral-error-reason"));
        return inbox(&state, shell, group, 1, errors, Some((id, reason.to_owned()))).await;
    }
    // Only a waiting list or a decline carries a reason for the referrer.
    let reason = (needs_reason && !reason.is_empty()).then_some(reason);
    let decided = state.store.decide_referral(id, decision, reason).await?;
    settle(&state, &decided).await?;
    Ok(Redirect::to(&format!("/groups/{slug}/referrals")).into_response())
}
