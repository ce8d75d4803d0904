//! `GET/POST /signup`.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use kindred_core::accounts::{
    Email, NewPassword, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, PSEUDONYM_MAX_CHARS, Pseudonym, TokenPurpose,
};
use kindred_store::{EmailToken, NewUser, StoreError};
use serde::Deserialize;

use super::FormErrors;
use super::email::{self, VERIFY_TTL_SECS};
use crate::AppState;
use crate::client::{client_ip, rate_key};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{Shell, render};
use crate::ratelimit::Door;
use crate::tokens::new_token;

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage {
    shell: Shell,
    errors: FormErrors,
    email: String,
    pseudonym: String,
    password_hint: String,
}

#[derive(Debug, Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub shell: Shell,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
}

pub fn password_hint(tr: &Tr) -> String {
    tr.t1("field-password-hint", "min", PASSWORD_MIN_CHARS)
}

pub async fn show_signup(shell: Shell) -> Result<Html<String>, AppError> {
    let password_hint = password_hint(&shell.tr);
    render(&SignupPage {
        shell,
        errors: FormErrors::default(),
        email: String::new(),
        pseudonym: String::new(),
        password_hint,
    })
}

#[derive(Debug, Deserialize)]
pub struct SignupForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    pseudonym: String,
    #[serde(default)]
    password: String,
}

/// Error messages for the password rules, shared with reset and change-password forms.
pub fn password_message(tr: &Tr, err: &kindred_core::ValidationError) -> String {
    if err.message.contains("least") {
        tr.t1("error-password-short", "min", PASSWORD_MIN_CHARS)
    } else {
        tr.t1("error-password-long", "max", PASSWORD_MAX_CHARS)
    }
}

pub async fn create_account(
    State(state): State<AppState>,
    shell: Shell,
    parts: Parts,
    Form(form): Form<SignupForm>,
) -> Result<Response, AppError> {
    let ip = client_ip(&parts, &state.settings.trusted_proxies);
    state
        .limits
        .check(Door::SignupByAddress, &rate_key(ip))
        .map_err(AppError::TooManyRequests)?;
    // Keyed by the address typed, whether or not an account has it; malformed addresses
    // are answered by validation instead.
    if let Ok(email) = Email::parse(&form.email) {
        state
            .limits
            .check(Door::SignupByAccount, email.as_str())
            .map_err(AppError::TooManyRequests)?;
    }
    let tr = shell.tr.clone();
    let mut errors = FormErrors::default();
    let email = errors.check("email", Email::parse(&form.email), |_| {
        tr.t("error-email-invalid")
    });
    let pseudonym = errors.check("pseudonym", Pseudonym::parse(&form.pseudonym), |e| {
        if e.message.contains("empty") {
            tr.t("error-pseudonym-empty")
        } else if e.message.contains("email") {
            tr.t("error-pseudonym-email")
        } else {
            tr.t1("error-pseudonym-long", "max", PSEUDONYM_MAX_CHARS)
        }
    });
    let password = errors.check("password", NewPassword::parse(&form.password), |e| {
        password_message(&tr, e)
    });
    let (Some(email), Some(pseudonym), Some(password)) = (email, pseudonym, password) else {
        let page = SignupPage {
            password_hint: password_hint(&tr),
            shell,
            errors,
            email: form.email,
            pseudonym: form.pseudonym,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    };

    // Hash first, whatever happens next, so both outcomes take the same time.
    let password_hash = state.passwords.hash(&password).await?;
    let (token, token_hash) = new_token();
    let new = NewUser {
        email: email.clone(),
        pseudonym: pseudonym.clone(),
        password_hash,
        verified: false,
        platform_role: None,
    };
    let token = (
        EmailToken {
            token_hash,
            purpose: TokenPurpose::VerifyEmail,
            ttl_secs: VERIFY_TTL_SECS,
        },
        email::verify(&state, &tr, &email, pseudonym.as_str(), &token),
    );
    match state
        .store
        .create_user(&new, Some(&token.0), Some(&token.1))
        .await
    {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            // Tell the owner of the address, not the person at the keyboard; at most a few
            // times, so the form cannot be used to flood someone's inbox.
            if state.limits.check(Door::ResetByAccount, email.as_str()).is_ok() {
                state
                    .store
                    .enqueue_email(&email::already_registered(&state, &tr, &email))
                    .await?;
            }
        }
        Err(err) => return Err(err.into()),
    }
    state.outbox_wake.notify_one();
    let page = MessagePage {
        title: tr.t("signup-done-title"),
        paragraphs: vec![tr.t("signup-done-body")],
        link: None,
        shell,
    };
    Ok(render(&page)?.into_response())
}
