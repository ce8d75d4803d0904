//! Accounts: sign-up, email confirmation, sign-in and out, password reset, and the
//! account page (what we hold, export, erasure).
//!
//! Sign-up, sign-in and reset answer identically, in status, body and (within noise)
//! time, whether or not an account exists for the email address: the difference is only
//! in what email is sent, and sending happens later, from the outbox.

pub(crate) mod account;
mod email;
mod login;
pub mod session;
pub(crate) mod signup;
mod verify;

use axum::routing::{get, post};
use kindred_core::ValidationError;

use crate::routes::{Access, Route};

pub use session::{CurrentUser, SESSION_COOKIE, SESSION_TTL_SECS};
pub use signup::MessagePage;

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/signup", Access::Guest, get(signup::show_signup)),
        Route::post("/signup", Access::Guest, post(signup::create_account)),
        Route::get("/login", Access::Guest, get(login::show_login)),
        Route::post("/login", Access::Guest, post(login::log_in)),
        Route::post("/logout", Access::SignedIn, post(login::log_out)),
        Route::post(
            "/logout-everywhere",
            Access::SignedIn,
            post(login::log_out_everywhere),
        ),
        Route::get("/verify/{token}", Access::Public, get(verify::show_verify)),
        Route::post("/verify/{token}", Access::Public, post(verify::confirm_email)),
        Route::get("/reset", Access::Public, get(verify::show_reset_request)),
        Route::post("/reset", Access::Public, post(verify::request_reset)),
        Route::get("/reset/{token}", Access::Public, get(verify::show_reset)),
        Route::post("/reset/{token}", Access::Public, post(verify::reset_password)),
        Route::get("/account", Access::SignedIn, get(account::show_account)),
        Route::post(
            "/account/verify-email",
            Access::SignedIn,
            post(account::resend_verification),
        ),
        Route::post(
            "/account/password",
            Access::SignedIn,
            post(account::change_password),
        ),
        Route::get(
            "/account/export.json",
            Access::SignedIn,
            get(account::export_account),
        ),
        Route::post("/account/delete", Access::SignedIn, post(account::delete_account)),
        Route::get("/api/v1/me", Access::SignedIn, get(account::get_me)),
    ]
}

/// One problem with a submitted form, shown at the top and next to the field.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// The problems with a submitted form, in the order of its fields.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    /// The status a form page answers with: 422 when it shows problems, else 200.
    pub fn status(&self) -> axum::http::StatusCode {
        if self.is_empty() {
            axum::http::StatusCode::OK
        } else {
            axum::http::StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    pub fn add(&mut self, field: &'static str, message: String) {
        self.0.push(FieldError { field, message });
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// Records the outcome of parsing a field and passes the value on.
    pub fn check<T>(
        &mut self,
        field: &'static str,
        result: Result<T, ValidationError>,
        message: impl FnOnce(&ValidationError) -> String,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(err) => {
                self.add(field, message(&err));
                None
            }
        }
    }
}
