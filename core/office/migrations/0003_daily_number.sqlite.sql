-- Office schema 3 (SQLite): numbers given out per series (a ticket category)
-- and office day, from a band (A 001–499, …). One row per series and day; a
-- number is taken by moving next_number up in a write transaction, so two
-- PCs never get the same one, and the CHECK stops it past the band's end:
-- a band that runs out says so, it never wraps.

CREATE TABLE daily_number (
    series       TEXT NOT NULL CHECK (length(series) BETWEEN 1 AND 32),
    office_date  TEXT NOT NULL CHECK (length(office_date) = 10),  -- YYYY-MM-DD, office time zone
    first_number INTEGER NOT NULL CHECK (first_number >= 0),
    last_number  INTEGER NOT NULL CHECK (last_number >= first_number),
    next_number  INTEGER NOT NULL,
    CHECK (next_number BETWEEN first_number AND last_number + 1),
    PRIMARY KEY (series, office_date)
) WITHOUT ROWID;

CREATE TRIGGER daily_number_changed_insert AFTER INSERT ON daily_number
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('daily_number', NEW.series);
END;
CREATE TRIGGER daily_number_changed_update AFTER UPDATE ON daily_number
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('daily_number', NEW.series);
END;
