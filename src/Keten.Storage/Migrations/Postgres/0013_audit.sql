-- The audit trail (docs/toegang.md, "Audit trail"; ADR 0021): one row per accepted change, written in the same
-- transaction as the change. onderwijsbestuurcode is the board whose data changed (NULL: no board's, e.g. reference
-- data). object_sleutel never holds a BSN or onderwijsnummer: an enrolment is named by its own id and BRIN, a person
-- not at all. aantal > 1 summarises many changes of one message (the bulk ingest). Append-only: a trigger refuses
-- every UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    moment timestamptz NOT NULL,
    onderwijsbestuurcode text,
    deur text NOT NULL,
    handelende_soort text NOT NULL,
    handelende_kenmerk text NOT NULL,
    operatie text NOT NULL,
    object_soort text NOT NULL,
    object_sleutel text,
    brin text,
    detail text,
    aantal integer NOT NULL DEFAULT 1,
    bedrijfsdocument_id text,
    uitkomst text NOT NULL
);
CREATE INDEX audit_bestuur_moment ON audit (onderwijsbestuurcode, moment, id);
CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit is append-only';
END;
$$;
CREATE TRIGGER audit_niet_wijzigen BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen();
CREATE TRIGGER audit_niet_legen BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen();
