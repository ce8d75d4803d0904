//! Discussions (threads and posts on a group's board or an organisation's facilitators'
//! board), reactions, unread counts, private messages with facilitators, and debrief notes.
//! Every title and body is sealed under the board's data key before it reaches the
//! database, and opened here on the way out (see `keys.rs`).

use kindred_core::ids::{GroupId, OrganisationId, UserId};

use crate::keys::{KeyScope, Sealed};
use crate::rows::DecodeRow;
use crate::{Result, Store, StoreError, WritePool, now, on_pool};

/// Where a thread lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Board {
    Group(GroupId),
    /// An organisation's facilitators-only space.
    Organisation(OrganisationId),
}

impl Board {
    fn scope(self) -> KeyScope {
        match self {
            Self::Group(g) => KeyScope::Group(g),
            Self::Organisation(o) => KeyScope::Organisation(o),
        }
    }

    fn columns(self) -> (Option<uuid::Uuid>, Option<uuid::Uuid>) {
        match self {
            Self::Group(g) => (Some(g.0), None),
            Self::Organisation(o) => (None, Some(o.0)),
        }
    }

    fn from_columns(group: Option<uuid::Uuid>, org: Option<uuid::Uuid>) -> Result<Self> {
        match (group, org) {
            (Some(g), _) => Ok(Self::Group(GroupId(g))),
            (None, Some(o)) => Ok(Self::Organisation(OrganisationId(o))),
            (None, None) => Err(StoreError::Crypto("a thread belongs to no board".into())),
        }
    }
}

/// A post to write.
#[derive(Debug, Clone, Copy)]
pub struct NewPost<'a> {
    pub author: UserId,
    pub anonymous: bool,
    pub body: &'a str,
    /// A content warning code (`self_harm`, ...), if the writer set one.
    pub content_warning: Option<&'a str>,
    /// The screen's level: none, concern, urgent.
    pub safety: &'a str,
    /// Held back from the start (`held`, `watched`): only moderators see it until reviewed.
    pub hidden_reason: Option<&'a str>,
}

/// A thread in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadSummary {
    pub id: uuid::Uuid,
    pub title: String,
    pub author_id: Option<UserId>,
    pub author_name: Option<String>,
    pub anonymous: bool,
    pub post_count: i64,
    pub last_post_at: i64,
    pub unread: i64,
}

/// A thread's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadInfo {
    pub id: uuid::Uuid,
    pub board: Board,
    pub title: String,
    pub post_count: i64,
}

/// A post as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostView {
    pub id: uuid::Uuid,
    pub thread_id: uuid::Uuid,
    pub author_id: Option<UserId>,
    /// The author's name (their name in the group if they set one); `None` once erased.
    pub author_name: Option<String>,
    pub anonymous: bool,
    pub body: String,
    pub content_warning: Option<String>,
    pub safety: String,
    pub hidden_reason: Option<String>,
    pub edited_at: Option<i64>,
    pub deleted: bool,
    pub created_at: i64,
    /// (kind, how many, whether the viewer gave it).
    pub reactions: Vec<(String, i64, bool)>,
}

/// The facts about a post that rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostRef {
    pub id: uuid::Uuid,
    pub thread_id: uuid::Uuid,
    pub board: Board,
    pub author_id: Option<UserId>,
    pub hidden_reason: Option<String>,
    pub deleted: bool,
    /// The screen's level for the current words.
    pub safety: String,
}

/// A message between a member and their group's facilitators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageView {
    pub id: uuid::Uuid,
    pub author_id: Option<UserId>,
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: i64,
}

/// A conversation in a facilitator's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    pub member_id: UserId,
    pub member_name: String,
    pub messages: i64,
    pub last_at: i64,
}

/// New posts on one group's board for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardNews {
    pub group_slug: String,
    pub group_name: String,
    pub unread: i64,
}

/// A person due a digest email, with what is new for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestDue {
    pub recipient: crate::Recipient,
    pub news: Vec<BoardNews>,
}

/// A debrief note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebriefNote {
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: i64,
}

type PostRow = (
    uuid::Uuid,
    uuid::Uuid,
    Option<uuid::Uuid>,
    Option<String>,
    i64,
    uuid::Uuid,
    Vec<u8>,
    Option<String>,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    i64,
);

/// Reactions on a thread's posts: post, kind, how many, whether the viewer gave it.
type ReactionRow = (uuid::Uuid, String, i64, i64);
/// A debrief note row: id, author, key, sealed body, written at.
type NoteRow = (uuid::Uuid, Option<String>, uuid::Uuid, Vec<u8>, i64);

/// The name a board shows for a person: their name in the group, else their pseudonym.
const NAME: &str = "COALESCE((SELECT m.group_pseudonym FROM group_members m
    WHERE m.user_id = u.id AND m.group_id = t.group_id), u.pseudonym)";

/// Inserts a post inside a transaction (its body already sealed).
macro_rules! insert_post {
    ($conn:expr, $id:expr, $thread:expr, $post:expr, $sealed:expr, $at:expr) => {
        sqlx::query(
            "INSERT INTO posts (id, thread_id, author_id, anonymous, key_id, body, content_warning, safety, hidden_at, hidden_reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind($id)
        .bind($thread)
        .bind($post.author.0)
        .bind(i64::from($post.anonymous))
        .bind($sealed.key_id)
        .bind(&$sealed.blob)
        .bind($post.content_warning)
        .bind($post.safety)
        .bind($post.hidden_reason.map(|_| $at))
        .bind($post.hidden_reason)
        .bind($at)
        .execute($conn)
        .await?
    };
}

impl Store {
    /// Starts a thread with its opening post. Returns (thread, post).
    pub async fn create_thread(
        &self,
        board: Board,
        title: &str,
        first: &NewPost<'_>,
    ) -> Result<(uuid::Uuid, uuid::Uuid)> {
        let id = uuid::Uuid::now_v7();
        let post = uuid::Uuid::now_v7();
        // Sealed before the transaction: making a board's first data key writes a row itself.
        let sealed_title = self.seal_body(board.scope(), "threads", id, title).await?;
        let sealed_body = self.seal_body(board.scope(), "posts", post, first.body).await?;
        let (group, org) = board.columns();
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO threads (id, group_id, organisation_id, author_id, anonymous, key_id, title, post_count, last_post_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
            )
            .bind(id)
            .bind(group)
            .bind(org)
            .bind(first.author.0)
            .bind(i64::from(first.anonymous))
            .bind(sealed_title.key_id)
            .bind(&sealed_title.blob)
            .bind(i64::from(first.hidden_reason.is_none()))
            .bind(at)
            .execute(&mut *tx)
            .await?;
            insert_post!(&mut *tx, post, id, first, sealed_body, at);
            tx.commit().await?;
        });
        Ok((id, post))
    }

    /// Adds a reply to a thread.
    pub async fn add_post(&self, thread: uuid::Uuid, post: &NewPost<'_>) -> Result<uuid::Uuid> {
        let board = self.thread_board(thread).await?;
        let id = uuid::Uuid::now_v7();
        let sealed = self.seal_body(board.scope(), "posts", id, post.body).await?;
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            insert_post!(&mut *tx, id, thread, post, sealed, at);
            if post.hidden_reason.is_none() {
                sqlx::query("UPDATE threads SET post_count = post_count + 1, last_post_at = $2 WHERE id = $1")
                    .bind(thread)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
        Ok(id)
    }

    async fn thread_board(&self, thread: uuid::Uuid) -> Result<Board> {
        let (group, org): (Option<uuid::Uuid>, Option<uuid::Uuid>) = on_pool!(self, pool => {
            sqlx::query_as("SELECT group_id, organisation_id FROM threads WHERE id = $1")
                .bind(thread)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Board::from_columns(group, org)
    }

    /// Whether a group's board is readable by anyone (off by default).
    pub async fn board_public(&self, group: GroupId) -> Result<bool> {
        let v: i64 = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT board_public FROM groups WHERE id = $1")
                .bind(group.0)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Ok(v == 1)
    }

    pub async fn set_board_public(&self, group: GroupId, public: bool) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE groups SET board_public = $2 WHERE id = $1")
                .bind(group.0)
                .bind(i64::from(public))
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// A thread's header, with its title opened.
    pub async fn thread(&self, thread: uuid::Uuid) -> Result<ThreadInfo> {
        let (group, org, key_id, title, post_count): (
            Option<uuid::Uuid>,
            Option<uuid::Uuid>,
            uuid::Uuid,
            Vec<u8>,
            i64,
        ) = on_pool!(self, pool => {
            sqlx::query_as("SELECT group_id, organisation_id, key_id, title, post_count FROM threads WHERE id = $1")
                .bind(thread)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Ok(ThreadInfo {
            id: thread,
            board: Board::from_columns(group, org)?,
            title: self
                .open_body("threads", thread, &Sealed { key_id, blob: title })
                .await?,
            post_count,
        })
    }

    /// A page of a board's threads, most recently active first, with the viewer's unread
    /// counts (posts they can see that arrived after they last opened the thread).
    pub async fn list_threads(
        &self,
        board: Board,
        viewer: UserId,
        include_hidden: bool,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<ThreadSummary>, i64)> {
        let (group, org) = board.columns();
        let hidden = if include_hidden {
            ""
        } else {
            " AND p.hidden_at IS NULL"
        };
        let sql = format!(
            "SELECT t.id, t.key_id, t.title, t.author_id, {NAME} AS name, t.anonymous, t.post_count, t.last_post_at,
               (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.deleted_at IS NULL{hidden}
                  AND p.created_at > COALESCE((SELECT r.read_at FROM thread_reads r
                      WHERE r.thread_id = t.id AND r.user_id = $3), -1)) AS unread
             FROM threads t LEFT JOIN users u ON u.id = t.author_id
             WHERE (t.group_id = $1 OR t.organisation_id = $2)
               AND EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id{hidden})
             ORDER BY t.last_post_at DESC, t.id LIMIT $4 OFFSET $5"
        );
        type Row = (
            uuid::Uuid,
            uuid::Uuid,
            Vec<u8>,
            Option<uuid::Uuid>,
            Option<String>,
            i64,
            i64,
            i64,
            i64,
        );
        let (rows, total): (Vec<Row>, i64) = on_pool!(self, pool => {
            let rows = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(group)
                .bind(org)
                .bind(viewer.0)
                .bind(limit)
                .bind(offset)
                .fetch_all(pool)
                .await?;
            let total = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM threads t WHERE (t.group_id = $1 OR t.organisation_id = $2)
                   AND EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id{hidden})"
            )))
            .bind(group)
            .bind(org)
            .fetch_one(pool)
            .await?;
            (rows, total)
        });
        let mut out = Vec::with_capacity(rows.len());
        for (id, key_id, title, author, name, anonymous, post_count, last_post_at, unread) in rows {
            out.push(ThreadSummary {
                id,
                title: self
                    .open_body("threads", id, &Sealed { key_id, blob: title })
                    .await?,
                author_id: author.map(UserId),
                author_name: name,
                anonymous: anonymous == 1,
                post_count,
                last_post_at,
                unread,
            });
        }
        Ok((out, total))
    }

    /// A page of a thread's posts, oldest first, with reactions as the viewer sees them.
    /// Without a page number, the last page (where the latest replies are); a page past the
    /// end is the last. Returns the posts, how many there are in all, and the page shown.
    pub async fn thread_posts(
        &self,
        thread: uuid::Uuid,
        viewer: UserId,
        include_hidden: bool,
        page: Option<i64>,
        per_page: i64,
    ) -> Result<(Vec<PostView>, i64, i64)> {
        let hidden = if include_hidden {
            ""
        } else {
            " AND (p.hidden_at IS NULL OR p.author_id = $2)"
        };
        let sql = format!(
            "SELECT p.id, p.thread_id, p.author_id, {NAME} AS name, p.anonymous, p.key_id, p.body,
                    p.content_warning, p.safety, p.hidden_reason, p.edited_at, p.deleted_at, p.created_at
             FROM posts p JOIN threads t ON t.id = p.thread_id LEFT JOIN users u ON u.id = p.author_id
             WHERE p.thread_id = $1{hidden}
             ORDER BY p.created_at, p.id LIMIT $3 OFFSET $4"
        );
        let count_sql = format!("SELECT COUNT(*) FROM posts p WHERE p.thread_id = $1{hidden}");
        let per_page = per_page.max(1);
        let (rows, total, page, reactions): (Vec<PostRow>, i64, i64, Vec<ReactionRow>) = on_pool!(self, pool => {
            let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql.clone()))
                .bind(thread)
                .bind(viewer.0)
                .fetch_one(pool)
                .await?;
            let last = ((total - 1).max(0) / per_page) + 1;
            let page = page.unwrap_or(last).clamp(1, last);
            let rows: Vec<PostRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(thread)
                .bind(viewer.0)
                .bind(per_page)
                .bind((page - 1) * per_page)
                .fetch_all(pool)
                .await?;
            let reactions = sqlx::query_as(
                "SELECT x.post_id, x.kind, COUNT(*), CAST(MAX(CASE WHEN x.user_id = $2 THEN 1 ELSE 0 END) AS BIGINT)
                 FROM reactions x JOIN posts p ON p.id = x.post_id WHERE p.thread_id = $1
                 GROUP BY x.post_id, x.kind",
            )
            .bind(thread)
            .bind(viewer.0)
            .fetch_all(pool)
            .await?;
            (rows, total, page, reactions)
        });
        let mut out = Vec::with_capacity(rows.len());
        for (
            id,
            thread_id,
            author,
            name,
            anonymous,
            key_id,
            body,
            cw,
            safety,
            hidden_reason,
            edited_at,
            deleted_at,
            created_at,
        ) in rows
        {
            let body = if deleted_at.is_some() {
                String::new()
            } else {
                self.open_body("posts", id, &Sealed { key_id, blob: body })
                    .await?
            };
            out.push(PostView {
                id,
                thread_id,
                author_id: author.map(UserId),
                author_name: name,
                anonymous: anonymous == 1,
                body,
                content_warning: cw,
                safety,
                hidden_reason,
                edited_at,
                deleted: deleted_at.is_some(),
                created_at,
                reactions: reactions
                    .iter()
                    .filter(|(post, ..)| *post == id)
                    .map(|(_, kind, n, mine)| (kind.clone(), *n, *mine == 1))
                    .collect(),
            });
        }
        Ok((out, total, page))
    }

    /// Records that a person has read a thread up to now.
    pub async fn mark_thread_read(&self, thread: uuid::Uuid, user: UserId) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO thread_reads (thread_id, user_id, read_at) VALUES ($1, $2, $3)
                 ON CONFLICT (thread_id, user_id) DO UPDATE SET read_at = $3",
            )
            .bind(thread)
            .bind(user.0)
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Unread posts across a board's threads, for a badge.
    pub async fn unread_on_board(&self, board: Board, viewer: UserId) -> Result<i64> {
        let (group, org) = board.columns();
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar(
                "SELECT COUNT(*) FROM posts p JOIN threads t ON t.id = p.thread_id
                 WHERE (t.group_id = $1 OR t.organisation_id = $2) AND p.deleted_at IS NULL AND p.hidden_at IS NULL
                   AND p.created_at > COALESCE((SELECT r.read_at FROM thread_reads r
                       WHERE r.thread_id = t.id AND r.user_id = $3), -1)",
            )
            .bind(group)
            .bind(org)
            .bind(viewer.0)
            .fetch_one(pool)
            .await?)
        })
    }

    /// The facts about one post.
    pub async fn post_ref(&self, post: uuid::Uuid) -> Result<PostRef> {
        type Row = (
            uuid::Uuid,
            Option<uuid::Uuid>,
            Option<uuid::Uuid>,
            Option<uuid::Uuid>,
            Option<String>,
            Option<i64>,
            String,
        );
        let (thread, group, org, author, hidden, deleted, safety): Row = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT p.thread_id, t.group_id, t.organisation_id, p.author_id, p.hidden_reason, p.deleted_at, p.safety
                 FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1",
            )
            .bind(post)
            .fetch_optional(pool)
            .await?
            .ok_or(StoreError::NotFound)?
        });
        Ok(PostRef {
            id: post,
            thread_id: thread,
            board: Board::from_columns(group, org)?,
            author_id: author.map(UserId),
            hidden_reason: hidden,
            deleted: deleted.is_some(),
            safety,
        })
    }

    /// A post's current words, opened.
    pub async fn post_body(&self, post: uuid::Uuid) -> Result<String> {
        let (key_id, blob): (uuid::Uuid, Vec<u8>) = on_pool!(self, pool => {
            sqlx::query_as("SELECT key_id, body FROM posts WHERE id = $1 AND deleted_at IS NULL")
                .bind(post)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        self.open_body("posts", post, &Sealed { key_id, blob }).await
    }

    /// Replaces a post's body, keeping the old one (re-sealed for its new row) for moderators.
    pub async fn edit_post(&self, post: uuid::Uuid, body: &str, safety: &str) -> Result<()> {
        let info = self.post_ref(post).await?;
        let previous = self.post_body(post).await?;
        let edit_id = uuid::Uuid::now_v7();
        let kept = self
            .seal_body(info.board.scope(), "post_edits", edit_id, &previous)
            .await?;
        let new = self.seal_body(info.board.scope(), "posts", post, body).await?;
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("INSERT INTO post_edits (id, post_id, key_id, body, replaced_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(edit_id)
                .bind(post)
                .bind(kept.key_id)
                .bind(&kept.blob)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE posts SET key_id = $2, body = $3, edited_at = $4, safety = $5 WHERE id = $1")
                .bind(post)
                .bind(new.key_id)
                .bind(&new.blob)
                .bind(at)
                .bind(safety)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Earlier versions of a post, oldest first: (replaced at, text).
    pub async fn post_history(&self, post: uuid::Uuid) -> Result<Vec<(i64, String)>> {
        let rows: Vec<(uuid::Uuid, uuid::Uuid, Vec<u8>, i64)> = on_pool!(self, pool => {
            sqlx::query_as("SELECT id, key_id, body, replaced_at FROM post_edits WHERE post_id = $1 ORDER BY replaced_at, id")
                .bind(post)
                .fetch_all(pool)
                .await?
        });
        let mut out = Vec::new();
        for (id, key_id, blob, at) in rows {
            out.push((
                at,
                self.open_body("post_edits", id, &Sealed { key_id, blob }).await?,
            ));
        }
        Ok(out)
    }

    /// Deletes a post's words (and their history); the post stays as "deleted" so replies
    /// keep their place.
    pub async fn delete_post(&self, post: uuid::Uuid) -> Result<()> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("DELETE FROM post_edits WHERE post_id = $1").bind(post).execute(&mut *tx).await?;
            sqlx::query("UPDATE posts SET body = $2, deleted_at = $3 WHERE id = $1 AND deleted_at IS NULL")
                .bind(post)
                .bind(Vec::<u8>::new())
                .bind(now())
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Gives or takes back a reaction.
    pub async fn set_reaction(&self, post: uuid::Uuid, user: UserId, kind: &str, on: bool) -> Result<()> {
        on_pool!(self, pool => {
            if on {
                sqlx::query(
                    "INSERT INTO reactions (post_id, user_id, kind, created_at) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (post_id, user_id, kind) DO NOTHING",
                )
                .bind(post)
                .bind(user.0)
                .bind(kind)
                .bind(now())
                .execute(pool)
                .await?;
            } else {
                sqlx::query("DELETE FROM reactions WHERE post_id = $1 AND user_id = $2 AND kind = $3")
                    .bind(post)
                    .bind(user.0)
                    .bind(kind)
                    .execute(pool)
                    .await?;
            }
        });
        Ok(())
    }

    /// How many posts and messages a person wrote since a time (for rate limits and trust).
    pub async fn posts_by_since(&self, user: UserId, since: i64) -> Result<i64> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM posts WHERE author_id = $1 AND created_at >= $2)
                      + (SELECT COUNT(*) FROM private_messages WHERE author_id = $1 AND created_at >= $2)
                      + (SELECT COUNT(*) FROM member_messages WHERE author_id = $1 AND created_at >= $2)",
            )
            .bind(user.0)
            .bind(since)
            .fetch_one(pool)
            .await?)
        })
    }

    /// New posts on the boards of every group a person belongs to or runs (posts since they
    /// last opened each thread, and, with `since`, only posts after that time).
    pub async fn board_news(&self, user: UserId, since: Option<i64>) -> Result<Vec<BoardNews>> {
        let rows: Vec<(String, String, i64)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT g.slug, g.name, COUNT(p.id) FROM group_members m
                 JOIN groups g ON g.id = m.group_id
                 JOIN threads t ON t.group_id = g.id
                 JOIN posts p ON p.thread_id = t.id
                 WHERE m.user_id = $1 AND m.status = 'active'
                   AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND (p.author_id IS NULL OR p.author_id <> $1)
                   AND p.created_at > COALESCE((SELECT r.read_at FROM thread_reads r WHERE r.thread_id = t.id AND r.user_id = $1), -1)
                   AND p.created_at >= $2
                 GROUP BY g.slug, g.name ORDER BY g.name",
            )
            .bind(user.0)
            .bind(since.unwrap_or(-1))
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(group_slug, group_name, unread)| BoardNews {
                group_slug,
                group_name,
                unread,
            })
            .collect())
    }

    /// Turns the daily digest on or off for a person.
    pub async fn set_discussion_digest(&self, user: UserId, on: bool) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE users SET discussion_digest = $2, digest_sent_at = COALESCE(digest_sent_at, $3) WHERE id = $1")
                .bind(user.0)
                .bind(i64::from(on))
                .bind(now())
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    pub async fn discussion_digest(&self, user: UserId) -> Result<bool> {
        on_pool!(self, pool => {
            let v: i64 = sqlx::query_scalar("SELECT discussion_digest FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?;
            Ok(v == 1)
        })
    }

    /// People whose digest is due (on, and none sent for `period` seconds), with their news
    /// since the last one; people with nothing new are skipped (and not marked).
    pub async fn digests_due(&self, at: i64, period: i64, limit: i64) -> Result<Vec<DigestDue>> {
        let people: Vec<(crate::Recipient, Option<i64>)> = on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {}, u.digest_sent_at FROM users u
                 WHERE u.discussion_digest = 1 AND (u.digest_sent_at IS NULL OR u.digest_sent_at <= $1)
                 ORDER BY u.digest_sent_at, u.id LIMIT $2",
                crate::meetings::RECIPIENT_COLUMNS
            )))
            .bind(at - period)
            .bind(limit)
            .fetch_all(pool)
            .await?;
            rows.iter()
                .map(|r| Ok((r.decode()?, sqlx::Row::try_get(r, "digest_sent_at")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?
        });
        let mut out = Vec::new();
        for (recipient, sent) in people {
            let news = self.board_news(recipient.user_id, sent).await?;
            if !news.is_empty() {
                out.push(DigestDue { recipient, news });
            }
        }
        Ok(out)
    }

    /// Records a digest as sent and queues its email, once (false if already claimed).
    pub async fn claim_digest(
        &self,
        user: UserId,
        at: i64,
        period: i64,
        email: &crate::OutgoingEmail,
    ) -> Result<bool> {
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let claimed = sqlx::query(
                "UPDATE users SET digest_sent_at = $2 WHERE id = $1 AND (digest_sent_at IS NULL OR digest_sent_at <= $3)",
            )
            .bind(user.0)
            .bind(at)
            .bind(at - period)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if claimed {
                crate::outbox::insert_email!(&mut *tx, email, now());
            }
            tx.commit().await?;
            Ok(claimed)
        })
    }

    // ---- private messages

    /// Adds a message to a member's conversation with their group's facilitators.
    pub async fn add_message(
        &self,
        group: GroupId,
        member: UserId,
        author: UserId,
        body: &str,
        safety: &str,
    ) -> Result<uuid::Uuid> {
        let id = uuid::Uuid::now_v7();
        let sealed = self
            .seal_body(KeyScope::Group(group), "private_messages", id, body)
            .await?;
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO private_messages (id, group_id, member_id, author_id, key_id, body, safety, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(group.0)
            .bind(member.0)
            .bind(author.0)
            .bind(sealed.key_id)
            .bind(&sealed.blob)
            .bind(safety)
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(id)
    }

    /// A member's conversation with their group's facilitators, oldest first (the latest 200).
    pub async fn conversation(&self, group: GroupId, member: UserId) -> Result<Vec<MessageView>> {
        type Row = (
            uuid::Uuid,
            Option<uuid::Uuid>,
            Option<String>,
            uuid::Uuid,
            Vec<u8>,
            i64,
        );
        let rows: Vec<Row> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT * FROM (SELECT pm.id, pm.author_id,
                        COALESCE((SELECT m.group_pseudonym FROM group_members m WHERE m.user_id = u.id AND m.group_id = pm.group_id), u.pseudonym),
                        pm.key_id, pm.body, pm.created_at
                 FROM private_messages pm LEFT JOIN users u ON u.id = pm.author_id
                 WHERE pm.group_id = $1 AND pm.member_id = $2 AND pm.hidden_at IS NULL
                 ORDER BY pm.created_at DESC, pm.id DESC LIMIT 200) latest ORDER BY 6, 1",
            )
            .bind(group.0)
            .bind(member.0)
            .fetch_all(pool)
            .await?
        });
        let mut out = Vec::with_capacity(rows.len());
        for (id, author, name, key_id, blob, created_at) in rows {
            out.push(MessageView {
                id,
                author_id: author.map(UserId),
                author_name: name,
                body: self
                    .open_body("private_messages", id, &Sealed { key_id, blob })
                    .await?,
                created_at,
            });
        }
        Ok(out)
    }

    /// Every member conversation of a group, most recent first.
    pub async fn conversations(&self, group: GroupId) -> Result<Vec<Conversation>> {
        let rows: Vec<(uuid::Uuid, String, i64, i64)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT pm.member_id,
                        COALESCE((SELECT m.group_pseudonym FROM group_members m WHERE m.user_id = u.id AND m.group_id = pm.group_id), u.pseudonym),
                        COUNT(*), MAX(pm.created_at)
                 FROM private_messages pm JOIN users u ON u.id = pm.member_id
                 WHERE pm.group_id = $1 AND pm.hidden_at IS NULL
                 GROUP BY pm.member_id, pm.group_id, u.id, u.pseudonym ORDER BY 4 DESC",
            )
            .bind(group.0)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(member, name, messages, last_at)| Conversation {
                member_id: UserId(member),
                member_name: name,
                messages,
                last_at,
            })
            .collect())
    }

    /// One message to or from the facilitators, opened (for the moderation queue).
    pub async fn private_message(&self, id: uuid::Uuid) -> Result<MessageView> {
        type Row = (Option<uuid::Uuid>, Option<String>, uuid::Uuid, Vec<u8>, i64);
        let (author, name, key_id, blob, created_at): Row = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT pm.author_id,
                        COALESCE((SELECT m.group_pseudonym FROM group_members m WHERE m.user_id = u.id AND m.group_id = pm.group_id), u.pseudonym),
                        pm.key_id, pm.body, pm.created_at
                 FROM private_messages pm LEFT JOIN users u ON u.id = pm.author_id WHERE pm.id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
            .ok_or(StoreError::NotFound)?
        });
        Ok(MessageView {
            id,
            author_id: author.map(UserId),
            author_name: name,
            body: self
                .open_body("private_messages", id, &Sealed { key_id, blob })
                .await?,
            created_at,
        })
    }

    /// Which group and conversation a message belongs to: (group, member, author).
    pub async fn message_ref(&self, id: uuid::Uuid) -> Result<(GroupId, UserId, Option<UserId>)> {
        let (group, member, author): (uuid::Uuid, uuid::Uuid, Option<uuid::Uuid>) = on_pool!(self, pool => {
            sqlx::query_as("SELECT group_id, member_id, author_id FROM private_messages WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Ok((GroupId(group), UserId(member), author.map(UserId)))
    }

    // ---- debrief notes

    pub async fn add_debrief_note(
        &self,
        group: GroupId,
        meeting: &str,
        author: UserId,
        body: &str,
    ) -> Result<()> {
        let id = uuid::Uuid::now_v7();
        let sealed = self
            .seal_body(KeyScope::Group(group), "debrief_notes", id, body)
            .await?;
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO debrief_notes (id, group_id, meeting_id, author_id, key_id, body, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(group.0)
            .bind(meeting)
            .bind(author.0)
            .bind(sealed.key_id)
            .bind(&sealed.blob)
            .bind(now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    pub async fn debrief_notes(&self, group: GroupId, meeting: &str) -> Result<Vec<DebriefNote>> {
        let rows: Vec<NoteRow> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT d.id, u.pseudonym, d.key_id, d.body, d.created_at FROM debrief_notes d
                 LEFT JOIN users u ON u.id = d.author_id
                 WHERE d.group_id = $1 AND d.meeting_id = $2 ORDER BY d.created_at, d.id",
            )
            .bind(group.0)
            .bind(meeting)
            .fetch_all(pool)
            .await?
        });
        let mut out = Vec::with_capacity(rows.len());
        for (id, author_name, key_id, blob, created_at) in rows {
            out.push(DebriefNote {
                author_name,
                body: self
                    .open_body("debrief_notes", id, &Sealed { key_id, blob })
                    .await?,
                created_at,
            });
        }
        Ok(out)
    }
}
