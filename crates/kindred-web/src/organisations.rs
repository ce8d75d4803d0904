//! Organisations in the JSON API.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use kindred_core::ids::OrganisationId;
use kindred_core::organisations::Organisation;
use kindred_core::paging::{PageRequest, Paged};
use serde::Deserialize;

use crate::AppState;
use crate::error::{AppError, ErrorBody};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/api/v1/organisations", Access::Public, get(list_organisations)),
        Route::get(
            "/api/v1/organisations/{id}",
            Access::Public,
            get(get_organisation),
        ),
    ]
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page number, from 1.
    pub page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    pub per_page: Option<u32>,
}

impl PageParams {
    pub fn checked(&self) -> Result<PageRequest, AppError> {
        Ok(PageRequest::new(self.page, self.per_page)?)
    }
}

/// Organisations that list groups, by name.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations",
    params(PageParams),
    responses(
        (status = 200, description = "One page of organisations", body = Paged<Organisation>),
        (status = 400, description = "Bad paging parameters", body = ErrorBody),
    ))]
pub async fn list_organisations(
    State(state): State<AppState>,
    Query(params): Query<PageParams>,
) -> Result<Json<Paged<Organisation>>, AppError> {
    Ok(Json(state.store.list_organisations(params.checked()?).await?))
}

/// One organisation.
#[utoipa::path(get, path = "/api/v1/organisations/{id}", tag = "organisations",
    params(("id" = String, Path, format = Uuid, description = "The organisation's id")),
    responses(
        (status = 200, description = "The organisation", body = Organisation),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ))]
pub async fn get_organisation(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Organisation>, AppError> {
    // An id that cannot exist is simply not found.
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    Ok(Json(state.store.get_organisation(id).await?))
}
