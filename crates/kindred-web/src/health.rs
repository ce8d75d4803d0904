//! `GET /healthz`: 200 when the database answers, 503 when it does not.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use serde::Serialize;

use crate::AppState;
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![Route::get("/healthz", Access::Public, get(get_health))]
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok` or `unavailable`.
    pub status: &'static str,
    /// `sqlite` or `postgres`.
    pub database: &'static str,
}

/// Is Kindred able to serve? Load balancers and monitors poll this.
#[utoipa::path(get, path = "/healthz", tag = "operations",
    responses(
        (status = 200, description = "The database answers", body = Health),
        (status = 503, description = "The database does not answer", body = Health),
    ))]
pub async fn get_health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let database = state.store.backend_kind().as_str();
    let ping = tokio::time::timeout(Duration::from_secs(3), state.store.ping()).await;
    match ping {
        Ok(Ok(())) => (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                database,
            }),
        ),
        _ => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health {
                status: "unavailable",
                database,
            }),
        ),
    }
}
