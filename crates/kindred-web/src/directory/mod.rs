//! The group directory: search by need and place, group pages, joining and agreements,
//! and the JSON API organisers and other systems use.

pub mod api;
mod membership;
mod organise;
pub(crate) mod pages;
pub mod search;

use std::collections::HashMap;

use axum::routing::{get, post, put};
use kindred_core::groups::{Group, GroupInput, GroupRole, MembershipStatus};
use kindred_core::ids::{GroupId, OrganisationId};
use kindred_core::organisations::Organisation;
use kindred_core::paging::PageRequest;
use kindred_core::policy::Actor;
use kindred_store::{Event, Received, Store, StoreError};

use crate::AppState;
use crate::error::AppError;
use crate::routes::{Access, Route};
use search::GroupDoc;

pub use api::{GroupItem, GroupList};

pub fn routes() -> Vec<Route> {
    vec![
        Route::get("/groups", Access::Public, get(pages::show_groups)),
        Route::get("/groups/new", Access::Verified, get(organise::show_new_group)),
        Route::post("/groups/new", Access::Verified, post(organise::create_group_form)),
        Route::get("/groups/{slug}", Access::Public, get(pages::show_group)),
        Route::get(
            "/groups/{slug}/edit",
            Access::SignedIn,
            get(organise::show_edit_group),
        ),
        Route::post(
            "/groups/{slug}/edit",
            Access::SignedIn,
            post(organise::update_group_form),
        ),
        Route::get(
            "/groups/{slug}/join",
            Access::Verified,
            get(membership::show_join),
        ),
        Route::post(
            "/groups/{slug}/join",
            Access::Verified,
            post(membership::join_group),
        ),
        Route::post(
            "/groups/{slug}/leave",
            Access::SignedIn,
            post(membership::leave_group),
        ),
        Route::get(
            "/groups/{slug}/members",
            Access::SignedIn,
            get(membership::show_members),
        ),
        Route::post(
            "/groups/{slug}/members/{user}/{action}",
            Access::SignedIn,
            post(membership::decide_member),
        ),
        Route::get("/api/v1/groups", Access::Public, get(api::list_groups)),
        Route::post("/api/v1/groups", Access::Verified, post(api::create_group)),
        Route::get("/api/v1/groups/{slug}", Access::Public, get(api::get_group)),
        Route::put("/api/v1/groups/{slug}", Access::Verified, put(api::update_group)),
        Route::post(
            "/api/v1/organisations/{id}/organisers",
            Access::Admin,
            post(api::add_organiser),
        ),
    ]
}

/// The topic of bus events that say a group changed (body: `{"id": "..."}`).
const GROUP_TOPIC: &str = "group";
/// The topic of bus events that say many groups changed (an import): rebuild the index.
pub const RELOAD_TOPIC: &str = "directory-reload";

/// Loads every group from the database into the search index.
pub async fn rebuild(state: &AppState) -> Result<usize, StoreError> {
    let organisations = all_organisations(&state.store).await?;
    let mut after = None;
    let mut count = 0;
    loop {
        let batch = state.store.all_groups(after, 5_000).await?;
        let Some(last) = batch.last() else { break };
        after = Some(last.id);
        count += batch.len();
        let docs = batch
            .iter()
            .filter_map(|g| organisations.get(&g.organisation_id).map(|o| GroupDoc::new(g, o)))
            .collect();
        state
            .directory
            .upsert(docs)
            .map_err(|e| StoreError::Conflict(format!("search index: {e}")))?;
    }
    Ok(count)
}

async fn all_organisations(store: &Store) -> Result<HashMap<OrganisationId, Organisation>, StoreError> {
    let mut out = HashMap::new();
    let mut page = 1;
    loop {
        let request = PageRequest::new(Some(page), Some(kindred_core::paging::MAX_PER_PAGE))?;
        let list = store.list_organisations(request).await?;
        let done = list.items.len() < kindred_core::paging::MAX_PER_PAGE as usize;
        out.extend(list.items.into_iter().map(|o| (o.id, o)));
        if done {
            return Ok(out);
        }
        page += 1;
    }
}

/// Puts one group's current state into the local index.
async fn reindex(state: &AppState, id: GroupId) -> Result<(), StoreError> {
    match state.store.get_group(id).await {
        Ok(group) => {
            let org = state.store.get_organisation(group.organisation_id).await?;
            state
                .directory
                .upsert(vec![GroupDoc::new(&group, &org)])
                .map_err(|e| StoreError::Conflict(format!("search index: {e}")))
        }
        Err(StoreError::NotFound) => state
            .directory
            .remove(id)
            .map_err(|e| StoreError::Conflict(e.to_string())),
        Err(err) => Err(err),
    }
}

/// Tells every instance (this one included) that a group changed, after updating the
/// local index at once so the person who made the change sees it.
pub async fn group_changed(state: &AppState, id: GroupId) -> Result<(), AppError> {
    reindex(state, id).await?;
    let event = Event {
        topic: GROUP_TOPIC.into(),
        body: serde_json::json!({ "id": id }),
    };
    if let Err(err) = state.store.bus().publish(&event).await {
        tracing::warn!(%err, "could not tell other instances about a group change");
    }
    Ok(())
}

/// Keeps the index current with changes made on other instances; rebuilds after missed
/// events. Runs for the life of the server.
pub async fn follow_changes(state: AppState) {
    let mut events = state.store.bus().subscribe();
    while let Some(received) = events.recv().await {
        let result = match received {
            Received::Event(event) if event.topic == GROUP_TOPIC => {
                match event
                    .body
                    .get("id")
                    .and_then(|v| v.as_str())
                    .and_then(|s| s.parse().ok())
                {
                    Some(id) => reindex(&state, id).await,
                    None => Ok(()),
                }
            }
            Received::Event(event) if event.topic == RELOAD_TOPIC => rebuild(&state).await.map(|_| ()),
            // The resource library's index lives beside the directory's and follows the same bus.
            Received::Event(event) if event.topic == crate::resources::TOPIC => {
                crate::resources::rebuild(&state).await.map(|_| ())
            }
            Received::Event(_) => Ok(()),
            Received::Resync => {
                let resources = crate::resources::rebuild(&state).await.map(|_| ());
                rebuild(&state).await.map(|_| ()).and(resources)
            }
        };
        if let Err(err) = result {
            tracing::warn!(%err, "search index update failed");
        }
    }
}

/// Loads a group by slug; a malformed slug is simply not found.
pub(crate) async fn load_group(state: &AppState, slug: &str) -> Result<Group, AppError> {
    Ok(state.store.get_group_by_slug(slug).await?)
}

/// Loads a group the actor manages (its organisers, its organisation's organisers,
/// administrators); anyone else gets 404, as if it did not exist.
pub(crate) async fn managed_group(state: &AppState, actor: &Actor, slug: &str) -> Result<Group, AppError> {
    let group = load_group(state, slug).await?;
    if !Standing::of(state, actor, &group).await?.manages_group(actor) {
        return Err(AppError::NotFound);
    }
    Ok(group)
}

/// The actor's standing in a group, for policy decisions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Standing {
    membership: Option<kindred_store::Membership>,
    organiser_of_org: bool,
}

impl Standing {
    pub(crate) async fn of(state: &AppState, actor: &Actor, group: &Group) -> Result<Self, AppError> {
        let Some(user) = &actor.user else {
            return Ok(Self::default());
        };
        Ok(Self {
            membership: state.store.membership(group.id, user.id).await?,
            organiser_of_org: state.store.is_organiser(group.organisation_id, user.id).await?,
        })
    }

    /// The actor's membership of the group, if any (whatever its status).
    pub(crate) fn membership(&self) -> Option<&kindred_store::Membership> {
        self.membership.as_ref()
    }

    pub(crate) fn active_role(&self) -> Option<GroupRole> {
        self.membership
            .as_ref()
            .filter(|m| m.status == MembershipStatus::Active)
            .map(|m| m.role)
    }

    pub(crate) fn is_member(&self) -> bool {
        self.active_role().is_some()
    }

    /// Facilitators and organisers of the group, organisers of its organisation, admins.
    pub(crate) fn runs_group(&self, actor: &Actor) -> bool {
        actor.is_admin() || self.organiser_of_org || self.active_role().is_some_and(GroupRole::runs_group)
    }

    /// Who may edit the listing: group organisers, organisation organisers, admins.
    pub(crate) fn manages_group(&self, actor: &Actor) -> bool {
        actor.is_admin() || self.organiser_of_org || self.active_role() == Some(GroupRole::Organiser)
    }
}

/// Checks a submitted group, resolving its organisation and placing its venue.
async fn check_input(
    state: &AppState,
    input: &GroupInput,
) -> Result<(OrganisationId, kindred_core::groups::GroupDetails), AppError> {
    let organisation = match (input.organisation_id, &input.organisation) {
        (Some(id), _) => state.store.get_organisation(id).await.map_err(|_| {
            AppError::Invalid(kindred_core::ValidationError::new(
                "organisation_id",
                "no such organisation",
            ))
        })?,
        (None, Some(name)) => state
            .store
            .find_organisation_by_name(name)
            .await?
            .ok_or_else(|| {
                AppError::Invalid(kindred_core::ValidationError::new(
                    "organisation",
                    "no organisation has that name",
                ))
            })?,
        (None, None) => {
            return Err(AppError::Invalid(kindred_core::ValidationError::new(
                "organisation_id",
                "is required",
            )));
        }
    };
    let location = locate(&state.places, input);
    let details = input.check(location)?;
    if details.attendance != kindred_core::groups::Attendance::Online && details.location.is_none() {
        return Err(AppError::Invalid(kindred_core::ValidationError::new(
            "venue",
            "the postcode could not be placed: check it, or give the town (for Northern Ireland)",
        )));
    }
    Ok((organisation.id, details))
}

/// Where a group's venue is: its postcode, else its town, else unknown.
pub fn locate(
    places: &kindred_core::places::Places,
    input: &GroupInput,
) -> Option<kindred_core::groups::Point> {
    let postcode = input.venue.as_ref().and_then(|v| v.postcode.as_deref());
    postcode
        .and_then(|p| places.resolve(p).ok())
        .or_else(|| input.town.as_deref().and_then(|t| places.resolve(t).ok()))
        .map(|p| p.point)
}

pub use api::markdown_to_html;
