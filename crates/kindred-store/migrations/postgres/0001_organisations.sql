-- Organisations own and list groups. Times are Unix seconds (UTC) on both backends.
CREATE TABLE organisations (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('charity', 'nhs', 'community', 'independent')),
    website     TEXT,
    verified    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE INDEX organisations_name ON organisations (name);
