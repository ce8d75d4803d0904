//! `/account`: what Kindred holds about you, and what you can do with it: confirm your
//! address, change your password, sign out everywhere, download everything, delete it all.

use askama::Template;
use axum::Form;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use kindred_core::accounts::{NewPassword, PlatformRole, TokenPurpose, User};
use kindred_store::EmailToken;
use serde::{Deserialize, Serialize};

use super::FormErrors;
use super::email::{self, VERIFY_TTL_SECS};
use super::session::{CurrentUser, SessionHash, end_session_cookie};
use super::signup::{MessagePage, password_hint, password_message};
use crate::AppState;
use crate::error::AppError;
use crate::pages::{Shell, render};
use crate::tokens::new_token;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    shell: Shell,
    errors: FormErrors,
    notice: Option<String>,
    email: String,
    pseudonym: String,
    verified: bool,
    roles: String,
    created_iso: String,
    created_date: String,
    sessions_text: String,
    password_hint: String,
    /// Moderation decisions about the person: (id, what, reason, since, until, appeal state).
    standing: Vec<StandingLine>,
    /// A wellbeing check-in is due (member of a group, none for four weeks).
    checkin_due: bool,
    /// A verified referrer: link to their referrals.
    referrer: bool,
    admin: bool,
    /// Organisations whose outcomes the person sees as a commissioner: (id, name).
    commissioned: Vec<(String, String)>,
}

/// A moderation decision shown on the account page.
#[derive(Debug)]
struct StandingLine {
    id: uuid::Uuid,
    what: String,
    reason: String,
    since: String,
    until: Option<String>,
    appeal: Option<String>,
    can_appeal: bool,
}

async fn account_page(
    state: &AppState,
    shell: Shell,
    user: &User,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let sessions = state.store.sessions_of(user.id).await?;
    let tr = shell.tr.clone();
    let roles = match user.platform_role {
        Some(PlatformRole::Admin) => tr.t("role-admin"),
        Some(PlatformRole::Moderator) => tr.t("role-moderator"),
        None => tr.t("account-role-none"),
    };
    let created = jiff::Timestamp::from_second(user.created_at).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let status = errors.status();
    let page = AccountPage {
        errors,
        notice,
        email: user.email.as_str().to_owned(),
        pseudonym: user.pseudonym.as_str().to_owned(),
        verified: user.is_verified(),
        roles,
        created_iso: created.to_string(),
        created_date: created.strftime("%Y-%m-%d").to_string(),
        sessions_text: tr.t1("account-sessions", "count", sessions.len()),
        password_hint: password_hint(&tr),
        checkin_due: crate::outcomes::checkin_due(state, user.id).await?,
        referrer: state.store.referrer(user.id).await?.is_some(),
        admin: user.platform_role == Some(PlatformRole::Admin),
        commissioned: state
            .store
            .commissioned_by(user.id)
            .await?
            .into_iter()
            .map(|(id, name)| (id.to_string(), name))
            .collect(),
        standing: state
            .store
            .sanctions_of(user.id)
            .await?
            .into_iter()
            .map(|s| StandingLine {
                id: s.id,
                what: tr.t(&format!("sanction-{}", s.kind)),
                reason: s.reason,
                since: crate::training::date_label(&tr, s.starts_at),
                until: match (s.kind.as_str(), s.until) {
                    ("suspension" | "group_ban", None) => Some(tr.t("account-standing-permanent")),
                    (_, Some(u)) => Some(crate::training::date_label(&tr, u)),
                    _ => None,
                },
                appeal: match (&s.appeal, s.appeal_outcome.as_deref()) {
                    (None, _) => None,
                    (Some(_), None) => Some(tr.t("account-standing-appeal-waiting")),
                    (Some(_), Some(outcome)) => Some(tr.t(&format!("account-standing-appeal-{outcome}"))),
                },
                can_appeal: s.appeal.is_none() && s.kind != "warning",
            })
            .collect(),
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show_account(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    shell: Shell,
) -> Result<Response, AppError> {
    account_page(&state, shell, &user, FormErrors::default(), None).await
}

pub async fn resend_verification(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    shell: Shell,
) -> Result<Response, AppError> {
    if !user.is_verified() {
        // Counted like reset emails: a handful per hour at most.
        state
            .limits
            .check(crate::ratelimit::Door::ResetByAccount, user.email.as_str())
            .map_err(AppError::TooManyRequests)?;
        let (token, token_hash) = new_token();
        let mail = email::verify(&state, &shell.tr, &user.email, user.pseudonym.as_str(), &token);
        let token = EmailToken {
            token_hash,
            purpose: TokenPurpose::VerifyEmail,
            ttl_secs: VERIFY_TTL_SECS,
        };
        state.store.create_email_token(user.id, &token, &mail).await?;
        state.outbox_wake.notify_one();
    }
    let notice = Some(shell.t("verify-resent"));
    account_page(&state, shell, &user, FormErrors::default(), notice).await
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    shell: Shell,
    parts: Parts,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let stored = state.store.password_hash(user.id).await?;
    if !state.passwords.verify(&form.current_password, Some(stored)).await {
        errors.add("current_password", shell.t("error-password-wrong"));
    }
    let new = errors.check("new_password", NewPassword::parse(&form.new_password), |e| {
        password_message(&shell.tr, e)
    });
    let Some(new) = new.filter(|_| errors.is_empty()) else {
        return account_page(&state, shell, &user, errors, None).await;
    };
    let hash = state.passwords.hash(&new).await?;
    let keep = parts.extensions.get::<SessionHash>().map(|s| s.0.as_slice());
    state.store.set_password(user.id, &hash, keep).await?;
    let notice = Some(shell.t("account-password-done"));
    account_page(&state, shell, &user, FormErrors::default(), notice).await
}

pub async fn export_account(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    let data = state.store.export_user(user.id).await?;
    Ok((
        [
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"kindred-my-data.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        Json(data),
    )
        .into_response())
}

#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm_password: String,
}

pub async fn delete_account(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    mut shell: Shell,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let stored = state.store.password_hash(user.id).await?;
    if !state.passwords.verify(&form.confirm_password, Some(stored)).await {
        let mut errors = FormErrors::default();
        errors.add("confirm_password", shell.t("error-password-wrong"));
        return account_page(&state, shell, &user, errors, None).await;
    }
    state.store.erase_user(user.id).await?;
    tracing::info!("an account was deleted at its owner's request");
    shell.pseudonym = None;
    let page = MessagePage {
        title: shell.t("account-deleted"),
        paragraphs: Vec::new(),
        link: Some(("/".into(), shell.t("error-home-link"))),
        shell,
    };
    Ok(([end_session_cookie(&state)], render(&page)?).into_response())
}

/// The signed-in account, as the API shows it to its owner.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    #[schema(value_type = String, format = Uuid)]
    pub id: uuid::Uuid,
    pub pseudonym: String,
    pub email_verified: bool,
    pub platform_role: Option<PlatformRole>,
}

/// Who am I? The signed-in account (session cookie).
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts",
    responses(
        (status = 200, description = "The signed-in account", body = Me),
        (status = 401, description = "Not signed in", body = crate::error::ErrorBody),
    ))]
pub async fn get_me(CurrentUser(user): CurrentUser) -> Json<Me> {
    Json(Me {
        id: user.id.0,
        pseudonym: user.pseudonym.as_str().to_owned(),
        email_verified: user.is_verified(),
        platform_role: user.platform_role,
    })
}
