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
        Ok(json!({
            "format": "kindred-personal-data/1",
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
            "meeting_replies": replies.into_iter().map(|(series, on, reply)| json!({
                "series": series, "date": on, "reply": reply,
            })).collect::<Vec<_>>(),
            "meeting_attendance": attended.into_iter().map(|(series, on, source)| json!({
                "series": series, "date": on, "recorded_by": source,
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
