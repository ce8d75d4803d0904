//! The organiser's form: list a new group (`/groups/new`) or edit one
//! (`/groups/{slug}/edit`). The form is turned into the same `GroupInput` the JSON API and
//! imports use, so one set of rules checks all three.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use kindred_core::groups::{
    AccessFeature, Attendance, Audience, Category, Condition, Cost, Group, GroupInput, GroupRole,
    GroupStatus, Joining, Language, Leadership, UsualSchedule, Venue, VenueVisibility,
};
use kindred_core::ids::OrganisationId;
use kindred_core::organisations::Organisation;
use kindred_core::policy::Actor;
use serde::Deserialize;

use super::pages::{Choice, Select};
use super::{Standing, check_input, group_changed, load_group};
use crate::AppState;
use crate::accounts::FormErrors;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{Shell, render};

/// The form as posted. Checkbox lists arrive as repeated fields, which
/// `axum_extra`-free form decoding cannot collect, so they come as one field per option.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GroupForm {
    organisation_id: String,
    name: String,
    slug: String,
    summary: String,
    description: String,
    category: String,
    leadership: String,
    structure: String,
    format_name: String,
    attendance: String,
    age_min: String,
    age_max: String,
    venue_name: String,
    venue_address: String,
    venue_postcode: String,
    town: String,
    area: String,
    venue_visibility: String,
    cost: String,
    cost_note: String,
    joining: String,
    intake_questions: String,
    capacity: String,
    status: String,
    first_meeting: String,
    frequency: String,
    day: String,
    week: String,
    month_day: String,
    start: String,
    duration: String,
    #[serde(flatten)]
    ticks: std::collections::HashMap<String, String>,
}

fn ticked(form: &GroupForm, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = form
        .ticks
        .keys()
        .filter_map(|k| k.strip_prefix(prefix).map(str::to_owned))
        .collect();
    out.sort();
    out
}

fn opt_text(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

const DAYS: [&str; 7] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

impl GroupForm {
    fn schedule(&self) -> Result<Option<UsualSchedule>, kindred_core::ValidationError> {
        let err = |m: &str| kindred_core::ValidationError::new("schedule", m.to_owned());
        let day = self.day.parse::<usize>().ok().and_then(|d| DAYS.get(d)).copied();
        let rrule = match (self.frequency.as_str(), day) {
            ("" | "none", _) => return Ok(None),
            ("weekly", Some(d)) => format!("FREQ=WEEKLY;BYDAY={d}"),
            ("fortnightly", Some(d)) => format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={d}"),
            ("monthly_day", Some(d)) => {
                let week = match self.week.as_str() {
                    w @ ("1" | "2" | "3" | "4" | "-1") => w,
                    _ => return Err(err("choose which week of the month")),
                };
                format!("FREQ=MONTHLY;BYDAY={week}{d}")
            }
            ("monthly_date", _) => match self.month_day.trim().parse::<u8>() {
                Ok(n) if (1..=28).contains(&n) => format!("FREQ=MONTHLY;BYMONTHDAY={n}"),
                _ => return Err(err("the date must be 1 to 28, so that every month has it")),
            },
            (_, None) => return Err(err("choose a day of the week")),
            _ => return Err(err("choose how often the group meets")),
        };
        Ok(Some(UsualSchedule {
            rrule,
            start: self.start.trim().to_owned(),
            duration_minutes: self.duration.trim().parse().unwrap_or(0),
        }))
    }

    fn to_input(&self) -> Result<GroupInput, kindred_core::ValidationError> {
        let number = |field: &'static str, v: &str| -> Result<Option<u32>, kindred_core::ValidationError> {
            opt_text(v)
                .map(|v| {
                    v.parse()
                        .map_err(|_| kindred_core::ValidationError::new(field, "must be a whole number"))
                })
                .transpose()
        };
        let age = |field: &'static str, v: &str| -> Result<Option<u8>, kindred_core::ValidationError> {
            number(field, v)?
                .map(|n| {
                    u8::try_from(n).map_err(|_| kindred_core::ValidationError::new(field, "must be an age"))
                })
                .transpose()
        };
        let venue = if self.attendance == "online" {
            None
        } else {
            Some(Venue {
                name: self.venue_name.clone(),
                address: self.venue_address.clone(),
                postcode: opt_text(&self.venue_postcode),
            })
        };
        Ok(GroupInput {
            slug: opt_text(&self.slug),
            name: self.name.clone(),
            organisation: None,
            organisation_id: self.organisation_id.parse().ok(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            category: self.category.clone(),
            conditions: ticked(self, "condition_"),
            audience: ticked(self, "audience_"),
            age_min: age("age_min", &self.age_min)?,
            age_max: age("age_max", &self.age_max)?,
            leadership: self.leadership.clone(),
            structure: self.structure.clone(),
            format_name: opt_text(&self.format_name),
            attendance: self.attendance.clone(),
            languages: ticked(self, "language_"),
            accessibility: ticked(self, "access_"),
            venue,
            town: opt_text(&self.town),
            area: self.area.clone(),
            venue_visibility: opt_text(&self.venue_visibility),
            cost: self.cost.clone(),
            cost_note: opt_text(&self.cost_note),
            joining: self.joining.clone(),
            intake_questions: self.intake_questions.lines().filter_map(opt_text).collect(),
            capacity: number("capacity", &self.capacity)?,
            status: opt_text(&self.status),
            first_meeting: self.first_meeting.clone(),
            schedule: self.schedule()?,
        })
    }

    fn from_group(group: &Group) -> Self {
        let d = &group.details;
        let mut ticks = std::collections::HashMap::new();
        for c in &d.conditions {
            ticks.insert(format!("condition_{}", c.as_str()), "on".into());
        }
        for a in &d.audience {
            ticks.insert(format!("audience_{}", a.as_str()), "on".into());
        }
        for l in &d.languages {
            ticks.insert(format!("language_{}", l.as_str()), "on".into());
        }
        for a in &d.accessibility {
            ticks.insert(format!("access_{}", a.as_str()), "on".into());
        }
        let (mut frequency, mut day, mut week, mut month_day) =
            (String::from("none"), String::new(), String::new(), String::new());
        if let Some(s) = &d.schedule {
            let days = s.weekdays();
            day = days.first().map(ToString::to_string).unwrap_or_default();
            if s.rrule.contains("BYMONTHDAY=") {
                frequency = "monthly_date".into();
                month_day = s
                    .rrule
                    .split("BYMONTHDAY=")
                    .nth(1)
                    .unwrap_or("")
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .to_owned();
            } else if s.rrule.contains("FREQ=MONTHLY") {
                frequency = "monthly_day".into();
                week = s
                    .rrule
                    .split("BYDAY=")
                    .nth(1)
                    .unwrap_or("")
                    .trim_end_matches(char::is_alphabetic)
                    .to_owned();
            } else if s.rrule.contains("INTERVAL=2") {
                frequency = "fortnightly".into();
            } else {
                frequency = "weekly".into();
            }
        }
        let v = d.venue.as_ref();
        Self {
            organisation_id: group.organisation_id.to_string(),
            name: d.name.clone(),
            slug: d.slug.as_str().to_owned(),
            summary: d.summary.clone(),
            description: d.description.clone(),
            category: d.category.as_str().into(),
            leadership: d.leadership.as_str().into(),
            structure: d.structure.as_str().into(),
            format_name: d.format_name.clone().unwrap_or_default(),
            attendance: d.attendance.as_str().into(),
            age_min: d.age_min.map(|a| a.to_string()).unwrap_or_default(),
            age_max: d.age_max.map(|a| a.to_string()).unwrap_or_default(),
            venue_name: v.map(|v| v.name.clone()).unwrap_or_default(),
            venue_address: v.map(|v| v.address.clone()).unwrap_or_default(),
            venue_postcode: v.and_then(|v| v.postcode.clone()).unwrap_or_default(),
            town: String::new(),
            area: d.area.clone(),
            venue_visibility: d.venue_visibility.as_str().into(),
            cost: d.cost.as_str().into(),
            cost_note: d.cost_note.clone().unwrap_or_default(),
            joining: d.joining.as_str().into(),
            intake_questions: d.intake_questions.join("\n"),
            capacity: d.capacity.map(|c| c.to_string()).unwrap_or_default(),
            status: d.status.as_str().into(),
            first_meeting: d.first_meeting.clone(),
            frequency,
            day,
            week,
            month_day,
            start: d.schedule.as_ref().map(|s| s.start.clone()).unwrap_or_default(),
            duration: d
                .schedule
                .as_ref()
                .map(|s| s.duration_minutes.to_string())
                .unwrap_or_else(|| "90".into()),
            ticks,
        }
    }
}

/// A checkbox in the form.
#[derive(Debug, Clone)]
pub struct Tick {
    pub name: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "group_form.html")]
struct GroupFormPage {
    shell: Shell,
    errors: FormErrors,
    title: String,
    action: String,
    editing: bool,
    form: GroupForm,
    organisations: Vec<Choice>,
    selects: Vec<Select>,
    conditions: Vec<Tick>,
    audiences: Vec<Tick>,
    languages: Vec<Tick>,
    access: Vec<Tick>,
    schedule: Vec<Select>,
}

fn ticks<T: Copy>(
    tr: &Tr,
    form: &GroupForm,
    all: &[T],
    field: &str,
    label: &str,
    code: impl Fn(T) -> &'static str,
) -> Vec<Tick> {
    let mut out: Vec<Tick> = all
        .iter()
        .map(|v| {
            let name = format!("{field}_{}", code(*v));
            Tick {
                checked: form.ticks.contains_key(&name),
                name,
                label: tr.t(&format!("{label}-{}", code(*v))),
            }
        })
        .collect();
    out.sort_by(|a, b| a.label.cmp(&b.label));
    out
}

fn select<T: Copy>(
    tr: &Tr,
    name: &'static str,
    label: &str,
    all: &[T],
    prefix: &str,
    code: impl Fn(T) -> &'static str,
    current: &str,
) -> Select {
    Select {
        name,
        label: tr.t(label),
        choices: all
            .iter()
            .map(|v| Choice {
                value: code(*v).into(),
                label: tr.t(&format!("{prefix}-{}", code(*v))),
                selected: current == code(*v),
            })
            .collect(),
    }
}

fn plain(tr: &Tr, name: &'static str, label: &str, options: &[(&str, String)], current: &str) -> Select {
    Select {
        name,
        label: tr.t(label),
        choices: options
            .iter()
            .map(|(value, text)| Choice {
                value: (*value).into(),
                label: text.clone(),
                selected: current == *value,
            })
            .collect(),
    }
}

fn form_page(
    shell: Shell,
    errors: FormErrors,
    title: String,
    action: String,
    editing: bool,
    form: GroupForm,
    orgs: &[Organisation],
) -> GroupFormPage {
    let tr = shell.tr.clone();
    let f = &form;
    let selects = vec![
        select(
            &tr,
            "category",
            "search-category",
            Category::ALL,
            "category",
            Category::as_str,
            &f.category,
        ),
        select(
            &tr,
            "leadership",
            "search-leadership",
            Leadership::ALL,
            "leadership",
            Leadership::as_str,
            &f.leadership,
        ),
        plain(
            &tr,
            "structure",
            "group-format",
            &[
                ("unstructured", tr.t("structure-unstructured")),
                ("structured", tr.t1("structure-structured", "format", "…")),
            ],
            &f.structure,
        ),
        select(
            &tr,
            "attendance",
            "search-format",
            Attendance::ALL,
            "attendance",
            Attendance::as_str,
            &f.attendance,
        ),
        select(
            &tr,
            "venue_visibility",
            "field-venue-visibility",
            VenueVisibility::ALL,
            "visibility",
            VenueVisibility::as_str,
            &f.venue_visibility,
        ),
        select(
            &tr,
            "cost",
            "search-cost",
            Cost::ALL,
            "cost",
            Cost::as_str,
            &f.cost,
        ),
        select(
            &tr,
            "joining",
            "organise-section-joining",
            Joining::ALL,
            "joining",
            Joining::as_str,
            &f.joining,
        ),
        select(
            &tr,
            "status",
            "field-status",
            GroupStatus::ALL,
            "status",
            GroupStatus::as_str,
            &f.status,
        ),
    ];
    let days: Vec<(&str, String)> = ["0", "1", "2", "3", "4", "5", "6"]
        .iter()
        .map(|d| (*d, tr.t(&format!("day-{d}"))))
        .collect();
    let schedule = vec![
        plain(
            &tr,
            "frequency",
            "field-frequency",
            &[
                ("none", tr.t("frequency-none")),
                ("weekly", tr.t("frequency-weekly")),
                ("fortnightly", tr.t("frequency-fortnightly")),
                ("monthly_day", tr.t("frequency-monthly-day")),
                ("monthly_date", tr.t("frequency-monthly-date")),
            ],
            &f.frequency,
        ),
        plain(&tr, "day", "search-day", &days, &f.day),
        plain(
            &tr,
            "week",
            "field-week-of-month",
            &[
                ("1", tr.t("week-1")),
                ("2", tr.t("week-2")),
                ("3", tr.t("week-3")),
                ("4", tr.t("week-4")),
                ("-1", tr.t("week-last")),
            ],
            &f.week,
        ),
    ];
    GroupFormPage {
        organisations: orgs
            .iter()
            .map(|o| Choice {
                value: o.id.to_string(),
                label: o.name.clone(),
                selected: f.organisation_id == o.id.to_string(),
            })
            .collect(),
        selects,
        conditions: ticks(
            &tr,
            f,
            Condition::ALL,
            "condition",
            "condition",
            Condition::as_str,
        ),
        audiences: ticks(&tr, f, Audience::ALL, "audience", "audience", Audience::as_str),
        languages: ticks(&tr, f, Language::ALL, "language", "lang", Language::as_str),
        access: ticks(
            &tr,
            f,
            AccessFeature::ALL,
            "access",
            "access",
            AccessFeature::as_str,
        ),
        schedule,
        errors,
        title,
        action,
        editing,
        form,
        shell,
    }
}

/// The organisations someone may list groups for.
async fn organisations_for(state: &AppState, actor: &Actor) -> Result<Vec<Organisation>, AppError> {
    let Some(user) = &actor.user else {
        return Ok(Vec::new());
    };
    let all = super::all_organisations(&state.store).await?;
    let mut out = Vec::new();
    for org in all.into_values() {
        if actor.is_admin() || state.store.is_organiser(org.id, user.id).await? {
            out.push(org);
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

pub async fn show_new_group(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
) -> Result<Response, AppError> {
    let orgs = organisations_for(&state, &actor).await?;
    if orgs.is_empty() {
        // Not an organiser (yet): say how to become one rather than refuse.
        let page = crate::accounts::MessagePage {
            title: shell.t("organise-new-title"),
            paragraphs: vec![shell.t("organise-no-organisation")],
            link: Some(("/groups".into(), shell.t("groups-title"))),
            shell,
        };
        return Ok(render(&page)?.into_response());
    }
    let form = GroupForm {
        organisation_id: orgs[0].id.to_string(),
        ticks: languages_default(),
        frequency: "weekly".into(),
        duration: "90".into(),
        ..GroupForm::default()
    };
    let title = shell.t("organise-new-title");
    Ok(render(&form_page(
        shell,
        FormErrors::default(),
        title,
        "/groups/new".into(),
        false,
        form,
        &orgs,
    ))?
    .into_response())
}

fn languages_default() -> std::collections::HashMap<String, String> {
    std::iter::once(("language_en".to_owned(), "on".to_owned())).collect()
}

/// Maps a rule's field name to the form field that shows the error.
fn form_field(field: &'static str) -> &'static str {
    match field {
        "venue" => "venue_name",
        "schedule" => "frequency",
        "conditions" | "audience" | "languages" | "accessibility" => field,
        other => other,
    }
}

/// A problem to show next to a form field.
type FieldProblem = (&'static str, String);

/// Checks the form: the outer error refuses the request, the inner one goes back to the form.
async fn validate(
    state: &AppState,
    actor: &Actor,
    shell: &Shell,
    form: &GroupForm,
    existing: Option<&Group>,
    orgs: &[Organisation],
) -> Result<Result<(OrganisationId, kindred_core::groups::GroupDetails), FieldProblem>, AppError> {
    let mut input = match form.to_input() {
        Ok(input) => input,
        Err(e) => return Ok(Err((form_field(e.field), e.message))),
    };
    if let Some(g) = existing {
        input.slug = Some(g.details.slug.as_str().to_owned());
        if !actor.is_admin() {
            input.organisation_id = Some(g.organisation_id);
        }
    } else {
        match input.organisation_id {
            None => return Ok(Err(("organisation_id", shell.t("field-organisation")))),
            Some(id) if !orgs.iter().any(|o| o.id == id) => return Err(AppError::Forbidden),
            Some(_) => {}
        }
    }
    let (organisation, details) = match check_input(state, &input).await {
        Ok(checked) => checked,
        Err(AppError::Invalid(e)) => return Ok(Err((form_field(e.field), e.message))),
        Err(other) => return Err(other),
    };
    if existing.is_none() && state.store.get_group_by_slug(details.slug.as_str()).await.is_ok() {
        return Ok(Err(("slug", "is already used by another group".into())));
    }
    Ok(Ok((organisation, details)))
}

async fn save(
    state: &AppState,
    actor: &Actor,
    shell: Shell,
    form: GroupForm,
    existing: Option<Group>,
) -> Result<Response, AppError> {
    let orgs = organisations_for(state, actor).await?;
    let editing = existing.is_some();
    let (title, action) = match &existing {
        Some(g) => (
            shell
                .tr
                .t1("organise-edit-title", "group", g.details.name.clone()),
            format!("/groups/{}/edit", g.details.slug.as_str()),
        ),
        None => (shell.t("organise-new-title"), "/groups/new".to_owned()),
    };
    let (organisation, details) =
        match validate(state, actor, &shell, &form, existing.as_ref(), &orgs).await? {
            Ok(checked) => checked,
            Err((field, message)) => {
                let mut errors = FormErrors::default();
                errors.add(field, message);
                let page = form_page(shell, errors, title, action, editing, form, &orgs);
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
            }
        };
    let (group, created) = state.store.upsert_group(organisation, &details).await?;
    if created && let Some(user) = &actor.user {
        state
            .store
            .set_group_role(group.id, user.id, GroupRole::Organiser)
            .await?;
    }
    group_changed(state, group.id).await?;
    Ok(Redirect::to(&format!("/groups/{}", group.details.slug.as_str())).into_response())
}

pub async fn create_group_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Form(form): Form<GroupForm>,
) -> Result<Response, AppError> {
    save(&state, &actor, shell, form, None).await
}

async fn manageable(state: &AppState, actor: &Actor, slug: &str) -> Result<Group, AppError> {
    let group = load_group(state, slug).await?;
    if !Standing::of(state, actor, &group).await?.manages_group(actor) {
        return Err(AppError::NotFound);
    }
    Ok(group)
}

pub async fn show_edit_group(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = manageable(&state, &actor, &slug).await?;
    let orgs = match organisations_for(&state, &actor).await? {
        orgs if orgs.is_empty() => vec![state.store.get_organisation(group.organisation_id).await?],
        orgs => orgs,
    };
    let title = shell
        .tr
        .t1("organise-edit-title", "group", group.details.name.clone());
    let action = format!("/groups/{slug}/edit");
    Ok(render(&form_page(
        shell,
        FormErrors::default(),
        title,
        action,
        true,
        GroupForm::from_group(&group),
        &orgs,
    ))?
    .into_response())
}

pub async fn update_group_form(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    shell: Shell,
    Path(slug): Path<String>,
    Form(form): Form<GroupForm>,
) -> Result<Response, AppError> {
    let group = manageable(&state, &actor, &slug).await?;
    save(&state, &actor, shell, form, Some(group)).await
}
