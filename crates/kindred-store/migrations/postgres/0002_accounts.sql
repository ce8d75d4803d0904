-- Accounts, sessions, single-use email tokens, organisation roles, and the email outbox.
CREATE TABLE users (
    id                  UUID PRIMARY KEY,
    -- Normalised (trimmed, lower-case); never shown to other users.
    email               TEXT NOT NULL UNIQUE,
    email_verified_at   BIGINT,
    -- Argon2id PHC string; the password itself is never stored.
    password_hash       TEXT NOT NULL,
    pseudonym           TEXT NOT NULL,
    platform_role       TEXT CHECK (platform_role IN ('admin', 'moderator')),
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);

-- Only a hash of each session token is stored, so a copy of the database cannot sign in.
CREATE TABLE sessions (
    token_hash      BYTEA PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      BIGINT NOT NULL,
    last_seen_at    BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE email_tokens (
    token_hash      BYTEA PRIMARY KEY,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT
);
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

CREATE TABLE organisation_roles (
    organisation_id UUID NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('organiser')),
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_roles_user ON organisation_roles (user_id);

-- Side effects that must survive a crash: claimed by one worker at a time, retried with
-- back-off. The body is cleared once sent, so links in emails do not linger.
CREATE TABLE outbox (
    id              UUID PRIMARY KEY,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT,
    sent_at         BIGINT,
    failed_at       BIGINT,
    last_error      TEXT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
