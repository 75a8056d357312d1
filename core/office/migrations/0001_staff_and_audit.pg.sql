-- Office schema 1 (PostgreSQL): staff accounts and the office's append-only
-- audit log; the same columns as on SQLite, in PostgreSQL's types.

CREATE TABLE staff (
    staff_id        TEXT PRIMARY KEY CHECK (length(staff_id) BETWEEN 1 AND 32),
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'reception', 'supervisor', 'administrator')),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);

CREATE TABLE audit_event (
    seq         BIGINT PRIMARY KEY CHECK (seq >= 1),
    at          TEXT NOT NULL,
    terminal_id TEXT NOT NULL,
    staff_id    TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   BYTEA NOT NULL,
    hash        BYTEA NOT NULL
);

-- Append-only for every role, the owner included: UPDATE, DELETE and
-- TRUNCATE raise. (Counter roles are not granted them either: docs/admin/office.md.)
CREATE FUNCTION kakanai_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION kakanai_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION kakanai_refuse_change();

CREATE TABLE audit_daily_digest (
    office_date TEXT PRIMARY KEY,
    last_seq    BIGINT NOT NULL,
    head_hash   BYTEA NOT NULL
);
