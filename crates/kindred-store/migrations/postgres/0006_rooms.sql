-- Live meeting rooms. A room's state is the fold of its event log; every instance applies
-- the log in `seq` order, so none holds state the others cannot see. `last_seq` is the
-- room's counter (bumped under the write lock, so sequence order is commit order). A
-- snapshot of the state every few hundred events keeps loading short. The log, which holds
-- the chat, lives only as long as the meeting: ending the room (or the sweep after
-- `close_after`) deletes it and keeps only `summary`, aggregates without content.
CREATE TABLE rooms (
    id           TEXT PRIMARY KEY NOT NULL,
    series_id    UUID NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    occurs_on    TEXT NOT NULL,
    last_seq     BIGINT NOT NULL DEFAULT 0,
    snapshot     TEXT,
    snapshot_seq BIGINT NOT NULL DEFAULT 0,
    close_after  BIGINT NOT NULL,
    ended_at     BIGINT,
    summary      TEXT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX rooms_series ON rooms (series_id, occurs_on);
CREATE INDEX rooms_open ON rooms (close_after) WHERE ended_at IS NULL;

CREATE TABLE room_events (
    room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
    seq     BIGINT NOT NULL,
    at_ms   BIGINT NOT NULL,
    event   TEXT NOT NULL,
    PRIMARY KEY (room_id, seq)
);

-- Instances serving rooms, with a heartbeat. Connections are named `<instance>:<n>`; when
-- an instance stops beating (a crash, a restart), another removes its connections from
-- every open room, so nobody stays "present" for ever.
CREATE TABLE room_instances (
    id      TEXT PRIMARY KEY NOT NULL,
    seen_at BIGINT NOT NULL
);

-- Attendance recorded by the live room: first joined, last left, seconds present.
ALTER TABLE meeting_attendance ADD COLUMN joined_at BIGINT;
ALTER TABLE meeting_attendance ADD COLUMN left_at BIGINT;
ALTER TABLE meeting_attendance ADD COLUMN seconds_present BIGINT NOT NULL DEFAULT 0;
