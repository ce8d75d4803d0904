//! Meeting series, exceptions, replies with a waitlist, attendance, agenda formats,
//! reminders, and members' meeting-email preferences.
//!
//! One meeting is `(series_id, occurs_on)`; meetings themselves are not rows, the series'
//! rule gives them. Emails caused by a change (a cancellation notice, "you have a place")
//! are queued in the same transaction as the change, so a crash loses neither.

use std::collections::HashMap;

use jiff::civil::{Date, DateTime};
use kindred_core::ids::{FormatId, GroupId, SeriesId, UserId};
use kindred_core::meetings::{
    Exception, ExceptionKind, FormatInput, FormatRef, MeetingVenue, OnlineAccess, PlaceKind, Reply, Series,
    SeriesDetails, place_for,
};
use kindred_core::recurrence::{Rule, Schedule, zone};

use crate::outbox::insert_email;
use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{OutgoingEmail, Result, Store, StoreError, WritePool, now, on_pool};

const SERIES_COLUMNS: &str = "id, group_id, title, starts_local, duration_minutes, timezone, rrule, ends_on, place, \
     venue, online, link_opens_minutes, capacity, format, sequence, created_at, updated_at";

fn decode_err(column: &str, message: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: message.to_string().into(),
    }
}

from_db_row!(Series, |row| {
    let start: String = row.try_get("starts_local")?;
    let start: DateTime = start.parse().map_err(|e| decode_err("starts_local", e))?;
    let zone_name: String = row.try_get("timezone")?;
    let tz = zone(&zone_name).map_err(|e| decode_err("timezone", e))?;
    let rrule: Option<String> = row.try_get("rrule")?;
    let rule = match rrule {
        Some(text) => Some(Rule::parse(&text).map_err(|e| decode_err("rrule", e))?.0),
        None => None,
    };
    let ends_on: Option<String> = row.try_get("ends_on")?;
    let ends_on = match ends_on {
        Some(d) => Some(d.parse::<Date>().map_err(|e| decode_err("ends_on", e))?),
        None => None,
    };
    let minutes: i64 = row.try_get("duration_minutes")?;
    let venue: Option<String> = row.try_get("venue")?;
    let online: Option<String> = row.try_get("online")?;
    let place: String = row.try_get("place")?;
    let format: Option<String> = row.try_get("format")?;
    let capacity: Option<i64> = row.try_get("capacity")?;
    let link: i64 = row.try_get("link_opens_minutes")?;
    Ok(Series {
        id: SeriesId(row.try_get("id")?),
        group_id: GroupId(row.try_get("group_id")?),
        details: SeriesDetails {
            title: row.try_get("title")?,
            schedule: Schedule {
                start,
                minutes: u32::try_from(minutes).unwrap_or(60),
                zone_name,
                zone: tz,
                rule,
                ends_on,
            },
            place: parse_column::<PlaceKind>("place", &place)?,
            venue: venue
                .map(|v| serde_json::from_str::<MeetingVenue>(&v))
                .transpose()
                .map_err(|e| decode_err("venue", e))?,
            online: online
                .map(|v| serde_json::from_str::<OnlineAccess>(&v))
                .transpose()
                .map_err(|e| decode_err("online", e))?,
            link_opens_minutes: u32::try_from(link).unwrap_or(30),
            capacity: capacity.and_then(|c| u32::try_from(c).ok()),
            format: format
                .map(|f| FormatRef::parse(&f))
                .transpose()
                .map_err(|e| decode_err("format", e))?,
        },
        sequence: row.try_get("sequence")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
});

struct ExceptionRow(SeriesId, Exception);

from_db_row!(ExceptionRow, |row| {
    let on: String = row.try_get("occurs_on")?;
    let date: Date = on.parse().map_err(|e| decode_err("occurs_on", e))?;
    let kind: String = row.try_get("kind")?;
    let kind = match kind.as_str() {
        "cancelled" => ExceptionKind::Cancelled {
            reason: row.try_get::<Option<String>, _>("reason")?.unwrap_or_default(),
        },
        _ => {
            let to: Option<String> = row.try_get("moved_to")?;
            ExceptionKind::Moved {
                to: to
                    .unwrap_or_default()
                    .parse()
                    .map_err(|e| decode_err("moved_to", e))?,
                note: row.try_get("reason")?,
            }
        }
    };
    Ok(ExceptionRow(
        SeriesId(row.try_get("series_id")?),
        Exception { date, kind },
    ))
});

/// Someone an email about a meeting goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: UserId,
    pub email: String,
    pub pseudonym: String,
    pub locale: Option<String>,
    pub unsubscribe_token: String,
}

from_db_row!(Recipient, |row| {
    Ok(Recipient {
        user_id: UserId(row.try_get("id")?),
        email: row.try_get("email")?,
        pseudonym: row.try_get("pseudonym")?,
        locale: row.try_get("locale")?,
        unsubscribe_token: row
            .try_get::<Option<String>, _>("unsubscribe_token")?
            .unwrap_or_default(),
    })
});

/// A format a group made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupFormat {
    pub id: FormatId,
    pub group_id: GroupId,
    pub format: FormatInput,
}

from_db_row!(GroupFormat, |row| {
    let segments: String = row.try_get("segments")?;
    Ok(GroupFormat {
        id: FormatId(row.try_get("id")?),
        group_id: GroupId(row.try_get("group_id")?),
        format: FormatInput {
            name: row.try_get("name")?,
            segments: serde_json::from_str(&segments).map_err(|e| decode_err("segments", e))?,
        },
    })
});

/// Places taken and waiting for one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReplyCounts {
    pub going: i64,
    pub waitlisted: i64,
    pub not_going: i64,
}

/// Builds `$first, $first+1, ...` for an IN list.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn json<T: serde::Serialize>(value: Option<&T>) -> Option<String> {
    value.and_then(|v| serde_json::to_string(v).ok())
}

/// Inserts one series on a pool or in a transaction.
macro_rules! insert_series {
    ($conn:expr, $id:expr, $group:expr, $details:expr, $now:expr) => {{
        let details: &SeriesDetails = $details;
        let s = &details.schedule;
        sqlx::query(
            "INSERT INTO meeting_series (id, group_id, title, starts_local, duration_minutes, timezone, rrule,
                ends_on, place, venue, online, link_opens_minutes, capacity, format, sequence, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 0, $15, $15)",
        )
        .bind($id.0)
        .bind($group.0)
        .bind(details.title.as_deref())
        .bind(s.start.to_string())
        .bind(i64::from(s.minutes))
        .bind(&s.zone_name)
        .bind(s.rule.as_ref().map(Rule::to_rrule))
        .bind(s.ends_on.map(|d| d.to_string()))
        .bind(details.place.as_str())
        .bind(json(details.venue.as_ref()))
        .bind(json(details.online.as_ref()))
        .bind(i64::from(details.link_opens_minutes))
        .bind(details.capacity.map(i64::from))
        .bind(details.format.map(|f| f.to_string()))
        .bind($now)
        .execute($conn)
        .await?
    }};
}

pub(crate) const RECIPIENT_COLUMNS: &str = "u.id, u.email, u.pseudonym, u.locale, u.unsubscribe_token";

/// Keeps only replies of people who are still active members of the series' group: someone
/// who left, was removed or was banned gets no links, venues or places.
const ACTIVE: &str = "
                 JOIN meeting_series s ON s.id = r.series_id
                 JOIN group_members gm ON gm.group_id = s.group_id AND gm.user_id = r.user_id AND gm.status = 'active'";

impl Store {
    pub async fn create_series(&self, group: GroupId, details: &SeriesDetails) -> Result<Series> {
        let id = SeriesId::new_random();
        let now = now();
        on_pool!(self, pool => {
            insert_series!(pool, id, group, details, now);
        });
        self.get_series(id).await
    }

    /// Creates many series in one transaction per thousand (demo data, benchmarks).
    pub async fn create_series_bulk(&self, rows: &[(GroupId, SeriesDetails)]) -> Result<usize> {
        let now = now();
        for chunk in rows.chunks(1_000) {
            on_pool!(self, pool => {
                let mut tx = pool.begin_write().await?;
                for (group, details) in chunk {
                    insert_series!(&mut *tx, SeriesId::new_random(), *group, details, now);
                }
                tx.commit().await?;
            });
        }
        Ok(rows.len())
    }

    pub async fn get_series(&self, id: SeriesId) -> Result<Series> {
        on_pool!(self, pool => {
            let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {SERIES_COLUMNS} FROM meeting_series WHERE id = $1")))
                .bind(id.0)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?;
            Ok(row.decode()?)
        })
    }

    /// Every series of the given groups, in creation order.
    pub async fn series_of_groups(&self, groups: &[GroupId]) -> Result<Vec<Series>> {
        let mut out = Vec::new();
        for chunk in groups.chunks(500) {
            let sql = format!(
                "SELECT {SERIES_COLUMNS} FROM meeting_series WHERE group_id IN ({}) ORDER BY created_at, id",
                placeholders(1, chunk.len())
            );
            on_pool!(self, pool => {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                for g in chunk {
                    query = query.bind(g.0);
                }
                for row in query.fetch_all(pool).await? {
                    out.push(row.decode()?);
                }
            });
        }
        Ok(out)
    }

    /// A page of all series (for feeds and calendars), by id.
    pub async fn all_series(&self, after: Option<SeriesId>, limit: i64) -> Result<Vec<Series>> {
        on_pool!(self, pool => {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {SERIES_COLUMNS} FROM meeting_series WHERE ($1 IS NULL OR id > $1) ORDER BY id LIMIT $2"
            )))
            .bind(after.map(|a| a.0))
            .bind(limit)
            .fetch_all(pool)
            .await?;
            rows.iter().map(|r| Ok(r.decode()?)).collect()
        })
    }

    /// Ends a series: no meeting after `last_date`. Bumps the calendar sequence.
    pub async fn end_series(&self, id: SeriesId, last_date: Date) -> Result<Series> {
        let series = self.get_series(id).await?;
        if last_date < series.details.schedule.start.date() {
            return Err(StoreError::Invalid(kindred_core::ValidationError::new(
                "ends_on",
                "the series cannot end before it starts",
            )));
        }
        let ends_on = series
            .details
            .schedule
            .ends_on
            .map_or(last_date, |e| e.min(last_date));
        on_pool!(self, pool => {
            sqlx::query("UPDATE meeting_series SET ends_on = $1, sequence = sequence + 1, updated_at = $2 WHERE id = $3")
                .bind(ends_on.to_string())
                .bind(now())
                .bind(id.0)
                .execute(pool)
                .await?;
        });
        self.get_series(id).await
    }

    /// Exceptions of the given series.
    pub async fn exceptions_of(&self, series: &[SeriesId]) -> Result<HashMap<SeriesId, Vec<Exception>>> {
        let mut out: HashMap<SeriesId, Vec<Exception>> = HashMap::new();
        for chunk in series.chunks(500) {
            let sql = format!(
                "SELECT series_id, occurs_on, kind, reason, moved_to FROM meeting_exceptions
                 WHERE series_id IN ({}) ORDER BY occurs_on",
                placeholders(1, chunk.len())
            );
            on_pool!(self, pool => {
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
                for s in chunk {
                    query = query.bind(s.0);
                }
                for row in query.fetch_all(pool).await? {
                    let ExceptionRow(id, exception) = row.decode()?;
                    out.entry(id).or_default().push(exception);
                }
            });
        }
        Ok(out)
    }

    /// Cancels or moves one meeting (replacing any earlier exception), queues `emails` in
    /// the same transaction, and bumps the calendar sequence.
    pub async fn set_exception(
        &self,
        id: SeriesId,
        exception: &Exception,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let now = now();
        let (kind, reason, moved_to) = match &exception.kind {
            ExceptionKind::Cancelled { reason } => ("cancelled", Some(reason.clone()), None),
            ExceptionKind::Moved { to, note } => ("moved", note.clone(), Some(to.to_string())),
        };
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO meeting_exceptions (series_id, occurs_on, kind, reason, moved_to, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (series_id, occurs_on) DO UPDATE SET kind = $3, reason = $4, moved_to = $5, created_at = $6",
            )
            .bind(id.0)
            .bind(exception.date.to_string())
            .bind(kind)
            .bind(reason)
            .bind(moved_to)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE meeting_series SET sequence = sequence + 1, updated_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            // A moved meeting is reminded of again at its new time.
            sqlx::query("DELETE FROM meeting_reminders WHERE series_id = $1 AND occurs_on = $2")
                .bind(id.0)
                .bind(exception.date.to_string())
                .execute(&mut *tx)
                .await?;
            for email in emails {
                insert_email!(&mut *tx, email, now);
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Members with one of `replies` to a meeting who still want meeting emails.
    pub async fn meeting_recipients(
        &self,
        id: SeriesId,
        on: Date,
        replies: &[Reply],
    ) -> Result<Vec<Recipient>> {
        let wanted: Vec<&str> = replies.iter().map(|r| r.as_str()).collect();
        on_pool!(self, pool => {
            let sql = format!(
                "SELECT {RECIPIENT_COLUMNS} FROM meeting_replies r JOIN users u ON u.id = r.user_id{ACTIVE}
                 WHERE r.series_id = $1 AND r.occurs_on = $2 AND u.meeting_emails = 1
                   AND r.reply IN ({}) ORDER BY r.replied_at",
                placeholders(3, wanted.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(id.0).bind(on.to_string());
            for w in &wanted {
                query = query.bind(*w);
            }
            let rows = query.fetch_all(pool).await?;
            rows.iter().map(|r| Ok(r.decode()?)).collect()
        })
    }

    /// Records a reply. "Going" takes a place if one is left, else a waitlist place; "not
    /// going" frees a place, and the first on the waitlist moves up, with `promoted_email`
    /// for them queued in the same transaction.
    pub async fn reply_to_meeting(
        &self,
        id: SeriesId,
        on: Date,
        user: UserId,
        going: bool,
        capacity: Option<u32>,
        promoted_email: &(dyn Fn(&Recipient) -> OutgoingEmail + Sync),
    ) -> Result<Reply> {
        let now = now();
        let date = on.to_string();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            // Takes the series' row lock (PostgreSQL) so two replies cannot both take the
            // last place; SQLite's write transaction already serialises.
            sqlx::query("UPDATE meeting_series SET capacity = capacity WHERE id = $1")
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            let current: Option<String> = sqlx::query_scalar(
                "SELECT reply FROM meeting_replies WHERE series_id = $1 AND occurs_on = $2 AND user_id = $3",
            )
            .bind(id.0)
            .bind(&date)
            .bind(user.0)
            .fetch_optional(&mut *tx)
            .await?;
            let current: Option<Reply> = current.map(|c| parse_column("reply", &c)).transpose()?;
            let new = if going {
                match current {
                    Some(Reply::Going) => Reply::Going,
                    Some(Reply::Waitlisted) => Reply::Waitlisted,
                    _ => {
                        let taken: i64 = sqlx::query_scalar(
                            "SELECT COUNT(*) FROM meeting_replies r JOIN meeting_series s ON s.id = r.series_id
                             JOIN group_members gm ON gm.group_id = s.group_id AND gm.user_id = r.user_id AND gm.status = 'active'
                             WHERE r.series_id = $1 AND r.occurs_on = $2 AND r.reply = 'going'",
                        )
                        .bind(id.0)
                        .bind(&date)
                        .fetch_one(&mut *tx)
                        .await?;
                        place_for(capacity, taken)
                    }
                }
            } else {
                Reply::NotGoing
            };
            if current != Some(new) {
                sqlx::query(
                    "INSERT INTO meeting_replies (series_id, occurs_on, user_id, reply, replied_at) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (series_id, occurs_on, user_id) DO UPDATE SET reply = $4, replied_at = $5",
                )
                .bind(id.0)
                .bind(&date)
                .bind(user.0)
                .bind(new.as_str())
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            if current == Some(Reply::Going) && new == Reply::NotGoing {
                let next = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT {RECIPIENT_COLUMNS}, u.meeting_emails FROM meeting_replies r JOIN users u ON u.id = r.user_id{ACTIVE}
                     WHERE r.series_id = $1 AND r.occurs_on = $2 AND r.reply = 'waitlisted'
                     ORDER BY r.replied_at, r.user_id LIMIT 1"
                )))
                .bind(id.0)
                .bind(&date)
                .fetch_optional(&mut *tx)
                .await?;
                if let Some(row) = next {
                    let recipient: Recipient = row.decode()?;
                    let wants_email: i64 = sqlx::Row::try_get(&row, "meeting_emails")?;
                    sqlx::query(
                        "UPDATE meeting_replies SET reply = 'going', replied_at = $1
                         WHERE series_id = $2 AND occurs_on = $3 AND user_id = $4",
                    )
                    .bind(now)
                    .bind(id.0)
                    .bind(&date)
                    .bind(recipient.user_id.0)
                    .execute(&mut *tx)
                    .await?;
                    if wants_email == 1 {
                        let email = promoted_email(&recipient);
                        insert_email!(&mut *tx, email, now);
                    }
                }
            }
            tx.commit().await?;
            Ok(new)
        })
    }

    pub async fn my_reply(&self, id: SeriesId, on: Date, user: UserId) -> Result<Option<Reply>> {
        on_pool!(self, pool => {
            let reply: Option<String> = sqlx::query_scalar(
                "SELECT reply FROM meeting_replies WHERE series_id = $1 AND occurs_on = $2 AND user_id = $3",
            )
            .bind(id.0)
            .bind(on.to_string())
            .bind(user.0)
            .fetch_optional(pool)
            .await?;
            Ok(reply.map(|r| parse_column("reply", &r)).transpose()?)
        })
    }

    pub async fn reply_counts(&self, id: SeriesId, on: Date) -> Result<ReplyCounts> {
        on_pool!(self, pool => {
            let rows: Vec<(String, i64)> = sqlx::query_as(
                "SELECT reply, COUNT(*) FROM meeting_replies WHERE series_id = $1 AND occurs_on = $2 GROUP BY reply",
            )
            .bind(id.0)
            .bind(on.to_string())
            .fetch_all(pool)
            .await?;
            let mut counts = ReplyCounts::default();
            for (reply, n) in rows {
                match reply.as_str() {
                    "going" => counts.going = n,
                    "waitlisted" => counts.waitlisted = n,
                    _ => counts.not_going = n,
                }
            }
            Ok(counts)
        })
    }

    /// A person's replies to meetings on or after `from`.
    pub async fn replies_of(&self, user: UserId, from: Date) -> Result<Vec<(SeriesId, Date, Reply)>> {
        on_pool!(self, pool => {
            let rows: Vec<(uuid::Uuid, String, String)> = sqlx::query_as(
                "SELECT series_id, occurs_on, reply FROM meeting_replies WHERE user_id = $1 AND occurs_on >= $2
                 ORDER BY occurs_on",
            )
            .bind(user.0)
            .bind(from.to_string())
            .fetch_all(pool)
            .await?;
            rows.into_iter()
                .map(|(s, d, r)| {
                    Ok((
                        SeriesId(s),
                        d.parse().map_err(|e| decode_err("occurs_on", e))?,
                        parse_column("reply", &r)?,
                    ))
                })
                .collect()
        })
    }

    /// Replaces the facilitator's attendance record for a meeting with `present`.
    pub async fn set_attendance(&self, id: SeriesId, on: Date, present: &[UserId]) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("DELETE FROM meeting_attendance WHERE series_id = $1 AND occurs_on = $2 AND source = 'facilitator'")
                .bind(id.0)
                .bind(on.to_string())
                .execute(&mut *tx)
                .await?;
            for user in present {
                sqlx::query(
                    "INSERT INTO meeting_attendance (series_id, occurs_on, user_id, source, marked_at)
                     VALUES ($1, $2, $3, 'facilitator', $4) ON CONFLICT (series_id, occurs_on, user_id) DO NOTHING",
                )
                .bind(id.0)
                .bind(on.to_string())
                .bind(user.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn attendance(&self, id: SeriesId, on: Date) -> Result<Vec<UserId>> {
        on_pool!(self, pool => {
            let ids: Vec<uuid::Uuid> = sqlx::query_scalar(
                "SELECT user_id FROM meeting_attendance WHERE series_id = $1 AND occurs_on = $2 ORDER BY user_id",
            )
            .bind(id.0)
            .bind(on.to_string())
            .fetch_all(pool)
            .await?;
            Ok(ids.into_iter().map(UserId).collect())
        })
    }

    pub async fn create_format(&self, group: GroupId, format: &FormatInput) -> Result<GroupFormat> {
        let id = FormatId::new_random();
        let now = now();
        let segments = serde_json::to_string(&format.segments).unwrap_or_else(|_| "[]".into());
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO meeting_formats (id, group_id, name, segments, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $5)",
            )
            .bind(id.0)
            .bind(group.0)
            .bind(&format.name)
            .bind(segments)
            .bind(now)
            .execute(pool)
            .await?;
        });
        self.get_format(id).await
    }

    pub async fn update_format(&self, id: FormatId, format: &FormatInput) -> Result<GroupFormat> {
        let segments = serde_json::to_string(&format.segments).unwrap_or_else(|_| "[]".into());
        let done = on_pool!(self, pool => {
            sqlx::query("UPDATE meeting_formats SET name = $1, segments = $2, updated_at = $3 WHERE id = $4")
                .bind(&format.name)
                .bind(segments)
                .bind(now())
                .bind(id.0)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if done == 0 {
            return Err(StoreError::NotFound);
        }
        self.get_format(id).await
    }

    pub async fn get_format(&self, id: FormatId) -> Result<GroupFormat> {
        on_pool!(self, pool => {
            let row = sqlx::query("SELECT id, group_id, name, segments FROM meeting_formats WHERE id = $1")
                .bind(id.0)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?;
            Ok(row.decode()?)
        })
    }

    pub async fn group_formats(&self, group: GroupId) -> Result<Vec<GroupFormat>> {
        on_pool!(self, pool => {
            let rows = sqlx::query("SELECT id, group_id, name, segments FROM meeting_formats WHERE group_id = $1 ORDER BY name, id")
                .bind(group.0)
                .fetch_all(pool)
                .await?;
            rows.iter().map(|r| Ok(r.decode()?)).collect()
        })
    }

    /// Meetings between two dates (inclusive) that someone replied "going" to: where
    /// reminders may be due.
    pub async fn meetings_with_replies(&self, from: Date, to: Date) -> Result<Vec<(SeriesId, Date)>> {
        on_pool!(self, pool => {
            let rows: Vec<(uuid::Uuid, String)> = sqlx::query_as(
                "SELECT DISTINCT r.series_id, r.occurs_on FROM meeting_replies r
                 LEFT JOIN meeting_exceptions e ON e.series_id = r.series_id AND e.occurs_on = r.occurs_on
                 WHERE r.reply = 'going'
                   AND ((r.occurs_on >= $1 AND r.occurs_on <= $2)
                        OR (e.kind = 'moved' AND substr(e.moved_to, 1, 10) >= $1 AND substr(e.moved_to, 1, 10) <= $2))",
            )
            .bind(from.to_string())
            .bind(to.to_string())
            .fetch_all(pool)
            .await?;
            rows.into_iter()
                .map(|(s, d)| Ok((SeriesId(s), d.parse().map_err(|e| decode_err("occurs_on", e))?)))
                .collect()
        })
    }

    /// Queues a reminder for everyone going who wants meeting emails and has not had one
    /// for any of `due` (minutes before the start whose time has come): one email each,
    /// however many are due at once. The record of each reminder and its email are
    /// written together, so a restart neither repeats nor drops one. Returns how many
    /// emails it queued.
    pub async fn queue_reminders(
        &self,
        id: SeriesId,
        on: Date,
        due: &[i64],
        compose: &(dyn Fn(&Recipient) -> OutgoingEmail + Sync),
    ) -> Result<usize> {
        let now = now();
        let date = on.to_string();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {RECIPIENT_COLUMNS} FROM meeting_replies r JOIN users u ON u.id = r.user_id
                 {ACTIVE}
                 WHERE r.series_id = $1 AND r.occurs_on = $2 AND r.reply = 'going' AND u.meeting_emails = 1"
            )))
            .bind(id.0)
            .bind(&date)
            .fetch_all(&mut *tx)
            .await?;
            let mut queued = 0;
            for row in rows {
                let recipient: Recipient = row.decode()?;
                let mut fresh = 0;
                for minutes in due {
                    fresh += sqlx::query(
                        "INSERT INTO meeting_reminders (series_id, occurs_on, user_id, minutes_before, created_at)
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    )
                    .bind(id.0)
                    .bind(&date)
                    .bind(recipient.user_id.0)
                    .bind(*minutes)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                // One email however many reminders fell due at once: someone who replies
                // an hour before gets one, not two.
                if fresh > 0 {
                    let email = compose(&recipient);
                    insert_email!(&mut *tx, email, now);
                    queued += 1;
                }
            }
            tx.commit().await?;
            Ok(queued)
        })
    }

    /// Turns meeting emails on or off.
    pub async fn set_meeting_emails(&self, user: UserId, on: bool) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE users SET meeting_emails = $1, updated_at = $2 WHERE id = $3")
                .bind(i64::from(on))
                .bind(now())
                .bind(user.0)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    pub async fn meeting_emails_on(&self, user: UserId) -> Result<bool> {
        on_pool!(self, pool => {
            let on: i64 = sqlx::query_scalar("SELECT meeting_emails FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(pool)
                .await?
                .ok_or(StoreError::NotFound)?;
            Ok(on == 1)
        })
    }

    /// Gives a person an unsubscribe token if they have none, and records the language
    /// their emails are written in.
    pub async fn prepare_meeting_emails(&self, user: UserId, token: &str, locale: &str) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query(
                "UPDATE users SET unsubscribe_token = COALESCE(unsubscribe_token, $1), locale = $2 WHERE id = $3",
            )
            .bind(token)
            .bind(locale)
            .bind(user.0)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Follows an unsubscribe link: turns meeting emails off. False if the token is unknown.
    pub async fn unsubscribe(&self, token: &str) -> Result<bool> {
        if token.len() < 20 {
            return Ok(false);
        }
        let done = on_pool!(self, pool => {
            sqlx::query("UPDATE users SET meeting_emails = 0, updated_at = $1 WHERE unsubscribe_token = $2")
                .bind(now())
                .bind(token)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(done > 0)
    }

    /// Sets (or with `None`, revokes) the hash of a person's calendar feed secret.
    pub async fn set_calendar_token(&self, user: UserId, hash: Option<&[u8]>) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE users SET calendar_token_hash = $1 WHERE id = $2")
                .bind(hash)
                .bind(user.0)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    pub async fn has_calendar_token(&self, user: UserId) -> Result<bool> {
        on_pool!(self, pool => {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE id = $1 AND calendar_token_hash IS NOT NULL")
                .bind(user.0)
                .fetch_one(pool)
                .await?;
            Ok(n > 0)
        })
    }

    pub async fn user_by_calendar_token(&self, hash: &[u8]) -> Result<Option<UserId>> {
        on_pool!(self, pool => {
            let id: Option<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM users WHERE calendar_token_hash = $1")
                .bind(hash)
                .fetch_optional(pool)
                .await?;
            Ok(id.map(UserId))
        })
    }
}
