//! Wellbeing check-ins and outcome figures (issue 8).
//!
//! - a person: `/my/wellbeing` asks the four ONS personal wellbeing questions and shows
//!   their own trend (an SVG chart drawn here, and the same numbers in a table);
//! - a group's runners: `/groups/{slug}/outcomes` (and `.csv`);
//! - an organisation's organisers: `/organisations/{id}/outcomes` (and `.csv`);
//! - commissioners: the organisation's and its groups' outcomes, nothing else; organisers
//!   grant this at `/organisations/{id}/commissioners` (`commissioners.rs`).
//!
//! Runners and organisers see aggregates only, never a person: every figure goes through
//! `kindred_core::outcomes` (nothing from fewer than five people, counts rounded to 5).
//! The arithmetic is in `figures.rs`, the chart in `chart.rs`; nothing here is logged.

mod chart;
mod commissioners;
mod figures;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use jiff::Timestamp;
use kindred_core::groups::MembershipStatus;
use kindred_core::ids::{GroupId, OrganisationId, UserId};
use kindred_core::outcomes::{CHECKIN_EVERY_DAYS, Question, Scores};
use kindred_core::policy::Actor;
use kindred_core::referrals::PersonStatus;
use kindred_store::{Checkin, ReferralFacts};
use serde::Deserialize;

use self::figures::{FunnelEntry, MONTHS_SHOWN, Month};
use crate::AppState;
use crate::accounts::FormErrors;
use crate::directory::{Standing, load_group};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};
use crate::training::date_label;

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/my/wellbeing", Access::Verified, get(show_wellbeing)),
        Route::post("/my/wellbeing", Access::Verified, post(save_checkin)),
        // Runners, organisers and administrators; anyone else is told there is nothing here.
        Route::get(
            "/groups/{slug}/outcomes",
            Access::SignedIn,
            get(show_group_outcomes),
        ),
        Route::get(
            "/groups/{slug}/outcomes.csv",
            Access::SignedIn,
            get(group_outcomes_csv),
        ),
        Route::get(
            "/organisations/{id}/outcomes",
            Access::SignedIn,
            get(show_organisation_outcomes),
        ),
        Route::get(
            "/organisations/{id}/outcomes.csv",
            Access::SignedIn,
            get(organisation_outcomes_csv),
        ),
        // The organisation's organisers and administrators; others 404.
        Route::get(
            "/organisations/{id}/commissioners",
            Access::SignedIn,
            get(commissioners::show),
        ),
        Route::post(
            "/organisations/{id}/commissioners",
            Access::SignedIn,
            post(commissioners::add),
        ),
        Route::post(
            "/organisations/{id}/commissioners/{user}/remove",
            Access::SignedIn,
            post(commissioners::remove),
        ),
    ]
}

const DAY: i64 = 86_400;
/// The chart shows at most this many of the latest check-ins (the table shows them all).
const MAX_CHARTED: usize = 60;

fn now() -> i64 {
    Timestamp::now().as_second()
}

/// Whether to suggest a check-in (for the account page): the person is an active member
/// of some group and has not checked in for [`CHECKIN_EVERY_DAYS`] days.
pub async fn checkin_due(state: &AppState, user: UserId) -> Result<bool, AppError> {
    if active_groups(state, user).await?.is_empty() {
        return Ok(false);
    }
    let last = state.store.checkins_of(user).await?.iter().map(|c| c.at).max();
    Ok(figures::due(last, now()))
}

/// The person's active groups: (slug, name).
async fn active_groups(state: &AppState, user: UserId) -> Result<Vec<(String, String)>, AppError> {
    Ok(state
        .store
        .groups_of(user)
        .await?
        .into_iter()
        .filter(|(_, _, m)| m.status == MembershipStatus::Active)
        .map(|(slug, name, _)| (slug, name))
        .collect())
}

// ---- the person's check-in

#[derive(Debug, Default, Deserialize)]
pub struct CheckinForm {
    #[serde(default)]
    life_satisfaction: Option<String>,
    #[serde(default)]
    worthwhile: Option<String>,
    #[serde(default)]
    happiness: Option<String>,
    #[serde(default)]
    anxiety: Option<String>,
    /// A group's slug; empty for none. Absent (`None`) on a fresh form.
    #[serde(default)]
    group: Option<String>,
}

impl CheckinForm {
    fn answer(&self, q: Question) -> Option<&str> {
        match q {
            Question::LifeSatisfaction => self.life_satisfaction.as_deref(),
            Question::Worthwhile => self.worthwhile.as_deref(),
            Question::Happiness => self.happiness.as_deref(),
            Question::Anxiety => self.anxiety.as_deref(),
        }
    }
}

fn score(answer: &str) -> Option<u8> {
    answer.trim().parse::<u8>().ok().filter(|n| *n <= 10)
}

#[derive(Debug)]
struct ScaleOption {
    value: u8,
    id: String,
    checked: bool,
}

#[derive(Debug)]
struct QuestionView {
    key: &'static str,
    number: usize,
    text: String,
    error: Option<String>,
    options: Vec<ScaleOption>,
}

#[derive(Debug)]
struct GroupChoice {
    slug: String,
    name: String,
    selected: bool,
}

#[derive(Debug)]
struct CheckinRow {
    date: String,
    scores: Vec<u8>,
}

#[derive(Template)]
#[template(path = "wellbeing.html")]
struct WellbeingPage {
    shell: Shell,
    errors: FormErrors,
    saved: bool,
    questions: Vec<QuestionView>,
    groups: Vec<GroupChoice>,
    no_group: bool,
    group_error: Option<String>,
    /// When to check in next, once there is a check-in.
    next: Option<String>,
    /// The SVG (built and escaped by `chart`), empty without check-ins.
    chart: String,
    legend: Vec<(String, String)>,
    headers: Vec<String>,
    rows: Vec<CheckinRow>,
}

fn short_name(tr: &Tr, q: Question) -> String {
    tr.t(&format!("wellbeing-short-{}", q.as_str()))
}

fn trend_chart(tr: &Tr, checkins: &[Checkin]) -> String {
    let charted = &checkins[checkins.len().saturating_sub(MAX_CHARTED)..];
    let (Some(first), Some(last)) = (charted.first(), charted.last()) else {
        return String::new();
    };
    let first_date = date_label(tr, first.at);
    let last_date = date_label(tr, last.at);
    let desc = if charted.len() == 1 {
        tr.t1("wellbeing-chart-desc-one", "date", first_date.clone())
    } else {
        tr.t_args(
            "wellbeing-chart-desc",
            &[("first", &first_date), ("last", &last_date)],
        )
    };
    let points: Vec<(i64, Scores)> = charted.iter().map(|c| (c.at, c.scores)).collect();
    chart::line_chart(
        &points,
        &chart::Labels {
            id: "wellbeing-chart",
            title: &tr.t("wellbeing-chart-title"),
            desc: &desc,
            x_axis: &tr.t("wellbeing-chart-x"),
            y_axis: &tr.t("wellbeing-chart-y"),
            first_date: &first_date,
            last_date: &last_date,
        },
    )
}

async fn wellbeing_page(
    state: &AppState,
    shell: Shell,
    user: UserId,
    form: &CheckinForm,
    errors: FormErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let active = active_groups(state, user).await?;
    // A fresh form suggests the only group, if there is one; a returned form keeps its choice.
    let chosen = match form.group.as_deref() {
        Some(slug) => slug.trim().to_owned(),
        None if active.len() == 1 => active.first().map(|(s, _)| s.clone()).unwrap_or_default(),
        None => String::new(),
    };
    let groups: Vec<GroupChoice> = active
        .into_iter()
        .map(|(slug, name)| GroupChoice {
            selected: slug == chosen,
            slug,
            name,
        })
        .collect();
    let questions = Question::ALL
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let key = q.as_str();
            let chosen = form.answer(*q).and_then(score);
            QuestionView {
                key,
                number: i + 1,
                text: tr.t(&format!("wellbeing-q-{key}")),
                error: errors.get(key).map(str::to_owned),
                options: (0..=10u8)
                    .map(|n| ScaleOption {
                        value: n,
                        // The first option carries the id the error summary links to.
                        id: if n == 0 {
                            format!("field-{key}")
                        } else {
                            format!("{key}-{n}")
                        },
                        checked: chosen == Some(n),
                    })
                    .collect(),
            }
        })
        .collect();
    let checkins = state.store.checkins_of(user).await?;
    let now = now();
    let next = checkins.iter().map(|c| c.at).max().map(|last| {
        let after = last + CHECKIN_EVERY_DAYS * DAY;
        if after <= now {
            tr.t("wellbeing-next-now")
        } else {
            tr.t1("wellbeing-next", "date", date_label(&tr, after))
        }
    });
    let page = WellbeingPage {
        saved: saved && errors.is_empty(),
        no_group: !groups.iter().any(|g| g.selected),
        group_error: errors.get("group").map(str::to_owned),
        questions,
        groups,
        next,
        chart: trend_chart(&tr, &checkins),
        legend: Question::ALL
            .iter()
            .map(|q| (chart::legend_key(*q), short_name(&tr, *q)))
            .collect(),
        headers: Question::ALL.iter().map(|q| short_name(&tr, *q)).collect(),
        rows: checkins
            .iter()
            .map(|c| CheckinRow {
                date: date_label(&tr, c.at),
                scores: Question::ALL.iter().map(|q| c.scores.get(*q)).collect(),
            })
            .collect(),
        errors,
        shell,
    };
    let status = page.errors.status();
    Ok((status, render(&page)?).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn show_wellbeing(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Query(query): Query<SavedQuery>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    wellbeing_page(
        &state,
        shell,
        user.id,
        &CheckinForm::default(),
        FormErrors::default(),
        query.saved.is_some(),
    )
    .await
}

async fn save_checkin(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<CheckinForm>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let tr = shell.tr.clone();
    let mut errors = FormErrors::default();
    // Every question is required; the summary lists each one missing, in order.
    for q in Question::ALL {
        if form.answer(q).and_then(score).is_none() {
            errors.add(q.as_str(), tr.t(&format!("wellbeing-error-{}", q.as_str())));
        }
    }
    let group: Option<GroupId> = match form.group.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(slug) => {
            let mine = active_groups(&state, user.id)
                .await?
                .iter()
                .any(|(s, _)| s == slug);
            if mine {
                Some(load_group(&state, slug).await?.id)
            } else {
                errors.add("group", tr.t("wellbeing-error-group"));
                None
            }
        }
    };
    let parsed = Scores::parse(Question::ALL.map(|q| (q, form.answer(q))));
    let scores = match parsed {
        Ok(scores) if errors.is_empty() => scores,
        Ok(_) => return wellbeing_page(&state, shell, user.id, &form, errors, false).await,
        Err(err) => {
            if errors.is_empty() {
                errors.add(err.field, tr.t(&format!("wellbeing-error-{}", err.field)));
            }
            return wellbeing_page(&state, shell, user.id, &form, errors, false).await;
        }
    };
    state.store.add_checkin(user.id, group, scores).await?;
    Ok(Redirect::to("/my/wellbeing?saved=1").into_response())
}

// ---- what runners and organisers see

/// Whose figures a page shows.
struct Scope {
    name: String,
    groups: Vec<GroupId>,
    organisation: bool,
    back: (String, String),
    path: String,
    filename: String,
    /// For an organisation's organisers and administrators: where commissioners are managed.
    commissioners: Option<String>,
}

async fn group_scope(state: &AppState, actor: &Actor, slug: &str) -> Result<Scope, AppError> {
    let group = load_group(state, slug).await?;
    let commissioner = match &actor.user {
        Some(u) => state.store.is_commissioner(group.organisation_id, u.id).await?,
        None => false,
    };
    if !(commissioner || Standing::of(state, actor, &group).await?.runs_group(actor)) {
        return Err(AppError::NotFound);
    }
    let slug = group.details.slug.as_str().to_owned();
    let name = group.details.name;
    Ok(Scope {
        back: (format!("/groups/{slug}"), name.clone()),
        name,
        groups: vec![group.id],
        organisation: false,
        path: format!("/groups/{slug}/outcomes"),
        filename: format!("outcomes-{slug}.csv"),
        commissioners: None,
    })
}

async fn organisation_scope(state: &AppState, actor: &Actor, id: &str) -> Result<Scope, AppError> {
    let id: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    let user = actor.user.as_ref().ok_or(AppError::NotFound)?;
    let manages = actor.is_admin() || state.store.is_organiser(id, user.id).await?;
    if !(manages || state.store.is_commissioner(id, user.id).await?) {
        return Err(AppError::NotFound);
    }
    let org = state.store.get_organisation(id).await?;
    let groups = state.store.groups_of_organisation(id).await?;
    Ok(Scope {
        back: (format!("/organisations/{id}/training"), org.name.clone()),
        name: org.name,
        groups,
        organisation: true,
        path: format!("/organisations/{id}/outcomes"),
        filename: format!("outcomes-{id}.csv"),
        commissioners: manages.then(|| format!("/organisations/{id}/commissioners")),
    })
}

/// The organisation's groups. Its organisers run every one of them, so theirs come from
/// the groups they run; an administrator who is not an organiser reads the whole list.
/// The figures for these groups, as of today.
async fn figures_for(state: &AppState, groups: &[GroupId]) -> Result<figures::Figures, AppError> {
    let today = jiff::tz::Offset::UTC.to_datetime(Timestamp::now()).date();
    let months = Month::of(today).last(MONTHS_SHOWN);
    let attendance = state.store.attendance_in(groups).await?;
    // Every referral counts, whatever the person agreed to share with their referrer:
    // these are suppressed totals for the group's own runners, never shown per person.
    let mut entries = Vec::new();
    for r in state.store.referrals_to(groups).await? {
        let accepted = r.person_status == PersonStatus::Accepted && r.person_id.is_some();
        // Later steps count only after an accepted invitation: no need to look them up.
        let facts = if accepted {
            state.store.referral_facts(&r).await?
        } else {
            ReferralFacts::default()
        };
        entries.push(FunnelEntry {
            person: r.person_id,
            accepted,
            joined: facts.joined_at.is_some(),
            attended: facts.first_attended.is_some(),
            six_weeks: facts.six_weeks.is_some(),
        });
    }
    let checkins = state.store.checkins_in(groups).await?;
    Ok(figures::compute(&attendance, &entries, &checkins, &months))
}

#[derive(Debug)]
struct FigureLine {
    label: String,
    people: String,
    suppressed: bool,
    /// Wellbeing only: the average change, or why there is none.
    change: String,
}

#[derive(Template)]
#[template(path = "outcomes.html")]
struct OutcomesPage {
    shell: Shell,
    name: String,
    back: (String, String),
    csv: String,
    organisation: bool,
    commissioners: Option<String>,
    attendance: Vec<FigureLine>,
    funnel: Vec<FigureLine>,
    wellbeing: Vec<FigureLine>,
}

fn people_text(tr: &Tr, people: Option<i64>) -> String {
    people.map_or_else(|| tr.t("outcomes-fewer"), |n| n.to_string())
}

fn change_text(tr: &Tr, change: f64) -> String {
    let points = figures::one_decimal(change.abs());
    if points == "0.0" {
        tr.t("outcomes-change-none")
    } else if change > 0.0 {
        tr.t1("outcomes-change-up", "points", points)
    } else {
        tr.t1("outcomes-change-down", "points", points)
    }
}

fn figure_lines(tr: &Tr, f: &figures::Figures) -> (Vec<FigureLine>, Vec<FigureLine>, Vec<FigureLine>) {
    let line = |label: String, people: Option<i64>| FigureLine {
        label,
        people: people_text(tr, people),
        suppressed: people.is_none(),
        change: String::new(),
    };
    let attendance = f
        .attendance
        .iter()
        .map(|m| {
            let month = tr.t(&format!("month-long-{}", m.month.month));
            let label = tr.t_args(
                "outcomes-month",
                &[("month", &month), ("year", &m.month.year.to_string())],
            );
            line(label, m.people)
        })
        .collect();
    let funnel = f
        .funnel
        .iter()
        .map(|s| line(tr.t(&format!("outcomes-stage-{}", s.stage.as_str())), s.people))
        .collect();
    let wellbeing = f
        .wellbeing
        .iter()
        .map(|c| {
            let (suppressed, change) = match (c.people, c.change) {
                (Some(_), Some(change)) => (false, change_text(tr, change)),
                _ => (true, tr.t("outcomes-not-enough")),
            };
            FigureLine {
                label: short_name(tr, c.question),
                people: people_text(tr, c.people.filter(|_| !suppressed)),
                suppressed,
                change,
            }
        })
        .collect();
    (attendance, funnel, wellbeing)
}

async fn outcomes_page(state: &AppState, shell: Shell, scope: Scope) -> Result<Response, AppError> {
    let figures = figures_for(state, &scope.groups).await?;
    let (attendance, funnel, wellbeing) = figure_lines(&shell.tr, &figures);
    let page = OutcomesPage {
        csv: format!("{}.csv", scope.path),
        name: scope.name,
        back: scope.back,
        organisation: scope.organisation,
        commissioners: scope.commissioners,
        attendance,
        funnel,
        wellbeing,
        shell,
    };
    Ok(render(&page)?.into_response())
}

async fn outcomes_csv(state: &AppState, scope: Scope) -> Result<Response, AppError> {
    let figures = figures_for(state, &scope.groups).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", scope.filename),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        figures::to_csv(&figures),
    )
        .into_response())
}

async fn show_group_outcomes(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let scope = group_scope(&state, &actor, &slug).await?;
    outcomes_page(&state, shell, scope).await
}

async fn group_outcomes_csv(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let scope = group_scope(&state, &actor, &slug).await?;
    outcomes_csv(&state, scope).await
}

async fn show_organisation_outcomes(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let scope = organisation_scope(&state, &actor, &id).await?;
    outcomes_page(&state, shell, scope).await
}

async fn organisation_outcomes_csv(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let scope = organisation_scope(&state, &actor, &id).await?;
    outcomes_csv(&state, scope).await
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::i18n::{I18n, Locale};

    fn english() -> Tr {
        Tr::new(Arc::new(I18n::load().unwrap()), Locale::En)
    }

    #[test]
    fn answers_are_whole_numbers_from_0_to_10() {
        assert_eq!(score("0"), Some(0));
        assert_eq!(score(" 10 "), Some(10));
        for bad in ["", "11", "-1", "5.5", "five", "256"] {
            assert_eq!(score(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_message_built_from_a_code_exists() {
        let i18n = I18n::load().unwrap();
        let mut ids: Vec<String> = Vec::new();
        for q in Question::ALL {
            for prefix in ["wellbeing-q", "wellbeing-short", "wellbeing-error"] {
                ids.push(format!("{prefix}-{}", q.as_str()));
            }
        }
        for stage in figures::Stage::ALL {
            ids.push(format!("outcomes-stage-{}", stage.as_str()));
        }
        for month in 1..=12 {
            ids.push(format!("month-long-{month}"));
        }
        for locale in Locale::ALL {
            for id in &ids {
                assert!(i18n.has(locale, id), "{}: {id}", locale.tag());
            }
        }
    }

    #[test]
    fn changes_read_as_words_not_signs() {
        let tr = english();
        assert_eq!(change_text(&tr, 1.3), "up 1.3");
        assert_eq!(change_text(&tr, -0.4), "down 0.4");
        assert_eq!(change_text(&tr, -0.04), "no change");
        assert_eq!(change_text(&tr, 0.0), "no change");
    }

    #[test]
    fn suppressed_figures_say_so_in_words() {
        let tr = english();
        let figures = figures::compute(&[], &[], &[], &Month { year: 2026, month: 1 }.last(2));
        let (attendance, funnel, wellbeing) = figure_lines(&tr, &figures);
        assert_eq!(attendance.len(), 2);
        assert_eq!(attendance[1].label, "January 2026");
        assert!(
            attendance
                .iter()
                .chain(&funnel)
                .all(|l| l.suppressed && l.people == "fewer than 5")
        );
        assert!(
            wellbeing
                .iter()
                .all(|l| l.suppressed && l.change == "not enough people (fewer than 5)")
        );
    }
}
