//! Opening a store from a database URL.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::{Backend, Bus, Result, Store, StoreError, migrations};

/// How to open a store.
#[derive(Clone)]
pub struct ConnectOptions {
    /// `sqlite://path/to/file.db`, `sqlite::memory:` or `postgres://user:pass@host/db`.
    pub url: String,
    /// Upper bound on pooled connections.
    pub max_connections: u32,
    /// How long a request waits for a connection before the database counts as unavailable.
    pub acquire_timeout: Duration,
    /// PostgreSQL only: use this schema instead of `public` (tests give each run its own).
    pub pg_schema: Option<String>,
}

impl std::fmt::Debug for ConnectOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectOptions")
            .field("url", &redact_url(&self.url))
            .field("max_connections", &self.max_connections)
            .field("acquire_timeout", &self.acquire_timeout)
            .field("pg_schema", &self.pg_schema)
            .finish()
    }
}

impl ConnectOptions {
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            max_connections: 16,
            acquire_timeout: Duration::from_secs(5),
            pg_schema: None,
        }
    }
}

/// A database URL with any password replaced, safe to print or log.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, tail) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:***@{host}{tail}")
        }
        None => url.to_owned(),
    }
}

impl Store {
    /// Opens the database named by the URL and brings its schema up to date.
    pub async fn connect(options: &ConnectOptions) -> Result<Self> {
        let store = Self::open(options).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Opens the database without migrating it.
    pub async fn open(options: &ConnectOptions) -> Result<Self> {
        let url = options.url.as_str();
        if url.starts_with("sqlite:") {
            open_sqlite(options).await
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            open_postgres(options).await
        } else {
            Err(StoreError::BadUrl(
                "the database URL must start with sqlite:// or postgres://".into(),
            ))
        }
    }

    /// Applies any migrations the database has not seen yet.
    pub async fn migrate(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(pool) => migrations::sqlite().run(pool).await?,
            Backend::Postgres(pool) => migrations::postgres().run(pool).await?,
        }
        Ok(())
    }
}

async fn open_sqlite(options: &ConnectOptions) -> Result<Store> {
    let connect = SqliteConnectOptions::from_str(&options.url)
        .map_err(|e| StoreError::BadUrl(e.to_string()))?
        .create_if_missing(true)
        .foreign_keys(true)
        // WAL lets readers run while one writer writes. NORMAL syncs at checkpoints rather
        // than at every commit: a crash of the process loses nothing, a power cut may lose
        // the last commits (see docs/ARCHITECTURE.md).
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5));
    let file = connect.get_filename().to_path_buf();
    let in_memory = file.as_os_str().is_empty() || file == Path::new(":memory:");
    let lock = if in_memory {
        None
    } else {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::BadUrl(format!("cannot create {}: {e}", dir.display())))?;
        }
        Some(Arc::new(lock_instance(&file)?))
    };
    let pool = SqlitePoolOptions::new()
        // An in-memory database exists once per connection: keep exactly one.
        .max_connections(if in_memory { 1 } else { options.max_connections })
        .min_connections(if in_memory { 1 } else { 0 })
        .idle_timeout(if in_memory {
            None
        } else {
            Some(Duration::from_secs(600))
        })
        .max_lifetime(if in_memory {
            None
        } else {
            Some(Duration::from_secs(3600))
        })
        .acquire_timeout(options.acquire_timeout)
        .connect_with(connect)
        .await?;
    Ok(Store {
        backend: Backend::Sqlite(pool),
        bus: Bus::local(),
        _instance_lock: lock,
        keyring: None,
    })
}

/// Takes an exclusive lock on `<db>.lock`, released by the OS when the process ends, so a
/// second `kindred` on the same file stops with a clear message instead of sharing it.
fn lock_instance(db_file: &Path) -> Result<std::fs::File> {
    let mut lock_path = PathBuf::from(db_file);
    lock_path.as_mut_os_string().push(".lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| StoreError::BadUrl(format!("cannot open {}: {e}", lock_path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse(format!(
            "another Kindred process is already using {}; stop it first, or use PostgreSQL to run several instances",
            db_file.display()
        ))),
        Err(std::fs::TryLockError::Error(e)) => Err(StoreError::BadUrl(format!(
            "cannot lock {}: {e}",
            lock_path.display()
        ))),
    }
}

async fn open_postgres(options: &ConnectOptions) -> Result<Store> {
    let mut connect = PgConnectOptions::from_str(&options.url)
        .map_err(|e| StoreError::BadUrl(e.to_string()))?
        .application_name("kindred");
    if let Some(schema) = &options.pg_schema {
        connect = connect.options([("search_path", schema.as_str())]);
    }
    let pool = PgPoolOptions::new()
        .max_connections(options.max_connections)
        .acquire_timeout(options.acquire_timeout)
        .connect_with(connect)
        .await?;
    if let Some(schema) = &options.pg_schema {
        // Schema names come from tests, never from users; quote them all the same.
        let quoted = format!("\"{}\"", schema.replace('"', "\"\""));
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "CREATE SCHEMA IF NOT EXISTS {quoted}"
        )))
        .execute(&pool)
        .await?;
    }
    let channel = match &options.pg_schema {
        Some(schema) => format!("kindred_events_{schema}"),
        None => "kindred_events".to_owned(),
    };
    let bus = Bus::postgres(pool.clone(), channel).await?;
    Ok(Store {
        backend: Backend::Postgres(pool),
        bus,
        _instance_lock: None,
        keyring: None,
    })
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn passwords_never_appear_in_redacted_urls() {
        assert_eq!(
            redact_url("postgres://kindred:s3cret@db.example:5432/kindred?sslmode=require"),
            "postgres://kindred:***@db.example:5432/kindred?sslmode=require"
        );
        assert_eq!(redact_url("postgres://p%40ss@h/db"), "postgres://p%40ss:***@h/db");
        assert_eq!(
            redact_url("sqlite://kindred-data/kindred.db"),
            "sqlite://kindred-data/kindred.db"
        );
        assert!(!redact_url("postgres://u:a@b@h/db").contains("a@b"));
    }
}
