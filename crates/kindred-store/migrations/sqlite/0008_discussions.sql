-- Discussions, private messages, debrief notes, crisis alerts and moderation.
--
-- Bodies (thread titles, posts, messages, notes) are stored sealed (XChaCha20-Poly1305)
-- under their group's or organisation's data key; data keys are stored wrapped by a master
-- key that never reaches the database (crates/kindred-store/src/keys.rs). Deleting a group
-- deletes its key (crypto-shredding).
CREATE TABLE data_keys (
    id              BLOB PRIMARY KEY NOT NULL,
    group_id        BLOB UNIQUE REFERENCES groups (id) ON DELETE CASCADE,
    organisation_id BLOB UNIQUE REFERENCES organisations (id) ON DELETE CASCADE,
    master_id       TEXT NOT NULL,
    wrapped         BLOB NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX data_keys_master ON data_keys (master_id);

-- A board is a group's (its members) or an organisation's (its facilitators only).
CREATE TABLE threads (
    id              BLOB PRIMARY KEY NOT NULL,
    group_id        BLOB REFERENCES groups (id) ON DELETE CASCADE,
    organisation_id BLOB REFERENCES organisations (id) ON DELETE CASCADE,
    author_id       BLOB REFERENCES users (id) ON DELETE SET NULL,
    anonymous       INTEGER NOT NULL DEFAULT 0,
    key_id          BLOB NOT NULL,
    title           BLOB NOT NULL,
    post_count      INTEGER NOT NULL DEFAULT 0,
    last_post_at    INTEGER NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX threads_group ON threads (group_id, last_post_at);
CREATE INDEX threads_organisation ON threads (organisation_id, last_post_at);

-- Posts: the opening post and the replies. hidden_reason: moderator, reports, held, watched.
CREATE TABLE posts (
    id              BLOB PRIMARY KEY NOT NULL,
    thread_id       BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id       BLOB REFERENCES users (id) ON DELETE SET NULL,
    anonymous       INTEGER NOT NULL DEFAULT 0,
    key_id          BLOB NOT NULL,
    body            BLOB NOT NULL,
    content_warning TEXT,
    safety          TEXT NOT NULL,
    hidden_at       INTEGER,
    hidden_reason   TEXT,
    edited_at       INTEGER,
    deleted_at      INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX posts_thread ON posts (thread_id, created_at);
CREATE INDEX posts_author ON posts (author_id, created_at);

-- Earlier versions of edited posts, for moderators.
CREATE TABLE post_edits (
    id          BLOB PRIMARY KEY NOT NULL,
    post_id     BLOB NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    key_id      BLOB NOT NULL,
    body        BLOB NOT NULL,
    replaced_at INTEGER NOT NULL
);
CREATE INDEX post_edits_post ON post_edits (post_id, replaced_at);

CREATE TABLE reactions (
    post_id    BLOB NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id    BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (post_id, user_id, kind)
);

CREATE TABLE thread_reads (
    thread_id BLOB NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id   BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    read_at   INTEGER NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);

-- A member's conversation with their group's facilitators.
CREATE TABLE private_messages (
    id         BLOB PRIMARY KEY NOT NULL,
    group_id   BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    member_id  BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author_id  BLOB REFERENCES users (id) ON DELETE SET NULL,
    key_id     BLOB NOT NULL,
    body       BLOB NOT NULL,
    safety     TEXT NOT NULL,
    hidden_at  INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX private_messages_conversation ON private_messages (group_id, member_id, created_at);

-- Facilitators' private notes after a meeting.
CREATE TABLE debrief_notes (
    id         BLOB PRIMARY KEY NOT NULL,
    group_id   BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    author_id  BLOB REFERENCES users (id) ON DELETE SET NULL,
    key_id     BLOB NOT NULL,
    body       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX debrief_notes_meeting ON debrief_notes (group_id, meeting_id, created_at);

-- Crisis alerts raised by the screen, open until a person marks them handled. No text:
-- the source is a reference, the reasons are codes.
CREATE TABLE safety_alerts (
    id           BLOB PRIMARY KEY NOT NULL,
    group_id     BLOB REFERENCES groups (id) ON DELETE CASCADE,
    organisation_id BLOB REFERENCES organisations (id) ON DELETE CASCADE,
    source_kind  TEXT NOT NULL,
    source_id    TEXT NOT NULL,
    author_id    BLOB REFERENCES users (id) ON DELETE SET NULL,
    level        TEXT NOT NULL,
    reasons      TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    handled_at   INTEGER,
    handled_by   BLOB REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX safety_alerts_open ON safety_alerts (handled_at, created_at);

-- Reports by members. target_kind: post, message, user. reason: a code.
CREATE TABLE reports (
    id          BLOB PRIMARY KEY NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    group_id    BLOB REFERENCES groups (id) ON DELETE CASCADE,
    reporter_id BLOB REFERENCES users (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by BLOB REFERENCES users (id) ON DELETE SET NULL,
    outcome     TEXT
);
CREATE UNIQUE INDEX reports_once ON reports (target_kind, target_id, reporter_id);
CREATE INDEX reports_open ON reports (resolved_at, created_at);

-- Warnings, suspensions (until NULL = permanent) and group bans, with the member's appeal.
CREATE TABLE sanctions (
    id             BLOB PRIMARY KEY NOT NULL,
    user_id        BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    group_id       BLOB REFERENCES groups (id) ON DELETE CASCADE,
    starts_at      INTEGER NOT NULL,
    until          INTEGER,
    reason         TEXT NOT NULL,
    created_by     BLOB REFERENCES users (id) ON DELETE SET NULL,
    appeal         TEXT,
    appealed_at    INTEGER,
    appeal_outcome TEXT,
    lifted_at      INTEGER
);
CREATE INDEX sanctions_user ON sanctions (user_id, starts_at);

-- Words a group (or, with no group, the whole site) watches for: block, hold or flag.
CREATE TABLE watched_words (
    id         BLOB PRIMARY KEY NOT NULL,
    group_id   BLOB REFERENCES groups (id) ON DELETE CASCADE,
    word       TEXT NOT NULL,
    action     TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Every moderator and administrator action. Append-only: triggers refuse changes.
-- actor_id is kept (without a foreign key) after the actor's account is erased, for
-- accountability; it names no one by itself.
CREATE TABLE audit_log (
    id          BLOB PRIMARY KEY NOT NULL,
    at          INTEGER NOT NULL,
    actor_id    BLOB,
    action      TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

ALTER TABLE users ADD COLUMN on_duty_until INTEGER;
ALTER TABLE groups ADD COLUMN board_public INTEGER NOT NULL DEFAULT 0;
-- The optional daily email digest of new posts (counts and links, never the words).
ALTER TABLE users ADD COLUMN discussion_digest INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN digest_sent_at INTEGER;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
