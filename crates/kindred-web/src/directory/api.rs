//! `/api/v1/groups`: search and group details for anyone; create and update for organisers.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use kindred_core::ValidationError;
use kindred_core::accounts::Email;
use kindred_core::groups::{
    AccessFeature, Attendance, Audience, Category, Condition, Cost, GroupInput, GroupStatus, Joining,
    Language, Leadership, TimeOfDay, UsualSchedule,
};
use kindred_core::ids::OrganisationId;
use kindred_core::paging::PageRequest;
use kindred_core::places::Place;
use kindred_core::policy::Actor;
use serde::{Deserialize, Serialize};

use super::search::{GroupDoc, Hit, SearchRequest};
use super::{Standing, check_input, group_changed, load_group};
use crate::AppState;
use crate::error::{AppError, ErrorBody};

/// Search parameters, shared by the API and the search page.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GroupsQuery {
    /// Free text: a condition, a situation, a name. Typos are tolerated.
    pub q: Option<String>,
    /// A category code, e.g. `mental_health`.
    pub category: Option<String>,
    /// A condition code, e.g. `anxiety`.
    pub condition: Option<String>,
    /// How people meet: `in_person`, `online` or `hybrid`.
    pub format: Option<String>,
    /// A language code, e.g. `cy` (Welsh) or `bfi` (BSL).
    pub language: Option<String>,
    /// Day of the week: 0 (Sunday) to 6, or `sun` ... `sat`.
    pub day: Option<String>,
    /// `morning`, `afternoon` or `evening`.
    pub time: Option<String>,
    /// Accessibility features, comma-separated; all must be present.
    pub access: Option<String>,
    pub leadership: Option<String>,
    pub cost: Option<String>,
    pub audience: Option<String>,
    /// A UK postcode, postcode district or town.
    pub near: Option<String>,
    /// Distance from `near` in km, 1 to 200 (default 25).
    pub radius_km: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

fn opt<T: std::str::FromStr<Err = ValidationError>>(
    value: &Option<String>,
) -> Result<Option<T>, ValidationError> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::parse)
        .transpose()
}

fn number<T: std::str::FromStr>(
    field: &'static str,
    value: &Option<String>,
) -> Result<Option<T>, ValidationError> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| {
            v.parse()
                .map_err(|_| ValidationError::new(field, format!("{v:?} is not a number")))
        })
        .transpose()
}

pub const DEFAULT_RADIUS_KM: f64 = 25.0;

impl GroupsQuery {
    /// Checks every parameter; returns the search, the place searched near, and the page.
    pub fn check(
        &self,
        places: &kindred_core::places::Places,
    ) -> Result<(SearchRequest, Option<Place>, PageRequest), ValidationError> {
        let page = PageRequest::new(number("page", &self.page)?, number("per_page", &self.per_page)?)?;
        let text = self.q.as_deref().unwrap_or("").trim();
        if text.chars().count() > 200 {
            return Err(ValidationError::new("q", "must be at most 200 characters"));
        }
        let day = match self.day.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => Some(
                parse_day(d)
                    .ok_or_else(|| ValidationError::new("day", "must be 0 to 6 or sun, mon ... sat"))?,
            ),
        };
        let time = match self.time.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => Some(
                TimeOfDay::parse(t)
                    .ok_or_else(|| ValidationError::new("time", "must be morning, afternoon or evening"))?,
            ),
        };
        let access: Vec<AccessFeature> = self
            .access
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.parse()
                    .map_err(|e: ValidationError| ValidationError::new("access", e.message))
            })
            .collect::<Result<_, _>>()?;
        let radius: f64 = number("radius_km", &self.radius_km)?.unwrap_or(DEFAULT_RADIUS_KM);
        if !(1.0..=200.0).contains(&radius) {
            return Err(ValidationError::new("radius_km", "must be between 1 and 200"));
        }
        let place = match self.near.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            None => None,
            Some(near) => Some(
                places
                    .resolve(near)
                    .map_err(|e| ValidationError::new("near", e.to_string()))?,
            ),
        };
        let request = SearchRequest {
            text: text.to_owned(),
            category: opt::<Category>(&self.category)?,
            condition: opt::<Condition>(&self.condition)
                .map_err(|e| ValidationError::new("condition", e.message))?,
            attendance: opt::<Attendance>(&self.format)
                .map_err(|e| ValidationError::new("format", e.message))?,
            language: opt::<Language>(&self.language)
                .map_err(|e| ValidationError::new("language", e.message))?,
            day,
            time,
            access,
            leadership: opt::<Leadership>(&self.leadership)?,
            cost: opt::<Cost>(&self.cost)?,
            audience: opt::<Audience>(&self.audience)?,
            near: place.as_ref().map(|p| (p.point, radius)),
            offset: usize::try_from(page.offset()).unwrap_or(0),
            limit: page.per_page() as usize,
            ..SearchRequest::default()
        };
        Ok((request, place, page))
    }
}

fn parse_day(d: &str) -> Option<u8> {
    const NAMES: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    d.parse::<u8>().ok().filter(|n| *n < 7).or_else(|| {
        let lower = d.to_ascii_lowercase();
        NAMES
            .iter()
            .position(|n| lower.starts_with(n))
            .and_then(|i| u8::try_from(i).ok())
    })
}

/// The organisation behind a group, as listings show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrganisationRef {
    #[schema(value_type = String, format = Uuid)]
    pub id: OrganisationId,
    pub name: String,
    pub verified: bool,
}

/// A group in search results.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupItem {
    #[schema(value_type = String, format = Uuid)]
    pub id: kindred_core::ids::GroupId,
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// The group's page.
    pub url: String,
    pub organisation: OrganisationRef,
    pub category: Category,
    pub conditions: Vec<Condition>,
    pub attendance: Attendance,
    pub languages: Vec<Language>,
    pub accessibility: Vec<AccessFeature>,
    pub audience: Vec<Audience>,
    pub leadership: Leadership,
    pub cost: Cost,
    pub joining: Joining,
    pub status: GroupStatus,
    /// The area it meets in (the exact venue may be for members only).
    pub area: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<UsualSchedule>,
    /// Kilometres from `near`, present whenever `near` was given: a number for groups that
    /// meet near the place, `null` for groups listed because they meet online.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<Option<f64>>,
    /// Listed because it can be joined online.
    pub online: bool,
    /// When the next meeting starts (RFC 3339, UTC), if one is planned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_meeting: Option<String>,
    /// The zone the next meeting is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_meeting_timezone: Option<String>,
}

impl GroupItem {
    fn new(hit: &Hit, near: bool) -> Self {
        let d: &GroupDoc = &hit.doc;
        Self {
            id: d.id,
            slug: d.slug.clone(),
            name: d.name.clone(),
            summary: d.summary.clone(),
            url: format!("/groups/{}", d.slug),
            organisation: OrganisationRef {
                id: d.organisation_id,
                name: d.organisation.clone(),
                verified: d.organisation_verified,
            },
            category: d.category,
            conditions: d.conditions.clone(),
            attendance: d.attendance,
            languages: d.languages.clone(),
            accessibility: d.accessibility.clone(),
            audience: d.audience.clone(),
            leadership: d.leadership,
            cost: d.cost,
            joining: d.joining,
            status: d.status,
            area: d.area.clone(),
            schedule: d.schedule.clone(),
            distance_km: near.then_some(hit.distance_km),
            online: hit.online,
            next_meeting: None,
            next_meeting_timezone: None,
        }
    }
}

/// The place a search was made near.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PlaceRef {
    pub label: String,
    pub lat: f64,
    pub lon: f64,
    pub radius_km: f64,
}

/// One page of search results.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupList {
    pub items: Vec<GroupItem>,
    /// All matches: near ones first, then online ones.
    pub total: usize,
    /// Of `total`, how many meet near the place (when `near` was given).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near_total: Option<usize>,
    pub page: u32,
    pub per_page: u32,
    pub total_pages: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near: Option<PlaceRef>,
}

/// Runs a search for the API and the page alike.
pub fn run_search(state: &AppState, query: &GroupsQuery) -> Result<GroupList, AppError> {
    let (request, place, page) = query.check(&state.places)?;
    let results = state.directory.search(&request).map_err(AppError::Internal)?;
    let near = place.is_some();
    let per_page = page.per_page() as usize;
    Ok(GroupList {
        items: results.hits.iter().map(|h| GroupItem::new(h, near)).collect(),
        total: results.total,
        near_total: near.then_some(results.near_total),
        page: page.page(),
        per_page: page.per_page(),
        total_pages: results.total.div_ceil(per_page).max(1),
        near: place.map(|p| PlaceRef {
            label: p.label,
            lat: p.point.lat,
            lon: p.point.lon,
            radius_km: request.near.map_or(0.0, |n| n.1),
        }),
    })
}

/// Searches the directory.
#[utoipa::path(get, path = "/api/v1/groups", tag = "groups",
    params(GroupsQuery),
    responses(
        (status = 200, description = "One page of matching groups", body = GroupList),
        (status = 400, description = "A parameter is not valid, or the place is unknown", body = ErrorBody),
    ))]
pub async fn list_groups(
    State(state): State<AppState>,
    Query(query): Query<GroupsQuery>,
) -> Result<Json<GroupList>, AppError> {
    let mut list = run_search(&state, &query)?;
    add_next_meetings(&state, &mut list.items).await?;
    Ok(Json(list))
}

/// Fills in each group's next meeting.
pub async fn add_next_meetings(state: &AppState, items: &mut [GroupItem]) -> Result<(), AppError> {
    let ids: Vec<_> = items.iter().map(|i| i.id).collect();
    let next = crate::meetings::next_meetings(state, &ids).await?;
    for item in items {
        if let Some((at, zone)) = next.get(&item.id) {
            item.next_meeting = Some(at.to_string());
            item.next_meeting_timezone = zone.iana_name().map(str::to_owned);
        }
    }
    Ok(())
}

/// A group as the API shows it to anyone.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GroupView {
    #[serde(flatten)]
    pub item: GroupItem,
    /// Sanitised HTML rendered from the organiser's Markdown.
    pub description_html: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    pub first_meeting: String,
    /// The venue, when the group shows it publicly or the reader is a member.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<kindred_core::groups::Venue>,
}

/// One group.
#[utoipa::path(get, path = "/api/v1/groups/{slug}", tag = "groups",
    params(("slug" = String, Path, description = "The group's slug")),
    responses(
        (status = 200, description = "The group", body = GroupView),
        (status = 404, description = "No such group", body = ErrorBody),
    ))]
pub async fn get_group(
    State(state): State<AppState>,
    actor: axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Json<GroupView>, AppError> {
    let group = load_group(&state, &slug).await?;
    let doc = state.directory.get(group.id).ok_or(AppError::NotFound)?;
    let standing = Standing::of(&state, &actor, &group).await?;
    let d = &group.details;
    let show_venue = d.venue_visibility == kindred_core::groups::VenueVisibility::Public
        || standing.is_member()
        || standing.runs_group(&actor);
    Ok(Json(GroupView {
        item: GroupItem::new(
            &Hit {
                doc,
                distance_km: None,
                online: false,
            },
            false,
        ),
        description_html: markdown_to_html(&d.description),
        age_min: d.age_min,
        age_max: d.age_max,
        format_name: d.format_name.clone(),
        cost_note: d.cost_note.clone(),
        capacity: d.capacity,
        first_meeting: d.first_meeting.clone(),
        venue: d.venue.clone().filter(|_| show_venue),
    }))
}

/// Lists a new group (organisers of its organisation, administrators).
#[utoipa::path(post, path = "/api/v1/groups", tag = "groups",
    request_body = GroupInput,
    responses(
        (status = 201, description = "Created", body = GroupView),
        (status = 400, description = "Invalid input: `error.field` names the field", body = ErrorBody),
        (status = 403, description = "Not an organiser of that organisation", body = ErrorBody),
        (status = 409, description = "The slug is taken", body = ErrorBody),
    ))]
pub async fn create_group(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Json(input): Json<GroupInput>,
) -> Result<(StatusCode, Json<serde_json::Value>), AppError> {
    let (organisation, details) = check_input(&state, &input).await?;
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    if !(actor.is_admin() || state.store.is_organiser(organisation, user.id).await?) {
        return Err(AppError::Forbidden);
    }
    if state.store.get_group_by_slug(details.slug.as_str()).await.is_ok() {
        return Err(AppError::Conflict);
    }
    let (group, _) = state.store.upsert_group(organisation, &details).await?;
    state
        .store
        .set_group_role(group.id, user.id, kindred_core::groups::GroupRole::Organiser)
        .await?;
    group_changed(&state, group.id).await?;
    Ok((
        StatusCode::CREATED,
        Json(
            serde_json::json!({ "id": group.id, "slug": group.details.slug.as_str(), "url": format!("/groups/{}", group.details.slug.as_str()) }),
        ),
    ))
}

/// Updates a group (its organisers, organisers of its organisation, administrators).
#[utoipa::path(put, path = "/api/v1/groups/{slug}", tag = "groups",
    params(("slug" = String, Path, description = "The group's slug")),
    request_body = GroupInput,
    responses(
        (status = 200, description = "Updated"),
        (status = 400, description = "Invalid input", body = ErrorBody),
        (status = 404, description = "No such group, or not yours to edit", body = ErrorBody),
    ))]
pub async fn update_group(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Json(mut input): Json<GroupInput>,
) -> Result<Json<serde_json::Value>, AppError> {
    let group = load_group(&state, &slug).await?;
    let standing = Standing::of(&state, &actor, &group).await?;
    if !standing.manages_group(&actor) {
        // Whether the group exists is public, but what its managers can do is theirs.
        return Err(AppError::Forbidden);
    }
    input.slug = Some(slug);
    if input.organisation_id.is_none() && input.organisation.is_none() {
        input.organisation_id = Some(group.organisation_id);
    }
    let (organisation, details) = check_input(&state, &input).await?;
    if organisation != group.organisation_id && !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let (group, _) = state.store.upsert_group(organisation, &details).await?;
    group_changed(&state, group.id).await?;
    Ok(Json(
        serde_json::json!({ "id": group.id, "slug": group.details.slug.as_str() }),
    ))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct OrganiserRequest {
    pub email: String,
}

/// Makes an account an organiser of an organisation (administrators).
#[utoipa::path(post, path = "/api/v1/organisations/{id}/organisers", tag = "organisations",
    params(("id" = String, Path, format = Uuid)),
    request_body = OrganiserRequest,
    responses((status = 204, description = "Done"), (status = 404, description = "No such organisation or account", body = ErrorBody)))]
pub async fn add_organiser(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Json(body): Json<OrganiserRequest>,
) -> Result<StatusCode, AppError> {
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    state.store.get_organisation(id).await?;
    let email = Email::parse(&body.email)?;
    let user = state
        .store
        .find_user_by_email(&email)
        .await?
        .ok_or(AppError::NotFound)?;
    state.store.add_organiser(id, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Renders an organiser's Markdown to HTML that is safe to show: no scripts, no event
/// handlers, no `javascript:` links, and links that do not pass on who the reader is.
pub fn markdown_to_html(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("nofollow noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_sanitised() {
        let html = markdown_to_html(
            "**Hi** <script>alert(1)</script> [x](javascript:alert(1)) <a href=\"https://e.example\" onclick=\"x()\">e</a>",
        );
        assert!(html.contains("<strong>Hi</strong>"));
        assert!(
            !html.contains("<script") && !html.contains("javascript:") && !html.contains("onclick"),
            "{html}"
        );
        assert!(html.contains("rel=\"nofollow noopener noreferrer\""), "{html}");
    }

    #[test]
    fn days_by_number_or_name() {
        assert_eq!(parse_day("2"), Some(2));
        assert_eq!(parse_day("Tuesday"), Some(2));
        assert_eq!(parse_day("7"), None);
        assert_eq!(parse_day("someday"), None);
    }
}
