-- Schema 6: a record that can no longer be opened (its sealed bytes were
-- changed on disk, or its record row is gone) gets the outbox state
-- 'damaged' instead of staying 'pending' for ever (docs/outbox.md, "Damaged
-- records"). SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt as https://sqlite.org/lang_altertable.html#otheralter describes.
-- Nothing references outbox, so the rebuild needs no foreign-key pause.
CREATE TABLE outbox_v6 (
    uuid             TEXT PRIMARY KEY NOT NULL REFERENCES record (uuid) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,            -- queued at, ISO 8601 UTC
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'sent', 'rejected', 'damaged')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TEXT NOT NULL,            -- ISO 8601 UTC; due when <= now
    last_http_status INTEGER,                  -- NULL: no HTTP answer (network error) or never tried
    last_error       TEXT,                     -- the back office's message, or what went wrong
    sent_at          TEXT,
    verify_first     INTEGER NOT NULL DEFAULT 0 CHECK (verify_first IN (0, 1)),
                                               -- 1: unknown whether stored; GET /records/{key} before POST
    CHECK (state <> 'sent' OR sent_at IS NOT NULL)
) WITHOUT ROWID;

INSERT INTO outbox_v6 (uuid, created_at, state, attempts, next_attempt_at, last_http_status, last_error, sent_at, verify_first)
    SELECT uuid, created_at, state, attempts, next_attempt_at, last_http_status, last_error, sent_at, verify_first FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_v6 RENAME TO outbox;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_created_at ON outbox (created_at);
