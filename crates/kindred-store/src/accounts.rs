//! Accounts, sessions and single-use email tokens.
//!
//! Session and email tokens are random secrets held by the browser or sent by email; only
//! their SHA-256 hashes (computed by the caller) reach the database.

use kindred_core::accounts::{Email, NewPasswordHash, PlatformRole, Pseudonym, TokenPurpose, User};
use kindred_core::ids::UserId;

use crate::outbox::OutgoingEmail;
use crate::rows::{DecodeRow, from_db_row, parse_column};
use crate::{Result, Store, StoreError, WritePool, now, on_pool};

from_db_row!(User, |row| {
    let role: Option<String> = row.try_get("platform_role")?;
    Ok(User {
        id: UserId(row.try_get("id")?),
        email: Email::from_stored(row.try_get("email")?),
        email_verified_at: row.try_get("email_verified_at")?,
        pseudonym: Pseudonym::from_stored(row.try_get("pseudonym")?),
        platform_role: role.map(|r| parse_column("platform_role", &r)).transpose()?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
});

/// A session as the account page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SessionInfo {
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

from_db_row!(SessionInfo, |row| {
    Ok(SessionInfo {
        created_at: row.try_get("created_at")?,
        last_seen_at: row.try_get("last_seen_at")?,
        expires_at: row.try_get("expires_at")?,
    })
});

/// A new account, its password already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub pseudonym: Pseudonym,
    pub password_hash: NewPasswordHash,
    /// Accounts made by an administrator on the command line start confirmed.
    pub verified: bool,
    pub platform_role: Option<PlatformRole>,
}

/// A single-use token to create alongside something else, with the email that carries it.
#[derive(Debug, Clone)]
pub struct EmailToken {
    pub token_hash: Vec<u8>,
    pub purpose: TokenPurpose,
    pub ttl_secs: i64,
}

/// Inserts an email token inside a transaction (used by several methods above).
macro_rules! insert_token {
    ($conn:expr, $user:expr, $token:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO email_tokens (token_hash, user_id, purpose, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&$token.token_hash)
        .bind($user.0)
        .bind($token.purpose.as_str())
        .bind($now)
        .bind($now + $token.ttl_secs)
        .execute($conn)
        .await?
    };
}

impl Store {
    /// Creates an account; with a token and an email, creates those in the same
    /// transaction so that a crash never leaves an account without its confirmation email.
    /// Fails with `Conflict` when the email address is taken.
    pub async fn create_user(
        &self,
        new: &NewUser,
        token: Option<&EmailToken>,
        email: Option<&OutgoingEmail>,
    ) -> Result<User> {
        let id = UserId::new_random();
        let now = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query(
                "INSERT INTO users (id, email, email_verified_at, password_hash, pseudonym, platform_role, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
            )
            .bind(id.0)
            .bind(new.email.as_str())
            .bind(new.verified.then_some(now))
            .bind(new.password_hash.as_str())
            .bind(new.pseudonym.as_str())
            .bind(new.platform_role.map(PlatformRole::as_str))
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if let Some(token) = token {
                insert_token!(&mut *tx, id, token, now);
            }
            if let Some(email) = email {
                crate::outbox::insert_email!(&mut *tx, email, now);
            }
            tx.commit().await?;
        });
        self.get_user(id).await
    }

    pub async fn get_user(&self, id: UserId) -> Result<User> {
        on_pool!(self, pool => {
            let row = sqlx::query(
                "SELECT id, email, email_verified_at, pseudonym, platform_role, created_at, updated_at
                 FROM users WHERE id = $1",
            )
            .bind(id.0)
            .fetch_one(pool)
            .await?;
            Ok(row.decode()?)
        })
    }

    /// The account and its password hash, for signing in.
    pub async fn find_user_for_login(&self, email: &Email) -> Result<Option<(User, String)>> {
        on_pool!(self, pool => {
            let row = sqlx::query(
                "SELECT id, email, email_verified_at, pseudonym, platform_role, created_at, updated_at, password_hash
                 FROM users WHERE email = $1",
            )
            .bind(email.as_str())
            .fetch_optional(pool)
            .await?;
            match row {
                Some(row) => {
                    let hash: String = sqlx::Row::try_get(&row, "password_hash")?;
                    Ok(Some((row.decode()?, hash)))
                }
                None => Ok(None),
            }
        })
    }

    pub async fn find_user_by_email(&self, email: &Email) -> Result<Option<User>> {
        Ok(self.find_user_for_login(email).await?.map(|(user, _)| user))
    }

    pub async fn password_hash(&self, id: UserId) -> Result<String> {
        on_pool!(self, pool => {
            Ok(sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
                .bind(id.0)
                .fetch_one(pool)
                .await?)
        })
    }

    /// Sets a new password and ends every session of the account except `keep` (the
    /// token hash of the session that made the change, if any).
    pub async fn set_password(&self, id: UserId, hash: &NewPasswordHash, keep: Option<&[u8]>) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            let done = sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
                .bind(hash.as_str())
                .bind(now)
                .bind(id.0)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if done == 0 {
                return Err(StoreError::NotFound);
            }
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
                .bind(id.0)
                .bind(keep.unwrap_or(&[]))
                .execute(&mut *tx)
                .await?;
            // Outstanding reset links must not outlive the password they were for.
            sqlx::query("UPDATE email_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = 'reset' AND used_at IS NULL")
                .bind(now)
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn set_platform_role(&self, id: UserId, role: Option<PlatformRole>) -> Result<User> {
        let done = on_pool!(self, pool => {
            sqlx::query("UPDATE users SET platform_role = $1, updated_at = $2 WHERE id = $3")
                .bind(role.map(PlatformRole::as_str))
                .bind(now())
                .bind(id.0)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if done == 0 {
            return Err(StoreError::NotFound);
        }
        self.get_user(id).await
    }

    // ---- sessions

    pub async fn create_session(&self, token_hash: &[u8], user: UserId, ttl_secs: i64) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
                 VALUES ($1, $2, $3, $3, $4)",
            )
            .bind(token_hash)
            .bind(user.0)
            .bind(now)
            .bind(now + ttl_secs)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// The account behind a live session; notes the visit at most once a minute.
    pub async fn session_user(&self, token_hash: &[u8]) -> Result<Option<User>> {
        let now = now();
        on_pool!(self, pool => {
            let row = sqlx::query(
                "SELECT u.id, u.email, u.email_verified_at, u.pseudonym, u.platform_role, u.created_at, u.updated_at,
                        s.last_seen_at
                 FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.token_hash = $1 AND s.expires_at > $2",
            )
            .bind(token_hash)
            .bind(now)
            .fetch_optional(pool)
            .await?;
            let Some(row) = row else { return Ok(None) };
            let last_seen: i64 = sqlx::Row::try_get(&row, "last_seen_at")?;
            if now - last_seen >= 60 {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                    .bind(now)
                    .bind(token_hash)
                    .execute(pool)
                    .await?;
            }
            Ok(Some(row.decode()?))
        })
    }

    pub async fn delete_session(&self, token_hash: &[u8]) -> Result<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Ends every session of an account ("sign out everywhere").
    pub async fn delete_sessions_of(&self, user: UserId) -> Result<u64> {
        on_pool!(self, pool => {
            Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user.0)
                .execute(pool)
                .await?
                .rows_affected())
        })
    }

    pub async fn sessions_of(&self, user: UserId) -> Result<Vec<SessionInfo>> {
        let now = now();
        on_pool!(self, pool => {
            let rows = sqlx::query(
                "SELECT created_at, last_seen_at, expires_at FROM sessions
                 WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at",
            )
            .bind(user.0)
            .bind(now)
            .fetch_all(pool)
            .await?;
            Ok(rows.iter().map(|r| r.decode()).collect::<Result<_, _>>()?)
        })
    }

    /// Removes expired sessions and tokens; run periodically.
    pub async fn purge_expired(&self) -> Result<u64> {
        let now = now();
        on_pool!(self, pool => {
            let a = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(pool).await?;
            let b = sqlx::query("DELETE FROM email_tokens WHERE expires_at <= $1 OR used_at IS NOT NULL")
                .bind(now)
                .execute(pool)
                .await?;
            Ok(a.rows_affected() + b.rows_affected())
        })
    }

    // ---- single-use email tokens

    /// Stores a token (and the email that carries it) for an existing account.
    pub async fn create_email_token(
        &self,
        user: UserId,
        token: &EmailToken,
        email: &OutgoingEmail,
    ) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin_write().await?;
            insert_token!(&mut *tx, user, token, now);
            crate::outbox::insert_email!(&mut *tx, email, now);
            tx.commit().await?;
        });
        Ok(())
    }

    /// Uses up a token: returns its account if the token exists, is for this purpose, has
    /// not expired and was not used before. Only one caller can ever succeed per token.
    pub async fn consume_email_token(
        &self,
        token_hash: &[u8],
        purpose: TokenPurpose,
    ) -> Result<Option<UserId>> {
        let now = now();
        let user: Option<uuid::Uuid> = on_pool!(self, pool => {
            sqlx::query_scalar(
                "UPDATE email_tokens SET used_at = $1
                 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
                 RETURNING user_id",
            )
            .bind(now)
            .bind(token_hash)
            .bind(purpose.as_str())
            .fetch_optional(pool)
            .await?
        });
        Ok(user.map(UserId))
    }

    /// Whether a token would be accepted, without using it (to show the right page).
    pub async fn email_token_is_live(&self, token_hash: &[u8], purpose: TokenPurpose) -> Result<bool> {
        let now = now();
        let count: i64 = on_pool!(self, pool => {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM email_tokens
                 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
            )
            .bind(token_hash)
            .bind(purpose.as_str())
            .bind(now)
            .fetch_one(pool)
            .await?
        });
        Ok(count > 0)
    }

    pub async fn mark_email_verified(&self, user: UserId) -> Result<()> {
        let now = now();
        on_pool!(self, pool => {
            sqlx::query(
                "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $1), updated_at = $1 WHERE id = $2",
            )
            .bind(now)
            .bind(user.0)
            .execute(pool)
            .await?;
        });
        Ok(())
    }
}
