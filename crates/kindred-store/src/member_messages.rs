//! Private conversations between two members of a group, when the group allows them (off by
//! default). One conversation per pair of people in a group; bodies are sealed under the
//! group's data key like every other message. The group's facilitators have no reading
//! path here: a message reaches them only when one of the two people reports it.

use kindred_core::ids::{GroupId, UserId};

use crate::keys::{KeyScope, Sealed};
use crate::{MessageView, Result, Store, StoreError, WritePool, now, on_pool};

/// A conversation between two people in a group. Either side is `None` once that person's
/// account is erased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberConversation {
    pub id: uuid::Uuid,
    pub group: GroupId,
    pub first: Option<UserId>,
    pub second: Option<UserId>,
}

impl MemberConversation {
    /// Whether `user` is one of the two people.
    pub fn includes(&self, user: UserId) -> bool {
        self.first == Some(user) || self.second == Some(user)
    }

    /// The other person, seen from `user` (`None` when erased).
    pub fn other(&self, user: UserId) -> Option<UserId> {
        if self.first == Some(user) {
            self.second
        } else {
            self.first
        }
    }
}

/// A conversation in one person's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberConversationSummary {
    pub id: uuid::Uuid,
    /// The other person's name in the group; `None` once their account is erased.
    pub other_name: Option<String>,
    pub messages: i64,
    pub last_at: i64,
}

/// What rules and the moderation queue need about one member message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberMessageRef {
    pub id: uuid::Uuid,
    pub conversation: MemberConversation,
    pub author: UserId,
    pub author_name: String,
    pub body: String,
    pub created_at: i64,
}

type ConversationRow = (uuid::Uuid, uuid::Uuid, Option<uuid::Uuid>, Option<uuid::Uuid>);

fn conversation((id, group, first, second): ConversationRow) -> MemberConversation {
    MemberConversation {
        id,
        group: GroupId(group),
        first: first.map(UserId),
        second: second.map(UserId),
    }
}

/// A person's name as their group sees it.
const NAME_IN_GROUP: &str = "COALESCE((SELECT m.group_pseudonym FROM group_members m
    WHERE m.user_id = u.id AND m.group_id = c.group_id), u.pseudonym)";

impl Store {
    /// Whether a group lets its members message each other (off by default).
    pub async fn member_messages_allowed(&self, group: GroupId) -> Result<bool> {
        let v: i64 = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT member_messages FROM groups WHERE id = $1")
                .bind(group.0)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Ok(v == 1)
    }

    pub async fn set_member_messages_allowed(&self, group: GroupId, on: bool) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE groups SET member_messages = $2 WHERE id = $1")
                .bind(group.0)
                .bind(i64::from(on))
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The conversation between two people in a group, made if there is none yet.
    pub async fn member_conversation_between(
        &self,
        group: GroupId,
        a: UserId,
        b: UserId,
    ) -> Result<MemberConversation> {
        if a == b {
            return Err(StoreError::Invalid(kindred_core::ValidationError::new(
                "with",
                "a conversation needs two people",
            )));
        }
        let (first, second) = if a.0 < b.0 { (a, b) } else { (b, a) };
        let at = now();
        let row: ConversationRow = on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO member_conversations (id, group_id, first_id, second_id, created_at, last_at)
                 VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (group_id, first_id, second_id) DO NOTHING",
            )
            .bind(uuid::Uuid::now_v7())
            .bind(group.0)
            .bind(first.0)
            .bind(second.0)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            let row = sqlx::query_as(
                "SELECT id, group_id, first_id, second_id FROM member_conversations
                 WHERE group_id = $1 AND first_id = $2 AND second_id = $3",
            )
            .bind(group.0)
            .bind(first.0)
            .bind(second.0)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            row
        });
        Ok(conversation(row))
    }

    /// One conversation.
    pub async fn member_conversation(&self, id: uuid::Uuid) -> Result<MemberConversation> {
        let row: ConversationRow = on_pool!(self, pool => {
            sqlx::query_as("SELECT id, group_id, first_id, second_id FROM member_conversations WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Ok(conversation(row))
    }

    /// Adds a message to a conversation (its body sealed under the group's key).
    pub async fn add_member_message(
        &self,
        conversation: &MemberConversation,
        author: UserId,
        body: &str,
        safety: &str,
    ) -> Result<uuid::Uuid> {
        let id = uuid::Uuid::now_v7();
        let sealed = self
            .seal_body(KeyScope::Group(conversation.group), "member_messages", id, body)
            .await?;
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO member_messages (id, conversation_id, group_id, author_id, key_id, body, safety, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(conversation.id)
            .bind(conversation.group.0)
            .bind(author.0)
            .bind(sealed.key_id)
            .bind(&sealed.blob)
            .bind(safety)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE member_conversations SET last_at = $2 WHERE id = $1")
                .bind(conversation.id)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(id)
    }

    /// A conversation's messages, oldest first (the latest 200).
    pub async fn member_messages(&self, conversation: uuid::Uuid) -> Result<Vec<MessageView>> {
        type Row = (uuid::Uuid, uuid::Uuid, String, uuid::Uuid, Vec<u8>, i64);
        let rows: Vec<Row> = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT * FROM (SELECT mm.id, mm.author_id, {NAME_IN_GROUP}, mm.key_id, mm.body, mm.created_at
                 FROM member_messages mm JOIN member_conversations c ON c.id = mm.conversation_id
                 JOIN users u ON u.id = mm.author_id
                 WHERE mm.conversation_id = $1
                 ORDER BY mm.created_at DESC, mm.id DESC LIMIT 200) latest ORDER BY 6, 1"
            )))
            .bind(conversation)
            .fetch_all(pool)
            .await?
        });
        let mut out = Vec::with_capacity(rows.len());
        for (id, author, name, key_id, blob, created_at) in rows {
            out.push(MessageView {
                id,
                author_id: Some(UserId(author)),
                author_name: Some(name),
                body: self
                    .open_body("member_messages", id, &Sealed { key_id, blob })
                    .await?,
                created_at,
            });
        }
        Ok(out)
    }

    /// A person's conversations with other members of a group, most recent first.
    pub async fn member_conversations_of(
        &self,
        group: GroupId,
        user: UserId,
    ) -> Result<Vec<MemberConversationSummary>> {
        type Row = (uuid::Uuid, Option<String>, i64, i64);
        let rows: Vec<Row> = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT c.id,
                        (SELECT {NAME_IN_GROUP} FROM users u
                         WHERE u.id = CASE WHEN c.first_id = $2 THEN c.second_id ELSE c.first_id END),
                        (SELECT COUNT(*) FROM member_messages mm WHERE mm.conversation_id = c.id),
                        c.last_at
                 FROM member_conversations c
                 WHERE c.group_id = $1 AND (c.first_id = $2 OR c.second_id = $2)
                 ORDER BY c.last_at DESC, c.id LIMIT 500"
            )))
            .bind(group.0)
            .bind(user.0)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, other_name, messages, last_at)| MemberConversationSummary {
                id,
                other_name,
                messages,
                last_at,
            })
            .collect())
    }

    /// One member message with its conversation, writer and words (for reports and the
    /// moderation queue).
    pub async fn member_message_ref(&self, id: uuid::Uuid) -> Result<MemberMessageRef> {
        type Row = (
            uuid::Uuid,
            uuid::Uuid,
            Option<uuid::Uuid>,
            Option<uuid::Uuid>,
            uuid::Uuid,
            String,
            uuid::Uuid,
            Vec<u8>,
            i64,
        );
        let row: Row = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT c.id, c.group_id, c.first_id, c.second_id, mm.author_id, {NAME_IN_GROUP},
                        mm.key_id, mm.body, mm.created_at
                 FROM member_messages mm JOIN member_conversations c ON c.id = mm.conversation_id
                 JOIN users u ON u.id = mm.author_id WHERE mm.id = $1"
            )))
            .bind(id)
            .fetch_optional(pool)
            .await?
            .ok_or(StoreError::NotFound)?
        });
        let (conv, group, first, second, author, author_name, key_id, blob, created_at) = row;
        Ok(MemberMessageRef {
            id,
            conversation: conversation((conv, group, first, second)),
            author: UserId(author),
            author_name,
            body: self
                .open_body("member_messages", id, &Sealed { key_id, blob })
                .await?,
            created_at,
        })
    }
}
