//! Kindred's storage seam.
//!
//! Handlers never see SQL: they call methods on [`Store`], which is backed by either an
//! embedded SQLite file or a PostgreSQL pool, chosen at start-up from the database URL.
//! Each feature keeps its queries in its own module (`organisations.rs`, ...). Where the two
//! dialects agree, one SQL string serves both backends (sqlx binds `$1`-style parameters on
//! SQLite too); the [`on_pool!`] macro compiles that code once per backend, so no `sqlx::Any`
//! and no generic trait bounds are needed. Where the dialects differ, a module matches on
//! the backend explicitly.
//!
//! Real-time events go through the [`Bus`] that travels with the store.

mod accounts;
mod bus;
mod connect;
mod discussions;
mod error;
mod groups;
pub mod keys;
mod meetings;
mod member_messages;
mod migrations;
mod moderation;
mod organisations;
mod outbox;
mod personal_data;
mod referrals;
mod resources;
mod rooms;
mod rows;
#[cfg(feature = "testing")]
pub mod testing;
mod training;

use std::sync::Arc;

pub use accounts::{EmailToken, NewUser, SessionInfo};
pub use bus::{Bus, Event, Received, Subscription};
pub use connect::{ConnectOptions, redact_url};
pub use discussions::{
    Board, Conversation, DebriefNote, MessageView, NewPost, PostRef, PostView, ThreadInfo, ThreadSummary,
};
pub use error::StoreError;
pub use groups::{Agreement, MemberView, Membership};
pub use keys::{KeyScope, Keyring, MasterKey, Sealed};
pub use meetings::{GroupFormat, Recipient, ReplyCounts};
pub use member_messages::{MemberConversation, MemberConversationSummary, MemberMessageRef};
pub use migrations::MIGRATION_NAMES;
pub use moderation::{
    Alert, AuditEntry, AuditRow, ChatLineSnapshot, ChatReport, NewAlert, NewSanction, ReportGroup, Sanction,
    WatchedWord,
};
pub use outbox::{OutboxMessage, OutboxStats, OutgoingEmail};
pub use personal_data::{Erasure, PERSONAL_TABLES};
pub use referrals::{
    ApiToken, Checkin, NewReferral, PersonCheckin, Referral, ReferralEvent, ReferralFacts, Referrer,
};
pub use resources::StoredResource;
pub use rooms::{LoggedEvent, NewRoomEvent, RoomLog, StaleRoom, room_topic};
pub use training::{Attempt, ExpiringPass, Facilitator, Requirement};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The database behind a [`Store`].
#[derive(Debug, Clone)]
pub(crate) enum Backend {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    Sqlite,
    Postgres,
}

impl BackendKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }
}

/// The one storage API every feature uses. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
    bus: Bus,
    /// Held for the store's lifetime: on SQLite, an exclusive lock on a file beside the
    /// database so that a second Kindred process cannot use the same file (its in-process bus
    /// could not see this one's events).
    _instance_lock: Option<Arc<std::fs::File>>,
    /// The master keys for sealing bodies (see `keys.rs`); set with `with_keyring`.
    keyring: Option<Arc<Keyring>>,
}

/// Runs the same code against whichever pool the store holds. The body is compiled once per
/// backend, so it may use backend-specific row types without generics.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.backend {
            $crate::Backend::Sqlite($pool) => $body,
            $crate::Backend::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

impl Store {
    /// Which engine this store runs on.
    pub fn backend_kind(&self) -> BackendKind {
        match self.backend {
            Backend::Sqlite(_) => BackendKind::Sqlite,
            Backend::Postgres(_) => BackendKind::Postgres,
        }
    }

    /// The real-time event bus that goes with this database.
    pub fn bus(&self) -> &Bus {
        &self.bus
    }

    /// Answers when the database does: used by `/healthz`.
    pub async fn ping(&self) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }

    /// Closes every connection; later calls fail with [`StoreError::Unavailable`].
    pub async fn close(&self) {
        self.bus.stop();
        on_pool!(self, pool => pool.close().await);
    }
}

/// Starts a write transaction. On SQLite it is `BEGIN IMMEDIATE`, which takes the write
/// lock up front: a deferred transaction that reads and then writes can fail with "database
/// is locked" when another writer got in between.
pub(crate) trait WritePool {
    type Db: sqlx::Database;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Self::Db>, sqlx::Error>;
}

impl WritePool for sqlx::SqlitePool {
    type Db = sqlx::Sqlite;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.begin_with("BEGIN IMMEDIATE").await
    }
}

impl WritePool for sqlx::PgPool {
    type Db = sqlx::Postgres;
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, sqlx::Error> {
        self.begin().await
    }
}

/// The current time as Unix seconds, which is how every timestamp is stored.
pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
