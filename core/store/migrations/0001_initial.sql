-- Schema 1: facts about this store, and completed records.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A completed visit. The payload is the versioned record document; from the
-- outbox issue on it is stored encrypted.
CREATE TABLE record (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,            -- ISO 8601, UTC
    kind        TEXT NOT NULL,
    payload     BLOB NOT NULL
);
