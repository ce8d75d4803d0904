//! Sessions: a random token in an `HttpOnly` cookie; only its hash is stored. This
//! middleware finds who is signed in and hands an [`Actor`] to everything after it.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kindred_core::accounts::User;
use kindred_core::ids::UserId;
use kindred_core::policy::Actor;

use crate::AppState;
use crate::error::AppError;
use crate::i18n::cookie_value;
use crate::tokens::{hash_token, looks_like_token, new_token};

pub const SESSION_COOKIE: &str = "kindred_session";
/// Sessions end 14 days after sign-in (shared and lost devices are common among members).
pub const SESSION_TTL_SECS: i64 = 14 * 24 * 3600;

/// The hash of the current request's session token, if it has a live one.
#[derive(Debug, Clone)]
pub struct SessionHash(pub Vec<u8>);

/// Loads the signed-in user, if any, before anything else looks.
pub async fn load_actor(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let mut actor = Actor::anonymous();
    if let Some(token) = cookie_value(request.headers(), SESSION_COOKIE).filter(|t| looks_like_token(t)) {
        let hash = hash_token(&token);
        match state.store.session_user(&hash).await {
            Ok(Some(user)) => {
                actor.user = Some(user);
                request.extensions_mut().insert(SessionHash(hash));
            }
            Ok(None) => {}
            Err(err) => return AppError::from(err).into_response(),
        }
    }
    request.extensions_mut().insert(actor);
    next.run(request).await
}

/// The signed-in user; routes using it are guarded by `Access::SignedIn` or stricter.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub User);

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Actor>()
            .and_then(|a| a.user.clone())
            .map(CurrentUser)
            .ok_or(AppError::Unauthorized)
    }
}

/// Starts a session for `user` and returns the cookie that carries it.
pub async fn start_session(state: &AppState, user: UserId) -> Result<HeaderValue, AppError> {
    let (token, hash) = new_token();
    state.store.create_session(&hash, user, SESSION_TTL_SECS).await?;
    let cookie = crate::cookies::build(
        SESSION_COOKIE,
        &token,
        Some(SESSION_TTL_SECS),
        state.settings.secure_cookies(),
    );
    HeaderValue::from_str(&cookie).map_err(|e| AppError::Internal(e.to_string()))
}

/// The cookie that ends the session in the browser.
pub fn end_session_cookie(state: &AppState) -> (header::HeaderName, String) {
    (
        header::SET_COOKIE,
        crate::cookies::clear(SESSION_COOKIE, state.settings.secure_cookies()),
    )
}
