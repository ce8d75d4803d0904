//! Joining and leaving, agreements, and facilitators deciding on requests.
//!
//! Member lists belong to the group: anyone else asking gets 404, as if there were none.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::groups::{GroupRole, GroupStatus, Joining, MembershipStatus};
use kindred_core::ids::UserId;
use kindred_core::policy::Actor;
use kindred_store::{MemberView, StoreError};
use serde::Deserialize;

use super::pages::agreement_lines;
use super::{Standing, group_changed, load_group};
use crate::AppState;
use crate::accounts::{CurrentUser, FormErrors};
use crate::error::AppError;
use crate::pages::{Shell, render};

#[derive(Template)]
#[template(path = "join.html")]
struct JoinPage {
    shell: Shell,
    errors: FormErrors,
    slug: String,
    title: String,
    rules_title: String,
    rules: Vec<String>,
    version: i64,
    closed: bool,
    questions: Vec<(usize, String, String)>,
    name_in_group: String,
}

async fn join_page(
    state: &AppState,
    shell: Shell,
    slug: &str,
    errors: FormErrors,
    answers: &[String],
    name_in_group: &str,
) -> Result<Response, AppError> {
    let group = load_group(state, slug).await?;
    let agreement = state.store.current_agreement(group.id).await?;
    let tr = shell.tr.clone();
    let d = &group.details;
    let status = errors.status();
    let page = JoinPage {
        errors,
        slug: d.slug.as_str().to_owned(),
        title: tr.t1("join-title", "group", d.name.clone()),
        rules_title: tr.t1("join-agreement", "version", agreement.version),
        rules: agreement_lines(&tr, &agreement.body),
        version: agreement.version,
        closed: d.joining == Joining::Closed,
        questions: d
            .intake_questions
            .iter()
            .enumerate()
            .map(|(i, q)| (i, q.clone(), answers.get(i).cloned().unwrap_or_default()))
            .collect(),
        name_in_group: name_in_group.to_owned(),
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show_join(
    State(state): State<AppState>,
    shell: Shell,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    join_page(&state, shell, &slug, FormErrors::default(), &[], "").await
}

#[derive(Debug, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    accept: Option<String>,
    version: i64,
    #[serde(default)]
    name_in_group: String,
    #[serde(default)]
    answer_0: String,
    #[serde(default)]
    answer_1: String,
    #[serde(default)]
    answer_2: String,
    #[serde(default)]
    answer_3: String,
    #[serde(default)]
    answer_4: String,
}

pub async fn join_group(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    shell: Shell,
    Path(slug): Path<String>,
    Form(form): Form<JoinForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    if group.details.status == GroupStatus::Closed {
        return Err(AppError::NotFound);
    }
    let answers: Vec<String> = [
        &form.answer_0,
        &form.answer_1,
        &form.answer_2,
        &form.answer_3,
        &form.answer_4,
    ]
    .into_iter()
    .take(group.details.intake_questions.len())
    .map(|a| a.trim().chars().take(2000).collect())
    .collect();
    let name = form.name_in_group.trim();
    let mut errors = FormErrors::default();
    if form.accept.is_none() {
        errors.add("accept", shell.t("join-error-accept"));
    }
    let pseudonym = if name.is_empty() {
        None
    } else {
        match kindred_core::accounts::Pseudonym::parse(name) {
            Ok(p) => Some(p),
            Err(_) => {
                errors.add("name_in_group", shell.t("error-pseudonym-email"));
                None
            }
        }
    };
    if !errors.is_empty() {
        return join_page(&state, shell, &slug, errors, &answers, name).await;
    }
    let status = match group.details.joining {
        Joining::Open => MembershipStatus::Active,
        Joining::Closed => MembershipStatus::Pending,
    };
    match state
        .store
        .join_group(
            group.id,
            user.id,
            status,
            form.version,
            &answers,
            pseudonym.as_ref().map(|p| p.as_str()),
        )
        .await
    {
        Ok(_) => {}
        // The agreement changed while they read it: show them the new one.
        Err(StoreError::Conflict(reason)) if reason.contains("agreement") => {
            return join_page(&state, shell, &slug, FormErrors::default(), &answers, name).await;
        }
        Err(StoreError::Conflict(_)) => return Err(AppError::Forbidden),
        Err(err) => return Err(err.into()),
    }
    group_changed(&state, group.id).await?;

    Ok(Redirect::to(&format!("/groups/{slug}")).into_response())
}

pub async fn leave_group(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    match state
        .store
        .set_membership_status(
            group.id,
            user.id,
            &[MembershipStatus::Active, MembershipStatus::Pending],
            MembershipStatus::Left,
            None,
        )
        .await
    {
        Ok(()) | Err(StoreError::NotFound) => {}
        Err(StoreError::Conflict(_)) => return Err(AppError::NotFound),
        Err(err) => return Err(err.into()),
    }
    Ok(Redirect::to(&format!("/groups/{slug}")).into_response())
}

#[derive(Template)]
#[template(path = "members.html")]
struct MembersPage {
    shell: Shell,
    slug: String,
    title: String,
    runs_group: bool,
    manages_group: bool,
    requests: Vec<MemberView>,
    members: Vec<MemberView>,
    my_id: UserId,
    /// Training status of each person who runs the group, for people who run it.
    training: std::collections::HashMap<UserId, String>,
    required_by_group: bool,
    required_by_organisation: bool,
    refused: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct MembersQuery {
    #[serde(default)]
    refused: Option<String>,
}

pub async fn show_members(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(slug): Path<String>,
    axum::extract::Query(query): axum::extract::Query<MembersQuery>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let standing = Standing::of(&state, &actor, &group).await?;
    let runs = standing.runs_group(&actor);
    if !(standing.is_member() || runs) {
        return Err(AppError::NotFound);
    }
    let requests = if runs {
        state
            .store
            .group_members(group.id, MembershipStatus::Pending)
            .await?
    } else {
        Vec::new()
    };
    let members = state
        .store
        .group_members(group.id, MembershipStatus::Active)
        .await?;
    let mut training = std::collections::HashMap::new();
    let requirement = state.store.training_requirement(group.id).await?;
    if runs {
        let runners: Vec<UserId> = members
            .iter()
            .filter(|m| m.role.runs_group())
            .map(|m| m.user_id)
            .collect();
        for (user, status) in crate::training::statuses(&state, &runners).await? {
            training.insert(user, crate::training::course_status_label(&shell.tr, status));
        }
    }
    let refused = query
        .refused
        .as_deref()
        .and_then(|id| members.iter().find(|m| m.user_id.to_string() == id))
        .map(|m| shell.tr.t1("training-refused", "name", m.name.clone()));
    let page = MembersPage {
        title: shell.tr.t1("members-title", "group", group.details.name.clone()),
        slug,
        runs_group: runs,
        manages_group: standing.manages_group(&actor),
        requests,
        training,
        required_by_group: requirement.group.is_some(),
        required_by_organisation: requirement.organisation.is_some(),
        refused,
        members,
        my_id: actor.user.as_ref().map(|u| u.id).ok_or(AppError::Unauthorized)?,
        shell,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    note: String,
}

/// `approve` or `decline` a request; `remove` or `ban` a member.
pub async fn decide_member(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((slug, user, action)): Path<(String, String, String)>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let standing = Standing::of(&state, &actor, &group).await?;
    if !standing.runs_group(&actor) {
        return Err(AppError::NotFound);
    }
    let user: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    if let Some(role) = action.strip_prefix("make-") {
        // Roles are the organisers' to give: facilitators, co-organisers, back to member.
        let role: GroupRole = role.parse().map_err(|_| AppError::NotFound)?;
        if !standing.manages_group(&actor) {
            return Err(AppError::NotFound);
        }
        match state.store.membership(group.id, user).await? {
            Some(m) if m.status == MembershipStatus::Active => {}
            _ => return Err(AppError::Conflict),
        }
        if role.runs_group() && !crate::training::meets_requirement(&state, group.id, user).await? {
            return Ok(Redirect::to(&format!("/groups/{slug}/members?refused={user}")).into_response());
        }
        state.store.set_group_role(group.id, user, role).await?;
        return Ok(Redirect::to(&format!("/groups/{slug}/members")).into_response());
    }
    let note = form.note.trim();
    let note = (!note.is_empty()).then(|| note.chars().take(1000).collect::<String>());
    let (from, to): (&[MembershipStatus], MembershipStatus) = match action.as_str() {
        "approve" => (&[MembershipStatus::Pending], MembershipStatus::Active),
        "decline" => (&[MembershipStatus::Pending], MembershipStatus::Declined),
        "remove" => (
            &[MembershipStatus::Active, MembershipStatus::Pending],
            MembershipStatus::Removed,
        ),
        "ban" => (
            &[
                MembershipStatus::Active,
                MembershipStatus::Pending,
                MembershipStatus::Left,
                MembershipStatus::Declined,
            ],
            MembershipStatus::Banned,
        ),
        _ => return Err(AppError::NotFound),
    };
    if actor.user.as_ref().is_some_and(|me| me.id == user) {
        return Err(AppError::Forbidden);
    }
    match state
        .store
        .set_membership_status(group.id, user, from, to, note.as_deref())
        .await
    {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => return Err(AppError::Conflict),
        Err(err) => return Err(err.into()),
    }
    Ok(Redirect::to(&format!("/groups/{slug}/members")).into_response())
}
