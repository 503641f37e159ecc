-- The audit trail (docs/toegang.md, "Audit trail"; ADR 0021): one row per accepted change, written in the same
-- transaction as the change. onderwijsbestuurcode is the board whose data changed (NULL: no board's, e.g. reference
-- data). object_sleutel never holds a BSN or onderwijsnummer: an enrolment is named by its own id and BRIN, a person
-- not at all. aantal > 1 summarises many changes of one message (the bulk ingest). Append-only: triggers refuse
-- every UPDATE and DELETE.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    moment INTEGER NOT NULL,
    onderwijsbestuurcode TEXT,
    deur TEXT NOT NULL,
    handelende_soort TEXT NOT NULL,
    handelende_kenmerk TEXT NOT NULL,
    operatie TEXT NOT NULL,
    object_soort TEXT NOT NULL,
    object_sleutel TEXT,
    brin TEXT,
    detail TEXT,
    aantal INTEGER NOT NULL DEFAULT 1,
    bedrijfsdocument_id TEXT,
    uitkomst TEXT NOT NULL
);
CREATE INDEX audit_bestuur_moment ON audit (onderwijsbestuurcode, moment, id);
CREATE TRIGGER audit_niet_wijzigen BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_niet_verwijderen BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
