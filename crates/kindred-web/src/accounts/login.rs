//! `GET/POST /login`, `POST /logout`, `POST /logout-everywhere`.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use kindred_core::accounts::Email;
use serde::Deserialize;

use super::FormErrors;
use super::session::{CurrentUser, SessionHash, end_session_cookie, start_session};
use super::signup::MessagePage;
use crate::AppState;
use crate::client::{client_ip, rate_key};
use crate::error::AppError;
use crate::pages::{Shell, render};
use crate::ratelimit::Door;
use crate::routes::safe_next;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    shell: Shell,
    errors: FormErrors,
    email: String,
    next: String,
}

#[derive(Debug, Deserialize)]
pub struct NextParam {
    next: Option<String>,
}

pub async fn show_login(shell: Shell, Query(query): Query<NextParam>) -> Result<Html<String>, AppError> {
    render(&LoginPage {
        shell,
        errors: FormErrors::default(),
        email: String::new(),
        next: safe_next(query.next.as_deref()).to_owned(),
    })
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

pub async fn log_in(
    State(state): State<AppState>,
    shell: Shell,
    parts: Parts,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let ip = client_ip(&parts, &state.settings.trusted_proxies);
    state
        .limits
        .check(Door::LoginByAddress, &rate_key(ip))
        .map_err(AppError::TooManyRequests)?;
    let found = match Email::parse(&form.email) {
        Ok(email) => {
            state
                .limits
                .check(Door::LoginByAccount, email.as_str())
                .map_err(AppError::TooManyRequests)?;
            state.store.find_user_for_login(&email).await?
        }
        Err(_) => None,
    };
    let (user, hash) = match found {
        Some((user, hash)) => (Some(user), Some(hash)),
        None => (None, None),
    };
    // Verifies against a stand-in hash when there is no account: same work, same time.
    let ok = state.passwords.verify(&form.password, hash).await;
    let next = safe_next(form.next.as_deref()).to_owned();
    match user {
        Some(user) if ok => {
            let cookie = start_session(&state, user.id).await?;
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().append(header::SET_COOKIE, cookie);
            Ok(response)
        }
        _ => {
            let mut errors = FormErrors::default();
            errors.add("email", shell.t("error-login-failed"));
            let page = LoginPage {
                shell,
                errors,
                email: form.email,
                next,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

pub async fn log_out(
    State(state): State<AppState>,
    shell: Shell,
    parts: Parts,
) -> Result<Response, AppError> {
    if let Some(session) = parts.extensions.get::<SessionHash>() {
        state.store.delete_session(&session.0).await?;
    }
    signed_out_page(&state, shell)
}

pub async fn log_out_everywhere(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    shell: Shell,
) -> Result<Response, AppError> {
    state.store.delete_sessions_of(user.id).await?;
    signed_out_page(&state, shell)
}

fn signed_out_page(state: &AppState, mut shell: Shell) -> Result<Response, AppError> {
    shell.pseudonym = None;
    let page = MessagePage {
        title: shell.t("logout-done"),
        paragraphs: Vec::new(),
        link: Some(("/login".into(), shell.t("nav-sign-in"))),
        shell,
    };
    Ok(([end_session_cookie(state)], render(&page)?).into_response())
}
