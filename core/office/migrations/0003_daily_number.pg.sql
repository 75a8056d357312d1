-- Office schema 3 (PostgreSQL): numbers given out per series and office day
-- (see the SQLite file beside this one for the rules).

CREATE TABLE daily_number (
    series       TEXT NOT NULL CHECK (length(series) BETWEEN 1 AND 32),
    office_date  TEXT NOT NULL CHECK (length(office_date) = 10),  -- YYYY-MM-DD, office time zone
    first_number INTEGER NOT NULL CHECK (first_number >= 0),
    last_number  INTEGER NOT NULL CHECK (last_number >= first_number),
    next_number  INTEGER NOT NULL,
    CHECK (next_number BETWEEN first_number AND last_number + 1),
    PRIMARY KEY (series, office_date)
);

CREATE TRIGGER daily_number_changed AFTER INSERT OR UPDATE ON daily_number
    FOR EACH ROW EXECUTE FUNCTION kakanai_notify_change('series');
