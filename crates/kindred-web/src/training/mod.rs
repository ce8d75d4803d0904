//! Facilitator training: the courses, lessons and quizzes; each person's progress; the
//! "trained facilitator" badge; requirements set by groups and organisations; what
//! organisers see; and reminders before a module expires.
//!
//! Anyone may read the lessons (the course is openly licensed); answering a quiz needs a
//! confirmed account so progress can be recorded.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use jiff::Timestamp;
use kindred_core::ids::{GroupId, OrganisationId, UserId};
use kindred_core::policy::Actor;
use kindred_core::training::{
    Course, CourseStatus, FACILITATOR_COURSE, Module, ModuleStatus, Outcome, Progress, REMIND_DAYS_BEFORE,
    catalogue, course,
};
use kindred_store::{Attempt, OutgoingEmail};
use serde::Deserialize;

use crate::AppState;
use crate::directory::{managed_group, markdown_to_html};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/training", Access::Public, get(show_catalogue)),
        Route::get("/training/{course}", Access::Public, get(show_course)),
        Route::get("/training/{course}/{module}", Access::Public, get(show_module)),
        Route::post("/training/{course}/{module}", Access::Verified, post(submit_quiz)),
        Route::post(
            "/groups/{slug}/training-requirement",
            Access::SignedIn,
            post(set_group_requirement),
        ),
        Route::get(
            "/organisations/{id}/training",
            Access::SignedIn,
            get(show_organisation_training),
        ),
        Route::post(
            "/organisations/{id}/training",
            Access::SignedIn,
            post(set_organisation_requirement),
        ),
    ]
}

fn now() -> i64 {
    Timestamp::now().as_second()
}

/// "29 Nov 2026" in the reader's language (UTC: training dates are whole days).
pub(crate) fn date_label(tr: &Tr, at: i64) -> String {
    let Ok(ts) = Timestamp::from_second(at) else {
        return String::new();
    };
    let d = jiff::tz::Offset::UTC.to_datetime(ts).date();
    tr.t_args(
        "date-short",
        &[
            ("day", &d.day().to_string()),
            ("month", &tr.t(&format!("month-{}", d.month()))),
            ("year", &d.year().to_string()),
        ],
    )
}

fn module_status_label(tr: &Tr, status: ModuleStatus, progress: Option<&Progress>) -> String {
    match status {
        ModuleStatus::NotStarted => tr.t("training-module-not-started"),
        ModuleStatus::NotPassed => {
            let (best, of) = progress.map_or((0, 0), |p| (p.best_right, p.out_of));
            tr.t_counts("training-module-not-passed", &[("best", best), ("of", of)])
        }
        ModuleStatus::Passed { at, expires: None } => {
            tr.t1("training-module-passed", "date", date_label(tr, at))
        }
        ModuleStatus::Passed {
            at,
            expires: Some(until),
        } => tr.t_args(
            "training-module-passed-until",
            &[("date", &date_label(tr, at)), ("until", &date_label(tr, until))],
        ),
        ModuleStatus::Expired { expired, .. } => {
            tr.t1("training-module-expired", "date", date_label(tr, expired))
        }
    }
}

/// A person's standing with a course in a few words, for organisers.
pub(crate) fn course_status_label(tr: &Tr, status: CourseStatus) -> String {
    match status {
        CourseStatus::Current {
            until: Some(until), ..
        } => tr.t1("training-status-current-until", "date", date_label(tr, until)),
        CourseStatus::Current { until: None, .. } => tr.t("training-status-current"),
        CourseStatus::Lapsed { since } => tr.t1("training-status-lapsed", "date", date_label(tr, since)),
        CourseStatus::Incomplete { passed, of } => tr.t_counts(
            "training-status-incomplete",
            &[("passed", passed as i64), ("of", of as i64)],
        ),
    }
}

/// The facilitator course's status for several people.
pub(crate) async fn statuses(
    state: &AppState,
    users: &[UserId],
) -> Result<HashMap<UserId, CourseStatus>, AppError> {
    let Some(c) = course(FACILITATOR_COURSE) else {
        return Ok(HashMap::new());
    };
    let progress = state.store.training_of(users, FACILITATOR_COURSE).await?;
    let now = now();
    Ok(users
        .iter()
        .map(|u| {
            let p = progress.get(u).map_or(&[][..], Vec::as_slice);
            (*u, CourseStatus::of(c, p, now))
        })
        .collect())
}

/// Which of these groups have a facilitator or organiser holding the current course.
pub(crate) async fn trained_groups(
    state: &AppState,
    groups: &[GroupId],
) -> Result<HashSet<GroupId>, AppError> {
    let Some(c) = course(FACILITATOR_COURSE) else {
        return Ok(HashSet::new());
    };
    let modules: Vec<&str> = c.modules.iter().map(|m| m.key.as_str()).collect();
    Ok(state
        .store
        .groups_with_trained_facilitator(groups, FACILITATOR_COURSE, &modules, now())
        .await?)
}

/// Whether a person may take a facilitating role in a group that requires training.
pub(crate) async fn meets_requirement(
    state: &AppState,
    group: GroupId,
    user: UserId,
) -> Result<bool, AppError> {
    let requirement = state.store.training_requirement(group).await?;
    let Some(required) = requirement.course() else {
        return Ok(true);
    };
    let Some(c) = course(required) else {
        return Ok(true);
    };
    let progress = state.store.training_progress(user, required).await?;
    Ok(CourseStatus::of(c, &progress, now()).is_current())
}

fn find(course_key: &str) -> Result<&'static Course, AppError> {
    course(course_key).ok_or(AppError::NotFound)
}

// ---- the catalogue and a course

#[derive(Debug)]
struct CourseLine {
    key: &'static str,
    title: &'static str,
    summary: &'static str,
    modules: usize,
    status: Option<String>,
}

#[derive(Template)]
#[template(path = "training.html")]
struct CataloguePage {
    shell: Shell,
    courses: Vec<CourseLine>,
}

async fn show_catalogue(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
) -> Result<Response, AppError> {
    let mut courses = Vec::new();
    for c in catalogue() {
        let status = match &actor.user {
            Some(user) => {
                let progress = state.store.training_progress(user.id, &c.key).await?;
                Some(course_status_label(
                    &shell.tr,
                    CourseStatus::of(c, &progress, now()),
                ))
            }
            None => None,
        };
        courses.push(CourseLine {
            key: &c.key,
            title: &c.title,
            summary: &c.summary,
            modules: c.modules.len(),
            status,
        });
    }
    Ok(render(&CataloguePage { shell, courses })?.into_response())
}

#[derive(Debug)]
struct ModuleLine {
    key: &'static str,
    title: &'static str,
    minutes: u32,
    status: String,
    expires_note: Option<String>,
}

#[derive(Template)]
#[template(path = "course.html")]
struct CoursePage {
    shell: Shell,
    key: &'static str,
    title: &'static str,
    summary: &'static str,
    signed_in: bool,
    status: Option<String>,
    completed: Option<String>,
    warning: Option<String>,
    modules: Vec<ModuleLine>,
}

async fn show_course(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(course_key): Path<String>,
) -> Result<Response, AppError> {
    let c = find(&course_key)?;
    let tr = shell.tr.clone();
    let progress = match &actor.user {
        Some(user) => state.store.training_progress(user.id, &c.key).await?,
        None => Vec::new(),
    };
    let now = now();
    let modules = c
        .modules
        .iter()
        .map(|m| {
            let p = progress.iter().find(|p| p.module == m.key);
            ModuleLine {
                key: &m.key,
                title: &m.title,
                minutes: m.minutes,
                status: module_status_label(&tr, ModuleStatus::of(p, now), p),
                expires_note: m
                    .expires_months
                    .map(|months| tr.t1("training-module-expires-every", "months", months)),
            }
        })
        .collect();
    let (status, completed, warning) = if actor.user.is_some() {
        let status = CourseStatus::of(c, &progress, now);
        let completed = match status {
            CourseStatus::Current { completed, until } => Some(match until {
                Some(until) => tr.t_args(
                    "training-completed-until",
                    &[
                        ("date", &date_label(&tr, completed)),
                        ("until", &date_label(&tr, until)),
                    ],
                ),
                None => tr.t1("training-completed", "date", date_label(&tr, completed)),
            }),
            _ => None,
        };
        let warning = match status {
            CourseStatus::Current {
                until: Some(until), ..
            } if until - now < REMIND_DAYS_BEFORE * 86_400 => {
                Some(tr.t1("training-expires-soon", "date", date_label(&tr, until)))
            }
            CourseStatus::Lapsed { since } => {
                Some(tr.t1("training-lapsed-notice", "date", date_label(&tr, since)))
            }
            _ => None,
        };
        (Some(course_status_label(&tr, status)), completed, warning)
    } else {
        (None, None, None)
    };
    let page = CoursePage {
        key: &c.key,
        title: &c.title,
        summary: &c.summary,
        signed_in: actor.user.is_some(),
        status,
        completed,
        warning,
        modules,
        shell,
    };
    Ok(render(&page)?.into_response())
}

// ---- a module: the lesson and its quiz

#[derive(Debug)]
struct QuestionView {
    index: usize,
    text: &'static str,
    choices: Vec<(usize, &'static str, bool)>,
    error: bool,
    /// After an attempt: whether it was right, and why.
    result: Option<(bool, &'static str)>,
}

#[derive(Template)]
#[template(path = "module.html")]
struct ModulePage {
    shell: Shell,
    course_key: &'static str,
    course_title: &'static str,
    key: &'static str,
    title: &'static str,
    number: usize,
    of: usize,
    minutes: u32,
    lesson_html: String,
    signed_in: bool,
    status: Option<String>,
    questions: Vec<QuestionView>,
    errors: crate::accounts::FormErrors,
    needed: u32,
    /// After an attempt: the verdict.
    verdict: Option<(bool, String)>,
    next_module: Option<(&'static str, &'static str)>,
}

/// Who is looking at a module and what they answered, if anything.
#[derive(Debug, Default)]
struct ModuleView<'a> {
    signed_in: bool,
    status: Option<String>,
    answers: &'a [Option<usize>],
    outcome: Option<&'a Outcome>,
    errors: crate::accounts::FormErrors,
}

/// The lesson without its first `# Title` line (the page has the title as its heading),
/// and with headings moved one level down so the page keeps one `h1`.
fn lesson_html(markdown: &str) -> String {
    let body = match markdown.trim_start().strip_prefix("# ") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, after)| after),
        None => markdown,
    };
    markdown_to_html(body)
}

fn module_page(
    shell: Shell,
    c: &'static Course,
    index: usize,
    m: &'static Module,
    view: ModuleView<'_>,
) -> ModulePage {
    let ModuleView {
        signed_in,
        status,
        answers,
        outcome,
        errors,
    } = view;
    let tr = shell.tr.clone();
    let questions = m
        .quiz
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let chosen = answers.get(i).copied().flatten();
            QuestionView {
                index: i,
                text: &q.question,
                choices: q
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(n, text)| (n, text.as_str(), chosen == Some(n)))
                    .collect(),
                error: errors.get(&format!("q{i}")).is_some() || (!errors.is_empty() && chosen.is_none()),
                result: outcome.map(|o| (o.correct.get(i).copied().unwrap_or(false), q.explanation.as_str())),
            }
        })
        .collect();
    let verdict = outcome.map(|o| {
        let counts = [
            ("right", i64::from(o.right)),
            ("of", i64::from(o.out_of)),
            ("needed", i64::from(o.needed)),
        ];
        if o.passed {
            (true, tr.t_counts("training-quiz-passed", &counts))
        } else {
            (false, tr.t_counts("training-quiz-not-passed", &counts))
        }
    });
    ModulePage {
        course_key: &c.key,
        course_title: &c.title,
        key: &m.key,
        title: &m.title,
        number: index + 1,
        of: c.modules.len(),
        minutes: m.minutes,
        lesson_html: if outcome.is_some() {
            String::new()
        } else {
            lesson_html(&m.lesson)
        },
        signed_in,
        status,
        questions,
        errors,
        needed: m.needed(),
        verdict,
        next_module: c
            .modules
            .get(index + 1)
            .map(|n| (n.key.as_str(), n.title.as_str())),
        shell,
    }
}

async fn show_module(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((course_key, module_key)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let c = find(&course_key)?;
    let (index, m) = c.module(&module_key).ok_or(AppError::NotFound)?;
    let status = match &actor.user {
        Some(user) => {
            let progress = state.store.training_progress(user.id, &c.key).await?;
            let p = progress.iter().find(|p| p.module == m.key);
            Some(module_status_label(&shell.tr, ModuleStatus::of(p, now()), p))
        }
        None => None,
    };
    let view = ModuleView {
        signed_in: actor.user.is_some(),
        status,
        ..ModuleView::default()
    };
    let page = module_page(shell, c, index, m, view);
    Ok(render(&page)?.into_response())
}

async fn submit_quiz(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((course_key, module_key)): Path<(String, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let c = find(&course_key)?;
    let (index, m) = c.module(&module_key).ok_or(AppError::NotFound)?;
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let answers: Vec<Option<usize>> = m
        .quiz
        .iter()
        .enumerate()
        .map(|(i, q)| {
            form.get(&format!("q{i}"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .filter(|n| *n < q.choices.len())
        })
        .collect();
    let mut errors = crate::accounts::FormErrors::default();
    if let Some(first) = answers.iter().position(Option::is_none) {
        // The summary links to the first question still to answer.
        const FIELDS: [&str; 12] = [
            "q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11",
        ];
        errors.add(
            FIELDS.get(first).copied().unwrap_or("quiz"),
            shell.tr.t("training-quiz-answer-all"),
        );
        let view = ModuleView {
            signed_in: true,
            answers: &answers,
            errors,
            ..ModuleView::default()
        };
        let page = module_page(shell, c, index, m, view);
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    let outcome = m.score(&answers);
    let at = now();
    state
        .store
        .record_training_attempt(
            user.id,
            Attempt {
                course: &c.key,
                module: &m.key,
                right: i64::from(outcome.right),
                out_of: i64::from(outcome.out_of),
                at,
                passed: outcome.passed.then(|| m.expiry(at)),
            },
        )
        .await?;
    let view = ModuleView {
        signed_in: true,
        answers: &answers,
        outcome: Some(&outcome),
        errors,
        ..ModuleView::default()
    };
    let page = module_page(shell, c, index, m, view);
    Ok(render(&page)?.into_response())
}

// ---- requirements and what organisers see

#[derive(Debug, Deserialize)]
pub struct RequirementForm {
    #[serde(default)]
    required: Option<String>,
}

async fn set_group_requirement(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<RequirementForm>,
) -> Result<Response, AppError> {
    let group = managed_group(&state, &actor, &slug).await?;
    let course = form.required.is_some().then_some(FACILITATOR_COURSE);
    state
        .store
        .set_group_training_requirement(group.id, course)
        .await?;
    Ok(Redirect::to(&format!("/groups/{slug}/members")).into_response())
}

#[derive(Debug)]
struct FacilitatorLine {
    name: String,
    group_slug: String,
    group_name: String,
    role: String,
    status: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "organisation_training.html")]
struct OrganisationTrainingPage {
    shell: Shell,
    id: OrganisationId,
    name: String,
    required: bool,
    people: Vec<FacilitatorLine>,
    saved: bool,
}

async fn may_see_organisation(state: &AppState, actor: &Actor, id: OrganisationId) -> Result<bool, AppError> {
    let Some(user) = &actor.user else {
        return Ok(false);
    };
    Ok(actor.is_admin() || state.store.is_organiser(id, user.id).await?)
}

#[derive(Debug, Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn show_organisation_training(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    if !may_see_organisation(&state, &actor, id).await? {
        return Err(AppError::NotFound);
    }
    let org = state.store.get_organisation(id).await?;
    let facilitators = state.store.organisation_facilitators(id).await?;
    let users: Vec<UserId> = facilitators.iter().map(|f| f.user_id).collect();
    let statuses = statuses(&state, &users).await?;
    let tr = shell.tr.clone();
    let people = facilitators
        .into_iter()
        .map(|f| {
            let status = statuses.get(&f.user_id).copied();
            FacilitatorLine {
                name: f.name,
                group_slug: f.group_slug,
                group_name: f.group_name,
                role: tr.t(&format!("members-role-{}", f.role.as_str())),
                status: status.map(|s| course_status_label(&tr, s)).unwrap_or_default(),
                current: status.is_some_and(CourseStatus::is_current),
            }
        })
        .collect();
    let page = OrganisationTrainingPage {
        id,
        name: org.name,
        required: state.store.organisation_training_requirement(id).await?.is_some(),
        people,
        saved: query.saved.is_some(),
        shell,
    };
    Ok(render(&page)?.into_response())
}

async fn set_organisation_requirement(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<RequirementForm>,
) -> Result<Response, AppError> {
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    if !may_see_organisation(&state, &actor, id).await? {
        return Err(AppError::NotFound);
    }
    let course = form.required.is_some().then_some(FACILITATOR_COURSE);
    state
        .store
        .set_organisation_training_requirement(id, course)
        .await?;
    Ok(Redirect::to(&format!("/organisations/{id}/training?saved=1")).into_response())
}

// ---- reminders

/// Emails everyone whose module pass expires within [`REMIND_DAYS_BEFORE`] days, once per
/// pass (a new pass arms the reminder again). Called by the housekeeping loop; safe on
/// several instances (each reminder is claimed in the transaction that queues its email).
pub async fn send_reminders(state: &AppState) -> Result<usize, AppError> {
    let now = now();
    let due = state
        .store
        .expiring_training(now + REMIND_DAYS_BEFORE * 86_400, now, 500)
        .await?;
    let mut sent = 0;
    for pass in due {
        let Some(c) = course(&pass.course) else { continue };
        let Some((_, m)) = c.module(&pass.module) else {
            continue;
        };
        let locale = pass
            .recipient
            .locale
            .as_deref()
            .and_then(kindred_core::i18n::Locale::from_tag)
            .unwrap_or_default();
        let tr = Tr::new(state.i18n.clone(), locale);
        let link = format!("{}/training/{}/{}", state.settings.public_url, c.key, m.key);
        let date = date_label(&tr, pass.expires_at);
        let clean = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let email = OutgoingEmail {
            recipient: pass.recipient.email.clone(),
            subject: clean(tr.t_args("email-training-subject", &[("module", &m.title), ("date", &date)])),
            body: clean(format!(
                "{}\n\n{}\n",
                tr.t_args(
                    "email-training-body",
                    &[
                        ("pseudonym", &pass.recipient.pseudonym),
                        ("module", &m.title),
                        ("course", &c.title),
                        ("date", &date),
                        ("link", &link),
                    ],
                ),
                tr.t("email-signature")
            )),
            unsubscribe: None,
        };
        if state.store.claim_training_reminder(&pass, &email).await? {
            sent += 1;
        }
    }
    if sent > 0 {
        state.outbox_wake.notify_one();
    }
    Ok(sent)
}
