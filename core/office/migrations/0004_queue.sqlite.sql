-- Office schema 4 (SQLite): the ticket queue (docs/queue.md).
--
-- Times are milliseconds since 1970-01-01 UTC (INTEGER): statistics over a
-- year of tickets read plain numbers. office_date is the office's local date
-- (office/timeZone) the ticket was issued on.
--
-- Invariants held here, not in the program:
--  - one number per series and office day (UNIQUE; daily_number gives them out);
--  - a counter has at most one ticket called or being served (partial UNIQUE),
--    so a ticket can never be called by two counters;
--  - a called or served ticket names its counter (CHECK).

-- Ticket categories: letter, number band, names, and the procedures of the
-- 手続ナビ (form ids, space separated) that send a citizen to them.
CREATE TABLE queue_category (
    code         TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 24),
    prefix       TEXT NOT NULL UNIQUE CHECK (length(prefix) BETWEEN 1 AND 2),
    first_number INTEGER NOT NULL CHECK (first_number BETWEEN 0 AND 9999),
    last_number  INTEGER NOT NULL CHECK (last_number BETWEEN first_number AND 9999),
    name_ja      TEXT NOT NULL CHECK (length(name_ja) BETWEEN 1 AND 40),
    name_en      TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 60),
    procedures   TEXT NOT NULL DEFAULT '',
    sort_order   INTEGER NOT NULL DEFAULT 0,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) WITHOUT ROWID;

INSERT INTO queue_category (code, prefix, first_number, last_number, name_ja, name_en, procedures, sort_order) VALUES
    ('certificates', 'A', 1, 499, '証明書', 'Certificates', 'juminhyo-request inkan-certificate', 1),
    ('moves', 'B', 500, 799, '転入・転出・届出', 'Moves and registrations',
     'jumin-ido inkan-registration nhi-change child-allowance care-certification mynumber-pin-reset', 2),
    ('special', 'C', 800, 999, '戸籍・おくやみ・その他', 'Family register, bereavement, other',
     'koseki-certificate disaster-certificate', 3);

-- Counters (窓口): which categories each serves (codes, space separated;
-- empty: all) and whether someone is at it. The open ones are the staff on
-- duty that the wait estimate divides by and the events record.
CREATE TABLE queue_counter (
    counter_id  TEXT PRIMARY KEY CHECK (length(counter_id) BETWEEN 1 AND 16),
    name_ja     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    categories  TEXT NOT NULL DEFAULT '',
    is_open     INTEGER NOT NULL DEFAULT 0 CHECK (is_open IN (0, 1)),
    staff_id    TEXT,
    terminal_id TEXT,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE ticket (
    ticket_id          TEXT PRIMARY KEY CHECK (length(ticket_id) = 36),
    office_date        TEXT NOT NULL CHECK (length(office_date) = 10),
    series             TEXT NOT NULL,  -- the category whose band gave the number; kept on transfer
    number             INTEGER NOT NULL,
    display            TEXT NOT NULL,  -- "A012"
    category           TEXT NOT NULL REFERENCES queue_category (code),
    procedures         TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL CHECK (state IN ('pending', 'waiting', 'called', 'serving', 'done', 'no-show', 'cancelled')),
    priority           INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 2),  -- 0 none, 1 accessibility, 2 appointment
    issued_at          INTEGER NOT NULL,
    arrival_at         INTEGER NOT NULL,  -- its place in the queue; a transfer keeps it
    call_count         INTEGER NOT NULL DEFAULT 0 CHECK (call_count >= 0),
    counter_id         TEXT,              -- calling or serving it; afterwards the counter of the outcome
    target_counter     TEXT,              -- transferred to one counter: only that one calls it
    staff_id           TEXT,
    first_called_at    INTEGER,
    last_called_at     INTEGER,
    service_started_at INTEGER,
    finished_at        INTEGER,
    staff_on_duty      INTEGER NOT NULL DEFAULT 0 CHECK (staff_on_duty >= 0),
    estimated_wait_s   INTEGER,           -- the estimate the citizen was given
    printed            INTEGER NOT NULL DEFAULT 0 CHECK (printed IN (0, 1)),
    visit_id           TEXT,
    outcome_detail     TEXT NOT NULL DEFAULT '',
    UNIQUE (series, office_date, number),
    CHECK (state NOT IN ('called', 'serving') OR counter_id IS NOT NULL)
);
CREATE UNIQUE INDEX ticket_one_per_counter ON ticket (counter_id) WHERE state IN ('called', 'serving');
CREATE INDEX ticket_open ON ticket (office_date, state, category, priority, arrival_at);
CREATE INDEX ticket_by_date ON ticket (office_date);

-- Every transition, with time, counter, staff and staff on duty.
CREATE TABLE ticket_event (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id     TEXT NOT NULL REFERENCES ticket (ticket_id),
    at            INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('issued', 'confirmed', 'called', 'recalled', 'started', 'done', 'absent', 'no-show',
                                                'transferred', 'cancelled', 'reprinted', 'linked')),
    from_state    TEXT,
    to_state      TEXT NOT NULL,
    category      TEXT NOT NULL,
    counter_id    TEXT,
    staff_id      TEXT,
    terminal_id   TEXT,
    staff_on_duty INTEGER NOT NULL DEFAULT 0,
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_event_by_ticket ON ticket_event (ticket_id, seq);

-- Kept: events are the queue's history.
CREATE TRIGGER ticket_event_no_update BEFORE UPDATE ON ticket_event
BEGIN
    SELECT RAISE(ABORT, 'ticket events are kept as written');
END;
CREATE TRIGGER ticket_event_no_delete BEFORE DELETE ON ticket_event
BEGIN
    SELECT RAISE(ABORT, 'ticket events are kept as written');
END;

CREATE TRIGGER ticket_changed_insert AFTER INSERT ON ticket
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('ticket', NEW.ticket_id);
END;
CREATE TRIGGER ticket_changed_update AFTER UPDATE ON ticket
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('ticket', NEW.ticket_id);
END;
CREATE TRIGGER queue_counter_changed_insert AFTER INSERT ON queue_counter
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('queue_counter', NEW.counter_id);
END;
CREATE TRIGGER queue_counter_changed_update AFTER UPDATE ON queue_counter
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('queue_counter', NEW.counter_id);
END;
CREATE TRIGGER queue_category_changed_insert AFTER INSERT ON queue_category
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('queue_category', NEW.code);
END;
CREATE TRIGGER queue_category_changed_update AFTER UPDATE ON queue_category
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('queue_category', NEW.code);
END;
