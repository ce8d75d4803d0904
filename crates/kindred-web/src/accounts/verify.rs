//! Emailed links: confirming an address (`/verify/{token}`) and resetting a password
//! (`/reset`, `/reset/{token}`). Opening a link only shows a page with a button; the change
//! happens on POST, so link scanners in mail systems cannot use the token up.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use kindred_core::accounts::{Email, NewPassword, TokenPurpose};
use kindred_store::EmailToken;
use serde::Deserialize;

use super::FormErrors;
use super::email::{self, RESET_TTL_SECS};
use super::signup::{MessagePage, password_hint, password_message};
use crate::AppState;
use crate::client::{client_ip, rate_key};
use crate::error::AppError;
use crate::pages::{Shell, render};
use crate::ratelimit::Door;
use crate::tokens::{hash_token, looks_like_token, new_token};

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    shell: Shell,
    errors: FormErrors,
    title: String,
    intro: String,
    action: String,
    button: String,
    with_password: bool,
    password_hint: String,
}

#[derive(Template)]
#[template(path = "reset_request.html")]
struct ResetRequestPage {
    shell: Shell,
    errors: FormErrors,
    email: String,
}

async fn token_is_live(state: &AppState, token: &str, purpose: TokenPurpose) -> Result<bool, AppError> {
    Ok(looks_like_token(token)
        && state
            .store
            .email_token_is_live(&hash_token(token), purpose)
            .await?)
}

fn message(
    shell: Shell,
    status: StatusCode,
    title: &str,
    body: &str,
    link: Option<(&str, &str)>,
) -> Result<Response, AppError> {
    let page = MessagePage {
        title: shell.t(title),
        paragraphs: vec![shell.t(body)],
        link: link.map(|(href, text)| (href.to_owned(), shell.t(text))),
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

/// The page for a link that has expired, was used, or never existed.
fn invalid_link(shell: Shell, purpose: TokenPurpose) -> Result<Response, AppError> {
    let (title, body, link) = match purpose {
        TokenPurpose::VerifyEmail => ("verify-title", "verify-invalid", ("/account", "nav-account")),
        TokenPurpose::ResetPassword => ("reset-title", "reset-invalid", ("/reset", "reset-request-again")),
    };
    message(shell, StatusCode::NOT_FOUND, title, body, Some(link))
}

pub async fn show_verify(
    State(state): State<AppState>,
    shell: Shell,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !token_is_live(&state, &token, TokenPurpose::VerifyEmail).await? {
        return invalid_link(shell, TokenPurpose::VerifyEmail);
    }
    let page = ConfirmPage {
        title: shell.t("verify-title"),
        intro: shell.t("verify-intro"),
        action: format!("/verify/{token}"),
        button: shell.t("verify-button"),
        with_password: false,
        password_hint: String::new(),
        errors: FormErrors::default(),
        shell,
    };
    Ok(render(&page)?.into_response())
}

pub async fn confirm_email(
    State(state): State<AppState>,
    shell: Shell,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let user = if looks_like_token(&token) {
        state
            .store
            .consume_email_token(&hash_token(&token), TokenPurpose::VerifyEmail)
            .await?
    } else {
        None
    };
    match user {
        Some(user) => {
            state.store.mark_email_verified(user).await?;
            message(
                shell,
                StatusCode::OK,
                "verify-title",
                "verify-done",
                Some(("/account", "nav-account")),
            )
        }
        None => invalid_link(shell, TokenPurpose::VerifyEmail),
    }
}

pub async fn show_reset_request(shell: Shell) -> Result<Html<String>, AppError> {
    render(&ResetRequestPage {
        shell,
        errors: FormErrors::default(),
        email: String::new(),
    })
}

#[derive(Debug, Deserialize)]
pub struct ResetRequestForm {
    #[serde(default)]
    email: String,
}

pub async fn request_reset(
    State(state): State<AppState>,
    shell: Shell,
    parts: Parts,
    Form(form): Form<ResetRequestForm>,
) -> Result<Response, AppError> {
    let ip = client_ip(&parts, &state.settings.trusted_proxies);
    state
        .limits
        .check(Door::ResetByAddress, &rate_key(ip))
        .map_err(AppError::TooManyRequests)?;
    let Ok(email) = Email::parse(&form.email) else {
        let mut errors = FormErrors::default();
        errors.add("email", shell.t("error-email-invalid"));
        let page = ResetRequestPage {
            shell,
            errors,
            email: form.email,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    };
    // Past the per-account limit we still answer as usual: the limit must not reveal
    // whether the account exists, and further emails would only flood its owner.
    if state.limits.check(Door::ResetByAccount, email.as_str()).is_ok()
        && let Some(user) = state.store.find_user_by_email(&email).await?
    {
        let (token, token_hash) = new_token();
        let mail = email::reset(&state, &shell.tr, &email, user.pseudonym.as_str(), &token);
        let token = EmailToken {
            token_hash,
            purpose: TokenPurpose::ResetPassword,
            ttl_secs: RESET_TTL_SECS,
        };
        state.store.create_email_token(user.id, &token, &mail).await?;
        state.outbox_wake.notify_one();
    }
    let page = MessagePage {
        title: shell.t("reset-request-done-title"),
        paragraphs: vec![
            shell
                .tr
                .t1("reset-request-done-body", "minutes", RESET_TTL_SECS / 60),
        ],
        link: None,
        shell,
    };
    Ok(render(&page)?.into_response())
}

fn reset_form(shell: Shell, token: &str, errors: FormErrors) -> ConfirmPage {
    ConfirmPage {
        title: shell.t("reset-title"),
        intro: String::new(),
        action: format!("/reset/{token}"),
        button: shell.t("reset-button"),
        with_password: true,
        password_hint: password_hint(&shell.tr),
        errors,
        shell,
    }
}

pub async fn show_reset(
    State(state): State<AppState>,
    shell: Shell,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    if !token_is_live(&state, &token, TokenPurpose::ResetPassword).await? {
        return invalid_link(shell, TokenPurpose::ResetPassword);
    }
    Ok(render(&reset_form(shell, &token, FormErrors::default()))?.into_response())
}

#[derive(Debug, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

pub async fn reset_password(
    State(state): State<AppState>,
    shell: Shell,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> Result<Response, AppError> {
    let password = match NewPassword::parse(&form.password) {
        Ok(password) => password,
        Err(err) => {
            let mut errors = FormErrors::default();
            errors.add("password", password_message(&shell.tr, &err));
            let page = reset_form(shell, &token, errors);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let hash = state.passwords.hash(&password).await?;
    let user = if looks_like_token(&token) {
        state
            .store
            .consume_email_token(&hash_token(&token), TokenPurpose::ResetPassword)
            .await?
    } else {
        None
    };
    let Some(user) = user else {
        return invalid_link(shell, TokenPurpose::ResetPassword);
    };
    // Every session ends: whoever knew the old password is signed out.
    state.store.set_password(user, &hash, None).await?;
    // Following the emailed link proved the address is theirs.
    state.store.mark_email_verified(user).await?;
    message(
        shell,
        StatusCode::OK,
        "reset-title",
        "reset-done",
        Some(("/login", "nav-sign-in")),
    )
}
