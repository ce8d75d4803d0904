//! Private messages between members of a group: a group option, off by default, that the
//! people who run the group switch on from the board page (audited). When it is on, an
//! active member starts a conversation with another active member, picked by the name they
//! use in the group (never an email, never an account id: the form names people by a token
//! derived from the group and the account). Messages are gated, screened and sealed like
//! every other message, and either person may report one. The group's facilitators have no
//! reading path: a message reaches them only through a report. Switching the option off
//! stops new messages; conversations stay readable to their two people.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use kindred_core::groups::{Group, GroupRole, MembershipStatus};
use kindred_core::ids::{GroupId, UserId};
use kindred_core::policy::Actor;
use kindred_store::{MemberConversation, MemberMessageRef};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::{MAX_BODY, MessageForm, MessageLine, after_writing, message_lines, refused};
use crate::AppState;
use crate::accounts::FormErrors;
use crate::directory::{Standing, load_group};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::moderation::{Gate, alert_on, gate, when};
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub(super) fn routes() -> Vec<Route> {
    vec![
        Route::post(
            "/groups/{slug}/board/messaging",
            Access::SignedIn,
            post(set_member_messaging),
        ),
        Route::post(
            "/groups/{slug}/conversations",
            Access::Verified,
            post(start_conversation),
        ),
        Route::get(
            "/groups/{slug}/conversations/{id}",
            Access::Verified,
            get(show_conversation),
        ),
        Route::post(
            "/groups/{slug}/conversations/{id}",
            Access::Verified,
            post(write_in_conversation),
        ),
    ]
}

/// How a member is named in the "write to a member" form: stable for one person in one
/// group, and not their account id.
fn peer_token(group: GroupId, user: UserId) -> String {
    let digest = Sha256::digest(format!("kindred-peer:{group}:{}", user.0));
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Whether the actor is an active member of the group who does not run it: the people
/// member-to-member messages are for (those who run the group have the facilitators'
/// conversations).
fn plain_member(standing: &Standing, actor: &Actor) -> bool {
    standing.active_role() == Some(GroupRole::Member) && !standing.runs_group(actor)
}

/// The people a member may start a conversation with: the group's other active members
/// (not those who run it), as (token, name in the group, account).
async fn peers(
    state: &AppState,
    group: GroupId,
    me: UserId,
) -> Result<Vec<(String, String, UserId)>, AppError> {
    Ok(state
        .store
        .group_members(group, MembershipStatus::Active)
        .await?
        .into_iter()
        .filter(|m| m.role == GroupRole::Member && m.user_id != me)
        .map(|m| (peer_token(group, m.user_id), m.name, m.user_id))
        .collect())
}

/// What the messages page shows of conversations between members.
#[derive(Debug, Default)]
pub(super) struct MemberSide {
    /// The option is on and the viewer may start a conversation: (token, name) to pick from.
    pub can_start: bool,
    pub peers: Vec<(String, String)>,
    /// The viewer's conversations: (link, the other person's name, messages, last).
    pub conversations: Vec<(String, String, i64, String)>,
}

pub(super) async fn member_side(
    state: &AppState,
    actor: &Actor,
    tr: &Tr,
    group: &Group,
) -> Result<MemberSide, AppError> {
    let Some(user) = &actor.user else {
        return Ok(MemberSide::default());
    };
    let standing = Standing::of(state, actor, group).await?;
    let slug = group.details.slug.as_str();
    let conversations = state
        .store
        .member_conversations_of(group.id, user.id)
        .await?
        .into_iter()
        .map(|c| {
            (
                format!("/groups/{slug}/conversations/{}", c.id),
                c.other_name.unwrap_or_else(|| tr.t("board-former-member")),
                c.messages,
                when(tr, c.last_at),
            )
        })
        .collect();
    let can_start = plain_member(&standing, actor) && state.store.member_messages_allowed(group.id).await?;
    let peers = if can_start {
        peers(state, group.id, user.id)
            .await?
            .into_iter()
            .map(|(token, name, _)| (token, name))
            .collect()
    } else {
        Vec::new()
    };
    Ok(MemberSide {
        can_start,
        peers,
        conversations,
    })
}

/// Turns member-to-member messages on or off for a group: anyone who runs it.
#[derive(Debug, Deserialize)]
pub struct MessagingForm {
    #[serde(default)]
    member_messages: Option<String>,
}

async fn set_member_messaging(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<MessagingForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    if !Standing::of(&state, &actor, &group).await?.runs_group(&actor) {
        return Err(AppError::NotFound);
    }
    let on = form.member_messages.is_some();
    state.store.set_member_messages_allowed(group.id, on).await?;
    state
        .store
        .audit(&kindred_store::AuditEntry {
            actor: actor.user.as_ref().map(|u| u.id),
            action: if on {
                "member_messages_on"
            } else {
                "member_messages_off"
            }
            .into(),
            target_kind: "group".into(),
            target_id: group.id.to_string(),
            reason: String::new(),
            detail: String::new(),
        })
        .await?;
    Ok(Redirect::to(&format!("/groups/{slug}/board")).into_response())
}

/// A page saying that members of this group cannot message each other now (403).
fn not_offered(shell: Shell, slug: &str, id: &str) -> Response {
    let page = crate::accounts::signup::MessagePage {
        title: shell.t("member-messages-off-title"),
        paragraphs: vec![shell.t(id)],
        link: Some((
            format!("/groups/{slug}/messages"),
            shell.t("member-messages-back"),
        )),
        shell,
    };
    match render(&page) {
        Ok(html) => (StatusCode::FORBIDDEN, html).into_response(),
        Err(err) => err.into_response(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct StartForm {
    /// The other person's token from the form's list.
    #[serde(default)]
    with: String,
    /// The first message (not `body`: the facilitators' form on the same page has that).
    #[serde(default)]
    text: String,
}

async fn start_conversation(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    // Only members write to members (those who run the group have the facilitators'
    // conversations); anyone else: 404. For members, a switched-off option is a page.
    if !plain_member(&Standing::of(&state, &actor, &group).await?, &actor) {
        return Err(AppError::NotFound);
    }
    let me = actor.user.as_ref().ok_or(AppError::Unauthorized)?.id;
    if !state.store.member_messages_allowed(group.id).await? {
        return Ok(not_offered(shell, &slug, "member-messages-off"));
    }
    let tr = shell.tr.clone();
    let mut errors = FormErrors::default();
    let peer = peers(&state, group.id, me)
        .await?
        .into_iter()
        .find(|(token, ..)| *token == form.with.trim())
        .map(|(.., user)| user);
    if peer.is_none() {
        errors.add("with", tr.t("member-messages-error-with"));
    }
    let body = form.text.trim();
    if body.is_empty() || body.chars().count() > MAX_BODY {
        errors.add("text", tr.t("board-error-body"));
    }
    let Some(peer) = peer.filter(|_| errors.is_empty()) else {
        let start = (form.with.as_str(), form.text.as_str());
        return super::messages_page(&state, shell, &actor, &group, None, errors, start).await;
    };
    let conversation = state
        .store
        .member_conversation_between(group.id, me, peer)
        .await?;
    write(&state, shell, &actor, &group, &conversation, body).await
}

/// Gates, screens, seals and sends a message in a conversation between members.
async fn write(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    group: &Group,
    conversation: &MemberConversation,
    body: &str,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    if let (Gate::Refuse(message), _) = gate(state, actor, Some(group.id), body).await? {
        return Ok(refused(shell, message));
    }
    let screening = kindred_core::safety::screen(body, shell.tr.locale);
    let id = state
        .store
        .add_member_message(conversation, user.id, body, screening.level.as_str())
        .await?;
    let signpost = alert_on(
        state,
        &shell.tr,
        &screening,
        Some(group.id),
        "message",
        &id.to_string(),
        user.id,
    )
    .await?;
    let next = format!(
        "/groups/{}/conversations/{}",
        group.details.slug.as_str(),
        conversation.id
    );
    after_writing(shell, signpost, false, next)
}

/// The conversation, if the actor is one of its two people and still an active member of
/// its group; anyone else gets 404.
async fn readable_conversation(
    state: &AppState,
    actor: &Actor,
    group: &Group,
    id: &str,
) -> Result<MemberConversation, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let id: uuid::Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let conversation = state.store.member_conversation(id).await?;
    if conversation.group != group.id
        || !conversation.includes(user.id)
        || !Standing::of(state, actor, group).await?.is_member()
    {
        return Err(AppError::NotFound);
    }
    Ok(conversation)
}

/// A member message, for a report by one of its two people (anyone else: 404).
pub(crate) async fn readable_message(
    state: &AppState,
    actor: &Actor,
    id: uuid::Uuid,
) -> Result<MemberMessageRef, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let message = state.store.member_message_ref(id).await?;
    let group = state.store.get_group(message.conversation.group).await?;
    if !message.conversation.includes(user.id) || !Standing::of(state, actor, &group).await?.is_member() {
        return Err(AppError::NotFound);
    }
    Ok(message)
}

/// Whether a new message may go into the conversation: the option is on and the other
/// person is still an active member. `Err` holds the message id saying why not.
async fn may_write(
    state: &AppState,
    group: &Group,
    conversation: &MemberConversation,
    me: UserId,
) -> Result<Result<(), &'static str>, AppError> {
    if !state.store.member_messages_allowed(group.id).await? {
        return Ok(Err("member-messages-off"));
    }
    let other_active = match conversation.other(me) {
        Some(other) => state
            .store
            .membership(group.id, other)
            .await?
            .is_some_and(|m| m.status == MembershipStatus::Active),
        None => false,
    };
    Ok(if other_active {
        Ok(())
    } else {
        Err("member-messages-gone")
    })
}

#[derive(Template)]
#[template(path = "member_conversation.html")]
struct ConversationPage {
    shell: Shell,
    slug: String,
    group: String,
    with: String,
    messages: Vec<MessageLine>,
    action: String,
    /// Why no new message can be written, when none can.
    closed: Option<String>,
    errors: FormErrors,
}

async fn conversation_page(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    group: &Group,
    conversation: &MemberConversation,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let me = actor.user.as_ref().ok_or(AppError::Unauthorized)?.id;
    let tr = shell.tr.clone();
    let with = match conversation.other(me) {
        Some(other) => {
            let person = state.store.get_user(other).await?;
            state
                .store
                .membership(group.id, other)
                .await?
                .and_then(|m| m.group_pseudonym)
                .unwrap_or_else(|| person.pseudonym.as_str().to_owned())
        }
        None => tr.t("board-former-member"),
    };
    let closed = may_write(state, group, conversation, me)
        .await?
        .err()
        .map(|id| tr.t(id));
    let slug = group.details.slug.as_str().to_owned();
    let status = errors.status();
    let page = ConversationPage {
        messages: message_lines(&tr, state.store.member_messages(conversation.id).await?, me),
        action: format!("/groups/{slug}/conversations/{}", conversation.id),
        group: group.details.name.clone(),
        with,
        closed,
        errors,
        slug,
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

async fn show_conversation(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let conversation = readable_conversation(&state, &actor, &group, &id).await?;
    conversation_page(
        &state,
        shell,
        &actor,
        &group,
        &conversation,
        FormErrors::default(),
    )
    .await
}

async fn write_in_conversation(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((slug, id)): Path<(String, String)>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let conversation = readable_conversation(&state, &actor, &group, &id).await?;
    let me = actor.user.as_ref().ok_or(AppError::Unauthorized)?.id;
    if let Err(why) = may_write(&state, &group, &conversation, me).await? {
        return Ok(not_offered(shell, &slug, why));
    }
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > MAX_BODY {
        let mut errors = FormErrors::default();
        errors.add("body", shell.t("board-error-body"));
        return conversation_page(&state, shell, &actor, &group, &conversation, errors).await;
    }
    write(&state, shell, &actor, &group, &conversation, body).await
}
