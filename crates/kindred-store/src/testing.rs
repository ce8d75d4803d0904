//! Test support: a fresh, migrated store per test, on the backend the test run selects.
//!
//! `KINDRED_TEST_DATABASE_URL` unset: a new SQLite file in a temporary directory.
//! Set to a `postgres://` URL: a new schema in that database, so tests can run in parallel.
//! `./scripts/test` runs every suite both ways.

use crate::{ConnectOptions, Store};

/// A store for one test; the temporary directory (SQLite) lives as long as this value.
#[derive(Debug)]
pub struct TestStore {
    pub store: Store,
    pub options: ConnectOptions,
    _dir: Option<tempfile::TempDir>,
}

impl std::ops::Deref for TestStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

/// The URL of the PostgreSQL database tests should use, if any.
pub fn postgres_url() -> Option<String> {
    std::env::var("KINDRED_TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
}

impl TestStore {
    /// Connection options for a brand-new database on the selected backend.
    pub fn fresh_options() -> (ConnectOptions, Option<tempfile::TempDir>) {
        match postgres_url() {
            Some(url) => {
                let mut options = ConnectOptions::new(url);
                options.max_connections = 4;
                options.pg_schema = Some(format!("t_{}", uuid::Uuid::new_v4().simple()));
                (options, None)
            }
            None => {
                let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
                let url = format!("sqlite://{}", dir.path().join("kindred.db").display());
                (ConnectOptions::new(url), Some(dir))
            }
        }
    }

    pub async fn new() -> Self {
        let (options, dir) = Self::fresh_options();
        let store = Store::connect(&options)
            .await
            .unwrap_or_else(|e| panic!("cannot open the test database: {e}"))
            .with_keyring(test_keyring());
        Self {
            store,
            options,
            _dir: dir,
        }
    }

    /// A second, independent connection to the same database (PostgreSQL only: a SQLite
    /// file admits one Kindred process).
    pub async fn another_instance(&self) -> Store {
        Store::connect(&self.options)
            .await
            .unwrap_or_else(|e| panic!("cannot open a second instance: {e}"))
            .with_keyring(test_keyring())
    }
}

/// One master key for every store in a test process (so a second instance opens what the
/// first sealed).
pub fn test_keyring() -> std::sync::Arc<crate::keys::Keyring> {
    static RING: std::sync::OnceLock<std::sync::Arc<crate::keys::Keyring>> = std::sync::OnceLock::new();
    RING.get_or_init(|| {
        let key = crate::keys::MasterKey::generate().unwrap_or_else(|e| panic!("{e}"));
        crate::keys::Keyring::new(key, Vec::new())
    })
    .clone()
}

/// Tries to change and delete audit log entries, as an attacker with SQL access through the
/// application would; succeeds only if either statement got through.
pub async fn tamper_with_audit_log(store: &Store) -> Result<(), crate::StoreError> {
    let update: Result<_, sqlx::Error> = crate::on_pool!(store, pool => {
        sqlx::query("UPDATE audit_log SET reason = 'changed'").execute(pool).await.map(|_| ())
    });
    let delete: Result<_, sqlx::Error> = crate::on_pool!(store, pool => {
        sqlx::query("DELETE FROM audit_log").execute(pool).await.map(|_| ())
    });
    match (update, delete) {
        (Err(_), Err(_)) => Err(crate::StoreError::Conflict("the audit log is append-only".into())),
        _ => Ok(()),
    }
}
