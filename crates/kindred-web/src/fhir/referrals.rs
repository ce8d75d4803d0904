//! `POST /fhir/ServiceRequest` and `GET /fhir/ServiceRequest/{id}`: referrals from other
//! systems (a GP system, a social prescribing platform), with an API token an administrator
//! issued to the referrer's organisation.
//!
//! The request must say `status` `active`, an `intent` (`proposal`, `plan`, `directive`,
//! `order` or `original-order`), a `subject` and one `performer` that is a
//! `HealthcareService` (a group here). When the subject is a contained `Patient` with an
//! email address, the invitation goes by email; otherwise the answer carries the
//! invitation code (as an `identifier`) for the referrer to give the person. The code is
//! shown only in that answer. Reading a ServiceRequest later shows its status and the
//! timeline notes the person's consent allows.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kindred_core::accounts::Email;
use kindred_core::groups::GroupStatus;
use kindred_core::i18n::Locale;
use kindred_core::ids::GroupId;
use kindred_core::referrals::fhir_status;
use kindred_store::{ApiToken, Referral};
use serde_json::{Value, json};

use super::{Fhir, Outcome, base, english, instant};
use crate::AppState;
use crate::referrals::{Sender, joined_visible, refer, timeline};

/// The system the invitation code is given under.
pub const CODE_SYSTEM: &str = "urn:kindred:invitation-code";
const INTENTS: [&str; 5] = ["proposal", "plan", "directive", "order", "original-order"];
const STATUSES: [&str; 7] = [
    "draft",
    "active",
    "on-hold",
    "revoked",
    "completed",
    "entered-in-error",
    "unknown",
];
const ALL_INTENTS: [&str; 9] = [
    "proposal",
    "plan",
    "directive",
    "order",
    "original-order",
    "reflex-order",
    "filler-order",
    "instance-order",
    "option",
];

/// The live token in `Authorization: Bearer`, allowed to refer.
async fn client(state: &AppState, headers: &HeaderMap) -> Result<ApiToken, Outcome> {
    let unauthorised = |message: &str| Outcome::new(StatusCode::UNAUTHORIZED, "security", message);
    let secret = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|v| !v.is_empty() && v.len() <= 200)
        .ok_or_else(|| {
            unauthorised("Send the API token your administrator gave you as Authorization: Bearer <token>.")
        })?;
    let token = state
        .store
        .api_token_by_hash(&crate::tokens::hash_token(secret))
        .await?
        .ok_or_else(|| unauthorised("This API token is not known or has been revoked."))?;
    if !token.allows(crate::referrals::REFERRALS_SCOPE) {
        return Err(Outcome::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "This token may not make referrals.",
        ));
    }
    Ok(token)
}

fn with_challenge(outcome: Outcome) -> Response {
    let challenge = outcome.status == StatusCode::UNAUTHORIZED;
    let mut response = outcome.into_response();
    if challenge {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

fn unprocessable(message: impl Into<String>) -> Outcome {
    Outcome::new(StatusCode::UNPROCESSABLE_ENTITY, "business-rule", message)
}

/// What a valid request asks for.
struct Asked {
    intent: String,
    group: GroupId,
    email: Option<Email>,
    requester: Option<String>,
    note: Option<String>,
    locale: Locale,
}

fn text_of(v: &Value) -> Option<&str> {
    v.as_str().map(str::trim).filter(|s| !s.is_empty())
}

/// Checks a ServiceRequest against FHIR's rules and Kindred's.
fn read_request(body: &Value) -> Result<Asked, Outcome> {
    if body["resourceType"] != "ServiceRequest" {
        return Err(Outcome::invalid("resourceType must be ServiceRequest"));
    }
    let status = text_of(&body["status"])
        .ok_or_else(|| Outcome::new(StatusCode::BAD_REQUEST, "required", "status is required"))?;
    if !STATUSES.contains(&status) {
        return Err(Outcome::new(
            StatusCode::BAD_REQUEST,
            "value",
            format!("status {status:?} is not a FHIR request status"),
        ));
    }
    if status != "active" {
        return Err(unprocessable("a new referral must have status active"));
    }
    let intent = text_of(&body["intent"])
        .ok_or_else(|| Outcome::new(StatusCode::BAD_REQUEST, "required", "intent is required"))?;
    if !ALL_INTENTS.contains(&intent) {
        return Err(Outcome::new(
            StatusCode::BAD_REQUEST,
            "value",
            format!("intent {intent:?} is not a FHIR request intent"),
        ));
    }
    if !INTENTS.contains(&intent) {
        return Err(unprocessable(format!(
            "intent must be one of {}",
            INTENTS.join(", ")
        )));
    }
    let subject = body["subject"]
        .as_object()
        .filter(|s| {
            s.get("reference").and_then(Value::as_str).is_some()
                || s.get("identifier").is_some()
                || s.get("display").is_some()
        })
        .ok_or_else(|| {
            Outcome::new(
                StatusCode::BAD_REQUEST,
                "required",
                "subject is required (a reference to the person)",
            )
        })?;
    // A contained Patient's email address is where the invitation goes.
    let mut email = None;
    if let Some(reference) = subject.get("reference").and_then(Value::as_str)
        && let Some(local) = reference.strip_prefix('#')
    {
        let patient = body["contained"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["resourceType"] == "Patient" && r["id"] == local)
            .ok_or_else(|| Outcome::invalid(format!("subject #{local} is not a contained Patient")))?;
        if let Some(address) = patient["telecom"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|t| t["system"] == "email")
            .and_then(|t| text_of(&t["value"]))
        {
            email = Some(Email::parse(address).map_err(|_| {
                Outcome::new(
                    StatusCode::BAD_REQUEST,
                    "value",
                    "the Patient's email address is not valid",
                )
            })?);
        }
    }
    let performers = body["performer"]
        .as_array()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| {
            Outcome::new(
                StatusCode::BAD_REQUEST,
                "required",
                "performer is required: the HealthcareService (group) referred to",
            )
        })?;
    if performers.len() > 1 {
        return Err(unprocessable("refer to one HealthcareService at a time"));
    }
    let reference = text_of(&performers[0]["reference"])
        .ok_or_else(|| Outcome::invalid("performer must be a reference to a HealthcareService"))?;
    let id = reference
        .rsplit_once("HealthcareService/")
        .map(|(_, id)| id)
        .ok_or_else(|| Outcome::invalid("performer must be a HealthcareService"))?;
    let group = id
        .parse()
        .map(GroupId)
        .map_err(|_| unprocessable(format!("performer {reference} is not a group listed here")))?;
    let note: Vec<&str> = body["note"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| text_of(&n["text"]))
        .collect();
    let note = (!note.is_empty()).then(|| note.join("\n\n"));
    if note
        .as_ref()
        .is_some_and(|n| n.chars().count() > crate::referrals::NOTE_MAX_CHARS)
    {
        return Err(unprocessable(format!(
            "notes may be at most {} characters",
            crate::referrals::NOTE_MAX_CHARS
        )));
    }
    let locale = text_of(&body["language"])
        .and_then(|l| {
            Locale::ALL.into_iter().find(|x| {
                l.eq_ignore_ascii_case(x.tag())
                    || l.to_ascii_lowercase().starts_with(&format!("{}-", x.tag()))
            })
        })
        .unwrap_or(Locale::En);
    Ok(Asked {
        intent: intent.to_owned(),
        group,
        email,
        requester: text_of(&body["requester"]["display"]).map(|s| s.chars().take(200).collect()),
        note,
        locale,
    })
}

/// A referral as a ServiceRequest, with the timeline notes consent allows.
async fn resource(state: &AppState, r: &Referral, code: Option<&str>) -> Result<Value, Outcome> {
    let tr = english(state);
    let entries = timeline(state, &tr, r).await?;
    let group = state.store.get_group(r.group_id).await?;
    let mut out = json!({
        "resourceType": "ServiceRequest",
        "id": r.id,
        "meta": {"lastUpdated": instant(r.updated_at)},
        "status": fhir_status(r.person_status, r.group_status, joined_visible(&entries)),
        "intent": r.intent,
        "category": [{"coding": [{"system": "http://snomed.info/sct", "code": "3457005", "display": "Patient referral"}]}],
        "code": {"text": "Referral to a peer support group"},
        // Kindred keeps no identifying details of the person for the referrer's system.
        "subject": {"display": "The person referred"},
        "authoredOn": instant(r.created_at),
        "requester": {"display": if r.referrer_name == r.referrer_org {
            r.referrer_org.clone()
        } else {
            format!("{} ({})", r.referrer_name, r.referrer_org)
        }},
        "performer": [{
            "reference": format!("HealthcareService/{}", r.group_id.0),
            "display": group.details.name,
        }],
    });
    let notes: Vec<Value> = entries
        .iter()
        .map(|e| json!({"time": instant(e.at), "text": e.text}))
        .collect();
    if !notes.is_empty() {
        out["note"] = json!(notes);
    }
    if let Some(code) = code {
        out["identifier"] = json!([{"system": CODE_SYSTEM, "value": code}]);
    }
    Ok(out)
}

pub async fn create(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    match create_inner(&state, &headers, &body).await {
        Ok(response) => response,
        Err(outcome) => with_challenge(outcome),
    }
}

async fn create_inner(state: &AppState, headers: &HeaderMap, body: &Bytes) -> Result<Response, Outcome> {
    let token = client(state, headers).await?;
    state
        .limits
        .check(crate::ratelimit::Door::ReferralsBySender, &token.id.to_string())
        .map_err(|_| {
            Outcome::new(
                StatusCode::TOO_MANY_REQUESTS,
                "throttled",
                "Too many referrals at once; try again shortly.",
            )
        })?;
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            let v = v.split(';').next().unwrap_or_default().trim();
            v.eq_ignore_ascii_case(super::CONTENT_TYPE) || v.eq_ignore_ascii_case("application/json")
        });
    if !json_type {
        return Err(Outcome::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not-supported",
            "Send application/fhir+json.",
        ));
    }
    let body: Value =
        serde_json::from_slice(body).map_err(|e| Outcome::invalid(format!("the body is not JSON: {e}")))?;
    let asked = read_request(&body)?;
    let group = match state.store.get_group(asked.group).await {
        Ok(g) if g.details.status != GroupStatus::Closed => g,
        Ok(_) => return Err(unprocessable("that group has closed and takes no referrals")),
        Err(kindred_store::StoreError::NotFound) => {
            return Err(unprocessable(format!(
                "HealthcareService/{} is not a group listed here",
                asked.group.0
            )));
        }
        Err(e) => return Err(e.into()),
    };
    let sender = Sender {
        user: None,
        token: Some(token.id),
        organisation: token.organisation.clone(),
        name: asked.requester.unwrap_or_else(|| token.name.clone()),
    };
    let (referral, code) = refer(
        state,
        &group,
        &sender,
        asked.email.as_ref(),
        asked.note.as_deref(),
        &asked.intent,
        asked.locale,
    )
    .await?;
    let created = resource(state, &referral, Some(&code)).await?;
    let mut response = Fhir(StatusCode::CREATED, created).into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("{}/ServiceRequest/{}", base(state), referral.id)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

pub async fn read(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let answer = async {
        let token = client(&state, &headers).await?;
        let id: uuid::Uuid = id.parse().map_err(|_| Outcome::not_found())?;
        let r = match state.store.referral(id).await {
            Ok(r) => r,
            Err(kindred_store::StoreError::NotFound) => return Err(Outcome::not_found()),
            Err(e) => return Err(e.into()),
        };
        // Only the token that made a referral reads it: organisation names are typed by an
        // administrator, too weak a key for sharing people's progress across tokens.
        let ours = r.api_token_id == Some(token.id);
        if !ours {
            return Err(Outcome::not_found());
        }
        Ok(Fhir(StatusCode::OK, resource(&state, &r, None).await?))
    }
    .await;
    match answer {
        Ok(f) => f.into_response(),
        Err(outcome) => with_challenge(outcome),
    }
}
