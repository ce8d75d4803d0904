//! Organisations in the JSON API.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use kindred_core::ids::OrganisationId;
use kindred_core::organisations::{NewOrganisation, Organisation, OrganisationInput};
use kindred_core::paging::{PageRequest, Paged};
use serde::Deserialize;

use crate::AppState;
use crate::error::{AppError, ErrorBody};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/api/v1/organisations", Access::Public, get(list_organisations)),
        Route::post("/api/v1/organisations", Access::Admin, post(create_organisation)),
        Route::get(
            "/api/v1/organisations/{id}",
            Access::Public,
            get(get_organisation),
        ),
        Route::post(
            "/api/v1/organisations/{id}/verification",
            Access::Admin,
            post(verify_organisation),
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

/// Lists an organisation (administrators; organisers will list their own through the
/// directory).
#[utoipa::path(post, path = "/api/v1/organisations", tag = "organisations",
    request_body = OrganisationInput,
    responses(
        (status = 201, description = "Created", body = Organisation),
        (status = 400, description = "Invalid input", body = ErrorBody),
        (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 403, description = "Not an administrator", body = ErrorBody),
    ))]
pub async fn create_organisation(
    State(state): State<AppState>,
    Json(input): Json<OrganisationInput>,
) -> Result<(StatusCode, Json<Organisation>), AppError> {
    let new = NewOrganisation::try_from(input)?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.create_organisation(&new).await?),
    ))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct Verification {
    pub verified: bool,
}

/// Marks an organisation verified, or not (administrators).
#[utoipa::path(post, path = "/api/v1/organisations/{id}/verification", tag = "organisations",
    params(("id" = String, Path, format = Uuid, description = "The organisation's id")),
    request_body = Verification,
    responses(
        (status = 200, description = "Updated", body = Organisation),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ))]
pub async fn verify_organisation(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(body): Json<Verification>,
) -> Result<Json<Organisation>, AppError> {
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    Ok(Json(
        state.store.set_organisation_verified(id, body.verified).await?,
    ))
}
