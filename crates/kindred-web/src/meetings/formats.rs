//! Agenda formats on the web: the built-in formats and the group's own, copying one to
//! start from, and editing a copy segment by segment (no JavaScript needed: the form always
//! has a few empty rows; blank rows are dropped).

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::meetings::{FormatInput, Segment, SegmentKind};
use kindred_core::policy::Actor;
use serde::Deserialize;

use super::api::{FormatView, builtin_views, copy_format_action, group_view, load_format, require_runs};
use crate::AppState;
use crate::accounts::FormErrors;
use crate::directory::load_group;
use crate::error::AppError;
use crate::pages::{Shell, render};

#[derive(Template)]
#[template(path = "formats.html")]
struct FormatsPage {
    shell: Shell,
    slug: String,
    group_name: String,
    formats: Vec<FormatView>,
}

pub async fn show_formats(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    require_runs(&state, &actor, &group).await?;
    let mut formats = builtin_views();
    formats.extend(state.store.group_formats(group.id).await?.iter().map(group_view));
    Ok(render(&FormatsPage {
        shell,
        slug,
        group_name: group.details.name.clone(),
        formats,
    })?
    .into_response())
}

#[derive(Debug, Deserialize)]
pub struct CopyForm {
    from: String,
}

pub async fn copy_format_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<CopyForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    require_runs(&state, &actor, &group).await?;
    let copy = copy_format_action(&state, &group, &form.from).await?;
    Ok(Redirect::to(&format!("/formats/{}/edit", copy.id)).into_response())
}

/// One editable row.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub index: usize,
    pub name: String,
    pub minutes: String,
    pub kind: String,
    pub script: String,
}

#[derive(Template)]
#[template(path = "format_edit.html")]
struct EditPage {
    shell: Shell,
    errors: FormErrors,
    id: String,
    slug: String,
    format_name: String,
    rows: Vec<Row>,
    kinds: Vec<(String, String)>,
}

fn edit_page(
    shell: Shell,
    errors: FormErrors,
    id: String,
    slug: String,
    name: String,
    mut rows: Vec<Row>,
) -> Result<Response, AppError> {
    let kinds = SegmentKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), shell.t(&format!("segment-{}", k.as_str()))))
        .collect();
    let filled = rows.len();
    rows.extend((filled..filled + 3).map(|index| Row {
        index,
        kind: "open_sharing".into(),
        ..Row::default()
    }));
    let status = errors.status();
    let page = EditPage {
        shell,
        errors,
        id,
        slug,
        format_name: name,
        rows,
        kinds,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show_edit_format(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (format, group) = load_format(&state, &actor, &id).await?;
    let rows = format
        .format
        .segments
        .iter()
        .enumerate()
        .map(|(index, s)| Row {
            index,
            name: s.name.clone(),
            minutes: s.minutes.to_string(),
            kind: s.kind.as_str().to_owned(),
            script: s.script.clone().unwrap_or_default(),
        })
        .collect();
    edit_page(
        shell,
        FormErrors::default(),
        id,
        group.details.slug.as_str().to_owned(),
        format.format.name,
        rows,
    )
}

pub async fn edit_format_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(id): Path<String>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (format, group) = load_format(&state, &actor, &id).await?;
    let get = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let name = get("name");
    let mut rows = Vec::new();
    for index in 0..kindred_core::meetings::MAX_SEGMENTS + 3 {
        let row = Row {
            index,
            name: get(&format!("name_{index}")),
            minutes: get(&format!("minutes_{index}")),
            kind: get(&format!("kind_{index}")),
            script: get(&format!("script_{index}")),
        };
        if !row.name.is_empty() || !row.script.is_empty() {
            rows.push(row);
        }
    }
    let mut errors = FormErrors::default();
    let mut segments = Vec::new();
    for row in &rows {
        let minutes = row.minutes.parse::<u32>().unwrap_or(0);
        let kind = row
            .kind
            .parse::<SegmentKind>()
            .unwrap_or(SegmentKind::OpenSharing);
        segments.push(Segment {
            name: row.name.clone(),
            minutes,
            kind,
            script: Some(row.script.clone()),
        });
    }
    let input = FormatInput {
        name: name.clone(),
        segments,
    }
    .check();
    match input {
        Ok(input) => {
            state.store.update_format(format.id, &input).await?;
            Ok(Redirect::to(&format!("/groups/{}/formats", group.details.slug.as_str())).into_response())
        }
        Err(e) => {
            let field = if e.field == "name" { "name" } else { "segments" };
            errors.add(field, super::field_message(&shell.tr, field));
            let rows = rows
                .into_iter()
                .enumerate()
                .map(|(index, r)| Row { index, ..r })
                .collect();
            edit_page(
                shell,
                errors,
                id,
                group.details.slug.as_str().to_owned(),
                name,
                rows,
            )
        }
    }
}
