//! The "find my group" ranking: explainable, deterministic points for each way a group
//! fits (or does not fit) what the person told us. docs/matching.md explains the weights
//! and reports the ranking quality against plain text search.

use std::collections::HashMap;
use std::sync::Arc;

use kindred_core::groups::{
    AccessFeature, Attendance, Condition, GroupStatus, Joining, Language, Leadership, Point, TimeOfDay,
};
use kindred_core::ids::GroupId;
use serde::{Deserialize, Serialize};

use crate::directory::search::GroupDoc;

/// Whether the person can meet online.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnlinePreference {
    /// In person or online.
    #[default]
    Ok,
    /// Online only.
    Only,
    /// In person only.
    No,
}

/// What the person told us, checked.
#[derive(Debug, Clone, Default)]
pub struct Needs {
    pub text: String,
    pub condition: Option<Condition>,
    pub near: Option<(String, Point)>,
    pub online: OnlinePreference,
    /// 0 = Sunday.
    pub days: Vec<u8>,
    pub times: Vec<TimeOfDay>,
    pub languages: Vec<Language>,
    pub access: Vec<AccessFeature>,
    pub leadership: Option<Leadership>,
}

/// One reason a group fits, or does not.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    Condition { condition: Condition },
    Words,
    Near { km: f64 },
    Far { km: f64 },
    Online,
    InPersonOnly,
    Language { language: Language },
    NoLanguage { language: Language },
    Access { feature: AccessFeature },
    NoAccess { feature: AccessFeature },
    Day { day: u8 },
    OtherDays,
    Time { time: TimeOfDay },
    OtherTime,
    Leadership { leadership: Leadership },
    Paused,
    AskToJoin,
}

/// A suggestion with its score and reasons.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub doc: Arc<GroupDoc>,
    pub score: f64,
    pub fits: Vec<Reason>,
    pub concerns: Vec<Reason>,
    pub distance_km: Option<f64>,
}

/// In-person groups further than this are "far".
pub const NEAR_KM: f64 = 25.0;

/// Points for the need (condition or words), out of 50.
fn need_points(
    needs: &Needs,
    doc: &GroupDoc,
    text_fit: &HashMap<GroupId, f32>,
    fits: &mut Vec<Reason>,
) -> Option<f64> {
    let words = text_fit.get(&doc.id).copied().map(f64::from);
    let condition = needs.condition.filter(|c| doc.conditions.contains(c));
    let asked_words = !needs.text.trim().is_empty() && !text_fit.is_empty();
    match (needs.condition, condition, words) {
        (_, Some(c), _) => {
            fits.push(Reason::Condition { condition: c });
            Some(50.0)
        }
        // Words that fit well stand in for a condition the person did not pick; when they
        // did pick one, groups without it can only come after those with it.
        (None, None, Some(w)) if w >= 0.15 => {
            fits.push(Reason::Words);
            Some(10.0 + 35.0 * w)
        }
        (Some(_), None, Some(w)) if w >= 0.15 => {
            fits.push(Reason::Words);
            Some(5.0 + 10.0 * w)
        }
        (Some(_), None, _) => None,
        (None, None, _) if asked_words => None,
        // Nothing asked about the need: every group is as relevant.
        (None, None, _) => Some(25.0),
    }
}

/// Scores one group; `None` leaves it out.
pub fn score(needs: &Needs, doc: &Arc<GroupDoc>, text_fit: &HashMap<GroupId, f32>) -> Option<Suggestion> {
    if doc.status == GroupStatus::Closed {
        return None;
    }
    let mut fits = Vec::new();
    let mut concerns = Vec::new();
    let mut points = need_points(needs, doc, text_fit, &mut fits)?;

    // Reach: near enough to go, or online when the person can join online.
    let remote = matches!(doc.attendance, Attendance::Online | Attendance::Hybrid);
    let located = doc.point.is_some() && doc.attendance != Attendance::Online;
    let distance_km = match (&needs.near, doc.point) {
        (Some((_, here)), Some(there)) if located => Some(here.distance_km(there)),
        _ => None,
    };
    match needs.online {
        OnlinePreference::Only if !remote => return None,
        OnlinePreference::Only => {
            fits.push(Reason::Online);
            points += 25.0;
        }
        OnlinePreference::No if !located => return None,
        _ => {}
    }
    if needs.online != OnlinePreference::Only {
        match distance_km {
            Some(km) if km <= NEAR_KM => {
                fits.push(Reason::Near { km });
                points += 25.0 * (1.0 - km / (2.0 * NEAR_KM));
            }
            Some(km) if remote && needs.online == OnlinePreference::Ok => {
                fits.push(Reason::Online);
                points += 15.0;
                let _ = km;
            }
            Some(km) => {
                concerns.push(Reason::Far { km });
                points += (10.0 - (km - NEAR_KM) / 10.0).max(-20.0);
            }
            None if remote && needs.online == OnlinePreference::Ok => {
                fits.push(Reason::Online);
                points += 15.0;
            }
            // No place given: a venue might be near or not.
            None if needs.near.is_none() => points += 8.0,
            None => {
                concerns.push(Reason::InPersonOnly);
                points -= 10.0;
            }
        }
    }

    // Language: a hard need when given.
    if !needs.languages.is_empty() {
        match needs.languages.iter().find(|l| doc.languages.contains(l)) {
            Some(l) => {
                fits.push(Reason::Language { language: *l });
                points += 12.0;
            }
            None => {
                concerns.extend(
                    needs
                        .languages
                        .iter()
                        .map(|l| Reason::NoLanguage { language: *l }),
                );
                points -= 40.0;
            }
        }
    }
    for feature in &needs.access {
        if doc.accessibility.contains(feature) {
            fits.push(Reason::Access { feature: *feature });
            points += 4.0;
        } else {
            concerns.push(Reason::NoAccess { feature: *feature });
            points -= 15.0;
        }
    }
    if !needs.days.is_empty() && doc.days != 0 {
        match needs.days.iter().find(|d| doc.days & (1 << **d) != 0) {
            Some(day) => {
                fits.push(Reason::Day { day: *day });
                points += 6.0;
            }
            None => {
                concerns.push(Reason::OtherDays);
                points -= 8.0;
            }
        }
    }
    if !needs.times.is_empty()
        && let Some(time) = doc.time_of_day
    {
        if needs.times.contains(&time) {
            fits.push(Reason::Time { time });
            points += 4.0;
        } else {
            concerns.push(Reason::OtherTime);
            points -= 5.0;
        }
    }
    if let Some(wanted) = needs.leadership
        && (doc.leadership == wanted || doc.leadership == Leadership::CoFacilitated)
    {
        fits.push(Reason::Leadership {
            leadership: doc.leadership,
        });
        points += 3.0;
    }
    if doc.status == GroupStatus::Paused {
        concerns.push(Reason::Paused);
        points -= 20.0;
    }
    if doc.joining == Joining::Closed {
        concerns.push(Reason::AskToJoin);
    }
    Some(Suggestion {
        doc: doc.clone(),
        score: points,
        fits,
        concerns,
        distance_km,
    })
}

/// Ranks every group; best first, ties by distance then name so the order never varies.
pub fn rank(
    needs: &Needs,
    docs: &[Arc<GroupDoc>],
    text_fit: &HashMap<GroupId, f32>,
    limit: usize,
) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = docs.iter().filter_map(|d| score(needs, d, text_fit)).collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| {
                a.distance_km
                    .unwrap_or(f64::MAX)
                    .total_cmp(&b.distance_km.unwrap_or(f64::MAX))
            })
            .then_with(|| a.doc.slug.cmp(&b.doc.slug))
    });
    out.truncate(limit);
    out
}

/// Normalised discounted cumulative gain of a ranking at `k`, given graded relevance.
pub fn ndcg_at(k: usize, ranked: &[String], relevant: &HashMap<String, u32>) -> f64 {
    let gain = |g: u32| f64::from((1u32 << g.min(10)) - 1);
    let discount = |i: usize| 1.0 / ((i as f64) + 2.0).log2();
    let dcg: f64 = ranked
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, slug)| gain(relevant.get(slug).copied().unwrap_or(0)) * discount(i))
        .sum();
    let mut ideal: Vec<u32> = relevant.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, g)| gain(*g) * discount(i))
        .sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn ndcg_is_one_for_the_ideal_order_and_less_otherwise() {
        let relevant: HashMap<String, u32> = [("a".to_owned(), 3), ("b".to_owned(), 1)].into();
        let ideal = ["a".to_owned(), "b".to_owned()];
        assert!((ndcg_at(5, &ideal, &relevant) - 1.0).abs() < 1e-9);
        let swapped = ["b".to_owned(), "a".to_owned()];
        assert!(ndcg_at(5, &swapped, &relevant) < 1.0);
        assert_eq!(ndcg_at(5, &["z".to_owned()], &relevant), 0.0);
    }
}
