-- Office schema 1 (SQLite): staff accounts and the office's append-only
-- audit log, the same tables the PC's local store had (its schema 4), so that
-- `kakanai-cli office import-local` copies them row for row.

CREATE TABLE staff (
    staff_id        TEXT PRIMARY KEY NOT NULL CHECK (length(staff_id) BETWEEN 1 AND 32),
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'reception', 'supervisor', 'administrator')),
    password_hash   TEXT NOT NULL,            -- libsodium crypto_pwhash_str (argon2id)
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,                     -- ISO 8601 UTC; NULL = not locked
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
) WITHOUT ROWID;

-- Who did what, where and when — never the personal data itself. Each entry
-- carries the hash of the one before (docs/security.md). seq is the primary
-- key: two PCs appending at once cannot both take the same place in the chain.
CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY CHECK (seq >= 1),
    at          TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    staff_id    TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit_event is append-only');
END;

CREATE TABLE audit_daily_digest (
    office_date TEXT PRIMARY KEY NOT NULL,
    last_seq    INTEGER NOT NULL,
    head_hash   BLOB NOT NULL
) WITHOUT ROWID;
