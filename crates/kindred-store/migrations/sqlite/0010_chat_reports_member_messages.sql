-- Reported live-room chat lines, and private messages between members of a group.
--
-- A room's chat is deleted when its meeting ends, so reporting a chat line keeps a snapshot
-- of it (who wrote it and the words, sealed under the group's data key like other bodies)
-- for the moderator who judges the report later. One snapshot per line, however many
-- people report it; it goes with the writer's account and when the reports are dismissed.
CREATE TABLE chat_reports (
    id         BLOB PRIMARY KEY NOT NULL,
    group_id   BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    meeting_id TEXT NOT NULL,
    line_id    INTEGER NOT NULL,
    author_id  BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_id     BLOB NOT NULL,
    body       BLOB NOT NULL,
    written_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX chat_reports_line ON chat_reports (meeting_id, line_id);
CREATE INDEX chat_reports_author ON chat_reports (author_id);

-- Members may message each other privately when their group allows it (off by default).
ALTER TABLE groups ADD COLUMN member_messages INTEGER NOT NULL DEFAULT 0;

-- One conversation per pair of people in a group, the smaller user id first. A person's
-- side becomes NULL when their account is erased; the other keeps their own words.
CREATE TABLE member_conversations (
    id         BLOB PRIMARY KEY NOT NULL,
    group_id   BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    first_id   BLOB REFERENCES users (id) ON DELETE SET NULL,
    second_id  BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    last_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX member_conversations_pair ON member_conversations (group_id, first_id, second_id);
CREATE INDEX member_conversations_second ON member_conversations (second_id, last_at);
CREATE INDEX member_conversations_first ON member_conversations (first_id, last_at);

-- Their messages, sealed like every other body. Erasing the writer deletes them.
CREATE TABLE member_messages (
    id              BLOB PRIMARY KEY NOT NULL,
    conversation_id BLOB NOT NULL REFERENCES member_conversations (id) ON DELETE CASCADE,
    group_id        BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    author_id       BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_id          BLOB NOT NULL,
    body            BLOB NOT NULL,
    safety          TEXT NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX member_messages_conversation ON member_messages (conversation_id, created_at);
CREATE INDEX member_messages_author ON member_messages (author_id, created_at);
