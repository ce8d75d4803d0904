//! Discussions between meetings: each group's board (members only unless the group makes
//! it public), an organisation's facilitators-only board, threads and replies in sanitised
//! Markdown, content warnings, reactions, anonymous posting, edits with history, unread
//! counts; private messages between a member and their group's facilitators; and
//! facilitators' encrypted debrief notes after a meeting. Everything written is screened
//! (`moderation::alert_on`) and sealed at rest (`kindred_store::keys`).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use kindred_core::ValidationError;
use kindred_core::groups::{Group, MembershipStatus};
use kindred_core::ids::{GroupId, OrganisationId, UserId};
use kindred_core::policy::Actor;
use kindred_store::{Board, NewPost, PostView};
use serde::Deserialize;

use crate::AppState;
use crate::accounts::FormErrors;
use crate::directory::{Standing, load_group, managed_group, markdown_to_html};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::moderation::{Gate, Signpost, alert_on, gate, page_number, signpost, when};
use crate::pages::{Shell, render};
use crate::routes::{Access, Route};

pub(crate) mod member_messages;

pub fn routes() -> Vec<Route> {
    let mut routes = vec![
        Route::get("/groups/{slug}/board", Access::Public, get(show_group_board)),
        Route::post("/groups/{slug}/board", Access::Verified, post(new_group_thread)),
        Route::post(
            "/groups/{slug}/board/settings",
            Access::SignedIn,
            post(board_settings),
        ),
        Route::get("/groups/{slug}/words", Access::SignedIn, get(show_group_words)),
        Route::post("/groups/{slug}/words", Access::SignedIn, post(change_group_words)),
        Route::get("/organisations/{id}/board", Access::SignedIn, get(show_org_board)),
        Route::post(
            "/organisations/{id}/board",
            Access::Verified,
            post(new_org_thread),
        ),
        Route::get("/threads/{id}", Access::Public, get(show_thread)),
        Route::post("/threads/{id}", Access::Verified, post(reply)),
        Route::post("/posts/{id}/react", Access::Verified, post(react)),
        Route::get("/posts/{id}/edit", Access::Verified, get(show_edit)),
        Route::post("/posts/{id}/edit", Access::Verified, post(save_edit)),
        Route::post("/posts/{id}/delete", Access::Verified, post(delete)),
        Route::get("/groups/{slug}/messages", Access::Verified, get(show_messages)),
        Route::post("/groups/{slug}/messages", Access::Verified, post(send_message)),
        Route::get(
            "/groups/{slug}/messages/{user}",
            Access::Verified,
            get(show_conversation),
        ),
        Route::post(
            "/groups/{slug}/messages/{user}",
            Access::Verified,
            post(answer_member),
        ),
        Route::get("/meetings/{id}/debrief", Access::Verified, get(show_debrief)),
        Route::get("/my/discussions", Access::SignedIn, get(show_my_discussions)),
        Route::post("/my/discussions/digest", Access::SignedIn, post(set_digest)),
        Route::post("/meetings/{id}/debrief", Access::Verified, post(add_debrief)),
    ];
    routes.extend(member_messages::routes());
    routes
}

/// Content warnings a writer can put a post behind.
pub const CONTENT_WARNINGS: &[&str] = &[
    "self_harm",
    "suicide",
    "abuse",
    "eating_disorders",
    "substance_use",
    "bereavement",
    "medical_detail",
    "other",
];
/// Reactions people can give a post.
pub const REACTIONS: &[&str] = &["hug", "me_too", "helpful", "thank_you"];
const THREADS_PER_PAGE: i64 = 20;
const POSTS_PER_PAGE: i64 = 30;
const MAX_BODY: usize = 20_000;
const MAX_TITLE: usize = 150;

// ---- who may read and write a board

/// What the actor may do on a board.
#[derive(Debug, Clone, Copy, Default)]
struct Rights {
    read: bool,
    write: bool,
    /// Facilitators, organisers, moderators: see hidden posts and who wrote anonymous ones.
    moderate: bool,
}

async fn group_rights(state: &AppState, actor: &Actor, group: &Group) -> Result<Rights, AppError> {
    let standing = Standing::of(state, actor, group).await?;
    let runs = standing.runs_group(actor);
    let member = standing.is_member();
    let public = state.store.board_public(group.id).await?;
    Ok(Rights {
        read: member || runs || actor.is_moderator() || public,
        write: member || runs,
        moderate: runs || actor.is_moderator(),
    })
}

async fn org_rights(state: &AppState, actor: &Actor, org: OrganisationId) -> Result<Rights, AppError> {
    let Some(user) = &actor.user else {
        return Ok(Rights::default());
    };
    let organiser = state.store.is_organiser(org, user.id).await?;
    let facilitates = state
        .store
        .organisation_facilitators(org)
        .await?
        .iter()
        .any(|f| f.user_id == user.id);
    let inside = organiser || facilitates || actor.is_admin();
    Ok(Rights {
        read: inside || actor.is_moderator(),
        write: inside,
        moderate: organiser || actor.is_moderator(),
    })
}

async fn rights(state: &AppState, actor: &Actor, board: Board) -> Result<Rights, AppError> {
    match board {
        Board::Group(g) => {
            let group = state.store.get_group(g).await?;
            group_rights(state, actor, &group).await
        }
        Board::Organisation(o) => org_rights(state, actor, o).await,
    }
}

/// For other features (reports): the actor must be able to read the board, else 404.
pub(crate) async fn require_board_reader(
    state: &AppState,
    actor: &Actor,
    board: Board,
) -> Result<(), AppError> {
    if rights(state, actor, board).await?.read {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

fn board_group(board: Board) -> Option<GroupId> {
    match board {
        Board::Group(g) => Some(g),
        Board::Organisation(_) => None,
    }
}

// ---- forms and their checks

#[derive(Debug, Default, Deserialize)]
pub struct PostForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    content_warning: String,
    #[serde(default)]
    anonymous: Option<String>,
}

struct Checked {
    title: String,
    body: String,
    content_warning: Option<&'static str>,
    anonymous: bool,
}

fn check_post(tr: &Tr, form: &PostForm, needs_title: bool) -> Result<Checked, FormErrors> {
    let mut errors = FormErrors::default();
    let title = form.title.trim();
    if needs_title && (title.is_empty() || title.chars().count() > MAX_TITLE) {
        errors.add("title", tr.t("board-error-title"));
    }
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > MAX_BODY {
        errors.add("body", tr.t("board-error-body"));
    }
    let content_warning = match form.content_warning.trim() {
        "" => None,
        cw => match CONTENT_WARNINGS.iter().find(|c| **c == cw) {
            Some(c) => Some(*c),
            None => {
                errors.add("content_warning", tr.t("board-error-warning"));
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Checked {
        title: title.to_owned(),
        body: body.to_owned(),
        content_warning,
        anonymous: form.anonymous.is_some(),
    })
}

// ---- the board page

#[derive(Debug)]
struct ThreadLine {
    id: uuid::Uuid,
    title: String,
    by: String,
    posts: i64,
    unread: i64,
    when: String,
}

#[derive(Template)]
#[template(path = "board.html")]
struct BoardPage {
    shell: Shell,
    title: String,
    intro: String,
    action: String,
    back: (String, String),
    threads: Vec<ThreadLine>,
    can_write: bool,
    is_group: bool,
    manages: bool,
    public: bool,
    settings_action: String,
    /// Whether the viewer runs the group, and so sets whether members may message each other.
    runs: bool,
    member_messages: bool,
    warnings: Vec<(&'static str, String)>,
    errors: FormErrors,
    form_title: String,
    form_body: String,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<String>,
}

fn warnings(tr: &Tr) -> Vec<(&'static str, String)> {
    CONTENT_WARNINGS
        .iter()
        .map(|c| (*c, tr.t(&format!("warning-{c}"))))
        .collect()
}

/// The name shown for a writer: anonymous posts say so, and tell those who moderate who
/// wrote them (for safety; the writer is told this when they post).
fn byline(tr: &Tr, name: Option<&str>, anonymous: bool, moderate: bool) -> String {
    let name = name.map_or_else(|| tr.t("board-former-member"), str::to_owned);
    match (anonymous, moderate) {
        (false, _) => name,
        (true, false) => tr.t("board-anonymous"),
        (true, true) => tr.t1("board-anonymous-known", "name", name),
    }
}

struct BoardContext {
    title: String,
    intro: String,
    action: String,
    back: (String, String),
    is_group: bool,
    manages: bool,
    runs: bool,
    public: bool,
    member_messages: bool,
    settings_action: String,
}

async fn board_context(
    state: &AppState,
    actor: &Actor,
    tr: &Tr,
    board: Board,
) -> Result<(BoardContext, Rights), AppError> {
    let rights = rights(state, actor, board).await?;
    if !rights.read {
        return Err(AppError::NotFound);
    }
    Ok(match board {
        Board::Group(g) => {
            let group = state.store.get_group(g).await?;
            let standing = Standing::of(state, actor, &group).await?;
            let slug = group.details.slug.as_str().to_owned();
            (
                BoardContext {
                    title: tr.t1("board-title", "group", group.details.name.clone()),
                    intro: tr.t("board-intro"),
                    action: format!("/groups/{slug}/board"),
                    back: (format!("/groups/{slug}"), group.details.name.clone()),
                    is_group: true,
                    manages: standing.manages_group(actor),
                    runs: standing.runs_group(actor),
                    public: state.store.board_public(g).await?,
                    member_messages: state.store.member_messages_allowed(g).await?,
                    settings_action: format!("/groups/{slug}/board/settings"),
                },
                rights,
            )
        }
        Board::Organisation(o) => {
            let org = state.store.get_organisation(o).await?;
            (
                BoardContext {
                    title: tr.t1("board-org-title", "organisation", org.name.clone()),
                    intro: tr.t("board-org-intro"),
                    action: format!("/organisations/{o}/board"),
                    back: (format!("/organisations/{o}/training"), org.name),
                    is_group: false,
                    manages: false,
                    runs: false,
                    public: false,
                    member_messages: false,
                    settings_action: String::new(),
                },
                rights,
            )
        }
    })
}

async fn board_page(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    board: Board,
    page: i64,
    errors: FormErrors,
    form: &PostForm,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let (ctx, rights) = board_context(state, actor, &tr, board).await?;
    let viewer = actor.user.as_ref().map_or(UserId(uuid::Uuid::nil()), |u| u.id);
    let (threads, total) = state
        .store
        .list_threads(
            board,
            viewer,
            rights.moderate,
            (page - 1) * THREADS_PER_PAGE,
            THREADS_PER_PAGE,
        )
        .await?;
    let threads = threads
        .into_iter()
        .map(|t| ThreadLine {
            id: t.id,
            by: byline(&tr, t.author_name.as_deref(), t.anonymous, rights.moderate),
            title: t.title,
            posts: t.post_count,
            unread: if actor.user.is_some() { t.unread } else { 0 },
            when: when(&tr, t.last_post_at),
        })
        .collect();
    let status = errors.status();
    let page_view = BoardPage {
        title: ctx.title,
        intro: ctx.intro,
        back: ctx.back,
        threads,
        can_write: rights.write,
        is_group: ctx.is_group,
        manages: ctx.manages,
        public: ctx.public,
        runs: ctx.runs,
        member_messages: ctx.member_messages,
        settings_action: ctx.settings_action,
        warnings: warnings(&tr),
        errors,
        form_title: form.title.clone(),
        form_body: form.body.clone(),
        previous: (page > 1).then(|| format!("{}?page={}", ctx.action, page - 1)),
        next: (page * THREADS_PER_PAGE < total).then(|| format!("{}?page={}", ctx.action, page + 1)),
        action: ctx.action,
        shell,
    };
    Ok((status, render(&page_view)?).into_response())
}

async fn show_group_board(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let page = page_number(query.page.as_deref())?;
    if actor.user.is_none() && !state.store.board_public(group.id).await? {
        return Ok(sign_in_first(&format!("/groups/{slug}/board")));
    }
    board_page(
        &state,
        shell,
        &actor,
        Board::Group(group.id),
        page,
        FormErrors::default(),
        &PostForm::default(),
    )
    .await
}

async fn show_org_board(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let org: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    state.store.get_organisation(org).await?;
    let page = page_number(query.page.as_deref())?;
    board_page(
        &state,
        shell,
        &actor,
        Board::Organisation(org),
        page,
        FormErrors::default(),
        &PostForm::default(),
    )
    .await
}

#[derive(Template)]
#[template(path = "posted.html")]
struct PostedPage {
    shell: Shell,
    signpost: Option<Signpost>,
    held: bool,
    next: String,
}

/// After writing: straight on, or (when the screen worried, or the post is held) a page
/// that says so, with crisis lines for the writer.
fn after_writing(
    shell: Shell,
    signpost: Option<Signpost>,
    held: bool,
    next: String,
) -> Result<Response, AppError> {
    if signpost.is_none() && !held {
        return Ok(Redirect::to(&next).into_response());
    }
    Ok(render(&PostedPage {
        shell,
        signpost,
        held,
        next,
    })?
    .into_response())
}

/// A page saying why something could not be posted (suspended, too fast, a blocked word).
fn refused(shell: Shell, id: &str) -> Response {
    let status = if id == "moderation-refused-rate" {
        StatusCode::TOO_MANY_REQUESTS
    } else {
        StatusCode::FORBIDDEN
    };
    let page = crate::accounts::signup::MessagePage {
        title: shell.t("moderation-refused-title"),
        paragraphs: vec![shell.t(id)],
        link: Some(("/account#standing".into(), shell.t("moderation-standing-link"))),
        shell,
    };
    match render(&page) {
        Ok(html) => (status, html).into_response(),
        Err(err) => err.into_response(),
    }
}

async fn new_thread(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    board: Board,
    form: PostForm,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let r = rights(state, actor, board).await?;
    if !r.write {
        return Err(AppError::NotFound);
    }
    let checked = match check_post(&tr, &form, true) {
        Ok(c) => c,
        Err(errors) => return board_page(state, shell, actor, board, 1, errors, &form).await,
    };
    publish(
        state,
        shell,
        actor,
        Target::Thread {
            board,
            title: &checked.title,
        },
        &checked,
    )
    .await
}

/// Where a new post goes.
enum Target<'a> {
    Thread { board: Board, title: &'a str },
    Reply { thread: uuid::Uuid, board: Board },
}

/// Writes a post after the rules (suspension, rate, watched words, trust), then screens it:
/// the writer may be shown crisis lines, and an alert is raised for the people who can help.
async fn publish(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    target: Target<'_>,
    checked: &Checked,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let (board, text) = match &target {
        Target::Thread { board, title } => (*board, format!("{title}\n{}", checked.body)),
        Target::Reply { board, .. } => (*board, checked.body.clone()),
    };
    let group = board_group(board);
    let (gate, flag) = gate(state, actor, group, &text).await?;
    let hold = match gate {
        Gate::Refuse(message) => return Ok(refused(shell, message)),
        Gate::Hold(reason) => Some(reason),
        Gate::Open => None,
    };
    let screening = kindred_core::safety::screen(&text, shell.tr.locale);
    let level = screening.level;
    let post = NewPost {
        author: user.id,
        anonymous: checked.anonymous,
        body: &checked.body,
        content_warning: checked.content_warning,
        safety: level.as_str(),
        hidden_reason: hold,
    };
    let (post, next) = match target {
        Target::Thread { board, title } => {
            let (thread, post) = state.store.create_thread(board, title, &post).await?;
            (post, format!("/threads/{thread}"))
        }
        Target::Reply { thread, .. } => {
            let post = state.store.add_post(thread, &post).await?;
            (post, format!("/threads/{thread}#post-{post}"))
        }
    };
    if flag {
        state
            .store
            .report("post", &post.to_string(), group, user.id, "watched_word")
            .await?;
    }
    let signpost = alert_on(
        state,
        &shell.tr,
        &screening,
        group,
        "post",
        &post.to_string(),
        user.id,
    )
    .await?;
    after_writing(shell, signpost, hold.is_some(), next)
}

async fn new_group_thread(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<PostForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    new_thread(&state, shell, &actor, Board::Group(group.id), form).await
}

async fn new_org_thread(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<PostForm>,
) -> Result<Response, AppError> {
    let org: OrganisationId = id.parse().map_err(|_| AppError::NotFound)?;
    state.store.get_organisation(org).await?;
    new_thread(&state, shell, &actor, Board::Organisation(org), form).await
}

#[derive(Debug, Deserialize)]
pub struct BoardSettingsForm {
    #[serde(default)]
    public: Option<String>,
}

async fn board_settings(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<BoardSettingsForm>,
) -> Result<Response, AppError> {
    let group = managed_group(&state, &actor, &slug).await?;
    state
        .store
        .set_board_public(group.id, form.public.is_some())
        .await?;
    state
        .store
        .audit(&kindred_store::AuditEntry {
            actor: actor.user.as_ref().map(|u| u.id),
            action: if form.public.is_some() {
                "board_public"
            } else {
                "board_private"
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

async fn show_group_words(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = managed_group(&state, &actor, &slug).await?;
    crate::moderation::words_page(&state, shell, Some(group.id), format!("/groups/{slug}/words")).await
}

async fn change_group_words(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<crate::moderation::WordsForm>,
) -> Result<Response, AppError> {
    let group = managed_group(&state, &actor, &slug).await?;
    crate::moderation::change_word(&state, &actor, Some(group.id), &form).await?;
    Ok(Redirect::to(&format!("/groups/{slug}/words")).into_response())
}

// ---- a thread

#[derive(Debug)]
struct PostLine {
    id: uuid::Uuid,
    by: String,
    when: String,
    body_html: String,
    warning: Option<String>,
    hidden: Option<String>,
    edited: bool,
    deleted: bool,
    mine: bool,
    reactions: Vec<(&'static str, String, i64, bool)>,
}

#[derive(Template)]
#[template(path = "thread.html")]
struct ThreadPage {
    shell: Shell,
    id: uuid::Uuid,
    title: String,
    back: (String, String),
    posts: Vec<PostLine>,
    can_write: bool,
    moderate: bool,
    warnings: Vec<(&'static str, String)>,
    errors: FormErrors,
    form_body: String,
    previous: Option<String>,
    next: Option<String>,
}

fn post_line(tr: &Tr, p: PostView, viewer: Option<UserId>, moderate: bool) -> PostLine {
    PostLine {
        id: p.id,
        by: byline(tr, p.author_name.as_deref(), p.anonymous, moderate),
        when: when(tr, p.created_at),
        body_html: if p.deleted {
            String::new()
        } else {
            markdown_to_html(&p.body)
        },
        warning: p.content_warning.map(|c| tr.t(&format!("warning-{c}"))),
        hidden: p.hidden_reason.map(|r| tr.t(&format!("board-hidden-{r}"))),
        edited: p.edited_at.is_some(),
        deleted: p.deleted,
        mine: viewer.is_some() && p.author_id == viewer,
        reactions: REACTIONS
            .iter()
            .map(|kind| {
                let (n, given) = p
                    .reactions
                    .iter()
                    .find(|(k, ..)| k == kind)
                    .map_or((0, false), |(_, n, mine)| (*n, *mine));
                (*kind, tr.t(&format!("reaction-{kind}")), n, given)
            })
            .collect(),
    }
}

async fn thread_page(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    id: uuid::Uuid,
    page: Option<i64>,
    errors: FormErrors,
    form_body: String,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let info = state.store.thread(id).await?;
    let (ctx, rights) = board_context(state, actor, &tr, info.board).await?;
    let viewer = actor.user.as_ref().map(|u| u.id);
    let nil = UserId(uuid::Uuid::nil());
    let (posts, total, page) = state
        .store
        .thread_posts(id, viewer.unwrap_or(nil), rights.moderate, page, POSTS_PER_PAGE)
        .await?;
    let last = ((total - 1).max(0) / POSTS_PER_PAGE) + 1;
    if posts.is_empty() && !rights.moderate {
        return Err(AppError::NotFound);
    }
    if let Some(user) = viewer {
        state.store.mark_thread_read(id, user).await?;
    }
    let status = errors.status();
    let view = ThreadPage {
        id,
        title: info.title,
        back: (ctx.action.clone(), ctx.title),
        posts: posts
            .into_iter()
            .map(|p| post_line(&tr, p, viewer, rights.moderate))
            .collect(),
        can_write: rights.write,
        moderate: rights.moderate,
        warnings: warnings(&tr),
        errors,
        form_body,
        previous: (page > 1).then(|| format!("/threads/{id}?page={}", page - 1)),
        next: (page < last).then(|| format!("/threads/{id}?page={}", page + 1)),
        shell,
    };
    Ok((status, render(&view)?).into_response())
}

/// Private boards ask visitors to sign in (members then see them; others get 404).
fn sign_in_first(path: &str) -> Response {
    Redirect::to(&format!("/login?next={}", crate::routes::encode_path(path))).into_response()
}

fn parse_id(id: &str) -> Result<uuid::Uuid, AppError> {
    id.parse().map_err(|_| AppError::NotFound)
}

async fn show_thread(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let id = parse_id(&id)?;
    if actor.user.is_none() {
        let info = state.store.thread(id).await?;
        if !rights(&state, &actor, info.board).await?.read {
            return Ok(sign_in_first(&format!("/threads/{id}")));
        }
    }
    let page = match query.page.as_deref() {
        None | Some("") => None,
        Some(p) => Some(page_number(Some(p))?),
    };
    thread_page(
        &state,
        shell,
        &actor,
        id,
        page,
        FormErrors::default(),
        String::new(),
    )
    .await
}

async fn reply(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<PostForm>,
) -> Result<Response, AppError> {
    let id = parse_id(&id)?;
    let tr = shell.tr.clone();
    let info = state.store.thread(id).await?;
    if !rights(&state, &actor, info.board).await?.write {
        return Err(AppError::NotFound);
    }
    let checked = match check_post(&tr, &form, false) {
        Ok(c) => c,
        Err(errors) => return thread_page(&state, shell, &actor, id, None, errors, form.body).await,
    };
    publish(
        &state,
        shell,
        &actor,
        Target::Reply {
            thread: id,
            board: info.board,
        },
        &checked,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ReactForm {
    kind: String,
    #[serde(default)]
    on: Option<String>,
}

async fn react(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<ReactForm>,
) -> Result<Response, AppError> {
    let id = parse_id(&id)?;
    let r = state.store.post_ref(id).await?;
    if !rights(&state, &actor, r.board).await?.write || r.deleted {
        return Err(AppError::NotFound);
    }
    let kind = REACTIONS
        .iter()
        .find(|k| **k == form.kind)
        .ok_or_else(|| AppError::Invalid(ValidationError::new("kind", "not a reaction")))?;
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    state
        .store
        .set_reaction(id, user.id, kind, form.on.is_some())
        .await?;
    Ok(Redirect::to(&format!("/threads/{}#post-{id}", r.thread_id)).into_response())
}

#[derive(Template)]
#[template(path = "post_edit.html")]
struct EditPage {
    shell: Shell,
    id: uuid::Uuid,
    thread: uuid::Uuid,
    body: String,
    errors: FormErrors,
    history: Vec<(String, String)>,
}

/// The post, if the actor wrote it (else 404).
async fn own_post(
    state: &AppState,
    actor: &Actor,
    id: uuid::Uuid,
) -> Result<kindred_store::PostRef, AppError> {
    let r = state.store.post_ref(id).await?;
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    if r.author_id != Some(user.id) || r.deleted || !rights(state, actor, r.board).await?.write {
        return Err(AppError::NotFound);
    }
    Ok(r)
}

async fn show_edit(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id = parse_id(&id)?;
    let r = match own_post(&state, &actor, id).await {
        Ok(r) => r,
        Err(AppError::NotFound) => {
            // Those who moderate the board may read a post's history.
            let r = state.store.post_ref(id).await?;
            if !rights(&state, &actor, r.board).await?.moderate {
                return Err(AppError::NotFound);
            }
            r
        }
        Err(e) => return Err(e),
    };
    let body = state.store.post_body(r.id).await?;
    let moderate = rights(&state, &actor, r.board).await?.moderate;
    let tr = shell.tr.clone();
    let history = if moderate {
        state
            .store
            .post_history(id)
            .await?
            .into_iter()
            .map(|(at, text)| (when(&tr, at), text))
            .collect()
    } else {
        Vec::new()
    };
    Ok(render(&EditPage {
        shell,
        id,
        thread: r.thread_id,
        body,
        errors: FormErrors::default(),
        history,
    })?
    .into_response())
}

async fn save_edit(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<PostForm>,
) -> Result<Response, AppError> {
    let id = parse_id(&id)?;
    let r = own_post(&state, &actor, id).await?;
    let tr = shell.tr.clone();
    let checked = match check_post(&tr, &form, false) {
        Ok(c) => c,
        Err(errors) => {
            let page = EditPage {
                shell,
                id,
                thread: r.thread_id,
                body: form.body,
                errors,
                history: Vec::new(),
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    };
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let group = board_group(r.board);
    if let (Gate::Refuse(message), _) = gate(&state, &actor, group, &checked.body).await? {
        return Ok(refused(shell, message));
    }
    // The screen runs again; a new alert only if the words became more worrying (editing a
    // worrying post must not page the facilitators again and again).
    let screening = kindred_core::safety::screen(&checked.body, tr.locale);
    let level = screening.level;
    let rank = |l: &str| match l {
        "urgent" => 2,
        "concern" => 1,
        _ => 0,
    };
    state.store.edit_post(id, &checked.body, level.as_str()).await?;
    let signpost = if rank(level.as_str()) > rank(&r.safety) {
        alert_on(&state, &tr, &screening, group, "post", &id.to_string(), user.id).await?
    } else if level == kindred_core::safety::Level::None {
        None
    } else {
        Some(signpost(
            &state,
            &tr,
            level == kindred_core::safety::Level::Urgent,
        ))
    };
    after_writing(
        shell,
        signpost,
        false,
        format!("/threads/{}#post-{id}", r.thread_id),
    )
}

async fn delete(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    // Only the writer deletes; those who moderate hide instead, with a reason the member is
    // told (moderation::moderate_post).
    let id = parse_id(&id)?;
    let r = own_post(&state, &actor, id).await?;
    state.store.delete_post(id).await?;
    Ok(Redirect::to(&format!("/threads/{}", r.thread_id)).into_response())
}

// ---- private messages with facilitators

#[derive(Debug)]
struct MessageLine {
    id: uuid::Uuid,
    by: String,
    when: String,
    body_html: String,
    mine: bool,
}

#[derive(Template)]
#[template(path = "messages.html")]
struct MessagesPage {
    shell: Shell,
    slug: String,
    group: String,
    /// For facilitators: the conversations.
    conversations: Vec<(String, String, i64, String)>,
    /// The conversation shown (a member's own, or one a facilitator opened).
    messages: Vec<MessageLine>,
    with: Option<String>,
    action: String,
    show_form: bool,
    errors: FormErrors,
    /// Conversations between members (when the group allows them), and what the "write to
    /// a member" form held: (token, text).
    members: member_messages::MemberSide,
    start: (String, String),
}

async fn message_rights(state: &AppState, actor: &Actor, group: &Group) -> Result<(bool, bool), AppError> {
    let standing = Standing::of(state, actor, group).await?;
    let runs = standing.runs_group(actor);
    let member = standing
        .membership()
        .is_some_and(|m| m.status == MembershipStatus::Active);
    if !(runs || member) {
        return Err(AppError::NotFound);
    }
    Ok((member && !runs, runs))
}

fn message_lines(tr: &Tr, messages: Vec<kindred_store::MessageView>, me: UserId) -> Vec<MessageLine> {
    messages
        .into_iter()
        .map(|m| MessageLine {
            id: m.id,
            by: m.author_name.unwrap_or_else(|| tr.t("board-former-member")),
            when: when(tr, m.created_at),
            body_html: markdown_to_html(&m.body),
            mine: m.author_id == Some(me),
        })
        .collect()
}

async fn messages_page(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    group: &Group,
    with: Option<UserId>,
    errors: FormErrors,
    start: (&str, &str),
) -> Result<Response, AppError> {
    let (member_only, runs) = message_rights(state, actor, group).await?;
    let me = actor.user.as_ref().ok_or(AppError::Unauthorized)?.id;
    let tr = shell.tr.clone();
    let slug = group.details.slug.as_str().to_owned();
    let (messages, with_name, action) = match (with, member_only) {
        (None, true) => (
            state.store.conversation(group.id, me).await?,
            None,
            format!("/groups/{slug}/messages"),
        ),
        (Some(member), _) if runs => {
            let name = state
                .store
                .membership(group.id, member)
                .await?
                .ok_or(AppError::NotFound)?;
            let person = state.store.get_user(member).await?;
            (
                state.store.conversation(group.id, member).await?,
                Some(
                    name.group_pseudonym
                        .unwrap_or_else(|| person.pseudonym.as_str().to_owned()),
                ),
                format!("/groups/{slug}/messages/{member}"),
            )
        }
        (None, false) => (Vec::new(), None, String::new()),
        (Some(_), _) => return Err(AppError::NotFound),
    };
    let conversations = if runs && with.is_none() {
        state
            .store
            .conversations(group.id)
            .await?
            .into_iter()
            .map(|c| {
                (
                    format!("/groups/{slug}/messages/{}", c.member_id),
                    c.member_name,
                    c.messages,
                    when(&tr, c.last_at),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let members = if with.is_none() {
        member_messages::member_side(state, actor, &tr, group).await?
    } else {
        member_messages::MemberSide::default()
    };
    let status = errors.status();
    let page = MessagesPage {
        members,
        start: (start.0.to_owned(), start.1.to_owned()),
        group: group.details.name.clone(),
        conversations,
        messages: message_lines(&tr, messages, me),
        show_form: !action.is_empty(),
        with: with_name,
        action,
        errors,
        slug,
        shell,
    };
    Ok((status, render(&page)?).into_response())
}

async fn show_messages(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    messages_page(
        &state,
        shell,
        &actor,
        &group,
        None,
        FormErrors::default(),
        ("", ""),
    )
    .await
}

async fn show_conversation(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((slug, user)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let member: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    messages_page(
        &state,
        shell,
        &actor,
        &group,
        Some(member),
        FormErrors::default(),
        ("", ""),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    body: String,
}

async fn write_message(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    group: &Group,
    member: UserId,
    form: MessageForm,
) -> Result<Response, AppError> {
    let tr = shell.tr.clone();
    let body = form.body.trim();
    let with = actor
        .user
        .as_ref()
        .is_some_and(|u| u.id != member)
        .then_some(member);
    if body.is_empty() || body.chars().count() > MAX_BODY {
        let mut errors = FormErrors::default();
        errors.add("body", tr.t("board-error-body"));
        return messages_page(state, shell, actor, group, with, errors, ("", "")).await;
    }
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    if let (Gate::Refuse(message), _) = gate(state, actor, Some(group.id), body).await? {
        return Ok(refused(shell, message));
    }
    let screening = kindred_core::safety::screen(body, tr.locale);
    let level = screening.level;
    let id = state
        .store
        .add_message(group.id, member, user.id, body, level.as_str())
        .await?;
    let signpost = alert_on(
        state,
        &tr,
        &screening,
        Some(group.id),
        "message",
        &id.to_string(),
        user.id,
    )
    .await?;
    let slug = group.details.slug.as_str();
    let next = match with {
        Some(m) => format!("/groups/{slug}/messages/{m}"),
        None => format!("/groups/{slug}/messages"),
    };
    after_writing(shell, signpost, false, next)
}

async fn send_message(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(slug): Path<String>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let (member_only, _) = message_rights(&state, &actor, &group).await?;
    if !member_only {
        return Err(AppError::NotFound);
    }
    let me = actor.user.as_ref().ok_or(AppError::Unauthorized)?.id;
    write_message(&state, shell, &actor, &group, me, form).await
}

async fn answer_member(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path((slug, user)): Path<(String, String)>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let group = load_group(&state, &slug).await?;
    let (_, runs) = message_rights(&state, &actor, &group).await?;
    let member: UserId = user.parse().map_err(|_| AppError::NotFound)?;
    if !runs || state.store.membership(group.id, member).await?.is_none() {
        return Err(AppError::NotFound);
    }
    write_message(&state, shell, &actor, &group, member, form).await
}

// ---- debrief notes

#[derive(Template)]
#[template(path = "debrief.html")]
struct DebriefPage {
    shell: Shell,
    meeting: String,
    title: String,
    notes: Vec<(String, String, String)>,
    errors: FormErrors,
}

async fn debrief_group(
    state: &AppState,
    actor: &Actor,
    id: &str,
) -> Result<(Group, String, String), AppError> {
    let loaded = crate::meetings::load_meeting(state, id).await?;
    if !Standing::of(state, actor, &loaded.group).await?.runs_group(actor) {
        return Err(AppError::NotFound);
    }
    let title = loaded.group.details.name.clone();
    Ok((loaded.group, loaded.meeting.id.to_string(), title))
}

async fn debrief_page(
    state: &AppState,
    shell: Shell,
    actor: &Actor,
    id: &str,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (group, meeting, title) = debrief_group(state, actor, id).await?;
    let tr = shell.tr.clone();
    let notes = state
        .store
        .debrief_notes(group.id, &meeting)
        .await?
        .into_iter()
        .map(|n| {
            (
                n.author_name.unwrap_or_else(|| tr.t("board-former-member")),
                when(&tr, n.created_at),
                markdown_to_html(&n.body),
            )
        })
        .collect();
    let status = errors.status();
    Ok((
        status,
        render(&DebriefPage {
            shell,
            meeting,
            title,
            notes,
            errors,
        })?,
    )
        .into_response())
}

async fn show_debrief(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    debrief_page(&state, shell, &actor, &id, FormErrors::default()).await
}

async fn add_debrief(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
    Path(id): Path<String>,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let (group, meeting, _) = debrief_group(&state, &actor, &id).await?;
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > MAX_BODY {
        let mut errors = FormErrors::default();
        errors.add("body", shell.tr.t("board-error-body"));
        return debrief_page(&state, shell, &actor, &id, errors).await;
    }
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    state
        .store
        .add_debrief_note(group.id, &meeting, user.id, body)
        .await?;
    Ok(Redirect::to(&format!("/meetings/{meeting}/debrief")).into_response())
}

// ---- what is new for me, and the daily digest

/// How often the digest goes, at most.
pub const DIGEST_PERIOD_SECS: i64 = 86_400;

#[derive(Template)]
#[template(path = "my_discussions.html")]
struct MyDiscussionsPage {
    shell: Shell,
    news: Vec<(String, String, i64)>,
    alerts: usize,
    digest: bool,
}

pub(crate) async fn show_my_discussions(
    State(state): State<AppState>,
    shell: Shell,
    axum::Extension(actor): axum::Extension<Actor>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    let news = state
        .store
        .board_news(user.id, None)
        .await?
        .into_iter()
        .map(|n| (n.group_slug, n.group_name, n.unread))
        .collect();
    let runs = state.store.groups_run_by(user.id).await?;
    let alerts = if actor.is_moderator() {
        state.store.alerts(None, true, 500).await?.len()
    } else if runs.is_empty() {
        0
    } else {
        state.store.alerts(Some(&runs), true, 500).await?.len()
    };
    Ok(render(&MyDiscussionsPage {
        news,
        alerts,
        digest: state.store.discussion_digest(user.id).await?,
        shell,
    })?
    .into_response())
}

#[derive(Debug, Deserialize)]
pub struct DigestForm {
    #[serde(default)]
    on: Option<String>,
}

pub(crate) async fn set_digest(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<Actor>,
    Form(form): Form<DigestForm>,
) -> Result<Response, AppError> {
    let user = actor.user.as_ref().ok_or(AppError::Unauthorized)?;
    state
        .store
        .set_discussion_digest(user.id, form.on.is_some())
        .await?;
    Ok(Redirect::to("/my/discussions").into_response())
}

/// Emails each person who asked for it a daily summary of new posts on their groups'
/// boards: counts and links, never the words. Safe on several instances (each digest is
/// claimed in the transaction that queues it).
pub async fn send_digests(state: &AppState) -> Result<usize, AppError> {
    send_digests_at(state, jiff::Timestamp::now().as_second()).await
}

/// [`send_digests`] as if it were `at` (for tests).
pub async fn send_digests_at(state: &AppState, at: i64) -> Result<usize, AppError> {
    let mut sent = 0;
    for due in state.store.digests_due(at, DIGEST_PERIOD_SECS, 500).await? {
        let locale = due
            .recipient
            .locale
            .as_deref()
            .and_then(kindred_core::i18n::Locale::from_tag)
            .unwrap_or_default();
        let tr = Tr::new(state.i18n.clone(), locale);
        let base = &state.settings.public_url;
        let lines: Vec<String> = due
            .news
            .iter()
            .map(|n| {
                format!(
                    "{}\n{base}/groups/{}/board",
                    tr.t_args(
                        "email-digest-line",
                        &[("group", &n.group_name), ("count", &n.unread.to_string())]
                    ),
                    n.group_slug
                )
            })
            .collect();
        let clean = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let email = kindred_store::OutgoingEmail {
            recipient: due.recipient.email.clone(),
            subject: clean(tr.t("email-digest-subject")),
            body: clean(format!(
                "{}\n\n{}\n\n{}\n{base}/my/discussions\n\n{}\n",
                tr.t1("email-digest-body", "pseudonym", due.recipient.pseudonym.clone()),
                lines.join("\n\n"),
                tr.t("email-digest-off"),
                tr.t("email-signature")
            )),
            unsubscribe: Some(format!("{base}/my/discussions")),
        };
        if state
            .store
            .claim_digest(due.recipient.user_id, at, DIGEST_PERIOD_SECS, &email)
            .await?
        {
            sent += 1;
        }
    }
    if sent > 0 {
        state.outbox_wake.notify_one();
    }
    Ok(sent)
}
