-- Office schema 2 (SQLite): the change feed. Triggers note every changed row
-- in office_change in the same transaction; a program on this PC learns that
-- something committed from PRAGMA data_version (and a file watch on the WAL)
-- and reads the rows after the last it saw (core/office/ChangeFeed.cpp).

CREATE TABLE office_change (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL
);

-- Keeps the last few thousand: a reader that fell further behind sees the gap
-- and re-reads everything instead (resynchronise).
CREATE TRIGGER office_change_prune AFTER INSERT ON office_change WHEN NEW.seq % 1024 = 0
BEGIN
    DELETE FROM office_change WHERE seq <= NEW.seq - 4096;
END;

CREATE TRIGGER staff_changed_insert AFTER INSERT ON staff
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('staff', NEW.staff_id);
END;
CREATE TRIGGER staff_changed_update AFTER UPDATE ON staff
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('staff', NEW.staff_id);
END;
CREATE TRIGGER staff_changed_delete AFTER DELETE ON staff
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('staff', OLD.staff_id);
END;
CREATE TRIGGER audit_event_changed AFTER INSERT ON audit_event
BEGIN
    INSERT INTO office_change (table_name, row_key) VALUES ('audit_event', NEW.seq);
END;
