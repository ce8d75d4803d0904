use kindred_core::ValidationError;

/// Everything that can go wrong in the store, sorted by what the caller should do about it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique constraint was violated: the thing already exists.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// The database cannot be reached or is too busy right now; retrying later may work.
    #[error("database unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// Another Kindred process holds the SQLite database.
    #[error("{0}")]
    InUse(String),
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("bad database URL: {0}")]
    BadUrl(String),
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    /// Sealing or opening a body failed (no master key, a missing or wrong key, tampering).
    #[error("encryption: {0}")]
    Crypto(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::RowNotFound => Self::NotFound,
            sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::WorkerCrashed => Self::Unavailable(err),
            sqlx::Error::Database(ref db) if db.is_unique_violation() => {
                Self::Conflict(db.constraint().unwrap_or("unique").to_owned())
            }
            // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout; PostgreSQL shutting down
            // or refusing connections.
            sqlx::Error::Database(ref db)
                if matches!(
                    db.code().as_deref(),
                    Some("5" | "6" | "57P01" | "57P02" | "57P03" | "53300")
                ) =>
            {
                Self::Unavailable(err)
            }
            other => Self::Database(other),
        }
    }
}
