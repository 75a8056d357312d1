-- Office schema 2 (PostgreSQL): the change feed. A trigger sends
-- NOTIFY kakanai_change, '<table> <key>' for every changed row; PostgreSQL
-- delivers it to every listening PC when (and only if) the transaction
-- commits (core/office/ChangeFeed.cpp). The trigger's argument names the
-- row's key column.

CREATE FUNCTION kakanai_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_key text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_key := to_jsonb(OLD) ->> TG_ARGV[0];
    ELSE
        row_key := to_jsonb(NEW) ->> TG_ARGV[0];
    END IF;
    PERFORM pg_notify('kakanai_change', TG_TABLE_NAME || ' ' || coalesce(row_key, ''));
    RETURN NULL;
END
$$;

CREATE TRIGGER staff_changed AFTER INSERT OR UPDATE OR DELETE ON staff
    FOR EACH ROW EXECUTE FUNCTION kakanai_notify_change('staff_id');
CREATE TRIGGER audit_event_changed AFTER INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION kakanai_notify_change('seq');
