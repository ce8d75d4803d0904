//! Commissioners: people an organisation lets see its outcome aggregates (for example the
//! NHS or council team that funds its groups). They see the organisation's and its groups'
//! outcomes pages and CSVs, and nothing else: no members, no referrals, no boards. The
//! organisation's organisers and administrators grant and remove the role; both are in the
//! audit log.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::accounts::Email;
use kindred_core::ids::{OrganisationId, UserId};
use kindred_core::policy::Actor;
use kindred_store::AuditEntry;
use serde::Deserialize;

use crate::AppState;
use crate::accounts::FormErrors;
use crate::error::AppError;
use crate::pages::{Shell, render};
use crate::training::date_label;

#[derive(Template)]
#[template(path = "commissioners.html")]
struct CommissionersPage {
    shell: Shell,
    id: String,
    organisation: String,
    errors: FormErrors,
    email: String,
    /// (user id, name, since)
    lines: Vec<(String, String, String)>,
}

/// The organisation, if the actor manages it (its organisers and administrators).
async fn managed(state: &AppState, actor: &Actor, id: &str) -> Result<OrganisationId, AppError> {
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    let user = actor.user.as_ref().ok_or(AppError::NotFound)?;
    if !(actor.is_admin() || state.store.is_organiser(id, user.id).await?) {
        return Err(AppError::NotFound);
    }
    Ok(id)
}

async fn page(
    state: &AppState,
    shell: Shell,
    id: OrganisationId,
    errors: FormErrors,
    email: String,
) -> Result<Response, AppError> {
    let org = state.store.get_organisation(id).await?;
    let lines = state
        .store
        .commissioners(id)
        .await?
        .into_iter()
        .map(|(user, name, at)| (user.to_string(), name, date_label(&shell.tr, at)))
        .collect();
    let status = errors.status();
    Ok((
        status,
        render(&CommissionersPage {
            shell,
            id: id.to_string(),
            organisation: org.name,
            errors,
            email,
            lines,
        })?,
    )
        .into_response())
}

pub async fn show(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = managed(&state, &actor, &id).await?;
    page(&state, shell, id, FormErrors::default(), String::new()).await
}

#[derive(Debug, Deserialize)]
pub struct CommissionerForm {
    #[serde(default)]
    email: String,
}

fn audit(actor: &Actor, action: &str, org: OrganisationId, user: UserId) -> AuditEntry {
    AuditEntry {
        actor: actor.user.as_ref().map(|u| u.id),
        action: action.into(),
        target_kind: "user".into(),
        target_id: user.to_string(),
        reason: String::new(),
        detail: format!("organisation {org}"),
    }
}

pub async fn add(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<CommissionerForm>,
) -> Result<Response, AppError> {
    let id = managed(&state, &actor, &id).await?;
    let found = match Email::parse(&form.email) {
        Ok(email) => state.store.find_user_by_email(&email).await?,
        Err(_) => None,
    };
    let Some(user) = found else {
        let mut errors = FormErrors::default();
        errors.add("email", shell.t("commissioners-error-email"));
        return page(&state, shell, id, errors, form.email).await;
    };
    let by = actor.user.as_ref().map(|u| u.id);
    state.store.add_commissioner(id, user.id, by).await?;
    state
        .store
        .audit(&audit(&actor, "commissioner_added", id, user.id))
        .await?;
    Ok(Redirect::to(&format!("/organisations/{id}/commissioners")).into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((id, user)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let id = managed(&state, &actor, &id).await?;
    let user: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    state.store.remove_commissioner(id, user).await?;
    state
        .store
        .audit(&audit(&actor, "commissioner_removed", id, user))
        .await?;
    Ok(Redirect::to(&format!("/organisations/{id}/commissioners")).into_response())
}
