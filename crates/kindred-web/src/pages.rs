//! Server-rendered pages and the static assets they use.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::get;

use crate::error::{AppError, ErrorReport};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/", Access::Public, get(show_home)),
        Route::get("/static/kindred.css", Access::Public, get(get_stylesheet)),
    ]
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage;

async fn show_home() -> Result<Html<String>, AppError> {
    Ok(Html(HomePage.render()?))
}

async fn get_stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/kindred.css"),
    )
}

/// The page shown for any error a browser meets.
#[derive(Debug, Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    status: u16,
    title: String,
    message: String,
    request_id: Option<String>,
}

impl ErrorPage {
    pub fn new(status: StatusCode, report: &ErrorReport, request_id: Option<String>) -> Self {
        Self {
            status: status.as_u16(),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            message: report.message.clone(),
            request_id,
        }
    }
}
