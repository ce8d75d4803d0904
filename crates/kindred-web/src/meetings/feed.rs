//! `GET /feeds/meeting-guide.json`: recovery groups' weekly meetings in the Meeting Guide
//! JSON format, for meeting-finder apps.
//!
//! Meeting Guide can only say "every week on these days". Series that repeat otherwise
//! (fortnightly, monthly, one-off, or with months left out) are left out rather than
//! misrepresented. Join links are never published: `conference_url` points at the group's
//! page, where members see the link shortly before each meeting.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use kindred_core::groups::{AccessFeature, Audience, Category, Group, GroupStatus, Joining, Language};
use kindred_core::meetings::PlaceKind;
use serde::Serialize;

use super::{meeting_title, venue_of};
use crate::AppState;
use crate::error::AppError;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct GuideMeeting {
    pub name: String,
    pub slug: String,
    /// 0 (Sunday) to 6, or a list of them.
    pub day: serde_json::Value,
    pub time: String,
    pub end_time: String,
    pub timezone: String,
    pub types: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formatted_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_notes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    pub region: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conference_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conference_url_notes: Option<String>,
    pub notes: String,
    pub group: String,
    pub url: String,
    pub entity: String,
    pub updated: String,
}

fn language_type(l: Language) -> Option<&'static str> {
    Some(match l {
        Language::En => "EN",
        Language::Ar => "AR",
        Language::Pl => "POL",
        Language::Pa => "PUN",
        _ => return None,
    })
}

/// Recovery groups' weekly meetings in the Meeting Guide format.
#[utoipa::path(get, path = "/feeds/meeting-guide.json", tag = "feeds",
    responses((status = 200, description = "Weekly meetings of recovery groups", body = Vec<GuideMeeting>)))]
pub async fn meeting_guide(State(state): State<AppState>) -> Result<Response, AppError> {
    let base = &state.settings.public_url;
    let mut out = Vec::new();
    let mut after = None;
    let mut organisations = std::collections::HashMap::new();
    let mut groups: std::collections::HashMap<_, Group> = std::collections::HashMap::new();
    loop {
        let batch = state.store.all_series(after, 2_000).await?;
        let Some(last) = batch.last() else { break };
        after = Some(last.id);
        for series in &batch {
            let s = &series.details.schedule;
            let weekly = s.rule.as_ref().is_some_and(|r| r.is_plain_weekly());
            let ended = s
                .ends_on
                .is_some_and(|e| e < jiff::Timestamp::now().to_zoned_datetime(s.zone.clone()).date());
            if !weekly || ended {
                continue;
            }
            if series.next_meeting(&[], jiff::Timestamp::now()).is_none() {
                continue;
            }
            let group = match groups.get(&series.group_id) {
                Some(g) => Group::clone(g),
                None => {
                    let g = state.store.get_group(series.group_id).await?;
                    groups.insert(series.group_id, g.clone());
                    g
                }
            };
            let d = &group.details;
            if d.category != Category::AddictionRecovery || d.status == GroupStatus::Closed {
                continue;
            }
            let org = match organisations.get(&group.organisation_id) {
                Some(name) => String::clone(name),
                None => {
                    let name = state.store.get_organisation(group.organisation_id).await?.name;
                    organisations.insert(group.organisation_id, name.clone());
                    name
                }
            };
            let days: Vec<i8> = s
                .rule
                .as_ref()
                .map(|r| r.weekdays.iter().map(|w| w.to_sunday_zero_offset()).collect())
                .unwrap_or_default();
            let mut types = vec![if d.joining == Joining::Open { "O" } else { "C" }];
            let online = matches!(series.details.place, PlaceKind::Online | PlaceKind::Hybrid);
            let in_person = series.details.place != PlaceKind::Online;
            if online {
                types.push("ONL");
            }
            if in_person && d.status == GroupStatus::Paused {
                types.push("TC");
            }
            types.extend(d.languages.iter().filter_map(|l| language_type(*l)));
            for a in &d.audience {
                types.extend(match a {
                    Audience::Women => Some("W"),
                    Audience::Men => Some("M"),
                    Audience::Lgbtq => Some("LGBTQ"),
                    Audience::YoungPeople => Some("Y"),
                    Audience::OlderPeople => Some("SEN"),
                    _ => None,
                });
            }
            // The group's access features describe its own venue.
            let own_venue = matches!(series.details.place, PlaceKind::GroupVenue)
                || matches!(series.details.place, PlaceKind::Hybrid) && series.details.venue.is_none();
            if own_venue {
                for a in &d.accessibility {
                    types.extend(match a {
                        AccessFeature::StepFree => Some("X"),
                        AccessFeature::AccessibleToilet => Some("XB"),
                        _ => None,
                    });
                }
            }
            types.sort_unstable();
            types.dedup();
            // A venue for members only is not published; the area is.
            let public_venue = d.venue_visibility == kindred_core::groups::VenueVisibility::Public;
            let venue = venue_of(&group, series).filter(|_| in_person && public_venue);
            let point = d.location.filter(|_| own_venue && public_venue);
            // Meeting Guide gives an end time of day; one past midnight wraps.
            let end = s
                .start
                .time()
                .wrapping_add(jiff::SignedDuration::from_mins(i64::from(s.minutes)));
            // A venue for members only: publish the area (Meeting Guide needs a place),
            // never the address or coordinates.
            let area_only = in_person && !public_venue;
            let url = format!("{base}/groups/{}", d.slug.as_str());
            out.push(GuideMeeting {
                name: meeting_title(&group, series),
                slug: format!("{}-{}", d.slug.as_str(), &series.id.to_string()[..8]),
                day: if days.len() == 1 {
                    serde_json::json!(days[0])
                } else {
                    serde_json::json!(days)
                },
                time: s.start.strftime("%H:%M").to_string(),
                end_time: end.strftime("%H:%M").to_string(),
                timezone: s.zone_name.clone(),
                types,
                formatted_address: match &venue {
                    Some(v) => {
                        let mut a = v.address.clone();
                        if let Some(pc) = &v.postcode {
                            a.push_str(&format!(", {pc}"));
                        }
                        a.push_str(", UK");
                        Some(a)
                    }
                    None if area_only => Some(format!("{}, UK", d.area)),
                    None => None,
                },
                location_notes: area_only
                    .then(|| "Approximate: the exact venue is shared with members.".to_owned()),
                location: venue.as_ref().map(|v| v.name.clone()),
                latitude: point.map(|p| p.lat),
                longitude: point.map(|p| p.lon),
                region: d.area.clone(),
                conference_url: online.then(|| url.clone()),
                conference_url_notes: online
                    .then(|| "Members join through Kindred: the link appears on the meeting page shortly before it starts.".to_owned()),
                notes: d.summary.clone(),
                group: d.name.clone(),
                url,
                entity: org,
                updated: jiff::Timestamp::from_second(series.updated_at.max(group.updated_at))
                    .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
                    .strftime("%Y-%m-%d %H:%M:%S")
                    .to_string(),
            });
        }
    }
    out.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok((
        [
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        Json(out),
    )
        .into_response())
}
