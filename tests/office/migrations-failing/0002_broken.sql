-- Test schema 2 that fails on its last statement (a NOT NULL column given
-- NULL), after making a table, adding rows and changing one of schema 1:
-- none of it may remain, and the store stays at schema 1.
CREATE TABLE broken_item (
    item_id TEXT PRIMARY KEY,
    label   TEXT NOT NULL
);
INSERT INTO broken_item (item_id, label) VALUES ('made', 'by 0002');
INSERT INTO base_item (item_id, label) VALUES ('from-0002', 'by 0002');
UPDATE base_item SET label = 'changed by 0002' WHERE item_id = 'seed';
INSERT INTO broken_item (item_id, label) VALUES ('fails', NULL);
