-- Test schema 2 (PostgreSQL side of a pair): a dollar-quoted function body
-- with semicolons and a comment in it must reach the server whole.
CREATE TABLE more_item (
    item_id TEXT PRIMARY KEY REFERENCES base_item (item_id),
    note    TEXT NOT NULL
);

CREATE FUNCTION more_item_count() RETURNS bigint LANGUAGE plpgsql AS $body$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM more_item; -- all of them; none left out
    RETURN n;
END
$body$;

INSERT INTO more_item (item_id, note) VALUES ('seed', 'a; semicolon in a string');

/* The end of test schema 2; a trailing comment is no statement. */
