-- Healthcare integration: referrals with a closed loop, API tokens for referrer systems,
-- verified referrers, and wellbeing check-ins. Decisions: docs/referrals.md.

-- Tokens an administrator issues to a referrer organisation's system (a GP system, a social
-- prescribing platform). Only a SHA-256 of the token is kept; it is shown once.
CREATE TABLE api_tokens (
    id            UUID PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    scopes        TEXT NOT NULL,
    token_hash    BYTEA NOT NULL UNIQUE,
    created_by    UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at    BIGINT NOT NULL,
    last_used_at  BIGINT,
    revoked_at    BIGINT
);

-- People an administrator has checked are referrers (GP, social prescriber, link worker).
CREATE TABLE referrers (
    user_id       UUID PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    role          TEXT NOT NULL,
    verified_by   UUID REFERENCES users (id) ON DELETE SET NULL,
    verified_at   BIGINT NOT NULL
);

-- A referral of a person to a group. The person's contact and the referrer's note are
-- sealed under the group's data key (AAD "referral_contacts" / "referral_notes" | id | key).
-- The invitation code is kept only as a SHA-256.
CREATE TABLE referrals (
    id                 UUID PRIMARY KEY NOT NULL,
    group_id           UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    referrer_user_id   UUID REFERENCES users (id) ON DELETE SET NULL,
    api_token_id       UUID REFERENCES api_tokens (id) ON DELETE SET NULL,
    referrer_org       TEXT NOT NULL,
    referrer_name      TEXT NOT NULL,
    intent             TEXT NOT NULL,
    key_id             UUID,
    contact            BYTEA,
    note               BYTEA,
    code_hash          BYTEA NOT NULL UNIQUE,
    person_id          UUID REFERENCES users (id) ON DELETE SET NULL,
    person_status      TEXT NOT NULL,
    group_status       TEXT NOT NULL,
    group_reason       TEXT,
    consent_joined     BIGINT NOT NULL DEFAULT 0,
    consent_attended   BIGINT NOT NULL DEFAULT 0,
    consent_six_weeks  BIGINT NOT NULL DEFAULT 0,
    consent_wellbeing  BIGINT NOT NULL DEFAULT 0,
    answered_at        BIGINT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL
);
CREATE INDEX referrals_group ON referrals (group_id, created_at);
CREATE INDEX referrals_referrer ON referrals (referrer_user_id, created_at);
CREATE INDEX referrals_token ON referrals (api_token_id, created_at);
CREATE INDEX referrals_person ON referrals (person_id);

-- What happened to a referral, in order. The referrer sees the entries consent allows.
CREATE TABLE referral_events (
    id           UUID PRIMARY KEY NOT NULL,
    referral_id  UUID NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL,
    at           BIGINT NOT NULL
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);

-- ONS personal wellbeing questions, 0 to 10 each. group_id says which group the person was
-- in when they answered (for aggregates); NULL when they had left.
CREATE TABLE wellbeing_checkins (
    id                 UUID PRIMARY KEY NOT NULL,
    user_id            UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id           UUID REFERENCES groups (id) ON DELETE SET NULL,
    life_satisfaction  BIGINT NOT NULL,
    worthwhile         BIGINT NOT NULL,
    happiness          BIGINT NOT NULL,
    anxiety            BIGINT NOT NULL,
    at                 BIGINT NOT NULL
);
CREATE INDEX wellbeing_checkins_user ON wellbeing_checkins (user_id, at);
CREATE INDEX wellbeing_checkins_group ON wellbeing_checkins (group_id, at);
