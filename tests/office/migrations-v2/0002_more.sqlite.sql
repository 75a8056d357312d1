-- Test schema 2 (SQLite side of a pair).
CREATE TABLE more_item (
    item_id TEXT PRIMARY KEY REFERENCES base_item (item_id),
    note    TEXT NOT NULL
);
INSERT INTO more_item (item_id, note) VALUES ('seed', 'a; semicolon in a string');
