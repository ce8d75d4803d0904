//! The outbox: emails (and later other side effects) persisted in the same transaction as
//! the change that causes them, then delivered by a worker with retries. A crash never
//! loses a message; a message is claimed by one worker at a time (a lease), so several
//! instances on PostgreSQL can share the work.

use crate::rows::{DecodeRow, from_db_row};
use crate::{Result, Store, now, on_pool};

/// An email waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// Where a `List-Unsubscribe` header points, for emails people can turn off.
    pub unsubscribe: Option<String>,
}

/// A claimed outbox message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxMessage {
    pub id: uuid::Uuid,
    pub email: OutgoingEmail,
    pub attempts: i64,
}

from_db_row!(OutboxMessage, |row| {
    Ok(OutboxMessage {
        id: row.try_get("id")?,
        email: OutgoingEmail {
            recipient: row.try_get("recipient")?,
            subject: row.try_get("subject")?,
            body: row.try_get("body")?,
            unsubscribe: row.try_get("unsubscribe_url")?,
        },
        attempts: row.try_get("attempts")?,
    })
});

/// Counts for monitoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OutboxStats {
    pub pending: i64,
    pub failed: i64,
}

/// Inserts an email inside a transaction.
macro_rules! insert_email {
    ($conn:expr, $email:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO outbox (id, kind, recipient, subject, body, unsubscribe_url, next_attempt_at, created_at)
             VALUES ($1, 'email', $2, $3, $4, $6, $5, $5)",
        )
        .bind(uuid::Uuid::new_v4())
        .bind(&$email.recipient)
        .bind(&$email.subject)
        .bind(&$email.body)
        .bind($now)
        .bind(&$email.unsubscribe)
        .execute($conn)
        .await?
    };
}
pub(crate) use insert_email;

impl Store {
    pub async fn enqueue_email(&self, email: &OutgoingEmail) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            insert_email!(pool, email, now);
        });
        Ok(())
    }

    /// Claims up to `limit` due messages for `lease_secs`; a message whose worker died is
    /// claimed again once its lease runs out.
    pub async fn claim_due_emails(&self, limit: i64, lease_secs: i64) -> Result<Vec<OutboxMessage>> {
        let now = now();
        on_pool!(self, pool => {
            let candidates: Vec<uuid::Uuid> = sqlx::query_scalar(
                "SELECT id FROM outbox
                 WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
                   AND (claimed_until IS NULL OR claimed_until <= $1)
                 ORDER BY next_attempt_at LIMIT $2",
            )
            .bind(now)
            .bind(limit)
            .fetch_all(pool)
            .await?;
            let mut claimed = Vec::new();
            for id in candidates {
                // The conditional update is the claim: only one worker's succeeds.
                let row = sqlx::query(
                    "UPDATE outbox SET claimed_until = $1
                     WHERE id = $2 AND sent_at IS NULL AND failed_at IS NULL
                       AND (claimed_until IS NULL OR claimed_until <= $3)
                     RETURNING id, recipient, subject, body, unsubscribe_url, attempts",
                )
                .bind(now + lease_secs)
                .bind(id)
                .bind(now)
                .fetch_optional(pool)
                .await?;
                if let Some(row) = row {
                    claimed.push(row.decode()?);
                }
            }
            Ok(claimed)
        })
    }

    /// Records delivery and clears the message, so links in it do not linger.
    pub async fn mark_email_sent(&self, id: uuid::Uuid) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "UPDATE outbox SET sent_at = $1, claimed_until = NULL, body = '', subject = '', recipient = '', unsubscribe_url = NULL
                 WHERE id = $2",
            )
            .bind(now())
            .bind(id)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Records a failed attempt: retry at `retry_at`, or give up when it is `None`.
    pub async fn mark_email_failed(&self, id: uuid::Uuid, error: &str, retry_at: Option<i64>) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            sqlx::query(
                "UPDATE outbox SET attempts = attempts + 1, last_error = $1, claimed_until = NULL,
                        next_attempt_at = COALESCE($2, next_attempt_at),
                        failed_at = CASE WHEN $2 IS NULL THEN $3 ELSE NULL END,
                        -- Given up on: nothing of the message is kept but the error.
                        body = CASE WHEN $2 IS NULL THEN '' ELSE body END,
                        subject = CASE WHEN $2 IS NULL THEN '' ELSE subject END,
                        unsubscribe_url = CASE WHEN $2 IS NULL THEN NULL ELSE unsubscribe_url END
                 WHERE id = $4",
            )
            .bind(error)
            .bind(retry_at)
            .bind(now)
            .bind(id)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    pub async fn outbox_stats(&self) -> Result<OutboxStats> {
        on_pool!(self, pool => {
            let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
                .fetch_one(pool)
                .await?;
            let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL")
                .fetch_one(pool)
                .await?;
            Ok(OutboxStats { pending, failed })
        })
    }
}
