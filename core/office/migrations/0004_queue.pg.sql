-- Office schema 4 (PostgreSQL): the ticket queue (docs/queue.md). The same
-- tables, keys and checks as the SQLite file beside this one, which explains
-- them; times are milliseconds since 1970-01-01 UTC (BIGINT).

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
);

INSERT INTO queue_category (code, prefix, first_number, last_number, name_ja, name_en, procedures, sort_order) VALUES
    ('certificates', 'A', 1, 499, '証明書', 'Certificates', 'juminhyo-request inkan-certificate', 1),
    ('moves', 'B', 500, 799, '転入・転出・届出', 'Moves and registrations',
     'jumin-ido inkan-registration nhi-change child-allowance care-certification mynumber-pin-reset', 2),
    ('special', 'C', 800, 999, '戸籍・おくやみ・その他', 'Family register, bereavement, other',
     'koseki-certificate disaster-certificate', 3);

CREATE TABLE queue_counter (
    counter_id  TEXT PRIMARY KEY CHECK (length(counter_id) BETWEEN 1 AND 16),
    name_ja     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    categories  TEXT NOT NULL DEFAULT '',
    is_open     INTEGER NOT NULL DEFAULT 0 CHECK (is_open IN (0, 1)),
    staff_id    TEXT,
    terminal_id TEXT,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE ticket (
    ticket_id          TEXT PRIMARY KEY CHECK (length(ticket_id) = 36),
    office_date        TEXT NOT NULL CHECK (length(office_date) = 10),
    series             TEXT NOT NULL,
    number             INTEGER NOT NULL,
    display            TEXT NOT NULL,
    category           TEXT NOT NULL REFERENCES queue_category (code),
    procedures         TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL CHECK (state IN ('pending', 'waiting', 'called', 'serving', 'done', 'no-show', 'cancelled')),
    priority           INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 2),
    issued_at          BIGINT NOT NULL,
    arrival_at         BIGINT NOT NULL,
    call_count         INTEGER NOT NULL DEFAULT 0 CHECK (call_count >= 0),
    counter_id         TEXT,
    target_counter     TEXT,
    staff_id           TEXT,
    first_called_at    BIGINT,
    last_called_at     BIGINT,
    service_started_at BIGINT,
    finished_at        BIGINT,
    staff_on_duty      INTEGER NOT NULL DEFAULT 0 CHECK (staff_on_duty >= 0),
    estimated_wait_s   INTEGER,
    printed            INTEGER NOT NULL DEFAULT 0 CHECK (printed IN (0, 1)),
    visit_id           TEXT,
    outcome_detail     TEXT NOT NULL DEFAULT '',
    UNIQUE (series, office_date, number),
    CHECK (state NOT IN ('called', 'serving') OR counter_id IS NOT NULL)
);
CREATE UNIQUE INDEX ticket_one_per_counter ON ticket (counter_id) WHERE state IN ('called', 'serving');
CREATE INDEX ticket_open ON ticket (office_date, state, category, priority, arrival_at);
CREATE INDEX ticket_by_date ON ticket (office_date);

CREATE TABLE ticket_event (
    seq           BIGSERIAL PRIMARY KEY,
    ticket_id     TEXT NOT NULL REFERENCES ticket (ticket_id),
    at            BIGINT NOT NULL,
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

CREATE FUNCTION kakanai_ticket_event_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ticket events are kept as written' USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER ticket_event_kept BEFORE UPDATE OR DELETE ON ticket_event
    FOR EACH ROW EXECUTE FUNCTION kakanai_ticket_event_kept();

CREATE TRIGGER ticket_changed AFTER INSERT OR UPDATE ON ticket
    FOR EACH ROW EXECUTE FUNCTION kakanai_notify_change('ticket_id');
CREATE TRIGGER queue_counter_changed AFTER INSERT OR UPDATE ON queue_counter
    FOR EACH ROW EXECUTE FUNCTION kakanai_notify_change('counter_id');
CREATE TRIGGER queue_category_changed AFTER INSERT OR UPDATE ON queue_category
    FOR EACH ROW EXECUTE FUNCTION kakanai_notify_change('code');
