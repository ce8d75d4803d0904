//! Live rooms: each room's event log, snapshots, the summary kept after a meeting, and
//! attendance recorded by the room.
//!
//! The log is what makes a room the same on every instance: appending gives an event the
//! room's next sequence number under the write lock, and the event is announced on the
//! [`Bus`](crate::Bus) in the same transaction on PostgreSQL (`pg_notify` is delivered after
//! commit, in commit order), or right after commit on SQLite. Receivers that see a gap read
//! the log. Events are JSON text; this module does not look inside them, but seals each
//! event and snapshot under the group's data key before it reaches the database (they carry
//! the chat), and opens them on the way out: `sealed:<key id>:<base64>`, with the room's id
//! and the key's in the associated data. A store without a master key (benchmark tools)
//! keeps them as they are. Notifications between instances carry the event itself: they
//! pass through PostgreSQL's notification queue, which holds them only until delivered.

use jiff::civil::Date;
use kindred_core::ids::{SeriesId, UserId};
use serde_json::json;

use base64::Engine as _;
use kindred_core::ids::GroupId;

use crate::bus::{Event, MAX_EVENT_BYTES};
use crate::keys::{KeyScope, open, seal};
use crate::{Result, Store, StoreError, WritePool, on_pool};

const SEALED: &str = "sealed:";

/// A room's log as stored: the snapshot (sequence, state), events (sequence, time, event),
/// when it ended.
type StoredLog = (Option<(i64, String)>, Vec<(i64, i64, String)>, Option<i64>);

fn room_aad(kind: &str, room: &str, key_id: uuid::Uuid) -> Vec<u8> {
    format!("{kind}|{room}|{key_id}").into_bytes()
}

/// The bus topic of a room's events: body `{"seq", "at", "event"}`, or just `{"seq"}` when
/// the event is too big for a notification (receivers then read the log).
pub fn room_topic(room: &str) -> String {
    format!("room:{room}")
}

/// One event to append.
#[derive(Debug, Clone)]
pub struct NewRoomEvent {
    pub room: String,
    pub at_ms: i64,
    /// The event, JSON.
    pub event: String,
}

/// An event read back from the log.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedEvent {
    pub seq: i64,
    pub at_ms: i64,
    pub event: String,
}

/// What a room's log holds after a given point.
#[derive(Debug, Clone, Default)]
pub struct RoomLog {
    /// The latest snapshot (sequence number and state), when it is later than asked for.
    pub snapshot: Option<(i64, String)>,
    pub events: Vec<LoggedEvent>,
    pub ended_at: Option<i64>,
}

/// A room whose meeting is long over but that nobody ended.
#[derive(Debug, Clone)]
pub struct StaleRoom {
    pub id: String,
}

impl Store {
    /// The group a room's meeting belongs to.
    async fn room_group(&self, room: &str) -> Result<Option<GroupId>> {
        let id: Option<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar(
                "SELECT s.group_id FROM rooms r JOIN meeting_series s ON s.id = r.series_id WHERE r.id = $1",
            )
            .bind(room)
            .fetch_optional(pool)
            .await?
        });
        Ok(id.map(GroupId))
    }

    /// Seals a room's event or snapshot under its group's key (as it is without a keyring).
    async fn seal_room_text(&self, kind: &str, room: &str, group: GroupId, text: &str) -> Result<String> {
        if self.keyring.is_none() {
            return Ok(text.to_owned());
        }
        let (key_id, key) = self.data_key(KeyScope::Group(group)).await?;
        let blob = seal(&key, &room_aad(kind, room, key_id), text.as_bytes())?;
        Ok(format!(
            "{SEALED}{key_id}:{}",
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(blob)
        ))
    }

    /// Opens what [`Store::seal_room_text`] sealed; text that was never sealed is returned as
    /// it is.
    async fn open_room_text(&self, kind: &str, room: &str, stored: String) -> Result<String> {
        let Some(rest) = stored.strip_prefix(SEALED) else {
            return Ok(stored);
        };
        let bad = || StoreError::Crypto("a sealed room event is malformed".into());
        let (key_id, encoded) = rest.split_once(':').ok_or_else(bad)?;
        let key_id: uuid::Uuid = key_id.parse().map_err(|_| bad())?;
        let blob = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(encoded)
            .map_err(|_| bad())?;
        let key = self.data_key_by_id(key_id).await?;
        let plain = open(&key, &room_aad(kind, room, key_id), &blob)?;
        String::from_utf8(plain).map_err(|_| bad())
    }

    /// Creates a room with its first event, unless it exists. Returns whether it was created.
    pub async fn open_room(
        &self,
        id: &str,
        series: SeriesId,
        on: Date,
        close_after: i64,
        first: &NewRoomEvent,
    ) -> Result<bool> {
        let now = crate::now();
        let group: Option<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT group_id FROM meeting_series WHERE id = $1")
                .bind(series.0)
                .fetch_optional(pool)
                .await?
        });
        let group = GroupId(group.ok_or(StoreError::NotFound)?);
        let first_event = self
            .seal_room_text("room_events", id, group, &first.event)
            .await?;
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let created = sqlx::query(
                "INSERT INTO rooms (id, series_id, occurs_on, last_seq, close_after, created_at)
                 VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (id) DO NOTHING",
            )
            .bind(id)
            .bind(series.0)
            .bind(on.to_string())
            .bind(close_after)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if created {
                sqlx::query("INSERT INTO room_events (room_id, seq, at_ms, event) VALUES ($1, 1, $2, $3)")
                    .bind(id)
                    .bind(first.at_ms)
                    .bind(&first_event)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(created)
        })
    }

    /// Appends events (to any rooms) in one transaction and announces them. Returns each
    /// event's sequence number, or `None` for an event whose room is gone or ended. Per room
    /// in the batch: one counter update and one multi-row insert, whatever the number of
    /// events, and on PostgreSQL one statement sends all the notifications.
    pub async fn append_room_events(&self, batch: &[NewRoomEvent]) -> Result<Vec<Option<i64>>> {
        let channel = self.bus.postgres_channel().map(str::to_owned);
        let mut rooms: Vec<(&str, Vec<usize>)> = Vec::new();
        for (i, item) in batch.iter().enumerate() {
            match rooms.iter_mut().find(|(room, _)| *room == item.room) {
                Some((_, indexes)) => indexes.push(i),
                None => rooms.push((&item.room, vec![i])),
            }
        }
        // Rooms' counters are locked in one order (by id) in every transaction, so two
        // instances appending to the same rooms wait for each other but never deadlock.
        rooms.sort_by(|a, b| a.0.cmp(b.0));
        // Sealed before the transaction (finding a data key may write one).
        let mut stored: Vec<Option<String>> = vec![None; batch.len()];
        for (room, indexes) in &rooms {
            let Some(group) = self.room_group(room).await? else {
                continue;
            };
            for &i in indexes {
                stored[i] = Some(
                    self.seal_room_text("room_events", room, group, &batch[i].event)
                        .await?,
                );
            }
        }
        let mut seqs = vec![None; batch.len()];
        let mut notes = Vec::new();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            for (room, indexes) in &rooms {
                let count = i64::try_from(indexes.len()).unwrap_or(i64::MAX);
                let last: Option<i64> = sqlx::query_scalar(
                    "UPDATE rooms SET last_seq = last_seq + $2 WHERE id = $1 AND ended_at IS NULL RETURNING last_seq",
                )
                .bind(*room)
                .bind(count)
                .fetch_optional(&mut *tx)
                .await?;
                let Some(last) = last else { continue };
                let first = last - count + 1;
                for (c, chunk) in indexes.chunks(INSERT_ROWS).enumerate() {
                    let placeholders: Vec<String> = (0..chunk.len())
                        .map(|r| format!("(${}, ${}, ${}, ${})", r * 4 + 1, r * 4 + 2, r * 4 + 3, r * 4 + 4))
                        .collect();
                    let sql = format!("INSERT INTO room_events (room_id, seq, at_ms, event) VALUES {}", placeholders.join(", "));
                    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
                    for (j, &i) in chunk.iter().enumerate() {
                        let seq = first + i64::try_from(c * INSERT_ROWS + j).unwrap_or(0);
                        query = query.bind(*room).bind(seq).bind(batch[i].at_ms).bind(stored[i].as_deref().unwrap_or(""));
                    }
                    query.execute(&mut *tx).await?;
                }
                for (offset, &i) in indexes.iter().enumerate() {
                    let seq = first + i64::try_from(offset).unwrap_or(0);
                    seqs[i] = Some(seq);
                    notes.push(notification(&batch[i], seq));
                }
            }
            if let Some(channel) = &channel
                && !notes.is_empty()
            {
                let payloads = notes
                    .iter()
                    .map(serde_json::to_string)
                    .collect::<Result<Vec<String>, _>>()
                    .map_err(|e| StoreError::Conflict(e.to_string()))?;
                tx.notify_all(channel, payloads).await?;
            }
            tx.commit().await?;
        });
        if channel.is_none() {
            for note in &notes {
                self.bus.publish(note).await?;
            }
        }
        Ok(seqs)
    }

    /// The log after `after` (a sequence number the caller has already applied; 0 for
    /// everything). When a snapshot later than `after` exists it comes first and only the
    /// events after it follow. Never fails for a missing room: the log is then empty.
    pub async fn room_log(&self, room: &str, after: i64) -> Result<RoomLog> {
        let (snapshot, rows, ended_at): StoredLog = on_pool!(self, pool => {
            let head: Option<(Option<String>, i64, Option<i64>)> = sqlx::query_as(
                "SELECT snapshot, snapshot_seq, ended_at FROM rooms WHERE id = $1",
            )
            .bind(room)
            .fetch_optional(pool)
            .await?;
            let Some((snapshot, snapshot_seq, ended_at)) = head else {
                return Ok(RoomLog::default());
            };
            let snapshot = snapshot.filter(|_| snapshot_seq > after).map(|s| (snapshot_seq, s));
            let from = snapshot.as_ref().map_or(after, |(seq, _)| *seq);
            let rows: Vec<(i64, i64, String)> = sqlx::query_as(
                "SELECT seq, at_ms, event FROM room_events WHERE room_id = $1 AND seq > $2 ORDER BY seq",
            )
            .bind(room)
            .bind(from)
            .fetch_all(pool)
            .await?;
            (snapshot, rows, ended_at)
        });
        let snapshot = match snapshot {
            Some((seq, state)) => Some((seq, self.open_room_text("room_snapshots", room, state).await?)),
            None => None,
        };
        let mut events = Vec::with_capacity(rows.len());
        for (seq, at_ms, event) in rows {
            let event = self.open_room_text("room_events", room, event).await?;
            events.push(LoggedEvent { seq, at_ms, event });
        }
        Ok(RoomLog {
            snapshot,
            events,
            ended_at,
        })
    }

    /// Saves the state as of `seq`, unless a later snapshot is there already.
    pub async fn save_room_snapshot(&self, room: &str, seq: i64, state: &str) -> Result<()> {
        let Some(group) = self.room_group(room).await? else {
            return Ok(());
        };
        let state = self.seal_room_text("room_snapshots", room, group, state).await?;
        on_pool!(self, pool => {
            sqlx::query("UPDATE rooms SET snapshot = $1, snapshot_seq = $2 WHERE id = $3 AND snapshot_seq < $2 AND ended_at IS NULL")
                .bind(&state)
                .bind(seq)
                .bind(room)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Ends a room: deletes its log and snapshot (the chat with them) and keeps the summary.
    pub async fn close_room(&self, room: &str, summary: &serde_json::Value) -> Result<()> {
        let now = crate::now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("UPDATE rooms SET ended_at = COALESCE(ended_at, $1), summary = $2, snapshot = NULL WHERE id = $3")
                .bind(now)
                .bind(summary.to_string())
                .bind(room)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM room_events WHERE room_id = $1")
                .bind(room)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Rooms past their `close_after` time that nobody ended.
    pub async fn stale_rooms(&self, now: i64, limit: i64) -> Result<Vec<StaleRoom>> {
        on_pool!(self, pool => {
            let ids: Vec<String> = sqlx::query_scalar(
                "SELECT id FROM rooms WHERE ended_at IS NULL AND close_after < $1 ORDER BY close_after LIMIT $2",
            )
            .bind(now)
            .bind(limit)
            .fetch_all(pool)
            .await?;
            Ok(ids.into_iter().map(|id| StaleRoom { id }).collect())
        })
    }

    /// The summary of an ended room and when it ended.
    pub async fn room_summary(&self, room: &str) -> Result<Option<(i64, serde_json::Value)>> {
        on_pool!(self, pool => {
            let row: Option<(Option<i64>, Option<String>)> =
                sqlx::query_as("SELECT ended_at, summary FROM rooms WHERE id = $1")
                    .bind(room)
                    .fetch_optional(pool)
                    .await?;
            Ok(match row {
                Some((Some(ended), Some(summary))) => serde_json::from_str(&summary).ok().map(|s| (ended, s)),
                _ => None,
            })
        })
    }

    /// Someone's connection to the live room opened: attendance starts (or continues).
    pub async fn live_joined(&self, series: SeriesId, on: Date, user: UserId) -> Result<()> {
        let now = crate::now();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO meeting_attendance (series_id, occurs_on, user_id, source, marked_at, joined_at)
                 VALUES ($1, $2, $3, 'live_room', $4, $4)
                 ON CONFLICT (series_id, occurs_on, user_id) DO UPDATE SET joined_at = COALESCE(meeting_attendance.joined_at, $4)",
            )
            .bind(series.0)
            .bind(on.to_string())
            .bind(user.0)
            .bind(now)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Someone's connection closed after `seconds` in the room.
    pub async fn live_left(&self, series: SeriesId, on: Date, user: UserId, seconds: i64) -> Result<()> {
        let now = crate::now();
        on_pool!(self, pool => {
            sqlx::query(
                "UPDATE meeting_attendance SET left_at = $4, seconds_present = seconds_present + $5
                 WHERE series_id = $1 AND occurs_on = $2 AND user_id = $3",
            )
            .bind(series.0)
            .bind(on.to_string())
            .bind(user.0)
            .bind(now)
            .bind(seconds.max(0))
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Live attendance of one meeting: user, first joined, last left, seconds present.
    pub async fn live_attendance(
        &self,
        series: SeriesId,
        on: Date,
    ) -> Result<Vec<(UserId, Option<i64>, Option<i64>, i64)>> {
        on_pool!(self, pool => {
            let rows: Vec<(uuid::Uuid, Option<i64>, Option<i64>, i64)> = sqlx::query_as(
                "SELECT user_id, joined_at, left_at, seconds_present FROM meeting_attendance
                 WHERE series_id = $1 AND occurs_on = $2 AND joined_at IS NOT NULL ORDER BY joined_at",
            )
            .bind(series.0)
            .bind(on.to_string())
            .fetch_all(pool)
            .await?;
            Ok(rows.into_iter().map(|(u, j, l, s)| (UserId(u), j, l, s)).collect())
        })
    }
}

/// Rows per insert statement (4 values each, well under both backends' limits).
const INSERT_ROWS: usize = 200;

/// Sending notifications inside a transaction: only PostgreSQL has them (on SQLite the bus
/// is in-process and events are published after commit).
trait NotifyAll {
    async fn notify_all(&mut self, channel: &str, payloads: Vec<String>) -> Result<()>;
}

impl NotifyAll for sqlx::Transaction<'static, sqlx::Postgres> {
    async fn notify_all(&mut self, channel: &str, payloads: Vec<String>) -> Result<()> {
        sqlx::query("SELECT pg_notify($1, n) FROM unnest($2::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i")
            .bind(channel)
            .bind(payloads)
            .execute(&mut **self)
            .await?;
        Ok(())
    }
}

impl NotifyAll for sqlx::Transaction<'static, sqlx::Sqlite> {
    async fn notify_all(&mut self, _channel: &str, _payloads: Vec<String>) -> Result<()> {
        Ok(())
    }
}

fn notification(item: &NewRoomEvent, seq: i64) -> Event {
    let topic = room_topic(&item.room);
    let full = Event {
        topic: topic.clone(),
        body: json!({
            "seq": seq,
            "at": item.at_ms,
            "event": serde_json::from_str::<serde_json::Value>(&item.event).unwrap_or(serde_json::Value::Null),
        }),
    };
    // Leave room for the envelope; receivers read big events from the log.
    if item.event.len() + topic.len() + 100 < MAX_EVENT_BYTES {
        full
    } else {
        Event {
            topic,
            body: json!({ "seq": seq }),
        }
    }
}

impl Store {
    /// This instance is alive (its heartbeat).
    pub async fn room_instance_alive(&self, instance: &str) -> Result<()> {
        let now = crate::now();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO room_instances (id, seen_at) VALUES ($1, $2)
                 ON CONFLICT (id) DO UPDATE SET seen_at = $2",
            )
            .bind(instance)
            .bind(now)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Instances whose heartbeat stopped before `before` (Unix seconds).
    pub async fn silent_room_instances(&self, before: i64) -> Result<Vec<String>> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT id FROM room_instances WHERE seen_at < $1 ORDER BY id")
                .bind(before)
                .fetch_all(pool)
                .await?)
        })
    }

    pub async fn forget_room_instance(&self, instance: &str) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM room_instances WHERE id = $1")
                .bind(instance)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Rooms not yet ended.
    pub async fn open_rooms(&self) -> Result<Vec<String>> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT id FROM rooms WHERE ended_at IS NULL ORDER BY id")
                .fetch_all(pool)
                .await?)
        })
    }
}
