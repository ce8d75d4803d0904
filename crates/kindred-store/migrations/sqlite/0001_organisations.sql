-- Organisations own and list groups. Times are Unix seconds (UTC) on both backends.
CREATE TABLE organisations (
    id          BLOB PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('charity', 'nhs', 'community', 'independent')),
    website     TEXT,
    verified    INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX organisations_name ON organisations (name);
