-- Facilitator training: one row per person and module. The course itself is data in the
-- binary (kindred-core/data/training); a row records attempts, the best score and the
-- latest pass. expires_at is the pass plus the module's expiry (NULL: never);
-- reminded_at is set when the "expires soon" email went, and cleared by a new pass.
CREATE TABLE training_progress (
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course          TEXT NOT NULL,
    module          TEXT NOT NULL,
    attempts        BIGINT NOT NULL,
    best_right      BIGINT NOT NULL,
    out_of          BIGINT NOT NULL,
    last_attempt_at BIGINT NOT NULL,
    passed_at       BIGINT,
    expires_at      BIGINT,
    reminded_at     BIGINT,
    PRIMARY KEY (user_id, course, module)
);
CREATE INDEX training_progress_expiring ON training_progress (expires_at) WHERE reminded_at IS NULL;

-- A group or a whole organisation may require its facilitators to hold a current course.
ALTER TABLE groups ADD COLUMN required_training TEXT;
ALTER TABLE organisations ADD COLUMN required_training TEXT;

-- The resource library. Codes are stored as in groups (",a,b," for lists).
CREATE TABLE resources (
    id             UUID PRIMARY KEY NOT NULL,
    slug           TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    summary        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    body_markdown  TEXT NOT NULL,
    url            TEXT,
    category       TEXT NOT NULL,
    conditions     TEXT NOT NULL,
    language       TEXT NOT NULL,
    reviewed_by    TEXT NOT NULL,
    reviewed_on    TEXT NOT NULL,
    review_due     TEXT NOT NULL,
    translation_of TEXT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL
);

CREATE TABLE group_resources (
    group_id    UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    resource_id UUID NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    added_at    BIGINT NOT NULL,
    PRIMARY KEY (group_id, resource_id)
);
