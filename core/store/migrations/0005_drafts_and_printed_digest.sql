-- Schema 5: drafts of open visits, and the paper each record was signed on.
--
-- visit_draft: one open visit per clerk, saved as the clerk works so that a
-- crash, a power cut or a killed process loses nothing (docs/outbox.md,
-- "Drafts"). The payload is the draft document, encrypted like a record
-- (RecordCipher, with draft_id as associated data). Deleted when the visit is
-- completed or cancelled, and purged after the retention period.
CREATE TABLE visit_draft (
    staff_id    TEXT PRIMARY KEY NOT NULL,   -- whose open visit ('' when nobody signs in: tools, tests)
    draft_id    TEXT NOT NULL UNIQUE,        -- UUID; the cipher's associated data
    updated_at  TEXT NOT NULL,               -- ISO 8601 UTC
    payload     BLOB NOT NULL
) WITHOUT ROWID;

CREATE INDEX visit_draft_updated_at ON visit_draft (updated_at);

-- The SHA-256 (lowercase hex) of the record document as it was printed for the
-- citizen's signature; the stored record is that document. NULL for records
-- queued without printing (kakanai-cli outbox enqueue, tests).
ALTER TABLE record ADD COLUMN printed_digest TEXT
    CHECK (printed_digest IS NULL OR length(printed_digest) = 64);
