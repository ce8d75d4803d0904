//! Kindred's web layer.
//!
//! Each feature is a folder or module with one `routes()` function listing its routes
//! ([`routes::Route`]): path, method, who may call it, handler. [`app`] merges them all in
//! one place ([`routes::all`]), so the whole route table reads on one screen and tests can
//! walk it. Cross-cutting concerns (request ids, logs, metrics, error pages, limits,
//! compression) are layers in [`middleware`].

pub mod error;
mod health;
mod metrics;
pub mod middleware;
mod openapi;
mod organisations;
mod pages;
pub mod routes;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use kindred_store::Store;

pub use error::AppError;
pub use metrics::Metrics;
pub use openapi::ApiDoc;

/// Settings the web layer needs, resolved from configuration by the binary.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Longest a request may take before it is answered with 503.
    pub request_timeout: Duration,
}

impl Default for WebSettings {
    fn default() -> Self {
        Self {
            max_body_bytes: 1024 * 1024,
            request_timeout: Duration::from_secs(30),
        }
    }
}

/// Everything a handler can reach. Cheap to clone: one per request.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    pub metrics: Arc<Metrics>,
    pub settings: Arc<WebSettings>,
}

impl AppState {
    pub fn new(store: Store, settings: WebSettings) -> Self {
        Self {
            store,
            metrics: Arc::new(Metrics::new()),
            settings: Arc::new(settings),
        }
    }
}

/// The whole application: every feature's routes behind the shared middleware.
pub fn app(state: AppState) -> Router {
    let router = routes::router(routes::all());
    middleware::wrap(router, state)
}
