-- Meetings: series (one meeting or a recurring run), exceptions to a run, replies with a
-- waitlist, attendance, agenda formats, reminders already queued, and the member's
-- meeting preferences. One meeting is (series_id, occurs_on): the local date the rule gave
-- it, as YYYY-MM-DD. Local date-times are stored as text (YYYY-MM-DDTHH:MM:SS) with the
-- series' zone, because a meeting keeps its wall-clock time when the clocks change.
CREATE TABLE meeting_formats (
    id          BLOB PRIMARY KEY NOT NULL,
    group_id    BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    segments    TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX meeting_formats_group ON meeting_formats (group_id);

CREATE TABLE meeting_series (
    id                  BLOB PRIMARY KEY NOT NULL,
    group_id            BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    title               TEXT,
    starts_local        TEXT NOT NULL,
    duration_minutes    INTEGER NOT NULL,
    timezone            TEXT NOT NULL,
    rrule               TEXT,
    ends_on             TEXT,
    place               TEXT NOT NULL,
    venue               TEXT,
    online              TEXT,
    link_opens_minutes  INTEGER NOT NULL,
    capacity            INTEGER,
    format              TEXT,
    sequence            INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
) STRICT;
CREATE INDEX meeting_series_group ON meeting_series (group_id);

CREATE TABLE meeting_exceptions (
    series_id   BLOB NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    occurs_on   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('cancelled', 'moved')),
    reason      TEXT,
    moved_to    TEXT,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (series_id, occurs_on)
) STRICT;

CREATE TABLE meeting_replies (
    series_id   BLOB NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    occurs_on   TEXT NOT NULL,
    user_id     BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reply       TEXT NOT NULL CHECK (reply IN ('going', 'waitlisted', 'not_going')),
    -- Waitlist order: when the reply last changed.
    replied_at  INTEGER NOT NULL,
    PRIMARY KEY (series_id, occurs_on, user_id)
) STRICT;
CREATE INDEX meeting_replies_user ON meeting_replies (user_id);

CREATE TABLE meeting_attendance (
    series_id   BLOB NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    occurs_on   TEXT NOT NULL,
    user_id     BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('facilitator', 'live_room')),
    marked_at   INTEGER NOT NULL,
    PRIMARY KEY (series_id, occurs_on, user_id)
) STRICT;
CREATE INDEX meeting_attendance_user ON meeting_attendance (user_id);

-- One row per reminder queued, written in the same transaction as the email, so a
-- restart never sends a reminder twice nor forgets one.
CREATE TABLE meeting_reminders (
    series_id   BLOB NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    occurs_on   TEXT NOT NULL,
    user_id     BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    minutes_before INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (series_id, occurs_on, user_id, minutes_before)
) STRICT;
CREATE INDEX meeting_reminders_user ON meeting_reminders (user_id);

-- Meeting emails on or off; the token in every email's unsubscribe link (it can only
-- turn these emails off); the hash of the personal calendar feed's secret; the language
-- emails are written in.
ALTER TABLE users ADD COLUMN meeting_emails INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN unsubscribe_token TEXT;
ALTER TABLE users ADD COLUMN calendar_token_hash BLOB;
ALTER TABLE users ADD COLUMN locale TEXT;
CREATE UNIQUE INDEX users_unsubscribe_token ON users (unsubscribe_token);
CREATE UNIQUE INDEX users_calendar_token ON users (calendar_token_hash);
