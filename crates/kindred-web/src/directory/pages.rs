//! `/groups` (search) and `/groups/{slug}` (a group's page).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kindred_core::groups::{
    AccessFeature, Attendance, Audience, Category, Condition, Cost, Group, GroupStatus, Joining, Language,
    Leadership, MembershipStatus, Structure, UsualSchedule, VenueVisibility,
};
use kindred_core::policy::Actor;

use super::api::{GroupList, GroupsQuery, markdown_to_html, run_search};
use super::{Standing, load_group};
use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::pages::{Shell, render};

/// An option in a filter.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
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

/// Builds the human description of a usual schedule.
pub fn describe_schedule(tr: &Tr, schedule: &UsualSchedule) -> String {
    let days: Vec<String> = schedule
        .weekdays()
        .iter()
        .map(|d| tr.t(&format!("day-{d}")))
        .collect();
    let days = days.join(", ");
    let rule = &schedule.rrule;
    let id = if rule.contains("FREQ=MONTHLY") {
        "schedule-monthly"
    } else if rule.contains("INTERVAL=2") {
        "schedule-fortnightly"
    } else if rule.contains("FREQ=WEEKLY") && !days.is_empty() {
        "schedule-weekly"
    } else {
        "schedule-other"
    };
    tr.t_args(id, &[("days", &days), ("time", &schedule.start)])
}

/// A drop-down filter.
#[derive(Debug, Clone)]
pub struct Select {
    pub name: &'static str,
    pub label: String,
    pub choices: Vec<Choice>,
}

/// A search result as the page shows it.
#[derive(Debug, Clone)]
pub struct ResultView {
    pub name: String,
    pub url: String,
    pub summary: String,
    pub area: String,
    pub organisation: String,
    pub verified: bool,
    pub distance: Option<String>,
    pub online: bool,
    pub paused: bool,
    pub facts: Vec<String>,
    pub when: Option<String>,
    pub next: Option<String>,
    pub trained: bool,
}

#[derive(Template)]
#[template(path = "groups.html")]
struct GroupsPage {
    shell: Shell,
    query: GroupsQuery,
    error: Option<(String, String)>,
    searched: bool,
    summary: String,
    near_heading: Option<String>,
    near_results: Vec<ResultView>,
    online_results: Vec<ResultView>,
    plain_results: Vec<ResultView>,
    page_text: String,
    previous: Option<String>,
    next: Option<String>,
    selects: Vec<Select>,
    access: Vec<Choice>,
    radii: Vec<Choice>,
}

fn page_link(query: &GroupsQuery, page: usize) -> String {
    let mut q = query.clone();
    q.page = Some(page.to_string());
    format!("/groups?{}", serde_urlencoded_like(&q))
}

/// Encodes the search parameters back into a query string (empty ones left out).
fn serde_urlencoded_like(q: &GroupsQuery) -> String {
    let pairs = [
        ("q", &q.q),
        ("near", &q.near),
        ("radius_km", &q.radius_km),
        ("category", &q.category),
        ("condition", &q.condition),
        ("format", &q.format),
        ("language", &q.language),
        ("day", &q.day),
        ("time", &q.time),
        ("access", &q.access),
        ("leadership", &q.leadership),
        ("cost", &q.cost),
        ("audience", &q.audience),
        ("per_page", &q.per_page),
        ("page", &q.page),
    ];
    pairs
        .iter()
        .filter_map(|(k, v)| {
            v.as_deref()
                .filter(|v| !v.is_empty())
                .map(|v| format!("{k}={}", crate::routes::encode_path(v).replace('/', "%2F")))
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn result_view(tr: &Tr, item: &super::api::GroupItem, trained: bool) -> ResultView {
    let mut facts = vec![tr.t(&format!("attendance-{}", item.attendance.as_str()))];
    facts.extend(
        item.languages
            .iter()
            .map(|l| tr.t(&format!("lang-{}", l.as_str()))),
    );
    facts.push(tr.t(&format!("cost-{}", item.cost.as_str())));
    facts.push(tr.t(&format!("joining-{}", item.joining.as_str())));
    ResultView {
        name: item.name.clone(),
        url: item.url.clone(),
        summary: item.summary.clone(),
        area: item.area.clone(),
        organisation: item.organisation.name.clone(),
        verified: item.organisation.verified,
        distance: item
            .distance_km
            .flatten()
            .map(|km| tr.t1("search-distance", "km", format!("{km:.1}"))),
        online: item.online,
        paused: item.status == GroupStatus::Paused,
        facts,
        trained,
        when: item.schedule.as_ref().map(|s| describe_schedule(tr, s)),
        next: item.next_meeting.as_deref().and_then(|at| {
            let at: jiff::Timestamp = at.parse().ok()?;
            let zone = kindred_core::recurrence::zone(item.next_meeting_timezone.as_deref()?).ok()?;
            Some(tr.t1(
                "search-next-meeting",
                "when",
                crate::meetings::when(tr, at, &zone),
            ))
        }),
    }
}

pub async fn show_groups(
    State(state): State<AppState>,
    shell: Shell,
    Query(query): Query<GroupsQuery>,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let searched = [
        &query.q,
        &query.near,
        &query.category,
        &query.condition,
        &query.format,
        &query.language,
        &query.day,
        &query.time,
        &query.access,
        &query.leadership,
        &query.cost,
        &query.audience,
    ]
    .iter()
    .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()));
    let (list, error): (Option<GroupList>, Option<(String, String)>) = match run_search(&state, &query) {
        Ok(mut list) => {
            super::api::add_next_meetings(&state, &mut list.items).await?;
            (Some(list), None)
        }
        Err(AppError::Invalid(e)) => (None, Some((e.field.to_owned(), e.message))),
        Err(other) => return Err(other),
    };
    let mut near_results = Vec::new();
    let mut online_results = Vec::new();
    let mut plain_results = Vec::new();
    let (mut summary, mut page_text, mut previous, mut next, mut near_heading) =
        (String::new(), String::new(), None, None, None);
    if let Some(list) = &list {
        summary = if list.total == 0 {
            tr.t("search-none")
        } else {
            tr.t1("search-results", "count", list.total)
        };
        let ids: Vec<_> = list.items.iter().map(|i| i.id).collect();
        let trained = crate::training::trained_groups(&state, &ids).await?;
        for item in &list.items {
            let view = result_view(&tr, item, trained.contains(&item.id));
            match (&list.near, item.online) {
                (Some(_), true) => online_results.push(view),
                (Some(_), false) => near_results.push(view),
                (None, _) => plain_results.push(view),
            }
        }
        near_heading = list
            .near
            .as_ref()
            .map(|p| tr.t1("search-near-heading", "place", p.label.clone()));
        page_text = tr.t_args(
            "search-page",
            &[
                ("page", &list.page.to_string()),
                ("pages", &list.total_pages.to_string()),
            ],
        );
        let page = list.page as usize;
        previous = (page > 1).then(|| page_link(&query, page - 1));
        next = (page < list.total_pages).then(|| page_link(&query, page + 1));
    }
    let cur = |v: &Option<String>| v.clone();
    let days: Vec<Choice> = (0..7u8)
        .map(|d| Choice {
            value: d.to_string(),
            label: tr.t(&format!("day-{d}")),
            selected: query.day.as_deref() == Some(&d.to_string()),
        })
        .collect();
    let times = ["morning", "afternoon", "evening"]
        .iter()
        .map(|t| Choice {
            value: (*t).into(),
            label: tr.t(&format!("time-{t}")),
            selected: query.time.as_deref() == Some(*t),
        })
        .collect();
    let selected_access: Vec<&str> = query.access.as_deref().unwrap_or("").split(',').collect();
    let access = choices(&tr, AccessFeature::ALL, "access", AccessFeature::as_str, None)
        .into_iter()
        .map(|mut c| {
            c.selected = selected_access.contains(&c.value.as_str());
            c
        })
        .collect();
    let radius = query.radius_km.clone().unwrap_or_else(|| "25".into());
    let radii = ["5", "10", "25", "50", "100"]
        .iter()
        .map(|r| Choice {
            value: (*r).into(),
            label: tr.t1("search-radius-km", "km", *r),
            selected: radius == *r,
        })
        .collect();
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let select = |name: &'static str, label: &str, choices: Vec<Choice>| Select {
        name,
        label: tr.t(label),
        choices,
    };
    let selects = vec![
        select(
            "format",
            "search-format",
            choices(
                &tr,
                Attendance::ALL,
                "attendance",
                Attendance::as_str,
                cur(&query.format).as_deref(),
            ),
        ),
        select(
            "language",
            "search-language",
            choices(
                &tr,
                Language::ALL,
                "lang",
                Language::as_str,
                cur(&query.language).as_deref(),
            ),
        ),
        select(
            "category",
            "search-category",
            choices(
                &tr,
                Category::ALL,
                "category",
                Category::as_str,
                cur(&query.category).as_deref(),
            ),
        ),
        select(
            "condition",
            "search-condition",
            choices(
                &tr,
                Condition::ALL,
                "condition",
                Condition::as_str,
                cur(&query.condition).as_deref(),
            ),
        ),
        select("day", "search-day", days),
        select("time", "search-time", times),
        select(
            "leadership",
            "search-leadership",
            choices(
                &tr,
                Leadership::ALL,
                "leadership",
                Leadership::as_str,
                cur(&query.leadership).as_deref(),
            ),
        ),
        select(
            "cost",
            "search-cost",
            choices(&tr, Cost::ALL, "cost", Cost::as_str, cur(&query.cost).as_deref()),
        ),
        select(
            "audience",
            "search-audience",
            choices(
                &tr,
                Audience::ALL,
                "audience",
                Audience::as_str,
                cur(&query.audience).as_deref(),
            ),
        ),
    ];
    let page = GroupsPage {
        selects,
        access,
        radii,
        searched: searched || list.as_ref().is_some_and(|l| l.page > 1),
        summary,
        near_heading,
        near_results,
        online_results,
        plain_results,
        page_text,
        previous,
        next,
        error,
        query,
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

/// A row in the group's details.
#[derive(Debug, Clone)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "group.html")]
struct GroupPage {
    shell: Shell,
    name: String,
    slug: String,
    summary: String,
    organisation: String,
    verified: bool,
    description_html: String,
    facts: Vec<Fact>,
    first_meeting: String,
    rules: Vec<String>,
    rules_title: String,
    facilitators: Vec<(String, String)>,
    paused: bool,
    signed_in: bool,
    status_text: Option<String>,
    can_join: bool,
    join_label: String,
    is_member: bool,
    runs_group: bool,
    manages_group: bool,
    needs_reaccept: bool,
    upcoming: Vec<crate::meetings::UpcomingLine>,
    trained: bool,
    resources: Vec<(String, String)>,
    /// The viewer is a verified referrer: offer "Refer someone".
    referrer: bool,
    /// Referrals waiting for the runners.
    pending_referrals: i64,
}

/// The text of an agreement in the reader's language: the default one is translated.
pub fn agreement_lines(tr: &Tr, body: &str) -> Vec<String> {
    if body.trim().is_empty() {
        (1..=5).map(|n| tr.t(&format!("agreement-default-{n}"))).collect()
    } else {
        body.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

pub async fn show_group(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let org = state.store.get_organisation(group.organisation_id).await?;
    let standing = Standing::of(&state, &actor, &group).await?;
    let tr = shell.tr.clone();
    let d = &group.details;
    let members_see = standing.is_member() || standing.runs_group(&actor);
    let facts = group_facts(
        &tr,
        &group,
        members_see,
        state.store.count_members(group.id).await?,
    );
    let agreement = state.store.current_agreement(group.id).await?;
    let facilitators = state
        .store
        .group_members(group.id, MembershipStatus::Active)
        .await?
        .into_iter()
        .filter(|m| m.role.runs_group())
        .map(|m| (m.name, tr.t(&format!("members-role-{}", m.role.as_str()))))
        .collect();
    let status_text = standing.membership.as_ref().and_then(|m| match m.status {
        MembershipStatus::Active => Some(tr.t("group-you-are-member")),
        MembershipStatus::Pending => Some(tr.t("group-you-are-pending")),
        MembershipStatus::Declined => Some(match &m.decision_note {
            Some(note) => format!(
                "{} {}",
                tr.t("group-you-were-declined"),
                tr.t1("group-decision-note", "note", note.clone())
            ),
            None => tr.t("group-you-were-declined"),
        }),
        MembershipStatus::Banned | MembershipStatus::Removed => Some(tr.t("group-you-are-banned")),
        MembershipStatus::Left => None,
    });
    let blocked = standing.membership.as_ref().is_some_and(|m| {
        matches!(
            m.status,
            MembershipStatus::Active
                | MembershipStatus::Pending
                | MembershipStatus::Banned
                | MembershipStatus::Removed
        )
    });
    let needs_reaccept = match (&actor.user, standing.is_member()) {
        (Some(user), true) => {
            !state
                .store
                .has_accepted_current_agreement(group.id, user.id)
                .await?
        }
        _ => false,
    };
    let page = GroupPage {
        name: d.name.clone(),
        slug: d.slug.as_str().to_owned(),
        summary: d.summary.clone(),
        organisation: org.name,
        verified: org.verified,
        description_html: markdown_to_html(&d.description),
        facts,
        first_meeting: d.first_meeting.clone(),
        rules: agreement_lines(&tr, &agreement.body),
        rules_title: tr.t1("join-agreement", "version", agreement.version),
        facilitators,
        paused: d.status != GroupStatus::Active,
        signed_in: actor.user.is_some(),
        status_text,
        can_join: !blocked && d.status != GroupStatus::Closed,
        join_label: tr.t(if d.joining == Joining::Open {
            "group-join"
        } else {
            "group-ask-to-join"
        }),
        is_member: standing.is_member(),
        runs_group: standing.runs_group(&actor),
        manages_group: standing.manages_group(&actor),
        referrer: match &actor.user {
            Some(u) => state.store.referrer(u.id).await?.is_some(),
            None => false,
        },
        pending_referrals: if standing.runs_group(&actor) {
            state.store.pending_referrals(group.id).await?
        } else {
            0
        },
        needs_reaccept,
        upcoming: crate::meetings::upcoming_for_group(&state, &actor, &group, &tr, 5).await?,
        trained: crate::training::trained_groups(&state, &[group.id])
            .await?
            .contains(&group.id),
        resources: state
            .store
            .group_resources(group.id)
            .await?
            .into_iter()
            .map(|r| (r.resource.slug.as_str().to_owned(), r.resource.title))
            .collect(),
        shell,
    };
    Ok(render(&page)?.into_response())
}

fn group_facts(tr: &Tr, group: &Group, members_see: bool, members: i64) -> Vec<Fact> {
    let d = &group.details;
    let mut facts = Vec::new();
    let mut add = |label: &str, value: String| {
        if !value.is_empty() {
            facts.push(Fact {
                label: tr.t(label),
                value,
            });
        }
    };
    add(
        "group-when",
        d.schedule
            .as_ref()
            .map(|s| describe_schedule(tr, s))
            .unwrap_or_default(),
    );
    let place = match (&d.venue, d.attendance) {
        (_, Attendance::Online) => tr.t("group-online-only"),
        (Some(v), _) if d.venue_visibility == VenueVisibility::Public || members_see => [
            v.name.as_str(),
            v.address.as_str(),
            v.postcode.as_deref().unwrap_or(""),
        ]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", "),
        _ => format!("{}. {}", d.area, tr.t("group-where-members")),
    };
    add("group-where", place);
    add(
        "search-format",
        tr.t(&format!("attendance-{}", d.attendance.as_str())),
    );
    let mut who: Vec<String> = d
        .audience
        .iter()
        .map(|a| tr.t(&format!("audience-{}", a.as_str())))
        .collect();
    match (d.age_min, d.age_max) {
        (Some(lo), Some(hi)) => {
            who.push(tr.t_args("age-range", &[("min", &lo.to_string()), ("max", &hi.to_string())]))
        }
        (Some(lo), None) => who.push(tr.t1("age-from", "min", lo)),
        (None, Some(hi)) => who.push(tr.t1("age-to", "max", hi)),
        (None, None) => {}
    }
    who.extend(
        d.conditions
            .iter()
            .map(|c| tr.t(&format!("condition-{}", c.as_str()))),
    );
    add("group-who", who.join(", "));
    add(
        "group-languages",
        d.languages
            .iter()
            .map(|l| tr.t(&format!("lang-{}", l.as_str())))
            .collect::<Vec<_>>()
            .join(", "),
    );
    add(
        "group-access",
        d.accessibility
            .iter()
            .map(|a| tr.t(&format!("access-{}", a.as_str())))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let cost = tr.t(&format!("cost-{}", d.cost.as_str()));
    add(
        "group-cost",
        match &d.cost_note {
            Some(note) => format!("{cost}: {note}"),
            None => cost,
        },
    );
    add(
        "group-leadership",
        tr.t(&format!("leadership-{}", d.leadership.as_str())),
    );
    add(
        "group-format",
        match d.structure {
            Structure::Structured => tr.t1(
                "structure-structured",
                "format",
                d.format_name.clone().unwrap_or_default(),
            ),
            Structure::Unstructured => tr.t("structure-unstructured"),
        },
    );
    add(
        "search-category",
        tr.t(&format!("category-{}", d.category.as_str())),
    );
    let mut size = tr.t1("group-members-count", "count", members);
    if let Some(capacity) = d.capacity {
        size = format!("{size} · {}", tr.t1("group-capacity", "capacity", capacity));
    }
    add("members-current", size);
    facts
}
