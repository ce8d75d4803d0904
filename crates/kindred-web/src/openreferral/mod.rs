//! The directory as an Open Referral UK API (HSDS 3.0, UK profile) under `/openreferral/`,
//! so local directories, social prescribing tools and the NHS can read Kindred's groups
//! instead of asking charities to list them again. Open to anyone, no key, and callable
//! from other sites' pages (`Access-Control-Allow-Origin: *`).
//!
//! A group is a `service`; its venue and its online room are `location`s (physical and
//! virtual) joined to it by `service_at_location`s; its usual schedule, languages,
//! accessibility, cost and a contact ride along. Kindred's categories and conditions are two
//! taxonomies. Members' personal data is never part of it: the contact is the group's page.
//! Empty optional fields are left out, never `null`. Decisions: `docs/open-data.md`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::middleware::map_response;
use axum::response::Response;
use axum::routing::{MethodRouter, get};
use kindred_core::ValidationError;
use kindred_core::groups::{Attendance, Cost, Group, GroupStatus, VenueVisibility};
use kindred_core::i18n::Locale;
use kindred_core::ids::{GroupId, OrganisationId};
use kindred_core::organisations::{Organisation, OrganisationKind};
use kindred_core::recurrence::{Frequency, Rule, weekday_code};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::listing::{self, Filter, Listed, Part, Taxonomy, Term};
use crate::routes::{Access, Route};

/// What `GET /openreferral/` says this API is.
pub const VERSION: &str = "HSDS-UK-3.0";
pub const PROFILE_URL: &str = "https://openreferraluk.org/";
pub const OPENAPI_URL: &str = "https://raw.githubusercontent.com/openreferral/uk-profile/main/openapi.json";
pub const DEFAULT_PER_PAGE: usize = 50;
pub const MAX_PER_PAGE: usize = 500;

fn open(handler: MethodRouter<AppState>) -> MethodRouter<AppState> {
    handler.layer(map_response(allow_any_origin))
}

async fn allow_any_origin(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/openreferral", Access::Public, open(get(about))),
        Route::get("/openreferral/", Access::Public, open(get(about))),
        Route::get("/openreferral/services", Access::Public, open(get(list_services))),
        Route::get(
            "/openreferral/services/{id}",
            Access::Public,
            open(get(one_service)),
        ),
        Route::get(
            "/openreferral/service_at_locations",
            Access::Public,
            open(get(list_service_at_locations)),
        ),
        Route::get(
            "/openreferral/service_at_locations/{id}",
            Access::Public,
            open(get(one_service_at_location)),
        ),
        Route::get(
            "/openreferral/taxonomies",
            Access::Public,
            open(get(list_taxonomies)),
        ),
        Route::get(
            "/openreferral/taxonomies/{id}",
            Access::Public,
            open(get(one_taxonomy)),
        ),
        Route::get(
            "/openreferral/taxonomy_terms",
            Access::Public,
            open(get(list_terms)),
        ),
        Route::get(
            "/openreferral/taxonomy_terms/{id}",
            Access::Public,
            open(get(one_term)),
        ),
        Route::get(
            "/openreferral/organizations",
            Access::Public,
            open(get(list_organisations)),
        ),
        Route::get(
            "/openreferral/organizations/{id}",
            Access::Public,
            open(get(one_organisation)),
        ),
    ]
}

// ---- building the JSON

/// Drops `null`s, empty strings and empty lists, at every depth: the profile wants empty
/// optional fields left out.
fn prune(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, prune(v)))
                .filter(|(_, v)| match v {
                    Value::Null => false,
                    Value::String(s) => !s.is_empty(),
                    Value::Array(a) => !a.is_empty(),
                    _ => true,
                })
                .collect::<Map<String, Value>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(prune).collect()),
        other => other,
    }
}

fn english(state: &AppState) -> Tr {
    Tr::new(state.i18n.clone(), Locale::En)
}

fn status(s: GroupStatus) -> &'static str {
    match s {
        GroupStatus::Active => "active",
        GroupStatus::Paused => "temporarily closed",
        GroupStatus::Closed => "defunct",
    }
}

fn kind_description(kind: OrganisationKind) -> &'static str {
    match kind {
        OrganisationKind::Charity => "A charity that runs or lists peer support groups on Kindred.",
        OrganisationKind::Nhs => "An NHS organisation that runs or lists peer support groups on Kindred.",
        OrganisationKind::Community => "A community group that runs peer support groups on Kindred.",
        OrganisationKind::Independent => "Independent organisers of peer support groups on Kindred.",
    }
}

fn organisation(state: &AppState, o: &Organisation) -> Value {
    json!({
        "id": o.id.0,
        "name": o.name,
        "description": kind_description(o.kind),
        "website": o.website,
        "uri": format!("{}/openreferral/organizations/{}", state.settings.public_url, o.id.0),
    })
}

fn term(tr: &Tr, t: Term) -> Value {
    let name = tr.t(&t.label_id());
    json!({
        "id": t.id(),
        "name": name,
        "description": match t {
            Term::Category(_) => format!("Peer support groups in the category “{name}”."),
            Term::Condition(_) => format!("Peer support groups for people affected by {name}."),
        },
        "taxonomy": t.taxonomy().code(),
        "taxonomy_id": t.taxonomy().id(),
        "term": t.code(),
        "code": t.code(),
    })
}

fn taxonomy(state: &AppState, t: Taxonomy, with_terms: bool) -> Value {
    let tr = english(state);
    let terms: Vec<Value> = if with_terms {
        Term::all()
            .into_iter()
            .filter(|x| x.taxonomy() == t)
            .map(|x| term(&tr, x))
            .collect()
    } else {
        Vec::new()
    };
    json!({
        "id": t.id(),
        "name": t.name(),
        "description": t.description(),
        "uri": format!("{}/openreferral/taxonomies/{}", state.settings.public_url, t.id()),
        "version": "1",
        "taxonomy_terms": terms,
    })
}

/// The one-to-one fields of a service (what list endpoints carry), with its organisation.
fn service_summary(state: &AppState, l: &Listed) -> Value {
    let g = &l.group;
    let d = &g.details;
    let description = if d.description.trim().is_empty() {
        d.summary.clone()
    } else {
        format!("{}\n\n{}", d.summary, d.description)
    };
    json!({
        "id": g.id.0,
        "organization_id": g.organisation_id.0,
        "name": d.name,
        "description": description,
        "url": format!("{}/groups/{}", state.settings.public_url, d.slug.as_str()),
        "status": status(d.status),
        "minimum_age": d.age_min,
        "maximum_age": d.age_max,
        "alert": (d.status == GroupStatus::Paused).then_some("This group is not meeting for now."),
        "last_modified": listing::rfc3339(g.updated_at),
        "organization": organisation(state, &l.organisation),
    })
}

fn address(g: &Group) -> Option<Value> {
    let d = &g.details;
    let venue = d.venue.as_ref()?;
    let postcode = venue.postcode.as_deref()?;
    if d.venue_visibility != VenueVisibility::Public {
        return None;
    }
    Some(json!({
        "id": Part::Venue.id(g.id),
        "location_id": Part::Venue.id(g.id),
        "address_1": venue.address,
        "city": d.area,
        // The profile requires it; Kindred records no counties, so the nation stands in.
        "state_province": nation(postcode),
        "postal_code": postcode,
        "country": "GB",
        "address_type": "physical",
    }))
}

/// The UK nation a postcode is in, by its area letters (border areas go to the nation most
/// of the area is in).
pub fn nation(postcode: &str) -> &'static str {
    let area: String = postcode
        .trim()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_uppercase();
    match area.as_str() {
        "CF" | "SA" | "LL" | "NP" | "LD" => "Wales",
        "BT" => "Northern Ireland",
        "AB" | "DD" | "DG" | "EH" | "FK" | "G" | "HS" | "IV" | "KA" | "KW" | "KY" | "ML" | "PA" | "PH"
        | "TD" | "ZE" => "Scotland",
        _ => "England",
    }
}

fn accessibility(tr: &Tr, g: &Group, location: Uuid) -> Vec<Value> {
    g.details
        .accessibility
        .iter()
        .map(|a| {
            json!({
                "id": listing::named_id(&format!("accessibility:{location}:{}", a.as_str())),
                "location_id": location,
                "description": tr.t(&format!("access-{}", a.as_str())),
                "accessibility": a.as_str(),
            })
        })
        .collect()
}

fn location(tr: &Tr, g: &Group, place: Part) -> Value {
    let d = &g.details;
    match place {
        Part::AtOnline => {
            let id = Part::Online.id(g.id);
            json!({
                "id": id,
                "location_type": "virtual",
                "name": format!("{} (online)", d.name),
                "description": "Meets online. Members get the link to join shortly before each meeting.",
                // Online groups carry their access features (captions, BSL) here.
                "accessibility": if d.attendance == Attendance::Online { accessibility(tr, g, id) } else { Vec::new() },
            })
        }
        _ => {
            let id = Part::Venue.id(g.id);
            let (lat, lon) = listing::public_point(g).unzip();
            let public = d.venue_visibility == VenueVisibility::Public;
            let venue = d.venue.as_ref();
            json!({
                "id": id,
                "location_type": "physical",
                "name": if public { venue.map(|v| v.name.clone()).unwrap_or_else(|| d.area.clone()) } else { d.area.clone() },
                "description": if public { None } else { Some("The exact venue is shared with members when they join; the position shown is approximate.") },
                "latitude": lat,
                "longitude": lon,
                "addresses": address(g).into_iter().collect::<Vec<_>>(),
                "accessibility": accessibility(tr, g, id),
            })
        }
    }
}

fn service_at_location(tr: &Tr, g: &Group, place: Part) -> Value {
    let location_part = if place == Part::AtOnline {
        Part::Online
    } else {
        Part::Venue
    };
    json!({
        "id": place.id(g.id),
        "service_id": g.id.0,
        "location_id": location_part.id(g.id),
        "location": location(tr, g, place),
    })
}

/// The usual schedule in iCalendar terms; rules the profile cannot say (daily, yearly) keep
/// only their description.
fn schedule(tr: &Tr, g: &Group) -> Option<Value> {
    let d = &g.details;
    let s = d.schedule.as_ref()?;
    let start = s.start_minutes()?;
    let end = (u32::from(start) + s.duration_minutes) % (24 * 60);
    let mut out = json!({
        "id": Part::Schedule.id(g.id),
        "service_id": g.id.0,
        "opens_at": format!("{:02}:{:02}", start / 60, start % 60),
        "closes_at": format!("{:02}:{:02}", end / 60, end % 60),
        "timezone": kindred_core::recurrence::DEFAULT_TIME_ZONE,
        "description": crate::directory::pages::describe_schedule(tr, s),
        "attending_type": d.attendance.as_str(),
        "notes": "Times are UK local time (Europe/London). The group page lists each meeting.",
    });
    if let Ok((rule, _)) = Rule::parse(&s.rrule) {
        let byday: Vec<String> = rule
            .weekdays
            .iter()
            .map(|w| weekday_code(*w).to_owned())
            .chain(
                rule.nth_weekdays
                    .iter()
                    .map(|(n, w)| format!("{n}{}", weekday_code(*w))),
            )
            .collect();
        let bymonthday: Vec<String> = rule.month_days.iter().map(ToString::to_string).collect();
        out["freq"] = json!(match rule.frequency {
            Frequency::Weekly => "WEEKLY",
            Frequency::Monthly => "MONTHLY",
        });
        out["interval"] = json!(rule.interval);
        out["byday"] = json!(byday.join(","));
        out["bymonthday"] = json!(bymonthday.join(","));
    }
    Some(out)
}

fn cost(tr: &Tr, g: &Group) -> Value {
    let d = &g.details;
    json!({
        "id": Part::Cost.id(g.id),
        "service_id": g.id.0,
        "option": tr.t(&format!("cost-{}", d.cost.as_str())),
        "amount": (d.cost == Cost::Free).then_some(0),
        "amount_description": d.cost_note,
    })
}

/// A whole service, with everything that hangs off it.
fn service(state: &AppState, l: &Listed) -> Value {
    let tr = english(state);
    let g = &l.group;
    let d = &g.details;
    let mut out = service_summary(state, l);
    let languages: Vec<Value> = d
        .languages
        .iter()
        .map(|lang| {
            json!({
                "id": listing::named_id(&format!("language:{}:{}", g.id, lang.as_str())),
                "service_id": g.id.0,
                "name": tr.t(&format!("lang-{}", lang.as_str())),
                "code": lang.as_str(),
            })
        })
        .collect();
    let attributes: Vec<Value> = Term::of(g)
        .into_iter()
        .map(|t| {
            json!({
                "id": listing::named_id(&format!("attribute:{}:{}", g.id, t.id())),
                "link_id": g.id.0,
                "link_type": "service",
                "taxonomy_term_id": t.id(),
                "taxonomy_term": term(&tr, t),
            })
        })
        .collect();
    let areas: Vec<Value> = if d.area.trim().is_empty() {
        Vec::new()
    } else {
        vec![json!({"id": Part::Area.id(g.id), "service_id": g.id.0, "name": d.area})]
    };
    let fields = [
        (
            "schedules",
            json!(schedule(&tr, g).into_iter().collect::<Vec<_>>()),
        ),
        ("service_areas", json!(areas)),
        (
            "service_at_locations",
            json!(
                listing::places(g)
                    .into_iter()
                    .map(|p| service_at_location(&tr, g, p))
                    .collect::<Vec<_>>()
            ),
        ),
        ("languages", json!(languages)),
        ("cost_options", json!([cost(&tr, g)])),
        (
            "contacts",
            json!([{
                "id": Part::Contact.id(g.id),
                "service_id": g.id.0,
                "name": "The group's organisers",
                "title": format!("Ask through the group's page: {}/groups/{}", state.settings.public_url, d.slug.as_str()),
            }]),
        ),
        ("attributes", json!(attributes)),
    ];
    for (k, v) in fields {
        out[k] = v;
    }
    prune(out)
}

// ---- paging and filters

/// The query parameters of the list endpoints. Numbers arrive as text so that a bad one
/// gets a clear 400 naming it.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    pub search: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
    pub taxonomy_term_id: Option<String>,
    pub taxonomy_id: Option<String>,
    pub organization_id: Option<String>,
    pub modified_after: Option<String>,
    pub postcode: Option<String>,
    pub proximity: Option<String>,
    pub minimum_age: Option<String>,
    pub maximum_age: Option<String>,
    pub day: Option<String>,
    pub start_time: Option<String>,
    pub end_time: Option<String>,
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn uuid_param(field: &'static str, v: &Option<String>) -> Result<Option<Uuid>, ValidationError> {
    given(v)
        .map(|v| {
            v.parse()
                .map_err(|_| ValidationError::new(field, format!("{v:?} is not a UUID")))
        })
        .transpose()
}

fn number(
    field: &'static str,
    v: &Option<String>,
    min: usize,
    max: usize,
) -> Result<Option<usize>, ValidationError> {
    given(v)
        .map(|v| match v.parse::<usize>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ValidationError::new(
                field,
                format!("must be a whole number from {min} to {max}"),
            )),
        })
        .transpose()
}

struct Paging {
    page: usize,
    per_page: usize,
}

impl Paging {
    fn of(q: &ListQuery) -> Result<Self, ValidationError> {
        Ok(Self {
            page: number("page", &q.page, 1, 1_000_000)?.unwrap_or(1),
            per_page: number("per_page", &q.per_page, 1, MAX_PER_PAGE)?.unwrap_or(DEFAULT_PER_PAGE),
        })
    }

    fn offset(&self) -> usize {
        (self.page - 1).saturating_mul(self.per_page)
    }

    fn page(&self, contents: Vec<Value>, total: usize) -> Json<Value> {
        let total_pages = total.div_ceil(self.per_page);
        Json(json!({
            "total_items": total,
            "total_pages": total_pages,
            "page_number": self.page,
            "size": contents.len(),
            "first_page": self.page == 1,
            "last_page": self.page >= total_pages,
            "empty": contents.is_empty(),
            "contents": contents,
        }))
    }

    /// A page of a list already in memory.
    fn slice<T>(&self, items: Vec<T>) -> (Vec<T>, usize) {
        let total = items.len();
        (
            items
                .into_iter()
                .skip(self.offset())
                .take(self.per_page)
                .collect(),
            total,
        )
    }
}

/// The filter the query asks for; `None` when it names a term or taxonomy that matches
/// nothing (an empty page, not an error: the identifiers are well-formed).
fn filter(state: &AppState, q: &ListQuery) -> Result<Option<Filter>, AppError> {
    let mut f = Filter {
        text: given(&q.search).unwrap_or_default().chars().take(200).collect(),
        organisation: uuid_param("organization_id", &q.organization_id)?.map(OrganisationId),
        modified_after: given(&q.modified_after)
            .map(|v| listing::parse_time("modified_after", v))
            .transpose()?,
        ..Filter::default()
    };
    if let Some(id) = uuid_param("taxonomy_term_id", &q.taxonomy_term_id)? {
        match Term::by_id(id) {
            Some(t) => f.term = Some(t),
            None => return Ok(None),
        }
    }
    if let Some(id) = uuid_param("taxonomy_id", &q.taxonomy_id)? {
        match Taxonomy::by_id(id) {
            Some(Taxonomy::Categories) => {}
            Some(Taxonomy::Conditions) => f.any_condition = true,
            None => return Ok(None),
        }
    }
    for (name, value) in [
        ("minimum_age", &q.minimum_age),
        ("maximum_age", &q.maximum_age),
        ("day", &q.day),
        ("start_time", &q.start_time),
        ("end_time", &q.end_time),
    ] {
        if given(value).is_some() {
            return Err(ValidationError::new(
                name,
                "is not supported by this API yet; filter the results yourself",
            )
            .into());
        }
    }
    if let Some(postcode) = given(&q.postcode) {
        let place = state.places.resolve(postcode).map_err(|_| {
            ValidationError::new("postcode", "is not a UK postcode, district or town Kindred knows")
        })?;
        // Whole kilometres from 2 up: finer radii would help triangulate a venue.
        let metres = number("proximity", &q.proximity, 2_000, 200_000)?.unwrap_or(25_000);
        f.near = Some((place.point, (metres as f64 / 1000.0).round()));
    }
    Ok(Some(f))
}

fn path_uuid(id: &str) -> Result<Uuid, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

// ---- handlers

async fn about() -> Json<Value> {
    Json(json!({
        "version": VERSION,
        "profile": PROFILE_URL,
        "openapi_url": OPENAPI_URL,
    }))
}

async fn list_services(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, AppError> {
    let paging = Paging::of(&q)?;
    let Some(f) = filter(&state, &q)? else {
        return Ok(paging.page(Vec::new(), 0));
    };
    let (found, total) = listing::groups(&state, &f, paging.offset(), paging.per_page).await?;
    let contents = found.iter().map(|l| prune(service_summary(&state, l))).collect();
    Ok(paging.page(contents, total))
}

async fn one_service(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, AppError> {
    let id = GroupId(path_uuid(&id)?);
    let listed = listing::load(&state, [id]).await?;
    Ok(Json(service(&state, &listed[0])))
}

fn sal_with_service(state: &AppState, l: &Listed, place: Part, full: bool) -> Value {
    let tr = english(state);
    let mut out = service_at_location(&tr, &l.group, place);
    out["service"] = if full {
        service(state, l)
    } else {
        service_summary(state, l)
    };
    prune(out)
}

async fn list_service_at_locations(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, AppError> {
    let paging = Paging::of(&q)?;
    let Some(f) = filter(&state, &q)? else {
        return Ok(paging.page(Vec::new(), 0));
    };
    let (found, total) = listing::group_places(&state, &f, paging.offset(), paging.per_page).await?;
    let contents = found
        .iter()
        .map(|(l, place)| sal_with_service(&state, l, *place, false))
        .collect();
    Ok(paging.page(contents, total))
}

async fn one_service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let id = path_uuid(&id)?;
    for place in [Part::AtVenue, Part::AtOnline] {
        let group = place.group_of(id);
        match listing::load(&state, [group]).await {
            Ok(mut found) => {
                let l = found.remove(0);
                if listing::places(&l.group).contains(&place) {
                    return Ok(Json(sal_with_service(&state, &l, place, true)));
                }
            }
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Err(AppError::NotFound)
}

async fn list_taxonomies(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, AppError> {
    let paging = Paging::of(&q)?;
    let all = Taxonomy::ALL
        .into_iter()
        .map(|t| prune(taxonomy(&state, t, false)))
        .collect();
    let (contents, total) = paging.slice(all);
    Ok(paging.page(contents, total))
}

async fn one_taxonomy(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let t = Taxonomy::by_id(path_uuid(&id)?).ok_or(AppError::NotFound)?;
    Ok(Json(prune(taxonomy(&state, t, true))))
}

async fn list_terms(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, AppError> {
    let paging = Paging::of(&q)?;
    let tr = english(&state);
    let wanted = uuid_param("taxonomy_id", &q.taxonomy_id)?;
    let all = Term::all()
        .into_iter()
        .filter(|t| wanted.is_none_or(|w| t.taxonomy().id() == w))
        .map(|t| prune(term(&tr, t)))
        .collect();
    let (contents, total) = paging.slice(all);
    Ok(paging.page(contents, total))
}

async fn one_term(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, AppError> {
    let t = Term::by_id(path_uuid(&id)?).ok_or(AppError::NotFound)?;
    Ok(Json(prune(term(&english(&state), t))))
}

async fn list_organisations(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, AppError> {
    let paging = Paging::of(&q)?;
    let per_page =
        u32::try_from(paging.per_page.min(kindred_core::paging::MAX_PER_PAGE as usize)).unwrap_or(20);
    let paging = Paging {
        per_page: per_page as usize,
        ..paging
    };
    let request = kindred_core::paging::PageRequest::new(u32::try_from(paging.page).ok(), Some(per_page))?;
    let list = state.store.list_organisations(request).await?;
    let contents = list
        .items
        .iter()
        .map(|o| prune(organisation(&state, o)))
        .collect();
    Ok(paging.page(contents, usize::try_from(list.total).unwrap_or(0)))
}

async fn one_organisation(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let org = state
        .store
        .get_organisation(OrganisationId(path_uuid(&id)?))
        .await?;
    let f = Filter {
        organisation: Some(org.id),
        ..Filter::default()
    };
    let (found, _) = listing::groups(&state, &f, 0, MAX_PER_PAGE).await?;
    let mut out = organisation(&state, &org);
    out["services"] = json!(
        found
            .iter()
            .map(|l| service_summary(&state, l))
            .collect::<Vec<_>>()
    );
    Ok(Json(prune(out)))
}
