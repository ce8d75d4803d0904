//! The OpenAPI 3 document, generated from the handlers' annotations and served at
//! `GET /api/openapi.json`. No UI is bundled: any OpenAPI viewer can read the document.

use axum::Json;
use axum::routing::get;
use utoipa::OpenApi;

use crate::routes::{Access, Route};

#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Kindred API",
        description = "Peer support groups: directory, meetings and more. JSON under /api/v1/.",
        license(name = "AGPL-3.0-or-later"),
    ),
    paths(
        crate::health::get_health,
        crate::organisations::list_organisations,
        crate::organisations::get_organisation,
        crate::organisations::create_organisation,
        crate::organisations::verify_organisation,
        crate::accounts::account::get_me,
        crate::directory::api::list_groups,
        crate::directory::api::get_group,
        crate::directory::api::create_group,
        crate::directory::api::update_group,
        crate::directory::api::add_organiser,
        crate::meetings::api::list_meetings,
        crate::meetings::api::create_series,
        crate::meetings::api::get_series,
        crate::meetings::api::end_series,
        crate::meetings::api::get_meeting,
        crate::meetings::api::reply,
        crate::meetings::api::cancel,
        crate::meetings::api::move_meeting,
        crate::meetings::api::get_attendance,
        crate::meetings::api::set_attendance,
        crate::meetings::api::list_formats,
        crate::meetings::api::create_format,
        crate::meetings::api::update_format,
        crate::meetings::api::my_meetings,
        crate::meetings::feed::meeting_guide,
        crate::matching::match_api,
        crate::resources::list_api,
        crate::resources::get_api,
    ),
    components(schemas(crate::error::ErrorBody, crate::error::ErrorReport)),
    tags(
        (name = "operations", description = "Health and monitoring"),
        (name = "groups", description = "The group directory: search, details, listing"),
        (name = "meetings", description = "Meetings: series, exceptions, replies, attendance, agenda formats"),
        (name = "feeds", description = "Open feeds for other systems (Meeting Guide)"),
        (name = "accounts", description = "The signed-in account"),
        (name = "organisations", description = "Charities, NHS trusts and community groups that list groups"),
    )
)]
pub struct ApiDoc;

pub fn routes() -> Vec<Route> {
    vec![Route::get("/api/openapi.json", Access::Public, get(get_openapi))]
}

async fn get_openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
