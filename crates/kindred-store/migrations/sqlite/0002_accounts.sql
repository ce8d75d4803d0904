-- Accounts, sessions, single-use email tokens, organisation roles, and the email outbox.
CREATE TABLE users (
    id                  BLOB PRIMARY KEY NOT NULL,
    -- Normalised (trimmed, lower-case); never shown to other users.
    email               TEXT NOT NULL UNIQUE,
    email_verified_at   INTEGER,
    -- Argon2id PHC string; the password itself is never stored.
    password_hash       TEXT NOT NULL,
    pseudonym           TEXT NOT NULL,
    platform_role       TEXT CHECK (platform_role IN ('admin', 'moderator')),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
) STRICT;

-- Only a hash of each session token is stored, so a copy of the database cannot sign in.
CREATE TABLE sessions (
    token_hash      BLOB PRIMARY KEY NOT NULL,
    user_id         BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    last_seen_at    INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE email_tokens (
    token_hash      BLOB PRIMARY KEY NOT NULL,
    user_id         BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER
) STRICT;
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

CREATE TABLE organisation_roles (
    organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('organiser')),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
) STRICT;
CREATE INDEX organisation_roles_user ON organisation_roles (user_id);

-- Side effects that must survive a crash: claimed by one worker at a time, retried with
-- back-off. The body is cleared once sent, so links in emails do not linger.
CREATE TABLE outbox (
    id              BLOB PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER,
    sent_at         INTEGER,
    failed_at       INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
