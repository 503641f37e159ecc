-- The verzuimregister (docs/verzuim.md): one row per verzuimmelding with its current state as JSON, and an append-only
-- history whose rows place each report in the change feeds of its municipality and its school in commit order
-- (docs/decisions/0005). The person's number is only a column to find a pupil's earlier reports; it is never a key
-- that reaches a URL, a log or the audit trail (a report is named by its melding_id).
CREATE TABLE verzuim_melding (
    melding_id           text NOT NULL PRIMARY KEY,
    persoon_soort        text NOT NULL,
    persoon              text NOT NULL,
    soort                text NOT NULL,
    brin                 text NOT NULL,
    onderwijsbestuurcode text NOT NULL,
    gemeentecode         text NOT NULL,
    status               text NOT NULL,
    staat                text NOT NULL,
    gewijzigd_op         INTEGER NOT NULL
);
CREATE INDEX verzuim_melding_persoon ON verzuim_melding (persoon_soort, persoon, soort);

CREATE TABLE verzuim_melding_historie (
    id               INTEGER PRIMARY KEY,
    sleutel          text NOT NULL,
    gemeentecode     text NOT NULL,
    brin             text NOT NULL,
    status           text NOT NULL,
    geregistreerd_op INTEGER NOT NULL
);
CREATE INDEX verzuim_melding_historie_gemeente ON verzuim_melding_historie (gemeentecode, id);
CREATE INDEX verzuim_melding_historie_brin ON verzuim_melding_historie (brin, id);
