-- Kakanai office store on PostgreSQL: the least-privilege role of the
-- counter PCs (docs/admin/office.md, "One role per counter PC").
--
-- Run it as the PostgreSQL superuser, connected to the office database, after
-- `kakanai-cli office init` (and again after an upgrade that adds tables):
--   sudo -u postgres psql -d kakanai -v ON_ERROR_STOP=1 -f counter-role.pg.sql
-- `kakanai-cli office roles` prints this file. Running it again is harmless.

-- The group role every counter PC's login role belongs to; it cannot log in.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kakanai_counter') THEN
        CREATE ROLE kakanai_counter NOLOGIN;
    END IF;
END
$$;

-- Only the owner and the counters connect to this database, and nobody else
-- creates anything in it: PUBLIC loses CONNECT and TEMPORARY (its defaults)
-- and CREATE on the schema (a default before PostgreSQL 15).
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM kakanai_counter', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kakanai_counter', current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA public FROM kakanai_counter;
GRANT USAGE ON SCHEMA public TO kakanai_counter;

-- Table by table, exactly what a counter does; nothing else (no DELETE, no
-- TRUNCATE, no schema changes). Every table of the schema is named here:
-- tests/office/tst_office_roles.cpp fails when a migration adds one that is not.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM kakanai_counter;
GRANT SELECT ON schema_version TO kakanai_counter;
GRANT SELECT, INSERT, UPDATE ON staff TO kakanai_counter;
GRANT SELECT, INSERT, UPDATE ON daily_number TO kakanai_counter;
GRANT SELECT, INSERT ON audit_event TO kakanai_counter;
GRANT SELECT, INSERT ON audit_daily_digest TO kakanai_counter;
-- The queue: counters issue, call and finish tickets and open and close
-- their counter; the categories are the administrator's (kakanai-cli queue
-- category, as the database owner); events are only ever added.
GRANT SELECT ON queue_category TO kakanai_counter;
GRANT SELECT, INSERT, UPDATE ON queue_counter TO kakanai_counter;
GRANT SELECT, INSERT, UPDATE ON ticket TO kakanai_counter;
GRANT SELECT, INSERT ON ticket_event TO kakanai_counter;
GRANT USAGE ON SEQUENCE ticket_event_seq_seq TO kakanai_counter;

-- Then one login role per counter PC, a member of the group; its name goes in
-- that PC's office/url, its password in the PC's office/passwordFile:
--   CREATE ROLE counter01 LOGIN IN ROLE kakanai_counter;
--   \password counter01
-- (\password sends the password hashed; the equivalent
--  CREATE ROLE counter01 LOGIN PASSWORD '…' IN ROLE kakanai_counter;
--  puts it in the psql history and, with log_statement, in the server log.)
