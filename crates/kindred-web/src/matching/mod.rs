//! "Find my group": a short guided form (no JavaScript needed) that ranks groups by how
//! well they fit, with the reasons. The form is sent with POST so nothing the person types
//! ends up in a URL, browser history or a log; nothing is stored.

pub mod rank;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json};
use kindred_core::ValidationError;
use kindred_core::groups::{AccessFeature, Condition, Joining, Language, Leadership, TimeOfDay};
use serde::{Deserialize, Serialize};

use self::rank::{Needs, OnlinePreference, Reason, Suggestion};
use crate::AppState;
use crate::error::{AppError, ErrorBody};
use crate::i18n::Tr;
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/find", Access::Public, get(show_form)),
        Route::post("/find", Access::Public, post(find_form)),
        Route::post("/api/v1/match", Access::Public, post(match_api)),
    ]
}

/// How many suggestions a search returns.
pub const SUGGESTIONS: usize = 10;

/// The form as JSON (and, field by field, as the HTML form).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MatchInput {
    /// What the person is facing, in their words.
    #[serde(default)]
    pub need: String,
    /// A condition code, if they picked one.
    #[serde(default)]
    pub condition: Option<String>,
    /// A postcode, district or town.
    #[serde(default)]
    pub near: Option<String>,
    #[serde(default)]
    pub online: OnlinePreference,
    /// Days they are free, 0 (Sunday) to 6.
    #[serde(default)]
    pub days: Vec<u8>,
    /// `morning`, `afternoon`, `evening`.
    #[serde(default)]
    pub times: Vec<String>,
    /// Language codes, any of which will do.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Access features, all needed.
    #[serde(default)]
    pub access: Vec<String>,
    /// `peer_led`, `professional_led`, or leave out for either.
    #[serde(default)]
    pub leadership: Option<String>,
}

fn some_text(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty() && *v != "any")
}

impl MatchInput {
    pub fn check(&self, state: &AppState) -> Result<Needs, ValidationError> {
        let text = self.need.trim();
        if text.chars().count() > 300 {
            return Err(ValidationError::new("need", "keep it to 300 characters"));
        }
        let condition = some_text(self.condition.as_deref())
            .map(str::parse::<Condition>)
            .transpose()?;
        let near = match some_text(self.near.as_deref()) {
            None => None,
            Some(near) => {
                let place = state
                    .places
                    .resolve(near)
                    .map_err(|e| ValidationError::new("near", e.to_string()))?;
                Some((place.label, place.point))
            }
        };
        if self.days.iter().any(|d| *d > 6) || self.days.len() > 7 {
            return Err(ValidationError::new("days", "days are 0 (Sunday) to 6"));
        }
        let times = self
            .times
            .iter()
            .map(|t| {
                TimeOfDay::parse(t)
                    .ok_or_else(|| ValidationError::new("times", "morning, afternoon or evening"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let languages = self
            .languages
            .iter()
            .take(13)
            .map(|l| l.parse::<Language>())
            .collect::<Result<Vec<_>, _>>()?;
        let access = self
            .access
            .iter()
            .take(12)
            .map(|a| a.parse::<AccessFeature>())
            .collect::<Result<Vec<_>, _>>()?;
        let leadership = some_text(self.leadership.as_deref())
            .map(str::parse::<Leadership>)
            .transpose()?;
        let mut days = self.days.clone();
        days.sort_unstable();
        days.dedup();
        Ok(Needs {
            text: text.to_owned(),
            condition,
            near,
            online: self.online,
            days,
            times,
            languages,
            access,
            leadership,
        })
    }
}

/// Runs the ranking over the whole directory.
pub fn suggest(state: &AppState, needs: &Needs) -> Result<Vec<Suggestion>, AppError> {
    let text_fit = state
        .directory
        .text_fit(&needs.text)
        .map_err(AppError::Internal)?;
    let docs = state.directory.all();
    Ok(rank::rank(needs, &docs, &text_fit, SUGGESTIONS))
}

/// A reason in the reader's language.
pub fn reason_text(tr: &Tr, reason: &Reason) -> String {
    let km = |km: f64| format!("{km:.1}");
    match reason {
        Reason::Condition { condition } => tr.t1(
            "match-reason-condition",
            "condition",
            tr.t(&format!("condition-{}", condition.as_str())),
        ),
        Reason::Words => tr.t("match-reason-words"),
        Reason::Near { km: d } => tr.t1("match-reason-near", "km", km(*d)),
        Reason::Far { km: d } => tr.t1("match-reason-far", "km", km(*d)),
        Reason::Online => tr.t("match-reason-online"),
        Reason::InPersonOnly => tr.t("match-reason-in-person-only"),
        Reason::Language { language } => tr.t1(
            "match-reason-language",
            "language",
            tr.t(&format!("lang-{}", language.as_str())),
        ),
        Reason::NoLanguage { language } => tr.t1(
            "match-reason-no-language",
            "language",
            tr.t(&format!("lang-{}", language.as_str())),
        ),
        Reason::Access { feature } => tr.t(&format!("access-{}", feature.as_str())),
        Reason::NoAccess { feature } => tr.t1(
            "match-reason-no-access",
            "feature",
            tr.t(&format!("access-{}", feature.as_str())),
        ),
        Reason::Day { day } => tr.t1("match-reason-day", "day", tr.t(&format!("day-{day}"))),
        Reason::OtherDays => tr.t("match-reason-other-days"),
        Reason::Time { time } => {
            let code = serde_json::to_value(time)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            tr.t1("match-reason-time", "time", tr.t(&format!("time-{code}")))
        }
        Reason::OtherTime => tr.t("match-reason-other-time"),
        Reason::Leadership { leadership } => tr.t(&format!("leadership-{}", leadership.as_str())),
        Reason::Paused => tr.t("match-reason-paused"),
        Reason::AskToJoin => tr.t("match-reason-ask"),
    }
}

/// A reason as the API gives it: its code and data, and the sentence.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReasonView {
    #[serde(flatten)]
    pub reason: Reason,
    pub text: String,
}

/// One suggestion.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SuggestionView {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub url: String,
    /// Higher is a better fit; only the order matters.
    pub score: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    pub fits: Vec<ReasonView>,
    pub concerns: Vec<ReasonView>,
    /// What to do next: join, or ask to join.
    pub next_step: String,
    pub next_step_url: String,
    pub calendar_url: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MatchResults {
    pub items: Vec<SuggestionView>,
}

fn view(tr: &Tr, s: &Suggestion) -> SuggestionView {
    let d = &s.doc;
    let reasons = |list: &[Reason]| {
        list.iter()
            .map(|r| ReasonView {
                reason: r.clone(),
                text: reason_text(tr, r),
            })
            .collect()
    };
    SuggestionView {
        slug: d.slug.clone(),
        name: d.name.clone(),
        summary: d.summary.clone(),
        url: format!("/groups/{}", d.slug),
        score: (s.score * 10.0).round() / 10.0,
        distance_km: s.distance_km.map(|k| (k * 10.0).round() / 10.0),
        fits: reasons(&s.fits),
        concerns: reasons(&s.concerns),
        next_step: if d.joining == Joining::Open {
            "join"
        } else {
            "ask_to_join"
        }
        .into(),
        next_step_url: format!("/groups/{}/join", d.slug),
        calendar_url: format!("/groups/{}/calendar.ics", d.slug),
    }
}

/// Suggests groups for what someone is facing, with the reasons each fits. Nothing sent is
/// stored.
#[utoipa::path(post, path = "/api/v1/match", tag = "groups", request_body = MatchInput,
    responses((status = 200, body = MatchResults), (status = 400, body = ErrorBody)))]
pub async fn match_api(
    State(state): State<AppState>,
    shell: Shell,
    Json(input): Json<MatchInput>,
) -> Result<Json<MatchResults>, AppError> {
    let needs = input.check(&state)?;
    let suggestions = suggest(&state, &needs)?;
    Ok(Json(MatchResults {
        items: suggestions.iter().map(|s| view(&shell.tr, s)).collect(),
    }))
}

/// A tick box or radio button on the form.
#[derive(Debug, Clone)]
pub struct Option3 {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "find.html")]
struct FindPage {
    shell: Shell,
    error: Option<(String, String)>,
    need: String,
    near: String,
    conditions: Vec<Option3>,
    online: Vec<Option3>,
    days: Vec<Option3>,
    times: Vec<Option3>,
    languages: Vec<Option3>,
    access: Vec<Option3>,
    leadership: Vec<Option3>,
    searched: bool,
    results: Vec<SuggestionView>,
}

fn options(values: Vec<(String, String)>, chosen: &[String]) -> Vec<Option3> {
    values
        .into_iter()
        .map(|(value, label)| Option3 {
            checked: chosen.contains(&value),
            value,
            label,
        })
        .collect()
}

fn page(
    shell: Shell,
    input: &MatchInput,
    searched: bool,
    error: Option<(String, String)>,
    results: Vec<SuggestionView>,
) -> FindPage {
    let tr = shell.tr.clone();
    let mut conditions: Vec<(String, String)> = Condition::ALL
        .iter()
        .map(|c| (c.as_str().to_owned(), tr.t(&format!("condition-{}", c.as_str()))))
        .collect();
    conditions.sort_by(|a, b| a.1.cmp(&b.1));
    conditions.insert(0, (String::new(), tr.t("find-condition-any")));
    let online_code = serde_json::to_value(input.online)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let languages = Language::ALL
        .iter()
        .map(|l| (l.as_str().to_owned(), tr.t(&format!("lang-{}", l.as_str()))))
        .collect();
    let access = AccessFeature::ALL
        .iter()
        .map(|a| (a.as_str().to_owned(), tr.t(&format!("access-{}", a.as_str()))))
        .collect();
    let days: Vec<String> = input.days.iter().map(ToString::to_string).collect();
    FindPage {
        error,
        need: input.need.clone(),
        near: input.near.clone().unwrap_or_default(),
        conditions: options(conditions, &[input.condition.clone().unwrap_or_default()]),
        online: options(
            ["ok", "only", "no"]
                .iter()
                .map(|v| ((*v).to_owned(), tr.t(&format!("find-online-{v}"))))
                .collect(),
            &[online_code],
        ),
        days: options(
            (0..7)
                .map(|d| (d.to_string(), tr.t(&format!("day-{d}"))))
                .collect(),
            &days,
        ),
        times: options(
            ["morning", "afternoon", "evening"]
                .iter()
                .map(|t| ((*t).to_owned(), tr.t(&format!("time-{t}"))))
                .collect(),
            &input.times,
        ),
        languages: options(languages, &input.languages),
        access: options(access, &input.access),
        leadership: options(
            ["any", "peer_led", "professional_led"]
                .iter()
                .map(|v| ((*v).to_owned(), tr.t(&format!("find-leadership-{v}"))))
                .collect(),
            &[input.leadership.clone().unwrap_or_else(|| "any".into())],
        ),
        searched,
        results,
        shell,
    }
}

pub async fn show_form(shell: Shell) -> Result<Response, AppError> {
    Ok(render(&page(shell, &MatchInput::default(), false, None, Vec::new()))?.into_response())
}

/// The HTML form's fields: repeated names for the tick boxes.
fn from_form(fields: &[(String, String)]) -> MatchInput {
    let one = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let all = |name: &str| {
        fields
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect::<Vec<_>>()
    };
    MatchInput {
        need: one("need").unwrap_or_default(),
        condition: one("condition"),
        near: one("near"),
        online: match one("online").as_deref() {
            Some("only") => OnlinePreference::Only,
            Some("no") => OnlinePreference::No,
            _ => OnlinePreference::Ok,
        },
        // Anything that is not a day number is dropped (the form only offers 0-6).
        days: all("day")
            .iter()
            .filter_map(|d| d.parse().ok())
            .filter(|d| *d <= 6)
            .collect(),
        times: all("time"),
        languages: all("language"),
        access: all("access"),
        leadership: one("leadership"),
    }
}

pub async fn find_form(
    State(state): State<AppState>,
    shell: Shell,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let input = from_form(&fields);
    let tr = shell.tr.clone();
    match input.check(&state) {
        Ok(needs) => {
            let results = suggest(&state, &needs)?.iter().map(|s| view(&tr, s)).collect();
            Ok(render(&page(shell, &input, true, None, results))?.into_response())
        }
        Err(e) => {
            let field = match e.field {
                "near" => "near",
                "need" => "need",
                _ => "need",
            };
            let message = tr.t(&format!("find-error-{field}"));
            let body = render(&page(
                shell,
                &input,
                false,
                Some((field.to_owned(), message)),
                Vec::new(),
            ))?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, body).into_response())
        }
    }
}
