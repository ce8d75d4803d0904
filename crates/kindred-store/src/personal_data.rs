//! Personal data: the one place that knows every table holding data about a person, for
//! the account page's export and for erasure.
//!
//! EXTENSION POINT: a feature that stores personal data adds its tables to
//! [`PERSONAL_TABLES`], its part of the export to [`Store::export_user`], and its erasure
//! step to [`Store::erase_user`] (delete what is only the person's; keep what a group relies
//! on with the author set to NULL, shown as "former member"). A test fails when a table with
//! a `user_id` column is missing from the list.

use kindred_core::ids::UserId;
use serde_json::json;

use crate::{Result, Store, StoreError, WritePool, on_pool};

/// A meeting a person replied to or attended: series, date, what.
type MeetingRow = (uuid::Uuid, String, String);
/// Progress in one training module: course, module, attempts, best, out of, passed, expires.
type TrainingRow = (String, String, i64, i64, i64, Option<i64>, Option<i64>);

/// Posts, messages with facilitators, messages to members, reported chat lines.
type DiscussionsExport = (
    Vec<serde_json::Value>,
    Vec<serde_json::Value>,
    Vec<serde_json::Value>,
    Vec<serde_json::Value>,
);

/// Every table with a column that points at a person, and how erasure treats it.
pub const PERSONAL_TABLES: &[(&str, Erasure)] = &[
    ("users", Erasure::Delete),
    ("sessions", Erasure::Delete),
    ("email_tokens", Erasure::Delete),
    ("organisation_roles", Erasure::Delete),
    ("group_members", Erasure::Delete),
    ("agreement_acceptances", Erasure::Delete),
    ("meeting_replies", Erasure::Delete),
    ("meeting_attendance", Erasure::Delete),
    ("meeting_reminders", Erasure::Delete),
    ("training_progress", Erasure::Delete),
    // Threads and posts stay in place as "former member", but erasure deletes the words of
    // the person's posts (and their edit history): discussions hold health disclosures.
    ("threads", Erasure::Anonymise),
    ("posts", Erasure::Anonymise),
    ("reactions", Erasure::Delete),
    ("thread_reads", Erasure::Delete),
    // A member's own conversation with facilitators goes; a facilitator's replies in
    // others' conversations stay as "former member".
    ("private_messages", Erasure::Delete),
    // Messages between members: the person's own words go; the other person keeps theirs,
    // in a conversation with "former member" (which goes once both sides are erased).
    ("member_messages", Erasure::Delete),
    ("member_conversations", Erasure::Anonymise),
    // What a reported live-room chat line said goes with its writer (and its reports).
    ("chat_reports", Erasure::Delete),
    ("debrief_notes", Erasure::Anonymise),
    ("safety_alerts", Erasure::Anonymise),
    ("sanctions", Erasure::Delete),
    ("referrers", Erasure::Delete),
    ("commissioners", Erasure::Delete),
    ("wellbeing_checkins", Erasure::Delete),
    // A referral stays for the referrer's and the group's records, without the person:
    // their link and their consent go, so nothing more is shared (the contact address was
    // already wiped when they answered).
    ("referrals", Erasure::Anonymise),
];

/// What erasing an account does to a table's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    /// The rows go.
    Delete,
    /// The rows stay for the group's sake, with the person's reference set to NULL.
    Anonymise,
}

impl Store {
    /// Everything Kindred holds about a person, as one JSON document.
    pub async fn export_user(&self, id: UserId) -> Result<serde_json::Value> {
        let user = self.get_user(id).await?;
        let sessions = self.sessions_of(id).await?;
        let roles: Vec<(uuid::Uuid, String, String)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT r.organisation_id, o.name, r.role FROM organisation_roles r
                 JOIN organisations o ON o.id = r.organisation_id WHERE r.user_id = $1 ORDER BY o.name",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?
        });
        let groups = self.groups_of(id).await?;
        let (replies, attended, emails_on): (Vec<MeetingRow>, Vec<MeetingRow>, i64) = on_pool!(self, pool => {
            let replies = sqlx::query_as(
                "SELECT series_id, occurs_on, reply FROM meeting_replies WHERE user_id = $1 ORDER BY occurs_on",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?;
            let attended = sqlx::query_as(
                "SELECT series_id, occurs_on, source FROM meeting_attendance WHERE user_id = $1 ORDER BY occurs_on",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?;
            let on = sqlx::query_scalar("SELECT meeting_emails FROM users WHERE id = $1")
                .bind(id.0)
                .fetch_one(pool)
                .await?;
            (replies, attended, on)
        });
        let training: Vec<TrainingRow> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT course, module, attempts, best_right, out_of, passed_at, expires_at
                 FROM training_progress WHERE user_id = $1 ORDER BY course, module",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?
        });
        let discussions = self.export_discussions(id).await?;
        let referrals = self.referrals_of_person(id).await?;
        let checkins = self.checkins_of(id).await?;
        let referrer = self.referrer(id).await?;
        Ok(json!({
            "referrals": referrals.into_iter().map(|r| json!({
                "group": r.group_id, "referred_by": r.referrer_org, "referrer": r.referrer_name,
                "referred_at": r.created_at, "your_answer": r.person_status.as_str(),
                "answered_at": r.answered_at, "group_decision": r.group_status.as_str(),
                "shared_with_referrer": r.consent.items().iter().map(|i| i.as_str()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "wellbeing_checkins": checkins.into_iter().map(|c| json!({
                "at": c.at, "group": c.group_id, "life_satisfaction": c.scores.life_satisfaction,
                "worthwhile": c.scores.worthwhile, "happiness": c.scores.happiness, "anxiety": c.scores.anxiety,
            })).collect::<Vec<_>>(),
            "commissioner_of": self.commissioned_by(id).await?.into_iter().map(|(org, name)| json!({
                "organisation_id": org, "organisation": name,
            })).collect::<Vec<_>>(),
            "referrer": referrer.map(|r| json!({
                "organisation": r.organisation, "role": r.role.as_str(), "verified_at": r.verified_at,
            })),
            "format": "kindred-personal-data/1",
            "posts": discussions.0,
            "private_messages": discussions.1,
            "member_messages": discussions.2,
            "reported_chat_lines": discussions.3,
            "sanctions": self.sanctions_of(id).await?.into_iter().map(|s| json!({
                "kind": s.kind, "starts_at": s.starts_at, "until": s.until, "reason": s.reason,
                "appeal": s.appeal, "appeal_outcome": s.appeal_outcome, "lifted_at": s.lifted_at,
            })).collect::<Vec<_>>(),
            "account": {
                "id": user.id,
                "email": user.email,
                "email_verified_at": user.email_verified_at,
                "pseudonym": user.pseudonym,
                "platform_role": user.platform_role,
                "created_at": user.created_at,
                "updated_at": user.updated_at,
            },
            "sessions": sessions,
            "groups": groups.into_iter().map(|(slug, name, m)| json!({
                "group": slug, "name": name, "role": m.role, "status": m.status,
                "name_in_group": m.group_pseudonym, "intake_answers": m.intake_answers,
                "decision_note": m.decision_note, "since": m.created_at,
            })).collect::<Vec<_>>(),
            "meeting_emails": emails_on == 1,
            "discussion_digest": self.discussion_digest(id).await?,
            "meeting_replies": replies.into_iter().map(|(series, on, reply)| json!({
                "series": series, "date": on, "reply": reply,
            })).collect::<Vec<_>>(),
            "meeting_attendance": attended.into_iter().map(|(series, on, source)| json!({
                "series": series, "date": on, "recorded_by": source,
            })).collect::<Vec<_>>(),
            "training": training.into_iter().map(|(course, module, attempts, best, out_of, passed, expires)| json!({
                "course": course, "module": module, "attempts": attempts, "best_score": best,
                "out_of": out_of, "passed_at": passed, "expires_at": expires,
            })).collect::<Vec<_>>(),
            "organisation_roles": roles.into_iter().map(|(org, name, role)| json!({
                "organisation_id": org, "organisation": name, "role": role,
            })).collect::<Vec<_>>(),
        }))
    }

    /// Erases an account: its personal data goes at once, in one transaction; content a
    /// group relies on stays, attributed to "former member". Unsent emails to the address
    /// are dropped too.
    pub async fn erase_user(&self, id: UserId) -> Result<()> {
        let user = self.get_user(id).await?;
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            // The words of their posts go; the posts stay as placeholders so threads keep
            // their shape.
            sqlx::query("DELETE FROM post_edits WHERE post_id IN (SELECT id FROM posts WHERE author_id = $1)")
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE posts SET body = $2, deleted_at = COALESCE(deleted_at, $3) WHERE author_id = $1")
                .bind(id.0)
                .bind(Vec::<u8>::new())
                .bind(crate::now())
                .execute(&mut *tx)
                .await?;
            // Reports about their member messages and chat lines go with the words (the
            // rows themselves go by ON DELETE CASCADE); a conversation whose other side is
            // already erased goes whole.
            let gone: Vec<uuid::Uuid> = sqlx::query_scalar(
                "SELECT id FROM member_messages WHERE author_id = $1
                 UNION ALL SELECT id FROM chat_reports WHERE author_id = $1",
            )
            .bind(id.0)
            .fetch_all(&mut *tx)
            .await?;
            for target in gone {
                sqlx::query("DELETE FROM reports WHERE target_kind IN ('message', 'chat') AND target_id = $1")
                    .bind(target.to_string())
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "DELETE FROM member_conversations
                 WHERE (first_id = $1 AND second_id IS NULL) OR (second_id = $1 AND first_id IS NULL)",
            )
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE referrals SET contact = NULL, note = NULL, group_reason = NULL, consent_joined = 0,
                    consent_attended = 0, consent_six_weeks = 0, consent_wellbeing = 0, code_hash = $2 WHERE person_id = $1",
            )
            .bind(id.0)
            // The code stops working: nobody else can answer in their place.
            .bind(uuid::Uuid::new_v4().as_bytes().to_vec())
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE referral_events SET detail = '' WHERE referral_id IN (SELECT id FROM referrals WHERE person_id = $1)",
            )
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
            // A referrer's name goes from the referrals they made; their organisation stays.
            sqlx::query("UPDATE referrals SET referrer_name = referrer_org WHERE referrer_user_id = $1")
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM outbox WHERE recipient = $1 AND sent_at IS NULL")
                .bind(user.email.as_str())
                .execute(&mut *tx)
                .await?;
            // Sessions, tokens and roles go with the account (ON DELETE CASCADE).
            let done = sqlx::query("DELETE FROM users WHERE id = $1")
                .bind(id.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if done == 0 {
                return Err(StoreError::NotFound);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The person's posts and messages, opened, for their export: posts, messages with
    /// facilitators, messages to other members, and their chat lines kept for a report.
    async fn export_discussions(&self, id: UserId) -> Result<DiscussionsExport> {
        type Row = (
            uuid::Uuid,
            uuid::Uuid,
            uuid::Uuid,
            Vec<u8>,
            i64,
            i64,
            Option<String>,
        );
        type MessageRow = (uuid::Uuid, uuid::Uuid, uuid::Uuid, Vec<u8>, i64);
        type OtherRow = (uuid::Uuid, String, uuid::Uuid, Vec<u8>, i64);
        type MemberRow = (uuid::Uuid, uuid::Uuid, uuid::Uuid, Vec<u8>, i64);
        let (posts, messages, member_messages, chat): (
            Vec<Row>,
            Vec<MessageRow>,
            Vec<MemberRow>,
            Vec<OtherRow>,
        ) = on_pool!(self, pool => {
            let posts = sqlx::query_as(
                "SELECT id, thread_id, key_id, body, anonymous, created_at, content_warning FROM posts
                 WHERE author_id = $1 AND deleted_at IS NULL ORDER BY created_at",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?;
            let messages = sqlx::query_as(
                "SELECT id, group_id, key_id, body, created_at FROM private_messages WHERE author_id = $1 ORDER BY created_at",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?;
            let member_messages = sqlx::query_as(
                "SELECT id, conversation_id, key_id, body, created_at FROM member_messages WHERE author_id = $1 ORDER BY created_at",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?;
            let chat = sqlx::query_as(
                "SELECT id, meeting_id, key_id, body, written_at FROM chat_reports WHERE author_id = $1 ORDER BY written_at",
            )
            .bind(id.0)
            .fetch_all(pool)
            .await?;
            (posts, messages, member_messages, chat)
        });
        let mut out_posts = Vec::new();
        for (post, thread, key_id, blob, anonymous, at, cw) in posts {
            let body = self
                .open_body("posts", post, &crate::Sealed { key_id, blob })
                .await?;
            out_posts.push(
                json!({"thread": thread, "written_at": at, "anonymous": anonymous == 1,
                "content_warning": cw, "body": body}),
            );
        }
        let mut out_messages = Vec::new();
        for (message, group, key_id, blob, at) in messages {
            let body = self
                .open_body("private_messages", message, &crate::Sealed { key_id, blob })
                .await?;
            out_messages.push(json!({"group": group, "written_at": at, "body": body}));
        }
        let mut out_member = Vec::new();
        for (message, conversation, key_id, blob, at) in member_messages {
            let body = self
                .open_body("member_messages", message, &crate::Sealed { key_id, blob })
                .await?;
            out_member.push(json!({"conversation": conversation, "written_at": at, "body": body}));
        }
        let mut out_chat = Vec::new();
        for (snapshot, meeting, key_id, blob, at) in chat {
            let body = self
                .open_body("chat_reports", snapshot, &crate::Sealed { key_id, blob })
                .await?;
            out_chat.push(json!({"meeting": meeting, "written_at": at, "body": body}));
        }
        Ok((out_posts, out_messages, out_member, out_chat))
    }

    /// Tables (on this backend) with a column naming a person, for the coverage test.
    pub async fn tables_with_person_columns(&self) -> Result<Vec<String>> {
        let mut tables: Vec<String> = on_pool!(self, pool => {
            match self.backend_kind() {
                crate::BackendKind::Sqlite => sqlx::query_scalar(
                    "SELECT DISTINCT m.name FROM sqlite_master m, pragma_table_info(m.name) p
                     WHERE m.type = 'table' AND p.name IN ('user_id', 'author_id', 'email')",
                )
                .fetch_all(pool)
                .await?,
                crate::BackendKind::Postgres => sqlx::query_scalar(
                    "SELECT DISTINCT table_name::text FROM information_schema.columns
                     WHERE table_schema = current_schema() AND column_name IN ('user_id', 'author_id', 'email')",
                )
                .fetch_all(pool)
                .await?,
            }
        });
        tables.sort();
        Ok(tables)
    }
}
