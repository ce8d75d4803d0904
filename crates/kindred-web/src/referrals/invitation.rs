//! The referred person's side: entering the invitation code (never in a URL), reading what
//! the group is and what the referrer will be told, answering with consent item by item,
//! and changing or withdrawing that consent later at `/my/referrals`.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::groups::{Joining, MembershipStatus};
use kindred_core::policy::Actor;
use kindred_core::referrals::{Consent, ConsentItem, GroupDecision, PersonStatus, parse_code};
use kindred_store::{Referral, StoreError};
use serde::Deserialize;

use super::{group_name, settle};
use crate::AppState;
use crate::accounts::FormErrors;
use crate::client::{client_ip, rate_key};
use crate::error::AppError;
use crate::moderation::when;
use crate::pages::{Shell, render};
use crate::ratelimit::Door;

/// One consent tick box.
#[derive(Debug, Clone)]
pub struct Tick {
    pub name: &'static str,
    pub label: String,
    pub checked: bool,
}

fn ticks(shell: &Shell, consent: Consent) -> Vec<Tick> {
    ConsentItem::ALL
        .iter()
        .map(|i| Tick {
            name: i.as_str(),
            label: shell.t(&format!("referral-consent-{}", i.as_str())),
            checked: consent.allows(*i),
        })
        .collect()
}

/// What the invitation page shows once a code is found.
#[derive(Debug, Clone)]
pub struct Found {
    code: String,
    group: String,
    slug: String,
    summary: String,
    organisation: String,
    agreement: String,
    answered: bool,
}

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage {
    shell: Shell,
    errors: FormErrors,
    code: String,
    found: Option<Found>,
    ticks: Vec<Tick>,
    /// After answering: the message id to show.
    done: Option<&'static str>,
}

fn page(
    shell: Shell,
    errors: FormErrors,
    code: String,
    found: Option<Found>,
    done: Option<&'static str>,
) -> Result<Response, AppError> {
    let ticks = ticks(&shell, Consent::default());
    let status = errors.status();
    Ok((
        status,
        render(&InvitationPage {
            shell,
            errors,
            code,
            found,
            ticks,
            done,
        })?,
    )
        .into_response())
}

pub async fn show_enter_code(shell: Shell) -> Result<Response, AppError> {
    page(shell, FormErrors::default(), String::new(), None, None)
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    agree: Option<String>,
    #[serde(default)]
    joined: Option<String>,
    #[serde(default)]
    attended: Option<String>,
    #[serde(default)]
    six_weeks: Option<String>,
    #[serde(default)]
    wellbeing: Option<String>,
}

impl CodeForm {
    fn consent(&self) -> Consent {
        Consent {
            joined: self.joined.is_some(),
            attended: self.attended.is_some(),
            six_weeks: self.six_weeks.is_some(),
            wellbeing: self.wellbeing.is_some(),
        }
    }
}

/// Finds the referral for a typed code, counting the try against the address. Any miss
/// (malformed, unknown, expired, or answered by someone else) gets the same answer, so codes
/// cannot be probed: once answered, a code shows its invitation only to the person who
/// answered it.
async fn lookup(
    state: &AppState,
    shell: &Shell,
    parts: &Parts,
    actor: &Actor,
    typed: &str,
) -> Result<Result<(Referral, String), FormErrors>, AppError> {
    let ip = client_ip(parts, &state.settings.trusted_proxies);
    state
        .limits
        .check(Door::InvitationByAddress, &rate_key(ip))
        .map_err(AppError::TooManyRequests)?;
    let mut errors = FormErrors::default();
    let Ok(code) = parse_code(typed) else {
        errors.add("code", shell.t("invitation-error-code"));
        return Ok(Err(errors));
    };
    let viewer = actor.user.as_ref().map(|u| u.id);
    let now = jiff::Timestamp::now().as_second();
    match state.store.referral_by_code(&code).await {
        Ok(r)
            if r.person_status == PersonStatus::Invited
                && now - r.created_at <= kindred_core::referrals::INVITATION_DAYS * 86_400 =>
        {
            Ok(Ok((r, code)))
        }
        Ok(r)
            if r.person_status != PersonStatus::Invited && r.person_id.is_some() && r.person_id == viewer =>
        {
            Ok(Ok((r, code)))
        }
        Ok(_) => {
            errors.add("code", shell.t("invitation-error-code"));
            Ok(Err(errors))
        }
        Err(StoreError::NotFound) => {
            errors.add("code", shell.t("invitation-error-code"));
            Ok(Err(errors))
        }
        Err(e) => Err(e.into()),
    }
}

async fn found(state: &AppState, r: &Referral, code: String) -> Result<Found, AppError> {
    let group = state.store.get_group(r.group_id).await?;
    let agreement = state.store.current_agreement(group.id).await?;
    Ok(Found {
        code,
        slug: group.details.slug.as_str().to_owned(),
        group: group.details.name.clone(),
        summary: group.details.summary.clone(),
        organisation: r.referrer_org.clone(),
        agreement: agreement.body,
        // Someone who declined may still change their mind (the code then shows only to them).
        answered: r.person_status == PersonStatus::Accepted,
    })
}

pub async fn show_invitation(
    State(state): State<AppState>,
    shell: Shell,
    parts: Parts,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    match lookup(&state, &shell, &parts, &actor, &form.code).await? {
        Err(errors) => page(shell, errors, form.code, None, None),
        Ok((r, code)) => {
            let found = found(&state, &r, code.clone()).await?;
            page(shell, FormErrors::default(), code, Some(found), None)
        }
    }
}

pub async fn answer(
    State(state): State<AppState>,
    shell: Shell,
    parts: Parts,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let (r, code) = match lookup(&state, &shell, &parts, &actor, &form.code).await? {
        Err(errors) => return page(shell, errors, form.code, None, None),
        Ok(found) => found,
    };
    let accept = match form.answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest("answer must be accept or decline".into())),
    };
    let group = state.store.get_group(r.group_id).await?;
    let membership = state.store.membership(group.id, user.id).await?;
    if accept {
        let mut errors = FormErrors::default();
        if form.agree.is_none() {
            errors.add("agree", shell.t("invitation-error-agree"));
        }
        if membership
            .as_ref()
            .is_some_and(|m| matches!(m.status, MembershipStatus::Banned | MembershipStatus::Removed))
        {
            errors.add("code", shell.t("invitation-error-barred"));
        }
        if !errors.is_empty() {
            let mut shown = found(&state, &r, code.clone()).await?;
            shown.answered = false;
            let page_ticks = ticks(&shell, form.consent());
            let status = errors.status();
            return Ok((
                status,
                render(&InvitationPage {
                    shell,
                    errors,
                    code,
                    found: Some(shown),
                    ticks: page_ticks,
                    done: None,
                })?,
            )
                .into_response());
        }
    }
    let status = if accept {
        PersonStatus::Accepted
    } else {
        PersonStatus::Declined
    };
    let answered = match state
        .store
        .answer_referral(r.id, user.id, status, form.consent())
        .await
    {
        Ok(a) => a,
        // Already answered (or answered by someone else): say so rather than fail.
        Err(StoreError::Conflict(_) | StoreError::NotFound) => {
            return page(
                shell,
                FormErrors::default(),
                String::new(),
                None,
                Some("invitation-already"),
            );
        }
        Err(e) => return Err(e.into()),
    };
    if !accept {
        return page(
            shell,
            FormErrors::default(),
            String::new(),
            None,
            Some("invitation-declined"),
        );
    }
    // The group has the last word on places: a full or declining group is not joined now.
    match answered.group_status {
        GroupDecision::Declined => {
            return page(
                shell,
                FormErrors::default(),
                String::new(),
                None,
                Some("invitation-group-declined"),
            );
        }
        GroupDecision::Waitlisted => {
            return page(
                shell,
                FormErrors::default(),
                String::new(),
                None,
                Some("invitation-waitlisted"),
            );
        }
        GroupDecision::Pending | GroupDecision::Accepted => {}
    }
    let already_in = membership
        .as_ref()
        .is_some_and(|m| m.status == MembershipStatus::Active);
    if !already_in {
        let open = group.details.joining == Joining::Open || answered.group_status == GroupDecision::Accepted;
        let agreement = state.store.current_agreement(group.id).await?;
        state
            .store
            .join_group(
                group.id,
                user.id,
                if open {
                    MembershipStatus::Active
                } else {
                    MembershipStatus::Pending
                },
                agreement.version,
                &[],
                None,
            )
            .await?;
    }
    settle(&state, &answered).await?;
    if state
        .store
        .membership(group.id, user.id)
        .await?
        .is_some_and(|m| m.status == MembershipStatus::Active)
    {
        state.store.referral_joined(answered.id).await?;
        return page(
            shell,
            FormErrors::default(),
            String::new(),
            None,
            Some("invitation-joined"),
        );
    }
    page(
        shell,
        FormErrors::default(),
        String::new(),
        None,
        Some("invitation-requested"),
    )
}

// ---- consent afterwards

/// A referral as the person's consent page shows it.
#[derive(Debug, Clone)]
pub struct MyReferral {
    id: String,
    group: String,
    organisation: String,
    made: String,
    ticks: Vec<Tick>,
}

#[derive(Template)]
#[template(path = "my_referrals.html")]
struct MyReferralsPage {
    shell: Shell,
    referrals: Vec<MyReferral>,
    saved: bool,
}

async fn my_referrals(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    saved: bool,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let mut referrals = Vec::new();
    for r in state.store.referrals_of_person(user.id).await? {
        if r.person_status != PersonStatus::Accepted {
            continue;
        }
        referrals.push(MyReferral {
            id: r.id.to_string(),
            group: group_name(state, r.group_id).await,
            organisation: r.referrer_org.clone(),
            made: when(&shell.tr, r.created_at),
            ticks: ticks(&shell, r.consent),
        });
    }
    Ok(render(&MyReferralsPage {
        shell,
        referrals,
        saved,
    })?
    .into_response())
}

#[derive(Debug, Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

pub async fn show_my_referrals(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Result<Response, AppError> {
    my_referrals(&state, shell, &actor, q.saved.is_some()).await
}

pub async fn change_consent(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    state
        .store
        .set_referral_consent(id, user.id, form.consent())
        .await?;
    Ok(Redirect::to("/my/referrals?saved=1").into_response())
}
