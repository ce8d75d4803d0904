//! FHIR R4 under `/fhir`: the directory as `HealthcareService`, `Organization` and
//! `Location` (read and search, open like the rest of the directory), and referrals from
//! other systems as `ServiceRequest` (create and read, with an API token an administrator
//! issued to the referrer's organisation: see `referrals.rs`).
//!
//! Every answer is `application/fhir+json`; every error an `OperationOutcome`. Searches
//! answer with a `searchset` Bundle, 20 to a page (`_count` up to 100, `_page` from 1), with
//! `self`, `first`, `previous`, `next` and `last` links. Decisions: `docs/open-data.md`.

mod referrals;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use kindred_core::groups::{Group, GroupStatus, VenueVisibility};
use kindred_core::i18n::Locale;
use kindred_core::ids::{GroupId, OrganisationId};
use kindred_core::organisations::{Organisation, OrganisationKind};
use kindred_core::recurrence::{Rule, weekday_code};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::listing::{self, Filter, Listed, Part, Term};
use crate::routes::{Access, Route};

pub const FHIR_VERSION: &str = "4.0.1";
pub const CONTENT_TYPE: &str = "application/fhir+json";
/// Kindred's own code systems (URNs: they name Kindred's codes wherever it is installed).
pub const CATEGORY_SYSTEM: &str = "urn:kindred:group-category";
pub const CONDITION_SYSTEM: &str = "urn:kindred:condition";
const DEFAULT_COUNT: usize = 20;
const MAX_COUNT: usize = 100;

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/fhir/metadata", Access::Public, get(metadata)),
        Route::get("/fhir/HealthcareService", Access::Public, get(search_services)),
        Route::get("/fhir/HealthcareService/{id}", Access::Public, get(read_service)),
        Route::get("/fhir/Organization", Access::Public, get(search_organisations)),
        Route::get("/fhir/Organization/{id}", Access::Public, get(read_organisation)),
        Route::get("/fhir/Location", Access::Public, get(search_locations)),
        Route::get("/fhir/Location/{id}", Access::Public, get(read_location)),
        // Open at the door; the handlers demand a referrer's API token.
        Route::post("/fhir/ServiceRequest", Access::Public, post(referrals::create)),
        Route::get("/fhir/ServiceRequest/{id}", Access::Public, get(referrals::read)),
    ]
}

// ---- answers

/// A FHIR answer: a resource with a status.
#[derive(Debug)]
pub struct Fhir(pub StatusCode, pub Value);

impl IntoResponse for Fhir {
    fn into_response(self) -> Response {
        let mut response = (self.0, self.1.to_string()).into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
        response
    }
}

/// An error, as an `OperationOutcome`.
#[derive(Debug)]
pub struct Outcome {
    pub status: StatusCode,
    /// FHIR's issue type: `not-found`, `invalid`, `required`, `value`, `security`,
    /// `forbidden`, `not-supported`, `exception`, `throttled`.
    pub code: &'static str,
    pub message: String,
}

impl Outcome {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid", message)
    }

    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", "No such resource.")
    }
}

impl IntoResponse for Outcome {
    fn into_response(self) -> Response {
        Fhir(
            self.status,
            json!({
                "resourceType": "OperationOutcome",
                "issue": [{
                    "severity": "error",
                    "code": self.code,
                    "diagnostics": self.message,
                }],
            }),
        )
        .into_response()
    }
}

impl From<AppError> for Outcome {
    fn from(err: AppError) -> Self {
        match err {
            AppError::NotFound => Self::not_found(),
            AppError::Invalid(e) => Self::invalid(format!("{}: {}", e.field, e.message)),
            AppError::BadRequest(m) => Self::invalid(m),
            AppError::Unauthorized => {
                Self::new(StatusCode::UNAUTHORIZED, "security", "An API token is needed.")
            }
            AppError::Forbidden => {
                Self::new(StatusCode::FORBIDDEN, "forbidden", "This token may not do that.")
            }
            AppError::TooManyRequests(_) => Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "throttled",
                "Too many requests; try again shortly.",
            ),
            AppError::Unavailable => {
                Self::new(StatusCode::SERVICE_UNAVAILABLE, "transient", "Try again shortly.")
            }
            other => {
                let response = other.into_response();
                Self::new(
                    response.status(),
                    "exception",
                    "Something went wrong on our side.",
                )
            }
        }
    }
}

impl From<kindred_store::StoreError> for Outcome {
    fn from(err: kindred_store::StoreError) -> Self {
        AppError::from(err).into()
    }
}

type Answer = Result<Fhir, Outcome>;

fn base(state: &AppState) -> String {
    format!("{}/fhir", state.settings.public_url)
}

fn english(state: &AppState) -> Tr {
    Tr::new(state.i18n.clone(), Locale::En)
}

fn instant(seconds: i64) -> String {
    listing::rfc3339(seconds)
}

// ---- resources

fn organisation(o: &Organisation) -> Value {
    let (code, display) = match o.kind {
        OrganisationKind::Nhs => ("prov", "Healthcare Provider"),
        OrganisationKind::Charity | OrganisationKind::Community => ("cg", "Community Group"),
        OrganisationKind::Independent => ("other", "Other"),
    };
    let mut out = json!({
        "resourceType": "Organization",
        "id": o.id.0,
        "meta": {"lastUpdated": instant(o.updated_at)},
        "active": true,
        "type": [{"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/organization-type",
            "code": code,
            "display": display,
        }]}],
        "name": o.name,
    });
    if let Some(website) = &o.website {
        out["telecom"] = json!([{"system": "url", "value": website}]);
    }
    out
}

fn location(g: &Group, place: Part) -> Value {
    let d = &g.details;
    let active = if d.status == GroupStatus::Closed {
        "inactive"
    } else {
        "active"
    };
    let managing = json!({"reference": format!("Organization/{}", g.organisation_id.0)});
    if place == Part::AtOnline {
        return json!({
            "resourceType": "Location",
            "id": Part::Online.id(g.id),
            "meta": {"lastUpdated": instant(g.updated_at)},
            "status": active,
            "name": format!("{} (online)", d.name),
            "description": "Meets online. Members get the link to join shortly before each meeting.",
            "mode": "instance",
            "physicalType": {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/location-physical-type",
                "code": "vi",
                "display": "Virtual",
            }]},
            "managingOrganization": managing,
        });
    }
    let public = d.venue_visibility == VenueVisibility::Public;
    let mut out = json!({
        "resourceType": "Location",
        "id": Part::Venue.id(g.id),
        "meta": {"lastUpdated": instant(g.updated_at)},
        "status": active,
        "name": match (&d.venue, public) {
            (Some(v), true) => v.name.clone(),
            _ => d.area.clone(),
        },
        "mode": "instance",
        "physicalType": {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/location-physical-type",
            "code": "bu",
            "display": "Building",
        }]},
        "managingOrganization": managing,
    });
    if !public {
        out["description"] =
            json!("The exact venue is shared with members when they join; the position is approximate.");
    }
    match (&d.venue, public) {
        (Some(v), true) => {
            let mut address =
                json!({"use": "work", "type": "physical", "line": [v.address], "country": "GB"});
            if !d.area.is_empty() {
                address["city"] = json!(d.area);
            }
            if let Some(p) = &v.postcode {
                address["postalCode"] = json!(p);
            }
            out["address"] = address;
        }
        _ if !d.area.is_empty() => out["address"] = json!({"city": d.area, "country": "GB"}),
        _ => {}
    }
    if let Some((lat, lon)) = listing::public_point(g) {
        out["position"] = json!({"latitude": lat, "longitude": lon});
    }
    out
}

fn coding(tr: &Tr, t: Term) -> Value {
    json!({
        "system": match t {
            Term::Category(_) => CATEGORY_SYSTEM,
            Term::Condition(_) => CONDITION_SYSTEM,
        },
        "code": t.code(),
        "display": tr.t(&t.label_id()),
    })
}

/// Weekly times, when the rule is a plain weekly one; otherwise nothing (FHIR's
/// `availableTime` can only say "these days every week"), and the description says it.
fn available_time(g: &Group) -> Option<Value> {
    let s = g.details.schedule.as_ref()?;
    let (rule, _) = Rule::parse(&s.rrule).ok()?;
    if !rule.is_plain_weekly() || rule.weekdays.is_empty() {
        return None;
    }
    let start = u32::from(s.start_minutes()?);
    let end = (start + s.duration_minutes).min(24 * 60 - 1);
    let days: Vec<String> = rule
        .weekdays
        .iter()
        .map(|w| weekday_code(*w).to_ascii_lowercase())
        .map(|code| match code.as_str() {
            "mo" => "mon",
            "tu" => "tue",
            "we" => "wed",
            "th" => "thu",
            "fr" => "fri",
            "sa" => "sat",
            _ => "sun",
        })
        .map(str::to_owned)
        .collect();
    Some(json!([{
        "daysOfWeek": days,
        "availableStartTime": format!("{:02}:{:02}:00", start / 60, start % 60),
        "availableEndTime": format!("{:02}:{:02}:00", end / 60, end % 60),
    }]))
}

fn healthcare_service(state: &AppState, l: &Listed) -> Value {
    let tr = english(state);
    let g = &l.group;
    let d = &g.details;
    let page = format!("{}/groups/{}", state.settings.public_url, d.slug.as_str());
    let terms = Term::of(g);
    let mut out = json!({
        "resourceType": "HealthcareService",
        "id": g.id.0,
        "meta": {"lastUpdated": instant(g.updated_at)},
        "identifier": [{"system": format!("{}/groups", state.settings.public_url), "value": d.slug.as_str()}],
        "active": d.status != GroupStatus::Closed,
        "providedBy": {
            "reference": format!("Organization/{}", l.organisation.id.0),
            "display": l.organisation.name,
        },
        "category": terms.iter().filter(|t| matches!(t, Term::Category(_)))
            .map(|t| json!({"coding": [coding(&tr, *t)]})).collect::<Vec<_>>(),
        "type": [{"text": "Peer support group"}],
        "location": listing::places(g).into_iter().map(|p| {
            let id = if p == Part::AtOnline { Part::Online.id(g.id) } else { Part::Venue.id(g.id) };
            json!({"reference": format!("Location/{id}")})
        }).collect::<Vec<_>>(),
        "name": d.name,
        "comment": d.summary,
        "telecom": [{"system": "url", "value": page}],
        "appointmentRequired": false,
    });
    let conditions: Vec<Value> = terms
        .iter()
        .filter(|t| matches!(t, Term::Condition(_)))
        .map(|t| json!({"coding": [coding(&tr, *t)]}))
        .collect();
    if !conditions.is_empty() {
        out["characteristic"] = json!(conditions);
    }
    if !d.description.trim().is_empty() {
        out["extraDetails"] = json!(d.description);
    }
    if !d.languages.is_empty() {
        out["communication"] = json!(
            d.languages
                .iter()
                .map(|lang| json!({
                    "coding": [{"system": "urn:ietf:bcp:47", "code": lang.as_str(),
                        "display": tr.t(&format!("lang-{}", lang.as_str()))}],
                    "text": tr.t(&format!("lang-{}", lang.as_str())),
                }))
                .collect::<Vec<_>>()
        );
    }
    if let Some(s) = &d.schedule {
        let said = crate::directory::pages::describe_schedule(&tr, s);
        match available_time(g) {
            Some(times) => out["availableTime"] = times,
            // Fortnightly, monthly and other rules: described in words, and the rule itself
            // in an extension, never squeezed into weekly times.
            None => {
                out["availabilityExceptions"] = json!(format!(
                    "{said} (UK time). This is not a weekly meeting; the group page lists each date."
                ));
            }
        }
        out["extension"] = json!([{
            "url": format!("{}/StructureDefinition/recurrence-rule", base(state)),
            "valueString": s.rrule,
        }]);
    }
    if d.status == GroupStatus::Paused {
        out["notAvailable"] = json!([{"description": "This group is not meeting for now."}]);
    }
    out
}

// ---- search

/// Reads a search's query string: FHIR repeats and decorates parameters, so it is read by
/// hand rather than into a struct.
fn params(raw: Option<&str>) -> Vec<(String, String)> {
    raw.map(|q| {
        form_urlencoded::parse(q.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    })
    .unwrap_or_default()
}

struct Search {
    page: usize,
    count: usize,
    /// The parameters to repeat in paging links.
    kept: Vec<(String, String)>,
}

impl Search {
    /// Checks paging parameters and that every other parameter is one the resource takes.
    fn read(params: &[(String, String)], allowed: &[&str]) -> Result<Self, Outcome> {
        let mut s = Self {
            page: 1,
            count: DEFAULT_COUNT,
            kept: Vec::new(),
        };
        for (k, v) in params {
            match k.as_str() {
                "_count" => {
                    s.count = v
                        .parse()
                        .ok()
                        .filter(|n| (1..=MAX_COUNT).contains(n))
                        .ok_or_else(|| {
                            Outcome::invalid(format!("_count must be a whole number from 1 to {MAX_COUNT}"))
                        })?;
                }
                "_page" => {
                    s.page = v
                        .parse()
                        .ok()
                        .filter(|n| *n >= 1 && *n <= 1_000_000)
                        .ok_or_else(|| Outcome::invalid("_page must be a whole number from 1"))?;
                }
                "_format" if matches!(v.as_str(), "json" | "application/json" | "application/fhir+json") => {}
                "_format" => {
                    return Err(Outcome::new(
                        StatusCode::NOT_ACCEPTABLE,
                        "not-supported",
                        "Only JSON is offered.",
                    ));
                }
                key if allowed.contains(&key) => s.kept.push((k.clone(), v.clone())),
                key => {
                    return Err(Outcome::invalid(format!(
                        "unknown search parameter {key:?}; this resource takes {}",
                        allowed.join(", ")
                    )));
                }
            }
        }
        Ok(s)
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.kept
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn offset(&self) -> usize {
        (self.page - 1).saturating_mul(self.count)
    }

    fn link(&self, url: &str, page: usize) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &self.kept {
            query.append_pair(k, v);
        }
        query.append_pair("_count", &self.count.to_string());
        query.append_pair("_page", &page.to_string());
        format!("{url}?{}", query.finish())
    }

    /// A searchset Bundle of `(fullUrl, resource)` entries.
    fn bundle(&self, state: &AppState, resource: &str, entries: Vec<Value>, total: usize) -> Fhir {
        let url = format!("{}/{resource}", base(state));
        let last = total.div_ceil(self.count).max(1);
        let mut links = vec![
            json!({"relation": "self", "url": self.link(&url, self.page)}),
            json!({"relation": "first", "url": self.link(&url, 1)}),
        ];
        if self.page > 1 {
            links.push(json!({"relation": "previous", "url": self.link(&url, (self.page - 1).min(last))}));
        }
        if self.page < last {
            links.push(json!({"relation": "next", "url": self.link(&url, self.page + 1)}));
        }
        links.push(json!({"relation": "last", "url": self.link(&url, last)}));
        let entries: Vec<Value> = entries
            .into_iter()
            .map(|r| {
                let id = r["id"].as_str().unwrap_or_default().to_owned();
                json!({
                    "fullUrl": format!("{url}/{id}"),
                    "resource": r,
                    "search": {"mode": "match"},
                })
            })
            .collect();
        let mut out = json!({
            "resourceType": "Bundle",
            "id": Uuid::new_v4(),
            "meta": {"lastUpdated": instant(jiff::Timestamp::now().as_second())},
            "type": "searchset",
            "total": total,
            "link": links,
        });
        if !entries.is_empty() {
            out["entry"] = json!(entries);
        }
        Fhir(StatusCode::OK, out)
    }
}

fn id_param(value: Option<&str>) -> Result<Option<Uuid>, Outcome> {
    value
        .map(|v| {
            v.parse::<Uuid>()
                .map_err(|_| Outcome::invalid("_id must be a resource id"))
        })
        .transpose()
}

/// `code` or `system|code` for a Kindred category.
fn category_param(value: &str) -> Result<Option<Term>, Outcome> {
    let (system, code) = match value.split_once('|') {
        Some((s, c)) => (Some(s), c),
        None => (None, value),
    };
    if system.is_some_and(|s| !s.is_empty() && s != CATEGORY_SYSTEM) {
        return Ok(None);
    }
    code.parse().map(|c| Some(Term::Category(c))).map_err(|_| {
        Outcome::invalid(format!(
            "service-category {code:?} is not a Kindred category code"
        ))
    })
}

async fn search_services(State(state): State<AppState>, uri: axum::http::Uri) -> Answer {
    let s = Search::read(
        &params(uri.query()),
        &["name", "service-category", "_id", "organization", "active"],
    )?;
    let mut filter = Filter::default();
    match s.get("active") {
        None | Some("true") => {}
        // Searches list running groups only.
        Some("false") => return Ok(s.bundle(&state, "HealthcareService", Vec::new(), 0)),
        Some(_) => return Err(Outcome::invalid("active must be true or false")),
    }
    if let Some(id) = id_param(s.get("_id"))? {
        let found = match listing::load(&state, [GroupId(id)]).await {
            Ok(found) => found,
            Err(AppError::NotFound) => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        let entries: Vec<Value> = found.iter().map(|l| healthcare_service(&state, l)).collect();
        let total = entries.len();
        let page = if s.page == 1 { entries } else { Vec::new() };
        return Ok(s.bundle(&state, "HealthcareService", page, total));
    }
    if let Some(category) = s.get("service-category") {
        match category_param(category)? {
            Some(term) => filter.term = Some(term),
            None => return Ok(s.bundle(&state, "HealthcareService", Vec::new(), 0)),
        }
    }
    if let Some(org) = s.get("organization") {
        let id = org.trim_start_matches("Organization/");
        filter.organisation =
            Some(OrganisationId(id.parse().map_err(|_| {
                Outcome::invalid("organization must be an Organization id")
            })?));
    }
    let name = s.get("name").map(str::to_lowercase);
    match name {
        // `name` is FHIR's string search: the name starts with or contains the text. The
        // index finds candidates by words; the name check keeps FHIR's meaning.
        Some(name) => {
            let all = state.directory.all();
            let mut ids: Vec<(String, GroupId)> = all
                .iter()
                .filter(|d| d.status != GroupStatus::Closed && d.name.to_lowercase().contains(&name))
                .filter(|d| filter.organisation.is_none_or(|o| d.organisation_id == o))
                .filter(|d| match filter.term {
                    Some(Term::Category(c)) => d.category == c,
                    _ => true,
                })
                .map(|d| (d.name.to_lowercase(), d.id))
                .collect();
            ids.sort();
            let total = ids.len();
            let page: Vec<GroupId> = ids
                .into_iter()
                .skip(s.offset())
                .take(s.count)
                .map(|(_, id)| id)
                .collect();
            let found = listing::load(&state, page).await?;
            let entries = found.iter().map(|l| healthcare_service(&state, l)).collect();
            Ok(s.bundle(&state, "HealthcareService", entries, total))
        }
        None => {
            let (found, total) = listing::groups(&state, &filter, s.offset(), s.count).await?;
            let entries = found.iter().map(|l| healthcare_service(&state, l)).collect();
            Ok(s.bundle(&state, "HealthcareService", entries, total))
        }
    }
}

fn path_id(id: &str) -> Result<Uuid, Outcome> {
    id.parse().map_err(|_| Outcome::not_found())
}

async fn read_service(State(state): State<AppState>, Path(id): Path<String>) -> Answer {
    let found = listing::load(&state, [GroupId(path_id(&id)?)]).await?;
    Ok(Fhir(StatusCode::OK, healthcare_service(&state, &found[0])))
}

async fn search_organisations(State(state): State<AppState>, uri: axum::http::Uri) -> Answer {
    let s = Search::read(&params(uri.query()), &["name", "_id"])?;
    if let Some(id) = id_param(s.get("_id"))? {
        let found: Vec<Value> = match state.store.get_organisation(OrganisationId(id)).await {
            Ok(o) => vec![organisation(&o)],
            Err(kindred_store::StoreError::NotFound) => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        let total = found.len();
        return Ok(s.bundle(&state, "Organization", found, total));
    }
    let name = s.get("name").map(str::to_lowercase);
    // Organisations are few (hundreds); read them all and page here.
    let mut all = Vec::new();
    let mut page = 1;
    loop {
        let request =
            kindred_core::paging::PageRequest::new(Some(page), Some(kindred_core::paging::MAX_PER_PAGE))
                .map_err(AppError::from)?;
        let list = state.store.list_organisations(request).await?;
        let done = list.items.len() < kindred_core::paging::MAX_PER_PAGE as usize;
        all.extend(list.items);
        if done {
            break;
        }
        page += 1;
    }
    let matching: Vec<Organisation> = all
        .into_iter()
        .filter(|o| name.as_ref().is_none_or(|n| o.name.to_lowercase().contains(n)))
        .collect();
    let total = matching.len();
    let entries = matching
        .iter()
        .skip(s.offset())
        .take(s.count)
        .map(organisation)
        .collect();
    Ok(s.bundle(&state, "Organization", entries, total))
}

async fn read_organisation(State(state): State<AppState>, Path(id): Path<String>) -> Answer {
    let o = state
        .store
        .get_organisation(OrganisationId(path_id(&id)?))
        .await?;
    Ok(Fhir(StatusCode::OK, organisation(&o)))
}

/// The group a Location id belongs to, and which of its places it is.
async fn find_location(state: &AppState, id: Uuid) -> Result<Option<(Listed, Part)>, Outcome> {
    for (location, place) in [(Part::Venue, Part::AtVenue), (Part::Online, Part::AtOnline)] {
        match listing::load(state, [location.group_of(id)]).await {
            Ok(mut found) => {
                let l = found.remove(0);
                if listing::places(&l.group).contains(&place) {
                    return Ok(Some((l, place)));
                }
            }
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(None)
}

async fn search_locations(State(state): State<AppState>, uri: axum::http::Uri) -> Answer {
    let s = Search::read(&params(uri.query()), &["_id", "organization"])?;
    if let Some(id) = id_param(s.get("_id"))? {
        let found: Vec<Value> = find_location(&state, id)
            .await?
            .map(|(l, place)| location(&l.group, place))
            .into_iter()
            .collect();
        let total = found.len();
        return Ok(s.bundle(&state, "Location", found, total));
    }
    let mut filter = Filter::default();
    if let Some(org) = s.get("organization") {
        let id = org.trim_start_matches("Organization/");
        filter.organisation =
            Some(OrganisationId(id.parse().map_err(|_| {
                Outcome::invalid("organization must be an Organization id")
            })?));
    }
    let (found, total) = listing::group_places(&state, &filter, s.offset(), s.count).await?;
    let entries = found
        .iter()
        .map(|(l, place)| location(&l.group, *place))
        .collect();
    Ok(s.bundle(&state, "Location", entries, total))
}

async fn read_location(State(state): State<AppState>, Path(id): Path<String>) -> Answer {
    match find_location(&state, path_id(&id)?).await? {
        Some((l, place)) => Ok(Fhir(StatusCode::OK, location(&l.group, place))),
        None => Err(Outcome::not_found()),
    }
}

async fn metadata(State(state): State<AppState>) -> Fhir {
    let search = |params: &[(&str, &str, &str)]| {
        params
            .iter()
            .map(|(name, kind, doc)| json!({"name": name, "type": kind, "documentation": doc}))
            .collect::<Vec<_>>()
    };
    let paging = [
        ("_count", "number", "Results per page, 1 to 100 (default 20)."),
        ("_page", "number", "Page number, from 1."),
    ];
    let with_paging = |own: &[(&'static str, &'static str, &'static str)]| {
        let mut all = own.to_vec();
        all.extend_from_slice(&paging);
        search(&all)
    };
    Fhir(
        StatusCode::OK,
        json!({
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": instant(jiff::Timestamp::now().as_second()),
            "publisher": "Kindred",
            "kind": "instance",
            "software": {"name": "Kindred", "version": env!("CARGO_PKG_VERSION")},
            "implementation": {
                "description": "Kindred: peer support groups, with referrals that close the loop.",
                "url": base(&state),
            },
            "fhirVersion": FHIR_VERSION,
            "format": ["json"],
            "rest": [{
                "mode": "server",
                "documentation": "Directory resources are open to read. ServiceRequest needs an API token \
                    issued by the site's administrators to a referrer organisation, sent as \
                    `Authorization: Bearer <token>`.",
                "security": {
                    "description": "Bearer API tokens for referrer organisations; scoped and revocable.",
                },
                "resource": [
                    {
                        "type": "HealthcareService",
                        "interaction": [{"code": "read"}, {"code": "search-type"}],
                        "searchParam": with_paging(&[
                            ("_id", "token", "The group's id."),
                            ("name", "string", "Part of the group's name, any case."),
                            ("service-category", "token", "A Kindred category code, e.g. mental_health."),
                            ("organization", "reference", "The Organization that runs the group."),
                            ("active", "token", "true (the default: searches list running groups) or false (none)."),
                        ]),
                    },
                    {
                        "type": "Organization",
                        "interaction": [{"code": "read"}, {"code": "search-type"}],
                        "searchParam": with_paging(&[
                            ("_id", "token", "The organisation's id."),
                            ("name", "string", "Part of the organisation's name, any case."),
                        ]),
                    },
                    {
                        "type": "Location",
                        "interaction": [{"code": "read"}, {"code": "search-type"}],
                        "searchParam": with_paging(&[
                            ("_id", "token", "The location's id."),
                            ("organization", "reference", "The Organization whose groups meet there."),
                        ]),
                    },
                    {
                        "type": "ServiceRequest",
                        "interaction": [{"code": "create"}, {"code": "read"}],
                        "documentation": "A referral to a group: status active, intent order or proposal, \
                            subject a contained Patient with an email address (or none: Kindred then gives \
                            an invitation code in identifier), performer a HealthcareService.",
                    },
                ],
            }],
        }),
    )
}
