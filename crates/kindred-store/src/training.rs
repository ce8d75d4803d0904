//! Facilitator training: each person's progress per module, who holds a current course,
//! what groups and organisations require, and reminders before a pass expires.

use std::collections::{HashMap, HashSet};

use kindred_core::groups::GroupRole;
use kindred_core::ids::{GroupId, OrganisationId, UserId};
use kindred_core::training::Progress;

use crate::meetings::{RECIPIENT_COLUMNS, placeholders};
use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{OutgoingEmail, Recipient, Result, Store, WritePool, on_pool};

from_db_row!(Progress, |row| {
    Ok(Progress {
        module: row.try_get("module")?,
        attempts: row.try_get("attempts")?,
        best_right: row.try_get("best_right")?,
        out_of: row.try_get("out_of")?,
        last_attempt_at: row.try_get("last_attempt_at")?,
        passed_at: row.try_get("passed_at")?,
        expires_at: row.try_get("expires_at")?,
    })
});

/// One attempt at a module's quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt<'a> {
    pub course: &'a str,
    pub module: &'a str,
    pub right: i64,
    pub out_of: i64,
    pub at: i64,
    /// `Some(expiry)` when passed (`Some(None)`: a pass that never expires).
    pub passed: Option<Option<i64>>,
}

/// A module pass about to expire, with whom to tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiringPass {
    pub recipient: Recipient,
    pub course: String,
    pub module: String,
    pub expires_at: i64,
}

/// Someone who runs a group of an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facilitator {
    pub user_id: UserId,
    pub name: String,
    pub group_slug: String,
    pub group_name: String,
    pub role: GroupRole,
}

from_db_row!(Facilitator, |row| {
    Ok(Facilitator {
        user_id: UserId(row.try_get("user_id")?),
        name: row.try_get("name")?,
        group_slug: row.try_get("slug")?,
        group_name: row.try_get("group_name")?,
        role: parse_column("role", &row.try_get::<String, _>("role")?)?,
    })
});

/// What a group and its organisation require (course keys).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requirement {
    pub group: Option<String>,
    pub organisation: Option<String>,
}

impl Requirement {
    /// The course required, by the group or else its organisation.
    pub fn course(&self) -> Option<&str> {
        self.group.as_deref().or(self.organisation.as_deref())
    }
}

impl Store {
    /// A person's progress through a course, one row per module tried.
    pub async fn training_progress(&self, user: UserId, course: &str) -> Result<Vec<Progress>> {
        Ok(self
            .training_of(&[user], course)
            .await?
            .remove(&user)
            .unwrap_or_default())
    }

    /// Progress of several people through a course (for organisers' views).
    pub async fn training_of(
        &self,
        users: &[UserId],
        course: &str,
    ) -> Result<HashMap<UserId, Vec<Progress>>> {
        let mut out: HashMap<UserId, Vec<Progress>> = HashMap::new();
        for chunk in users.chunks(500) {
            let sql = format!(
                "SELECT user_id, module, attempts, best_right, out_of, last_attempt_at, passed_at, expires_at
                 FROM training_progress WHERE course = $1 AND user_id IN ({}) ORDER BY module",
                placeholders(2, chunk.len())
            );
            let rows: Vec<(UserId, Progress)> = on_pool!(self, pool => {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(course);
                for user in chunk {
                    query = query.bind(user.0);
                }
                let rows = query.fetch_all(pool).await?;
                rows.iter()
                    .map(|r| Ok((UserId(sqlx::Row::try_get(r, "user_id")?), r.decode()?)))
                    .collect::<Result<_, sqlx::Error>>()?
            });
            for (user, progress) in rows {
                out.entry(user).or_default().push(progress);
            }
        }
        Ok(out)
    }

    /// Records an attempt: counts it, keeps the best score, and on a pass records when and
    /// until when (and arms the expiry reminder again).
    pub async fn record_training_attempt(&self, user: UserId, attempt: Attempt<'_>) -> Result<()> {
        let (passed_at, expires_at) = match attempt.passed {
            Some(expires) => (Some(attempt.at), expires),
            None => (None, None),
        };
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO training_progress
                   (user_id, course, module, attempts, best_right, out_of, last_attempt_at, passed_at, expires_at)
                 VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8)
                 ON CONFLICT (user_id, course, module) DO UPDATE SET
                   attempts = training_progress.attempts + 1,
                   best_right = CASE WHEN training_progress.best_right > $4 THEN training_progress.best_right ELSE $4 END,
                   out_of = $5,
                   last_attempt_at = $6,
                   passed_at = COALESCE($7, training_progress.passed_at),
                   expires_at = CASE WHEN $7 IS NULL THEN training_progress.expires_at ELSE $8 END,
                   reminded_at = CASE WHEN $7 IS NULL THEN training_progress.reminded_at ELSE NULL END",
            )
            .bind(user.0)
            .bind(attempt.course)
            .bind(attempt.module)
            .bind(attempt.right)
            .bind(attempt.out_of)
            .bind(attempt.at)
            .bind(passed_at)
            .bind(expires_at)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Of these groups, those where an active facilitator or organiser holds every module of
    /// `course` (`modules` keys) currently passed at `now`.
    pub async fn groups_with_trained_facilitator(
        &self,
        groups: &[GroupId],
        course: &str,
        modules: &[&str],
        now: i64,
    ) -> Result<HashSet<GroupId>> {
        let mut out = HashSet::new();
        if modules.is_empty() {
            return Ok(out);
        }
        for chunk in groups.chunks(200) {
            let sql = format!(
                "SELECT DISTINCT group_id FROM (
                   SELECT m.group_id, m.user_id FROM group_members m
                   JOIN training_progress t ON t.user_id = m.user_id
                   WHERE m.status = 'active' AND m.role <> 'member'
                     AND t.course = $1 AND t.passed_at IS NOT NULL
                     AND (t.expires_at IS NULL OR t.expires_at > $2)
                     AND t.module IN ({}) AND m.group_id IN ({})
                   GROUP BY m.group_id, m.user_id HAVING COUNT(*) = {}
                 ) trained",
                placeholders(3, modules.len()),
                placeholders(3 + modules.len(), chunk.len()),
                modules.len()
            );
            let ids: Vec<uuid::Uuid> = on_pool!(self, pool => {
                let mut query = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone())).bind(course).bind(now);
                for m in modules {
                    query = query.bind(*m);
                }
                for g in chunk {
                    query = query.bind(g.0);
                }
                query.fetch_all(pool).await?
            });
            out.extend(ids.into_iter().map(GroupId));
        }
        Ok(out)
    }

    /// Passes expiring before `before` whose holder has not been reminded yet.
    pub async fn expiring_training(&self, before: i64, now: i64, limit: i64) -> Result<Vec<ExpiringPass>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {RECIPIENT_COLUMNS}, t.course, t.module, t.expires_at
                 FROM training_progress t JOIN users u ON u.id = t.user_id
                 WHERE t.reminded_at IS NULL AND t.expires_at IS NOT NULL
                   AND t.expires_at < $1 AND t.expires_at > $2
                 ORDER BY t.expires_at LIMIT $3"
            )))
            .bind(before)
            .bind(now)
            .bind(limit)
            .fetch_all(pool)
            .await?;
            rows.iter()
                .map(|r| {
                    Ok(ExpiringPass {
                        recipient: r.decode()?,
                        course: sqlx::Row::try_get(r, "course")?,
                        module: sqlx::Row::try_get(r, "module")?,
                        expires_at: sqlx::Row::try_get(r, "expires_at")?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()
                .map_err(Into::into)
        })
    }

    /// Marks a reminder sent and queues its email, in one transaction; false if another
    /// instance (or an earlier run) already did.
    pub async fn claim_training_reminder(&self, pass: &ExpiringPass, email: &OutgoingEmail) -> Result<bool> {
        let now = crate::now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let claimed = sqlx::query(
                "UPDATE training_progress SET reminded_at = $4
                 WHERE user_id = $1 AND course = $2 AND module = $3 AND reminded_at IS NULL",
            )
            .bind(pass.recipient.user_id.0)
            .bind(&pass.course)
            .bind(&pass.module)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if claimed {
                crate::outbox::insert_email!(&mut *tx, email, now);
            }
            tx.commit().await?;
            Ok(claimed)
        })
    }

    /// What a group and its organisation require of facilitators.
    pub async fn training_requirement(&self, group: GroupId) -> Result<Requirement> {
        let (g, o): (Option<String>, Option<String>) = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT g.required_training, o.required_training FROM groups g
                 JOIN organisations o ON o.id = g.organisation_id WHERE g.id = $1",
            )
            .bind(group.0)
            .fetch_optional(pool)
            .await?
            .ok_or(crate::StoreError::NotFound)?
        });
        Ok(Requirement {
            group: g,
            organisation: o,
        })
    }

    /// Sets or clears a group's requirement.
    pub async fn set_group_training_requirement(&self, group: GroupId, course: Option<&str>) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE groups SET required_training = $2 WHERE id = $1")
                .bind(group.0)
                .bind(course)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// An organisation's requirement for all its groups.
    pub async fn organisation_training_requirement(&self, org: OrganisationId) -> Result<Option<String>> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar::<_, Option<String>>("SELECT required_training FROM organisations WHERE id = $1")
                .bind(org.0)
                .fetch_optional(pool)
                .await?
                .ok_or(crate::StoreError::NotFound)?)
        })
    }

    /// Sets or clears an organisation's requirement.
    pub async fn set_organisation_training_requirement(
        &self,
        org: OrganisationId,
        course: Option<&str>,
    ) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE organisations SET required_training = $2 WHERE id = $1")
                .bind(org.0)
                .bind(course)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Everyone who runs one of the organisation's groups, by name then group.
    pub async fn organisation_facilitators(&self, org: OrganisationId) -> Result<Vec<Facilitator>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(
                "SELECT m.user_id, COALESCE(m.group_pseudonym, u.pseudonym) AS name, g.slug, g.name AS group_name, m.role
                 FROM group_members m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
                 WHERE g.organisation_id = $1 AND m.status = 'active' AND m.role <> 'member'
                 ORDER BY name, g.name, m.user_id",
            )
            .bind(org.0)
            .fetch_all(pool)
            .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }
}
