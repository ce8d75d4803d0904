//! The web error type and its rendering.
//!
//! Handlers return [`AppError`]. Its response carries an [`ErrorReport`] extension; the
//! `render_errors` middleware turns any error response (ours, or one from axum or a tower
//! layer such as 404, 405 or 413) into JSON for API clients or an HTML page for browsers,
//! with a stable snake_case `code`. Internal causes are logged here, never shown.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kindred_core::ValidationError;
use kindred_store::StoreError;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    Invalid(ValidationError),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("conflict")]
    Conflict,
    #[error("sign in first")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("email address not confirmed")]
    VerifyFirst,
    #[error("cross-site request refused")]
    CrossSite,
    #[error("too many requests")]
    TooManyRequests(std::time::Duration),
    #[error("service unavailable")]
    Unavailable,
    #[error("internal error: {0}")]
    Internal(String),
}

/// What went wrong, in a form every client can rely on.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ErrorReport {
    /// Stable, snake_case: safe to match on.
    pub code: &'static str,
    /// Human-readable, in English; pages translate by `code`.
    pub message: String,
    /// The input field at fault, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
}

/// The JSON body of every API error.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorReport,
    /// Quote this when reporting a problem; it finds the request in the logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ErrorReport {
    /// The generic report for a status that no handler explained.
    pub fn for_status(status: StatusCode) -> Self {
        let (code, message) = match status.as_u16() {
            400 => ("bad_request", "The request could not be understood."),
            401 => ("unauthorized", "Please sign in first."),
            403 => ("forbidden", "You are not allowed to do that."),
            404 => ("not_found", "There is nothing at this address."),
            405 => ("method_not_allowed", "That method is not allowed here."),
            408 => ("request_timeout", "The request took too long."),
            409 => ("conflict", "That already exists or has changed meanwhile."),
            413 => ("payload_too_large", "The request is too large."),
            415 => (
                "unsupported_media_type",
                "That content type is not supported here.",
            ),
            422 => (
                "unprocessable_entity",
                "The request was understood but its content is not valid.",
            ),
            429 => (
                "too_many_requests",
                "Too many requests: please wait a moment and try again.",
            ),
            503 => (
                "service_unavailable",
                "Kindred cannot answer right now. Please try again shortly.",
            ),
            _ if status.is_client_error() => ("bad_request", "The request could not be handled."),
            _ => (
                "internal_error",
                "Something went wrong on our side. It has been logged.",
            ),
        };
        Self {
            code,
            message: message.to_owned(),
            field: None,
        }
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Invalid(_) | Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Conflict => StatusCode::CONFLICT,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::VerifyFirst | Self::CrossSite => StatusCode::FORBIDDEN,
            Self::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn report(&self) -> ErrorReport {
        match self {
            Self::Invalid(err) => ErrorReport {
                code: "invalid_input",
                message: err.to_string(),
                field: Some(err.field),
            },
            Self::BadRequest(message) => ErrorReport {
                code: "bad_request",
                message: message.clone(),
                field: None,
            },
            Self::VerifyFirst => ErrorReport {
                code: "email_not_verified",
                message: "Please confirm your email address first.".into(),
                field: None,
            },
            Self::CrossSite => ErrorReport {
                code: "cross_site_request",
                message: "This request came from another site, so it was refused.".into(),
                field: None,
            },
            other => ErrorReport::for_status(other.status()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            Self::Internal(cause) => tracing::error!(%cause, "internal error"),
            Self::Unavailable => tracing::warn!("database unavailable"),
            _ => {}
        }
        let report = self.report();
        let mut response = (
            self.status(),
            Json(ErrorBody {
                error: report.clone(),
                request_id: None,
            }),
        )
            .into_response();
        if let Self::TooManyRequests(wait) = self
            && let Ok(value) = axum::http::HeaderValue::from_str(&wait.as_secs().max(1).to_string())
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        response.extensions_mut().insert(report);
        response
    }
}

impl From<ValidationError> for AppError {
    fn from(err: ValidationError) -> Self {
        Self::Invalid(err)
    }
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict(_) => Self::Conflict,
            StoreError::Invalid(e) => Self::Invalid(e),
            StoreError::Unavailable(_) => Self::Unavailable,
            other => Self::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        Self::Internal(format!("template: {err}"))
    }
}
