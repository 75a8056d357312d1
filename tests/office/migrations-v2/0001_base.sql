-- Test schema 1 (tst_office_store), one file both engines run: a table and a
-- row, so that a later migration that fails can be seen to leave them alone.
CREATE TABLE base_item (
    item_id TEXT PRIMARY KEY,
    label   TEXT NOT NULL
);
INSERT INTO base_item (item_id, label) VALUES ('seed', 'from 0001');
