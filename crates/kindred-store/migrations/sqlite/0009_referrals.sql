-- Healthcare integration: referrals with a closed loop, API tokens for referrer systems,
-- verified referrers, and wellbeing check-ins. Decisions: docs/referrals.md.

-- Tokens an administrator issues to a referrer organisation's system (a GP system, a social
-- prescribing platform). Only a SHA-256 of the token is kept; it is shown once.
CREATE TABLE api_tokens (
    id            BLOB PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    scopes        TEXT NOT NULL,
    token_hash    BLOB NOT NULL UNIQUE,
    created_by    BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
);

-- People an administrator has checked are referrers (GP, social prescriber, link worker).
CREATE TABLE referrers (
    user_id       BLOB PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation  TEXT NOT NULL,
    role          TEXT NOT NULL,
    verified_by   BLOB REFERENCES users (id) ON DELETE SET NULL,
    verified_at   INTEGER NOT NULL
);

-- A referral of a person to a group. The person's contact and the referrer's note are
-- sealed under the group's data key (AAD "referral_contacts" / "referral_notes" | id | key).
-- The invitation code is kept only as a SHA-256.
CREATE TABLE referrals (
    id                 BLOB PRIMARY KEY NOT NULL,
    group_id           BLOB NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    referrer_user_id   BLOB REFERENCES users (id) ON DELETE SET NULL,
    api_token_id       BLOB REFERENCES api_tokens (id) ON DELETE SET NULL,
    referrer_org       TEXT NOT NULL,
    referrer_name      TEXT NOT NULL,
    intent             TEXT NOT NULL,
    key_id             BLOB,
    contact            BLOB,
    note               BLOB,
    code_hash          BLOB NOT NULL UNIQUE,
    person_id          BLOB REFERENCES users (id) ON DELETE SET NULL,
    person_status      TEXT NOT NULL,
    group_status       TEXT NOT NULL,
    group_reason       TEXT,
    consent_joined     INTEGER NOT NULL DEFAULT 0,
    consent_attended   INTEGER NOT NULL DEFAULT 0,
    consent_six_weeks  INTEGER NOT NULL DEFAULT 0,
    consent_wellbeing  INTEGER NOT NULL DEFAULT 0,
    answered_at        INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX referrals_group ON referrals (group_id, created_at);
CREATE INDEX referrals_referrer ON referrals (referrer_user_id, created_at);
CREATE INDEX referrals_token ON referrals (api_token_id, created_at);
CREATE INDEX referrals_person ON referrals (person_id);

-- What happened to a referral, in order. The referrer sees the entries consent allows.
CREATE TABLE referral_events (
    id           BLOB PRIMARY KEY NOT NULL,
    referral_id  BLOB NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL,
    at           INTEGER NOT NULL
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);

-- ONS personal wellbeing questions, 0 to 10 each. group_id says which group the person was
-- in when they answered (for aggregates); NULL when they had left.
CREATE TABLE wellbeing_checkins (
    id                 BLOB PRIMARY KEY NOT NULL,
    user_id            BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id           BLOB REFERENCES groups (id) ON DELETE SET NULL,
    life_satisfaction  INTEGER NOT NULL,
    worthwhile         INTEGER NOT NULL,
    happiness          INTEGER NOT NULL,
    anxiety            INTEGER NOT NULL,
    at                 INTEGER NOT NULL
);
CREATE INDEX wellbeing_checkins_user ON wellbeing_checkins (user_id, at);
CREATE INDEX wellbeing_checkins_group ON wellbeing_checkins (group_id, at);
