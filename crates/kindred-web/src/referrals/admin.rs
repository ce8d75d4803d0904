//! Administrators vouch for referrers (after checking who they are, outside Kindred) and
//! issue API tokens to referrer organisations' systems. Both are in the audit log.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::accounts::Email;
use kindred_core::ids::UserId;
use kindred_core::policy::Actor;
use kindred_core::referrals::ReferrerRole;
use kindred_store::AuditEntry;
use serde::Deserialize;

use crate::AppState;
use crate::accounts::FormErrors;
use crate::error::AppError;
use crate::moderation::when;
use crate::pages::{Shell, render};

/// The scope a referrer system's token carries.
pub const REFERRALS_SCOPE: &str = "referrals";

/// Issues an API token for referrals: a session-strength random token (`tokens::new_token`)
/// with a `kdr_` prefix so people recognise it; only its hash is stored. Returns the secret,
/// to be shown once.
pub async fn issue_token(
    store: &kindred_store::Store,
    name: &str,
    organisation: &str,
    by: Option<UserId>,
) -> Result<(kindred_store::ApiToken, String), kindred_store::StoreError> {
    let (token, _) = crate::tokens::new_token();
    let secret = format!("kdr_{token}");
    let stored = store
        .create_api_token(
            name,
            organisation,
            &[REFERRALS_SCOPE],
            &crate::tokens::hash_token(&secret),
            by,
        )
        .await?;
    Ok((stored, secret))
}

fn audit(actor: &Actor, action: &str, kind: &str, id: String, detail: String) -> AuditEntry {
    AuditEntry {
        actor: actor.user.as_ref().map(|u| u.id),
        action: action.into(),
        target_kind: kind.into(),
        target_id: id,
        reason: String::new(),
        detail,
    }
}

#[derive(Debug, Clone)]
struct ReferrerLine {
    id: String,
    name: String,
    organisation: String,
    role: String,
    since: String,
}

#[derive(Template)]
#[template(path = "admin_referrers.html")]
struct ReferrersPage {
    shell: Shell,
    errors: FormErrors,
    lines: Vec<ReferrerLine>,
    roles: Vec<(&'static str, String)>,
    email: String,
    organisation: String,
}

async fn referrers_page(
    state: &AppState,
    shell: Shell,
    errors: FormErrors,
    email: String,
    organisation: String,
) -> Result<Response, AppError> {
    let mut lines = Vec::new();
    for r in state.store.referrers().await? {
        let name = state
            .store
            .get_user(r.user_id)
            .await
            .map(|u| u.pseudonym.as_str().to_owned())
            .unwrap_or_default();
        lines.push(ReferrerLine {
            id: r.user_id.to_string(),
            name,
            organisation: r.organisation,
            role: shell.t(&format!("referrer-role-{}", r.role.as_str())),
            since: when(&shell.tr, r.verified_at),
        });
    }
    let roles = ReferrerRole::ALL
        .iter()
        .map(|r| (r.as_str(), shell.t(&format!("referrer-role-{}", r.as_str()))))
        .collect();
    let status = errors.status();
    Ok((
        status,
        render(&ReferrersPage {
            shell,
            errors,
            lines,
            roles,
            email,
            organisation,
        })?,
    )
        .into_response())
}

pub async fn show_referrers(State(state): State<AppState>, shell: Shell) -> Result<Response, AppError> {
    referrers_page(&state, shell, FormErrors::default(), String::new(), String::new()).await
}

#[derive(Debug, Deserialize)]
pub struct ReferrerForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    role: String,
}

pub async fn add_referrer(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<ReferrerForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let user = match Email::parse(&form.email) {
        Ok(email) => state.store.find_user_by_email(&email).await?,
        Err(_) => None,
    };
    if user.is_none() {
        errors.add("email", shell.t("referrer-error-email"));
    }
    let organisation = form.organisation.trim();
    if organisation.is_empty() || organisation.chars().count() > 200 {
        errors.add("organisation", shell.t("referrer-error-organisation"));
    }
    let role: Option<ReferrerRole> = form.role.parse().ok();
    if role.is_none() {
        errors.add("role", shell.t("referrer-error-role"));
    }
    let (Some(user), Some(role), true) = (user, role, errors.is_empty()) else {
        return referrers_page(&state, shell, errors, form.email, form.organisation).await;
    };
    let by = actor.user.as_ref().map(|u| u.id);
    state.store.set_referrer(user.id, organisation, role, by).await?;
    state
        .store
        .audit(&audit(
            &actor,
            "referrer_verified",
            "user",
            user.id.to_string(),
            format!("{} ({})", organisation, role.as_str()),
        ))
        .await?;
    Ok(Redirect::to("/admin/referrers").into_response())
}

pub async fn remove_referrer(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(user): Path<String>,
) -> Result<Response, AppError> {
    let user: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    state.store.remove_referrer(user).await?;
    state
        .store
        .audit(&audit(
            &actor,
            "referrer_removed",
            "user",
            user.to_string(),
            String::new(),
        ))
        .await?;
    Ok(Redirect::to("/admin/referrers").into_response())
}

#[derive(Debug, Clone)]
struct TokenLine {
    id: String,
    name: String,
    organisation: String,
    made: String,
    used: String,
    revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "admin_tokens.html")]
struct TokensPage {
    shell: Shell,
    errors: FormErrors,
    lines: Vec<TokenLine>,
    /// The secret of a token just made: shown this once.
    secret: Option<String>,
    system_name: String,
    organisation: String,
}

async fn tokens_page(
    state: &AppState,
    shell: Shell,
    errors: FormErrors,
    secret: Option<String>,
    name: String,
    organisation: String,
) -> Result<Response, AppError> {
    let lines = state
        .store
        .api_tokens()
        .await?
        .into_iter()
        .map(|t| TokenLine {
            id: t.id.to_string(),
            name: t.name,
            organisation: t.organisation,
            made: when(&shell.tr, t.created_at),
            used: t
                .last_used_at
                .map_or_else(|| shell.t("api-token-never"), |at| when(&shell.tr, at)),
            revoked: t.revoked_at.map(|at| when(&shell.tr, at)),
        })
        .collect();
    let status = errors.status();
    Ok((
        status,
        render(&TokensPage {
            shell,
            errors,
            lines,
            secret,
            system_name: name,
            organisation,
        })?,
    )
        .into_response())
}

pub async fn show_tokens(State(state): State<AppState>, shell: Shell) -> Result<Response, AppError> {
    tokens_page(
        &state,
        shell,
        FormErrors::default(),
        None,
        String::new(),
        String::new(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    organisation: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let (name, organisation) = (form.name.trim(), form.organisation.trim());
    if name.is_empty() || name.chars().count() > 200 {
        errors.add("name", shell.t("api-token-error-name"));
    }
    if organisation.is_empty() || organisation.chars().count() > 200 {
        errors.add("organisation", shell.t("referrer-error-organisation"));
    }
    if !errors.is_empty() {
        return tokens_page(&state, shell, errors, None, form.name, form.organisation).await;
    }
    let by = actor.user.as_ref().map(|u| u.id);
    let (token, secret) = issue_token(&state.store, name, organisation, by).await?;
    state
        .store
        .audit(&audit(
            &actor,
            "api_token_issued",
            "api_token",
            token.id.to_string(),
            format!("{name} ({organisation})"),
        ))
        .await?;
    tokens_page(
        &state,
        shell,
        FormErrors::default(),
        Some(secret),
        String::new(),
        String::new(),
    )
    .await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    state.store.revoke_api_token(id).await?;
    state
        .store
        .audit(&audit(
            &actor,
            "api_token_revoked",
            "api_token",
            id.to_string(),
            String::new(),
        ))
        .await?;
    Ok(Redirect::to("/admin/api-tokens").into_response())
}
