//! The resource library: articles and links people can trust, tagged by category,
//! condition and language, each showing who reviewed it and when; full-text search; and
//! the resources organisers attach to their groups.

pub mod search;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json};
use jiff::civil::Date;
use kindred_core::ValidationError;
use kindred_core::groups::{Category, Condition, Language};
use kindred_core::policy::Actor;
use kindred_core::resources::{ResourceKind, STARTER_JSON, parse_file};
use kindred_store::{Event, Store, StoreError, StoredResource};
use serde::{Deserialize, Serialize};

use self::search::ResourceQuery;
use crate::AppState;
use crate::directory::pages::{Choice, Select};
use crate::directory::{managed_group, markdown_to_html};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/resources", Access::Public, get(show_library)),
        Route::get("/resources/{slug}", Access::Public, get(show_resource)),
        Route::get(
            "/groups/{slug}/resources",
            Access::SignedIn,
            get(show_group_resources),
        ),
        Route::post(
            "/groups/{slug}/resources",
            Access::SignedIn,
            post(change_group_resources),
        ),
        Route::get("/api/v1/resources", Access::Public, get(list_api)),
        Route::get("/api/v1/resources/{slug}", Access::Public, get(get_api)),
    ]
}

/// The bus topic that says the library changed (an import): every instance rebuilds.
pub const TOPIC: &str = "resources";
const PER_PAGE: usize = 20;

/// Loads the starter set into an empty library (the first start of a new installation).
/// Returns how many entries were added.
pub async fn seed_starter(store: &Store) -> Result<usize, StoreError> {
    if store.count_resources().await? > 0 {
        return Ok(0);
    }
    let starter = parse_file(STARTER_JSON, &|_| false)
        .map_err(|e| StoreError::Invalid(ValidationError::new("resources", e)))?;
    store.import_resources(&starter, false).await
}

/// Rebuilds this instance's search index from the database.
pub async fn rebuild(state: &AppState) -> Result<usize, StoreError> {
    let all = state.store.all_resources().await?;
    let n = all.len();
    state
        .library
        .rebuild(all)
        .map_err(|e| StoreError::Conflict(format!("resource index: {e}")))?;
    Ok(n)
}

/// Tells every instance that the library changed.
pub async fn library_changed(store: &Store) {
    let event = Event {
        topic: TOPIC.into(),
        body: serde_json::json!({}),
    };
    if let Err(err) = store.bus().publish(&event).await {
        tracing::warn!(%err, "could not announce a library change");
    }
}

async fn searchable(state: &AppState) -> Result<(), AppError> {
    if state.library.is_empty() {
        rebuild(state).await?;
    }
    Ok(())
}

/// A date as the reader's language writes it ("1 Jun 2026").
fn civil_date(tr: &Tr, date: Date) -> String {
    let at = jiff::tz::Offset::UTC
        .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
        .map_or(0, |t| t.as_second());
    crate::training::date_label(tr, at)
}

fn today() -> Date {
    jiff::tz::Offset::UTC.to_datetime(jiff::Timestamp::now()).date()
}

// ---- queries

#[derive(Debug, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LibraryQuery {
    /// Words to look for (typos are forgiven).
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub condition: Option<String>,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub page: Option<String>,
    #[serde(default)]
    pub per_page: Option<String>,
}

fn some(v: Option<&str>) -> Option<&str> {
    v.map(str::trim).filter(|v| !v.is_empty())
}

impl LibraryQuery {
    fn check(&self) -> Result<(ResourceQuery, usize, usize), ValidationError> {
        let text = some(self.q.as_deref()).unwrap_or_default();
        if text.chars().count() > 200 {
            return Err(ValidationError::new("q", "keep it to 200 characters"));
        }
        let page = match some(self.page.as_deref()) {
            None => 1,
            Some(p) => p
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=10_000).contains(p))
                .ok_or_else(|| ValidationError::new("page", "must be a whole number from 1"))?,
        };
        let per_page = match some(self.per_page.as_deref()) {
            None => PER_PAGE,
            Some(p) => p
                .parse::<usize>()
                .ok()
                .filter(|p| (1..=100).contains(p))
                .ok_or_else(|| ValidationError::new("per_page", "must be 1 to 100"))?,
        };
        Ok((
            ResourceQuery {
                text: text.to_owned(),
                category: some(self.category.as_deref())
                    .map(str::parse::<Category>)
                    .transpose()?,
                condition: some(self.condition.as_deref())
                    .map(str::parse::<Condition>)
                    .transpose()?,
                language: some(self.language.as_deref())
                    .map(str::parse::<Language>)
                    .transpose()?,
            },
            page,
            per_page,
        ))
    }
}

// ---- the JSON API

/// A resource in the library.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResourceItem {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub kind: ResourceKind,
    /// Articles only: the article as Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_markdown: Option<String>,
    /// Links only: the other organisation's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub category: Category,
    pub conditions: Vec<Condition>,
    pub language: Language,
    pub reviewed_by: String,
    /// `YYYY-MM-DD`
    pub reviewed_on: String,
    /// `YYYY-MM-DD`; after it the entry is marked as past its review date.
    pub review_due: String,
    pub overdue: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation_of: Option<String>,
    /// The page for people.
    pub page: String,
}

/// A page of resources.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResourceList {
    pub items: Vec<ResourceItem>,
    pub page: usize,
    pub per_page: usize,
    pub total: usize,
}

fn item(state: &AppState, stored: &StoredResource, full: bool) -> ResourceItem {
    let r = &stored.resource;
    ResourceItem {
        slug: r.slug.as_str().to_owned(),
        title: r.title.clone(),
        summary: r.summary.clone(),
        kind: r.kind,
        body_markdown: (full && r.kind == ResourceKind::Article).then(|| r.body_markdown.clone()),
        url: r.url.clone(),
        category: r.category,
        conditions: r.conditions.clone(),
        language: r.language,
        reviewed_by: r.reviewed_by.clone(),
        reviewed_on: r.reviewed_on.to_string(),
        review_due: r.review_due.to_string(),
        overdue: r.is_overdue(today()),
        translation_of: r.translation_of.as_ref().map(|s| s.as_str().to_owned()),
        page: format!("{}/resources/{}", state.settings.public_url, r.slug.as_str()),
    }
}

/// Searches the library.
#[utoipa::path(get, path = "/api/v1/resources", tag = "resources", params(LibraryQuery),
    responses((status = 200, body = ResourceList), (status = 400, body = crate::error::ErrorBody)))]
pub async fn list_api(
    State(state): State<AppState>,
    Query(query): Query<LibraryQuery>,
) -> Result<Json<ResourceList>, AppError> {
    let (q, page, per_page) = query.check()?;
    searchable(&state).await?;
    let found = state.library.search(&q).map_err(AppError::Internal)?;
    Ok(Json(ResourceList {
        total: found.len(),
        items: found
            .iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|r| item(&state, r, false))
            .collect(),
        page,
        per_page,
    }))
}

/// One resource, with an article's text.
#[utoipa::path(get, path = "/api/v1/resources/{slug}", tag = "resources",
    params(("slug" = String, Path, description = "The resource's slug")),
    responses((status = 200, body = ResourceItem), (status = 404, body = crate::error::ErrorBody)))]
pub async fn get_api(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<ResourceItem>, AppError> {
    let stored = state.store.get_resource_by_slug(&slug).await?;
    Ok(Json(item(&state, &stored, true)))
}

// ---- pages

#[derive(Debug)]
struct LibraryLine {
    slug: String,
    title: String,
    summary: String,
    kind: String,
    language: String,
    /// The entry's own language, for `lang` on its title and summary.
    code: &'static str,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "resources.html")]
struct LibraryPage {
    shell: Shell,
    q: String,
    selects: Vec<Select>,
    lines: Vec<LibraryLine>,
    summary: String,
    error: Option<String>,
    page_text: String,
    previous: Option<String>,
    next: Option<String>,
}

fn choices<T: Copy>(
    tr: &Tr,
    all: &[T],
    prefix: &str,
    code: impl Fn(T) -> &'static str,
    current: Option<&str>,
) -> Vec<Choice> {
    let mut out: Vec<Choice> = all
        .iter()
        .map(|v| Choice {
            value: code(*v).to_owned(),
            label: tr.t(&format!("{prefix}-{}", code(*v))),
            selected: current == Some(code(*v)),
        })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out
}

fn page_href(query: &LibraryQuery, page: usize) -> String {
    let mut parts = Vec::new();
    for (name, value) in [
        ("q", &query.q),
        ("category", &query.category),
        ("condition", &query.condition),
        ("language", &query.language),
    ] {
        if let Some(v) = some(value.as_deref()) {
            parts.push(format!(
                "{name}={}",
                crate::routes::encode_path(v).replace('/', "%2F")
            ));
        }
    }
    parts.push(format!("page={page}"));
    format!("/resources?{}", parts.join("&"))
}

fn line(tr: &Tr, stored: &StoredResource) -> LibraryLine {
    let r = &stored.resource;
    LibraryLine {
        slug: r.slug.as_str().to_owned(),
        title: r.title.clone(),
        summary: r.summary.clone(),
        kind: tr.t(&format!("resources-kind-{}", r.kind.as_str())),
        language: tr.t(&format!("lang-{}", r.language.as_str())),
        code: r.language.as_str(),
        overdue: r.is_overdue(today()),
    }
}

async fn show_library(
    State(state): State<AppState>,
    shell: Shell,
    Query(query): Query<LibraryQuery>,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let selects = vec![
        Select {
            name: "category",
            label: tr.t("resources-category"),
            choices: choices(
                &tr,
                Category::ALL,
                "category",
                Category::as_str,
                some(query.category.as_deref()),
            ),
        },
        Select {
            name: "condition",
            label: tr.t("search-condition"),
            choices: choices(
                &tr,
                Condition::ALL,
                "condition",
                Condition::as_str,
                some(query.condition.as_deref()),
            ),
        },
        Select {
            name: "language",
            label: tr.t("search-language"),
            choices: choices(
                &tr,
                Language::ALL,
                "lang",
                Language::as_str,
                some(query.language.as_deref()),
            ),
        },
    ];
    let mut page = LibraryPage {
        q: query.q.clone().unwrap_or_default(),
        selects,
        lines: Vec::new(),
        summary: String::new(),
        error: None,
        page_text: String::new(),
        previous: None,
        next: None,
        shell,
    };
    let (q, number, per_page) = match query.check() {
        Ok(checked) => checked,
        Err(err) => {
            page.error = Some(tr.t1("resources-bad-filter", "field", err.field));
            return Ok((axum::http::StatusCode::BAD_REQUEST, render(&page)?).into_response());
        }
    };
    searchable(&state).await?;
    let found = state.library.search(&q).map_err(AppError::Internal)?;
    let pages = found.len().div_ceil(per_page).max(1);
    page.summary = if found.is_empty() {
        tr.t("resources-none")
    } else {
        tr.t1("resources-count", "count", found.len() as i64)
    };
    page.lines = found
        .iter()
        .skip((number - 1) * per_page)
        .take(per_page)
        .map(|r| line(&tr, r))
        .collect();
    if pages > 1 {
        page.page_text = tr.t_counts("search-page", &[("page", number as i64), ("pages", pages as i64)]);
        page.previous = (number > 1).then(|| page_href(&query, number - 1));
        page.next = (number < pages).then(|| page_href(&query, number + 1));
    }
    Ok(render(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "resource.html")]
struct ResourcePage {
    shell: Shell,
    code: &'static str,
    title: String,
    summary: String,
    kind: String,
    body_html: String,
    url: Option<String>,
    host: String,
    facts: Vec<(String, String)>,
    reviewed: String,
    overdue: Option<String>,
    translations: Vec<(String, String, String)>,
}

async fn show_resource(
    State(state): State<AppState>,
    shell: Shell,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let stored = state.store.get_resource_by_slug(&slug).await?;
    let r = &stored.resource;
    let tr = shell.tr.clone();
    // The original and its translations, except this one.
    let original = r
        .translation_of
        .as_ref()
        .map_or(r.slug.as_str(), |o| o.as_str())
        .to_owned();
    let translations = state
        .store
        .all_resources()
        .await?
        .into_iter()
        .filter(|o| {
            o.resource.slug != r.slug
                && (o.resource.slug.as_str() == original
                    || o.resource
                        .translation_of
                        .as_ref()
                        .is_some_and(|t| t.as_str() == original))
        })
        .map(|o| {
            let lang = o.resource.language.as_str().to_owned();
            // Each language by its own name ("Cymraeg"), marked as that language.
            let name = match kindred_core::i18n::Locale::from_tag(&lang) {
                Some(locale) => state.i18n.text(locale, &format!("language-{lang}"), None),
                None => tr.t(&format!("lang-{lang}")),
            };
            (o.resource.slug.as_str().to_owned(), name, lang)
        })
        .collect();
    let mut facts = vec![(
        tr.t("resources-category"),
        tr.t(&format!("category-{}", r.category.as_str())),
    )];
    if !r.conditions.is_empty() {
        facts.push((
            tr.t("search-condition"),
            r.conditions
                .iter()
                .map(|c| tr.t(&format!("condition-{}", c.as_str())))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    facts.push((
        tr.t("search-language"),
        tr.t(&format!("lang-{}", r.language.as_str())),
    ));
    let host = r
        .url
        .as_deref()
        .and_then(|u| u.split("://").nth(1))
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or_default()
        .to_owned();
    let page = ResourcePage {
        code: r.language.as_str(),
        title: r.title.clone(),
        summary: r.summary.clone(),
        kind: tr.t(&format!("resources-kind-{}", r.kind.as_str())),
        body_html: match r.kind {
            ResourceKind::Article => {
                let body = r.body_markdown.trim_start();
                let body = match body.strip_prefix("# ") {
                    Some(rest) => rest.split_once('\n').map_or("", |(_, after)| after),
                    None => body,
                };
                markdown_to_html(body)
            }
            ResourceKind::Link => String::new(),
        },
        url: r.url.clone(),
        host,
        facts,
        reviewed: tr.t_args(
            "resources-reviewed",
            &[
                ("who", &r.reviewed_by),
                ("date", &civil_date(&tr, r.reviewed_on)),
                ("due", &civil_date(&tr, r.review_due)),
            ],
        ),
        overdue: r
            .is_overdue(today())
            .then(|| tr.t1("resources-overdue", "date", civil_date(&tr, r.review_due))),
        translations,
        shell,
    };
    Ok(render(&page)?.into_response())
}

// ---- a group's resources

#[derive(Template)]
#[template(path = "group_resources.html")]
struct GroupResourcesPage {
    shell: Shell,
    slug: String,
    name: String,
    attached: Vec<(String, String)>,
    available: Vec<(String, String)>,
}

async fn show_group_resources(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = managed_group(&state, &actor, &slug).await?;
    let attached = state.store.group_resources(group.id).await?;
    let mut available: Vec<(String, String)> = state
        .store
        .all_resources()
        .await?
        .into_iter()
        .filter(|r| !attached.iter().any(|a| a.id == r.id))
        .map(|r| {
            let label = format!(
                "{} ({})",
                r.resource.title,
                shell.t(&format!("lang-{}", r.resource.language.as_str()))
            );
            (r.resource.slug.as_str().to_owned(), label)
        })
        .collect();
    available.sort_by_key(|a| a.1.to_lowercase());
    let page = GroupResourcesPage {
        name: group.details.name.clone(),
        slug,
        attached: attached
            .into_iter()
            .map(|r| (r.resource.slug.as_str().to_owned(), r.resource.title))
            .collect(),
        available,
        shell,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Debug, Deserialize)]
pub struct ChangeForm {
    resource: String,
    action: String,
}

async fn change_group_resources(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<ChangeForm>,
) -> Result<Response, AppError> {
    let group = managed_group(&state, &actor, &slug).await?;
    let resource = match state.store.get_resource_by_slug(form.resource.trim()).await {
        Ok(r) => r,
        Err(StoreError::NotFound) => {
            return Err(AppError::Invalid(ValidationError::new(
                "resource",
                "no such resource",
            )));
        }
        Err(err) => return Err(err.into()),
    };
    match form.action.as_str() {
        "attach" => state.store.attach_resource(group.id, resource.id).await?,
        "detach" => state.store.detach_resource(group.id, resource.id).await?,
        _ => {
            return Err(AppError::Invalid(ValidationError::new(
                "action",
                "must be attach or detach",
            )));
        }
    }
    Ok(Redirect::to(&format!("/groups/{slug}/resources")).into_response())
}
