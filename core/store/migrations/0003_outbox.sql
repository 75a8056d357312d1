-- Schema 3: the outbox. One row per completed record on its way to the back
-- office (docs/outbox.md). The record document itself stays in
-- record.payload, encrypted (core/outbox/RecordCipher). uuid is the record's
-- id and the Idempotency-Key of every attempt to send it.
CREATE TABLE outbox (
    uuid             TEXT PRIMARY KEY NOT NULL REFERENCES record (uuid) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,            -- queued at, ISO 8601 UTC
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'sent', 'rejected')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TEXT NOT NULL,            -- ISO 8601 UTC; due when <= now
    last_http_status INTEGER,                  -- NULL: no HTTP answer (network error) or never tried
    last_error       TEXT,                     -- the back office's message, or what went wrong
    sent_at          TEXT,
    verify_first     INTEGER NOT NULL DEFAULT 0 CHECK (verify_first IN (0, 1)),
                                               -- 1: unknown whether stored; GET /records/{key} before POST
    CHECK (state <> 'sent' OR sent_at IS NOT NULL)
) WITHOUT ROWID;

CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_created_at ON outbox (created_at);
