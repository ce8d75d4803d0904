-- Commissioners: people an organisation lets see its outcome aggregates (totals with
-- small numbers suppressed, never a person). Granted by the organisation's organisers or an
-- administrator.
CREATE TABLE commissioners (
    organisation_id BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id         BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    granted_by      BLOB REFERENCES users (id) ON DELETE SET NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX commissioners_user ON commissioners (user_id);
