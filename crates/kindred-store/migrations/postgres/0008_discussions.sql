-- Discussions, private messages, debrief notes, crisis alerts and moderation.
--
-- Bodies (thread titles, posts, messages, notes) are stored sealed (XChaCha20-Poly1305)
-- under their group's or organisation's data key; data keys are stored wrapped by a master
-- key that never reaches the database (crates/kindred-store/src/keys.rs). Deleting a group
-- deletes its key (crypto-shredding).
CREATE TABLE data_keys (
    id              UUID PRIMARY KEY NOT NULL,
    group_id        UUID UNIQUE REFERENCES groups (id) ON DELETE CASCADE,
    organisation_id UUID UNIQUE REFERENCES organisations (id) ON DELETE CASCADE,
    master_id       TEXT NOT NULL,
    wrapped         BYTEA NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX data_keys_master ON data_keys (master_id);

-- A board is a group's (its members) or an organisation's (its facilitators only).
CREATE TABLE threads (
    id              UUID PRIMARY KEY NOT NULL,
    group_id        UUID REFERENCES groups (id) ON DELETE CASCADE,
    organisation_id UUID REFERENCES organisations (id) ON DELETE CASCADE,
    author_id       UUID REFERENCES users (id) ON DELETE SET NULL,
    anonymous       BIGINT NOT NULL DEFAULT 0,
    key_id          UUID NOT NULL,
    title           BYTEA NOT NULL,
    post_count      BIGINT NOT NULL DEFAULT 0,
    last_post_at    BIGINT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX threads_group ON threads (group_id, last_post_at);
CREATE INDEX threads_organisation ON threads (organisation_id, last_post_at);

-- Posts: the opening post and the replies. hidden_reason: moderator, reports, held, watched.
CREATE TABLE posts (
    id              UUID PRIMARY KEY NOT NULL,
    thread_id       UUID NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id       UUID REFERENCES users (id) ON DELETE SET NULL,
    anonymous       BIGINT NOT NULL DEFAULT 0,
    key_id          UUID NOT NULL,
    body            BYTEA NOT NULL,
    content_warning TEXT,
    safety          TEXT NOT NULL,
    hidden_at       BIGINT,
    hidden_reason   TEXT,
    edited_at       BIGINT,
    deleted_at      BIGINT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX posts_thread ON posts (thread_id, created_at);
CREATE INDEX posts_author ON posts (author_id, created_at);

-- Earlier versions of edited posts, for moderators.
CREATE TABLE post_edits (
    id          UUID PRIMARY KEY NOT NULL,
    post_id     UUID NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    key_id      UUID NOT NULL,
    body        BYTEA NOT NULL,
    replaced_at BIGINT NOT NULL
);
CREATE INDEX post_edits_post ON post_edits (post_id, replaced_at);

CREATE TABLE reactions (
    post_id    UUID NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id, kind)
);

CREATE TABLE thread_reads (
    thread_id UUID NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id   UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    read_at   BIGINT NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);

-- A member's conversation with their group's facilitators.
CREATE TABLE private_messages (
    id         UUID PRIMARY KEY NOT NULL,
    group_id   UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    member_id  UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author_id  UUID REFERENCES users (id) ON DELETE SET NULL,
    key_id     UUID NOT NULL,
    body       BYTEA NOT NULL,
    safety     TEXT NOT NULL,
    hidden_at  BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX private_messages_conversation ON private_messages (group_id, member_id, created_at);

-- Facilitators' private notes after a meeting.
CREATE TABLE debrief_notes (
    id         UUID PRIMARY KEY NOT NULL,
    group_id   UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    author_id  UUID REFERENCES users (id) ON DELETE SET NULL,
    key_id     UUID NOT NULL,
    body       BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX debrief_notes_meeting ON debrief_notes (group_id, meeting_id, created_at);

-- Crisis alerts raised by the screen, open until a person marks them handled. No text:
-- the source is a reference, the reasons are codes.
CREATE TABLE safety_alerts (
    id           UUID PRIMARY KEY NOT NULL,
    group_id     UUID REFERENCES groups (id) ON DELETE CASCADE,
    organisation_id UUID REFERENCES organisations (id) ON DELETE CASCADE,
    source_kind  TEXT NOT NULL,
    source_id    TEXT NOT NULL,
    author_id    UUID REFERENCES users (id) ON DELETE SET NULL,
    level        TEXT NOT NULL,
    reasons      TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    handled_at   BIGINT,
    handled_by   UUID REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX safety_alerts_open ON safety_alerts (handled_at, created_at);

-- Reports by members. target_kind: post, message, user. reason: a code.
CREATE TABLE reports (
    id          UUID PRIMARY KEY NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    group_id    UUID REFERENCES groups (id) ON DELETE CASCADE,
    reporter_id UUID REFERENCES users (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by UUID REFERENCES users (id) ON DELETE SET NULL,
    outcome     TEXT
);
CREATE UNIQUE INDEX reports_once ON reports (target_kind, target_id, reporter_id);
CREATE INDEX reports_open ON reports (resolved_at, created_at);

-- Warnings, suspensions (until NULL = permanent) and group bans, with the member's appeal.
CREATE TABLE sanctions (
    id             UUID PRIMARY KEY NOT NULL,
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    group_id       UUID REFERENCES groups (id) ON DELETE CASCADE,
    starts_at      BIGINT NOT NULL,
    until          BIGINT,
    reason         TEXT NOT NULL,
    created_by     UUID REFERENCES users (id) ON DELETE SET NULL,
    appeal         TEXT,
    appealed_at    BIGINT,
    appeal_outcome TEXT,
    lifted_at      BIGINT
);
CREATE INDEX sanctions_user ON sanctions (user_id, starts_at);

-- Words a group (or, with no group, the whole site) watches for: block, hold or flag.
CREATE TABLE watched_words (
    id         UUID PRIMARY KEY NOT NULL,
    group_id   UUID REFERENCES groups (id) ON DELETE CASCADE,
    word       TEXT NOT NULL,
    action     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Every moderator and administrator action. Append-only: triggers refuse changes.
-- actor_id is kept (without a foreign key) after the actor's account is erased, for
-- accountability; it names no one by itself.
CREATE TABLE audit_log (
    id          UUID PRIMARY KEY NOT NULL,
    at          BIGINT NOT NULL,
    actor_id    UUID,
    action      TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);

ALTER TABLE users ADD COLUMN on_duty_until BIGINT;
ALTER TABLE groups ADD COLUMN board_public BIGINT NOT NULL DEFAULT 0;
-- The optional daily email digest of new posts (counts and links, never the words).
ALTER TABLE users ADD COLUMN discussion_digest BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN digest_sent_at BIGINT;

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
