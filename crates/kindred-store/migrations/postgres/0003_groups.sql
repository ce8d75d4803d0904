-- Groups, their members, and their versioned confidentiality agreements.
-- Lists of codes are stored as ",a,b," so one LIKE '%,a,%' finds them on both backends.
CREATE TABLE groups (
    id                  UUID PRIMARY KEY,
    slug                TEXT NOT NULL UNIQUE,
    organisation_id     UUID NOT NULL REFERENCES organisations (id),
    name                TEXT NOT NULL,
    summary             TEXT NOT NULL,
    description         TEXT NOT NULL,
    category            TEXT NOT NULL,
    conditions          TEXT NOT NULL,
    audience            TEXT NOT NULL,
    age_min             BIGINT,
    age_max             BIGINT,
    leadership          TEXT NOT NULL,
    structure           TEXT NOT NULL,
    format_name         TEXT,
    attendance          TEXT NOT NULL,
    languages           TEXT NOT NULL,
    accessibility       TEXT NOT NULL,
    venue_name          TEXT,
    venue_address       TEXT,
    venue_postcode      TEXT,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    area                TEXT NOT NULL,
    venue_visibility    TEXT NOT NULL,
    cost                TEXT NOT NULL,
    cost_note           TEXT,
    joining             TEXT NOT NULL,
    intake_questions    TEXT NOT NULL,
    capacity            BIGINT,
    status              TEXT NOT NULL,
    first_meeting       TEXT NOT NULL,
    schedule_rrule      TEXT,
    schedule_start      TEXT,
    schedule_minutes    BIGINT,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE INDEX groups_organisation ON groups (organisation_id);
CREATE INDEX groups_status_name ON groups (status, name);
CREATE INDEX groups_updated ON groups (updated_at);

CREATE TABLE group_members (
    group_id        UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    status          TEXT NOT NULL,
    -- A different display name in this group, if the member chose one.
    group_pseudonym TEXT,
    intake_answers  TEXT,
    decision_note   TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);
CREATE INDEX group_members_status ON group_members (group_id, status);

CREATE TABLE group_agreements (
    group_id    UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    version     BIGINT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (group_id, version)
);

CREATE TABLE agreement_acceptances (
    group_id    UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    version     BIGINT NOT NULL,
    accepted_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id, version)
);
CREATE INDEX agreement_acceptances_user ON agreement_acceptances (user_id);
