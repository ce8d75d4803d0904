//! What the open data feeds (Open Referral UK, FHIR) share about a group listing: stable
//! identifiers for the parts a group has (its venue, its online room, its schedule), the
//! taxonomy, and loading a page of groups from the directory's index.
//!
//! Identifiers are UUIDs, as both standards want. A group's parts are derived from the
//! group's own id by XOR with a fixed mask per kind of part: stable across restarts,
//! reversible (so `/service_at_locations/{id}` finds its group without a lookup table), and
//! still well-formed (the masks leave the version and variant bits alone).

use std::collections::HashMap;
use std::sync::Arc;

use kindred_core::groups::{Attendance, Category, Condition, Group, VenueVisibility};
use kindred_core::ids::{GroupId, OrganisationId};
use kindred_core::organisations::Organisation;
use uuid::Uuid;

use crate::AppState;
use crate::directory::search::{Hit, SearchRequest};
use crate::error::AppError;

/// A part of a group listing with its own identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The venue, as a location.
    Venue,
    /// The online room, as a virtual location.
    Online,
    /// The group at its venue (Open Referral's service-at-location).
    AtVenue,
    /// The group online.
    AtOnline,
    Schedule,
    Contact,
    Cost,
    Area,
}

/// Clears the version nibble (bits 76..80) and the variant bits (62..64).
const KEEP_FORMAT: u128 = !((0xF << 76) | (0x3 << 62));

impl Part {
    fn mask(self) -> u128 {
        let raw: u128 = match self {
            Self::Venue => 0x6b1d_4c2e_9a73_40f1_8e25_d3b7_1c09_a4e6,
            Self::Online => 0x2f8e_91a4_c35d_4b07_96e1_0a7c_e4d2_5b38,
            Self::AtVenue => 0xd47a_0e93_61bc_42f8_a01d_7e5c_93b6_28f4,
            Self::AtOnline => 0x83c5_f61e_0d27_4a9b_b4f0_2c81_6ae3_d957,
            Self::Schedule => 0x19e2_b7d4_58a0_4c63_8f7b_e1d6_0c4a_93b2,
            Self::Contact => 0xa5f0_3c8b_e619_4d27_9c34_58ea_b170_6df1,
            Self::Cost => 0x7c31_d9e0_a4b6_4f85_a2e9_13f7_4d0c_8b56,
            Self::Area => 0xe8b4_2a71_9f05_4e3c_b61a_d0c9_37e5_1f48,
        };
        raw & KEEP_FORMAT
    }

    pub fn id(self, group: GroupId) -> Uuid {
        Uuid::from_u128(group.0.as_u128() ^ self.mask())
    }

    /// The group a part's identifier belongs to (the caller checks the group has the part).
    pub fn group_of(self, id: Uuid) -> GroupId {
        GroupId(Uuid::from_u128(id.as_u128() ^ self.mask()))
    }
}

/// A name-based identifier for things that are not derived from a group (taxonomy terms,
/// a group's languages).
pub fn named_id(name: &str) -> Uuid {
    // The namespace is Kindred's own: a version 5 UUID of its name under the URL namespace.
    let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://kindred.invalid/open-data");
    Uuid::new_v5(&namespace, name.as_bytes())
}

/// Which places a group is at: its venue (in person or hybrid), online (online or hybrid).
pub fn places(group: &Group) -> Vec<Part> {
    let d = &group.details;
    let mut out = Vec::new();
    if d.venue.is_some() && d.attendance != Attendance::Online {
        out.push(Part::AtVenue);
    }
    if matches!(d.attendance, Attendance::Online | Attendance::Hybrid) {
        out.push(Part::AtOnline);
    }
    out
}

/// How many places a search hit stands for: a hybrid group is at its venue and online,
/// except in a search near a place that it matched only because it meets online.
fn hit_places(hit: &Hit, near: bool) -> usize {
    match hit.doc.attendance {
        Attendance::Hybrid if !(near && hit.online) => 2,
        _ => 1,
    }
}

/// A venue's position as the public may see it: exact when the venue is public; rounded to
/// about a kilometre when only members see the venue, so a group can still be found near
/// a place without its door being pointed at.
pub fn public_point(group: &Group) -> Option<(f64, f64)> {
    let d = &group.details;
    let p = d.location?;
    Some(match d.venue_visibility {
        VenueVisibility::Public => (p.lat, p.lon),
        VenueVisibility::Members => ((p.lat * 100.0).round() / 100.0, (p.lon * 100.0).round() / 100.0),
    })
}

/// The taxonomy a term belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taxonomy {
    Categories,
    Conditions,
}

impl Taxonomy {
    pub const ALL: [Self; 2] = [Self::Categories, Self::Conditions];

    pub fn code(self) -> &'static str {
        match self {
            Self::Categories => "kindred-categories",
            Self::Conditions => "kindred-conditions",
        }
    }

    pub fn id(self) -> Uuid {
        named_id(&format!("taxonomy:{}", self.code()))
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Categories => "Kindred group categories",
            Self::Conditions => "Kindred conditions and situations",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Self::Categories => "The broad kind of support a peer support group offers.",
            Self::Conditions => {
                "The health conditions and life situations peer support groups on Kindred are for."
            }
        }
    }

    pub fn by_id(id: Uuid) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// One term of Kindred's taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    Category(Category),
    Condition(Condition),
}

impl Term {
    /// Every term, categories first.
    pub fn all() -> Vec<Self> {
        Category::ALL
            .iter()
            .map(|c| Self::Category(*c))
            .chain(Condition::ALL.iter().map(|c| Self::Condition(*c)))
            .collect()
    }

    pub fn taxonomy(self) -> Taxonomy {
        match self {
            Self::Category(_) => Taxonomy::Categories,
            Self::Condition(_) => Taxonomy::Conditions,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Category(c) => c.as_str(),
            Self::Condition(c) => c.as_str(),
        }
    }

    /// The translation id of its name.
    pub fn label_id(self) -> String {
        match self {
            Self::Category(c) => format!("category-{}", c.as_str()),
            Self::Condition(c) => format!("condition-{}", c.as_str()),
        }
    }

    pub fn id(self) -> Uuid {
        named_id(&format!("term:{}:{}", self.taxonomy().code(), self.code()))
    }

    pub fn by_id(id: Uuid) -> Option<Self> {
        Self::all().into_iter().find(|t| t.id() == id)
    }

    /// A group's terms: its category, then its conditions.
    pub fn of(group: &Group) -> Vec<Self> {
        std::iter::once(Self::Category(group.details.category))
            .chain(group.details.conditions.iter().map(|c| Self::Condition(*c)))
            .collect()
    }
}

/// The filters both feeds take.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub text: String,
    pub term: Option<Term>,
    /// Only groups with at least one condition term.
    pub any_condition: bool,
    pub organisation: Option<OrganisationId>,
    pub modified_after: Option<i64>,
    pub near: Option<(kindred_core::groups::Point, f64)>,
}

impl Filter {
    fn request(&self, offset: usize, limit: usize) -> SearchRequest {
        SearchRequest {
            text: self.text.clone(),
            category: match self.term {
                Some(Term::Category(c)) => Some(c),
                _ => None,
            },
            condition: match self.term {
                Some(Term::Condition(c)) => Some(c),
                _ => None,
            },
            any_condition: self.any_condition,
            organisation: self.organisation,
            modified_after: self.modified_after,
            // Someone syncing changes needs to hear that a group closed.
            include_closed: self.modified_after.is_some(),
            near: self.near,
            offset,
            limit,
            ..SearchRequest::default()
        }
    }
}

/// A group with its organisation, as the feeds show it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub group: Group,
    pub organisation: Arc<Organisation>,
}

/// Loads groups and their organisations (each organisation once per call); a missing group
/// is an error.
pub async fn load(state: &AppState, ids: impl IntoIterator<Item = GroupId>) -> Result<Vec<Listed>, AppError> {
    load_some(state, ids, false).await
}

/// Loads groups for a list, leaving out any deleted since the index last heard of it (one
/// gone group must not fail a whole page).
async fn load_listed(
    state: &AppState,
    ids: impl IntoIterator<Item = GroupId>,
) -> Result<Vec<Listed>, AppError> {
    load_some(state, ids, true).await
}

async fn load_some(
    state: &AppState,
    ids: impl IntoIterator<Item = GroupId>,
    skip_missing: bool,
) -> Result<Vec<Listed>, AppError> {
    let mut organisations: HashMap<OrganisationId, Arc<Organisation>> = HashMap::new();
    let mut out = Vec::new();
    for id in ids {
        let group = match state.store.get_group(id).await {
            Ok(g) => g,
            Err(kindred_store::StoreError::NotFound) if skip_missing => continue,
            Err(e) => return Err(e.into()),
        };
        let organisation = match organisations.get(&group.organisation_id) {
            Some(o) => o.clone(),
            None => {
                let o = Arc::new(state.store.get_organisation(group.organisation_id).await?);
                organisations.insert(group.organisation_id, o.clone());
                o
            }
        };
        out.push(Listed { group, organisation });
    }
    Ok(out)
}

/// One page of groups matching the filter, and how many match in all.
pub async fn groups(
    state: &AppState,
    filter: &Filter,
    offset: usize,
    limit: usize,
) -> Result<(Vec<Listed>, usize), AppError> {
    let found = state
        .directory
        .search(&filter.request(offset, limit))
        .map_err(AppError::Internal)?;
    let ids: Vec<GroupId> = found.hits.iter().map(|h| h.doc.id).collect();
    let listed = load_listed(state, ids).await?;
    Ok((listed, found.total))
}

/// One page of (group, place) pairs: a hybrid group is at two places.
pub async fn group_places(
    state: &AppState,
    filter: &Filter,
    offset: usize,
    limit: usize,
) -> Result<(Vec<(Listed, Part)>, usize), AppError> {
    let found = state
        .directory
        .search(&filter.request(0, usize::MAX))
        .map_err(AppError::Internal)?;
    let near = filter.near.is_some();
    let total = found.hits.iter().map(|h| hit_places(h, near)).sum();
    // (group, which of its places, whether only its online place counts)
    let mut wanted: Vec<(GroupId, usize, bool)> = Vec::new();
    let mut index = 0;
    for hit in &found.hits {
        let n = hit_places(hit, near);
        for k in 0..n {
            if index >= offset && index < offset.saturating_add(limit) {
                wanted.push((hit.doc.id, k, near && hit.online));
            }
            index += 1;
        }
        if index >= offset.saturating_add(limit) {
            break;
        }
    }
    let mut out = Vec::new();
    let mut last: Option<Listed> = None;
    for (id, k, online_only) in wanted {
        let listed = match &last {
            Some(l) if l.group.id == id => l.clone(),
            _ => match load_listed(state, [id]).await?.pop() {
                Some(l) => l,
                None => continue,
            },
        };
        let mut parts = places(&listed.group);
        if online_only {
            parts.retain(|p| *p == Part::AtOnline);
        }
        if let Some(part) = parts.get(k) {
            out.push((listed.clone(), *part));
        }
        last = Some(listed);
    }
    Ok((out, total))
}

/// Seconds since the epoch from `2026-01-31`, `2026-01-31T10:00:00Z` or with an offset.
pub fn parse_time(field: &'static str, value: &str) -> Result<i64, kindred_core::ValidationError> {
    let value = value.trim();
    if let Ok(ts) = value.parse::<jiff::Timestamp>() {
        return Ok(ts.as_second());
    }
    if let Ok(date) = value.parse::<jiff::civil::Date>() {
        return Ok(date.duration_since(jiff::civil::date(1970, 1, 1)).as_secs());
    }
    Err(kindred_core::ValidationError::new(
        field,
        "must be a date (2026-01-31) or a date and time with a zone (2026-01-31T10:00:00Z)",
    ))
}

/// An RFC 3339 time in UTC.
pub fn rfc3339(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds).map_or_else(|_| String::new(), |t| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_round_trip_and_stay_well_formed() {
        for _ in 0..200 {
            let group = GroupId::new_random();
            for part in [
                Part::Venue,
                Part::Online,
                Part::AtVenue,
                Part::AtOnline,
                Part::Schedule,
                Part::Contact,
                Part::Cost,
                Part::Area,
            ] {
                let id = part.id(group);
                assert_ne!(id, group.0);
                assert_eq!(part.group_of(id), group);
                assert_eq!(id.get_version_num(), 4);
                assert_eq!(id.get_variant(), uuid::Variant::RFC4122);
            }
        }
    }

    #[test]
    fn terms_have_distinct_stable_ids() {
        let all = Term::all();
        let ids: std::collections::HashSet<Uuid> = all.iter().map(|t| t.id()).collect();
        assert_eq!(ids.len(), all.len());
        for term in all {
            assert_eq!(Term::by_id(term.id()), Some(term));
        }
        assert_eq!(
            Taxonomy::by_id(Taxonomy::Conditions.id()),
            Some(Taxonomy::Conditions)
        );
        assert_eq!(
            named_id("term:kindred-conditions:cancer"),
            Term::Condition(Condition::Cancer).id()
        );
    }

    #[test]
    fn times_parse_as_dates_or_instants() {
        assert_eq!(parse_time("t", "1970-01-02").unwrap(), 86_400);
        assert_eq!(parse_time("t", "1970-01-01T01:00:00Z").unwrap(), 3_600);
        assert_eq!(parse_time("t", "1970-01-01T01:00:00+01:00").unwrap(), 0);
        assert!(parse_time("t", "yesterday").is_err());
        assert!(parse_time("t", "2026-13-01").is_err());
    }
}
