//! Moderation: crisis alerts tracked until handled, reports, sanctions (warnings,
//! escalating suspensions, group bans) with appeals, watched words, moderators on duty,
//! and the append-only audit log every moderator and administrator action goes into.

use kindred_core::ids::{GroupId, UserId};

use crate::meetings::RECIPIENT_COLUMNS;
use crate::outbox::insert_email;
use crate::rows::DecodeRow;
use crate::{OutgoingEmail, Recipient, Result, Store, StoreError, WritePool, now, on_pool};

/// What an audit entry records: who did what to what, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub actor: Option<UserId>,
    pub action: String,
    pub target_kind: String,
    pub target_id: String,
    pub reason: String,
    pub detail: String,
}

/// An audit entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub at: i64,
    pub actor: Option<UserId>,
    pub actor_name: Option<String>,
    pub entry: AuditEntry,
}

macro_rules! insert_audit {
    ($conn:expr, $e:expr, $at:expr) => {
        sqlx::query(
            "INSERT INTO audit_log (id, at, actor_id, action, target_kind, target_id, reason, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(uuid::Uuid::new_v4())
        .bind($at)
        .bind($e.actor.map(|a| a.0))
        .bind(&$e.action)
        .bind(&$e.target_kind)
        .bind(&$e.target_id)
        .bind(&$e.reason)
        .bind(&$e.detail)
        .execute($conn)
        .await?
    };
}

/// A crisis alert to raise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAlert {
    pub group: Option<GroupId>,
    pub source_kind: String,
    pub source_id: String,
    pub author: Option<UserId>,
    pub level: String,
    /// Reason codes from the screen (never the text).
    pub reasons: Vec<String>,
}

/// An open (or handled) alert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub id: uuid::Uuid,
    pub group: Option<GroupId>,
    pub group_slug: Option<String>,
    pub group_name: Option<String>,
    pub source_kind: String,
    pub source_id: String,
    pub author: Option<UserId>,
    pub level: String,
    pub reasons: Vec<String>,
    pub created_at: i64,
    pub handled_at: Option<i64>,
}

/// Open reports about one thing, grouped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportGroup {
    pub target_kind: String,
    pub target_id: String,
    pub group: Option<GroupId>,
    pub group_slug: Option<String>,
    pub reporters: i64,
    pub reasons: Vec<String>,
    pub first_at: i64,
}

/// A live-room chat line someone reports: the words and who wrote them, kept because the
/// room's chat is deleted when the meeting ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChatLineSnapshot<'a> {
    pub group: GroupId,
    pub meeting: &'a str,
    /// The line's id in the room (it counts up from 1 in each meeting).
    pub line: i64,
    pub author: UserId,
    pub text: &'a str,
    /// When it was written (Unix seconds).
    pub written_at: i64,
}

/// A kept chat line, opened, for the moderation queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatReport {
    pub id: uuid::Uuid,
    pub group: GroupId,
    pub meeting: String,
    pub line: i64,
    pub author: UserId,
    /// The writer's name in the group.
    pub author_name: String,
    pub text: String,
    pub written_at: i64,
}

/// A warning, suspension or group ban.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanction {
    pub id: uuid::Uuid,
    pub user: UserId,
    pub kind: String,
    pub group: Option<GroupId>,
    pub starts_at: i64,
    /// `None`: permanent (for suspensions and bans).
    pub until: Option<i64>,
    pub reason: String,
    pub appeal: Option<String>,
    pub appeal_outcome: Option<String>,
    pub lifted_at: Option<i64>,
}

type SanctionRow = (
    uuid::Uuid,
    uuid::Uuid,
    String,
    Option<uuid::Uuid>,
    i64,
    Option<i64>,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
);

fn sanction(
    (id, user, kind, group, starts_at, until, reason, appeal, appeal_outcome, lifted_at): SanctionRow,
) -> Sanction {
    Sanction {
        id,
        user: UserId(user),
        kind,
        group: group.map(GroupId),
        starts_at,
        until,
        reason,
        appeal,
        appeal_outcome,
        lifted_at,
    }
}

const SANCTION_COLUMNS: &str =
    "id, user_id, kind, group_id, starts_at, until, reason, appeal, appeal_outcome, lifted_at";

/// A sanction to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSanction<'a> {
    pub user: UserId,
    /// `warning`, `suspension` or `group_ban`.
    pub kind: &'a str,
    pub group: Option<GroupId>,
    /// `None`: permanent (suspensions and bans) or not applicable (warnings).
    pub until: Option<i64>,
    pub reason: &'a str,
}

/// A watched word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchedWord {
    pub id: uuid::Uuid,
    pub group: Option<GroupId>,
    pub word: String,
    pub action: String,
}

type AlertRow = (
    uuid::Uuid,
    Option<uuid::Uuid>,
    Option<String>,
    Option<String>,
    String,
    String,
    Option<uuid::Uuid>,
    String,
    String,
    i64,
    Option<i64>,
);

const ALERT_COLUMNS: &str =
    "a.id, a.group_id, g.slug, g.name, a.source_kind, a.source_id, a.author_id, a.level,
    a.reasons, a.created_at, a.handled_at FROM safety_alerts a LEFT JOIN groups g ON g.id = a.group_id";

fn alert(
    (id, group, slug, name, source_kind, source_id, author, level, reasons, created_at, handled_at): AlertRow,
) -> Alert {
    Alert {
        id,
        group: group.map(GroupId),
        group_slug: slug,
        group_name: name,
        source_kind,
        source_id,
        author: author.map(UserId),
        level,
        reasons: reasons
            .split(',')
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect(),
        created_at,
        handled_at,
    }
}

impl Store {
    /// Appends to the audit log on its own (for actions that change nothing else here).
    pub async fn audit(&self, entry: &AuditEntry) -> Result<()> {
        let at = now();
        on_pool!(self, pool => {
            insert_audit!(pool, entry, at);
        });
        Ok(())
    }

    /// A page of the audit log, newest first.
    pub async fn audit_log(&self, offset: i64, limit: i64) -> Result<(Vec<AuditRow>, i64)> {
        type Row = (
            i64,
            Option<uuid::Uuid>,
            Option<String>,
            String,
            String,
            String,
            String,
            String,
        );
        let (rows, total): (Vec<Row>, i64) = on_pool!(self, pool => {
            let rows = sqlx::query_as(
                "SELECT a.at, a.actor_id, u.pseudonym, a.action, a.target_kind, a.target_id, a.reason, a.detail
                 FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
                 ORDER BY a.at DESC, a.id LIMIT $1 OFFSET $2",
            )
            .bind(limit)
            .bind(offset)
            .fetch_all(pool)
            .await?;
            let total = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log").fetch_one(pool).await?;
            (rows, total)
        });
        Ok((
            rows.into_iter()
                .map(
                    |(at, actor, name, action, target_kind, target_id, reason, detail)| AuditRow {
                        at,
                        actor: actor.map(UserId),
                        actor_name: name,
                        entry: AuditEntry {
                            actor: actor.map(UserId),
                            action,
                            target_kind,
                            target_id,
                            reason,
                            detail,
                        },
                    },
                )
                .collect(),
            total,
        ))
    }

    // ---- crisis alerts

    /// Raises an alert and queues its emails, in one transaction.
    pub async fn raise_alert(&self, alert: &NewAlert, emails: &[OutgoingEmail]) -> Result<uuid::Uuid> {
        let id = uuid::Uuid::new_v4();
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO safety_alerts (id, group_id, source_kind, source_id, author_id, level, reasons, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(alert.group.map(|g| g.0))
            .bind(&alert.source_kind)
            .bind(&alert.source_id)
            .bind(alert.author.map(|a| a.0))
            .bind(&alert.level)
            .bind(alert.reasons.join(","))
            .bind(at)
            .execute(&mut *tx)
            .await?;
            for email in emails {
                insert_email!(&mut *tx, email, at);
            }
            tx.commit().await?;
        });
        Ok(id)
    }

    /// Alerts, open ones first (urgent before concern, oldest first), then the latest
    /// handled; limited to some groups unless `groups` is `None` (moderators see all).
    pub async fn alerts(
        &self,
        groups: Option<&[GroupId]>,
        open_only: bool,
        limit: i64,
    ) -> Result<Vec<Alert>> {
        let rows: Vec<AlertRow> = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {ALERT_COLUMNS} WHERE ($1 = 0 OR a.handled_at IS NULL)
                 ORDER BY CASE WHEN a.handled_at IS NULL THEN 0 ELSE 1 END,
                          CASE WHEN a.level = 'urgent' THEN 0 ELSE 1 END, a.created_at, a.id
                 LIMIT $2"
            )))
            .bind(i64::from(open_only))
            .bind(if groups.is_some() { 5_000 } else { limit })
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .filter(|r| groups.is_none_or(|gs| r.1.is_some_and(|g| gs.contains(&GroupId(g)))))
            .take(usize::try_from(limit).unwrap_or(100))
            .map(alert)
            .collect())
    }

    /// One alert.
    pub async fn alert(&self, id: uuid::Uuid) -> Result<Alert> {
        let row: AlertRow = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {ALERT_COLUMNS} WHERE a.id = $1")))
                .bind(id)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?
        });
        Ok(alert(row))
    }

    /// Marks an alert handled (once), with an audit entry. False if it already was.
    pub async fn handle_alert(&self, id: uuid::Uuid, entry: &AuditEntry) -> Result<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let n = sqlx::query("UPDATE safety_alerts SET handled_at = $2, handled_by = $3 WHERE id = $1 AND handled_at IS NULL")
                .bind(id)
                .bind(at)
                .bind(entry.actor.map(|a| a.0))
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 1 {
                insert_audit!(&mut *tx, entry, at);
            }
            tx.commit().await?;
            Ok(n == 1)
        })
    }

    // ---- reports

    /// Records a report (once per reporter and thing). Returns how many different people
    /// have reported the thing and not yet had it resolved.
    pub async fn report(
        &self,
        target_kind: &str,
        target_id: &str,
        group: Option<GroupId>,
        reporter: UserId,
        reason: &str,
    ) -> Result<i64> {
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO reports (id, target_kind, target_id, group_id, reporter_id, reason, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (target_kind, target_id, reporter_id) DO NOTHING",
            )
            .bind(uuid::Uuid::new_v4())
            .bind(target_kind)
            .bind(target_id)
            .bind(group.map(|g| g.0))
            .bind(reporter.0)
            .bind(reason)
            .bind(now())
            .execute(pool)
            .await?;
            Ok(sqlx::query_scalar(
                "SELECT COUNT(DISTINCT reporter_id) FROM reports WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL",
            )
            .bind(target_kind)
            .bind(target_id)
            .fetch_one(pool)
            .await?)
        })
    }

    /// Reports a live-room chat line: keeps a snapshot of it (one per line, sealed under the
    /// group's data key) and records the report against the snapshot, in one transaction.
    /// Returns the snapshot's id (the report's target) and how many people reported it.
    pub async fn report_chat_line(
        &self,
        line: &ChatLineSnapshot<'_>,
        reporter: UserId,
        reason: &str,
    ) -> Result<(uuid::Uuid, i64)> {
        let id = uuid::Uuid::now_v7();
        // Sealed before the transaction: a group's first data key writes a row itself.
        let sealed = self
            .seal_body(crate::KeyScope::Group(line.group), "chat_reports", id, line.text)
            .await?;
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO chat_reports (id, group_id, meeting_id, line_id, author_id, key_id, body, written_at, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (meeting_id, line_id) DO NOTHING",
            )
            .bind(id)
            .bind(line.group.0)
            .bind(line.meeting)
            .bind(line.line)
            .bind(line.author.0)
            .bind(sealed.key_id)
            .bind(&sealed.blob)
            .bind(line.written_at)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            // The line's snapshot: this one, or the one an earlier reporter kept.
            let kept: uuid::Uuid = sqlx::query_scalar("SELECT id FROM chat_reports WHERE meeting_id = $1 AND line_id = $2")
                .bind(line.meeting)
                .bind(line.line)
                .fetch_one(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO reports (id, target_kind, target_id, group_id, reporter_id, reason, created_at)
                 VALUES ($1, 'chat', $2, $3, $4, $5, $6) ON CONFLICT (target_kind, target_id, reporter_id) DO NOTHING",
            )
            .bind(uuid::Uuid::new_v4())
            .bind(kept.to_string())
            .bind(line.group.0)
            .bind(reporter.0)
            .bind(reason)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            let reporters: i64 = sqlx::query_scalar(
                "SELECT COUNT(DISTINCT reporter_id) FROM reports WHERE target_kind = 'chat' AND target_id = $1 AND resolved_at IS NULL",
            )
            .bind(kept.to_string())
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok((kept, reporters))
        })
    }

    /// A kept chat line, opened.
    pub async fn chat_report(&self, id: uuid::Uuid) -> Result<ChatReport> {
        type Row = (
            uuid::Uuid,
            String,
            i64,
            uuid::Uuid,
            String,
            uuid::Uuid,
            Vec<u8>,
            i64,
        );
        let row: Row = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT c.group_id, c.meeting_id, c.line_id, c.author_id,
                        COALESCE((SELECT m.group_pseudonym FROM group_members m WHERE m.user_id = u.id AND m.group_id = c.group_id), u.pseudonym),
                        c.key_id, c.body, c.written_at
                 FROM chat_reports c JOIN users u ON u.id = c.author_id WHERE c.id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
            .ok_or(StoreError::NotFound)?
        });
        let (group, meeting, line, author, author_name, key_id, blob, written_at) = row;
        Ok(ChatReport {
            id,
            group: GroupId(group),
            meeting,
            line,
            author: UserId(author),
            author_name,
            text: self
                .open_body("chat_reports", id, &crate::Sealed { key_id, blob })
                .await?,
            written_at,
        })
    }

    /// The group a thing's reports belong to: `None` when nothing about it was reported,
    /// `Some(None)` for reports outside any group.
    pub async fn reported_group(
        &self,
        target_kind: &str,
        target_id: &str,
    ) -> Result<Option<Option<GroupId>>> {
        let row: Option<Option<uuid::Uuid>> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT group_id FROM reports WHERE target_kind = $1 AND target_id = $2 LIMIT 1")
                .bind(target_kind)
                .bind(target_id)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(|g| g.map(GroupId)))
    }

    /// Open reports grouped by what they are about: most reporters first, then oldest.
    pub async fn open_reports(&self, groups: Option<&[GroupId]>) -> Result<Vec<ReportGroup>> {
        type Row = (
            String,
            String,
            Option<uuid::Uuid>,
            Option<String>,
            i64,
            String,
            i64,
        );
        let rows: Vec<Row> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT r.target_kind, r.target_id, r.group_id, g.slug, COUNT(DISTINCT r.reporter_id),
                        MIN(r.reason) || ',' || MAX(r.reason), MIN(r.created_at)
                 FROM reports r LEFT JOIN groups g ON g.id = r.group_id
                 WHERE r.resolved_at IS NULL
                 GROUP BY r.target_kind, r.target_id, r.group_id, g.slug
                 ORDER BY 5 DESC, 7 LIMIT 500",
            )
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .filter(|r| groups.is_none_or(|gs| r.2.is_some_and(|g| gs.contains(&GroupId(g)))))
            .map(
                |(target_kind, target_id, group, slug, reporters, reasons, first_at)| {
                    let mut reasons: Vec<String> = reasons.split(',').map(str::to_owned).collect();
                    reasons.dedup();
                    ReportGroup {
                        target_kind,
                        target_id,
                        group: group.map(GroupId),
                        group_slug: slug,
                        reporters,
                        reasons,
                        first_at,
                    }
                },
            )
            .collect())
    }

    /// Hides or restores a post, resolving its open reports, with an audit entry.
    pub async fn moderate_post(
        &self,
        post: uuid::Uuid,
        hide: Option<&str>,
        entry: &AuditEntry,
    ) -> Result<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let n = sqlx::query("UPDATE posts SET hidden_at = $2, hidden_reason = $3 WHERE id = $1")
                .bind(post)
                .bind(hide.map(|_| at))
                .bind(hide)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query(
                "UPDATE reports SET resolved_at = $3, resolved_by = $4, outcome = $5
                 WHERE target_kind = 'post' AND target_id = $1 AND resolved_at IS NULL AND $2 = 1",
            )
            .bind(post.to_string())
            .bind(i64::from(entry.actor.is_some()))
            .bind(at)
            .bind(entry.actor.map(|a| a.0))
            .bind(&entry.action)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, entry, at);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Closes the open reports about a thing without other action (with an audit entry).
    /// A dismissed chat line's snapshot goes: nothing wrong was found, so its words are not
    /// kept.
    pub async fn dismiss_reports(
        &self,
        target_kind: &str,
        target_id: &str,
        entry: &AuditEntry,
    ) -> Result<()> {
        self.resolve_reports(target_kind, target_id, "dismissed", entry)
            .await
    }

    /// Closes the open reports about a thing with an outcome (`dismissed`, or the sanction
    /// given), with an audit entry.
    pub async fn resolve_reports(
        &self,
        target_kind: &str,
        target_id: &str,
        outcome: &str,
        entry: &AuditEntry,
    ) -> Result<()> {
        let at = now();
        let snapshot = (target_kind == "chat" && outcome == "dismissed")
            .then(|| target_id.parse::<uuid::Uuid>().ok())
            .flatten();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "UPDATE reports SET resolved_at = $3, resolved_by = $4, outcome = $5
                 WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL",
            )
            .bind(target_kind)
            .bind(target_id)
            .bind(at)
            .bind(entry.actor.map(|a| a.0))
            .bind(outcome)
            .execute(&mut *tx)
            .await?;
            if let Some(snapshot) = snapshot {
                sqlx::query("DELETE FROM chat_reports WHERE id = $1")
                    .bind(snapshot)
                    .execute(&mut *tx)
                    .await?;
            }
            insert_audit!(&mut *tx, entry, at);
            tx.commit().await?;
        });
        Ok(())
    }

    // ---- sanctions

    /// Records a sanction, tells the person (the email goes in the same transaction) and
    /// audits it. For a group ban, the membership becomes `banned` too.
    pub async fn add_sanction(
        &self,
        new: &NewSanction<'_>,
        entry: &AuditEntry,
        email: Option<&OutgoingEmail>,
    ) -> Result<uuid::Uuid> {
        let NewSanction {
            user,
            kind,
            group,
            until,
            reason,
        } = *new;
        let id = uuid::Uuid::new_v4();
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO sanctions (id, user_id, kind, group_id, starts_at, until, reason, created_by)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(user.0)
            .bind(kind)
            .bind(group.map(|g| g.0))
            .bind(at)
            .bind(until)
            .bind(reason)
            .bind(entry.actor.map(|a| a.0))
            .execute(&mut *tx)
            .await?;
            if kind == "group_ban" && let Some(g) = group {
                sqlx::query("UPDATE group_members SET status = 'banned', updated_at = $3 WHERE group_id = $1 AND user_id = $2")
                    .bind(g.0)
                    .bind(user.0)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(email) = email {
                insert_email!(&mut *tx, email, at);
            }
            insert_audit!(&mut *tx, entry, at);
            tx.commit().await?;
        });
        Ok(id)
    }

    /// A person's sanctions, newest first.
    pub async fn sanctions_of(&self, user: UserId) -> Result<Vec<Sanction>> {
        let rows: Vec<SanctionRow> = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {SANCTION_COLUMNS} FROM sanctions WHERE user_id = $1 ORDER BY starts_at DESC, id"
            )))
            .bind(user.0)
            .fetch_all(pool)
            .await?
        });
        Ok(rows.into_iter().map(sanction).collect())
    }

    /// The suspension in force now, if any (site-wide, not lifted, not over).
    pub async fn active_suspension(&self, user: UserId, at: i64) -> Result<Option<Sanction>> {
        Ok(self
            .sanctions_of(user)
            .await?
            .into_iter()
            .find(|s| s.kind == "suspension" && s.lifted_at.is_none() && s.until.is_none_or(|u| u > at)))
    }

    /// Sanctions with an appeal waiting for a decision.
    pub async fn open_appeals(&self) -> Result<Vec<Sanction>> {
        let rows: Vec<SanctionRow> = on_pool!(self, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {SANCTION_COLUMNS} FROM sanctions WHERE appeal IS NOT NULL AND appeal_outcome IS NULL
                 ORDER BY appealed_at, id"
            )))
            .fetch_all(pool)
            .await?
        });
        Ok(rows.into_iter().map(sanction).collect())
    }

    /// The person appeals (once) against their sanction.
    pub async fn appeal_sanction(&self, id: uuid::Uuid, user: UserId, text: &str) -> Result<bool> {
        on_pool!(self, pool => {
            Ok(sqlx::query(
                "UPDATE sanctions SET appeal = $3, appealed_at = $4 WHERE id = $1 AND user_id = $2 AND appeal IS NULL",
            )
            .bind(id)
            .bind(user.0)
            .bind(text)
            .bind(now())
            .execute(pool)
            .await?
            .rows_affected()
                == 1)
        })
    }

    /// Decides an appeal: `upheld` keeps the sanction, `lifted` ends it now.
    pub async fn decide_appeal(
        &self,
        id: uuid::Uuid,
        outcome: &str,
        entry: &AuditEntry,
        email: Option<&OutgoingEmail>,
    ) -> Result<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let n = sqlx::query(
                "UPDATE sanctions SET appeal_outcome = $2, lifted_at = CASE WHEN $2 = 'lifted' THEN $3 ELSE lifted_at END
                 WHERE id = $1 AND appeal IS NOT NULL AND appeal_outcome IS NULL",
            )
            .bind(id)
            .bind(outcome)
            .bind(at)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound);
            }
            if let Some(email) = email {
                insert_email!(&mut *tx, email, at);
            }
            insert_audit!(&mut *tx, entry, at);
            tx.commit().await?;
        });
        Ok(())
    }

    // ---- watched words and duty

    pub async fn add_watched_word(&self, group: Option<GroupId>, word: &str, action: &str) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("INSERT INTO watched_words (id, group_id, word, action, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(uuid::Uuid::new_v4())
                .bind(group.map(|g| g.0))
                .bind(word)
                .bind(action)
                .bind(now())
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    pub async fn remove_watched_word(&self, id: uuid::Uuid, group: Option<GroupId>) -> Result<()> {
        on_pool!(self, pool => {
            let n = sqlx::query("DELETE FROM watched_words WHERE id = $1 AND (group_id = $2 OR ($2 IS NULL AND group_id IS NULL))")
                .bind(id)
                .bind(group.map(|g| g.0))
                .execute(pool)
                .await?
                .rows_affected();
            if n == 0 {
                return Err(StoreError::NotFound);
            }
        });
        Ok(())
    }

    /// Site-wide words and, with a group, that group's words.
    pub async fn watched_words(&self, group: Option<GroupId>) -> Result<Vec<WatchedWord>> {
        let rows: Vec<(uuid::Uuid, Option<uuid::Uuid>, String, String)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT id, group_id, word, action FROM watched_words
                 WHERE group_id IS NULL OR group_id = $1 ORDER BY word, id",
            )
            .bind(group.map(|g| g.0))
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|(id, g, word, action)| WatchedWord {
                id,
                group: g.map(GroupId),
                word,
                action,
            })
            .collect())
    }

    /// Puts a moderator on duty until a time (or off duty with a time in the past).
    pub async fn set_on_duty(&self, user: UserId, until: Option<i64>) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE users SET on_duty_until = $2 WHERE id = $1")
                .bind(user.0)
                .bind(until)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Moderators and administrators on duty now.
    pub async fn on_duty(&self, at: i64) -> Result<Vec<Recipient>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {RECIPIENT_COLUMNS} FROM users u
                 WHERE u.platform_role IN ('moderator', 'admin') AND u.on_duty_until > $1 ORDER BY u.id"
            )))
            .bind(at)
            .fetch_all(pool)
            .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    /// Until when a person is on duty, if they are.
    pub async fn on_duty_until(&self, user: UserId) -> Result<Option<i64>> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT on_duty_until FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(pool)
                .await?
                .flatten())
        })
    }

    /// The language a person last used, for emails to them.
    pub async fn user_locale(&self, user: UserId) -> Result<Option<String>> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar::<_, Option<String>>("SELECT locale FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(pool)
                .await?
                .flatten())
        })
    }

    /// The people who run a group (facilitators and organisers), to alert.
    pub async fn group_runners(&self, group: GroupId) -> Result<Vec<Recipient>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {RECIPIENT_COLUMNS} FROM group_members m JOIN users u ON u.id = m.user_id
                 WHERE m.group_id = $1 AND m.status = 'active' AND m.role <> 'member' ORDER BY u.id"
            )))
            .bind(group.0)
            .fetch_all(pool)
            .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    /// The groups a person runs (facilitator or organiser), for their moderation view.
    pub async fn groups_run_by(&self, user: UserId) -> Result<Vec<GroupId>> {
        let ids: Vec<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar(
                "SELECT m.group_id FROM group_members m WHERE m.user_id = $1 AND m.status = 'active' AND m.role <> 'member'
                 UNION SELECT g.id FROM groups g JOIN organisation_roles r ON r.organisation_id = g.organisation_id
                 WHERE r.user_id = $1",
            )
            .bind(user.0)
            .fetch_all(pool)
            .await?
        });
        Ok(ids.into_iter().map(GroupId).collect())
    }
}
